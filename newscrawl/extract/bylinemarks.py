"""What byline markup says: which element holds the name, and what an author class marks that is none.

Pages class their bylines ``author``, but also the author's title, bio and avatar, the outlet's
name beside the byline, and whole articles (``class="post author-jane"``). Reading those apart
is kept here, away from the text rules of :mod:`~newscrawl.extract.linecredits`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import unquote

from lxml.etree import _Element

from newscrawl.extract.dom import caseless_search
from newscrawl.extract.headwalk import Line

AUTHOR_CLASS = re.compile(r"author|byline|writer|contributor|creator|reporter|journalist|zuozhe|vcard", re.I)
author_marked = caseless_search(AUTHOR_CLASS)  # AUTHOR_CLASS.search, as a bool, fast
# author_marked memoised: every line of the head asks it of its marks and of its block and the
# block's parent, whose few class names a page and its site repeat.
_author_marks = lru_cache(maxsize=4096)(author_marked)


def credit_texts(line: Line, holder: _Element | None) -> Iterator[str]:
    """Text of a byline: its name element's, the whole line when its block is one, else the marked
    inline elements'. A block inside an author-classed article (``class="post author-jane"``) is none.

    ``holder`` is the line's :func:`author_holder` (which the head scan asks once per line)."""
    marked = _author_marks(line.marks)
    named = _named_text(line) if marked else None
    if named:
        yield named
        return
    if holder is not None and _holds_byline(holder, line.element):
        yield line.text
    elif marked:
        for el in line.element.iter():
            if not isinstance(el.tag, str) or el is line.element:
                continue
            if classed(el, AUTHOR_CLASS, depth=1) and not NOT_NAME_CLASS.search(el.get("class") or ""):
                yield _text(el)
                return


def author_holder(line: Line, seen: dict[_Element, bool] | None = None) -> _Element | None:
    """The line's block, or its parent, when author-classed: a byline box holding the line.

    ``seen`` memoises the test per element over one scan of a page's lines: sibling lines share
    their parent, whose attributes would otherwise be read again for each of them."""
    if seen is None:
        return classed_element(line.element, AUTHOR_CLASS, depth=2)
    block = line.element
    if _author_classed(block, seen):
        return block
    parent = block.getparent()
    return parent if parent is not None and _author_classed(parent, seen) else None


def _author_classed(el: _Element, seen: dict[_Element, bool]) -> bool:
    """Whether ``el``'s own marks are author-classed, looked up in ``seen`` first. (The memo holds
    the element, so lxml hands back the same proxy for it while the scan lasts.)"""
    found = seen.get(el)
    if found is None:
        found = seen[el] = _may_be_classed(el) and _author_marks(_marks_of(el))
    return found


def _may_be_classed(el: _Element) -> bool:
    """Whether any of ``el``'s attribute values is author-classed: its marks are some of them, and an
    author class, no space in it, lies within one. Read in one call, which costs a fraction of the
    four reads of the marks (most blocks' attributes name no author); long values are read so."""
    values = el.values()
    if not values:
        return False
    joined = " ".join(values)
    return len(joined) > _MAX_JOINED or _author_marks(joined)


_MAX_JOINED = 300  # characters of attribute values worth memoising; longer ones get the marks' test


def inline_marked(line: Line) -> bool:
    """Whether an inline element of the line is author-classed (``<span class="author">``)."""
    return _author_marks(line.marks)


# The element that holds the name itself, and author-classed parts that hold something else.
_NAME_CLASS = re.compile(r"(?:author|byline|writer)[-_]{0,2}name|(?<![\w-])(?:fn|p-name)(?![\w-])", re.I)
NOT_NAME_CLASS = re.compile(
    r"(?:author|byline)[-_]{0,2}(?:desc|bio|title|job|role|position|label|avatar|image|img|photo)", re.I
)
_CONTAINERS = frozenset(["article", "section", "main", "body", "html"])


def named_text(line: Line) -> str | None:
    """The text of the element holding just the name inside a byline ("author-name" beside the
    "author-label" and "author-title"), so neither the label nor the title joins the name."""
    return _named_text(line) if _author_marks(line.marks) else None


def _named_text(line: Line) -> str | None:
    """:func:`named_text` of a line whose inline elements are author-classed."""
    for el in line.element.iterdescendants():
        if isinstance(el.tag, str) and _NAME_CLASS.search(el.get("class") or ""):
            return _text(el) or None
    return None


def _holds_byline(holder: _Element, block: _Element) -> bool:
    """Whether an author-classed block (or its parent) is the byline: not the article, not the
    author's title or bio, not the outlet's name beside it (``class="source-name"``)."""
    if holder.tag in _CONTAINERS or len(holder.text_content()) > 1000:
        return False
    if NOT_NAME_CLASS.search(holder.get("class") or ""):
        return False
    return holder is block or not _OUTLET_CLASS.search(block.get("class") or "")


_OUTLET_CLASS = re.compile(r"source|publisher|provider|outlet|brand|logo", re.I)


def _text(el: _Element) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


# A person's profile page: "/author/jane-doe", "/by/jane-doe" (NYT), "/staff/2648209001/jane-doe/" (an id
# segment first), "/people/jane-doe.html", "/profile/janedoe?ref=byline".
_PROFILE_DIRS = (
    r"authors?|writers?|contributors?|byline|by|people|person|staff|profiles?|team|journalists?"
    r"|reporters?|columnists?"
)
_PROFILE_PATH = re.compile(
    rf"/(?:{_PROFILE_DIRS})/(?:[^/?#]+/)?([^/?#]+?)(?:\.(?:html?|php|aspx?))?/?(?:[?#].*)?$", re.I
)
# The directory segment alone, which every _PROFILE_PATH match holds: most links hold none, and
# this test (a literal "/" to scan for, case-blind on lower-cased ASCII) costs a fraction of the path's.
_profile_dir = caseless_search(re.compile(rf"/(?:{_PROFILE_DIRS})/", re.I))


def profile_links(line: Line) -> Iterator[str]:
    """Texts of the line's links to their person's profile page ("/authors/jane-doe": Jane Doe), the
    link holding the line's block included (``<a href="/author/jane-doe"><img><div>Jane Doe</div></a>``:
    an avatar and the name, wrapped whole in the profile link)."""
    block = line.element
    enclosing = enclosing_link(block)
    if not (len(block) or block.tag == "a" or enclosing is not None):
        return  # a childless block (most lines) holds no link: no iter() over it
    for a in [*line.element.iter("a"), *([enclosing] if enclosing is not None else [])]:
        href = a.get("href") or ""
        m = _PROFILE_PATH.search(href) if _profile_dir(href) else None
        if not m:
            continue
        text = re.sub(r"\s+", " ", a.text_content()).strip()
        if text and text in line.text and _spells(m[1], text):
            yield text


_LINK_REACH = 3  # levels above a block where the link wrapping it (and an avatar beside it) sits


def enclosing_link(el: _Element) -> _Element | None:
    """The ``<a>`` a few levels above ``el`` that wraps it, if any (a card-style byline link)."""
    for _ in range(_LINK_REACH):
        parent = el.getparent()
        if parent is None:
            return None
        if parent.tag == "a":
            return parent
        el = parent
    return None


def _spells(segment: str, name: str) -> bool:
    """Whether a profile URL's last segment spells ``name``: letters and digits alike once accents,
    case and separators go ("sönke-hahn" and "SonkeHahn" for Sönke Hahn), an id after it aside
    ("jane-doe-12345").

    >>> _spells("jane-doe", "Jane Doe"), _spells("janedoe", "Jane Doe"), _spells("jane-doe-4821", "Jane Doe")
    (True, True, True)
    >>> _spells("S%C3%B6nke_Hahn", "Sönke Hahn"), _spells("jane-doe", "John Doe"), _spells("2", "Jane")
    (True, False, False)
    """
    key = _letters(name)
    found = _letters(unquote(segment))
    return bool(key) and (found == key or found.rstrip("0123456789") == key)


def _letters(text: str) -> str:
    """``text``'s letters and digits, lower-cased, accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isascii() and c.isalnum())


def classed(el: _Element | None, pattern: re.Pattern[str], depth: int = 3) -> bool:
    return classed_element(el, pattern, depth) is not None


def classed_element(el: _Element | None, pattern: re.Pattern[str], depth: int = 3) -> _Element | None:
    """``el`` or the nearest of its ``depth - 1`` ancestors whose class, id, itemprop or rel matches."""
    search = _author_marks if pattern is AUTHOR_CLASS else pattern.search
    for level in range(depth):
        if el is None:
            return None
        marks = _marks_of(el)
        if marks != _NO_MARKS and search(marks):  # most elements have no attributes: no search
            return el
        if level + 1 < depth:  # no parent fetched past the last level (lxml makes it a proxy)
            el = el.getparent()
    return None


_NO_MARKS = "   "  # the marks of an element without attributes (most): what the join below makes of none


def _marks_of(el: _Element) -> str:
    """The element's class, id, itemprop and rel, space-joined: what byline markup is named by."""
    if not el.keys():
        return _NO_MARKS
    get = el.get
    return f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('rel') or ''}"
