"""Sitemap parsing (``newscrawl.sitemaps``): indexes, URL sets, news sitemaps, gzip, robots.txt."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest
from conftest import SITES

from newscrawl.sitemaps import (
    NotASitemap,
    SitemapEntry,
    gunzip_if_gzipped,
    is_recent,
    parse_sitemap,
    sitemaps_from_robots,
)

BASE = "http://news.test"
NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>http://news.test/2025/03/12/a.html</loc>
    <news:news>
      <news:publication><news:name>The Test</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2025-03-12T08:30:00+08:00</news:publication_date>
      <news:title>Ferries &amp; trams</news:title>
    </news:news>
    <image:image><image:loc>http://news.test/a.jpg</image:loc></image:image>
  </url>
</urlset>"""


def test_urlset_with_lastmod_variants() -> None:
    body = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> http://news.test/a.html </loc><lastmod>2025-03-12</lastmod><changefreq>daily</changefreq></url>
<url><loc>http://news.test/b.html</loc><lastmod>2025-03-12T10:00Z</lastmod></url>
<url><loc>/c.html</loc><lastmod>2025-03</lastmod></url>
<url><loc>http://news.test/a.html</loc></url>
<url><lastmod>2025-03-12</lastmod></url>
</urlset>"""
    sitemap = parse_sitemap(body, BASE + "/sitemap.xml")
    assert sitemap.kind == "urlset"
    assert sitemap.entries == [
        SitemapEntry("http://news.test/a.html", "2025-03-12"),
        SitemapEntry("http://news.test/b.html", "2025-03-12T10:00:00+00:00"),
        SitemapEntry("http://news.test/c.html", "2025-03"),
    ]


def test_sitemap_index() -> None:
    body = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://news.test/s1.xml.gz</loc><lastmod>2025-03-15T12:00:00+00:00</lastmod></sitemap>
<sitemap><loc>http://news.test/s2.xml</loc></sitemap></sitemapindex>"""
    sitemap = parse_sitemap(body)
    assert sitemap.kind == "sitemapindex"
    assert [e.url for e in sitemap.entries] == ["http://news.test/s1.xml.gz", "http://news.test/s2.xml"]


def test_google_news_sitemap_nested_fields() -> None:
    (entry,) = parse_sitemap(NEWS).entries
    assert entry == SitemapEntry(
        "http://news.test/2025/03/12/a.html", None, "2025-03-12T08:30:00+08:00", "Ferries & trams"
    )
    assert entry.hints() == {"datePublished": "2025-03-12T08:30:00+08:00", "headline": "Ferries & trams"}


def test_lastmod_is_no_publication_hint() -> None:
    assert SitemapEntry("http://news.test/a", lastmod="2025-03-12").hints() == {}


def test_gzip_is_recognised_by_magic_bytes_not_name() -> None:
    assert parse_sitemap(gzip.compress(NEWS), BASE + "/sitemap").entries == parse_sitemap(NEWS).entries


def test_gzip_bomb_and_corrupt_gzip_are_refused() -> None:
    with pytest.raises(ValueError, match="beyond"):
        gunzip_if_gzipped(gzip.compress(b"<urlset>" + b" " * 10_000 + b"</urlset>"), max_size=1_000)
    with pytest.raises(ValueError, match="corrupt"):
        gunzip_if_gzipped(b"\x1f\x8b" + b"\x00" * 20)


def test_plain_text_sitemap() -> None:
    sitemap = parse_sitemap(b"http://news.test/a.html\r\nhttp://news.test/b.html\n")
    assert [e.url for e in sitemap.entries] == ["http://news.test/a.html", "http://news.test/b.html"]


@pytest.mark.parametrize(
    "body", [b"", b"hello", b"<!DOCTYPE html><html><body><p>a & b</p></body></html>", b"<rss/>"]
)
def test_not_a_sitemap(body: bytes) -> None:
    with pytest.raises(NotASitemap):
        parse_sitemap(body)


SINCE = datetime(2025, 3, 13, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entry", "recent"),
    [
        (SitemapEntry("u", lastmod="2025-03-13T00:00:00+00:00"), True),
        (SitemapEntry("u", lastmod="2025-03-13T07:59:00+08:00"), False),  # 23:59 UTC the day before
        (SitemapEntry("u", lastmod="2025-03-12"), True),  # a day somewhere west of UTC may still be the 13th
        (SitemapEntry("u", lastmod="2025-03-11"), False),
        (SitemapEntry("u", lastmod="2025-02"), False),
        (SitemapEntry("u", lastmod="2025-03"), True),
        (SitemapEntry("u", lastmod="2025-03-12T20:00:00"), True),  # naive: the zone could be UTC-12
        (SitemapEntry("u"), True),  # undated entries are kept
        (SitemapEntry("u", lastmod="garbage"), True),
        (SitemapEntry("u", lastmod="2025-01-01", news_published="2025-03-14T00:00:00Z"), True),
        (SitemapEntry("u", lastmod="2025-03-01", news_published="2025-03-01T00:00:00Z"), False),
    ],
)
def test_is_recent(entry: SitemapEntry, recent: bool) -> None:
    assert is_recent(entry, SINCE) is recent


def test_sitemaps_from_robots() -> None:
    robots = b"""User-agent: *
Disallow: /private/
  SITEMAP:   https://news.test/sitemap_index.xml
Sitemap: /relative.xml   # a comment
Sitemap: https://news.test/sitemap_index.xml
# Sitemap: https://news.test/commented-out.xml
Sitemap:
Sitemap: ftp://news.test/nope.xml
"""
    assert sitemaps_from_robots(robots, BASE + "/robots.txt") == [
        "https://news.test/sitemap_index.xml",
        "http://news.test/relative.xml",
    ]
    assert sitemaps_from_robots("User-agent: *\nDisallow:\n") == []


def test_fixture_site_sitemaps() -> None:
    site = SITES / "feeds"
    index = parse_sitemap((site / "sitemap_index.xml").read_bytes(), BASE + "/sitemap_index.xml")
    assert [e.url for e in index.entries] == [
        BASE + "/sitemap.xml",
        BASE + "/sitemap_news.xml.gz",
        BASE + "/sitemap_2024.xml",
    ]
    news = parse_sitemap((site / "sitemap_news.xml.gz").read_bytes(), BASE + "/sitemap_news.xml.gz")
    assert all(e.news_published and e.title for e in news.entries)
    robots = (site / "robots.txt").read_bytes()
    assert sitemaps_from_robots(robots, BASE + "/robots.txt") == [BASE + "/sitemap_index.xml"]
