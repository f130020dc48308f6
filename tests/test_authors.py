"""The author ranking (newscrawl.extract.authors): which credit wins, a page at a time."""

from __future__ import annotations

import pytest

from newscrawl.extract.article import extract
from newscrawl.extract.authors import extract_authors
from newscrawl.page import parse_page


def page(body: str, head: str = "", title: str = "标题_某某新闻网", lang: str = "zh-CN"):
    html = f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{body}</body></html>'
    return parse_page(html, "https://news.example.cn/a/1.html")


def en(body: str, head: str = "", title: str = "Winter tyres") -> object:
    return extract_authors(page(body, head, title=title, lang="en"))


def _english(body: str, head: str = "") -> list[str]:
    p = page(
        f"<article><h1>Grinders compared</h1>{body}<p>{'The grinder test ran a week. ' * 30}</p></article>",
        head=head,
        title="Grinders compared",
        lang="en",
    )
    return extract_authors(p, "").authors


def test_reporter_line_after_outlet_name() -> None:
    r = extract_authors(page("<h1>标题</h1><p>澎湃新闻记者 段小超 廖小艳</p><p>正文。</p>"))
    assert (r.authors, r.source) == (["段小超", "廖小艳"], "text")


def test_dateline_in_first_paragraph() -> None:
    body = "<h1>标题</h1><p>新京报讯（记者 陆小夫）11月25日，记者登录某平台发现，某商品已上线。</p>"
    assert extract_authors(page(body)).authors == ["陆小夫"]


def test_reporter_as_object_of_a_sentence_is_no_author() -> None:
    body = "<h1>标题</h1><p>记者了解到，该项目已经停工。</p><p>对此，相关负责人向记者表示会整改。</p>"
    assert extract_authors(page(body)).authors == []


def test_responsible_editor_is_never_an_author() -> None:
    body = "<h1>标题</h1><p>正文很长的一段。</p><p>责任编辑：王小蕾</p><p>编辑 刘小阳 校对 李小铭</p>"
    assert extract_authors(page(body)).authors == []


def test_author_label_glued_to_other_fields() -> None:
    body = (
        "<h1>标题</h1><div><span>来源：证券时报网</span><span>作者：李小山</span>"
        "<span>浏览：12次</span></div>"
    )
    r = extract_authors(page(body))
    assert r.authors == ["李小山"]
    assert r.organization == "证券时报网"


def test_slash_credit_split_on_pause_and_ampersand() -> None:
    body = "<h1>标题</h1><p><strong>执笔/叨叨姐、胡一刀&amp;李小飞刀</strong></p>"
    assert extract_authors(page(body)).authors == ["叨叨姐", "胡一刀", "李小飞刀"]


def test_label_and_name_in_separate_elements() -> None:
    body = "<h1>标题</h1><p>正文。</p><div class='author'><p>文章作者</p><p>金小子</p></div>"
    assert extract_authors(page(body)).authors == ["金小子"]


def test_photographer_is_not_the_author() -> None:
    body = "<h1>标题</h1><p>图片来源：每经记者 张小蕊 摄</p><p>正文。</p>"
    assert extract_authors(page(body)).authors == []


_OUTLET_AS_AUTHOR = '<meta property="article:author" content="新浪科技">'


_OUTLET_LINE = "<h1>标题</h1><p>2019年09月11日 02:46 来源：新浪科技</p><p>正文。</p>"


def test_meta_author_that_is_the_credited_outlet_yields_to_a_person() -> None:
    body_text = "第一段正文。\n今年天猫联合蜂鸟在上海、杭州首次推出最快一小时达业务。(李楠)"
    result = extract_authors(page(_OUTLET_LINE, head=_OUTLET_AS_AUTHOR), body_text)
    assert (result.authors, result.organization) == (["李楠"], "新浪科技")


def test_meta_author_that_is_the_outlet_stands_when_no_person_is_credited() -> None:
    result = extract_authors(page(_OUTLET_LINE, head=_OUTLET_AS_AUTHOR), "第一段正文。\n第二段正文。")
    assert (result.authors, result.source) == (["新浪科技"], "meta")


def test_closing_parenthesised_name_in_body_text() -> None:
    body_text = "第一段正文。\n山西品牌丝路行主题为“走丝绸之路，促合作共赢”，活动将先后在三国举行。（张小峰）"
    assert extract_authors(page("<h1>标题</h1><p>x</p>"), body_text).authors == ["张小峰"]


def test_english_by_line_with_two_authors() -> None:
    body = "<h1>Library hours</h1><div class='byline'>By Sam Ortega and Priya Nair | February 14, 2025</div>"
    r = extract_authors(page(body, title="Library hours - The Record", lang="en"))
    assert (r.authors, r.source) == (["Sam Ortega", "Priya Nair"], "text")


def test_edited_by_is_not_an_author() -> None:
    body = "<h1>Library hours</h1><p>Edited by Kevin Park</p><p>Story text.</p>"
    assert extract_authors(page(body, title="Library hours", lang="en")).authors == []


def test_json_ld_person_beats_page_text_and_skips_organisations() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Wire Co"}],'
        '"publisher": {"@type": "Organization", "name": "The Record"}}</script>'
    )
    r = extract_authors(
        page("<h1>T</h1><p>Somebody Else wrote in to say hello.</p>", head, title="T", lang="en")
    )
    assert (r.authors, r.source) == (["Jane Doe"], "json-ld")
    assert (r.organization, r.organization_source) == ("Wire Co", "json-ld")


def test_json_ld_naming_only_the_site_gives_way_to_the_page_unless_typed_a_person() -> None:
    # The markup's author is read first and alone; the page's bare name lines are read only after it
    # fails, and then as ever (a bare name over its date).
    body = "<h1>Winter tyres</h1><p>Marta Quill</p><p>May 2, 2024</p><p>Story text about tyres.</p>"
    for author, expected in (
        ('"Tyre Notes"', (["Marta Quill"], "text")),
        ('{"@type": "Person", "name": "Tyre Notes"}', (["Tyre Notes"], "json-ld")),
    ):
        head = (
            '<meta property="og:site_name" content="Tyre Notes">'
            f'<script type="application/ld+json">{{"@type": "BlogPosting", "author": {author}}}</script>'
        )
        r = extract_authors(page(body, head, title="Winter tyres", lang="en"))
        assert (r.authors, r.source) == expected


def test_visible_byline_beats_a_json_ld_person_it_does_not_name() -> None:
    head = (
        '<script type="application/ld+json">'
        '{"@type": "BlogPosting", "author": {"name": "webadmin2"}}</script>'
    )
    body = "<h1>Winter tyres</h1><p class='post-meta'>By Marta Quill</p><p>Story text.</p>"
    r = extract_authors(page(body, head, title="Winter tyres", lang="en"))
    assert (r.authors, r.source) == (["Marta Quill"], "text")


def test_meta_author_that_is_a_url_or_the_site_is_ignored() -> None:
    head = (
        '<meta property="article:author" content="https://www.facebook.com/somepage">'
        '<meta name="author" content="网易">'
    )
    title = "多地项目连环爆雷 龙湖集团暗伤曝露_网易财经"
    body = "<h1>多地项目连环爆雷 龙湖集团暗伤曝露</h1><p>正文。</p>"
    assert extract_authors(page(body, head, title)).authors == []


def test_meta_author_used_when_nothing_is_shown() -> None:
    head = '<meta name="author" content="kingname">'
    r = extract_authors(page("<h1>标题</h1><p>正文。</p>", head))
    assert (r.authors, r.source) == (["kingname"], "meta")


def test_cms_account_names_are_not_authors() -> None:
    body = "<h1>标题</h1><div class='info'>时间:2025-01-22 13:22 来源:第一财经 作者:admin 点击:3004次</div>"
    assert extract_authors(page(body)).authors == []


def test_visible_list_completes_markup_naming_the_first_author() -> None:
    head = '<meta name="author" content="Rui Tan">'
    body = "<h1>Winter tyres</h1><p>Summary.</p><div class='names'>Rui Tan, Mo Lee &amp; Ida Park</div>"
    assert en(body, head).authors == ["Rui Tan", "Mo Lee", "Ida Park"]


def test_author_box_away_from_the_headline_counts_when_all_byline_elements_agree() -> None:
    filler = "".join(f"<p>Lead-in paragraph {i}.</p>" for i in range(6))
    box = "<div class='author-name'>Kai Lindqvist</div>"
    assert en(f"{box}{filler}<h1>Winter tyres</h1><p>Text.</p>").authors == ["Kai Lindqvist"]
    related = "<div class='related'><span class='author-name'>Bo Strand</span></div>"
    assert en(f"{box}{related}{filler}<h1>Winter tyres</h1>").authors == ["Kai Lindqvist"]
    other = "<p class='author'>Li Wen</p>"
    assert en(f"{box}{other}{filler}<h1>Winter tyres</h1>").authors == []


def test_markup_crediting_the_sites_host_name_is_no_person() -> None:
    head = '<meta name="author" content="Tyrewire.net"><title>Winter tyres</title>'
    html = f"<html><head>{head}</head><body><h1>Winter tyres</h1></body></html>"
    assert extract_authors(parse_page(html, "https://www.tyrewire.net/a/1")).authors == []


def test_site_typed_as_a_person_in_markup_yields_to_a_by_line_person() -> None:
    # A CMS that types its publisher as the author Person: the visible "By" names the writer.
    head = (
        '<meta property="og:site_name" content="Heart Help Trust">'
        '<script type="application/ld+json">{"@type": "Article", '
        '"author": {"@type": "Person", "name": "Heart Help Trust"}}</script>'
    )
    body = (
        "<header>Heart Help Trust</header><h1>Eating well on a budget</h1>"
        "<address><div>By <a class='author-name' href='#bio'>Nora Quill</a></div></address><p>Story.</p>"
    )
    r = extract_authors(page(body, head, title="Eating well on a budget", lang="en"))
    assert (r.authors, r.source) == (["Nora Quill"], "text")


def test_by_line_run_on_into_a_section_link_is_cut_back_to_the_meta_author() -> None:
    head = '<meta name="author" content="Ravi Mehta">'
    body = (
        "<h1>Four climate tools</h1><div class='meta'><span>by <a href='/author/ravi-mehta/'>Ravi Mehta</a>"
        "</span><span> <a href='/location/polar'>Polar Regions</a></span></div><p>Story text.</p>"
    )
    r = extract_authors(page(body, head, title="Four climate tools", lang="en"))
    assert r.authors == ["Ravi Mehta"]


def _en_page(body: str, head: str = "", title: str = "Storm closes port") -> str:
    return f"<html lang='en'><head><title>{title}</title>{head}</head><body>{body}</body></html>"


_PROSE = "<p>" + "The port closed for two days after the storm, and the ferries stayed in. " * 20 + "</p>"


def test_byline_block_wrapped_in_its_profile_link_beats_a_credit_in_the_body() -> None:
    body = (
        "<article><h1>Storm closes port</h1>"
        "<div><a href='/blog/author/jane-doe/'><div><img alt='' src='/j.jpg'></div>"
        "<div>Jane Doe</div></a></div>"
        "<div>May 5, 2025</div>" + _PROSE + "<h3>The new tool</h3><p>Authors: Sam Ortega and Priya Nair</p>"
        "</article>"
    )
    assert extract(_en_page(body), "https://news.example/a").authors == ["Jane Doe"]


def test_link_around_a_block_needs_a_profile_path_matching_the_name() -> None:
    body = (
        "<article><h1>Storm closes port</h1>"
        "<div><a href='/blog/tools/'><div>Jane Doe</div></a></div>" + _PROSE + "</article>"
    )
    assert extract(_en_page(body), "https://news.example/a").authors == []


def test_scholarly_meta_listing_every_author_completes_the_first_author() -> None:
    head = (
        "<meta name='DC.Creator' content='Jane Doe'>"
        "<meta name='citation_authors' content='Jane Doe'><meta name='citation_authors' content='Sam Ortega'>"
        "<meta name='citation_authors' content='Priya Nair'>"
    )
    body = "<article><h1>Storm closes port</h1>" + _PROSE + "</article>"
    result = extract(_en_page(body, head), "https://journal.example/a")
    assert result.authors == ["Jane Doe", "Sam Ortega", "Priya Nair"]


@pytest.mark.parametrize(
    ("standfirst", "expected"),
    [
        ("Now is the time to plant evergreen shrubs for the years ahead, says JANE DOE.", ["JANE DOE"]),
        ("Why the port closed for two days, writes SAM ORTEGA", ["SAM ORTEGA"]),
        ("Now is the time to plant evergreen shrubs, says Jane Doe.", []),  # a person quoted
        ("The port will reopen on Monday, says NASA.", []),  # one capitalised word: an agency
    ],
)
def test_standfirst_signed_in_capitals_credits_its_writer(standfirst: str, expected: list[str]) -> None:
    body = f"<article><h1>Storm closes port</h1><div class='teaser'>{standfirst}</div>{_PROSE}</article>"
    assert extract(_en_page(body), "https://news.example/a").authors == expected
