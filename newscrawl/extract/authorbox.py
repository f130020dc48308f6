"""Bylines without byline markup: a name under a label line, in an author box, beside the date.

Many small sites print the writer as a bare line that no class calls "author": "Jane Doe" over
"Dec 10, 2025", an "About the author" heading over the name, a name whose bio follows ("Jane
is a travel writer ..."), a lone "Article by" line over it. A name-shaped line alone is too
weak (section labels look the same), so each rule pairs it with the neighbour that says what
it is: a label, a bio, a date. :mod:`~newscrawl.extract.authors` ranks these below the markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import _Element

from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.namelists import leading_names, opens_full_name
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, PARTICLES, is_person

# A line that only announces the name on the next one; a plural one, the names on the next few.
_LABEL_LINE = re.compile(
    r"^(?:(?:article|post|posted|written|words|story|text|reporting|reported)\s+)?by\s*:?$"
    r"|^(?:about\s+the\s+|meet\s+the\s+)?(?:author|writer|contributor)(?:s|\(s\))?\s*:?$",
    re.I,
)
# How a bio opens after the name: "Jane is a travel writer", "Jane Doe has covered ...".
_BIO_VERB = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*)*(?:,[^,]{2,40},)?\s+"
    r"(?:is|was|has|writes|works|covers|explores|joined|lives|holds|serves|leads|loves|speciali[sz]es)\b"
)
_CLOSING_LABEL = re.compile(
    r"^(?:(?:this\s+(?:post|article|story|piece|guide)\s+(?:was\s+)?)?(?:written|posted|article|words|story|reported|text)\s+by|contributors?\s*:"
    r"|(?:about\s+the\s+)?authors?\s*:)\s*:?\s*",
    re.I,
)
_PLURAL_LABEL = re.compile(r"s\s*:?$|\(s\)\s*:?$")
_SECTION_LABEL = re.compile(r"^(?:about|meet)\s|\bby\s*:?$", re.I)  # "About the author" opens a box
# What only a person's bio says: a pronoun, a trade ("a freelance travel writer"), a family role.
_PERSONAL = re.compile(
    r"\b(?:he|she|his|her|him|writer|author|editor|journalist|reporter|blogger|columnist|"
    r"founder|co-?founder|owner|ceo|director|manager|executive|specialist|consultant|attorney|lawyer|"
    r"professor|doctor|physician|nurse|coach|advis[oe]r|contributor|entrepreneur|developer|engineer|"
    r"designer|marketer|nutritionist|dietitian|trainer|strategist|researcher|scientist|analyst|"
    r"photographer|teacher|mom|mother|dad|father|wife|husband|enthusiast)\b",
    re.I,
)
# A title card under a name: the trade of writing anywhere, any trade near the headline.
_WRITING_TRADE = re.compile(
    r"\b(?:writer|author|editor|journalist|reporter|columnist|correspondent|contributor|blogger)s?\b", re.I
)
_TRADE = re.compile(
    r"\b(?:founder|co-?founder|owner|ceo|cto|director|manager|executive|specialist|consultant|expert|"
    r"strategist|analyst|lead|head|officer|attorney|engineer|developer|designer|marketer|producer)s?\b",
    re.I,
)
_MONTH_DAY = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$", re.I
)
# Links that make a line a section label, not a person: "/category/tech-industry".
_TOPIC_LINK = re.compile(r"/(?:category|categories|tags?|topics?|sections?|series|subjects?)/", re.I)
_HAN = re.compile(HAN)
_HAN_RUN = re.compile(f"{HAN}+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_NEAR = 1500  # characters below the headline where a dateline still belongs to the article


def bare_credits(head: Head, brand: Iterable[str] = (), *, dated: bool = True) -> list[list[str]]:
    """Name lists credited by bare lines: labelled ones first, then author boxes, then datelines
    (unless ``dated`` is off)."""
    lines = [*head.before, *head.after]
    start = len(head.before)
    brand = set(brand)
    if _chinese(lines[max(0, start - 1) : start + 8]):
        return []  # a Chinese article's bylines are labelled (记者, 作者); a bare Latin line is chrome
    labelled: list[list[str]] = []
    boxed: list[list[str]] = []
    beside: list[list[str]] = []
    listing = -1  # the line that last extended a list under a plural label ("Authors")
    for i, line in enumerate(lines):
        if i == start - 1:
            continue  # the headline itself
        if i > start and line.offset >= _NEAR:
            labelled += [names] if (names := closing_credit(line.text)) else []
        names = _bare_names(line, brand)
        if not names or _menu_item(line, lines[start - 1].element if start else None):
            continue
        if listing == i - 1 and labelled:
            labelled[-1] = [*labelled[-1], *names]
            listing = i
        elif i and _LABEL_LINE.match(lines[i - 1].text):
            labelled.append(names)
            listing = i if _PLURAL_LABEL.search(lines[i - 1].text) else -1
        elif _bio_follows(names[0], lines[i + 1 : i + 4]) or _titled(lines[i + 1 : i + 2], near=False):
            boxed.append(names)
        elif (dated and (i < start or line.offset < _NEAR)) and (
            _dated(line) or _beside_date(lines, i) or _titled(lines[i + 1 : i + 2])
        ):  # undated, the dates beside a name are not asked: those names would be dropped below
            beside.append(names)
    if not dated or len({tuple(n.casefold() for n in names) for names in beside}) > 1:
        beside = []  # several dated names: a list of events or posts, not one byline
    return [*labelled, *boxed, *beside]


def closing_credit(text: str) -> list[str]:
    """Names after an unmistakable label far below the headline: "Written by Jane Doe", "Posted by
    Jane on May 5", "Contributors: Jane Doe". A bare "By" that far down may open any sentence."""
    m = _CLOSING_LABEL.match(text) if len(text) <= 100 else None
    if not m:
        return []
    rest = EDITOR.split(text[m.end() :])[0]
    names = leading_names(rest)
    if len(names) == 1 and " " not in names[0]:  # a pen name must close its credit: "Jane · In: Recipes"
        after = rest[rest.find(names[0]) + len(names[0]) :]
        return names if re.match(r"\s*(?:$|[·|•,]|(?:on|at|in)\s)", after) else []
    return names if all(" " in n for n in names) else []


def bio_credit(text: str) -> list[str]:
    """The person a writer's bio opens with: "Jane Doe is a freelance travel writer based in ...".

    Only the trade of writing counts: a closing line on anyone else ("Jane Doe is a nurse") may be
    the article's own subject.
    """
    opening = text[:60]
    bio = len(text) >= 30 and not _HAN.search(opening) and opens_full_name(opening)
    names = leading_names(opening) if bio else []
    if len(names) != 1 or not _name_sized(names[0]) or not is_person(names[0]):
        return []
    end = _bio_opening(text, (names[0],))
    return names if end >= 0 and _WRITING_TRADE.search(text, end, end + 120) else []


def _chinese(lines: list[Line]) -> bool:
    text = "".join(line.text for line in lines)
    if text.isascii():
        return False  # no Han at all: the counts below need not be taken
    # Counted run by run: findall() of single characters makes a string of each.
    return sum(map(len, _HAN_RUN.findall(text))) > sum(map(len, _LATIN_RUN.findall(text)))


def _menu_item(line: Line, headline: _Element | None) -> bool:
    """A line in a ``<nav>`` that does not hold the headline too: a menu item ("Get Started") the walk
    read above the headline, no byline. (A page whose ``<nav>`` the parser left open holds its
    headline and byline in it as well.)"""
    nav = next(line.element.iterancestors("nav"), None)
    return nav is not None and (headline is None or all(a is not nav for a in headline.iterancestors("nav")))


def _bare_names(line: Line, brand: set[str]) -> list[str]:
    """The persons a short line consists of ("Jane Doe", "Jane Doe in seo", a date beside them:
    "Jane Doe July 3, 2025", "Sep 01, 2023 Jane Doe"), else nothing."""
    text = line.text
    if not 4 <= len(text) <= 80 or _HAN.search(text):
        return []
    full = opens_full_name(text)  # asked once: _name_line needs it too
    names = _name_line(text, brand, full)
    if not names and (full or _DATE_FIRST.match(text)):  # a name and a date, maybe
        undated = _undated(text)
        names = _name_line(undated, brand) if undated != text else []
    if not names:
        return []
    # Last, as it walks the line's block, which may hold much of the page: a link to a topic page.
    return [] if any(_TOPIC_LINK.search(a.get("href") or "") for a in line.element.iter("a")) else names


# A line that may open with a date: a digit or a month's name.
_DATE_FIRST = re.compile(r"\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _name_line(text: str, brand: set[str], full: bool | None = None) -> list[str]:
    """The persons ``text`` (a short line, no Han) consists of, else nothing; ``full`` is
    :func:`opens_full_name` of ``text`` when the caller has it."""
    if len(text.split(maxsplit=1)) < 2:
        return []  # every name must be two words and the last one shown whole: one word is no name line
    full = opens_full_name(text) if full is None else full
    if EDITOR.match(text) or BY_LABEL.match(text) or not full:
        return []  # a name line's first name has two words: "Jane Doe", never "Related posts"
    names = leading_names(text)
    if not names or names[-1] not in text:
        return []
    tail = text[text.rfind(names[-1]) + len(names[-1]) :]
    if len(tail) > 0.2 * len(text) and not (re.match(r"\W*(?:in|on)\s", tail) or _WRITING_TRADE.search(tail)):
        return []  # a phrase that opens with a name-like pair, not a name line
    if not all(is_person(n, brand) and _name_sized(n) for n in names):
        return []
    return names


def _undated(text: str) -> str:
    """``text`` without a date opening or closing it (what a byline row prints beside the name)."""
    if len(text) > 80 or not any(map(str.isdigit, text)):  # map: no Python frame per character
        return text  # most lines: no date to take off
    stamp = next(find_stamps(text), None)
    if stamp is None:
        return text
    start, end = stamp[0], stamp[1]
    if start == 0:
        return text[end:].strip(" |•·,-–—")
    return text[:start].strip(" |•·,-–—") if end >= len(text.rstrip()) else text


def _dated(line: Line) -> bool:
    """Whether the line prints a date beside its name."""
    return _undated(line.text) != line.text


def _name_sized(name: str) -> bool:
    """Two or three words besides particles and initials: "Jane Doe", "Mary van der Berg", "A. J. Neal"."""
    words = [w for w in name.split() if w.lower() not in PARTICLES and not re.fullmatch(r"\w\.", w)]
    return 1 <= len(words) <= 3 and len(name.split()) >= 2 and not any(map(_brand_word, words))


def _brand_word(word: str) -> bool:
    """ "ServiceTitan", "VPN": a capital deep inside a word or an acronym, unlike "McCarthy" or "DeVito"."""
    return bool(re.search(r"[a-z]{4}[A-Z]", word) or (len(word) >= 3 and word.isupper()))


def _titled(following: list[Line], *, near: bool = True) -> bool:
    """Whether the next line is the name's title: a writing trade anywhere, any trade near the top."""
    if not following or not _is_role_line(following[0]):
        return False
    title = following[0].text
    return bool(_WRITING_TRADE.search(title) or (near and _TRADE.search(title)))


def _bio_follows(name: str, lines: list[Line]) -> bool:
    """Whether one of the next lines opens a bio with the name or its first word."""
    first = name.split()[0]
    if len(first) < 2:
        return False
    for line in lines:
        end = _bio_opening(line.text, (name, first))
        if end >= 0 and _PERSONAL.search(line.text, end, end + 160):
            return True
    return False


def _bio_opening(text: str, openers: tuple[str, ...]) -> int:
    """Where the verb after an opening name ends ("Jane Doe is", "Jane has"), else -1.

    A literal prefix test then the verb pattern from there: a regex built per name would be
    compiled anew for every name line of every page.
    """
    for opener in openers:
        m = _BIO_VERB.match(text, len(opener)) if text.startswith(opener) else None
        if m:
            return m.end()
    return -1


def _beside_date(lines: list[Line], i: int) -> bool:
    """Whether the next or previous line is a short date line, or the one after a short role line.

    A heading only counts above its date: below it, a heading opens the article's first section.
    """
    heading = lines[i].element.tag in HEADINGS
    for step in (1,) if heading else (1, -1):
        j = i + step
        if 0 <= j < len(lines) and _is_dateline(lines[j]):
            return True
        k = j + step
        if 0 <= k < len(lines) and _is_role_line(lines[j]) and _is_dateline(lines[k]):
            return True
    return False


def _is_dateline(line: Line) -> bool:
    """A line that is mostly a date ("Updated on 23 Oct 2025", "23.07.2025 · 6 min read"), no sentence."""
    if len(line.text) > 60:
        return False
    stamp = next(find_stamps(line.text), None)
    if stamp is None:
        return (bool(line.stamps) and len(line.text) <= 30) or bool(_MONTH_DAY.match(line.text))
    return len(line.text) - (stamp[1] - stamp[0]) <= 25


def _is_role_line(line: Line) -> bool:
    """A short title under a name ("Tech Writer", "Co-Founder & Marketing Director"), no heading."""
    text = line.text
    return 2 <= len(text) <= 40 and not re.search(r"\d", text) and not _SECTION_LABEL.match(text)
