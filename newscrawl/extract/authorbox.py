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
from itertools import islice, pairwise

from lxml.etree import _Element

from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.bylinemarks import NOT_NAME_CLASS
from newscrawl.extract.bylines import Foreign
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.dom import all_linked, marked_by, plain_text
from newscrawl.extract.headchrome import skipped
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.namelists import leading_names, opens_full_name
from newscrawl.extract.names import BY_LABEL, EDITOR, HAN, PARTICLES, is_person
from newscrawl.page import Page

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
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
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
    heading = lines[i].element.tag in _HEADINGS
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


# The elements a byline is marked in: their class, itemprop or rel value.
_BYLINE_ELEMENTS = marked_by(
    {
        "class": "contains(., 'author') or contains(., 'byline') or contains(., 'creator')",
        "itemprop": "contains(., 'author')",
        "rel": "contains(., 'author')",
    }
)
_SIDE = re.compile(r"(?<![a-z])(?:side|sidebar|aside)(?![a-z])")
_SIDE_REACH = 40  # elements between the headline and a byline in the column beside it


def page_credits(page: Page, head: Head | None = None, foreign: Foreign | None = None) -> list[list[str]]:
    """Name lists of the page's byline elements outside related lists, comments and navigation.

    For pages whose byline sits far from the headline (an author box closing the article); the
    caller decides how much agreement between them it needs. With the ``head``, a wrapper that
    holds the headline is no chrome whatever its class (``id="__next"``), and a byline in the
    side column next to the headline counts (a meta column in an ``<aside>``). ``foreign`` finds
    a credit of another item (a book's 作者 below the article): those count only when the page
    shows no other credit and several items show one.
    """
    candidates = _BYLINE_ELEMENTS(page.tree)[:60] if _may_mark_bylines(page.html) else []
    if not candidates:
        return []
    anchor = head.before[-1].element if head and head.before else None
    wrappers = set(anchor.iterancestors()) if anchor is not None else set()
    found: list[list[str]] = []
    items: dict[_Element, list[str]] = {}
    near = _near_anchor(page, anchor, candidates) if anchor is not None and candidates else set()
    for el in candidates:
        text = re.sub(r"\s+", " ", " ".join(el.itertext())).strip()
        if not 2 <= len(text) <= 80 or EDITOR.match(text) or NOT_NAME_CLASS.search(el.get("class") or ""):
            continue
        names = leading_names(EDITOR.split(BY_LABEL.sub("", text, count=1))[0])
        if not names or _in_chrome(el, wrappers, el in near):  # the ancestors last: they cost the most
            continue
        heading = foreign(el, names) if foreign is not None else None
        if heading is None:
            found.append(names)
        else:
            items.setdefault(heading, names)
    # Other items' credits only when there is no other and they are several: one person's site,
    # whose related posts all show its owner, as the article would.
    return found or (list(items.values()) if len(items) > 1 else [])


def _may_mark_bylines(html: str) -> bool:
    """Whether the page's source can hold an attribute :data:`_BYLINE_ELEMENTS` selects: the tree's
    attribute values are the source's, where "author", "byline" or "creator" shows literally
    unless spelt with a character reference to a letter. A test of the text, unlike the query,
    costs no walk of every element; half the pages of a content farm name no author at all."""
    words = "author" in html or "byline" in html or "creator" in html
    return words or _LETTER_REF.search(html) is not None


_LETTER_REF = re.compile(  # &#97; or &#x61;: a numeric character reference to an ASCII letter
    r"&#(?:[xX]0*(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])(?![0-9a-fA-F])"
    r"|0*(?:6[5-9]|[78]\d|90|9[7-9]|1[01]\d|12[0-2])(?!\d))"
)


def item_heading(
    el: _Element, names: list[str], body_end: _Element | None, headline: str = ""
) -> _Element | None:
    """The heading of the other item a credit in ``el`` belongs to, if it is one: past the article's
    end, in a box whose own heading links to the item's page (a book and its 作者, a related story
    and its byline).

    An author box closing the article has a heading too; it introduces the author ("About the
    author", "作者简介") or names the credited person ("Jane Doe"), and stays the article's; a
    section's heading ("Comments") links nowhere.
    """
    box = _item_box(el, body_end) if body_end is not None else None
    if box is None or body_end is None:
        return None
    heading, holder = box
    text = normalise_space(plain_text(heading))
    if not text or _ABOUT_HEADING.search(text) or any(n in text for n in names):
        return None
    if not all_linked(heading) or (headline and (text in headline or headline in text)):
        return None  # a section's heading, or the article's own title over its credit
    return heading if _follows(holder, body_end) else None


_ITEM_REACH = 3  # levels above a credit, and siblings before it at each, where its box's heading sits
# A heading that introduces a person: the article's author box, no other item.
_ABOUT_HEADING = re.compile(
    r"^\W*(?:about|meet)\b|\b(?:author|writer|contributor|columnist|reporter)s?\b|\bbio\b"
    r"|作者|关于|關於|简介|簡介|记者|記者|专栏|專欄",
    re.I,
)
_BOX_END = frozenset(["article", "main", "body", "html"])


def _item_box(el: _Element, body_end: _Element) -> tuple[_Element, _Element] | None:
    """The heading just before ``el`` (or before one of its near ancestors, or opening ``el``, a
    line's block holding the heading too) and the box holding both, when that box does not hold
    the article's body too."""
    body_path = {body_end, *body_end.iterancestors()}
    if el in body_path:
        return None
    opening = next((c for c in islice(el, _ITEM_REACH) if c.tag in _HEADINGS), None)
    if opening is not None:
        return opening, el
    node = el
    for _ in range(_ITEM_REACH):
        box = node.getparent()
        if box is None or box.tag in _BOX_END or box in body_path:
            return None
        heading = next(
            (s for s in islice(node.itersiblings(preceding=True), _ITEM_REACH) if s.tag in _HEADINGS), None
        )
        if heading is not None:
            return heading, box
        node = box
    return None


def _follows(el: _Element, ref: _Element) -> bool:
    """Whether ``el`` comes after ``ref`` in document order, outside it."""
    on_path = {up: child for child, up in pairwise([ref, *ref.iterancestors()])}
    if el is ref or el in on_path:
        return False
    child = el
    for up in el.iterancestors():
        if up is ref:
            return False
        if up in on_path:
            return up.index(child) > up.index(on_path[up])
        child = up
    return False


def _in_chrome(el: _Element, wrappers: set[_Element], beside: bool) -> bool:
    """Inside a related list, comment, menu or sidebar (the page's and article's own classes aside)."""
    for up in el.iterancestors():
        if up.tag in ("article", "main", "body", "html") or up in wrappers or not skipped(up):
            continue
        if not (
            beside
            and (up.tag == "aside" or _SIDE.search(f"{up.get('class', '')} {up.get('id', '')}".lower()))
        ):
            return True
    return False


def _near_anchor(page: Page, anchor: _Element, candidates: list[_Element]) -> set[_Element]:
    """The candidates within a few elements of the headline in document order."""
    wanted = set(candidates)
    positions: dict[_Element, int] = {}
    at = -1
    for i, el in enumerate(page.tree.iter()):
        if el is anchor:
            at = i
        elif el in wanted:
            positions[el] = i
        elif at >= 0 and i > at + _SIDE_REACH:
            break  # nothing further down is near the headline
    return {el for el, i in positions.items() if abs(i - at) <= _SIDE_REACH}
