"""Keywords glued to the headline: ``配资网炒股 长三角…``, ``…|东正证券``, ``free spins casino - …``.

A headline may legitimately start with a label (``专栏 | …``, ``北京 | …``, ``Opinion: …``),
so an affix is cut only on evidence that it is a keyword: the page shows it as one
elsewhere, the farm's ``<title>`` carries a different keyword at the same place, or the
same phrase sits spliced into the body's sentences. A label the article itself uses as
a word (in the middle of its sentences) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from newscrawl.clean.evidence import MAX_AFFIX_TOKENS, PageEvidence, split_prefix
from newscrawl.clean.memo import page_memo
from newscrawl.clean.text import (
    affix_separators,
    different_phrases,
    has_affix_mark,
    is_cjk,
    is_short_phrase,
    marked_separators,
    phrase_size,
    split_title,
    squash,
)
from newscrawl.extract.blocks import normalise_space
from newscrawl.page import Page

# Longer than this, a "headline" (an <h1> or <title> holding a page's text) is no headline a
# keyword was glued to; it is not split, as trying every separator is quadratic in its length.
MAX_AFFIXED_CHARS = 1000
# JSON-LD headlines taken as renderings: a page states its own in a few objects (31 at most on
# the dev corpora); renderings are compared pairwise, so a feed of thousands is cut off here.
MAX_LD_RENDERINGS = 64
_MIN_REST_TOKENS = 2
_VARIANT_TOKENS = 10
_VARIANT_WORDS = 5


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
    >>> [a.text for a in affix_candidates("free spins casino 5 Trends | Daily Hub")]
    ['free spins casino', 'free spins casino 5 Trends', 'Daily Hub']
    """
    return list(_affix_candidates(headline))


@lru_cache(maxsize=1024)
def _affix_candidates(headline: str) -> tuple[Affix, ...]:
    """:func:`affix_candidates`, memoised: the cleaners split the same few headlines (the
    headline, its renderings, the body's evidence) many times per page. A text longer than
    any headline (an unclosed ``<title>`` swallows the page) is not split: each split sizes
    both sides, so the work grows with the square of its length."""
    if len(headline) > MAX_AFFIXED_CHARS:
        return ()
    found: list[Affix] = []
    for match in _cutting_separators(headline):
        head, tail = headline[: match.start()].strip(), headline[match.end() :].strip()
        if not head or not tail:
            continue
        for position, affix, rest in (("prefix", head, tail), ("suffix", tail, head)):
            if _label_sized(affix) and phrase_size(rest) >= _MIN_REST_TOKENS:
                found.append(Affix(position, affix, match.group(), rest))
    english = english_prefix(headline) or _bracketed_prefix(headline)
    if english and all(a.text != english.text for a in found):
        found.insert(0, english)
    return tuple(found)


_BRACKETED = re.compile(r"\s*(?:\[([^\[\]]+)\]|【([^【】]+)】|〔([^〔〕]+)〕)\s*")


def _bracketed_prefix(headline: str) -> Affix | None:
    """A bracketed label before the headline (``[诗婷露雅化妆品]江门…``, ``【视频】…``): whether
    it is a keyword or the site's own label, the evidence decides as for any affix."""
    match = _BRACKETED.match(headline)
    if not match:
        return None
    label, rest = next(g for g in match.groups() if g).strip(), headline[match.end() :].strip()
    if not _label_sized(label) or phrase_size(rest) < _MIN_REST_TOKENS:
        return None
    return Affix("prefix", label, match.group(), rest)


def _cutting_separators(text: str) -> Iterator[re.Match[str]]:
    """The affix separators of ``text`` an affix can be cut at: all but the spaces between
    words (a space next to CJK text does separate, see :func:`_cjk_space`).

    In ASCII text, no space is next to CJK text: without a separator character other than
    a space (most English headlines, most affixes) there is nothing to cut at, and the
    runs of spaces (most separators of a long text) are skipped, not matched one by one.

    >>> [m.group() for m in _cutting_separators("股票配资平台 某市地铁新线 | Daily Hub")]
    [' ', ' | ']
    >>> list(_cutting_separators("Top 10 Health Trends to Watch"))
    []
    """
    if text.isascii():
        return marked_separators(text) if has_affix_mark(text) else iter(())
    return (m for m in affix_separators(text) if not (m.group().isspace() and not _cjk_space(text, m)))


def _cjk_space(headline: str, match: re.Match[str]) -> bool:
    """A space with CJK text on either side (Chinese headlines use spaces as separators).

    The nearest non-space characters are looked up in place: copying the text on either
    side for each space of a long text grows with the square of its length.

    >>> import re
    >>> [_cjk_space(t, re.search(r"\\s+", t)) for t in ("配资 Storm", "free  spins", " 配资", "a b 配")]
    [True, False, False, False]
    """
    before, after = match.start(), match.end()
    while before > 0 and headline[before - 1].isspace():
        before -= 1
    while after < len(headline) and headline[after].isspace():
        after += 1
    if before == 0 or after == len(headline):
        return False  # nothing but spaces on one side
    return is_cjk(headline[before - 1]) or is_cjk(headline[after])


def _label_sized(text: str) -> bool:
    """Short, and no inner separator other than spaces between Latin words."""
    if not is_short_phrase(text, max_tokens=MAX_AFFIX_TOKENS) and phrase_size(text) != 1:
        return False
    return next(_cutting_separators(text), None) is None


def renderings(page: Page) -> list[str]:
    """Every place the page states its headline: ``<h1>``, og/twitter titles, JSON-LD, ``<title>``."""
    found = list(h1_texts(page))
    for key in ("og:title", "twitter:title"):
        found.extend(normalise_space(v) for v in page.meta.get(key, [])[:1])
    stated = (obj["headline"] for obj in page.json_ld if isinstance(obj.get("headline"), str))
    found.extend(normalise_space(text) for text in islice(stated, MAX_LD_RENDERINGS))
    title = page.title_element()
    if title is not None:
        text = normalise_space(title.text_content())
        found.extend([*split_title(text)[:1], text])
    return [f for f in dict.fromkeys(found) if f]


def h1_texts(page: Page) -> tuple[str, ...]:
    """The texts of the first two ``<h1>``s (the cleaners look no further), read once per page."""
    memo = page_memo(page)
    if "h1_texts" not in memo:
        h1s = page.headings("h1")[:2]
        memo["h1_texts"] = tuple(normalise_space(h.text_content()) for h in h1s)
    texts: tuple[str, ...] = memo["h1_texts"]
    return texts


def subheadings(page: Page) -> list[str]:
    """The first ``<h2>``s: where CMSs whose ``<h1>`` is the logo put the headline."""
    h2s = page.headings("h2")
    return [t for t in (normalise_space(h.text_content()) for h in h2s) if t][:3]


def rendering_variants(evidence: PageEvidence, shown: list[str], headline: str, extra: list[str]) -> None:
    """Record affixes that differ between renderings of the same headline.

    A farm draws a keyword per rendering: the ``<h1>`` says ``无息配资 X`` while ``<title>``
    says ``手机炒股配资 X`` (or ``X | essay writing service``). A keyword-shaped affix that
    changes while the rest stays is not the article's (``affix_variant``); one that a
    rendering simply lacks is weaker evidence (``affix_absent``: titles drop columns).
    ``extra`` renderings (sub-headings) are only compared with the others, not each other.
    """
    main = [t for t in dict.fromkeys([headline, *shown]) if t]
    texts = main + [t for t in extra if t not in main]
    candidates = {text: affix_candidates(text) for text in texts}
    by_rest = {text: _by_rest(affixes) for text, affixes in candidates.items()}
    bare = {squash(t) for t in texts}
    for text in texts:
        others = [t for t in (main if text not in main else texts) if t != text]
        for mine in (a for a in candidates[text] if _shorter(a)):
            rest = squash(mine.rest)
            if rest in bare and _keyword_sized(mine.text):
                evidence.add(mine.text, "affix_absent")
            if any(_is_variant(mine, other) for t in others for other in by_rest[t].get(rest, ())):
                evidence.add(mine.text, "affix_variant")


def _by_rest(affixes: list[Affix]) -> dict[str, list[Affix]]:
    """``affixes`` grouped by their squashed rest, in their order: only an affix of another
    rendering with the same rest can be a variant (see :func:`_is_variant`), so each is
    compared with those alone rather than with every split of every rendering."""
    groups: dict[str, list[Affix]] = {}
    for affix in affixes:
        groups.setdefault(squash(affix.rest), []).append(affix)
    return groups


def _shorter(affix: Affix) -> bool:
    """A glued keyword is not (much) longer than the headline it is glued to."""
    return phrase_size(affix.text) <= phrase_size(affix.rest) + 1


def _is_variant(mine: Affix, other: Affix) -> bool:
    """Same headline, a different keyword-shaped affix at the same place."""
    if squash(other.rest) != squash(mine.rest):
        return False
    return different_phrases(mine.text, other.text) and _keyword_sized(mine.text, other.text)


def _keyword_sized(*phrases: str) -> bool:
    """Keyword-shaped: at most 10 CJK tokens or 5 words, and in English not Title Case."""
    for phrase in phrases:
        latin = re.findall(r"[A-Za-z][\w'’]*", phrase)
        if phrase_size(phrase) > _VARIANT_TOKENS or len(latin) > _VARIANT_WORDS:
            return False
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
        if key in genuine_words or not _shorter(affix):
            continue  # the article's own words, or longer than what would be left
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
    label = "+".join(sorted(sources))
    if evidence.strong(key):
        return label
    if evidence.farm_page and key in spliced_terms:
        return "+".join(filter(None, [label, "spliced_in_body"]))
    if evidence.farm_page and sources:
        return label
    return None


def english_prefix(headline: str) -> Affix | None:
    """A lower-case run before a capitalised headline (``free spins casino Storm hits…``)."""
    split = split_prefix(headline)
    if split and split[1] == " " and split[0][:1].islower():
        return Affix("prefix", split[0], " ", split[2])
    return None
