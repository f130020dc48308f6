"""Page kinds from content alone: the same URL styles serve articles, listings and other pages."""

from __future__ import annotations

import contextlib

import pytest
from conftest import SITES
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.extract.article import extract
from newscrawl.items import Article
from pipelines.pagetype import ArticleOnlyPipeline


def _kind(html: str, url: str = "https://news.example/x") -> str:
    return extract(html, url).pageType


ARTICLE_BODY = "".join(
    f"<p>第{i}段：市交通部门表示，新线路开通后，沿线居民出行时间平均缩短二十分钟，早高峰拥堵明显缓解。</p>"
    for i in range(5)
)


def test_article_with_visible_date_and_prose() -> None:
    html = f"<h1>新线路开通</h1><div>2025-01-22 10:00</div><div class='content'>{ARTICLE_BODY}</div>"
    assert _kind(html) == "article"


def test_brief_article_of_three_sentences_is_an_article() -> None:
    html = """<h1>港口夜间作业恢复</h1><span>发布时间：2025-01-22 10:00</span>
    <div class="content"><p>港口集团宣布，受寒潮影响暂停的夜间装卸作业今晚恢复。
    首批三艘货轮已经靠泊。集团预计积压货物将在三天内清空。</p></div>"""
    assert _kind(html) == "article"


def test_prose_without_any_date_or_article_metadata_is_other() -> None:
    html = f"<h1>关于我们</h1><div class='content'>{ARTICLE_BODY}</div>"
    assert _kind(html) == "other"


def test_listing_with_one_long_teaser_is_a_listing() -> None:
    teaser = (
        "The provisional deal trims the mackerel catch by 11 per cent and sets up a joint body to watch it."
    )
    html = f"""<h1>World - Page 2</h1><main><div class="teasers"><article class="teaser">
    <h2><a href="/world/2025/01/21/quota.html">Coastal states agree shared fishing quotas after talks</a></h2>
    <p>21 Jan 2025</p><p>{teaser}</p></article></div></main>"""
    assert _kind(html) == "listing"


def test_fixture_listing_pages_are_listings() -> None:
    for path in ("index.html", "page/2/index.html"):
        html = (SITES / "tricky-en" / path).read_bytes()
        assert extract(html, "http://127.0.0.1:9/" + path.replace("index.html", "")).pageType == "listing"


def test_article_metadata_makes_an_article_even_when_short() -> None:
    html = """<meta property="og:type" content="article"><h1>Storm closes schools</h1>
    <p>All schools in the district will stay closed on Friday because of the storm warning.</p>"""
    assert _kind(html) == "article"


def test_block_weight_counts_unlinked_text_and_doubles_cjk() -> None:
    from newscrawl.extract.blocks import Block, Segment, mostly_cjk

    block = Block("p", [Segment(" Read "), Segment("the story", href="https://a.test/x"), Segment(" here.")])
    assert block.unlinked_weight == len("Read") + len("here.")
    block.segments.append(Segment("more"))  # recomputed once segments change, like its text
    assert (block.unlinked_weight, block.text) == (13, "Read the story here.more")
    assert Block("p", [Segment("市交通部门表示")]).unlinked_weight == 14
    assert mostly_cjk("新闻报道 news")
    assert not mostly_cjk("ASCII text")
    assert not mostly_cjk("café “quoted”")


def test_article_metadata_outweighs_a_list_of_teasers() -> None:
    teasers = "".join(
        f'<li><h3><a href="/news/{i}.html">Council approves budget for new school number {i}</a></h3></li>'
        for i in range(6)
    )
    body = f"<html><head>{{meta}}</head><body><h1>Schools</h1><ul>{teasers}</ul></body></html>"
    assert _kind(body.format(meta="")) == "listing"
    assert _kind(body.format(meta='<meta property="og:type" content="article">')) != "listing"


def test_a_malformed_link_is_another_sites_not_an_error() -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.extract.pagetype import headline_links

    scope = fragment_fromstring(
        '<div><p><a href="http://[::1/story">Rain ends the longest drought in the valley</a></p>'
        '<p><a href="https://news.example/b.html">Rain ends the longest drought in the hills</a></p></div>'
    )
    assert [a.get("href") for a in headline_links(scope, "https://news.example/a.html")] == [
        "https://news.example/b.html"
    ]


def _related(n: int) -> str:
    """A related-stories list of ``n`` headline links, as portals set under their articles."""
    return "".join(
        f"<li><a href='/news/{i}.html'>相关新闻：第{i}个区县公交线路同步调整 方便市民出行</a></li>"
        for i in range(n)
    )


def test_an_article_whose_container_also_holds_long_related_lists_is_an_article() -> None:
    # Fourteen related links outnumber the five paragraphs twice over, but the paragraphs run on
    # together, with no teaser title between them: the article's text, not a list of teasers.
    html = (
        "<h1>新线路开通</h1><div class='main'><div>2025-01-22 10:00</div>"
        f"{ARTICLE_BODY}<ul>{_related(7)}</ul><ul>{_related(7)}</ul></div>"
    )
    assert _kind(html) == "article"
    # A table-laid page breaks its paragraphs with <br> in one cell: the same run.
    cell = ARTICLE_BODY.replace("<p>", "").replace("</p>", "<br><br>")
    table = f"<h1>新线路开通</h1><table><tr><td>2025-01-22 10:00<br>{cell}</td></tr></table>"
    assert _kind(table + f"<ul>{_related(7)}</ul><ul>{_related(7)}</ul>") == "article"


def test_a_listing_under_an_intro_of_several_paragraphs_stays_a_listing() -> None:
    # Four paragraphs of a column's introduction, then teasers each with a lead: the intro is not
    # most of the page's prose, so the teasers decide.
    intro = ARTICLE_BODY.replace("第", "专栏简介第")[: ARTICLE_BODY.index("</p>") * 4]
    lead = "市交通部门表示，新线路开通后，沿线居民出行时间平均缩短二十分钟，早高峰拥堵明显缓解。"
    teasers = "".join(
        f"<div class='item'><h3><a href='/news/{i}.html'>第{i}条线路本周开通 沿线新增车站</a></h3>"
        f"<p>2025-01-2{i}</p><p>{lead}</p></div>"
        for i in range(8)
    )
    assert _kind(f"<h1>交通专栏</h1><div class='main'>{intro}{teasers}</div>") == "listing"


def test_a_brief_with_its_recommended_teasers_in_its_container_is_an_article() -> None:
    # class="tuijian" (推荐, "recommended" in pinyin) names the block outright, as "recommended" does:
    # its teasers, summaries and all, are no listing however short the brief above them.
    brief = (
        "证券时报e公司讯，运达股份确定为两风电场项目的风力发电机组设备供应商，中标价7亿元。"
        "天奇股份确认中标广汽丰田公司涂装车间工程内搬送设备等项目，中标额6962万元。"
    )
    teasers = "".join(
        f"<dl><dd><a href='/2019/0930/{i}.shtml'>第{i}家公司公告中标重大项目 金额超过十亿元</a></dd>"
        f"<dd>国庆节前夕，多家上市公司发布中标公告，涉及金额较大，市场关注度较高，分析人士认为相关板块节后有望继续走强。</dd>"
        "<dd>2019-09-30 07:42</dd></dl>"
        for i in range(4)
    )
    html = (
        "<div class='box_left'><h2>午间公告：运达股份中标7亿元项目</h2><div>2019-09-26 12:11</div>"
        f"<div class='txt_con'>{brief}</div><div class='tuijian'><h2>为你推荐</h2>{teasers}</div></div>"
    )
    assert _kind(html) == "article"


UNDATED_POST = "".join(
    f"<p>Step {i}: water the plants in the morning so the leaves dry by evening.</p>" for i in range(5)
)


def test_an_undated_post_with_a_byline_is_an_article() -> None:
    # Blogs and guides often show no date; the writer's byline still marks the page as an article.
    byline = "<p class='byline'>By Janet Moss</p>"
    html = f"<h1>Low-light houseplants</h1>{byline}<div class='content'>{UNDATED_POST}</div>"
    assert _kind(html) == "article"


def test_a_site_wide_meta_author_does_not_make_an_undated_page_an_article() -> None:
    html = f"""<html><head><meta name="author" content="Janet Moss"></head><body>
    <h1>About this site</h1><div class='content'>{UNDATED_POST}</div></body></html>"""
    assert _kind(html) == "other"


def test_an_undated_story_credited_to_an_agency_is_an_article() -> None:
    lead = "<p>〔中央社〕市交通部門今天表示，新線路開通。</p>"
    html = f"<h1>新線路開通</h1><div class='content'>{lead}{ARTICLE_BODY}</div>"
    assert _kind(html, "https://news.example.tw/a/1.html") == "article"


def test_an_about_page_naming_its_own_paper_is_no_story() -> None:
    about = "<p>《沅溪晚报》创刊于1985年，是沅溪市发行量最大的都市类日报，每天出版16至24版。</p>"
    head = "<head><title>关于我们_沅溪晚报</title></head>"
    html = f"<html>{head}<body><h1>关于我们</h1>{about}{ARTICLE_BODY}</body></html>"
    assert _kind(html) == "other"


def test_an_about_page_with_a_reprint_notice_credits_no_outlet() -> None:
    notice = "<p>网站的所有转载内容均已注明来源，版权归原作者及原出处所有。</p>"
    head = "<head><title>关于我们_江海网</title></head>"
    html = f"<html>{head}<body><h1>关于我们</h1>{ARTICLE_BODY}{notice}</body></html>"
    article = extract(html, "https://news.example/about-us")
    assert (article.sourceOrganization, article.pageType) == (None, "other")


def test_the_pipeline_emits_the_page_types_the_setting_names() -> None:
    def run(settings: dict[str, object]) -> tuple[list[str], dict[str, object]]:
        crawler = get_crawler(settings_dict=settings)
        crawler.stats = StatsCollector(crawler)
        pipeline = ArticleOnlyPipeline.from_crawler(crawler)
        kept = []
        for kind in ("article", "listing", "other"):
            with contextlib.suppress(DropItem):
                kept.append(pipeline.process_item(Article(url=f"https://n.example/{kind}", pageType=kind)))
        return [item.pageType for item in kept], crawler.stats.get_stats()

    kept, stats = run({})
    assert kept == ["article"]
    assert stats == {"newscrawl/dropped/listing": 1, "newscrawl/dropped/other": 1}
    assert run({"NEWSCRAWL_PAGE_TYPES": ["article", "other"]})[0] == ["article", "other"]
    assert run({"NEWSCRAWL_PAGE_TYPES": "article,other"})[0] == ["article", "other"]  # as -s gives it
    assert run({"NEWSCRAWL_PAGE_TYPES": "article, other"})[0] == ["article", "other"]
    with pytest.raises(ValueError, match="artcle"):
        run({"NEWSCRAWL_PAGE_TYPES": ["artcle"]})
