"""An empty JS shell whose article lives at its AMP version: the spider fetches and uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FAST, FIXTURES, REPO

from newscrawl.amp import amp_url, needs_amp
from newscrawl.demo.server import serve_directory
from newscrawl.extract.article import extract_page
from newscrawl.page import parse_page

SITE = FIXTURES / "amp-site"


def test_shell_page_asks_for_its_amp_version_and_a_full_page_does_not() -> None:
    shell = parse_page(
        (SITE / "news/ferry-strike.html").read_bytes(), "http://127.0.0.1:9/news/ferry-strike.html"
    )
    assert needs_amp(extract_page(shell)) == "http://127.0.0.1:9/amp/news/ferry-strike.html"
    amp = parse_page((SITE / "amp/news/ferry-strike.html").read_bytes(), "http://127.0.0.1:9/amp/x.html")
    assert amp_url(amp) is None
    assert needs_amp(extract_page(amp)) is None


def test_crawl_takes_the_body_from_the_amp_version(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with serve_directory(SITE) as base:
        url = f"{base}/news/ferry-strike.html"
        cmd = [sys.executable, "-m", "scrapy", "crawl", "urllist", "-a", f"urls={url}", "-O", str(out), *FAST]
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (item,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert item["url"] == url
    assert item["headline"] == "Ferry crews call off strike after pay offer"
    assert item["articleBody"].split("\n")[0].startswith("Ferry crews on the island routes")
    assert len(item["articleBody"].split("\n")) == 3
    assert item["provenance"]["articleBody"] == "amp"
    assert item["authors"] == ["Tomas Reid"]
