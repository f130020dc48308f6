"""``clean_page``: the article as its author wrote it, without a farm's keywords and links.

Order of work: gather the page's evidence (link farms, keywords in metadata and lists,
the ``<title>``'s own headline), find which affixes of the headline could be keywords,
cut spliced keywords and spam anchors from the body, then cut the headline affix that
the evidence (or the body) confirms. Every cut is a :class:`~newscrawl.items.Removal`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml.etree import _Element

from newscrawl.clean.anchors import AnchorContext, classify_anchor, host_of, site_key
from newscrawl.clean.evidence import PageEvidence, gather_evidence
from newscrawl.clean.headline import affix_candidates, judge_affixes, title_variants
from newscrawl.clean.inline import BodyContext, BodyResult, clean_body, genuine_uses
from newscrawl.clean.text import cjk_share, fold, phrase_size, split_list, squash
from newscrawl.clean.vocab import Vocabulary
from newscrawl.extract.blocks import Block, Segment, blocks_to_text, normalise_space
from newscrawl.extract.dom import absolute_url
from newscrawl.items import Link, Removal, SpamVerdict
from newscrawl.page import Page

FARM_THRESHOLD = 0.6


@dataclass
class CleanResult:
    headline: str | None
    blocks: list[Block]
    removals: list[Removal] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # the body's own links (editorial and internal)
    spam_links: list[Link] = field(default_factory=list)
    verdict: SpamVerdict = field(default_factory=SpamVerdict)
    terms: list[str] = field(default_factory=list)  # injected phrases found, as shown


def clean_page(
    page: Page, headline: str | None, blocks: list[Block], *, site_terms: Iterable[str] = ()
) -> CleanResult:
    """Remove injected keywords and spam links from ``headline`` and ``blocks``.

    ``site_terms`` are phrases a :class:`~newscrawl.clean.site.SiteSpamTracker` learned on
    the same host; they count as strong evidence. ``blocks`` are not modified.
    """
    evidence = page_evidence(page, headline, blocks, site_terms)
    affixes = {squash(a.text): a.text for a in affix_candidates(headline or "")}
    genuine = frozenset(genuine_uses(blocks, set(evidence.terms) | set(affixes)))
    context = _body_context(evidence, affixes, genuine, blocks)
    body = clean_body([_copy(b) for b in blocks], context)
    new_headline, removals = _clean_headline(headline, evidence, set(body.terms), genuine)
    result = CleanResult(new_headline, body.blocks, removals + body.removals, body.links)
    result.spam_links = _dedupe(body.spam_links + [f.link for f in evidence.farm_links])
    result.verdict = page_verdict(evidence, removals, body)
    result.terms = _found_terms(removals, body)
    return result


def page_evidence(
    page: Page, headline: str | None, blocks: list[Block], site_terms: Iterable[str] = ()
) -> PageEvidence:
    """All page-wide evidence, the farm score settled."""
    evidence = gather_evidence(page, headline)
    for term in site_terms:
        evidence.add(term, "site")
    if headline:
        title_variants(evidence, _title(page), headline)
    _description_prefix(evidence, page, blocks)
    affixes = affix_candidates(headline or "")
    keywords = split_list(page.meta_first("keywords") or "")
    rest = " ".join(a.rest for a in affixes) if affixes else headline or ""
    evidence.settle([a.text for a in affixes], foreign_keywords(keywords, blocks, rest))
    return evidence


def foreign_keywords(keywords: list[str], blocks: list[Block], headline: str) -> int:
    """How many keywords-meta entries the article never uses (in its sentences or headline).

    A site's keywords describe its article; a farm's are its own commercial phrases, at
    most spliced into the body.
    """
    if not blocks:
        return 0
    keys = {squash(k) for k in keywords if squash(k)}
    used = genuine_uses(blocks, keys) | {k for k in keys if k in squash(headline)}
    return len(keys - used) if len(keys - used) >= 0.75 * len(keys) else 0


def _copy(block: Block) -> Block:
    return Block(block.tag, [Segment(s.text, s.href, s.emphasis) for s in block.segments])


def _title(page: Page) -> str | None:
    title = page.tree.find(".//title")
    return normalise_space(title.text_content()) if title is not None else None


def _description_prefix(evidence: PageEvidence, page: Page, blocks: list[Block]) -> None:
    """``东正证券,长三角一体化…``: a phrase glued before the lead in the description meta."""
    description = page.meta_first("description") or ""
    parts = split_list(description)
    if len(parts) < 2 or not blocks:
        return
    lead, rest = fold(blocks[0].text), fold(description[len(parts[0]) :].lstrip(",，;；|、 "))
    if rest[:8] and lead.startswith(rest[:8]) and not lead.startswith(fold(parts[0])):
        evidence.add(parts[0], "description")


def _body_context(
    evidence: PageEvidence, affixes: dict[str, str], genuine: frozenset[str], blocks: list[Block]
) -> BodyContext:
    """Terms to cut: confirmed ones, plus keyword-like headline affixes on a farm page."""
    terms = evidence.confirmed_terms()
    spam_words = [evidence.display[t] for t in evidence.terms] if evidence.farm_page else []
    vocab = Vocabulary.build(spam_words, blocks_to_text(blocks))
    if evidence.farm_page:
        terms |= {key for key, shown in affixes.items() if _keyword_like(shown) and vocab.covers(shown)}
    return BodyContext(evidence.page_url, evidence, frozenset(terms - genuine), genuine, vocab)


def _keyword_like(affix: str) -> bool:
    """An affix worth looking for in the body: 3+ CJK chars, or 2+ lower-case words.

    Short labels (``北京``, ``专栏``, ``Opinion``) are left to the other evidence.
    """
    if cjk_share(affix) > 0.5:
        return phrase_size(affix) >= 3
    return phrase_size(affix) >= 2 and affix == affix.lower()


def _clean_headline(
    headline: str | None, evidence: PageEvidence, spliced_terms: set[str], genuine: frozenset[str]
) -> tuple[str | None, list[Removal]]:
    """Cut up to two affixes (a prefix and a suffix) the evidence confirms."""
    removals: list[Removal] = []
    current = headline
    for _ in range(2):
        if not current:
            break
        verdict = judge_affixes(current, evidence, spliced_terms, set(genuine))
        if verdict is None:
            break
        removals.append(Removal("headline", verdict.reason, verdict.affix.text, current))
        current = verdict.affix.rest
    return current, removals


def _found_terms(removals: list[Removal], body: BodyResult) -> list[str]:
    """The injected phrases, as shown, each once: what a site tracker learns from."""
    found: dict[str, str] = {}
    for removal in removals:
        found.setdefault(squash(removal.text), removal.text)
    for key, shown in body.terms.items():
        found.setdefault(key, shown)
    return [shown for key, shown in found.items() if key]


def _dedupe(links: list[Link]) -> list[Link]:
    seen: dict[str, Link] = {}
    for link in links:
        seen.setdefault(link.url, link)
    return list(seen.values())


def page_verdict(evidence: PageEvidence, headline_cuts: list[Removal], body: BodyResult) -> SpamVerdict:
    """Combine page-wide evidence with what the cleaning found: 0 clean .. 1 certainly a farm."""
    weights = [(1.0 - (1.0 - evidence.score), "; ".join(evidence.signals))] if evidence.signals else []
    anchors = [r for r in body.removals if r.rule == "spam_anchor"]
    keywords = [r for r in body.removals if r.rule != "spam_anchor" and r.field == "articleBody"]
    if headline_cuts:
        weights.append((0.5, f"headline keyword: {headline_cuts[0].text}"))
    if anchors:
        weights.append((0.5 if len(anchors) == 1 else 0.7, f"{len(anchors)} spam anchor(s) in the body"))
    if keywords:
        weights.append((0.3 if len(keywords) == 1 else 0.5, f"{len(keywords)} keyword(s) spliced into the body"))
    keep = 1.0
    for weight, _ in weights:
        keep *= 1.0 - weight
    score = round(1.0 - keep, 3)
    return SpamVerdict(score=score, isContentFarm=score >= FARM_THRESHOLD, evidence=[s for _, s in weights])


def spam_hrefs(page: Page) -> set[str]:
    """Every spam link on the page (link farms, hidden blocks, anchors spliced into prose):
    the spider does not follow them."""
    h1 = page.tree.find(".//h1")
    evidence = page_evidence(page, normalise_space(h1.text_content()) if h1 is not None else None, [])
    found = {f.link.url for f in evidence.farm_links}
    url = evidence.page_url
    page_site = site_key(host_of(url)) if url else ""
    terms = frozenset(evidence.confirmed_terms())
    for anchor in page.tree.iter("a"):
        href = absolute_url(anchor.get("href"), url)
        parent = anchor.getparent()
        if not href or parent is None or not href.startswith("http") or site_key(host_of(href)) == page_site:
            continue
        before, after = _around(parent, anchor)
        context = AnchorContext(
            before=before, after=after, terms=terms, farm_sites=evidence.farm_sites, farm_page=evidence.farm_page
        )
        if classify_anchor(href, normalise_space(anchor.text_content()), url, context) == "spam":
            found.add(href)
    return found


def _around(parent: _Element, anchor: _Element) -> tuple[str, str]:
    """Text of ``parent`` before and after ``anchor`` (the link's inline context)."""
    before: list[str] = [parent.text or ""]
    after: list[str] = []
    target = before
    for child in parent:
        if child is anchor:
            target = after
        elif isinstance(child.tag, str):
            target.append(child.text_content())
        target.append(child.tail or "")
    return "".join(before), "".join(after)
