"""Hidden keyword dumps: the thousands of commercial phrases a farm hides for search engines.

A farm stuffs its phrases, space-separated, into one hidden block of plain text;
the keyword it glues to a headline (``[诗婷露雅化妆品]江门…``) is one of them. A site hides
menus, dropdowns and templates too, but those are made of one element per label (links,
``<li>``, ``<option>``), not a run of bare text, so the shape below tells the two apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat

from lxml import etree
from lxml.etree import _Element

from newscrawl.extract.dom import plain_text
from newscrawl.extract.visibility import is_hiding
from newscrawl.page import Page

_MIN_PHRASES = 30  # a dump lists dozens of phrases at the least
_MAX_PHRASE_CHARS = 16  # on average: keywords, not sentences
_PHRASES_PER_ELEMENT = 10  # bare text: many phrases for each element inside the block
_MAX_SENTENCE_MARKS = 0.05  # per phrase: prose has a full stop every sentence
_SENTENCE_MARKS = tuple(".。!！?？")
# The body's elements with a style or hidden attribute, in document order. A predicate on every
# element, not a path through the attributes (``…/@style/..``), whose step back to the elements
# costs libxml2 the square of their number: a page styling each of 20,000 spans inline (a word
# processor's export) took 213 ms for that step alone, 6 ms this way (see dom.marked_by).
_STYLED = etree.XPath("//body/descendant::*[@style or @hidden]")
# The same on a page that marks nothing ``hidden`` (nearly every page): libxml2 tests a predicate
# of one attribute in well under the time of one of two (0.3 ms against 0.5 on a Chinese portal
# page), and finding no ``hidden`` attribute anywhere in the page costs less than the difference.
_STYLE_ONLY = etree.XPath("//body/descendant::*[@style]")
_ANY_HIDDEN = etree.XPath("boolean(//@hidden)")


def stuffed_phrases(page: Page, phrases: Iterable[str]) -> list[str]:
    """Those of ``phrases`` that a hidden keyword dump on the page lists, each as a whole item.

    >>> from newscrawl.page import parse_page
    >>> dump = " ".join(f"品牌{i}加盟" for i in range(40)) + " 诗婷露雅化妆品 名果记"
    >>> page = parse_page(f'<h1>新闻</h1><div style="display:none">{dump}</div>')
    >>> stuffed_phrases(page, ["诗婷露雅化妆品", "新闻", "名果"])
    ['诗婷露雅化妆品']
    """
    wanted = [p for p in dict.fromkeys(" ".join(p.split()) for p in phrases) if p]
    if not wanted:
        return []
    dumps = [f" {text} " for text in _dump_texts(page)]
    return [p for p in wanted if any(f" {p.lower()} " in dump for dump in dumps)]


def _dump_texts(page: Page) -> Iterator[str]:
    """The lower-cased, space-normalised text of each hidden keyword dump."""
    seen: set[_Element] = set()
    for element in _styled(page.tree):
        if not is_hiding(element) or (seen and any(a in seen for a in element.iterancestors())):
            continue
        seen.add(element)
        words = plain_text(element).split()  # text_content(), without lxml.html's XPath call
        if _is_dump(element, words):
            yield " ".join(words).lower()


def _styled(root: _Element) -> list[_Element]:
    """:data:`_STYLED` of ``root``, by the quicker query when no element is marked ``hidden``."""
    found: list[_Element] = _STYLED(root) if _ANY_HIDDEN(root) else _STYLE_ONLY(root)
    return found


def _is_dump(element: _Element, words: list[str]) -> bool:
    if len(words) < _MIN_PHRASES or sum(map(len, words)) > _MAX_PHRASE_CHARS * len(words):
        return False
    inner = sum(1 for _ in element.iterdescendants())
    if inner * _PHRASES_PER_ELEMENT > len(words):
        return False  # a hidden menu or dropdown: an element per label
    marks = sum(map(str.endswith, words, repeat(_SENTENCE_MARKS)))  # no Python call per word of a dump
    return marks <= _MAX_SENTENCE_MARKS * len(words)
