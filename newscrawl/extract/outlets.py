"""The outlet an article is credited to (its ``sourceOrganization``), as the page's text shows it.

A 来源 label, a copied copyright notice, an agency's dateline (新华社北京1月12日电, 〔中央社〕,
【明報專訊】), the outlet printed after the date line and a closing credit (金羊网) are read here,
apart from the persons of :mod:`~newscrawl.extract.bylines`: an outlet is no author, and the
rules that find one (what ends an outlet's name, a site's reprint policy) are not a byline's.
Which outlet wins is decided in :mod:`~newscrawl.extract.authors`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import takewhile
from typing import Any, Protocol

from newscrawl.extract.bylinemarks import classed
from newscrawl.extract.dom import marked_by
from newscrawl.extract.headwalk import Line
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, ORG_TAIL, ZH_ROLE_WORD, unfolded_class, zh_fold
from newscrawl.page import Page

_SOURCE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:source|media[_-]?name|medianame|account|nickname|js_name|"
    r"laiyuan|ly|user-card-name|author-name|provider)(?:$|[\s_-])",
    re.I,
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
# An outlet's name as a dateline gives it (on the folded line): it ends as outlets do and does not
# open with 本 ("本报讯": this paper, no name) or 据 ("据新华社…": a report cited in the text).
# Bylines read a reporter glued to it with it (新华网张改萍).
OUTLET_NAME = rf"(?![本据]){HAN}[\u4e00-\u9fff·]{{0,10}}?(?:社|网|报|台|刊|电视|广播)"
# A paragraph opening on its outlet: "新华社北京1月12日电", "（中央社記者X台北11日電）", "香港文匯報訊",
# "【明報專訊】", "〔中央社〕", "中国台湾网1月12日消息", "《经济通通讯社１５日专讯》". The place before the
# day may not open with an outlet's ending, so "中国日报网北京…" keeps 网 in the name.
_OPENING_OUTLET = re.compile(
    rf"[\s(（【〔《\[]*(?P<o>{OUTLET_NAME})"
    rf"(?:(?:实习|见习|特约|首席)?记者(?=\s*{HAN})"  # a name follows, no "香港亚洲周刊记者" alone
    rf"|(?:(?![网社报站]){HAN}){{0,4}}[\d０-９]{{1,2}}(?:月[\d０-９]{{1,2}})?日(?:专?电|专?讯|消息)"
    rf"|(?:综合)?报道|专?讯|[〕】）)》])"
)
# What an opening outlet needs, one character of it: an outlet's ending (OUTLET_NAME's: 社, 网, 报,
# 台, 刊, 电视, 广播), the 讯 of a news tag, or the slash after a name; a line with none opens on no
# outlet, and most lines near the headline have none.
_MAY_OPEN = unfolded_class("社网报台刊视播讯／/╱")
# The spaces and brackets before an opening outlet's name. Each pattern's name starts at the first
# character past them (or before it, for a slashed one), and the character _MAY_OPEN needs closes
# the name within _OPEN_REACH characters of that: the longest name (a Han character, ten more, 电视).
_OPEN_LEAD = re.compile(r"[\s(（【〔《\[]*")
_OPEN_REACH = 13
# "【中廣新聞／陳奕華】", "【聯合報╱記者X／台北報導】", "優活健康資訊網╱X中心Y" (an outlet's name, checked).
_SLASHED_OUTLET = re.compile(r"\s*(?:【(?P<o>[^／/╱】\s]{2,12})[／/╱]|(?P<u>[^／/╱】\s]{2,12})[／/╱])")
# An agency's tag opening the text, the tag its name: "[世华财讯]近日，…" (not a bare "[快讯]").
_TAGGED_OUTLET = re.compile(rf"\s*[【\[]\s*(?P<o>(?![本据]){HAN}{{1,6}}(?<![快简短资速要喜视])讯)\s*[】\]]")
# A desk's news tag opening the text, its outlet before 讯 ("news"), a credit or the day after it:
# "腾讯科技讯（无忌）北京时间1月17日消息", "新浪科技讯 1月17日下午消息" (no "快讯", "本网讯", "据X讯").
_NEWS_TAG_OUTLET = re.compile(
    rf"\s*(?P<o>(?![本据]){HAN}{{2,7}}?)(?<![快简短资速要喜视通电综])讯"
    rf"(?=\s*[（(]{HAN}{{2,4}}[）)]|\s*(?:北京时间|[\d０-９]{{1,2}}月|(?:19|20)\d\d年)|\s*记者)"
)
# A story's date as an info line prints it, the time of day optional: "2012-01-12 16:34", "2012年1月12日".
_INFO_DATE = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?"
# The outlet printed right after the story's date, unlabelled: "2012-01-12 16:34 中国台湾网 我要评论"
# (its name may open on digits: 21世纪网), a site paired with its paper ("2012-01-17 大洋網-廣州日報")
# or a domain's name ("2012年01月17日 18:45 IT168.com").
_FIELD_END = r"(?=$|[\s\[【(（|｜/])"
_HAN_FIELD = rf"(?:(?<=\s)\d{{1,3}})?{HAN}[\u4e00-\u9fff·]{{1,12}}(?:[-－]{HAN}[\u4e00-\u9fff·]{{1,12}})?"
_DOMAIN_FIELD = r"[A-Za-z][A-Za-z\d-]*\.(?:com|net|org|cn|hk|tw)(?:\.[a-z]{2})?"
_DATED_OUTLET = re.compile(_INFO_DATE + rf"\s*(?P<o>{_HAN_FIELD}|{_DOMAIN_FIELD}){_FIELD_END}")
# The field after the one the date is followed by, read when that one is no outlet's name
# ("2012-01-12 新聞速報 中央社": a desk's name, then the agency).
_NEXT_FIELD = re.compile(rf"\s+(?P<o>{_HAN_FIELD}|{_DOMAIN_FIELD}){_FIELD_END}")
# Endings ORG_TAIL leaves out that an outlet after the date has (on the folded name): a portal's
# news-flash desk (蘋果即時), a domain, a broadcaster's two-character short name (民視, 公視; not 影視).
_DATED_TAIL = re.compile(r"\S即时$|\.(?:com|net|org|cn|hk|tw)(?:\.[a-z]{2})?$|^[^影电]视$")
# An info line that is only the outlet and the story's date after it: "優活健康資訊網 (2012-01-12 11:33)".
_OUTLET_THEN_DATE = re.compile(
    rf"\s*(?P<o>{HAN}[\u4e00-\u9fff·]{{1,12}})\s*[(（]?\s*{_INFO_DATE}\s*[)）]?\s*$"
)
# The reader-comment link a portal's info bar closes on, after the date and the outlet: "… 新浪科技 我要评论".
_COMMENTS = r"(?:我要评论|发表评论|参与评论|评论\s*[(（])"
_COMMENT_LINK = re.compile(rf"\s*{_COMMENTS}")
# A person printed right after the credited outlet, closing the line or before its comment link:
# "来源：全景网 陈祎", "2011年12月15日11:03 家电质量网 张君 我要评论": the writer.
_OUTLET_WRITER = re.compile(rf"\s+(?P<n>{HAN}{{2,3}})(?=\s*$|\s+{_COMMENTS})")
# "摘自北京晚报" on a line of its own near the headline (a link to the source, often).
_EXCERPT_LINE = re.compile(r"\s*(?:本文)?(?:摘自|转自|选自|转载自)\s*[:：]?\s*")
# A paragraph closing on its outlet: "(金羊网)", "（来源：中国日报网 信莲 编辑：北风）".
_CLOSING_OUTLET = re.compile(rf"[（(]\s*(?P<o>{HAN}[^（()）]{{1,30}}?)\s*[）)]$")
# An agency's picture credit closing the text: "中新社发 X 摄" (the agency released the picture and its
# caption, the text of a picture page), on the folded line.
_RELEASED = re.compile(rf"(?:^|(?<=[\s。，,）)]))(?P<o>{OUTLET_NAME})[发發]\s*(?:{HAN}{{2,3}}\s*)?摄$")
_GENERIC_OUTLET = frozenset([
    "电视台", "电视", "报社", "杂志社", "通讯社", "新闻网", "网站", "新闻中心", "电台",
    "即时新闻", "实时新闻", "滚动新闻", "新闻速报", "即时",
])  # fmt: skip
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


def _outlet_after(text: str) -> str:
    """The outlet's name following a 来源：/Source: label, up to the next field."""
    text = text.strip().lstrip("(（ ")  # "来源：( 华声在线 )"
    if re.match(r"[A-Za-z]", text):
        m = _LATIN_ORG.match(text)
        return m[0].strip() if m else ""
    name = _ZH_SOURCE_STOP.split(text, maxsplit=1)[0].strip(" ，,。")
    return name[1:-1] if name[:1] == "《" and name[-1:] == "》" and "《" not in name[1:] else name


def opening_outlet(text: str) -> str | None:
    """The outlet a paragraph's dateline credits ("新华社北京1月12日电", "〔中央社〕",
    "香港文匯報訊（記者 X）", "【明報專訊】", "【中廣新聞／X】"), cut from ``text`` as shown; None when
    it opens on none."""
    head = text[:40]
    start = _OPEN_LEAD.match(head).end()  # type: ignore[union-attr]  # a starred class always matches
    if not _MAY_OPEN.search(head, start, start + _OPEN_REACH):
        return None  # see _MAY_OPEN and _OPEN_LEAD
    folded = zh_fold(head)
    m = _OPENING_OUTLET.match(folded) or _TAGGED_OUTLET.match(folded) or _NEWS_TAG_OUTLET.match(folded)
    group = "o"
    if m is None:
        m = _SLASHED_OUTLET.match(folded)
        group = "o" if m and m["o"] else "u"
        if m is None or not ORG_TAIL.search(m[group]) or m[group].endswith("中心"):  # no desk: 國際中心
            return None
    name = head[m.start(group) : m.end(group)]
    return None if m[group] in _GENERIC_OUTLET else name


def dated_outlets(text: str) -> list[str]:
    """The outlet named right after the story's date and time, unlabelled ("2012-01-12 08:30 新华网"),
    or in the next field when the first is no outlet's name (a desk's: "2012-01-12 新聞速報 中央社").
    The field after an outlet is no outlet: "2019-09-11 X传媒 时政新闻" (the site, then its section)."""
    first, m = _dated_field(text)
    if first is not None or m is None:
        return [first] if first else []
    nxt = _NEXT_FIELD.match(text, m.end())
    second = _named_outlet(nxt["o"]) if nxt else None
    return [second] if second else []


# Memoised: a head line's writer (outlet_writer) and its outlet (dated_outlets) both read it.
@lru_cache(maxsize=512)
def _dated_field(text: str) -> tuple[str | None, re.Match[str] | None]:
    """The outlet in the field after the story's date (or before it, alone with it on the line), and
    the match of the field after the date."""
    dated = "20" in text or "19" in text
    first = _OUTLET_THEN_DATE.match(text) if dated else None
    if first:
        return _named_outlet(first["o"]), None
    m = _DATED_OUTLET.search(text) if dated else None
    if m is None:
        return None, None
    name = m["o"]
    if _COMMENT_LINK.match(text, m.end()) and _plain(name):  # "… 财政部 我要评论": the info bar's
        return name, m
    return _named_outlet(name), m


def _named_outlet(name: str) -> str | None:
    """``name`` when it ends as an outlet's name does and is no generic word or role; a pair of a
    site and its paper ("大洋網-廣州日報") when both halves do."""
    parts = re.split(r"[-－]", name)
    named = all(ORG_TAIL.search(part) or _DATED_TAIL.search(zh_fold(part)) for part in parts)
    return name if named and _plain(name) else None


def _plain(name: str) -> bool:
    """No role word in a name (its digits and Latin letters aside: 21世纪网, IT168.com), no generic word."""
    han = re.sub(r"[\x00-\x7f]", "", name)
    return not ZH_ROLE_WORD.search(han) and zh_fold(name) not in _GENERIC_OUTLET


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
        named, field = _dated_field(text)  # field: _DATED_OUTLET's match, when it found the outlet
        dated = (field or _DATED_OUTLET.search(text)) if named else None
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
    return None if ZH_ROLE_WORD.search(name) or zh_fold(name) in _GENERIC_OUTLET else name
