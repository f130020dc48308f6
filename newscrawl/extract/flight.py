"""The page a Next.js App Router site ships as React flight data, rendered back to HTML.

An App Router page carries its React Server Components tree in ``self.__next_f.push([1, "…"])``
scripts: their strings, joined, are the flight stream, one row per ``<hex id>:<payload>``. A row
is JSON (React elements are ``["$", type, key, props]``), a text chunk (``T<hex byte length>,``
then that many bytes of UTF-8: long strings such as an article's HTML) or a tagged row (module
imports ``I``, resource hints ``HL``, errors ``E``) that holds no page text. Elements and props
refer to other rows by ``"$<id>"`` or lazily by ``"$L<id>"``.

:func:`flight_html` turns the stream back into markup, so the ordinary body search reads a
client-rendered page as it reads a server-rendered one. HTML elements become their tags, with
the class, id and link attributes the search weighs. A component contributes its children and
any HTML or elements its other props carry (``content: "$3c"``, a CMS's article HTML), but not
the 404, error or loading page it holds for other states. ``dangerouslySetInnerHTML`` is
inserted as written, an image component's picture is its ``<img>``, and a JSON-LD script a
component renders is kept. Plain data (navigation menus, lists of related posts held as
objects) is not rendered: only the elements the site itself would render are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape
from typing import Any

_PUSH = re.compile(r"self\.__next_f\.push\(\s*")
_ROW_ID = re.compile(rb"([0-9a-f]*):")
_HTML_BLOCK = re.compile(r"<(?:p|h[1-6]|li|blockquote|div|section|article)\b", re.I)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "link", "meta", "title", "head"})
_DOCUMENT_TAGS = frozenset({"html", "body"})  # the layout's own: the markup gets one of each
# Props carried over to the rendered tags: what the body search reads besides the text.
_ATTRIBUTES = {"className": "class", "id": "id", "href": "href", "src": "src", "alt": "alt",
               "role": "role", "itemProp": "itemprop", "dateTime": "datetime"}  # fmt: skip
# What a component shows only in another state than the page's: Next.js's layout router holds
# the site's 404, error and loading pages, a suspense boundary its loading placeholder.
_UNSHOWN_PROPS = frozenset(
    {"notFound", "forbidden", "unauthorized", "error", "errorComponent", "loading", "fallback"}
)
_MAX_DEPTH = 200  # React trees nest deep, but a stream that refers to itself must stop


def flight_chunks(scripts: Iterator[str] | list[str]) -> str:
    """The flight stream: the data strings of the ``self.__next_f.push`` calls in ``scripts``,
    joined in page order (a row may be split across pushes)."""
    decoder = json.JSONDecoder()
    parts: list[str] = []
    for script in scripts:
        for match in _PUSH.finditer(script):
            try:
                value, _end = decoder.raw_decode(script, match.end())
            except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
                continue
            if isinstance(value, list) and len(value) == 2 and value[0] == 1 and isinstance(value[1], str):
                parts.append(value[1])
    return "".join(parts)


def flight_rows(stream: str) -> dict[str, Any]:
    """The stream's rows by id: decoded JSON, or a text chunk's string; tagged rows left out."""
    data = stream.encode("utf-8", "surrogatepass")  # text chunk lengths count UTF-8 bytes
    rows: dict[str, Any] = {}
    at = 0
    while at < len(data):
        match = _ROW_ID.match(data, at)
        if match is None:  # not a row start: skip to the next line
            end = data.find(b"\n", at)
            at = len(data) if end < 0 else end + 1
            continue
        row_id, at = match.group(1).decode("ascii"), match.end()
        if data[at : at + 1] == b"T":
            comma = data.find(b",", at)
            try:
                size = int(data[at + 1 : comma], 16)
            except ValueError:
                size = -1
            if comma > 0 and size >= 0:
                rows[row_id] = data[comma + 1 : comma + 1 + size].decode("utf-8", "replace")
                at = comma + 1 + size
                continue
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        payload = data[at:end]
        at = end + 1
        if payload[:1] in (b"[", b"{", b'"') and row_id:
            try:
                rows[row_id] = json.loads(payload)
            except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
                continue
    return rows


def flight_html(rows: dict[str, Any]) -> str | None:
    """The page the stream's rows (:func:`flight_rows`) describe, as HTML (None when they hold
    no rendered text)."""
    if not rows:
        return None
    renderer = _Renderer(rows)
    for row_id in ("0", *rows):  # the root first; trees it never reaches (streamed later) after it
        if not isinstance(rows.get(row_id), str):  # a text chunk shows only where it is used
            renderer.row(row_id, 0)
    markup = "".join(renderer.out)
    return f"<html><body>{markup}</body></html>" if markup.strip() else None


class _Renderer:
    """Writes each row's elements once, following references as React would."""

    def __init__(self, rows: dict[str, Any]) -> None:
        self.rows = rows
        self.done: set[str] = set()
        self.out: list[str] = []

    def row(self, row_id: str, depth: int) -> None:
        if row_id in self.done or row_id not in self.rows:
            return
        self.done.add(row_id)
        value = self.rows[row_id]
        if isinstance(value, str) and not value.startswith("$"):
            self.text(value, depth)  # a text chunk referred to as a child
        else:
            self.node(value, depth)

    def node(self, value: Any, depth: int) -> None:
        """Render a child: an element, a list of children, text, or a reference."""
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, str):
            reference = _reference(value)
            if reference is not None:
                self.row(reference, depth + 1)
            elif not value.startswith("$") or value.startswith("$$"):
                self.out.append(escape(value[1:] if value.startswith("$$") else value, quote=False))
        elif isinstance(value, list):
            if len(value) >= 4 and value[0] == "$" and isinstance(value[1], str):
                self.element(value[1], value[3] if isinstance(value[3], dict) else {}, depth)
            else:
                for item in value:
                    self.node(item, depth + 1)
        elif isinstance(value, dict):  # plain data (router state, a component's data prop)
            for item in value.values():
                self.data(item, depth + 1)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self.out.append(str(value))

    def data(self, value: Any, depth: int) -> None:
        """Walk plain data for what a component would render of it: elements and HTML strings."""
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, str):
            reference = _reference(value)
            target = self.rows.get(reference) if reference is not None else value
            if reference is not None and isinstance(target, (list, dict)):
                if reference not in self.done:  # data kept in a row of its own: read as data, once
                    self.done.add(reference)
                    self.data(target, depth + 1)
            elif isinstance(target, str) and _HTML_BLOCK.search(target):
                if reference is not None:
                    self.done.add(reference)
                self.out.append(f"<div>{target}</div>")
        elif isinstance(value, list):
            if len(value) >= 4 and value[0] == "$":
                self.node(value, depth)
            else:
                for item in value:
                    self.data(item, depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                self.data(item, depth + 1)

    def pass_over(self, value: Any) -> None:
        """A state's page left out (see :data:`_UNSHOWN_PROPS`): kept in a row of its own, that
        row is done, or the render of rows the root never reached would show it after all."""
        reference = _reference(value) if isinstance(value, str) else None
        if reference is not None:
            self.done.add(reference)

    def text(self, value: str, depth: int) -> None:
        """A text chunk: HTML when it holds block tags, else text."""
        self.out.append(f"<div>{value}</div>" if _HTML_BLOCK.search(value) else escape(value, quote=False))

    def element(self, kind: str, props: dict[str, Any], depth: int) -> None:
        inner = props.get("dangerouslySetInnerHTML")
        if kind.startswith("$"):  # a component (or a fragment, a suspense boundary): what it renders
            self.picture(props)
            reference = _reference(kind)
            if reference is not None and isinstance(self.rows.get(reference), list):
                self.row(reference, depth + 1)  # a lazy element standing in for its row
            self.node(props.get("children"), depth + 1)
            for name, value in props.items():
                if name in _UNSHOWN_PROPS:
                    self.pass_over(value)
                elif name != "children":
                    self.data(value, depth + 1)
            return
        tag = kind.lower()
        if tag == "script" and props.get("type") == "application/ld+json":
            self.linked_data(inner)
            return
        if tag in _SKIPPED_TAGS or not tag.replace("-", "").isalnum():
            return
        if tag in _DOCUMENT_TAGS:
            self.node(props.get("children"), depth + 1)
            return
        attributes = "".join(
            f' {html_name}="{escape(value)}"'
            for name, html_name in _ATTRIBUTES.items()
            if isinstance(value := props.get(name), str) and not value.startswith("$")
        )
        self.out.append(f"<{tag}{attributes}>")
        inserted = self.inner_html(inner)
        if inserted is not None:
            self.out.append(inserted)
        else:
            self.node(props.get("children"), depth + 1)
        self.out.append(f"</{tag}>")

    def picture(self, props: dict[str, Any]) -> None:
        """The picture an image component draws (``next/image``: ``src``, a static import's
        ``{"src": …}``, and ``alt``), as the ``<img>`` it renders in the browser."""
        src = props.get("src")
        if isinstance(src, dict):
            src = src.get("src")
        alt = props.get("alt")
        if isinstance(src, str) and not src.startswith("$") and isinstance(alt, str):
            self.out.append(f'<img src="{escape(src)}" alt="{escape(alt)}">')

    def inner_html(self, inner: Any) -> str | None:
        """The markup a ``dangerouslySetInnerHTML`` prop inserts (written there, or a text row)."""
        if not isinstance(inner, dict) or not isinstance(inner.get("__html"), str):
            return None
        html = inner["__html"]
        reference = _reference(html)
        target = self.rows.get(reference) if reference is not None else html
        return target if isinstance(target, str) else None

    def linked_data(self, inner: Any) -> None:
        """A JSON-LD script a component renders (how Next.js has pages give their structured
        data): kept, so the page read off the render has its headline, dates and authors."""
        data = self.inner_html(inner)
        if data is not None:
            safe = data.replace("</", "<\\/")  # JSON's own escape: no "</script>" ends it early
            self.out.append(f'<script type="application/ld+json">{safe}</script>')


def _reference(value: str) -> str | None:
    """The row a ``"$<id>"`` or ``"$L<id>"`` string refers to (``"$<id>:path"`` too), else None."""
    if len(value) < 2 or value[0] != "$":
        return None
    body = value[2:] if value[1] == "L" else value[1:]
    row_id = body.split(":", 1)[0]
    return row_id if row_id and all(c in "0123456789abcdef" for c in row_id) else None
