"""Text measures of blocks: Han characters counted without a pattern's list of matches."""

from __future__ import annotations

from newscrawl.extract.blocks import CJK_CHAR, han_count, more_han_than, weighted_length


def test_han_count_equals_the_pattern_count_on_every_range_edge() -> None:
    edges = "\u33ff\u3400\u3fff\u4000\u4dff\u9fff\ua000\uf8ff\uf900\ufaff\ufb00。、「」中文 news é 😀"
    text = edges * 3 + "\ud800"  # a lone surrogate too, as a caller's str can hold
    assert han_count(text) == len(CJK_CHAR.findall(text)) == 27
    assert han_count("plain ascii") == 0


def test_more_han_than_and_weighted_length_count_han_alike() -> None:
    assert more_han_than("新闻发布会 today", 4.0)
    assert not more_han_than("新闻发布会 today", 5.0)
    assert weighted_length("新闻 news") == 9


def test_more_han_in_utf8_agrees_with_more_han_than() -> None:
    from newscrawl.extract.blocks import more_han_in_utf8

    for text in ("新闻发布会 today", "“Quoted” text", "中文", "é"):
        utf8 = text.encode("utf-8")
        for limit in (0.0, 1.0, 2.0, 4.0, 5.0):
            assert more_han_in_utf8(utf8, len(text), limit) == more_han_than(text, limit)
