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
from collections.abc import Callable
from dataclasses import dataclass, field

from newscrawl.extract.authormeta import json_ld_credits, meta_authors, site_names, typed_person
from newscrawl.extract.bylines import Evidence, body_credits, marked_sources, scan_head
from newscrawl.extract.headwalk import Head, head_lines
from newscrawl.extract.names import clean_name, dedupe, is_person, split_names
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


def extract_authors(page: Page, body_text: str | None = None, *, head: Head | None = None) -> AuthorResult:
    """Credited persons and the credited outlet, each with the kind of evidence that won.

    ``body_text`` (the extracted article body) lets a closing "（张三）" count; ``head`` reuses the
    walk :func:`~newscrawl.extract.headwalk.head_lines` made for the dates.
    """
    site = site_names(page)
    ld_persons, ld_orgs, ld_sources = json_ld_credits(page)
    head = head or head_lines(page)
    ev = scan_head(head, site)
    if body_text:
        ev.trailing += body_credits(body_text)
    byline = next((names for names in ev.labelled if any(is_person(n) for n in names)), [])
    if ld_persons and {n.casefold() for n in ld_persons} < {n.casefold() for n in byline if is_person(n)}:
        ld_persons = []  # the visible byline names everyone the markup names, and more
    ranked = [
        ("json-ld", ld_persons),
        ("text", byline),
        ("meta", meta_authors(page)),
        ("text", ev.trailing),
        ("text", ev.dateline),
    ]
    authors: list[str] = []
    source = None
    for kind, names in ranked:
        # a byline or typed JSON-LD Person may bear the site's name (personal blogs); a meta tag may not
        against = site if kind == "meta" else ()
        authors = dedupe(n for n in names if is_person(n, against, strict=kind == "text"))
        if kind == "json-ld" and len(authors) == 1 and authors[0] in site:
            authors = authors if typed_person(page, authors[0]) else []  # the publisher as the author
        if authors:
            source = kind
            break
    brand = site_names(page, every_part=True) | {page.tree.findtext(".//title") or ""}
    organization, organization_source = _outlet(
        ev,
        ld_orgs,
        ld_sources,
        brand,
        lambda: marked_sources(page, [*head.before, *head.after]),
        page.meta_first("og:site_name"),
    )
    return AuthorResult(authors, source, organization, organization_source)


def _outlet(
    ev: Evidence,
    ld_orgs: list[str],
    ld_sources: list[str],
    site: set[str],
    marked: Callable[[], list[str]],
    publisher: str | None,
) -> tuple[str | None, str | None]:
    """The credited outlet: a 来源 label, unless it is the site itself and a copied notice names another.

    An outlet that is exactly the declared publisher (og:site_name) adds nothing: no source then.
    """
    if ld_sources:
        return ld_sources[0], "json-ld"
    shown = next((s for s in ev.sources if _is_outlet(s) and s != publisher), None)
    notice = next((s for s in ev.notices if _is_outlet(s) and s != publisher), None)
    if shown and not (notice and _is_self(shown, site)):
        return shown, "text"
    if notice:
        return notice, "text"
    other = next((s for s in [*marked(), *ev.accounts] if _is_outlet(s)), None)
    if other:
        return other, "text"
    org = next((o for o in ld_orgs if not _is_self(o, site)), None)
    return (org, "json-ld") if org else (None, None)


def _is_outlet(name: str) -> bool:
    return 2 <= len(name) <= 40 and name.lower() not in _NO_OUTLET and not re.fullmatch(r"[\d\W]+", name)


def _is_self(name: str, site: set[str]) -> bool:
    return any(name in s or s in name for s in site)
