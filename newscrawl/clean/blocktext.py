"""The blocks' raw text by offset: the body's text as the cleaners search it (each block's
raw text, folded in one go, offsets mapped back to blocks) and a block with cut spans taken
out of its segments. Apart from the keyword finders (inline.py), which only judge where to cut.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Set
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from newscrawl.clean.text import fold
from newscrawl.extract.blocks import Block, Segment


@dataclass(frozen=True)
class Cut:
    start: int
    end: int
    rule: str
    detail: str | None = None


class BodyText:
    """The body's paragraphs as the cleaners search them: each block's raw text, all of
    them folded in one go (``"\\n"``-joined), and where each starts in that text.

    Made once per page and computed on first use: the genuine-use searches and the body
    cleaner read the same text, and a clean page may need none of it.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    @cached_property
    def raws(self) -> list[str]:
        return [_raw(block) for block in self.blocks]

    @cached_property
    def starts(self) -> list[int]:
        return list(accumulate((len(raw) + 1 for raw in self.raws[:-1]), initial=0))

    @cached_property
    def folded(self) -> str:
        """``"\\n".join(fold(raw) for raw in raws)``, each fold as long as its raw."""
        return _fold_lines(self.raws)

    def folded_block(self, index: int) -> str:
        """``fold(raws[index])``."""
        start = self.starts[index]
        return self.folded[start : start + len(self.raws[index])]

    def locate(self, at: int) -> int:
        """The index of the block whose text holds offset ``at`` of :attr:`folded`."""
        return bisect_right(self.starts, at) - 1


def _raw(block: Block) -> str:
    return "".join([s.text for s in block.segments])  # a list joins faster than a generator


def _fold_lines(texts: list[str]) -> str:
    """``"\\n".join(fold(t) for t in texts)``, folded in one call where that is the same.

    It is, since a newline stops the Greek final-sigma context, unless a dotted capital I
    (the one character that lower-cases to two) sends :func:`fold` to its per-character path.
    """
    joined = "\n".join(texts)
    if "\u0130" in joined:
        return "\n".join(fold(text) for text in texts)
    return fold(joined)


def apply_cuts(block: Block, cuts: list[Cut], unlinked: Set[int] = frozenset()) -> Block:
    """The block without the cut spans (the space that glued a span to its sentence goes
    too), nor the links of the segments whose ``id`` is in ``unlinked``, nor empty segments.

    A new block, except when there is nothing to change: then the block itself, which is
    safe to share since cleaners never modify blocks (and keeps its computed text).
    """
    if not cuts and not unlinked and all(s.text for s in block.segments):
        return block
    if not cuts:
        copies = [Segment(s.text, _href(s, unlinked), s.emphasis) for s in block.segments if s.text]
        return Block(block.tag, copies)
    raw = _raw(block)
    spans = _merged([_widen(raw, cut.start, cut.end) for cut in cuts])
    kept = _kept_texts([seg.text for seg in block.segments], spans)
    segments = [
        Segment(text, href=_href(seg, unlinked), emphasis=seg.emphasis)
        for seg, text in zip(block.segments, kept, strict=True)
        if text
    ]
    return Block(block.tag, segments)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of the ``(start, end)`` spans, as disjoint spans in text order.

    >>> _merged([(14, 21), (10, 15), (3, 3), (21, 22)])
    [(10, 22)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue  # empty: drops nothing
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _kept_texts(texts: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """Each of ``texts`` (consecutive in their block) without the characters inside ``spans``
    (disjoint, in text order: :func:`_merged`), sliced around them rather than kept one
    character at a time; one walk along both, whatever the number of segments and cuts.

    >>> _kept_texts(["free spins ", "casino", " wins"], [(0, 11), (17, 18)])
    ['', 'casino', 'wins']
    """
    kept: list[str] = []
    offset, index = 0, 0  # where the text starts in the block; the first span not behind it
    for text in texts:
        stop = offset + len(text)
        pieces, at = [], offset  # at: where the characters not yet taken or dropped start
        while index < len(spans) and spans[index][0] < stop:
            start, end = max(spans[index][0], offset), min(spans[index][1], stop)
            pieces.append(text[at - offset : start - offset])
            at = end
            if spans[index][1] > stop:
                break  # the span goes on into the next text
            index += 1
        pieces.append(text[at - offset :])
        kept.append("".join(pieces))
        offset = stop
    return kept


def _href(segment: Segment, unlinked: Set[int]) -> str | None:
    return None if id(segment) in unlinked else segment.href


def _widen(raw: str, start: int, end: int) -> tuple[int, int]:
    """Take the spaces that joined the span: before it when punctuation or the end follows,
    after it when it opened the paragraph."""
    before = raw[:start]
    if not before.strip():
        while end < len(raw) and raw[end].isspace():
            end += 1
        return 0, end
    after = raw[end:].lstrip()
    if not after or not after[0].isalnum():
        while start > 0 and raw[start - 1].isspace():
            start -= 1
    return start, end
