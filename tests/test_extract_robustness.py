"""Bad input loses no page: extract() returns an Article or raises PageError, never anything else.

Each case is a crash once found by fuzzing the extractor with mangled corpus pages, reduced to
a small page; the fix sits where the bad value enters, so each case also pins that guard.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import pytest

from newscrawl.extract.article import extract
from newscrawl.extract.authormeta import json_ld_credits
from newscrawl.extract.names import clean_name, split_names
from newscrawl.page import PageError, parse_page

_ARTICLE = (
    "<html><head><title>Rain ends a long drought</title>{head}</head>"
    "<body><h1>Rain ends a long drought</h1>{body}<p>{text}</p></body></html>"
)
_LD_ODD = (
    '<script type="application/ld+json">{"@type": 7, "author": {"@id": [1]}, "datePublished": 0}</script>'
)
_TEXT = "The river rose again after months of dry weather in the valley. " * 20


def _page(head: str = "", body: str = "") -> str:
    return _ARTICLE.format(head=head, body=body, text=_TEXT)


def _ld_persons(json_ld: str) -> list[str]:
    return json_ld_credits(parse_page(_page(f'<script type="application/ld+json">{json_ld}</script>')))[0]


def test_json_ld_with_a_numeric_type_and_a_list_id_still_credits_its_author() -> None:
    jane = '{"@id": ["x"], "@type": "Person", "name": "Jane Doe"}'
    assert _ld_persons(
        f'[{{"@type": 5, "author": "Ann Poe"}}, {{"@type": "NewsArticle", "author": [{jane}]}}]'
    ) == ["Ann Poe"]
    assert _ld_persons('{"@type": "NewsArticle", "author": {"@id": [], "name": "Jane Doe"}}') == ["Jane Doe"]
    null_type = '{"@type": "NewsArticle", "author": {"@type": ["Person", null], "name": "Jane Doe"}}'
    assert _ld_persons(null_type) == ["Jane Doe"]


def test_a_credit_longer_than_any_name_list_names_nobody() -> None:
    junk = "x" * 5000  # the noise patterns backtrack over such a run for minutes
    assert clean_name(junk) == ""
    assert split_names(junk) == []
    assert split_names("Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


def test_an_unclosed_title_swallowing_the_page_is_extracted_in_good_time() -> None:
    html = "<html><head><title>Rain | Weather | " + "word | " * 20000 + "</head><body><p>x</p></body></html>"
    article = extract(html, "https://news.example/a.html")
    assert article.url == "https://news.example/a.html"
    assert article.headline is None or len(article.headline) <= 1000  # the page swallowed is no headline


@pytest.mark.parametrize(
    "html",
    [
        _page('<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>"),
        _page(_LD_ODD),
        _page('<meta name="author" content="' + "a" * 50000 + '">'),
        _page(body='<a href="http://[::1/x">x</a><img src="http://news.example:99999/i.jpg">'),
    ],
)
def test_mangled_markup_gives_an_article(html: str) -> None:
    assert extract(html, "https://news.example/2025/01/02/a.html").headline == "Rain ends a long drought"


@pytest.mark.parametrize(
    "url",
    [None, "", "/relative.html", "http://[::1/a", "http://news.example:99999999/", "https://x.test/\ud800"],
)
def test_any_url_gives_an_article(url: str | None) -> None:
    assert extract(_page(), url).headline == "Rain ends a long drought"


@pytest.mark.parametrize(
    "fetched_at",
    [
        datetime(1, 1, 1),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2025, 1, 22, 16, 0, tzinfo=UTC),
    ],
)
def test_a_fetch_time_at_the_calendars_edge_gives_an_article(fetched_at: datetime) -> None:
    html = _page(body="<p>昨天 10:20</p><p>3 hours ago</p><p>Posted 99999999999 days ago</p>")
    assert (
        extract(html, "https://news.example/a.html", fetched_at=fetched_at).headline
        == "Rain ends a long drought"
    )


@pytest.mark.parametrize(
    "data", [b"", b" \n", b"<", b"\x00" * 10, b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xfe"]
)
def test_input_that_is_no_page_gives_an_article_or_a_page_error(data: bytes) -> None:
    with contextlib.suppress(PageError):
        extract(data, "https://news.example/a.html")
