from __future__ import annotations

from newscrawl.extract.headline import extract_headline
from newscrawl.page import parse_page


def _headline(html: str) -> tuple[str | None, str | None]:
    return extract_headline(parse_page(html, "https://news.example/a.html"))


def test_visible_h1_confirmed_by_og_title_wins_over_title_with_site_name() -> None:
    html = """<title>Rates held again - Daily Ledger</title>
    <meta property="og:title" content="Rates held again"><body><h1>Rates held again</h1><p>x</p></body>"""
    assert _headline(html) == ("Rates held again", "dom")


def test_logo_h1_is_not_taken_when_metadata_disagrees() -> None:
    html = """<title>Harbour ferry fares frozen | Coast Post</title>
    <meta property="og:site_name" content="Coast Post"><body><h1>Coast Post</h1><p>x</p></body>"""
    assert _headline(html) == ("Harbour ferry fares frozen", "title")


def test_chinese_title_split_on_bare_dash_keeps_the_long_part() -> None:
    html = "<title>阿里发布新一代芯片 性能提升三成-电子技术网</title><body><p>正文</p></body>"
    assert _headline(html)[0] == "阿里发布新一代芯片 性能提升三成"


def test_page_without_h1_uses_an_element_named_like_a_title_matching_a_title_part() -> None:
    html = """<title>专栏频道--山区小学用上了新图书馆</title><body>
    <div class="art_title">山区小学用上了新图书馆</div><p>正文</p></body>"""
    assert _headline(html) == ("山区小学用上了新图书馆", "dom")


def test_headline_starting_with_a_column_name_is_kept_whole() -> None:
    html = """<title>专栏 | 城市更新的下一步 - 南岭晚报</title>
    <body><h1>专栏 | 城市更新的下一步</h1><p>x</p></body>"""
    assert _headline(html)[0] == "专栏 | 城市更新的下一步"


def test_capitalised_h1_takes_the_casing_of_the_matching_og_title() -> None:
    html = """<title>Keeping Bees on a Balcony | Urban Garden</title>
    <meta property="og:title" content="Keeping Bees on a Balcony">
    <body><h1>KEEPING BEES ON A BALCONY</h1><p>x</p></body>"""
    assert _headline(html) == ("Keeping Bees on a Balcony", "dom")


def test_line_break_inside_h1_separates_words() -> None:
    html = """<title>Night Trains Return | Rail Weekly</title>
    <body><main><h1>NIGHT<br>TRAINS <span>RETURN</span></h1><p>x</p></main></body>"""
    assert _headline(html)[0] == "Night Trains Return"


def test_dateline_and_byline_glued_to_the_h1_are_left_out() -> None:
    dated = """<meta property="og:title" content="Packaging a library for three distros">
    <body><article><header><h1><time>Mar 4 2025</time> Packaging a library for three distros</h1>
    </header><p>x</p></article></body>"""
    assert _headline(dated)[0] == "Packaging a library for three distros"
    bylined = """<meta property="og:title" content="Five ways to cut cloud costs">
    <body><div class="hero"><h1>Five ways to cut cloud costs
    <small>Posted on May 2, 2024 by admin</small></h1>
    </div><p>x</p></body>"""
    assert _headline(bylined)[0] == "Five ways to cut cloud costs"


def test_site_name_and_section_label_after_the_h1_are_left_out() -> None:
    site = """<meta property="og:site_name" content="Gallery Notes">
    <body><div class="post"><h1>Ten shows worth the trip this spring – Gallery Notes</h1></div>
    <p>x</p></body>"""
    assert _headline(site)[0] == "Ten shows worth the trip this spring"
    section = """<meta property="og:title" content="Why the library needs late hours | Opinion">
    <body><article><h1>Why the library needs late hours | Opinion</h1><p>x</p></article></body>"""
    assert _headline(section)[0] == "Why the library needs late hours"


def test_h1_that_copies_the_whole_title_drops_section_and_site() -> None:
    html = """<title>How to ease a toddler's bedtime | Parent Guides | Lakeside Clinic</title>
    <body><div><h1>How to ease a toddler's bedtime | Parent Guides | Lakeside Clinic</h1></div>
    <p>x</p></body>"""
    assert _headline(html)[0] == "How to ease a toddler's bedtime"


def test_escaped_entity_in_h1_is_read_as_its_character() -> None:
    html = """<meta property="og:title" content="Sales &amp; Tax Tools for 2026">
    <body><h1>Sales &amp;#x26; Tax Tools for 2026</h1><p>x</p></body>"""
    assert _headline(html)[0] == "Sales & Tax Tools for 2026"


def test_visible_h1_beats_an_seo_og_title_on_the_same_topic() -> None:
    html = """<title>Best Standing Desks, Ranked | Office Lab</title>
    <meta property="og:title" content="Best Standing Desks, Ranked">
    <body><header class="site"><a href="/">Office Lab</a><nav><a href="/a">A</a></nav></header>
    <main><h1>We Tested 30 Standing Desks and These Are the Best</h1><p>x</p></main>
    <footer><h1>Newsletter</h1></footer></body>"""
    assert _headline(html) == ("We Tested 30 Standing Desks and These Are the Best", "dom")


def test_h1_of_another_topic_does_not_beat_an_h2_confirmed_by_metadata() -> None:
    html = """<meta property="og:title" content="What do gardeners love about clay soil?">
    <body><div class="post"><h2>What do gardeners love about clay soil?</h2>
    <h1>But patience is what it rewards most of all</h1><p>x</p></div></body>"""
    assert _headline(html)[0] == "What do gardeners love about clay soil?"


def test_site_name_before_a_colon_in_og_title_does_not_hide_the_h1() -> None:
    html = """<meta property="og:title" content="Acme Blog: Reproducible Builds at Scale">
    <body><div><h1>Reproducible Builds at Scale</h1><h1>Why it matters</h1><p>x</p></div></body>"""
    assert _headline(html) == ("Reproducible Builds at Scale", "dom")


def test_blog_name_in_title_before_the_og_headline_is_not_the_headline() -> None:
    html = """<title>The Tinkering Parent - Building a Home Weather Station</title>
    <meta property="og:title" content="Building a Home Weather Station">
    <body><div class="site-title">The Tinkering Parent</div><p>x</p></body>"""
    assert _headline(html)[0] == "Building a Home Weather Station"


def test_double_hyphen_inside_an_english_headline_is_a_dash_not_a_separator() -> None:
    html = """<meta property="og:site_name" content="Science Weekly">
    <script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Plants Can Count--and Some Count to Five"}</script><body><p>x</p></body>"""
    assert _headline(html) == ("Plants Can Count--and Some Count to Five", "json-ld")


def test_h1_wrapped_in_an_unclosed_aside_is_still_the_headline() -> None:
    html = """<body><aside class="promo"><p>Sign up</p>
    <div><div><div><div><div><div><article><header><h1>Ferry timetable changes from June</h1></header>
    <p>x</p></article></div></div></div></div></div></div></body>"""
    assert _headline(html)[0] == "Ferry timetable changes from June"


_COLUMN_PAGE = """<html><head><title>新闻动态--某某学会官网</title></head><body>
<div class="crumb"><h3>首页 - 新闻动态</h3></div>
<div class="news"><h5>{heading}</h5><div class="ly">{line}</div>
<div class="detail"><p>5月18日，年会在重庆开幕，来自全国的三百余位学者参会。</p></div></div></body></html>"""


def test_heading_a_date_line_follows_when_the_title_names_only_site_and_column() -> None:
    html = _COLUMN_PAGE.format(
        heading="2019年人文地理学术年会在重庆成功举行！", line="发布时间：2019-05-18 来源：某某学会"
    )
    assert extract_headline(parse_page(html)) == ("2019年人文地理学术年会在重庆成功举行！", "dom")


def test_heading_without_a_date_line_under_it_is_not_taken_for_the_headline() -> None:
    html = _COLUMN_PAGE.format(heading="2019年人文地理学术年会在重庆成功举行！", line="分享到：微信 微博")
    assert extract_headline(parse_page(html))[0] != "2019年人文地理学术年会在重庆成功举行！"


def test_section_h1_that_is_a_short_title_part_loses_to_the_headline_h1() -> None:
    html = """<title>老街商铺春节照常营业 | 即時新聞 | 南城日报</title><body>
    <h1>即時新聞</h1><h1>老街商铺春节照常营业</h1><p>正文</p></body>"""
    assert _headline(html) == ("老街商铺春节照常营业", "dom")


def test_chinese_heading_keeps_its_space_rather_than_the_titles_casing() -> None:
    html = """<title>老街商铺春节照常营业 | 即時新聞 | 南城日报</title><body>
    <h1>老街商铺 春节照常营业</h1><p>正文</p></body>"""
    assert _headline(html)[0] == "老街商铺 春节照常营业"


def test_breadcrumb_h1_gives_its_last_step() -> None:
    html = """<title>冬季乾眼症增加 醫師提醒多休息 - 健康網</title><body>
    <h1>健康網 〉火線新聞 〉冬季乾眼症增加 醫師提醒多休息</h1><h1>其他新聞：</h1><p>正文</p></body>"""
    assert _headline(html) == ("冬季乾眼症增加 醫師提醒多休息", "dom")


def test_keyword_list_h1_and_title_part_are_not_headlines() -> None:
    html = """<title>市区公交线路调整 - 公交,线路,调整,市区,出行</title><body>
    <h1>相關文章關鍵字：公交 , 线路 , 调整 , 市区 , 出行</h1><p>正文</p></body>"""
    assert _headline(html) == ("市区公交线路调整", "title")


def test_title_classed_element_confirms_a_whole_part_with_spaces() -> None:
    html = """<title>市区公交线路调整 周一起实施 - 公交,线路,调整,市区,出行 - 新闻网</title><body>
    <div class="art_title">市区公交线路调整 周一起实施</div><p>正文</p></body>"""
    assert _headline(html) == ("市区公交线路调整 周一起实施", "dom")


def test_wider_cjk_headline_beats_a_longer_latin_site_part() -> None:
    html = "<title>港口新航線今日啟航 貨運量增 - Harbour News Online</title><body><p>x</p></body>"
    assert _headline(html)[0] == "港口新航線今日啟航 貨運量增"


def test_dash_in_a_number_range_is_not_a_title_separator() -> None:
    html = "<title>[公司]某控股预计扭亏 净利1900万-2900万-财经频道-某网</title><body><p>x</p></body>"
    assert _headline(html)[0] == "[公司]某控股预计扭亏 净利1900万-2900万"


def test_visible_heading_holding_a_word_the_seo_title_dropped_wins() -> None:
    html = """<title>内蒙古确保两节前农牧民工工资基本无拖欠_要闻_某新闻网</title><body>
    <h3 class="title">内蒙古9部门：确保两节前农牧民工工资基本无拖欠</h3><p>正文</p></body>"""
    assert _headline(html) == ("内蒙古9部门：确保两节前农牧民工工资基本无拖欠", "dom")


def test_bracketed_time_glued_after_the_heading_is_dropped() -> None:
    html = """<title>天冷抵抗力弱 齒源膿瘍患者多 - 某電子報</title><body>
    <h2>天冷抵抗力弱 齒源膿瘍患者多 【16:15】</h2><p>正文</p></body>"""
    assert _headline(html)[0] == "天冷抵抗力弱 齒源膿瘍患者多"


def test_title_part_after_a_site_label_colon_is_the_headline_the_page_shows() -> None:
    html = """<title>某評論新聞：看病送火車票 折射春運之殤</title><body>
    <td>【<a href="/p">打印</a>】</td><strong>看病送火車票 折射春運之殤</strong><p>正文</p></body>"""
    assert _headline(html) == ("看病送火車票 折射春運之殤", "dom")


def test_og_title_that_is_the_site_name_yields_to_the_cell_the_article_text_follows() -> None:
    html = """<title>公共電視 新聞網</title><meta property="og:title" content="某視新聞網">
    <meta property="og:site_name" content="某視新聞網"><body><table><tr>
    <td>B型流感添四死 2歲女童喪命</td></tr></table>
    <p>流感疫情來勢洶洶，根據疾管局最新的監測資料，又新增145例流感併發症病例，還有4人死亡，其中包括一名2歲女童，疾管局呼籲民眾盡速接種疫苗。</p></body>"""
    assert _headline(html) == ("B型流感添四死 2歲女童喪命", "dom")


def test_cell_a_date_line_follows_is_the_headline_when_the_title_is_the_site_name() -> None:
    html = """<title>经济参考网</title><body><table>
    <tr><td class="black18">中国商标侵权纠纷案一审审结 原告败诉</td></tr>
    <tr><td class="gray12">2011-12-08 作者：记者 某某</td></tr></table><div>正文</div></body>"""
    assert _headline(html) == ("中国商标侵权纠纷案一审审结 原告败诉", "dom")


def test_date_line_itself_is_not_taken_for_the_headline() -> None:
    html = """<title>某報</title><body><div>新聞圖片來源：某報 實際入稿日期： 2012-01-11</div>
    <div>2012-01-11 12:00</div><p>正文</p></body>"""
    assert _headline(html) == ("某報", "title")


def test_chinese_title_the_page_never_shows_is_the_site_name_not_the_headline() -> None:
    html = """<title>某某廣播公司全球資訊網</title><body><table>
    <tr><td>首頁 新聞總覽</td></tr>
    <tr><td class="big">大掃除 清潔劑千萬別混用 以免產生毒氣</td></tr>
    <tr><td>【2012/01/11 15:05 報導】</td></tr></table><div>正文</div>
    <div>本網站內容屬於某某廣播公司所有</div></body>"""
    assert _headline(html) == ("大掃除 清潔劑千萬別混用 以免產生毒氣", "dom")


def test_chinese_title_the_page_shows_in_part_stays_the_headline() -> None:
    html = """<title>山区小学用上新图书馆 学生欢喜</title><body><table>
    <tr><td><a href="/a">山区小学用上新图书馆</a></td></tr>
    <tr><td>本站公告：系统维护通知</td></tr>
    <tr><td>2012-01-11 15:05</td></tr></table><div>正文</div></body>"""
    assert _headline(html) == ("山区小学用上新图书馆 学生欢喜", "title")


def test_running_header_of_preformatted_text_is_not_a_dated_heading() -> None:
    html = """<title>draft-doe-widgets-04 - widgetSync</title><body><pre>
    Widget text of the first page.
<span class="grey">Doe                                               [Page 1]</span>
</pre><pre><span class="grey">Internet-Draft     widgetSync      December 2014</span>
    This draft describes a protocol by which widgets sync, and how servers answer them.
    It covers storing, listing, and removing documents.</pre></body>"""
    assert _headline(html) == ("draft-doe-widgets-04", "title")


def test_dublin_core_title_names_the_headline_a_document_title_puts_after_its_id() -> None:
    html = """<title>draft-doe-widgets-04 - widgetSync</title>
    <meta name="DC.Title" content="widgetSync"><body><pre>
    <span class="h1">widgetSync</span>
    Abstract: this draft describes a protocol.</pre></body>"""
    assert _headline(html) == ("widgetSync", "dom")


def test_of_several_h1s_without_metadata_the_one_over_the_body_is_the_headline() -> None:
    from newscrawl.extract.article import extract

    story = "".join(
        f"<p>Paragraph {n} about bike trails along the bayous of Houston, mile by mile.</p>" for n in range(8)
    )
    related = "<aside><h1>Next in Your Guide to Being Outside in Houston</h1></aside>"
    page = (
        "<html><head><title>Where to Bike in Houston | Houstonia</title></head><body>"
        "<header><h1><a href='/'>Houstonia</a></h1></header>"
        "<div class='widget'><h1>Related Content</h1></div>"
        "<main><h1>The Best Trails and Neighborhoods in Houston for Biking</h1>"
        f"<div class='body'>{story}</div>"
        f"</main>{related}</body></html>"
    )
    assert extract(page.encode()).headline == "The Best Trails and Neighborhoods in Houston for Biking"
    # A blog template's site name in an <h1> over the post is no headline: the title says which part is.
    blog = (
        "<html><head><title>Engora Data Blog: Small adventures with small language models</title></head>"
        "<body><div class='header'><h1>Engora Data Blog</h1></div>"
        "<div class='sidebar'><h1>Blog archive</h1></div>"
        f"<div class='post'><h3>Small adventures with small language models</h3>{story}</div></body></html>"
    )
    assert extract(blog.encode()).headline != "Engora Data Blog"


def test_a_chinese_title_shown_without_its_column_name_gives_the_headline() -> None:
    # No heading, no metadata: the <title> runs on into the column's name after a space, and the
    # page shows the part before it as a line of its own (a bold span in a table cell).
    title = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    html = (
        f"<html><head><title>{title} 东区办事处_中山网</title></head><body><table><tr><td>"
        f"<span><b>{title}</b></span><br>2019-03-06</td></tr></table>"
        "<p>3月5日上午，顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作。</p></body></html>"
    )
    assert _headline(html)[0] == title
