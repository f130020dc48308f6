"""absolute_url: links resolved as urljoin and w3lib's safe_url_string would, fast paths included."""

from __future__ import annotations

from urllib.parse import urljoin

from newscrawl.extract.hrefs import absolute_url


def test_absolute_url_is_stable_across_repeated_calls() -> None:
    first = absolute_url("../b c.html", "http://x.test/a/c.html")
    assert first == absolute_url("../b c.html", "http://x.test/a/c.html") == "http://x.test/b%20c.html"
    assert absolute_url("mailto:desk@x.test", "http://x.test/") is None


def test_absolute_url_fast_path_agrees_with_safe_url_string() -> None:
    """Plain URLs skip w3lib; anything it would rewrite (case, empty query, escapes, an
    empty path before a query) still goes through it, with the same result."""
    from w3lib.url import safe_url_string

    base = "https://news.example.test/world/2026/story.html"
    for href in (
        "/politics/vote-count?id=3&page=2#top",
        "../photos/",
        "https://Cdn.Example.test/a b.jpg",
        "https://shop.example.test?utm_source=nav",
        "/search?",
        "/tag/caf\u00e9",
        "/a/%7euser",
        "#",
    ):
        joined = urljoin(base, href)
        assert absolute_url(href, base) == safe_url_string(joined), href
    assert absolute_url("https://shop.example.test?x=1", None) == "https://shop.example.test/?x=1"


def test_root_relative_and_fragment_links_join_as_urljoin_does() -> None:
    for base in (
        "https://news.test/a/b.html?x=1#f",
        "http://news.test",
        "https://news.test:8080/a",
        "HTTP://News.test/",
    ):
        for href in (
            "/world/story-1.html?page=2#top",
            "#comments",
            "/",
            "/a/../b",
            "/a//b",
            "/caf\u00e9",
            "#",
        ):
            assert absolute_url(href, base) == absolute_url.__wrapped__(href, base), (base, href)
    assert absolute_url("/world/a.html#x", "https://news.test/b?q=1") == "https://news.test/world/a.html#x"
    assert absolute_url("#x", "https://news.test/b?q=1#y") == "https://news.test/b?q=1#x"


def test_absolute_url_of_a_broken_link_is_none_not_an_error() -> None:
    base = "https://news.example/a/1.html"
    assert absolute_url("http://[::1/x", base) is None  # unclosed IPv6 host
    assert absolute_url("/x", "http://[::1/") is None  # a broken base
    assert absolute_url("b.html", "http://news.example:99999999/a") is None  # port out of range
    assert absolute_url("b\ud800.html", base) is None  # a lone surrogate cannot be encoded
    assert absolute_url("b.html", base) == "https://news.example/a/b.html"
