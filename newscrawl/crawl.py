"""Run a crawl in-process and summarise it: the engine behind ``newscrawl crawl`` and ``demo``."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newscrawl.progress import error_count, pages_fetched


@dataclass
class CrawlSummary:
    pages_fetched: int
    articles_written: int
    dropped: dict[str, int]
    errors: int
    error_kinds: dict[str, int]
    duration_s: float
    stats: dict[str, Any] = field(repr=False, default_factory=dict)

    def render(self) -> str:
        dropped = ", ".join(f"{k}: {v}" for k, v in sorted(self.dropped.items())) or "none"
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(self.error_kinds.items()))
        return "\n".join(
            [
                "newscrawl summary",
                f"  pages fetched:    {self.pages_fetched}",
                f"  articles written: {self.articles_written}",
                f"  items dropped:    {dropped}",
                f"  errors:           {self.errors}" + (f" ({kinds})" if kinds else ""),
                f"  duration:         {self.duration_s:.1f} s",
            ]
        )


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """newscrawl's settings module plus ``overrides``; works installed or from the checkout."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(spider: str, settings: Settings, **spider_args: Any) -> CrawlSummary:
    """Run ``spider`` to completion (blocking) and return its summary."""
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    started = time.monotonic()
    process.crawl(crawler, **spider_args)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return summarise(stats, time.monotonic() - started)


def summarise(stats: dict[str, Any], duration_s: float) -> CrawlSummary:
    """Pick the numbers a user wants from Scrapy's stats."""
    dropped = {k.split("/", 2)[2]: int(v) for k, v in stats.items() if k.startswith("newscrawl/dropped/")}
    kinds = {k.split("/", 2)[2]: int(v) for k, v in stats.items() if k.startswith("newscrawl/errors/")}
    return CrawlSummary(
        pages_fetched=pages_fetched(stats),
        articles_written=int(stats.get("item_scraped_count", 0)),
        dropped=dropped,
        errors=error_count(stats),
        error_kinds=kinds,
        duration_s=duration_s,
        stats=stats,
    )
