"""Mark (or drop) articles whose body is a near copy of an earlier one, across sites.

``NEWSCRAWL_NEAR_DUPLICATES``: ``mark`` (default) sets ``duplicateOf`` to the earlier
article's canonical URL; ``drop`` drops the copy (``newscrawl/dropped/near_duplicate``);
``off`` switches the pipeline off. "Earlier" means first seen: articles recorded in the
crawl state by earlier runs (``NEWSCRAWL_STATE_DIR``) come first, then this crawl's in
the order they arrive, so a copy crawled before its original is the one kept unmarked.
Bodies too short for a simhash verdict are left alone (``newscrawl/neardup/too_short``).
A simhash compares whole texts: half an article (one page of a paginated copy) does not
match the whole.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.fingerprint import has_enough_text, simhash
from newscrawl.neardup import SimhashIndex
from newscrawl.state import StateStore, article_key

MODES = ("mark", "drop", "off")


class NearDuplicatePipeline:
    def __init__(self, crawler: Crawler, mode: str, state_dir: str | None) -> None:
        if mode not in MODES:
            raise ValueError(f"NEWSCRAWL_NEAR_DUPLICATES must be one of {', '.join(MODES)}, not {mode!r}")
        self.crawler = crawler
        self.mode = mode
        self.state_dir = state_dir
        self.index = SimhashIndex()
        self.store: StateStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NearDuplicatePipeline:
        mode = str(crawler.settings.get("NEWSCRAWL_NEAR_DUPLICATES", "mark")).strip().lower()
        if mode == "off":
            raise NotConfigured
        return cls(crawler, mode, crawler.settings.get("NEWSCRAWL_STATE_DIR") or None)

    def open_spider(self) -> None:
        self.index = SimhashIndex()
        if self.state_dir:
            self.store = StateStore.open(self.state_dir)

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        body = adapter.get("articleBody") or ""
        if adapter.get("pageType") != "article":
            return item
        if not has_enough_text(body):
            self._inc("newscrawl/neardup/too_short")
            return item
        key = article_key(adapter["url"], adapter.get("canonicalUrl"))
        value = simhash(body)
        original = self._original_in_state(key, value) or self.index.original_of(value, exclude=key)
        if original is None:
            self.index.add(key, value, key)
            return item
        self._inc("newscrawl/neardup/found")
        if self.mode == "drop":
            self._inc("newscrawl/dropped/near_duplicate")
            raise DropItem(f"near duplicate of {original}: {key}", log_level="INFO")
        adapter["duplicateOf"] = original
        self.index.add(key, value, original)
        return item

    def _original_in_state(self, key: str, value: int) -> str | None:
        """The first-seen original among earlier runs' articles, this article's own record aside."""
        if self.store is None:
            return None
        for state in self.store.similar(value):
            original = state.duplicate_of or state.key
            if key not in (state.key, original):
                return original
        return None

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)
