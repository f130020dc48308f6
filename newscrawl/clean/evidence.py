"""Page-wide evidence of keyword stuffing, gathered before the body is touched.

A farm repeats its keywords everywhere it can: glued to the headlines of its lists, in
the keywords meta, stuffed into ``<title>`` and the site name, as anchor texts of its
link farms. No single place proves a phrase is spam (a clean site has keywords metas and
column prefixes too), so each phrase remembers *where* it was seen and a phrase counts as
a confirmed spam term only when independent places agree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain

from newscrawl.clean.farms import FarmLink, page_link_farms
from newscrawl.clean.links import PageAnchor, page_anchors
from newscrawl.clean.memo import page_memo
from newscrawl.clean.sitenames import base_url, site_names
from newscrawl.clean.text import (
    different_phrases,
    first_affix_separator,
    is_short_phrase,
    phrase_size,
    split_list,
    split_title,
    squash,
)
from newscrawl.clean.vocab import units
from newscrawl.items import Link
from newscrawl.page import Page
from newscrawl.urls import host_of, site_key

# Sources only a farm produces; any other source counts on a page that is a farm.
STRONG = frozenset({"farm_link", "hidden_keywords", "affix_variant", "affix_in_body", "site"})
FARM_PAGE = 0.6
_LOWER_RUN = re.compile(r"^((?:[a-z][\w'’-]*\s+){1,5})(?=[A-Z0-9“\"'‘])")
MAX_AFFIX_TOKENS = 12  # tokens: the longest phrase taken for a keyword (evidence term, list prefix, affix)
_NUMBERISH = re.compile(r"[\d\W_]+")
_PLACED = frozenset({"list_prefix", "farm_link", "partner_link", "affix_variant", "description"})


@dataclass
class PageEvidence:
    """Phrases seen as spam keywords on one page, where, and the page's farm signals."""

    page_url: str | None
    terms: dict[str, set[str]] = field(default_factory=dict)  # squashed phrase -> sources
    display: dict[str, str] = field(default_factory=dict)  # squashed phrase -> as shown
    farm_links: list[FarmLink] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    score: float = 0.0
    tags: set[str] = field(default_factory=set)  # squashed texts of the page's tag links

    def add(self, phrase: str, source: str) -> None:
        """Record that ``phrase`` was seen in ``source`` (ignored unless label-sized)."""
        key = squash(phrase)
        if key and is_short_phrase(key, max_tokens=MAX_AFFIX_TOKENS):
            self.terms.setdefault(key, set()).add(source)
            self.display.setdefault(key, phrase.strip())

    def sources(self, phrase: str) -> set[str]:
        """Where ``phrase`` was seen (empty set when nowhere)."""
        return self.terms.get(squash(phrase), set())

    def strong(self, phrase: str) -> bool:
        """Seen where only a farm puts keywords (a link farm, a drawn affix, the site tracker)."""
        return bool(self.sources(phrase) & STRONG)

    def confirmed(self, phrase: str) -> bool:
        """A spam term: strong evidence, or any sighting on a page that is a farm."""
        sources = self.sources(phrase)
        return bool(sources & STRONG) or (bool(sources) and self.farm_page)

    def confirmed_terms(self) -> set[str]:
        """Every confirmed term (squashed)."""
        return {t for t in self.terms if self.confirmed(t)}

    @property
    def farm_sites(self) -> frozenset[str]:
        """Site keys the page's link farms point to."""
        return frozenset(site_key(host_of(f.link.url)) for f in self.farm_links)

    @property
    def farm_page(self) -> bool:
        """Enough page-wide evidence to trust weaker, single-source terms."""
        return self.score >= FARM_PAGE

    def copy(self) -> PageEvidence:
        """An independent copy (the sets of sources and the links too)."""
        return replace(
            self,
            terms={key: set(sources) for key, sources in self.terms.items()},
            display=dict(self.display),
            farm_links=[FarmLink(Link(f.link.url, f.link.text), f.where) for f in self.farm_links],
            signals=list(self.signals),
            tags=set(self.tags),
        )

    def settle(self, affixes: list[str], foreign_keywords: int = 0) -> None:
        """Compute the farm score once every source (headline affixes included) is in."""
        self.score, self.signals = farm_score(self, affixes, foreign_keywords)


def gather_evidence(page: Page, headline: str | None = None) -> PageEvidence:
    """Collect the page's candidate spam terms and link farms (nothing is removed here).

    Memoised per page and headline, since the spider's cleaning and its spam-link pass
    both ask; every caller gets its own copy to add to.
    """
    memo = page_memo(page)
    key = ("gather_evidence", headline)
    if key not in memo:
        memo[key] = _gather_evidence(page, headline)
    return memo[key].copy()


def _gather_evidence(page: Page, headline: str | None) -> PageEvidence:
    url = base_url(page)
    anchors = page_anchors(page, url)
    evidence = PageEvidence(url)
    for keyword in split_list(page.meta_first("keywords") or ""):
        evidence.add(keyword, "meta_keywords")
    for name in site_names(page, headline, anchors):
        for part in split_title(name):
            evidence.add(part, "site_name")
    evidence.farm_links = page_link_farms(page, url, anchors)
    for farm in evidence.farm_links:
        evidence.add(farm.link.text, "farm_link" if farm.where == "hidden" else "partner_link")
    _add_list_prefixes(evidence, anchors, headline)
    evidence.tags = {squash(a.text.lstrip("#＃ ")) for a in anchors if a.href and "/tag" in a.href.lower()}
    return evidence


def split_prefix(text: str) -> tuple[str, str, str] | None:
    """Split a list item or headline into ``(prefix, separator, rest)`` at its first separator.

    English prefixes end where a run of lower-case words meets a capitalised one; other
    scripts end at the first separator. None when no label-sized prefix is there.

    >>> split_prefix("free spins casino Storm knocks out power")
    ('free spins casino', ' ', 'Storm knocks out power')
    >>> split_prefix("配资门户网_海螺沟寻子一个月")
    ('配资门户网', '_', '海螺沟寻子一个月')
    """
    lower = _LOWER_RUN.match(text)
    if lower:
        prefix = lower.group(1).strip()
        return prefix, " ", text[lower.end() :]
    match = first_affix_separator(text)
    if not match or match.start() == 0:
        return None
    prefix, rest = text[: match.start()], text[match.end() :]
    if not is_short_phrase(prefix, max_tokens=MAX_AFFIX_TOKENS) or phrase_size(rest) < 4:
        return None
    if _NUMBERISH.fullmatch(prefix) or (
        prefix[:1].isupper() and " " not in prefix and match.group().isspace()
    ):
        return None  # a number, or an English headline's first word
    return prefix, match.group(), rest


def _add_list_prefixes(evidence: PageEvidence, anchors: list[PageAnchor], headline: str | None) -> None:
    """Prefixes glued to the headlines of the page's link lists; recurring ones are noted.

    The article itself listed under a *different* prefix is strong evidence (the prefix
    is drawn per rendering); listed under the same one it says nothing.
    """
    rests: dict[str, set[str]] = {}
    own = split_prefix(headline or "")
    own_key, own_rest = squash(headline or ""), squash(own[2]) if own else ""
    for anchor in anchors:
        text = anchor.text
        if len(text) < 6 or phrase_size(text) < 6 or _same_key(text, own_key):
            continue  # (a token is at least one character)
        split = split_prefix(text)
        if not split:
            continue
        if own and squash(split[2]) == own_rest and different_phrases(split[0], own[0]):
            evidence.add(split[0], "affix_variant")
            evidence.add(own[0], "affix_variant")
        evidence.add(split[0], "list_prefix")
        rests.setdefault(squash(split[0]), set()).add(squash(split[2]))
    recurring = [k for k, r in rests.items() if len(r) >= 2]
    if len(recurring) >= 2:
        for key in recurring:
            evidence.add(key, "list_recurring")


def _same_key(text: str, key: str) -> bool:
    """``squash(text) == key`` for a whitespace-collapsed ``text`` (an anchor's): its
    squashed form is as long as itself (:func:`fold` keeps the length and makes no new
    spaces), so a text of another length is not squashed to be compared.

    >>> _same_key("Ｆree Spins", "free spins"), _same_key("Free Spin", "free spins")
    (True, False)
    """
    return len(text) == len(key) and squash(text) == key


def keyword_family(evidence: PageEvidence) -> int:
    """How many list prefixes and keywords share a piece (a CJK bigram, a word) with another.

    A farm's keywords are variations on a few morphemes (配资, 炒股; casino, essay); the
    first clauses of genuine headlines, or a clean site's topic keywords, rarely are.
    """
    phrases = [
        t
        for t, s in evidence.terms.items()
        if s & {"list_prefix", "meta_keywords", "farm_link", "partner_link"}
    ]
    pieces = [set(units(t)) for t in phrases]
    counts: Counter[str] = Counter(chain.from_iterable(pieces))
    shared = {p for p, n in counts.items() if n >= 2}  # then one C-level test per phrase
    return sum(1 for own in pieces if not own.isdisjoint(shared))


def _glued_keyword(sources: set[str]) -> bool:
    """A headline affix the page also places as a keyword (lists, link farms, description), or
    lists in its keywords meta without it being the site's own name (``… | 凤凰网``)."""
    return bool(sources & _PLACED) or ("meta_keywords" in sources and "site_name" not in sources)


def farm_score(
    evidence: PageEvidence, affixes: list[str], foreign_keywords: int = 0
) -> tuple[float, list[str]]:
    """Page-wide farm evidence in 0..1 and its human-readable reasons.

    No one signal makes a farm (clean portals have partner blocks, topic prefixes in
    their lists, keywords metas); two independent ones do.
    """
    weights: list[tuple[float, str]] = []
    for where, weight in (("hidden", 0.45), ("link_farm", 0.35)):
        sites = {site_key(host_of(f.link.url)) for f in evidence.farm_links if f.where == where}
        if sites:
            weights.append((weight, f"{where.replace('_', '-')} links to {len(sites)} site(s)"))
    stuffed = [t for t, s in evidence.terms.items() if "meta_keywords" in s and s & _PLACED]
    if len(stuffed) >= 2:
        weights.append((0.4, f"{len(stuffed)} keyword(s) both in metadata and in lists/link farms"))
    glued = [a for a in affixes if _glued_keyword(evidence.terms.get(squash(a), set()))]
    if glued:
        weights.append((0.4, f"headline affix {glued[0]!r} is a keyword elsewhere on the page"))
    if foreign_keywords >= 2:
        weights.append((0.4, f"{foreign_keywords} keywords-meta entries the article never uses"))
    if any("list_recurring" in s for s in evidence.terms.values()):
        weights.append((0.15, "recurring headline prefixes in lists"))
    if keyword_family(evidence) >= 6:
        weights.append((0.15, "list prefixes/keywords built from shared pieces"))
    keep = 1.0
    for weight, _ in weights:
        keep *= 1.0 - weight
    return round(1.0 - keep, 3), [reason for _, reason in weights]
