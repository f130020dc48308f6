"""robots.txt ``Crawl-delay``, which Scrapy parses but never applies.

Scrapy's robots.txt parsers read ``Crawl-delay`` and nothing uses it: a site that asks
for one request every 10 seconds gets whatever AutoThrottle settles on. This middleware
listens for every parsed robots.txt (the ``robots_parsed`` signal), and for a host that
asks for a delay it sets the host's download slot to that delay without jitter and tells
AutoThrottle to leave the slot alone, so the delay holds for the whole crawl. Requests to
the host keep their place in the queue; they are only spaced out.

A delay above ``NEWSCRAWL_MAX_CRAWL_DELAY`` is capped there (with a warning): an hour
between requests would stall a crawl that a user started expecting to finish.
``NEWSCRAWL_CRAWL_DELAY_ENABLED = False`` switches the behaviour off.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)


class CrawlDelayMiddleware:
    """Space requests to each host as its robots.txt ``Crawl-delay`` asks."""

    def __init__(self, crawler: Crawler, max_delay: float) -> None:
        self.crawler = crawler
        self.max_delay = max_delay
        settings = crawler.settings
        self.user_agent: str = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}  # netloc -> seconds, only hosts that ask for one

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        settings = crawler.settings
        enabled = settings.getbool("NEWSCRAWL_CRAWL_DELAY_ENABLED", True)
        if not (enabled and settings.getbool("ROBOTSTXT_OBEY")):
            raise NotConfigured
        middleware = cls(crawler, settings.getfloat("NEWSCRAWL_MAX_CRAWL_DELAY", 30.0))
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    def robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        """Remember the host's delay; the request that triggered the fetch names the host."""
        asked = robotparser.crawl_delay(self.user_agent)
        if asked is None or asked <= 0:
            return
        netloc = urlparse_cached(request).netloc
        delay = min(float(asked), self.max_delay)
        if delay < asked:
            logger.warning("robots.txt of %s asks for Crawl-delay %s s; capped at %s s", netloc, asked, delay)
        else:
            logger.info("robots.txt of %s asks for Crawl-delay %s s; applied", netloc, delay)
        self.delays[netloc] = delay
        self.crawler.stats.set_value(f"newscrawl/crawl_delay/{netloc}", delay)

    def process_request(self, request: Request, spider: Any = None) -> None:
        """Hold the host's slot at its delay; runs after robots.txt is known for the host."""
        delay = self.delays.get(urlparse_cached(request).netloc)
        if delay is None:
            return
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if downloader is None:
            return
        key = downloader.get_slot_key(request)
        # A slot is created on first use and collected when idle: set both the live slot
        # and the settings a re-created slot starts from.
        downloader.per_slot_settings.setdefault(key, {}).update(delay=delay, jitter=0.0)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay = max(slot.delay, delay)
            if hasattr(slot, "jitter"):  # Scrapy 2.19+; earlier versions call it randomize_delay
                slot.jitter = 0.0
            else:
                slot.randomize_delay = False
