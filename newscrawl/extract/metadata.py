"""Page-level metadata: canonical URL, description, language, publisher, keywords, section."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract.blocks import han_count, normalise_space
from newscrawl.extract.dom import absolute_url
from newscrawl.extract.headline import ARTICLE_TYPES
from newscrawl.page import Page

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|was|on)\b", re.I)
_LANG_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def canonical_url(page: Page) -> str | None:
    """``<link rel=canonical>``, else ``og:url``, resolved against the page URL."""
    for link in page.tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return absolute_url(link.get("href"), page.url)
    og = page.meta_first("og:url")
    return absolute_url(og, page.url) if og else None


def description(page: Page) -> str | None:
    value = page.meta_first("description", "og:description", "twitter:description")
    return normalise_space(value) if value else None


def publisher_name(page: Page) -> str | None:
    """The site that published the page (not the outlet a reprint credits)."""
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        name = _name_of(obj.get("publisher"))
        if name:
            return name
    site = page.meta_first("og:site_name", "application-name")
    if site:
        return normalise_space(site)
    return urlsplit(page.url).hostname if page.url else None


def _name_of(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return normalise_space(value) if isinstance(value, str) and value.strip() else None


def keywords(page: Page) -> list[str]:
    raw = page.meta_first("news_keywords", "keywords", "article:tag")
    if not raw:
        return []
    parts = re.split(r"[,，;；、|]", raw)
    seen: dict[str, None] = {}
    for part in parts:
        word = normalise_space(part)
        if word and len(word) <= 60:
            seen.setdefault(word, None)
    return list(seen)


def section(page: Page) -> str | None:
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        value = obj.get("articleSection")
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return normalise_space(value)
    value = page.meta_first("article:section")
    return normalise_space(value) if value else None


def language(page: Page, body_text: str) -> str | None:
    """Declared language when present and plausible, else a guess from the script of the text.

    >>> from newscrawl.page import parse_page
    >>> language(parse_page("<p>x</p>"), "新华社北京电")
    'zh'
    """
    declared = (
        page.tree.get("lang")
        or page.meta_first("content-language", "og:locale", "language", "dc.language")
        or _json_ld_language(page)
    )
    guessed = _guess_language(body_text)
    if declared:
        tag = declared.strip().replace("_", "-")
        if _LANG_TAG.match(tag):
            primary = tag.split("-")[0].lower()
            if guessed is None or guessed == primary:
                return tag
    return guessed


def _json_ld_language(page: Page) -> str | None:
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        value = obj.get("inLanguage")
        if isinstance(value, str):
            return value
    return None


def _guess_language(text: str) -> str | None:
    sample = text[:3000]
    if not sample.strip():
        return None
    if not sample.isascii():  # kana, hangul and Han are not ASCII: an ASCII sample skips three scans
        return _guess_script(sample) or _guess_english(sample)
    return _guess_english(sample)


def _guess_script(sample: str) -> str | None:
    """The language ("ja", "ko", "zh") whose script enough of ``sample`` is written in."""
    if len(_KANA.findall(sample)) > 20:
        return "ja"
    if len(_HANGUL.findall(sample)) > 20:
        return "ko"
    if han_count(sample) > len(sample) * 0.2:
        return "zh"
    return None


def _guess_english(sample: str) -> str | None:
    """English ("en") when common function words are frequent enough among ``sample``'s words."""
    if len(_EN_WORDS.findall(sample)) > len(sample.split()) * 0.08:
        return "en"
    return None
