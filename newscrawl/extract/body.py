"""Find the article's own text in the DOM and render it as blocks in reading order.

How it decides: every text-bearing element scores by how much unlinked prose it
holds (long runs, sentence punctuation, few links); scores flow to the parent and,
halved, to the grandparent, so the element that *contains* most of the prose wins
rather than its longest paragraph. The winner's siblings that also hold prose are
joined (split bodies). The chosen subtree is then rendered block by block, and each
block is judged on its own (link-heavy lines, boilerplate classes) because real
article containers still carry share bars and related lists inside them. Parts the
template sets inside the container are left out by their structure: rows of teaser cards
and the author's box (avatar, name, bio; see :mod:`newscrawl.extract.bodyparts`). An
accordion's collapsed panels are read as visible: the reader opens them, unlike text
hidden from readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urldefrag

from lxml.etree import _Element

from newscrawl.extract.blocks import Block, more_han_in_utf8, more_han_than, solid_length
from newscrawl.extract.bodyedges import is_furniture_label
from newscrawl.extract.bodyparts import holds_cards, template_parts
from newscrawl.extract.dom import (
    NO_ATTRIBUTES,
    SKIP_TAGS,
    caseless_search,
    class_id,
    inline_text,
    inline_text_length,
    is_inside,
    link_density,
    plain_text,
    same_build,
    text_length,
)
from newscrawl.extract.render import is_link_line, render_blocks, renders
from newscrawl.extract.skipparts import is_boilerplate_container, is_skipped_with
from newscrawl.extract.visibility import is_hidden
from newscrawl.urls import host_of, site_key

_SENTENCE_END = re.compile(r"[.!?。！？；;:：…\"”’)）]")
_ASCII_SENTENCE_END = b'.!?;:")'  # the ASCII characters of _SENTENCE_END
_OTHER_SENTENCE_END = "。！？；：…”’）"  # and the others
_POSITIVE = re.compile(
    r"article|content|entry|post|story|body|text|main|detail|news|contents?_?|rich|prose|zw|para",
    re.I,
)
_NEGATIVE = re.compile(
    r"comment|meta|footer|footnote|sidebar|widget|related|recommend|share|social|promo|"
    r"sponsor|advert|\bads?\b|banner|breadcrumb|pagination|pager|tags?\b|author-?bio|"
    r"newsletter|subscribe|hot|rank|list",
    re.I,
)
# Searched on the lower-cased names (see caseless_search): every class string is new to the cache.
_positive, _negative = caseless_search(_POSITIVE), caseless_search(_NEGATIVE)
# A comment thread by name (``comments-area``, ``commentlist``, ``disqus_thread``).
_COMMENTS = re.compile(r"(?<![a-z])(?:comments?(?:list|-area|-section|-wrap)?|disqus)(?![a-z])", re.I)
# A section named as the article's excerpt: the summary a theme prints over the story (the
# page's description, a teaser's text), never a part of it. A "summary" can be (key points).
_EXCERPT_NAMED = re.compile(r"excerpt", re.I)
_BLOCK_PARENT_WEIGHT = (1.0, 0.5, 0.25)
# Visible prose (line-lengths) below which hidden markup is searched too: about ten lines.
_MIN_VISIBLE_PROSE = 10.0
# Elements taken between two joined body sections: article structure, not page chrome.
_BETWEEN_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "pre", "dl"})


@dataclass
class _Candidate:
    element: _Element
    score: float = 0.0


@dataclass
class BodyRegion:
    """The article's elements: the best-scoring container, widened to split-body siblings."""

    elements: list[_Element]
    include_hidden: bool = False  # the page ships its text in hidden markup (see find_region)
    prose: float = 0.0  # the elements' prose in line-lengths (see _paragraph_weight)
    # The search's verdicts on the elements it saw (True: walked into), for the renderer.
    walked: dict[_Element, bool | None] | None = field(default=None, repr=False, compare=False)
    lead: int = 0  # how many of the elements are a lead set apart before the container (see _with_lead)

    @property
    def anchor(self) -> _Element:
        """The container the search chose (after any lead paragraphs)."""
        return self.elements[self.lead]


def extract_blocks(
    root: _Element, base_url: str | None = None, *, region: BodyRegion | None = None
) -> list[Block]:
    """The article body of ``root`` (an lxml HTML tree) as blocks in reading order.

    ``region`` skips the search when the caller already ran :func:`find_region`.
    ``root`` is not modified.
    """
    region = region if region is not None else find_region(root)
    if region is None:
        return []
    blocks = _render(region, base_url, region.walked)
    captions = [
        c for image, tops in _region_images(region) if (c := centred_caption(image, tops)) is not None
    ]
    if captions:
        blocks = _without_captions(region, base_url, blocks, captions)
    return _drop_link_lines(blocks, base_url)


def _render(
    region: BodyRegion, base_url: str | None, walked: dict[_Element, bool | None] | None
) -> list[Block]:
    """The region's non-empty blocks, with ``walked`` as the renderer's verdicts."""
    blocks: list[Block] = []
    for element in region.elements:
        blocks.extend(render_blocks(element, base_url, include_hidden=region.include_hidden, walked=walked))
    return [b for b in blocks if b.text]


# A caption is a short line: longer text after a picture is the story going on.
_MAX_CAPTION = 40
# Captions holding this share of the body's text are a photo story's text, kept.
_MAX_CAPTION_SHARE = 0.3
_MAX_HOLDER_DEPTH = 5  # wrappers around a picture (link, span, paragraph, figure div)
_MAX_PLAIN_CAPTION = 25  # characters: an uncentred caption line, shorter still
_CLAUSE_END = re.compile(r"[。！？!?；;]")  # what ends a clause inside a caption line
_CLAUSE_GOES_ON = frozenset("，,、：:；;")
_OPENING_BRACKETS = frozenset("（(【[")
# How a sentence that goes on from the text before it opens: a demonstrative or a connective.
_POINTS_BACK = re.compile(r"[这那此但而也]|所以|因[此为]|可见|其实|同时|此外|另外|然而|于是|不过|并且")
_CENTERED = re.compile(r"text-align\s*:\s*center", re.I)


def _without_captions(
    region: BodyRegion, base_url: str | None, blocks: list[Block], captions: list[_Element]
) -> list[Block]:
    """``blocks`` rendered again without the picture captions (see centred_caption), unless
    the captions are much of the text: a photo story or a picture with a line or two.

    Chinese CMSs set a caption as a plain centred paragraph under the picture, not as a
    ``<figcaption>`` (which is never rendered); its words describe the photo, not the story.
    """
    walked = dict(region.walked or {})
    walked.update(dict.fromkeys(captions, False))
    trimmed = _render(region, base_url, walked)
    full = sum(len(b.text) for b in blocks)
    kept = sum(len(b.text) for b in trimmed)
    return blocks if full - kept >= _MAX_CAPTION_SHARE * full else trimmed


def _region_images(region: BodyRegion) -> Iterator[tuple[_Element, set[_Element]]]:
    """Each picture in the region, with the region's elements (where climbing stops)."""
    tops = set(region.elements)
    for element in region.elements:
        for image in element.iter("img"):
            yield image, tops


def centred_caption(image: _Element, tops: set[_Element]) -> _Element | None:
    """The centred short Chinese line right after a picture's holder (the picture and the
    wrappers around it that hold no text, up to one of ``tops``), unless it is bold (a
    subheading) or linked."""
    return _line_under(image, tops, _is_centred_line, _MAX_CAPTION)


def plain_caption(image: _Element, tops: set[_Element]) -> _Element | None:
    """As :func:`centred_caption`, an uncentred line ("<img><p>搜救现场。</p>"), when it is one
    short clause that ends there, set apart from what follows: a paragraph that says this little
    right under a picture names what it shows. Not a note in brackets ("（点击看清晰大图）"), nor
    a line of a text written a short line to a paragraph, which goes on in the next one, nor a
    sentence that opens pointing back at the text ("这也能看出…").
    (The body keeps such lines: a short paragraph of the story may follow a picture too.)"""
    caption = _line_under(image, tops, _is_plain_line, _MAX_PLAIN_CAPTION)
    if caption is None:
        return None
    text = plain_text(caption).strip()
    if _CLAUSE_END.search(text[:-1]) or text[-1] in _CLAUSE_GOES_ON or text[0] in _OPENING_BRACKETS:
        return None
    if _POINTS_BACK.match(text):
        return None  # "这也能看出…", "但…": the story's own sentence, pointing back at what came before
    following = caption.getnext()
    if following is not None and 0 < len(plain_text(following).strip()) <= _MAX_PLAIN_CAPTION:
        return None  # a short line after a short line: the text's own lines
    return caption


def _line_under(
    image: _Element, tops: set[_Element], line: Callable[[_Element], bool], longest: int
) -> _Element | None:
    """The first non-empty ``line`` right after the picture's holder, when it reads as a caption."""
    holder = image
    for _ in range(_MAX_HOLDER_DEPTH):
        caption = holder.getnext()
        if caption is not None and line(caption):  # attributes first: cheap
            if (holder.tail or "").strip() or plain_text(holder).strip():
                return None
            if plain_text(caption).strip():  # an empty line: the holder goes on above
                return caption if _reads_as_caption(caption, longest) else None
        parent = holder.getparent()
        if parent is None or parent in tops:
            return None
        holder = parent
    return None


def _is_plain_line(element: _Element) -> bool:
    return element.tag in ("p", "div", "span", "font", "center")


def _is_centred_line(element: _Element) -> bool:
    """A paragraph-like element set centred by its markup."""
    tag = element.tag
    if tag == "center":
        return True
    if tag not in ("p", "div", "span", "font"):
        return False
    return (element.get("align") or "").lower() == "center" or bool(
        _CENTERED.search(element.get("style") or "")
    )


def _reads_as_caption(element: _Element, longest: int = _MAX_CAPTION) -> bool:
    """Short, mostly Chinese, and neither bold nor linked (a subheading, a teaser)."""
    text = plain_text(element).strip()
    if not text or len(text) > longest or not more_han_than(text, len(text) * 0.5):
        return False
    emphasised = "".join(plain_text(b) for b in element.iter("strong", "b", "a", "h2", "h3", "h4"))
    return not emphasised.strip()


def _drop_link_lines(blocks: list[Block], base_url: str | None = None) -> list[Block]:
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


def find_region(
    root: _Element, *, attributes: dict[_Element, Mapping[str, str]] | None = None
) -> BodyRegion | None:
    """Where the article's paragraphs are (see the module docstring).

    Hidden markup is ignored first (link farms hide there); a page whose visible part
    holds little prose is searched again with it, since streaming renderers ship the
    whole article in a ``hidden`` element that a script reveals. The hidden text wins
    only when it is several times what is visible: a teaser or a cookie notice then.
    ``attributes`` collects the attributes of the elements judged, for a later walk
    (see headwalk.head_lines).
    """
    body = root.find("body")
    scope = body if body is not None else root
    walked: dict[_Element, bool | None] = {}
    attributes = {} if attributes is None else attributes
    region = _search(scope, include_hidden=False, walked=walked, attributes=attributes)
    if (region is None or region.prose < _MIN_VISIBLE_PROSE) and _saw_hidden(walked):
        revealed = _search(scope, include_hidden=True, walked={}, attributes=attributes)
        if revealed is not None and (region is None or revealed.prose > 3 * region.prose):
            region = revealed
    if region is None and text_length(scope):
        return BodyRegion([scope])  # too short to score: take it whole
    return region


def _saw_hidden(walked: dict[_Element, bool | None]) -> bool:
    """A hidden element among those the search set aside. Without one, searching the hidden
    markup too would walk the same elements to the same region, so it is not done."""
    return any(not keep and is_hidden(element) for element, keep in walked.items())


def _search(
    scope: _Element,
    *,
    include_hidden: bool,
    walked: dict[_Element, bool | None],
    attributes: dict[_Element, Mapping[str, str]],
) -> BodyRegion | None:
    """The best region within ``scope``; ``walked`` is filled with the verdicts, ``attributes``
    with what they were judged by (see _text_elements)."""
    scores: dict[_Element, _Candidate] = {}
    mass: dict[_Element, float] = {}
    for element in _text_elements(scope, include_hidden, walked, attributes):
        weight, prose = _paragraph_weight(element)
        if weight <= 0:
            continue
        _add_mass(element, prose, mass)
        ancestor = element if _holds_paragraphs(element) else element.getparent()
        for share in _BLOCK_PARENT_WEIGHT:
            if ancestor is None:
                break
            cand = scores.get(ancestor)
            if cand is None:
                cand = scores[ancestor] = _Candidate(ancestor, _container_bias(ancestor))
            cand.score += weight * share
            ancestor = ancestor.getparent()
    if not scores:
        return None
    copies = _set_aside_copies(mass, walked)
    if copies:
        scores = {e: c for e, c in scores.items() if not any(a in copies for a in e.iterancestors())}
    best = _outside_teasers(_best_candidate(list(scores.values())), scores)
    best = _prefer_bulk(best, scope, mass)
    region = _with_lead(_widen(best, mass), include_hidden)
    for part in template_parts(region.elements, mass, _MIN_VISIBLE_PROSE):
        walked[part] = False  # not rendered
    region.include_hidden = include_hidden
    region.walked = walked
    region.prose = sum(mass.get(e, 0.0) for e in region.elements)
    return region


def _set_aside_copies(mass: dict[_Element, float], walked: dict[_Element, bool | None]) -> set[_Element]:
    """Take out later copies of a section (their prose from ``mass``; ``walked`` False, so
    they are not rendered): responsive page builders render a section once per screen
    size, side by side, and let CSS show one. A copy is a wrapper of blocks with the same
    tag, parent and text as an earlier sibling; a repeated paragraph (a song's chorus) is
    the article's own and stays. Equal prose is the cheap first test."""
    seen: dict[tuple[_Element | None, str, float], list[_Element]] = {}
    copies = []
    for element, prose in mass.items():
        if prose < 1.0 or element.tag in _PARAGRAPH_TAGS or _has_direct_text(element):
            continue
        earlier = seen.setdefault((element.getparent(), element.tag, prose), [])
        if earlier and any(_is_variant(element, e, mass) for e in earlier):
            copies.append(element)
        else:
            earlier.append(element)
    for copy in copies:
        if copy not in mass:
            continue  # inside an earlier copy
        prose = mass.pop(copy)
        for element in copy.iterdescendants():
            mass.pop(element, None)
        for ancestor in copy.iterancestors():
            if ancestor in mass:
                mass[ancestor] -= prose
        walked[copy] = False
    return set(copies)


def _is_variant(element: _Element, earlier: _Element, mass: dict[_Element, float]) -> bool:
    """``element`` repeats ``earlier``'s text right after it, or under other class names (the
    markup marks the two for different screens: ``d-none d-md-block`` / ``d-md-none``). The
    same words further on under the same names are the page's own (a list under two headings)."""
    if (element.get("class") or "") == (earlier.get("class") or ""):
        before = next((s for s in element.itersiblings(preceding=True) if mass.get(s, 0.0) > 0), None)
        if before is not earlier:
            return False
    return _squeezed(element) == _squeezed(earlier)


def _holds_paragraphs(element: _Element) -> bool:
    """A wrapper whose own text is several ``<br>``-separated paragraphs: old templates set
    the whole article this way, so the wrapper is the article's container (as if each run
    were a ``<p>``) and must be a candidate itself, not only its parent (which also holds
    the page's navigation)."""
    return element.tag in _TEXT_HOLDERS and next(element.iterchildren("br"), None) is not None


def _best_candidate(candidates: list[_Candidate]) -> _Element:
    """The candidate with the highest score discounted by link density (the first on a tie).

    Link density walks the whole subtree, so it is computed best-first and only while
    a raw score can still beat the best discounted one (discounting never raises a
    positive score, and never lifts a negative one above zero).
    """
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].score)
    best_index, best_value = order[0], float("-inf")
    for index in order:
        cand = candidates[index]
        if best_value > 0 and max(cand.score, 0.0) < best_value:
            break
        value = cand.score * (1 - link_density(cand.element))
        if value > best_value or (value == best_value and index < best_index):
            best_index, best_value = index, value
    return candidates[best_index].element


def _outside_teasers(best: _Element, scores: dict[_Element, _Candidate]) -> _Element:
    """The best candidate outside the list of teasers ``best`` sits in, if it is in one.

    A listing's item (a linked title, then a summary in a box named "content") can outscore
    a short article beside it; the list says what it is, as each of its items starts with
    a link. When nothing else scores above zero the page is the listing, and it stays.
    """
    teasers = _teaser_list_around(best)
    if teasers is None:
        return best
    rest = [c for c in scores.values() if c.element is not teasers and not is_inside(c.element, teasers)]
    if not rest:
        return best
    other = _best_candidate(rest)
    return other if scores[other].score > 0 else best


def _teaser_list_around(element: _Element) -> _Element | None:
    """The nearest list around ``element`` whose items (three or more) each start with a link."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("ul", "ol"):
            items = [c for c in ancestor if c.tag == "li"]
            if len(items) >= 3 and all(_starts_with_link(li) for li in items):
                return ancestor
        elif ancestor.tag in ("body", "article", "main"):
            return None
    return None


def _starts_with_link(item: _Element) -> bool:
    """The item's first words are a link's (a teaser's title)."""
    if (item.text or "").strip():
        return False
    for element in item.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "a":
            return bool(plain_text(element).strip())
        if (element.text or "").strip():
            return False
    return False


def _prefer_bulk(best: _Element, scope: _Element, mass: dict[_Element, float]) -> _Element:
    """Replace a dense fragment (one list, one widget) by the element holding the bulk of the prose.

    Page builders wrap every paragraph in its own stack of divs, so scores never meet in
    a common ancestor and a dense list wins. Descending from the page root into the
    child holding most of the prose finds the smallest element with the bulk of it; when
    the winner sits inside that element but holds little of its prose, the bulk wins.
    """
    bulk = scope
    while True:
        children = [c for c in bulk if isinstance(c.tag, str)]
        heaviest = max(children, key=lambda c: mass.get(c, 0.0), default=None)
        if heaviest is None or mass.get(heaviest, 0.0) < 0.6 * mass.get(bulk, 0.0):
            break
        bulk = heaviest
    if bulk is scope or mass.get(best, 0.0) >= 0.5 * mass.get(bulk, 0.0):
        return best
    if link_density(bulk) >= 0.3:
        return best
    if is_inside(best, bulk):
        marked = _marked_article(best, bulk, mass)
        return bulk if marked is None else marked
    if _outweighs(bulk, best, mass):
        return bulk
    return best


def _marked_article(best: _Element, bulk: _Element, mass: dict[_Element, float]) -> _Element | None:
    """The ``<main>``/``<article>`` around the winner, below the bulk, when it holds a good
    share of the bulk's prose: the page says where its article ends, and the bulk beyond
    that is a footer widget area or a comment column of the same size."""
    for ancestor in best.iterancestors():
        if ancestor is bulk:
            return None
        if ancestor.tag in ("main", "article") and mass.get(ancestor, 0.0) >= 0.4 * mass.get(bulk, 0.0):
            return ancestor
    return None


def _outweighs(bulk: _Element, best: _Element, mass: dict[_Element, float]) -> bool:
    """The bulk lies elsewhere on the page and holds far more prose than the winner, in running
    text rather than a list of teasers: the winner is a dense box beside the article (a legal
    disclaimer, an offer's small print) and the article is split into many small sections."""
    if (
        bulk.tag in ("ul", "ol")
        or link_density(bulk) >= 0.15
        or mass.get(bulk, 0.0) < 2 * mass.get(best, 0.0)
    ):
        return False
    return not is_inside(bulk, best)


def find_container(root: _Element) -> _Element | None:
    """The single element that best holds the article (the region's first element)."""
    region = find_region(root)
    return region.anchor if region else None


def _add_mass(element: _Element, prose: float, mass: dict[_Element, float]) -> None:
    """Prose summed over whole subtrees: how much article text each element holds."""
    mass[element] = mass.get(element, 0.0) + prose
    for ancestor in element.iterancestors():
        mass[ancestor] = mass.get(ancestor, 0.0) + prose


def _widen(best: _Element, mass: dict[_Element, float]) -> BodyRegion:
    """Join the sections of a split body; otherwise keep the winner alone.

    Split bodies (sections separated by ads or pictures) put the article's text in
    several siblings. Looking up through wrappers that add no prose,
    a sibling joins when it is built like the winner (same tag and class) and holds
    prose, holds at least half as much prose as the winner, or is a loose paragraph
    of prose beside it (a lead set apart from the story's main column). Article structure
    between the first and last joined section (subheadings, lists) comes along.
    A winner alone in a list item (a listing's only teaser) brings the item along.
    """
    own = mass.get(best, 0.0)
    node = unit = best  # a list item is one unit: its excerpt comes with its title and date
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or node.tag == "main":
            break  # nothing beside <main> is the article
        children = [c for c in parent if isinstance(c.tag, str)]
        joined = [c for c in children if c is node or _is_sibling_section(c, node, own, mass)]
        if len(joined) > 1:
            first, last = children.index(joined[0]), children.index(joined[-1])
            sections = [c for c in children[first : last + 1] if c in joined or _is_between(c, node, mass)]
            return _joined_further(parent, sections, mass) or BodyRegion(sections)
        if mass.get(parent, 0.0) > own * 1.05:
            break
        node = parent
        if node.tag == "li" and unit is best:
            unit = node
    return BodyRegion([unit])


# Where a paragraph before the container is a caption, an aside or navigation, not a lead.
_NOT_LEAD_TAGS = frozenset(
    {
        "figure",
        "figcaption",
        "aside",
        "nav",
        "footer",
        "h1",
        "form",
        "table",
        "li",
        "video",
        "audio",
        "article",
        "main",
    }
)


def _with_lead(region: BodyRegion, include_hidden: bool) -> BodyRegion:
    """The region with the article's lead set apart in front of it.

    Templates often put the first paragraphs in a block above the main column (an intro,
    a summary box), so the container that wins holds all but them. The page's
    ``<article>``/``<main>`` says where the article starts: the prose paragraphs inside it
    before the container (sentences, nearly free of links, outside the header with its
    headline and dek, captions, lists, page furniture and other ``<article>`` teasers) are
    the article's opening, unless the container repeats them. A container that is itself
    an ``<article>`` starts the article.
    """
    article = None if region.anchor.tag in ("article", "main") else _marked_container(region.anchor)
    if article is None:
        return region
    leads = [p for p in _paragraphs_before(article, region.anchor) if _is_lead(p, article, include_hidden)]
    if not leads:
        return region
    own = "".join(_squeezed(e) for e in region.elements)
    leads = [p for p in leads if _squeezed(p) not in own]  # an excerpt of the first paragraph
    if not leads:
        return region
    return BodyRegion(leads + region.elements, lead=len(leads))


def _marked_container(element: _Element) -> _Element | None:
    """The nearest ``<article>``/``<main>`` around ``element``."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main"):
            return ancestor
        if ancestor.tag in ("body", "html"):
            return None
    return None


def _paragraphs_before(article: _Element, first: _Element) -> Iterator[_Element]:
    """The ``<p>`` elements inside ``article`` that come before ``first`` in document order."""
    for element in article.iter():
        if element is first:
            return
        if element.tag == "p":
            yield element


def _is_lead(paragraph: _Element, article: _Element, include_hidden: bool) -> bool:
    """A line or more of sentences, nearly free of links, in the article's own column:
    not inside a caption, list, table, form or page furniture (a ``<header>`` among it:
    the dek beside the headline is the headline's, not the body's)."""
    if (
        _paragraph_weight(paragraph)[1] < 1.0
        or not _ends_sentence(paragraph)
        or link_density(paragraph) >= 0.1
    ):
        return False
    element = paragraph
    while element is not article:
        if element.tag in _NOT_LEAD_TAGS or (not include_hidden and is_hidden(element)):
            return False
        if is_boilerplate_container(element):  # a <header> too, unless page-sized
            return False
        element = element.getparent()
    return True


def _squeezed(element: _Element) -> str:
    return "".join(plain_text(element).split())


def _joined_further(
    parent: _Element, sections: list[_Element], mass: dict[_Element, float]
) -> BodyRegion | None:
    """The sections joined one level up, when those joined here make up their whole parent:
    a story split into parts, each part split again (a lead part beside a long one), is
    joined at the level of its parts. Only parts built like this one and nearly free of
    links join at that level: beside a whole column, a teaser column holds prose too."""
    if mass.get(parent, 0.0) > 1.05 * sum(mass.get(c, 0.0) for c in sections):
        return None
    wider = _widen(parent, mass).elements
    if len(wider) < 2 or not all(
        e is parent or (same_build(e, parent) and link_density(e) < 0.15) for e in wider
    ):
        return None
    return BodyRegion(wider)


def _is_sibling_section(candidate: _Element, node: _Element, own: float, mass: dict[_Element, float]) -> bool:
    prose = mass.get(candidate, 0.0)
    if not _may_join(candidate, node, prose, own):
        return False
    if link_density(candidate) > 0.3 or is_boilerplate_container(candidate):
        return False
    if _EXCERPT_NAMED.search(class_id(candidate)):
        return False  # the story's excerpt over it, however alike the two are built
    if _is_comment_thread(candidate) or _holds_teasers(candidate, mass, own):
        return False  # a comment thread or a list of other stories: as much prose as the story
    if prose >= own * 0.5 or (prose >= 2.0 and same_build(candidate, node) and _reads_as_prose(candidate)):
        return True
    return prose >= 1.0 and _is_loose_paragraph(candidate) and link_density(candidate) < 0.25


def _may_join(candidate: _Element, node: _Element, prose: float, own: float) -> bool:
    """The size and build a joining sibling needs (see _is_sibling_section), tested before its
    links and names: most siblings (a sidebar, a share bar) fail here, and measuring their
    links reads all their text."""
    return prose > 0 and (
        prose >= own * 0.5
        or (prose >= 2.0 and same_build(candidate, node))
        or (prose >= 1.0 and _is_loose_paragraph(candidate))
    )


def _holds_teasers(element: _Element, mass: dict[_Element, float] | None = None, own: float = 0.0) -> bool:
    """A list of other stories (latest news, more posts): several ``<article>`` elements
    inside, each marked as an article of its own, or (see bodyparts.holds_cards) a row of cards
    beside an article that holds more prose than they do."""
    articles = element.iterdescendants("article")
    if next(articles, None) is not None and next(articles, None) is not None:
        return True
    return mass is not None and 0.0 < mass.get(element, 0.0) < own and holds_cards(element, mass[element])


def _is_comment_thread(element: _Element) -> bool:
    """Named as comments, itself or through its wrappers of one child each."""
    while True:
        if _COMMENTS.search(class_id(element)):
            return True
        children = [c for c in element if isinstance(c.tag, str)]
        if len(children) != 1:
            return False
        element = children[0]


def _reads_as_prose(element: _Element) -> bool:
    """Most of its paragraphs end like sentences: a continued article, not a row of teasers,
    a call to action or a contact form built from the same page-builder blocks."""
    ends = [_ends_sentence(e) for e in _text_elements(element, False) if inline_text_length(e) >= 12]
    return bool(ends) and sum(ends) * 2 >= len(ends)


def _ends_sentence(element: _Element) -> bool:
    text = plain_text(element).rstrip()
    return bool(text) and _SENTENCE_END.match(text[-1]) is not None


def _is_loose_paragraph(element: _Element) -> bool:
    return element.tag in ("p", "blockquote") or (element.tag == "div" and inline_text_length(element) >= 40)


def _is_between(
    element: _Element, node: _Element | None = None, mass: dict[_Element, float] | None = None
) -> bool:
    """Article structure between two joined sections: a subheading or list, or a section
    built like them (a run of links, a code listing) that reads as the article's own."""
    if element.tag in _BETWEEN_TAGS and renders(element) and link_density(element) < 0.5:
        return True
    return node is not None and mass is not None and _is_section_between(element, node, mass)


def _is_section_between(element: _Element, node: _Element, mass: dict[_Element, float]) -> bool:
    """A section built like the joined ones that reads as prose: however many links it
    carries (a list of changes, of sources), a section between two of the article's is its own;
    the same size floor as a joined section's keeps a one-line promo box out."""
    return (
        mass.get(element, 0.0) >= 2.0
        and same_build(element, node)
        and not is_boilerplate_container(element)
        and not _is_comment_thread(element)
        and _reads_as_prose(element)
    )


def _text_elements(
    scope: _Element,
    include_hidden: bool,
    walked: dict[_Element, bool | None] | None = None,
    attributes: dict[_Element, Mapping[str, str]] | None = None,
) -> Iterator[_Element]:
    """Paragraph-like elements outside skipped subtrees (scripts, hidden parts, share bars ...).

    ``walked`` collects the verdict on each element judged (True: walked into), so that
    rendering the chosen region need not judge them again; ``attributes`` the attributes of
    each (see dom.attributes_of), read once for this search, a second one and the head walk.
    """
    nodes = scope.iter()
    next(nodes)  # the scope itself, never judged
    if _is_text_element(scope):
        yield scope
    resume: _Element | None = None  # past a skipped subtree: the node the walk goes on at
    for element in nodes:
        if resume is not None:
            if element is not resume:
                continue
            resume = None
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in SKIP_TAGS:
            keep = False
        elif tag not in _PARAGRAPH_TAGS and tag not in _TEXT_HOLDERS and not len(element):
            # A leaf that is no text element (a link, a picture): skipped or not, the walk
            # goes on the same, so it is left to the renderer (None), which sees far fewer.
            if walked is not None:
                walked[element] = None
            continue
        else:
            items = element.items()  # as dom.attributes_of, without the call
            attrs = dict(items) if items else NO_ATTRIBUTES
            if attributes is not None:
                attributes[element] = attrs
            keep = not is_skipped_with(element, tag, attrs, include_hidden)
            if not keep and not include_hidden and _is_collapsed_panel(attrs):
                keep = not is_skipped_with(element, tag, attrs, True)
            if walked is not None:
                walked[element] = keep
        if not keep:
            if len(element):
                resume = _following(element, scope)
                if resume is None:
                    return
            continue
        if tag in _PARAGRAPH_TAGS or (tag in _TEXT_HOLDERS and _has_direct_text(element)):  # _is_text_element
            yield element


def _is_collapsed_panel(attributes: Mapping[str, str]) -> bool:
    """An accordion's panel, hidden until the reader opens it: marked as a region, or labelled
    by its heading's button (``aria-labelledby``) with no other role. Its text is the page's
    own (an answer, a step), not text hidden from readers as link farms are. Other labelled
    parts stay hidden: a dialog (a sign-up or cookie prompt), a menu, or a hidden tab panel,
    another view of what the open tab shows (often a placeholder a script fills)."""
    role = attributes.get("role")
    return role == "region" or (role is None and attributes.get("aria-labelledby") is not None)


def _is_text_element(element: _Element) -> bool:
    """A paragraph, or a wrapper holding text of its own beside its children."""
    tag = element.tag
    return tag in _PARAGRAPH_TAGS or (tag in _TEXT_HOLDERS and _has_direct_text(element))


def _following(element: _Element, scope: _Element) -> _Element | None:
    """The node after ``element``'s subtree in document order, within ``scope``."""
    while element is not scope:
        after = element.getnext()
        if after is not None:
            return after
        parent = element.getparent()
        if parent is None:
            return None
        element = parent
    return None


_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "h2", "h3", "h4", "dd"})
_TEXT_HOLDERS = frozenset({"div", "section", "article", "span", "font", "center"})


def _has_direct_text(element: _Element) -> bool:
    """Text of its own beside its children (the test runs on every wrapper, so no copies)."""
    text = element.text
    if text and not text.isspace():
        return True
    for child in element:
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


_STAMP_CHARS = 40  # unlinked characters: no letter in fewer is a date, a time or a count, no prose


def _paragraph_weight(element: _Element) -> tuple[float, float]:
    """``(score, mass)``: how much this element looks like a paragraph of prose, and how
    much prose it adds (its own text in line-lengths, CJK denser), for :func:`_add_mass`."""
    if len(element):
        own = inline_text(element)
        length = solid_length(own)
        text = plain_text(element) if length >= 12 else ""
    else:  # a leaf, as most paragraphs are (never an anchor): its text is all its inline text
        own = text = element.text or ""
        length = solid_length(text)
    if length < 12 or (length < _STAMP_CHARS and not any(c.isalpha() for c in own)):
        return 0.0, 0.0  # too short, or only a stamp beside links ("<a>Title</a> (01/17 21:13)")
    utf8 = None if text.isascii() else text.encode("utf-8", "surrogatepass")  # encoded once, used twice
    cjk = utf8 is not None and more_han_in_utf8(utf8, len(text), length * 0.3)
    lines = length / (30 if cjk else 80)
    punctuation = _sentence_marks(text, utf8)
    runs = 1  # paragraphs set apart by <br> count as such; they matter only past one's caps
    if lines > 4.0 or punctuation > 5:
        runs += sum(1 for _ in element.iterchildren("br"))
    return 1.0 + min(lines, 4.0 * runs) + min(punctuation, 5 * runs) * 0.5, lines


def _sentence_marks(text: str, utf8: bytes | None = None) -> int:
    """How many characters of ``text`` end a sentence (``_SENTENCE_END``); on ASCII text,
    most paragraphs, by deleting the ASCII ones from its bytes, a C loop far cheaper than
    the pattern's scan of every character.

    >>> _sentence_marks('He said: "Go!" (Then left.)'), _sentence_marks("Done… 好。")
    (6, 2)

    ``utf8``: the UTF-8 of non-ASCII ``text``, when the caller has it already.
    """
    if utf8 is None:
        if text.isascii():
            return len(text) - len(text.encode("ascii").translate(None, _ASCII_SENTENCE_END))
        utf8 = text.encode("utf-8", "surrogatepass")
    # Other text, mostly Latin with a no-break space or a curly quote: its bytes likewise,
    # and each of the few other marks counted by a scan far cheaper than the pattern's.
    ascii_marks = len(utf8) - len(utf8.translate(None, _ASCII_SENTENCE_END))
    return ascii_marks + sum(map(text.count, _OTHER_SENTENCE_END))


def _container_bias(element: _Element) -> float:
    bias = 5.0 if element.tag in ("article", "main") else 0.0
    names = class_id(element)
    return bias + _name_bias(names) if names else bias


@lru_cache(maxsize=4096)
def _name_bias(names: str) -> float:
    """Class/id names that promise (``article-body``) or rule out (``sidebar``) the article;
    memoised, as a pure function of the names that sites repeat on every element."""
    return (5.0 if _positive(names) else 0.0) - (10.0 if _negative(names) else 0.0)
