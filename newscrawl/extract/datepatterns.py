"""The regexes that find dates in text (month names, clocks, zones, the date shapes), and the
cheap tests that pick which of them can match a line. Separate from
:mod:`~newscrawl.extract.datetext`, which reads what they match into a stamp: the patterns and
the tests that skip them change together (:data:`_YEAR_PLACES` follows :data:`_DATE_PATTERNS`)."""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
FIXED_TZ = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "IST": 5.5, "JST": 9, "KST": 9,
    "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "北京时间": 8,
}  # fmt: skip
REGION_TZ = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_ABBR = "|".join(sorted((k for k in (*FIXED_TZ, *REGION_TZ) if k != "Z"), key=len, reverse=True))
_CLOCK = (
    r"(?P<ap1>上午|下午|凌晨|早上|中午|晚上)?\s*(?P<H>[012]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\.\d+)?)?(?:\s*分)?"
    r"(?:\s*(?P<ap>[AaPp])\.?\s?[Mm]\b\.?)?"
)
_ZONE = (
    rf"(?:\s*(?P<off>Z\b|[+-][01]\d:?[0-5]\d\b)"
    rf"|\s*\(?(?P<abbr>{_ABBR})\b\)?(?P<gmt>\s*[+-]\s*\d{{1,2}})?)?"
)
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MON = (
    r"(?:(?<![a-z])|(?-i:(?<=[a-z])(?=[A-Z])))"  # "GiuffridaMar 5": a capital after lower case
    rf"(?P<mon>{_MONTH_NAME})(?![a-z])\.?"
)
# "Jan 3, 2025 · 5:03 PM", "16 November 2017 • 2:15pm", "April 21, 2015, at 11:29 a.m."
_AFTER = rf"(?:(?:\s*[T,|@·•-]\s*|,?\s+at\s+|\s+)(?:{_CLOCK}){_ZONE})?"
_DATE_PATTERNS = [
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?P<sep>[-/.年])\s*(?P<m>[01]?\d)\s*[-/.月]\s*"
        rf"(?P<d>[0-3]?\d)(?:(?!\d)|(?=\d\d?:\d\d))\s*日?"
        rf"(?:(?:\s*[T ]?\s*|\s*,\s*)(?:(?P<pre>{_ABBR})\s+)?(?:{_CLOCK}){_ZONE})?",  # "2012-01-17 HKT 07:30"
        re.I,
    ),
    re.compile(rf"{_MON}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d){_AFTER}", re.I),
    re.compile(
        rf"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<y>(?:19|20)\d\d)(?!\d){_AFTER}",
        re.I,
    ),
    re.compile(
        r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.-])"
        rf"{_AFTER}",
        re.I,
    ),
    re.compile(rf"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日\s*(?:{_CLOCK})"),
    re.compile(  # citation style, "2023 Jan 7;15(1)": capitalised, so "in 2023 may 5" is no date
        r"(?<![\d/.-])(?P<y>(?:19|20)\d\d) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        r"(?P<d>[0-3]?\d)(?![\d:])"
    ),
]
_CLOCK_BEFORE = re.compile(rf"(?:{_CLOCK}){_ZONE}\s*,?\s*(?:on\s+)?(?:[A-Z][a-z]+day,?\s*)?$", re.I)
# "18:07 2012-01-16": a clock just before a numeric day, unless a date or a range runs into it.
_CLOCK_BEFORE_DAY = re.compile(rf"(?<![\d:：/.年月日-])(?<![\d:：/.年月日-]\s)(?:{_CLOCK}){_ZONE}\s+$")
RELATIVE = re.compile(
    r"(?P<n>\d+)\s*(?P<unit>分钟|小时|天|minutes?|mins?|hours?|hrs?|days?)\s*(?:前|ago)"
    rf"|(?P<word>刚刚|今天|昨天|前天|just now|today|yesterday)\s*(?:{_CLOCK})?",
    re.I,
)


# Every date pattern but the 月/日 one needs a four-digit year, the 月/日 one a 月: text with
# neither (most digits on a page are counts and clocks) is not searched by them.
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARLESS = [p for p in _DATE_PATTERNS if "月" in p.pattern and "(?P<y>" not in p.pattern]
# Where each pattern of _DATE_PATTERNS needs its year (None: it needs none, but a 月): before a
# separator ("2025-01-22", "2025年1月"), after a day and white space ("Jan 3, 2025"), after a
# month's name and white space ("3 January 2025"), after a separator ("22.01.2025"), before a
# month's name ("2023 Jan 7"); and whether it needs a month's name. A paragraph's years mostly stand in
# none of those places ("In 2025, the market…"), and the patterns (no literal leads most of them)
# cost far more to search through it in vain than these tests.
_YEAR_PLACES = ("sep-after", "day-space", "month-space", "sep-before", None, "month-after")
_NAMED: tuple[bool, ...] = (False, True, True, False, False, True)
_MONTH_PLACES = frozenset(place for place, named in zip(_YEAR_PLACES, _NAMED, strict=True) if named)
_SEP_AFTER = re.compile(r"\s*[-/.年]")
# What ends right before the white space ahead of the year, as the patterns read it (ignoring case).
_DAY_ENDS = re.compile(r"\d(?:st|nd|rd|th)?,?$", re.I)
_MONTH_ENDS = re.compile(rf"(?:{_MONTH_NAME})\.?,?$", re.I)
_CITED_MONTH = re.compile(r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ")  # "2023 Jan 7"
# Python's case-insensitive matching also finds these letters' ASCII twins (i, s, k).
CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def patterns_for(text: str) -> list[re.Pattern[str]]:
    """The date patterns that can match ``text`` (the rest would search it in vain), in order."""
    places = _year_places(text)
    if not places:
        return _YEARLESS if "月" in text else []
    month = not places.isdisjoint(_MONTH_PLACES) and names_month(text)
    return _year_patterns(places, month, "月" in text)


def _year_places(text: str) -> frozenset[str]:
    """The places (see :data:`_YEAR_PLACES`) where ``text`` shows a four-digit year.

    A year inside a longer number stands in none; one that does is never inside another year
    :data:`_YEAR` found (the digit before it would be that year's), so reading those is enough.

    >>> sorted(_year_places("Updated 2025-01-22")), sorted(_year_places("22.01.2025"))
    (['sep-after'], ['sep-before'])
    >>> sorted(_year_places("Jan 3, 2025 and 3 Sept. 2025")), _year_places("In 2025, the market")
    (['day-space', 'month-space'], frozenset())
    >>> sorted(_year_places("2023 Jan 7")), _year_places("12025 views") == _year_places("no") == frozenset()
    (['month-after'], True)
    """
    places: set[str] = set()
    for m in _YEAR.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else ""
        if before.isdecimal():
            continue
        sep_before = before != "" and before in "/.-"
        if sep_before:
            places.add("sep-before")
        elif before.isspace():
            places.update(_after_white_space(text, start - 1))
        if _SEP_AFTER.match(text, end):
            places.add("sep-after")
        if not sep_before and _CITED_MONTH.match(text, end):
            places.add("month-after")
    return frozenset(places)


def _after_white_space(text: str, end: int) -> list[str]:
    """The places of a year after white space that ends at ``end``: after a day or a month's name."""
    while end and text[end - 1].isspace():
        end -= 1
    places = ["day-space"] if _DAY_ENDS.search(text, max(0, end - 5), end) else []
    return [*places, "month-space"] if _MONTH_ENDS.search(text, max(0, end - 12), end) else places


def names_month(text: str) -> bool:
    """Whether ``text`` holds a month's name (or its first three letters) in any case: a cheap
    test that never misses a date the named-month patterns find.

    >>> names_month("Posted on JAN 5, 2025"), names_month("5 views, 2025"), names_month("ſept 5")
    (True, False, True)
    >>> names_month("发布于 Oct. 5"), names_month("ja中n 2025")
    (True, False)
    """
    if text.isascii():
        low = text.lower()
    elif "\u017f" in text:  # ſ: the one other character read as a letter of the names ("ſept")
        low = text.translate(CASE_TWINS).lower()
    else:
        # No other character lower-cases to a letter of the names, so each is read as "?" (in
        # C, far cheaper than translating a long Chinese line), keeping its neighbours apart.
        folded = text.encode("ascii", "replace").lower()
        return any(name in folded for name in _MONTH_BYTES)
    return any(name in low for name in _MONTH_NAMES)


_MONTH_BYTES = tuple(name.encode("ascii") for name in _MONTH_NAMES)


@lru_cache(maxsize=128)
def _year_patterns(places: frozenset[str], month: bool, yue: bool) -> list[re.Pattern[str]]:
    """The patterns whose year stands in one of ``places``, given whether the text names a month
    and holds a 月 (``yue``)."""
    return [
        pattern
        for pattern, place, named in zip(_DATE_PATTERNS, _YEAR_PLACES, _NAMED, strict=True)
        if (yue if place is None else place in places and (month or not named))
    ]


def clock_before(text: str, start: int, *, named: bool) -> re.Match[str] | None:
    """The time of day printed just before a date: "5:03 PM EST, Jan 3", "18:07 2012-01-16"."""
    pattern = _CLOCK_BEFORE if named else _CLOCK_BEFORE_DAY
    return pattern.search(text, max(0, start - 40), start)
