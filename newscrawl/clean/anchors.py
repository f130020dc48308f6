"""Links: which anchors are editorial, which belong to the site, which are spam.

Content farms add links in three places: inside the article (a keyword spliced into a
sentence, linked to a spam domain's home page), in "friendly link" / "Partners" blocks,
and in hidden blocks meant for search engines only. None of this depends on knowing the
spam domains: an injected anchor's text is not part of its sentence and its target is a
home page; a link-farm block is labelled as one or hidden from readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from lxml.etree import _Element

from newscrawl.clean.text import CLAUSE_PUNCT, SENTENCE_END, is_short_phrase, squash, words
from newscrawl.extract.dom import is_hidden
from newscrawl.items import Link
from newscrawl.page import Page

AnchorClass = Literal["editorial", "internal", "spam"]
LinkDepth = Literal["root", "section", "deep"]

_INDEX_FILE = re.compile(r"^/(?:index|default|home|portal)\.[a-z]{2,5}$", re.I)
_SECTION = re.compile(r"^/[a-z]{1,10}/?$", re.I)
_GENERIC_SLD = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})
_FARM_LABEL = re.compile(
    r"^\W*(?:友情链接|友链|合作伙伴|合作网站|合作站点|链接交换|相关链接|sponsored(?: links?)?|sponsors?|"
    r"partners?(?: sites?| links?)?|friendly links?|friends?|blogroll|link exchange|our partners)\W*$",
    re.I,
)
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|"
    r"(?:left|top|text-indent)\s*:\s*-\d{3,}|(?:^|;)\s*(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)",
    re.I,
)


def host_of(url: str | None) -> str:
    """Lower-case host without ``www.``; empty for relative or odd URLs."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def site_key(host: str) -> str:
    """The registrable part of a host, without a public-suffix list: good enough to tell sites apart.

    >>> site_key("news.example.com.cn")
    'example.com.cn'
    >>> site_key("m.best-casino.test")
    'best-casino.test'
    """
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def link_depth(url: str) -> LinkDepth:
    """``root`` for a home page (``/``, ``/index.php?id=3``, ``/?from=x``), ``section`` for a
    short top-level folder (``/m/``, ``/news/``), ``deep`` for anything that names a page.

    Spam anchors point at a site's front door; editorial links cite a page.

    >>> link_depth("https://a.test/?from=news"), link_depth("https://a.test/m/")
    ('root', 'section')
    >>> link_depth("https://a.test/2024/05/01/story.html")
    'deep'
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/" or _INDEX_FILE.match(path):
        return "root"
    if _SECTION.match(path) and not parts.query:
        return "section"
    return "deep"


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
    if score >= 3.0:
        return "spam"
    return "internal" if same_site or (not page_host and not host) else "editorial"


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


def is_hiding(element: _Element) -> bool:
    """Hidden from readers by style: ``display:none``, zero size, off-screen or zero font.

    Link farms use all of these; ``overflow:hidden`` alone (a clipped box) does not count.

    >>> import lxml.html
    >>> is_hiding(lxml.html.fromstring('<div style="height:0;overflow:hidden">x</div>'))
    True
    >>> is_hiding(lxml.html.fromstring('<div style="height:0.5em">x</div>'))
    False
    """
    style = element.get("style") or ""
    return is_hidden(element) or bool(_HIDING_STYLE.search(style))


@dataclass(frozen=True)
class FarmLink:
    """A page-wide spam link and why: ``hidden`` or ``link_farm``."""

    link: Link
    where: str


def page_link_farms(page: Page, page_url: str | None) -> list[FarmLink]:
    """Off-site links in hidden blocks and in blocks labelled as friendly/partner/sponsored links.

    Only links that look like a farm's: to a site's front door, with a keyword-sized text
    that does not name the target, and only when such links reach at least two sites
    (a hidden login menu or a single partner link is not a farm).
    """
    page_site = site_key(host_of(page_url)) if page_url else ""
    seen: list[FarmLink] = []
    for anchor in page.tree.iter("a"):
        url = page.absolute(anchor.get("href"), page_url)
        if not url or not url.startswith(("http://", "https://")):
            continue
        host = host_of(url)
        text = " ".join(anchor.text_content().split())
        if not host or not _farm_like(url, text):
            continue
        where = _farm_position(anchor)
        if where and (site_key(host) != page_site or where == "hidden"):
            seen.append(FarmLink(Link(url=url, text=text), where))
    sites: dict[str, set[str]] = {}
    for farm in seen:
        site = site_key(host_of(farm.link.url))
        sites.setdefault(farm.where, set()).update({site} if site != page_site else set())
    found: dict[str, FarmLink] = {}
    for farm in sorted(seen, key=lambda f: f.where != "hidden"):  # hidden first: the stronger sighting
        if len(sites[farm.where]) >= 2:
            found.setdefault(farm.link.url, farm)
    return list(found.values())


def _farm_like(url: str, text: str) -> bool:
    """A link as farms make them: a front-door target and a keyword-sized text."""
    return link_depth(url) != "deep" and (is_short_phrase(text) or len(words(text)) == 1)


def _farm_position(anchor: _Element) -> str | None:
    """``hidden`` or ``link_farm`` when an ancestor (up to 4 levels) hides or labels the block."""
    element: _Element | None = anchor
    for _ in range(5):
        if element is None:
            return None
        if isinstance(element.tag, str) and is_hiding(element):
            return "hidden"
        if element is not anchor and _has_farm_label(element):
            return "link_farm"
        element = element.getparent()
    return None


def _has_farm_label(element: _Element) -> bool:
    """A block whose label ("友情链接：", a "Partner Sites" heading) names a link farm."""
    label = (element.text or "").strip()
    if label and _FARM_LABEL.match(label):
        return True
    for child in element[:2]:
        if isinstance(child.tag, str) and child.tag != "a":
            text = " ".join(child.text_content().split())
            if text and len(text) <= 24 and _FARM_LABEL.match(text):
                return True
    return False
