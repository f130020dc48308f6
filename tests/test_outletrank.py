"""The outlet chosen (newscrawl.extract.outletrank): which label, notice or dateline wins; never the site."""

from __future__ import annotations

from test_authors import page

from newscrawl.extract.authors import extract_authors


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


def test_picture_credit_under_the_source_label_is_no_outlet() -> None:
    body = "<h1>标题</h1><p>2012-03-02 16:56</p><p>来源：资料图</p><p>正文第一段。</p><p>来源：某国网</p>"
    assert extract_authors(page(body), "正文第一段。\n正文第二段。").organization == "某国网"


def test_source_label_naming_the_sites_desk_beats_the_sites_own_copyright_notice() -> None:
    body = (
        "<h1>标题</h1><p>2012年01月17日 18:06 来源：凤凰网科技</p><p>正文。</p>"
        "<p>版权声明：来源凤凰网科技频道的所有文字，版权均属凤凰网所有。</p>"
    )
    r = extract_authors(page(body, title="标题_科技频道_凤凰网"))
    assert r.organization == "凤凰网科技"


def test_outlet_after_the_date_is_preferred_to_the_agency_dateline() -> None:
    body = "<h1>標題</h1><p>2012-01-17 某國新聞網</p><p>某新社北京1月17日電 (記者 甲小乙)正文。</p>"
    body_text = "某新社北京1月17日電 (記者 甲小乙)正文。\n正文第二段。"
    r = extract_authors(page(body, title="標題 - 某浪網 - 新聞"), body_text)  # 新聞: no site's own name
    assert (r.authors, r.organization) == (["甲小乙"], "某國新聞網")
