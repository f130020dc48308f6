"""What the spiders that fetch listed pages share: a feed's entries, a sitemap's pages, a URL list.

Each listed page is fetched once, extracted with whatever the listing said about it (hints:
a feed entry's date and authors, a news sitemap's title), and has the later pages of a split
article joined to it; the pipelines keep it if it is an article. Fetch errors are counted
the same way in every crawl mode.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.crawlerrors import record_fetch_error
from newscrawl.extract.article import extract_page
from newscrawl.recency import parse_since
from newscrawl.responses import page_from_response
from newscrawl.stitching import complete_article
from newscrawl.urllist import split_urls


class ListedPagesSpider(scrapy.Spider):
    """Base class (no ``name``, so ``scrapy list`` does not show it)."""

    # How to call the spider, for the error a call without start URLs gets.
    usage = "-a url=URL"

    def __init__(self, url: str = "", urls: str = "", since: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = self.listed_urls(url, urls)
        if not self.start_urls:
            raise ValueError(f"{self.name} spider needs start URLs: {self.usage}")
        self.since = parse_since(since) if since else None

    def listed_urls(self, url: str, urls: str) -> list[str]:
        """The start URLs the arguments name; a subclass with its own sources extends this."""
        return split_urls(url, urls)

    async def parse_article(
        self, response: Response, hints: dict[str, Any] | None = None
    ) -> AsyncIterator[Any]:
        """The page, extracted with the listing's hints and its later pages joined, if it is split."""
        page = page_from_response(response, self.crawler.stats, hints=hints)
        if page is not None:
            yield (await complete_article(self.crawler, extract_page(page), extract_page)).article

    def on_error(self, failure: Failure) -> None:
        record_fetch_error(self.crawler.stats, failure)
