"""The page's head as lines: the walk around the headline that dates and bylines share.

Datelines and bylines sit in the few lines just above the headline and in those below it;
walking them once, with related lists, comments and navigation skipped, keeps both extractors
off the page's chrome and lets :func:`~newscrawl.extract.article.extract_page` reuse the walk.

Chrome is read from class/id words, but pages reuse those words for their own parts, so some
elements are never chrome: those holding the headline (skipping starts only past it), a wrapper
holding an article's worth of prose ("left-side-content-wrapper"), WordPress's post wrapper
(whose "tag-*" classes are topics) and a short ``<aside>`` that is the article's meta box.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from lxml.etree import _Element

from newscrawl.extract.dom import attributes_of, plain_text, text_length
from newscrawl.extract.titletext import is_keyword_list
from newscrawl.page import Page

_BLOCKS = frozenset([
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
    "article", "header", "dd", "dt", "dl", "figure", "figcaption", "blockquote", "br", "hr", "address",
    "main", "center", "pre",
])  # fmt: skip
_CODE = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "select", "textarea"])
_NEVER = _CODE | {"nav", "aside"}
# Words that name chrome outright: such an element goes whatever its size (long comment threads).
_CHROME_WORDS = frozenset([
    "related", "relate", "recommend", "recommended", "rec", "comment", "comments", "reply",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright", "pager", "pagination", "popular",
    "trending", "subscribe", "xgyd", "tuijian", "xiangguan", "modal", "login",
])  # fmt: skip
# Words that name chrome but also layout wrappers ("left-side-content-wrapper", "body-ad-wrapper",
# "with-nav-sidebar", a ranking article's "ranking-content", a newsletter issue's "newsletter-
# wrapper", Next.js's "__next"): such an element goes only while it holds less prose than an article.
_LAYOUT_WORDS = frozenset([
    "side", "aside", "hot", "rank", "ranking", "nav", "navbar", "menu", "social", "tags", "tag",
    "more", "next", "prev", "ad", "ads", "advert", "banner", "newsletter",
])  # fmt: skip
_ARTICLE_CHARS = 1500  # unlinked characters: a layout-named element this long holds the article
_META_CHARS = 500  # characters: an <aside> this short by the headline or in the article is its meta box
# WordPress's post_class(): the post's own wrapper, whose "tag-*"/"category-*" slugs name its topics.
_POST_CLASS = re.compile(r"(?<![\w-])(?:hentry|status-publish|post-\d+)(?![\w-])")
_UNNAMED, _LAYOUT, _CHROME = 0, 1, 2
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜•»]|\s[-–—·:]\s|——|--|::)\s*")
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Text of only these is layout between tags, kept out of the lines (any other character, even other
# white space, makes a line, though maybe an empty one).
_BLANK = " \t\r\n\xa0\u3000"
# A link, or a <select>'s entry (a "jump to story" menu lists the page's own title first), never
# holds the headline the walk should start from: the walk does not enter a <select>.
_NOT_HEADLINE = frozenset(["a", "option", "optgroup"])
_STAMP_PROPS = frozenset(["datepublished", "datemodified", "datecreated"])
_UPDATED_CLASS = re.compile(r"updat|modif", re.I)
_ISO_DAY = re.compile(
    r"\s*\d{4}-\d\d-\d\d"
)  # a machine date starts so: an <abbr> title that doesn't is a word


@dataclass(slots=True)
class Line:
    """One visual line of the page head: a block's run of inline text."""

    text: str
    element: _Element  # the innermost block element that holds the line
    offset: int  # characters of head text before this line
    stamps: tuple[tuple[str, str], ...] = ()  # (itemprop or "time", machine value) seen inside
    marks: str = ""  # class/id/rel/itemprop of the inline elements inside ("author", "source" ...)


def skipped(el: _Element) -> bool:
    """Related lists, comments, footers, navigation: never a byline's home.

    An element named with a word that also names layout wrappers ("side", "ad", "nav") is
    chrome only while short: one holding an article's worth of prose is the article's wrapper.

    >>> import lxml.html
    >>> skipped(lxml.html.fragment_fromstring('<div class="related-news">x</div>'))
    True
    >>> skipped(lxml.html.fragment_fromstring(f'<div class="left-side-wrap"><p>{"word " * 400}</p></div>'))
    False
    """
    return _chrome(el, el.tag, _names(el))


def _chrome(el: _Element, tag: object, names: str) -> bool:
    """:func:`skipped`, given ``el``'s tag and class/id string (as :func:`_names` joins them)."""
    if tag in _NEVER:
        return True
    naming = _naming(names) if names != " " else _UNNAMED
    if naming == _LAYOUT:
        return text_length(el, linked=False) < _ARTICLE_CHARS
    return naming == _CHROME


def _names(el: _Element) -> str:
    if not el.keys():
        return " "  # most elements have no attributes: what the join below makes of none
    return f"{el.get('class', '')} {el.get('id', '')}"


@lru_cache(maxsize=4096)
def _naming(names: str) -> int:
    """Pure function of the class/id string, memoised: sites repeat the same few names.

    Most strings a page brings are new to the cache and hold no chrome word, so the words are
    looked at first: the post-class pattern, a scan of the whole string, matters only with one.
    """
    lowered = names.lower()
    words = _name_words(lowered)
    chrome = not _CHROME_WORDS.isdisjoint(words)
    if not chrome and _LAYOUT_WORDS.isdisjoint(words):
        return _UNNAMED
    if _POST_CLASS.search(lowered):
        return _UNNAMED
    return _CHROME if chrome else _LAYOUT


# Layout words of boxes that hold other content than the page's (ads, ranked lists of other
# stories): such a box is skipped even right under the headline, where a box named with the other
# layout words ("js-social-share", "hero-banner__details", "next-link") often holds the byline.
_FOREIGN_BOX_WORDS = frozenset(["ad", "ads", "advert", "hot", "rank", "ranking"])


@lru_cache(maxsize=1024)
def _byline_box(names: str) -> bool:
    """Whether a class/id string names a box under the headline that may hold the byline: named
    with layout words only, none of :data:`_FOREIGN_BOX_WORDS`."""
    return _naming(names) == _LAYOUT and _FOREIGN_BOX_WORDS.isdisjoint(_name_words(names.lower()))


# Every byte but an ASCII letter or digit, as a space: the separators _TOKEN_SPLIT cuts at.
_SEPARATORS_AS_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def _name_words(lowered: str) -> list[str]:
    """``_TOKEN_SPLIT.split(lowered)`` but for its empty strings; on ASCII names (nearly all),
    by a translation of their bytes and a plain split, several times cheaper than the pattern.

    >>> _name_words("post-header__meta js-x1"), _name_words("ñav--bar")
    (['post', 'header', 'meta', 'js', 'x1'], ['', 'av', 'bar'])
    """
    if lowered.isascii():
        return lowered.encode("ascii").translate(_SEPARATORS_AS_SPACE).decode("ascii").split()
    return _TOKEN_SPLIT.split(lowered)


def headline_element(page: Page, headline: str | None = None) -> _Element | None:
    """The element showing the headline: a heading matching the title, the title's text, an h1.

    ``headline``, the one :func:`~newscrawl.extract.headline.extract_headline` read off the page,
    goes first: a heading showing just it (an ``<h1>`` before the others), else an element showing
    it where the first ``<h1>`` does not (a logo's or a footer's ``<h1>`` that the title's site
    name matches, or nothing does)."""
    texts: dict[_Element, str] = {}  # each heading's text without spaces, read once

    def squashed(el: _Element) -> str:
        if el not in texts:
            texts[el] = _SPACE.sub("", plain_text(el))
        return texts[el]

    chosen = _SPACE.sub("", headline) if headline else ""
    if chosen:  # of the headings showing it, the highest ranked first (a carousel's <h3> may repeat it)
        for rank in ("h1", "h2", "h3"):
            same = next((el for el in page.headings(rank) if squashed(el) == chosen), None)
            if same is not None:
                return same
    title = _title_key(page)
    bare = _SPACE.sub("", title) if title else ""  # "标题\u3000正文" in the heading, "标题正文" in <title>
    first_h1 = None
    for el in page.headings():
        text = squashed(el)
        if bare and len(text) >= 4 and (text in bare or (bare in text and not _wraps(text, bare))):
            return first_h1 if el.tag != "h1" and _headline_sized(first_h1) else el
        if first_h1 is None and el.tag == "h1" and len(text) >= 4 and el.find(".//img") is None:
            first_h1 = el
    body = page.tree.find("body")
    if not title or body is None:
        return first_h1
    if first_h1 is not None and not _section_name(first_h1):
        if headline is None or chosen in _SPACE.sub("", plain_text(first_h1)):
            return first_h1
        shown = _title_element(body, headline)
        return first_h1 if shown is None else shown
    shown = _title_element(body, title)
    return first_h1 if shown is None else shown


def _wraps(text: str, title: str) -> bool:
    """A heading holding far more than the title wraps the article (pages misuse ``<h1>`` as a
    box): anchoring there would skip the date line inside it."""
    return len(text) > 2 * len(title) + 40


def _section_name(h1: _Element) -> bool:
    """A Chinese ``<h1>`` too short for a headline that the title does not match ("相关新闻"). A short
    English one ("Climate Change") is often the headline itself, under a title naming the site."""
    text = plain_text(h1)
    return len(text.split()) < 3 and 0 < len(_HAN.findall(text)) < 8


def _title_element(body: _Element, title: str) -> _Element | None:
    """The first element whose own text shows the title, a link or a menu item aside."""
    probes = (title[:12], title[-12:])
    for el in body.iter():
        if (
            el.text
            and el.tag not in _NEVER
            and el.tag not in _NOT_HEADLINE
            and any(p in el.text for p in probes)
        ):
            return el if isinstance(el.tag, str) else None
    return None


def _headline_sized(h1: _Element | None) -> bool:
    """An ``<h1>`` that reads as a headline (several words, not a link, outside the page's
    header and navigation), not a logo, a tagline or a section name."""
    if h1 is None or len(plain_text(h1).split()) < 4 or h1.find(".//a") is not None:
        return False
    return not any(a.tag in ("header", "nav") for a in h1.iterancestors())


def _title_key(page: Page) -> str | None:
    raw = page.meta_first("og:title", "twitter:title") or page.title_text() or ""
    parts = [p for p in _TITLE_SPLIT.split(_SPACE.sub(" ", raw).strip()) if p]
    # The longest part is the headline, unless it is the page's keywords glued on ("標題 - A , B , C , D"):
    # a heading repeating those ("相關文章關鍵字：A , B …") would anchor the walk at the page's end.
    best = max((p for p in parts if not is_keyword_list(p)), key=len, default="")
    return best if len(best) >= 4 else None


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
        if up.tag in _CODE:
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
                opened = not ((attrs or tag in _NEVER) and self._skips(el, tag, attrs))
            else:
                opened = tag not in _CODE
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
        return _chrome(el, tag, names) and not self._kept(el, tag, names)

    def _kept(self, el: _Element, tag: str, names: str) -> bool:
        """Kept though named or tagged like chrome: the walk's root (``<body class="modal-open">``),
        a short, plainly named ``<aside>`` that HTML ties to the article (one inside its
        ``<article>``) or that comes right after the headline, before any text: the date and
        byline box beside the body rather than the page's sidebar; and a short box right after the
        headline named like layout ("js-social-share", "hero-banner"), which holds the byline as
        often as its buttons, unless named like an ad or a ranked list (see :func:`_byline_box`)."""
        if el is self.root:
            return True
        if tag != "aside":
            return (
                self.started
                and not self.size
                and tag not in _NEVER
                and _byline_box(names)
                and text_length(el) < _META_CHARS
            )
        if text_length(el) >= _META_CHARS or _naming(names) == _CHROME:
            return False
        return not self.size or next(el.iterancestors("article"), None) is not None

    def _reach_anchor(self, el: _Element) -> None:
        self.flush()
        for raw, owner, stamps, marks in self.pending:  # text is cleaned only for the last few
            self._emit(raw, owner, stamps, marks)
        inner = (_stamp(one, one.tag, one.get("itemprop")) for one in el.iterdescendants())
        text = _SPACE.sub(" ", plain_text(el)).strip()
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
            stamp = _stamp(el, tag, itemprop)
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


def _stamp(el: _Element, tag: object, itemprop: str | None) -> tuple[str, str] | None:
    """A ``<time>``'s or a date itemprop's machine value, as (itemprop or "time", value).

    An ``<abbr>`` titled with an ISO date is the older way to say the same (hAtom's
    ``<abbr class="published" title="2015-03-10T08:05:41-07:00">``, or a relative
    "3小時前" explained by its title), so it counts as a ``<time>``.
    """
    prop = itemprop.lower() if itemprop else ""
    if tag == "abbr":
        value = el.get("title") or ""
        if not _ISO_DAY.match(value):
            return None
    elif tag != "time" and prop not in _STAMP_PROPS:
        return None
    else:
        value = el.get("datetime") or (el.get("content") if prop else None) or ""
    if not value:
        return None
    if not prop and _UPDATED_CLASS.search(el.get("class") or ""):
        prop = "datemodified"
    return prop or "time", value
