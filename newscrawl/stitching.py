"""Fetch the later pages of a split article from the spider callback and join them into one item.

Why awaited downloads (``engine.download_async``) rather than a chain of scheduled
requests carrying the partial item in ``cb_kwargs``: a scheduled request can vanish
without reaching its errback — ``DEPTH_LIMIT`` drops it silently, and the dupefilter
drops a page some other link already reached — and the article waiting in it would be
lost. Awaited downloads pass the downloader middlewares (robots.txt, retries, redirects,
User-Agent, throttling) but not the scheduler, so every outcome comes back here: the
article is emitted once, whole, or with the pages gathered before one failed
(``newscrawl/pagination/incomplete``, provenance ``articleBody: pages:2/3``).

``NEWSCRAWL_ARTICLE_PAGES`` (default 20) caps the pages joined; 1 turns stitching off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from newscrawl.amp import with_amp_body
from newscrawl.crawlerrors import error_key
from newscrawl.extract.pagemerge import merge_bodies
from newscrawl.extract.pagination import continuation_verdict, continuations_from
from newscrawl.items import Article
from newscrawl.page import Page
from newscrawl.responses import page_from_response
from newscrawl.urls import canonical_form

if TYPE_CHECKING:
    from newscrawl.extract.article import Extraction

logger = logging.getLogger(__name__)

DEFAULT_ARTICLE_PAGES = 20


@dataclass
class Stitched:
    """The article to emit; the later pages joined to it (the spider follows their links);
    ``claimed``: canonical URLs the stitcher fetched or tried, which are no links to follow."""

    article: Article
    pages: list[Page] = field(default_factory=list)
    claimed: set[str] = field(default_factory=set)


async def stitch_article(
    crawler: Crawler, first: Extraction, extract: Callable[[Page], Extraction]
) -> Stitched:
    """``first`` joined with its later pages, fetched in page order; ``first`` alone when it has none."""
    limit = crawler.settings.getint("NEWSCRAWL_ARTICLE_PAGES", DEFAULT_ARTICLE_PAGES)
    first_url = first.page.url
    if limit < 2 or not first_url or first.article.pageType != "article":
        return Stitched(first.article)
    pending = continuations_from(first.page, first_url)
    announced, complete = max(pending, default=1), True
    later: list[Extraction] = []
    claimed = {canonical_form(first_url)} if pending else set()
    while pending:
        if 1 + len(later) >= limit:
            _inc(crawler, "newscrawl/pagination/over_limit")
            complete = False
            break
        number = min(pending)
        url = pending.pop(number)
        claimed.add(canonical_form(url))
        page = await fetch_extraction(crawler, url, extract)
        if page is None:
            complete = False  # counted as an error by fetch_extraction
            break
        verdict = continuation_verdict(page, [first, *later])
        if verdict != "next":
            _inc(crawler, f"newscrawl/pagination/{verdict}")
            if verdict == "foreign":  # another article: the spider follows it (and the rest) as links
                claimed.discard(canonical_form(url))
                pending = {}
            break
        later.append(page)
        found = continuations_from(page.page, first_url)
        pending = {n: u for n, u in {**pending, **found}.items() if n > number}
        announced = max(announced, *found) if found else announced
    # Pages left after a failure or the limit are the article's too: no links to follow.
    claimed.update(canonical_form(u) for u in pending.values())
    article = _joined(crawler, first, later, complete, announced)
    return Stitched(article, [e.page for e in later], claimed)


def _joined(
    crawler: Crawler, first: Extraction, later: list[Extraction], complete: bool, total: int
) -> Article:
    article = merge_bodies(first.article, [e.article for e in later]) if later else first.article
    pages = 1 + len(later)
    if later:
        _inc(crawler, "newscrawl/pagination/stitched")
        _inc(crawler, "newscrawl/pagination/pages", len(later))
    if not complete:
        _inc(crawler, "newscrawl/pagination/incomplete")
        article.provenance["articleBody"] = f"pages:{pages}/{max(total, pages + 1)}"
        logger.warning("article %s: emitted with %d pages, the next one missing", first.page.url, pages)
    return article


async def complete_article(
    crawler: Crawler, first: Extraction, extract: Callable[[Page], Extraction]
) -> Stitched:
    """What every spider does with an extracted page before emitting it: the AMP version's
    body for an empty JS shell (:mod:`newscrawl.amp`), then the later pages of a split article."""
    first = await with_amp_body(first, lambda url: fetch_extraction(crawler, url, extract))
    return await stitch_article(crawler, first, extract)


async def fetch_extraction(
    crawler: Crawler, url: str, extract: Callable[[Page], Extraction]
) -> Extraction | None:
    """One more page of the same article (a later page, an AMP version), extracted; None
    (counted, logged) when it cannot be had."""
    assert crawler.engine is not None
    try:
        response = await crawler.engine.download_async(scrapy.Request(url, dont_filter=True))
    except IgnoreRequest as exc:  # robots.txt, off-site: declined on purpose, no error
        _inc(crawler, "newscrawl/skipped/ignored")
        logger.info("page not fetched %s: %s", url, exc)
        return None
    except Exception as exc:  # timeouts, DNS, refused connections: whatever fails, keep what we have
        _inc(crawler, error_key(type(exc).__name__))
        logger.warning("page failed %s: %s", url, exc)
        return None
    if not 200 <= response.status < 300:
        _inc(crawler, error_key("HttpError"))
        logger.warning("page failed %s: HTTP %d", url, response.status)
        return None
    page = page_from_response(response, crawler.stats)
    return extract(page) if page is not None else None


def _inc(crawler: Crawler, key: str, count: int = 1) -> None:
    if crawler.stats is not None:
        crawler.stats.inc_value(key, count)
