"""Small predicates over lxml elements shared by the extractors and cleaners.

Families of predicates with a job of their own live beside it: ``visibility`` (hidden or
overlaid by style), ``skipparts`` (page chrome the body search skips), ``furniture``
(structures the renderer leaves out) and ``hrefs`` (links resolved to absolute URLs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from lxml import etree
from lxml.etree import _Element

from newscrawl.extract.blocks import solid_length

# Escapes whose meaning lower-casing the text cannot change (no letters, no code points).
_CASE_BLIND_ESCAPE = re.compile(r"\\[sSwWdDbB.\-_/|()\[\]?*+{}^$ ]")
_CASE_BLIND_GROUP = re.compile(r"\(\?(?::|=|!|<=|<!)")  # groups and look-arounds; no inline flags


def caseless_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``bool(pattern.search(text))`` for a case-insensitive pattern written in lower-case ASCII,
    several times faster on ASCII text (class names nearly always are).

    Python's case-insensitive matching finds no literal to scan for; on ASCII text it equals a
    case-sensitive search of the lower-cased text, since only ASCII letters change case there.
    Other text, which case folding could match differently ("ſ", "K"), gets the pattern itself.

    >>> author = caseless_search(re.compile(r"author|byline", re.I))
    >>> author("post-AUTHOR-box"), author("entry"), author("ſ byline")
    (True, False, True)
    """
    source = pattern.pattern
    plain = _CASE_BLIND_GROUP.sub("", _CASE_BLIND_ESCAPE.sub("", source))
    if not (pattern.flags & re.I and source.isascii() and "\\" not in plain and "(?" not in plain):
        raise ValueError(f"not a plain lower-case pattern: {source!r}")
    if any("A" <= c <= "Z" for c in plain):
        raise ValueError(f"not a plain lower-case pattern: {source!r}")
    folded = re.compile(source, pattern.flags & ~re.I)

    def search(text: str) -> bool:
        if text.isascii():
            return folded.search(text.lower()) is not None
        return pattern.search(text) is not None

    return search


# Never article text, whatever their position.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "map",
    }
)
# Elements that start a new line when rendered.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "header",
        "footer",
        "aside",
        "nav",
        "address",
        "hr",
        "center",
        "details",
        "summary",
    }
)
EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i", "u", "mark", "font"})
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def marked_by(tests: Mapping[str, str]) -> etree.XPath:
    """A compiled query for the elements whose attributes pass ``tests`` (attribute name -> an XPath
    test of its value, ``"contains(., 'author')"``), in document order, each once.

    One predicate per element: the quicker-looking query through the attributes
    (``//@rel[…]/..``) costs libxml2 the square of the number it finds in its step back to
    their elements (2,000 links marked ``rel="author"``: 2 ms; 20,000: 300 ms).
    """
    either = " or ".join(f"@{name}[{test}]" for name, test in tests.items())
    return etree.XPath(f"descendant-or-self::*[{either}]")


def class_id(element: _Element) -> str:
    """The element's class and id attributes as one string, for name heuristics."""
    return joined_names(element.get("class"), element.get("id"))


def joined_names(names: str | None, ident: str | None) -> str:
    """A class and an id as one string, for the name tests (see :func:`class_id`)."""
    if names is None and ident is None:  # most elements: skip building a string
        return ""
    return f"{names or ''} {ident or ''}".strip()


NO_ATTRIBUTES: Mapping[str, str] = MappingProxyType({})  # what an element without attributes has


def attributes_of(element: _Element) -> Mapping[str, str]:
    """The element's attributes, read in one call: lxml charges each read of one far more than
    the dictionary lookups that tests of several then make."""
    items = element.items()
    return dict(items) if items else NO_ATTRIBUTES


def holds_main_content(element: _Element) -> bool:
    """Holds the page's ``<main>`` or an ``<article>`` of real prose, so it is no box to skip."""
    return next(element.iterdescendants("main"), None) is not None or any(
        text_length(a, linked=False) >= 400 for a in element.iter("article")
    )


def text_length(element: _Element, *, linked: bool = True) -> int:
    """Characters of normalised text; with ``linked=False`` anchor text is left out."""
    text = element_text(element)
    total = solid_length(text)
    if linked:
        return total
    return max(0, total - anchor_chars(element, text))


def element_text(element: _Element) -> str:
    """``text_content()`` (XPath ``string()``) as a plain str, serialised as text: the same
    libxml2 routine joins the text nodes, without an XPath evaluation's set-up per call,
    and lxml.html's "smart" string (which knows its parent) is not built."""
    text: str = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return text


def plain_text(element: _Element) -> str:
    """``element.text_content()`` as a plain str, cheaper than lxml.html's "smart" string.

    >>> import lxml.html
    >>> plain_text(lxml.html.fromstring("<p>a <b>b</b> c</p>")), plain_text(lxml.html.fromstring("<p></p>"))
    ('a b c', '')
    """
    if not len(element):  # no child nodes but text: its text, without an XPath evaluation
        return element.text or ""
    return element_text(element)


def anchor_chars(element: _Element, text: str) -> int:
    """Characters of the text inside anchors at or below ``element``, whose text is ``text``.

    Summed anchor by anchor (an anchor inside another counts once per anchor; an anchor above
    ``element`` not at all), each anchor's text read in one call, a childless one's without
    any: an XPath gathering the anchors' text nodes costs twice as much, libxml2 merging its
    per-anchor node sets, and grows quadratic on a link farm. Non-space characters add up
    over concatenation, so the pieces are joined and measured once.
    """
    if element.tag == "a":  # all of it, nested anchors or not
        return solid_length(text)
    return solid_length("".join([element_text(a) if len(a) else a.text or "" for a in element.iter("a")]))


def link_density(element: _Element) -> float:
    """Share of the element's text that sits inside anchors."""
    text = element_text(element)
    total = solid_length(text)
    return anchor_chars(element, text) / total if total else 0.0


_ALL_LINKED = 0.9  # share of an element's text in anchors: it is links to other pages, not text


def all_linked(element: _Element) -> bool:
    """Whether nearly all of the element's text is links: another page's title, or a list of them
    (a related story's linked title, a heading linking to an item's page)."""
    return link_density(element) >= _ALL_LINKED


def inline_text_length(element: _Element) -> int:
    """Unlinked text of the element itself: its text and inline children, not nested blocks
    (those are counted on their own, and a ``<td>`` holding paragraphs must not count twice).

    >>> import lxml.html
    >>> inline_text_length(lxml.html.fromstring('<li><a href="/x">Title</a> 2025 <p>Lead text</p></li>'))
    4
    """
    # One measure of the joined pieces: solid_length counts non-space characters, so it adds up.
    return solid_length(inline_text(element))


def inline_text(element: _Element) -> str:
    """The text :func:`inline_text_length` measures, its pieces joined.

    >>> import lxml.html
    >>> inline_text(lxml.html.fromstring('<li><a href="/x">Title</a> (01/17 21:13)<p>Lead</p></li>'))
    ' (01/17 21:13)'
    """
    if not len(element):  # a leaf (most paragraphs): its own text, without collecting pieces
        text = element.text
        return text if text and element.tag != "a" else ""
    pieces: list[str] = []
    _inline_pieces(element, element.tag, pieces)
    return "".join(pieces)


# Children whose text is not the element's own inline text.
_NOT_INLINE = BLOCK_TAGS | SKIP_TAGS


def _inline_pieces(element: _Element, tag: str, pieces: list[str]) -> None:
    """Collect the texts :func:`inline_text_length` counts: an anchor's own text is left out
    (not the text of elements inside it), and so are nested blocks and skipped tags."""
    text = element.text
    if text and tag != "a":
        pieces.append(text)
    for child in element:
        child_tag = child.tag
        if isinstance(child_tag, str) and child_tag not in _NOT_INLINE:
            if len(child):
                _inline_pieces(child, child_tag, pieces)
            elif child_tag != "a" and (text := child.text):  # a leaf: its text, without a call
                pieces.append(text)
        tail = child.tail
        if tail and not tail.isspace():  # most tails are the markup's indentation
            pieces.append(tail)


def same_build(a: _Element, b: _Element) -> bool:
    """Same tag and mostly the same class names, ignoring per-instance ids (``elementor-el-7e8c``).

    >>> import lxml.html
    >>> x = lxml.html.fromstring('<div class="widget w-text el-7e8c3b">a</div>')
    >>> y = lxml.html.fromstring('<div class="widget w-text el-11f0aa">b</div>')
    >>> same_build(x, y)
    True
    """
    if a.tag != b.tag:
        return False
    names_a, names_b = _class_words(a), _class_words(b)
    if not names_a and not names_b:
        return True
    return len(names_a & names_b) * 2 >= max(len(names_a), len(names_b))


def _class_words(element: _Element) -> set[str]:
    return {w for w in (element.get("class") or "").split() if not any(ch.isdigit() for ch in w)}


def is_inside(element: _Element, container: _Element) -> bool:
    """``container`` is one of ``element``'s ancestors."""
    return any(a is container for a in element.iterancestors())
