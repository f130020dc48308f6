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
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.clean.spam import spam_hrefs
from newscrawl.crawlerrors import record_fetch_error
from newscrawl.extract.article import extract_page
from newscrawl.page import Page
from newscrawl.responses import page_from_response
from newscrawl.urllist import split_urls
from newscrawl.urls import canonical_form, host_of, looks_like_html, strip_tracking

logger = logging.getLogger(__name__)


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, url: str = "", urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = split_urls(url, urls)
        if not self.start_urls:
            raise ValueError("portal spider needs a start URL: -a url=https://news.example/")
        self.allowed_domains = sorted({host_of(u) for u in self.start_urls})
        # Paths whose server ignores the query string (same bytes for different queries):
        # calendars and tag sorts on static sites. Their further variants are not followed.
        self._bodies_by_path: dict[tuple[str, str], dict[str, str]] = {}
        self._query_blind_paths: set[tuple[str, str]] = set()
        self._requested: set[str] = set()  # canonical URLs asked for, for the page budget

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            if self._budget_allows(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        page = page_from_response(response, self.crawler.stats)
        if page is None:
            return
        self._learn_query_blindness(response)
        extraction = extract_page(page)
        yield extraction.article
        yield from self.follow_links(page, spam_hrefs(page))

    def follow_links(self, page: Page, spam: set[str]) -> Iterator[scrapy.Request]:
        for anchor in page.tree.iter("a"):
            if (anchor.get("rel") or "").lower() == "nofollow" and anchor.get("href", "").startswith("http"):
                continue
            url = page.absolute(anchor.get("href"))
            if url is None or not url.startswith("http") or url in spam:
                if url in spam:
                    self.crawler.stats.inc_value("newscrawl/links/spam_skipped")
                continue
            url = strip_tracking(url)
            if self._wanted(url) and self._budget_allows(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def _wanted(self, url: str) -> bool:
        if host_of(url) not in self.allowed_domains:
            self.crawler.stats.inc_value("newscrawl/links/offsite_skipped")
            return False
        if not looks_like_html(url):
            return False
        parts = urlsplit(canonical_form(url))
        if parts.query and (parts.netloc, parts.path) in self._query_blind_paths:
            self.crawler.stats.inc_value("newscrawl/links/query_variant_skipped")
            return False
        return True

    def _budget_allows(self, url: str) -> bool:
        """``NEWSCRAWL_MAX_PAGES``: stop asking for new pages once that many were asked for.

        Scrapy's CLOSESPIDER_PAGECOUNT only closes the spider after N responses, while the
        requests already in flight still arrive; a budget on requests is exact.
        """
        limit = self.settings.getint("NEWSCRAWL_MAX_PAGES")
        key = canonical_form(url)
        if not limit or key in self._requested:
            self._requested.add(key)
            return True
        if len(self._requested) >= limit:
            self.crawler.stats.inc_value("newscrawl/links/over_budget")
            return False
        self._requested.add(key)
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
        record_fetch_error(self.crawler.stats, failure)
