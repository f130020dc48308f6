"""Keywords glued to the headline: ``配资网炒股 长三角…``, ``…|东正证券``, ``free spins casino - …``.

A headline may legitimately start with a label (``专栏 | …``, ``北京 | …``, ``Opinion: …``),
so an affix is cut only on evidence that it is a keyword: the page shows it as one
elsewhere, the farm's ``<title>`` carries a different keyword at the same place, or the
same phrase sits spliced into the body's sentences. A label the article itself uses as
a word (in the middle of its sentences) is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscrawl.clean.evidence import PageEvidence, split_prefix
from newscrawl.clean.text import (
    AFFIX_SEPARATOR,
    different_phrases,
    is_cjk,
    is_short_phrase,
    phrase_size,
    split_title,
    squash,
)

_MAX_AFFIX_TOKENS = 12
_MIN_REST_TOKENS = 2
_VARIANT_TOKENS = 10


@dataclass(frozen=True)
class Affix:
    """One way to read a headline as ``affix + sep + rest`` (or ``rest + sep + affix``)."""

    position: str  # "prefix" | "suffix"
    text: str
    sep: str
    rest: str


def affix_candidates(headline: str) -> list[Affix]:
    """Every split of ``headline`` at a separator that leaves a label-sized affix.

    A plain space separates a keyword only next to CJK text or after a lower-case run in
    a capitalised English headline: elsewhere it separates words.

    >>> [a.text for a in affix_candidates("股票配资平台 某市地铁新线开通 沿线新增6座车站")]
    ['股票配资平台', '沿线新增6座车站']
    >>> [a.text for a in affix_candidates("free spins casino 5 Trends to Watch | Daily Hub")]
    ['free spins casino', 'Daily Hub']
    """
    found: list[Affix] = []
    for match in AFFIX_SEPARATOR.finditer(headline):
        head, tail = headline[: match.start()].strip(), headline[match.end() :].strip()
        if not head or not tail or (match.group().isspace() and not _cjk_space(headline, match)):
            continue
        for position, affix, rest in (("prefix", head, tail), ("suffix", tail, head)):
            if _label_sized(affix) and phrase_size(rest) >= _MIN_REST_TOKENS:
                found.append(Affix(position, affix, match.group(), rest))
    english = english_prefix(headline)
    if english and all(a.text != english.text for a in found):
        found.insert(0, english)
    return found


def _cjk_space(headline: str, match: re.Match[str]) -> bool:
    """A space with CJK text on either side (Chinese headlines use spaces as separators)."""
    before, after = headline[: match.start()].rstrip(), headline[match.end() :].lstrip()
    return bool(before and after) and (is_cjk(before[-1]) or is_cjk(after[0]))


def _label_sized(text: str) -> bool:
    """Short, and no inner separator other than spaces between Latin words."""
    if not is_short_phrase(text, max_tokens=_MAX_AFFIX_TOKENS) and phrase_size(text) != 1:
        return False
    for match in AFFIX_SEPARATOR.finditer(text):
        if not match.group().isspace() or _cjk_space(text, match):
            return False
    return True


def title_variants(evidence: PageEvidence, title: str | None, headline: str) -> None:
    """Record affixes that differ between the visible headline and ``<title>``'s headline part.

    A farm draws a keyword per rendering: the ``<h1>`` says ``无息配资 X`` while ``<title>``
    says ``手机炒股配资 X``. An affix that changes while the rest stays is not the
    article's.
    """
    if not title:
        return
    own = {(a.position, squash(a.rest)): a for a in affix_candidates(headline)}
    for part in [*split_title(title)[:1], title]:
        for other in affix_candidates(part):
            mine = own.get((other.position, squash(other.rest)))
            if mine and different_phrases(mine.text, other.text) and _keyword_sized(mine.text, other.text):
                evidence.add(mine.text, "affix_variant")
                evidence.add(other.text, "affix_variant")


def _keyword_sized(*phrases: str) -> bool:
    """Keyword-shaped: at most 10 tokens, and in English not Title Case (headline prose is)."""
    for phrase in phrases:
        if phrase_size(phrase) > _VARIANT_TOKENS:
            return False
        latin = re.findall(r"[A-Za-z][\w'’]*", phrase)
        if sum(w[0].isupper() for w in latin[1:]) >= 1:
            return False
    return True


@dataclass(frozen=True)
class AffixVerdict:
    affix: Affix
    reason: str


def judge_affixes(
    headline: str, evidence: PageEvidence, spliced_terms: set[str], genuine_words: set[str]
) -> AffixVerdict | None:
    """The affix to cut from ``headline``, if the evidence names one; the longest wins.

    ``spliced_terms`` are phrases the body cleaner found spliced into sentences,
    ``genuine_words`` phrases that the body uses inside its sentences (never cut).
    """
    best: AffixVerdict | None = None
    for affix in affix_candidates(headline):
        key = squash(affix.text)
        if key in genuine_words:
            continue
        reason = _affix_reason(key, evidence, spliced_terms)
        if reason and (best is None or len(key) > len(squash(best.affix.text))):
            best = AffixVerdict(affix, reason)
    return best


def _affix_reason(key: str, evidence: PageEvidence, spliced_terms: set[str]) -> str | None:
    """Why ``key`` is a keyword, or None.

    A different keyword in ``<title>`` or a list, a hidden link farm's anchor text, or a
    phrase the site tracker learned is enough alone; on a farm page, any other sighting
    of the phrase, or the phrase spliced into the body, is enough.
    """
    sources = evidence.terms.get(key, set())
    label = "headline_keyword:" + "+".join(sorted(sources))
    if evidence.strong(key):
        return label
    if evidence.farm_page and key in spliced_terms:
        return label + "+spliced_in_body"
    if evidence.farm_page and sources:
        return label
    return None


def english_prefix(headline: str) -> Affix | None:
    """A lower-case run before a capitalised headline (``free spins casino Storm hits…``)."""
    split = split_prefix(headline)
    if split and split[1] == " " and split[0][:1].islower():
        return Affix("prefix", split[0], " ", split[2])
    return None
