"""``urllist``: fetch and extract exactly the pages of a URL list, following nothing.

Nothing but the later pages of a listed article that is split over pages: they are
fetched and joined to it, since half an article is not the article.

``-a file=PATH`` (``-`` for stdin) holds one URL per line, ``#`` comments allowed;
``-a urls=a,b`` adds more. Bad lines are logged and counted
(``newscrawl/urllist/invalid``), not fatal. As in every crawl, each page is yielded
with the ``pageType`` the engine gives it and the pipelines keep the articles.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import scrapy

from newscrawl.urllist import UrlList, read_url_list, urls_from_arguments
from spiders.listed import ListedPagesSpider

logger = logging.getLogger(__name__)


class UrlListSpider(ListedPagesSpider):
    name = "urllist"

    def __init__(self, file: str = "", urls: str = "", **kwargs: Any) -> None:
        scrapy.Spider.__init__(self, **kwargs)  # its own arguments: a file and/or a list
        listed = read_url_list(file) if file else UrlList()
        given = urls_from_arguments(urls)
        self.start_urls = list(dict.fromkeys([*listed.urls, *given.urls]))
        self.problems = [*listed.problems, *given.problems]
        if not self.start_urls:
            raise ValueError("urllist spider needs URLs: -a file=urls.txt (or - for stdin), or -a urls=a,b")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for problem in self.problems:
            logger.warning("URL list: skipped %s", problem)
        self.crawler.stats.set_value("newscrawl/urllist/invalid", len(self.problems))
        self.crawler.stats.set_value("newscrawl/urllist/urls", len(self.start_urls))
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error)
