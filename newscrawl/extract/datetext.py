"""Date text: the ways pages write a day, a time of day and a zone, read into a :class:`Stamp`.

Parsing knows nothing of where on the page the text sat: :mod:`~newscrawl.extract.datelines`
and :mod:`~newscrawl.extract.dates` decide which stamps count, and the byline scan uses
:func:`find_stamps` to step over a leading date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

UTC8 = timezone(timedelta(hours=8))
_MIN_YEAR = 1990
_MAX_YEAR = 2100


class Stamp(NamedTuple):
    """A parsed date: ``clock`` None means only the day is known; ``tz`` None means unknown."""

    day: date
    clock: time | None = None
    tz: tzinfo | None = None
    swappable: bool = False  # read from 04/03/2025: day and month may be the other way round

    def iso(self, default_tz: tzinfo | None = None) -> str:
        if self.clock is None:
            return self.day.isoformat()
        moment = datetime.combine(self.day, self.clock.replace(microsecond=0))
        zone = self.tz or default_tz
        return (moment.replace(tzinfo=zone) if zone else moment).isoformat()

    def moment(self, default_tz: tzinfo | None = None) -> datetime | None:
        """Aware datetime when both a clock and a zone are known."""
        zone = self.tz or default_tz
        if self.clock is None or zone is None:
            return None
        return datetime.combine(self.day, self.clock, zone)


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_FIXED_TZ = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "IST": 5.5, "JST": 9, "KST": 9,
    "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "北京时间": 8,
}  # fmt: skip
_REGION_TZ = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_ABBR = "|".join(sorted((k for k in (*_FIXED_TZ, *_REGION_TZ) if k != "Z"), key=len, reverse=True))
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
_RELATIVE = re.compile(
    r"(?P<n>\d+)\s*(?P<unit>分钟|小时|天|minutes?|mins?|hours?|hrs?|days?)\s*(?:前|ago)"
    rf"|(?P<word>刚刚|今天|昨天|前天|just now|today|yesterday)\s*(?:{_CLOCK})?",
    re.I,
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_DIGIT = re.compile(r"\d")


def parse_date_text(
    text: str, *, default_tz: tzinfo | None = None, now: datetime | None = None
) -> str | None:
    """ISO 8601 for the first date in ``text``; relative dates need ``now``.

    >>> parse_date_text("发布时间：2025年1月22日 13:22", default_tz=UTC8)
    '2025-01-22T13:22:00+08:00'
    >>> parse_date_text("Published 5:03 PM EST, Jan 3, 2025")
    '2025-01-03T17:03:00-05:00'
    >>> parse_date_text("3 Jan 2025")
    '2025-01-03'
    >>> parse_date_text("3小时前", default_tz=UTC8, now=datetime(2025, 1, 22, 16, 0, tzinfo=UTC8))
    '2025-01-22T13:00:00+08:00'
    """
    stamp = parse_stamp(text, now=now, default_tz=default_tz)
    return stamp.iso(default_tz) if stamp else None


def parse_stamp(text: str, *, now: datetime | None = None, default_tz: tzinfo | None = None) -> Stamp | None:
    """The first plausible :class:`Stamp` in ``text`` (structured values or prose)."""
    text = text.strip()
    if _EPOCH.match(text):
        seconds = int(text[:10])
        moment = datetime.fromtimestamp(seconds, default_tz or UTC)
        return Stamp(moment.date(), moment.time(), moment.tzinfo)
    found = next(find_stamps(text, now=now, default_tz=default_tz), None)
    return found[2] if found else None


def find_stamps(
    text: str, *, now: datetime | None = None, default_tz: tzinfo | None = None, day_first: bool | None = None
) -> Iterator[tuple[int, int, Stamp]]:
    """Every plausible date in ``text`` as ``(start, end, stamp)``, in reading order."""
    hits: list[tuple[int, int, Stamp]] = []
    for pattern in _patterns_for(text):
        for m in pattern.finditer(text):
            stamp = _stamp_of(m, text, now, day_first)
            if stamp and _plausible(stamp, now):
                hits.append((m.start(), m.end(), stamp))
    if now is not None:
        for m in _RELATIVE.finditer(text):
            stamp = _relative(m, now, default_tz)
            if stamp:
                hits.append((m.start(), m.end(), stamp))
    hits.sort(key=lambda hit: hit[0])
    yield from hits


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
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _patterns_for(text: str) -> list[re.Pattern[str]]:
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
        low = text.translate(_CASE_TWINS).lower()
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


def may_hold_date(text: str, *, relative: bool) -> bool:
    """A cheap test before :func:`find_stamps`: a digit, or a relative phrase when ``relative``."""
    return bool(_DIGIT.search(text) or (relative and _RELATIVE.search(text)))


def _stamp_of(m: re.Match[str], text: str, now: datetime | None, day_first: bool | None) -> Stamp | None:
    groups = m.groupdict()
    swappable = False
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        if (groups["sep"] != "/" and b <= 12) or a > 12 or (day_first and b <= 12):
            a, b = b, a  # day first: 14/02/2025, 22.01.2025, 22-01-2025
        month, day, swappable = a, b, a != b and max(a, b) <= 12
    else:
        month = (
            _MONTHS[groups["mon"][:3].translate(_CASE_TWINS).lower()]
            if groups.get("mon")
            else int(groups["m"])
        )
        day = int(groups["d"])
    year = int(groups["y"]) if groups.get("y") else _guess_year(month, day, now)
    try:
        day_ = date(year, month, day) if year else None
    except ValueError:
        return None
    if day_ is None:
        return None
    clock, zone = _clock_of(groups, day_)
    if clock is None and (groups.get("mon") or groups.get("sep")):
        before = _clock_before(text, m.start(), named=bool(groups.get("mon")))
        if before:
            clock, zone = _clock_of(before.groupdict(), day_)
    return Stamp(day_, clock, zone, swappable)


def _clock_before(text: str, start: int, *, named: bool) -> re.Match[str] | None:
    """The time of day printed just before a date: "5:03 PM EST, Jan 3", "18:07 2012-01-16"."""
    pattern = _CLOCK_BEFORE if named else _CLOCK_BEFORE_DAY
    return pattern.search(text, max(0, start - 40), start)


def month_number(name: str) -> int | None:
    """1-12 for an English month name or its abbreviation ("Oct", "october"), else None."""
    return _MONTHS.get(name[:3].lower()) if name[:3].isalpha() else None


def _guess_year(month: int, day: int, now: datetime | None) -> int | None:
    """A date printed without a year is this year's, unless that would lie in the future."""
    if now is None:
        return None
    return now.year - 1 if (month, day) > (now.month, now.day) else now.year


def _clock_of(groups: dict[str, str | None], day: date) -> tuple[time | None, tzinfo | None]:
    if groups.get("H") is None:
        return None, None
    hour, minute, second = int(groups["H"] or 0), int(groups["M"] or 0), int(groups.get("S") or 0)
    meridiem = (groups.get("ap") or "").lower()
    afternoon = groups.get("ap1") in ("下午", "晚上") or (groups.get("ap1") == "中午" and hour < 11)
    if afternoon or meridiem == "p":
        hour += 12 if hour < 12 else 0
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return None, None
    return time(hour, minute, second), _zone_of(groups, day)


def _zone_of(groups: dict[str, str | None], day: date) -> tzinfo | None:
    off, abbr = groups.get("off"), groups.get("abbr") or groups.get("pre")
    if off:
        if off.upper() == "Z":
            return UTC
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    if not abbr:
        return None
    if abbr in _REGION_TZ:  # "ET" follows daylight saving: ask the zone database for that day
        offset = ZoneInfo(_REGION_TZ[abbr]).utcoffset(datetime.combine(day, time(12)))
        return timezone(offset) if offset is not None else None
    hours = _FIXED_TZ[abbr]
    gmt = (groups.get("gmt") or "").replace(" ", "")
    if gmt and abbr in ("UTC", "GMT"):
        hours = int(gmt)
    return timezone(timedelta(hours=hours))


def _relative(m: re.Match[str], now: datetime, default_tz: tzinfo | None) -> Stamp | None:
    """Resolve ``3小时前`` / ``昨天 10:20`` / ``刚刚`` against the fetch time; None when the
    moment is off the calendar (``99999999 days ago``, or a fetch time at year 1)."""
    try:
        return _resolve_relative(m, now, default_tz)
    except OverflowError:
        return None


def _resolve_relative(m: re.Match[str], now: datetime, default_tz: tzinfo | None) -> Stamp | None:
    """:func:`_relative`, which may overflow the calendar."""
    local = now.astimezone(default_tz) if (default_tz and now.tzinfo) else now
    word = (m.group("word") or "").lower()
    if word:
        back = {"昨天": 1, "yesterday": 1, "前天": 2}.get(word, 0)
        day = local.date() - timedelta(days=back)
        if m.group("H") is not None:
            clock, _ = _clock_of(m.groupdict(), day)
            return Stamp(day, clock, local.tzinfo) if clock else None
        if word in ("刚刚", "just now"):
            return Stamp(day, local.time().replace(second=0, microsecond=0), local.tzinfo)
        return Stamp(day)
    n, unit = int(m.group("n")), m.group("unit").lower()
    if unit.startswith(("天", "day")):
        return Stamp(local.date() - timedelta(days=n))
    delta = timedelta(hours=n) if unit.startswith(("小时", "h")) else timedelta(minutes=n)
    then = local - delta
    return Stamp(then.date(), then.time().replace(second=0, microsecond=0), local.tzinfo)


def _plausible(stamp: Stamp, now: datetime | None) -> bool:
    if not _MIN_YEAR <= stamp.day.year <= _MAX_YEAR:
        return False
    if now is None:
        return True
    return (stamp.day - now.date()).days <= 1  # not now + 1 day: that overflows at year 9999


def names_day(stamp: Stamp, day: date) -> bool:
    """Whether ``stamp`` is ``day``, possibly read the other way round (04/03 vs 03/04)."""
    mine = stamp.day
    return mine == day or (stamp.swappable and mine.replace(month=mine.day, day=mine.month) == day)
