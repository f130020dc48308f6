from __future__ import annotations

import pytest

from newscrawl.page import PageError, parse_page


def test_json_ld_graph_is_flattened_and_cdata_wrapped_json_ld_is_read() -> None:
    html = """<script type="application/ld+json">//<![CDATA[
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
     {"@type":"NewsArticle","headline":"H","datePublished":"2025-01-22T10:00:00+08:00"}]}
    //]]></script><p>x</p>"""
    page = parse_page(html)
    assert [o["headline"] for o in page.json_ld_of_type("NewsArticle")] == ["H"]


def test_broken_json_ld_is_skipped_not_fatal() -> None:
    page = parse_page('<script type="application/ld+json">{"@type": "NewsArticle",</script><p>x</p>')
    assert page.json_ld == []


def test_scripts_styles_and_comments_are_stripped_but_hydration_data_kept() -> None:
    html = """<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>
    <script>var x = "not text";</script><style>p{}</style><!-- note --><p>visible</p>"""
    page = parse_page(html)
    assert page.tree.text_content().strip() == "visible"
    assert page.scripts["__NEXT_DATA__"] == '{"props":{}}'


def test_content_after_a_premature_html_close_is_kept() -> None:
    page = parse_page("<html><body><p>a</p></body></html><div><p>late article text</p></div>")
    assert "late article text" in page.tree.text_content()


def test_meta_keys_are_lower_cased_with_all_values() -> None:
    page = parse_page('<meta property="OG:Title" content="A"><meta name="og:title" content="B"><p>x</p>')
    assert page.meta["og:title"] == ["A", "B"]
    assert page.meta_first("og:title") == "A"


@pytest.mark.parametrize("body", [b"", b"   \n"])
def test_empty_input_is_a_page_error(body: bytes) -> None:
    with pytest.raises(PageError):
        parse_page(body)
