"""Validate every item against the shipped JSON Schema before it is written."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.schema import schema_errors


class SchemaValidationPipeline:
    """An item that does not validate is dropped with its errors logged, never written."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SchemaValidationPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        errors = schema_errors(ItemAdapter(item).asdict())
        if errors:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/dropped/invalid")
            raise DropItem(f"schema violation: {'; '.join(errors[:3])}", log_level="WARNING")
        return item
