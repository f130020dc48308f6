"""How much article prose each element holds: the walk over paragraph-like elements, each
one's weight (unlinked text, sentence marks), the mass summed over subtrees and the class-name
biases. The search (:mod:`~newscrawl.extract.body`) adds these up; joining reads them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from lxml.etree import _Element

from newscrawl.extract.blocks import more_han_in_utf8, solid_length
from newscrawl.extract.dom import (
    NO_ATTRIBUTES,
    SKIP_TAGS,
    caseless_search,
    class_id,
    inline_text,
    plain_text,
)
from newscrawl.extract.skipparts import is_skipped_with

SENTENCE_END = re.compile(r"[.!?。！？；;:：…\"”’)）]")
_ASCII_SENTENCE_END = b'.!?;:")'  # the ASCII characters of SENTENCE_END
_OTHER_SENTENCE_END = "。！？；：…”’）"  # and the others
_POSITIVE = re.compile(
    r"article|content|entry|post|story|body|text|main|detail|news|contents?_?|rich|prose|zw|para",
    re.I,
)
_NEGATIVE = re.compile(
    r"comment|meta|footer|footnote|sidebar|widget|related|recommend|share|social|promo|"
    r"sponsor|advert|\bads?\b|banner|breadcrumb|pagination|pager|tags?\b|author-?bio|"
    r"newsletter|subscribe|hot|rank|list",
    re.I,
)
# Searched on the lower-cased names (see caseless_search): every class string is new to the cache.
_positive, _negative = caseless_search(_POSITIVE), caseless_search(_NEGATIVE)


def add_mass(element: _Element, prose: float, mass: dict[_Element, float]) -> None:
    """Prose summed over whole subtrees: how much article text each element holds."""
    mass[element] = mass.get(element, 0.0) + prose
    for ancestor in element.iterancestors():
        mass[ancestor] = mass.get(ancestor, 0.0) + prose


def text_elements(
    scope: _Element,
    include_hidden: bool,
    walked: dict[_Element, bool | None] | None = None,
    attributes: dict[_Element, Mapping[str, str]] | None = None,
) -> Iterator[_Element]:
    """Paragraph-like elements outside skipped subtrees (scripts, hidden parts, share bars ...).

    ``walked`` collects the verdict on each element judged (True: walked into), so that
    rendering the chosen region need not judge them again; ``attributes`` the attributes of
    each (see dom.attributes_of), read once for this search, a second one and the head walk.
    """
    nodes = scope.iter()
    next(nodes)  # the scope itself, never judged
    if _is_text_element(scope):
        yield scope
    resume: _Element | None = None  # past a skipped subtree: the node the walk goes on at
    for element in nodes:
        if resume is not None:
            if element is not resume:
                continue
            resume = None
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in SKIP_TAGS:
            keep = False
        elif tag not in PARAGRAPH_TAGS and tag not in TEXT_HOLDERS and not len(element):
            # A leaf that is no text element (a link, a picture): skipped or not, the walk
            # goes on the same, so it is left to the renderer (None), which sees far fewer.
            if walked is not None:
                walked[element] = None
            continue
        else:
            items = element.items()  # as dom.attributes_of, without the call
            attrs = dict(items) if items else NO_ATTRIBUTES
            if attributes is not None:
                attributes[element] = attrs
            keep = not is_skipped_with(element, tag, attrs, include_hidden)
            if not keep and not include_hidden and _is_collapsed_panel(attrs):
                keep = not is_skipped_with(element, tag, attrs, True)
            if walked is not None:
                walked[element] = keep
        if not keep:
            if len(element):
                resume = _following(element, scope)
                if resume is None:
                    return
            continue
        if tag in PARAGRAPH_TAGS or (tag in TEXT_HOLDERS and has_direct_text(element)):  # _is_text_element
            yield element


def _is_collapsed_panel(attributes: Mapping[str, str]) -> bool:
    """An accordion's panel, hidden until the reader opens it: marked as a region, or labelled
    by its heading's button (``aria-labelledby``) with no other role. Its text is the page's
    own (an answer, a step), not text hidden from readers as link farms are. Other labelled
    parts stay hidden: a dialog (a sign-up or cookie prompt), a menu, or a hidden tab panel,
    another view of what the open tab shows (often a placeholder a script fills)."""
    role = attributes.get("role")
    return role == "region" or (role is None and attributes.get("aria-labelledby") is not None)


def _is_text_element(element: _Element) -> bool:
    """A paragraph, or a wrapper holding text of its own beside its children."""
    tag = element.tag
    return tag in PARAGRAPH_TAGS or (tag in TEXT_HOLDERS and has_direct_text(element))


def _following(element: _Element, scope: _Element) -> _Element | None:
    """The node after ``element``'s subtree in document order, within ``scope``."""
    while element is not scope:
        after = element.getnext()
        if after is not None:
            return after
        parent = element.getparent()
        if parent is None:
            return None
        element = parent
    return None


PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "h2", "h3", "h4", "dd"})
TEXT_HOLDERS = frozenset({"div", "section", "article", "span", "font", "center"})


def has_direct_text(element: _Element) -> bool:
    """Text of its own beside its children (the test runs on every wrapper, so no copies)."""
    text = element.text
    if text and not text.isspace():
        return True
    for child in element:
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


_STAMP_CHARS = 40  # unlinked characters: no letter in fewer is a date, a time or a count, no prose


def paragraph_weight(element: _Element) -> tuple[float, float]:
    """``(score, mass)``: how much this element looks like a paragraph of prose, and how
    much prose it adds (its own text in line-lengths, CJK denser), for :func:`add_mass`."""
    if len(element):
        own = inline_text(element)
        length = solid_length(own)
        text = plain_text(element) if length >= 12 else ""
    else:  # a leaf, as most paragraphs are (never an anchor): its text is all its inline text
        own = text = element.text or ""
        length = solid_length(text)
    if length < 12 or (length < _STAMP_CHARS and not any(c.isalpha() for c in own)):
        return 0.0, 0.0  # too short, or only a stamp beside links ("<a>Title</a> (01/17 21:13)")
    utf8 = None if text.isascii() else text.encode("utf-8", "surrogatepass")  # encoded once, used twice
    cjk = utf8 is not None and more_han_in_utf8(utf8, len(text), length * 0.3)
    lines = length / (30 if cjk else 80)
    punctuation = _sentence_marks(text, utf8)
    runs = 1  # paragraphs set apart by <br> count as such; they matter only past one's caps
    if lines > 4.0 or punctuation > 5:
        runs += sum(1 for _ in element.iterchildren("br"))
    return 1.0 + min(lines, 4.0 * runs) + min(punctuation, 5 * runs) * 0.5, lines


def _sentence_marks(text: str, utf8: bytes | None = None) -> int:
    """How many characters of ``text`` end a sentence (``SENTENCE_END``); on ASCII text,
    most paragraphs, by deleting the ASCII ones from its bytes, a C loop far cheaper than
    the pattern's scan of every character.

    >>> _sentence_marks('He said: "Go!" (Then left.)'), _sentence_marks("Done… 好。")
    (6, 2)

    ``utf8``: the UTF-8 of non-ASCII ``text``, when the caller has it already.
    """
    if utf8 is None:
        if text.isascii():
            return len(text) - len(text.encode("ascii").translate(None, _ASCII_SENTENCE_END))
        utf8 = text.encode("utf-8", "surrogatepass")
    # Other text, mostly Latin with a no-break space or a curly quote: its bytes likewise,
    # and each of the few other marks counted by a scan far cheaper than the pattern's.
    ascii_marks = len(utf8) - len(utf8.translate(None, _ASCII_SENTENCE_END))
    return ascii_marks + sum(map(text.count, _OTHER_SENTENCE_END))


def container_bias(element: _Element) -> float:
    """What an element's tag and class/id names add to its score (``<article>``, ``post-body``)
    or take away (``sidebar``)."""
    bias = 5.0 if element.tag in ("article", "main") else 0.0
    names = class_id(element)
    return bias + _name_bias(names) if names else bias


@lru_cache(maxsize=4096)
def _name_bias(names: str) -> float:
    """Class/id names that promise (``article-body``) or rule out (``sidebar``) the article;
    memoised, as a pure function of the names that sites repeat on every element."""
    return (5.0 if _positive(names) else 0.0) - (10.0 if _negative(names) else 0.0)
