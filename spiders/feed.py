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

from newscrawl.crawlerrors import record_parse_error
from newscrawl.feeds import FeedEntry, NotAFeed, discover_feeds, parse_feed
from newscrawl.recency import may_be_since
from spiders.listed import ListedPagesSpider

logger = logging.getLogger(__name__)


class FeedSpider(ListedPagesSpider):
    name = "feed"
    usage = "a feed or page URL, -a url=https://news.example/rss.xml"

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
