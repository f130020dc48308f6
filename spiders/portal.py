"""``portal``: walk a news portal's listing pages to its articles.

Every HTML page is extracted and yielded with its ``pageType``; the pipelines keep
articles only. Links are followed from every page (articles link to articles too),
staying on the start URLs' hosts, skipping spam anchors, non-page files and
query-string traps (calendars, tag sorts). An article split over pages is one item: its
later pages are fetched from the callback and joined (:mod:`newscrawl.stitching`), and
are neither followed as links nor emitted on their own.

``-a discover=1`` (``newscrawl crawl --discover``) also seeds the crawl from what the
portal announces: the feeds its start pages link with ``<link rel="alternate">`` and the
sitemaps its robots.txt names; their entries are requested like links (same hosts, same
budget), with the entry's date and title as extraction hints.

``-a profile=PATH`` loads a site profile (:mod:`newscrawl.profiles`): start URLs, hosts,
the URL patterns of articles and listings (only those links are then followed), and
selectors for the fields the generic extractor gets wrong on that site.
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
from newscrawl.crawlerrors import record_fetch_error, record_parse_error
from newscrawl.extract.article import Extraction, extract_page
from newscrawl.extract.pagination import is_continuation_page, sibling_pages
from newscrawl.feeds import discover_feeds, parse_feed
from newscrawl.page import Page
from newscrawl.profiles import load_profile
from newscrawl.responses import page_from_response
from newscrawl.sitemaps import parse_sitemap, robots_url, sitemaps_from_robots
from newscrawl.stitching import complete_article
from newscrawl.urllist import split_urls
from newscrawl.urls import canonical_form, host_of, looks_like_html, strip_tracking

logger = logging.getLogger(__name__)


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self, url: str = "", urls: str = "", profile: str = "", discover: str = "", **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.discover = discover.lower() in ("1", "true", "yes", "on")
        self.profile = load_profile(profile) if profile else None
        self.start_urls = split_urls(url, urls) or list(self.profile.start_urls if self.profile else ())
        if not self.start_urls:
            raise ValueError(
                "portal spider needs a start URL: -a url=https://news.example/ (or a profile's start_urls)"
            )
        hosts = {host_of(u) for u in self.start_urls}
        self.allowed_domains = sorted(hosts.union(self.profile.allowed_domains if self.profile else ()))
        # Paths whose server ignores the query string (same bytes for different queries):
        # calendars and tag sorts on static sites. Their further variants are not followed.
        self._bodies_by_path: dict[tuple[str, str], dict[str, str]] = {}
        self._query_blind_paths: set[tuple[str, str]] = set()
        self._requested: set[str] = set()  # canonical URLs asked for, for the page budget
        self._stitched: set[str] = set()  # articles' later pages, fetched (or tried) by the stitcher

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            if self._budget_allows(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"seed": True})
        if self.discover:
            for robots in sorted({robots_url(u) for u in self.start_urls}):
                yield scrapy.Request(robots, callback=self.parse_robots, errback=self.on_error)

    async def parse(
        self, response: Response, hints: dict[str, Any] | None = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        page = page_from_response(response, self.crawler.stats, hints=hints)
        if page is None:
            return
        if self.discover and response.meta.get("seed"):
            for feed in discover_feeds(page.tree, page.url):
                yield scrapy.Request(feed, callback=self.parse_feed, errback=self.on_error)
        self._learn_query_blindness(response)
        extraction = self.extract(page)
        if extraction.article.pageType != "article" and is_continuation_page(page):
            # Page 2+ reached as a link: not emitted; its page 1 is followed, its siblings not.
            self.crawler.stats.inc_value("newscrawl/pagination/continuation_skipped")
            self._stitched.update(canonical_form(u) for u in [response.url, *sibling_pages(page)])
        stitched = await complete_article(self.crawler, extraction, self.extract)
        self._stitched.update(stitched.claimed)
        yield stitched.article
        # The page as read: an App Router shell's links are in the page its flight data renders.
        for each in (extraction.page, *stitched.pages):
            for request in self.follow_links(each, spam_hrefs(each)):
                yield request

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        for url in sitemaps_from_robots(response.body, response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """A discovered sitemap: its child sitemaps, or its pages as seeds."""
        try:
            sitemap = parse_sitemap(response.body, response.url)
        except ValueError as exc:  # not a sitemap, corrupt or oversized gzip
            record_parse_error(self.crawler.stats, response.url, exc)
            return
        for entry in sitemap.entries:
            if sitemap.kind == "sitemapindex":
                yield scrapy.Request(entry.url, callback=self.parse_sitemap, errback=self.on_error)
            else:
                yield from self._seed(entry.url, entry.hints(), "sitemap")

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """A discovered feed: its entries as seeds."""
        try:
            entries = parse_feed(response.body, response.url)
        except ValueError as exc:
            record_parse_error(self.crawler.stats, response.url, exc)
            return
        for entry in entries:
            yield from self._seed(entry.url, entry.hints(), "feed")

    def _seed(self, url: str, hints: dict[str, Any], source: str) -> Iterator[scrapy.Request]:
        url = strip_tracking(url)
        if self._wanted(url) and self._budget_allows(url):
            self.crawler.stats.inc_value(f"newscrawl/seeds/{source}")
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, cb_kwargs={"hints": hints})

    def extract(self, page: Page) -> Extraction:
        """The generic extraction, corrected by the site profile if there is one."""
        extraction = extract_page(page)
        return self.profile.apply(extraction) if self.profile else extraction

    def follow_links(self, page: Page, spam: set[str]) -> Iterator[scrapy.Request]:
        """Requests for the page's links; the later pages of articles (fetched by the
        stitcher) are no links to follow."""
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
        if not looks_like_html(url) or canonical_form(url) in self._stitched:
            return False
        if self.profile is not None and not self.profile.follows(url):
            self.crawler.stats.inc_value("newscrawl/links/profile_skipped")
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
