"""Parts an article template sets inside the body's container: rows of teaser cards and the
author's box.

The body search picks the element holding most of the prose; a theme often closes that
element with a "more posts" grid or an author box (avatar, name, a few lines of bio). Both
are told by their structure, not their words: cards are headings each wholly one link into
one site over short excerpts, an author box is an author-named element around a picture.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from newscrawl.extract.dom import all_linked, caseless_search, class_id, is_inside, same_build, text_length
from newscrawl.urls import host_of

_CARD_TITLES = ("h2", "h3", "h4", "h5")
_MIN_CARDS = 3
_CARD_EXCERPT = 4.0  # line-lengths: an excerpt is cut after two or three lines ("…")


def template_parts(
    elements: list[_Element], mass: dict[_Element, float], min_article: float
) -> list[_Element]:
    """The card rows and author boxes inside the region ``elements`` (``mass``: each element's
    prose in line-lengths), to be left out; cards stay unless the rest holds ``min_article``
    line-lengths of prose (a listing is made of cards)."""
    return [*_card_lists(elements, mass, min_article), *_author_boxes(elements, mass)]


def holds_cards(element: _Element, prose: float) -> bool:
    """Three or more cards, each titled by a heading that is wholly a link to another page of
    one site, over an excerpt of a few lines: a blog carousel, a "more posts" grid. A
    listicle's linked product headings stand over paragraphs of review, several times an
    excerpt, or lead to the products' several sites."""
    links = [link for link in map(_card_link, element.iterdescendants(_CARD_TITLES)) if link is not None]
    return len(links) >= _MIN_CARDS and prose < _CARD_EXCERPT * len(links) and _one_site(links)


def _card_link(heading: _Element) -> str | None:
    """The address a card's title leads to: a heading that is wholly one link to another page
    (not a jump within this one, nor a script)."""
    if not all_linked(heading):
        return None
    href = next((a.get("href") for a in heading.iter("a") if a.get("href")), None)
    if href is None or href.startswith(("#", "javascript:")):
        return None
    return href


def _one_site(links: list[str]) -> bool:
    """All the addresses are on one host (relative ones on the page's own)."""
    return len({host_of(link) if "//" in link else "" for link in links}) == 1


def _card_lists(elements: list[_Element], mass: dict[_Element, float], min_article: float) -> list[_Element]:
    """Rows of teaser cards inside the region (see holds_cards) beside more prose than they
    hold: a "more posts" grid an article template closes with. Each is the smallest element
    around three card titles set in cards of their own (titles over paragraphs in one column
    are a guide's contents), or a run of cards set each straight under the region's top (see
    _card_run_cells). The prose beside them must be an article of its own (ten lines, half
    the cards' at least): a page made of cards and an intro (a listing) keeps them."""
    found: list[_Element] = []
    runs: list[_Element] = []
    for top in elements:
        counts: dict[_Element, int] = {}
        cells: dict[_Element, int] = {}  # the top's children the titles sit in, when no row holds them
        for heading in top.iter(_CARD_TITLES):
            if _card_link(heading) is None:
                continue
            below = heading
            for ancestor in heading.iterancestors():
                if ancestor is top:
                    cells[below] = cells.get(below, 0) + 1
                    break
                if counts.get(ancestor) == _MIN_CARDS:
                    break  # the row of this title is found already
                counts[ancestor] = counts.get(ancestor, 0) + 1
                if counts[ancestor] == _MIN_CARDS:
                    found.append(ancestor)
                    break
                below = ancestor
        if len(cells) >= _MIN_CARDS:
            runs.extend(_card_run_cells(top, cells, mass))
    rows = [c for c in found if mass.get(c, 0.0) > 0.0 and _is_card_row(c, mass[c])]
    rows = [c for c in rows if not any(is_inside(r, c) for r in rows)]  # the smallest rows
    rows += runs
    cards = sum(mass[c] for c in rows)
    rest = sum(mass.get(e, 0.0) for e in elements) - cards
    return rows if rest >= min_article and 2 * rest >= cards else []


def _card_run_cells(top: _Element, cells: dict[_Element, int], mass: dict[_Element, float]) -> list[_Element]:
    """The cards of a run of three or more consecutive children of ``top`` that closes its
    prose, each one card built like the others (see holds_cards): a "more posts" list whose
    cards the template sets each in a row of its own, after the article in its container.
    Cards with prose after them are the article's own (a guide's chapters, a listicle's items)."""
    run: list[_Element] = []
    for child in top:
        if child not in cells and not mass.get(child):
            continue  # a rule, an empty ad slot or a label between the cards
        if _is_card_cell(child, cells, mass) and (not run or same_build(child, run[0])):
            run.append(child)
        else:
            run = [child] if _is_card_cell(child, cells, mass) else []
    links = [_card_link(h) or "" for cell in run for h in _card_titles(cell)]
    return run if len(run) >= _MIN_CARDS and _one_site(links) else []


def _is_card_cell(element: _Element, cells: dict[_Element, int], mass: dict[_Element, float]) -> bool:
    """One card: a title (not the element itself) over an excerpt of a few lines at most."""
    return (
        cells.get(element) == 1
        and element.tag not in _CARD_TITLES
        and 0.0 < mass.get(element, 0.0) < _CARD_EXCERPT
    )


def _card_titles(element: _Element) -> list[_Element]:
    return [h for h in element.iter(_CARD_TITLES) if _card_link(h) is not None]


def _is_card_row(element: _Element, prose: float) -> bool:
    """Cards (see holds_cards) whose titles each sit in a card of their own."""
    titled = any(child.tag in _CARD_TITLES and _card_link(child) is not None for child in element)
    return not titled and holds_cards(element, prose)


# An author box: named for the author, around the author's picture and a bio of a few lines.
_AUTHOR_NAMED = re.compile(r"(?<![a-z])author", re.I)
_author_named = caseless_search(_AUTHOR_NAMED)
_MAX_AVATAR_DEPTH = 4  # wrappers between the picture and the box (figure, link, div, the box)
_MIN_BIO = 1.0  # line-lengths: a sentence at least (a name and a role alone are the byline's)
_MAX_BIO = 20.0  # line-lengths: a bio runs a few sentences, an article far more
_MAX_BIO_SHARE = 0.2  # of the region's prose
_BOX_ROWS = 160  # unlinked characters: the rows beside a bio in its box (latest posts, follow links)


def _author_boxes(elements: list[_Element], mass: dict[_Element, float]) -> list[_Element]:
    """Author boxes inside the region: an element named for the author (``post-author``,
    ``author__bio``, ``itemprop="author"``) around a picture (the avatar) and a few lines of
    prose. The article template sets the box beside the story; a bio the writer ends the
    story with sits among its paragraphs, with no box of its own, and stays."""
    prose = sum(mass.get(e, 0.0) for e in elements)
    tops = set(elements)
    boxes: list[_Element] = []
    for top in elements:
        for image in top.iter("img"):
            box = _author_box_around(image, tops)
            if box is not None and _MIN_BIO <= mass.get(box, 0.0) <= min(_MAX_BIO, _MAX_BIO_SHARE * prose):
                box = _with_box_rows(box, tops)
                if box not in boxes:
                    boxes.append(box)
    return [b for b in boxes if not any(is_inside(b, other) for other in boxes)]


def _author_box_around(image: _Element, tops: set[_Element]) -> _Element | None:
    """The outermost author-named element a few levels above ``image``, below the region's top."""
    box = None
    element = image
    for _ in range(_MAX_AVATAR_DEPTH):
        parent = element.getparent()
        if parent is None or element in tops:
            break
        element = parent
        if _is_author_named(element):
            box = element
    return box if box is not None and box not in tops else None


def _with_box_rows(box: _Element, tops: set[_Element]) -> _Element:
    """The box with the wrappers around it that add only rows of links or a short line (the
    author's latest posts, a "follow" row beside the bio): the whole box goes, not the bio alone."""
    own = text_length(box, linked=False)
    for _ in range(_MAX_AVATAR_DEPTH):
        parent = box.getparent()
        if parent is None or parent in tops or text_length(parent, linked=False) > own + _BOX_ROWS:
            break
        box = parent
    return box


def _is_author_named(element: _Element) -> bool:
    names = class_id(element)
    return (bool(names) and _author_named(names)) or element.get("itemprop") == "author"
