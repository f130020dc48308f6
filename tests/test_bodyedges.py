"""The body's edges: author boxes, info rows, related labels and pagers (bodyedges.py)."""

from __future__ import annotations

from newscrawl.extract.bioboxes import is_author_bio
from newscrawl.extract.blocks import Block, Segment
from newscrawl.extract.bodyedges import cut_related_tail, trim_meta_lines

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


ZH_STORY = [
    "记者今天在江边看到，防汛物资已经运抵堤坝，工人们正在加紧搬运沙袋。",
    "据介绍，今年汛期比往年提前半个月，各地已经做好了准备。",
    "堤坝加固工程已经完成，沿江群众的生活没有受到影响。",
]


def test_contributor_cards_without_a_bio_are_cut() -> None:
    assert _cut([*STORY, "Jorge Jimenez", "SEO Writer", "Last Posted December, 2025"]) == STORY
    team = ["Dr Ann van der Berg", "Research & Insights Lead", "Erik Holm", "Founder and Dean", "Learn more"]
    assert _cut([*STORY, *team]) == STORY


def test_a_name_and_role_followed_by_prose_stay() -> None:
    more = "He said the terminal would open in time for the summer season, weather permitting."
    tail = ["Erik Holm", "Harbour Director", more]
    assert _cut([*STORY, *tail]) == [*STORY, *tail]
    assert _cut([*STORY, "Chief Editor", "Harbour Director"]) == [*STORY, "Chief Editor", "Harbour Director"]


def test_about_the_author_run_into_the_bio_closes_the_story() -> None:
    bio = "About the author: Craig Hull is a freelance photographer based in Eastern Europe."
    question = "What kind of camera do you use? Share your thoughts with us in the comments."
    assert _cut([*STORY, bio, question]) == STORY


def test_related_list_may_close_on_a_prompt_or_the_authors_bio() -> None:
    teasers = ["Related articles:", "Ferry fares rise in June", "New quay opens to the public"]
    prompt = "Subscribe to our research newsletter and follow us to stay up to date. " * 3
    assert _cut([*STORY, *teasers, prompt.strip()]) == STORY
    assert _cut([*STORY, *teasers, BIO_B]) == STORY
    assert _cut([*STORY, "More Helpful Articles by Harbour Weekly:", *teasers[1:]]) == STORY


def test_related_excerpts_that_break_off_are_teasers() -> None:
    excerpt = "The island route was the busiest of the year, and the operator now plans more sailings " * 3
    tail = ["Most Popular", "Ferry fares rise", excerpt + "…", "New quay opens", excerpt + "Read more"]
    assert _cut([*STORY, *tail]) == STORY


def test_a_related_link_before_the_story_goes_on_stays() -> None:
    paragraph = "The board will publish the tender in March, and bids close six weeks later. " * 4
    tail = ["read more", "Automate your ferry timetable", paragraph.strip(), "One last short line."]
    assert _cut([*STORY, *tail]) == [*STORY, *tail]


def test_chinese_credit_rows_are_trimmed_at_both_edges() -> None:
    assert _trim(["記者陳鈞凱／台北報導", *ZH_STORY]) == ZH_STORY
    assert _trim(["执笔/叨叨姐、胡一刀", *ZH_STORY]) == ZH_STORY
    assert _trim([*ZH_STORY, "新京报记者 陆一夫"]) == ZH_STORY
    assert _trim([*ZH_STORY, "[稿源：红网]"]) == ZH_STORY
    assert _trim([*ZH_STORY, "(據《重慶晚報》)"]) == ZH_STORY
    assert _trim([*ZH_STORY, "国际中心／综合报导"]) == ZH_STORY
    assert _trim([*ZH_STORY, "图片均来自网络"]) == ZH_STORY
    assert _trim([*ZH_STORY, "(李军伟 编译)"]) == [*ZH_STORY, "(李军伟 编译)"]  # the authors' source
    assert _trim([*ZH_STORY, "记者手记"]) == [*ZH_STORY, "记者手记"]  # the reporter's own section
    assert _trim(["据了解，大坝已经加固。", *ZH_STORY]) == ["据了解，大坝已经加固。", *ZH_STORY]


def test_chinese_share_nav_and_orphan_related_rows_are_trimmed() -> None:
    for row in [
        "分享新華微博",
        "转帖到： 腾讯微博 新浪微博 开心网",
        "微信 微博",
        "【纠错】",
        "下一篇：另一篇新闻",
    ]:
        assert _trim([*ZH_STORY, row]) == ZH_STORY, row
    for row in ["原标题：江边防汛", "※相關新聞》", "■相关链接：", "圖片 1 / 2", "播放 | 暫停 | 下一頁 >>"]:
        assert _trim([row, *ZH_STORY]) == ZH_STORY, row
    assert _trim(["推荐阅读", *ZH_STORY]) == ["推荐阅读", *ZH_STORY]  # may head the lead's own list


def test_taxonomy_rows_are_trimmed_at_the_edges() -> None:
    assert _trim(["Category: Top Picks", *STORY]) == STORY
    assert _trim([*STORY, "Tags: Employment, Health & Fitness, Ferries"]) == STORY
    assert _trim(["关键字：柯达 重组节流", *ZH_STORY]) == ZH_STORY
    tagline = "Tags: we tried them all. None of them lasted a week."
    assert _trim([*STORY, tagline]) == [*STORY, tagline]


def test_standfirst_over_the_info_row_is_trimmed() -> None:
    deck = "From the first quay to the last ferry, how the harbour changed over a century"
    assert _trim([deck, "Dec. 17, 2025", "15 min read", *STORY]) == STORY
    assert _trim(["By", "Updated on July 9, 2025", *STORY]) == STORY
    log = ["Updates", "2021-08-09 Added the tender dates.", "2022-04-12 Link to the plan"]
    assert _trim([*log, *STORY]) == [*log, *STORY]  # a dated log is the article's


def test_orphan_toc_labels_share_counts_and_bare_credit_labels_are_trimmed() -> None:
    for row in ["Table of Contents", "In this article:", "On this page", "Written By", "Page 1 of 8"]:
        assert _trim([row, *STORY]) == STORY, row
    assert _trim(["3.0K Shares", *STORY, "139 shares"]) == STORY
    contents = "Contents of the harbour board's report were leaked to the press on Monday."
    assert _trim([contents, *STORY]) == [contents, *STORY]


def test_separators_left_of_linked_bylines_are_trimmed_at_the_top() -> None:
    assert _trim(["•", "Reviewed by", *STORY]) == STORY
    assert _trim([",", ", and", "Updated on December 11, 2025", *STORY]) == STORY
    assert _trim(["Andrew and Sons", *STORY]) == ["Andrew and Sons", *STORY]


def test_share_row_over_the_closing_editor_credit_is_trimmed_and_the_credit_stays() -> None:
    story = [f"市區今早交通繁忙，多條幹道出現擠塞情況，警方呼籲駕駛人士耐心等候。({n})" for n in range(3)]
    credit = "（責任編輯: 陳小明 ）"
    assert _trim([*story, "分享到 :", "分享新華微博", credit]) == [*story, credit]
    assert _trim(["（責任編輯: 陳小明 ）"]) == ["（責任編輯: 陳小明 ）"]


def test_field_labels_on_lines_of_their_own_open_the_body_with_their_values() -> None:
    # "Posted By" / the name / "Posted On" / the date, each value printed again for other screens.
    story = ["Home remodeling in California is a significant investment, with costs varying widely."] * 3
    rows = [
        "Posted By",
        "Loona Construction",
        "Loona Construction",
        "Posted On",
        "Jan 13, 2025",
        "Jan 13, 2025",
    ]
    blocks = [Block("p", [Segment(t)]) for t in rows + story]
    assert [b.text for b in trim_meta_lines(blocks)] == story
    # A label over a sentence is no field: "Author" over a paragraph about authors stays.
    prose = [
        Block("p", [Segment(t)])
        for t in ["Author", "The author of the report is a retired engineer.", *story]
    ]
    assert len(trim_meta_lines(prose)) == 5
