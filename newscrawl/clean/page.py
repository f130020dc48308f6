"""Page-level cleaning applied to every extraction, online and offline alike.

Kept in one function so that ``newscrawl extract`` on a saved page and a crawl of the
same page emit the same item (crawl-wide evidence, added by the pipelines, aside).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscrawl.clean.boilerplate import strip_boilerplate
from newscrawl.clean.spam import clean_page

if TYPE_CHECKING:
    from newscrawl.extract.article import Extraction


def clean_extraction(extraction: Extraction) -> None:
    """Strip boilerplate lines and injected spam from ``extraction`` in place.

    Credits found in removed lines (a copied copyright notice naming the outlet, a
    ``文章作者`` line) fill ``sourceOrganization`` and ``authors`` when extraction
    found none, since those lines are often the only place the page credits them; and a
    lone caption line removed from the text (``圖說：…``, set at the story's end) captions the
    page's lone picture when nothing else did.
    """
    article = extraction.article
    blocks, removals, credits = strip_boilerplate(extraction.blocks)
    result = clean_page(extraction.page, article.headline, blocks)
    extraction.blocks = result.blocks
    article.headline = result.headline
    article.cleaning = [*removals, *result.removals]
    article.links = result.links
    article.spam = result.verdict
    if credits.outlet and not article.sourceOrganization:
        article.sourceOrganization = credits.outlet
        article.provenance["sourceOrganization"] = "text"
    if credits.authors and not article.authors:
        article.authors = list(credits.authors)
        article.provenance["authors"] = "text"
    captions = [removal.text for removal in removals if removal.rule == "caption"]
    pictures = article.images or []
    if len(captions) == 1 and len(pictures) == 1 and pictures[0].caption is None:
        pictures[0].caption = captions[0]  # the caption line set apart from its lone picture
