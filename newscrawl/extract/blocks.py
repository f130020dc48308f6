"""The structured article body: blocks of text segments that remember their markup.

Cleaners need to know which words sat inside an anchor (and where it pointed) or in
bold, because injected spam keywords usually arrive that way; plain text loses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"\s+")
# One CJK ideograph: what tells Chinese lines from Latin ones in length and punctuation rules.
CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


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
    _text: tuple[int, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The block's text, whitespace normalised; computed once (blocks are read many
        times by the cleaners), again only if segments were added since."""
        if self._text is None or self._text[0] != len(self.segments):
            self._text = (len(self.segments), normalise_space("".join(s.text for s in self.segments)))
        return self._text[1]


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (incl. ``&nbsp;`` and ideographic spaces) to one space.

    >>> normalise_space("  a\\u3000\\u3000b\\xa0 c ")
    'a b c'
    """
    return _SPACES.sub(" ", text).strip()


def blocks_to_text(blocks: list[Block]) -> str:
    """One block per line, empty blocks dropped: the ``articleBody`` rendering."""
    return "\n".join(t for t in (b.text for b in blocks) if t)
