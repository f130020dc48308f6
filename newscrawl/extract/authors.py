"""Authors (the persons credited as writers) and the outlet an article is credited to.

Bylines are noisy: editors sit next to writers (责任编辑), outlets next to persons (来源：新华社),
platform accounts and CMS users ("admin", "小编") pose as authors, and content farms print
their own name as the source while the copied copyright notice names the real outlet. Each
rule here keeps one of those apart; ``source`` says which evidence won.

What a name looks like is in :mod:`~newscrawl.extract.names`, what the page's text credits in
:mod:`~newscrawl.extract.bylines`, what its markup declares in :mod:`~newscrawl.extract.authormeta`;
this module ranks that evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.etree import _Element

from newscrawl.extract.authorbox import bare_credits, item_heading, page_credits
from newscrawl.extract.authormeta import (
    json_ld_credits,
    meta_author_lists,
    meta_authors,
    shown_as_editor,
    site_names,
    typed_person,
)
from newscrawl.extract.authortail import tail_credits, tail_lines, tail_mentions
from newscrawl.extract.bylines import Evidence, Foreign, ScanMemo, listed_with, scan_head
from newscrawl.extract.headwalk import Head, Line, head_lines
from newscrawl.extract.names import HAN, ORG_TAIL, clean_name, dedupe, is_person, split_names
from newscrawl.extract.outletmarks import marked_sources
from newscrawl.extract.outlets import closing_outlets, opening_outlets
from newscrawl.extract.zhcredits import body_credits, edge_lines, opening_credits
from newscrawl.page import Page

__all__ = ["AuthorResult", "clean_name", "extract_authors", "is_person", "site_names", "split_names"]


@dataclass(frozen=True)
class AuthorResult:
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # json-ld | meta | text
    organization: str | None = None
    organization_source: str | None = None


_NO_OUTLET = frozenset([
    "网络", "互联网", "本站", "原创", "原作者", "作者", "网友", "未知", "综合", "网络整理", "转载",
    "web", "internet", "online", "佚名", "其他",
])  # fmt: skip


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
    tail = _Tail(body_end)
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
    if byline and _brand_credit(byline, site_parts) and _persons_apart(meta, site_parts):
        byline = []  # "By Acme Staff" on Acme's site, while the markup names the person who wrote it
    organization, organization_source = _outlet(
        ev,
        ld_orgs,
        ld_sources,
        brand,
        lambda: marked_sources(page, [*head.before, *head.after]),
        page.meta_first("og:site_name"),
        _dateline_outlets(ev, body_text, tail, {*site, page.title_text() or ""}),  # no section: 科技
    )
    authors = _ld_authors(ld_persons, site, page)
    source = "json-ld" if authors else None
    if not authors:  # the page's other evidence, bare name lines first, only when the markup names none
        bare = _Bare(head, brand, ev)
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
            ("site-meta", lambda: _site_person(meta, site, page)),  # a personal site's owner: last of all
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
    authors = dedupe(n for n in ld_persons if is_person(n, strict=False) and not _is_host(n, page))
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
            authors = dedupe(n for n in names if is_person(n, site, strict=False) and not _is_host(n, page))
            if authors and authors == [outlet]:
                outlet_only, authors = (authors, kind), []
            elif authors and all(shown_as_editor(n, page) for n in authors):
                authors = []
        if authors:
            return authors, kind
    return outlet_only


class _Bare:
    """The bare name lines of the head (:func:`~newscrawl.extract.authorbox.bare_credits`), read when
    first asked for: their one-word names ("Posted by Jane · In: Food") join ``ev``'s pen names then."""

    def __init__(self, head: Head, brand: set[str], ev: Evidence) -> None:
        self.head, self.brand, self.ev = head, brand, ev
        self._credits: list[list[str]] | None = None

    def __call__(self) -> list[list[str]]:
        if self._credits is None:
            self._credits = bare_credits(self.head, self.brand)
            self.ev.pen_names.update(n for names in self._credits for n in names if " " not in n)
        return self._credits

    def ahead(self, names: list[str]) -> list[str] | Callable[[], list[str]]:
        """``names``, read after the bare lines when a pen name among those could credit one of them: the
        lines cost a page's walk, which the byline above them mostly spares."""
        if all(len(n.split()) != 1 for n in names):
            return names

        def read() -> list[str]:
            self()
            return names

        return read


class _Tail:
    """The lines closing the article (:func:`~newscrawl.extract.authortail.tail_lines`), walked once
    when first asked for: both the persons and the outlet closing the article are read from them."""

    def __init__(self, body_end: _Element | None) -> None:
        self.body_end = body_end
        self._lines: list[Line] | None = None

    def __call__(self) -> list[Line]:
        if self._lines is None:
            self._lines = tail_lines(self.body_end) if self.body_end is not None else []
        return self._lines

    def mentioning(self, word: str) -> Callable[[], list[Line]]:
        """This reader, or one reading no lines when the closing text lacks ``word`` (a cheap test)."""
        if self._lines is None and (self.body_end is None or not tail_mentions(self.body_end, word)):
            return _no_lines
        return self


def _no_lines() -> list[Line]:
    return []


def _foreign(head: Head, body_end: _Element | None) -> Foreign | None:
    """The test of a credit belonging to another item below the article (see
    :func:`~newscrawl.extract.authorbox.item_heading`), when the body's end is known."""
    if body_end is None:
        return None
    headline = head.before[-1].text if head.before else ""
    return lambda el, names: item_heading(el, names, body_end, headline)


def _closing(
    tail: _Tail, ev: Evidence, brand: set[str], foreign: Foreign | None = None, memo: ScanMemo | None = None
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
        return is_person(name, strict=False) and not _brand_part(name, brand)
    return is_person(name)


def _brand_part(name: str, brand: set[str]) -> bool:
    return any(name in _BRAND_WORD.findall(b) for b in brand if name in b)


_BRAND_WORD = re.compile(r"\b\w+\b(?!['’]s\b)")  # "Jane's Review" names a person, no brand


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


def _site_person(meta: list[str], site: set[str], page: Page) -> list[str]:
    """A meta author that is the site's own name, when that name is a person's ("Jane Doe" on
    "Jane Doe", "Notes - Web-page of Jane Doe"): a personal site credits its owner so.

    Only as a last resort and only a full name in Latin script: a company or portal names itself
    the same way ("Acme News", "网易"), and a byline anywhere on the page says more.
    """
    names = [n for n in meta if any(n in s for s in site)]
    ok = names and all(is_person(n) and not ORG_TAIL.search(n) and not re.search(HAN, n) for n in names)
    return names if ok and not any(_is_host(n, page) for n in names) else []


def _brand_credit(names: list[str], site: set[str]) -> bool:
    """Whether every name credits the site's organisation: it shares a word with the site's names
    ("Acme Staff", "Acme Tax & Accounting" on "Tax Blog by Acme"), but is not one of them whole
    ("Jane Doe" on "Jane Doe Photography" is the owner)."""
    words = {w.casefold() for s in site for w in re.findall(r"[A-Z]\w{2,}", s)}
    return bool(words) and all(
        words & {w.casefold() for w in re.findall(r"\w+", n)} and not any(n in s for s in site) for n in names
    )


def _persons_apart(names: list[str], site: set[str]) -> bool:
    """Whether markup names full-name persons who are not the site's organisation."""
    return (
        bool(names) and all(is_person(n, site) and " " in n for n in names) and not _brand_credit(names, site)
    )


def _is_host(name: str, page: Page) -> bool:
    """Whether markup credits the site's own host name ("Paperium.net"): the outlet, no person.

    Only the name with its domain ending: a bare "janedoe" on janedoe.com is the person.
    """
    key = name.casefold().strip()
    if "." not in key and re.search(HAN, page.title_text() or ""):
        # A Chinese portal's meta author "chinanews" is a label of its host (www.chinanews.com), no person.
        host = _host(page.url) if page.url else _linked_host(page)
        return key.isascii() and key in host.split(".")[:-1]
    host = _host(page.url or "")
    return "." in key and bool(host) and (host == key or host.endswith(f".{key}"))


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _linked_host(page: Page) -> str:
    """The host most of the page's absolute links point to: the site's own, when the page's address is
    not known (a saved page)."""
    if "linked_host" not in page.memo:
        hosts = Counter(_HREF_HOST.findall(page.html))
        page.memo["linked_host"] = hosts.most_common(1)[0][0].casefold() if hosts else ""
    return str(page.memo["linked_host"])


_HREF_HOST = re.compile(r"""href\s*=\s*["']?https?://([\w.-]+)""", re.I)


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


def _outlet(
    ev: Evidence,
    ld_orgs: list[str],
    ld_sources: list[str],
    site: set[str],
    marked: Callable[[], list[str]],
    publisher: str | None,
    datelines: Iterable[str] = (),
) -> tuple[str | None, str | None]:
    """The credited outlet: a 来源 label, unless it is the site itself and a copied notice names another
    outlet; then source-marked elements, then what the story's datelines credit (``datelines``, read lazily).

    An outlet that is exactly the declared publisher (og:site_name) adds nothing: no source then.
    """
    if ld_sources:
        return ld_sources[0], "json-ld"
    shown = next((s for s in ev.sources if _is_outlet(s) and s != publisher), None)
    notice = next((s for s in ev.notices if _is_outlet(s) and s != publisher), None)
    # A notice naming the site too ("版权均属凤凰网所有") is its policy, less precise than the label.
    if shown and not (notice and _is_self(shown, site) and not _is_self(notice, site)):
        return shown, "text"
    if notice:
        return notice, "text"
    other = next((s for s in [*marked(), *ev.accounts] if _is_outlet(s)), None)
    if other:
        return _outlet_name(other), "text"
    credited = next((s for s in datelines if _is_outlet(s) and s != publisher), None)
    if credited:
        return credited, "text"
    org = next((o for o in ld_orgs if not _is_self(o, site)), None)
    return (org, "json-ld") if org else (None, None)


def _dateline_outlets(ev: Evidence, body_text: str | None, tail: _Tail, site: set[str]) -> Iterator[str]:
    """Outlets the story's own lines credit, strongest first: the name printed after its date (the info
    bar's source field, a 来源 label without its word: "2012-01-17 中國新聞網" over the body's "中新社北京
    1月17日電", as a label is), a dateline opening its body or its head ("新华社北京1月12日电",
    "【明報專訊】"), then a credit closing it ("(金羊网)", 来源 after it)."""
    yield from (s for s in ev.dated if not _is_self(s, site))  # a template's site name after the date
    if body_text:
        yield from opening_outlets(body_text)
    if len(set(ev.opening)) == 1:
        yield ev.opening[0]  # lines near the headline opening on different outlets: a list of stories
    if body_text:
        yield from closing_outlets(body_text, tail.mentioning("源"))


def _outlet_name(name: str) -> str:
    """An outlet's name without the site's description run on after a space
    ("世界新聞網 北美華文新聞、華商資訊": 世界新聞網)."""
    first, _, rest = name.partition(" ")
    return first if rest and re.search(HAN, first) and ORG_TAIL.search(first) else name


def _is_outlet(name: str) -> bool:
    ok = 2 <= len(name) <= 40 and name.lower() not in _NO_OUTLET and not re.fullmatch(r"[\d\W]+", name)
    return ok and not _PICTURE.fullmatch(name) and not _ORIGINAL_SOURCE.fullmatch(name)


# "版权归原作者及原出处所有": the original writer and source, whoever they are; no outlet named.
_ORIGINAL_SOURCE = re.compile(r"(?:原(?:作者|出处|出處|网站|網站|媒体|媒體|文)[及和与與、]?)+")


# "来源：资料图" ("file photo"): a picture's credit under the label, no outlet of the text.
_PICTURE = re.compile(r"(?:资料|網路|网络|网友|網友|示意)?(?:图片?|圖片?|照片|截图|截圖|配图|配圖)")


def _is_self(name: str, site: set[str]) -> bool:
    """Whether ``name`` is the site's, or holds it; a site name that is only an outlet's ending
    (新聞, from a title "標題 - 新浪網 - 新聞") is every outlet's part, no sign of the site."""
    return any(name in s or (s in name and not ORG_TAIL.fullmatch(s)) for s in site if s)
