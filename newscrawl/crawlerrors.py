"""How every spider counts and logs what went wrong, so the summary reads one set of stats.

Each failure kind is one counter, ``newscrawl/errors/<kind>``: the exception class of a
failed fetch (``HttpError``, ``DNSLookupError``, ``TimeoutError``…), ``parse`` for a
response that is not a usable page, ``callback/<exception class>`` for a page whose
extraction raised (a bug: Scrapy logs the traceback and goes on, and :class:`CallbackErrors`
counts it here so that the summary shows the lost page). :func:`newscrawl.progress.error_count`
sums them.
A request a middleware declined on purpose (robots.txt, off-site) is no error: it is
counted as ``newscrawl/skipped/ignored`` beside Scrapy's own ``robotstxt/forbidden``.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.statscollectors import StatsCollector
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)


def error_key(kind: str) -> str:
    """The stats key for one kind of error.

    >>> error_key("HttpError")
    'newscrawl/errors/HttpError'
    """
    return f"newscrawl/errors/{kind}"


def record_fetch_error(stats: StatsCollector | None, failure: Failure) -> None:
    """An errback's body: count the failure by exception class and log it; the crawl goes on."""
    request = getattr(failure, "request", None)
    url = request.url if request else "?"
    if failure.check(IgnoreRequest) and not failure.check(HttpError):
        if stats is not None:
            stats.inc_value("newscrawl/skipped/ignored")
        logger.info("not fetched %s: %s", url, failure.getErrorMessage())
        return
    kind = failure.type.__name__ if failure.type is not None else "Unknown"
    if stats is not None:
        stats.inc_value(error_key(kind))
    logger.warning("fetch failed %s: %s", url, failure.getErrorMessage())


def record_parse_error(stats: StatsCollector | None, url: str, exc: Exception) -> None:
    """A fetched response that cannot be read as a page (or a feed, or a sitemap)."""
    if stats is not None:
        stats.inc_value(error_key("parse"))
    logger.warning("cannot parse %s: %s", url, exc)


class CallbackErrors:
    """Count every exception a spider callback raised (``spider_error``) as an error kind.

    Scrapy already logs such a failure with its traceback and carries on with the crawl,
    but counts it only in its own ``spider_exceptions/*`` stats, which the summary and the
    progress line do not read: a page lost to an extraction bug would go unreported.
    """

    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallbackErrors:
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        return extension

    def spider_error(self, failure: Failure) -> None:
        """The ``spider_error`` handler (Scrapy passes the response and spider too; unused)."""
        if self.stats is not None:
            kind = failure.type.__name__ if failure.type is not None else "Unknown"
            self.stats.inc_value(error_key(f"callback/{kind}"))
