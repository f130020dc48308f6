"""The outlet an article is credited to (its ``sourceOrganization``), as the page's text shows it.

A 来源 label, a copied copyright notice, an agency's dateline (新华社北京1月12日电, 〔中央社〕,
【明報專訊】), the outlet printed after the date line and a closing credit (金羊网) are read here,
apart from the persons of :mod:`~newscrawl.extract.bylines`: an outlet is no author, and the
rules that find one (what ends an outlet's name, a site's reprint policy) are not a byline's.
Which outlet wins is decided in :mod:`~newscrawl.extract.outletrank`. The unlabelled outlets (a
dateline's, the one after the date) are matched in :mod:`~newscrawl.extract.outletdatelines`,
the elements marked as the source in :mod:`~newscrawl.extract.outletmarks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile
from typing import Protocol

from newscrawl.extract.headwalk import Line
from newscrawl.extract.names import EDITOR, HAN, ORG_TAIL, ZH_ROLE_WORD, zh_fold
from newscrawl.extract.outletdatelines import (
    COMMENTS,
    DATED_OUTLET,
    GENERIC_OUTLET,
    OUTLET_NAME,
    dated_field,
    dated_outlets,
    opening_outlet,
)

_LABELLED_SOURCE = re.compile(
    r"(?<!图片)(?<!图)(?<!照片)(?<!视频)(?<!数据)(?<!资料)(?<!“)"
    r"(?:信息|新闻|稿件|文章|本文)?(?:来源|稿源|出处)(?:于)?\s*[:：|｜]\s*"
    r"|本文来源于\s*"  # "本文来源于《财经网》 2012年01月12日"
    r"|(?:^|(?<=\s))(?:来源|稿源)\s+(?=\S)"  # "时间 2012-1-12 17:58 来源 采财网": a label set off by spaces
    r"|(?:^|\s)source\s*:\s*",
    re.I,
)
_ZH_NOTICE_SOURCE = (
    r"此内容为(?P<a>[^，,。\s]{2,20}?)原创|"
    r"(?:著作权|版权)(?:均)?(?:归|属)(?P<b>[^，,。\s]{2,20}?)所有|"
    r"本文(?:来自|转自|转载自)(?P<c>[^，,。\s]{2,20})"
)
_NOTICE = re.compile(
    rf"{_ZH_NOTICE_SOURCE}|"
    r"(?:originally\s+published\s+(?:by|in|on)|syndicated\s+from|republished\s+from)\s+"
    r"(?P<d>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for|&))*)",
    re.I,
)
# _NOTICE without its English branch, for the lines that lack its words: the search of a long
# paragraph costs a third as much without the case-blind English words tried at every character.
_ZH_NOTICE = re.compile(_ZH_NOTICE_SOURCE)
_ZH_SOURCE_STOP = re.compile(
    r"[\s，,。;；“”\"'（(）)】]|作者|编辑|责任|时间|发布|浏览|点击|字号|阅读|日期"
    r"|\d{4}"
)
# A person printed right after the credited outlet, closing the line or before its comment link:
# "来源：全景网 陈祎", "2011年12月15日11:03 家电质量网 张君 我要评论": the writer.
_OUTLET_WRITER = re.compile(rf"\s+(?P<n>{HAN}{{2,3}})(?=\s*$|\s+{COMMENTS})")
# "摘自北京晚报" on a line of its own near the headline (a link to the source, often).
_EXCERPT_LINE = re.compile(r"\s*(?:本文)?(?:摘自|转自|选自|转载自)\s*[:：]?\s*")
# A paragraph closing on its outlet: "(金羊网)", "（来源：中国日报网 信莲 编辑：北风）".
_CLOSING_OUTLET = re.compile(rf"[（(]\s*(?P<o>{HAN}[^（()）]{{1,30}}?)\s*[）)]$")
# An agency's picture credit closing the text: "中新社发 X 摄" (the agency released the picture and its
# caption, the text of a picture page), on the folded line.
_RELEASED = re.compile(rf"(?:^|(?<=[\s。，,）)]))(?P<o>{OUTLET_NAME})[发發]\s*(?:{HAN}{{2,3}}\s*)?摄$")
# "（本段摘自：黔中早报）": the outlet a closing note names as the text's origin.
_EXCERPTED = re.compile(r"(?:本[段文])?(?:摘自|转自|选自|转载自|来自)\s*[:：]?\s*")
_LATIN_ORG = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for|on|&))*")


class OutletFinds(Protocol):
    """The lists :func:`outlets_in_line` adds to, by kind (the byline scan's ``Evidence`` holds them)."""

    sources: list[str]
    opening: list[str]
    dated: list[str]
    notices: list[str]


def outlets_in_line(
    line: Line, near: bool, ev: OutletFinds, *, after: bool = True, following: Sequence[Line] = ()
) -> None:
    """A 来源 label and a notice in any line; an outlet's dateline, or its name after the date, in a
    line below the headline and near it (``following``: the lines after it, when the date stands alone)."""
    text = line.text
    low = text.lower()
    m = _LABELLED_SOURCE.search(zh_fold(text)) if near and _may_label_source(text, low) else None
    if m and not _policy(text, m.start()):
        ev.sources.append(_outlet_after(text[m.end() :]))
    if near and len(text) <= 30 and ("摘" in text or "转" in text or "选" in text):
        ev.sources += filter(None, [_excerpted(text)])
    if after and near and len(text) < 150 and not text.isascii():
        ev.opening += filter(None, [opening_outlet(text)])
        ev.dated += dated_outlets(text)
    elif after and near and following and len(text) <= 20 and text[-1:].isdigit():
        ev.dated += dated_outlets(_run_on(text, following))
    line_notices(text, ev, low)


def line_notices(text: str, ev: OutletFinds, low: str | None = None) -> None:
    """A notice naming the outlet (著作权归X所有, "originally published by X"): all :func:`outlets_in_line`
    reads in a line far from the headline; ``low`` is the lower-cased text, when the caller has it."""
    latin = _may_latin_notice(text.lower() if low is None else low)
    if latin or _may_zh_notice(text):
        for n in (_NOTICE if latin else _ZH_NOTICE).finditer(text):
            if not _policy(text, n.start()):
                ev.notices.append(next(g for g in n.groups() if g).strip(" .。"))


def _excerpted(text: str) -> str | None:
    """The outlet of a line that only says where the text was taken from: "摘自北京晚报"."""
    m = _EXCERPT_LINE.match(zh_fold(text))
    name = _outlet_after(text[m.end() :]) if m else ""
    return name if ORG_TAIL.search(name) and len(name) <= 12 else None


def _run_on(text: str, following: Sequence[Line]) -> str:
    """A date standing alone in its element, with the short elements after it: an info bar set one
    field per element ("2012-01-17 08:01", "新浪科技", "我要评论")."""
    short = takewhile(lambda ln: len(ln.text) <= 12, following[:2])
    return " ".join([text, *(ln.text for ln in short)])


def _policy(text: str, start: int) -> bool:
    """Whether the notice or label at ``start`` states the site's reprint policy, no credit of this article:
    "凡本网注明“来源：X”的稿件，版权均属X所有" (its sentence opens with 凡, "whatever")."""
    sentence = max(text.rfind(stop, 0, start) for stop in "。！；;")
    return "凡" in text[sentence + 1 : start]


# Literal pre-checks: most lines hold none of the words these patterns need, and the patterns'
# leading look-behinds make a failed search slow. A Latin piece is tested on the lower-cased
# line and holds no "i", "s" or "k" (letters that case-insensitive matching also finds in
# "ı", "İ", "ſ" and the Kelvin sign), so the test never misses a line the pattern matches.
def _may_label_source(text: str, low: str) -> bool:
    """Whether :data:`_LABELLED_SOURCE` can match: 来源/稿源 (源), 出处, "source", each before its
    separator (":", "：", "|", "｜"), which long paragraphs mentioning a source mostly lack."""
    han = not text.isascii() and ("源" in text or "出处" in text)  # isascii() is a flag, no scan
    if not (han or "ource" in low):
        return False
    labelled = ":" in text or "：" in text or "|" in text or "｜" in text
    return labelled or (han and ("来源于" in text or re.search(r"[来來稿]源\s", text) is not None))


def _may_notice(text: str, low: str) -> bool:
    """Whether :data:`_NOTICE` can match: 此内容为, 著作权/版权 (权), 本文, or its English branch."""
    return _may_zh_notice(text) or _may_latin_notice(low)


def _may_zh_notice(text: str) -> bool:
    """Whether :data:`_ZH_NOTICE` can match: 此内容为, 著作权/版权 (权), 本文."""
    return not text.isascii() and ("权" in text or "本文" in text or "此内容为" in text)


def _may_latin_notice(low: str) -> bool:
    """Whether the English branch of :data:`_NOTICE` can match: "originally published" holds "nally"
    and "publ", "syndicated from" "cated" and "from", "republished from" "republ" and "from" (pieces
    without "i", "s" or "k", see above). Many paragraphs say "public" or "published"; few say these."""
    return ("nally" in low and "publ" in low) or ("from" in low and ("republ" in low or "cated" in low))


def _outlet_after(text: str) -> str:
    """The outlet's name following a 来源：/Source: label, up to the next field."""
    text = text.strip().lstrip("(（ ")  # "来源：( 华声在线 )"
    if re.match(r"[A-Za-z]", text):
        m = _LATIN_ORG.match(text)
        return m[0].strip() if m else ""
    name = _ZH_SOURCE_STOP.split(text, maxsplit=1)[0].strip(" ，,。")
    return name[1:-1] if name[:1] == "《" and name[-1:] == "》" and "《" not in name[1:] else name


def outlet_writer(text: str) -> str | None:
    """The person printed right after the outlet a line credits ("来源：全景网 陈祎", "2011年12月15日
    11:03 家电质量网 张君 我要评论"), None when no name follows it."""
    folded = zh_fold(text)
    label = _LABELLED_SOURCE.search(folded) if "源" in folded else None
    if label:
        outlet = _outlet_after(text[label.end() :])
        start = text.find(outlet, label.end()) if outlet else -1
        end = start + len(outlet) if start >= 0 else -1
    else:
        named, field = dated_field(text)  # field: DATED_OUTLET's match, when it found the outlet
        dated = (field or DATED_OUTLET.search(text)) if named else None
        end = dated.end("o") if dated else -1
    m = _OUTLET_WRITER.match(text, end) if end > 0 else None
    return m["n"] if m and not ZH_ROLE_WORD.search(m["n"]) else None


def opening_outlets(body_text: str) -> list[str]:
    """The outlets the datelines of the body's first two paragraphs credit."""
    lines = [ln.strip() for ln in body_text.lstrip()[:400].splitlines() if ln.strip()]
    return [o for line in lines[:2] if (o := opening_outlet(line))]


def closing_outlets(body_text: str, tail: Callable[[], list[Line]]) -> list[str]:
    """The outlets credited where the article ends: a closing "(金羊网)" or "（来源：X）" in the body's
    last two paragraphs, then a 来源 label in the lines right after it (``tail``, read when needed)."""
    lines = [ln.strip() for ln in body_text.rstrip()[-400:].splitlines() if ln.strip()]
    found = [o for line in lines[-2:] if (o := _closing_outlet(line))]
    if found:
        return found
    near = [ln.text for ln in tail() if ln.offset < _CLOSE and len(ln.text) < 200]
    near = [text for text in near if "源" in text and (":" in text or "：" in text)]
    labelled = [(text, _LABELLED_SOURCE.search(zh_fold(text))) for text in near]
    return [_outlet_after(text[m.end() :]) for text, m in labelled if m]


_CLOSE = 800  # characters after the body's end where a closing 来源 label still credits the article


def _closing_outlet(text: str) -> str | None:
    """The outlet of a "(金羊网)", "（来源：X …）" or "（本段摘自：X）" closing a paragraph."""
    m = _CLOSING_OUTLET.search(text[-40:])
    if m is None:
        tail = text[-30:].rstrip()
        released = _RELEASED.search(zh_fold(tail)) if tail.endswith(("摄", "攝")) else None
        return tail[released.start("o") : released.end("o")] if released else None
    name = m["o"]
    folded = zh_fold(name)
    label = _LABELLED_SOURCE.match(folded) or _EXCERPTED.match(folded)
    if label:
        name = _outlet_after(name[label.end() :]).strip("《》")
    elif not ORG_TAIL.search(name) or re.search(r"[\s:：]", name) or EDITOR.search(name):
        return None  # unlabelled, only an outlet's name counts: no "(完)", "（曹文明 編輯）"
    return None if ZH_ROLE_WORD.search(name) or zh_fold(name) in GENERIC_OUTLET else name
