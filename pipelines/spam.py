"""Crawl-wide spam evidence: what one page cannot show, many pages of a site do.

Each article's page-level cleaning (done at extraction) reports the injected terms it
found; the tracker learns them per host, strips keyword affixes recurring across the
site's headlines, and gives the site a content-farm verdict that every later item
carries. ``NEWSCRAWL_DROP_CONTENT_FARMS`` drops items of farm sites instead.

With a state folder (``NEWSCRAWL_STATE_DIR``) the evidence outlives the crawl: it is
loaded when the spider opens and saved when it closes, so a scheduled run that fetches
only a site's new articles judges them with what the earlier runs learned.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.clean.site import SiteSpamTracker
from newscrawl.items import Article
from newscrawl.state import StateStore

logger = logging.getLogger(__name__)


class SiteSpamPipeline:
    def __init__(self, crawler: Crawler, drop_farms: bool, state_dir: str | None = None) -> None:
        self.crawler = crawler
        self.drop_farms = drop_farms
        self.state_dir = state_dir
        self.tracker = SiteSpamTracker()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteSpamPipeline:
        settings = crawler.settings
        return cls(
            crawler,
            settings.getbool("NEWSCRAWL_DROP_CONTENT_FARMS"),
            settings.get("NEWSCRAWL_STATE_DIR") or None,
        )

    def open_spider(self) -> None:
        if self.state_dir:
            with StateStore.open(self.state_dir) as store:
                self.tracker = SiteSpamTracker.from_dict(store.site_spam())
            logger.info("site spam evidence: %d site(s) known", len(self.tracker.hosts()))

    def close_spider(self) -> None:
        if self.state_dir:
            with StateStore.open(self.state_dir) as store:
                store.save_site_spam(self.tracker.to_dict())

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        site = urlsplit(item.url).netloc  # an origin: one site per host and port
        terms = [
            r.text
            for r in item.cleaning
            if r.field in ("headline", "articleBody") and r.rule.startswith("spam")
        ]
        self.tracker.observe(site, item.headline or "", terms, page_score=item.spam.score)
        headline, removal = self.tracker.clean_headline(site, item.headline or "", item.articleBody)
        if removal is not None:
            item.headline = headline
            item.cleaning.append(removal)
            self._inc("newscrawl/spam/site_affix_removed")
        score, is_farm, evidence = self.tracker.verdict(site)
        item.spam.siteScore = round(score, 3)
        item.spam.isContentFarm = item.spam.isContentFarm or is_farm
        item.spam.evidence.extend(e for e in evidence if e not in item.spam.evidence)
        if is_farm:
            self._inc("newscrawl/spam/farm_items")
            if self.drop_farms:
                self._inc("newscrawl/dropped/content_farm")
                raise DropItem(f"content farm site: {site}", log_level="INFO")
        return item

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)
