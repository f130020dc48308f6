"""Dates the page shows: labelled, byline-like and ``<time>`` stamps in the lines by the headline.

The scan records the first plausible date of each kind (:class:`Candidate` says where it came
from); weighing them against the structured data is left to :mod:`~newscrawl.extract.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from itertools import islice
from typing import NamedTuple

from newscrawl.extract.datetext import Stamp, find_stamps, may_hold_date, names_day, parse_stamp
from newscrawl.extract.dom import plain_text
from newscrawl.extract.headwalk import Head, Line
from newscrawl.urls import split_url

_NEAR = 600  # characters after the headline where an unlabelled date counts as the byline's
_PROSE = 150  # a longer line is a paragraph: only a labelled date in it counts
_PUB_LABEL = re.compile(
    r"(?:[时時][间間]|日期|(?P<verb>[发發][布佈表稿])(?P<yu>[于於])?"
    r"|posted(?: on)?|published(?: on)?|date|post(?:ed)? time)\s*(?P<colon>[:：])?\s*$",
    re.I,
)
# "当地时间12月8日21时20分", "北京时间今晨": a zone's name before 时间 tells the time of an event
# in a sentence, never labels the article's date.
_ZONE_TIME = re.compile(
    r"(?:[当當本]地|北京|香港|澳[门門]|台北|臺北|[东東西中]部|太平洋|格林[尼威]治|[国國京约約敦])[时時][间間]\s*[:：]?\s*$"
)
_MOD_LABEL = re.compile(
    r"(更新|修改|updated?|modified|edited|revised)\s*(?:[时時][间間]|日期|[于於]|on|at)?"
    r"\s*[:：]?\s*$",
    re.I,
)
_HAN = re.compile(r"[\u3400-\u9fff]")
# Labels of another event's date ("Recorded on", "Aired:", "Joined", "Expires"): not the article's.
_OTHER_LABEL = re.compile(
    r"(?:recorded|aired|filmed|broadcast|taped|joined|born|died|expires?|expired|valid until|deadline)"
    r"\s*(?:on|at)?\s*[:：]?\s*$",
    re.I,
)
# "This article was originally published on …": the page says outright which date is the first.
_ORIGINAL_LABEL = re.compile(r"(?:originally|first)\s+(?:published|posted)\s*(?:on|at)?\s*[:：]?\s*$", re.I)
_UPDATED_LINE = re.compile(r"updat|modif", re.I)  # "Updated 3:04 PM" opening a line
_BYLINE = re.compile(r"(?:[a-z]+ )?by\s+\w", re.I)  # "By …", "Written by …", "Interview by …"

_SENTENCE_GOES_ON = re.compile(
    r"\s*(?:上午|下午|晚上|凌晨|中午|早上|晚)?\s*"
    r"(?:[，。；;、]|,\s*[a-z\u4e00-\u9fff])"
)
# A verb or a preposition of time just before a date makes it the object of a sentence
# ("the deadline is April 15, 2025", "file by April 15, 2025"); a dateline never reads so.
_SENTENCE_LEADS_IN = re.compile(r"\b(?:is|was|are|were|be|been|until|till|before|after|since|through|by)\s+$")


def _in_sentence(text: str, start: int, end: int) -> bool:
    """A date the line's words run into or on from is the story's ("1月3日，记者…"), not its stamp.

    >>> _in_sentence("2019年2月27日下午，调研组到访", 0, 10), _in_sentence("2019-02-27 来源：本报", 0, 10)
    (True, False)
    >>> _in_sentence("The deadline is April 15, 2025. Plan ahead.", 16, 30)
    True
    """
    return bool(
        _SENTENCE_GOES_ON.match(text, end) or _SENTENCE_LEADS_IN.search(text, max(0, start - 12), start)
    )


_NO_WORDS = re.compile(r"[\W_]*")  # bullets, brackets, spaces: "· ", "・ ", "["
_MAX_LINKS = 100  # links of one block looked at: a related list's, or a layout cell's first


def _dates_linked_title(line: Line, start: int) -> bool:
    """A date right after a link with a headline's length that opens the line ("· 标题 2011.12.31")
    dates the linked story: an item of a related list under the article, not its dateline.

    >>> from lxml.html import fragment_fromstring as html
    >>> def line(markup): return Line(" ".join(plain_text(html(markup)).split()), html(markup), 0)
    >>> _dates_linked_title(line('<li>・ <a href="/a/1.html">中国治理欠薪十年历程</a> 2010-12-31</li>'), 13)
    True
    >>> source = '<p>来源：<a href="http://a.example/">人民网-人民日报海外版</a> 2012-01-12</p>'
    >>> _dates_linked_title(line(source), 17)
    False
    """
    text = line.text
    for link in islice(line.element.iter("a"), _MAX_LINKS):
        title = " ".join(plain_text(link).split())
        at = text.find(title) if _headline_sized(title) else -1
        if (
            at >= 0
            and at + len(title) <= start
            and _NO_WORDS.fullmatch(text, 0, at)
            and _NO_WORDS.fullmatch(text, at + len(title), start)
            and _article_link(link.get("href"))
        ):
            return True
    return False


def _headline_sized(text: str) -> bool:
    """Long enough for a story's title (eight Han characters, five words), not a name or an outlet."""
    return len(_HAN.findall(text)) >= 8 or len(text.split()) >= 5


def _article_link(href: str | None) -> bool:
    """A link to a page below a site's root: a story, not an outlet's home page."""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    parts = split_url(href)
    return parts is not None and bool(parts.path.strip("/"))


def _reads_as_dateline(line: Line, start: int, end: int) -> bool:
    """An unlabelled date that neither a sentence runs into nor a related story's link precedes;
    a byline's "on …" date is one whatever follows it ("Posted by A, B on 2019-02-15, all posts")."""
    if _byline_on(line.text, start):
        return True
    return not _in_sentence(line.text, start, end) and not _dates_linked_title(line, start)


# "By Jane Doe on", "Posted by A, B and C on": a short credit that hands over to its date, opening the
# line or a sentence of it (a deck and its byline set inline: "… and Canada. By Jane Doe on Dec. 19, 2025").
_BYLINE_ON = re.compile(r"(?:^|(?<=[.!?])\s+)(?:[a-z]+ )?by\s+\w[^.!?:;]{0,60}\son\s+$", re.I)
# "April 17, 2015 -- Imagine …": a wire dateline opening the lead paragraph.
_LEAD_DATELINE = re.compile(r"\s*(?:--|[—–])\s")


def _byline_on(text: str, start: int) -> bool:
    """Whether a byline's "on" hands over to the date at ``start`` (see :data:`_BYLINE_ON`)."""
    return " on" in text[max(0, start - 4) : start] and bool(_BYLINE_ON.search(text, 0, start))


def _opens_lead(text: str, start: int, end: int) -> bool:
    """A date that opens a paragraph and hands over with a dash, the way wire copy is dated."""
    return start == 0 and bool(_LEAD_DATELINE.match(text, end))


def _label(text: str, offset: int, previous: str) -> str | None:
    """Which label ("Updated", "发布时间：", "Recorded on") leads to the date at ``offset``:
    modified, published, original (first published), other or None."""
    before = text[max(0, offset - 16) : offset]
    borrowed = len(previous) if offset < 3 and len(previous) < 12 else 0
    before = previous[:borrowed] + before
    if _ORIGINAL_LABEL.search(text, max(0, offset - 32), offset):
        return "original"
    if _MOD_LABEL.search(before):
        return "modified"
    published = _PUB_LABEL.search(before)
    if published and not _bare_verb(published, before, borrowed) and not _ZONE_TIME.search(before):
        return "published"
    return "other" if _OTHER_LABEL.search(before) else None


def _bare_verb(label: re.Match[str], before: str, borrowed: int) -> bool:
    """A bare 发布/發表 (no colon, no 于) that ends a run of Han text is the sentence's verb, not a
    label: a related title "…指引发布 2011.12.31" reads so. Alone on the line before the date it is
    a button's word ("發佈" under a comment form) as often as a label, so it only labels its own line.

    >>> [_label(text, len(text), "") for text in ("指引发布 ", "发布 ", "記者 發佈於 ", "發佈時間：")]
    [None, 'published', 'published', 'published']
    >>> _label("2012/01/12 10:27", 0, "發佈"), _label("2012/01/12 10:27", 0, "發佈：")
    (None, 'published')
    """
    at = label.start("verb")
    if at < 0 or label.group("yu") is not None or label.group("colon") is not None:
        return False
    return at < borrowed or (at > 0 and bool(_HAN.match(before, at - 1)))


class Candidate(NamedTuple):
    """A date found on the page, with the kind of evidence it is."""

    source: str
    stamp: Stamp
    seen: bool = True  # False for machine-readable markup the reader never sees
    labelled: bool = False  # the page names the date ("Posted on", "发布时间：") as the article's
    clock_seen: bool = False  # a ``<time>`` whose own text prints its machine value's day and clock
    far: bool = False  # a ``<time>`` far below the headline, taken for want of a nearer date


def shown_dates(
    head: Head, tz: tzinfo | None, now: datetime | None
) -> tuple[Candidate | None, Candidate | None]:
    """Published and modified dates shown after the headline, else just above it."""
    after = _Found()
    for i, line in enumerate(head.after):
        after.read(line, head.after[i - 1].text if i else "", tz, now, _NEAR)
    published, modified = after.published(), after.modified
    if not after.near() or modified is None:
        before = _Found()
        for i, line in enumerate(head.before):
            before.read(line, head.before[i - 1].text if i else "", tz, now, None)
        if not after.near():  # a dateline just above the headline beats one far below it
            published = _with_clock(before.published(), published)
        modified = modified or before.modified
    return published, modified


def _with_clock(first: Candidate | None, other: Candidate | None) -> Candidate | None:
    """``first``, unless ``other`` names the same day and adds the time of day it lacks."""
    if first is None or other is None:
        return first or other
    if (
        first.stamp.clock is None
        and other.stamp.clock is not None
        and names_day(first.stamp, other.stamp.day)
    ):
        return other
    return first


def _as_read(stamp: Stamp, shown: list[Stamp]) -> Stamp:
    """A ``<time>`` whose own text names the day before or after its machine value was rendered in
    a zone the markup does not state (``datetime="…24T04:13Z"`` shown as "February 23"), or the
    machine value is naive and a day off: the reader's day is the one to keep, without a time
    of day we could only guess."""
    near = [other.day for other in shown if abs((other.day - stamp.day).days) <= 1]
    if not near or stamp.day in near:
        return stamp
    return Stamp(near[0])


def _shown_again(found: Candidate | None, cand: Candidate) -> Candidate:
    """The first markup stamp, or its twin further on whose text shows it (an empty ``<time>``
    for machines, then the printed one)."""
    if found is None:
        return cand
    again = found.source == "time" and not found.seen and cand.seen and found.stamp == cand.stamp
    return cand if again else found


def _printed_at(stamp: Stamp, hits: list[tuple[int, int, Stamp]]) -> int | None:
    """Which of the line's dates prints the day and the time of day of a ``<time>``'s machine
    value: the whole stamp is then what the reader sees, and that date's label is the stamp's."""
    clock = stamp.clock
    if clock is None:
        return None
    for i, (_start, _end, hit) in enumerate(hits):
        if (
            hit.day == stamp.day
            and hit.clock is not None
            and hit.clock.replace(second=0) == clock.replace(second=0)
        ):
            return i
    return None


def late_date(lines: list[Line], tz: tzinfo | None) -> Candidate | None:
    """A labelled date anywhere in ``lines``: "Posted on …" or a date line under "Written by …".

    A last resort for pages that print their date only at the article's end, past the head walk.
    """
    for i, line in enumerate(lines):
        if not line.text or len(line.text) > _PROSE or not may_hold_date(line.text, relative=False):
            continue
        previous = lines[i - 1].text if i else ""
        for offset, _end, stamp in find_stamps(line.text, default_tz=tz):
            byline = offset < 3 and len(previous) < 80 and bool(_BYLINE.match(previous))
            labelled = not byline and _label(line.text, offset, previous) in ("published", "original")
            if byline or labelled:
                return Candidate("text", stamp, labelled=labelled)
    return None


@dataclass
class _Found:
    """What a scan of lines found: the first byline-like date, the first labelled one, an update."""

    first: Candidate | None = None
    labelled: Candidate | None = None
    labelled_at: int = 0
    modified: Candidate | None = None
    far: Candidate | None = None  # a <time> past the window: a related item as often as the dateline
    original: Candidate | None = None  # "originally published on …", wherever it is

    def near(self) -> bool:
        """Whether the scan found a published date close enough to the headline to trust."""
        return (
            self.first is not None
            or self.original is not None
            or (self.labelled is not None and self.labelled_at < _NEAR)
        )

    def published(self) -> Candidate | None:
        """A labelled date near the headline beats an earlier unlabelled one; far away it is a fallback.

        A date the page calls the original publication beats both: the others are re-publications.
        """
        if self.original is not None:
            return self.original
        labelled, first = self.labelled, self.first
        if labelled is None or first is None:
            return labelled or first or self.far
        if names_day(labelled.stamp, first.stamp.day):
            return _with_clock(labelled, first)
        return labelled if self.labelled_at < _NEAR else first

    def read(
        self, line: Line, previous: str, tz: tzinfo | None, now: datetime | None, window: int | None
    ) -> None:
        """Take the dates one line shows: markup stamps, labelled, or byline-like ones near the top."""
        worth = line.text and may_hold_date(line.text, relative=now is not None)
        hits = list(find_stamps(line.text, now=now, default_tz=tz)) if worth else []
        if not hits and not line.stamps:
            return  # most lines: no date to take
        labels = [_label(line.text, offset, previous) for offset, _end, _stamp in hits]
        within = window is None or line.offset < window
        # Asked only of a line with markup stamps (few are): a regex search for each line else.
        updated_line = bool(line.stamps) and bool(_UPDATED_LINE.search(line.text[:24]))
        for kind, value in line.stamps:
            stamp = parse_stamp(value, default_tz=tz)
            if stamp is None:
                continue
            shown = [
                label
                for hit, label in zip(hits, labels, strict=True)
                if abs((hit[2].day - stamp.day).days) <= 1
            ]
            if shown[:1] == ["other"]:
                continue
            printed = _printed_at(stamp, hits)  # the hit that prints this very stamp, if one does
            if printed is not None:
                shown = [labels[printed]]
            stamp = _as_read(stamp, [hit[2] for hit in hits])
            cand = Candidate("time", stamp, bool(shown), clock_seen=printed is not None)
            if kind == "datemodified" or (kind == "time" and (updated_line or "modified" in shown[:1])):
                self.modified = self.modified or cand
            elif within:
                self.first = _shown_again(self.first, cand)
            else:
                self.far = _shown_again(self.far, cand._replace(far=True))
        short = within and len(line.text) <= _PROSE
        for (start, end, stamp), label in zip(hits, labels, strict=True):
            near = short or (within and (_opens_lead(line.text, start, end) or _byline_on(line.text, start)))
            if label == "modified":
                self.modified = self.modified or Candidate("text", stamp)
            elif label == "original":
                self.original = self.original or Candidate("text", stamp, labelled=True)
            elif label == "published":
                if self.labelled is None and not _dates_linked_title(line, start):
                    self.labelled, self.labelled_at = Candidate("text", stamp, labelled=True), line.offset
            elif label is None and near and self.first is None and _reads_as_dateline(line, start, end):
                self.first = Candidate("text", stamp)
