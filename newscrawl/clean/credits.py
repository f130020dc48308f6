"""Who removed lines credit: the names of a byline line and the outlet a notice or source line
names. Apart from the line rules because these names are returned (as :class:`Credits`), since a
republished page often credits its authors and outlet nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscrawl.clean.furniture import MAX_LABEL_LINE

_BYLINE = re.compile(
    r"^[（(]?\s*(?:(?P<zh>文章作者|本文作者|作者|记者|撰文|文(?=\s*[:：丨|/]))|"
    r"(?P<en>reporting by|written by|by))"
    r"\s*[:：丨|/]?\s*"
    r"(?P<name>[^。.!?！？:：]{1,40}?)\s*[)）]?$",
    re.I,
)
_OUTLET = [
    re.compile(p)
    for p in (
        r"此内容为(?P<o>[^，,。]{2,30}?)原创",
        r"著作权归(?P<o>[^，,。]{2,30}?)所有",
        r"本文(?:来源|来自)\s*[:：]?\s*(?P<o>[^，,。）)]{2,30})",
        r"^来源\s*[:：]\s*(?P<o>[^，,。\s]{2,30})$",
        r"(?i:originally published by|syndicated from|^source:)\s*(?P<o>[A-Z][^.,;]{1,60}?)\.?$",
        r"(?i:originally published by|syndicated from)\s+(?P<o>[A-Z][^.,;]{1,60}?)[.,;]",
    )
]
_NAME_SPLIT = re.compile(r"\s*(?:、|,|，|/|;|；|\band\b|&|和)\s*")


@dataclass
class Credits:
    """What removed lines said about the article's origin."""

    outlet: str | None = None
    authors: list[str] = field(default_factory=list)


def byline_names(text: str) -> list[str] | None:
    """Names of a byline line (``文章作者 金叶子``, ``（记者 陆一夫）``, ``Reporting by X``), else None."""
    if len(text) > MAX_LABEL_LINE:
        return None
    match = _BYLINE.match(text)
    if not match:
        return None
    names = [n.strip() for n in _NAME_SPLIT.split(match.group("name")) if n.strip()]
    english = match.group("en") is not None
    if not names or not all(_name_like(n, english=english) for n in names):
        return None
    return names


def _name_like(name: str, *, english: bool = False) -> bool:
    """A person's name: 2-6 CJK chars, 2-4 capitalised words, or (after a Chinese label) a pen name."""
    if re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){2,4}", name):
        return True
    if english:
        return False
    return bool(re.fullmatch(r"[\u3400-\u9fff·]{2,6}|[A-Za-z][\w.-]{2,20}", name))


def outlet_named(text: str) -> str | None:
    """The outlet a notice or source line names (``第一财经``, ``The Port Alder Gazette``)."""
    for pattern in _OUTLET:
        match = pattern.search(text.strip())
        if match:
            return match.group("o").strip()
    return None
