"""The persons a page credits: bylines, 记者/作者 labels, datelines' reporters and account names.

The scan only records what each line credits, kind by kind (:class:`Evidence`), the outlets
that :mod:`~newscrawl.extract.outlets` reads in the same lines included; which credit wins is
decided in :mod:`~newscrawl.extract.authors`. What one line credits is read by
:mod:`~newscrawl.extract.linecredits`, and what a Chinese credit line names by
:mod:`~newscrawl.extract.zhcredits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from lxml.etree import _Element

from newscrawl.extract.bylinemarks import author_holder, inline_marked, named_text
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.linecredits import NO_CREDITS, Credits, names_in_line
from newscrawl.extract.namelists import leading_names
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, ZH_ROLE_WORD, clean_name, is_person
from newscrawl.extract.outlets import line_notices, outlets_in_line
from newscrawl.extract.zhcredits import paren_tail

_CITATION = re.compile(r"[^,]+,\s*(?:\d{4}|[A-Z][a-z]+\s+\d{4})\b")  # "Wave Study by Jane Doe, 1721": a work


@dataclass
class Evidence:
    """Credits found in the head's lines, by kind, each in document order."""

    labelled: list[list[str]] = field(default_factory=list)  # per line: 记者 X / 作者：X / By X / bylines
    bylines: list[list[str]] = field(default_factory=list)  # those lines but "Title by X" in running text
    # one-word names given after an explicit "By", or alone in an author-name element near the headline
    pen_names: set[str] = field(default_factory=set)
    trailing: list[str] = field(default_factory=list)  # （X） closing the story
    dateline: list[str] = field(default_factory=list)  # "March 4, 2025 • Dana Whitfield • 12 reads"
    distant: list[list[str]] = field(default_factory=list)  # author-classed elements far below the headline
    loose: list[list[str]] = field(default_factory=list)  # "Title by X" in running text, per line
    sources: list[str] = field(default_factory=list)  # 来源：X near the headline
    opening: list[str] = field(default_factory=list)  # 新华社北京1月12日电, 【明報專訊】 near the headline
    dated: list[str] = field(default_factory=list)  # "2012-01-12 16:34 中国台湾网": the outlet after the date
    notices: list[str] = field(default_factory=list)  # 著作权归X所有, originally published by X
    marked: list[str] = field(default_factory=list)  # bare text in a class="source" element
    accounts: list[str] = field(default_factory=list)  # author-classed text that is no person


_HAN = re.compile(HAN)
_SEPARATOR = re.compile(r"[•·|]")  # compiled once: searched on every line of the head


def _closes_credit(text: str, name: str) -> bool:
    """Whether a one-word name ends its credit ("By Clay | May 5"), not a phrase ("By Ask the Doctors").

    Matched in place after the name, not on a copy of the rest: a line may name hundreds."""
    after = _AFTER_NAME.match(text, text.find(name) + len(name))
    return after is None or after["word"] is None


# What follows a name: "in"/"on"/"at"/"and" before more words (the credit goes on: "By Clay in
# Food"), or a letter (a phrase goes on); anything else (a separator, a date, the end) closes it.
_AFTER_NAME = re.compile(r"\s*(?:(?:in|on|at|and)(?=\s+\S)|(?P<word>[^\W\d_]))")


@dataclass
class ScanMemo:
    """What the scan read per line and per element over one page, for a second scan to reuse: the
    closing lines (:mod:`~newscrawl.extract.authortail`) walk many of the head's blocks again.
    Safe to share: the key holds all a line's credits depend on, and no reader adds to them."""

    # A line's credits and author-classed block, by what :func:`names_in_line` reads of it (its
    # element, text and inline marks) and of its place (the previous line's text, nearness).
    credits: dict[tuple[_Element, str, str, str, bool], tuple[Credits, _Element | None]] = field(
        default_factory=dict
    )
    classed: dict[_Element, bool] = field(default_factory=dict)  # author_holder's: siblings share a parent


def _line_credits(
    head: Head, foreign: Foreign | None = None, memo: ScanMemo | None = None
) -> Iterator[tuple[int, Line, bool, Credits, _Element | None]]:
    """Each line of the head with its index, whether it is near the headline, what it credits
    (nothing when ``foreign`` says the credit is another item's) and its author-classed block."""
    lines = [*head.before, *head.after]
    start = len(head.before)
    memo = memo or ScanMemo()
    for i, line in enumerate(lines):
        near = i < start or line.offset < 1500
        previous = lines[i - 1].text if i else ""
        holder = None if near else author_holder(line, memo.classed)
        if not near and _bare_far(line, previous, holder):
            yield i, line, near, NO_CREDITS, None  # most lines far down: nothing to keep
            continue
        key = (line.element, line.text, line.marks, previous, near)
        found = memo.credits.get(key)
        if found is None:
            holder = author_holder(line, memo.classed) if near else holder
            found = memo.credits[key] = (names_in_line(line, previous, near, holder), holder)
        credits, holder = found
        if credits is not NO_CREDITS and _anothers(line.element, credits, foreign):
            credits = NO_CREDITS
        yield i, line, near, credits, holder


def _bare_far(line: Line, previous: str, holder: _Element | None) -> bool:
    """Whether a line far below the headline credits nothing, as :func:`names_in_line` would find: in
    Latin script (no Chinese label, and none alone on the line before), with no author markup. Far
    down, those are all a line's credits can come from."""
    return holder is None and line.text.isascii() and previous.isascii() and not inline_marked(line)


def _anothers(el: _Element, credits: Credits, foreign: Foreign | None) -> bool:
    """Whether a line's credit is another item's: ``foreign`` says so, or it sits on a story card."""
    marked = [*credits.labelled, *credits.marked]
    if foreign is not None and marked and foreign(el, marked) is not None:
        return True
    return _teaser(el, [n for names in credits for n in names])


def _teaser(el: _Element, names: list[str]) -> bool:
    """Whether a credit sits in a list item that also links another story by its title (a "most
    read" card: the story's title, then its own byline): the credit is that story's."""
    item = el if el.tag == "li" else next((a for a in islice(el.iterancestors(), 3) if a.tag == "li"), None)
    return item is not None and any(_story_link(a, names) for a in item.iter("a"))


def _story_link(link: _Element, names: list[str]) -> bool:
    """A link whose text is a title of four words or more, no credited name."""
    text = link.text_content()
    return len(text.split()) >= 4 and not any(n in text for n in names)


def _labelled(credits: Credits, near: bool) -> list[str] | None:
    """A line's names when they count as labelled: after a label or in a byline element near the top."""
    return [n for names in credits for n in names] if credits.labelled or (credits.marked and near) else None


# The heading of another item than the article (a book, a related story) that a credit in an element
# belongs to, given the names it credits, or None: see itemcredits.item_heading.
Foreign = Callable[[_Element, list[str]], "_Element | None"]


def labelled_credits(
    head: Head, foreign: Foreign | None = None, memo: ScanMemo | None = None
) -> list[list[str]]:
    """:attr:`Evidence.labelled` alone, for a reader that needs nothing else of :func:`scan_head`;
    ``memo`` reuses what an earlier scan of the page read (see :class:`ScanMemo`)."""
    return [
        names
        for _, line, near, credits, _ in _line_credits(head, foreign, memo)
        if (names := _labelled(credits, near))
    ]


def scan_head(
    head: Head, site: set[str], foreign: Foreign | None = None, memo: ScanMemo | None = None
) -> Evidence:
    """What the head's lines credit, kind by kind; ``site`` holds the names the site gives itself,
    ``foreign`` tells a credit of another item on the page (a book's 作者 below the article), and
    ``memo`` keeps what each line credits for a later scan of the page (see :class:`ScanMemo`)."""
    ev = Evidence()
    lines = [*head.before, *head.after]
    for i, line, near, credits, holder in _line_credits(head, foreign, memo):
        text = line.text
        if credits is not NO_CREDITS:  # most lines: nothing to record
            _record(ev, line, near, credits)
        tail = paren_tail(text) if len(text) > 30 and not text.isascii() else []
        if tail and len(lines[i + 1].text if i + 1 < len(lines) else "") < 60:
            ev.trailing += tail
        if not near:  # far below the headline, a line's outlet is only a notice's: no dateline, no label
            line_notices(text, ev)
            continue
        separated = len(text) < 120 and _SEPARATOR.search(text) is not None
        if separated and next(find_stamps(text), None):
            ev.dateline += [n for part in re.split(r"\s*[•·|]\s*", text) for n in _whole_names(part)]
        outlets_in_line(line, near, ev, after=i >= len(head.before), following=lines[i + 1 : i + 3])
        # An author-classed block near the top showing no person: an account (isascii() passes Latin fast).
        if holder is not None and not text.isascii() and _HAN.search(text):
            ev.accounts += _account(text, site)
    return ev


def _record(ev: Evidence, line: Line, near: bool, credits: Credits) -> None:
    """Adds what one line credits to ``ev``, by kind."""
    if credits.labelled or credits.marked:
        ev.bylines.append(credits.labelled + credits.marked)
    labelled = _labelled(credits, near)
    if labelled is not None:
        ev.labelled.append(labelled)
    elif credits.marked:
        ev.distant.append(credits.marked)  # an author element far down: an author box, a footer credit
    elif credits.loose and not _CITATION.match(line.text[line.text.find(credits.loose[-1]) :]):
        ev.loose.append(credits.loose)
    if credits.labelled:
        ev.pen_names.update(n for n in credits.labelled if " " not in n and _closes_credit(line.text, n))
    if credits.marked and near and any(" " not in n for n in credits.marked):
        named = named_text(line)  # a handle the page sets in its author-name element ("kingname")
        if named in credits.marked:
            ev.pen_names.add(named)


def _account(text: str, site: set[str]) -> list[str]:
    """The account name an author-classed line shows when it is no person ("新华社客户端"), else none."""
    name = clean_name(EDITOR.split(text)[0])
    account = 4 < len(name) <= 20 and not re.search(r"[\d:：\s]", name)
    account = account and not ZH_ROLE_WORD.search(name)
    return [name] if account and not is_person(name, site) else []


def listed_with(head: Head, names: list[str]) -> list[str]:
    """The name list of a line near the headline that opens with ``names[0]`` and holds them all.

    Markup often credits the first author only while the page lists all of them.
    """
    if re.search(HAN, names[0]):
        return []
    first = names[0].casefold()
    wanted = {n.casefold() for n in names}
    for line in [*head.before, *head.after]:
        if line.offset >= 1500 and line in head.after:
            break
        if len(line.text) > 200 or first not in line.text.casefold():
            continue
        listed = leading_names(BY_LABEL.sub("", line.text, count=1))
        if listed and listed[0].casefold() == first and wanted <= {n.casefold() for n in listed}:
            return listed
    return []


def _whole_names(part: str) -> list[str]:
    """A dateline segment that starts with a list of (Latin-script) names of two words or more."""
    if re.search(HAN, part) or not re.match(r"\W*[A-Z]", part):
        return []
    names = leading_names(BY_LABEL.sub("", part))
    return names if names and all(len(n.split()) >= 2 and is_person(n) for n in names) else []
