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

import html
import re
from difflib import SequenceMatcher
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml.etree import _Element

from newscrawl.extract.blocks import CJK_CHAR, mostly_cjk, normalise_space
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.dom import SKIP_TAGS, plain_text
from newscrawl.extract.titletext import (
    TITLE_SEPARATORS,
    after_label,
    beside,
    fold,
    headline_parts,
    is_keyword_list,
    last_crumb,
    polish,
    similar,
    trim_site_name,
)
from newscrawl.extract.visibility import is_hidden
from newscrawl.page import Page

_TITLE_CLASS = re.compile(r"title|headline|biaoti|heading", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
# Containers a heading of the article never sits in.
_NOT_ARTICLE_TAGS = frozenset({"nav", "footer", "aside", "dialog"})
# How far up to look for them: an unclosed <nav> or <aside> early in a broken page
# wraps the whole article in the parsed tree.
_NEAR_ANCESTORS = 6
_WORD = re.compile(r"[^\W\d_]{3,}")
# Function words, as :func:`_words` leaves them (singularised: "thi", "wa", "ha").
_STOPWORDS = frozenset(
    {"the", "and", "for", "with", "what", "how", "why", "who", "you", "your", "are", "thi", "that", "from"}
    | {"they", "their", "about", "into", "our", "wa", "were", "ha", "have", "but", "not", "can", "all"}
)


def extract_headline(page: Page, body_start: _Element | None = None) -> tuple[str | None, str | None]:
    """Return ``(headline, provenance)``.

    In order: an ``<h1>`` metadata confirms; an ``<h1>`` on metadata's topic (an SEO
    title rewords the headline); an ``<h2>`` or an element named like a title that
    metadata confirms; the page's one ``<h1>``; of several, the one nearest above the
    article's body (``body_start``, its first element); metadata trimmed of the site name.
    """
    meta_titles = _metadata_titles(page)
    sites = _site_names(page, meta_titles)
    h1_elements = page.headings("h1")
    h1s = _content_h1s(h1_elements, sites)
    headline = (
        _confirmed(h1s, meta_titles, sites)
        or _topical_h1(h1s, meta_titles, sites)
        or _confirmed(h2s := _h2s(page), meta_titles, sites)
        or _confirmed(classed := _title_classed(page.tree), meta_titles, sites, parts_only=True)
        or _reworded_cjk([h.text for h in h1s] + h2s + classed, meta_titles, sites)
        or _lone_content_h1(h1_elements, h1s)
        or _h1_over_body(page, body_start, h1s)
    )
    if headline:
        return polish(headline, _plain_titles(page, meta_titles), sites), "dom"
    bare_titles = [_not_site(trim_site_name(title, page), sites) for title, _ in meta_titles]
    shown = _shown_title(page.tree, bare_titles)
    if shown:
        return shown, "dom"
    if not _headline_titles(page, bare_titles):  # the title names the site (and a column) only
        dated = _dated_heading(page.tree)
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
    sized = [t for t in titles if _sentence_sized(t)]
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


class _Heading(NamedTuple):
    """A visible heading: its text and whether it sits in the site's header."""

    text: str
    in_page_header: bool


def _confirmed(
    headings: list[_Heading] | list[str],
    meta_titles: list[tuple[str, str]],
    sites: set[str],
    parts_only: bool = False,
) -> str | None:
    """The heading metadata confirms: it is a title, or a title's headline part. Of
    several, the longest: a title's other parts are its section and site labels."""
    texts = [h.text if isinstance(h, _Heading) else h for h in headings]
    if not parts_only:
        found = [t for t in texts if any(similar(t, title) for title, _ in meta_titles)]
        if found:
            return max(found, key=len)
    parts = set().union(*(headline_parts(title, sites) for title, _ in meta_titles))
    return max((t for t in texts if fold(t) in parts), key=len, default=None)


def _metadata_titles(page: Page) -> list[tuple[str, str]]:
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


def _site_names(page: Page, meta_titles: list[tuple[str, str]]) -> set[str]:
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


def _heading_text(element: _Element) -> str:
    """Text of a heading: a ``<br>`` separates words, and an entity escaped twice
    (``&amp;#x26;``) is read as the character it names."""
    text = normalise_space(_rendered_text(element))
    return html.unescape(text) if _ENTITY.search(text) else text


def _rendered_text(element: _Element) -> str:
    """Text of ``element`` as shown: a ``<br>`` breaks words, scripts and comments are not shown."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "br":
            pieces.append(" ")
        elif isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
            pieces.append(_rendered_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _content_h1s(h1_elements: list[_Element], sites: set[str]) -> list[_Heading]:
    """``<h1>``s that may be the article's: visible, outside navigation, footers and
    forms, not a link home (a logo), not the site's name, not a keyword list; repeats (a
    layout's mobile copy) once. A heading set as a breadcrumb trail is its last step."""
    found: dict[str, _Heading] = {}
    for h1 in h1_elements:
        text = last_crumb(_heading_text(h1))
        if not 2 <= len(text) <= 300 or text in found or fold(text) in sites or "{{" in text:
            continue
        if is_keyword_list(text):
            continue
        ancestors = list(h1.iterancestors())[:_NEAR_ANCESTORS]
        if is_hidden(h1) or any(a.tag in _NOT_ARTICLE_TAGS for a in ancestors):
            continue
        if _links_home(h1):
            continue
        in_header = any(a.tag == "header" and _is_page_header(a) for a in h1.iterancestors())
        found[text] = _Heading(text, in_header)
    return list(found.values())


def _links_home(h1: _Element) -> bool:
    anchor = h1.find(".//a")
    return anchor is not None and (anchor.get("href") or "").strip() in ("/", "./", "index.html")


def _topical_h1(h1s: list[_Heading], meta_titles: list[tuple[str, str]], sites: set[str]) -> str | None:
    """The first ``<h1>`` that words the metadata's topic differently (an SEO title
    rewrites the headline but keeps its key words); a site-header tagline, a widget's or
    a section's heading shares too few of them."""
    site_words = set().union(*(_words(s) for s in sites)) if sites else set()
    titles = [_words(t) - site_words for t, _ in meta_titles]
    for heading in h1s:
        if len(heading.text.split()) >= 4 and any(_shares_topic(_words(heading.text), t) for t in titles):
            return heading.text
    return None


def _reworded_cjk(texts: list[str], meta_titles: list[tuple[str, str]], sites: set[str]) -> str | None:
    """The first Chinese heading that holds nearly all of a title's headline part and little
    else: the page shows the headline with a column tag (【记者即时播报】) or a word the SEO
    title dropped (内蒙古9部门：…). Chinese has no spaces to share words by, as
    :func:`_topical_h1` does; shared characters in order stand in."""
    parts = [p for title, _ in meta_titles for p in headline_parts(title, sites) if len(p) >= _REWORD_MIN]
    parts = [p for p in parts if mostly_cjk(p)]
    for text in texts if parts else []:
        key = fold(text)
        if any(_holds_most(key, part) for part in parts):
            return text
    return None


def _holds_most(key: str, part: str) -> bool:
    """``key`` keeps nine tenths of ``part``'s characters in order and is not half again as long."""
    if not len(part) <= len(key) <= 1.5 * len(part):
        return False
    matcher = SequenceMatcher(None, key, part, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= 0.9 * len(part)


def _lone_content_h1(h1_elements: list[_Element], h1s: list[_Heading]) -> str | None:
    """The page's single ``<h1>``, outside the site header, when it is sentence-sized:
    the headline even when metadata words it differently."""
    if len(h1s) != 1 or h1s[0].in_page_header or not _sentence_sized(h1s[0].text):
        return None
    texts = {normalise_space(h.text_content()) for h in h1_elements} - {""}
    return h1s[0].text if len(texts) == 1 else None


def _h1_over_body(page: Page, body_start: _Element | None, h1s: list[_Heading]) -> str | None:
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
            text = last_crumb(_heading_text(h1s_there[-1]))  # the nearest above
            found = next((h for h in h1s if h.text == text), None)
            if found is None or found.in_page_header or not _sentence_sized(text):
                return None
            site_part = text in title and fold(text) != fold(trim_site_name(title, page))
            return None if site_part else text
        node = node.getparent()
    return None


def _sentence_sized(text: str) -> bool:
    return 10 <= len(text) <= 300 and (bool(CJK_CHAR.search(text)) or " " in text)


def _shares_topic(a: set[str], b: set[str]) -> bool:
    """At least two content words, and half of the shorter side's, are shared.

    >>> _shares_topic(_words("After Testing 40 Toothbrushes, Our Best"), _words("The 5 Best Toothbrushes"))
    True
    """
    shared = a & b
    return len(shared) >= 2 and len(shared) >= 0.5 * min(len(a), len(b))


def _words(text: str) -> set[str]:
    """Content words, crudely singular: what a headline and its SEO rewording share."""
    return {w.lower().rstrip("s") for w in _WORD.findall(text)} - _STOPWORDS


def _is_page_header(header: _Element) -> bool:
    """The site's header (a child of ``<body>`` or of a top-level wrapper), not an article's."""
    depth = sum(1 for _ in header.iterancestors())
    return depth <= 3


def _h2s(page: Page) -> list[str]:
    h2_elements = page.headings("h2")[:5]
    headings = [_heading_text(h) for h in h2_elements]
    return [h for h in headings if 2 <= len(h) <= 300]


def _visible_headings(page: Page, h1_elements: list[_Element]) -> list[str]:
    headings = [_heading_text(h) for h in h1_elements] + _h2s(page)
    return [h for h in headings if 2 <= len(h) <= 300]


def _plain_titles(page: Page, meta_titles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Metadata titles, each also trimmed of its site name."""
    trimmed = [(trim_site_name(title, page), source) for title, source in meta_titles]
    return list(dict.fromkeys(meta_titles + [t for t in trimmed if t[0]]))


_HEADLINE_CHARS = 80  # characters: a longer line is a paragraph, not a headline
_REWORD_MIN = 8  # folded characters: a shorter title part is a label, not a headline to find
_MINOR_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# Elements a table-laid page sets its headline in, without a heading tag.
_LINE_HOLDERS = (*_MINOR_HEADINGS, "td", "div", "p", "span", "strong", "b", "font", "center")
_DATELINE_CHARS = 120
_PROSE_CHARS = 60  # characters: a following line this long with a sentence's punctuation is the text
_SENTENCE_MARK = re.compile(r"[，。,.；;！？!?]")
_FOLLOWERS = 3  # lines after a heading looked at for its date line or text
# Where a line is not a headline: a link, or preformatted text (a plain-text document's
# running header "de Jong   [Page 1]" sits right above its next page's dated header).
_NOT_HEADLINE_HOLDERS = frozenset({"a", "pre"}) | _NOT_ARTICLE_TAGS


def _dated_heading(tree: _Element) -> str | None:
    """The first sentence-sized line, not a link, that a date line or the article's prose
    follows: article templates print the date, or start the text, right under the headline,
    even where a table cell holds it instead of a heading tag. Asked only when no ``<h1>``
    or title-named element is the headline and the ``<title>`` names just the site and its
    column (``新闻动态--中国地理学会官网``) or is a Chinese title the page never shows."""
    for element in tree.iter(_LINE_HOLDERS):
        text = _line_text(element)
        if not text or any(a.tag in _NOT_HEADLINE_HOLDERS for a in element.iterancestors()):
            continue
        if any(_opens_article(line) for line in _following_lines(element)):
            return text
    return None


def _line_text(element: _Element) -> str | None:
    """The element's line when it may be a headline: sentence-sized, not a paragraph (a
    full stop ends it) and not a date line."""
    text = _own_line(element)
    if not text or not _sentence_sized(text) or len(text) > _HEADLINE_CHARS or text.endswith(("。", ".")):
        return None
    return None if next(find_stamps(text), None) else text


def _own_line(element: _Element) -> str | None:
    """The element's text when it is a line of its own: its own text starts it, and no
    child is a link or holds other lines."""
    if not (element.text or "").strip() or any(
        child.tag in _LINE_HOLDERS or child.tag == "a" for child in element
    ):
        return None
    return _heading_text(element)


def _shown_title(tree: _Element, titles: list[str]) -> str | None:
    """The first title, its part after a label's colon ("中國評論新聞：標題"), or a Chinese title's
    part before a column name set off by a space ("標題 东区办事处"), that the page shows as a line
    of its own: the headline as the page states it."""
    wanted = {
        fold(t): t for title in titles if title for t in (title, after_label(title), _before_column(title))
    }
    wanted.pop("", None)
    if not wanted:
        return None
    for element in tree.iter(_LINE_HOLDERS):
        text = _own_line(element)
        if text and fold(text) in wanted:
            return wanted[fold(text)]
    return None


def _before_column(title: str) -> str:
    """A mostly Chinese title's text before its last space, when that leaves a headline's worth
    (eight Han characters): "標題 东区办事处" -> "標題"; else nothing."""
    head, _, tail = title.rpartition(" ")
    if not tail or not mostly_cjk(title) or len(CJK_CHAR.findall(head)) < 8:
        return ""
    return head


def _opens_article(line: str) -> bool:
    """A line that comes right under a headline: a date line, or prose."""
    if len(line) <= _DATELINE_CHARS and next(find_stamps(line), None):
        return True
    return len(line) >= _PROSE_CHARS and len(_SENTENCE_MARK.findall(line)) >= 2


def _following_lines(element: _Element) -> list[str]:
    """The first few non-empty lines after ``element`` in reading order: its tail, its
    siblings, then its ancestors' siblings."""
    lines: list[str] = []
    node: _Element | None = element
    while node is not None and len(lines) < _FOLLOWERS:
        if (node.tail or "").strip():
            lines.append(normalise_space(node.tail or ""))
        for sibling in node.itersiblings():
            if len(lines) >= _FOLLOWERS:
                break
            if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS:
                line = normalise_space(sibling.text_content())
                if line:
                    lines.append(line)
            if (sibling.tail or "").strip():
                lines.append(normalise_space(sibling.tail or ""))
        node = node.getparent()
    return lines[:_FOLLOWERS]


_MAX_CLASSED = 20  # title-named texts looked at: a page's first ones; the rest are lists of teasers


def _title_classed(tree: _Element) -> list[str]:
    """Texts of elements named like a headline (``class="art_title"``), for pages without ``<h1>``."""
    found = []
    for el in tree.iter("div", "span", "p", "td", "strong", "b", "font", "h2", "h3"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _TITLE_CLASS.search(names):
            text = normalise_space(el.text_content())
            if 4 <= len(text) <= 200:
                found.append(text)
                if len(found) == _MAX_CLASSED:
                    break
    return found
