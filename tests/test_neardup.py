"""Near duplicates across sites: the simhash index, the pipeline, and crawls of two hosts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SITES, run_scrapy
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.demo.server import serve_directory
from newscrawl.fingerprint import NEAR_DISTANCE, simhash
from newscrawl.items import Article
from newscrawl.neardup import SimhashIndex
from newscrawl.state import StateStore
from pipelines.neardup import NearDuplicatePipeline

# Our pipelines without the site spam tracker, whose crawl-wide verdicts are not under test here.
PIPELINES = {
    "pipelines.pagetype.ArticleOnlyPipeline": 100,
    "pipelines.dedup.CanonicalDedupPipeline": 200,
    "pipelines.neardup.NearDuplicatePipeline": 400,
    "pipelines.incremental.IncrementalPipeline": 500,
    "pipelines.validate.SchemaValidationPipeline": 900,
}
SETTINGS = ["-s", f"ITEM_PIPELINES={json.dumps(PIPELINES)}"]

BODY = (
    "Every street light along the quayside will be replaced this summer after years in which residents say "
    "whole stretches of the waterfront were left dark for weeks at a time while the council waited for spare "
    "parts that were no longer made. The work will cost 410,000 pounds and is due to start in July."
)
OTHER = (
    "The ferry between Westerby and Holm island will add a sailing at 5.40 in the morning from June, after "
    "nurses and porters who live on the island said the first crossing of the day reached the mainland too "
    "late for the start of the early shift at the general hospital."
)


def _flip(value: int, bits: int, rng: random.Random) -> int:
    for bit in rng.sample(range(64), bits):
        value ^= 1 << bit
    return value


# --- the index ------------------------------------------------------------------------------


def test_index_first_seen_wins_and_copies_point_at_it() -> None:
    rng = random.Random(3)
    original = rng.getrandbits(64)
    index = SimhashIndex()
    assert index.add("http://news.test/a", original) == "http://news.test/a"
    copy = _flip(original, 5, rng)
    assert index.add("http://farm.test/1", copy) == "http://news.test/a"
    # A copy of the copy, farther from the original than the threshold, still names the original.
    copy_of_copy = _flip(copy, 6, rng)
    assert index.original_of(copy_of_copy) == "http://news.test/a"
    assert len(index) == 2


def test_index_ignores_the_article_itself_and_far_entries() -> None:
    rng = random.Random(5)
    value = rng.getrandbits(64)
    index = SimhashIndex()
    index.add("http://news.test/a", value)
    assert index.original_of(value, exclude="http://news.test/a") is None
    assert index.original_of(_flip(value, NEAR_DISTANCE + 1, rng)) is None
    assert index.original_of(_flip(value, NEAR_DISTANCE, rng)) == "http://news.test/a"


def test_index_rejects_distances_its_bands_cannot_find() -> None:
    with pytest.raises(ValueError, match="band index"):
        SimhashIndex(max_distance=NEAR_DISTANCE + 1)


# --- the pipeline ---------------------------------------------------------------------------


def _pipeline(tmp_path: Path | None = None, **settings: str) -> NearDuplicatePipeline:
    values = dict(settings)
    if tmp_path is not None:
        values["NEWSCRAWL_STATE_DIR"] = str(tmp_path)
    pipeline = NearDuplicatePipeline.from_crawler(get_crawler(settings_dict=values))
    pipeline.open_spider()
    return pipeline


def _article(url: str, body: str, canonical: str | None = None) -> Article:
    return Article(url=url, canonicalUrl=canonical, headline="Quay lights", articleBody=body)


def test_pipeline_marks_the_copy_with_the_originals_canonical_url() -> None:
    pipeline = _pipeline()
    original = pipeline.process_item(
        _article("http://news.test/p?id=1", BODY, "http://news.test/quay-lights")
    )
    copy = pipeline.process_item(
        _article("http://farm.test/a/9", BODY.replace("a time", "a time slots bonus"))
    )
    other = pipeline.process_item(_article("http://news.test/ferry", OTHER))
    assert original.duplicateOf is None
    assert copy.duplicateOf == "http://news.test/quay-lights"
    assert other.duplicateOf is None
    assert pipeline.crawler.stats is not None
    assert pipeline.crawler.stats.get_value("newscrawl/neardup/found") == 1


def test_pipeline_drop_mode_drops_the_copy() -> None:
    pipeline = _pipeline(NEWSCRAWL_NEAR_DUPLICATES="drop")
    pipeline.process_item(_article("http://news.test/a", BODY))
    with pytest.raises(DropItem, match=r"near duplicate of http://news\.test/a"):
        pipeline.process_item(_article("http://farm.test/b", BODY + " Online slots."))


def test_pipeline_finds_originals_recorded_by_earlier_runs(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        store.record(
            "http://news.test/a", url="http://news.test/a", fingerprint="f", simhash=simhash(BODY), revision=1
        )
        store.record(
            "http://farm.test/old-copy",
            url="http://farm.test/old-copy",
            fingerprint="g",
            simhash=simhash(BODY),
            revision=1,
            duplicate_of="http://news.test/a",
        )
    pipeline = _pipeline(tmp_path)
    try:
        copy = pipeline.process_item(_article("http://farm2.test/x", BODY))
        again = pipeline.process_item(_article("http://news.test/a", BODY + " Updated."))  # its own record
    finally:
        pipeline.close_spider()
    assert copy.duplicateOf == "http://news.test/a"
    assert again.duplicateOf is None  # an article is never a copy of itself, nor of its own copies


def test_pipeline_leaves_short_bodies_alone() -> None:
    pipeline = _pipeline()
    pipeline.process_item(_article("http://news.test/a", "Photo: the quay at dusk."))
    item = pipeline.process_item(_article("http://farm.test/b", "Photo: the quay at dusk."))
    assert item.duplicateOf is None


def test_pipeline_settings() -> None:
    with pytest.raises(NotConfigured):
        NearDuplicatePipeline.from_crawler(get_crawler(settings_dict={"NEWSCRAWL_NEAR_DUPLICATES": "off"}))
    with pytest.raises(ValueError, match="mark, drop, off"):
        NearDuplicatePipeline.from_crawler(get_crawler(settings_dict={"NEWSCRAWL_NEAR_DUPLICATES": "flag"}))


# --- crawls of two hosts ----------------------------------------------------------------------


def test_crawl_marks_the_farm_copy_on_another_host(tmp_path: Path) -> None:
    with (
        serve_directory(SITES / "neardup-original", host="127.0.0.1") as news,
        serve_directory(SITES / "neardup-farm", host="127.0.0.2") as farm,
    ):
        # One request at a time, the original's site first: the original is seen first.
        result = run_scrapy(
            f"{news}/", tmp_path, "-a", f"urls={farm}/", "-s", "CONCURRENT_REQUESTS=1", *SETTINGS
        )
    items = {item["url"]: item for item in result.items}
    assert set(items) == {
        f"{news}/news/quay-lights.html",
        f"{news}/news/ferry-timetable.html",
        f"{farm}/a/8812.html",
        f"{farm}/a/8813.html",
    }
    assert items[f"{farm}/a/8812.html"]["duplicateOf"] == f"{news}/news/quay-lights.html"
    others = [url for url, item in items.items() if item["duplicateOf"] is not None]
    assert others == [f"{farm}/a/8812.html"]
    assert result.stats["newscrawl/neardup/found"] == 1


def test_crawl_drops_a_copy_of_an_article_from_an_earlier_run(tmp_path: Path) -> None:
    state = ["-s", f"NEWSCRAWL_STATE_DIR={tmp_path / 'state'}"]
    with serve_directory(SITES / "neardup-original", host="127.0.0.1") as news:
        first = run_scrapy(f"{news}/", tmp_path / "news", *SETTINGS, *state)
    with serve_directory(SITES / "neardup-farm", host="127.0.0.2") as farm:
        second = run_scrapy(
            f"{farm}/", tmp_path / "farm", *SETTINGS, *state, "-s", "NEWSCRAWL_NEAR_DUPLICATES=drop"
        )
    assert len(first.items) == 2
    assert [item["url"] for item in second.items] == [f"{farm}/a/8813.html"]
    assert second.stats["newscrawl/dropped/near_duplicate"] == 1
