"""The body region and how far it reaches: the winning container widened to the sibling
sections of a split body (never a comment thread or a teaser list), and the lead paragraphs
a template sets above it. Separate from the search that picks the winner (body.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.etree import _Element

from newscrawl.extract.bodyparts import holds_cards
from newscrawl.extract.bodyscore import SENTENCE_END, paragraph_weight, text_elements
from newscrawl.extract.dom import (
    class_id,
    inline_text_length,
    link_density,
    plain_text,
    same_build,
)
from newscrawl.extract.render import renders
from newscrawl.extract.skipparts import is_boilerplate_container
from newscrawl.extract.visibility import is_hidden

# A comment thread by name (``comments-area``, ``commentlist``, ``disqus_thread``).
_COMMENTS = re.compile(r"(?<![a-z])(?:comments?(?:list|-area|-section|-wrap)?|disqus)(?![a-z])", re.I)
# A section named as the article's excerpt: the summary a theme prints over the story (the
# page's description, a teaser's text), never a part of it. A "summary" can be (key points).
_EXCERPT_NAMED = re.compile(r"excerpt", re.I)
# Elements taken between two joined body sections: article structure, not page chrome.
_BETWEEN_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "pre", "dl"})


@dataclass
class BodyRegion:
    """The article's elements: the best-scoring container, widened to split-body siblings."""

    elements: list[_Element]
    include_hidden: bool = False  # the page ships its text in hidden markup (see find_region)
    prose: float = 0.0  # the elements' prose in line-lengths (see paragraph_weight)
    # The search's verdicts on the elements it saw (True: walked into), for the renderer.
    walked: dict[_Element, bool | None] | None = field(default=None, repr=False, compare=False)
    lead: int = 0  # how many of the elements are a lead set apart before the container (see with_lead)

    @property
    def anchor(self) -> _Element:
        """The container the search chose (after any lead paragraphs)."""
        return self.elements[self.lead]


def widen(best: _Element, mass: dict[_Element, float]) -> BodyRegion:
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


def with_lead(region: BodyRegion, include_hidden: bool) -> BodyRegion:
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
    own = "".join(squeezed(e) for e in region.elements)
    leads = [p for p in leads if squeezed(p) not in own]  # an excerpt of the first paragraph
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
        paragraph_weight(paragraph)[1] < 1.0
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


def squeezed(element: _Element) -> str:
    """The element's text without white space: copies and excerpts compare alike whatever their layout."""
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
    wider = widen(parent, mass).elements
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
    ends = [_ends_sentence(e) for e in text_elements(element, False) if inline_text_length(e) >= 12]
    return bool(ends) and sum(ends) * 2 >= len(ends)


def _ends_sentence(element: _Element) -> bool:
    text = plain_text(element).rstrip()
    return bool(text) and SENTENCE_END.match(text[-1]) is not None


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
