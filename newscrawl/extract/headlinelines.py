"""A headline set as a plain line, without a heading tag: a title the page shows as a line of
its own, or the line a date line or the article's prose follows. Fallbacks for pages whose
``<title>`` names the site only; separate from the heading tags that
:mod:`~newscrawl.extract.headings` collects.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from newscrawl.extract.blocks import CJK_CHAR, mostly_cjk, normalise_space
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.dom import SKIP_TAGS
from newscrawl.extract.headings import NOT_ARTICLE_TAGS, heading_text, sentence_sized
from newscrawl.extract.titletext import after_label, fold

_HEADLINE_CHARS = 80  # characters: a longer line is a paragraph, not a headline
_MINOR_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# Elements a table-laid page sets its headline in, without a heading tag.
_LINE_HOLDERS = (*_MINOR_HEADINGS, "td", "div", "p", "span", "strong", "b", "font", "center")
_DATELINE_CHARS = 120
_PROSE_CHARS = 60  # characters: a following line this long with a sentence's punctuation is the text
_SENTENCE_MARK = re.compile(r"[，。,.；;！？!?]")
_FOLLOWERS = 3  # lines after a heading looked at for its date line or text
# Where a line is not a headline: a link, or preformatted text (a plain-text document's
# running header "de Jong   [Page 1]" sits right above its next page's dated header).
_NOT_HEADLINE_HOLDERS = frozenset({"a", "pre"}) | NOT_ARTICLE_TAGS


def dated_heading(tree: _Element) -> str | None:
    """The first sentence-sized line, not a link, that a date line or the article's prose
    follows: article templates print the date, or start the text, right under the headline,
    even where a table cell holds it instead of a heading tag. Asked only when no ``<h1>``
    or title-named element is the headline and the ``<title>`` names just the site and its
    column (``新闻动态--中国地理学会官网``) or is a Chinese title the page never shows."""
    for element in tree.iter(_LINE_HOLDERS):
        text = _line_text(element)
        if not text or any(a.tag in _NOT_HEADLINE_HOLDERS for a in element.iterancestors()):
            continue
        if any(_opens_article(line) for line in _following_lines(element)):
            return text
    return None


def _line_text(element: _Element) -> str | None:
    """The element's line when it may be a headline: sentence-sized, not a paragraph (a
    full stop ends it) and not a date line."""
    text = _own_line(element)
    if not text or not sentence_sized(text) or len(text) > _HEADLINE_CHARS or text.endswith(("。", ".")):
        return None
    return None if next(find_stamps(text), None) else text


def _own_line(element: _Element) -> str | None:
    """The element's text when it is a line of its own: its own text starts it, and no
    child is a link or holds other lines."""
    if not (element.text or "").strip() or any(
        child.tag in _LINE_HOLDERS or child.tag == "a" for child in element
    ):
        return None
    return heading_text(element)


def shown_title(tree: _Element, titles: list[str]) -> str | None:
    """The first title, its part after a label's colon ("中國評論新聞：標題"), or a Chinese title's
    part before a column name set off by a space ("標題 东区办事处"), that the page shows as a line
    of its own: the headline as the page states it."""
    wanted = {
        fold(t): t for title in titles if title for t in (title, after_label(title), _before_column(title))
    }
    wanted.pop("", None)
    if not wanted:
        return None
    for element in tree.iter(_LINE_HOLDERS):
        text = _own_line(element)
        if text and fold(text) in wanted:
            return wanted[fold(text)]
    return None


def _before_column(title: str) -> str:
    """A mostly Chinese title's text before its last space, when that leaves a headline's worth
    (eight Han characters): "標題 东区办事处" -> "標題"; else nothing."""
    head, _, tail = title.rpartition(" ")
    if not tail or not mostly_cjk(title) or len(CJK_CHAR.findall(head)) < 8:
        return ""
    return head


def _opens_article(line: str) -> bool:
    """A line that comes right under a headline: a date line, or prose."""
    if len(line) <= _DATELINE_CHARS and next(find_stamps(line), None):
        return True
    return len(line) >= _PROSE_CHARS and len(_SENTENCE_MARK.findall(line)) >= 2


def _following_lines(element: _Element) -> list[str]:
    """The first few non-empty lines after ``element`` in reading order: its tail, its
    siblings, then its ancestors' siblings."""
    lines: list[str] = []
    node: _Element | None = element
    while node is not None and len(lines) < _FOLLOWERS:
        if (node.tail or "").strip():
            lines.append(normalise_space(node.tail or ""))
        for sibling in node.itersiblings():
            if len(lines) >= _FOLLOWERS:
                break
            if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS:
                line = normalise_space(sibling.text_content())
                if line:
                    lines.append(line)
            if (sibling.tail or "").strip():
                lines.append(normalise_space(sibling.tail or ""))
        node = node.getparent()
    return lines[:_FOLLOWERS]
