"""Drop exact duplicates: the same article reached under several URLs (one canonical URL)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.urls import canonical_form


class CanonicalDedupPipeline:
    """Keys on the canonical URL (``rel=canonical``, else the fetched URL), normalised.

    State lives in the instance for one crawl; the incremental state store (later)
    will persist it across runs.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CanonicalDedupPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        key = canonical_form(adapter.get("canonicalUrl") or adapter["url"])
        if key in self.seen:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/dropped/duplicate")
            raise DropItem(f"duplicate of {key}", log_level="INFO")
        self.seen.add(key)
        return item
