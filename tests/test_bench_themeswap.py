"""The spam benchmark's theme swap: another theme's keywords on the page and in the gold alike."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_themeswap() -> ModuleType:
    """Import benchmarks/themeswap.py by path (benchmarks is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_themeswap", BENCH / "themeswap.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


themeswap = _load_themeswap()


def _record(lang: str, keywords: list[str], meta: str = "") -> dict:
    return {
        "lang": lang,
        "title": "Storm closes the harbour",
        "paragraphs": ["The harbour closed on Monday."],
        "shown": {"h1": f"{keywords[0]} - Storm closes the harbour"},
        "injections": {
            "keywords": keywords,
            "items": [
                {
                    "where": "body",
                    "keyword": keywords[-1],
                    "inserted": keywords[-1],
                    "form": "link",
                    "html": f'<a href="http://farm.example/">{keywords[-1]}</a>',
                }
            ],
            "meta_keywords": meta,
        },
    }


def test_every_gold_keyword_gets_its_own_phrase_of_the_pages_language() -> None:
    english = _record("en", ["free spins casino", "buy essay online"], meta="casino bonus, essay help")
    chinese = _record("zh", ["配资开户网", "在线配资炒股"])
    mapping = themeswap.theme_map([english, chinese])
    assert set(mapping) == {
        "free spins casino",
        "buy essay online",
        "casino bonus",
        "essay help",
        "配资开户网",
        "在线配资炒股",
    }
    assert len(set(mapping.values())) == len(mapping)
    assert all(" " in mapping[k] and mapping[k].isascii() for k in ("casino bonus", "essay help"))
    assert all(not mapping[k].isascii() for k in ("配资开户网", "在线配资炒股"))
    assert themeswap.theme_map([english, chinese]) == mapping  # the same run after run


def test_no_invented_phrase_holds_a_word_of_the_dev_themes() -> None:
    dev_words = {"en": ("casino", "bet", "essay", "paper", "crypto", "bitcoin"), "zh": ("配资", "炒股")}
    for lang, words in dev_words.items():
        phrases = themeswap._invented(lang)
        assert not [p for p in phrases if any(w in p for w in words)]


def test_page_and_gold_are_swapped_alike_and_the_article_is_not() -> None:
    record = _record("en", ["free spins casino", "casino"])
    mapping = themeswap.theme_map([record])
    swap = themeswap.ThemeSwap(mapping)
    page = "<title>Free Spins Casino | news</title><p>The harbour closed <a>casino</a>.</p>"
    swapped = swap.text(page)
    # the longer keyword first, in one pass; the case the page shows is kept
    assert mapping["free spins casino"].title() in swapped
    assert f"<a>{mapping['casino']}</a>" in swapped
    assert "asino" not in swapped
    gold = swap.record(record)
    item = gold["injections"]["items"][0]
    assert item["keyword"] == item["inserted"] == mapping["casino"]
    assert mapping["casino"] in item["html"]
    assert gold["shown"]["h1"].startswith(mapping["free spins casino"])
    assert gold["paragraphs"] == record["paragraphs"]
    assert gold["title"] == record["title"]
    assert record["injections"]["keywords"] == ["free spins casino", "casino"]  # the input is left alone


def test_more_keywords_than_phrases_is_an_error() -> None:
    many = [f"keyword {i}" for i in range(len(themeswap._invented("en")) + 1)]
    with pytest.raises(ValueError, match="invented phrases"):
        themeswap.theme_map([_record("en", many)])
