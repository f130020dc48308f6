"""The caption a reader sees with a picture: a ``<figcaption>``, a WordPress caption, a
caption-named box, the short text of a box the picture heads, a credit line under it, the
centred line Chinese CMSs set under it. Never the ``alt`` text, which a reader does not see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.etree import _Element

from newscrawl.clean.furniture import is_caption, is_picture_credit
from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.captionlines import centred_caption, plain_caption
from newscrawl.extract.dom import HEADING_TAGS, class_id, plain_text
from newscrawl.extract.pictures import PICTURE_TAGS

_CAPTION_NAME = re.compile(
    r"caption|credit|legend|gallerytext|img-?desc|image-?text|pic-?text|photo-?text", re.I
)
_CAPTION_ITSELF = re.compile(r"caption|legend", re.I)
# Where two inline elements of a caption meet with no space ("…hours later.</span><span>Ezra
# Acayan / Getty Images"): the sentence ends there, and a browser sets them apart.
_RUN_TOGETHER = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
_MAX_CAPTION = 400
_SOURCE = re.compile(r"\(?(?:(?:data|chart|image|table) )?sources?\s*:\s*\S", re.I)
_MAX_CREDIT = 120
_SCREENSHOT = re.compile(r"(?:截图|截圖)[。.]?\s*[)）]?$|^[(（]?\s*screen\s?shot\b", re.I)
# A line numbering the picture as a figure ("FIGURE 2. Torque and speed.", "Fig. 3:", "图1 …").
# A sentence about it runs on past the number ("Figure 3 shows the motor.").
_FIGURE_LABEL = re.compile(
    r"[(（]?\s*(?:(?:fig(?:ure)?\.?|exhibit)\s*\d+[a-z]?\s*(?:[.:：|—–-]|$)|(?:图|圖)\s*\d+(?!\d))", re.I
)
_MAX_HOLDER_DEPTH = 4  # wrappers between a picture and its caption's box (link, span, div, figure)


class TextSizes(dict[_Element, int]):
    """Elements' text lengths, each read once: a page's pictures share their boxes, and a
    gallery's thousands of pictures one container, whose text is not read again for each."""

    def __missing__(self, element: _Element) -> int:
        size = self[element] = len(plain_text(element))
        return size


def caption_of(img: _Element, tops: set[_Element], sizes: TextSizes | None = None) -> str | None:
    """The caption shown with a picture: its figure's ``<figcaption>``; a caption-named box right
    after it or after the box holding it; the short text of the box it heads, set apart from it
    ("<p><img><br><i>The hand at work.</i></p>"); a caption or credit line right after that
    box (``▲…``, ``…摄``, "Photo: …", "Source: …"); or the line a Chinese CMS sets under it,
    centred or one short clause."""
    sizes = TextSizes() if sizes is None else sizes
    holder = img
    for _ in range(_MAX_HOLDER_DEPTH):
        parent = holder.getparent()
        if parent is None or holder in tops:
            break
        if parent.tag == "figure":
            caption = parent.find(".//figcaption")
            if caption is not None:
                return _text(caption)
        named = _caption_after(holder)
        if named is not None:
            return _text(named)
        if sizes[parent] > _MAX_CAPTION or next(_other_pictures(parent, img), None) is not None:
            break  # the picture sits in running text, or shares its box with others (a gallery's row)
        before, after = _text_around(parent, img)
        if before.strip() or (after.strip() and (holder.tail or "").strip()):
            if not before.strip() and _set_as_caption(parent):
                return _text_of(after)  # the picture, then its line in the box's small italic type
            break  # the picture sits inside running text, which flows on beside it
        if after.strip():
            if next(parent.iter(HEADING_TAGS), None) is not None:
                break  # a cover: the picture behind the page's headline and byline, no caption
            if (named := _caption_box_above(parent, tops, sizes, img)) is not None:
                return _text(named)  # the text by the picture is a label of its own ("zoom", a print note)
            return _text_of(after) if not _mostly_linked(parent) else None
        holder = parent
    following = _line_after(holder)
    if following and (
        is_caption(following)
        or is_picture_credit(following)
        or _source_credit(following)
        or _screenshot(following)
        or _figure_label(following)
    ):
        return following
    under = centred_caption(img, tops)
    if under is None:
        under = plain_caption(img, tops)
    return _text(under) if under is not None else None


def _screenshot(line: str) -> bool:
    """A line under a picture that says it is a screenshot ("…的报道截图。", "Screenshot: …"):
    what the picture shows, where the story's sentences would not say so."""
    return len(line) <= _MAX_CREDIT and _SCREENSHOT.search(line) is not None


def _set_as_caption(box: _Element) -> bool:
    """Whether a box's inline style sets its text as a caption: in italics or in small type
    (``style="font-size: 10px; font-style: italic"``), never the story's paragraphs."""
    style = box.get("style")
    return bool(style) and _CAPTION_STYLE.search(style) is not None


_CAPTION_STYLE = re.compile(
    r"font-style\s*:\s*italic|font-size\s*:\s*(?:(?:[0-9]|1[0-2])px|x?-?small|smaller)", re.I
)


def _figure_label(line: str) -> bool:
    """A line under a picture that numbers it as a figure ("FIGURE 1.", "Fig. 2: The rig"): its
    caption, where the story's sentences only refer to it ("As Figure 1 shows, …" runs on)."""
    return len(line) <= _MAX_CREDIT and _FIGURE_LABEL.match(line) is not None


def _source_credit(line: str) -> bool:
    """A chart's or a screenshot's source right under it ("Source: NewVantage Partners")."""
    return len(line) <= _MAX_CREDIT and _SOURCE.match(line) is not None


def _caption_after(holder: _Element) -> _Element | None:
    """The element right after ``holder`` (line breaks aside) when it is named as a caption."""
    for sibling in holder.itersiblings():
        if isinstance(sibling.tag, str):
            if _CAPTION_NAME.search(class_id(sibling)):
                return sibling
            if sibling.tag != "br":
                return None
    return None


def _caption_box_above(
    box: _Element, tops: set[_Element], sizes: TextSizes, img: _Element
) -> _Element | None:
    """A box named as the caption (not a mere credit) right after ``box`` or after one of the few
    boxes holding it, while they hold this picture alone: what the page itself calls the caption."""
    for _ in range(_MAX_HOLDER_DEPTH):
        named = _caption_after(box)
        if named is not None and _CAPTION_ITSELF.search(class_id(named)):
            return named
        parent = box.getparent()
        if parent is None or box in tops or sizes[parent] > _MAX_CAPTION:
            return None
        if next(_other_pictures(parent, img), None) is not None:
            return None
        box = parent
    return None


def _other_pictures(box: _Element, img: _Element) -> Iterator[_Element]:
    return (other for other in box.iter(PICTURE_TAGS) if other is not img)


def _text_around(box: _Element, img: _Element) -> tuple[str, str]:
    """The text of ``box`` before ``img`` and after it, child elements' words kept apart."""
    before: list[str] = []
    after: list[str] = []
    side = before
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if element is img:
            side = after
        if event == "start" and element.text and element is not img:
            side.append(element.text)
        elif event == "end" and element is not box and element.tail:
            side.append(element.tail)
    return " ".join(before), " ".join(after)


def _mostly_linked(box: _Element) -> bool:
    """Whether a box's words are a link's (a teaser's title, not a caption)."""
    linked = sum(len(plain_text(a)) for a in box.iter("a"))
    return linked * 2 > len(plain_text(box))


def _line_after(holder: _Element) -> str | None:
    """The line right after a picture's box: its tail up to a line break, the next element's
    text, or the line a ``<br>`` right after it starts ("<img><br>范冰冰表态支持韩寒。(资料图)")."""
    tail = (holder.tail or "").strip()
    if tail:
        return normalise_space(tail)
    following = holder.getnext()
    if following is None or not isinstance(following.tag, str):
        return None
    if following.tag == "br":
        return normalise_space(following.tail or "") or None
    return _text(following)


def _text(element: _Element) -> str | None:
    return _text_of(_RUN_TOGETHER.sub(" ", "".join(element.itertext())))


def _text_of(text: str) -> str | None:
    text = normalise_space(text)
    return text if text and len(text) <= _MAX_CAPTION else None
