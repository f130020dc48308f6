"""JS-built pages: the body recovered from the data the page ships, only when the DOM has none."""

from __future__ import annotations

from conftest import FIXTURES

from newscrawl.extract.article import extract

PAGES = FIXTURES / "pages"


def test_next_data_html_body_is_rendered_when_the_dom_is_a_shell() -> None:
    article = extract((PAGES / "next-shell.html").read_bytes(), "https://tideway.example/story/night-trains")
    lines = article.articleBody.split("\n")
    assert lines[0].startswith("Overnight passenger trains will run again")
    assert "Older carriages refitted" in lines
    assert "Bus fares frozen" not in article.articleBody
    assert article.provenance["articleBody"] == "next-data"


def test_json_ld_article_body_is_used_when_the_dom_has_no_text() -> None:
    article = extract((PAGES / "jsonld-only.html").read_bytes(), "https://port.example/a/1")
    assert article.articleBody.split("\n")[0] == "港区新建的四号码头今天正式开港，首艘集装箱船顺利靠泊。"
    assert len(article.articleBody.split("\n")) == 3
    assert article.provenance["articleBody"] == "json-ld"
    assert article.pageType == "article"


def test_dom_text_wins_over_a_disagreeing_json_ld_body() -> None:
    stale = (
        "An old teaser that the page has since replaced with a longer and different story text, kept in"
        " the metadata by a stale cache, long enough to be taken if it were trusted over the visible body."
    )
    paragraphs = "<p>The visible article paragraph says what happened today in full.</p>" * 4
    html = f"""<script type="application/ld+json">{{"@type":"NewsArticle","headline":"H",
    "articleBody":"{stale}"}}</script><h1>H</h1><div class="story">{paragraphs}</div>"""
    article = extract(html, "https://x.example/a")
    assert "stale cache" not in article.articleBody
    assert "articleBody" not in article.provenance


def test_state_nested_past_the_recursion_limit_is_no_body_not_an_error() -> None:
    deep = "[" * 5000 + "]" * 5000
    html = (
        "<html><head><title>Night trains</title>"
        f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
        f"<script>window.__INITIAL_STATE__ = {deep};</script></head><body><h1>Night trains</h1></body></html>"
    )
    article = extract(html, "https://tideway.example/story/night-trains")
    assert article.headline == "Night trains"
    assert "articleBody" not in article.provenance
