"""Article text for pages built by JavaScript: read it from the data the page ships.

Single-page apps send an empty shell plus the article as data: Next.js in ``__NEXT_DATA__``
(Pages Router) or as React flight data (App Router, see :mod:`~newscrawl.extract.flight`),
Nuxt in ``__NUXT_DATA__`` (Nuxt 3's reference-table format) or a ``window.__NUXT__`` state,
Redux and Apollo stores in ``window.__…_STATE__``, Arc XP in ``Fusion.globalContent``, many
CMSes in JSON-LD ``articleBody``. When the DOM holds no article text, that data is the article.
It is a fallback only: where the DOM has the text, the DOM wins (JSON-LD bodies are often
truncated or stale).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

from lxml.etree import _Element

from newscrawl.clean.text import tokens
from newscrawl.extract.appstate import json_value, load_states, script_strings, unflatten
from newscrawl.extract.blocks import Block, blocks_to_text, weighted_length
from newscrawl.extract.dom import text_length
from newscrawl.extract.flight import flight_chunks, flight_html, flight_rows
from newscrawl.extract.metatitles import ARTICLE_TYPES
from newscrawl.extract.records import dated, record_headline
from newscrawl.extract.richtext import rich_text_documents
from newscrawl.extract.shippedtext import is_code, is_markup, parse_fragment, to_blocks
from newscrawl.page import Page, PageError, parse_page
from newscrawl.scriptdata import FLIGHT_SCRIPTS

# Keys under which app state keeps an article's text (``body``, ``htmlBody``, ``post_content``,
# ``articleBody``, ``md``), and those under which such a key's object holds it (WordPress's
# ``"content": {"rendered": "<p>…"}``, Sitecore's ``"content": {"value": "…"}``).
_BODY_KEY = re.compile(r"body|content|html|text|article|story|markdown|^md$", re.I)
_WRAPPED_KEYS = frozenset({"value", "rendered", "html", "raw"})
# An inline script's code (state written as code is read from its string literals).
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:p|h[1-6]|li)\b", re.I)
_MIN_TEXT = 200
_MIN_SECTION = 40  # a section of a body kept in parts: a subheading with its paragraph
_ON_TOPIC = 0.5
_SEVERAL = 3  # times longer: a candidate weighed lower wins over a teaser or a part


Record = tuple[dict[str, Any], ...]  # the objects holding a body in shipped data, innermost first


@dataclass
class Shipped:
    """A body read from shipped data and where it came from. ``shown``: the body the DOM search
    found on the page an App Router page's flight data renders (:func:`rendered_page`), which is
    what a reader sees. ``record``: the objects holding a body read from state, innermost first,
    where its headline, date and authors are (see :mod:`~newscrawl.extract.records`); for the body
    :func:`hydrated_blocks` returns, only when it is the page's own (else empty)."""

    blocks: list[Block]
    source: str
    shown: bool = False
    record: Record = ()
    guessed: bool = False  # read from code, or markup under any key: taken only when it is about the page
    joined: bool = False  # code's literals joined: taken when no one of them is about the page
    on_topic: bool = False  # set by hydrated_blocks: the body holds the page's title and description words
    text: str = ""  # the string the body was read from (HTML: where its pictures are)


def rendered_page(page: Page) -> Page | None:
    """The page an App Router page's flight data renders, as a browser would show it: the same
    page with that tree, read like any page, links included. None when the page ships none, or
    when its DOM shows more text than the render: a page rendered on the server holds its client
    components' output too, which the flight data holds only as props (a short listing page)."""
    rows = _flight_rows(page)
    markup = flight_html(rows) if rows else None
    if markup is None:
        return None
    try:
        shown = parse_page(markup, page.url)
    except PageError:
        return None
    tree = shown.tree
    body, shown_body = page.tree.find("body"), tree.find("body")
    if body is not None and (shown_body is None or text_length(shown_body) <= text_length(body)):
        return None
    head, shown_head = page.tree.find("head"), tree.find("head")
    if head is not None:  # the page's own <head>: its title, canonical link, feeds
        if shown_head is not None:
            tree.remove(shown_head)
        tree.insert(0, deepcopy(head))
    linked = [*page.json_ld, *shown.json_ld]  # and the JSON-LD its components render
    # A new tree, so nothing read off the old one carries over; the flight rows come from the
    # page's scripts, which the rendered page keeps, so they are not decoded a second time.
    return replace(page, tree=tree, json_ld=linked, memo={("flight_rows",): rows}, _absolute={})


def _flight_rows(page: Page) -> dict[str, Any]:
    """The page's flight rows (see :func:`~newscrawl.extract.flight.flight_rows`), read once."""
    key = ("flight_rows",)
    if key not in page.memo:
        raw = page.scripts.get(FLIGHT_SCRIPTS)
        page.memo[key] = flight_rows(flight_chunks([raw])) if raw else {}
    rows: dict[str, Any] = page.memo[key]
    return rows


def hydrated_blocks(page: Page, shown: list[Block] | None = None) -> Shipped | None:
    """The article body from shipped data, with where it came from, or None.

    Candidates are long strings under body-like keys (HTML is rendered, plain text is split at
    line breaks), rich-text trees, strings read out of code, and ``shown``, the body found on the
    page an App Router page's flight data renders. Shipped data often holds other posts in full
    too (related articles, a feed), so only candidates that share the words of the page's title
    and description are weighed when any does; a string read out of code must share them to
    count at all (scripts also carry cookie notices, modals and widget settings). Among those
    weighed, the rendered page's body comes first, which is what a reader sees; then a body from
    data; then one string read out of code; then all of a script's strings joined, taken only
    when nothing else is. A candidate further down wins only when it is several times longer
    than the one above: that one is then a teaser, or one section of the body.
    """
    about = _page_words(page)
    weighed: list[tuple[int, Shipped]] = []
    rendered = [] if shown is None else [Shipped(shown, "next-flight", shown=True)]
    for candidate in chain(rendered, _candidates(page)):
        size = sum(weighted_length(b.text) for b in candidate.blocks)
        if size < _MIN_TEXT:
            continue
        candidate.on_topic = _on_topic(candidate.blocks, about)
        if candidate.guessed and not candidate.on_topic:
            continue  # a cookie notice, a modal's text, a widget's settings
        weighed.append((size, candidate))
    if any(c.on_topic for _, c in weighed):
        weighed = [(size, c) for size, c in weighed if c.on_topic]
    weighed.sort(
        key=lambda pair: (pair[1].shown, not pair[1].guessed, not pair[1].joined, pair[0]), reverse=True
    )
    best: tuple[int, Shipped] | None = None
    for size, candidate in weighed:
        if best is None or (size >= _SEVERAL * best[0] and not candidate.joined):
            best = (size, candidate)
    if best is None:
        return None
    best[1].record = _flight_record(page, about) if best[1].shown else _own_record(best[1], about)
    return best[1]


def _flight_record(page: Page, about: set[str]) -> Record:
    """The record of an App Router page's article among the props in its flight data: the first
    object giving a publication date whose title is about the page. A client component gets the
    article's date and author as props (``{"title": …, "date": …, "author": …}``), which the
    render shows nowhere; a related post's props carry another title."""
    for fields in _dated_objects(_flight_rows(page)):
        title = _topic_words(record_headline((fields,)))
        if title and len(title & about) > _ON_TOPIC * len(title):
            return (fields,)
    return ()


def _dated_objects(data: Any, budget: int = 20000) -> Iterator[dict[str, Any]]:
    """The objects in ``data`` that give a publication date of their own (see
    :func:`~newscrawl.extract.records.dated`), in document order; at most ``budget`` values are
    looked at (flight data nests deep and may be large)."""
    stack = [data]
    while stack and budget > 0:
        value = stack.pop()
        budget -= 1
        if isinstance(value, dict):
            if dated(value):
                yield value
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def _own_record(candidate: Shipped, about: set[str]) -> Record:
    """The candidate's record, when it is the page's article: its body is about the page, or its
    title is (a modal's or a widget's record is not). ``about``: the page's title and description words."""
    if candidate.on_topic:
        return candidate.record
    title = _topic_words(record_headline(candidate.record))
    return candidate.record if title and len(title & about) > _ON_TOPIC * len(title) else ()


def _page_words(page: Page) -> set[str]:
    """The words of the page's title and description that tell what it is about."""
    return _topic_words(
        " ".join(filter(None, [page.title_text(), page.meta_first("description", "og:description")]))
    )


def _on_topic(blocks: list[Block], about: set[str]) -> bool:
    """Whether the body holds half the words of the page's title and description."""
    return bool(about) and len(about & _topic_words(blocks_to_text(blocks))) >= _ON_TOPIC * len(about)


def _topic_words(text: str | None) -> set[str]:
    """The words that tell what a text is about: CJK characters, and words of four letters or more
    (an English title's "the", "of", "and" are in every post of the site)."""
    return {token for token in tokens(text or "") if len(token) >= 4 or not token.isascii()}


def _candidates(page: Page) -> Iterator[Shipped]:
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        body = obj.get("articleBody") or obj.get("text")
        if isinstance(body, str):
            yield Shipped(to_blocks(body), "json-ld", text=body)
    for key, raw in page.scripts.items():
        if key == FLIGHT_SCRIPTS:  # its data rows (a component's props)
            yield from _data_candidates(list(_flight_rows(page).values()), "next-flight")
            continue
        source = "next-data" if key == "__NEXT_DATA__" else "app-state"
        for data in load_states(raw):
            state = unflatten(data) if key == "__NUXT_DATA__" and isinstance(data, list) else data
            yield from _data_candidates(state, source)
    for script in _INLINE_SCRIPT.findall(page.html):  # state in code: Nuxt 2's, Apollo's transport
        if not script.lstrip().startswith(("{", "[", "self.__next_f")):
            yield from _code_candidates(script)


def _code_candidates(script: str) -> Iterator[Shipped]:
    """The bodies in state written as code: each long string under a body-like key, and those
    under one key joined in order (a body kept in sections: ``[{body:"…"},{body:"…"}]``; a notice
    under another key stays out)."""
    by_key: dict[str, list[str]] = {}
    for key, text in script_strings(script, _MIN_SECTION):
        if _BODY_KEY.search(key) and weighted_length(text) >= _MIN_SECTION and not is_code(text):
            by_key.setdefault(key, []).append(text)
            if weighted_length(text) >= _MIN_TEXT:
                yield Shipped(to_blocks(text), "app-state", guessed=True, text=text)
    for sections in by_key.values():
        if len(sections) >= 2:
            joined = "\n".join(sections)
            yield Shipped(to_blocks(joined), "app-state", guessed=True, joined=True, text=joined)


def _data_candidates(data: Any, source: str) -> Iterator[Shipped]:
    """The bodies in decoded data: long strings under body-like keys, rich-text trees; each with
    the objects holding it (its record)."""
    for text, record, loose in _body_strings(data):
        yield Shipped(to_blocks(text), source, record=record, guessed=loose, text=text)
    for markup, record in rich_text_documents(data):
        yield Shipped(to_blocks(markup), source, record=record, text=markup)


def _body_strings(data: Any) -> Iterator[tuple[str, Record, bool]]:
    """The bodies stored as strings anywhere in the state (see :func:`_strings_in`)."""
    yield from _strings_in(data, 0, False, [], ())


def _strings_in(
    data: Any, depth: int, in_body: bool, parts: list[str], record: Record
) -> Iterator[tuple[str, Record, bool]]:
    """The bodies stored as strings in ``data`` (bounded depth): long strings under body-like
    keys, and under any key markup of several paragraphs (a page builder's "title" or
    "Description" field). A list whose items hold such text in two or more of them also yields
    their texts joined: a body kept in sections (``[{"type": "richText", "html": …}, …]``), or
    as a list of paragraphs; not a list of posts, each with a date of its own (a listing's
    feed). ``in_body``: ``data`` is a body-like key's value, whose ``value`` or ``rendered``
    holds the text, or whose list holds the body's paragraphs (as strings, or as objects each
    holding one: ``{"__typename": "ParagraphContent", "innerHtml": …}``). A string that is
    itself JSON (state serialised twice) is read as data. Every text met that is long enough to
    be a section is added to ``parts``, for the caller's join. Each body comes with the objects
    that hold it, innermost first (``record``: the article's own fields are there)."""
    if depth > 40:
        return
    if isinstance(data, dict):
        record = (data, *record)
        for key, value in data.items():
            body_like = bool(_BODY_KEY.search(key))
            if isinstance(value, str):
                size = weighted_length(value)
                if size < _MIN_SECTION:
                    continue
                if value[:1] in ("{", "[") and (nested := json_value(value)) is not None:
                    yield from _strings_in(nested, depth + 1, body_like, parts, record)
                elif is_code(value):
                    continue
                elif (keyed := body_like or (in_body and key in _WRAPPED_KEYS)) or len(
                    _BLOCK_TAG.findall(value)
                ) >= 3:
                    parts.append(value)
                    if size >= _MIN_TEXT:
                        yield value, record, not keyed  # markup under any key: a body only if about the page
            elif isinstance(value, (dict, list)):
                yield from _strings_in(value, depth + 1, body_like, parts, record)
    elif isinstance(data, list):
        if in_body and data:
            paragraphs = [text for item in data if (text := _paragraph(item))]
            joined = "\n".join(paragraphs)  # a body kept as a list of paragraphs
            if len(paragraphs) >= 2 and weighted_length(joined) >= _MIN_TEXT:
                yield joined, record, False
        sections: list[str] = []
        holding = 0  # items that hold text
        for item in data:
            before = len(sections)
            yield from _strings_in(item, depth + 1, False, sections, record)
            holding += len(sections) > before
        # Dated items are posts of their own, not sections of one (counted only when it matters).
        if holding >= 2 and sum(1 for item in data if isinstance(item, dict) and dated(item)) < 2:
            yield "\n".join(sections), record, False
        parts.extend(sections)


def _paragraph(item: Any) -> str | None:
    """One paragraph of a body kept as a list: a string, or an object's string under a body-like key."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return next((v for k, v in item.items() if isinstance(v, str) and v and _BODY_KEY.search(k)), None)
    return None


def shipped_markup(shipped: Shipped) -> _Element | None:
    """The HTML a shipped body was read from, parsed (its pictures are the article's), or None
    when the body was text."""
    text = shipped.text
    return parse_fragment(text) if text and is_markup(text) and not is_code(text) else None
