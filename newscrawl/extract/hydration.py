"""Article text for pages built by JavaScript: read it from the data the page ships.

Single-page apps send an empty shell plus the article as data: Next.js in
``__NEXT_DATA__``, Nuxt/Apollo in an inline state object, many CMSes in JSON-LD
``articleBody``. When the DOM holds no article text, that data is the article. It is a
fallback only: where the DOM has the text, the DOM wins (JSON-LD bodies are often
truncated or stale).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml.etree import ParserError

from newscrawl.extract.blocks import Block, Segment, normalise_space, weighted_length
from newscrawl.extract.headline import ARTICLE_TYPES
from newscrawl.extract.render import render_blocks
from newscrawl.page import Page

# Keys under which app state keeps an article's text.
_BODY_KEYS = frozenset(
    {
        "articlebody",
        "body",
        "content",
        "contenthtml",
        "bodyhtml",
        "html",
        "text",
        "richtext",
        "article",
        "story",
    }
)
_TAG = re.compile(r"<(p|div|br|h[2-6]|li|blockquote)\b", re.I)
_STATE_ASSIGNMENT = re.compile(r"__(?:APOLLO_STATE|NUXT|INITIAL_STATE|PRELOADED_STATE)__\s*=\s*", re.I)
_MIN_TEXT = 200


def hydrated_blocks(page: Page) -> tuple[list[Block], str] | None:
    """The article body from shipped data, with where it came from, or None.

    Candidates are long strings under body-like keys (HTML is rendered, plain text is
    split at line breaks); the longest one wins.
    """
    best: tuple[int, list[Block], str] | None = None
    for text, source in _candidates(page):
        blocks = _to_blocks(text)
        size = sum(weighted_length(b.text) for b in blocks)
        if size >= _MIN_TEXT and (best is None or size > best[0]):
            best = (size, blocks, source)
    return (best[1], best[2]) if best else None


def _candidates(page: Page) -> Iterator[tuple[str, str]]:
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        body = obj.get("articleBody") or obj.get("text")
        if isinstance(body, str):
            yield body, "json-ld"
    for key, raw in page.scripts.items():
        data = _load_state(raw)
        if data is not None:
            source = "next-data" if key == "__NEXT_DATA__" else "app-state"
            for text in _body_strings(data):
                yield text, source


def _load_state(raw: str) -> Any:
    """JSON from a data script, or from a ``window.__STATE__ = {...}`` assignment."""
    raw = raw.strip()
    match = _STATE_ASSIGNMENT.search(raw)
    if match:
        raw = raw[match.end() :]
    try:
        return json.JSONDecoder().raw_decode(raw)[0]
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
        return None


def _body_strings(data: Any, depth: int = 0) -> Iterator[str]:
    """Long strings stored under body-like keys, anywhere in the state (bounded depth)."""
    if depth > 40:
        return
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and key.lower() in _BODY_KEYS and weighted_length(value) >= _MIN_TEXT:
                yield value
            elif isinstance(value, (dict, list)):
                yield from _body_strings(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _body_strings(item, depth + 1)


def _to_blocks(text: str) -> list[Block]:
    """HTML fragments are rendered like the DOM body; plain text becomes one block per line."""
    if _TAG.search(text):
        try:
            fragment = lxml.html.fragment_fromstring(text, create_parent="div")
        except (ParserError, ValueError):
            return []
        return [b for b in render_blocks(fragment, None) if b.text]
    lines = (normalise_space(line) for line in text.splitlines())
    return [Block("p", [Segment(line)]) for line in lines if line]
