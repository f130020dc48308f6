"""Publication and modification dates: structured data weighed against what the page shows.

Readers trust the date printed under the headline, and so do our gold sets: meta tags are
often the CMS's save time or a UTC rendering, so a visible time near the headline wins when
the two disagree. Output is ISO 8601: ``2025-01-22T13:22:00+08:00`` when a time is known,
``2025-01-22`` when only the day is, and a naive ``2025-01-22T13:22:00`` when a time is known
but no zone can be inferred: we never invent a time of day, nor an offset.

Reading date text is :mod:`~newscrawl.extract.datetext`'s job, walking the lines around the
headline :mod:`~newscrawl.extract.headwalk`'s, finding the dates those lines show
:mod:`~newscrawl.extract.datelines`'s; this module reads the structured data and decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from urllib.parse import urlsplit

from newscrawl.extract.datelines import Candidate, late_date, shown_dates
from newscrawl.extract.datetext import (
    UTC8,
    Stamp,
    find_stamps,
    month_number,
    names_day,
    parse_date_text,
    parse_stamp,
)
from newscrawl.extract.headanchor import headline_element
from newscrawl.extract.headchrome import skipped
from newscrawl.extract.headwalk import Head, Line, head_lines
from newscrawl.extract.scriptdates import script_published
from newscrawl.page import Page

__all__ = [
    "UTC8",
    "Candidate",
    "DateResult",
    "Head",
    "Line",
    "Stamp",
    "extract_dates",
    "find_stamps",
    "head_lines",
    "headline_element",
    "page_timezone",
    "parse_date_text",
    "parse_stamp",
    "skipped",
    "url_date",
]


@dataclass(frozen=True)
class DateResult:
    published: str | None = None
    modified: str | None = None
    published_source: str | None = None  # json-ld | meta | time | text | script | url | feed
    modified_source: str | None = None


_LD_TYPES = ("newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
             "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
             "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting", "webpage",
             "itempage", "creativework", "videoobject", "medicalwebpage", "aboutpage", "qapage")  # fmt: skip
_META_PUBLISHED = ("article:published_time", "og:published_time", "og:article:published_time",
                   "article:published", "published_time", "datepublished", "publishdate", "publish-date",
                   "publish_date", "pubdate", "pub_date", "publication_date", "parsely-pub-date",
                   "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                   "dc.date.created", "dcterms.created", "weibo: article:create_at", "og:time",
                   "article.published", "date", "created", "datecreated", "og:release_date",
                   "citation_publication_date", "citation_online_date", "citation_date", "published_at",
                   "og:publish_date", "publisheddate", "published-date", "published")  # fmt: skip
# Site-prefixed spellings of the same label ("w-published-date", "cxenseparse:publishtime"): tried last.
_META_PUBLISHED_ANY = re.compile(r"(?:^|[:._-])(?:first[-_]?)?publish(?:ed)?[-_]?(?:date|time|at)$")
_META_MODIFIED = ("article:modified_time", "og:updated_time", "article:modified", "datemodified",
                  "dc.date.modified", "dcterms.modified", "weibo: article:update_at", "last-modified",
                  "lastmod", "dateupdate", "article.updated")  # fmt: skip
_WHOLE_PAGE = 400_000  # characters of text: the late scan reads to the end of any real page
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_NAMED = re.compile(
    r"/((?:19|20)\d\d)/([a-z]{3})[a-z]*/(0?[1-9]|[12]\d|3[01])(?=/|$)", re.I
)  # /2023/october/03/


def _structured(page: Page, which: str, tz: tzinfo | None) -> Candidate | None:
    """JSON-LD first, then meta tags; ``which`` is "published" or "modified"."""
    return _from_json_ld(page, which, tz) or _from_meta(page, which, tz)


def _published_markup(page: Page, tz: tzinfo | None, shown: Candidate | None) -> Candidate | None:
    """JSON-LD's publication date, unless the meta tags name another day and the page's text shows it.

    A JSON-LD block and meta tags that disagree are two templates; the one the printed dateline
    (or, with none, the printed "Updated" stamp) agrees with is the one the site keeps current.
    """
    ld = _from_json_ld(page, "published", tz)
    meta = _from_meta(page, "published", tz)
    if ld is None or meta is None or ld.stamp.day == meta.stamp.day:
        return ld or meta
    printed = shown is not None and shown.source == "text" and shown.stamp.day == meta.stamp.day
    return meta if printed else ld


def _from_json_ld(page: Page, which: str, tz: tzinfo | None) -> Candidate | None:
    if not page.json_ld:
        return None
    keys = ("datePublished", "dateCreated") if which == "published" else ("dateModified",)
    present = frozenset().union(*page.json_ld_kinds())
    for kind in _LD_TYPES:
        if kind not in present:  # most pages type one or two objects: skip the other kinds' scans
            continue
        for obj in page.json_ld_of_type(kind):
            for key in keys:
                value = obj.get(key)
                stamp = parse_stamp(value, default_tz=tz) if isinstance(value, str) else None
                if stamp:
                    return Candidate("json-ld", stamp)
    return None


def _from_meta(page: Page, which: str, tz: tzinfo | None) -> Candidate | None:
    if not page.meta:
        return None
    names: tuple[str, ...] = _META_PUBLISHED if which == "published" else _META_MODIFIED
    if which == "published":
        names += tuple(k for k in page.meta if _site_published_key(k))
    for key in names:
        for value in page.meta.get(key, []):
            stamp = parse_stamp(value, default_tz=tz)
            if stamp:
                return Candidate("meta", stamp)
    return None


_PUBLISHED_KEYS = frozenset(_META_PUBLISHED)


def _site_published_key(key: str) -> bool:
    """A site-prefixed publication-date meta key not among :data:`_META_PUBLISHED`; the literal
    test skips the pattern for the many keys that cannot match it."""
    return "publish" in key and key not in _PUBLISHED_KEYS and bool(_META_PUBLISHED_ANY.search(key))


def url_date(url: str | None) -> date | None:
    """The day a dated URL path names; never a time.

    >>> url_date("https://example.com/news/2025/01/22/a-story.html")
    datetime.date(2025, 1, 22)
    >>> url_date("https://example.com/a/20250122/942.html"), url_date("https://example.com/p/123")
    (datetime.date(2025, 1, 22), None)
    >>> url_date("https://example.com/blog/2023/october/03/a-story/")
    datetime.date(2023, 10, 3)
    """
    if not url:
        return None
    path = urlsplit(url).path
    m = _URL_DATE.search(path)
    named = None if m else _URL_NAMED.search(path)
    month = month_number(named[2]) if named else None
    try:
        if m:
            return date(int(m[1]), int(m[3]), int(m[4]))
        return date(int(named[1]), month, int(named[3])) if named and month else None
    except ValueError:
        return None


def page_timezone(page: Page) -> tzinfo | None:
    """The zone a page's naive times are in, when its language or host makes it clear.

    Chinese pages (any script), .cn/.hk/.tw/.mo hosts: UTC+8; Japanese and Korean: UTC+9.
    Other pages get None: an English page may be written anywhere.
    """
    lang = page.tree.get("lang") or page.meta_first("content-language", "og:locale", "language") or ""
    lang = lang.lower().replace("_", "-")
    host = (urlsplit(page.url).hostname or "") if page.url else ""
    if lang.startswith("zh") or host.endswith((".cn", ".hk", ".tw", ".mo")):
        return UTC8
    if lang.startswith(("ja", "ko")) or host.endswith((".jp", ".kr")):
        return timezone(timedelta(hours=9))
    if not lang and re.search(r"[\u4e00-\u9fff]", page.title_text() or ""):
        return UTC8
    return None


def _decide(
    structured: Candidate | None, shown: Candidate | None, url_day: date | None = None
) -> Candidate | None:
    """Prefer what the reader sees when it adds a time or contradicts the markup.

    A day off by one against a zoned timestamp is a time-zone rendering, not a contradiction,
    unless the URL names the day shown: then the reader's day is the site's. A dated URL
    that agrees with the markup outvotes a bare date the page shows elsewhere (a changelog).
    """
    if structured is None or shown is None:
        return structured or shown
    if shown.far:
        return structured  # a related story's <time> as often as the article's: the markup decides
    s, v = structured.stamp, shown.stamp
    if url_day is not None and s.day != v.day:
        if v.day == url_day and v.clock is None:
            return shown
        if s.day == url_day and not names_day(v, url_day) and not _same_day_somewhere(s, v.day):
            return structured
    if shown.source == "time":  # markup: its day may be visible, its clock and offset rarely are
        if shown.seen and s.day != v.day and not _same_day_somewhere(s, v.day):
            return shown
        if shown.clock_seen and v.tz is not None and not _same_instant(s, v):  # the printed moment wins
            return shown
        if s.clock is None:
            return shown if v.clock is not None and s.day == v.day else structured
        local = v.tz is not None and s.moment() == v.moment() and s.tz != v.tz
        return shown if local else structured
    if s.clock is None or (s.clock == time(0) and v.clock not in (None, time(0))):
        return structured if v.clock is None and s.day == v.day else shown
    if v.clock is None:
        return structured if s.day == v.day or _same_day_somewhere(s, v.day) else shown
    if v.tz is not None:  # the same instant is better told in the reader's zone
        return shown if s.tz is None or not _same_instant(s, v) or s.tz != v.tz else structured
    gap = datetime.combine(v.day, v.clock) - datetime.combine(s.day, s.clock)
    if abs(gap) < timedelta(minutes=1):
        return structured
    if s.tz is None:
        return shown
    if gap % timedelta(minutes=30) == timedelta(0) and abs(gap) <= timedelta(hours=14):
        offset = s.tz.utcoffset(datetime.combine(s.day, s.clock)) or timedelta(0)
        zone = timezone(offset + gap)  # the same instant, in the reader's zone
        return shown._replace(stamp=v._replace(tz=zone))
    return shown._replace(stamp=v._replace(tz=s.tz))


def _shows_modified(
    shown: Candidate | None, published: Candidate | None, modified: Candidate | None, url_day: date | None
) -> bool:
    """Whether the bare, unlabelled day by the byline is the markup's modification day, later than
    its publication day: the theme prints the last edit (WordPress's ``the_modified_date``), and the
    markup, which tells the two apart, knows the first. A label, a time of day or a dated URL
    naming the shown day keep the page's word."""
    if shown is None or published is None or modified is None or shown.source != "text":
        return False
    day = shown.stamp.day
    return (
        not shown.labelled
        and shown.stamp.clock is None
        and day != url_day
        and published.stamp.day < day
        and _same_day_somewhere(modified.stamp, day)
        and not _same_day_somewhere(published.stamp, day)
    )


def _same_instant(a: Stamp, b: Stamp) -> bool:
    """Whether two zoned stamps name one moment, to the minute (a CMS keeps seconds the page drops)."""
    one, two = a.moment(), b.moment()
    return one is not None and two is not None and abs(one - two) < timedelta(minutes=1)


def _same_day_somewhere(stamp: Stamp, day: date) -> bool:
    """Whether some zone on Earth (UTC-12..UTC+14) shows the instant ``stamp`` on ``day``."""
    moment = stamp.moment()
    if moment is None:
        return False
    utc = moment.astimezone(UTC)
    return (utc - timedelta(hours=12)).date() <= day <= (utc + timedelta(hours=14)).date()


def extract_dates(page: Page, *, head: Head | None = None) -> DateResult:
    """Published and modified dates with where each came from; pass ``head`` to reuse a walk."""
    tz = page_timezone(page)
    now = page.fetched_at
    lines = head or head_lines(page)
    url_day = url_date(page.url)
    shown_pub, shown_mod = shown_dates(lines, tz, now)
    structured = _published_markup(page, tz, shown_pub or shown_mod)
    shown_pub = _settle(shown_pub, structured.stamp.day if structured else url_day)
    marked_mod = _structured(page, "modified", tz)
    if _shows_modified(shown_pub, structured, marked_mod, url_day):
        shown_pub = None
    published = _decide(structured, shown_pub, url_day)
    modified = marked_mod or shown_mod
    feed = page.hints.get("datePublished")
    feed_stamp = _hint_stamp(feed, tz)
    vaguer = (
        published is not None
        and published.stamp.clock is None
        and feed_stamp is not None
        and (feed_stamp.day == published.stamp.day)
    )
    if feed_stamp and (published is None or vaguer):
        published = Candidate("feed", feed_stamp)
    if published is None:  # some pages print the date only below the article, past the head walk
        whole = lines if lines.complete else head_lines(page, max_chars=_WHOLE_PAGE, headline=lines.headline)
        published = late_date(whole.after, tz)
    if published is None or _maybe_relative(published, now):  # a date line scripts fill in
        published = _with_script_time(published, page, tz)
    if published is None and modified is not None and url_day in (None, modified.stamp.day):
        # The page dates only its last edit: often the day it went up, and a crawl needs a date. The
        # provenance says so, for users who want only stated publication dates.
        published = modified._replace(source="modified")
    if published is None and url_day is not None:
        published = Candidate("url", Stamp(url_day))
    zone = _page_offset(published, structured, modified) or tz
    return DateResult(
        published=published.stamp.iso(zone) if published else None,
        modified=modified.stamp.iso(zone) if modified else None,
        published_source=published.source if published else None,
        modified_source=modified.source if modified else None,
    )


def _with_script_time(published: Candidate | None, page: Page, tz: tzinfo | None) -> Candidate | None:
    """The script's moment when nothing else dated the page, or when it adds the time of
    day to the day shown (a relative ``前天`` rendered from it). The scripts are searched
    this late because the search costs a pass over the whole HTML."""
    stamp = script_published(page, tz)
    if stamp is None or (published is not None and published.stamp.day != stamp.day):
        return published
    return Candidate("script", stamp)


def _maybe_relative(published: Candidate, now: datetime | None) -> bool:
    """A shown day without a time, up to two days before the fetch: ``前天``, ``yesterday``."""
    day, clock = published.stamp.day, published.stamp.clock
    return clock is None and now is not None and published.source == "text" and (now.date() - day).days <= 2


def _settle(shown: Candidate | None, known: date | None) -> Candidate | None:
    """Read an ambiguous 04/03/2025 the way another source of the page confirms."""
    if shown is None or known is None or shown.stamp.day == known or not names_day(shown.stamp, known):
        return shown
    return shown._replace(stamp=shown.stamp._replace(day=known, swappable=False))


def _hint_stamp(value: object, tz: tzinfo | None) -> Stamp | None:
    if isinstance(value, datetime):
        return Stamp(value.date(), value.time(), value.tzinfo)
    return parse_stamp(value, default_tz=tz) if isinstance(value, str) else None


def _page_offset(*candidates: Candidate | None) -> tzinfo | None:
    """An offset the page states somewhere applies to its other naive times."""
    for cand in candidates:
        if cand is not None and cand.stamp.tz is not None:
            return cand.stamp.tz
    return None
