"""The short line a Chinese CMS sets under a picture as its caption (a centred or a plain
paragraph, not a ``<figcaption>``): the body leaves it out, and :mod:`~newscrawl.extract.captions`
reads it as the picture's caption. Apart from both, as both need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.etree import _Element

from newscrawl.extract.blocks import more_han_than
from newscrawl.extract.dom import plain_text

# A caption is a short line: longer text after a picture is the story going on.
_MAX_CAPTION = 40
_MAX_HOLDER_DEPTH = 5  # wrappers around a picture (link, span, paragraph, figure div)
_MAX_PLAIN_CAPTION = 25  # characters: an uncentred caption line, shorter still
_CLAUSE_END = re.compile(r"[。！？!?；;]")  # what ends a clause inside a caption line
_CLAUSE_GOES_ON = frozenset("，,、：:；;")
_OPENING_BRACKETS = frozenset("（(【[")
# How a sentence that goes on from the text before it opens: a demonstrative or a connective.
_POINTS_BACK = re.compile(r"[这那此但而也]|所以|因[此为]|可见|其实|同时|此外|另外|然而|于是|不过|并且")
_CENTERED = re.compile(r"text-align\s*:\s*center", re.I)


def centred_caption(image: _Element, tops: set[_Element]) -> _Element | None:
    """The centred short Chinese line right after a picture's holder (the picture and the
    wrappers around it that hold no text, up to one of ``tops``), unless it is bold (a
    subheading) or linked."""
    return _line_under(image, tops, _is_centred_line, _MAX_CAPTION)


def plain_caption(image: _Element, tops: set[_Element]) -> _Element | None:
    """As :func:`centred_caption`, an uncentred line ("<img><p>搜救现场。</p>"), when it is one
    short clause that ends there, set apart from what follows: a paragraph that says this little
    right under a picture names what it shows. Not a note in brackets ("（点击看清晰大图）"), nor
    a line of a text written a short line to a paragraph, which goes on in the next one, nor a
    sentence that opens pointing back at the text ("这也能看出…").
    (The body keeps such lines: a short paragraph of the story may follow a picture too.)"""
    caption = _line_under(image, tops, _is_plain_line, _MAX_PLAIN_CAPTION)
    if caption is None:
        return None
    text = plain_text(caption).strip()
    if _CLAUSE_END.search(text[:-1]) or text[-1] in _CLAUSE_GOES_ON or text[0] in _OPENING_BRACKETS:
        return None
    if _POINTS_BACK.match(text):
        return None  # "这也能看出…", "但…": the story's own sentence, pointing back at what came before
    following = caption.getnext()
    if following is not None and 0 < len(plain_text(following).strip()) <= _MAX_PLAIN_CAPTION:
        return None  # a short line after a short line: the text's own lines
    return caption


def _line_under(
    image: _Element, tops: set[_Element], line: Callable[[_Element], bool], longest: int
) -> _Element | None:
    """The first non-empty ``line`` right after the picture's holder, when it reads as a caption."""
    holder = image
    for _ in range(_MAX_HOLDER_DEPTH):
        caption = holder.getnext()
        if caption is not None and line(caption):  # attributes first: cheap
            if (holder.tail or "").strip() or plain_text(holder).strip():
                return None
            if plain_text(caption).strip():  # an empty line: the holder goes on above
                return caption if _reads_as_caption(caption, longest) else None
        parent = holder.getparent()
        if parent is None or parent in tops:
            return None
        holder = parent
    return None


def _is_plain_line(element: _Element) -> bool:
    return element.tag in ("p", "div", "span", "font", "center")


def _is_centred_line(element: _Element) -> bool:
    """A paragraph-like element set centred by its markup."""
    tag = element.tag
    if tag == "center":
        return True
    if tag not in ("p", "div", "span", "font"):
        return False
    return (element.get("align") or "").lower() == "center" or bool(
        _CENTERED.search(element.get("style") or "")
    )


def _reads_as_caption(element: _Element, longest: int = _MAX_CAPTION) -> bool:
    """Short, mostly Chinese, and neither bold nor linked (a subheading, a teaser)."""
    text = plain_text(element).strip()
    if not text or len(text) > longest or not more_han_than(text, len(text) * 0.5):
        return False
    emphasised = "".join(plain_text(b) for b in element.iter("strong", "b", "a", "h2", "h3", "h4"))
    return not emphasised.strip()
