"""The page context: parsed once per page, shared by every field extractor."""

from __future__ import annotations

import json
import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import lxml.html
from lxml import etree
from lxml.etree import ParserError, _Element

from newscrawl.encoding import decode_html
from newscrawl.extract.dom import absolute_url

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# libxml2 drops everything after </html>; templates that close early and go on writing
# (browsers keep reading) would lose the article, so the closers are removed before parsing.
_CDATA_OPEN = re.compile(r"^(?://\s*)?<!\[CDATA\[")
_CDATA_CLOSE = re.compile(r"(?://\s*)?\]\]>$")
_DOC_CLOSERS = re.compile(r"</(?:body|html)\s*>", re.I)


class _PageParser(etree.HTMLParser):
    """lxml.html's parser without its per-tag Python class lookup (form and input classes).

    Every element proxy lxml creates goes through the class lookup, and the extractors
    create millions per hundred pages; a C-level default lookup to :class:`HtmlElement`
    keeps ``text_content()`` and the rest of the lxml.html API the extractors use, and
    makes walking the tree markedly cheaper. Nothing here fills in forms.
    """

    def __init__(self, encoding: str | None = None) -> None:
        super().__init__(encoding=encoding)
        lookup = etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
        self.set_element_class_lookup(lookup)


_PARSER = _PageParser()
# libxml2 reads UTF-8 natively; a str is handed over in Python's internal width and
# converted, which costs more than encoding it first (the tree is the same).
_UTF8_PARSER = _PageParser(encoding="utf-8")


class PageError(ValueError):
    """The input cannot be parsed as an HTML page."""


@dataclass
class Page:
    """Everything extractors need about one page, computed once.

    ``meta`` maps lower-cased ``name``/``property``/``itemprop`` keys to every
    value seen, in document order. ``json_ld`` holds every JSON-LD object with
    ``@graph`` containers flattened. ``scripts`` keeps the raw text of data scripts
    (``__NEXT_DATA__`` and other JSON hydration state) by id, since the tree itself is
    stripped of scripts, styles and comments so that text measures see only text.
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
        for key in keys:
            for value in self.meta.get(key.lower(), []):
                if value.strip():
                    return value.strip()
        return None

    def json_ld_of_type(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD objects whose ``@type`` is (or includes) one of ``types``."""
        wanted = {t.lower() for t in types}
        for obj in self.json_ld:
            kinds = obj.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if any(isinstance(k, str) and k.lower() in wanted for k in kinds):
                yield obj


def parse_page(
    html: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    hints: dict[str, Any] | None = None,
) -> Page:
    """Decode and parse ``html`` into a :class:`Page`; raise :class:`PageError` if impossible."""
    if isinstance(html, bytes):
        text, encoding = decode_html(html, content_type)
    else:
        text, encoding = html, "unicode"
    text = _DOC_CLOSERS.sub("", _XML_DECL.sub("", text))  # lxml refuses str with an XML declaration
    if not text.strip():
        raise PageError("empty document")
    try:
        tree = _parse(text)
    except (ParserError, ValueError) as exc:
        raise PageError(f"unparseable HTML: {exc}") from exc
    json_ld, scripts = _collect_scripts(tree)
    etree.strip_elements(tree, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    return Page(
        url=url,
        html=text,
        tree=tree,
        encoding=encoding,
        meta=_collect_meta(tree),
        json_ld=json_ld,
        scripts=scripts,
        fetched_at=fetched_at,
        hints=dict(hints or {}),
    )


def _parse(text: str) -> _Element:
    try:
        source = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates in a caller's str: let lxml take the str
        return lxml.html.document_fromstring(text, parser=_PARSER)
    return lxml.html.document_fromstring(source, parser=_UTF8_PARSER)


def _collect_meta(tree: _Element) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value is not None:
            meta.setdefault(key.strip().lower(), []).append(value)
    return meta


def _collect_scripts(tree: _Element) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The JSON-LD objects and the data scripts (see :class:`Page`), in one pass over the
    scripts, each script's text read once: inline bundles run to hundreds of kilobytes."""
    objects: list[dict[str, Any]] = []
    found: dict[str, str] = {}
    for script in tree.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        text = script.text
        if kind == "application/ld+json":
            objects.extend(_json_ld_objects(text or ""))
        key = script.get("id") or kind
        if kind == "application/json" or key == "__NEXT_DATA__":
            found.setdefault(key, text or "")
        elif text and ("__NUXT__" in text[:200] or "__APOLLO_STATE__" in text[:200]):
            found.setdefault("inline-state", text)
    return objects, found


def _json_ld_objects(text: str) -> list[dict[str, Any]]:
    raw = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    raw = _CDATA_OPEN.sub("", _CDATA_CLOSE.sub("", raw))
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        return []  # broken JSON-LD is common; the DOM still has the article
    return list(_flatten_json_ld(data))


def _flatten_json_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_json_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_json_ld(data["@graph"])
