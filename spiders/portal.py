"""``portal``: walk a news portal's listing pages to its articles.

Every HTML page is extracted and yielded with its ``pageType``; the pipelines keep
articles only. Links are followed from every page (articles link to articles too),
staying on the start URLs' hosts, skipping spam anchors, non-page files and
query-string traps (calendars, tag sorts).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response
from twisted.python.failure import Failure

from newscrawl.clean.spam import spam_hrefs
from newscrawl.extract.article import extract_page
from newscrawl.extract.dom import absolute_url
from newscrawl.page import PageError, parse_page
from newscrawl.urls import canonical_form, host_of, looks_like_html, strip_tracking

logger = logging.getLogger(__name__)


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, url: str = "", urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [u.strip() for u in f"{url},{urls}".split(",") if u.strip()]
        if not self.start_urls:
            raise ValueError("portal spider needs a start URL: -a url=https://news.example/")
        self.allowed_domains = sorted({host_of(u) for u in self.start_urls})
        # Paths whose server ignores the query string (same bytes for different queries):
        # calendars and tag sorts on static sites. Their further variants are not followed.
        self._bodies_by_path: dict[tuple[str, str], dict[str, str]] = {}
        self._query_blind_paths: set[tuple[str, str]] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, HtmlResponse):
            self.crawler.stats.inc_value("newscrawl/skipped/not_html")
            return
        try:
            page = parse_page(
                response.body,
                response.url,
                content_type=(response.headers.get("Content-Type") or b"").decode("latin-1"),
                fetched_at=datetime.now(UTC),
            )
        except PageError as exc:
            self.crawler.stats.inc_value("newscrawl/errors/parse")
            logger.warning("cannot parse %s: %s", response.url, exc)
            return
        self._learn_query_blindness(response)
        extraction = extract_page(page)
        yield extraction.article
        yield from self.follow_links(page, spam_hrefs(page))

    def follow_links(self, page: Any, spam: set[str]) -> Iterator[scrapy.Request]:
        for anchor in page.tree.iter("a"):
            if (anchor.get("rel") or "").lower() == "nofollow" and anchor.get("href", "").startswith("http"):
                continue
            url = absolute_url(anchor.get("href"), page.url)
            if url is None or not url.startswith("http") or url in spam:
                if url in spam:
                    self.crawler.stats.inc_value("newscrawl/links/spam_skipped")
                continue
            url = strip_tracking(url)
            if self._wanted(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def _wanted(self, url: str) -> bool:
        if host_of(url) not in self.allowed_domains or not looks_like_html(url):
            return False
        parts = urlsplit(canonical_form(url))
        if parts.query and (parts.netloc, parts.path) in self._query_blind_paths:
            self.crawler.stats.inc_value("newscrawl/links/query_variant_skipped")
            return False
        return True

    def _learn_query_blindness(self, response: Response) -> None:
        """Two different queries on one path returning identical bytes: the query is ignored."""
        parts = urlsplit(canonical_form(response.url))
        key = (parts.netloc, parts.path)
        digest = hashlib.blake2b(response.body, digest_size=16).hexdigest()
        seen = self._bodies_by_path.setdefault(key, {})
        if digest in seen and seen[digest] != parts.query:
            self._query_blind_paths.add(key)
        elif len(seen) < self.settings.getint("NEWSCRAWL_QUERY_BODIES_PER_PATH"):
            seen.setdefault(digest, parts.query)

    def on_error(self, failure: Failure) -> None:
        """Count and log a failed fetch; the crawl goes on."""
        request = getattr(failure, "request", None)
        self.crawler.stats.inc_value(f"newscrawl/errors/{failure.type.__name__}")
        logger.warning("fetch failed %s: %s", request.url if request else "?", failure.getErrorMessage())
