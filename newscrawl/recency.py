"""Dates in feeds and sitemaps, and the ``--since`` test applied to them.

Feeds write dates as RFC 822 (``Wed, 12 Mar 2025 08:30:00 +0800``), sitemaps as W3C
datetimes (``2025-03``, ``2025-03-12``, ``2025-03-12T08:30+08:00``), and careless
generators as anything else. Both are normalised to ISO 8601 without inventing what
the source did not say: a date stays a date, a time without a zone stays naive.

``--since`` keeps an entry unless its date *proves* it older: a date alone or a naive
time could be in any zone, so the latest instant it could mean is compared.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

from newscrawl.extract.dates import parse_date_text

_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d\d))?$")
_RELATIVE = re.compile(r"^(\d+)\s*([dhm])$", re.I)
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
# The westmost UTC offset in use: a day or a naive time ends at most this long after it ends in UTC.
_WEST = timedelta(hours=12)


def normalise_date(text: str | None) -> str | None:
    """ISO 8601 for a feed or sitemap date, or None when there is no date in it.

    >>> normalise_date("Wed, 12 Mar 2025 08:30:00 +0800")
    '2025-03-12T08:30:00+08:00'
    >>> normalise_date("2025-03-12T00:30:00Z")
    '2025-03-12T00:30:00+00:00'
    >>> normalise_date("2025-03-12"), normalise_date("2025-03")
    ('2025-03-12', '2025-03')
    >>> normalise_date("2025年3月12日 08:30"), normalise_date("soon") is None
    ('2025-03-12T08:30:00', True)
    """
    text = (text or "").strip()
    if not text:
        return None
    if _YEAR_MONTH.match(text):
        return text  # W3C datetime allows a year or a month; there is no finer truth to add
    for parse in (_from_iso, _from_rfc822):
        moment = parse(text)
        if moment is not None:
            return moment.isoformat()
    return parse_date_text(text)  # Chinese and free-form dates from hand-rolled feeds


def _from_iso(text: str) -> datetime | date | None:
    try:
        return (
            date.fromisoformat(text)
            if len(text) == 10
            else datetime.fromisoformat(text).replace(microsecond=0)
        )
    except ValueError:
        return None


def _from_rfc822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text).replace(microsecond=0)
    except (TypeError, ValueError, IndexError):
        return None


def parse_since(text: str, *, now: datetime | None = None) -> datetime:
    """The ``--since`` value as an aware datetime: ISO 8601 (naive means UTC) or ``2d``/``12h``/``30m`` ago.

    >>> parse_since("2025-03-12")
    datetime.datetime(2025, 3, 12, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_since("2025-03-12T08:00:00+08:00").isoformat()
    '2025-03-12T08:00:00+08:00'
    >>> parse_since("2d", now=datetime(2025, 3, 14, tzinfo=UTC)).isoformat()
    '2025-03-12T00:00:00+00:00'
    """
    text = text.strip()
    relative = _RELATIVE.match(text)
    if relative:
        amount = timedelta(**{_UNITS[relative.group(2).lower()]: int(relative.group(1))})
        return (now or datetime.now(UTC)) - amount
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"since: expected an ISO 8601 date or time, or 2d/12h/30m, not {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def latest_instant(value: str | None) -> datetime | None:
    """The latest UTC instant an ISO date could denote (zone unknown: assume the westmost).

    >>> latest_instant("2025-03-12").isoformat()
    '2025-03-13T11:59:59+00:00'
    >>> latest_instant("2025-02").isoformat()
    '2025-03-01T11:59:59+00:00'
    >>> latest_instant("2025-03-12T08:30:00+08:00").isoformat()
    '2025-03-12T00:30:00+00:00'
    >>> latest_instant("when?") is None
    True
    """
    if not value:
        return None
    period = _YEAR_MONTH.match(value)
    if period:
        year, month = int(period.group(1)), int(period.group(2) or 12)
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return datetime.combine(end, time(23, 59, 59), UTC) + _WEST
    moment = _from_iso(value)
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(23, 59, 59), UTC) + _WEST
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC) + _WEST
    return moment.astimezone(UTC)


def may_be_since(since: datetime, *values: str | None) -> bool:
    """False only when some value is a date and every date is provably before ``since``.

    Undated entries are kept: a feed or sitemap that omits dates says nothing about age,
    and silently dropping them would lose exactly the sites that publish carelessly.

    >>> since = datetime(2025, 3, 12, tzinfo=UTC)
    >>> may_be_since(since, "2025-03-11T09:00:00+00:00"), may_be_since(since, "2025-03-11")
    (False, True)
    >>> may_be_since(since, None), may_be_since(since, "2025-01-01", "2025-03-12T01:00:00Z")
    (True, True)
    """
    instants = [latest_instant(v) for v in values if v]
    if not instants or any(i is None for i in instants):
        return True
    return any(i is not None and i >= since for i in instants)
