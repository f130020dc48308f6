"""Field overrides: a site profile's selectors for the fields the generic extractor gets wrong.

A selector is CSS or XPath (parsel's dialects: ``::text``, ``::attr(name)``, ``text()``,
``@name``) evaluated on the page's tree. What it selects replaces the generic value and
the field's provenance becomes ``profile``; a selector that matches nothing on a page
leaves the generic value alone, since one template change should not empty a field.
An overridden headline or body goes through the same line trimming and cleaning as the
generic ones (a farm's injected keywords sit inside any container).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.etree import _Element
from parsel import Selector as ParselSelector
from parsel.csstranslator import HTMLTranslator

from newscrawl.clean.page import clean_extraction
from newscrawl.extract import metadata
from newscrawl.extract.article import Extraction, tidy_body
from newscrawl.extract.blocks import Block, Segment, blocks_to_text, normalise_space
from newscrawl.extract.body import extract_blocks
from newscrawl.extract.bodyregion import BodyRegion
from newscrawl.extract.dates import page_timezone
from newscrawl.extract.datetext import parse_date_text
from newscrawl.extract.names import dedupe, split_names
from newscrawl.extract.pagetype import classify_page

FIELDS = ("headline", "articleBody", "datePublished", "authors")
_DATE_ATTRIBUTES = ("datetime", "content", "data-time", "title")


@dataclass(frozen=True)
class FieldSelector:
    """One CSS or XPath expression; :func:`compile_selector` checks its syntax."""

    kind: str  # "css" | "xpath"
    expr: str

    def select(self, tree: _Element) -> list[Any]:
        """Selected elements (lxml) and strings (text, attribute values), in document order."""
        root = ParselSelector(root=tree)
        found = root.css(self.expr) if self.kind == "css" else root.xpath(self.expr)
        return [item.root for item in found]


def compile_selector(kind: str, expr: str) -> FieldSelector:
    """A checked selector; ``ValueError`` names what is wrong with ``expr``.

    >>> compile_selector("css", "div.story > p::text").kind
    'css'
    >>> compile_selector("xpath", "//div[")
    Traceback (most recent call last):
    ValueError: invalid XPath '//div[': Invalid expression
    """
    if kind not in ("css", "xpath"):
        raise ValueError(f"selector kind must be css or xpath, not {kind!r}")
    if not expr.strip():
        raise ValueError(f"empty {kind} selector")
    try:
        etree.XPath(HTMLTranslator().css_to_xpath(expr) if kind == "css" else expr)
    except (SyntaxError, etree.XPathError) as exc:  # cssselect's SelectorError is a SyntaxError
        raise ValueError(f"invalid {'CSS' if kind == 'css' else 'XPath'} {expr!r}: {exc}") from exc
    return FieldSelector(kind, expr)


def apply_overrides(extraction: Extraction, selectors: Mapping[str, FieldSelector]) -> None:
    """Replace the selected fields of ``extraction`` in place (see the module docstring)."""
    page, article = extraction.page, extraction.article
    chosen = {name: sel.select(page.tree) for name, sel in selectors.items() if name in FIELDS}
    headline = _first_text(chosen.get("headline", []))
    body = [e for e in chosen.get("articleBody", []) if isinstance(e, _Element)]
    body_lines = [s for s in chosen.get("articleBody", []) if isinstance(s, str) and s.strip()]
    if headline or body or body_lines:
        if headline:
            article.headline = headline
        region = BodyRegion(body) if body else extraction.region
        blocks = _text_blocks(body_lines) if body_lines and not body else _region_blocks(extraction, region)
        extraction.region, extraction.blocks = (
            region,
            tidy_body(blocks, article.headline),
        )
        clean_extraction(extraction)
        article.articleBody = blocks_to_text(extraction.blocks)
        article.inLanguage = metadata.language(page, article.articleBody or article.headline or "")
        article.pageType = classify_page(page, region, extraction.blocks, article)
        for name, done in (("headline", headline), ("articleBody", body or body_lines)):
            if done:
                article.provenance[name] = "profile"
    _override_date(extraction, chosen.get("datePublished", []))
    _override_authors(extraction, chosen.get("authors", []))


def _region_blocks(extraction: Extraction, region: BodyRegion | None) -> list[Block]:
    return extract_blocks(extraction.page.tree, extraction.page.url, region=region) if region else []


def _text_blocks(lines: list[str]) -> list[Block]:
    return [Block("p", [Segment(normalise_space(line))]) for line in lines]


def _text_of(item: Any) -> str:
    return normalise_space(item.text_content() if isinstance(item, _Element) else str(item))


def _first_text(items: list[Any]) -> str | None:
    return next((text for text in map(_text_of, items) if text), None)


def _override_date(extraction: Extraction, items: list[Any]) -> None:
    zone = page_timezone(extraction.page)
    for item in items:
        values = [item.get(a) for a in _DATE_ATTRIBUTES] if isinstance(item, _Element) else []
        for value in [*(v for v in values if v), _text_of(item)]:
            parsed = parse_date_text(value, default_tz=zone)
            if parsed:
                extraction.article.datePublished = parsed
                extraction.article.provenance["datePublished"] = "profile"
                return


def _override_authors(extraction: Extraction, items: list[Any]) -> None:
    names = dedupe(name for item in items for name in split_names(_text_of(item)) if name)
    names = [n for n in names if not re.fullmatch(r"[\W\d_]+", n)]
    if names:
        extraction.article.authors = names
        extraction.article.provenance["authors"] = "profile"
