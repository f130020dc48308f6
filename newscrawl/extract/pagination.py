"""Articles split over several pages: the article's own next pages, and continuation pages.

A page *variant* is the article's URL with a page number added: ``x_2.html``,
``x-2.html``, ``x/2``, ``x/page/2``, ``x.html?page=2``, ``x.asp?id=7&page=2``. Only
variants count as the article's next pages, and only when the page links to them the
way pagers do: a number, 下一页, "Next page", a short link in a pager-named container,
``<link rel=next>``. A bare "Next ›" counts too, though it may lead to the next
*article* under a look-alike URL (WordPress' duplicate slugs ``story-2``): the stitcher
keeps a fetched page only when it is a continuation page or repeats the headline
(:func:`continuation_verdict`). Next-article links with headline text and ``rel=next``
to another URL are no variants and never count.

Numbered URLs are everywhere (``/news/42``, ``story-2``), so a page counts as a
continuation page (page 2 or later) only when it also links back to its page 1 (the
unnumbered URL, or page number 1) in a way that names a page: "1", 上一页, "previous
page", ``<link rel=first|canonical>``. A numbered article linking "‹ Previous" or
``rel=prev`` to its neighbour never does that.

Comment threads have pagers of their own and are ignored. Joining the pages' bodies
lives in :mod:`newscrawl.extract.pagemerge`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit

from lxml.etree import _Element

from newscrawl.extract.dom import class_id
from newscrawl.page import Page
from newscrawl.urls import canonical_form

if TYPE_CHECKING:
    from newscrawl.extract.article import Extraction

# Query parameters that number an article's pages. Not WordPress' ``p`` (a post id) nor
# offsets (``start``), which count items, not pages.
_PAGE_PARAMS = frozenset(
    {"page", "pg", "pn", "pageno", "page_no", "pagenum", "pagenumber", "paged", "pageindex", "curpage"}
)
# The last path segment with a page number glued on: x_2.html, x-2, x-p2.shtml, x_page_3.htm.
_NUMBERED_SEGMENT = re.compile(
    r"^(?P<stem>.*[^\W_])[_-](?:p|page|pg)?[_-]?(?P<n>\d{1,2})(?P<ext>\.[a-z]{2,5})?$", re.I
)
_DIGITS = re.compile(r"^\d{1,2}$")
# How a pager names a page: a number, 第2页, 下一页, "next page", "page 2". Bare "Next ›"
# or an arrow is only a step: between articles as often as between pages.
_PAGE_TEXT = re.compile(
    r"^[\s\[(【<«‹←]*(?:\d{1,2}|[上下前后]一?页|首页|末页|尾页|第\s*\d{1,2}\s*页|(?:next|prev(?:ious)?|first|last)"
    r"\s+page|page\s*\d{1,2}|continue\s+reading)[\s\])】>»›→]*$",
    re.I,
)
_STEP_TEXT = re.compile(r"^[\s«‹←]*(?:next|prev(?:ious)?|more)?[\s»›→]*$", re.I)
_PAGER_NAMES = re.compile(r"pag(?:er|ing|ination|es\b|e-?nav|ebar|e-?links)|fenye|fanye", re.I)
_COMMENT_NAMES = re.compile(r"(?:^|[\s_-])(?:comments?|disqus|replies)(?:$|[\s_-])", re.I)
# <link> relations that point forward to a next page, and back to page 1. Not rel=prev:
# WordPress puts the previous *post* there on every post page.
_FORWARD_RELS = frozenset({"next"})
_BACK_RELS = frozenset({"first", "canonical"})
MAX_PAGE = 99
_SHORT_LINK = 12


class PageKey(NamedTuple):
    """A URL without its page number (``base``), and that number (1 when unnumbered)."""

    base: str
    number: int
    numbered: bool


def page_key(url: str) -> PageKey:
    """Split the page number off ``url``; an unnumbered URL is its own base, page 1.

    >>> page_key("http://a.test/news/2025/942_2.html")
    PageKey(base='http://a.test/news/2025/942.html', number=2, numbered=True)
    >>> page_key("http://a.test/article.asp?page=3&aid=24&cid=7").base
    'http://a.test/article.asp?aid=24&cid=7'
    >>> page_key("http://a.test/city/some-slug/2/")[:2], page_key("http://a.test/s/x/page/3")[:2]
    (('http://a.test/city/some-slug', 2), ('http://a.test/s/x', 3))
    >>> page_key("http://a.test/2025/01/22").numbered  # a date path: no page number
    False
    """
    parts = urlsplit(canonical_form(url))
    origin = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    query = parse_qsl(parts.query, keep_blank_values=True)
    numbers = [v for k, v in query if k.lower() in _PAGE_PARAMS and _DIGITS.match(v)]
    if numbers and 1 <= int(numbers[0]) <= MAX_PAGE:
        rest = urlencode([(k, v) for k, v in query if k.lower() not in _PAGE_PARAMS])
        return PageKey(_join(origin, path, rest), int(numbers[0]), True)
    base = _join(origin, path, parts.query)
    segments = path.split("/")
    last = segments[-1]
    if _DIGITS.match(last) and len(segments) >= 3 and not segments[-2].isdigit():
        cut = 2 if segments[-2].lower() in ("page", "p") and len(segments) >= 4 else 1
        stem = "/".join(segments[:-cut])
        if stem.strip("/") and int(last) >= 1:
            return PageKey(_join(origin, stem, parts.query), int(last), True)
    match = _NUMBERED_SEGMENT.match(last)
    if match and int(match["n"]) >= 1:
        stem = "/".join([*segments[:-1], match["stem"] + (match["ext"] or "")])
        return PageKey(_join(origin, stem, parts.query), int(match["n"]), True)
    return PageKey(base, 1, False)


def _join(origin: str, path: str, query: str) -> str:
    return origin + path + (f"?{query}" if query else "")


def _whole(url: str) -> str:
    """``url`` normalised like a base, nothing split off."""
    parts = urlsplit(canonical_form(url))
    return _join(f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/"), parts.query)


def is_continuation(url: str, first_url: str) -> bool:
    """Whether ``url`` is page 2 or later of the article whose page 1 is ``first_url``.

    >>> is_continuation("http://a.test/n/942_2.html", "http://a.test/n/942.html")
    True
    >>> is_continuation("http://a.test/x.asp?aid=3&page=2", "http://a.test/x.asp?aid=3")
    True
    >>> is_continuation("http://a.test/news/43", "http://a.test/news/42")  # the next article
    False
    >>> is_continuation("http://a.test/list_2.html", "http://a.test/list_1.html")
    True
    """
    key = page_key(url)
    if key.number < 2:
        return False
    first = page_key(first_url)
    return key.base == _whole(first_url) or (first.number == 1 and key.base == first.base)


def pager_targets(page: Page, *, forward: bool = True) -> Iterator[str]:
    """URLs ``page`` links to the way pagers do (pager-like anchor text or container, a
    ``<link rel>``), outside comment threads.

    ``forward`` accepts bare steps ("Next ›") and ``rel=next``, which may lead to the next
    article as well (the stitcher checks what it fetched); backward links must name a page.
    """
    rels = _FORWARD_RELS if forward else _BACK_RELS
    for element in page.tree.iter("a", "link"):
        url = page.absolute(element.get("href"))
        if not url or not url.startswith("http"):
            continue
        if element.tag == "link":
            if rels & {r.lower() for r in (element.get("rel") or "").split()}:
                yield url
        elif _reads_as_pager(element, forward) and not _in_comments(element):
            yield url


def _reads_as_pager(anchor: _Element, forward: bool) -> bool:
    text = " ".join(anchor.text_content().split())
    if not text and not forward:
        return False  # an image link to page 1 is a logo as often as a pager
    if _PAGE_TEXT.match(text) or (forward and text and _STEP_TEXT.match(text)):
        return True
    # A pager-named container holds short page links; a headline in one is a link to the
    # previous or next *article* (templates call that bar a pager too).
    return len(text) <= _SHORT_LINK and _in_pager(anchor)


def _in_pager(anchor: _Element) -> bool:
    """Inside an element named like a pager (``pagination``, ``article-pages``, ``fenye``)."""
    node = anchor.getparent()
    for _ in range(3):
        if node is None:
            return False
        if _PAGER_NAMES.search(class_id(node)):
            return True
        node = node.getparent()
    return False


def _in_comments(anchor: _Element) -> bool:
    """Comment threads have pagers of their own (Drupal's ``?page=1`` on every node page)."""
    return any(_COMMENT_NAMES.search(class_id(node)) for node in anchor.iterancestors())


def continuations_from(page: Page, first_url: str) -> dict[int, str]:
    """The later pages of the article starting at ``first_url`` that ``page`` links to, by number."""
    own = page_key(page.url).number if page.url and page.url != first_url else 1
    found: dict[int, str] = {}
    for url in pager_targets(page):
        if is_continuation(url, first_url):
            number = page_key(url).number
            if number > own:
                found.setdefault(number, url)
    return dict(sorted(found.items()))


def continuation_urls(page: Page, extraction: Extraction) -> list[str]:
    """The article's own next pages, in page order; none unless the page is an article.

    Listings are never stitched: their pagination leads to other articles, and the
    page type (from content) tells them apart.
    """
    if extraction.article.pageType != "article" or not page.url:
        return []
    return list(continuations_from(page, page.url).values())


def is_continuation_page(page: Page) -> bool:
    """Page 2 or later of a split article: numbered, and linking back to its page 1 the pager way."""
    if not page.url or page_key(page.url).number < 2:
        return False
    return any(is_continuation(page.url, target) for target in pager_targets(page, forward=False))


def sibling_pages(page: Page) -> list[str]:
    """The other later pages (2 and up) of the split article a continuation page belongs to."""
    if not page.url:
        return []
    base = page_key(page.url).base
    return list(dict.fromkeys(u for u in pager_targets(page) if u != page.url and is_continuation(u, base)))


def continuation_verdict(candidate: Extraction, earlier: list[Extraction]) -> str:
    """What a fetched candidate page is to the article of ``earlier`` (page 1 first).

    ``next``: its next page (a continuation page, or the same headline); ``repeated``: it
    brings nothing new (a server that ignores the page number, a redirect to page 1);
    ``foreign``: another article, which a step link ("Next ›", ``rel=next``) led to.
    """
    url = canonical_form(candidate.page.url or "")
    body = candidate.article.articleBody
    if any(body == e.article.articleBody or url == canonical_form(e.page.url or "") for e in earlier):
        return "repeated"
    if is_continuation_page(candidate.page):
        return "next"
    return "next" if _same_text(candidate.article.headline, earlier[0].article.headline) else "foreign"


def _same_text(a: str | None, b: str | None) -> bool:
    return bool(a and b and " ".join(a.split()).casefold() == " ".join(b.split()).casefold())
