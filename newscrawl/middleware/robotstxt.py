"""Scrapy's robots.txt middleware, with every request that waits for robots.txt checked.

Scrapy 2.13+ (measured on 2.19 with the asyncio reactor) parks the requests that arrive
while a host's robots.txt is downloading on one shared ``Deferred`` and awaits it
through ``Deferred.asFuture``. ``asFuture`` consumes the result, so the first waiter
gets the parser and every later one gets ``None``, which the middleware reads as "no
robots.txt": those requests are fetched unchecked. A portal crawl rarely notices (one
start URL); a URL list or a burst of sitemap entries to a new host does. Here each
waiter chains its own ``Deferred`` that passes the result on.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.http import Request
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Drop-in replacement: same settings, stats and behaviour, minus the lost verdicts."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)  # known already, or this request fetches it
        mine: Deferred[RobotParser | None] = Deferred()
        pending.addBoth(_relay, mine)
        return await maybe_deferred_to_future(mine)


def _relay(result: RobotParser | None, waiter: Deferred[RobotParser | None]) -> RobotParser | None:
    """Hand the shared result to one waiter and keep it on the shared chain for the next."""
    waiter.callback(result)
    return result
