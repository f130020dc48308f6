"""The page context: parsed once per page, shared by every field extractor."""

from __future__ import annotations

import json
import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeGuard
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.etree import ParserError, _Element

from newscrawl.encoding import decode_html_utf8
from newscrawl.extract.hrefs import absolute_url
from newscrawl.treerepair import INLINE_TAGS, flatten_deep, unnest_chains

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# libxml2 drops everything after </html>; templates that close early and go on writing
# (browsers keep reading) would lose the article, so the closers are removed before parsing.
_CDATA_OPEN = re.compile(r"^(?://\s*)?<!\[CDATA\[")
_DOC_CLOSERS = re.compile(r"</(?:body|html)\s*>", re.I)
_DOC_CLOSER_OPENINGS = re.compile(rb"</(?:body|html)", re.I)
# An inline script assigning the app's state: ``window.__INITIAL_STATE__ = {…}`` (Redux, Apollo,
# Nuxt 2 and the like), Remix's ``window.__remixContext = {…}``, Arc XP's ``Fusion.globalContent = {…}``.
STATE_ASSIGNMENT = re.compile(r"(?:\b__[A-Za-z][\w$]*|\bFusion\.globalContent)\s*=(?!=)\s*")
_STATE_REACH = 1000  # characters of a script searched for one: Arc XP assigns other globals first
FLIGHT_SCRIPTS = "next-flight"  # the key of a Next.js App Router page's flight scripts in Page.scripts


class _PageParser(etree.HTMLParser):
    """lxml.html's parser without its per-tag Python class lookup (form and input classes).

    Every element proxy lxml creates goes through the class lookup, and the extractors
    create millions per hundred pages; a C-level default lookup to :class:`HtmlElement`
    keeps ``text_content()`` and the rest of the lxml.html API the extractors use, and
    makes walking the tree markedly cheaper. Nothing here fills in forms.
    """

    def __init__(self, encoding: str | None = None, huge_tree: bool = False) -> None:
        super().__init__(encoding=encoding, huge_tree=huge_tree, collect_ids=False)
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
# libxml2 silently drops everything nested deeper than 256 elements, which a page of unclosed
# <font>/<span>/<div> tags reaches; such a page is parsed again without that limit and then
# flattened below _MAX_DEPTH, so that no text is lost and the tree walkers' recursion stays shallow.
_DEEP_PARSER = _PageParser(huge_tree=True)
_UTF8_DEEP_PARSER = _PageParser(encoding="utf-8", huge_tree=True)
_MAX_DEPTH = 200
_RESOURCE_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT


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
    :data:`FLIGHT_SCRIPTS`), since the tree itself is stripped of scripts, styles and
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
    """Meta keys lower-cased, as :func:`_collect_meta` stores them; callers pass literal tuples."""
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
    text, utf8 = _without_doc_closers(text, utf8)
    if not text or text.isspace():
        raise PageError("empty document")
    try:
        tree = _parse(text, utf8)
    except (ParserError, ValueError) as exc:
        raise PageError(f"unparseable HTML: {exc}") from exc
    metas, script_elements, templates, paragraphs, noscripts = _data_elements(tree)
    unnest_chains(paragraphs)
    meta_attributes = _attributes(metas)
    json_ld, scripts = _collect_scripts(script_elements, meta_attributes)
    if _place_streamed_segments(tree, templates, script_elements):
        # a streamed segment can bring some: in their new places
        meta_attributes = _attributes(tree.iter("meta"))
    _adopt_picture_copies(noscripts)
    etree.strip_elements(tree, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    return Page(
        url=_usable_url(url),
        html=text,
        tree=tree,
        encoding=encoding,
        meta=_collect_meta(meta_attributes),
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


def _without_doc_closers(text: str, utf8: bytes | None) -> tuple[str, bytes | None]:
    """``text`` without its ``</body>`` and ``</html>`` tags, and ``utf8`` (its UTF-8, if
    known) cut alike, each copied once. The closers nearly always end the page, so their
    character offsets are counted back from the end instead of encoding the page again."""
    spans = _closer_spans(text, utf8)
    if not spans:
        return text, utf8
    kept = text[: spans[0][0]]
    for (_, end), (start, _) in zip(spans, [*spans[1:], (len(text), 0)], strict=True):
        kept += text[end:start]  # appended in place: the head is not copied again
    return kept, None if utf8 is None else _cut_utf8(utf8, text, spans)


def _closer_spans(text: str, utf8: bytes | None) -> list[tuple[int, int]]:
    """The character spans of ``text``'s closers. With ``utf8`` known, its bytes are searched
    for the closers' ASCII openings (quicker than a scan of a wide str; no non-ASCII
    character matches those letters under re.I), and each hit is matched in ``text``
    itself, where ``\\s`` also takes Unicode spaces."""
    if utf8 is None:
        return [m.span() for m in _DOC_CLOSERS.finditer(text)]
    spans = []
    for char in _chars_at(text, utf8, [m.start() for m in _DOC_CLOSER_OPENINGS.finditer(utf8)]):
        if (match := _DOC_CLOSERS.match(text, char)) is not None:
            spans.append(match.span())
    return spans


def _chars_at(text: str, utf8: bytes, offsets: list[int]) -> list[int]:
    """The character offsets in ``text`` of the ascending byte ``offsets`` of ``utf8`` (its
    UTF-8, cut at character starts), counted back from the end: only the bytes from the
    first offset on are decoded."""
    if text.isascii():
        return offsets
    chars: list[int] = []
    char, byte = len(text), len(utf8)
    for offset in reversed(offsets):
        char -= len(utf8[offset:byte].decode())
        byte = offset
        chars.append(char)
    return chars[::-1]


def _cut_utf8(utf8: bytes, text: str, spans: list[tuple[int, int]]) -> bytes:
    """``utf8`` (``text``'s UTF-8) without the bytes of ``text``'s character ``spans``,
    joined from views so that the page's bytes are copied once."""
    view = memoryview(utf8)
    pieces: list[memoryview] = []
    char, byte = len(text), len(utf8)
    for start, end in reversed(spans):
        after = len(text[end:char].encode("utf-8"))
        pieces.append(view[byte - after : byte])
        byte -= after + len(text[start:end].encode("utf-8"))
        char = start
    pieces.append(view[:byte])
    return b"".join(reversed(pieces))


def _parse(text: str, utf8: bytes | None = None) -> _Element:
    """The tree of ``text``; ``utf8``, when given, is its UTF-8 and parsed instead."""
    source: str | bytes | None = utf8
    if source is None:
        try:
            source = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates in a caller's str: let lxml take the str
            source = text
    parser, deep_parser = (
        (_UTF8_PARSER, _UTF8_DEEP_PARSER) if isinstance(source, bytes) else (_PARSER, _DEEP_PARSER)
    )
    tree = lxml.html.document_fromstring(source, parser=parser)
    if not _hit_limit(parser):
        return tree  # paragraph chains are undone by parse_page, from the walk it makes anyway
    deep = lxml.html.document_fromstring(source, parser=deep_parser)
    for tags in _UNNESTED:  # nested past even the deep parser's limit: its text would be lost
        if not _hit_limit(deep_parser):
            break
        source = _without_tags(source, tags)
        deep = lxml.html.document_fromstring(source, parser=deep_parser)
    unnest_chains(list(deep.iter("p")))  # before flattening, which would merge the paragraphs
    return flatten_deep(deep, _MAX_DEPTH)


# Tags dropped, in turn, from a page nested deeper than libxml2 goes even with huge_tree (2048
# levels, thousands of unclosed <font>/<span>/<div>): first the inline ones, then the blocks
# that only wrap. The page loses their markup, not its text.
_UNNESTED = (
    "font|span|b|i|u|em|strong|small|big|s|strike|sup|sub",
    "div|section|center|blockquote|article",
)


def _hit_limit(parser: etree.HTMLParser) -> bool:
    """Whether the parser's last document was cut at its depth limit."""
    return any(error.type == _RESOURCE_LIMIT for error in parser.error_log.filter_from_fatals())


def _without_tags(source: str | bytes, tags: str) -> str | bytes:
    """``source`` without the opening and closing tags named in ``tags`` (``a|b``)."""
    pattern = rf"</?(?:{tags})(?=[\s/>])[^>]*>"
    if isinstance(source, bytes):
        return re.sub(pattern.encode(), b" ", source, flags=re.I)
    return re.sub(pattern, " ", source, flags=re.I)


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
    chain of them, see :func:`_chain_root`, would show), from one walk of the tree instead of one per kind:
    on a large page each walk costs as much as reading every element it finds."""
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


def _attributes(elements: Iterable[_Element]) -> list[dict[str, str]]:
    """Each element's attributes, read in one call: the meta readers want up to six of each
    meta's, and every attribute read of an element costs as much as reading them all."""
    return [dict(el.items()) for el in elements]


def _collect_meta(metas: Iterable[dict[str, str]]) -> dict[str, list[str]]:
    """The meta values by key (see :class:`Page`), from each meta's attributes in document order."""
    meta: dict[str, list[str]] = {}
    for attributes in metas:
        value = attributes.get("content")
        if value is None:
            continue
        for key in _meta_keys(attributes):
            meta.setdefault(key, []).append(value)
    return meta


def _meta_keys(attributes: dict[str, str]) -> list[str]:
    """The keys a meta element (its ``attributes``) files its value under, lower-cased. An RDFa
    ``property`` is a list of terms (``property="dc:creator twitter:site_name"``), each a key;
    its Dublin Core terms are spelt as the HTML ``name`` spells them (``dc:creator`` →
    ``dc.creator``), so one reader serves both."""
    prop = (attributes.get("property") or "").lower().split()
    if not prop:
        key = attributes.get("name") or attributes.get("itemprop") or attributes.get("http-equiv")
        return [key.strip().lower()] if key else []
    return [term.replace(":", ".", 1) if term.startswith(("dc:", "dcterms:")) else term for term in prop]


def _collect_scripts(
    scripts: Iterable[_Element], metas: Iterable[dict[str, str]]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The JSON-LD objects and the data scripts (see :class:`Page`), in one pass over the
    scripts, each script's text read once: inline bundles run to hundreds of kilobytes."""
    objects: list[dict[str, Any]] = []
    found: dict[str, str] = {}
    flight: list[str] = []
    for script in scripts:
        kind = (script.get("type") or "").strip().lower()
        text = script.text
        if kind == "application/ld+json":
            objects.extend(_json_ld_objects(text or ""))
        key = script.get("id") or kind
        if kind == "application/json" or key == "__NEXT_DATA__":
            found[key if key not in found else f"{key}-{len(found)}"] = text or ""  # SvelteKit ships several
        elif not text:
            continue
        elif text[:64].lstrip().startswith("self.__next_f"):
            flight.append(text)
        elif text[:64].lstrip().startswith("(self.__next_s"):
            objects.extend(_queued_json_ld(text))
        elif STATE_ASSIGNMENT.search(text, 0, _STATE_REACH):
            found.setdefault(f"inline-state-{len(found)}", text)
    if flight:
        found[FLIGHT_SCRIPTS] = "\n".join(flight)
    objects.extend(_meta_json_ld(metas))
    return objects, found


_QUEUE_PUSH = re.compile(r"\.push\(\s*(?=\[)")
_DECODER = json.JSONDecoder()


def _queued_json_ld(script: str) -> Iterator[dict[str, Any]]:
    """JSON-LD that Next.js's ``<Script>`` queues for the browser to insert
    (``(self.__next_s=self.__next_s||[]).push([0,{"type":"application/ld+json","children":"{…}"}])``):
    an App Router page may ship its structured data only so."""
    for push in _QUEUE_PUSH.finditer(script):
        try:
            queued, _ = _DECODER.raw_decode(script, push.end())
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
            continue
        props = queued[1] if isinstance(queued, list) and len(queued) == 2 else None
        if not isinstance(props, dict) or str(props.get("type", "")).lower() != "application/ld+json":
            continue
        inner = props.get("dangerouslySetInnerHTML")
        text = props.get("children") or (inner.get("__html") if isinstance(inner, dict) else None)
        if isinstance(text, str):
            yield from _json_ld_objects(text)


def _meta_json_ld(metas: Iterable[dict[str, str]]) -> Iterator[dict[str, Any]]:
    """JSON-LD shipped as a meta value (``<meta name="script:ld+json" content="{...}">``): a
    framework head component that renders every head tag as a meta puts it there. ``metas``
    are the meta elements' attributes."""
    for attributes in metas:
        name = (attributes.get("name") or attributes.get("property") or "").strip().lower()
        value = (attributes.get("content") or "").strip()
        if not name.endswith("ld+json") or not value.startswith(("{", "[")):
            continue
        yield from _flatten_json_ld(_load_json(value))


def _json_ld_objects(text: str) -> list[dict[str, Any]]:
    raw = _without_cdata(text.strip().removeprefix("<!--").removesuffix("-->").strip())
    return list(_flatten_json_ld(_load_json(raw)))  # broken JSON-LD is common: the DOM has the article


def _without_cdata(raw: str) -> str:
    """``raw`` (stripped) out of its CDATA wrapper: ``<![CDATA[`` or ``//<![CDATA[`` before,
    ``]]>`` or ``//]]>`` after. The end is cut by hand: a pattern anchored at the end is
    tried at every character of the text before it."""
    if raw.endswith("]]>"):
        inner = raw[:-3]
        trimmed = inner.rstrip()  # str.rstrip() and \s take the same spaces
        raw = trimmed[:-2] if trimmed.endswith("//") else inner
    return _CDATA_OPEN.sub("", raw)


def _load_json(text: str) -> Any:
    """``text`` as JSON, None when it is none: broken JSON is common in pages, and nesting
    deeper than Python's recursion limit (``[[[[...``) makes the decoder raise RecursionError."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _place_streamed_segments(tree: _Element, templates: list[_Element], scripts: list[_Element]) -> bool:
    """Put streamed content where the page will show it, as React's streaming renderer does.

    A server that streams (React 18+, Next.js App Router) first sends a placeholder, a
    ``<template id="B:n">`` before a fallback ("Loading ...") or a ``<template id="P:n">``,
    and later the content in a ``<div hidden id="S:n">`` at the end of the body, which an
    inline script moves into place. Segments nest (a segment holds further placeholders);
    moving every segment into its placeholder resolves any nesting in any order.
    ``templates`` and ``scripts`` are the tree's; True when there were placeholders.
    """
    placeholders = [t for t in templates if _STREAM_ID.match(t.get("id") or "")]
    if not placeholders:
        return False
    segments = {
        el.get("id", "")[2:]: el
        for el in tree.iter("div")
        if el.get("hidden") is not None and (el.get("id") or "").startswith("S:")
    }
    boundaries = _boundary_segments(scripts)
    for template in placeholders:
        kind, key = template.get("id", "").split(":", 1)
        segment = segments.pop(boundaries.get(key, key) if kind == "B" else key, None)
        if (
            segment is None
            or template.getparent() is None
            or any(a is segment for a in template.iterancestors())
        ):
            continue
        if kind == "B":
            _drop_fallback(template)
        _splice(template, segment)
    return True


_STREAM_ID = re.compile(r"[BP]:[0-9a-z]+$")
_COMPLETE_BOUNDARY = re.compile(r"""\$RC\(\s*["']B:([0-9a-z]+)["']\s*,\s*["']S:([0-9a-z]+)["']""")


def _boundary_segments(scripts: Iterable[_Element]) -> dict[str, str]:
    """Which segment completes which boundary, from the page's ``$RC("B:n","S:m")`` calls;
    a boundary without a call is completed by the segment of the same number."""
    pairs: dict[str, str] = {}
    for script in scripts:
        text = script.text or ""
        if "$RC" in text:
            pairs.update(_COMPLETE_BOUNDARY.findall(text))
    return pairs


def _drop_fallback(template: _Element) -> None:
    """Remove a boundary's fallback: up to the ``<!--/$-->`` that closes the boundary, or,
    when comments were stripped, one short element right after the template."""
    parent = template.getparent()
    following = list(template.itersiblings())
    end = next((i for i, el in enumerate(following) if el.tag is etree.Comment and el.text == "/$"), None)
    if end is not None:
        template.tail = None
        for el in following[:end]:
            parent.remove(el)  # the tail goes with it: fallback text
        return
    after = template.getnext()
    if _is_placeholder(after) and not (template.tail or "").strip():
        template.tail = after.tail
        parent.remove(after)


def _is_placeholder(element: _Element | None) -> TypeGuard[_Element]:
    """An element short enough to be a "Loading ..." fallback."""
    return element is not None and isinstance(element.tag, str) and len(element.text_content()) < 40


def _splice(placeholder: _Element, segment: _Element) -> None:
    """Move ``segment``'s content (its text and children) to just after ``placeholder``,
    which is stripped later with the other templates, and drop the emptied segment."""
    parent = placeholder.getparent()
    tail = placeholder.tail
    placeholder.tail = segment.text
    children = list(segment)
    index = parent.index(placeholder)
    for offset, child in enumerate(children):
        parent.insert(index + 1 + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + (tail or "")
    else:
        placeholder.tail = (segment.text or "") + (tail or "")
    segment.text = None
    holder = segment.getparent()
    if holder is not None and not (segment.tail or "").strip():
        holder.remove(segment)


def _flatten_json_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects of ``data`` and of its lists and ``@graph``s, to a bounded depth: a list
    nested hundreds deep holds no article, and recursing into it would exhaust the stack."""
    if depth > _MAX_LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_json_ld(data["@graph"], depth + 1)


_MAX_LD_DEPTH = 20
