"""Unlabelled outlets (newscrawl.extract.outletdatelines): agency datelines, the outlet after the date."""

from __future__ import annotations

import pytest
from test_authors import page

from newscrawl.extract.authors import extract_authors
from newscrawl.extract.outletdatelines import opening_outlet


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
    ("opening", "outlet"),
    [
        ("[某华财讯]近日，某啤酒疫苗研究宣告失败，股价大幅下挫。", "某华财讯"),
        ("[快讯]近日，股价大幅下挫。", None),
    ],
)
def test_agency_tag_in_square_brackets(opening: str, outlet: str | None) -> None:
    body_text = f"{opening}\n第二段正文。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).organization == outlet


def test_breadcrumb_and_desk_are_no_outlet_and_reporter() -> None:
    body = "<h1>標題</h1><p>某視新聞網 / 政治</p><p>國際中心／綜合報導</p><p>正文第一段。</p>"
    r = extract_authors(page(body), "正文第一段。\n正文第二段。")
    assert (r.authors, r.organization) == ([], None)


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


def test_person_set_before_the_stories_date_is_no_outlet() -> None:
    body = "<h1>无毒大扫除迎新年</h1><cite>林又旻 (2012-01-12 11:33)</cite><p>正文。</p>"
    assert extract_authors(page(body)).organization is None
