"""Publication and modification dates: structured data weighed against what the page shows.

Readers trust the date printed under the headline, and so do our gold sets: meta tags are
often the CMS's save time or a UTC rendering, so a visible time near the headline wins when
the two disagree. Output is ISO 8601: ``2025-01-22T13:22:00+08:00`` when a time is known,
``2025-01-22`` when only the day is, and a naive ``2025-01-22T13:22:00`` when a time is known
but no zone can be inferred: we never invent a time of day, nor an offset.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from lxml.etree import _Element

from newscrawl.page import Page

UTC8 = timezone(timedelta(hours=8))
_MIN_YEAR = 1990
_MAX_YEAR = 2100


@dataclass(frozen=True)
class DateResult:
    published: str | None = None
    modified: str | None = None
    published_source: str | None = None  # json-ld | meta | time | text | url | feed
    modified_source: str | None = None


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


# ---------------------------------------------------------------- text parsing

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_FIXED_TZ = {"UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
             "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
             "IST": 5.5, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "北京时间": 8}
_REGION_TZ = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
              "PT": "America/Los_Angeles"}
_ABBR = "|".join(sorted((k for k in (*_FIXED_TZ, *_REGION_TZ) if k != "Z"), key=len, reverse=True))
_CLOCK = (r"(?P<ap1>上午|下午|凌晨|早上|中午|晚上)?\s*(?P<H>[012]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)"
          r"(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\.\d+)?)?(?:\s*分)?"
          r"(?:\s*(?P<ap>[AaPp])\.?\s?[Mm]\b\.?)?")
_ZONE = rf"(?:\s*(?P<off>Z\b|[+-][01]\d:?[0-5]\d\b)|\s*\(?(?P<abbr>{_ABBR})\b\)?(?P<gmt>\s*[+-]\s*\d{{1,2}})?)?"
_MON = (r"(?:(?<![a-z])|(?-i:(?<=[a-z])(?=[A-Z])))(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
        r"june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
_AFTER = rf"(?:(?:\s*[T,|@·-]\s*|\s+at\s+|\s+)(?:{_CLOCK}){_ZONE})?"
_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?P<sep>[-/.年])\s*(?P<m>[01]?\d)\s*[-/.月]\s*"
               rf"(?P<d>[0-3]?\d)(?:(?!\d)|(?=\d\d?:\d\d))\s*日?(?:(?:\s*[T ]?\s*|\s*,\s*)(?:{_CLOCK}){_ZONE})?",
               re.I),
    re.compile(rf"{_MON}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d){_AFTER}", re.I),
    re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<y>(?:19|20)\d\d)(?!\d){_AFTER}",
               re.I),
    re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.-])"
               rf"{_AFTER}", re.I),
    re.compile(rf"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日\s*(?:{_CLOCK})"),
]
_CLOCK_BEFORE = re.compile(rf"(?:{_CLOCK}){_ZONE}\s*,?\s*(?:on\s+)?(?:[A-Z][a-z]+day,?\s*)?$", re.I)
_RELATIVE = re.compile(r"(?P<n>\d+)\s*(?P<unit>分钟|小时|天|minutes?|mins?|hours?|hrs?|days?)\s*(?:前|ago)"
                       rf"|(?P<word>刚刚|今天|昨天|前天|just now|today|yesterday)\s*(?:{_CLOCK})?", re.I)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def parse_date_text(text: str, *, default_tz: tzinfo | None = None, now: datetime | None = None) -> str | None:
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
    for pattern in _DATE_PATTERNS:
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


def _stamp_of(m: re.Match[str], text: str, now: datetime | None, day_first: bool | None) -> Stamp | None:
    groups = m.groupdict()
    swappable = False
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        if (groups["sep"] != "/" and b <= 12) or a > 12 or (day_first and b <= 12):
            a, b = b, a  # day first: 14/02/2025, 22.01.2025, 22-01-2025
        month, day, swappable = a, b, a != b and max(a, b) <= 12
    else:
        month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
    year = int(groups["y"]) if groups.get("y") else _guess_year(month, day, now)
    try:
        day_ = date(year, month, day) if year else None
    except ValueError:
        return None
    if day_ is None:
        return None
    clock, zone = _clock_of(groups, day_)
    if clock is None and groups.get("mon"):
        before = _CLOCK_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before:
            clock, zone = _clock_of(before.groupdict(), day_)
    return Stamp(day_, clock, zone, swappable)


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
    if groups.get("ap1") in ("下午", "晚上") or (groups.get("ap1") == "中午" and hour < 11) or meridiem == "p":
        hour += 12 if hour < 12 else 0
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return None, None
    return time(hour, minute, second), _zone_of(groups, day)


def _zone_of(groups: dict[str, str | None], day: date) -> tzinfo | None:
    off, abbr = groups.get("off"), groups.get("abbr")
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
    """Resolve ``3小时前`` / ``昨天 10:20`` / ``刚刚`` against the fetch time."""
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
    return stamp.day <= (now + timedelta(days=1)).date()


# ---------------------------------------------------------------- the page's head

_BLOCKS = frozenset(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section", "article", "header", "dd", "dt", "dl", "figure", "figcaption", "blockquote", "br", "hr", "address", "main", "center", "pre"])
_CODE = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "select", "textarea"])
_NEVER = _CODE | {"nav", "aside"}
_SKIP_TOKENS = frozenset(["related", "relate", "recommend", "recommended", "rec", "comment", "comments", "reply", "side", "aside", "hot", "rank", "ranking", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright", "social", "tags", "tag", "more", "next", "prev", "pager", "pagination", "ad", "ads", "advert", "banner", "popular", "trending", "newsletter", "subscribe", "xgyd", "tuijian", "xiangguan", "modal", "login"])
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜•»]|\s[-–—·:]\s|——|--|::)\s*")
_SPACE = re.compile(r"\s+")
_UPDATED_CLASS = re.compile(r"updat|modif", re.I)
_GLUE = re.compile(r"(?<=[^\s\x00])\x00+(?=[^\s\x00])")  # "Dec 17, 2025</span><span>Julian": keep apart


@dataclass
class Line:
    """One visual line of the page head: a block's run of inline text."""

    text: str
    element: _Element  # the innermost block element that holds the line
    offset: int  # characters of head text before this line
    stamps: tuple[tuple[str, str], ...] = ()  # (itemprop or "time", machine value) seen inside
    marks: str = ""  # class/id/rel/itemprop of the inline elements inside ("author", "source" ...)


def skipped(el: _Element) -> bool:
    """Related lists, comments, footers, navigation: never a byline's home.

    >>> import lxml.html
    >>> skipped(lxml.html.fragment_fromstring('<div class="related-news">x</div>'))
    True
    """
    if el.tag in _NEVER:
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return not _SKIP_TOKENS.isdisjoint(_TOKEN_SPLIT.split(names)) if names.strip() else False


def headline_element(page: Page) -> _Element | None:
    """The element showing the headline: a heading matching the title, the title's text, an h1."""
    title = _title_key(page)
    first_h1 = None
    for el in page.tree.iter("h1", "h2", "h3"):
        text = _SPACE.sub(" ", el.text_content()).strip()
        if title and len(text) >= 4 and (title in text or text in title):
            return el
        if first_h1 is None and el.tag == "h1" and len(text) >= 4 and el.find(".//img") is None:
            first_h1 = el
    body = page.tree.find("body")
    if first_h1 is not None or not title or body is None:
        return first_h1
    probes = (title[:12], title[-12:])
    for el in body.iter():
        if el.text and el.tag not in _NEVER and el.tag != "a" and any(p in el.text for p in probes):
            return el if isinstance(el.tag, str) else None
    return None


def _title_key(page: Page) -> str | None:
    raw = page.meta_first("og:title", "twitter:title") or page.tree.findtext(".//title") or ""
    parts = [p for p in _TITLE_SPLIT.split(_SPACE.sub(" ", raw).strip()) if p]
    best = max(parts, key=len, default="")
    return best if len(best) >= 4 else None


@dataclass
class Head:
    """Lines around the headline: a few just before it and those that follow it."""

    before: list[Line]
    after: list[Line]


def head_lines(page: Page, max_chars: int = 15000) -> Head:
    """The page's head as lines (the whole body when no headline is found), chrome skipped."""
    anchor = headline_element(page)
    body = page.tree.find("body")
    state = _Walk(started=anchor is None, anchor=anchor, root=body)
    if body is not None:
        walker = etree.iterwalk(body, events=("start", "end"))
        for event, el in walker:
            if state.step(event, el, walker) and state.size > max_chars:
                break
        state.flush()
    return Head(state.lines[: state.split], state.lines[state.split :])


@dataclass
class _Walk:
    """Turns ``iterwalk`` events into :class:`Line` objects; keeps few lines before the anchor."""

    started: bool
    anchor: _Element | None
    root: _Element | None = None
    lines: list[Line] = field(default_factory=list)
    split: int = 0
    parts: list[str] = field(default_factory=list)
    stamps: list[tuple[str, str]] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    blocks: list[_Element] = field(default_factory=list)
    cut: set[int] = field(default_factory=set)
    pending: deque[tuple[str, _Element | None, tuple[tuple[str, str], ...], str]] = field(
        default_factory=lambda: deque(maxlen=4))
    size: int = 0

    def step(self, event: str, el: _Element, walker: etree.iterwalk) -> bool:
        """Consume one event; True while past the anchor."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el is self.anchor:
                self.flush()
                for raw, owner, stamps, marks in self.pending:  # text is cleaned only for the last few
                    self._emit(raw, owner, stamps, marks)
                self.lines.append(Line(_SPACE.sub(" ", el.text_content()).strip(), el, self.size))
                self.started, self.split, self.size = True, len(self.lines), 0
            if not tag or el is self.anchor or (skipped(el) if self.started else tag in _CODE):
                self.cut.add(id(el))
                walker.skip_subtree()
                return self.started
            self._open(el, tag)
        elif tag in _BLOCKS and id(el) not in self.cut:
            self.flush()
            if self.blocks and self.blocks[-1] is el:
                self.blocks.pop()
        if event == "end" and el.tail:
            self.parts.extend(("\x00", el.tail))
        return self.started

    def _open(self, el: _Element, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
            self.blocks.append(el)
        elif el.attrib:
            self.marks.extend(el.get(k) or "" for k in ("class", "id", "rel", "itemprop"))
        prop = (el.get("itemprop") or "").lower()
        value = el.get("datetime") or (el.get("content") if prop else None)
        if value and (tag == "time" or prop in ("datepublished", "datemodified", "datecreated")):
            if not prop and _UPDATED_CLASS.search(el.get("class") or ""):
                prop = "datemodified"
            self.stamps.append((prop or "time", value))
        if el.text:
            self.parts.extend(("\x00", el.text))

    def flush(self) -> None:
        if self.stamps or any(part.strip("\x00 \t\r\n\xa0\u3000") for part in self.parts):
            owner = self.blocks[-1] if self.blocks else self.anchor if self.anchor is not None else self.root
            marks = " ".join(filter(None, self.marks))
            if self.started:
                self._emit("".join(self.parts), owner, tuple(self.stamps), marks)
            else:
                self.pending.append(("".join(self.parts), owner, tuple(self.stamps), marks))
        self.parts.clear()
        self.stamps.clear()
        self.marks.clear()

    def _emit(self, raw: str, owner: _Element | None, stamps: tuple[tuple[str, str], ...], marks: str) -> None:
        text = _SPACE.sub(" ", _GLUE.sub(" ", raw).replace("\x00", "")).strip()
        if text or stamps:
            self.lines.append(Line(text, owner, self.size, stamps, marks))
            self.size += len(text) + 1


# ---------------------------------------------------------------- candidates

_NEAR = 600  # characters after the headline where an unlabelled date counts as the byline's
_PROSE = 150  # a longer line is a paragraph: only a labelled date in it counts
_PUB_LABEL = re.compile(r"(?:时间|日期|发布于?|发表于?|发稿|posted(?: on)?|published(?: on)?|date)\s*[:：]?\s*$", re.I)
_MOD_LABEL = re.compile(r"(更新|修改|updated?|modified|edited|revised)\s*(?:时间|日期|on|at)?\s*[:：]?\s*$", re.I)
_LD_TYPES = ("newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
             "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
             "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting", "webpage",
             "itempage", "creativework", "videoobject", "medicalwebpage", "aboutpage", "qapage")
_META_PUBLISHED = ("article:published_time", "og:published_time", "og:article:published_time",
                   "article:published", "published_time", "datepublished", "publishdate", "publish-date",
                   "publish_date", "pubdate", "pub_date", "publication_date", "parsely-pub-date",
                   "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                   "dc.date.created", "dcterms.created", "weibo: article:create_at", "og:time",
                   "article.published", "date", "created", "datecreated", "og:release_date")
_META_MODIFIED = ("article:modified_time", "og:updated_time", "article:modified", "datemodified",
                  "dc.date.modified", "dcterms.modified", "weibo: article:update_at", "last-modified",
                  "lastmod", "dateupdate", "article.updated")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


_SENTENCE_GOES_ON = re.compile(r"\s*(?:上午|下午|晚上|凌晨|中午|早上|晚)?\s*(?:[，。；;、]|,\s*[a-z\u4e00-\u9fff])")


def _in_sentence(text: str, end: int) -> bool:
    """A date followed by a comma and more words is the story's ("1月3日，记者…"), not its stamp.

    >>> _in_sentence("2019年2月27日下午，调研组到访", 10), _in_sentence("2019-02-27 来源：本报", 10)
    (True, False)
    """
    return bool(_SENTENCE_GOES_ON.match(text, end))


class Candidate(NamedTuple):
    source: str
    stamp: Stamp
    seen: bool = True  # False for machine-readable markup the reader never sees


def _structured(page: Page, which: str, tz: tzinfo | None) -> Candidate | None:
    """JSON-LD first, then meta tags; ``which`` is "published" or "modified"."""
    keys = ("datePublished", "dateCreated") if which == "published" else ("dateModified",)
    for kind in _LD_TYPES:
        for obj in page.json_ld_of_type(kind):
            for key in keys:
                value = obj.get(key)
                stamp = parse_stamp(value, default_tz=tz) if isinstance(value, str) else None
                if stamp:
                    return Candidate("json-ld", stamp)
    for key in _META_PUBLISHED if which == "published" else _META_MODIFIED:
        for value in page.meta.get(key, []):
            stamp = parse_stamp(value, default_tz=tz)
            if stamp:
                return Candidate("meta", stamp)
    return None


def _visible(head: Head, tz: tzinfo | None, now: datetime | None) -> tuple[Candidate | None, Candidate | None]:
    """Published and modified dates shown after the headline, else just above it."""
    after = _Found()
    for i, line in enumerate(head.after):
        after.read(line, head.after[i - 1].text if i else "", tz, now, _NEAR)
    published, modified = after.published(), after.modified
    if published is None or modified is None:
        before = _Found()
        for i, line in enumerate(head.before):
            before.read(line, head.before[i - 1].text if i else "", tz, now, None)
        published, modified = published or before.published(), modified or before.modified
    return published, modified


@dataclass
class _Found:
    """What a scan of lines found: the first byline-like date, the first labelled one, an update."""

    first: Candidate | None = None
    labelled: Candidate | None = None
    labelled_at: int = 0
    modified: Candidate | None = None

    def published(self) -> Candidate | None:
        """A labelled date near the headline beats an earlier unlabelled one; far away it is a fallback."""
        labelled, first = self.labelled, self.first
        if labelled is None or first is None:
            return labelled or first
        if _names_day(labelled.stamp, first.stamp.day):
            return first if first.stamp.clock and not labelled.stamp.clock else labelled
        return labelled if self.labelled_at < _NEAR else first

    def read(self, line: Line, previous: str, tz: tzinfo | None, now: datetime | None, window: int | None) -> None:
        hits = list(find_stamps(line.text, now=now, default_tz=tz)) if line.text else []
        updated_line = bool(_UPDATED_CLASS.search(line.text[:24]))
        for kind, value in line.stamps:
            stamp = parse_stamp(value, default_tz=tz)
            if stamp is None:
                continue
            seen = any(abs((hit[2].day - stamp.day).days) <= 1 for hit in hits)
            if kind == "datemodified" or (kind == "time" and updated_line):
                self.modified = self.modified or Candidate("time", stamp, seen)
            else:
                self.first = self.first or Candidate("time", stamp, seen)
        near = (window is None or line.offset < window) and len(line.text) <= _PROSE
        for offset, end, stamp in hits:
            before = line.text[max(0, offset - 16):offset]
            if offset < 3 and len(previous) < 12:
                before = previous + before
            if _MOD_LABEL.search(before):
                self.modified = self.modified or Candidate("text", stamp)
            elif _PUB_LABEL.search(before):
                if self.labelled is None:
                    self.labelled, self.labelled_at = Candidate("text", stamp), line.offset
            elif near and self.first is None and not _in_sentence(line.text, end):
                self.first = Candidate("text", stamp)


def url_date(url: str | None) -> date | None:
    """The day a dated URL path names; never a time.

    >>> url_date("https://example.com/news/2025/01/22/a-story.html")
    datetime.date(2025, 1, 22)
    >>> url_date("https://example.com/a/20250122/942.html"), url_date("https://example.com/p/123")
    (datetime.date(2025, 1, 22), None)
    """
    if not url:
        return None
    m = _URL_DATE.search(urlsplit(url).path)
    try:
        return date(int(m[1]), int(m[3]), int(m[4])) if m else None
    except ValueError:
        return None


def page_timezone(page: Page) -> tzinfo | None:
    """The zone a page's naive times are in, when its language or host makes it clear.

    Chinese pages (any script), .cn/.hk/.tw/.mo hosts: UTC+8; Japanese and Korean: UTC+9.
    Other pages get None: an English page may be written anywhere.
    """
    lang = (page.tree.get("lang") or page.meta_first("content-language", "og:locale", "language") or "")
    lang = lang.lower().replace("_", "-")
    host = (urlsplit(page.url).hostname or "") if page.url else ""
    if lang.startswith("zh") or host.endswith((".cn", ".hk", ".tw", ".mo")):
        return UTC8
    if lang.startswith(("ja", "ko")) or host.endswith((".jp", ".kr")):
        return timezone(timedelta(hours=9))
    if not lang and re.search(r"[\u4e00-\u9fff]", page.tree.findtext(".//title") or ""):
        return UTC8
    return None


def _decide(structured: Candidate | None, shown: Candidate | None) -> Candidate | None:
    """Prefer what the reader sees when it adds a time or contradicts the markup.

    A day off by one against a zoned timestamp is a time-zone rendering, not a contradiction.
    """
    if structured is None or shown is None:
        return structured or shown
    s, v = structured.stamp, shown.stamp
    if shown.source == "time":  # markup: its day may be visible, its clock and offset rarely are
        if shown.seen and s.day != v.day and not _same_day_somewhere(s, v.day):
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
        return shown if s.tz is None or s.moment() != v.moment() or s.tz != v.tz else structured
    gap = datetime.combine(v.day, v.clock) - datetime.combine(s.day, s.clock)
    if abs(gap) < timedelta(minutes=1):
        return structured
    if s.tz is None:
        return shown
    if gap % timedelta(minutes=30) == timedelta(0) and abs(gap) <= timedelta(hours=14):
        zone = timezone(s.tz.utcoffset(None) + gap)  # the same instant, in the reader's zone
        return shown._replace(stamp=v._replace(tz=zone))
    return shown._replace(stamp=v._replace(tz=s.tz))


def _same_day_somewhere(stamp: Stamp, day: date) -> bool:
    """Whether some zone on Earth (UTC-12..UTC+14) shows the instant ``stamp`` on ``day``."""
    moment = stamp.moment()
    if moment is None:
        return False
    utc = moment.astimezone(UTC)
    return (utc - timedelta(hours=12)).date() <= day <= (utc + timedelta(hours=14)).date()


def extract_dates(page: Page) -> DateResult:
    """Published and modified dates with where each came from."""
    tz = page_timezone(page)
    now = page.fetched_at
    lines = head_lines(page)
    url_day = url_date(page.url)
    shown_pub, shown_mod = _visible(lines, tz, now)
    structured = _structured(page, "published", tz)
    shown_pub = _settle(shown_pub, structured.stamp.day if structured else url_day)
    published = _decide(structured, shown_pub)
    modified = _structured(page, "modified", tz) or shown_mod
    feed = page.hints.get("datePublished")
    feed_stamp = _hint_stamp(feed, tz)
    if feed_stamp and (published is None or (published.stamp.clock is None and feed_stamp.day == published.stamp.day)):
        published = Candidate("feed", feed_stamp)
    if published is None and modified is not None and url_day in (None, modified.stamp.day):
        published = modified
    if published is None and url_day is not None:
        published = Candidate("url", Stamp(url_day))
    zone = _page_offset(published, structured, modified) or tz
    return DateResult(
        published=published.stamp.iso(zone) if published else None,
        modified=modified.stamp.iso(zone) if modified else None,
        published_source=published.source if published else None,
        modified_source=modified.source if modified else None,
    )


def _names_day(stamp: Stamp, day: date) -> bool:
    """Whether ``stamp`` is ``day``, possibly read the other way round (04/03 vs 03/04)."""
    mine = stamp.day
    return mine == day or (stamp.swappable and mine.replace(month=mine.day, day=mine.month) == day)


def _settle(shown: Candidate | None, known: date | None) -> Candidate | None:
    """Read an ambiguous 04/03/2025 the way another source of the page confirms."""
    if shown is None or known is None or shown.stamp.day == known or not _names_day(shown.stamp, known):
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
