"""Portal crawls seeded from the feeds and sitemaps the site announces (``--discover``)."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES, run_scrapy

from newscrawl.demo.server import serve_directory

SITE = FIXTURES / "discover-site"
LINKED = {"/news/reservoir-levels.html"}
IN_FEED_ONLY = {"/news/library-hours.html"}
IN_SITEMAP_ONLY = {"/news/bridge-survey.html"}


def test_discovered_feeds_and_sitemaps_seed_the_portal_crawl(tmp_path: Path) -> None:
    with serve_directory(SITE) as base:
        result = run_scrapy(base + "/", tmp_path, "-a", "discover=1")
    assert set(result.by_path()) == LINKED | IN_FEED_ONLY | IN_SITEMAP_ONLY
    assert result.stats["newscrawl/seeds/feed"] >= 1
    assert result.stats["newscrawl/seeds/sitemap"] == 1
    library = result.by_path()["/news/library-hours.html"]
    assert library["datePublished"].startswith("2025-03-13")


def test_without_discover_only_linked_articles_are_found(tmp_path: Path) -> None:
    with serve_directory(SITE) as base:
        result = run_scrapy(base + "/", tmp_path)
    assert set(result.by_path()) == LINKED
    assert not any(key.startswith("newscrawl/seeds/") for key in result.stats)
