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

from newscrawl.clean.anchors import AnchorContext, classify_anchor, spam_possible
from newscrawl.clean.blocktext import BodyText
from newscrawl.clean.evidence import PageEvidence, gather_evidence
from newscrawl.clean.headline import (
    affix_candidates,
    h1_texts,
    judge_affixes,
    rendering_variants,
    renderings,
    subheadings,
)
from newscrawl.clean.inline import (
    BodyContext,
    BodyResult,
    clean_body,
    genuine_uses,
    left_as_fragment,
)
from newscrawl.clean.proselinks import linked_in_prose
from newscrawl.clean.stuffing import stuffed_phrases
from newscrawl.clean.text import cjk_share, fold, phrase_size, split_list, squash
from newscrawl.clean.vocab import Vocabulary
from newscrawl.extract.blocks import Block, Segment, blocks_to_text, normalise_space
from newscrawl.extract.skipparts import is_boilerplate_container
from newscrawl.items import Link, Removal, SpamVerdict
from newscrawl.page import Page

FARM_THRESHOLD = 0.6
_NO_VOCABULARY = Vocabulary.build([], "")


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
    text = BodyText(blocks)  # searched by each step below: made once
    evidence = page_evidence(page, headline, blocks, site_terms, text)
    affixes = {squash(a.text): a.text for a in affix_candidates(headline or "")}
    genuine = frozenset(genuine_uses(blocks, _genuine_candidates(evidence, affixes), text))
    context = _body_context(evidence, affixes, genuine, blocks)
    body = clean_body(blocks, context, text)
    new_headline, removals = _clean_headline(headline, evidence, set(body.terms), genuine)
    result = CleanResult(new_headline, body.blocks, removals + body.removals, body.links)
    result.spam_links = _dedupe(body.spam_links + [f.link for f in evidence.farm_links])
    result.verdict = page_verdict(evidence, removals, body)
    result.terms = _found_terms(removals, body)
    return result


def _genuine_candidates(evidence: PageEvidence, affixes: dict[str, str]) -> set[str]:
    """The phrases whose genuine use in the body can change a cut.

    On a farm page, every phrase seen and every headline affix (the vocabulary may cut
    any of them); elsewhere only confirmed terms are ever cut, in the body or headline.
    """
    if evidence.farm_page:
        return set(evidence.terms) | set(affixes)
    return evidence.confirmed_terms()


def page_evidence(
    page: Page,
    headline: str | None,
    blocks: list[Block],
    site_terms: Iterable[str] = (),
    body: BodyText | None = None,
) -> PageEvidence:
    """All page-wide evidence, the farm score settled (``body``: the :class:`BodyText` of
    ``blocks``, when the caller has it)."""
    evidence = gather_evidence(page, headline)
    for term in site_terms:
        evidence.add(term, "site")
    shown = renderings(page)
    rendering_variants(evidence, shown, headline or "", subheadings(page))
    _description_prefix(evidence, page, blocks)
    texts = [t for t in dict.fromkeys([headline or "", *shown]) if t]
    visible = [headline or "", *h1_texts(page)]
    affixes = [a.text for text in visible for a in affix_candidates(text)]
    for phrase in stuffed_phrases(page, affixes):
        evidence.add(phrase, "hidden_keywords")
    _affixes_in_body(evidence, affixes, blocks, body)
    keywords = split_list(page.meta_first("keywords") or "")
    evidence.settle(affixes, foreign_keywords(keywords, blocks, texts, body))
    return evidence


def _affixes_in_body(
    evidence: PageEvidence, affixes: list[str], blocks: list[Block], body: BodyText | None
) -> None:
    """A keyword-like headline affix that the body also holds where only a farm puts one: as a link
    off the page set inside a sentence (``…网络直播<a href="http://farm.example/">十倍杠杆炒股</a>，…``),
    or left as a paragraph's unpunctuated tail ("…easily available. assignment help online").
    Neither needs the page's metadata, which a farm template may not carry. One the page also
    tags itself with is a weaker sighting, which counts on a farm page only."""
    keys = {squash(a): a for a in affixes if _keyword_like(a)}
    if not keys:
        return
    linked = linked_in_prose(blocks, evidence.page_url)
    text = BodyText(blocks) if body is None else body
    for key, affix in keys.items():
        if key in linked or left_as_fragment(text, key):
            evidence.add(affix, "affix_in_body")
        if key in evidence.tags:
            evidence.add(affix, "tag_link")


def foreign_keywords(
    keywords: list[str], blocks: list[Block], headlines: list[str], body: BodyText | None = None
) -> int:
    """How many keywords-meta entries the article never uses (in its sentences or headline).

    A site's keywords describe its article; a farm's are its own commercial phrases, at
    most spliced into the body or glued to the headline.
    """
    if not blocks:
        return 0
    keys = {squash(k) for k in keywords if squash(k)}
    used = genuine_uses(blocks, keys, body)
    for text in headlines:
        glued = {squash(a.text) for a in affix_candidates(text)}
        used |= {k for k in keys if k in squash(text) and k not in glued}
    unused = keys - used
    return len(unused) if len(unused) >= 0.75 * len(keys) else 0


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
    """Terms to cut: confirmed ones, plus keyword-like headline affixes on a farm page.

    The vocabulary is consulted on farm pages only, so elsewhere the body is not cut into
    pieces for it (an empty vocabulary stands in).
    """
    terms = evidence.confirmed_terms()
    if not evidence.farm_page:
        return BodyContext(evidence.page_url, evidence, frozenset(terms - genuine), genuine, _NO_VOCABULARY)
    vocab = Vocabulary.build([evidence.display[t] for t in evidence.terms], blocks_to_text(blocks))
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
        detail = f"seen as: {verdict.reason}; headline was: {current}"
        removals.append(Removal("headline", "spam_headline_keyword", verdict.affix.text, detail))
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
        weights.append(
            (0.3 if len(keywords) == 1 else 0.5, f"{len(keywords)} keyword(s) spliced into the body")
        )
    keep = 1.0
    for weight, _ in weights:
        keep *= 1.0 - weight
    score = round(1.0 - keep, 3)
    return SpamVerdict(score=score, isContentFarm=score >= FARM_THRESHOLD, evidence=[s for _, s in weights])


def spam_hrefs(page: Page) -> set[str]:
    """Every spam link on the page (link farms, hidden blocks, anchors spliced into prose):
    the spider does not follow them."""
    from newscrawl.extract.headline import extract_headline  # the extractor's own reading of the page

    prose = _prose(page.tree)
    paragraphs = [Block("p", [Segment(text)]) for _, text in prose]
    evidence = page_evidence(page, extract_headline(page)[0], paragraphs)
    found = {f.link.url for f in evidence.farm_links}
    terms = frozenset(evidence.confirmed_terms())
    if not spam_possible(terms, evidence.farm_sites, evidence.farm_page):
        return found  # no anchor in the prose can be spam
    url = evidence.page_url
    vocab = Vocabulary.build([evidence.display[t] for t in evidence.terms] if evidence.farm_page else [], "")
    for anchor, paragraph in _prose_anchors(prose):
        href = page.absolute(anchor.get("href"), url)
        if not href or not href.startswith("http"):
            continue
        text = normalise_space(anchor.text_content())
        before, after = _around(paragraph, anchor)
        context = AnchorContext(
            before=before,
            after=after,
            emphasis=_emphasised(anchor),
            terms=terms,
            farm_sites=evidence.farm_sites,
            farm_page=evidence.farm_page,
            vocabulary=evidence.farm_page and vocab.covers(text),
        )
        if classify_anchor(href, text, url, context) == "spam":
            found.add(href)
    return found


_PROSE = ("p", "li", "dd", "blockquote", "td")
_CHROME = frozenset({"footer", "nav", "aside", "header"})


def _prose(root: _Element) -> list[tuple[_Element, str]]:
    """Paragraphs of prose (30+ characters) outside footers, navigation and named boilerplate,
    with their text."""
    found = []
    chrome: dict[_Element, bool] = {}
    for element in root.iter(*_PROSE):
        text = normalise_space(element.text_content())
        if len(text) >= 30 and not _in_chrome(element, chrome):
            found.append((element, text))
    return found


def _prose_anchors(prose: list[tuple[_Element, str]]) -> list[tuple[_Element, _Element]]:
    """Anchors inside a paragraph of prose, with that paragraph."""
    found: list[tuple[_Element, _Element]] = []
    for paragraph, _ in prose:
        found.extend((a, paragraph) for a in paragraph.iter("a") if a.get("href"))
    return found


def _in_chrome(element: _Element, memo: dict[_Element, bool]) -> bool:
    """Whether ``element`` or an ancestor is a footer, navigation or named boilerplate;
    ``memo`` keeps the answer per element, as paragraphs share their ancestors."""
    chain = []
    node: _Element | None = element
    while node is not None and node not in memo:
        chain.append(node)
        node = node.getparent()
    inside = memo[node] if node is not None else False
    for node in reversed(chain):  # from the top down: inside once an ancestor is
        inside = inside or node.tag in _CHROME or is_boilerplate_container(node)
        memo[node] = inside
    return inside


def _emphasised(anchor: _Element) -> bool:
    """Bold or underlined inside or around the link (``<a><strong>kw</strong></a>``)."""
    inner = any(el.tag in ("strong", "b", "u", "em") for el in anchor.iterdescendants())
    parent = anchor.getparent()
    return inner or (parent is not None and parent.tag in ("strong", "b", "u", "em"))


def _around(paragraph: _Element, anchor: _Element) -> tuple[str, str]:
    """Text of ``paragraph`` before and after ``anchor`` (the link's inline context)."""
    text = paragraph.text_content()
    own = anchor.text_content()
    before_len = 0
    for node in paragraph.iter():
        if node is anchor:
            break
        before_len += len(node.text or "") if isinstance(node.tag, str) else 0
        if node is not paragraph and not _contains(node, anchor):
            before_len += len(node.tail or "")
    return text[:before_len], text[before_len + len(own) :]


def _contains(node: _Element, target: _Element) -> bool:
    return any(a is node for a in target.iterancestors())
