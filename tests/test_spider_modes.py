"""End-to-end crawls of the ``feed``, ``sitemap`` and ``urllist`` spiders against ``tests/sites/feeds``.

The site: seven 2025 articles (English and Chinese) and one from 2024, a listing front
page that announces an RSS and an Atom feed, an about page, robots.txt with a
``Sitemap:`` line and a disallowed ``/drafts/``, a sitemap index over a plain sitemap,
a gzipped Google News sitemap and an old archive sitemap. One article shows no date
at all: only the feeds and the news sitemap know when it was published.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST, REPO, SITES, CrawlResult, _env, read_jsonl

from newscrawl.schema import schema_errors

SITE = "feeds"
EXPECTED: dict[str, Any] = json.loads((SITES / SITE / "expected.json").read_text("utf-8"))
ARTICLES: dict[str, dict[str, Any]] = EXPECTED["articles"]
MODES: dict[str, list[str]] = EXPECTED["modes"]
SINCE = "2025-03-13T00:00:00Z"


def crawl(spider: str, tmp_path: Path, *args: str, stdin: str | None = None) -> CrawlResult:
    """``python -m scrapy crawl SPIDER -a ...`` from the checkout, like ``conftest.run_scrapy``."""
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, *args, "-O", str(out), *FAST]
    cmd += ["-s", f"NEWSCRAWL_STATS_FILE={stats}"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60, env=_env(), input=stdin)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return CrawlResult(read_jsonl(out), json.loads(stats.read_text("utf-8")), proc.stderr)


def since_filter(paths: list[str], since: str = SINCE) -> set[str]:
    cut = (
        datetime.fromisoformat(since).replace(tzinfo=UTC)
        if len(since) == 10
        else datetime.fromisoformat(since)
    )
    return {p for p in paths if datetime.fromisoformat(ARTICLES[p]["datePublished"]) >= cut}


def assert_articles(result: CrawlResult, paths: set[str]) -> None:
    """Exactly these articles, once each, valid, with the gold headline, date and authors."""
    items = result.by_path()
    assert set(items) == paths
    assert len(result.items) == len(paths)
    for path in paths:
        item, gold = items[path], ARTICLES[path]
        assert schema_errors(item) == [], path
        assert item["headline"] == gold["headline"], path
        assert item["authors"] == gold["authors"], path
        assert datetime.fromisoformat(item["datePublished"]) == datetime.fromisoformat(
            gold["datePublished"]
        ), path


def assert_hinted_date(result: CrawlResult) -> None:
    """The dateless page takes its publication time from the feed or news sitemap."""
    for path in MODES["hint_only_date"]:
        item = result.by_path()[path]
        assert item["provenance"]["datePublished"] == "feed"
        assert item["datePublished"] == ARTICLES[path]["datePublished"]


@pytest.fixture(scope="module")
def base(site_url: Any) -> str:
    url: str = site_url(SITE)
    return url


def test_feed_discovered_from_the_front_page(base: str, tmp_path: Path) -> None:
    result = crawl("feed", tmp_path, "-a", f"url={base}/")
    assert_articles(result, set(MODES["rss"]) | set(MODES["atom"]))
    assert_hinted_date(result)
    assert result.stats["newscrawl/feeds/discovered"] == 2
    assert result.stats["newscrawl/feeds/parsed"] == 2
    assert result.stats["newscrawl/dropped/other"] == 1  # the about page listed in the RSS feed
    assert not any(k.startswith("newscrawl/errors/") for k in result.stats)


def test_feed_urls_with_since(base: str, tmp_path: Path) -> None:
    result = crawl("feed", tmp_path, "-a", f"url={base}/rss.xml,{base}/atom.xml", "-a", f"since={SINCE}")
    assert_articles(result, since_filter(MODES["rss"] + MODES["atom"]))
    assert result.stats["newscrawl/feeds/older_than_since"] == 4  # two RSS entries, two Atom entries


def test_feed_of_a_page_without_feeds_is_counted(base: str, tmp_path: Path) -> None:
    result = crawl("feed", tmp_path, "-a", f"url={base}/about.html")
    assert result.items == []
    assert result.stats["newscrawl/feeds/none_discovered"] == 1


def test_sitemap_from_the_site_root(base: str, tmp_path: Path) -> None:
    result = crawl("sitemap", tmp_path, "-a", f"url={base}/")
    assert_articles(result, set(MODES["sitemap"]))
    assert_hinted_date(result)
    stats = result.stats
    assert stats["newscrawl/sitemaps/from_robots"] == 1
    assert stats["newscrawl/sitemaps/sitemapindex"] == 1
    assert stats["newscrawl/sitemaps/urlset"] == 3  # plain, gzipped news, 2024 archive
    assert (stats["newscrawl/dropped/listing"], stats["newscrawl/dropped/other"]) == (1, 1)
    assert not any(k.startswith("newscrawl/errors/") for k in stats)


def test_sitemap_since_skips_old_entries_and_old_child_sitemaps(base: str, tmp_path: Path) -> None:
    result = crawl("sitemap", tmp_path, "-a", f"url={base}/sitemap_index.xml", "-a", f"since={SINCE}")
    assert_articles(result, since_filter(MODES["sitemap"]))
    assert_hinted_date(result)
    assert result.stats["newscrawl/sitemaps/urlset"] == 2  # the 2024 archive is never fetched
    assert result.stats["newscrawl/sitemaps/older_than_since"] == 4  # the archive and three old URLs


def test_sitemap_start_url_that_is_a_page_falls_back_to_robots(base: str, tmp_path: Path) -> None:
    result = crawl("sitemap", tmp_path, "-a", f"url={base}/about.html", "-a", "since=2025-03-15")
    assert_articles(result, since_filter(MODES["sitemap"], "2025-03-15"))
    assert result.stats["newscrawl/sitemaps/from_robots"] == 1


def test_sitemap_of_a_site_without_robots_txt_tries_sitemap_xml(site_url: Any, tmp_path: Path) -> None:
    other = site_url("tricky-en")  # no robots.txt, no sitemap.xml
    result = crawl("sitemap", tmp_path, "-a", f"url={other}/")
    assert result.items == []
    assert result.stats["newscrawl/errors/HttpError"] == 1  # only the missing sitemap.xml is an error
    assert f"fetch failed {other}/sitemap.xml" in result.stderr


def test_urllist_file_and_arguments(base: str, tmp_path: Path) -> None:
    listing = (SITES / SITE / "urls.txt").read_text("utf-8").replace("{base}", base)
    (tmp_path / "urls.txt").write_text(listing, "utf-8")
    extra = f"{base}/zh/2025/03/13/bainian-laojie-xiushan.html,not-a-url"
    result = crawl("urllist", tmp_path, "-a", f"file={tmp_path / 'urls.txt'}", "-a", f"urls={extra}")
    assert_articles(result, {*MODES["urls"], "/zh/2025/03/13/bainian-laojie-xiushan.html"})
    stats = result.stats
    assert stats["newscrawl/urllist/invalid"] == 3  # two in the file, one argument
    assert stats["newscrawl/errors/HttpError"] == 1  # the withdrawn story
    assert stats["newscrawl/dropped/listing"] == 1  # the front page, fetched but not emitted
    assert stats["robotstxt/forbidden"] == 1  # /drafts/ is never fetched
    assert stats["response_received_count"] == 7  # robots.txt, five pages, the 404: nothing followed
    assert "not an http(s) URL: 'not-a-url'" in result.stderr


def test_urllist_from_stdin(base: str, tmp_path: Path) -> None:
    path = MODES["urls"][0]
    result = crawl("urllist", tmp_path, "-a", "file=-", stdin=f"# from a pipe\n{base}{path}\n")
    assert_articles(result, {path})


def test_since_must_be_a_date(base: str, tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "feed", "-a", f"url={base}/rss.xml", "-a", "since=soon"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60, env=_env())
    assert "since: expected an ISO 8601 date" in proc.stderr


def test_fixture_dates_are_consistent() -> None:
    """The gold's own invariant: the --since cut splits every mode (else the since tests prove nothing)."""
    for mode in ("rss", "atom", "sitemap"):
        kept = since_filter(MODES[mode])
        assert kept, mode
        assert kept != set(MODES[mode]), mode
    assert datetime.fromisoformat(SINCE).tzinfo == UTC


_BROKEN_EXTRACTOR = """
import sys
import newscrawl.extract.article as article
real = article.extract_page
def broken(page, **kwargs):
    if page.url.endswith(sys.argv[1]):
        raise IndexError("an extractor bug")
    return real(page, **kwargs)
article.extract_page = broken  # before Scrapy imports the spiders, which import it by name
from scrapy.cmdline import execute
execute(["scrapy", *sys.argv[2:]])
"""


def test_a_page_whose_extraction_raises_is_logged_and_counted_and_the_crawl_goes_on(
    base: str, tmp_path: Path
) -> None:
    first, second = MODES["urls"][:2]
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    args = ["crawl", "urllist", "-a", f"urls={base}{first},{base}{second}", "-O", str(out), *FAST]
    cmd = [sys.executable, "-c", _BROKEN_EXTRACTOR, first, *args, "-s", f"NEWSCRAWL_STATS_FILE={stats}"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60, env=_env())
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert [item["url"] for item in read_jsonl(out)] == [f"{base}{second}"]
    counted = json.loads(stats.read_text("utf-8"))
    assert counted["newscrawl/errors/callback/IndexError"] == 1
    assert "an extractor bug" in proc.stderr


def test_a_response_over_the_download_size_cap_is_counted_and_the_crawl_goes_on(
    base: str, tmp_path: Path
) -> None:
    big, small = "/news/2025/03/10/ferry-dawn-crossing.html", "/news/2024/12/20/winter-market-record.html"
    sizes = [(SITES / SITE / path.lstrip("/")).stat().st_size for path in (big, small)]
    cap = sum(sizes) // 2
    assert sizes[1] < cap < sizes[0]  # the fixture pages straddle the cap
    urls = f"urls={base}{big},{base}{small}"
    result = crawl("urllist", tmp_path, "-a", urls, "-s", f"DOWNLOAD_MAXSIZE={cap}")
    assert [item["url"] for item in result.items] == [f"{base}{small}"]
    errors = {k: v for k, v in result.stats.items() if k.startswith("newscrawl/errors/")}
    assert sum(errors.values()) == 1, errors
