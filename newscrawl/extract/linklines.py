"""Which link-only lines of the rendered body stay: a list the article introduces and goes
on after, a data table's linked cells, subheadings and items citing other sites. The rest
(related lists, tag clouds) go; a rule on rendered blocks, apart from the region search.
"""

from __future__ import annotations

from urllib.parse import urldefrag

from newscrawl.extract.blocks import Block
from newscrawl.extract.bodyedges import is_furniture_label
from newscrawl.extract.render import is_link_line
from newscrawl.urls import host_of, site_key


def drop_link_lines(blocks: list[Block], base_url: str | None = None) -> list[Block]:
    """The blocks without link lines (related lists, tag clouds), except a list of links the
    article introduces ("Recommended tools:") and then goes on after: the article's own list."""
    links = [is_link_line(b) for b in blocks]
    if not any(links):
        return blocks
    keep = [not link for link in links]
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and links[end]:
            end += 1
        if 0 < index < end < len(blocks) and (
            _is_table_value(blocks, index, end)
            or _is_own_list(blocks[index - 1], blocks[index:end], base_url)
        ):
            keep[index:end] = [True] * (end - index)
        elif 0 < index < end < len(blocks) and not is_furniture_label(blocks[index - 1].text):
            for at in range(index, end):
                keep[at] = _is_cited_item(blocks[at], base_url)
        index = end + 1
    return [b for b, kept in zip(blocks, keep, strict=True) if kept]


_CELL_TAGS = frozenset({"td", "th"})
_MAX_LINKED_CELLS = 2  # a row's linked values (a title, its maker); a longer run is a link table


def _is_table_value(blocks: list[Block], start: int, end: int) -> bool:
    """Linked cells of a data table: one or two cells between cells of unlinked text (a film's
    linked title between its year and its plot) hold the row's values, not navigation; a
    table of links alone has no unlinked cells around its links."""
    return (
        end - start <= _MAX_LINKED_CELLS
        and blocks[start - 1].tag in _CELL_TAGS
        and blocks[end].tag in _CELL_TAGS
        and all(b.tag in _CELL_TAGS for b in blocks[start:end])
    )


_CITED_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "li"})


def _is_cited_item(block: Block, base_url: str | None) -> bool:
    """A subheading or list item inside the article whose links all lead off the site: a
    listicle's product heading, a list of the sources or tools it cites. Teasers and related
    lists link into the site they sit on (or sit under a "Related" label); an unknown site
    (no address) decides nothing."""
    site = site_key(host_of(base_url)) if block.tag in _CITED_TAGS else ""
    hrefs = [s.href for s in block.segments if s.href]
    return bool(site) and all(not h.startswith("#") and site_key(host_of(h)) != site for h in hrefs)


def _is_own_list(intro: Block, items: list[Block], base_url: str | None) -> bool:
    """Links introduced by a line ending in a colon that is not a related-articles label,
    and that lead off the site (sources, products) or follow a sentence that introduces
    them ("Here are some of the courses you can take:"). A short label over links into
    the site ("More on X:", "相关链接：") is a related list, and links into the page itself
    a table of contents: neither is the article's text."""
    text = intro.text
    if not text.endswith((":", "：")) or is_furniture_label(text):
        return False
    hrefs = [s.href for b in items for s in b.segments if s.href]
    page = urldefrag(base_url or "")[0]
    if any(h.startswith("#") or (page and urldefrag(h)[0] == page) for h in hrefs):
        return False
    if len(text.split()) >= 5:
        return True
    site = site_key(host_of(base_url))  # unknown without the page's address
    return bool(site) and sum(site_key(host_of(h)) != site for h in hrefs) * 2 > len(hrefs)
