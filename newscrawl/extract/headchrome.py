"""What the head walk takes for chrome: elements tagged or named (class/id words) as related lists,
comments, navigation or ads, a box named with layout words only while it holds less than an article.
Separate from the walk: these are tests of one element, which the author box search uses too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.etree import _Element

from newscrawl.extract.dom import text_length

CODE_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "select", "textarea"])
NEVER_CHROME = CODE_TAGS | {"nav", "aside"}
# Words that name chrome outright: such an element goes whatever its size (long comment threads).
_CHROME_WORDS = frozenset([
    "related", "relate", "recommend", "recommended", "rec", "comment", "comments", "reply",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright", "pager", "pagination", "popular",
    "trending", "subscribe", "xgyd", "tuijian", "xiangguan", "modal", "login",
])  # fmt: skip
# Words that name chrome but also layout wrappers ("left-side-content-wrapper", "body-ad-wrapper",
# "with-nav-sidebar", a ranking article's "ranking-content", a newsletter issue's "newsletter-
# wrapper", Next.js's "__next"): such an element goes only while it holds less prose than an article.
_LAYOUT_WORDS = frozenset([
    "side", "aside", "hot", "rank", "ranking", "nav", "navbar", "menu", "social", "tags", "tag",
    "more", "next", "prev", "ad", "ads", "advert", "banner", "newsletter",
])  # fmt: skip
_ARTICLE_CHARS = 1500  # unlinked characters: a layout-named element this long holds the article
# WordPress's post_class(): the post's own wrapper, whose "tag-*"/"category-*" slugs name its topics.
_POST_CLASS = re.compile(r"(?<![\w-])(?:hentry|status-publish|post-\d+)(?![\w-])")
_UNNAMED, _LAYOUT, CHROME = 0, 1, 2
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")


def skipped(el: _Element) -> bool:
    """Related lists, comments, footers, navigation: never a byline's home.

    An element named with a word that also names layout wrappers ("side", "ad", "nav") is
    chrome only while short: one holding an article's worth of prose is the article's wrapper.

    >>> import lxml.html
    >>> skipped(lxml.html.fragment_fromstring('<div class="related-news">x</div>'))
    True
    >>> skipped(lxml.html.fragment_fromstring(f'<div class="left-side-wrap"><p>{"word " * 400}</p></div>'))
    False
    """
    return skipped_by_names(el, el.tag, _names(el))


def skipped_by_names(el: _Element, tag: object, names: str) -> bool:
    """:func:`skipped`, given ``el``'s tag and class/id string (as :func:`_names` joins them)."""
    if tag in NEVER_CHROME:
        return True
    naming = naming_of(names) if names != " " else _UNNAMED
    if naming == _LAYOUT:
        return text_length(el, linked=False) < _ARTICLE_CHARS
    return naming == CHROME


def _names(el: _Element) -> str:
    if not el.keys():
        return " "  # most elements have no attributes: what the join below makes of none
    return f"{el.get('class', '')} {el.get('id', '')}"


@lru_cache(maxsize=4096)
def naming_of(names: str) -> int:
    """Pure function of the class/id string, memoised: sites repeat the same few names.

    Most strings a page brings are new to the cache and hold no chrome word, so the words are
    looked at first: the post-class pattern, a scan of the whole string, matters only with one.
    """
    lowered = names.lower()
    words = _name_words(lowered)
    chrome = not _CHROME_WORDS.isdisjoint(words)
    if not chrome and _LAYOUT_WORDS.isdisjoint(words):
        return _UNNAMED
    if _POST_CLASS.search(lowered):
        return _UNNAMED
    return CHROME if chrome else _LAYOUT


# Layout words of boxes that hold other content than the page's (ads, ranked lists of other
# stories): such a box is skipped even right under the headline, where a box named with the other
# layout words ("js-social-share", "hero-banner__details", "next-link") often holds the byline.
_FOREIGN_BOX_WORDS = frozenset(["ad", "ads", "advert", "hot", "rank", "ranking"])


@lru_cache(maxsize=1024)
def byline_box(names: str) -> bool:
    """Whether a class/id string names a box under the headline that may hold the byline: named
    with layout words only, none of :data:`_FOREIGN_BOX_WORDS`."""
    return naming_of(names) == _LAYOUT and _FOREIGN_BOX_WORDS.isdisjoint(_name_words(names.lower()))


# Every byte but an ASCII letter or digit, as a space: the separators _TOKEN_SPLIT cuts at.
_SEPARATORS_AS_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def _name_words(lowered: str) -> list[str]:
    """``_TOKEN_SPLIT.split(lowered)`` but for its empty strings; on ASCII names (nearly all),
    by a translation of their bytes and a plain split, several times cheaper than the pattern.

    >>> _name_words("post-header__meta js-x1"), _name_words("ñav--bar")
    (['post', 'header', 'meta', 'js', 'x1'], ['', 'av', 'bar'])
    """
    if lowered.isascii():
        return lowered.encode("ascii").translate(_SEPARATORS_AS_SPACE).decode("ascii").split()
    return _TOKEN_SPLIT.split(lowered)
