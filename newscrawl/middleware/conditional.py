"""Conditional requests for articles the crawl state has seen (``NEWSCRAWL_STATE_DIR``).

A rerun fetches listings in full (their links change) but asks for each known article
with the validators its last response carried (If-None-Match, If-Modified-Since). A
``304 Not Modified`` means the article is as recorded: it is counted
(``newscrawl/state/not_modified``), its ``last_seen`` is updated and the request ends
there, with no item and no links followed. Only URLs the state holds as articles get
the headers, so a page reachable only through unchanged articles is not reached on a
rerun; portals link every listing from the home page, where a rerun starts.

``NEWSCRAWL_CONDITIONAL_REQUESTS = False`` keeps the state but fetches everything.
"""

from __future__ import annotations

import logging

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.http.headers import Headers

from newscrawl.state import StateStore, Validators

logger = logging.getLogger(__name__)

META_KEY = "newscrawl_state_key"  # request.meta: the state key the request was made conditional for


class NotModified(IgnoreRequest):
    """The server answered 304 for a known article: nothing new to extract."""


def response_validators(headers: Headers) -> Validators:
    """The ETag and Last-Modified a response carries (weak ETags included, as servers send them).

    >>> response_validators(Headers({"ETag": '"a1"', "Last-Modified": "Tue, 21 Jan 2025 08:00:00 GMT"}))
    Validators(etag='"a1"', last_modified='Tue, 21 Jan 2025 08:00:00 GMT')
    >>> bool(response_validators(Headers({})))
    False
    """
    return Validators(_header(headers, b"ETag"), _header(headers, b"Last-Modified"))


def _header(headers: Headers, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1").strip() or None if value else None


class ConditionalRequestMiddleware:
    """Adds the state's validators to requests for known articles; a 304 ends the request."""

    def __init__(self, crawler: Crawler, state_dir: str) -> None:
        self.crawler = crawler
        self.state_dir = state_dir
        self.store: StateStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        state_dir = crawler.settings.get("NEWSCRAWL_STATE_DIR")
        if not state_dir or not crawler.settings.getbool("NEWSCRAWL_CONDITIONAL_REQUESTS", True):
            raise NotConfigured
        middleware = cls(crawler, str(state_dir))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self) -> None:
        self.store = StateStore.open(self.state_dir)

    def spider_closed(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or self.store is None:
            return
        known = self.store.lookup(request.url)
        if known is None or not known.validators:
            return
        if known.etag:
            request.headers.setdefault(b"If-None-Match", known.etag)
        if known.http_last_modified:
            request.headers.setdefault(b"If-Modified-Since", known.http_last_modified)
        request.meta[META_KEY] = known.key
        self._inc("newscrawl/state/conditional_requests")

    def process_response(self, request: Request, response: Response) -> Response:
        key = request.meta.get(META_KEY)
        if response.status != 304 or key is None or self.store is None:
            return response
        self.store.touch(key, validators=self._validators_after_304(key, response))
        self._inc("newscrawl/state/not_modified")
        logger.debug("not modified since the last run: %s", request.url)
        raise NotModified(f"not modified: {request.url}")

    def _validators_after_304(self, key: str, response: Response) -> Validators | None:
        """A 304 may carry updated validators; the ones it leaves out stay as they were."""
        fresh = response_validators(response.headers)
        known = self.store.get(key) if self.store is not None and fresh else None
        if known is None:
            return None
        return Validators(fresh.etag or known.etag, fresh.last_modified or known.http_last_modified)

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)
