"""Headings matched against metadata titles: confirmed by a title or its headline part, or
on the same topic in other words (shared content words; for Chinese, shared characters in
order). Separate from collecting the headings and from reading the titles.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newscrawl.extract.blocks import mostly_cjk
from newscrawl.extract.headings import Heading
from newscrawl.extract.titletext import fold, headline_parts, similar

_WORD = re.compile(r"[^\W\d_]{3,}")
# Function words, as :func:`_words` leaves them (singularised: "thi", "wa", "ha").
_STOPWORDS = frozenset(
    {"the", "and", "for", "with", "what", "how", "why", "who", "you", "your", "are", "thi", "that", "from"}
    | {"they", "their", "about", "into", "our", "wa", "were", "ha", "have", "but", "not", "can", "all"}
)
_REWORD_MIN = 8  # folded characters: a shorter title part is a label, not a headline to find


def confirmed(
    headings: list[Heading] | list[str],
    meta_titles: list[tuple[str, str]],
    sites: set[str],
    parts_only: bool = False,
) -> str | None:
    """The heading metadata confirms: it is a title, or a title's headline part. Of
    several, the longest: a title's other parts are its section and site labels."""
    texts = [h.text if isinstance(h, Heading) else h for h in headings]
    if not parts_only:
        found = [t for t in texts if any(similar(t, title) for title, _ in meta_titles)]
        if found:
            return max(found, key=len)
    parts = set().union(*(headline_parts(title, sites) for title, _ in meta_titles))
    return max((t for t in texts if fold(t) in parts), key=len, default=None)


def topical_h1(h1s: list[Heading], meta_titles: list[tuple[str, str]], sites: set[str]) -> str | None:
    """The first ``<h1>`` that words the metadata's topic differently (an SEO title
    rewrites the headline but keeps its key words); a site-header tagline, a widget's or
    a section's heading shares too few of them."""
    site_words = set().union(*(_words(s) for s in sites)) if sites else set()
    titles = [_words(t) - site_words for t, _ in meta_titles]
    for heading in h1s:
        if len(heading.text.split()) >= 4 and any(_shares_topic(_words(heading.text), t) for t in titles):
            return heading.text
    return None


def reworded_cjk(texts: list[str], meta_titles: list[tuple[str, str]], sites: set[str]) -> str | None:
    """The first Chinese heading that holds nearly all of a title's headline part and little
    else: the page shows the headline with a column tag (【记者即时播报】) or a word the SEO
    title dropped (内蒙古9部门：…). Chinese has no spaces to share words by, as
    :func:`topical_h1` does; shared characters in order stand in."""
    parts = [p for title, _ in meta_titles for p in headline_parts(title, sites) if len(p) >= _REWORD_MIN]
    parts = [p for p in parts if mostly_cjk(p)]
    for text in texts if parts else []:
        key = fold(text)
        if any(_holds_most(key, part) for part in parts):
            return text
    return None


def _holds_most(key: str, part: str) -> bool:
    """``key`` keeps nine tenths of ``part``'s characters in order and is not half again as long."""
    if not len(part) <= len(key) <= 1.5 * len(part):
        return False
    matcher = SequenceMatcher(None, key, part, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= 0.9 * len(part)


def _shares_topic(a: set[str], b: set[str]) -> bool:
    """At least two content words, and half of the shorter side's, are shared.

    >>> _shares_topic(_words("After Testing 40 Toothbrushes, Our Best"), _words("The 5 Best Toothbrushes"))
    True
    """
    shared = a & b
    return len(shared) >= 2 and len(shared) >= 0.5 * min(len(a), len(b))


def _words(text: str) -> set[str]:
    """Content words, crudely singular: what a headline and its SEO rewording share."""
    return {w.lower().rstrip("s") for w in _WORD.findall(text)} - _STOPWORDS
