"""Is this page an article, a listing to crawl through, or something else (about, gallery)?

Decided from content, not URLs: portals use every URL style for every page kind.
An article has prose in its main container and a publication date or article
metadata; a listing's main container is a run of headline links (with or without
teasers); prose without any date or article metadata is an about/policy page. Page 2
and later of a split article are ``other``: the crawl reaches their text through page 1
(:mod:`newscrawl.extract.pagination`), never as articles of their own.
"""

from __future__ import annotations

from lxml.etree import _Element

from newscrawl.extract.authormeta import site_names
from newscrawl.extract.blocks import Block, mostly_cjk
from newscrawl.extract.bodyregion import BodyRegion
from newscrawl.extract.dom import BLOCK_TAGS, plain_text
from newscrawl.extract.metatitles import ARTICLE_TYPES
from newscrawl.extract.pagination import is_continuation_page
from newscrawl.extract.skipparts import is_boilerplate_container
from newscrawl.items import Article
from newscrawl.page import Page
from newscrawl.urls import split_url

_ARTICLE_OG_TYPES = ("article", "news", "newsarticle")
_NON_ARTICLE_LD = {"WebPage"}


def classify_page(page: Page, region: BodyRegion | None, blocks: list[Block], article: Article) -> str:
    """``"article"``, ``"listing"`` or ``"other"``."""
    has_metadata = declares_article(page)
    weights = [b.unlinked_weight for b in blocks]
    prose = [w for w in weights if w >= _PROSE_BLOCK]
    kind = None if has_metadata else _undeclared_kind(page, region, prose, sum(weights))
    if kind:
        return kind
    if _is_gallery(page, sum(prose)):
        return "other"
    if has_metadata or article.datePublished or _bylined(article, page):
        return "other" if is_continuation_page(page) else "article"
    return "other"


def _bylined(article: Article, page: Page) -> bool:
    """Whether the page's text credits a writer or another outlet: an undated post with its writer's
    name (blogs and guides often show no date) or a story credited to an agency (〔中央社〕, 来源：
    新华社) is an article, while an about or policy page credits nobody but the site itself. A
    ``<meta name="author">`` does not count: sites put their owner's name on every page."""
    if article.authors and article.provenance.get("authors") == "text":
        return True
    outlet = article.sourceOrganization
    if not outlet or article.provenance.get("sourceOrganization") != "text":
        return False
    return outlet not in site_names(page, every_part=True)


def _undeclared_kind(page: Page, region: BodyRegion | None, prose: list[int], weight: int) -> str | None:
    """``listing`` or ``other`` for a page without article metadata whose region reads as a
    list of teasers or holds too little prose; None when it may be an article. (Teasers are
    only looked for here: article metadata overrides them, and finding them costs.)"""
    scopes = region.elements if region else [page.tree]
    anchors = [a for scope in scopes for a in headline_links(scope, page.url)]
    teasers = {a.get("href") for a in anchors}
    # A teaser title: a link set as a heading, or a link heading a list item.
    linked_heading = any(_in_heading(a) for a in anchors) or bool(
        anchors and region is not None and region.anchor.tag in ("ul", "ol", "li", "dl", "dd")
    )
    teaser_like = (len(teasers) >= 2 or linked_heading) and len(teasers) * 2 >= len(prose)
    one_teaser = not teaser_like and region is not None and _one_of_repeated_teasers(region.anchor, page.url)
    if (teaser_like or one_teaser) and not _prose_runs_on(scopes, set(anchors)):
        return "listing"
    if weight < MIN_ARTICLE_PROSE:
        return "listing" if len(headline_links(page.tree, page.url)) >= 4 else "other"
    return None


# Below this much prose (CJK counted double) a page without article metadata is not an
# article: enough for a two-sentence brief, not for a welcome line or a pager.
MIN_ARTICLE_PROSE = 100
# A block with this much unlinked prose (CJK counted double) reads as a sentence.
_PROSE_BLOCK = 40


def prose_chars(blocks: list[Block]) -> int:
    """Characters in blocks that read as sentences (CJK counted double: denser script)."""
    return sum(w for w in (b.unlinked_weight for b in blocks) if w >= _PROSE_BLOCK)


def headline_links(scope: _Element, page_url: str | None) -> list[_Element]:
    """Anchors to other pages of the site whose text reads like a headline and stands on its
    own line (a teaser title), outside related/share blocks: inline links in prose don't count."""
    host = _hostname(page_url) if page_url else None
    found = []
    for anchor in scope.iter("a"):
        href = anchor.get("href") or ""
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if host and href.startswith("http") and _hostname(href) != host:
            continue
        text = "".join(plain_text(anchor).split())
        headline_sized = 16 <= _weight(text) <= 200
        if headline_sized and _standalone(anchor, len(text)) and not _in_chrome(anchor, scope):
            found.append(anchor)
    return found


# Paragraphs of prose in a row, no teaser title between them: an article's text, which its related
# lists may outnumber in links. A listing's teasers alternate title and lead (one or two paragraphs).
_PROSE_RUN = 4


def _prose_runs_on(scopes: list[_Element], teasers: set[_Element]) -> bool:
    """Whether the region's prose is mostly one run of :data:`_PROSE_RUN` paragraphs or more with no
    teaser title between them, in document order: an article with related lists in its container,
    not a list of teasers (whose leads alternate with their titles, under an intro at most).
    Lines a block breaks with ``<br>`` count as paragraphs (table-laid pages)."""
    runs: list[tuple[int, int]] = [(0, 0)]  # (paragraphs, weight) of each run
    for scope in scopes:
        for element in scope.iter():
            if element in teasers:
                runs.append((0, 0))
            elif element.tag in _PARAGRAPH_TAGS:
                lines = _prose_lines(element)
                if lines:
                    count, weight = runs[-1]
                    runs[-1] = (count + len(lines), weight + sum(lines))
    total = sum(weight for _, weight in runs)
    return any(count >= _PROSE_RUN and 2 * weight >= total for count, weight in runs)


_PARAGRAPH_TAGS = frozenset({"p", "div", "td", "li", "blockquote"})


def _prose_lines(block: _Element) -> list[int]:
    """The weights of the lines of prose a block holds itself, outside nested blocks and links: its
    text broken at ``<br>``, each line of :data:`_PROSE_BLOCK` unlinked characters or more (CJK
    counted double)."""
    lines: list[list[str]] = [[block.text or ""]]
    for child in block:
        if child.tag == "br":
            lines.append([])
        elif isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and child.tag != "a":
            lines[-1].append(plain_text(child))
        lines[-1].append(child.tail or "")
    weights = (_weight("".join("".join(parts).split())) for parts in lines)
    return [w for w in weights if w >= _PROSE_BLOCK]


def _weight(text: str) -> int:
    """Characters, CJK counted double (a denser script)."""
    return len(text) * (2 if mostly_cjk(text) else 1)


def _hostname(url: str) -> str | None:
    """The URL's host; None for a malformed link, which then counts as another site's."""
    parts = split_url(url)
    return parts.hostname if parts else None


def _standalone(anchor: _Element, length: int) -> bool:
    """The anchor is (nearly) all the text of its line: a title, not a link inside a sentence.

    Text in nested blocks (a teaser's lead paragraph) is another line and doesn't count.
    """
    for ancestor in anchor.iterancestors():
        if ancestor.tag in BLOCK_TAGS:
            return _line_length(ancestor, anchor) <= length * 1.5 + 12
    return True


def _line_length(block: _Element, anchor: _Element) -> int:
    """Characters on the anchor's line of ``block``: inline text between ``<br>`` breaks
    (nested blocks are lines of their own)."""
    lines = [[0, False]]

    def add(text: str | None) -> None:
        lines[-1][0] += len("".join((text or "").split()))

    def walk(element: _Element) -> None:
        for child in element:
            if child.tag == "br" or child.tag in BLOCK_TAGS:
                lines.append([0, False])
            else:
                lines[-1][1] = lines[-1][1] or child is anchor
                add(child.text)
                walk(child)
            add(child.tail)

    add(block.text)
    walk(block)
    return next((int(n) for n, has in lines if has), 0)


def _in_chrome(anchor: _Element, scope: _Element) -> bool:
    """Inside a related-articles, share or navigation block of the region."""
    for ancestor in anchor.iterancestors():
        if ancestor is scope:
            return False
        if is_boilerplate_container(ancestor):
            return True
    return False


def _one_of_repeated_teasers(element: _Element, page_url: str | None) -> bool:
    """The region won on one item of a list of teasers (a long lead under each link).

    Its siblings are built the same way (tag and class) and each carries a headline link,
    which article paragraphs do not.
    """
    for node in (element, element.getparent()):
        if node is None or node.tag in ("p", "body", "html"):
            return False
        parent = node.getparent()
        if parent is None:
            return False
        twins = [
            s for s in parent if s is not node and s.tag == node.tag and s.get("class") == node.get("class")
        ]
        if len(twins) >= 2 and sum(1 for t in twins if headline_links(t, page_url)) >= 2:
            return True
    return False


def _in_heading(anchor: _Element) -> bool:
    """A headline link: the anchor is (or sits in) a sub-heading, as teaser titles do."""
    parent = anchor.getparent()
    return parent is not None and parent.tag in ("h2", "h3", "h4", "h5")


def declares_article(page: Page) -> bool:
    """Article metadata: og:type article or a JSON-LD article type (``WebPage`` does not count)."""
    og_type = (page.meta_first("og:type") or "").lower()
    if og_type in _ARTICLE_OG_TYPES:
        return True
    types = [t for t in ARTICLE_TYPES if t not in _NON_ARTICLE_LD]
    return any(True for _ in page.json_ld_of_type(*types))


def _is_gallery(page: Page, prose: int) -> bool:
    figures = sum(1 for _ in page.tree.iter("figcaption"))
    return figures >= 4 and prose < figures * 80
