"""Crawl-wide spam evidence: what one page cannot show, many pages of a site do.

Each article's page-level cleaning (done at extraction) reports the injected terms it
found; the tracker learns them per host, strips keyword affixes recurring across the
site's headlines, and gives the site a content-farm verdict that every later item
carries. ``NEWSCRAWL_DROP_CONTENT_FARMS`` drops items of farm sites instead.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.clean.site import SiteSpamTracker
from newscrawl.items import Article


class SiteSpamPipeline:
    def __init__(self, crawler: Crawler, drop_farms: bool) -> None:
        self.crawler = crawler
        self.drop_farms = drop_farms
        self.tracker = SiteSpamTracker()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteSpamPipeline:
        return cls(crawler, crawler.settings.getbool("NEWSCRAWL_DROP_CONTENT_FARMS"))

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
