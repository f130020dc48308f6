"""Shipped strings as article blocks: HTML rendered like the DOM body, plain text and Markdown
split into lines, code (a stylesheet, a script, an embed snippet) told apart and dropped. Apart
from :mod:`~newscrawl.extract.hydration` because it judges one string's form, not where in the
shipped data a body is kept or which body is the page's.
"""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError, _Element

from newscrawl.extract.blocks import Block, Segment, normalise_space
from newscrawl.extract.render import render_blocks

_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_MARKDOWN_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?)|\*\*|__")
_TAG = re.compile(r"<(p|div|br|h[1-6]|li|blockquote)\b", re.I)  # a string of HTML, not text
_TAGS_AND_ENTITIES = re.compile(r"<[^>]*>|&#?\w+;")
_EMBED = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:script|iframe|style|noscript)\b", re.I | re.S)
_CODE_MARKS = 0.02  # "{};=" per character: prose has next to none, code several per line
_PATTERN_MARKS = 0.1  # "|" and "%" per character: a pattern's alternatives, URL-encoded data (a table's
# rules and a statistics piece's percentages come far fewer)


def to_blocks(text: str) -> list[Block]:
    """HTML fragments are rendered like the DOM body; plain text (Markdown too) becomes one block
    per line; code (a stylesheet, a script a component carries) none."""
    if is_code(text):
        return []
    if is_markup(text):
        fragment = parse_fragment(text)
        return [b for b in render_blocks(fragment, None) if b.text] if fragment is not None else []
    lines = (normalise_space(_plain(line)) for line in text.splitlines())
    return [Block("p", [Segment(line)]) for line in lines if line]


def parse_fragment(markup: str) -> _Element | None:
    """``markup`` parsed as the children of one ``<div>``; None when lxml cannot read it."""
    try:
        return lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return None


def is_markup(text: str) -> bool:
    """HTML rather than text: block tags, and at least as many as blank-line paragraph breaks
    (Markdown writes paragraphs apart and may quote a ``<br>`` tag in its code)."""
    tags = len(_TAG.findall(text))
    return tags > 0 and tags >= text.count("\n\n")


def is_code(text: str) -> bool:
    """Code, not text: a stylesheet or a script (braces, semicolons, assignments), a pattern's
    alternatives, URL-encoded data, thick in the text outside tags; or an embed snippet, markup
    that opens with a script or a frame (an article that embeds a video further on is text)."""
    head = text[:2000]
    if _EMBED.match(head):
        return True
    bare = _TAGS_AND_ENTITIES.sub("", head)
    if sum(map(bare.count, "{};=")) > _CODE_MARKS * len(bare):
        return True
    return bare.count("|") + bare.count("%") > _PATTERN_MARKS * len(bare)


def _plain(line: str) -> str:
    """A line of plain text or Markdown as text: links by their words, marks dropped."""
    if "[" in line:
        line = _MARKDOWN_LINK.sub(r"\1", line)
    return _MARKDOWN_MARKS.sub("", line)
