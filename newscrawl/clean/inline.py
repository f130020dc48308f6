"""Keywords spliced into the article's sentences, as anchors, bold or plain text.

A farm inserts a keyword where the sentence can be cut without visibly breaking the
page: right before punctuation (``…以来配资网炒股,三省一市…``), after the last sentence
of a paragraph, or before its first word. Removing it there leaves a grammatical join.
A phrase is cut only at such a splice point and only with evidence that it is a
keyword: a spam link, a term the page confirms elsewhere, or (on a page that is a farm
beyond doubt) a bold or trailing phrase made of the farm's own keyword vocabulary.
A phrase the article also uses inside its sentences is its own word and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscrawl.clean.anchors import AnchorContext, classify_anchor, spam_possible, spliced
from newscrawl.clean.blocktext import BodyText, Cut, apply_cuts
from newscrawl.clean.evidence import PageEvidence
from newscrawl.clean.text import CLOSERS, SENTENCE_END, find_all, squash, word_boundary
from newscrawl.clean.vocab import Vocabulary, compound_before, leading_fragment, trailing_fragment
from newscrawl.extract.blocks import Block, Segment
from newscrawl.items import Link, Removal

# Where a compound keyword can be spliced in: before sentence or clause punctuation.
_SPLICE_PUNCT = re.compile("[" + re.escape("".join(SENTENCE_END) + ",，、;；:：") + "]")


@dataclass
class BodyResult:
    blocks: list[Block] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    spam_links: list[Link] = field(default_factory=list)
    terms: dict[str, str] = field(default_factory=dict)  # squashed -> as shown


@dataclass(frozen=True)
class BodyContext:
    """What the body cleaner may use: page evidence, the terms to look for, the vocabulary."""

    page_url: str | None
    evidence: PageEvidence
    terms: frozenset[str]  # squashed phrases to cut at splice points
    genuine: frozenset[str]  # squashed phrases the body uses inside sentences
    vocab: Vocabulary

    @property
    def spam_possible(self) -> bool:
        """Whether any anchor of the body can be spam (see :func:`spam_possible`)."""
        return spam_possible(self.terms, self.evidence.farm_sites, self.evidence.farm_page)


def clean_body(blocks: list[Block], ctx: BodyContext, body: BodyText | None = None) -> BodyResult:
    """Cut spliced keywords and spam anchors from every block; collect the links.

    ``blocks`` are not modified: a block with something to cut or unlink is replaced by a
    new one (the segments of unlinked spam links, recorded by ``id``, lose their ``href``).
    ``body`` is the :class:`BodyText` of ``blocks`` when the caller has it.
    """
    result = BodyResult()
    farm_sites = ctx.evidence.farm_sites  # once per body, not per block
    spam_sites = farm_sites if spam_possible(ctx.terms, farm_sites, ctx.evidence.farm_page) else None
    body = BodyText(blocks) if body is None else body
    searching = bool(ctx.terms) or ctx.evidence.farm_page  # else nothing to look for in the text
    hits = _term_hits(body, ctx) if searching else {}
    pieces = (
        ctx.vocab.pieces_in(body.folded) if ctx.evidence.farm_page else ()
    )  # the only ones a block can hold
    for index, block in enumerate(blocks):
        raw = body.raws[index]
        unlinked: set[int] = set()
        cuts = _anchor_cuts(block, raw, ctx, result, unlinked, spam_sites)
        cuts += _emphasis_cuts(block, raw, ctx, unlinked)
        if searching:
            cuts += _term_cuts(raw, hits.get(index, []), cuts)
            if pieces and _holds_any(body.folded_block(index), pieces):
                cuts += _vocabulary_cuts(raw, ctx, cuts)
        new_block = apply_cuts(block, cuts, unlinked)
        for cut in cuts:
            text = raw[cut.start : cut.end].strip()
            result.removals.append(Removal("articleBody", cut.rule, text, cut.detail))
            result.terms.setdefault(squash(text), text)
        if new_block.text:
            result.blocks.append(new_block)
    return result


def _term_hits(body: BodyText, ctx: BodyContext) -> dict[int, list[tuple[int, int]]]:
    """Per block index, the ``(start, end)`` of each occurrence of a term to cut, longest
    terms first and then in text order (the order :func:`_term_cuts` takes them in).

    Each term is looked for once in the whole body rather than block by block; a term
    (squashed: no newline) cannot match across two blocks.
    """
    hits: dict[int, list[tuple[int, int]]] = {}
    for term in sorted(ctx.terms, key=len, reverse=True):
        if term in ctx.genuine:
            continue
        for at in find_all(body.folded, term):
            index = body.locate(at)
            start = at - body.starts[index]
            hits.setdefault(index, []).append((start, start + len(term)))
    return hits


def _runs(block: Block, key: str) -> list[tuple[int, int, list[Segment]]]:
    """Maximal runs of consecutive segments sharing ``href`` (key ``href``) or emphasis."""
    runs: list[tuple[int, int, list[Segment]]] = []
    offset = 0
    for seg in block.segments:
        value = seg.href if key == "href" else seg.emphasis
        start, offset = offset, offset + len(seg.text)
        if not value:
            continue
        prev_value = None
        if runs and runs[-1][1] == start:
            last = runs[-1][2][-1]
            prev_value = last.href if key == "href" else last.emphasis
        if runs and runs[-1][1] == start and prev_value == value:
            runs[-1] = (runs[-1][0], offset, [*runs[-1][2], seg])
        else:
            runs.append((start, offset, [seg]))
    return runs


def _anchor_cuts(
    block: Block,
    raw: str,
    ctx: BodyContext,
    result: BodyResult,
    unlinked: set[int],
    farm_sites: frozenset[str] | None,
) -> list[Cut]:
    """Classify every anchor; cut spam anchors whose text is spliced in, unlink the others
    (their segments' ids go to ``unlinked``). ``farm_sites`` are the evidence's, or None
    when no anchor can be spam (see :attr:`BodyContext.spam_possible`)."""
    cuts: list[Cut] = []
    if farm_sites is None:  # every link is the article's own
        for start, end, segs in _runs(block, "href"):
            text = raw[start:end].strip()
            if text:
                result.links.append(Link(url=segs[0].href or "", text=text))
        return cuts
    for start, end, segs in _runs(block, "href"):
        href, text = segs[0].href or "", raw[start:end].strip()
        context = AnchorContext(
            before=raw[:start],
            after=raw[end:],
            emphasis=any(s.emphasis for s in segs),
            terms=ctx.terms,
            farm_sites=farm_sites,
            farm_page=ctx.evidence.farm_page,
            vocabulary=ctx.evidence.farm_page and ctx.vocab.covers(text),
        )
        kind = classify_anchor(href, text, ctx.page_url, context)
        if kind != "spam":
            if text:
                result.links.append(Link(url=href, text=text))
            continue
        result.spam_links.append(Link(url=href, text=text))
        if spliced(raw[:start], text, raw[end:]):
            cuts.append(Cut(start, end, "spam_anchor", href))
        else:
            unlinked.update(id(seg) for seg in segs)  # the words belong to the sentence; only the link goes
            result.removals.append(Removal("links", "spam_link_unlinked", text, href))
    return cuts


def _emphasis_cuts(block: Block, raw: str, ctx: BodyContext, unlinked: set[int]) -> list[Cut]:
    """Bold phrases at splice points that are confirmed terms (or, on farms, vocabulary);
    bold inside a kept link is the link's."""
    cuts: list[Cut] = []
    if not ctx.terms and not ctx.evidence.farm_page:
        return cuts  # no term to find and no vocabulary to consult
    for start, end, segs in _runs(block, "emphasis"):
        if any(s.href and id(s) not in unlinked for s in segs):
            continue
        text = raw[start:end].strip()
        key = squash(text)
        if not key or key in ctx.genuine or not spliced(raw[:start], text, raw[end:]):
            continue
        if key in ctx.terms:
            cuts.append(Cut(start, end, "spam_keyword_bold"))
        elif ctx.evidence.farm_page and ctx.vocab.covers(text) and not _label_colon(raw, end):
            cuts.append(Cut(start, end, "spam_vocabulary_bold"))
    return cuts


def _label_colon(raw: str, end: int) -> bool:
    """``<b>Update</b>:`` at a paragraph start is a run-in label, not an insertion."""
    return raw[end:].lstrip()[:1] in (":", "：")


def _term_cuts(raw: str, hits: list[tuple[int, int]], taken: list[Cut]) -> list[Cut]:
    """Occurrences of known terms at splice points (plain text); ``hits`` are the block's
    (see :func:`_term_hits`)."""
    cuts: list[Cut] = []
    for start, end in hits:
        if _overlaps(start, end, taken + cuts) or not word_boundary(raw, start, end):
            continue
        if spliced(raw[:start], raw[start:end], raw[end:]):
            cuts.append(Cut(start, end, "spam_keyword"))
    return cuts


def _vocabulary_cuts(raw: str, ctx: BodyContext, taken: list[Cut]) -> list[Cut]:
    """On farm pages: trailing/leading fragments and compounds built from the farm's vocabulary.

    Every such fragment has a keyword piece, so only a paragraph the vocabulary is
    :meth:`~newscrawl.clean.vocab.Vocabulary.found_in` has one.
    """
    cuts: list[Cut] = []
    for finder, rule in (
        (trailing_fragment, "spam_vocabulary_trailing"),
        (leading_fragment, "spam_vocabulary_leading"),
    ):
        span = finder(raw, ctx.vocab)
        if span and not _overlaps(*span, taken + cuts) and squash(raw[span[0] : span[1]]) not in ctx.genuine:
            cuts.append(Cut(span[0], span[1], rule))
    for index in [m.start() for m in _SPLICE_PUNCT.finditer(raw)] + [len(raw)]:
        span = compound_before(raw, index, ctx.vocab)
        if span and not _overlaps(*span, taken + cuts) and squash(raw[span[0] : span[1]]) not in ctx.genuine:
            cuts.append(Cut(span[0], span[1], "spam_vocabulary_spliced"))
    return cuts


def _holds_any(folded: str, pieces: tuple[str, ...]) -> bool:
    """Whether one of ``pieces`` occurs in ``folded``: the vocabulary is
    :meth:`~newscrawl.clean.vocab.Vocabulary.found_in` it, when they are the body's pieces."""
    return any(piece in folded for piece in pieces)


def _overlaps(start: int, end: int, cuts: list[Cut]) -> bool:
    return any(start < c.end and c.start < end for c in cuts)


def left_as_fragment(body: BodyText, phrase: str) -> bool:
    """Whether the body holds ``phrase`` (squashed) as a paragraph's unpunctuated tail after its
    last sentence ("…easily available. assignment help online"), or as a lower-case run before
    an English paragraph's capitalised first word: where a farm leaves a keyword, and where no
    sentence of the article puts one of its own words."""
    for at in find_all(body.folded, phrase):
        index = body.locate(at)
        raw, start = body.raws[index], at - body.starts[index]
        end = start + len(phrase)
        if end > len(raw) or not word_boundary(raw, start, end):
            continue
        before, after = raw[:start].rstrip(), raw[end:].strip()
        if not after and before and (before[-1] in SENTENCE_END or before[-1] in CLOSERS):
            return True
        if not before and after[:1].isupper() and phrase.isascii():
            return True
    return False


def genuine_uses(blocks: list[Block], phrases: set[str], body: BodyText | None = None) -> set[str]:
    """Phrases the body uses inside its sentences (not at a splice point): the article's words.

    Each phrase is looked for once in the whole body, folded in one go, rather than
    paragraph by paragraph; an occurrence is then judged in its own paragraph. ``body`` is
    the :class:`BodyText` of ``blocks`` when the caller has it.
    """
    found: set[str] = set()
    if not phrases:
        return found
    body = BodyText(blocks) if body is None else body
    for phrase in phrases:
        for at in find_all(body.folded, phrase):
            index = body.locate(at)
            raw, start = body.raws[index], at - body.starts[index]
            end = start + len(phrase)
            if end > len(raw):
                continue  # across two paragraphs
            if word_boundary(raw, start, end) and not spliced(raw[:start], raw[start:end], raw[end:]):
                found.add(phrase)
                break
    return found
