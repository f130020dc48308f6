"""Choosing the winner among the scored containers: copies a page builder renders per
screen size set aside, the best score discounted by links, a teaser list's item passed over,
and a dense fragment traded for the element holding the bulk of the prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.etree import _Element

from newscrawl.extract.bodyregion import squeezed
from newscrawl.extract.bodyscore import PARAGRAPH_TAGS, TEXT_HOLDERS, has_direct_text
from newscrawl.extract.dom import is_inside, link_density, plain_text


@dataclass
class Candidate:
    """An element competing to be the body's container, with the prose score it gathered."""

    element: _Element
    score: float = 0.0


def set_aside_copies(mass: dict[_Element, float], walked: dict[_Element, bool | None]) -> set[_Element]:
    """Take out later copies of a section (their prose from ``mass``; ``walked`` False, so
    they are not rendered): responsive page builders render a section once per screen
    size, side by side, and let CSS show one. A copy is a wrapper of blocks with the same
    tag, parent and text as an earlier sibling; a repeated paragraph (a song's chorus) is
    the article's own and stays. Equal prose is the cheap first test."""
    seen: dict[tuple[_Element | None, str, float], list[_Element]] = {}
    copies = []
    for element, prose in mass.items():
        if prose < 1.0 or element.tag in PARAGRAPH_TAGS or has_direct_text(element):
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
    return squeezed(element) == squeezed(earlier)


def holds_paragraphs(element: _Element) -> bool:
    """A wrapper whose own text is several ``<br>``-separated paragraphs: old templates set
    the whole article this way, so the wrapper is the article's container (as if each run
    were a ``<p>``) and must be a candidate itself, not only its parent (which also holds
    the page's navigation)."""
    return element.tag in TEXT_HOLDERS and next(element.iterchildren("br"), None) is not None


def best_candidate(candidates: list[Candidate]) -> _Element:
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


def outside_teasers(best: _Element, scores: dict[_Element, Candidate]) -> _Element:
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
    other = best_candidate(rest)
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


def prefer_bulk(best: _Element, scope: _Element, mass: dict[_Element, float]) -> _Element:
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
