"""What one line of the head credits: its labels (By, 记者, 作者), byline elements, profile links.

Apart from the page-wide scan in :mod:`~newscrawl.extract.bylines`, which walks the head's lines,
memoises each line's credits, drops another item's and records the rest by kind.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lxml.etree import _Element

from newscrawl.extract.bylinemarks import credit_texts, inline_marked, named_text, profile_links
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.dom import all_linked, caseless_search
from newscrawl.extract.headwalk import Line
from newscrawl.extract.namelists import leading_names
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, ORG_TAIL, handle, is_person
from newscrawl.extract.outlets import outlet_writer
from newscrawl.extract.zhcredits import zh_labelled

_MID_BY = re.compile(  # the lead look-ahead spares each other position the look-behinds
    r"(?=\s+by\s)(?<!photo)(?<!image)(?<!powered)(?<!edited)(?<!reviewed)(?<!checked)(?<!sponsored)"
    r"(?<!illustration)(?<!illustrated)(?<!designed)(?<!produced)(?<!translated)(?<!hosted)"
    r"(?<!presented)(?<!made)(?<!built)(?<!theme)(?<!brought to you)(?<!portrait)(?<!photograph)"
    r"(?<!photos)(?<!drawing)(?<!painting)(?<!artwork)(?<!cartoon)(?<!graphic)(?<!graphics)"
    r"(?<!prepared)(?<!compiled)(?<!updated)\s+by\s+(?=[A-Z])",
    re.I,
)
_CAPTION = caseless_search(re.compile(r"figcaption|caption|photo|image-credit|img-credit", re.I))


@lru_cache(maxsize=2048)
def _caption(tag: str, names: str) -> bool:
    """Whether a block is a picture's caption or credit, by its tag and class: memoised on the pair,
    which a site repeats, so no string is built for every line of the head."""
    return _CAPTION(f"{tag} {names}")


class Credits(NamedTuple):
    """What one line credits, by strength of the evidence."""

    labelled: list[str]  # after an explicit label (By, Written by, 记者, 作者) or in a profile link
    marked: list[str]  # the text of an element classed as the byline
    loose: list[str]  # after a "by" inside running text ("Wakoku Chiyekurabe by Kan Chu Sen")


def names_in_line(line: Line, previous: str, near: bool, holder: _Element | None) -> Credits:
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
        return Credits(found, [], []) if found else NO_CREDITS
    # Most lines hold no "By", no author markup and (far down) no link that counts: they credit
    # nothing whatever the tests below say, so those tests (the caption's first) are not run.
    labelled = near and BY_LABEL.match(text) is not None
    by = near and len(text) <= 100 and "by" in text.lower()
    marked = holder is not None or inline_marked(line)
    if not (labelled or by or marked):
        return _linked_credits(line, text) if near else NO_CREDITS
    if _caption(line.element.tag, line.element.get("class", "")):
        return NO_CREDITS
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
    return Credits(found, names, loose) if found or names or loose else NO_CREDITS


def _linked_credits(line: Line, text: str) -> Credits:
    """What a line near the top with no "By" and no author markup (``text``, after any label alone on
    the line before) credits: its profile links, unless it is a caption or an editor's credit. The
    links are read first: most lines hold none, which profile_links tells at once."""
    found = [*profile_links(line)]
    if not found or _caption(line.element.tag, line.element.get("class", "")) or EDITOR.match(text):
        return NO_CREDITS
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
_BY_WORD = re.compile(r"\W*(?:[a-z]+\s+)?by\b", re.I)


NO_CREDITS = Credits([], [], [])  # what most lines credit; never added to, so shared
