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

The stages live beside this module: the scoring in :mod:`~newscrawl.extract.bodyscore`, the
choice of a winner in :mod:`~newscrawl.extract.bodycandidates`, the widening in
:mod:`~newscrawl.extract.bodyregion`, and the rules on rendered lines in
:mod:`~newscrawl.extract.captionlines` and :mod:`~newscrawl.extract.linklines`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lxml.etree import _Element

from newscrawl.extract.blocks import Block
from newscrawl.extract.bodycandidates import (
    Candidate,
    best_candidate,
    holds_paragraphs,
    outside_teasers,
    prefer_bulk,
    set_aside_copies,
)
from newscrawl.extract.bodyparts import template_parts
from newscrawl.extract.bodyregion import BodyRegion, widen, with_lead
from newscrawl.extract.bodyscore import add_mass, container_bias, paragraph_weight, text_elements
from newscrawl.extract.captionlines import centred_caption
from newscrawl.extract.dom import text_length
from newscrawl.extract.linklines import drop_link_lines
from newscrawl.extract.render import render_blocks
from newscrawl.extract.visibility import is_hidden

_BLOCK_PARENT_WEIGHT = (1.0, 0.5, 0.25)
# Visible prose (line-lengths) below which hidden markup is searched too: about ten lines.
_MIN_VISIBLE_PROSE = 10.0


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
    return drop_link_lines(blocks, base_url)


def _render(
    region: BodyRegion, base_url: str | None, walked: dict[_Element, bool | None] | None
) -> list[Block]:
    """The region's non-empty blocks, with ``walked`` as the renderer's verdicts."""
    blocks: list[Block] = []
    for element in region.elements:
        blocks.extend(render_blocks(element, base_url, include_hidden=region.include_hidden, walked=walked))
    return [b for b in blocks if b.text]


# Captions holding this share of the body's text are a photo story's text, kept.
_MAX_CAPTION_SHARE = 0.3


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
    with what they were judged by (see text_elements)."""
    scores: dict[_Element, Candidate] = {}
    mass: dict[_Element, float] = {}
    for element in text_elements(scope, include_hidden, walked, attributes):
        weight, prose = paragraph_weight(element)
        if weight <= 0:
            continue
        add_mass(element, prose, mass)
        ancestor = element if holds_paragraphs(element) else element.getparent()
        for share in _BLOCK_PARENT_WEIGHT:
            if ancestor is None:
                break
            cand = scores.get(ancestor)
            if cand is None:
                cand = scores[ancestor] = Candidate(ancestor, container_bias(ancestor))
            cand.score += weight * share
            ancestor = ancestor.getparent()
    if not scores:
        return None
    copies = set_aside_copies(mass, walked)
    if copies:
        scores = {e: c for e, c in scores.items() if not any(a in copies for a in e.iterancestors())}
    best = outside_teasers(best_candidate(list(scores.values())), scores)
    best = prefer_bulk(best, scope, mass)
    region = with_lead(widen(best, mass), include_hidden)
    for part in template_parts(region.elements, mass, _MIN_VISIBLE_PROSE):
        walked[part] = False  # not rendered
    region.include_hidden = include_hidden
    region.walked = walked
    region.prose = sum(mass.get(e, 0.0) for e in region.elements)
    return region


def find_container(root: _Element) -> _Element | None:
    """The single element that best holds the article (the region's first element)."""
    region = find_region(root)
    return region.anchor if region else None
