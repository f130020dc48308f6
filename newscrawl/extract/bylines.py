"""The persons a page credits: bylines, 记者/作者 labels, datelines' reporters and account names.

The scan only records what each line credits, kind by kind (:class:`Evidence`), the outlets
that :mod:`~newscrawl.extract.outlets` reads in the same lines included; which credit wins is
decided in :mod:`~newscrawl.extract.authors`. What a Chinese credit line names is read by
:mod:`~newscrawl.extract.zhcredits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from lxml.etree import _Element

from newscrawl.extract.bylinemarks import (
    author_holder,
    credit_texts,
    inline_marked,
    named_text,
    profile_links,
)
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.dom import all_linked, caseless_search
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.namelists import leading_names
from newscrawl.extract.names import (
    BY_LABEL,
    EDITOR,
    HAN,
    ORG_TAIL,
    ZH_ROLE_WORD,
    clean_name,
    handle,
    is_person,
)
from newscrawl.extract.outlets import line_notices, outlet_writer, outlets_in_line
from newscrawl.extract.zhcredits import paren_tail, zh_labelled

_MID_BY = re.compile(  # the lead look-ahead spares each other position the look-behinds
    r"(?=\s+by\s)(?<!photo)(?<!image)(?<!powered)(?<!edited)(?<!reviewed)(?<!checked)(?<!sponsored)"
    r"(?<!illustration)(?<!illustrated)(?<!designed)(?<!produced)(?<!translated)(?<!hosted)"
    r"(?<!presented)(?<!made)(?<!built)(?<!theme)(?<!brought to you)(?<!portrait)(?<!photograph)"
    r"(?<!photos)(?<!drawing)(?<!painting)(?<!artwork)(?<!cartoon)(?<!graphic)(?<!graphics)"
    r"(?<!prepared)(?<!compiled)(?<!updated)\s+by\s+(?=[A-Z])",
    re.I,
)
_CITATION = re.compile(r"[^,]+,\s*(?:\d{4}|[A-Z][a-z]+\s+\d{4})\b")  # "Wave Study by Jane Doe, 1721": a work
_CAPTION = caseless_search(re.compile(r"figcaption|caption|photo|image-credit|img-credit", re.I))


@lru_cache(maxsize=2048)
def _caption(tag: str, names: str) -> bool:
    """Whether a block is a picture's caption or credit, by its tag and class: memoised on the pair,
    which a site repeats, so no string is built for every line of the head."""
    return _CAPTION(f"{tag} {names}")


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


class Credits(NamedTuple):
    """What one line credits, by strength of the evidence."""

    labelled: list[str]  # after an explicit label (By, Written by, 记者, 作者) or in a profile link
    marked: list[str]  # the text of an element classed as the byline
    loose: list[str]  # after a "by" inside running text ("Wakoku Chiyekurabe by Kan Chu Sen")


def _names_in_line(line: Line, previous: str, near: bool, holder: _Element | None) -> Credits:
    """Persons a line credits: Chinese role labels anywhere short, "By" and byline elements near the top.

    ``holder`` is the line's author-classed block (see :func:`author_holder`), found by the caller.
    """
    text = line.text
    if previous in _LEAD_LABELS:
        text = f"{previous} {text}"
    found = _worded_credits(text, near)
    if found and _linked_title(line, found[-1]):
        found = []  # another story's title ("口述：老婆偷人 用了17根香烟的时间"), linked
    if found or len(text) > 160:
        found = found or (_dated_row(text) if near else [])
        return Credits(found, [], []) if found else _NO_CREDITS
    # Most lines hold no "By", no author markup and (far down) no link that counts: they credit
    # nothing whatever the tests below say, so those tests (the caption's first) are not run.
    labelled = near and BY_LABEL.match(text) is not None
    by = near and len(text) <= 100 and "by" in text.lower()
    marked = holder is not None or inline_marked(line)
    if not (labelled or by or marked):
        return _linked_credits(line, text) if near else _NO_CREDITS
    if _caption(line.element.tag, line.element.get("class", "")):
        return _NO_CREDITS
    edited = EDITOR.match(text)
    if labelled and not edited:
        credit = named_text(line) or EDITOR.split(BY_LABEL.sub("", text, count=1))[0]
        shown = handle(credit) if _BY_WORD.match(text) else []  # "Author information" is no credit
        return Credits(leading_names(credit) or shown, [], [])
    mid = _MID_BY.search(text) if by else None
    loose = leading_names(EDITOR.split(text[mid.end() :])[0]) if mid else []
    names: list[str] = []
    for credit in credit_texts(line, holder) if marked and not edited else ():
        stamp = next(find_stamps(credit), None)
        if stamp and stamp[0] <= 2:
            credit = credit[stamp[1] :].lstrip(" ,|•·-")
        label = BY_LABEL.match(credit)
        if label is None and (by_mid := _MID_BY.search(credit)):
            credit = credit[by_mid.end() :]  # "Government Websites by CivicPlus": the maker follows "by"
        credited = leading_names(EDITOR.split(credit[label.end() :] if label else credit)[0])
        (found if label else names).extend(credited)
    if near and not (found or names or edited):
        found = [*profile_links(line)]  # an editor's or a contact's profile link credits no writer
    return Credits(found, names, loose) if found or names or loose else _NO_CREDITS


def _linked_credits(line: Line, text: str) -> Credits:
    """What a line near the top with no "By" and no author markup (``text``, after any label alone on
    the line before) credits: its profile links, unless it is a caption or an editor's credit. The
    links are read first: most lines hold none, which profile_links tells at once."""
    found = [*profile_links(line)]
    if not found or _caption(line.element.tag, line.element.get("class", "")) or EDITOR.match(text):
        return _NO_CREDITS
    return Credits(found, [], [])


def _dated_row(text: str) -> list[str]:
    """The writer of a long byline row that runs on into dates and categories ("Posted by Jane Doe
    December 30, 2024 · Posted in Podcast, Writing, …"): the names after its label, when a date or a
    separator follows them at once (a sentence opening "By Monday, the council…" has neither)."""
    label = BY_LABEL.match(text)
    if label is None:
        return []
    rest = text[label.end() : label.end() + 100]
    names = leading_names(EDITOR.split(rest)[0])
    after = rest[rest.find(names[-1]) + len(names[-1]) :].lstrip() if names else ""
    stamp = next(find_stamps(after[:40]), None)
    return names if after[:1] in ("|", "•", "·") or (stamp is not None and stamp[0] == 0) else []


def _worded_credits(text: str, near: bool) -> list[str]:
    """Persons a line's words credit, whatever its markup: a Chinese label anywhere (记者 X, 作者：X),
    and near the top the writer after a credited outlet ("来源：全景网 陈祎") or signing a standfirst."""
    if not text.isascii():  # the labels and names are Han
        found = zh_labelled(text)
        if not found and near and len(text) <= 80 and ("源" in text or "20" in text):
            writer = outlet_writer(text)
            found = [writer] if writer and is_person(writer) else []
        if found:
            return found
    if near and ("says " in text or "writes " in text):
        return _signed_off(text)  # "…evergreen shrubs, says OLIVE RYAN."
    return []


# A standfirst its writer signs at its end, the name in capitals as a byline prints it ("…time to
# plant evergreens, says OLIVE RYAN."; "…, writes JANE DOE"): a person quoted is written in mixed case.
_SIGNED_OFF = re.compile(
    r"[,—–]\s*(?:says|writes)\s+(?P<n>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2})\s*\.?\s*$"
)


def _signed_off(text: str) -> list[str]:
    """The writer signing a standfirst at its end, in capitals (see _SIGNED_OFF)."""
    m = _SIGNED_OFF.search(text[-80:])
    return [m["n"]] if m and is_person(m["n"]) and not ORG_TAIL.search(m["n"]) else []


_LEAD_LABELS = frozenset(["文章作者", "作者", "记者", "撰文", "By", "Written by", "Author"])  # a label alone


def _linked_title(line: Line, last: str) -> bool:
    """Whether a line whose label names ``last`` is a link's title: all linked, and words run on past the
    names. A linked byline ends on its name ("<a>记者 张三</a>")."""
    rest = line.text[line.text.rfind(last) + len(last) :]
    return _HAN.search(rest) is not None and all_linked(line.element)


_HAN = re.compile(HAN)
_SEPARATOR = re.compile(r"[•·|]")  # compiled once: searched on every line of the head
_BY_WORD = re.compile(r"\W*(?:[a-z]+\s+)?by\b", re.I)


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

    # A line's credits and author-classed block, by what :func:`_names_in_line` reads of it (its
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
            yield i, line, near, _NO_CREDITS, None  # most lines far down: nothing to keep
            continue
        key = (line.element, line.text, line.marks, previous, near)
        found = memo.credits.get(key)
        if found is None:
            holder = author_holder(line, memo.classed) if near else holder
            found = memo.credits[key] = (_names_in_line(line, previous, near, holder), holder)
        credits, holder = found
        if credits is not _NO_CREDITS and _anothers(line.element, credits, foreign):
            credits = _NO_CREDITS
        yield i, line, near, credits, holder


def _bare_far(line: Line, previous: str, holder: _Element | None) -> bool:
    """Whether a line far below the headline credits nothing, as :func:`_names_in_line` would find: in
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


_NO_CREDITS = Credits([], [], [])  # what most lines credit; never added to, so shared


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
        if credits is not _NO_CREDITS:  # most lines: nothing to record
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
