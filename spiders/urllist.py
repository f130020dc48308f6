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

from newscrawl.urllist import Problem, UrlList, read_url_list, urls_from_arguments
from spiders.listed import ListedPagesSpider

logger = logging.getLogger(__name__)


class UrlListSpider(ListedPagesSpider):
    name = "urllist"
    usage = "-a file=urls.txt (or - for stdin), or -a urls=a,b"

    def __init__(self, file: str = "", **kwargs: Any) -> None:
        self.file = file
        self.problems: list[Problem] = []
        super().__init__(**kwargs)

    def listed_urls(self, url: str, urls: str) -> list[str]:
        """The file's URLs, then the arguments', each once; bad lines are kept as problems."""
        listed = read_url_list(self.file) if self.file else UrlList()
        given = urls_from_arguments(url, urls)
        self.problems = [*listed.problems, *given.problems]
        return list(dict.fromkeys([*listed.urls, *given.urls]))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for problem in self.problems:
            logger.warning("URL list: skipped %s", problem)
        self.crawler.stats.set_value("newscrawl/urllist/invalid", len(self.problems))
        self.crawler.stats.set_value("newscrawl/urllist/urls", len(self.start_urls))
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error)
