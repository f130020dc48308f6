"""Scheduled, incremental runs: the pipeline, conditional requests, and three crawls of one site."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import SITES, CrawlResult, run_scrapy
from scrapy import Request
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newscrawl.demo.server import HIDDEN_NAMES, SiteHandler, serve_directory
from newscrawl.items import Article
from newscrawl.middleware.conditional import ConditionalRequestMiddleware, NotModified
from newscrawl.state import StateStore, Validators
from pipelines.incremental import IncrementalPipeline, Unchanged

PIPELINES = {
    "pipelines.pagetype.ArticleOnlyPipeline": 100,
    "pipelines.dedup.CanonicalDedupPipeline": 200,
    "pipelines.neardup.NearDuplicatePipeline": 400,
    "pipelines.incremental.IncrementalPipeline": 500,
    "pipelines.validate.SchemaValidationPipeline": 900,
}
MIDDLEWARES = {"newscrawl.middleware.conditional.ConditionalRequestMiddleware": 570}
URL = "http://news.test/news/tram-extension.html"
BODY = "Councillors approved a 1.8-kilometre extension of the tram line to the county hospital on Wednesday."


# --- a server that honours If-None-Match ------------------------------------------------------


class ValidatingHandler(SiteHandler):
    """The static site handler plus a strong ETag per body, answering 304 when it matches."""

    def _send(
        self, status: HTTPStatus, body: bytes, ctype: str, send_body: bool, location: str | None = None
    ) -> None:
        if status != HTTPStatus.OK:
            super()._send(status, body, ctype, send_body, location)
            return
        etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
        matched = etag in (self.headers.get("If-None-Match") or "").split(", ")
        self.send_response(HTTPStatus.NOT_MODIFIED if matched else HTTPStatus.OK)
        self.send_header("ETag", etag)
        if not matched:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and not matched:
            self.wfile.write(body)


@contextlib.contextmanager
def serve_with_validators(root: Path) -> Iterator[str]:
    handler = type(
        "BoundValidatingHandler", (ValidatingHandler,), {"root": root.resolve(), "hidden": HIDDEN_NAMES}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- the pipeline -----------------------------------------------------------------------------


def _pipeline(tmp_path: Path) -> IncrementalPipeline:
    pipeline = IncrementalPipeline.from_crawler(
        get_crawler(settings_dict={"NEWSCRAWL_STATE_DIR": str(tmp_path)})
    )
    pipeline.open_spider()
    return pipeline


def _response(etag: str) -> Response:
    return HtmlResponse(URL, body=b"<html></html>", headers={"ETag": etag})


def test_pipeline_is_off_without_a_state_dir() -> None:
    with pytest.raises(NotConfigured):
        IncrementalPipeline.from_crawler(get_crawler())


def test_pipeline_emits_new_drops_unchanged_and_counts_revisions(tmp_path: Path) -> None:
    pipeline = _pipeline(tmp_path)
    first = pipeline.process_item(Article(url=URL, headline="Tram extension", articleBody=BODY))
    assert first.revision == 1
    pipeline.item_scraped(first, _response('"v1"'))

    same = Article(url=URL + "?utm_source=rss", headline="Tram  extension", articleBody=BODY)
    with pytest.raises(Unchanged):
        pipeline.process_item(same)
    pipeline.item_dropped(same, Unchanged("unchanged"), _response('"v1b"'))  # new chrome, same article
    assert pipeline.store is not None
    touched = pipeline.store.get(URL)
    assert touched is not None
    assert (touched.revision, touched.etag) == (1, '"v1b"')

    edited = Article(
        url=URL, headline="Tram extension", articleBody=BODY + " Costs will be reviewed in June."
    )
    assert pipeline.process_item(edited).revision == 2
    assert edited.dateModified is None  # never invented
    pipeline.item_scraped(edited, None)
    pipeline.close_spider()

    with StateStore.open(tmp_path) as store:
        state = store.get(URL)
    assert state is not None
    assert state.revision == 2
    assert state.etag is None  # the old ETag named the old text; without a response none is known
    stats = pipeline.crawler.stats
    assert stats is not None
    assert stats.get_value("newscrawl/state/new") == 1
    assert stats.get_value("newscrawl/state/changed") == 1
    assert stats.get_value("newscrawl/dropped/unchanged") == 1


def test_pipeline_records_only_emitted_items(tmp_path: Path) -> None:
    """An item dropped after this pipeline (say, invalid) is not recorded, so the next run retries it."""
    pipeline = _pipeline(tmp_path)
    item = pipeline.process_item(Article(url=URL, headline="Tram extension", articleBody=BODY))
    pipeline.item_dropped(item, DropItem("schema violation"), None)
    assert pipeline.process_item(Article(url=URL, headline="Tram extension", articleBody=BODY)).revision == 1
    pipeline.close_spider()


def test_pipeline_passes_pages_that_are_not_articles(tmp_path: Path) -> None:
    pipeline = _pipeline(tmp_path)
    listing = Article(url="http://news.test/", pageType="listing")
    assert pipeline.process_item(listing).revision is None
    pipeline.close_spider()


# --- the middleware ---------------------------------------------------------------------------


def _middleware(tmp_path: Path, **settings: Any) -> ConditionalRequestMiddleware:
    crawler = get_crawler(settings_dict={"NEWSCRAWL_STATE_DIR": str(tmp_path), **settings})
    middleware = ConditionalRequestMiddleware.from_crawler(crawler)
    middleware.spider_opened()
    return middleware


def _known(tmp_path: Path, validators: Validators) -> None:
    with StateStore.open(tmp_path) as store:
        store.record(URL, url=URL, fingerprint="f", simhash=None, revision=1, validators=validators)


def test_middleware_is_off_without_state_or_when_disabled(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        ConditionalRequestMiddleware.from_crawler(get_crawler())
    with pytest.raises(NotConfigured):
        ConditionalRequestMiddleware.from_crawler(
            get_crawler(
                settings_dict={"NEWSCRAWL_STATE_DIR": str(tmp_path), "NEWSCRAWL_CONDITIONAL_REQUESTS": False}
            )
        )


def test_middleware_makes_known_articles_conditional_only(tmp_path: Path) -> None:
    _known(tmp_path, Validators('"abc"', "Wed, 05 Mar 2025 14:30:00 GMT"))
    middleware = _middleware(tmp_path)
    article = Request(URL + "?utm_source=home")
    listing = Request("http://news.test/news/")
    middleware.process_request(article)
    middleware.process_request(listing)
    assert article.headers.get("If-None-Match") == b'"abc"'
    assert article.headers.get("If-Modified-Since") == b"Wed, 05 Mar 2025 14:30:00 GMT"
    assert b"If-None-Match" not in listing.headers
    assert b"If-Modified-Since" not in listing.headers
    middleware.spider_closed()


def test_middleware_sends_nothing_for_articles_without_validators(tmp_path: Path) -> None:
    _known(tmp_path, Validators())
    middleware = _middleware(tmp_path)
    request = Request(URL)
    middleware.process_request(request)
    assert b"If-None-Match" not in request.headers
    middleware.spider_closed()


def test_middleware_turns_304_into_not_modified(tmp_path: Path) -> None:
    _known(tmp_path, Validators('"abc"', "Wed, 05 Mar 2025 14:30:00 GMT"))
    middleware = _middleware(tmp_path)
    request = Request(URL)
    middleware.process_request(request)
    with pytest.raises(NotModified):
        middleware.process_response(request, Response(URL, status=304, headers={"ETag": '"abd"'}))
    ok = Response(URL, status=200)
    assert middleware.process_response(request, ok) is ok
    stranger = Response("http://news.test/x", status=304)  # not a request we made conditional
    assert middleware.process_response(Request("http://news.test/x"), stranger) is stranger
    middleware.spider_closed()
    with StateStore.open(tmp_path) as store:
        state = store.get(URL)
    assert state is not None
    assert state.validators == Validators('"abd"', "Wed, 05 Mar 2025 14:30:00 GMT")
    assert middleware.crawler.stats is not None
    assert middleware.crawler.stats.get_value("newscrawl/state/not_modified") == 1


# --- scheduled runs of a site that changes ----------------------------------------------------


def _changes() -> dict[str, Any]:
    """``changes`` in incremental-v2's expected.json: what happened since incremental-v1."""
    data: dict[str, Any] = json.loads((SITES / "incremental-v2" / "expected.json").read_text("utf-8"))
    changes: dict[str, Any] = data["changes"]
    return changes


def _replace_site(site: Path, snapshot: Path) -> None:
    shutil.rmtree(site)
    shutil.copytree(snapshot, site, copy_function=shutil.copy)  # fresh mtimes, as a deploy gives


def _crawl(base: str, out: Path, state: Path) -> CrawlResult:
    out.mkdir()
    return run_scrapy(
        f"{base}/",
        out,
        "-s",
        f"NEWSCRAWL_STATE_DIR={state}",
        "-s",
        f"ITEM_PIPELINES={json.dumps(PIPELINES)}",
        "-s",
        f"DOWNLOADER_MIDDLEWARES={json.dumps(MIDDLEWARES)}",
    )


@pytest.mark.parametrize("server", ["plain", "validating"])
def test_scheduled_runs_emit_only_new_and_edited_articles(server: str, tmp_path: Path) -> None:
    expected = _changes()
    site, state = tmp_path / "site", tmp_path / "state"
    shutil.copytree(SITES / "incremental-v1", site, copy_function=shutil.copy)
    serve = serve_with_validators if server == "validating" else serve_directory
    with serve(site) as base:
        first = _crawl(base, tmp_path / "run1", state)
        _replace_site(site, SITES / "incremental-v2")
        second = _crawl(base, tmp_path / "run2", state)
        third = _crawl(base, tmp_path / "run3", state)

    v1_articles = {*expected["unchanged"], *expected["edited"], *expected["deleted"]}
    assert set(first.by_path()) == v1_articles
    assert {item["revision"] for item in first.items} == {1}

    emitted = second.by_path()
    assert len(second.items) == len(emitted)
    assert set(emitted) == {*expected["new"], *expected["edited"]}
    for path in expected["new"]:
        assert emitted[path]["revision"] == 1
    for path, edit in expected["edited"].items():
        assert emitted[path]["revision"] == 2
        assert emitted[path]["dateModified"].replace("+00:00", "Z") == edit["dateModified"]
    assert second.stats["newscrawl/state/new"] == len(expected["new"])
    assert second.stats["newscrawl/state/changed"] == len(expected["edited"])

    assert third.items == []
    v2_pages = len(list((SITES / "incremental-v2").rglob("*.html")))
    assert third.stats["downloader/request_count"] == v2_pages + 1  # and robots.txt: listings re-walked
    assert not [k for k in third.stats if k.startswith("newscrawl/errors/")]
    articles_v2 = len(expected["new"]) + len(expected["edited"]) + len(expected["unchanged"])
    if server == "validating":
        assert second.stats["newscrawl/state/not_modified"] == len(expected["unchanged_bytes"])
        assert second.stats["newscrawl/dropped/unchanged"] == len(expected["unchanged"]) - len(
            expected["unchanged_bytes"]
        )
        assert third.stats["newscrawl/state/not_modified"] == articles_v2
        assert "newscrawl/dropped/unchanged" not in third.stats
    else:
        assert "newscrawl/state/not_modified" not in second.stats
        assert second.stats["newscrawl/dropped/unchanged"] == len(expected["unchanged"])
        assert third.stats["newscrawl/dropped/unchanged"] == articles_v2


def test_cli_state_option_sets_the_state_dir(tmp_path: Path) -> None:
    from newscrawl.cli import build_parser, crawl_overrides

    args = build_parser().parse_args(["crawl", "http://news.test/", "--state", str(tmp_path)])
    assert crawl_overrides(args)["NEWSCRAWL_STATE_DIR"] == str(tmp_path)
    plain = build_parser().parse_args(["crawl", "http://news.test/"])
    assert "NEWSCRAWL_STATE_DIR" not in crawl_overrides(plain)
