"""Outlets read off the markup: short texts in elements marked as the source, media or account
name (sina, WeChat, toutiao). Separate from :mod:`~newscrawl.extract.outlets`, which reads the
wording of a line: these rules read class names and ids, and an element's whole text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from newscrawl.extract.bylinemarks import classed
from newscrawl.extract.dom import marked_by
from newscrawl.extract.headwalk import Line
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, ZH_ROLE_WORD
from newscrawl.page import Page

_SOURCE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:source|media[_-]?name|medianame|account|nickname|js_name|"
    r"laiyuan|ly|user-card-name|author-name|provider)(?:$|[\s_-])",
    re.I,
)


_MARKED_XPATH = marked_by(
    {
        "class": "contains(., 'source') or contains(., 'media') or contains(., 'nickname')"
        " or contains(., 'name')",
        "id": "contains(., 'source') or contains(., 'media') or contains(., 'js_name')",
    }
)


def marked_sources(page: Page, lines: list[Line]) -> list[str]:
    """Short bare texts in elements marked as the source, media or account name (sina, WeChat, toutiao).

    Elements in the lines near the headline first; on Chinese pages, whose platforms show the
    account in a side card, any marked element whose text also appears near the headline.
    """
    near = [ln for ln in lines if ln.offset < 1500]
    found = [
        t
        for ln in near
        if _SOURCE_CLASS.search(ln.marks) or _source_classed(ln.element)
        for t in _marked_texts(ln.element.iter())
    ]
    if found or not re.search(HAN, page.title_text() or ""):
        return found
    near_text = "\n".join(ln.text for ln in near)
    return [t for t in _marked_texts(_MARKED_XPATH(page.tree)[:200]) if t in near_text]


def _marked_texts(elements: Iterable[Any]) -> Iterator[str]:
    for el in elements:
        if isinstance(el.tag, str) and _source_classed(el):
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            text = re.sub(r"\s*[+＋]?\s*(?:已关注|关注|订阅|follow)$", "", text, flags=re.I)  # its button
            if 2 <= len(text) <= 20 and (_NUMBERED_OUTLET.fullmatch(text) or _bare_name(text)):
                yield text


def _source_classed(el: Any) -> bool:
    """Whether ``el``'s class, id, itemprop or rel is a source's: all its attribute values are read in
    one call first, which rules out most elements (a match in one value is one in the space-joined
    values, the pattern's edges being spaces) at a fraction of the four reads of those marks."""
    values = el.values()
    return (
        bool(values) and _SOURCE_CLASS.search(" ".join(values)) is not None and classed(el, _SOURCE_CLASS, 1)
    )


def _bare_name(text: str) -> bool:
    """A marked text that is no date, count, role or byline ("2012-01-12", "评论", "编辑：X", "by Jane Doe":
    an ``author-name`` element is a platform's account name, or a site's byline)."""
    if re.search(r"[\d:：]", text) or ZH_ROLE_WORD.search(text) or EDITOR.search(text):
        return False
    return not BY_LABEL.match(text)


# An outlet's name with a number in it, which the digits of a date or a count would refuse:
# "新华08网", "21世纪网".
_NUMBERED_OUTLET = re.compile(rf"(?:\d{{1,3}}{HAN}+|\d{{0,3}}{HAN}+\d{{1,3}}{HAN}*)(?:网|網|报|報|社|台|刊)")
