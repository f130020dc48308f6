"""The page's JSON-LD and data scripts (hydration state, inline state assignments, App Router
flight), read before the tree is stripped of its scripts; apart from :mod:`newscrawl.page` since
each script format has its own reader and none of them touches the rest of the page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml.etree import _Element

_CDATA_OPEN = re.compile(r"^(?://\s*)?<!\[CDATA\[")
# An inline script assigning the app's state: ``window.__INITIAL_STATE__ = {…}`` (Redux, Apollo,
# Nuxt 2 and the like), Remix's ``window.__remixContext = {…}``, Arc XP's ``Fusion.globalContent = {…}``.
STATE_ASSIGNMENT = re.compile(r"(?:\b__[A-Za-z][\w$]*|\bFusion\.globalContent)\s*=(?!=)\s*")
_STATE_REACH = 1000  # characters of a script searched for one: Arc XP assigns other globals first
FLIGHT_SCRIPTS = "next-flight"  # the key of a Next.js App Router page's flight scripts in Page.scripts


def collect_scripts(
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
