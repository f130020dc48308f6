"""RSS and Atom feeds: their entries as article URLs with the dates and bylines they state.

One namespace-blind walk covers RSS 2.0 (and 0.9x), RSS 1.0/RDF and Atom 1.0 (and 0.3):
elements are matched by local name, since feeds mix ``dc:``, ``content:`` and ``atom:``
elements freely and some declare the wrong namespace. A feed entry's date and author
become page hints (:meth:`FeedEntry.hints`): weak evidence the extractors may use when
the page itself says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml.etree import ParserError, _Element

from newscrawl.extract.hrefs import absolute_url
from newscrawl.recency import normalise_date
from newscrawl.xmldoc import child_text, children, local_name, parse_xml

# Link types that announce a feed this module reads (JSON Feed is not one of them).
FEED_LINK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_ROOTS = frozenset({"rss", "feed", "rdf"})
_ENTRIES = frozenset({"item", "entry"})
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")  # RSS <author>: "jo@x.test (Jo Marsh)"
_EMAIL = re.compile(r"^\S+@\S+\.\S+$")
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"


class NotAFeed(ValueError):
    """The document is not an RSS or Atom feed (an HTML page, a sitemap, garbage)."""


@dataclass(frozen=True)
class FeedEntry:
    """One feed item. Dates are ISO 8601 as the feed gives them (see :mod:`newscrawl.recency`)."""

    url: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)

    def hints(self) -> dict[str, Any]:
        """What the entry tells the extractors about its page (``Page.hints``); empty values left out."""
        hints = {"datePublished": self.published, "authors": self.authors, "headline": self.title}
        return {k: v for k, v in hints.items() if v}


def parse_feed(body: bytes, base_url: str | None = None) -> list[FeedEntry]:
    """Entries of an RSS or Atom feed, in feed order, one per URL; raise :class:`NotAFeed` otherwise.

    Relative links resolve against ``xml:base`` and then ``base_url`` (the feed's URL).
    """
    root = parse_xml(body, base_url)
    if root is None or local_name(root) not in _ROOTS:
        raise NotAFeed(f"not an RSS or Atom feed: <{local_name(root) if root is not None else '?'}>")
    entries: dict[str, FeedEntry] = {}
    for el in root.iter():
        if local_name(el) in _ENTRIES:
            entry = _entry(el, base_url)
            if entry is not None:
                entries.setdefault(entry.url, entry)
    return list(entries.values())


def _entry(el: _Element, base_url: str | None) -> FeedEntry | None:
    url = _entry_url(el, base_url)
    if url is None:
        return None
    return FeedEntry(
        url=url,
        title=child_text(el, "title"),
        published=normalise_date(child_text(el, "published", "pubdate", "issued", "date", "created")),
        updated=normalise_date(child_text(el, "updated", "modified")),
        authors=_authors(el),
    )


def _entry_url(el: _Element, base_url: str | None) -> str | None:
    """The entry's web page: Atom ``link rel=alternate``, RSS ``link``, else a permalink ``guid``."""
    base = el.base or base_url
    candidates: list[str] = []
    for link in children(el, "link"):
        href = link.get("href")
        if href is None:  # RSS: the URL is the text
            candidates.append((link.text or "").strip())
        elif (link.get("rel") or "alternate").lower() == "alternate":
            html_first = (link.get("type") or "text/html").lower() in ("text/html", "application/xhtml+xml")
            candidates.insert(0 if html_first else len(candidates), href.strip())
    for guid in children(el, "guid", "id"):
        permalink = (guid.get("isPermaLink") or "true").lower() == "true"
        text = (guid.text or "").strip()
        if permalink and text.startswith(("http://", "https://", "/")):
            candidates.append(text)
    candidates.append(el.get(_RDF_ABOUT, ""))  # RSS 1.0 names the item by its URL
    for candidate in candidates:
        url = absolute_url(candidate, base) if candidate else None
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _authors(el: _Element) -> list[str]:
    """Names from Atom ``author/name``, ``dc:creator`` and RSS ``author``; bare e-mail addresses skipped."""
    names: list[str] = []
    for author in children(el, "author", "creator"):
        name = child_text(author, "name") if len(author) else _author_text(author)
        if name and not _EMAIL.match(name) and name not in names:
            names.append(name)
    return names


def _author_text(author: _Element) -> str | None:
    text = " ".join("".join(author.itertext()).split())
    named = _EMAIL_NAME.match(text)
    return named.group("name").strip() if named else text or None


def discover_feeds(page: _Element | str | bytes, base_url: str | None = None) -> list[str]:
    """Feed URLs a page announces with ``<link rel="alternate" type="application/rss+xml|atom+xml">``.

    >>> discover_feeds('<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
    ...                '<link rel="Alternate" type="application/rss+xml" href="rss.xml">'
    ...                '<link rel="alternate" type="text/html" href="/en/">', "http://a.test/news/")
    ['http://a.test/atom.xml', 'http://a.test/news/rss.xml']
    """
    tree = page if isinstance(page, _Element) else _html_tree(page)
    if tree is None:
        return []
    base = next((b.get("href") for b in tree.iter("base") if b.get("href")), None)
    base = urljoin(base_url or "", base) if base else base_url
    found: list[str] = []
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_LINK_TYPES:
            url = absolute_url(link.get("href"), base)
            if url and url not in found:
                found.append(url)
    return found


def _html_tree(page: str | bytes) -> _Element | None:
    try:
        return lxml.html.document_fromstring(page)
    except (ParserError, ValueError):
        return None
