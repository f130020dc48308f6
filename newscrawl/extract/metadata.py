"""Page-level metadata: canonical URL, description, language, publisher, keywords, section."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract.blocks import han_count, normalise_space
from newscrawl.extract.hrefs import absolute_url
from newscrawl.extract.metatitles import ARTICLE_TYPES
from newscrawl.page import Page

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Common English function words, as ``\b(?:the|and|...)\b`` with re.I would match them: that
# search tries the alternation at every position of 3,000 characters. Counting the ASCII
# words of a bytes copy in which case and non-word characters are folded away finds the same.
_EN_WORDS = frozenset(
    w.encode() for w in ("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on")
)
# Every byte to itself lower-cased when it is a word character (``\w``: alphanumeric or "_"), else to a space.
_WORD_BYTES = (
    bytes(
        (byte | 0x20 if chr(byte).isupper() else byte) if chr(byte).isalnum() or byte == 0x5F else 0x20
        for byte in range(128)
    )
    + b" " * 128
)
# The only non-ASCII characters re.I lets stand for a letter of those words (İ and ı for "i",
# ſ for "s"; tests/test_metadata.py checks every code point).
_LETTER_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
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
    if english_word_count(sample) > len(sample.split()) * 0.08:
        return "en"
    return None


def english_word_count(text: str) -> int:
    """How many words of ``text`` are common English function words, in any case: the count of
    ``re.findall(r"\\b(?:the|and|of|to|in|is|that|for|with|was|on)\\b", text, re.I)``.

    Each non-ASCII character becomes the ASCII letter re.I matches it to, a word character
    or a space, so the ASCII copy has the same words where it matters.

    >>> english_word_count("The cat_and the ſon; İN Them, thé")
    3
    """
    if not text.isascii():
        text = _NON_ASCII_RUN.sub(_stand_ins, text)
    words = text.encode("ascii").translate(_WORD_BYTES).split()
    return sum(map(_EN_WORDS.__contains__, words))


def _stand_ins(run: re.Match[str]) -> str:
    return "".join(map(_stand_in, run.group()))


@lru_cache(maxsize=4096)
def _stand_in(char: str) -> str:
    """The letter re.I folds ``char`` to, else "x" for a word character (it joins a word and
    so spoils it as a function word), else a space (it ends a word)."""
    return _LETTER_FOLDS.get(char) or ("x" if char.isalnum() else " ")
