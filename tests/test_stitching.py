"""Split articles end to end: each is one item with its whole body, whatever the crawl mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST, REPO, SITES, CrawlResult, _env, read_jsonl, run_scrapy
from test_spider_portal import same_instant

EXPECTED: dict[str, Any] = json.loads((SITES / "paged" / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def paged_crawl(site_url: Any, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    return run_scrapy(site_url("paged") + "/", tmp_path_factory.mktemp("paged"))


def test_each_article_once_and_no_continuation_page(paged_crawl: CrawlResult) -> None:
    items = paged_crawl.by_path()
    assert set(items) == set(EXPECTED["articles"])
    assert len(paged_crawl.items) == len(items)
    assert not set(items) & set(EXPECTED["continuation_pages"])


def test_stitched_bodies_are_whole(paged_crawl: CrawlResult) -> None:
    items = paged_crawl.by_path()
    for path, gold in EXPECTED["articles"].items():
        item = items[path]
        assert item["articleBody"].split("\n") == gold["paragraphs"], path
        for field in ("headline", "authors", "sourceOrganization"):
            assert item[field] == gold[field], (path, field)
        assert same_instant(item["datePublished"], gold["datePublished"]), path
        pages = gold["pages"]
        wanted = EXPECTED["incomplete"].get(path, f"pages:{pages}" if pages > 1 else None)
        assert item["provenance"].get("articleBody") == wanted, path


def test_links_of_every_page_are_kept(paged_crawl: CrawlResult) -> None:
    """The offsite link sits on page 2 of the dredging story."""
    item = paged_crawl.by_path()["/news/2025/03/harbour-dredging.html"]
    assert [link["url"] for link in item["links"]] == EXPECTED["offsite_links"]


def test_pagination_stats(paged_crawl: CrawlResult) -> None:
    stats = paged_crawl.stats
    assert stats["newscrawl/pagination/stitched"] == 3
    assert stats["newscrawl/pagination/pages"] == 4  # dredging 2+3, ferry 2, 港区 2
    assert stats["newscrawl/pagination/incomplete"] == 1  # the ferry story's page 3 answers 404
    assert stats["newscrawl/errors/HttpError"] == 1  # ... counted once, not again as a link
    assert stats["newscrawl/pagination/foreign"] == 1  # budget-vote "Next ›" budget-vote-2: another story
    assert stats["newscrawl/pagination/repeated"] == 1  # ?page=2 that the static server ignores
    assert stats["newscrawl/pagination/continuation_skipped"] == 1  # "Most read" links page 3
    assert stats["newscrawl/dropped/listing"] == len(EXPECTED["listings"])


def test_url_list_entry_gets_its_later_pages(site_url: Any, tmp_path: Path) -> None:
    """Outside the portal too: a listed page 1 is emitted whole, its page 2 fetched but not listed."""
    base = site_url("paged")
    listed = tmp_path / "urls.txt"
    listed.write_text(f"{base}/zh/20250312/381.html\n{base}/zh/20250312/381-2.html\n", "utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "urllist", "-a", f"file={listed}", "-O", str(out), *FAST]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = read_jsonl(out)
    gold = EXPECTED["articles"]["/zh/20250312/381.html"]
    assert [item["url"] for item in items] == [f"{base}/zh/20250312/381.html"]
    assert items[0]["articleBody"].split("\n") == gold["paragraphs"]


def test_stitching_can_be_switched_off(site_url: Any, tmp_path: Path) -> None:
    result = run_scrapy(site_url("paged") + "/", tmp_path, "-s", "NEWSCRAWL_ARTICLE_PAGES=1")
    item = result.by_path()["/news/2025/03/harbour-dredging.html"]
    assert (
        item["articleBody"].split("\n")
        == EXPECTED["articles"]["/news/2025/03/harbour-dredging.html"]["paragraphs"][:3]
    )
    assert set(result.by_path()) == set(EXPECTED["articles"])  # page 2s are still no articles


def test_page_limit_cuts_the_article_and_says_so(site_url: Any, tmp_path: Path) -> None:
    result = run_scrapy(site_url("paged") + "/", tmp_path, "-s", "NEWSCRAWL_ARTICLE_PAGES=2")
    item = result.by_path()["/news/2025/03/harbour-dredging.html"]
    gold = EXPECTED["articles"]["/news/2025/03/harbour-dredging.html"]["paragraphs"]
    assert item["articleBody"].split("\n") == gold[:6]
    assert item["provenance"]["articleBody"] == "pages:2/3"
    assert result.stats["newscrawl/pagination/over_limit"] == 2  # the ferry's page 3 is not even tried
    assert "newscrawl/errors/HttpError" not in result.stats
