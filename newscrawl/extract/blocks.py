"""The structured article body: blocks of text segments that remember their markup.

Cleaners need to know which words sat inside an anchor (and where it pointed) or in
bold, because injected spam keywords usually arrive that way; plain text loses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"\s+")


@dataclass
class Segment:
    text: str
    href: str | None = None  # absolute URL when the text sat inside <a href>
    emphasis: bool = False  # inside <strong>, <b>, <em> ...


@dataclass
class Block:
    """One paragraph-level unit of the body, in reading order."""

    tag: str  # "p", "h2".."h6", "li", "blockquote", "pre", "td"
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return normalise_space("".join(s.text for s in self.segments))


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (incl. ``&nbsp;`` and ideographic spaces) to one space.

    >>> normalise_space("  a\\u3000\\u3000b\\xa0 c ")
    'a b c'
    """
    return _SPACES.sub(" ", text).strip()


def blocks_to_text(blocks: list[Block]) -> str:
    """One block per line, empty blocks dropped: the ``articleBody`` rendering."""
    return "\n".join(t for t in (b.text for b in blocks) if t)
