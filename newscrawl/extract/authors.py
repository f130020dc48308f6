"""Authors (the persons credited as writers) and the outlet an article is credited to.

Bylines are noisy: editors sit next to writers (责任编辑), outlets next to persons (来源：新华社),
platform accounts and CMS users ("admin", "小编") pose as authors, and content farms print
their own name as the source while the copied copyright notice names the real outlet. Each
rule here keeps one of those apart; ``source`` says which evidence won.

What a name looks like is in :mod:`~newscrawl.extract.names`, what the page's text credits in
:mod:`~newscrawl.extract.bylines`, what its markup declares in :mod:`~newscrawl.extract.authormeta`;
this module ranks that evidence. Whether a name is the site itself is told in
:mod:`~newscrawl.extract.sitecredits`; which outlet wins is chosen in :mod:`~newscrawl.extract.outletrank`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.etree import _Element

from newscrawl.extract import outletrank
from newscrawl.extract.authormeta import (
    json_ld_credits,
    meta_author_lists,
    meta_authors,
    shown_as_editor,
    site_names,
    typed_person,
)
from newscrawl.extract.authortail import tail_credits
from newscrawl.extract.bylines import Evidence, Foreign, ScanMemo, listed_with, scan_head
from newscrawl.extract.headwalk import Head, head_lines
from newscrawl.extract.itemcredits import item_heading
from newscrawl.extract.lazylines import Bare, Tail
from newscrawl.extract.names import clean_name, dedupe, is_person, split_names
from newscrawl.extract.outletmarks import marked_sources
from newscrawl.extract.pagecredits import page_credits
from newscrawl.extract.sitecredits import brand_credit, brand_part, is_host, persons_apart, site_person
from newscrawl.extract.zhcredits import body_credits, edge_lines, opening_credits
from newscrawl.page import Page

__all__ = ["AuthorResult", "clean_name", "extract_authors", "is_person", "site_names", "split_names"]


@dataclass(frozen=True)
class AuthorResult:
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # json-ld | meta | text
    organization: str | None = None
    organization_source: str | None = None


def extract_authors(
    page: Page,
    body_text: str | None = None,
    *,
    head: Head | None = None,
    body_end: _Element | None = None,
) -> AuthorResult:
    """Credited persons and the credited outlet, each with the kind of evidence that won.

    ``body_text`` (the extracted article body) lets a closing "（张三）" count; ``head`` reuses the
    walk :func:`~newscrawl.extract.headwalk.head_lines` made for the dates; ``body_end`` (the body
    region's last element) lets a credit closing the article count ("Written by", an author box).
    """
    site = site_names(page)
    site_parts = site_names(page, every_part=True)
    brand = site_parts | {page.title_text() or ""}
    ld_persons, ld_orgs, ld_sources = json_ld_credits(page)
    head = head or head_lines(page)
    tail = Tail(body_end)
    foreign = _foreign(head, body_end)
    memo = ScanMemo()  # what the head's lines credit, for the closing lines that repeat them
    ev = scan_head(head, site, foreign, memo)
    if body_text:
        ev.trailing += body_credits(body_text)
    byline = next((names for names in ev.labelled if any(_credited(n, ev, brand) for n in names)), [])
    if ld_persons and _disowned(ld_persons, ev, head, brand):
        ld_persons = []  # the visible byline credits someone the markup does not: a CMS account, a template
    if ld_persons and _casefolds(ld_persons) < _casefolds(byline):
        ld_persons = []  # the visible byline names everyone the markup names, and more
    meta = meta_authors(page)
    if byline and brand_credit(byline, site_parts) and persons_apart(meta, site_parts):
        byline = []  # "By Acme Staff" on Acme's site, while the markup names the person who wrote it
    organization, organization_source = outletrank.outlet(
        ev,
        ld_orgs,
        ld_sources,
        brand,
        lambda: marked_sources(page, [*head.before, *head.after]),
        page.meta_first("og:site_name"),
        outletrank.dateline_outlets(
            ev, body_text, tail, {*site, page.title_text() or ""}
        ),  # no section: 科技
    )
    authors = _ld_authors(ld_persons, site, page)
    source = "json-ld" if authors else None
    if not authors:  # the page's other evidence, bare name lines first, only when the markup names none
        bare = Bare(head, brand, ev)
        ranked: list[tuple[str, list[str] | Callable[[], list[str]]]] = [
            ("text", bare.ahead(byline)),
            ("meta", meta),
            ("text", bare.ahead(ev.trailing)),
            ("text", bare.ahead(ev.dateline)),
            ("text", lambda: _first_credited(bare(), ev, brand)),
            ("text", lambda: _closing(tail, ev, brand, foreign, memo)),
            ("text", _first_credited(ev.distant, ev, brand)),
            ("text", _first_credited(ev.loose, ev, brand)),
            ("text", lambda: _page_wide(page, head, ev, brand, foreign)),  # a page-wide search
            ("site-meta", lambda: site_person(meta, site, page)),  # a personal site's owner: last of all
        ]
        authors, source = _first_evidence(ranked, ev, site, brand, page, organization)
    if authors:
        authors = _run_on(authors, [*ld_persons, *meta])
        opening = opening_credits(edge_lines(body_text or "", 2))
        markup = [ld_persons, meta, *meta_author_lists(page)]
        authors = _fullest(authors, [*markup, listed_with(head, authors), opening])
        if len(authors) > 1:  # "Jane Doe, The Daily Record": the outlet closing a byline
            authors = [n for n in authors if n.casefold() not in _casefolds([*site_parts])] or authors
    if organization and organization.casefold() in _casefolds(authors):
        organization = organization_source = None  # a byline's name element classed like a source
    return AuthorResult(authors, source, organization, organization_source)


def _ld_authors(ld_persons: list[str], site: set[str], page: Page) -> list[str]:
    """The persons JSON-LD credits; a typed Person may bear the site's name (a personal blog), but the
    site's name alone otherwise is the publisher posing as the author."""
    authors = dedupe(n for n in ld_persons if is_person(n, strict=False) and not is_host(n, page))
    if len(authors) == 1 and authors[0] in site and not typed_person(page, authors[0]):
        return []
    return authors


def _first_evidence(
    ranked: list[tuple[str, list[str] | Callable[[], list[str]]]],
    ev: Evidence,
    site: set[str],
    brand: set[str],
    page: Page,
    outlet: str | None = None,
) -> tuple[list[str], str | None]:
    """The persons the strongest evidence credits, and its kind; callables are read only when reached.

    A meta author that is the credited ``outlet`` (``article:author`` = 新浪科技 on a page whose
    来源 is 新浪科技) yields to a person the text credits, and stands only when none does; one whom
    the page shows as its editor only (编辑：黄静文) is no author at all: an editor is not credited
    with the writing.
    """
    outlet_only: tuple[list[str], str | None] = ([], None)
    for kind, evidence in ranked:
        names = evidence() if callable(evidence) else evidence
        if kind == "text":
            authors = dedupe(n for n in names if _credited(n, ev, brand))
        elif kind == "site-meta":
            authors, kind = dedupe(names), "meta"
        else:  # a meta tag may not bear the site's name
            authors = dedupe(n for n in names if is_person(n, site, strict=False) and not is_host(n, page))
            if authors and authors == [outlet]:
                outlet_only, authors = (authors, kind), []
            elif authors and all(shown_as_editor(n, page) for n in authors):
                authors = []
        if authors:
            return authors, kind
    return outlet_only


def _foreign(head: Head, body_end: _Element | None) -> Foreign | None:
    """The test of a credit belonging to another item below the article (see
    :func:`~newscrawl.extract.itemcredits.item_heading`), when the body's end is known."""
    if body_end is None:
        return None
    headline = head.before[-1].text if head.before else ""
    return lambda el, names: item_heading(el, names, body_end, headline)


def _closing(
    tail: Tail, ev: Evidence, brand: set[str], foreign: Foreign | None = None, memo: ScanMemo | None = None
) -> list[str]:
    """The persons the credits closing the article agree on (see :mod:`~newscrawl.extract.authortail`)."""
    if tail.body_end is None:
        return []
    credits, pen_names = tail_credits(tail(), brand, foreign, memo)
    ev.pen_names.update(pen_names)
    return _agreed(credits, ev, brand)


def _credited(name: str, ev: Evidence, brand: set[str]) -> bool:
    """A person's name in the page's text; one word only after an explicit "By", and not a word of the
    site's name ("By Acme" on "Acme Blog"; "By Tom" on "TomsCoffeeCorner" is the blog's owner)."""
    if name in ev.pen_names and len(name.split()) == 1:
        return is_person(name, strict=False) and not brand_part(name, brand)
    return is_person(name)


def _disowned(ld_persons: list[str], ev: Evidence, head: Head, brand: set[str]) -> bool:
    """Whether a visible byline credits other persons and the page shows none of the markup's.

    A markup handle ("jdoe77") or the site's own name loses to a full name even when the page
    shows the handle or the name too.
    """
    shown = [n for names in ev.bylines for n in names if _credited(n, ev, brand) and " " in n]
    if not shown or _casefolds(shown) & _casefolds(ld_persons):
        return False
    if all(" " not in n or n in brand for n in ld_persons):
        return True  # a handle, or the publisher typed as a Person ("British Heart Foundation")
    text = " ".join(line.text for line in [*head.before, *head.after]).casefold()
    return not any(n.casefold() in text for n in _casefolds(ld_persons))


def _first_credited(lists: list[list[str]], ev: Evidence, brand: set[str]) -> list[str]:
    return next((names for names in lists if any(_credited(n, ev, brand) for n in names)), [])


def _page_wide(
    page: Page, head: Head, ev: Evidence, brand: set[str], foreign: Foreign | None = None
) -> list[str]:
    """The persons the page's byline elements agree on; a one-word name counts when several of them
    show it alone (a pen name in the byline and the author box, without a "By")."""
    credits = page_credits(page, head, foreign)
    if len(credits) >= 2 and all(_casefolds(names) == _casefolds(credits[0]) for names in credits):
        ev.pen_names.update(n for n in credits[0] if " " not in n)
    return _agreed(credits, ev, brand)


def _agreed(credits: list[list[str]], ev: Evidence, brand: set[str]) -> list[str]:
    """The persons every byline element of the page names: an author box, not a list of others' posts."""
    lists = [[n for n in names if _credited(n, ev, brand)] for names in credits]
    lists = [names for names in lists if names]
    if lists and all(_casefolds(names) == _casefolds(lists[0]) for names in lists):
        return lists[0]
    return []


def _casefolds(names: list[str]) -> set[str]:
    """Names compared without case or an honorific ("Dr Jane Doe" is "Jane Doe")."""
    return {_HONORIFIC.sub("", n.casefold()) for n in names}


_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|sir)\.?\s+")


def _run_on(authors: list[str], markup: list[str]) -> list[str]:
    """Names cut back to the markup's name they extend: a byline read on into the next element
    ("by Jane Doe" + a section link "Polar Regions") while the meta author says "Jane Doe"."""
    return [next((m for m in markup if " " in m and name.startswith(f"{m} ")), name) for name in authors]


def _fullest(authors: list[str], others: list[list[str]]) -> list[str]:
    """A list that names every chosen author and more: bylines and markup often show the first only."""
    for names in others:
        persons = dedupe(n for n in names if is_person(n))
        if _casefolds(authors) < _casefolds(persons):
            return persons
    return authors
