"""Article bodies a headless CMS ships as a document tree, rendered to HTML.

Headless CMSes store rich text as JSON trees, not markup, and JS-built pages ship that tree as is:
Contentful (``{"nodeType": "paragraph", "content": [{"nodeType": "text", "value": …}]}``), Sanity's
Portable Text (``{"_type": "block", "style": "h2", "children": [{"text": …}]}``), DatoCMS's DAST,
ProseMirror/TipTap and Storyblok (``{"type": "doc", "content": […]}``), Slate and Plate
(``{"type": "p", "children": [{"text": …}]}``), Lexical, Editor.js (``{"type": "paragraph",
"data": {"text": …}}``) and Arc XP's ``content_elements`` (``{"type": "text", "content": …}``).
They share one shape: a node names its kind under a type key, holds its children under a
children key, a leaf holds its text, and an image node its file's URL, alt text and caption.
:func:`rich_text_documents` finds such trees anywhere in a page's data and renders each as HTML,
which the hydration reader turns into blocks like any HTML body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape
from typing import Any

_TYPE_KEYS = ("nodeType", "_type", "type", "blockName")
_CHILD_KEYS = ("children", "content", "innerBlocks", "items")
_ROOTS = frozenset({"root", "document", "doc"})
_BLOCK_KINDS = {
    "paragraph": "p", "p": "p", "block": "p", "text-block": "p", "normal": "p",
    "core/paragraph": "p", "heading": "h2", "header": "h2", "core/heading": "h2",
    "blockquote": "blockquote", "quote": "blockquote", "core/quote": "blockquote",
    "list": "ul", "bullet-list": "ul", "bulleted-list": "ul", "unordered-list": "ul",
    "ul-list": "ul", "bulletlist": "ul", "ul": "ul", "ordered-list": "ol", "numbered-list": "ol",
    "orderedlist": "ol", "ol": "ol", "ol-list": "ol", "core/list": "ul",
    "list-item": "li", "listitem": "li", "li": "li", "core/list-item": "li",
    "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5", "h6": "h6",
    "heading-1": "h1", "heading-2": "h2", "heading-3": "h3", "heading-4": "h4",
    "heading-5": "h5", "heading-6": "h6",
}  # fmt: skip
_INLINE_KINDS = frozenset({"span", "text", "mark", "strong", "em", "bold", "italic", "code"})
_LINK_KINDS = frozenset({"link", "hyperlink", "anchor", "a", "entry-hyperlink"})
_HEADING_STYLE = re.compile(r"h[1-6]")
_IMAGE_KINDS = frozenset({"image", "img", "picture", "photo", "core/image", "embedded-asset-block"})
# Where an image node keeps its file's URL, its alt text and its caption, by format: its own
# fields (Slate, Lexical, Arc XP), ProseMirror's attrs, Editor.js's data, a resolved Contentful
# asset, a Sanity asset with its URL.
_IMAGE_URL = (("src",), ("url",), ("url", "primary"), ("url", "url"), ("attrs", "src"),
              ("data", "file", "url"), ("data", "url"), ("data", "src"),
              ("data", "target", "fields", "file", "url"), ("fields", "file", "url"), ("asset", "url"),
              ("image", "url"), ("image", "src"))  # fmt: skip
_IMAGE_ALT = (("alt",), ("altText",), ("alt_text",), ("attrs", "alt"), ("data", "alt"), ("asset", "altText"),
              ("data", "target", "fields", "description"), ("data", "target", "fields", "title"))  # fmt: skip
_IMAGE_CAPTION = (("caption",), ("attrs", "caption"), ("data", "caption"), ("subtitle",))
_TAGS = re.compile(r"<[^>]*>")
_MIN_BLOCKS = 2  # a lone paragraph node is a field, not a document
_MAX_DEPTH = 60


def rich_text_documents(data: Any) -> Iterator[tuple[str, tuple[dict[str, Any], ...]]]:
    """Each rich-text tree in ``data`` (a root node, or a list of two or more block nodes), as HTML,
    with the objects holding it, innermost first; a tree's own subtrees are not yielded again."""
    yield from _find(data, 0, ())


def _find(
    data: Any, depth: int, holders: tuple[dict[str, Any], ...]
) -> Iterator[tuple[str, tuple[dict[str, Any], ...]]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, dict):
        if _kind(data) in _ROOTS and isinstance(_children(data), list):
            yield _render_children(data, 0), holders
            return
        for value in data.values():
            yield from _find(value, depth + 1, (data, *holders))
    elif isinstance(data, list):
        if sum(1 for item in data if isinstance(item, dict) and _is_block(item)) >= _MIN_BLOCKS:
            yield "".join(_render(item, 0) for item in data), holders
            return
        for item in data:
            yield from _find(item, depth + 1, holders)


def _kind(node: dict[str, Any]) -> str:
    """The node's kind, lower-cased ("" when it names none)."""
    for key in _TYPE_KEYS:
        value = node.get(key)
        if isinstance(value, str):
            return value.lower().replace("_", "-")  # ProseMirror's bullet_list is a bullet-list
    return ""


def _children(node: dict[str, Any]) -> Any:
    for key in _CHILD_KEYS:
        if key in node:
            return node[key]
    return None


def _is_block(node: dict[str, Any]) -> bool:
    """A block node: a block kind holding children or text of its own. A "text" node is one when
    it holds its text as markup (Arc XP's paragraphs); elsewhere it is a run inside a paragraph."""
    kind = _kind(node)
    if kind == "text":
        return isinstance(node.get("content"), str)
    if kind not in _BLOCK_KINDS:
        return False
    return isinstance(_children(node), (list, str)) or isinstance(_own_text(node), str) or _markup(node)


def _own_text(node: dict[str, Any]) -> str | None:
    """A leaf's text: ``value``/``text`` (plain), Editor.js's ``data.text`` (inline HTML)."""
    for key in ("value", "text"):
        if isinstance(node.get(key), str):
            return escape(node[key], quote=False)
    data = node.get("data")
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return data["text"]
    return None


def _markup(node: dict[str, Any]) -> bool:
    """A WordPress block as a headless site ships it: its rendered ``innerHTML``, tag included."""
    return isinstance(node.get("innerHTML"), str)


def _tag(node: dict[str, Any], kind: str) -> str | None:
    """The HTML tag of a block node (None for an inline one)."""
    if kind == "text":
        return "p" if _is_block(node) else None
    style = node.get("style")
    if isinstance(style, str) and _HEADING_STYLE.fullmatch(style):
        return style  # Portable Text: {"_type": "block", "style": "h2"}
    if style == "blockquote":
        return "blockquote"
    tag = _BLOCK_KINDS.get(kind)
    if tag == "h2":
        nested = [n for n in (node.get("attrs"), node.get("data")) if isinstance(n, dict)]
        level = node.get("level") or node.get("depth")
        level = level or next((n["level"] for n in nested if "level" in n), None)
        if isinstance(level, int) and 1 <= level <= 6:
            return f"h{level}"
    if kind in ("list", "core/list") and (node.get("ordered") or node.get("listType") == "number"):
        return "ol"
    return tag


def _render(node: Any, depth: int) -> str:
    if depth > _MAX_DEPTH:
        return ""
    if isinstance(node, str):
        return escape(node, quote=False)
    if isinstance(node, list):
        return "".join(_render(item, depth + 1) for item in node)
    if not isinstance(node, dict):
        return ""
    kind = _kind(node)
    tag = None if kind in _INLINE_KINDS and kind != "text" else _tag(node, kind)
    children = _children(node)
    if _markup(node) and not children:
        return str(node["innerHTML"])
    if kind in _IMAGE_KINDS:
        return _picture(node)
    if isinstance(children, str):  # Arc XP's {"type": "text", "content": "A <b>bold</b> line"}
        inner = children
    elif isinstance(children, list):
        inner = _render_children(node, depth)
    else:
        inner = _own_text(node) or ""
    if kind in _LINK_KINDS:
        href = node.get("url") or node.get("href") or (node.get("data") or {}).get("uri")
        return f'<a href="{escape(href)}">{inner}</a>' if isinstance(href, str) else inner
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _picture(node: dict[str, Any]) -> str:
    """An image node as the figure it shows (its caption a ``<figcaption>``, which no body text
    is); nothing when it holds no URL (an asset the CMS resolves elsewhere)."""
    url = _field(node, _IMAGE_URL)
    if url is None or not url.startswith(("http://", "https://", "//", "/")):
        return ""
    alt = _field(node, _IMAGE_ALT) or ""
    caption = " ".join(_TAGS.sub(" ", _field(node, _IMAGE_CAPTION) or "").split())
    shown = f"<figcaption>{escape(caption, quote=False)}</figcaption>" if caption else ""
    return f'<figure><img src="{escape(url)}" alt="{escape(alt)}">{shown}</figure>'


def _field(node: dict[str, Any], paths: tuple[tuple[str, ...], ...]) -> str | None:
    """The first non-empty string found along one of ``paths`` (keys into nested objects)."""
    for path in paths:
        value: Any = node
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _render_children(node: dict[str, Any], depth: int) -> str:
    return "".join(_render(child, depth + 1) for child in _children(node) or ())
