"""``feed``: crawl the articles an RSS or Atom feed lists.

``-a url=`` takes feeds or pages (comma-separated); a page is searched for the feeds it
announces. Each entry's page is fetched once and extracted with the entry's date,
authors and title as hints; nothing else is followed but the later pages of an article
split over pages, joined to it. ``-a since=`` (ISO 8601 or
``2d``/``12h``) skips entries whose dates show them older. Entry links may point to
other hosts (feed proxies, syndication), so no host filter applies.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import HtmlResponse, Response
from twisted.python.failure import Failure

from newscrawl.crawlerrors import record_fetch_error, record_parse_error
from newscrawl.extract.article import extract_page
from newscrawl.feeds import FeedEntry, NotAFeed, discover_feeds, parse_feed
from newscrawl.recency import may_be_since, parse_since
from newscrawl.responses import page_from_response
from newscrawl.stitching import complete_article
from newscrawl.urllist import split_urls

logger = logging.getLogger(__name__)


class FeedSpider(scrapy.Spider):
    name = "feed"

    def __init__(self, url: str = "", urls: str = "", since: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = split_urls(url, urls)
        if not self.start_urls:
            raise ValueError("feed spider needs a feed or page URL: -a url=https://news.example/rss.xml")
        self.since = parse_since(since) if since else None

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, discover: bool = True, **kwargs: Any) -> Iterator[scrapy.Request]:
        """A feed: request its entries. A page (start URLs only): request the feeds it announces."""
        try:
            entries = parse_feed(response.body, response.url)
        except NotAFeed as exc:
            if discover and isinstance(response, HtmlResponse):
                yield from self.discovered(response)
            else:
                record_parse_error(self.crawler.stats, response.url, exc)
            return
        self.crawler.stats.inc_value("newscrawl/feeds/parsed")
        for entry in entries:
            yield from self.entry_request(entry)

    def discovered(self, response: HtmlResponse) -> Iterator[scrapy.Request]:
        feeds = discover_feeds(response.body, response.url)
        if not feeds:
            self.crawler.stats.inc_value("newscrawl/feeds/none_discovered")
            logger.warning("no feed announced by %s", response.url)
        for url in feeds:
            self.crawler.stats.inc_value("newscrawl/feeds/discovered")
            yield response.follow(
                url, callback=self.parse, errback=self.on_error, cb_kwargs={"discover": False}
            )

    def entry_request(self, entry: FeedEntry) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("newscrawl/feeds/entries")
        if self.since is not None and not may_be_since(self.since, entry.published, entry.updated):
            self.crawler.stats.inc_value("newscrawl/feeds/older_than_since")
            return
        yield scrapy.Request(
            entry.url, callback=self.parse_article, errback=self.on_error, cb_kwargs={"hints": entry.hints()}
        )

    async def parse_article(self, response: Response, hints: dict[str, Any]) -> AsyncIterator[Any]:
        """The page, extracted with the entry's hints (its later pages joined, if it is split);
        the pipelines keep it if it is an article."""
        page = page_from_response(response, self.crawler.stats, hints=hints)
        if page is not None:
            yield (await complete_article(self.crawler, extract_page(page), extract_page)).article

    def on_error(self, failure: Failure) -> None:
        record_fetch_error(self.crawler.stats, failure)
