"""Whether a credited name is the site itself rather than a person: its brand, its host, its owner.

The publisher poses as the author in bylines and markup ("By Acme Staff", "Paperium.net"); these
predicates tell it apart, separate from the ranking in :mod:`~newscrawl.extract.authors` that asks them.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from newscrawl.extract.names import HAN, ORG_TAIL, is_person
from newscrawl.page import Page


def brand_part(name: str, brand: set[str]) -> bool:
    return any(name in _BRAND_WORD.findall(b) for b in brand if name in b)


_BRAND_WORD = re.compile(r"\b\w+\b(?!['’]s\b)")  # "Jane's Review" names a person, no brand


def site_person(meta: list[str], site: set[str], page: Page) -> list[str]:
    """A meta author that is the site's own name, when that name is a person's ("Jane Doe" on
    "Jane Doe", "Notes - Web-page of Jane Doe"): a personal site credits its owner so.

    Only as a last resort and only a full name in Latin script: a company or portal names itself
    the same way ("Acme News", "网易"), and a byline anywhere on the page says more.
    """
    names = [n for n in meta if any(n in s for s in site)]
    ok = names and all(is_person(n) and not ORG_TAIL.search(n) and not re.search(HAN, n) for n in names)
    return names if ok and not any(is_host(n, page) for n in names) else []


def brand_credit(names: list[str], site: set[str]) -> bool:
    """Whether every name credits the site's organisation: it shares a word with the site's names
    ("Acme Staff", "Acme Tax & Accounting" on "Tax Blog by Acme"), but is not one of them whole
    ("Jane Doe" on "Jane Doe Photography" is the owner)."""
    words = {w.casefold() for s in site for w in re.findall(r"[A-Z]\w{2,}", s)}
    return bool(words) and all(
        words & {w.casefold() for w in re.findall(r"\w+", n)} and not any(n in s for s in site) for n in names
    )


def persons_apart(names: list[str], site: set[str]) -> bool:
    """Whether markup names full-name persons who are not the site's organisation."""
    return (
        bool(names) and all(is_person(n, site) and " " in n for n in names) and not brand_credit(names, site)
    )


def is_host(name: str, page: Page) -> bool:
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
