"""HTML text to the lxml tree a browser would build: the page parsers, the early ``</body>``/``</html>``
cut, and the re-parse of pages nested past libxml2's depth limit. Apart from :mod:`newscrawl.page`
because it works around libxml2's quirks, not the page context the extractors read."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.etree import _Element

from newscrawl.treerepair import flatten_deep, unnest_chains

# libxml2 drops everything after </html>; templates that close early and go on writing
# (browsers keep reading) would lose the article, so the closers are removed before parsing.
_DOC_CLOSERS = re.compile(r"</(?:body|html)\s*>", re.I)
_DOC_CLOSER_OPENINGS = re.compile(rb"</(?:body|html)", re.I)


class _PageParser(etree.HTMLParser):
    """lxml.html's parser without its per-tag Python class lookup (form and input classes).

    Every element proxy lxml creates goes through the class lookup, and the extractors
    create millions per hundred pages; a C-level default lookup to :class:`HtmlElement`
    keeps ``text_content()`` and the rest of the lxml.html API the extractors use, and
    makes walking the tree markedly cheaper. Nothing here fills in forms.
    """

    def __init__(self, encoding: str | None = None, huge_tree: bool = False) -> None:
        super().__init__(encoding=encoding, huge_tree=huge_tree, collect_ids=False)
        lookup = etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
        self.set_element_class_lookup(lookup)


_PARSER = _PageParser()
# libxml2 reads UTF-8 natively; a str is handed over in Python's internal width and
# converted, which costs more than encoding it first (the tree is the same).
_UTF8_PARSER = _PageParser(encoding="utf-8")
# libxml2 silently drops everything nested deeper than 256 elements, which a page of unclosed
# <font>/<span>/<div> tags reaches; such a page is parsed again without that limit and then
# flattened below _MAX_DEPTH, so that no text is lost and the tree walkers' recursion stays shallow.
_DEEP_PARSER = _PageParser(huge_tree=True)
_UTF8_DEEP_PARSER = _PageParser(encoding="utf-8", huge_tree=True)
_MAX_DEPTH = 200
_RESOURCE_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT


def without_doc_closers(text: str, utf8: bytes | None) -> tuple[str, bytes | None]:
    """``text`` without its ``</body>`` and ``</html>`` tags, and ``utf8`` (its UTF-8, if
    known) cut alike, each copied once. The closers nearly always end the page, so their
    character offsets are counted back from the end instead of encoding the page again."""
    spans = _closer_spans(text, utf8)
    if not spans:
        return text, utf8
    kept = text[: spans[0][0]]
    for (_, end), (start, _) in zip(spans, [*spans[1:], (len(text), 0)], strict=True):
        kept += text[end:start]  # appended in place: the head is not copied again
    return kept, None if utf8 is None else _cut_utf8(utf8, text, spans)


def _closer_spans(text: str, utf8: bytes | None) -> list[tuple[int, int]]:
    """The character spans of ``text``'s closers. With ``utf8`` known, its bytes are searched
    for the closers' ASCII openings (quicker than a scan of a wide str; no non-ASCII
    character matches those letters under re.I), and each hit is matched in ``text``
    itself, where ``\\s`` also takes Unicode spaces."""
    if utf8 is None:
        return [m.span() for m in _DOC_CLOSERS.finditer(text)]
    spans = []
    for char in _chars_at(text, utf8, [m.start() for m in _DOC_CLOSER_OPENINGS.finditer(utf8)]):
        if (match := _DOC_CLOSERS.match(text, char)) is not None:
            spans.append(match.span())
    return spans


def _chars_at(text: str, utf8: bytes, offsets: list[int]) -> list[int]:
    """The character offsets in ``text`` of the ascending byte ``offsets`` of ``utf8`` (its
    UTF-8, cut at character starts), counted back from the end: only the bytes from the
    first offset on are decoded."""
    if text.isascii():
        return offsets
    chars: list[int] = []
    char, byte = len(text), len(utf8)
    for offset in reversed(offsets):
        char -= len(utf8[offset:byte].decode())
        byte = offset
        chars.append(char)
    return chars[::-1]


def _cut_utf8(utf8: bytes, text: str, spans: list[tuple[int, int]]) -> bytes:
    """``utf8`` (``text``'s UTF-8) without the bytes of ``text``'s character ``spans``,
    joined from views so that the page's bytes are copied once."""
    view = memoryview(utf8)
    pieces: list[memoryview] = []
    char, byte = len(text), len(utf8)
    for start, end in reversed(spans):
        after = len(text[end:char].encode("utf-8"))
        pieces.append(view[byte - after : byte])
        byte -= after + len(text[start:end].encode("utf-8"))
        char = start
    pieces.append(view[:byte])
    return b"".join(reversed(pieces))


def parse_html(text: str, utf8: bytes | None = None) -> _Element:
    """The tree of ``text``; ``utf8``, when given, is its UTF-8 and parsed instead."""
    source: str | bytes | None = utf8
    if source is None:
        try:
            source = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates in a caller's str: let lxml take the str
            source = text
    parser, deep_parser = (
        (_UTF8_PARSER, _UTF8_DEEP_PARSER) if isinstance(source, bytes) else (_PARSER, _DEEP_PARSER)
    )
    tree = lxml.html.document_fromstring(source, parser=parser)
    if not _hit_limit(parser):
        return tree  # paragraph chains are undone by parse_page, from the walk it makes anyway
    deep = lxml.html.document_fromstring(source, parser=deep_parser)
    for tags in _UNNESTED:  # nested past even the deep parser's limit: its text would be lost
        if not _hit_limit(deep_parser):
            break
        source = _without_tags(source, tags)
        deep = lxml.html.document_fromstring(source, parser=deep_parser)
    unnest_chains(list(deep.iter("p")))  # before flattening, which would merge the paragraphs
    return flatten_deep(deep, _MAX_DEPTH)


# Tags dropped, in turn, from a page nested deeper than libxml2 goes even with huge_tree (2048
# levels, thousands of unclosed <font>/<span>/<div>): first the inline ones, then the blocks
# that only wrap. The page loses their markup, not its text.
_UNNESTED = (
    "font|span|b|i|u|em|strong|small|big|s|strike|sup|sub",
    "div|section|center|blockquote|article",
)


def _hit_limit(parser: etree.HTMLParser) -> bool:
    """Whether the parser's last document was cut at its depth limit."""
    return any(error.type == _RESOURCE_LIMIT for error in parser.error_log.filter_from_fatals())


def _without_tags(source: str | bytes, tags: str) -> str | bytes:
    """``source`` without the opening and closing tags named in ``tags`` (``a|b``)."""
    pattern = rf"</?(?:{tags})(?=[\s/>])[^>]*>"
    if isinstance(source, bytes):
        return re.sub(pattern.encode(), b" ", source, flags=re.I)
    return re.sub(pattern, " ", source, flags=re.I)
