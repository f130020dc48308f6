"""Write the crawl's stats as JSON when it closes (``NEWSCRAWL_STATS_FILE``).

Scheduled runs and tests read numbers from here instead of scraping logs.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class StatsFileWriter:
    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFileWriter:
        path = crawler.settings.get("NEWSCRAWL_STATS_FILE")
        if not path:
            raise NotConfigured
        writer = cls(crawler, Path(path))
        crawler.signals.connect(writer.spider_closed, signal=signals.spider_closed)
        return writer

    def spider_closed(self, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = {k: _jsonable(v) for k, v in self.crawler.stats.get_stats().items()}
        stats["finish_reason"] = reason
        self.path.write_text(json.dumps(stats, indent=1, sort_keys=True), encoding="utf-8")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
