"""Outlets the text names (newscrawl.extract.outlets): source labels, notices, closing credits."""

from __future__ import annotations

import pytest
from test_authors import page

from newscrawl.extract.article import extract
from newscrawl.extract.authors import extract_authors
from newscrawl.page import parse_page


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


def test_agency_releasing_the_picture_page_is_the_outlet_not_its_photographer() -> None:
    body_text = "大熊猫幼仔近日开始群体生活。 某新社发 甲小乙 摄"
    r = extract_authors(page("<h1>标题</h1><p>大熊猫幼仔近日开始群体生活。</p>"), body_text)
    assert (r.authors, r.organization) == ([], "某新社")
