"""Links as the spam detectors read them: a URL's host, site and depth, and the page's anchors.

The site-name, link-farm and list-prefix detectors each look at every ``<a>`` of the
page; its text is collapsed once here, and its URL is resolved only when a detector
asks (resolution is the costly part, and most anchors are never asked about). The URL
helpers are pure functions of a string, memoised: the detectors ask about the same URLs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from lxml.etree import _Element

from newscrawl.extract.dom import plain_text
from newscrawl.page import Page

LinkDepth = Literal["root", "section", "deep"]

_INDEX_FILE = re.compile(r"^/(?:index|default|home|portal)\.[a-z]{2,5}$", re.I)
_SECTION = re.compile(r"^/[a-z]{1,10}/?$", re.I)


@lru_cache(maxsize=8192)
def link_depth(url: str) -> LinkDepth:
    """``root`` for a home page (``/``, ``/index.php?id=3``, ``/?from=x``), ``section`` for a
    short top-level folder (``/m/``, ``/news/``), ``deep`` for anything that names a page.

    Spam anchors point at a site's front door; editorial links cite a page.

    >>> link_depth("https://a.test/?from=news"), link_depth("https://a.test/m/")
    ('root', 'section')
    >>> link_depth("https://a.test/2024/05/01/story.html")
    'deep'
    """
    parts = urlsplit(url)
    return path_depth(parts.path or "/", bool(parts.query))


def path_depth(path: str, query: bool = False) -> LinkDepth:
    """:func:`link_depth` of a URL with this path (and a query or not).

    >>> [path_depth(p) for p in ("/", "/index.php", "/news/", "/news/2024/", "/a-long-story-name")]
    ['root', 'root', 'section', 'deep', 'deep']
    """
    if path.count("/") > 2 or len(path) > 15:
        return "deep"  # most links: longer than a root or section path can be (and no regex tried)
    if path == "/" or _INDEX_FILE.match(path):
        return "root"
    if _SECTION.match(path) and not query:
        return "section"
    return "deep"


# An href whose resolved path is known without resolving it: an optional plain http(s)
# origin (or a protocol-relative ``//host``), then a path of characters URL resolution
# and escaping keep as they are (see ``newscrawl.extract.hrefs._SAFE_URL``); the query and
# fragment are free. Escapes, backslashes and spaces, which URL parsing could turn into
# path separators or dot segments, and ``;params``, which it splits off, make it unknown.
_PLAIN_HREF = re.compile(
    r"(?:(?:https?:)?//[A-Za-z0-9.-]+|(?!//))(/[A-Za-z0-9._~/!$&()*+,=:@-]*)(?:[?#].*)?", re.S
)


def known_path(href: str | None) -> str | None:
    """The path of ``href``'s URL once resolved against any base with a host (or against
    none, when that gives an http(s) URL), when it is certain without resolving: a plain
    path with no ``.``/``..`` segments (which move up) and no empty segments inside
    (which resolution may drop).

    >>> known_path("/news/2024/story.html?id=3"), known_path("https://a.test/m/#top"), known_path("/")
    ('/news/2024/story.html', '/m/', '/')
    >>> known_path("//a.test/wiki/File:A_(1).jpg"), known_path("/a,b/c+d@e")
    ('/wiki/File:A_(1).jpg', '/a,b/c+d@e')
    >>> [known_path(h) for h in ("/a/../", "/a//b", "//a.test", "story.html", "/a/%2e%2e", "/a b", "/a;p")]
    [None, None, None, None, None, None, None]
    """
    match = _PLAIN_HREF.fullmatch((href or "").strip())
    if not match:
        return None
    path = match.group(1)
    if "//" in path or ("/." in path and any(seg and not seg.strip(".") for seg in path.split("/"))):
        return None
    return path


def text_of(element: _Element) -> str:
    """``element.text_content()`` as a plain str; a childless element's (most anchors' and
    labels') is its ``text``, read without evaluating XPath.

    >>> import lxml.html
    >>> [text_of(lxml.html.fromstring(h)) for h in ("<a>Home</a>", "<a>A <b>B</b> C</a>", "<a></a>")]
    ['Home', 'A B C', '']
    """
    return plain_text(element) if len(element) else element.text or ""


class PageAnchor:
    """One ``<a>``: its element, ``href`` as written, collapsed text, and (on demand) URL."""

    __slots__ = ("_base", "_page", "element", "href", "path", "text")

    def __init__(self, element: _Element, page: Page, base: str | None) -> None:
        self.element = element
        self.href: str | None = element.get("href")
        self.path = known_path(self.href)  # the URL's path, when known without resolving
        self.text = " ".join(text_of(element).split())
        self._page = page
        self._base = base

    @property
    def url(self) -> str | None:
        """``href`` resolved against the base URL (the page memoises resolutions)."""
        return self._page.absolute(self.href, self._base)


def page_anchors(page: Page, base: str | None) -> list[PageAnchor]:
    """Every anchor of ``page``, in document order; URLs resolve against ``base``."""
    return [PageAnchor(a, page, base) for a in page.tree.iter("a")]
