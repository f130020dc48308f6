"""``extract(html, url) -> Article``: the one entry point the spider, the CLI and library users share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml.etree import _Element

from newscrawl.extract import metadata
from newscrawl.extract.authors import extract_authors
from newscrawl.extract.blocks import Block, blocks_to_text
from newscrawl.extract.body import extract_blocks, find_region
from newscrawl.extract.bodyedges import cut_related_tail, trim_meta_lines
from newscrawl.extract.bodyregion import BodyRegion
from newscrawl.extract.dates import extract_dates, head_lines, page_timezone
from newscrawl.extract.headline import extract_headline
from newscrawl.extract.hydration import hydrated_blocks, rendered_page, shipped_markup
from newscrawl.extract.images import extract_images
from newscrawl.extract.pagetype import classify_page, prose_chars
from newscrawl.extract.records import record_headline, with_record
from newscrawl.items import Article
from newscrawl.page import Page, parse_page

# Below this much DOM prose (CJK counted double) the body is looked for in shipped data.
MIN_DOM_PROSE = 100


@dataclass
class Extraction:
    """An extracted article plus the parsed page and body blocks, for callers that go further
    (the spider classifies links with the page; cleaners work on blocks)."""

    article: Article
    page: Page
    blocks: list[Block]
    region: BodyRegion | None


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    hints: dict[str, Any] | None = None,
    clean: bool = True,
) -> Article:
    """Extract one article from a page; bytes are decoded (GBK, GB18030, wrong declarations).

    With ``clean`` (the default), page-level boilerplate and spam cleaning runs too, so
    the result equals what a crawl emits for the page, crawl-wide evidence aside.
    Raises :class:`newscrawl.page.PageError` for input that is not an HTML page.
    """
    page = parse_page(html, url, content_type=content_type, fetched_at=fetched_at, hints=hints)
    return extract_page(page, clean=clean).article


def extract_page(page: Page, *, clean: bool = True) -> Extraction:
    """Field extraction over a parsed page; see :func:`extract`."""
    attributes: dict[_Element, Mapping[str, str]] = {}  # read by the body search, for the head walk
    region = find_region(page.tree, attributes=attributes)
    blocks = extract_blocks(page.tree, page.url, region=region)
    body_source = "dom"
    shipped = None
    if prose_chars(blocks) < MIN_DOM_PROSE:  # a JS-built shell: the article ships as data
        rendered = rendered_page(page)
        if rendered is not None:  # an App Router page: what its data renders is the page read from here on
            page, attributes = rendered, {}
            region = find_region(page.tree, attributes=attributes)
            blocks = extract_blocks(page.tree, page.url, region=region)
            body_source = "next-flight" if blocks else body_source
        shipped = hydrated_blocks(page, blocks if rendered is not None else None)
        if shipped is not None:
            blocks, body_source = shipped.blocks, shipped.source
    headline, headline_source = extract_headline(page, region.elements[0] if region else None)
    record = shipped.record if shipped is not None else ()  # the page's own, or empty
    if headline_source != "dom" and (shown := record_headline(record)):
        headline, headline_source = shown, "script"  # what the app shows over the body, not an SEO title
    blocks = tidy_body(blocks, headline)
    # The lines around the headline, walked once for dates and bylines; a headline read off the
    # page (not metadata's) tells the walk where it is shown.
    shown = headline if headline_source == "dom" else None
    head = head_lines(page, attributes=attributes, headline=shown)
    dates = extract_dates(page, head=head)
    body_end = region.elements[-1] if region else None  # credits after the body: author boxes
    body_text = blocks_to_text(blocks)
    authors = extract_authors(page, body_text, head=head, body_end=body_end)
    if record:  # a shell's date and byline are in the body's record
        dates, authors = with_record(dates, authors, record, page_timezone(page))
    canonical = metadata.canonical_url(page)
    holders = region.elements if region else []  # where the article's pictures are
    if shipped is not None and not shipped.shown and (markup := shipped_markup(shipped)) is not None:
        holders = [*holders, markup]  # a body read from shipped HTML: its pictures too
    article = Article(
        url=page.url or "",
        canonicalUrl=canonical,
        headline=headline,
        description=metadata.description(page),
        datePublished=dates.published,
        dateModified=dates.modified,
        authors=authors.authors,
        publisher=metadata.publisher_name(page),
        sourceOrganization=authors.organization,
        images=extract_images(page, holders, own_url=page.url or canonical, body_text=body_text),
        keywords=metadata.keywords(page),
        articleSection=metadata.section(page),
        fetchedAt=page.fetched_at.isoformat() if page.fetched_at else None,
    )
    _record_provenance(article, headline_source, dates, authors)
    if body_source != "dom":
        article.provenance["articleBody"] = body_source
    extraction = Extraction(article, page, blocks, region)
    if clean:
        from newscrawl.clean.page import clean_extraction

        clean_extraction(extraction)
    article.articleBody = blocks_to_text(extraction.blocks)
    article.inLanguage = metadata.language(page, article.articleBody or article.headline or "")
    article.pageType = classify_page(page, region, extraction.blocks, article)
    return extraction


def tidy_body(blocks: list[Block], headline: str | None) -> list[Block]:
    """The body's edges: no repeated headline, no related-articles tail, no date/source rows."""
    return trim_meta_lines(cut_related_tail(drop_leading_headline(blocks, headline)))


def drop_leading_headline(blocks: list[Block], headline: str | None) -> list[Block]:
    """The body starts after the headline; some containers repeat it in their first lines."""
    for index, block in enumerate(blocks[:3]):
        if headline and block.text == headline:
            return blocks[index + 1 :]
    return blocks


def _record_provenance(article: Article, headline_source: str | None, dates: Any, authors: Any) -> None:
    sources = {
        "headline": headline_source,
        "datePublished": dates.published_source,
        "dateModified": dates.modified_source,
        "authors": authors.source,
        "sourceOrganization": authors.organization_source,
    }
    article.provenance = {k: v for k, v in sources.items() if v}
