"""Split articles, pure part: page URLs, the article's own next pages, continuation pages, joining."""

from __future__ import annotations

import pytest
from conftest import SITES

from newscrawl.extract.article import Extraction, extract_page
from newscrawl.extract.pagemerge import merge_bodies
from newscrawl.extract.pagination import (
    continuation_urls,
    continuation_verdict,
    is_continuation,
    is_continuation_page,
    page_key,
    sibling_pages,
)
from newscrawl.items import Article, Image, Link
from newscrawl.page import parse_page

PAGED = SITES / "paged"
BASE = "http://127.0.0.1:9"
PROSE = "".join(
    f"<p>Paragraph {i}: the harbour board said on Tuesday that the work would take ten weeks, "
    "and that boats would be moved to the western berths while it went on.</p>"
    for i in range(4)
)


def fixture(path: str) -> Extraction:
    """A page of the ``paged`` fixture site, extracted at its URL."""
    file = PAGED / path.lstrip("/")
    file = file / "index.html" if path.endswith("/") else file
    return extract_page(parse_page(file.read_bytes(), BASE + path))


def page(html: str, url: str) -> Extraction:
    return extract_page(parse_page(html, url))


def article_html(pager: str, head: str = "") -> str:
    return (
        f"<html><head><meta property='og:type' content='article'>{head}</head><body>"
        f"<h1>Dredging starts in April</h1><div class='content'>{PROSE}</div>{pager}</body></html>"
    )


# --- page URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("later", "first"),
    [
        ("http://a.test/news/942_2.html", "http://a.test/news/942.html"),
        ("http://a.test/news/story-3.shtml", "http://a.test/news/story.shtml"),
        ("http://a.test/city/some-slug/2", "http://a.test/city/some-slug"),
        ("http://a.test/2025/01/22/slug/page/2/", "http://a.test/2025/01/22/slug/"),
        ("http://a.test/a/1jhnxk?page=2", "http://a.test/a/1jhnxk"),
        ("http://a.test/article.asp?aid=2403&cid=37&page=2", "http://a.test/article.asp?cid=37&aid=2403"),
        ("http://a.test/x.html?pn=3", "http://a.test/x.html?pn=1"),
    ],
)
def test_page_variants_of_the_first_page_are_continuations(later: str, first: str) -> None:
    assert is_continuation(later, first)
    assert not is_continuation(first, later)


@pytest.mark.parametrize(
    ("url", "first"),
    [
        ("http://a.test/news/43", "http://a.test/news/42"),  # numbered articles: neighbours, not pages
        ("http://a.test/news/942_2.html", "http://a.test/news/941.html"),
        ("http://a.test/?p=124", "http://a.test/?p=123"),  # WordPress post ids
        ("http://a.test/2025/01/23", "http://a.test/2025/01/22"),  # date paths
        ("http://a.test/news/story.html", "http://a.test/news/story.html"),
        ("http://b.test/news/942_2.html", "http://a.test/news/942.html"),
    ],
)
def test_other_urls_are_not_continuations(url: str, first: str) -> None:
    assert not is_continuation(url, first)


def test_a_page_number_beyond_any_article_is_an_id() -> None:
    assert page_key("http://a.test/x.asp?page=250").numbered is False
    assert page_key("http://a.test/news/story-2025.html").numbered is False


# --- the article's own next pages ----------------------------------------------------------------


def test_numbered_pager_under_the_body_lists_the_later_pages_in_order() -> None:
    first = fixture("/news/2025/03/harbour-dredging.html")
    assert continuation_urls(first.page, first) == [
        f"{BASE}/news/2025/03/harbour-dredging_2.html",
        f"{BASE}/news/2025/03/harbour-dredging_3.html",
    ]


def test_folder_style_pager_and_head_link_only() -> None:
    ferry = fixture("/news/2025/03/ferry-timetable/")
    assert continuation_urls(ferry.page, ferry) == [
        f"{BASE}/news/2025/03/ferry-timetable/2/",
        f"{BASE}/news/2025/03/ferry-timetable/3/",
    ]
    zh = fixture("/zh/20250312/381.html")  # only <link rel="next"> in the head
    assert continuation_urls(zh.page, zh) == [f"{BASE}/zh/20250312/381-2.html"]


def test_listing_pagination_is_never_stitched() -> None:
    listing = fixture("/news/")
    assert listing.article.pageType == "listing"
    assert continuation_urls(listing.page, listing) == []


def test_next_article_links_are_no_pages() -> None:
    """Headline links with rel=next/prev to other articles, in a bar even named "pager"."""
    html = article_html(
        "<nav class='pager'><a rel='prev' href='/news/41'>Council approves the harbour budget</a>"
        "<a rel='next' href='/news/43'>Ferry timetable extended to April</a></nav>",
        head="<link rel='next' href='/news/43'>",
    )
    extraction = page(html, "http://a.test/news/42")
    assert extraction.article.pageType == "article"
    assert continuation_urls(extraction.page, extraction) == []


def test_comment_pagers_are_no_article_pages() -> None:
    html = article_html("<div class='comments'><ul class='pager'><li><a href='?page=1'>2</a></li></ul></div>")
    extraction = page(html, "http://a.test/node/dredging")
    assert continuation_urls(extraction.page, extraction) == []


# --- continuation pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/news/2025/03/harbour-dredging_2.html",  # pager "1" back to page 1
        "/news/2025/03/harbour-dredging_3.html",
        "/news/2025/03/ferry-timetable/2/",
        "/zh/20250312/381-2.html",  # no pager: canonical to page 1
    ],
)
def test_continuation_pages_are_not_articles(path: str) -> None:
    extraction = fixture(path)
    assert is_continuation_page(extraction.page)
    assert extraction.article.pageType == "other"


def test_a_duplicate_slug_article_linking_its_namesake_is_an_article() -> None:
    """``budget-vote-2`` links ``budget-vote`` by "‹ Previous", rel=prev, a headline: steps, not pages."""
    extraction = fixture("/news/2025/03/budget-vote-2.html")
    assert not is_continuation_page(extraction.page)
    assert extraction.article.pageType == "article"


def test_first_pages_are_not_continuations() -> None:
    assert not is_continuation_page(fixture("/news/2025/03/harbour-dredging.html").page)
    assert not is_continuation_page(fixture("/news/2025/03/budget-vote.html").page)


def test_siblings_of_a_continuation_page_leave_page_one_out() -> None:
    third = fixture("/news/2025/03/harbour-dredging_3.html")
    assert sibling_pages(third.page) == [f"{BASE}/news/2025/03/harbour-dredging_2.html"]


# --- what a fetched candidate is -----------------------------------------------------------------


def test_verdict_on_fetched_candidates() -> None:
    first = fixture("/news/2025/03/harbour-dredging.html")
    assert continuation_verdict(fixture("/news/2025/03/harbour-dredging_2.html"), [first]) == "next"
    vote = fixture("/news/2025/03/budget-vote.html")
    assert continuation_verdict(fixture("/news/2025/03/budget-vote-2.html"), [vote]) == "foreign"
    same = extract_page(
        parse_page(first.page.html, first.page.url + "?page=2")
    )  # query ignored by the server
    assert continuation_verdict(same, [first]) == "repeated"


# --- joining the bodies --------------------------------------------------------------------------


def test_merge_keeps_page_one_metadata_and_every_page_text() -> None:
    one = Article(
        url="u1",
        headline="Dredging starts",
        articleBody="Standfirst.\nOne.\nPage 1 of 3\nEditor: Li",
        authors=[],
        images=[Image("i1")],
        links=[Link("l1", "a")],
        provenance={"headline": "dom"},
    )
    two = Article(
        url="u2", headline="Dredging starts", articleBody="Dredging starts\nStandfirst.\nTwo.\nEditor: Li"
    )
    three = Article(
        url="u3",
        headline="Dredging starts",
        articleBody="（接上页）\nThree.\nEditor: Li",
        authors=["Mara Quinn"],
        images=[Image("i1"), Image("i3")],
        links=[Link("l1", "a"), Link("l3", "c")],
        provenance={"authors": "text"},
    )
    merged = merge_bodies(one, [two, three])
    assert merged.articleBody.split("\n") == ["Standfirst.", "One.", "Two.", "Three.", "Editor: Li"]
    assert (merged.url, merged.headline) == ("u1", "Dredging starts")
    assert merged.authors == ["Mara Quinn"]  # page 1 named nobody: the last page's byline
    assert merged.provenance == {"headline": "dom", "articleBody": "pages:3", "authors": "text"}
    assert [i.url for i in merged.images] == ["i1", "i3"]
    assert [link.url for link in merged.links] == ["l1", "l3"]
    assert one.articleBody == "Standfirst.\nOne.\nPage 1 of 3\nEditor: Li"  # inputs untouched
    assert one.authors == []


def test_merge_keeps_lines_that_only_look_repeated() -> None:
    one = Article(url="u1", headline="H", articleBody="1\nFirst section.")
    two = Article(url="u2", headline="H", articleBody="2\nSecond section.\n1")
    assert merge_bodies(one, [two]).articleBody.split("\n") == [
        "1",
        "First section.",
        "2",
        "Second section.",
        "1",
    ]
