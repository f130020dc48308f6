"""Authors on small English sites: a personal site's owner, organisations joined by "&", team
bylines beside a person in the markup, pen names shown by several author elements."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from newscrawl.extract.authors import extract_authors, split_names
from newscrawl.extract.bylinemarks import author_holder, profile_links
from newscrawl.extract.bylines import scan_head
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.namelists import leading_names, opens_full_name
from newscrawl.extract.outletmarks import _MARKED_XPATH
from newscrawl.extract.pagecredits import _BYLINE_ELEMENTS
from newscrawl.page import parse_page


def _site(head: str, body: str = "", title: str = "Sourdough in a week") -> list[str]:
    html = (
        f'<html lang="en"><head><title>{title}</title>{head}</head><body>'
        f"<article><h1>Sourdough in a week</h1>{body}<p>{'The starter rose overnight. ' * 30}</p>"
        "</article></body></html>"
    )
    return extract_authors(parse_page(html, "https://blog.example.org/a/1"), "").authors


def test_meta_author_that_is_a_personal_sites_own_name_is_its_owner() -> None:
    owner = '<meta name="author" content="Nora Example"><meta property="og:site_name" content="Nora Example">'
    assert _site(owner) == ["Nora Example"]
    described = (
        '<meta name="author" content="Nora Example">'
        '<meta property="og:site_name" content="Notes - Web-page of Nora Example">'
    )
    assert _site(described) == ["Nora Example"]
    portal = (
        '<meta name="author" content="Harbour News"><meta property="og:site_name" content="Harbour News">'
    )
    assert _site(portal) == []  # an outlet names itself the same way
    byline = "<p class='byline'>By Sam Sample</p>"
    assert _site(owner, byline) == ["Sam Sample"]  # the page's own credit says more


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Acme Tax & Accounting", ["Acme Tax & Accounting"]),  # one organisation
        ("Mac & i", ["Mac & i"]),
        ("Maria & Katerina", ["Maria", "Katerina"]),  # two pen names
        ("Ann Lee & Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Ann Lee, Bo Chan & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
    ],
)
def test_an_ampersand_before_one_closing_word_joins_an_organisation(raw: str, expected: list[str]) -> None:
    assert split_names(raw) == expected


def test_an_organisation_byline_yields_to_the_person_the_markup_names() -> None:
    head = (
        '<meta name="author" content="Lena Sample">'
        '<meta property="og:site_name" content="Tax Blog by Acme Group">'
    )
    assert _site(head, "<p class='byline'>By Acme Tax &amp; Accounting</p>") == ["Lena Sample"]
    assert _site(head, "<p class='byline'>By Acme Staff</p>") == ["Lena Sample"]
    assert _site(head, "<p class='byline'>By Rob Example</p>") == ["Rob Example"]  # a person: the byline wins


def test_a_one_word_pen_name_shown_by_several_author_elements() -> None:
    body = "<div class='author'><a href='/author/yara/'>Yara</a></div><span class='time'>3/4/2025</span>"
    box = "<div class='author-intro'><p class='name'>Yara</p></div>"
    assert _site("", body + box) == ["Yara"]
    assert _site("", body) == []  # one element alone: a lone word may be a menu item
    brand = "<p class='author'>Crumb</p><div class='author-box'>Crumb</div>"
    assert _site("", brand, title="Sourdough in a week | Crumb") == []  # the site's own name


def test_leading_names_stop_at_an_adjective_of_place() -> None:
    assert leading_names("Tom Sample UK-based Systems Writer") == ["Tom Sample"]
    assert leading_names("Jean-Luc Example") == ["Jean-Luc Example"]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Jane Doe", True),
        ("Jane van Doe", True),
        ("Acme staff", True),  # a team word in lower case still joins the credit
        ("Procter & Gamble", True),
        ("our Science Staff", True),
        ("Related posts", False),
        ("What is the difference", False),
        ("Jane", False),
        ("Jane[1]Doe wrote this", True),  # the name's cleaning may cut a piece out of the first word
    ],
)
def test_opens_full_name_never_refuses_a_line_that_leads_with_a_two_word_name(text: str, opens: bool) -> None:
    assert opens_full_name(text) is opens
    if not opens:
        assert all(len(n.split()) < 2 for n in leading_names(text))


def test_a_personal_sites_owner_in_the_byline_keeps_the_credit() -> None:
    head = (
        '<meta name="author" content="Web Example">'
        '<meta property="og:site_name" content="Rob Example Photography">'
    )
    assert _site(head, "<p class='byline'>By Rob Example</p>") == ["Rob Example"]


def test_author_class_on_the_blocks_parent_marks_a_bare_line() -> None:
    from lxml import html as lxml_html

    from newscrawl.extract.bylinemarks import AUTHOR_CLASS, _marks_of, classed_element

    box = lxml_html.fragment_fromstring('<div class="post-byline"><p>Jane Doe</p></div>')
    p = box.find("p")
    assert _marks_of(p) == "   "  # no attributes: nothing to search
    assert classed_element(p, AUTHOR_CLASS, depth=2) is box
    assert classed_element(p, AUTHOR_CLASS, depth=1) is None


def test_profile_links_skip_childless_blocks_but_read_a_blocks_links() -> None:
    linked = fragment_fromstring('<p>By <a href="/authors/jane-doe">Jane Doe</a></p>')
    bare = fragment_fromstring("<p>By Jane Doe</p>")
    assert list(profile_links(Line("By Jane Doe", linked, 0))) == ["Jane Doe"]
    assert list(profile_links(Line("By Jane Doe", bare, 0))) == []


def test_a_paragraph_naming_a_source_without_a_label_credits_no_outlet() -> None:
    block = fragment_fromstring("<p>x</p>")
    prose = Line("The main source of the delay was the weather, officials said.", block, 0)
    labelled = Line("Source: Harbour Gazette", block, 60)
    assert scan_head(Head([], [prose]), set()).sources == []
    assert scan_head(Head([], [labelled]), set()).sources == ["Harbour Gazette"]


def test_byline_elements_are_read_when_the_source_spells_the_class_with_a_character_reference() -> None:
    from newscrawl.extract.pagecredits import page_credits

    plain = parse_page("<html><body><h1>T</h1><p class='author'>Jane Doe</p></body></html>")
    spelt = parse_page("<html><body><h1>T</h1><p class='&#97;uthor'>Jane Doe</p></body></html>")
    unmarked = parse_page("<html><body><h1>T</h1><p class='note'>Jane Doe</p></body></html>")
    assert page_credits(plain) == page_credits(spelt) == [["Jane Doe"]]
    assert page_credits(unmarked) == []


def test_unfolded_class_finds_a_character_shown_in_either_script() -> None:
    from newscrawl.extract.names import unfolded_class

    reporter = unfolded_class("记")
    assert reporter.search("記者 張三")
    assert reporter.search("记者 张三")
    assert not reporter.search("作者 张三")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 张三", ["张三"]),
        ("記者 張三報導", ["張三"]),  # traditional: the gate knows 記 folds to 记
        ("李四 王五文/图", ["李四", "王五"]),  # a signature, its role after the names
        ("邱俐穎／台北報導", ["邱俐穎"]),  # a slash, no label
        ("中国网1月17日讯（王文举）", ["王文举"]),  # a dateline's parenthesis
        ("通讯员 李明", ["李明"]),
        ("今日天气晴朗 气温回升", []),  # none of the gate's characters: no credit read
    ],
)
def test_short_chinese_lines_keep_their_credits_past_the_character_gate(line: str, names: list[str]) -> None:
    from newscrawl.extract.zhcredits import _MAY_CREDIT, zh_labelled

    assert zh_labelled(line) == names
    assert bool(_MAY_CREDIT.search(line)) == bool(names)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("新华社北京1月12日电 记者", "新华社"),
        ("（中央社記者陳昭妤台北11日電）", "中央社"),
        ("【中廣新聞／陳奕華】", "中廣新聞"),
        ("[世华财讯]近日，", "世华财讯"),
        ("香港文匯報訊（記者 X）", "香港文匯報"),  # 報 folds to 报, an outlet's ending
        ("今日天气晴朗，气温回升", None),  # no outlet's ending, 讯 or slash: not read further
    ],
)
def test_opening_outlets_pass_the_character_gate(line: str, outlet: str | None) -> None:
    from newscrawl.extract.outletdatelines import _MAY_OPEN, opening_outlet

    assert opening_outlet(line) == outlet
    assert bool(_MAY_OPEN.search(line)) == (outlet is not None)


def test_author_holder_memo_gives_the_same_holder_to_sibling_lines() -> None:
    from newscrawl.extract.bylinemarks import author_holder

    box = fragment_fromstring('<div class="post-author"><p>Jane Doe</p><p>Staff writer</p></div>')
    plain = fragment_fromstring("<div><p>Jane Doe</p><p class='byline'>By Jane Doe</p></div>")
    seen: dict = {}
    for root in (box, plain):
        for p in root:
            line = Line(p.text_content(), p, 0)
            assert author_holder(line, seen) is author_holder(line)
    assert author_holder(Line("Jane Doe", box[0], 0), seen) is box
    assert author_holder(Line("Jane Doe", plain[0], 0), seen) is None
    assert author_holder(Line("By Jane Doe", plain[1], 0), seen) is plain[1]


def test_profile_links_prefilter_passes_profile_paths_in_any_case() -> None:
    from newscrawl.extract.bylinemarks import _profile_dir

    assert _profile_dir("https://example.com/AUTHOR/jane-doe/")
    assert _profile_dir("/by/jane-doe")
    assert not _profile_dir("https://example.com/news/2024/05/jane-doe-wins.html")
    linked = fragment_fromstring('<p>By <a href="/Authors/jane-doe">Jane Doe</a></p>')
    assert list(profile_links(Line("By Jane Doe", linked, 0))) == ["Jane Doe"]


def test_opening_credits_read_past_the_character_gate() -> None:
    from newscrawl.extract.zhcredits import opening_credits

    assert opening_credits(["新华网北京1月12日电（记者 张三）今天上午，", "正文"]) == ["张三"]
    assert opening_credits(["中国网1月17日讯（王文举）近日，"]) == ["王文举"]
    assert opening_credits(["The council met on Monday to vote.", "It passed."]) == []


def test_marked_element_queries_find_each_marked_element_once_in_document_order() -> None:
    """An element marked twice (class and itemprop, class and id) comes once, in document order;
    ``authorName`` holds "author", ``creator-note`` holds "creator"."""
    page = parse_page(
        '<html><body><div class="byline" itemprop="author" id="media-x">'
        '<a rel="author" class="name">A</a></div><p class="creator-note">b</p>'
        '<span id="js_name">c</span><em itemprop="authorName">d</em><i class="note">e</i></body></html>'
    )
    assert [e.tag for e in _BYLINE_ELEMENTS(page.tree)] == ["div", "a", "p", "em"]
    assert [e.tag for e in _MARKED_XPATH(page.tree)] == ["div", "a", "span"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "新华网北京1月12日电（记者 张三）今天上午，市政府召开新闻发布会，介绍了全年经济运行情况。",
            ["张三"],
        ),
        ("（中央社記者陳昭妤台北11日電）行政院今天召開院會，通過多項法案，並討論總預算案。", ["陳昭妤"]),
        ("湖南日报12月15日消息（记者 李四）今天，全省农村工作会议在长沙召开，总结了工作成绩。", ["李四"]),
        ("作者：王五 本文介绍了城市交通拥堵的成因，并从规划、管理和技术三个方面提出了建议。", ["王五"]),
        ("今天上午，市政府召开新闻发布会，介绍了全年经济运行的总体情况，并回答了记者提问。", []),
    ],
)
def test_long_paragraphs_keep_their_dateline_credits_past_the_opening_gate(
    paragraph: str, names: list[str]
) -> None:
    """A paragraph is read for credits only when it may open on a dateline or a label: the gate
    (a dateline's characters in its opening, a colon in its first words) never drops one that does."""
    from newscrawl.extract.names import zh_fold
    from newscrawl.extract.zhcredits import _may_open_dateline, _zh_dateline, zh_labelled

    paragraph += "会议还对下一阶段的重点工作作出了部署。" * 2  # past the short lines' rules
    assert zh_labelled(paragraph) == names
    if _zh_dateline(zh_fold(paragraph[:42])):
        assert _may_open_dateline(paragraph)
    assert not _may_open_dateline("今天上午，市政府召开新闻发布会，介绍了全年经济运行的总体情况和主要特点。")


def test_dated_outlet_and_its_writer_read_the_date_field_once() -> None:
    """outlet_writer and dated_outlets share the memoised date field: the same answers either way."""
    from newscrawl.extract.outletdatelines import dated_field, dated_outlets
    from newscrawl.extract.outlets import outlet_writer

    line = "2011年12月15日11:03 家电质量网 张君 我要评论"
    dated_field.cache_clear()
    assert outlet_writer(line) == "张君"
    assert dated_outlets(line) == ["家电质量网"]
    assert dated_field.cache_info().hits == 1
    assert outlet_writer("優活健康資訊網 (2012-01-12 11:33)") is None  # the outlet before the date: no writer


def test_profile_links_alone_credit_a_line_near_the_top_unless_it_is_a_caption_or_an_editor() -> None:
    from newscrawl.extract.linecredits import NO_CREDITS, _linked_credits

    linked = fragment_fromstring('<p><a href="/author/jane-doe">Jane Doe</a></p>')
    caption = fragment_fromstring('<figcaption><a href="/author/jane-doe">Jane Doe</a></figcaption>')
    plain = fragment_fromstring("<p>Jane Doe</p>")
    assert _linked_credits(Line("Jane Doe", linked, 0), "Jane Doe").labelled == ["Jane Doe"]
    assert _linked_credits(Line("Jane Doe", caption, 0), "Jane Doe") is NO_CREDITS
    assert _linked_credits(Line("Editor: Jane Doe", linked, 0), "Editor: Jane Doe") is NO_CREDITS
    assert _linked_credits(Line("Jane Doe", plain, 0), "Jane Doe") is NO_CREDITS


def test_scan_memo_serves_a_second_scan_of_the_same_lines() -> None:
    """The closing lines re-read blocks of the head: with the head scan's memo they get its credits."""
    from newscrawl.extract.bylines import ScanMemo, labelled_credits

    root = fragment_fromstring("<div><h1>Title</h1><p class='byline'>By Jane Doe</p><p>Text.</p></div>")
    lines = [Line(el.text_content(), el, i * 10) for i, el in enumerate(root)]
    head = Head(lines[:1], lines[1:])
    memo = ScanMemo()
    ev = scan_head(head, set(), memo=memo)
    assert ev.labelled == [["Jane Doe"]]
    filled = len(memo.credits)
    assert filled == 3
    tail = Head([], lines[1:])
    assert labelled_credits(tail, memo=memo) == labelled_credits(tail) == [["Jane Doe"]]
    assert len(memo.credits) == filled + 1  # the tail's first line has no line before it: its own key


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("【中國時報／台北報導】", "中國時報"),
        (" 【中廣新聞／陳奕華】", "中廣新聞"),
        ("（（中央社記者陳昭妤台北11日電）", "中央社"),
        ("中国经济时报社北京12月15日电", "中国经济时报社"),  # a long name: its ending at the reach's edge
        ("今天上午大家在会议上讨论了新华网的报道", None),  # an outlet's ending far into the line
    ],
)
def test_opening_outlet_gate_looks_only_where_a_name_can_end(line: str, outlet: str | None) -> None:
    """The gate looks for an outlet's ending (or 讯, or a slash) only within the reach of a name
    opening the line past its spaces and brackets: the outlet read is the same as without the gate."""
    from newscrawl.extract.outletdatelines import _MAY_OPEN, _OPEN_LEAD, _OPEN_REACH, opening_outlet

    assert opening_outlet(line) == outlet
    start = _OPEN_LEAD.match(line[:40]).end()  # type: ignore[union-attr]
    assert bool(_MAY_OPEN.search(line[:40], start, start + _OPEN_REACH)) == (outlet is not None)


def test_leading_names_of_a_line_opening_on_no_name_word() -> None:
    assert leading_names("posted in Recipes by Jane Doe") == []
    assert leading_names("  ") == []
    assert leading_names("de Gaulle Charles") == ["de Gaulle Charles"]  # a particle opens a name
    assert leading_names("jane doe (with John Roe)") == []


def test_leading_names_read_a_month_or_a_digit_as_the_end_of_the_list() -> None:
    assert leading_names("Jane Doe May 5, 2025") == ["Jane Doe"]
    assert leading_names("Tom May") == ["Tom May"]
    assert leading_names("Jane Doe 3 min read") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("html", "held"),
    [
        ('<div class="post-meta"><p class="Byline-Row">Jane Doe</p></div>', "p"),
        ('<div rel="author"><p>Jane Doe</p></div>', "div"),
        ('<div><p itemprop="author" data-x="1">Jane Doe</p></div>', "p"),
        ('<div data-role="author-box"><p title="author">Jane Doe</p></div>', None),  # no mark of an author
        (f'<div><p data-json="{"x" * 400}" class="vcard">Jane Doe</p></div>', "p"),
    ],
)
def test_author_holder_reads_class_id_itemprop_and_rel_only(html: str, held: str | None) -> None:
    block = fragment_fromstring(html).find(".//p")
    holder = author_holder(Line("Jane Doe", block, 0), {})
    assert (holder.tag if holder is not None else None) == held
