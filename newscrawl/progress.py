"""A progress line on stderr while a crawl runs (the CLI turns it on)."""

from __future__ import annotations

import sys
from typing import TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class ProgressReporter:
    """Every ``NEWSCRAWL_PROGRESS_INTERVAL`` seconds: pages fetched, articles written, errors."""

    def __init__(self, crawler: Crawler, interval: float, stream: TextIO = sys.stderr) -> None:
        self.crawler = crawler
        self.interval = interval
        self.stream = stream
        self._loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressReporter:
        interval = crawler.settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        reporter = cls(crawler, interval)
        crawler.signals.connect(reporter.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def spider_opened(self) -> None:
        self._loop = task.LoopingCall(self.report)
        self._loop.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()

    def report(self) -> None:
        stats = self.crawler.stats
        assert stats is not None
        pages = pages_fetched(stats.get_stats())
        items = stats.get_value("item_scraped_count", 0)
        errors = error_count(stats.get_stats())
        self.stream.write(
            f"[newscrawl] pages fetched: {pages}  articles written: {items}  errors: {errors}\n"
        )
        self.stream.flush()


def pages_fetched(stats: dict[str, object]) -> int:
    """Responses for pages, robots.txt files left out.

    >>> pages_fetched({"response_received_count": 12, "robotstxt/response_count": 2})
    10
    """
    responses, robots = stats.get("response_received_count", 0), stats.get("robotstxt/response_count", 0)
    return (responses if isinstance(responses, int) else 0) - (robots if isinstance(robots, int) else 0)


def error_count(stats: dict[str, object]) -> int:
    """Final fetch failures (after retries), HTTP errors and unparseable pages.

    >>> error_count({"newscrawl/errors/HttpError": 2, "newscrawl/errors/parse": 1, "x": 5})
    3
    """
    return sum(int(v) for k, v in stats.items() if k.startswith("newscrawl/errors/") and isinstance(v, int))
