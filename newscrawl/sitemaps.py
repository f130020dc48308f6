"""Sitemaps: indexes, URL sets, Google News sitemaps, gzip, and where a site keeps them.

Scrapy's own ``SitemapSpider`` keeps only the direct children of ``<url>``, so a news
sitemap's ``news:publication_date`` and ``news:title`` (nested in ``<news:news>``) are
lost, and it cannot attach them to the article request. This module reads them, and
the ``sitemap`` spider passes them on as page hints.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml.etree import _Element

from newscrawl.recency import may_be_since, normalise_date
from newscrawl.xmldoc import child_text, children, local_name, parse_xml

GZIP_MAGIC = b"\x1f\x8b"
# The protocol caps a sitemap at 50 MB uncompressed; twice that is surely not a sitemap.
MAX_SITEMAP_BYTES = 100 * 1024 * 1024
_KINDS = frozenset({"urlset", "sitemapindex"})
_TEXT_LINE = re.compile(r"^https?://\S+$")
_ROBOTS_SITEMAP = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I)


class NotASitemap(ValueError):
    """The document is neither a sitemap index, a URL set, nor a plain-text URL list."""


@dataclass(frozen=True)
class SitemapEntry:
    """A ``<url>`` or an index's ``<sitemap>``; dates are ISO 8601 as given (see :mod:`newscrawl.recency`)."""

    url: str
    lastmod: str | None = None
    news_published: str | None = None
    title: str | None = None

    def hints(self) -> dict[str, Any]:
        """Page hints from a news sitemap; ``lastmod`` is not a publication date, so it is not one."""
        hints = {"datePublished": self.news_published, "headline": self.title}
        return {k: v for k, v in hints.items() if v}


@dataclass(frozen=True)
class Sitemap:
    kind: str  # "urlset" or "sitemapindex"
    entries: list[SitemapEntry]


def gunzip_if_gzipped(body: bytes, max_size: int = MAX_SITEMAP_BYTES) -> bytes:
    """Decompress a gzip body, recognised by its magic bytes (servers label ``.gz`` every which way).

    Bodies that are not gzip come back unchanged: an HTTP client may already have
    decompressed a ``Content-Encoding: gzip`` response whose URL still ends in ``.gz``.
    Raises ``ValueError`` past ``max_size`` (a decompression bomb) or on corrupt data.

    >>> import gzip
    >>> gunzip_if_gzipped(gzip.compress(b"<urlset/>")), gunzip_if_gzipped(b"<urlset/>")
    (b'<urlset/>', b'<urlset/>')
    """
    if not body.startswith(GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, max_size + 1)
    except zlib.error as exc:
        raise ValueError(f"corrupt gzip data: {exc}") from exc
    if len(data) > max_size:
        raise ValueError(f"gzip body inflates beyond {max_size} bytes")
    return data


def parse_sitemap(body: bytes, base_url: str | None = None, max_size: int = MAX_SITEMAP_BYTES) -> Sitemap:
    """Entries of a sitemap index or URL set (gzipped or not, or a plain-text URL list).

    Locations should be absolute, but relative ones resolve against ``base_url``.
    Raises :class:`NotASitemap` for anything else.
    """
    body = gunzip_if_gzipped(body, max_size)
    root = parse_xml(body, base_url)
    kind = local_name(root) if root is not None else ""
    if root is None or kind not in _KINDS:
        return _text_sitemap(body, root)
    entries: dict[str, SitemapEntry] = {}
    for el in children(root, "url", "sitemap"):
        entry = _entry(el, base_url)
        if entry is not None:
            entries.setdefault(entry.url, entry)
    return Sitemap(kind, list(entries.values()))


def _entry(el: _Element, base_url: str | None) -> SitemapEntry | None:
    loc = child_text(el, "loc")
    url = urljoin(base_url or "", loc) if loc else None
    if not url or not url.startswith(("http://", "https://")):
        return None
    news = next(iter(children(el, "news")), None)
    return SitemapEntry(
        url=url,
        lastmod=normalise_date(child_text(el, "lastmod")),
        news_published=normalise_date(child_text(news, "publication_date")) if news is not None else None,
        title=child_text(news, "title") if news is not None else None,
    )


def _text_sitemap(body: bytes, root: _Element | None) -> Sitemap:
    """The protocol's plain-text form: one absolute URL per line, nothing else."""
    if root is not None:
        raise NotASitemap(f"not a sitemap: <{local_name(root)}>")
    lines = body.decode("utf-8", "replace").split()
    if not lines or not all(_TEXT_LINE.match(line) for line in lines):
        raise NotASitemap("not a sitemap: neither XML nor a list of URLs")
    return Sitemap("urlset", [SitemapEntry(url) for url in dict.fromkeys(lines)])


def is_recent(entry: SitemapEntry, since: datetime) -> bool:
    """Could ``entry`` be new or changed at ``since`` or later?

    Either date counts: ``lastmod`` moves when a story is corrected, and an index's
    ``lastmod`` moves whenever one of its URLs does, so old monthly sitemaps are skipped
    whole. Entries without a date are kept: many sitemaps omit ``lastmod``, and dropping
    them would make ``--since`` silently empty the crawl of such sites.

    >>> from datetime import UTC
    >>> since = datetime(2025, 3, 12, tzinfo=UTC)
    >>> is_recent(SitemapEntry("http://a.test/1", lastmod="2025-02-01T00:00:00Z"), since)
    False
    >>> is_recent(SitemapEntry("http://a.test/2"), since)
    True
    """
    return may_be_since(since, entry.lastmod, entry.news_published)


def sitemaps_from_robots(robots_txt: str | bytes, base_url: str | None = None) -> list[str]:
    """``Sitemap:`` URLs of a robots.txt, in order, once each; relative ones resolve against ``base_url``.

    >>> sitemaps_from_robots("User-agent: *\\nSitemap: /s.xml # main\\nsitemap:http://a.test/n.xml.gz\\n",
    ...                      "http://a.test/robots.txt")
    ['http://a.test/s.xml', 'http://a.test/n.xml.gz']
    """
    text = robots_txt.decode("utf-8", "replace") if isinstance(robots_txt, bytes) else robots_txt
    found: list[str] = []
    for line in text.splitlines():
        match = _ROBOTS_SITEMAP.match(line)
        url = urljoin(base_url or "", match.group(1)) if match else None
        if url and url.startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found


def is_site_root(url: str) -> bool:
    """A bare origin (``http://a.test/``) names a site, not a sitemap.

    >>> is_site_root("http://a.test"), is_site_root("http://a.test/"), is_site_root("http://a.test/s.xml")
    (True, True, False)
    """
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def robots_url(url: str) -> str:
    """Where the site of ``url`` keeps its robots.txt.

    >>> robots_url("http://a.test:8080/news/s.xml?x=1")
    'http://a.test:8080/robots.txt'
    """
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def default_sitemap_url(url: str) -> str:
    """Where a site without ``Sitemap:`` lines conventionally keeps its sitemap.

    >>> default_sitemap_url("http://a.test/robots.txt")
    'http://a.test/sitemap.xml'
    """
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/sitemap.xml", "", ""))
