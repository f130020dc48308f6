"""Links in the article: which anchors are editorial, which belong to the site, which are spam.

Content farms add links in three places: inside the article (a keyword spliced into a
sentence, linked to a spam domain's home page), in "friendly link" / "Partners" blocks,
and in hidden blocks meant for search engines only (those two: :mod:`newscrawl.clean.farms`).
None of this depends on knowing the spam domains: an injected anchor's text is not part
of its sentence and its target is a home page; a link-farm block is labelled as one or
hidden from readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newscrawl.clean.farms import FarmLink, page_link_farms
from newscrawl.clean.links import link_depth
from newscrawl.clean.text import CLAUSE_PUNCT, SENTENCE_END, is_short_phrase, squash, words
from newscrawl.extract.visibility import is_hiding
from newscrawl.urls import host_of, site_key

__all__ = [  # the link helpers and farm detection are used from here too
    "SPAM_SCORE",
    "AnchorClass",
    "AnchorContext",
    "FarmLink",
    "classify_anchor",
    "host_of",
    "is_hiding",
    "link_depth",
    "names_target",
    "page_link_farms",
    "site_key",
    "spam_possible",
    "splice_kind",
    "spliced",
]

AnchorClass = Literal["editorial", "internal", "spam"]
SPAM_SCORE = 3.0  # an anchor scoring this much (see classify_anchor) is spam


def names_target(text: str, host: str) -> bool:
    """Whether a capitalised anchor text names the site it links to ("Reuters" -> reuters.com).

    Editorial links to an organisation's home page are usually its name; keywords are not.

    >>> names_target("World Health Organization", "who.int")
    True
    >>> names_target("free spins casino", "spins.test")
    False
    """
    tokens = words(text)
    raw = list(re.findall(r"[^\W\d_]+", text))
    if not tokens or not any(w[:1].isupper() for w in raw):
        return False
    label = site_key(host).split(".")[0].replace("-", "")
    initials = "".join(w[0] for w in raw if w[:1].isupper()).lower()
    if len(initials) >= 2 and initials in label:
        return True
    return any(len(w) >= 3 and (w[:4] in label) for w in tokens)


@dataclass(frozen=True)
class AnchorContext:
    """Where an anchor sits and what the page already told us about spam."""

    before: str = ""  # text of its block before the anchor
    after: str = ""  # text of its block after the anchor
    emphasis: bool = False  # bold/underlined inside the link
    terms: frozenset[str] = frozenset()  # squashed phrases the page shows as spam keywords
    farm_sites: frozenset[str] = frozenset()  # site keys seen in link farms on the page
    farm_page: bool = False  # the page already shows farm evidence
    vocabulary: bool = False  # the text is made of the page's keyword vocabulary


def splice_kind(before: str, text: str, after: str) -> str | None:
    """Where a phrase sits if it sits where spliced-in text sits, else None.

    ``before_punct`` (glued before punctuation), ``para_end`` or ``para_start``; the phrase
    must be label-sized, so that removing it leaves a grammatical join. A word that
    belongs to its sentence is followed by more of it; a run-in label at a paragraph's
    start (``Update: …``) is not a splice.

    >>> splice_kind("以来", "免息配资炒股", ",三省一市")
    'before_punct'
    >>> splice_kind("据", "新华社", "报道") is None
    True
    """
    if not is_short_phrase(text) or not (before.strip() or after.strip()):
        return None
    tail = after.lstrip()
    if not before.strip():
        return None if tail[:1] in (":", "：") else "para_start"
    if not tail:
        return "para_end"
    return "before_punct" if tail[0] in CLAUSE_PUNCT or tail[0] in SENTENCE_END else None


def spliced(before: str, text: str, after: str) -> bool:
    """Whether ``text`` sits at a splice point (see :func:`splice_kind`)."""
    return splice_kind(before, text, after) is not None


def classify_anchor(href: str | None, text: str, page_url: str | None, context: AnchorContext) -> AnchorClass:
    """``spam`` for injected or farm links, ``internal`` for the site's own, else ``editorial``.

    Evidence is weighed, not chained: a spam keyword or a link-farm domain, a home-page
    target, a splice position, bold inside the link and a farm page each add; an anchor
    text naming its target ("Reuters") or a mid-sentence position subtract.
    """
    if not href or not href.lower().startswith(("http://", "https://")):
        return "internal"
    host, page_host = host_of(href), host_of(page_url)
    same_site = bool(page_host) and site_key(host) == site_key(page_host)
    score = _anchor_spam_score(href, text, host, same_site, context)
    if score >= SPAM_SCORE:
        return "spam"
    return "internal" if same_site or (not page_host and not host) else "editorial"


def spam_possible(terms: frozenset[str], farm_sites: frozenset[str], farm_page: bool) -> bool:
    """Whether any anchor can score as spam on a page with this evidence.

    Without a spam term, a farm site or a farm page (the vocabulary counts on farm pages
    only), the most an anchor scores is a home-page target (1.0), a splice (1.0) and
    another site (0.5): under :data:`SPAM_SCORE`, so classifying is not needed.
    """
    return bool(terms or farm_sites or farm_page)


def _anchor_spam_score(href: str, text: str, host: str, same_site: bool, context: AnchorContext) -> float:
    """Sum of the spam signals of one anchor (see :func:`classify_anchor`)."""
    score = 0.0
    if squash(text) in context.terms:
        score += 2.0
    if not same_site and site_key(host) in context.farm_sites:
        score += 2.0
    depth = link_depth(href)
    score += {"root": 1.0, "section": 0.5, "deep": 0.0}[depth]
    kind = splice_kind(context.before, text, context.after)
    score += (
        -2.0
        if kind is None
        else 0.5
        if kind == "para_start" and not _glued_start(text, context.after)
        else 1.0
    )
    if names_target(text, host):
        score -= 2.0
    if not same_site or depth == "root":
        score += 0.5  # another site, or the site's own front page: prose cites pages
    if context.farm_page:
        score += 1.0 if context.emphasis else 0.5
    if context.vocabulary:
        score += 1.0
    return score


def _glued_start(text: str, after: str) -> bool:
    """A paragraph-opening phrase glued to the sentence: ``配资网炒股长三角…`` or a lower-case
    phrase before a capitalised word (``free spins casino The council…``)."""
    tail = after.lstrip()
    if not tail:
        return False
    return (bool(text) and text == text.lower() and tail[:1].isupper()) or not after[:1].isspace()
