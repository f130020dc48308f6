"""The body's edges: author boxes, info rows, related labels and pagers (bodyedges.py)."""

from __future__ import annotations

from newscrawl.extract.blocks import Block, Segment
from newscrawl.extract.bodyedges import cut_related_tail, is_author_bio, trim_meta_lines

STORY = [
    "The harbour board approved the new ferry terminal on Tuesday after two years of debate.",
    "Construction starts in spring and should take eighteen months, the board said.",
    "Residents near the quay had asked for a noise barrier, which the plan now includes.",
    "The terminal will serve three routes, one of them new, to the islands in the bay.",
    "Opponents said the cost had doubled since the first estimate was published.",
]
BIO_A = (
    "Jane Okafor is the chief economist of Harbour Research, where she studies ports and "
    "shipping. Previously, she worked at the central bank."
)
BIO_B = "Tom Reyes is a senior writer covering transport. He has reported on ferries for a decade."


def _lines(texts: list[str]) -> list[Block]:
    return [Block("p", [Segment(t)]) for t in texts]


def _cut(texts: list[str]) -> list[str]:
    return [b.text for b in cut_related_tail(_lines(texts))]


def _trim(texts: list[str]) -> list[str]:
    return [b.text for b in trim_meta_lines(_lines(texts))]


def test_bio_shape_needs_a_person() -> None:
    assert is_author_bio(BIO_A)
    assert is_author_bio("(Paul Fenaroli is an Associate Attorney at Pastore. He advises companies.)")
    assert is_author_bio(
        "Raghuveer Vedala, MD, FAAFP, is a physician at Norman Regional. His focus is obesity."
    )
    assert not is_author_bio(
        "Acme Tools is the best website builder for small business thanks to its editor."
    )
    assert not is_author_bio(
        "Agentic Government is not a future concept. It is a model agencies can adopt today."
    )


def test_author_bios_with_their_contact_rows_are_cut() -> None:
    assert _cut([*STORY, BIO_A, "Email Jane", BIO_B, "Email Tom"]) == STORY


def test_co_author_bios_over_a_share_row_all_go() -> None:
    assert _cut([*STORY, BIO_A, BIO_B, "Facebook Twitter Email"]) == STORY


def test_bio_box_header_with_name_and_role_goes_with_it() -> None:
    assert _cut([*STORY, "Jane Okafor", "Chief Economist", BIO_A]) == STORY
    assert _cut([*STORY, "208", "Articles", BIO_A, BIO_A]) == STORY  # printed once per screen size


def test_a_lone_closing_sentence_about_a_person_stays() -> None:
    """Without a box around it the bio may be the article's own tagline, or its last paragraph."""
    assert _cut([*STORY, BIO_A]) == [*STORY, BIO_A]
    last = "Mayor Lin is a former ferry captain, and she said the terminal was overdue."
    assert _cut([*STORY, last, "Email the newsroom"]) == [*STORY, last, "Email the newsroom"]


def test_bio_followed_by_more_article_stays() -> None:
    more = "The board meets again in May, when it will vote on the second phase of the plan and its budget."
    assert _cut([*STORY, BIO_A, "Email Jane", more]) == [*STORY, BIO_A, "Email Jane", more]


def test_reviewed_by_box_is_cut() -> None:
    assert (
        _cut(
            [*STORY, "Article reviewed by:", "Dr. Ann Wu", "Ann Wu is a physician. She reviews health pages."]
        )
        == STORY
    )


def test_read_next_labels_close_the_story() -> None:
    assert _cut([*STORY, "Explore more:"]) == STORY
    assert _cut([*STORY, "More Articles You Might Enjoy", "Ferry fares rise in June"]) == STORY


def test_chinese_related_labels_and_inline_teaser_close_the_story() -> None:
    story = [
        "记者今天在江边看到，防汛物资已经运抵堤坝。",
        "据介绍，今年汛期比往年提前半个月。",
        "堤坝加固工程已经完成。",
    ]
    assert _cut([*story, "相关阅读：另一篇新闻的标题"]) == story
    assert _cut([*story, "> 相关专题："]) == story
    assert _cut([*story, "本篇新闻热门关键词:"]) == story


def test_written_out_dates_and_read_times_are_trimmed_at_the_start() -> None:
    assert _trim(["5 min read", "February 6, 2026", *STORY]) == STORY
    assert _trim(["Updated on July 9, 2025", *STORY]) == STORY
    assert _trim(["Oct 18, 2019 · 8 min read", *STORY]) == STORY
    assert _trim(["Reviewed by Jo Caballes", *STORY]) == STORY


def test_a_sentence_opening_with_a_date_stays() -> None:
    lede = "On March 3, 2024, the harbour board voted to build the terminal."
    assert _trim([lede, *STORY]) == [lede, *STORY]


def test_author_name_beside_the_date_row_is_trimmed() -> None:
    assert _trim(["Luke Kim", "December 17, 2025", *STORY]) == STORY
    assert _trim(["December 17, 2025", "Luke Kim", *STORY]) == STORY
    assert _trim(["Luke Kim", *STORY]) == ["Luke Kim", *STORY]  # no date row: may be a heading


def test_pager_and_share_rows_are_trimmed_at_the_end() -> None:
    assert _trim([*STORY, "[1] [2] 下一页"]) == STORY
    assert _trim([*STORY, "上一页 1 2 下一页"]) == STORY
    assert _trim([*STORY, "SMS Facebook Twitter Email"]) == STORY
    assert _trim([*STORY, "Like Loading…"]) == STORY
    assert _trim([*STORY, "下一页是新闻"]) == [*STORY, "下一页是新闻"]
