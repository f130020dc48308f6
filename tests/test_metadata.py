"""Page metadata: the language guess's function-word count."""

from __future__ import annotations

import random
import re
import sys

from newscrawl.extract.metadata import _LETTER_FOLDS, _guess_language, english_word_count

_SEARCH = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|was|on)\b", re.I)
_NON_ASCII = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_letter_folds_are_every_non_ascii_character_re_i_matches_to_a_word_letter() -> None:
    assert set(re.findall("[adefhinorstw]", _NON_ASCII, re.I)) == set(_LETTER_FOLDS)


def test_non_ascii_word_characters_are_the_alphanumeric_ones() -> None:
    assert re.findall(r"\w", _NON_ASCII) == [c for c in _NON_ASCII if c.isalnum()]


def test_count_matches_the_regex_on_mixed_text() -> None:
    pieces = ["the", "THE", "And", "of", "to", "in", "iS", "that", "for", "With", "was", "on", "x", "_", "3"]
    pieces += ["\u0130", "\u0131", "\u017f", "\u212a", "é", "’", "—", "\xa0", "中", "\u0301", " ", ",", "-"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert english_word_count(text) == len(_SEARCH.findall(text)), text


def test_folded_letters_and_word_joiners() -> None:
    assert english_word_count("\u0130s \u0131n wa\u017f") == 3  # re.I matches them to i, i and s
    assert english_word_count("thé the’s the_end 3the of") == 2


def test_guess_language_english_and_not() -> None:
    assert _guess_language("The mayor said that the harbour was closed for the winter.") == "en"
    assert _guess_language("Der Bürgermeister sagte, der Hafen sei im Winter geschlossen.") is None
