"""Shared fixtures: loopback sites and crawls run the way users run them (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.server import serve_demo, serve_directory

REPO = Path(__file__).resolve().parents[1]
SITES = Path(__file__).resolve().parent / "sites"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Crawls of our own loopback servers need no politeness delays.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


@dataclass
class CrawlResult:
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    stderr: str

    def by_path(self) -> dict[str, dict[str, Any]]:
        from urllib.parse import urlsplit

        return {urlsplit(item["url"]).path: item for item in self.items}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def run_scrapy(url: str, tmp_path: Path, *extra: str, timeout: float = 120) -> CrawlResult:
    """``python -m scrapy crawl portal`` from the checkout, as the README shows it."""
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "portal",
        "-a",
        f"url={url}",
        "-O",
        str(out),
        *FAST,
        "-s",
        f"NEWSCRAWL_STATS_FILE={stats}",
        *extra,
    ]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, env=_env())
    assert proc.returncode == 0, proc.stderr[-3000:]
    return CrawlResult(read_jsonl(out), json.loads(stats.read_text("utf-8")), proc.stderr)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


@pytest.fixture(scope="session")
def demo_urls() -> Iterator[str]:
    """The demo's two home URLs (news site, content farm), comma-separated as spiders take them."""
    with serve_demo() as homes:
        yield ",".join(homes)


@pytest.fixture(scope="session")
def site_url() -> Iterator[Any]:
    """``site_url("tricky-en")``: base URL of a test site, served for the whole session."""
    with _SiteServers() as servers:
        yield servers.url


class _SiteServers:
    def __init__(self) -> None:
        self._stack: Any = None
        self._urls: dict[str, str] = {}

    def __enter__(self) -> _SiteServers:
        import contextlib

        self._stack = contextlib.ExitStack().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.__exit__(*exc)

    def url(self, name: str) -> str:
        if name not in self._urls:
            self._urls[name] = self._stack.enter_context(serve_directory(SITES / name))
        return self._urls[name]


@pytest.fixture(scope="session")
def demo_crawl(demo_urls: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    return run_scrapy(demo_urls, tmp_path_factory.mktemp("demo"))
