"""Publication times that only a page's scripts hold.

Some platforms render the date line in the browser: the HTML shows an empty element or a
relative ``前天`` ("the day before yesterday"), and an inline script assigns the real
moment to a variable (WeChat articles: ``var ct = "1581418070";``), as a Unix timestamp or
as date text. Reading that assignment gives the time to the second, without a browser.

Only variables whose name says *publication* count (``publish_time``, ``pubDate``, WeChat's
``ct``), never a bare number: pages also carry the server's clock, cache stamps and comment
times. And only a page whose scripts name one moment: hydration state that lists related
stories holds a ``publishDate`` for each, and the first need not be the article's.
:mod:`~newscrawl.extract.dates` asks for this last, when no markup or text gave a time of day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from itertools import islice

from newscrawl.extract.datetext import Stamp, parse_stamp
from newscrawl.page import Page

# Lower-cased names that say publication; ``var ct`` (WeChat's creation time) only as a
# declared variable, two letters being too common a key elsewhere.
_NAMES = (
    "publish_time", "publishtime", "publish_date", "publishdate", "pub_time", "pubtime", "pub_date",
    "pubdate", "publishedat", "publish_at", "release_time", "var ct",
)  # fmt: skip
_VALUE = re.compile(r"""["']?\s*[=:]\s*(?P<value>["'][^"'\n<]{8,40}["']|\d{10}(?:\d{3})?\b)""")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_MAX_HITS = 50


def script_published(page: Page, tz: tzinfo | None) -> Stamp | None:
    """The one publication time the page's scripts assign, in ``tz`` when it is a Unix time.

    >>> from newscrawl.page import parse_page
    >>> html = '<p>前天</p><script>var ct = "1581418070";</script>'
    >>> from datetime import timedelta, timezone
    >>> script_published(parse_page(html), timezone(timedelta(hours=8))).iso()
    '2020-02-11T18:47:50+08:00'
    """
    html = page.html
    lowered = html.lower()  # one C-speed pass; the names are then found with str.find
    found: dict[datetime | str, Stamp] = {}
    for value in islice(_assigned_values(html, lowered), _MAX_HITS):
        stamp = _stamp(value, tz, page.fetched_at)
        if stamp is not None:
            found.setdefault(stamp.moment() or stamp.iso(), stamp)
    return next(iter(found.values())) if len(found) == 1 else None


def _assigned_values(html: str, lowered: str) -> Iterator[str]:
    """Values assigned to a publication name inside a ``<script>``, quotes stripped."""
    for name in _NAMES:
        at = lowered.find(name)
        while at >= 0:
            end = at + len(name)
            boundary = at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "_$.-")
            match = _VALUE.match(html, end) if boundary and _in_script(lowered, at) else None
            if match and not lowered[end : end + 1].isalnum():
                yield match.group("value").strip("\"'")
            at = lowered.find(name, end)


def _in_script(lowered: str, at: int) -> bool:
    """Whether position ``at`` lies between a ``<script`` and its ``</script>``."""
    opened = lowered.rfind("<script", 0, at)
    return opened >= 0 and lowered.rfind("</script", opened, at) < 0


def _stamp(value: str, tz: tzinfo | None, now: datetime | None) -> Stamp | None:
    """A Unix time (seconds or milliseconds) or date text; None for an implausible moment."""
    if not _EPOCH.fullmatch(value):
        stamp = parse_stamp(value, default_tz=tz)
        return stamp if stamp is not None and stamp.clock is not None else None
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    moment = datetime.fromtimestamp(seconds, UTC)
    latest = now if now is not None and now.tzinfo is not None else datetime.now(UTC)
    if not _EARLIEST <= moment <= latest:
        return None
    local = moment.astimezone(tz or UTC)
    return Stamp(local.date(), local.time().replace(microsecond=0), tz or UTC)
