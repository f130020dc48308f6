"""The page's titles from metadata (JSON-LD ``headline``, title metas, ``<title>``) and the
names the site goes by, read from them. Separate from the headings: the other extractors
share ``ARTICLE_TYPES``, the JSON-LD types of an article.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.titletext import TITLE_SEPARATORS, beside, fold, trim_site_name
from newscrawl.page import Page


def metadata_titles(page: Page) -> list[tuple[str, str]]:
    """The page's titles (JSON-LD headline, title metas, ``<title>``), each with its source; a
    text longer than any headline is none (an unclosed ``<title>`` swallows the page)."""
    found: list[tuple[str, str]] = []
    for obj in page.json_ld_of_type(*ARTICLE_TYPES):
        value = obj.get("headline") or obj.get("name")
        if isinstance(value, str) and value.strip():
            found.append((normalise_space(html.unescape(value)), "json-ld"))
    for key in ("og:title", "twitter:title", "title", "headline", "dc.title"):
        value = page.meta_first(key)
        if value:
            found.append((normalise_space(value), "meta"))
    title = page.title_element()
    if title is not None and title.text_content().strip():
        found.append((normalise_space(title.text_content()), "title"))
    return [(text, source) for text, source in found if len(text) <= _MAX_TITLE_CHARS]


_MAX_TITLE_CHARS = 1000  # characters: the longest corpus title has 251


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


def site_names(page: Page, meta_titles: list[tuple[str, str]]) -> set[str]:
    """Folded names the site goes by: ``og:site_name``, its host name, and what
    ``<title>`` adds around a metadata title it contains ("Site - Headline")."""
    names = {fold(page.meta_first("og:site_name", "application-name") or "")}
    host = urlsplit(page.url or "").hostname or ""
    names.add(fold(host.removeprefix("www.")))
    clean = [t for t, source in meta_titles if source != "title"]
    for title, source in meta_titles:
        if source == "title":
            names.update(fold(residue) for residue in _title_residues(title, clean))
    names.discard("")
    return names


def _title_residues(title: str, clean: list[str]) -> list[str]:
    """What ``<title>`` adds before or after a metadata title it contains."""
    for headline in clean:
        rest = beside(title, headline)
        if rest:
            return [p for p in TITLE_SEPARATORS.split(rest.strip(" :")) if p and p.strip()]
    return []


def plain_titles(page: Page, meta_titles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Metadata titles, each also trimmed of its site name."""
    trimmed = [(trim_site_name(title, page), source) for title, source in meta_titles]
    return list(dict.fromkeys(meta_titles + [t for t in trimmed if t[0]]))
