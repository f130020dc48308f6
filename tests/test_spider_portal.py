"""End-to-end crawls of loopback sites with ``python -m scrapy crawl portal``."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from conftest import SITES, CrawlResult, run_scrapy

from newscrawl.demo.server import demo_manifest
from newscrawl.schema import schema_errors


def same_instant(value: str | None, gold: str | None) -> bool:
    """ISO 8601 equality that accepts ``Z`` for ``+00:00``; date-only values compare as text."""
    if value is None or gold is None or len(gold) == 10:
        return value == gold
    return datetime.fromisoformat(value) == datetime.fromisoformat(gold) and len(value) > 10


def _expected(site: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SITES / site / "expected.json").read_text("utf-8"))
    return data


def test_demo_crawl_emits_exactly_the_articles(demo_crawl: CrawlResult) -> None:
    manifest = demo_manifest()
    expected = {path for site in manifest["sites"].values() for path in site["articles"]}
    assert set(demo_crawl.by_path()) == expected
    assert len(demo_crawl.items) == len(expected)  # each article exactly once


def test_demo_items_validate_against_schema(demo_crawl: CrawlResult) -> None:
    for item in demo_crawl.items:
        assert schema_errors(item) == [], item["url"]


def test_demo_field_values(demo_crawl: CrawlResult) -> None:
    items = demo_crawl.by_path()
    for site in demo_manifest()["sites"].values():
        for path, gold in site["articles"].items():
            item = items[path]
            assert item["headline"] == gold["headline"], path
            assert item["authors"] == gold["authors"], path
            assert same_instant(item["datePublished"], gold["datePublished"]), path
            assert item["sourceOrganization"] == gold["sourceOrganization"], path
            assert item["articleBody"].split("\n") == gold["paragraphs"], path


def test_demo_farm_articles_are_clean(demo_crawl: CrawlResult) -> None:
    items = demo_crawl.by_path()
    farm = demo_manifest()["sites"]["farm"]["articles"]
    for path, gold in farm.items():
        item = items[path]
        for keyword in gold["injected_keywords"]:
            assert keyword not in item["headline"], (path, keyword)
            assert keyword not in item["articleBody"], (path, keyword)
        assert item["cleaning"], "the cleaning report names what was removed"


def test_demo_crawl_never_requests_offsite(demo_crawl: CrawlResult) -> None:
    stats = demo_crawl.stats
    assert stats["newscrawl/links/offsite_skipped"] > 0  # the farm's link farm, never turned into requests
    assert stats.get("offsite/filtered", 0) == 0  # nothing off-site even reached Scrapy's filter
    assert stats["newscrawl/dropped/listing"] > 0


@pytest.mark.parametrize("site", ["tricky-en", "gbk-zh"])
def test_fixture_site_articles(site: str, site_url: Any, tmp_path: Any) -> None:
    expected = _expected(site)
    result = run_scrapy(site_url(site) + "/", tmp_path)
    items = result.by_path()
    assert set(items) == set(expected["articles"])
    assert len(result.items) == len(items)
    for path, gold in expected["articles"].items():
        for field in ("headline", "authors", "sourceOrganization"):
            assert items[path][field] == gold[field], (path, field)
        assert same_instant(items[path]["datePublished"], gold["datePublished"]), path
        assert items[path]["articleBody"].split("\n") == gold["paragraphs"], path
    assert not set(items) & set(expected.get("not_articles", []))


def test_broken_pages_are_counted_and_the_crawl_goes_on(site_url: Any, tmp_path: Any) -> None:
    result = run_scrapy(site_url("tricky-en") + "/", tmp_path)
    assert result.stats.get("newscrawl/errors/HttpError", 0) >= 1  # the deliberate 404
    assert len(result.items) == len(_expected("tricky-en")["articles"])


def test_js_built_site_is_crawled_through_its_shipped_data(site_url: Any, tmp_path: Any) -> None:
    """The home page and articles are shells: the home page's links exist only in its App Router
    flight data, one article is flight data too, the other ``__NEXT_DATA__`` state."""
    expected = _expected("app-router")
    result = run_scrapy(site_url("app-router") + "/", tmp_path)
    items = result.by_path()
    assert set(items) == set(expected["articles"])
    for path, gold in expected["articles"].items():
        item = items[path]
        assert (item["headline"], item["authors"]) == (gold["headline"], gold["authors"]), path
        assert same_instant(item["datePublished"], gold["datePublished"]), path
        assert item["articleBody"].split("\n")[0] == gold["first"], path
        assert item["provenance"]["articleBody"] == gold["articleBodySource"], path
        assert schema_errors(item) == [], path
