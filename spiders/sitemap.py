"""``sitemap``: crawl the pages a site's sitemaps list.

``-a url=`` takes sitemaps, sitemap indexes (gzipped or not) or site roots, comma-separated.
A site root, or a URL that turns out not to be a sitemap, is resolved through the
site's ``/robots.txt`` ``Sitemap:`` lines, falling back to ``/sitemap.xml``. Indexes
are followed; each listed page is fetched once and extracted, with a Google News
sitemap's publication date and title as hints; an article split over pages gets its
later pages joined. ``-a since=`` skips entries, and whole child sitemaps, whose
``lastmod`` or publication date shows them older.

Not Scrapy's ``SitemapSpider``: it drops the nested ``news:`` fields and cannot attach
them to the page request (see :mod:`newscrawl.sitemaps`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.crawlerrors import record_parse_error
from newscrawl.sitemaps import (
    NotASitemap,
    default_sitemap_url,
    is_recent,
    is_site_root,
    parse_sitemap,
    robots_url,
    sitemaps_from_robots,
)
from spiders.listed import ListedPagesSpider

logger = logging.getLogger(__name__)


class SitemapSpider(ListedPagesSpider):
    name = "sitemap"
    usage = "a sitemap or site URL, -a url=https://news.example/"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            if is_site_root(url):
                yield self.robots_request(url)
            else:
                yield self.sitemap_request(url, start=True)

    def sitemap_request(self, url: str, start: bool = False) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, cb_kwargs={"start": start})

    def robots_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(robots_url(url), callback=self.parse_robots, errback=self.no_robots)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        found = sitemaps_from_robots(response.body, response.url)
        self.crawler.stats.inc_value("newscrawl/sitemaps/from_robots", len(found))
        for url in found or [default_sitemap_url(response.url)]:
            yield self.sitemap_request(url)

    def no_robots(self, failure: Failure) -> Iterator[scrapy.Request]:
        """No robots.txt is normal: try the conventional location (its failure is counted)."""
        request = getattr(failure, "request", None)
        if request is not None:
            logger.info(
                "no robots.txt at %s (%s): trying /sitemap.xml", request.url, failure.getErrorMessage()
            )
            yield self.sitemap_request(default_sitemap_url(request.url))

    def parse(self, response: Response, start: bool = False, **kwargs: Any) -> Iterator[scrapy.Request]:
        """A sitemap: request its children (an index) or its pages; a start URL that is a page: robots.txt."""
        try:
            sitemap = parse_sitemap(response.body, response.url)
        except NotASitemap as exc:
            if start:
                yield self.robots_request(response.url)
            else:
                record_parse_error(self.crawler.stats, response.url, exc)
            return
        except ValueError as exc:  # corrupt or oversized gzip
            record_parse_error(self.crawler.stats, response.url, exc)
            return
        self.crawler.stats.inc_value(f"newscrawl/sitemaps/{sitemap.kind}")
        for entry in sitemap.entries:
            if self.since is not None and not is_recent(entry, self.since):
                self.crawler.stats.inc_value("newscrawl/sitemaps/older_than_since")
            elif sitemap.kind == "sitemapindex":
                yield self.sitemap_request(entry.url)
            else:
                yield scrapy.Request(
                    entry.url,
                    callback=self.parse_article,
                    errback=self.on_error,
                    cb_kwargs={"hints": entry.hints()},
                )
