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
from bisect import bisect_right
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from itertools import accumulate, islice

from newscrawl.extract.datetext import Stamp, parse_stamp
from newscrawl.page import Page

# Lower-cased names that say publication; ``var ct`` (WeChat's creation time) only as a
# declared variable, two letters being too common a key elsewhere.
_NAMES = (
    "publish_time", "publishtime", "publish_date", "publishdate", "pub_time", "pubtime", "pub_date",
    "pubdate", "publishedat", "publish_at", "release_time", "var ct",
)  # fmt: skip
# The names starting "pub", found in one pass of the page (the literal prefix makes the search
# fast) instead of one pass per name; none is a prefix of another, so a match is one name.
_PUB_NAMES = re.compile("pub(?:" + "|".join(re.escape(n[3:]) for n in _NAMES if n.startswith("pub")) + ")")
# A script's opening or closing tag, as lower() would read it: only ASCII letters lower-case to these.
_SCRIPT_TAG = re.compile(r"<(/?)[sS][cC][rR][iI][pP][tT]")
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
    found: dict[datetime | str, Stamp] = {}
    for value in islice(_assigned_values(html), _MAX_HITS):
        stamp = _stamp(value, tz, page.fetched_at)
        if stamp is not None:
            found.setdefault(stamp.moment() or stamp.iso(), stamp)
    return next(iter(found.values())) if len(found) == 1 else None


def _assigned_values(html: str) -> Iterator[str]:
    """Values assigned to a publication name inside a ``<script>``, quotes stripped.

    Only the scripts are lower-cased and searched, joined by "<" (which, like the "</script"
    it stands for, ends a name); lower-casing the whole page cost more than all the rest.
    """
    # lower() makes "İ" two characters, moving all that follows: such a page is searched
    # lower-cased whole, its offsets taken for the HTML's as they always were.
    whole = "\u0130" in html
    text = html.lower() if whole else html
    stretches = _script_stretches(text)
    lowered = "<".join(text[start:stop] if whole else text[start:stop].lower() for start, stop in stretches)
    joined_at = list(accumulate((stop - start + 1 for start, stop in stretches), initial=0))
    for name, at in _name_hits(lowered):
        end = at + len(name)
        # A name starts past its script's "<script", so a character precedes it.
        boundary = not (lowered[at - 1].isalnum() or lowered[at - 1] in "_$.-")
        if boundary and not lowered[end : end + 1].isalnum():
            piece = bisect_right(joined_at, at) - 1
            match = _VALUE.match(html, stretches[piece][0] + end - joined_at[piece])
            if match:
                yield match.group("value").strip("\"'")


def _script_stretches(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s scripts are, as (start, stop): from a ``<script`` (any case) to the next
    ``</script``, or to the end without one. A name lies in one exactly when it comes after a
    ``<script`` with no ``</script`` between (a name holds no "<", nor starts inside either tag)."""
    stretches: list[tuple[int, int]] = []
    opened: int | None = None
    for tag in _SCRIPT_TAG.finditer(text):
        if not tag.group(1) and opened is None:
            opened = tag.start()
        elif tag.group(1) and opened is not None:
            stretches.append((opened, tag.start()))
            opened = None
    if opened is not None:
        stretches.append((opened, len(text)))
    return stretches


def _name_hits(lowered: str) -> Iterator[tuple[str, int]]:
    """Each of :data:`_NAMES` with where it occurs in ``lowered``: name by name, each name's
    places in document order (no name overlaps itself or another, so these are all of them)."""
    pub_hits: dict[str, list[int]] = {}
    for match in _PUB_NAMES.finditer(lowered):
        pub_hits.setdefault(match.group(), []).append(match.start())
    for name in _NAMES:
        if name.startswith("pub"):
            yield from ((name, at) for at in pub_hits.get(name, ()))
            continue
        at = lowered.find(name)
        while at >= 0:
            yield name, at
            at = lowered.find(name, at + len(name))


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
