"""Spam-dev pages with their spam theme swapped, to measure what the cleaner does on keywords it
has never seen.

spam-dev's farms all push one theme per language (配资 stock margin loans; casinos, essays and
crypto in English), and the held-out set uses other themes. Every keyword a set's gold lists (the
injected ones, the headline's, the keywords meta's) is replaced everywhere on its pages, and in the
gold, by an invented phrase of other themes (gambling, loans, pills, fakes ... in Chinese; watches,
loans, pills, followers ... in English), one fixed phrase per keyword. Phrases the gold does not
list (a farm's site name such as 盈和配资, some list prefixes) keep the dev theme, so the page's
own chrome corroborates less than on a farm built around the new theme.
"""

from __future__ import annotations

import copy
import random
import re
from itertools import product
from typing import Any

# Invented phrases: two parts each, so that a farm's keywords share heads and tails as real
# keyword lists do. No part is a word of the dev themes (配资, 炒股, casino, essay, crypto ...).
_ZH_HEADS = ("真人", "网上", "快速", "官方", "本地", "高仿", "最新", "靠谱")
_ZH_TAILS = (
    "百家乐",
    "赌场开户",
    "小额贷款",
    "代孕咨询",
    "刷单平台",
    "减肥药",
    "名表商城",
    "体育投注",
    "棋牌下载",
    "证书办理",
)
_EN_HEADS = ("cheap", "best", "buy", "discount", "fast", "trusted", "top rated")
_EN_TAILS = (
    "replica watches",
    "payday loans",
    "viagra pills",
    "vpn service",
    "weight loss pills",
    "cbd gummies",
    "car insurance quotes",
    "instagram followers",
    "seo backlinks",
    "diet supplements",
)


def _invented(lang: str) -> list[str]:
    """Every head with every tail, in a fixed shuffled order: a page's few keywords then share
    a head or a tail now and then, not always."""
    if lang == "zh":
        phrases = [head + tail for tail, head in product(_ZH_TAILS, _ZH_HEADS)]
    else:
        phrases = [f"{head} {tail}" for tail, head in product(_EN_TAILS, _EN_HEADS)]
    random.Random(lang).shuffle(phrases)
    return phrases


def gold_keywords(record: dict[str, Any]) -> set[str]:
    """Every keyword a spam page's gold names: injected, in the headline, in the keywords meta."""
    injections = record.get("injections") or {}
    found = set(injections.get("keywords") or [])
    found.update(item["keyword"] for item in injections.get("items") or [])
    if injections.get("html_title"):
        found.add(injections["html_title"]["keyword"])
    found.update(k.strip() for k in (injections.get("meta_keywords") or "").split(",") if k.strip())
    return found


def theme_map(records: list[dict[str, Any]]) -> dict[str, str]:
    """Each gold keyword of ``records`` → an invented phrase of its page's language, deterministic."""
    by_lang: dict[str, set[str]] = {}
    for record in records:
        by_lang.setdefault(record.get("lang") or "en", set()).update(gold_keywords(record))
    mapping: dict[str, str] = {}
    for lang, keywords in sorted(by_lang.items()):
        pool = _invented(lang)
        if len(keywords) > len(pool):
            raise ValueError(f"{len(keywords)} {lang} keywords, only {len(pool)} invented phrases")
        mapping.update(zip(sorted(keywords), pool, strict=False))
    return mapping


class ThemeSwap:
    """Replaces a set's keywords in page text and gold records, longest keyword first, in one
    pass (a replacement is never matched again), ignoring case as farms vary it."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self._lower = {k.lower(): v for k, v in mapping.items()}
        keys = sorted(mapping, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(k) for k in keys), re.I) if keys else None

    def text(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._cased(m.group(0)), text)

    def _cased(self, shown: str) -> str:
        new = self._lower[shown.lower()]
        if shown.isupper():
            return new.upper()
        return new.title() if shown.istitle() else new

    def record(self, record: dict[str, Any]) -> dict[str, Any]:
        """A copy of the gold record with the spam it describes swapped; the article (title,
        paragraphs) is left as it is: no gold keyword occurs in it."""
        swapped = copy.deepcopy(record)
        swapped["injections"] = self._deep(swapped.get("injections") or {})
        swapped["shown"] = self._deep(swapped.get("shown") or {})
        return swapped

    def _deep(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self._deep(v) for v in value]
        if isinstance(value, dict):
            return {k: self._deep(v) for k, v in value.items()}
        return value
