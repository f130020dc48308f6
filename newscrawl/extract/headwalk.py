"""The page's head as lines: the walk around the headline that dates and bylines share.

Datelines and bylines sit in the few lines just above the headline and in those below it;
walking them once, with related lists, comments and navigation skipped, keeps both extractors
off the page's chrome and lets :func:`~newscrawl.extract.article.extract_page` reuse the walk.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.etree import _Element

from newscrawl.page import Page

_BLOCKS = frozenset([
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
    "article", "header", "dd", "dt", "dl", "figure", "figcaption", "blockquote", "br", "hr", "address",
    "main", "center", "pre",
])  # fmt: skip
_CODE = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "select", "textarea"])
_NEVER = _CODE | {"nav", "aside"}
_SKIP_TOKENS = frozenset([
    "related", "relate", "recommend", "recommended", "rec", "comment", "comments", "reply", "side",
    "aside", "hot", "rank", "ranking", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb",
    "crumbs", "copyright", "social", "tags", "tag", "more", "next", "prev", "pager", "pagination", "ad",
    "ads", "advert", "banner", "popular", "trending", "newsletter", "subscribe", "xgyd", "tuijian",
    "xiangguan", "modal", "login",
])  # fmt: skip
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜•»]|\s[-–—·:]\s|——|--|::)\s*")
_SPACE = re.compile(r"\s+")
_STAMP_PROPS = frozenset(["datepublished", "datemodified", "datecreated"])
_UPDATED_CLASS = re.compile(r"updat|modif", re.I)
_GLUE = re.compile(r"(?<=[^\s\x00])\x00+(?=[^\s\x00])")  # "Dec 17, 2025</span><span>Julian": keep apart


@dataclass
class Line:
    """One visual line of the page head: a block's run of inline text."""

    text: str
    element: _Element  # the innermost block element that holds the line
    offset: int  # characters of head text before this line
    stamps: tuple[tuple[str, str], ...] = ()  # (itemprop or "time", machine value) seen inside
    marks: str = ""  # class/id/rel/itemprop of the inline elements inside ("author", "source" ...)


def skipped(el: _Element) -> bool:
    """Related lists, comments, footers, navigation: never a byline's home.

    >>> import lxml.html
    >>> skipped(lxml.html.fragment_fromstring('<div class="related-news">x</div>'))
    True
    """
    if el.tag in _NEVER:
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return _skipped_names(names) if names != " " else False


@lru_cache(maxsize=4096)
def _skipped_names(names: str) -> bool:
    """Pure function of the class/id string, memoised: sites repeat the same few names."""
    return not _SKIP_TOKENS.isdisjoint(_TOKEN_SPLIT.split(names.lower())) if names.strip() else False


def headline_element(page: Page) -> _Element | None:
    """The element showing the headline: a heading matching the title, the title's text, an h1."""
    title = _title_key(page)
    first_h1 = None
    for el in page.tree.iter("h1", "h2", "h3"):
        text = _SPACE.sub(" ", el.text_content()).strip()
        if title and len(text) >= 4 and (title in text or text in title):
            return el
        if first_h1 is None and el.tag == "h1" and len(text) >= 4 and el.find(".//img") is None:
            first_h1 = el
    body = page.tree.find("body")
    if first_h1 is not None or not title or body is None:
        return first_h1
    probes = (title[:12], title[-12:])
    for el in body.iter():
        if el.text and el.tag not in _NEVER and el.tag != "a" and any(p in el.text for p in probes):
            return el if isinstance(el.tag, str) else None
    return None


def _title_key(page: Page) -> str | None:
    raw = page.meta_first("og:title", "twitter:title") or page.tree.findtext(".//title") or ""
    parts = [p for p in _TITLE_SPLIT.split(_SPACE.sub(" ", raw).strip()) if p]
    best = max(parts, key=len, default="")
    return best if len(best) >= 4 else None


@dataclass
class Head:
    """Lines around the headline: a few just before it and those that follow it."""

    before: list[Line]
    after: list[Line]


def head_lines(page: Page, max_chars: int = 15000) -> Head:
    """The page's head as lines (the whole body when no headline is found), chrome skipped."""
    anchor = headline_element(page)
    body = page.tree.find("body")
    state = _Walk(started=anchor is None, anchor=anchor, root=body, max_chars=max_chars)
    if body is not None:
        state.visit(body)
        state.flush()
    return Head(state.lines[: state.split], state.lines[state.split :])


@dataclass
class _Walk:
    """Turns a document-order walk into :class:`Line` objects; keeps few lines before the anchor.

    The walk recurses over children (libxml2 caps HTML nesting at 256 levels), which costs
    far less per element than ``iterwalk`` start/end events on the long pages it covers.
    """

    started: bool
    anchor: _Element | None
    root: _Element | None = None
    max_chars: int = 15000
    lines: list[Line] = field(default_factory=list)
    split: int = 0
    parts: list[str] = field(default_factory=list)
    stamps: list[tuple[str, str]] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    blocks: list[_Element] = field(default_factory=list)
    pending: deque[tuple[str, _Element | None, tuple[tuple[str, str], ...], str]] = field(
        default_factory=lambda: deque(maxlen=4)
    )
    size: int = 0

    def visit(self, el: _Element) -> bool:
        """Walk ``el``'s subtree and its tail; True once past the anchor and ``max_chars``."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if el is self.anchor:
            self._reach_anchor(el)
        if not tag or el is self.anchor or (skipped(el) if self.started else tag in _CODE):
            if self.started and self.size > self.max_chars:
                return True
        else:
            self._open(el, tag)
            if self.started and self.size > self.max_chars:
                return True
            for child in el:
                if self.visit(child):
                    return True
            if tag in _BLOCKS:
                self.flush()
                if self.blocks and self.blocks[-1] is el:
                    self.blocks.pop()
        tail = el.tail
        if tail:
            self.parts.extend(("\x00", tail))
        return self.started and self.size > self.max_chars

    def _reach_anchor(self, el: _Element) -> None:
        self.flush()
        for raw, owner, stamps, marks in self.pending:  # text is cleaned only for the last few
            self._emit(raw, owner, stamps, marks)
        self.lines.append(Line(_SPACE.sub(" ", el.text_content()).strip(), el, self.size))
        self.started, self.split, self.size = True, len(self.lines), 0

    def _open(self, el: _Element, tag: str) -> None:
        get = el.get
        itemprop = get("itemprop")
        if tag in _BLOCKS:
            self.flush()
            self.blocks.append(el)
        else:  # absent attributes add empty marks, which flush() drops
            self.marks.extend((get("class") or "", get("id") or "", get("rel") or "", itemprop or ""))
        prop = itemprop.lower() if itemprop else ""
        if tag == "time" or prop in _STAMP_PROPS:
            value = get("datetime") or (get("content") if prop else None)
            if value:
                if not prop and _UPDATED_CLASS.search(get("class") or ""):
                    prop = "datemodified"
                self.stamps.append((prop or "time", value))
        text = el.text
        if text:
            self.parts.extend(("\x00", text))

    def flush(self) -> None:
        if not self.parts and not self.stamps:  # most block boundaries: nothing since the last
            self.marks.clear()
            return
        raw = "".join(self.parts)
        if self.stamps or raw.strip("\x00 \t\r\n\xa0\u3000"):
            owner = self.blocks[-1] if self.blocks else self.anchor if self.anchor is not None else self.root
            marks = " ".join(filter(None, self.marks))
            if self.started:
                self._emit(raw, owner, tuple(self.stamps), marks)
            else:
                self.pending.append((raw, owner, tuple(self.stamps), marks))
        self.parts.clear()
        self.stamps.clear()
        self.marks.clear()

    def _emit(
        self, raw: str, owner: _Element | None, stamps: tuple[tuple[str, str], ...], marks: str
    ) -> None:
        text = _SPACE.sub(" ", _GLUE.sub(" ", raw).replace("\x00", "")).strip()
        if text or stamps:
            self.lines.append(Line(text, owner, self.size, stamps, marks))
            self.size += len(text) + 1
