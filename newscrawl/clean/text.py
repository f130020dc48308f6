"""Text helpers the cleaners share: matching forms, tokens, punctuation and separators.

Spam detection compares phrases seen in different places of a page (the headline, the
keywords meta, an anchor, a sentence). Pages rewrite punctuation to half-width, change
case and pad with odd spaces, so every comparison goes through :func:`fold`, which keeps
the string's length so that a match in the folded text is a match in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK_RANGES}]")
_TOKEN = re.compile(rf"[{CJK_RANGES}]|(?:(?![{CJK_RANGES}])\w)+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)
# :data:`_TOKEN` on ASCII text, where it has no CJK alternative to try at each character.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]+")

# Punctuation a keyword is spliced in front of, and what ends a sentence.
CLAUSE_PUNCT = frozenset(",，、;；:：")
SENTENCE_END = frozenset("。.!！?？…")
CLOSERS = frozenset("”’\"')）]】」』》")
OPENERS = frozenset("“‘\"'(（[【「『《")
PUNCT = CLAUSE_PUNCT | SENTENCE_END | CLOSERS | OPENERS | frozenset("—–-~·")
# What a phrase cannot contain (see :func:`is_short_phrase`): one search, not a loop per character.
_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END)) + "，,;；") + "]")

# Separators that glue a keyword or a site name to a headline: with a separator character
# (``|``, ``_``, ``:``, a dash …), and a run of spaces (which separates next to CJK text only).
_MARKED_ALTERNATIVES = (
    r"\s*(?:[|｜_]+|——|--|::|[:：]|[·•]|»|>)\s*|\s+[-–—]\s*|"
    r"(?<=[^\W\d_a-zA-Z])[-–—]\s*|[-–—](?=[^\W\d_a-zA-Z])"
)
_SEPARATOR_ALTERNATIVES = _MARKED_ALTERNATIVES + r"|[\s\u3000]+"
# Every match of those alternatives starts with a space or one of the separator characters
# (none can be empty). The alternation gives sre no first-character set, so it would try every
# alternative at every position; a lookahead for one of those characters, which every match
# passes, turns that into one character test at the positions that hold none (most of them).
# The same holds of the separator regexes below.
_START_CHARS = r"[\s\u3000|｜_:：·•»>\-–—]"
AFFIX_SEPARATOR = re.compile(f"(?={_START_CHARS})(?:{_SEPARATOR_ALTERNATIVES})")
# Its matches with a separator character. A run of spaces is matched by the last alternative
# only where none of the others matches at its first space, nor then at any later one (they
# could only use the same character after the run): so this finds the same matches in the
# same places, skipping the runs of spaces instead of matching them.
_MARKED_SEPARATOR = re.compile(f"(?={_START_CHARS})(?:{_MARKED_ALTERNATIVES})")
# Searching from the first such character skips to it at once (a lookbehind still sees the
# text before it), far faster in unspaced CJK text.
_AFFIX_START = re.compile(_START_CHARS)
# The same characters but spaces: every AFFIX_SEPARATOR match but a run of spaces holds one.
_AFFIX_MARK = re.compile(r"[|｜_:：·•»>\-–—]")
TITLE_SEPARATOR = re.compile(r"(?=[\s|｜_—:»])(?:\s*(?:[|｜_]+|——|::|»)\s*|\s+[-–—:·•]\s+)")
LIST_SEPARATOR = re.compile(r"(?=[\s,，;；|、])\s*[,，;；|、]\s*")


# Characters :func:`fold` narrows: odd spaces, typographic quotes and dashes to ASCII,
# full-width ASCII (ＡＢ，) to its half-width form. Every replacement is one character.
_FOLD = {
    "\u3000": " ",
    "\xa0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
}
# A regex finds the few such characters far faster than ``str.translate`` walks every
# character of a CJK text (each a failed mapping lookup).
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")


def _narrow(text: str) -> str:
    """``text`` with the :data:`_FOLD` characters replaced. A text has a few distinct ones
    (``，（）：``) many times over: one ``str.replace`` per distinct character, rather than
    a Python call per occurrence."""
    if text.isascii():
        return text  # every _FOLD character is outside ASCII
    for char in set(_FOLDABLE.findall(text)):
        text = text.replace(char, _FOLD[char])
    return text


def fold(text: str) -> str:
    """Lower-case, half-width form of ``text`` with the same length (one char per char).

    Typographic quotes and dashes fold to ASCII, so that ``America’s`` is ``america's``.

    >>> fold("ＡＢ，Ｃ　d’")
    "ab,c d'"
    >>> len(fold("配资（测试）")) == len("配资（测试）")
    True
    """
    narrowed = _narrow(text)
    lowered = narrowed.lower()
    if len(lowered) == len(narrowed):  # the usual case: no character lower-cases to two
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in narrowed)


@lru_cache(maxsize=4096)  # a page asks for the same anchor texts and phrases many times
def squash(text: str) -> str:
    """Folded text with whitespace collapsed and trimmed: the key phrases are stored under.

    >>> squash("  Free  Spins\\u3000Casino ")
    'free spins casino'
    """
    return " ".join(fold(text).split())


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` (one character) is a CJK ideograph (one of :data:`CJK_RANGES`).

    Compared with the ranges' ends rather than matched with :data:`_CJK`: the cleaners
    ask about single characters thousands of times per page, and a regex call costs
    several times a few comparisons.

    >>> [is_cjk(ch) for ch in ("配", "a", "，", "\u3400", "\ufaff", "")]
    [True, False, False, True, True, False]
    """
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def cjk_share(text: str) -> float:
    """Share of the non-space characters that are CJK ideographs.

    >>> cjk_share("配资ab")
    0.5
    """
    solid = sum(map(len, text.split()))  # the non-space characters: split drops every isspace() one
    return len(_CJK.findall(text)) / solid if solid else 0.0


def tokens(text: str) -> list[str]:
    """Word tokens, one per CJK ideograph: the unit false positives are counted in.

    >>> tokens("Top 10 配资平台")
    ['top', '10', '配', '资', '平', '台']
    """
    if text.isascii():
        return _ASCII_TOKEN.findall(text.lower())
    return _TOKEN.findall(text.lower())


def words(text: str) -> list[str]:
    """Alphabetic words and numbers of non-CJK text, lower-cased."""
    return [w.lower() for w in _WORD.findall(text)]


def word_count(text: str) -> int:
    """``len(words(text))``, without lower-casing the words."""
    return len(_WORD.findall(text))


@lru_cache(maxsize=4096)  # every anchor text is sized by several cleaners
def phrase_size(text: str) -> int:
    """Size of a phrase in tokens (CJK chars count one each, words one each); case does not
    change an ASCII text's count, so it is counted without lower-casing it."""
    return len(_ASCII_TOKEN.findall(text)) if text.isascii() else len(tokens(text))


def is_short_phrase(text: str, *, max_tokens: int = 12) -> bool:
    """A label-sized phrase: 2 to ``max_tokens`` tokens and no sentence punctuation inside.

    Injected keywords are noun phrases ("股票配资平台", "free spins casino"), never clauses.

    >>> is_short_phrase("免息配资炒股")
    True
    >>> is_short_phrase("他说，今天下雨。")
    False
    """
    size = phrase_size(text)
    if not 2 <= size <= max_tokens:
        return False
    return not _CLAUSE_BREAK.search(text)


def affix_separators(text: str) -> Iterator[re.Match[str]]:
    """``AFFIX_SEPARATOR.finditer(text)``, searched from the first character a match can start with.

    >>> [m.group() for m in affix_separators("配资网_海螺沟 寻子-一个月")]
    ['_', ' ', '-']
    """
    start = _AFFIX_START.search(text)
    return AFFIX_SEPARATOR.finditer(text, start.start()) if start else iter(())


def marked_separators(text: str) -> Iterator[re.Match[str]]:
    """The :func:`affix_separators` of ``text`` that are not all spaces.

    >>> [m.group() for m in marked_separators("free  spins | casino")]
    [' | ']
    """
    return _MARKED_SEPARATOR.finditer(text)


def has_affix_mark(text: str) -> bool:
    """Whether ``text`` has a separator character other than a space: without one, every
    :func:`affix_separators` match is a run of spaces (one regex search, not a match per space).

    >>> has_affix_mark("free spins"), has_affix_mark("Top 10: Best App"), has_affix_mark("配资网_海螺沟")
    (False, True, True)
    """
    return _AFFIX_MARK.search(text) is not None


def first_affix_separator(text: str) -> re.Match[str] | None:
    """``AFFIX_SEPARATOR.search(text)`` (see :func:`affix_separators`)."""
    start = _AFFIX_START.search(text)
    return AFFIX_SEPARATOR.search(text, start.start()) if start else None


def split_list(value: str) -> list[str]:
    """Split a keywords-style list (commas, semicolons, pipes, 、) into trimmed items."""
    return [item.strip() for item in LIST_SEPARATOR.split(value or "") if item.strip()]


def split_title(value: str) -> list[str]:
    """Split a ``<title>`` or site name at the separators sites glue names with."""
    return [part.strip() for part in TITLE_SEPARATOR.split(value or "") if part.strip()]


def word_boundary(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` does not cut through a Latin word or number.

    >>> word_boundary("the casino bonus", 4, 10)
    True
    >>> word_boundary("casinos", 0, 6)
    False
    """
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    cut_before = before.isalnum() and first.isalnum() and not (is_cjk(before) or is_cjk(first))
    cut_after = after.isalnum() and last.isalnum() and not (is_cjk(after) or is_cjk(last))
    return not (cut_before or cut_after)


def find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle``."""
    found, start = [], haystack.find(needle)
    while needle and start >= 0:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def different_phrases(first: str, second: str) -> bool:
    """Whether two phrases share under half their tokens: different keywords, not an edit.

    >>> different_phrases("无息配资", "手机炒股配资"), different_phrases("Top Movers 2026", "Top Movers 2025")
    (True, False)
    """
    a, b = set(tokens(first)), set(tokens(second))
    return bool(a and b) and len(a & b) / len(a | b) < 0.5
