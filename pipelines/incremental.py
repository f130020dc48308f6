"""Scheduled runs emit only what changed: new articles and edited ones (``NEWSCRAWL_STATE_DIR``).

Each article's text fingerprint is compared with the state of earlier runs: unknown
articles go out with ``revision`` 1, edited ones with the next revision, unchanged
ones are dropped (``newscrawl/dropped/unchanged``). The page's ``dateModified`` is
kept as the page gives it, never invented. An article is recorded only once it has
passed every pipeline (``item_scraped``), so an item dropped later or lost in a crash
is emitted again by the next run rather than never.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import Response

from newscrawl.fingerprint import content_hash, has_enough_text, simhash
from newscrawl.middleware.conditional import response_validators
from newscrawl.state import StateStore, Validators, article_key, next_revision

logger = logging.getLogger(__name__)


class Unchanged(DropItem):
    """The article's text is the same as when the state last saw it."""


class IncrementalPipeline:
    def __init__(self, crawler: Crawler, state_dir: str) -> None:
        self.crawler = crawler
        self.state_dir = state_dir
        self.store: StateStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        state_dir = crawler.settings.get("NEWSCRAWL_STATE_DIR")
        if not state_dir:
            raise NotConfigured
        pipeline = cls(crawler, str(state_dir))
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def open_spider(self) -> None:
        self.store = StateStore.open(self.state_dir)
        logger.info("crawl state: %s (%d articles known)", self.store.path, len(self.store))

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if adapter.get("pageType") != "article" or self.store is None:
            return item
        key = article_key(adapter["url"], adapter.get("canonicalUrl"))
        previous = self.store.get(key)
        revision = next_revision(previous, content_hash(adapter.get("headline"), adapter["articleBody"]))
        if revision is None:
            self._inc("newscrawl/dropped/unchanged")
            raise Unchanged(f"unchanged since the last run: {key}", log_level="INFO")
        adapter["revision"] = revision
        self._inc("newscrawl/state/new" if revision == 1 else "newscrawl/state/changed")
        return item

    def item_scraped(self, item: Any, response: Response | None = None) -> None:
        """Emitted: record it, with the validators its response carried."""
        adapter = ItemAdapter(item)
        revision = adapter.get("revision")
        if self.store is None or revision is None:
            return
        body = adapter["articleBody"]
        self.store.record(
            article_key(adapter["url"], adapter.get("canonicalUrl")),
            url=adapter["url"],
            fingerprint=content_hash(adapter.get("headline"), body),
            simhash=simhash(body) if has_enough_text(body) else None,
            revision=revision,
            date_modified=adapter.get("dateModified"),
            validators=_validators(response),
            duplicate_of=adapter.get("duplicateOf"),
        )
        self._inc("newscrawl/state/recorded")

    def item_dropped(self, item: Any, exception: BaseException, response: Response | None = None) -> None:
        """Unchanged: note that it is still there, and its latest validators."""
        if self.store is None or not isinstance(exception, Unchanged):
            return
        adapter = ItemAdapter(item)
        key = article_key(adapter["url"], adapter.get("canonicalUrl"))
        self.store.touch(key, validators=_validators(response))

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)


def _validators(response: Any) -> Validators | None:
    """The response's validators; None (keep what is known) when the item came without one."""
    return response_validators(response.headers) if isinstance(response, Response) else None
