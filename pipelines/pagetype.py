"""Keep articles only: listings and other pages were crawled for their links, not emitted.

``NEWSCRAWL_PAGE_TYPES`` names the page types that are emitted (default: articles). Adding
``other`` keeps pages that are neither article nor listing: undated guides and service pages
that credit nobody, but also about and policy pages, galleries and the later pages of split
articles (whose text page 1 already carries).
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.items import PAGE_TYPES


class ArticleOnlyPipeline:
    def __init__(self, crawler: Crawler, kept: frozenset[str]) -> None:
        self.crawler = crawler
        self.kept = kept

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleOnlyPipeline:
        # "article, other" as a -s value splits to " other": the spaces are no part of a type.
        kept = frozenset(t.strip() for t in crawler.settings.getlist("NEWSCRAWL_PAGE_TYPES", ["article"]))
        if unknown := kept - set(PAGE_TYPES):  # a typo must not let every page through, nor none
            raise ValueError(f"NEWSCRAWL_PAGE_TYPES: unknown {sorted(unknown)}; the types are {PAGE_TYPES}")
        return cls(crawler, kept)

    def process_item(self, item: Any) -> Any:
        page_type = ItemAdapter(item).get("pageType")
        if page_type not in self.kept:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"newscrawl/dropped/{page_type}")
            raise DropItem(f"not a kept page type: {page_type}", log_level="DEBUG")
        return item
