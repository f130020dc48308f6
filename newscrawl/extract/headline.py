"""The headline as the article states it, not the ``<title>`` with the site name glued on."""

from __future__ import annotations

import html
import re

from lxml.etree import _Element

from newscrawl.extract.blocks import normalise_space
from newscrawl.page import Page

# Separators sites put between headline and site name in <title>.
_TITLE_SEPARATORS = re.compile(r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s*-{2,}\s*|——")
# Looser, for CJK titles: also a bare dash ("标题-站点").
_LOOSE_SEPARATORS = re.compile(r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s*-{1,2}\s*|——")
# Loosest, only to match a visible element against a part: also a space beside CJK text.
_PART_SEPARATORS = re.compile(
    r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s*-{1,2}\s*|——|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])"
)
_CJK_TEXT = re.compile(r"[\u3400-\u9fff]")
_TITLE_CLASS = re.compile(r"title|headline|biaoti|heading", re.I)


def extract_headline(page: Page) -> tuple[str | None, str | None]:
    """Return ``(headline, provenance)``.

    Metadata titles (JSON-LD ``headline``, ``og:title``, ``<title>``) often carry the
    site name, or are SEO variants of the headline; visible ``<h1>``/``<h2>`` rarely do
    but may be the logo. So a visible heading wins when metadata confirms it, or when
    it is the page's one ``<h1>`` outside the header and not the site's name; otherwise
    metadata is trimmed against the visible heading or the site name.
    """
    meta_titles = _metadata_titles(page)
    headings = _visible_headings(page.tree)
    for heading in headings:
        if any(_similar(heading, title) for title, _ in meta_titles):
            return heading, "dom"
    titled = _title_classed(page.tree)
    site = _fold(page.meta_first("og:site_name", "application-name") or "")
    for title, _ in meta_titles:
        parts = _headline_parts(title, site)
        for candidate in [*headings, *titled]:
            if _fold(candidate) in parts:
                return candidate, "dom"
    lone = _lone_content_h1(page.tree, site)
    if lone:
        return lone, "dom"
    for title, source in meta_titles:
        trimmed = trim_site_name(title, page)
        if trimmed:
            return trimmed, source
    if headings:
        return headings[0], "dom"
    return None, None


def _metadata_titles(page: Page) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        value = obj.get("headline") or obj.get("name")
        if isinstance(value, str) and value.strip():
            found.append((normalise_space(html.unescape(value)), "json-ld"))
    for key in ("og:title", "twitter:title", "title", "headline"):
        value = page.meta_first(key)
        if value:
            found.append((normalise_space(value), "meta"))
    title = page.tree.find(".//title")
    if title is not None and title.text_content().strip():
        found.append((normalise_space(title.text_content()), "title"))
    return found


ARTICLE_TYPES = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "WebPage",
)


def _visible_headings(tree: _Element) -> list[str]:
    headings = [normalise_space(h.text_content()) for h in tree.iter("h1")]
    headings += [normalise_space(h.text_content()) for h in tree.iter("h2")][:5]
    return [h for h in headings if 2 <= len(h) <= 300]


def _headline_parts(title: str, site: str) -> set[str]:
    """Folded parts of a title that may be the headline: not the site name, and not a
    short last part (where titles put the site's name) when a longer part exists.

    >>> sorted(_headline_parts("A brief intro to git | Cory Dransfeldt", ""))
    ['abriefintrotogit']
    """
    parts = [_fold(p) for p in _PART_SEPARATORS.split(title) if p and len(_fold(p)) >= 4]
    if len(parts) > 1 and len(parts[-1]) < max(len(p) for p in parts[:-1]):
        parts = parts[:-1]
    return set(parts) - {site}


def _lone_content_h1(tree: _Element, site: str) -> str | None:
    """The page's single ``<h1>`` when it is a headline: not in the header/nav, not a link
    home (a logo), not the site name, and at least a few words long."""
    h1s = [h for h in tree.iter("h1") if normalise_space(h.text_content())]
    if len(h1s) != 1:
        return None
    h1 = h1s[0]
    text = normalise_space(h1.text_content())
    if _fold(text) == site or not 10 <= len(text) <= 300 or (not _CJK_TEXT.search(text) and " " not in text):
        return None
    if any(a.tag == "nav" or (a.tag == "header" and _is_page_header(a)) for a in h1.iterancestors()):
        return None
    anchor = h1.find(".//a")
    if anchor is not None and (anchor.get("href") or "").strip() in ("/", "./", "index.html"):
        return None
    return text


def _is_page_header(header: _Element) -> bool:
    """The site's header (a child of ``<body>`` or of a top-level wrapper), not an article's."""
    depth = sum(1 for _ in header.iterancestors())
    return depth <= 3


def _title_classed(tree: _Element) -> list[str]:
    """Texts of elements named like a headline (``class="art_title"``), for pages without ``<h1>``."""
    found = []
    for el in tree.iter("div", "span", "p", "td", "strong", "b", "font", "h2", "h3"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _TITLE_CLASS.search(names):
            text = normalise_space(el.text_content())
            if 4 <= len(text) <= 200:
                found.append(text)
    return found[:20]


def _similar(heading: str, title: str) -> bool:
    """The heading is the title, or the title is the heading plus site-name decoration.

    A heading that is only the title's short last part is the site name (a blog's
    ``<h1>`` logo in "Post title | Blog name"), not a confirmation.
    """
    a, b = _fold(heading), _fold(title)
    if not a or not b:
        return False
    if a == b or a in _headline_parts(title, ""):
        return True
    return len(a) >= 0.5 * len(b) and b.startswith(a)


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def trim_site_name(title: str, page: Page) -> str:
    """Drop a site-name part from a ``<title>``-like string.

    >>> from newscrawl.page import parse_page
    >>> page = parse_page('<meta property="og:site_name" content="Daily"><p>x</p>')
    >>> trim_site_name("Rain falls - Daily", page)
    'Rain falls'
    """
    site = page.meta_first("og:site_name", "application-name", "twitter:site")
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) <= 1 and _CJK_TEXT.search(title):
        parts = [p.strip() for p in _LOOSE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) <= 1:
        return title.strip()
    if site:
        kept = [p for p in parts if _fold(p) != _fold(site) and _fold(site) not in _fold(p)]
        if kept and len(kept) < len(parts):
            return _join_parts(title, kept)
    return max(parts, key=len)


def _join_parts(title: str, kept: list[str]) -> str:
    if len(kept) == 1:
        return kept[0]
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)
