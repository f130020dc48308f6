"""Outlets in markup (newscrawl.extract.outletmarks): elements marked as the source or provider."""

from __future__ import annotations

from test_authors import page

from newscrawl.extract.article import extract
from newscrawl.extract.authors import extract_authors


def test_marked_source_with_a_number_in_its_name_is_the_outlet() -> None:
    body = (
        '<h1>煤价指数</h1><div><span id="pub_date">2011年12月14日 15:24</span> '
        '<span id="media_name"><a href="/x">新华08网</a></span></div><p>正文。</p>'
    )
    assert extract_authors(page(body)).organization == "新华08网"


def test_marked_source_holding_a_count_is_no_outlet() -> None:
    body = '<h1>煤价指数</h1><div><span class="source">阅读 1024</span></div><p>正文。</p>'
    assert extract_authors(page(body)).organization is None


def test_provider_marked_in_the_byline_is_the_outlet() -> None:
    body = (
        '<div><h1>港铁农历新年加强服务</h1><cite class="byline vcard">'
        '<span class="provider org">星岛日报</span> – <abbr title="2012-01-12T08:45:00Z">3小时前</abbr>'
        "</cite></div><p>正文。</p>"
    )
    r = extract_authors(page(body, title="港铁农历新年加强服务 - Portal!"))
    assert r.organization == "星岛日报"


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
