"""React's streamed HTML put back where the browser shows it (``<template id="B:n">`` placeholders,
``<div hidden id="S:n">`` segments, ``$RC`` calls); apart from :mod:`newscrawl.page` because it is
one framework's protocol, replayed on the tree before its scripts are stripped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeGuard

from lxml import etree
from lxml.etree import _Element


def place_streamed_segments(tree: _Element, templates: list[_Element], scripts: list[_Element]) -> bool:
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
