"""Output templates, gzip, batches, stdout: the FEEDS a crawl gets, and real files."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FAST
from test_cli import newscrawl

from newscrawl.output import OutputError, feed_settings


def test_template_fills_run_date_and_time_and_escapes_percent(tmp_path: Path) -> None:
    started = datetime(2025, 3, 1, 6, 30, tzinfo=UTC)
    feeds = feed_settings(str(tmp_path / "runs/{date}/a-{time}-100%.jsonl"), started=started)
    (uri,) = feeds
    assert uri == str(tmp_path / "runs/2025-03-01/a-063000-100%%.jsonl")
    assert (tmp_path / "runs/2025-03-01").is_dir()


def test_batches_need_a_batch_placeholder(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        feed_settings(str(tmp_path / "a.jsonl"), batch_size=10)
    (feed,) = feed_settings(str(tmp_path / "a-{batch}.jsonl"), batch_size=10).values()
    assert feed["batch_item_count"] == 10


def test_gzipped_batched_crawl_writes_every_article_once(demo_urls: str, tmp_path: Path) -> None:
    news = demo_urls.split(",")[0]
    proc = newscrawl(
        "crawl", news, "-o", str(tmp_path / "out-{date}-{batch}.jsonl.gz"), "--batch-size", "4", "-q", *FAST
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    files = sorted(tmp_path.glob("out-*.jsonl.gz"))
    assert len(files) >= 2
    urls = [json.loads(line)["url"] for f in files for line in gzip.decompress(f.read_bytes()).splitlines()]
    assert len(urls) == len(set(urls)) == 9  # the news site's articles, each once
    assert all(len(gzip.decompress(f.read_bytes()).splitlines()) <= 4 for f in files)


def test_resume_goes_on_where_a_clean_stop_left_off(demo_urls: str, tmp_path: Path) -> None:
    news, jobdir = demo_urls.split(",")[0], str(tmp_path / "job")
    first = newscrawl(
        "crawl",
        news,
        "-o",
        str(tmp_path / "1.jsonl"),
        "--resume",
        jobdir,
        "-q",
        *FAST,
        "-s",
        "CLOSESPIDER_ITEMCOUNT=2",
        "-s",
        "CONCURRENT_REQUESTS=1",
    )
    assert first.returncode == 0, first.stderr.decode()[-2000:]
    second = newscrawl("crawl", news, "-o", str(tmp_path / "2.jsonl"), "--resume", jobdir, "-q", *FAST)
    assert second.returncode == 0, second.stderr.decode()[-2000:]
    runs = [
        [json.loads(x)["url"] for x in (tmp_path / f"{i}.jsonl").read_text().splitlines()] for i in (1, 2)
    ]
    assert 2 <= len(runs[0]) < 9  # the first run stopped early ...
    assert sorted(runs[0] + runs[1]) == sorted(set(runs[0] + runs[1]))  # ... nothing written twice ...
    assert len(set(runs[0] + runs[1])) == 9  # ... and the second run finished the site
