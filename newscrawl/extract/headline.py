"""The headline as the article states it, not the ``<title>`` with the site name glued on.

The article's own visible heading is preferred to metadata: ``og:title`` and JSON-LD
``headline`` are often SEO rewrites of it, and ``<title>`` carries the site's name. The
visible heading is only set aside when it is clearly not the headline (the site's logo,
a heading in the navigation or footer, a section label) and metadata then stands in,
trimmed of its site name. Metadata still lends the heading its casing when the heading
is set in capitals, and shows which decorations (a dateline, the site name) a heading
carries that the headline does not.
"""

from __future__ import annotations

from lxml.etree import _Element

from newscrawl.extract.blocks import mostly_cjk, normalise_space
from newscrawl.extract.dom import plain_text
from newscrawl.extract.headings import Heading, content_h1s, heading_text, sentence_sized, title_classed
from newscrawl.extract.headlinelines import dated_heading, shown_title
from newscrawl.extract.metatitles import metadata_titles, plain_titles, site_names
from newscrawl.extract.titlematch import confirmed, reworded_cjk, topical_h1
from newscrawl.extract.titletext import fold, last_crumb, polish, trim_site_name
from newscrawl.page import Page


def extract_headline(page: Page, body_start: _Element | None = None) -> tuple[str | None, str | None]:
    """Return ``(headline, provenance)``.

    In order: an ``<h1>`` metadata confirms; an ``<h1>`` on metadata's topic (an SEO
    title rewords the headline); an ``<h2>`` or an element named like a title that
    metadata confirms; the page's one ``<h1>``; of several, the one nearest above the
    article's body (``body_start``, its first element); metadata trimmed of the site name.
    """
    meta_titles = metadata_titles(page)
    sites = site_names(page, meta_titles)
    h1_elements = page.headings("h1")
    h1s = content_h1s(h1_elements, sites)
    headline = (
        confirmed(h1s, meta_titles, sites)
        or topical_h1(h1s, meta_titles, sites)
        or confirmed(h2s := _h2s(page), meta_titles, sites)
        or confirmed(classed := title_classed(page.tree), meta_titles, sites, parts_only=True)
        or reworded_cjk([h.text for h in h1s] + h2s + classed, meta_titles, sites)
        or _lone_content_h1(h1_elements, h1s)
        or _h1_over_body(page, body_start, h1s)
    )
    if headline:
        return polish(headline, plain_titles(page, meta_titles), sites), "dom"
    bare_titles = [_not_site(trim_site_name(title, page), sites) for title, _ in meta_titles]
    shown = shown_title(page.tree, bare_titles)
    if shown:
        return shown, "dom"
    if not _headline_titles(page, bare_titles):  # the title names the site (and a column) only
        dated = dated_heading(page.tree)
        if dated:
            return dated, "dom"
    for trimmed, (_, source) in zip(bare_titles, meta_titles, strict=True):
        if trimmed:
            return trimmed, source
    fallback = [h.text for h in h1s] or _visible_headings(page, h1_elements)
    if fallback:
        return fallback[0], "dom"
    return None, None


def _headline_titles(page: Page, titles: list[str]) -> list[str]:
    """The titles that may be a headline: sentence-sized, and, for a Chinese title, shown
    on the page in part at least. A Chinese title the page never shows is the site's own
    name (``中國廣播公司全球資訊網``), however long: the page shows its headline, and no
    other part of the title. (An English title the page does not show is more often an
    SEO wording of the headline: measured, letting a dated line win there lost headlines.)"""
    sized = [t for t in titles if sentence_sized(t)]
    if not any(mostly_cjk(t) for t in sized):
        return sized
    shown = _page_text(page)
    return [t for t in sized if not mostly_cjk(t) or any(p in shown for p in _pieces(t))]


def _pieces(title: str) -> set[str]:
    """The folded title and its space-separated pieces long enough to mean something found."""
    return {fold(p) for p in [title, *title.split()] if len(fold(p)) >= 4}


def _page_text(page: Page) -> str:
    """The folded text of the page's body, without the ``<title>`` a broken page has parsed into it."""
    body = page.tree.find("body")
    if body is None:
        return ""
    text = plain_text(body)
    title = page.title_element()
    if title is not None and any(a is body for a in title.iterancestors()):
        text = text.replace(plain_text(title), "", 1)
    return fold(text)


def _not_site(title: str, sites: set[str]) -> str:
    """The trimmed title, or nothing when it is just the site's name (``og:title`` = ``og:site_name``)."""
    return "" if fold(title) in sites else title


def _lone_content_h1(h1_elements: list[_Element], h1s: list[Heading]) -> str | None:
    """The page's single ``<h1>``, outside the site header, when it is sentence-sized:
    the headline even when metadata words it differently."""
    if len(h1s) != 1 or h1s[0].in_page_header or not sentence_sized(h1s[0].text):
        return None
    texts = {normalise_space(h.text_content()) for h in h1_elements} - {""}
    return h1s[0].text if len(texts) == 1 else None


def _h1_over_body(page: Page, body_start: _Element | None, h1s: list[Heading]) -> str | None:
    """The content ``<h1>`` nearest above the body's first element, when sentence-sized and outside
    the site header: where a template sets widget titles and its logo as ``<h1>``s too, the
    headline is the one the article follows. Not the site's name, which a blog template sets
    in an ``<h1>`` over its posts: a part of the ``<title>`` other than its headline part."""
    if body_start is None or len(h1s) < 2:
        return None
    title = page.title_text() or ""
    node: _Element | None = body_start
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            h1s_there = list(sibling.iter("h1"))
            if not h1s_there:
                continue
            text = last_crumb(heading_text(h1s_there[-1]))  # the nearest above
            found = next((h for h in h1s if h.text == text), None)
            if found is None or found.in_page_header or not sentence_sized(text):
                return None
            site_part = text in title and fold(text) != fold(trim_site_name(title, page))
            return None if site_part else text
        node = node.getparent()
    return None


def _h2s(page: Page) -> list[str]:
    h2_elements = page.headings("h2")[:5]
    headings = [heading_text(h) for h in h2_elements]
    return [h for h in headings if 2 <= len(h) <= 300]


def _visible_headings(page: Page, h1_elements: list[_Element]) -> list[str]:
    headings = [heading_text(h) for h in h1_elements] + _h2s(page)
    return [h for h in headings if 2 <= len(h) <= 300]
