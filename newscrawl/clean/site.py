"""Crawl-wide spam evidence per host: what one page cannot tell, many pages of a site can.

A farm glues *some* keyword to nearly every headline, drawn from a small vocabulary, so
across its pages the same phrases recur as prefixes or suffixes; a clean site's column
label (``专栏 | …``, ``Opinion: …``) recurs too, but on a minority of headlines and as
the only label. The tracker counts, per host, how many headlines carry a label-sized
affix and which affixes recur, and keeps the terms page cleaning reported. A recurring
affix is *learned* (stripped from later headlines, passed to :func:`clean_page` as a
site term) when the page cleaner confirmed it somewhere on the host, or when the host
behaves like a farm (most headlines carry an affix, from a varied vocabulary).

State is plain dicts of str/int/float so a state store can persist it as JSON
(:meth:`SiteSpamTracker.to_dict` / :meth:`SiteSpamTracker.from_dict`).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from newscrawl.clean.headline import Affix, affix_candidates
from newscrawl.clean.text import fold, squash, tokens
from newscrawl.items import Removal

MIN_RECURRENCE = 2  # an affix seen on this many headlines of a host recurs
MIN_PAGES = 3  # no site verdict before this many pages
FARM_AFFIX_SHARE = 0.5  # share of headlines with some affix on a farm
FARM_VOCABULARY = 3  # distinct recurring affixes on a farm (a column label is one)
FARM_SCORE = 0.6
_KEEP_RESTS = 16
_KEEP_AFFIXES = 2000  # per host, in saved state: a big site's one-off affixes would grow it for ever


def _empty_host() -> dict[str, Any]:
    return {"pages": 0, "affixed": 0, "farm_pages": 0, "score_sum": 0.0, "affixes": {}, "terms": {}}


class SiteSpamTracker:
    """Per-host headline affixes and learned spam terms, for one crawl."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self._hosts: dict[str, dict[str, Any]] = dict(state or {})

    # ------------------------------------------------------------------ learning

    def observe(
        self, host: str, headline: str | None, terms: list[str], *, page_score: float | None = None
    ) -> None:
        """Record one article page of ``host``: its headline as shown (before cleaning), the
        spam terms page cleaning found, and (optionally) the page's spam score."""
        state = self._hosts.setdefault(host, _empty_host())
        state["pages"] += 1
        if page_score is not None:
            state["score_sum"] += page_score
            state["farm_pages"] += int(page_score >= FARM_SCORE)
        affixes = _edge_affixes(headline or "")
        state["affixed"] += int(bool(affixes))
        for affix in affixes:
            entry = state["affixes"].setdefault(_key(affix), {"text": affix.text, "count": 0, "rests": []})
            rest = "".join(tokens(affix.rest))[:60]
            if not any(_same_article(rest, seen) for seen in entry["rests"]):  # a republished copy
                entry["count"] += 1
                entry["rests"] = [*entry["rests"], rest][-_KEEP_RESTS:]
        for term in terms:
            entry = state["terms"].setdefault(squash(term), {"text": term, "count": 0})
            entry["count"] += 1

    # ------------------------------------------------------------------ using

    def learned_terms(self, host: str) -> list[str]:
        """Phrases this host uses as spam keywords: reported by page cleaning on two pages or
        more, or recurring headline affixes of a farm-like host (see the module docstring)."""
        state = self._hosts.get(host)
        if not state:
            return []
        learned = {k: v["text"] for k, v in state["terms"].items() if v["count"] >= MIN_RECURRENCE}
        for key, entry in state["affixes"].items():
            phrase = key.split("|", 1)[1]
            if entry["count"] >= MIN_RECURRENCE and (phrase in state["terms"] or self._farm_like(state)):
                learned.setdefault(phrase, entry["text"])
        return list(learned.values())

    def clean_headline(self, host: str, headline: str, body: str | None = None) -> tuple[str, Removal | None]:
        """Strip a learned affix from ``headline`` unless the article's body uses the phrase."""
        learned = {squash(t) for t in self.learned_terms(host)}
        folded_body = fold(body or "")
        for affix in _edge_affixes(headline):
            key = squash(affix.text)
            if key in learned and key not in folded_body:
                removal = Removal("headline", "site_recurring_affix", affix.text, f"{host}: {headline}")
                return affix.rest, removal
        return headline, None

    def verdict(self, host: str) -> tuple[float, bool, list[str]]:
        """``(score, is_farm, evidence)`` for ``host`` from everything observed so far."""
        state = self._hosts.get(host)
        if not state or not state["pages"]:
            return 0.0, False, []
        pages = state["pages"]
        weights: list[tuple[float, str]] = []
        if state["farm_pages"]:
            weights.append(
                (min(0.9, state["farm_pages"] / pages), f"{state['farm_pages']}/{pages} pages flagged")
            )
        recurring = self._recurring(state)
        if self._farm_like(state):
            weights.append(
                (0.5, f"{state['affixed']}/{pages} headlines carry one of {len(recurring)} affixes")
            )
        reported = [v["text"] for v in state["terms"].values() if v["count"] >= MIN_RECURRENCE]
        if reported:
            weights.append((0.4, f"{len(reported)} spam term(s) on several pages: {', '.join(reported[:5])}"))
        keep = 1.0
        for weight, _ in weights:
            keep *= 1.0 - weight
        score = round(1.0 - keep, 3)
        return score, pages >= MIN_PAGES and score >= FARM_SCORE, [reason for _, reason in weights]

    # ------------------------------------------------------------------ state

    def hosts(self) -> list[str]:
        return sorted(self._hosts)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready state, each host's affixes and terms cut to the most frequent
        :data:`_KEEP_AFFIXES` (what recurs is what the tracker uses)."""
        return {host: _copy_state(state, _KEEP_AFFIXES) for host, state in self._hosts.items()}

    @classmethod
    def from_dict(cls, state: dict[str, Any]) -> SiteSpamTracker:
        return cls({host: _copy_state(s) for host, s in state.items()})

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _recurring(state: dict[str, Any]) -> list[str]:
        return [k for k, v in state["affixes"].items() if v["count"] >= MIN_RECURRENCE]

    def _farm_like(self, state: dict[str, Any]) -> bool:
        """Most headlines carry an affix, the recurring ones are several different phrases (a
        keyword vocabulary, not a column label), and page cleaning found spam on the host:
        the site level amplifies page evidence, it never creates it alone."""
        if state["pages"] < MIN_PAGES or not (state["farm_pages"] or state["terms"]):
            return False
        share = state["affixed"] / state["pages"]
        return share >= FARM_AFFIX_SHARE and len(self._recurring(state)) >= FARM_VOCABULARY


def _edge_affixes(headline: str) -> list[Affix]:
    """The first prefix and the last suffix a headline can be split into (label-sized)."""
    candidates = affix_candidates(headline)
    prefixes = [a for a in candidates if a.position == "prefix"]
    suffixes = [a for a in candidates if a.position == "suffix"]
    edges = prefixes[:1] + suffixes[-1:]
    return [a for a in edges if squash(a.text)]


def _same_article(first: str, second: str) -> bool:
    """Whether two headline remainders name the same article: copies of an article share
    most of its headline, whatever keyword each copy got.

    >>> _same_article("实盘配资平台一日一技在python", "免息配资炒股一日一技在python")
    True
    """
    if not first or not second:
        return False
    match = SequenceMatcher(None, first, second, autojunk=False).find_longest_match(
        0, len(first), 0, len(second)
    )
    return match.size >= 0.6 * min(len(first), len(second))


def _key(affix: Affix) -> str:
    return f"{affix.position}|{squash(affix.text)}"


def _copy_state(state: dict[str, Any], keep: int | None = None) -> dict[str, Any]:
    copied = dict(state)
    copied["affixes"] = {
        k: {**v, "rests": list(v.get("rests", []))} for k, v in _most_counted(state.get("affixes", {}), keep)
    }
    copied["terms"] = {k: dict(v) for k, v in _most_counted(state.get("terms", {}), keep)}
    return copied


def _most_counted(entries: dict[str, dict[str, Any]], keep: int | None) -> list[tuple[str, dict[str, Any]]]:
    """All entries, or the ``keep`` with the highest counts (the earlier first among equals)."""
    items = list(entries.items())
    if keep is None or len(items) <= keep:
        return items
    return sorted(items, key=lambda item: -item[1]["count"])[:keep]
