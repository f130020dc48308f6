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
