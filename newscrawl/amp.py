"""A JS-built page's article from its AMP version, when neither its DOM nor its shipped
data hold the text.

AMP pages are static HTML by design, so a site whose article page is an empty app
shell usually still serves the text at its ``<link rel="amphtml">``. The spider fetches
that page (through the downloader middlewares: robots.txt, retries) and takes its body;
URL, canonical URL and everything page 1 knew stay the original page's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from newscrawl.extract.pagetype import prose_chars

if TYPE_CHECKING:
    from newscrawl.extract.article import Extraction
    from newscrawl.page import Page

# Below this much body prose (CJK counted double) the AMP version is worth a request.
MIN_PROSE = 100


def amp_url(page: Page) -> str | None:
    """The page's AMP version, absolute, when it announces one.

    >>> from newscrawl.page import parse_page
    >>> amp_url(parse_page('<link rel="amphtml" href="/amp/x"><p>y</p>', "https://n.example/x"))
    'https://n.example/amp/x'
    """
    for link in page.tree.iter("link"):
        if "amphtml" in (link.get("rel") or "").lower().split() and link.get("href"):
            return page.absolute(link.get("href"))
    return None


def needs_amp(extraction: Extraction) -> str | None:
    """The AMP URL to fetch when the extracted body is (nearly) empty, else None."""
    if extraction.article.provenance.get("articleBody") or prose_chars(extraction.blocks) >= MIN_PROSE:
        return None
    url = amp_url(extraction.page)
    return url if url and url != extraction.page.url else None


async def with_amp_body(
    extraction: Extraction, fetch: Callable[[str], Awaitable[Extraction | None]]
) -> Extraction:
    """``extraction`` with the body (and missing fields) of its AMP version, when it needs
    one and the AMP page holds more prose; unchanged otherwise."""
    url = needs_amp(extraction)
    if url is None:
        return extraction
    amp = await fetch(url)
    if amp is None or prose_chars(amp.blocks) <= prose_chars(extraction.blocks):
        return extraction
    article, source = extraction.article, amp.article
    article.articleBody, article.links, article.cleaning = source.articleBody, source.links, source.cleaning
    article.headline = article.headline or source.headline
    article.datePublished = article.datePublished or source.datePublished
    article.authors = article.authors or source.authors
    article.images = article.images or source.images
    article.pageType = source.pageType
    article.provenance["articleBody"] = "amp"
    extraction.blocks = amp.blocks
    return extraction
