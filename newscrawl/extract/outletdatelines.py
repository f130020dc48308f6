"""Outlets a line prints with no label: an agency's dateline opening a paragraph (新华社北京1月12日电,
〔中央社〕, 【明報專訊】) and the outlet after an info line's date (2012-01-12 08:30 新华网). Separate
from :mod:`~newscrawl.extract.outlets`, whose labels and notices name the outlet: here a name counts
by where it stands and how it ends (社, 网, 报), and these patterns and word lists say which."""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl.extract.names import HAN, ORG_TAIL, ZH_ROLE_WORD, unfolded_class, zh_fold

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
DATED_OUTLET = re.compile(_INFO_DATE + rf"\s*(?P<o>{_HAN_FIELD}|{_DOMAIN_FIELD}){_FIELD_END}")
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
COMMENTS = r"(?:我要评论|发表评论|参与评论|评论\s*[(（])"
_COMMENT_LINK = re.compile(rf"\s*{COMMENTS}")
GENERIC_OUTLET = frozenset([
    "电视台", "电视", "报社", "杂志社", "通讯社", "新闻网", "网站", "新闻中心", "电台",
    "即时新闻", "实时新闻", "滚动新闻", "新闻速报", "即时",
])  # fmt: skip


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
    return None if m[group] in GENERIC_OUTLET else name


def dated_outlets(text: str) -> list[str]:
    """The outlet named right after the story's date and time, unlabelled ("2012-01-12 08:30 新华网"),
    or in the next field when the first is no outlet's name (a desk's: "2012-01-12 新聞速報 中央社").
    The field after an outlet is no outlet: "2019-09-11 X传媒 时政新闻" (the site, then its section)."""
    first, m = dated_field(text)
    if first is not None or m is None:
        return [first] if first else []
    nxt = _NEXT_FIELD.match(text, m.end())
    second = _named_outlet(nxt["o"]) if nxt else None
    return [second] if second else []


# Memoised: a head line's writer (outlet_writer) and its outlet (dated_outlets) both read it.
@lru_cache(maxsize=512)
def dated_field(text: str) -> tuple[str | None, re.Match[str] | None]:
    """The outlet in the field after the story's date (or before it, alone with it on the line), and
    the match of the field after the date."""
    dated = "20" in text or "19" in text
    first = _OUTLET_THEN_DATE.match(text) if dated else None
    if first:
        return _named_outlet(first["o"]), None
    m = DATED_OUTLET.search(text) if dated else None
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
    return not ZH_ROLE_WORD.search(han) and zh_fold(name) not in GENERIC_OUTLET
