"""The ``newscrawl`` command, run as a subprocess the way users run it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from conftest import FAST, FIXTURES, REPO, CrawlResult, read_jsonl

from newscrawl.demo.server import demo_manifest
from newscrawl.schema import schema_errors


def newscrawl(*args: str, cwd: Path = REPO, stdin: bytes | None = None, timeout: float = 180) -> Any:
    """``python -m newscrawl ARGS`` from the checkout (the console script runs the same main)."""
    return subprocess.run(
        [sys.executable, "-m", "newscrawl", *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout
    )


def _comparable(item: dict[str, Any]) -> dict[str, Any]:
    """All but the fetch time and the crawl-wide site verdict, which grows with the items
    seen so far and so depends on the order responses arrive in."""
    spam = {k: v for k, v in item["spam"].items() if k not in ("siteScore", "evidence")}
    return {**{k: v for k, v in item.items() if k != "fetchedAt"}, "spam": spam}


def test_crawl_writes_the_same_articles_as_scrapy_crawl(
    demo_urls: str, demo_crawl: CrawlResult, tmp_path: Path
) -> None:
    out = tmp_path / "cli.jsonl"
    proc = newscrawl("crawl", *demo_urls.split(","), "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    cli_items = {i["url"]: _comparable(i) for i in read_jsonl(out)}
    scrapy_items = {i["url"]: _comparable(i) for i in demo_crawl.items}
    assert cli_items == scrapy_items
    summary = proc.stderr.decode()
    assert f"articles written: {len(cli_items)}" in summary
    assert "pages fetched:" in summary
    assert "items dropped:" in summary
    assert "duration:" in summary


def test_crawl_to_stdout_respects_max_pages(demo_urls: str) -> None:
    proc = newscrawl("crawl", demo_urls.split(",")[0], "-o", "-", "--max-pages", "3", "-q", *FAST)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(lines) <= 3
    assert "pages fetched:    3\n" in proc.stderr.decode()


def test_demo_writes_valid_clean_articles(tmp_path: Path) -> None:
    proc = newscrawl("demo", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    items = read_jsonl(tmp_path / "articles.jsonl")
    assert items
    assert all(schema_errors(i) == [] for i in items)
    farm = demo_manifest()["sites"]["farm"]["articles"]
    by_path = {urlsplit(i["url"]).path: i for i in items}
    for path, gold in farm.items():
        for keyword in gold["injected_keywords"]:
            assert keyword not in by_path[path]["articleBody"] + by_path[path]["headline"]
    assert "wrote" in proc.stderr.decode()
    assert "articles.jsonl" in proc.stderr.decode()


def test_extract_files_folders_gzip_and_stdin(tmp_path: Path) -> None:
    pages = FIXTURES / "pages"
    gz = tmp_path / "nested.html.gz"
    gz.write_bytes(gzip.compress((pages / "nested-en.html").read_bytes()))
    proc = newscrawl("extract", str(pages), str(gz))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    sources = {line["source"] for line in lines}
    assert str(gz) in sources
    assert str(pages / "split-zh.gbk.html") in sources
    assert all(schema_errors(line) == [] for line in lines)
    by_source = {line["source"]: line for line in lines}
    assert by_source[str(gz)]["headline"] == "Tidal power plant opens on the northern coast"

    proc = newscrawl(
        "extract",
        "-",
        "--url",
        "https://herald.example/x.html",
        stdin=(pages / "nested-en.html").read_bytes(),
    )
    line = json.loads(proc.stdout.decode("utf-8"))
    assert line["source"] == "-"
    assert line["url"] == "https://herald.example/x.html"


def test_extract_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "broken.html.gz"
    bad.write_bytes(b"this is not gzip")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    good = FIXTURES / "pages" / "nested-en.html"
    proc = newscrawl("extract", str(bad), str(empty), str(good))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "broken.html.gz" in err
    assert "empty.html" in err
    assert len(proc.stdout.decode().splitlines()) == 1


def test_offline_extraction_reports_an_extractor_bug_and_goes_on(tmp_path: Path, monkeypatch: Any) -> None:
    import newscrawl.offline as offline

    real = offline.extract

    def broken(html: bytes, url: str | None = None) -> Any:
        if b"bug" in html:
            raise IndexError("an extractor bug")
        return real(html, url=url)

    monkeypatch.setattr(offline, "extract", broken)
    (tmp_path / "a.html").write_bytes(b"<html><body><h1>bug</h1><p>text</p></body></html>")
    (tmp_path / "b.html").write_bytes(
        b"<html><head><title>Fine</title></head><body><p>text</p></body></html>"
    )
    results = list(offline.extract_paths([str(tmp_path)]))
    assert [r.error for r in results] == ["extraction failed, IndexError: an extractor bug", None]
    assert results[1].article is not None


def test_extract_in_worker_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    pages = FIXTURES / "pages"
    bad = tmp_path / "broken.html.gz"
    bad.write_bytes(b"this is not gzip")
    args = ("extract", str(pages), str(bad), "-", "--all")
    stdin = (pages / "nested-en.html").read_bytes()
    one, two = newscrawl(*args, stdin=stdin), newscrawl(*args, "--jobs", "2", stdin=stdin)
    assert one.returncode == two.returncode == 1  # the broken file
    assert two.stdout == one.stdout  # the same lines, in input order
    sources = [json.loads(line)["source"] for line in two.stdout.decode("utf-8").splitlines()]
    assert sources[-1] == "-"
    assert len(sources) == len(list(pages.glob("*.htm*"))) + 1
    assert "broken.html.gz" in two.stderr.decode()


def test_a_page_that_kills_its_worker_is_reported_and_the_others_are_extracted(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import multiprocessing
    import os

    import newscrawl.offline as offline

    if multiprocessing.get_start_method() != "fork":  # the workers must inherit the patch below
        import pytest

        pytest.skip("needs forked workers")
    real = offline.extract

    def crashing(html: bytes, url: str | None = None) -> Any:
        if b"segfault" in html:
            os._exit(139)  # as a crash in a C library ends a process: no exception, no cleanup
        return real(html, url=url)

    monkeypatch.setattr(offline, "extract", crashing)
    page = b"<html><head><title>Page %d</title></head><body><h1>Page %d</h1><p>%s</p></body></html>"
    for n in range(12):
        text = b"segfault" if n == 5 else b"An ordinary paragraph of the article. " * 8
        (tmp_path / f"{n:02}.html").write_bytes(page % (n, n, text))
    results = list(offline.extract_paths([str(tmp_path)], jobs=2))
    assert [Path(r.source).name for r in results] == [f"{n:02}.html" for n in range(12)]
    assert [r.error for r in results if r.error] == ["extraction failed, its worker process died"]
    assert results[5].error
    assert all(r.article is not None for i, r in enumerate(results) if i != 5)
