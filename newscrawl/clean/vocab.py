"""A farm's keyword vocabulary, learned from the page itself.

A farm's keywords are variations on a few morphemes (``配资``, ``炒股``, ``casino``,
``essay``): the one spliced into this article may be shown nowhere else on the page,
but its pieces are. The vocabulary holds those pieces (CJK character bigrams, Latin
words) from every phrase the page shows as a keyword, and counts how often the article
uses each piece itself, so that a phrase made of the farm's pieces and foreign to the
article can be recognised at a splice point. Only used on pages that are farms beyond
doubt; the article's own words never count as evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newscrawl.clean.text import CJK_RANGES, CLOSERS, SENTENCE_END, find_all, fold, is_cjk, is_short_phrase

_LATIN = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_LATIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'’-")  # what a _LATIN word goes on over
_JOINERS = "'’-"  # go on a word, cannot start one
# Occurrences of a Latin piece past which counting all the article's words is cheaper.
_MANY_OCCURRENCES = 8
_LEADING_RUN = re.compile(r"^\s*((?:[a-z][a-z'’-]*\s+){1,5})(?=[A-Z])")
_MIN_COVER = 0.5
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")


def units(text: str) -> list[str]:
    """The pieces of a phrase: CJK bigrams and Latin words (lower-cased, folded).

    >>> units("51炒股配资")
    ['51', '炒股', '股配', '配资']
    >>> units("Free Spins casino")
    ['free', 'spins', 'casino']
    """
    return list(_units(text))


@lru_cache(maxsize=4096)  # the farm score and the vocabulary split the same keywords
def _units(text: str) -> tuple[str, ...]:
    folded = fold(text)
    pieces = _latin_words(folded)
    for run in _CJK_RUN.findall(folded):
        pieces.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tuple(pieces)


def _latin_words(folded: str) -> list[str]:
    """The Latin words of folded text (the Latin :func:`units`).

    A CJK character ends a word as a space does (none is in :data:`_LATIN`'s classes),
    so the text is searched as it is, not copied with its ideographs made spaces.
    """
    words: list[str] = _LATIN.findall(folded)
    return words


@dataclass(frozen=True)
class Vocabulary:
    """Pieces of the page's keywords, and the article's own use of each piece."""

    pieces: frozenset[str]
    chars: frozenset[str]  # CJK characters of the keywords
    text: str  # the article, folded
    # article_uses per piece asked: the covers of overlapping fragments share pieces
    _uses: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def build(cls, keywords: Iterable[str], article_text: str) -> Vocabulary:
        keywords = list(keywords)
        pieces = frozenset(p for k in keywords for p in _units(k) if len(p) >= 2)
        chars = frozenset("".join(run for k in keywords for run in _CJK_RUN.findall(fold(k))))
        return cls(pieces, chars, fold(article_text))

    def article_uses(self, piece: str) -> int:
        """How often ``piece`` (one of :func:`units`) is among the article's own units.

        Counted when asked rather than by splitting the whole article into units up front:
        a page consults a handful of pieces, and a Chinese article has thousands of bigrams.
        A CJK bigram is a unit wherever it occurs in the text (overlaps included); one whose
        first character does not recur in it cannot overlap itself, so ``str.count`` (one C
        call, no list of offsets) counts it exactly. Each piece is counted once per page.
        """
        uses = self._uses.get(piece)
        if uses is None:
            uses = self._uses[piece] = self._count(piece)
        return uses

    def _count(self, piece: str) -> int:
        if not is_cjk(piece[0]):
            return self._latin_count(piece)
        return self.text.count(piece) if piece[0] not in piece[1:] else len(find_all(self.text, piece))

    def _latin_count(self, piece: str) -> int:
        """``self._latin[piece]``: how often ``piece`` is one of the article's Latin words.

        A keyword's word is in an article a few times at most, even as part of other words:
        each place it is found is checked to be a whole word, rather than the article split
        into all its words (thousands, on an English page) for the few pieces asked about.
        """
        if not _LATIN.fullmatch(piece):
            return 0  # no word of the text is this
        if self.text.count(piece) > _MANY_OCCURRENCES:
            return self._latin[piece]  # a short word, in many others: they are counted once
        return sum(_whole_word(self.text, at, at + len(piece)) for at in find_all(self.text, piece))

    @cached_property
    def _latin(self) -> Counter[str]:
        """The article's Latin words, counted once (at the first Latin piece asked about)."""
        return Counter(_latin_words(self.text))

    def found_in(self, folded: str) -> bool:
        """Whether some keyword piece occurs in ``folded`` (a folded text).

        Without one, no part of the text is :meth:`covers`-ed or :meth:`touches`-ed: the
        pieces of a part are substrings of it (Latin pieces are ASCII and CJK ones
        ideographs, which fold alike in a part and in the whole).

        >>> v = Vocabulary.build(["配资公司", "free spins"], "")
        >>> v.found_in("今天配资"), v.found_in("free kick"), v.found_in("今天下雨")
        (True, True, False)
        """
        return any(piece in folded for piece in self.pieces)

    def pieces_in(self, folded: str) -> tuple[str, ...]:
        """The keyword pieces that occur in ``folded``: a part of it holds no others, so
        asking :meth:`found_in` of each paragraph of a body is asking whether one of the
        body's pieces is in it (most keyword pieces are in no paragraph).

        >>> Vocabulary.build(["配资公司", "free spins"], "").pieces_in("今天配资 free kick")
        ('free', '配资')
        """
        return tuple(sorted(piece for piece in self.pieces if piece in folded))

    def _shares(self, text: str) -> tuple[float, float]:
        """Shares of ``text``'s pieces that are keyword pieces, and that the article does not
        use beyond the occurrences of ``text`` itself."""
        pieces = _units(text)
        if not pieces or not self.pieces:
            return 0.0, 0.0
        own = max(1, self.text.count(fold(text)))
        known = sum(p in self.pieces for p in pieces)
        foreign = sum(self.article_uses(p) <= own for p in pieces)
        return known / len(pieces), foreign / len(pieces)

    def covers(self, text: str) -> bool:
        """Most pieces of ``text`` are keyword pieces and foreign to the article.

        >>> v = Vocabulary.build(["配资公司", "炒股配资网"], "今天下雨")
        >>> v.covers("配资网炒股"), v.covers("今天下雨")
        (True, False)
        """
        known, foreign = self._shares(text)
        return known >= _MIN_COVER and foreign >= _MIN_COVER

    def touches(self, text: str) -> bool:
        """Some piece of ``text`` is a keyword piece and most are foreign to the article:
        enough where the position alone is already anomalous (after the last full stop)."""
        known, foreign = self._shares(text)
        return known > 0 and foreign > 0


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a :data:`_LATIN` word) is one of the words :data:`_LATIN`
    finds in ``text``: the run of word characters it is in goes no further, and holds no
    letter or digit before it (a quote or hyphen cannot start a word, so one may).

    >>> [_whole_word(t, 2, 5) for t in ("a bet.", "a bets", "alber", "a'bet", "-'bet")]
    [True, False, False, False, True]
    """
    if end < len(text) and text[end] in _LATIN_CHARS:
        return False
    while start > 0 and text[start - 1] in _JOINERS:
        start -= 1
    return start == 0 or text[start - 1] not in _LATIN_CHARS


def trailing_fragment(raw: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """A keyword left after a paragraph's last sentence: ``…新探索。配资网炒股`` / ``…phase. top bets``.

    Prose paragraphs end with punctuation; an unpunctuated label after the final full
    stop (and its closing quote) is not prose.
    """
    text = raw.rstrip()
    if not text or text[-1] in SENTENCE_END or not text[-1].isalnum():
        return None
    stop = max(text.rfind(ch) for ch in SENTENCE_END)
    if stop <= 0 or text[stop - 1].isdigit():
        return None
    start = stop + 1
    while start < len(text) and (text[start].isspace() or text[start] in CLOSERS):
        start += 1
    fragment = text[start:]
    if not fragment or not is_short_phrase(fragment) or not _plain(fragment) or not vocab.touches(fragment):
        return None
    return start, len(text)


def leading_fragment(raw: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """A lower-case keyword before an English paragraph's capitalised first word."""
    match = _LEADING_RUN.match(raw)
    if not match:
        return None
    fragment = match.group(1).strip()
    if len(fragment.split()) < 2 or not vocab.touches(fragment):
        return None
    return match.start(1), match.start(1) + len(fragment)


def compound_before(raw: str, index: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The run of keyword material ending right before ``index`` (punctuation or the end).

    CJK: the longest run of the keywords' characters, trimmed on the left to start with a
    keyword bigram, at least 4 characters; Latin: at least two lower-case keyword words.
    The run must be made of keyword pieces and foreign to the article (see
    :meth:`Vocabulary.covers`).
    """
    end = index
    while end > 0 and raw[end - 1] == " ":
        end -= 1
    if end >= 1 and is_cjk(raw[end - 1]):
        start = _cjk_run_start(raw, end, vocab)
        span_ok = end - start >= 4
    else:
        latin = _latin_run_start(raw, end, vocab)
        span_ok = latin is not None and len(raw[latin:end].split()) >= 2
        start = latin if latin is not None else end
    if not span_ok:
        return None
    fragment = raw[start:end]
    return (start, end) if vocab.covers(fragment) and _plain(fragment) else None


def _cjk_run_start(raw: str, end: int, vocab: Vocabulary) -> int:
    """Start of the run of keyword characters ending at ``end``, trimmed to a keyword bigram."""
    start = end
    # ``chars`` are CJK ideographs, which fold to themselves (and nothing else folds to one)
    while start > 0 and (raw[start - 1] in vocab.chars or _latin_piece(raw, start - 1, vocab)):
        start -= 1
    while end - start > 4 and fold(raw[start : start + 2]) not in vocab.pieces:
        start += 1
    return start


def _latin_piece(raw: str, index: int, vocab: Vocabulary) -> bool:
    """Whether the Latin/digit word around ``index`` is a keyword piece (``51炒股``, ``APP下载``)."""
    if not raw[index].isascii() or not raw[index].isalnum():
        return False
    left = index
    while left > 0 and raw[left - 1].isascii() and raw[left - 1].isalnum():
        left -= 1
    right = index
    while right < len(raw) and raw[right].isascii() and raw[right].isalnum():
        right += 1
    return fold(raw[left:right]) in vocab.pieces


def _latin_run_start(raw: str, end: int, vocab: Vocabulary) -> int | None:
    """Start of the run of lower-case keyword words ending at ``end``.

    Walks back word by word from ``end`` (most runs stop at the first word), rather than
    splitting the whole text before it at every punctuation mark.
    """
    start = end
    while True:
        head = raw[:start].rstrip()
        last = head.rsplit(None, 1)  # from the right: as long as the last word, not the text
        word = last[-1] if last else ""
        if not word or not word.islower() or fold(word) not in vocab.pieces:
            break
        start = len(head) - len(word)
    return start if start < end else None


def _plain(fragment: str) -> bool:
    """Letters, digits and spaces only: a keyword, not a clause."""
    return all(ch.isalnum() or ch.isspace() for ch in fragment)
