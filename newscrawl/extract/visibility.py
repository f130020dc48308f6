"""Whether markup or style keeps an element out of the text's flow: hidden outright, hidden from
readers by size or offset, or a short text laid over something else. Kept apart from skipparts'
page-chrome names because the spam cleaners and the headline reader ask only this."""

from __future__ import annotations

import re

from lxml.etree import _Element

from newscrawl.extract.dom import text_length

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDING_STYLE = re.compile(
    r"font-size\s*:\s*0(?![.\d])|(?:left|top|text-indent)\s*:\s*-\d{3,}|"
    r"(?:^|;)\s*(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)",
    re.I,
)


def is_hidden(element: _Element) -> bool:
    """Hidden by markup: link farms often hide their anchors this way.

    >>> import lxml.html
    >>> is_hidden(lxml.html.fromstring('<div style="display: none">x</div>'))
    True
    """
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def is_hiding(element: _Element) -> bool:
    """Hidden from readers by style: ``display:none``, zero size, off-screen or zero font.

    Spam hides its link farms and keyword dumps in all of these ways, so both detectors use
    this one test; ``overflow:hidden`` alone (a clipped box) does not count.

    >>> import lxml.html
    >>> is_hiding(lxml.html.fromstring('<div style="height:0;overflow:hidden">x</div>'))
    True
    >>> is_hiding(lxml.html.fromstring('<div style="height:0.5em">x</div>'))
    False
    """
    style = element.get("style")
    return is_hidden(element) or bool(style and _HIDING_STYLE.search(style))


# Offsets that place a box (``top: 4.9%; left: 96%``) and the positions that keep it in the
# text's flow (a nudge: ``position: relative; top: -2px``).
_OFFSET_STYLE = re.compile(r"(?:^|;)\s*(?:top|left|right|bottom)\s*:\s*-?[\d.]", re.I)
_IN_FLOW_STYLE = re.compile(r"position\s*:\s*(?:relative|static|sticky)", re.I)
_OVERLAY_TEXT = 200  # characters: a label, a title or a counter, never a layout column


def is_overlay(element: _Element, style: str) -> bool:
    """A short text its inline ``style`` places by offsets over something else: a chart's
    axis labels laid over its picture, a video's title and countdown over its player, a
    share counter in a corner. Placed, not read in the text's flow, and never the article's
    (a layout column placed so holds more text).

    >>> import lxml.html
    >>> label = lxml.html.fromstring('<div style="top:4.9%;left:96%"><p>$915</p></div>')
    >>> is_overlay(label, label.get("style")), is_overlay(label, "position:relative;top:-2px")
    (True, False)
    """
    if not ("top" in style or "left" in style or "right" in style or "bottom" in style):
        return False  # most styles: sizes, colours, margins; four scans cost less than the pattern
    return (
        _OFFSET_STYLE.search(style) is not None
        and _IN_FLOW_STYLE.search(style) is None
        and text_length(element) < _OVERLAY_TEXT
    )
