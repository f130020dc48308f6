"""The article item: one dataclass, exported through itemadapter.

Field names follow schema.org ``NewsArticle`` where it has one, so downstream users
can map a line to JSON-LD without a lookup table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.1"
PAGE_TYPES = ("article", "listing", "other")  # what Article.pageType says a page is (the schema's enum)


@dataclass
class Image:
    url: str
    caption: str | None = None  # the text shown with the picture
    alt: str | None = None  # its alt text, which a reader does not see


@dataclass
class Link:
    url: str
    text: str


@dataclass
class Removal:
    """One thing the cleaners took out, kept so users can audit every cut."""

    field: str  # "headline", "articleBody", "links", ...
    rule: str  # name of the heuristic that fired
    text: str  # what was removed
    detail: str | None = None  # e.g. the anchor's href, the line it was in


@dataclass
class SpamVerdict:
    score: float = 0.0  # 0 (clean) .. 1 (certainly spam)
    isContentFarm: bool = False
    evidence: list[str] = field(default_factory=list)
    siteScore: float | None = None  # filled by the crawl-wide site tracker


@dataclass
class Article:
    url: str
    canonicalUrl: str | None = None
    headline: str | None = None
    articleBody: str = ""
    description: str | None = None
    datePublished: str | None = None
    dateModified: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    sourceOrganization: str | None = None
    inLanguage: str | None = None
    images: list[Image] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    articleSection: str | None = None
    links: list[Link] = field(default_factory=list)
    pageType: str = "article"  # one of PAGE_TYPES
    provenance: dict[str, str] = field(default_factory=dict)
    cleaning: list[Removal] = field(default_factory=list)
    spam: SpamVerdict = field(default_factory=SpamVerdict)
    revision: int | None = None  # crawls with a state: 1 when first seen, n+1 each time its text changed
    duplicateOf: str | None = None  # canonical URL of the earlier article this one is a near copy of
    fetchedAt: str | None = None
    schemaVersion: str = SCHEMA_VERSION
    source: str | None = None  # input path, set by `newscrawl extract` only

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, dropping ``source`` when it is unset."""
        from dataclasses import asdict

        data = asdict(self)
        if data.get("source") is None:
            data.pop("source", None)
        return data
