"""Date text: the ways pages write a day, a time of day and a zone, read into a :class:`Stamp`.

Parsing knows nothing of where on the page the text sat: :mod:`~newscrawl.extract.datelines`
and :mod:`~newscrawl.extract.dates` decide which stamps count, and the byline scan uses
:func:`find_stamps` to step over a leading date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

from newscrawl.extract.datepatterns import (
    CASE_TWINS,
    FIXED_TZ,
    MONTHS,
    REGION_TZ,
    RELATIVE,
    clock_before,
    patterns_for,
)

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
    for pattern in patterns_for(text):
        for m in pattern.finditer(text):
            stamp = _stamp_of(m, text, now, day_first)
            if stamp and _plausible(stamp, now):
                hits.append((m.start(), m.end(), stamp))
    if now is not None:
        for m in RELATIVE.finditer(text):
            stamp = _relative(m, now, default_tz)
            if stamp:
                hits.append((m.start(), m.end(), stamp))
    hits.sort(key=lambda hit: hit[0])
    yield from hits


def may_hold_date(text: str, *, relative: bool) -> bool:
    """A cheap test before :func:`find_stamps`: a digit, or a relative phrase when ``relative``."""
    return bool(_DIGIT.search(text) or (relative and RELATIVE.search(text)))


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
            MONTHS[groups["mon"][:3].translate(CASE_TWINS).lower()] if groups.get("mon") else int(groups["m"])
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
        before = clock_before(text, m.start(), named=bool(groups.get("mon")))
        if before:
            clock, zone = _clock_of(before.groupdict(), day_)
    return Stamp(day_, clock, zone, swappable)


def month_number(name: str) -> int | None:
    """1-12 for an English month name or its abbreviation ("Oct", "october"), else None."""
    return MONTHS.get(name[:3].lower()) if name[:3].isalpha() else None


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
    if abbr in REGION_TZ:  # "ET" follows daylight saving: ask the zone database for that day
        offset = ZoneInfo(REGION_TZ[abbr]).utcoffset(datetime.combine(day, time(12)))
        return timezone(offset) if offset is not None else None
    hours = FIXED_TZ[abbr]
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
