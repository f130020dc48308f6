"""From a Scrapy response to a parsed page: the step every spider takes before extracting."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy.http import HtmlResponse, Response
from scrapy.statscollectors import StatsCollector

from newscrawl.crawlerrors import record_parse_error
from newscrawl.page import Page, PageError, parse_page

logger = logging.getLogger(__name__)


def page_from_response(
    response: Response, stats: StatsCollector | None, *, hints: dict[str, Any] | None = None
) -> Page | None:
    """The response as a :class:`Page` with ``hints``; None (counted) for non-HTML or unparseable ones.

    Non-HTML responses (a PDF or an image listed in a sitemap) are skipped, not errors.
    """
    if not isinstance(response, HtmlResponse):
        if stats is not None:
            stats.inc_value("newscrawl/skipped/not_html")
        logger.debug("not HTML, skipped: %s", response.url)
        return None
    try:
        return parse_page(
            response.body,
            response.url,
            content_type=(response.headers.get("Content-Type") or b"").decode("latin-1"),
            fetched_at=datetime.now(UTC),
            hints=hints,
        )
    except PageError as exc:
        record_parse_error(stats, response.url, exc)
        return None
