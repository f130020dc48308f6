"""The page's head as lines: the walk around the headline that dates and bylines share.

Datelines and bylines sit in the few lines just above the headline and in those below it;
walking them once, with related lists, comments and navigation skipped, keeps both extractors
off the page's chrome and lets :func:`~newscrawl.extract.article.extract_page` reuse the walk.

Chrome is read from class/id words, but pages reuse those words for their own parts, so some
elements are never chrome: those holding the headline (skipping starts only past it), a wrapper
holding an article's worth of prose ("left-side-content-wrapper"), WordPress's post wrapper
(whose "tag-*" classes are topics) and a short ``<aside>`` that is the article's meta box.

The words that name chrome are :mod:`~newscrawl.extract.headchrome`'s, the element the walk starts
at :mod:`~newscrawl.extract.headanchor`'s, the machine dates a line carries
:mod:`~newscrawl.extract.headstamps`'s.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lxml.etree import _Element

from newscrawl.extract.dom import attributes_of, plain_text, text_length
from newscrawl.extract.headanchor import SPACE_RUN, headline_element
from newscrawl.extract.headchrome import (
    CHROME,
    CODE_TAGS,
    NEVER_CHROME,
    byline_box,
    naming_of,
    skipped_by_names,
)
from newscrawl.extract.headstamps import date_stamp
from newscrawl.page import Page

_BLOCKS = frozenset([
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
    "article", "header", "dd", "dt", "dl", "figure", "figcaption", "blockquote", "br", "hr", "address",
    "main", "center", "pre",
])  # fmt: skip
_META_CHARS = 500  # characters: an <aside> this short by the headline or in the article is its meta box
# Text of only these is layout between tags, kept out of the lines (any other character, even other
# white space, makes a line, though maybe an empty one).
_BLANK = " \t\r\n\xa0\u3000"


@dataclass(slots=True)
class Line:
    """One visual line of the page head: a block's run of inline text."""

    text: str
    element: _Element  # the innermost block element that holds the line
    offset: int  # characters of head text before this line
    stamps: tuple[tuple[str, str], ...] = ()  # (itemprop or "time", machine value) seen inside
    marks: str = ""  # class/id/rel/itemprop of the inline elements inside ("author", "source" ...)


_Line = tuple[str, "_Element | None", tuple[tuple[str, str], ...], str]  # a line before its text is cleaned
_NO_ELEMENTS: Mapping[_Element, Mapping[str, str]] = MappingProxyType({})  # no attributes known


@dataclass
class Head:
    """Lines around the headline: a few just before it and those that follow it."""

    before: list[Line]
    after: list[Line]
    # The walk read to the end of the page, never stopped at its ``max_chars``: a longer walk
    # would give the same lines.
    complete: bool = True
    headline: str | None = None  # the headline the walk was told of, for a longer walk to start alike


def head_lines(
    page: Page,
    max_chars: int = 15000,
    *,
    attributes: Mapping[_Element, Mapping[str, str]] | None = None,
    headline: str | None = None,
) -> Head:
    """The page's head as lines (the whole body when no headline is found), chrome skipped.

    ``attributes``: elements' attributes read already (by the body search), not read again;
    ``headline``: the extracted headline, which helps find where the head is.
    """
    anchor = headline_element(page, headline)
    body = page.tree.find("body")
    known = _NO_ELEMENTS if attributes is None else attributes
    state = LineWalk(started=anchor is None, anchor=anchor, root=body, max_chars=max_chars, known=known)
    cut = False
    if body is not None:
        path = _opened_around(anchor, body) if anchor is not None else None
        cut = state.walk_from_anchor(path) if path else state.visit(body)
        state.flush()
    return Head(state.lines[: state.split], state.lines[state.split :], complete=not cut, headline=headline)


def _fresh_starts(anchor: _Element, path: list[_Element]) -> Iterator[_Element]:
    """Where a walk to the anchor may start afresh, nearest first: the blocks before the anchor in
    reverse document order, the block elements of ``path`` among them (opened before their
    children), ``path[0]`` last. A block's opening flushes what came before it, so the walk from
    one, with the blocks around it open, meets the same lines from there on as the walk from the root.
    """
    child = anchor
    for depth in range(len(path) - 1, -1, -1):
        for sibling in child.itersiblings(preceding=True):
            yield from reversed(list(sibling.iter(*_BLOCKS)))
        child = path[depth]
        if not depth or child.tag in _BLOCKS:
            yield child


def _opened_around(el: _Element, root: _Element) -> list[_Element] | None:
    """``el``'s ancestors from ``root`` down when the walk from ``root`` opens them all (none is a
    script or template) and so reaches ``el``; else None."""
    ups = []
    for up in el.iterancestors():
        if up.tag in CODE_TAGS:
            return None
        ups.append(up)
        if up is root:
            return ups[::-1]
    return None


@dataclass
class LineWalk:
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
    pending: deque[_Line] = field(default_factory=lambda: deque(maxlen=4))
    size: int = 0
    # Elements' attributes read already (see head_lines), by element.
    known: Mapping[_Element, Mapping[str, str]] = field(default_factory=lambda: _NO_ELEMENTS)

    def visit(self, el: _Element) -> bool:
        """Walk ``el``'s subtree and its tail; True once past the anchor and ``max_chars``.

        The element's attributes are read once, in one call (unless :attr:`known`): lxml charges
        each read far more than the dictionary lookups that the chrome test and :meth:`_open` make."""
        tag = el.tag
        if el is self.anchor:
            self._reach_anchor(el)
            opened = False
        elif isinstance(tag, str):
            attrs = self.known.get(el)
            if attrs is None:
                attrs = attributes_of(el)
            if self.started:  # only a named element or a tag like <nav> may be chrome
                opened = not ((attrs or tag in NEVER_CHROME) and self._skips(el, tag, attrs))
            else:
                opened = tag not in CODE_TAGS
        else:
            opened = False
        if opened:
            self._open(el, tag, attrs)
            if self.started and self.size > self.max_chars:
                return True
            for child in el:
                if self.visit(child):
                    return True
            if tag in _BLOCKS:
                self._end_block(el)
        elif self.started and self.size > self.max_chars:
            return True
        tail = el.tail  # as _tail(), without the call: most elements have one
        if tail and tail.strip(_BLANK):
            self.parts.append(tail)
        return self.started and self.size > self.max_chars

    def _tail(self, el: _Element) -> bool:
        """``el``'s tail text (layout white space aside) joins the line; True once past the budget."""
        tail = el.tail
        if tail and tail.strip(_BLANK):
            self.parts.append(tail)
        return self.started and self.size > self.max_chars

    def _end_block(self, el: _Element) -> None:
        if self.parts or self.stamps:
            self.flush()
        else:  # flush()'s cheap case, without the call: most block ends add nothing
            self.marks.clear()
        if self.blocks and self.blocks[-1] is el:
            self.blocks.pop()

    def _close(self, el: _Element, tag: str) -> bool:
        """The end of an opened element, as :meth:`visit` ends it: its block's line, then its tail."""
        if tag in _BLOCKS:
            self._end_block(el)
        return self._tail(el)

    def walk_from_anchor(self, path: list[_Element]) -> bool:
        """:meth:`visit` of ``path[0]``, for an anchor below it along ``path`` (see :func:`_opened_around`),
        without walking all that precedes the anchor: only the last lines before it are kept."""
        assert self.anchor is not None
        self.pending.extend(self._read_back(path))
        self.blocks = [up for up in path if up.tag in _BLOCKS]
        el = self.anchor
        if self.visit(el):
            return True
        while el is not path[0]:
            for sibling in el.itersiblings():
                if self.visit(sibling):
                    return True
            el = el.getparent()
            if self._close(el, el.tag):
                return True
        return False

    def _read_back(self, path: list[_Element]) -> deque[_Line]:
        """The lines the walk from ``path[0]`` holds back when it reaches the anchor, from a walk
        started afresh as near the anchor as gives that many (see :func:`_fresh_starts`): tried at
        ever farther starts, each twice as far back as the last, so the walk stays short."""
        on_path = set(path)
        tried = 8  # eight blocks back mostly hold the four lines kept (many blocks hold no text)
        for rank, start in enumerate(_fresh_starts(self.anchor, path), 1):
            last = start is path[0]
            around = _opened_around(start, path[0]) if rank >= tried and not last else None
            if around is None and not last:
                continue
            walk = LineWalk(False, self.anchor, self.root, self.max_chars, known=self.known)
            walk.blocks = [up for up in around or () if up.tag in _BLOCKS]
            walk._walk_to_anchor(start, path, on_path)
            if last or len(walk.pending) == walk.pending.maxlen:
                return walk.pending
            tried = 2 * rank
        return self.pending  # not reached: the starts end with path[0]

    def _walk_to_anchor(self, start: _Element, path: list[_Element], on_path: set[_Element]) -> None:
        """The walk before the anchor from ``start`` (an element before it, or one of ``path`` to
        open), up to the anchor's flush."""
        el = start
        if start in on_path:
            self._open(start, start.tag)
            children: Iterator[_Element] = iter(start)
        else:
            self.visit(start)
            while el.getparent() not in on_path:
                for sibling in el.itersiblings():
                    self.visit(sibling)
                el = el.getparent()
                self._close(el, el.tag)
            children = el.itersiblings()
            el = el.getparent()
        for below in [*path[path.index(el) + 1 :], self.anchor]:
            for child in children:
                if child is below:
                    break
                self.visit(child)
            if below is self.anchor:
                break
            self._open(below, below.tag)
            children = iter(below)
        self.flush()

    def _skips(self, el: _Element, tag: str, attrs: Mapping[str, str]) -> bool:
        """:func:`skipped` and not :meth:`_kept`, given ``el``'s tag and attributes."""
        names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
        return skipped_by_names(el, tag, names) and not self._kept(el, tag, names)

    def _kept(self, el: _Element, tag: str, names: str) -> bool:
        """Kept though named or tagged like chrome: the walk's root (``<body class="modal-open">``),
        a short, plainly named ``<aside>`` that HTML ties to the article (one inside its
        ``<article>``) or that comes right after the headline, before any text: the date and
        byline box beside the body rather than the page's sidebar; and a short box right after the
        headline named like layout ("js-social-share", "hero-banner"), which holds the byline as
        often as its buttons, unless named like an ad or a ranked list (see :func:`byline_box`)."""
        if el is self.root:
            return True
        if tag != "aside":
            return (
                self.started
                and not self.size
                and tag not in NEVER_CHROME
                and byline_box(names)
                and text_length(el) < _META_CHARS
            )
        if text_length(el) >= _META_CHARS or naming_of(names) == CHROME:
            return False
        return not self.size or next(el.iterancestors("article"), None) is not None

    def _reach_anchor(self, el: _Element) -> None:
        self.flush()
        for raw, owner, stamps, marks in self.pending:  # text is cleaned only for the last few
            self._emit(raw, owner, stamps, marks)
        inner = (date_stamp(one, one.tag, one.get("itemprop")) for one in el.iterdescendants())
        text = SPACE_RUN.sub(" ", plain_text(el)).strip()
        self.lines.append(Line(text, el, self.size, tuple(filter(None, inner))))
        self.started, self.split, self.size = True, len(self.lines), 0

    def _open(self, el: _Element, tag: str, attrs: Mapping[str, str] | None = None) -> None:
        """Open ``el`` (its attributes ``attrs``, read here when not given): a block starts a
        line, an inline element adds its marks; a stamp and the leading text join the line."""
        if attrs is None:
            attrs = self.known.get(el)
            if attrs is None:
                attrs = attributes_of(el)
        get = attrs.get
        itemprop = get("itemprop")
        if tag in _BLOCKS:
            if self.parts or self.stamps:
                self.flush()
            else:  # see visit()
                self.marks.clear()
            self.blocks.append(el)
        elif attrs:  # absent attributes add empty marks, which flush() drops
            self.marks.extend((get("class") or "", get("id") or "", get("rel") or "", itemprop or ""))
        if tag == "time" or tag == "abbr" or itemprop:
            stamp = date_stamp(el, tag, itemprop)
            if stamp:
                self.stamps.append(stamp)
        text = el.text
        if text and text.strip(_BLANK):  # layout whitespace between tags: no line's text
            self.parts.append(text)

    def flush(self) -> None:
        if not self.parts and not self.stamps:  # most block boundaries: nothing since the last
            self.marks.clear()
            return
        raw = " ".join(self.parts)  # apart: "Dec 17, 2025</span><span>Julian" is no "2025Julian"
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
        text = " ".join(raw.split())
        if text or stamps:
            self.lines.append(Line(text, owner, self.size, stamps, marks))
            self.size += len(text) + 1
