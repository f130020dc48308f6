"""Credits the markup declares (newscrawl.extract.authormeta): meta authors, site names, editors."""

from __future__ import annotations

from test_authors import page

from newscrawl.extract.authors import extract_authors
from newscrawl.page import parse_page


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


def test_meta_author_holding_a_description_is_no_name_list() -> None:
    head = '<meta name="author" content="财讯网_提供股票、基金、期货与外汇市场的金融资讯">'
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>", head=head)).authors == []


def test_meta_author_shown_as_editor_yields_to_the_reporter() -> None:
    head = '<meta name="author" content="黄小文">'
    body = "<h1>标题</h1><p>正文。</p><p>编辑：黄小文 作者：</p>"
    body_text = "第一段正文。\n检验发现，部分产品不合格。（记者左小娅）"
    assert extract_authors(page(body, head=head), body_text).authors == ["左小娅"]


def test_meta_author_shown_only_as_editor_is_no_author() -> None:
    head = '<meta name="author" content="黄小文">'
    body = "<h1>标题</h1><p>正文。</p><p>责任编辑：黄小文</p>"
    assert extract_authors(page(body, head=head), "第一段正文。\n第二段正文。").authors == []


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
