"""The page context: parsed once per page, shared by every field extractor."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.etree import ParserError, _Element

from newscrawl.encoding import decode_html_utf8
from newscrawl.extract.hrefs import absolute_url
from newscrawl.htmlparse import parse_html, without_doc_closers
from newscrawl.metatags import attribute_maps, collect_meta
from newscrawl.scriptdata import collect_scripts
from newscrawl.streaming import place_streamed_segments
from newscrawl.treerepair import INLINE_TAGS, unnest_chains

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


class PageError(ValueError):
    """The input cannot be parsed as an HTML page."""


@dataclass
class Page:
    """Everything extractors need about one page, computed once.

    ``meta`` maps lower-cased ``name``/``property``/``itemprop`` keys to every
    value seen, in document order. ``json_ld`` holds every JSON-LD object with
    ``@graph`` containers flattened. ``scripts`` keeps the raw text of data scripts
    (``__NEXT_DATA__`` and other JSON hydration state) by id, of inline state assignments
    (as ``inline-state-<n>``) and of the App Router's flight scripts (joined, under
    :data:`~newscrawl.scriptdata.FLIGHT_SCRIPTS`), since the tree itself is stripped of scripts, styles and
    comments so that text measures see only text.
    ``hints`` carries outside knowledge (a feed
    entry's date or author) that extractors may weigh but need not trust.
    """

    url: str | None
    html: str
    tree: _Element
    encoding: str
    meta: dict[str, list[str]] = field(default_factory=dict)
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    scripts: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    hints: dict[str, Any] = field(default_factory=dict)
    _absolute: dict[tuple[str | None, str | None], str | None] = field(default_factory=dict, repr=False)
    # Results derived from the page by components that share work (the cleaners' evidence,
    # reused by the spider's spam-link check), keyed by what else they were computed from.
    memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)
    # Each JSON-LD object's lower-cased ``@type`` values, aligned with ``json_ld``: the
    # extractors ask for objects by type dozens of times a page.
    _ld_kinds: list[frozenset[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def absolute(self, href: str | None, base: str | None = None) -> str | None:
        """``href`` resolved against ``base`` (default: the page URL), None for script and
        mail links; memoised, since the extractors, the spam detectors and the spider each
        walk the same anchors."""
        key = (href, base or self.url)
        if key not in self._absolute:
            self._absolute[key] = absolute_url(href, key[1])
        return self._absolute[key]

    def meta_first(self, *keys: str) -> str | None:
        """First non-empty meta value among ``keys``, in the order given."""
        meta = self.meta
        for key in _lower_keys(keys):
            for value in meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def title_element(self) -> _Element | None:
        """The page's first ``<title>``, as ``tree.find(".//title")`` finds it, but without that
        search's look-ahead for a second match, which walks the whole tree: a title in the
        ``<head>``, the first child, comes before any other."""
        # Looked up once: the extractors ask several times a page, and nothing changes the tree
        # once parse_page() has built it.
        memo = self.memo
        if "title_element" not in memo:
            memo["title_element"] = self._find_title()
        title: _Element | None = memo["title_element"]
        return title

    def headings(self, tag: str | None = None) -> list[_Element]:
        """The page's ``<h1>``, ``<h2>`` and ``<h3>`` elements (only the ``tag`` ones, if given)
        in document order: the headline finders each want some of them, and every
        ``tree.iter()`` walks the whole tree."""
        memo = self.memo  # safe: nothing changes the tree once parse_page() has built it
        if "headings" not in memo:
            memo["headings"] = list(self.tree.iter("h1", "h2", "h3"))
        headings: list[_Element] = memo["headings"]
        return headings if tag is None else [h for h in headings if h.tag == tag]

    def _find_title(self) -> _Element | None:
        head = self.tree[0] if len(self.tree) else None
        if head is not None and head.tag == "head":
            found = next(head.iter("title"), None)
            if found is not None:
                return found
        return self.tree.find(".//title")

    def title_text(self) -> str | None:
        """``tree.findtext(".//title")``: the first ``<title>``'s text ("" when empty), None without one."""
        title = self.title_element()
        return None if title is None else title.text or ""

    def json_ld_kinds(self) -> list[frozenset[str]]:
        """Each JSON-LD object's lower-cased string ``@type`` values, aligned with :attr:`json_ld`."""
        if self._ld_kinds is None or len(self._ld_kinds) != len(self.json_ld):
            self._ld_kinds = [_kinds_of(obj) for obj in self.json_ld]
        return self._ld_kinds

    def json_ld_of_type(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD objects whose ``@type`` is (or includes) one of ``types``."""
        if not self.json_ld:
            return
        wanted = _lowered(types)
        for obj, kinds in zip(self.json_ld, self.json_ld_kinds(), strict=True):
            if not wanted.isdisjoint(kinds):
                yield obj


@lru_cache(maxsize=256)
def _lower_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Meta keys lower-cased, as :func:`collect_meta` stores them; callers pass literal tuples."""
    return tuple(k.lower() for k in keys)


@lru_cache(maxsize=256)
def _lowered(types: tuple[str, ...]) -> frozenset[str]:
    """The callers' type names lower-cased; they pass the same few literal tuples every page."""
    return frozenset(t.lower() for t in types)


def _kinds_of(obj: dict[str, Any]) -> frozenset[str]:
    """An object's ``@type`` values lower-cased; a null or numeric ``@type`` types nothing."""
    kinds = obj.get("@type", ())
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, Iterable) else ()
    return frozenset(k.lower() for k in kinds if isinstance(k, str))


def parse_page(
    html: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    hints: dict[str, Any] | None = None,
) -> Page:
    """Decode and parse ``html`` into a :class:`Page`; raise :class:`PageError` if impossible."""
    utf8: bytes | None = None  # the text's UTF-8 when the input bytes are it
    if isinstance(html, bytes):
        text, encoding, own = decode_html_utf8(html, content_type)
        utf8 = html if own else None
    else:
        text, encoding = html, "unicode"
    declared = _XML_DECL.sub("", text)  # lxml refuses str with an XML declaration
    if declared is not text:
        text, utf8 = declared, None
    text, utf8 = without_doc_closers(text, utf8)
    if not text or text.isspace():
        raise PageError("empty document")
    try:
        tree = parse_html(text, utf8)
    except (ParserError, ValueError) as exc:
        raise PageError(f"unparseable HTML: {exc}") from exc
    metas, script_elements, templates, paragraphs, noscripts = _data_elements(tree)
    unnest_chains(paragraphs)
    meta_attributes = attribute_maps(metas)
    json_ld, scripts = collect_scripts(script_elements, meta_attributes)
    if place_streamed_segments(tree, templates, script_elements):
        # a streamed segment can bring some: in their new places
        meta_attributes = attribute_maps(tree.iter("meta"))
    _adopt_picture_copies(noscripts)
    etree.strip_elements(tree, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    return Page(
        url=_usable_url(url),
        html=text,
        tree=tree,
        encoding=encoding,
        meta=collect_meta(meta_attributes),
        json_ld=json_ld,
        scripts=scripts,
        fetched_at=fetched_at,
        hints=dict(hints or {}),
    )


def _usable_url(url: str | None) -> str | None:
    """``url`` if links can be resolved against it, else None (extraction goes on without a
    base): a caller's URL with a bad port, a broken IPv6 host or a lone surrogate makes every
    URL function raise, and is no address the article could be found at anyway."""
    if not url:
        return url
    try:
        url.encode("utf-8")
        urlsplit(url).port  # noqa: B018 - raises for a port out of range
    except ValueError:
        return None
    return url


def _adopt_picture_copies(noscripts: list[_Element]) -> None:
    """A lazy loader's ``<noscript>`` copy of a picture, right after the ``<img>`` it stands in for
    while that shows a placeholder (a ``data:`` URI, or no ``src``): the copy is the only place
    the page names the picture's file, and ``<noscript>`` goes with the scripts, so the shown
    ``<img>`` takes the copy's file as a lazy loader's ``data-src``/``data-srcset``, and its alt."""
    for noscript in noscripts:
        shown = noscript.getprevious()
        if shown is None or shown.tag != "img" or not (shown.get("src") or "data:").startswith("data:"):
            continue
        copy = next(noscript.iter("img"), None)
        if copy is None:
            continue
        for attr in ("src", "srcset"):
            if copy.get(attr) and not shown.get(f"data-{attr}"):
                shown.set(f"data-{attr}", copy.get(attr) or "")
        if copy.get("alt") and not (shown.get("alt") or "").strip():
            shown.set("alt", copy.get("alt") or "")  # the placeholder's is left empty


def _data_elements(
    tree: _Element,
) -> tuple[list[_Element], list[_Element], list[_Element], list[_Element], list[_Element]]:
    """The page's ``<meta>``, ``<script>``, ``<template>`` and ``<noscript>`` elements, each in
    document order, and the first ``<p>`` of each inline element holding paragraphs (where a
    chain of them, see :func:`~newscrawl.treerepair._chain_root`, would show), from one walk of
    the tree instead of one per kind: on a large page each walk costs as much as reading every
    element it finds."""
    found: dict[str, list[_Element]] = {"meta": [], "script": [], "template": [], "noscript": []}
    paragraphs: list[_Element] = []
    parent = None
    for element in tree.iter("meta", "script", "template", "noscript", "p"):
        tag = element.tag
        if tag != "p":
            found[tag].append(element)
            continue
        above = element.getparent()
        if above is not parent:  # paragraphs come in runs of siblings: one look per run
            parent = above
            if above is not None and above.tag in INLINE_TAGS:
                paragraphs.append(element)
    return found["meta"], found["script"], found["template"], paragraphs, found["noscript"]
