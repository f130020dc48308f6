"""Trim what sits at the body's edges: info rows at the top and bottom, related lists and
bio boxes at the end.

The body region is found by prose mass, so its container often also holds the article
column's furniture: the date, read-time and byline rows above the text, the editor line,
pager or share row below it, a "Related" list or an author box after the last paragraph.
These are judged line by line at the edges only: the same words in mid-article are part of
the story. An author's bio is told from the article's last paragraph by its box (a name or
role row over it, contact links or a co-author's bio under it), not by its wording alone; a
contributor card (a name over a job title) by having no sentence under it. Chinese pages add
their credit rows (``記者X／台北報導``, ``[稿源：红网]``), share rows naming the platforms and
related labels left without their list.

This module walks the edges; what it asks about each line lives beside it: the row predicates
in :mod:`~newscrawl.extract.edgerows`, the closing labels in :mod:`~newscrawl.extract.closinglabels`,
the author boxes in :mod:`~newscrawl.extract.bioboxes`.
"""

from __future__ import annotations

import re

from newscrawl.extract.bioboxes import BOX_LINES, bio_box_start, card_start, is_author_row
from newscrawl.extract.blocks import Block, mostly_cjk
from newscrawl.extract.closinglabels import CLOSING_LABEL, RELATED_LABEL, opens_closing_furniture
from newscrawl.extract.edgerows import is_edge_furniture, is_meta_line, is_tool_row


def trim_meta_lines(blocks: list[Block]) -> list[Block]:
    """Drop date/source/byline rows at the start and end of the body.

    Containers that hold the whole article column also hold its info row
    (``2024年9月3日 08:15 来源：… 作者：…``) and its editor line; such rows are short
    and carry dates or credit labels, unlike the prose between them.
    """
    start, end = 0, len(blocks)
    while start < end:
        if is_edge_furniture(blocks[start].text):
            start += 1
        elif start + 1 < end and is_author_row(blocks[start].text) and is_meta_line(blocks[start + 1].text):
            start += 2  # the author's name over the date ("Luke Kim" / "December 17, 2025")
        elif (
            0 < start < end - 1 and is_author_row(blocks[start].text) and is_meta_line(blocks[start - 1].text)
        ):
            start += 1  # ... or under it
        elif (under := _under_deck(blocks, start, end)) > start:
            start = under
        elif (valued := _label_and_value(blocks, start, end)) > start:
            start = valued
        else:
            break
    tail = blocks[end - 1 : end] if _closes_on_editor_credit(blocks, start, end) else []
    end -= len(tail)
    while end > start and is_edge_furniture(blocks[end - 1].text):
        end -= 1
    return blocks[start:end] + tail


# A byline's or a date's label set on a line of its own, its value on the next ("Posted By" /
# "Jane Doe", "Posted On" / "Jan 13, 2025").
_FIELD_LABEL = re.compile(
    r"^(?:(?:posted|written|published|updated|last updated)\s+(?:by|on)|author|date)\s*:?$", re.I
)


def _label_and_value(blocks: list[Block], start: int, end: int) -> int:
    """Past a field label opening the body and its value, a short line (and the copies of it a
    layout prints for other screens), or ``start`` when ``blocks[start]`` is no such label."""
    if start + 1 >= end or not _FIELD_LABEL.match(blocks[start].text):
        return start
    value = blocks[start + 1].text
    if len(value) > 60 or value.endswith((".", "。", "!", "?")):
        return start
    after = start + 2
    while after < end and blocks[after].text == value:
        after += 1
    return after


def edge_rows(blocks: list[Block]) -> tuple[int, int]:
    """How many info, share, pager or credit rows (see :func:`trim_meta_lines`) open and close
    ``blocks``. The cleaners ask again once they took a line off an edge: a notice or a call to
    action under the share row hid it from the first trim."""
    end = len(blocks)
    while end > 0 and is_edge_furniture(blocks[end - 1].text):
        end -= 1
    start = 0
    while start < end and is_edge_furniture(blocks[start].text):
        start += 1
    return start, len(blocks) - end


def _closes_on_editor_credit(blocks: list[Block], start: int, end: int) -> bool:
    """Whether the body closes on a desk editor's credit the trim does not take (``（責任編輯: 劉沛 ）``)
    under prose: the share row the CMS prints above the credit is trimmed past it, and the credit
    stays (the credits are read from the body; the cleaners drop the line)."""
    if end - start < 2:
        return False
    text = blocks[end - 1].text
    if len(text) > 60 or _EDITOR_CREDIT.match(text) is None:
        return False
    return not is_edge_furniture(text)  # (a credit the trim knows, ``责任编辑：X``, goes with the rows)


_DECK_LINES = 2  # the standfirst (one or two lines) printed over the info row
_DECK_SIZE = 300  # a standfirst is a sentence or two; the article's first paragraph runs longer
_INFO_ROW = 60  # "Dec. 17, 2025", "Bridgestone Team | 5 min read"; a dated log entry runs longer


def _under_deck(blocks: list[Block], start: int, end: int) -> int:
    """Where the text starts when the article's standfirst (or the headline again, a disclosure)
    sits over its info row: past that row ("From PSIM's rise and fall…" / "Dec. 17, 2025"); else
    ``start``. Text never runs on a line or two and then prints the story's date."""
    if start > 0:
        return start  # only at the body's top, before any row was taken off
    for row in range(1, min(_DECK_LINES + 1, end - 1)):
        deck = blocks[row - 1].text
        if len(deck) > _DECK_SIZE or mostly_cjk(deck) or (row > 1 and is_meta_line(deck)):
            break  # a Chinese lead may carry the day's date and time; a dated log lists entries
        if _is_info_row(blocks[row].text):  # (the first line is no meta line: the caller looked)
            return row + 1
    return start


def _is_info_row(text: str) -> bool:
    """A short English date or read-time row ("Dec. 17, 2025", "Bridgestone Team | 5 min read"),
    not a dated sentence."""
    short = len(text) <= _INFO_ROW and not text.endswith((".", "!", "?"))
    return short and not mostly_cjk(text) and is_meta_line(text)


def cut_related_tail(blocks: list[Block]) -> list[Block]:
    """Drop a trailing related-articles block or bio box: its label line and all that follows.

    >>> from newscrawl.extract.blocks import Segment
    >>> lines = ["正文第一段。", "正文第二段。", "相关阅读", "另一篇新闻的标题 05-25 01:57"]
    >>> [b.text for b in cut_related_tail([Block("p", [Segment(t)]) for t in lines])]
    ['正文第一段。', '正文第二段。']
    """
    end = _after_editor_credit(blocks)
    index = end - 1
    while index > 0:  # from the bottom: a bio box above a related list
        if opens_closing_furniture(blocks, index, end):
            end = index
        elif index * 2 >= end and end - index <= BOX_LINES:  # a box is short
            end = min(bio_box_start(blocks, index, end), card_start(blocks, index, end))
        index = min(index, end) - 1
    return blocks[:end]


# The desk editor's credit (``责任编辑：张三``, ``[责编：Demi]``): Chinese CMSs print it as the
# article's last line, so what the region holds below it is the page's (teasers, the next story).
_EDITOR_CREDIT = re.compile(r"^[（(\[【]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")


def _after_editor_credit(blocks: list[Block]) -> int:
    """Where the body ends: after the first editor credit in its second half, else at its end."""
    for index in range((len(blocks) + 1) // 2, len(blocks) - 1):
        text = blocks[index].text
        if len(text) <= 60 and _EDITOR_CREDIT.match(text):
            return index + 1
    return len(blocks)


def is_furniture_label(text: str) -> bool:
    """The label of a related list, a share row or a bio box (``Related:``, ``分享到：``):
    what introduces page furniture, never the article's own list."""
    return bool(RELATED_LABEL.match(text) or CLOSING_LABEL.match(text)) or is_tool_row(text)
