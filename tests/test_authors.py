"""Authors and credited outlets: each rule with a page where it must fire and one where it must not."""

from __future__ import annotations

import pytest

from newscrawl.extract.article import extract
from newscrawl.extract.authors import clean_name, extract_authors, is_person, split_names
from newscrawl.extract.bylines import labelled_credits, scan_head
from newscrawl.extract.headwalk import head_lines
from newscrawl.extract.outletdatelines import opening_outlet
from newscrawl.page import parse_page


def page(body: str, head: str = "", title: str = "标题_某某新闻网", lang: str = "zh-CN"):
    html = f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{body}</body></html>'
    return parse_page(html, "https://news.example.cn/a/1.html")


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Ann Lee, Bo Chan & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        ("张三、李四", ["张三", "李四"]),
        ("张三 李四", ["张三", "李四"]),
        ("Dylan Bailey, MS, RD", ["Dylan Bailey"]),
    ],
)
def test_split_names(raw: str, expected: list[str]) -> None:
    assert split_names(raw) == expected


def test_clean_name_drops_roles_mail_and_handles() -> None:
    assert clean_name("By Jane Doe, Staff Writer") == "Jane Doe"
    assert clean_name("Jane Doe jane@example.com") == "Jane Doe"
    assert clean_name("Jane Doe @janedoe") == "Jane Doe"


def test_is_person_rejects_roles_outlets_and_site_names() -> None:
    assert is_person("张三")
    assert not is_person("小编")
    assert not is_person("新京报")
    assert not is_person("admin")
    assert not is_person("Tech Industry Page 2")
    assert not is_person("网易", {"网易财经"})


def test_a_credit_naming_where_the_text_comes_from_is_no_person() -> None:
    body = "<h1>Stories</h1><p class='byline'>By Tomson Highway and From Masculindians | June 22, 2016</p>"
    assert extract_authors(page(body, title="Stories", lang="en")).authors == ["Tomson Highway"]
    assert not is_person("Via Reuters")
    assert is_person("Frommer Vials")


def test_a_templates_unfilled_author_key_is_no_name_but_a_dotted_handle_may_be() -> None:
    assert not is_person("page.head.extra.author", strict=False)
    assert not is_person("%author_name%", strict=False)
    assert is_person("sara.r.peter", strict=False)
    head = "<meta name='author' content='page.head.extra.author'>"
    assert en("<h1>Winter tyres</h1><p>Tyres grip better below seven degrees.</p>", head).authors == []


@pytest.mark.parametrize("row", ["Nora Velasquez July 3, 2025", "Sep 01, 2023 Nora Velasquez"])
def test_a_bare_name_printed_with_a_date_by_the_headline_is_the_byline(row: str) -> None:
    # No class, no label: a name and a date on one row under the headline is how bylines look.
    body = f"<h1>Winter tyres</h1><div>{row}</div><p>Tyres grip better below seven degrees, tests show.</p>"
    assert en(body).authors == ["Nora Velasquez"]


def test_an_agency_printed_with_the_date_is_no_person() -> None:
    row = "<div>Associated Press December 2, 2016</div>"
    assert en(f"<h1>Winter tyres</h1>{row}<p>Tyres grip better, tests show.</p>").authors == []


def test_a_long_byline_row_running_into_its_categories_still_credits_its_writer() -> None:
    topics = "Podcast, Archive, Writing, Science Fiction, Books, Reviews, Film, Culture, Interviews, Essays"
    row = f"Posted by Nora Velasquez December 30, 2024 Posted in {topics}, Travel, Music, Radio"
    assert len(row) > 160
    body = f"<h1>Winter tyres</h1><div>{row}</div><p>Tyres grip better below seven degrees, tests show.</p>"
    assert en(body).authors == ["Nora Velasquez"]
    long_sentence = "By Monday, the council had voted to close the bridge " + "and reopen it later " * 8
    assert en(f"<h1>Winter tyres</h1><p>{long_sentence}</p>").authors == []


def test_a_menu_item_beside_the_date_above_the_headline_is_no_byline() -> None:
    # A name-shaped menu entry ("Get Started") ends the <nav> right above the date line; the byline
    # card under the headline names nobody the walk can tell from a sentence.
    body = (
        "<nav><ul><li><a href='/blog/'>Blog</a></li></ul><div><a href='/docs/start/'>Get Started</a></div>"
        "</nav><div>December 17, 2025 • 8 minutes</div><h1>Winter tyres</h1>"
        "<p>Tyres grip better below seven degrees, and the rules follow.</p>"
    )
    assert en(body).authors == []


# --- persons --------------------------------------------------------------------------------------


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


def test_the_tail_reads_only_the_labelled_credits_of_the_head_scan() -> None:
    head = head_lines(
        page(
            "<h1>Winter tyres</h1><p>Story text about tyres.</p><p class='byline'>Marta Quill</p>"
            "<p>Written by Kai Lund</p><p>来源：新华社</p>",
            title="Winter tyres",
            lang="en",
        )
    )
    assert labelled_credits(head) == scan_head(head, set()).labelled == [["Marta Quill"], ["Kai Lund"]]


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


# --- organisation ---------------------------------------------------------------------------------


def test_source_label_names_the_outlet_not_an_author() -> None:
    r = extract_authors(page("<h1>标题</h1><p>2019-09-07 13:43:45 来源: 证券市场周刊 举报</p>"))
    assert (r.authors, r.organization) == ([], "证券市场周刊")


def test_image_source_is_not_the_outlet() -> None:
    r = extract_authors(page("<h1>标题</h1><p>正文。</p><p>图片来源：新华社</p>"))
    assert r.organization is None


def test_copyright_notice_beats_a_farm_crediting_itself() -> None:
    body = (
        "<h1>标题</h1><p>发布时间：2025-01-22 来源：盈和配资</p><p>正文。</p>"
        "<p>此内容为第一财经原创，著作权归第一财经所有。</p>"
    )
    r = extract_authors(page(body, title="标题_盈和配资_炒股配资APP下载"))
    assert r.organization == "第一财经"


def test_generic_source_is_no_outlet() -> None:
    r = extract_authors(page("<h1>标题</h1><p>来源：网络</p><p>版权归原作者所有</p>"))
    assert r.organization is None


def test_english_syndication_notice() -> None:
    body = "<h1>Seawall</h1><p>Text.</p><p>This article was syndicated from The Port Gazette.</p>"
    r = extract_authors(page(body, title="Seawall", lang="en"))
    assert r.organization == "The Port Gazette"


def test_site_crediting_itself_as_source_is_no_source() -> None:
    head = '<meta property="og:site_name" content="港湾日报">'
    body = "<h1>节前客流持续攀升</h1><p><span>本报记者 刘小鸣</span> <span>来源：港湾日报</span></p>"
    r = extract_authors(page(body, head, title="节前客流持续攀升_港湾日报"))
    assert (r.authors, r.organization) == (["刘小鸣"], None)


# --- English bylines --------------------------------------------------------------------------------


def en(body: str, head: str = "", title: str = "Winter tyres") -> object:
    return extract_authors(page(body, head, title=title, lang="en"))


def test_team_byline_is_credited_whole_but_a_bare_team_is_not() -> None:
    assert en("<h1>Winter tyres</h1><p class='byline'>By Harbor Tools Team</p>").authors == [
        "Harbor Tools Team"
    ]
    assert en("<h1>Winter tyres</h1><p>Written by Our Editors</p>").authors == ["Our Editors"]
    assert en("<h1>Winter tyres</h1><p>By The Team</p>").authors == []


def test_month_as_surname_ends_no_byline() -> None:
    assert en("<h1>Winter tyres</h1><div>Written By: Ana May</div><p>Text.</p>").authors == ["Ana May"]


def test_comma_list_of_names_but_not_a_title_after_the_comma() -> None:
    body = "<h1>Winter tyres</h1><div class='byline'>By Rui Tan , Mo Lee &amp; Ida Park</div>"
    assert en(body).authors == ["Rui Tan", "Mo Lee", "Ida Park"]
    body = "<h1>Winter tyres</h1><address>By Lena Ortiz , Executive Editor, Road Digest</address>"
    assert en(body).authors == ["Lena Ortiz"]


def test_visible_list_completes_markup_naming_the_first_author() -> None:
    head = '<meta name="author" content="Rui Tan">'
    body = "<h1>Winter tyres</h1><p>Summary.</p><div class='names'>Rui Tan, Mo Lee &amp; Ida Park</div>"
    assert en(body, head).authors == ["Rui Tan", "Mo Lee", "Ida Park"]


def test_reviewer_in_a_byline_element_is_no_author() -> None:
    body = (
        "<h1>Winter tyres</h1><ul><li>Written by <a class='author'>Marta Quill</a></li>"
        "<li>Reviewed by <span class='byline-reviewer'>Omar Sadik, MD</span></li></ul>"
    )
    assert en(body).authors == ["Marta Quill"]


def test_profile_link_names_the_author() -> None:
    link = "<a href='/authors/nora-velasquez'>Nora Velasquez</a>"
    body = f"<h1>Winter tyres</h1><div><svg></svg><span>{link}</span></div>"
    assert en(body).authors == ["Nora Velasquez"]
    body = "<h1>Winter tyres</h1><div><a href='/authors/nora-velasquez'>All our writers</a></div>"
    assert en(body).authors == []


@pytest.mark.parametrize(
    "href",
    [
        "/staff/2648209001/nora-velasquez/",  # an id segment before the name
        "/by/nora-velasquez",
        "/people/nora-velasquez-4821.html",  # an id after it, and an extension
        "/profile/noravelasquez?ref=byline",
        "https://news.example/en/journalists/Nora_Vel%C3%A1squez",
    ],
)
def test_profile_links_are_read_in_the_url_forms_sites_use(href: str) -> None:
    # No author class anywhere: the link's path alone says the text is a person's name.
    name = "Nora Velásquez" if "C3" in href else "Nora Velasquez"
    body = f"<h1>Winter tyres</h1><div><span><a href='{href}'>{name}</a></span> <span>The Daily</span></div>"
    assert en(body).authors == [name]


def test_a_contacts_profile_link_credits_no_writer() -> None:
    body = (
        "<h1>Winter tyres</h1><ul><li><strong>Updated:</strong> 6/2/2025</li>"
        "<li><strong>Contact:</strong> <a href='/authors/staff-directory/nora-velasquez'>Nora Velasquez</a>"
        "</li></ul>"
    )
    assert en(body).authors == []


def test_outlet_closing_a_byline_is_dropped() -> None:
    head = '<meta property="og:site_name" content="The Port Gazette">'
    body = "<h1>Winter tyres</h1><p class='byline'>By Jane Roe and Al Moss, The Port Gazette</p>"
    assert en(body, head).authors == ["Jane Roe", "Al Moss"]


def test_one_word_pen_name_only_after_an_explicit_by() -> None:
    assert en("<h1>Winter tyres</h1><p>By Zephyrine | May 5, 2025</p>").authors == ["Zephyrine"]
    assert en("<h1>Winter tyres</h1><p class='author'>By Ask the Experts</p>").authors == []
    assert en("<h1>Winter tyres</h1><p class='author'>Last Updated: 2025-02-22</p>").authors == []


def test_author_box_away_from_the_headline_counts_when_all_byline_elements_agree() -> None:
    filler = "".join(f"<p>Lead-in paragraph {i}.</p>" for i in range(6))
    box = "<div class='author-name'>Kai Lindqvist</div>"
    assert en(f"{box}{filler}<h1>Winter tyres</h1><p>Text.</p>").authors == ["Kai Lindqvist"]
    related = "<div class='related'><span class='author-name'>Bo Strand</span></div>"
    assert en(f"{box}{related}{filler}<h1>Winter tyres</h1>").authors == ["Kai Lindqvist"]
    other = "<p class='author'>Li Wen</p>"
    assert en(f"{box}{other}{filler}<h1>Winter tyres</h1>").authors == []


# --- bylines without byline markup (authorbox) ----------------------------------------------------

_LONG = "".join(
    f"<p>Paragraph {i} of the story runs on about tyres and grip in the cold.</p>" for i in range(40)
)


def test_bare_name_line_beside_the_date_line_is_the_byline() -> None:
    body = "<h1>Winter tyres</h1><p>Rhea Castellano</p><p>Mar 3, 2025</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Mar 3, 2025</p><div>Rhea Castellano</div><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Rhea Castellano in tyres</p><p>Dec 10</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Rhea Castellano</p><p>Motoring Writer</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]


def test_name_shaped_lines_that_are_no_byline() -> None:
    linked = "<h1>Winter tyres</h1><p><a href='/category/car-care'>Car Care</a></p><p>Mar 3, 2025</p>"
    assert en(linked).authors == []
    heading = "<h1>Winter tyres</h1><p>Mar 3, 2025</p><h2>Cold Mornings</h2><p>Text.</p>"
    assert en(heading).authors == []
    events = "".join(f"<p>May {d}, 2025</p><p>{n}</p>" for d, n in ((4, "Tyre Expo"), (9, "Grip Summit")))
    assert en(f"<h1>Winter tyres</h1>{events}").authors == []
    sentence = (
        "<h1>Winter tyres</h1><p>Add Alternatives</p><p>This page was last updated on May 4, 2025 by us</p>"
    )
    assert en(sentence).authors == []
    acronym = "<h1>Winter tyres</h1><p>Nordic VPN</p><p>May 4, 2025</p>"
    assert en(acronym).authors == []


def test_bare_latin_line_on_a_chinese_page_is_no_byline() -> None:
    body = (
        "<h1>冬季轮胎的选择</h1><p>2025-03-03 08:30</p><p>Fonts Size</p><p>冬季来临，轮胎的选择非常重要。</p>"
    )
    assert extract_authors(page(body, title="冬季轮胎的选择")).authors == []


def test_author_box_name_with_its_bio_far_below_the_headline() -> None:
    box = "<h4>Tomas Eberhardt</h4><p>Tomas is a motoring journalist who has tested tyres for years.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Tomas Eberhardt"]
    product = "<h3>Polar Grip</h3><p>Polar Grip is a studless tyre built for ice and slush.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{product}").authors == []


def test_label_line_over_the_name() -> None:
    box = "<h2>Article by</h2><div>Matteo Varga</div>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Matteo Varga"]
    box = "<div>About the author</div><h3>Matteo Varga</h3>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Matteo Varga"]


def test_explicit_label_closing_the_article() -> None:
    closing = "<p>Posted by Ines Calder on 2025-03-03 in tyres. Tags: winter</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{closing}").authors == ["Ines Calder"]
    closing = "<p>Posted By: Ines · In: Tyres, Winter</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{closing}").authors == ["Ines"]
    assert en(f"<h1>Winter tyres</h1>{_LONG}<h2>About the Author: Ines</h2>").authors == ["Ines"]
    sentence = "<p>By contrast, Summer Tyres stay soft.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{sentence}").authors == []


def test_byline_in_the_column_beside_the_headline() -> None:
    link = "<a class='author' href='/profile/ada-kerr'>Ada Kerr</a>"
    aside = f"<aside class='meta'><address>{link}</address></aside>"
    assert en(f"<article><h1>Winter tyres</h1>{aside}{_LONG}</article>").authors == ["Ada Kerr"]
    far = "<aside class='popular'><span class='author'>Bo Strand</span></aside>"
    assert en(f"<article><h1>Winter tyres</h1>{_LONG}</article>{far}").authors == []


def test_wrapper_holding_the_headline_is_no_chrome() -> None:
    box = "<div class='author'>Ada Kerr</div>"
    body = f"<div id='__next'><h1>Winter tyres</h1>{_LONG}{box}</div>"
    assert en(body).authors == ["Ada Kerr"]


def test_name_element_inside_a_byline_with_label_and_title() -> None:
    line = (
        "<div class='author-line'><span class='author-label'>Written By:</span>"
        "<span class='author-name'>Celia Marsh</span>"
        "<span class='author-title'>Gardener &amp; Cook</span></div>"
    )
    assert en(f"<h1>Winter tyres</h1>{line}").authors == ["Celia Marsh"]
    bio = "<div class='author-description'>Licensed Tyre Fitter, Senior Mechanic</div>"
    assert en(f"<h1>Winter tyres</h1>{bio}").authors == []


def test_author_classed_article_makes_no_byline_of_its_headline() -> None:
    head = '<meta name="author" content="Nell Achebe">'
    body = f"<article class='post author-nell-achebe'><h1>My Top Ten Winter Tyres</h1>{_LONG}</article>"
    assert en(body, head).authors == ["Nell Achebe"]


def test_outlet_element_inside_an_author_block_is_no_name() -> None:
    body = (
        "<h1>Winter tyres</h1><div class='author-info'><div class='sourcename-txt'>Motor Insider</div>"
        "<div class='authorname-txt'>Alma Reyes 1 day ago</div></div>"
    )
    assert en(body).authors == ["Alma Reyes"]


def test_credits_far_down_or_in_running_text_yield_to_the_meta_author() -> None:
    head = '<meta name="author" content="Nell Achebe">'
    footer = "<p>Copyright 2025 · Site by Pretty Pixel Studio</p>"
    assert en(f"<h1>Winter tyres</h1>{footer}", head).authors == ["Nell Achebe"]
    box = "<h4 class='author-box__name'>Ravi Patel, CFP</h4>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}", head).authors == ["Nell Achebe"]
    caption = "<h1>Winter tyres</h1><div>The Great Wave by Hokusai Katsushika, 1831.</div>"
    assert en(caption).authors == []


def test_markup_crediting_the_sites_host_name_is_no_person() -> None:
    head = '<meta name="author" content="Tyrewire.net"><title>Winter tyres</title>'
    html = f"<html><head>{head}</head><body><h1>Winter tyres</h1></body></html>"
    assert extract_authors(parse_page(html, "https://www.tyrewire.net/a/1")).authors == []


def test_initials_and_a_title_after_the_comma() -> None:
    assert en("<h1>Winter tyres</h1><p>By A. J. Neal View In Digital Edition</p>").authors == ["A. J. Neal"]
    name = "Brett Lund, Privacy and Digital Security Expert"
    body = f"<h1>Winter tyres</h1><span class='author-name'>{name}</span>"
    assert en(body).authors == ["Brett Lund"]


def test_bio_opening_accepts_the_full_name_or_the_first_name() -> None:
    from newscrawl.extract.authorbox import _bio_opening

    openers = ("Jane Doe", "Jane")
    assert _bio_opening("Jane Doe is a travel writer", openers) == len("Jane Doe is")
    assert _bio_opening("Jane has covered city hall since 2019", openers) == len("Jane has")
    assert _bio_opening("Jane Q. Doe, a former nurse, writes about health", openers) > 0
    assert _bio_opening("Janet is a reporter", openers) == -1
    assert _bio_opening("About Jane Doe", openers) == -1


def test_source_and_notice_lines_are_found_past_the_literal_prechecks() -> None:
    from newscrawl.extract.outlets import _may_label_source, _may_notice

    for text in ("来源：新华社", "稿源: 人民网", "SOURCE: Reuters", "出处：本报"):
        assert _may_label_source(text, text.lower())
    for text in ("著作权归第一财经所有", "Originally PUBLISHED by The Gazette", "Syndicated from Acme"):
        assert _may_notice(text, text.lower())
    assert not _may_label_source("Share this story", "share this story")
    assert not _may_notice("Jane Doe, staff writer", "jane doe, staff writer")


def test_latin_notice_precheck_passes_every_english_notice_and_skips_mere_publishing_words() -> None:
    from newscrawl.extract.outlets import _NOTICE, _may_latin_notice

    notices = (
        "This story was ORIGINALLY   Published by The Gazette.",
        "Syndicated from Acme News",
        "Republished from The Conversation under a licence",
    )
    for text in notices:
        assert _NOTICE.search(text)
        assert _may_latin_notice(text.lower())
    plain = "The public hearing was published online; officials were educated on it."
    assert not _may_latin_notice(plain.lower())
    assert _NOTICE.search(plain) is None


def test_byline_with_an_originally_published_notice_names_the_outlet() -> None:
    html = (
        "<html><head><title>Storm closes port</title></head><body><article><h1>Storm closes port</h1>"
        "<p class='byline'>By Jane Doe</p><p>Originally published by The Harbor Ledger.</p>"
        "<p>" + "The port closed for two days after the storm. " * 20 + "</p></article></body></html>"
    )
    result = extract_authors(parse_page(html, "https://news.example/a"), "")
    assert result.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Diggs Team", ["The Diggs Team"]),  # a collective credit opens with "the"
        ("The Currency editors, May 5", ["The Currency editors"]),
        ("The Acme Team members", []),  # a phrase about a team, no credit
        ("Supermove Last update: July 16, 2025", ["Supermove"]),  # "Last" opens the stamp, not a surname
        ("Jane Last", ["Jane Last"]),
        ("Colin Gray Colin Gray", ["Colin Gray"]),  # the avatar's alt text, then the name
    ],
)
def test_leading_names_teams_stamps_and_doubled_names(text: str, expected: list[str]) -> None:
    from newscrawl.extract.namelists import leading_names

    assert leading_names(text) == expected


def test_leading_names_is_memoised_but_hands_out_fresh_lists() -> None:
    """Callers extend the lists they get; the cache behind them must not change with them."""
    from newscrawl.extract.namelists import leading_names

    first = leading_names("Jane Doe and Sam Roe, May 5")
    first.append("Someone Else")
    assert leading_names("Jane Doe and Sam Roe, May 5") == ["Jane Doe", "Sam Roe"]
    assert leading_names("in the news today") == []  # no name opens the line


def test_a_one_word_line_beside_the_date_is_no_bare_byline() -> None:
    """A bare byline needs a full name: a lone capitalised word over the date is a section label."""
    html = (
        "<html><head><title>Spring planting guide</title></head><body><article>"
        "<h1>Spring planting guide</h1><p>Gardening</p><p>May 5, 2025</p>"
        f"<p>{'Seeds want warm soil before they sprout. ' * 20}</p>"
        "</article></body></html>"
    )
    result = extract_authors(parse_page(html, "https://garden.example/spring"), "")
    assert result.authors == []


def _english(body: str, head: str = "") -> list[str]:
    p = page(
        f"<article><h1>Grinders compared</h1>{body}<p>{'The grinder test ran a week. ' * 30}</p></article>",
        head=head,
        title="Grinders compared",
        lang="en",
    )
    return extract_authors(p, "").authors


def test_lower_case_handle_after_an_explicit_by_is_credited_as_shown() -> None:
    assert _english(
        "<p class='post-meta'>by <a rel='author' href='/author/kgrind/'>kgrind</a> | Apr 21, 2025</p>"
    ) == ["kgrind"]
    assert _english("<p>by kgrind</p>") == ["kgrind"]
    assert _english("<p>Author information</p>") == []  # "Author" opens a section, not a credit
    assert _english("<p>by clicking here you agree</p>") == []
    assert _english("<p>by date | by topic</p>") == []  # a sort menu


def test_cms_account_is_never_a_person() -> None:
    assert not is_person("NOC Admin")
    assert not is_person("Site Administrator")
    assert is_person("Adminah Lee")
    assert _english("", head='<meta name="author" content="NOC Admin">') == []


def test_plural_author_label_over_a_list_of_names() -> None:
    body = "<h6>Author(s)</h6><ul><li>John A. Sample</li><li>Dana C. Example</li></ul><p>November 2003</p>"
    assert _english(body) == ["John A. Sample", "Dana C. Example"]
    single = "<h6>Author</h6><p>John A. Sample</p><p>Dana C. Example</p>"  # one author; then anything
    assert _english(single) == ["John A. Sample"]


def test_site_names_narrow_and_wide_widths_from_one_read_of_the_page() -> None:
    from newscrawl.extract.authormeta import site_names

    html = (
        "<html><head><title>A long headline about the harbour - Section - Daily Record</title>"
        '<meta property="og:site_name" content="The Record"></head><body><p>x</p></body></html>'
    )
    page = parse_page(html)
    assert site_names(page) == {"The Record", "Daily Record"}
    assert site_names(page, every_part=True) == {"The Record", "Section", "Daily Record"}
    assert site_names(page) == {"The Record", "Daily Record"}


def test_meta_author_skips_profile_urls_and_takes_the_first_named_tag() -> None:
    from newscrawl.extract.authormeta import meta_authors

    html = (
        '<meta name="author" content="https://example.com/staff/jane"><meta name="author" content=" ">'
        '<meta name="parsely-author" content="Jane Doe, John Roe"><p>x</p>'
    )
    assert meta_authors(parse_page(html)) == ["Jane Doe", "John Roe"]


def test_every_chinese_role_label_holds_a_precheck_hint() -> None:
    """_ZH_LABELLED is only searched in lines holding a hint: each label it knows must hold one."""
    from newscrawl.extract.namelists import ZH_ROLE
    from newscrawl.extract.zhcredits import _ZH_LABEL_HINTS

    labels = ZH_ROLE.removeprefix("(?:").removesuffix(")").split("|")
    assert len(labels) > 5
    assert all(any(hint in label for hint in _ZH_LABEL_HINTS) for label in labels)


def test_a_mid_line_by_credit_and_its_exclusions_after_the_lookahead() -> None:
    html = (
        "<html><head><title>Wave Study</title></head><body><h1>Wave Study</h1>"
        "<p>Wave Study  by Kan Chu Sen</p><p>Photo by Jane Roe</p></body></html>"
    )
    ev = scan_head(head_lines(parse_page(html, "https://example.com/a")), set())
    assert ev.loose == [["Kan Chu Sen"]]


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


def test_yoast_written_by_label_names_the_author_when_no_author_tag_does() -> None:
    head = (
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ada Brook">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="4 minutes">'
    )
    body = "<h1>Grinding coffee at home</h1><p>Story text about grinders.</p>"
    r = extract_authors(page(body, head, title="Grinding coffee at home", lang="en"))
    assert (r.authors, r.source) == (["Ada Brook"], "meta")
    reading = head.replace("Written by", "Est. reading time").replace("Ada Brook", "3 minutes")
    assert extract_authors(page(body, reading, title="Grinding coffee at home", lang="en")).authors == []


def test_by_line_run_on_into_a_section_link_is_cut_back_to_the_meta_author() -> None:
    head = '<meta name="author" content="Ravi Mehta">'
    body = (
        "<h1>Four climate tools</h1><div class='meta'><span>by <a href='/author/ravi-mehta/'>Ravi Mehta</a>"
        "</span><span> <a href='/location/polar'>Polar Regions</a></span></div><p>Story text.</p>"
    )
    r = extract_authors(page(body, head, title="Four climate tools", lang="en"))
    assert r.authors == ["Ravi Mehta"]


# --- Chinese credits in traditional script and Taiwan / Hong Kong forms ---------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "（中央社記者劉小怡台北11日電）傅姓男子涉嫌與醫師勾結，詐領保險金，檢方今天依詐欺罪嫌起訴。",
            ["劉小怡"],
        ),
        ("香港文匯報訊（記者 高小鈺）香港浸會大學宣布，委任教授為中醫藥學院院長，並即時生效。", ["高小鈺"]),
        ("記者張小雄 張小嘉 嘉義報導", ["張小雄", "張小嘉"]),
        ("【中廣新聞／陳小華】", ["陳小華"]),
        ("2012-01-17 中國時報 邱小穎／台北報導", ["邱小穎"]),
        (
            "湖南日报12月15日讯(记者柳小新通讯员彭小娟)今天8时，湘江长沙站水位再创历史新低。",
            ["柳小新", "彭小娟"],
        ),
        ("大江网讯 实习生吴小丽、记者喻小亮报道：江西省体育工作会议在南昌召开。", ["吴小丽", "喻小亮"]),
        ("作者： 蒋 凌 稿源： 兰州日报", ["蒋凌"]),
    ],
)
def test_traditional_and_taiwan_bylines(paragraph: str, expected: list[str]) -> None:
    body = f"<h1>標題</h1><p>{paragraph}</p><p>正文。</p>"
    assert extract_authors(page(body)).authors == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "昨日上午9点，距离活动开始还有1小时，现场就围满了人。工作人员发放记者证件时，都显得手忙脚乱。",
        "记者：春运初始，南方出现雨雪天气，未来一周南方地区的雨雪天气如何发展？",  # an interviewer's turn
        "“我們用心良苦。”武主任在短信中這樣對記者說道。",  # the reporter spoken to
        "流感疫情持續升溫。（資料照，記者楊小菁攝）",  # a photographer
    ],
)
def test_no_author_read_from_running_text_or_photo_credit(paragraph: str) -> None:
    assert extract_authors(page(f"<h1>標題</h1><p>{paragraph}</p><p>正文。</p>")).authors == []


def test_name_list_stops_at_the_first_word_that_is_no_name() -> None:
    body = "<h1>標題</h1><p>LIVE:桃園 記者:劉小函 埔心火車站 砂石覆蓋</p><p>正文。</p>"
    assert extract_authors(page(body)).authors == ["劉小函"]


def test_closing_editor_in_parentheses_is_no_author() -> None:
    body_text = "第一段正文。\n有關產品的使用率正逐年升高，專家建議審慎使用。(南方都市報) (曹小明 編輯)"
    assert extract_authors(page("<h1>標題</h1><p>x</p>"), body_text).authors == []


def test_outlet_in_traditional_script_is_no_person() -> None:
    assert not is_person("星島日報")
    assert not is_person("南方都市報")
    assert not is_person("gucheng.com")
    assert is_person("邱俐穎")


def test_meta_author_holding_a_description_is_no_name_list() -> None:
    head = '<meta name="author" content="财讯网_提供股票、基金、期货与外汇市场的金融资讯">'
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>", head=head)).authors == []


def test_meta_author_shown_as_editor_yields_to_the_reporter() -> None:
    head = '<meta name="author" content="黄小文">'
    body = "<h1>标题</h1><p>正文。</p><p>编辑：黄小文 作者：</p>"
    body_text = "第一段正文。\n检验发现，部分产品不合格。（记者左小娅）"
    assert extract_authors(page(body, head=head), body_text).authors == ["左小娅"]


# --- the outlet a Chinese story's datelines credit ------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("（新华社北京1月12日电）国家统计局今天发布了最新数据。", "新华社"),
        ("新华网北京1月12日电（记者 王小明）春运第五天，大雾天气将在我国轮番上场。", "新华网"),
        ("中国日报网北京1月12日电 外交部今天举行例行记者会。", "中国日报网"),  # 网 stays in the name
        ("中评社烟台1月9日电／有网友在微博上爆料。", "中评社"),  # 台 of the place is no outlet's ending
        ("中国台湾网1月12日消息 据台湾媒体报道，经济自由度排名创新高。", "中国台湾网"),
        ("〔中央社〕天冷溫差大，醫院牙科門診最近增加許多患者。", "中央社"),
        ("（中央社記者劉小怡台北11日電）傅姓男子涉嫌詐領保險金。", "中央社"),
        ("【明報專訊】你願意為護膚品付出多少？一兩千元的洗面乳你或許眉也不皺。", "明報"),
        ("香港文匯報訊（記者 高小鈺）香港浸會大學宣布委任新院長。", "香港文匯報"),
        ("《经济通通讯社１５日专讯》发改委公告，预计煤炭供需将保持基本平衡。", "经济通通讯社"),
        ("本报讯（记者 李小明）昨天上午，市人大会议开幕。", None),  # 本报: this paper, no name
        ("据新华社北京1月12日电，国家统计局今天发布了最新数据。", None),  # a report cited
        ("电视台记者王小明报道，救援工作仍在进行。", None),  # no outlet's name, a kind of outlet
    ],
)
def test_outlet_of_an_opening_dateline(opening: str, outlet: str | None) -> None:
    body_text = f"{opening}\n第二段正文。\n第三段正文。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).organization == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("http://www.example.com 2012-01-12 16:34 中国台湾网 我要评论", "中国台湾网"),
        ("2012年01月12日09:30 中國時報 邱小穎", "中國時報"),
        ("www.example.com 2012-1-12 13:47:30 新浪财经 [字体：大 中 小]", "新浪财经"),
        ("2012-01-12 16:34 某某新闻网 我要评论", None),  # the site's own name, printed by its template
        ("2012-01-12 星期四 晴", None),
        ("2012-01-17 某洋網-某州日報 調整字體", "某洋網-某州日報"),  # a site paired with its paper
        ("2012-01-17 某洋網-國際", None),  # a site and a section: no pair of outlets
        ("2012年01月11日20:54 某果即時", "某果即時"),  # a portal's news-flash desk
        ("2012年01月17日 18:45 AB168.com 微博", "AB168.com"),  # a domain's name
        ("2012-01-12 国际 甲小乙", None),  # a section, then a person
        ("2012-01-12 国际 某华社", "某华社"),  # a section, then the outlet
        ("2019年09月11日 某某新闻网 时政新闻 1665 0", None),  # the site, then its section
    ],
)
def test_outlet_printed_after_the_date(line: str, outlet: str | None) -> None:
    body = f"<h1>标题</h1><p>{line}</p><p>正文第一段。</p>"
    assert extract_authors(page(body), "正文第一段。\n正文第二段。").organization == outlet


def test_openings_of_a_list_of_stories_credit_no_outlet() -> None:
    items = "".join(
        f"<li><p>{t}</p></li>" for t in ("【明報專訊】公司年終晚宴抽獎。", "【經濟日報專訊】QR code陷阱。")
    )
    assert extract_authors(page(f"<h1>標題</h1><ul>{items}</ul><p>正文。</p>"), "正文。").organization is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("毕竟，物以稀为贵。(金羊网)", "金羊网"),
        ("双方互动热烈。（来源：中国日报网 信小莲 编辑：北风）", "中国日报网"),
        ("不限价的疯涨对企业伤害极大。（本段摘自：黔中早报）", "黔中早报"),
        ("警員到場調查，戶主點算損失。（即時新聞）", None),  # a section, no outlet
        ("全文完。(完)", None),
    ],
)
def test_outlet_closing_the_story(closing: str, outlet: str | None) -> None:
    body_text = f"第一段正文，没有电头。\n{closing}"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).organization == outlet


def test_traditional_source_label() -> None:
    body = "<h1>標題</h1><p>鉅亨網新聞中心 (來源：財訊.COM) 2012-01-12 09:01:22</p><p>正文。</p>"
    assert extract_authors(page(body)).organization == "財訊.COM"


def test_site_description_run_on_after_the_outlet_is_cut() -> None:
    body = "<h1>標題</h1><p><span class='source'>世界新聞網 北美華文新聞、華商資訊</span></p><p>正文。</p>"
    assert extract_authors(page(body)).organization == "世界新聞網"


def test_reprint_policy_is_no_credit_but_a_notice_beside_it_is() -> None:
    policy = "<p>凡本网注明“稿件来源：某某日报”的所有稿件，版权均属某某日报社所有。</p>"
    body = f"<h1>标题</h1><p>2011-12-9 13:04 法制晚报</p><p>正文。</p>{policy}"
    assert extract_authors(page(body), "正文。").organization == "法制晚报"
    notice = (
        "<p>（本文来自无锡交警，转载请注明出处。）"
        "版权声明：凡注明“来源：无锡交警”的作品，版权均属无锡交警所有。</p>"
    )
    assert extract_authors(page(f"<h1>标题</h1><p>正文。</p>{notice}"), "正文。").organization == "无锡交警"


def test_source_label_right_after_the_story() -> None:
    paragraphs = "".join(
        f"<p>第{i}段正文，姚明第一次与大熊猫有了亲密接触，现场上百名记者蜂拥而至。</p>" for i in range(8)
    )
    html = (
        "<html><head><title>姚明看熊猫_某某网</title></head><body><div id='nav'>首页 新闻</div>"
        f"<h1>姚明看熊猫</h1><div class='content'>{paragraphs}</div>"
        "<div>[推荐] [收藏] [打印] [关闭]</div><div>文章來源: 華西都市報 責任編輯: 悠悠</div></body></html>"
    )
    assert extract(html.encode(), url="https://news.example.cn/a/1.html").sourceOrganization == "華西都市報"


# --- precision on Chinese portals: chrome words, other stories' credits, the site's own label ---------


_PROSE = "<p>" + "春节临近，各地火车站客流持续增加，铁路部门加开临客。" * 3 + "</p>"


def test_menu_word_after_a_word_ending_in_wen_is_no_credit() -> None:
    body = f'<h1>标题</h1>{_PROSE}<ul class="links"><li><p>文化 | 人文 | 酷车 | 游记</p></li></ul>'
    assert extract_authors(page(body)).authors == []


def test_linked_title_of_another_story_is_no_credit() -> None:
    related = '<ul><li><p><a href="/b.html">口述：李明远 用了十七根香烟的时间</a></p></li></ul>'
    body = f"<h1>标题</h1>{_PROSE}{related}"
    assert extract_authors(page(body)).authors == []


def test_forum_widget_poster_and_comment_counter_are_no_byline() -> None:
    widget = '<div class="jhtb-author">总是上当：不看不知道</div><div class="jhtb-author">哦了 的原贴：</div>'
    counter = (
        '<div class="author"><div class="talk"><span class="red">正有</span> 2 人评论 我来说两句</div></div>'
    )
    assert extract_authors(page(f"<h1>标题</h1>{counter}{_PROSE}{widget}")).authors == []


@pytest.mark.parametrize(
    "line",
    [
        "温家宝总理在记者会上表示，改革到了攻坚阶段",
        "截至记者发稿时，大火已被扑灭。",
        "陈市长泪洒记者招待会",
    ],
)
def test_press_conference_and_deadline_name_no_reporter(line: str) -> None:
    assert extract_authors(page(f"<h1>标题</h1><p>{line}</p>{_PROSE}")).authors == []


def test_run_on_words_after_a_name_are_dropped() -> None:
    # "X 编制" credits a chart's maker, no writer: the dateline's reporters are the authors.
    chart = "<h1>标题</h1><p>图表：香港一旅游团发生车祸 新华社记者 曲振东 编制</p>" + _PROSE
    assert extract_authors(page(chart)).authors == []
    closing = "<h1>标题</h1>" + _PROSE + "<p>" + "行情出现短暂异常，特此公告。" * 3 + "（王霄 发自上海）</p>"
    assert extract_authors(page(closing), closing.replace("<h1>标题</h1>", "")).authors == ["王霄"]


def test_closing_photo_credit_weekday_and_player_label_are_no_author() -> None:
    caption = "<p>" + "工作人员展示首天发行的龙年邮票产品，吸引众多市民。" * 2 + "(李敏摄)</p>"
    weekday = "<p>" + "中心为有特别需要的儿童提供训练和照顾服务。" * 3 + "（星期二）</p>"
    for tail in (caption, weekday):
        assert extract_authors(page(f"<h1>标题</h1>{_PROSE}{tail}")).authors == []


def test_meta_author_that_is_the_linked_sites_label_is_no_person() -> None:
    links = "".join(f'<a href="http://www.chinanews.com/n/{i}.shtml">新闻{i}</a>' for i in range(5))
    html = (
        '<html><head><title>标题-中新网</title><meta name="author" content="chinanews"></head>'
        f"<body><h1>标题</h1>{_PROSE}{links}</body></html>"
    )
    assert extract_authors(parse_page(html, None)).authors == []


def test_taiwan_bracketed_credit_with_the_place_run_on() -> None:
    lead = "【台灣醒報記者潘姿羽台北報導】春節期間，民眾若不小心吃壞肚子該怎麼辦？"
    body = f"<h1>标题</h1><p>{lead}{'健保局提醒民眾。' * 4}</p>"
    assert extract_authors(page(body)).authors == ["潘姿羽"]
    # A place that a city word closes leaves the cut unknown: no name rather than a wrong one.
    ambiguous = "<h1>标题</h1><p>【記者李軍高雄市報導】</p>" + _PROSE
    assert extract_authors(page(ambiguous)).authors == []


# --- credits of other items below the article ----------------------------------------------------

_STORY = "".join(
    f"<p>{'春节期间，民众若不小心吃坏肚子该怎么办？健保局提醒民众注意饮食卫生。' * 3}</p>" for _ in range(6)
)
_BOOK = (
    '<div class="books"><div class="item"><h3><a href="/books/1599.html">幸福花嫁的决定</a></h3>'
    '<div class="author">作者：韩小瑜</div>'
    '<p>本书特色……《<a href="/books/1599.html">详全文</a>》</p></div></div>'
)


def _chinese_page(article: str, after: str = "", head: str = "") -> list[str]:
    html = (
        f'<html lang="zh-TW"><head><title>流感病例频传_某某新闻网</title>{head}</head><body>'
        f'<div id="main"><h1>流感病例频传</h1><div class="content">{article}</div>{after}</div></body></html>'
    )
    return extract(html.encode(), url="https://news.example.tw/a/1.html").authors


def test_a_books_author_below_the_article_is_no_author() -> None:
    assert _chinese_page(_STORY, _BOOK) == []
    dateline = "<p>新华社柏林1月10日电 （记者郭小洋）德国“抗生鸡”事件9日一经曝光，便惹得舆论哗然。</p>"
    assert _chinese_page(dateline + _STORY, _BOOK) == ["郭小洋"]  # the book no longer hides the reporter


_PROSE_EN = "".join(f"<p>{'The grinder test ran a week on three machines. ' * 8}</p>" for _ in range(6))


def _english_page(after: str, byline: str = "") -> list[str]:
    html = (
        '<html lang="en"><head><title>Grinders compared</title></head><body>'
        f'<div id="main"><article><h1>Grinders compared</h1>{byline}<div class="entry">{_PROSE_EN}</div>'
        f"</article>{after}</div></body></html>"
    )
    return extract(html.encode(), url="https://coffee.example.com/grinders").authors


def test_an_author_box_closing_an_english_article_stays_its_author() -> None:
    about = '<div class="bio"><h3>About the author</h3><div class="author-name">Jane Doe</div></div>'
    assert _english_page(about) == ["Jane Doe"]
    named = (
        '<div class="bio"><h3><a href="/author/jane-doe">Jane Doe</a></h3>'
        '<div class="author-name">Jane Doe</div><p>Jane tests kitchen gear.</p></div>'
    )
    assert _english_page(named) == ["Jane Doe"]


def test_a_related_storys_byline_is_no_author_unless_every_item_shows_it() -> None:
    def card(title: str, name: str) -> str:
        heading = f'<h3><a href="/{title}">{title}</a></h3>'
        return f'<div class="card">{heading}<span class="author">{name}</span></div>'

    assert _english_page(card("Kettles ranked", "John Roe")) == []
    several = card("Kettles ranked", "John Roe") + card("Scales ranked", "John Roe")
    assert _english_page(several) == ["John Roe"]  # one person's site: every post shows its owner


def test_meta_author_shown_only_as_editor_is_no_author() -> None:
    head = '<meta name="author" content="黄小文">'
    body = "<h1>标题</h1><p>正文。</p><p>责任编辑：黄小文</p>"
    assert extract_authors(page(body, head=head), "第一段正文。\n第二段正文。").authors == []


def test_a_person_glued_to_the_outlet_in_a_datelines_credit() -> None:
    dateline = "新华网北京1月12日电 （新华网张小萍 中国气象网记者颜小昕）"
    body_text = f"{dateline}春运第五天，大雾天气将在我国轮番上场。\n第二段。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == ["张小萍", "颜小昕"]


def test_a_person_between_the_closing_source_and_the_editor_is_the_writer() -> None:
    body_text = "第一段正文，没有电头。\n双方互动热烈。（来源：中国日报网 信小莲 编辑：北风）"
    result = extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text)
    assert (result.authors, result.organization) == (["信小莲"], "中国日报网")


# --- Chinese credits in more forms: ASCII parentheses, closing credits, info bars --------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("某某网上海3月2日电(记者甲小乙)市气象台今天发布寒潮预警，全市将迎来大幅降温过程。", ["甲小乙"]),
        (
            "某某日报3月2日讯(记者 周小明 通讯员 吴小红)今天8时，江水位再创历史新低，有关部门紧急会商。",
            ["周小明", "吴小红"],
        ),
        (
            "某某晚报讯 (记者/孙小阳 通讯员/郑小海)铁路部门日前公布，春运期间车站将加强实名验证。",
            ["孙小阳", "郑小海"],
        ),
        (
            "某某网3月2日讯（钱小举） 一个建议让白酒股价一度大跌，临近春节的传统旺季里股价面临压力。",
            ["钱小举"],
        ),
        (
            "某某报讯（记者 冯小川/文 通讯员 陈小贝/图）献血活动昨日在市中心广场举行，市民踊跃参与。",
            ["冯小川"],
        ),
    ],
)
def test_dateline_credits_in_ascii_parentheses_and_bare_names(opening: str, expected: list[str]) -> None:
    body_text = f"{opening}\n第二段正文。\n第三段正文。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == expected


def test_dateline_lists_the_correspondent_the_header_byline_leaves_out() -> None:
    body = "<h1>标题</h1><p>作者：甲小乙</p><p>正文。</p>"
    body_text = "某某网3月2日消息(某某网记者甲小乙 通讯员丙 丁)春节将至，安全检查全面展开。\n第二段正文。"
    assert extract_authors(page(body), body_text).authors == ["甲小乙", "丙丁"]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("检查发现景区存在四方面问题，包括价格标示不清等。记者甲小乙", ["甲小乙"]),
        ("衛生局將持續加強抽驗，確保民眾吃得安心。（丙小丁報導）", ["丙小丁"]),
        ("公司表示扭亏的主要原因为销售收入增加。(某景网/戊小己)", ["戊小己"]),
        ("各月份的产能利用率都处在狭窄区间内。(庚辛/编译)", ["庚辛"]),
        ("该基金发行的中长期债券收益率扩大8个基点。(壬小癸 编译)", ["壬小癸"]),
        ("近60年来幼童死亡人數首度低於1000萬。（譯者：某央社子小丑）", ["子小丑"]),
        ("这是一段没有署名的结尾。(李小沐 编辑)", []),  # an editor
        ("据记者统计，共有五家企业参与。记者发现", []),  # running text, no name
    ],
)
def test_closing_credits_name_the_writer(closing: str, expected: list[str]) -> None:
    body_text = f"第一段正文，没有电头。\n{closing}"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == expected


def test_reported_credit_on_its_own_line_after_the_lead() -> None:
    body_text = "南投縣衛生局抽驗年節食品，不合格率百分之2點2。\n（丙小丁報導）\n第三段正文。\n第四段正文。"
    assert extract_authors(page("<h1>標題</h1><p>正文。</p>"), body_text).authors == ["丙小丁"]


@pytest.mark.parametrize(
    ("bar", "author", "outlet"),
    [
        ("2012年03月02日11:03 某某质量网 甲小乙 我要评论(0)", ["甲小乙"], "某某质量网"),
        ("发布时间： 2012-03-02 20:52 来源： 某景网 丙小丁", ["丙小丁"], "某景网"),
        ("时间 2012-3-2 17:58:00 来源 某财网 戊小己", ["戊小己"], "某财网"),
        ("2012年03月02日11:21 21世纪网 我要评论 ( 0 )", [], "21世纪网"),
        ("某活健康資訊網╱uho新聞中心庚小辛 2012-03-02 10:50", ["庚小辛"], "某活健康資訊網"),
        ("【某合報╱記者壬小癸／台北報導】", ["壬小癸"], "某合報"),
        ("2012-03-02 某某网 新浪微博 我要评论", [], "某某网"),  # a share link is no person
    ],
)
def test_info_bar_credits_outlet_and_writer(bar: str, author: list[str], outlet: str) -> None:
    r = extract_authors(
        page(f"<h1>标题</h1><div>{bar}</div><p>正文第一段。</p>"), "正文第一段。\n正文第二段。"
    )
    assert (r.authors, r.organization) == (author, outlet)


def test_info_bar_set_one_field_per_element() -> None:
    bar = "<ul><li>http://www.example.cn</li><li>2012-03-02 08:01</li><li>某浪科技</li><li>我要评论</li></ul>"
    r = extract_authors(page(f"<h1>标题</h1>{bar}<p>正文第一段。</p>"), "正文第一段。\n正文第二段。")
    assert r.organization == "某浪科技"
    bar = "<ul><li>2012-03-02 01:30</li><li>某報</li><li>【（子小丑／四川成都）】</li></ul>"
    r = extract_authors(page(f"<h1>標題</h1>{bar}<p>正文第一段。</p>"), "正文第一段。\n正文第二段。")
    assert (r.authors, r.organization) == (["子小丑"], "某報")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("本文来源于 《某经网》 2012年03月02日 19:13 我要评论（ 0 ）", "某经网"),
        ("摘自某京晚报", "某京晚报"),
    ],
)
def test_source_phrasings_without_a_colon(line: str, outlet: str) -> None:
    body = f"<h1>标题</h1><p>2012-03-02 17:10</p><p>{line}</p><p>正文第一段。</p>"
    assert extract_authors(page(body), "正文第一段。\n正文第二段。").organization == outlet


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("[某华财讯]近日，某啤酒疫苗研究宣告失败，股价大幅下挫。", "某华财讯"),
        ("[快讯]近日，股价大幅下挫。", None),
    ],
)
def test_agency_tag_in_square_brackets(opening: str, outlet: str | None) -> None:
    body_text = f"{opening}\n第二段正文。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).organization == outlet


def test_picture_credit_under_the_source_label_is_no_outlet() -> None:
    body = "<h1>标题</h1><p>2012-03-02 16:56</p><p>来源：资料图</p><p>正文第一段。</p><p>来源：某国网</p>"
    assert extract_authors(page(body), "正文第一段。\n正文第二段。").organization == "某国网"


def test_breadcrumb_and_desk_are_no_outlet_and_reporter() -> None:
    body = "<h1>標題</h1><p>某視新聞網 / 政治</p><p>國際中心／綜合報導</p><p>正文第一段。</p>"
    r = extract_authors(page(body), "正文第一段。\n正文第二段。")
    assert (r.authors, r.organization) == ([], None)


def test_edge_lines_read_the_first_and_last_non_blank_lines_from_the_edges() -> None:
    from newscrawl.extract.zhcredits import edge_lines

    body = "\n  \n（记者 张三）\r\nfirst\n" + "middle\n" * 2000 + "last but one\r\n\n（李四）\n \n"
    assert edge_lines(body, 2) == ["（记者 张三）", "first"]
    assert edge_lines(body, 2, last=True) == ["last but one", "（李四）"]
    assert edge_lines("only\n\n", 2) == ["only"]
    assert edge_lines("", 2, last=True) == []


def test_a_latin_name_after_a_chinese_label_is_the_writer() -> None:
    prose = "今年冬天的夜空格外热闹，几场流星雨和行星合月将陆续上演，天文爱好者可以提前做好准备。" * 3
    for credit, expected in [
        ("作者：Steed", ["Steed"]),
        ("作者：Steed (微博) (业余天文爱好者，某网频道主编，曾在紫金山天文台研究宇宙学多年)", ["Steed"]),
        ("记者 Tom Lee", ["Tom Lee"]),
        ("记者 Tom Lee 摄", []),  # the photographer
        ("作者：CNN 编辑：张三", []),  # an outlet, and an editor
    ]:
        html = f"<h1>冬季天象观测指南</h1><p><strong>{credit}</strong></p><p>{prose}</p>"
        assert extract_authors(page(html)).authors == expected, credit


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


def test_zh_signature_place_and_job_after_the_name_are_no_persons() -> None:
    # A reader's signature sets a place and an occupation after the name, space-separated.
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("作者：王小明\u3000浙江杭州\u3000教師") == ["王小明"]
    for word in ("江蘇南通", "職員", "杭州市"):
        assert not is_person(word)
    for name in ("林安鎮", "吉林生"):  # a town's suffix, a province's characters: names
        assert is_person(name)


def test_zh_bracketed_reporter_then_place_opens_the_paragraph() -> None:
    from newscrawl.extract.zhcredits import opening_credits, zh_labelled

    para = "【陳小華╱高雄報導】冬天到了，市政府昨天宣布多項防寒措施，" + "提醒民眾注意保暖並多喝溫水。" * 3
    assert zh_labelled(para) == ["陳小華"]
    assert opening_credits([para]) == ["陳小華"]
    assert zh_labelled("【張大明、李小文／綜合報導】") == ["張大明", "李小文"]
    assert zh_labelled("【中央社╱台北報導】") == []  # the agency, no person


def test_zh_parenthesis_annotating_a_role_credit_is_no_closing_credit() -> None:
    from newscrawl.extract.zhcredits import paren_tail

    assert paren_tail("模特兒╱黃小美(星光經紀)") == []
    assert paren_tail("天氣轉冷，民眾應注意保暖。（王大同）") == ["王大同"]


def test_zh_chart_maker_is_no_writer() -> None:
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("图表：某地发生车祸 新华社记者 王小华 编制") == []
    assert zh_labelled("新华网长春12月9日电（记者王小华 李大明）据有关部门消息") == ["王小华", "李大明"]


def test_zh_and_inside_a_name_does_not_split_it() -> None:
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("◎ 記者林和謙/採訪報導") == ["林和謙"]
    assert split_names("欧阳和平") == ["欧阳和平"]
    assert split_names("张三和李四") == ["张三", "李四"]


def test_marked_source_with_a_number_in_its_name_is_the_outlet() -> None:
    body = (
        '<h1>煤价指数</h1><div><span id="pub_date">2011年12月14日 15:24</span> '
        '<span id="media_name"><a href="/x">新华08网</a></span></div><p>正文。</p>'
    )
    assert extract_authors(page(body)).organization == "新华08网"


def test_marked_source_holding_a_count_is_no_outlet() -> None:
    body = '<h1>煤价指数</h1><div><span class="source">阅读 1024</span></div><p>正文。</p>'
    assert extract_authors(page(body)).organization is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("腾讯科技讯（无忌）北京时间1月17日消息，据国外媒体报道", "腾讯科技"),
        ("新浪科技讯 1月17日下午消息，某公司今日宣布", "新浪科技"),
        ("快讯 1月17日消息，某公司今日宣布", None),
        ("本网讯（记者 张三）1月17日，某公司今日宣布", None),
        ("腾讯科技讯称，某公司今日宣布", None),  # no credit or day after the tag
    ],
)
def test_a_desks_news_tag_opening_the_text_credits_its_outlet(text: str, outlet: str | None) -> None:
    assert opening_outlet(text) == outlet


def test_source_label_naming_the_sites_desk_beats_the_sites_own_copyright_notice() -> None:
    body = (
        "<h1>标题</h1><p>2012年01月17日 18:06 来源：凤凰网科技</p><p>正文。</p>"
        "<p>版权声明：来源凤凰网科技频道的所有文字，版权均属凤凰网所有。</p>"
    )
    r = extract_authors(page(body, title="标题_科技频道_凤凰网"))
    assert r.organization == "凤凰网科技"


def test_outlet_set_before_the_stories_date_alone_on_its_line() -> None:
    body = "<h1>无毒大扫除迎新年</h1><cite>优活健康资讯网 (2012-01-12 11:33)</cite><p>正文。</p>"
    assert extract_authors(page(body)).organization == "优活健康资讯网"


@pytest.mark.parametrize(("name", "outlet"), [("某視", "某視"), ("影視", None), ("電視", None)])
def test_broadcasters_short_name_before_the_stories_date(name: str, outlet: str | None) -> None:
    body = f"<h1>健檢漏看腫瘤</h1><cite>{name} (2012-01-17 14:55)</cite><p>正文。</p>"
    assert extract_authors(page(body, title="健檢漏看腫瘤")).organization == outlet


def test_desk_set_between_the_date_and_the_outlet_is_skipped() -> None:
    bar = "<div>2012-01-12</div><div>新聞速報</div><div>某央社</div>"
    r = extract_authors(page(f"<h1>標題</h1>{bar}<p>正文第一段。</p>"), "正文第一段。\n正文第二段。")
    assert r.organization == "某央社"


def test_outlet_after_the_date_is_preferred_to_the_agency_dateline() -> None:
    body = "<h1>標題</h1><p>2012-01-17 某國新聞網</p><p>某新社北京1月17日電 (記者 甲小乙)正文。</p>"
    body_text = "某新社北京1月17日電 (記者 甲小乙)正文。\n正文第二段。"
    r = extract_authors(page(body, title="標題 - 某浪網 - 新聞"), body_text)  # 新聞: no site's own name
    assert (r.authors, r.organization) == (["甲小乙"], "某國新聞網")


def test_agency_releasing_the_picture_page_is_the_outlet_not_its_photographer() -> None:
    body_text = "大熊猫幼仔近日开始群体生活。 某新社发 甲小乙 摄"
    r = extract_authors(page("<h1>标题</h1><p>大熊猫幼仔近日开始群体生活。</p>"), body_text)
    assert (r.authors, r.organization) == ([], "某新社")


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("编译/记者 甲小乙 丙小丁", ["甲小乙", "丙小丁"]),  # the reporter translated the text
        ("編譯/記者 甲小乙", ["甲小乙"]),
        ("文/圖記者甲小乙、丙小丁實習生戊小己", ["甲小乙", "丙小丁", "戊小己"]),  # text and pictures
        ("文/圖 甲小乙、丙小丁", ["甲小乙", "丙小丁"]),
        ("甲小乙 丙小丁文/圖", ["甲小乙", "丙小丁"]),  # the role after the names
        ("甲小乙/文", ["甲小乙"]),
        ("编辑/记者 甲小乙", []),  # an editor
        ("美术设计/文", []),  # no person's name
    ],
)
def test_zh_role_pair_credits_a_writer(credit: str, authors: list[str]) -> None:
    assert [
        n for names in labelled_credits(head_lines(page(f"<h1>标题</h1><p>{credit}</p>"))) for n in names
    ] == authors


def test_zh_reporter_closing_the_story_before_a_disclaimer() -> None:
    body_text = (
        "第一段正文。\n大熊猫将赴法国。编译/记者 甲小乙 丙小丁\n图为大熊猫。供图/CFP\n"
        "免责声明：本文仅代表作者个人观点，与本站无关。"
    )
    r = extract_authors(page("<h1>标题</h1><p>第一段正文。</p>"), body_text)
    assert r.authors == ["甲小乙", "丙小丁"]


def test_person_set_before_the_stories_date_is_no_outlet() -> None:
    body = "<h1>无毒大扫除迎新年</h1><cite>林又旻 (2012-01-12 11:33)</cite><p>正文。</p>"
    assert extract_authors(page(body)).organization is None


def test_provider_marked_in_the_byline_is_the_outlet() -> None:
    body = (
        '<div><h1>港铁农历新年加强服务</h1><cite class="byline vcard">'
        '<span class="provider org">星岛日报</span> – <abbr title="2012-01-12T08:45:00Z">3小时前</abbr>'
        "</cite></div><p>正文。</p>"
    )
    r = extract_authors(page(body, title="港铁农历新年加强服务 - Portal!"))
    assert r.organization == "星岛日报"


def test_co_writers_in_brackets_after_the_lead_writer_are_credited() -> None:
    assert _english("<p>Par Lise Exemple (avec Paul Exemple et Anne Modèle)</p>") == [
        "Lise Exemple",
        "Paul Exemple",
        "Anne Modèle",
    ]
    assert _english("<p>By Jane Sample (with John Example)</p>") == ["Jane Sample", "John Example"]
    assert split_names("Jane Sample (with John Example and Ann Poe)") == [
        "Jane Sample",
        "John Example",
        "Ann Poe",
    ]


def test_a_comma_list_of_account_names_after_posted_by() -> None:
    assert _english("<p>Posted by kgrind, BeanCo, tamper on 2019-02-15, all posts</p>") == [
        "kgrind",
        "BeanCo",
        "tamper",
    ]


def test_a_pictures_credit_or_a_preparers_institution_is_no_author() -> None:
    portrait = "<p><img src='/me.jpg' alt='me'><br><em>Portrait by <a href='/p'>Gus Example</a></em></p>"
    assert _english(portrait) == []
    prepared = "<h3>Prepared by <a href='/e'>Ann Sample,</a> Example State University</h3>"
    assert _english(prepared) == []
    assert not is_person("Example State University")


def test_a_catalogues_surname_first_meta_author_is_read_in_order() -> None:
    head = '<meta name="DC.Creator" content="Roe, J."><meta name="DC.Creator" content="Berg, Anna van">'
    p = page(
        "<article><h1>A draft</h1><p>" + "Text of the draft. " * 40 + "</p></article>", head=head, lang="en"
    )
    assert extract_authors(p, "").authors == ["J. Roe", "Anna van Berg"]
    two = page(
        "<article><h1>A draft</h1></article>", head='<meta name="author" content="Doe, Roe">', lang="en"
    )
    assert extract_authors(two, "").authors != ["Roe Doe"]


def test_a_nickname_in_brackets_stays_in_the_name_but_an_outlet_does_not() -> None:
    assert _english("<p class='byline'>By Robert (R.J.) Sample</p>") == ["Robert (R.J.) Sample"]
    assert _english("<p>By Jane Sample (Reuters) Washington</p>") == ["Jane Sample"]


def test_a_most_read_cards_byline_is_that_storys_not_the_articles() -> None:
    card = (
        "<li><a href='/other-{0}'>Tide tables rewritten after a long winter</a>"
        "<span class='byline'><a href='/writer/{0}'>{0} Example</a></span></li>"
    )
    cards = f"<ul class='mostread'>{card.format('Kim')}{card.format('Lou')}</ul>"
    p = page(
        f"{cards}<article><h1>Grinders compared</h1><p>{'The grinder test ran a week. ' * 30}</p></article>",
        title="Grinders compared",
        lang="en",
    )
    assert extract_authors(p, "").authors == []
    own = (
        "<ul class='meta'><li><span class='byline'>By <a href='/writer/kim'>Kim Example</a></span></li></ul>"
    )
    assert _english(own) == ["Kim Example"]


# --- literal pre-tests before the case-blind patterns ---------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe, Senior WRITER", "Jane Doe"),
        ("Jane Doe, ſtaff Writer", "Jane Doe"),  # "ſ" is an "s" to case-blind matching
        ("Jane Doe Correſpondent", "Jane Doe"),
        ("AUTHOR: Jane Doe", "Jane Doe"),
        ("The Acme Editors", "The Acme Editors"),  # a team credit keeps its role word
        ("Jane\u2003 Doe\t", "Jane Doe"),
        ("- \u3000Jane Doe -", "Jane Doe"),
        ("Jane Doe jd@example.com", "Jane Doe"),
    ],
)
def test_clean_name_reads_labels_roles_and_spaces_in_any_case(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


def test_split_names_keeps_an_organisations_ampersand_and_splits_on_joining_words() -> None:
    assert split_names("Campus Maps & Locations") == ["Campus Maps & Locations"]
    assert split_names("Jane Doe y John Roe") == ["Jane Doe", "John Roe"]
    assert split_names("Jane Doe") == ["Jane Doe"]


def test_a_notice_far_below_the_headline_still_credits_the_outlet() -> None:
    filler = "".join(f"<p>{'Paragraph text about the harbour and the weather. ' * 8}</p>" for _ in range(6))
    html = (
        "<h1>Harbour works begin next spring</h1>"
        f"{filler}<p>This story was originally published by Coastal Daily Herald.</p>"
    )
    p = page(html, title="Harbour works begin next spring", lang="en")
    ev = scan_head(head_lines(p), set())
    assert ev.notices == ["Coastal Daily Herald"]
    assert ev.labelled == []


def test_enclosing_link_reaches_three_levels_only() -> None:
    from lxml.html import fromstring

    from newscrawl.extract.bylinemarks import enclosing_link

    near = fromstring('<div><a href="/author/jane-doe"><span><b><i>Jane Doe</i></b></span></a></div>')
    assert enclosing_link(near.find(".//i")) is near.find(".//a")
    far = fromstring('<div><a href="/x"><span><b><i><em>Jane Doe</em></i></b></span></a></div>')
    assert enclosing_link(far.find(".//em")) is None  # the link sits four levels up
    assert enclosing_link(near.find(".//a")) is None  # no link above the link itself


def test_source_classed_reads_the_marks_only() -> None:
    from lxml.html import fromstring

    from newscrawl.extract.outletmarks import _source_classed

    assert _source_classed(fromstring('<span class="article-source">新华社</span>'))
    assert _source_classed(fromstring('<span id="media_name">新华社</span>'))
    assert not _source_classed(fromstring("<span>新华社</span>"))
    assert not _source_classed(fromstring('<a href="/source-code" class="link">x</a>'))  # not a mark


def test_a_byline_name_element_classed_like_a_source_is_no_outlet() -> None:
    # "author-name" marks a Chinese platform's account, but on most sites it is the byline's name.
    story = "<p>Enterprise technology investment keeps growing, and the hard part has moved on.</p>" * 6
    for byline in (
        "<p class='text-muted post-author-name author'>by Victoria Gayle</p>",
        "<div class='author-name-wrap'><span>By</span> <a class='author-name' href='/author/eric-hansen/'>"
        "Eric Hansen</a></div>",
    ):
        html = (
            "<html><head><title>How the cloud shapes AI</title></head><body>"
            f"<h1>How the cloud shapes AI</h1>{byline}{story}</body></html>"
        )
        article = extract(html.encode(), url="https://news.example.com/2025/12/cloud-ai")
        assert len(article.authors) == 1
        assert article.authors[0] in byline
        assert article.sourceOrganization is None


def test_a_one_word_handle_in_the_author_name_element_by_the_headline_is_credited() -> None:
    story = "<p>Planning a wedding starts with a budget, a guest list and a date.</p>" * 6
    html = (
        "<html><head><title>Wedding planning tools</title></head><body><h1>Wedding planning tools</h1>"
        f"<div class='post-meta'><span class='author-name'>Susan</span></div>{story}</body></html>"
    )
    assert extract(html.encode()).authors == ["Susan"]
    # The same word in running text near the headline credits nobody.
    plain = html.replace("<span class='author-name'>Susan</span>", "Susan")
    assert extract(plain.encode()).authors == []


def test_a_byline_classed_maker_credit_names_the_maker_not_the_thing_made() -> None:
    # A footer credit in a byline-classed element: "Websites by X" credits X (no person), never "Websites".
    footer = "<span class='cpBylineText'>Government Websites by <a href='/cms'>CivicPlus</a></span>"
    prose = "Permits are issued at the front desk on weekdays. " * 8
    body = f"<h1>Building Department</h1><p>{prose}</p><footer>{footer}</footer>"
    html = f"<html><head><title>Building Department</title></head><body>{body}</body></html>"
    assert extract(html, url="https://town.example/building").authors == []


def test_updated_by_in_the_byline_credits_the_writer_only() -> None:
    byline = (
        "<div class='byline'>"
        "<span class='byline__group'>Updated by <a href='/people/bo-chan/'>Bo Chan</a></span>"
        "<span class='byline__group'>By <a href='/people/ann-lee/'>Ann Lee</a></span></div>"
    )
    body = f"<h1>Your car checklist</h1>{byline}<p>{'Check the oil every month. ' * 10}</p>"
    assert extract_authors(page(body, title="Your car checklist", lang="en")).authors == ["Ann Lee"]
