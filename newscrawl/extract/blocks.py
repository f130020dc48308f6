"""The structured article body: blocks of text segments that remember their markup.

Cleaners need to know which words sat inside an anchor (and where it pointed) or in
bold, because injected spam keywords usually arrive that way; plain text loses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# One CJK ideograph: what tells Chinese lines from Latin ones in length and punctuation rules.
CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(slots=True)  # slots: a long page holds hundreds of thousands of segments and blocks
class Segment:
    text: str
    href: str | None = None  # absolute URL when the text sat inside <a href>
    emphasis: bool = False  # inside <strong>, <b>, <em> ...


@dataclass(slots=True)
class Block:
    """One paragraph-level unit of the body, in reading order."""

    tag: str  # "p", "h2".."h6", "li", "blockquote", "pre", "td"
    segments: list[Segment] = field(default_factory=list)
    _text: tuple[int, str] | None = field(default=None, init=False, repr=False, compare=False)
    _weight: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The block's text, whitespace normalised; computed once (blocks are read many
        times by the cleaners), again only if segments were added since."""
        cached, size = self._text, len(self.segments)
        if cached is None or cached[0] != size:
            joined = self.segments[0].text if size == 1 else "".join([s.text for s in self.segments])
            cached = self._text = (size, normalise_space(joined))
        return cached[1]

    @property
    def unlinked_weight(self) -> int:
        """Characters outside links, CJK text counted double (a denser script): how much
        prose the block holds. Computed once, like :attr:`text` (the body's source and the
        page type both weigh every block, mostly the same ones before and after cleaning)."""
        cached, size = self._weight, len(self.segments)
        if cached is None or cached[0] != size:
            unlinked = sum(len(s.text.strip()) for s in self.segments if not s.href)
            cached = self._weight = (size, unlinked * (2 if mostly_cjk(self.text) else 1))
        return cached[1]


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (incl. ``&nbsp;`` and ideographic spaces) to one space.

    >>> normalise_space("  a\\u3000\\u3000b\\xa0 c ")
    'a b c'
    """
    return " ".join(text.split())  # str.split splits at exactly what r"\s" matches


# The ASCII characters str.split() splits at.
_ASCII_SPACE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def solid_length(text: str) -> int:
    """Characters of ``text`` that are not whitespace: ``len("".join(text.split()))``.

    Text measures count every paragraph, anchor and tail so; on ASCII text, most of it,
    deleting the spaces from its bytes is one C pass instead of a list of words.

    >>> solid_length(" a b\\tcd\\n"), solid_length("新闻\\u3000稿 x")
    (4, 4)
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_SPACE))
    return len("".join(text.split()))


def weighted_length(text: str) -> int:
    """Length with CJK ideographs counted double (a denser script); ASCII text has none.

    >>> weighted_length("新闻 news"), weighted_length("news")
    (9, 4)
    """
    return len(text) + han_count(text)


def mostly_cjk(text: str) -> bool:
    """More than 30% CJK ideographs: a line measured as Chinese (denser script); known at
    once for ASCII text, most of an English page.

    >>> mostly_cjk("新华社报道 Xinhua"), mostly_cjk("Xinhua News Agency 新华社"), mostly_cjk("")
    (True, False, False)
    """
    return not text.isascii() and more_han_than(text, len(text) * 0.3)


def more_han_than(text: str, limit: float) -> bool:
    """More than ``limit`` Han characters in ``text``.

    Counting them runs a character class over every character of the paragraph; most
    non-ASCII paragraphs are Latin text with a few curly quotes or accents, settled
    without counting: each Han character takes three bytes in UTF-8, so half the bytes
    beyond one a character bound their number.

    >>> more_han_than("“Quoted” text", 1.0), more_han_than("中文新闻 news", 3.0)
    (False, True)
    """
    return more_han_in_utf8(text.encode("utf-8", "surrogatepass"), len(text), limit)


def more_han_in_utf8(utf8: bytes, chars: int, limit: float) -> bool:
    """:func:`more_han_than` of the text of ``chars`` characters whose UTF-8 is ``utf8``:
    for a caller that needs those bytes itself too."""
    if (len(utf8) - chars) // 2 <= limit:
        return False
    return _han_in_utf8(utf8) > limit


def han_count(text: str) -> int:
    """``len(CJK_CHAR.findall(text))``, counted in the text's UTF-8 (see :func:`_han_in_utf8`).

    >>> han_count("新闻稿 㐀 豈 。news"), han_count("news")
    (5, 0)
    """
    return 0 if text.isascii() else _han_in_utf8(text.encode("utf-8", "surrogatepass"))


def _han_in_utf8(utf8: bytes) -> int:
    """How many characters of ``CJK_CHAR`` the UTF-8 ``utf8`` holds, without the pattern's
    list of one string per character. Those from U+4000 to U+9FFF, nearly all, are the
    characters whose UTF-8 starts with a byte E4..E9 (a lead byte, never inside another
    character): deleting those bytes counts them in one C pass. The rest (U+3400..U+3FFF,
    U+F900..U+FAFF) lead with E3 or EF, as the common CJK punctuation does; they are few,
    and counted, when such a lead byte is there, as the pairs of a lead byte and a second byte
    that open one: a byte pattern's scan costs ten times the translation of the bytes into
    classes (see :data:`_RARE_HAN_CLASSES`) and three counts of the class pairs."""
    count = len(utf8) - len(utf8.translate(None, _HAN_LEAD_BYTES))
    if b"\xe3" in utf8 or b"\xef" in utf8:
        classes = utf8.translate(_RARE_HAN_CLASSES)
        count += classes.count(b"Eb") + classes.count(b"Ec") + classes.count(b"Fc")
    return count


_HAN_LEAD_BYTES = bytes(range(0xE4, 0xEA))
# Each byte as its class for the rare ideographs: the lead byte E3 ("E", U+3400..U+3FFF after a
# second byte 90..BF) or EF ("F", U+F900..U+FAFF after A4..AB), a second byte A4..AB ("c") or
# another of 90..BF ("b"), any other byte ("."). In UTF-8 a lead byte is always followed by its
# continuation bytes, so a lead and a fitting second byte are a whole such character, and as
# pairs starting with a lead byte they never overlap; "E" and "F" are never counted as seconds.
_RARE_HAN_CLASSES = bytes(
    ord("E") if c == 0xE3 else ord("F") if c == 0xEF else ord("c") if 0xA4 <= c <= 0xAB
    else ord("b") if 0x90 <= c <= 0xBF else ord(".")
    for c in range(256)
)  # fmt: skip


def blocks_to_text(blocks: list[Block]) -> str:
    """One block per line, empty blocks dropped: the ``articleBody`` rendering."""
    return "\n".join([t for b in blocks if (t := b.text)])
