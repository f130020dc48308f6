"""Render a chosen subtree as blocks of text segments, in reading order.

Shared by the body search (:mod:`~newscrawl.extract.body`) and the hydration readers,
which render HTML fragments from a page's data the same way. Block elements and ``<br>``
cut blocks; anchors and emphasis are kept on the segments, since the cleaners need to
know which words were links (spam anchors) or bold (injected keywords). Subtrees that
are never body text (captions, the headline, share bars) are skipped here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml.etree import _Element

from newscrawl.extract.blocks import Block, Segment, normalise_space
from newscrawl.extract.dom import (
    BLOCK_TAGS,
    EMPHASIS_TAGS,
    SKIP_TAGS,
    absolute_url,
    is_boilerplate_container,
    is_hidden,
)


def render_blocks(
    container: _Element, base_url: str | None, *, include_hidden: bool = False
) -> Iterator[Block]:
    """Walk ``container`` and cut its text into blocks at block elements and ``<br>``."""
    current = Block("p")
    for event in _walk(container, base_url, None, False, include_hidden):
        if isinstance(event, _Text):
            if event.text:
                current.segments.append(Segment(event.text, href=event.href, emphasis=event.emphasis))
            continue
        if current.segments:
            yield current
        current = Block(event if event not in ("div", "br", "section", "article") else "p")
    if current.segments:
        yield current


@dataclass
class _Text:
    text: str | None
    href: str | None
    emphasis: bool


def _walk(
    el: _Element, base_url: str | None, href: str | None, emphasis: bool, include_hidden: bool
) -> Iterator[_Text | str]:
    """Document-order events: a tag name where a block starts or ends, text runs with markup."""
    tag = el.tag
    is_block = tag in BLOCK_TAGS
    if is_block or tag == "br":
        yield tag
    if tag == "a" and el.get("href"):
        href = absolute_url(el.get("href"), base_url)
    emphasis = emphasis or tag in EMPHASIS_TAGS
    yield _Text(el.text, href, emphasis)
    for child in el:
        if renders(child, include_hidden):
            yield from _walk(child, base_url, href, emphasis, include_hidden)
        yield _Text(child.tail, href, emphasis)
    if is_block:
        yield tag


def renders(el: _Element, include_hidden: bool = False) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS or (not include_hidden and is_hidden(el)):
        return False
    return not _is_excluded(el)


def _is_excluded(el: _Element) -> bool:
    """Subtrees inside the container that are never body text."""
    tag = el.tag
    if tag in ("figcaption", "h1"):
        return True
    return is_boilerplate_container(el)


def is_link_line(block: Block) -> bool:
    """A line that is mostly anchor text: a related-list item, a tag cloud, a pager."""
    total = len(block.text)
    linked = sum(len(normalise_space(s.text)) for s in block.segments if s.href)
    return total > 0 and linked / total > 0.6
