"""Keep articles only: listings and other pages were crawled for their links, not emitted."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem


class ArticleOnlyPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleOnlyPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        page_type = ItemAdapter(item).get("pageType")
        if page_type != "article":
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"newscrawl/dropped/{page_type}")
            raise DropItem(f"not an article: {page_type}", log_level="DEBUG")
        return item
