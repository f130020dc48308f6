"""Credits the markup declares: JSON-LD and meta authors, source organisations, the site's names.

Read apart from the page's text (:mod:`~newscrawl.extract.bylines`) because markup is typed but
often wrong: the publisher poses as the author, a profile URL as a name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from newscrawl.extract.names import ORG_TAIL, PARTICLES, split_names
from newscrawl.page import Page

_LD_SKIP = frozenset([
    "comment", "review", "answer", "question", "person", "organization", "imageobject", "breadcrumblist",
])  # fmt: skip


def json_ld_credits(page: Page) -> tuple[list[str], list[str], list[str]]:
    """(persons, organisations credited as authors, source organisations) from JSON-LD."""
    by_id = {o["@id"]: o for o in page.json_ld if isinstance(o.get("@id"), str)}
    for obj, kinds in zip(page.json_ld, page.json_ld_kinds(), strict=True):
        if "author" not in obj or kinds & _LD_SKIP:
            continue
        persons: list[str] = []
        orgs: list[str] = []
        for ref in _as_list(obj.get("author")):
            item = (
                by_id.get(ref["@id"], ref)
                if isinstance(ref, dict) and isinstance(ref.get("@id"), str)
                else ref
            )
            _credit(item, persons, orgs)
        sources = [s for s in (_name_of(x) for x in _as_list(obj.get("sourceOrganization"))) if s]
        if persons or orgs or sources:
            return persons, orgs, sources
    return [], [], []


def _credit(item: Any, persons: list[str], orgs: list[str]) -> None:
    """Sort one JSON-LD author into persons or organisations; untyped names that are no person drop."""
    if isinstance(item, str):
        if not item.startswith(("http://", "https://", "/")):
            persons += [n for n in split_names(html.unescape(item)) if not ORG_TAIL.search(n)]
        return
    if not isinstance(item, dict):
        return
    kind = item.get("@type", "")
    kind = " ".join(map(str, kind)) if isinstance(kind, list) else str(kind)  # types may be null
    name = _name_of(item)
    if name and re.search(r"organi[sz]ation|corporation|newsmediaorganization", kind, re.I):
        orgs.append(name)
    elif name:
        persons += split_names(html.unescape(name))


def typed_person(page: Page, name: str) -> bool:
    """Whether the JSON-LD types ``name`` as a Person, on its own or as an author."""
    return any(name == _name_of(obj) for obj in page.json_ld_of_type("Person")) or any(
        isinstance(a, dict) and "person" in str(a.get("@type", "")).lower() and _name_of(a) == name
        for obj in page.json_ld
        for a in _as_list(obj.get("author"))
    )


def _name_of(item: Any) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, dict):
        name = item.get("name")
        return name.strip() if isinstance(name, str) and name.strip() else None
    return None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


_META_AUTHOR = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "citation_author", "cxenseparse:author",
)  # fmt: skip


_URL_VALUE = re.compile(r"\s*(https?:|www\.|/)")


def meta_authors(page: Page) -> list[str]:
    """Names in the first author meta tag that has any; profile URLs are no names."""
    for key in _META_AUTHOR:
        if key not in page.meta:  # most pages carry one author tag at most
            continue
        names = _meta_names(page.meta[key])
        if names:
            return names
    return _labelled_meta(page)


def meta_author_lists(page: Page) -> list[list[str]]:
    """The names each author meta tag gives, tag by tag: scholarly pages credit the first author in
    one tag (``DC.Creator``) and every author in another (``citation_author``)."""
    lists = []
    for key in (*_META_AUTHOR, "citation_authors"):
        names = _meta_names(page.meta.get(key, ()))
        if len(names) > 1:
            lists.append(names)
    return lists


def _meta_names(values: Iterable[str]) -> list[str]:
    """The names in an author tag's values; profile URLs and phrases are none."""
    kept = [v for v in values if v.strip() and not _URL_VALUE.match(v) and not _described(v)]
    return [n for v in kept for n in split_names(_uninverted(v))]


# A catalogue's "Surname, Given" (``DC.Creator`` = "Kooman, F.", "Jong, Michiel de"): the given part
# is initials, or a given name with its surname's particle, so two persons ("Doe, Roe") never match.
_PARTICLE = "|".join(sorted(PARTICLES))
_INVERTED = re.compile(
    rf"(?P<sur>[A-Z][\w'’-]+),\s*(?P<given>(?:[A-Z]\.\s*){{1,3}}|[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:{_PARTICLE}))+)"
)


def _uninverted(value: str) -> str:
    """A "Surname, Given" value in reading order ("F. Kooman"), any other value as it is."""
    m = _INVERTED.fullmatch(value.strip())
    return f"{m['given'].strip()} {m['sur']}" if m else value


_LONG_HAN = re.compile(r"[\u4e00-\u9fff]{6,}")


def _described(value: str) -> bool:
    """Whether a meta author holds a phrase, no name list: a run of six Han characters or more is no
    Chinese name ("财讯网_提供股票、基金、期货…", "股城网,订票电话加价,gucheng.com")."""
    return _LONG_HAN.search(value) is not None


# Searched for anywhere in the text, so a label's last word stands for the longer labels ending on it:
# 编辑 for 责任编辑 and 网络编辑, 文 for 撰文.
_EDITOR_LABEL = r"(?:编辑|編輯|责编|責編)\s*[:：]?\s*"
_WRITER_LABEL_ZH = r"(?:记者|記者|作者|撰稿|文)\s*[:：/／]?\s*"


def shown_as_editor(name: str, page: Page) -> bool:
    """Whether the page shows a Chinese meta author as its editor ("编辑：黄静文") and never as a writer:
    Chinese CMSs often fill the author tag with the editor who posted the story."""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return False
    text = _page_text(page)
    quoted = re.escape(name)
    return bool(re.search(_EDITOR_LABEL + quoted, text)) and not re.search(_WRITER_LABEL_ZH + quoted, text)


def _page_text(page: Page) -> str:
    """The page's whole text, read once per page."""
    key = "authormeta.page_text"
    if key not in page.memo:
        page.memo[key] = "".join(page.tree.itertext())
    text: str = page.memo[key]
    return text


# The label an SEO plugin (Yoast) pairs with the post's author in its ``twitter:labelN`` /
# ``twitter:dataN`` tags; the same plugin labels the reading time so, hence the label's check.
_WRITER_LABEL = re.compile(
    r"(?:written\s+by|author|geschrieben\s+von|escrito\s+por|[ée]crit\s+par|scritto\s+da)\s*:?", re.I
)


def _labelled_meta(page: Page) -> list[str]:
    """The names a ``twitter:dataN`` tag gives under a "Written by" ``twitter:labelN``: the post's
    author as the CMS knows it, when no author tag names one."""
    for i in "12":
        label = page.meta.get(f"twitter:label{i}")
        if label and _WRITER_LABEL.fullmatch(label[0].strip()):
            data = page.meta.get(f"twitter:data{i}", ())
            values = [v for v in data if v.strip() and not _URL_VALUE.match(v)]
            return [n for v in values[:1] for n in split_names(html.unescape(v))]
    return []


def site_names(page: Page, *, every_part: bool = False) -> set[str]:
    """Names the site calls itself: og:site_name, the publisher, the <title>'s site segment.

    ``every_part`` adds all title segments but the headline: wide enough to recognise a
    content farm crediting itself ("来源：盈和配资" on "…_盈和配资_在线配资"), too wide for persons.
    """
    declared, parts = _site_sources(page)
    names = set(declared)  # in the order read: the caller may iterate the set
    if len(parts) > 1:  # the site names itself at one end of the title, the headline is the longest part
        longest = max(parts, key=len)
        names.update(p for p in parts if p != longest) if every_part else names.add(
            parts[-1] if parts[0] == longest else parts[0]
        )
    return {n for n in names if n}


def _site_sources(page: Page) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names the markup declares and the ``<title>``'s segments, read once per page: the
    authors ask for both widths of :func:`site_names`."""
    key = "authormeta.site_sources"
    if key not in page.memo:
        site = page.meta_first("og:site_name", "application-name", "apple-mobile-web-app-title") or ""
        names = (site, *(_name_of(obj.get("publisher")) or "" for obj in page.json_ld))
        title = page.title_text() or ""
        parts = tuple(p.strip() for p in _TITLE_SPLIT.split(title) if p.strip())
        page.memo[key] = (names, parts)
    result: tuple[tuple[str, ...], tuple[str, ...]] = page.memo[key]
    return result


_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜•»]|\s[-–—]\s)\s*")
