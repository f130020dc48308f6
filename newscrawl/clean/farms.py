"""Link farms: "friendly link" / "Partners" blocks and hidden blocks of links to other sites.

Content farms link to each other from blocks labelled as link exchanges and from blocks
hidden from readers (meant for search engines). Neither depends on knowing the spam
domains: the block is labelled or hidden, its links go to sites' front doors, with
keyword-sized texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import _Element

from newscrawl.clean.links import PageAnchor, link_depth, page_anchors, path_depth, text_of
from newscrawl.clean.text import is_short_phrase, word_count
from newscrawl.extract.visibility import is_hiding
from newscrawl.items import Link
from newscrawl.page import Page
from newscrawl.urls import host_of, site_key

_NO_URL = ("javascript:", "mailto:", "tel:", "data:")  # hrefs resolving to None at once
_FARM_LABEL = re.compile(
    r"^\W*(?:友情链接|友链|合作伙伴|合作网站|合作站点|链接交换|相关链接|sponsored(?: links?)?|sponsors?|"
    r"partners?(?: sites?| links?)?|friendly links?|friends?|blogroll|link exchange|our partners)\W*$",
    re.I,
)
# The first word of every _FARM_LABEL (matched as it matches it: ignoring case), and
# what its start can be (``Part`` of ``Part<b>ners</b>``).
_LABEL_FIRST_WORDS = (
    *("友情链接", "友链", "合作伙伴", "合作网站", "合作站点", "链接交换", "相关链接"),
    *("sponsored", "sponsor", "sponsors", "partner", "partners", "friendly", "friend", "friends"),
    *("blogroll", "link", "our"),
)
_LABEL_FIRST_WORD = re.compile("|".join(_LABEL_FIRST_WORDS), re.I)
_LABEL_WORD_START = re.compile(
    "|".join(w[0] + "".join(f"(?:{c}" for c in w[1:]) + ")?" * (len(w) - 1) for w in _LABEL_FIRST_WORDS), re.I
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class FarmLink:
    """A page-wide spam link and why: ``hidden`` or ``link_farm``."""

    link: Link
    where: str


def page_link_farms(
    page: Page, page_url: str | None, anchors: list[PageAnchor] | None = None
) -> list[FarmLink]:
    """Off-site links in hidden blocks and in blocks labelled as friendly/partner/sponsored links.

    Only links that look like a farm's: to a site's front door, with a keyword-sized text
    that does not name the target, and only when such links reach at least two sites
    (a hidden login menu or a single partner link is not a farm). ``anchors`` are
    :func:`page_anchors` of the page when the caller has them.
    """
    page_site = site_key(host_of(page_url)) if page_url else ""
    scan = _FarmScan(page_url)
    seen = [
        farm
        for anchor in (page_anchors(page, page_url) if anchors is None else anchors)
        if (farm := _farm_link(anchor, page_site, scan))
    ]
    sites: dict[str, set[str]] = {}
    for farm in seen:
        site = site_key(host_of(farm.link.url))
        sites.setdefault(farm.where, set()).update({site} if site != page_site else set())
    found: dict[str, FarmLink] = {}
    for farm in sorted(seen, key=lambda f: f.where != "hidden"):  # hidden first: the stronger sighting
        if len(sites[farm.where]) >= 2:
            found.setdefault(farm.link.url, farm)
    return list(found.values())


class _FarmScan:
    """What :func:`_farm_link` knows of the page before reading its anchors, and its memos.

    ``paths_known``: the base URL has a host or there is none, so a known path is the
    URL's path (see :func:`~newscrawl.clean.links.known_path`). ``own_host``: a link
    with no scheme or host of its own (``/a/``, ``#top``) resolves to the base URL's host,
    so its site is the page's: certain for a plain ASCII base (no IDNA host to re-encode).
    ``deep_base``: the base URL names a page, as then does every in-page link (``#x``):
    its resolved URL is the base's, path and query, with another fragment.
    """

    __slots__ = ("deep_base", "hiding", "kinds", "own_host", "paths_known")

    def __init__(self, page_url: str | None) -> None:
        host = host_of(page_url) if page_url else ""
        self.paths_known = page_url is None or bool(host)
        self.own_host = bool(host) and (page_url or "").isascii()
        self.deep_base = self.own_host and link_depth(page_url or "") == "deep"
        self.kinds: dict[_Element, str | None] = {}  # _block_kind per ancestor: a farm's links share blocks
        self.hiding: dict[_Element, bool] = {}  # is_hiding per element, for links to the page's own site


def _farm_link(anchor: PageAnchor, page_site: str, scan: _FarmScan) -> FarmLink | None:
    """The anchor as a link-farm link, or None; the cheapest tests first (a page has
    hundreds of links, and resolving their URLs is the costly part)."""
    href = anchor.href
    if not href:
        return None  # no URL at all (a named anchor, a script's button)
    if scan.paths_known and anchor.path is not None and path_depth(anchor.path) == "deep":
        return None  # a deep link whatever its query (farms link front doors), known without resolving it
    own = scan.own_host and _relative(href)
    if own and scan.deep_base and href.lstrip().startswith("#"):
        return None  # an in-page link of an article: as deep as the page's own URL
    if anchor.path is None and not own and href.strip().lower().startswith(_NO_URL) and not anchor.url:
        return None  # a script or mail link: no URL, and resolving says so at once
    if not _farm_text(anchor.text):
        return None  # a sentence or an empty text: no farm's keyword, whatever its block
    if own and not _hiding_near(anchor.element, scan.hiding):
        return None  # the page's own site counts only when hidden (see below), and nothing hides it
    where = _farm_position(anchor.element, scan.kinds)  # before resolving: most links are in no farm
    url = anchor.url if where else None
    if not where or not url or not url.startswith(("http://", "https://")):
        return None
    host = host_of(url)
    if host and link_depth(url) != "deep" and (site_key(host) != page_site or where == "hidden"):
        return FarmLink(Link(url=url, text=anchor.text), where)
    return None


# A link with its own scheme (``javascript:``, ``https:``) or host (``//cdn.test``), or whose
# stripped text URL parsing could still change (a tab or newline it drops, a control character
# it strips from the start, a backslash read as a slash): it may lead off the base's host.
_OFF_HOST = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|//|[\x00-\x20])|.*[\t\n\r\\]", re.S)


def _relative(href: str) -> bool:
    """A link that resolves on the base URL's host: a path, a query or a fragment.

    >>> [_relative(h) for h in ("/news/", "#top", "story.html", "//cdn.test/", "https://a.test/", "mailto:x")]
    [True, True, True, False, False, False]
    """
    return not _OFF_HOST.match(href)


def _hiding_near(anchor: _Element, hiding: dict[_Element, bool]) -> bool:
    """Whether the anchor or one of the ancestors :func:`_farm_position` reads (4 levels up)
    hides by style: without one it finds no ``hidden`` block. ``hiding`` memoises
    :func:`is_hiding` per element."""
    element: _Element | None = anchor
    for _ in range(5):
        if element is None:
            return False
        if element not in hiding:
            hiding[element] = is_hiding(element)
        if hiding[element]:
            return True
        element = element.getparent()
    return False


def _farm_text(text: str) -> bool:
    """A link text as farms write them: keyword-sized (they point it at a front door)."""
    return is_short_phrase(text) or word_count(text) == 1


def _farm_position(anchor: _Element, kinds: dict[_Element, str | None]) -> str | None:
    """``hidden`` or ``link_farm`` when an ancestor (up to 4 levels) hides or labels the block.

    ``kinds`` memoises :func:`_block_kind` per ancestor: a farm's links share their blocks.
    """
    if is_hiding(anchor):
        return "hidden"
    element = anchor.getparent()
    for _ in range(4):
        if element is None:
            return None
        if element not in kinds:
            kinds[element] = _block_kind(element)
        if kinds[element]:
            return kinds[element]
        element = element.getparent()
    return None


def _block_kind(element: _Element) -> str | None:
    """``hidden`` for a block hidden by style, ``link_farm`` for one labelled as a link farm."""
    if isinstance(element.tag, str) and is_hiding(element):
        return "hidden"
    return "link_farm" if _has_farm_label(element) else None


def _has_farm_label(element: _Element) -> bool:
    """A block whose label ("友情链接：", a "Partner Sites" heading) names a link farm."""
    label = (element.text or "").strip()
    if label and _FARM_LABEL.match(label):
        return True
    for child in element[:2]:
        if isinstance(child.tag, str) and child.tag != "a":
            text = _short_text(child, 24) if _may_be_label(child) else None
            if text and len(text) <= 24 and _FARM_LABEL.match(text):
                return True
    return False


def _may_be_label(element: _Element) -> bool:
    """False when the element's text cannot be a farm label, known from its first word
    without reading the rest (reading a block's whole text is what costs): a label's
    first word is one of a few.

    >>> import lxml.html
    >>> [_may_be_label(lxml.html.fromstring(h)) for h in ("<h3><i> - Partners:</i></h3>", "<p>Home page</p>")]
    [True, False]
    >>> [_may_be_label(lxml.html.fromstring(h)) for h in ("<p>Part<b>ners</b></p>", "<p>Hom<b>e</b></p>")]
    [True, False]
    """
    node = element
    while not (node.text or "").strip() and len(node):  # the text starts in the first child
        node = node[0]
        if not isinstance(node.tag, str):
            return True  # a comment or instruction: its text is not the element's
    text = node.text or ""
    first = _WORD.search(text)
    if first is None:
        return True  # the text starts after this node
    if first.end() == len(text):  # the word may go on after this node
        return bool(_LABEL_WORD_START.fullmatch(first.group()))
    return bool(_LABEL_FIRST_WORD.fullmatch(first.group()))


def _short_text(element: _Element, limit: int) -> str | None:
    """The element's text, whitespace collapsed, or None when it has more than ``limit``
    words (so more than ``limit`` characters): a label is short, and the first child of
    a block is often the whole article, not worth splitting to the end."""
    pieces = text_of(element).split(None, limit)
    return None if len(pieces) > limit else " ".join(pieces)
