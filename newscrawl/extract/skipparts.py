"""The parts the body search and the renderer skip: elements named like page chrome (comments,
share bars, sidebars, copyright boxes) and sized like it, and those hidden or overlaid by style.
One judgement, with its own word lists and size limits, kept apart from dom's general measures."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from lxml.etree import _Element

from newscrawl.extract.blocks import han_count, solid_length
from newscrawl.extract.dom import (
    anchor_chars,
    caseless_search,
    class_id,
    element_text,
    holds_main_content,
    joined_names,
)
from newscrawl.extract.visibility import HIDDEN_STYLE, is_overlay

# Class/id words naming page parts that are never body text. A word counts when it is a
# whole class token or the first/last dash-part of one ("post-share", "share-bar"), not
# when buried inside a longer name ("js-social-anchor-start" is a script hook).
_BOILERPLATE_WORDS = frozenset(
    [
        "comment",
        "comments",
        "share",
        "sharing",
        "social",
        "related",
        "recommend",
        "recommended",
        "sidebar",
        "breadcrumb",
        "breadcrumbs",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "sponsor",
        "sponsored",
        "newsletter",
        "subscribe",
        "cookie",
        "cookies",
        "popup",
        "modal",
        "footer",
        "navbar",
        "nav",
        "menu",
        "pagination",
        "pager",
        "tags",
        "tag",
        "copyright",
        "bio",
        "byline",
        "hot",
        "rank",
        "ranking",
        "toolbar",
        "crumbs",
        "paging",
        "promo",
        "xgyd",
        "xgwz",
        "tuijian",
        "rmtj",
        "disclaimer",
        "banner",
    ]
)
# Of those, the ones whose subtree is dropped even when it holds much text (comment threads).
_ALWAYS_DROP = frozenset(
    {"comment", "comments", "footer", "related", "recommend", "recommended", "tuijian", "sidebar"}
)  # tuijian: 推荐, "recommended" in pinyin
# Legal notices too: never the article, however long (a Chinese copyright box runs to 300 Han characters).
_ALWAYS_DROP |= {"copyright", "disclaimer"}
_STRUCTURE_TAGS = frozenset({"header", "footer", "nav", "aside", "button"})
_NEVER_BOILERPLATE_TAGS = frozenset({"html", "body", "main", "article"})
# ARIA roles of parts set beside the text, counted as named parts like <aside>: a note
# ("Main article: …", a caption box), a complementary box, a dialog, a tooltip.
_ANCILLARY_ROLES = frozenset({"note", "complementary", "dialog", "alertdialog", "tooltip"})
_BODY_NAMES = re.compile(r"article-?body|entry-?content|post-?(?:body|content)|story-?body", re.I)
_body_named = caseless_search(_BODY_NAMES)


def boilerplate_words(element: _Element) -> tuple[frozenset[str], frozenset[str]]:
    """Boilerplate words the element's class or id is named after: ``(leading, trailing)``.

    A word *leads* when it is a whole class token or its first part (``comments``,
    ``sidebar-right``): the element is that thing. It *trails* as the last part
    (``article-share``, ``container-with-sidebar``): often a wrapper's modifier.

    >>> import lxml.html
    >>> boilerplate_words(lxml.html.fromstring('<div class="post-share sidebar-r">x</div>'))
    (frozenset({'sidebar'}), frozenset({'share'}))
    >>> boilerplate_words(lxml.html.fromstring('<main class="js-social-anchor-start">x</main>'))
    (frozenset(), frozenset())
    """
    names = class_id(element)
    if not names or element.tag in _NEVER_BOILERPLATE_TAGS:
        return _NO_WORDS
    return _words_of_names(names)


_NO_WORDS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


@lru_cache(maxsize=4096)
def _words_of_names(names: str) -> tuple[frozenset[str], frozenset[str]]:
    """Pure function of the class/id string, memoised: sites repeat the same few names.

    Most strings a page brings are new to the cache and hold no such word anywhere among their
    dash-parts, which one split of the whole string tells before any token is looked at."""
    lowered = names.lower()
    if (
        _BOILERPLATE_WORDS.isdisjoint(lowered.replace("_", "-").replace("-", " ").split())
        and "comment" not in lowered
        and "disqus" not in lowered
    ):
        return _NO_WORDS  # no word at a token's or part's edge, nor inside one: most names
    leading: set[str] = set()
    trailing: set[str] = set()
    for token in lowered.split():
        parts = token.replace("_", "-").split("-")  # re.split(r"[-_]", token), without the regex
        if token.startswith(("comment", "disqus")):  # commentlist, comments-area, disqus_thread
            leading.add("comments")
        elif parts[0] in _BOILERPLATE_WORDS:
            leading.add(parts[0])
        elif token in _BOILERPLATE_WORDS:
            leading.add(token)
        elif parts[-1] in _BOILERPLATE_WORDS:
            trailing.add(parts[-1])
    if not (leading or trailing) or _body_named(names):
        return _NO_WORDS  # most names hold no boilerplate word at a token's or part's edge
    return frozenset(leading), frozenset(trailing)


# What a class/id string makes of its element: nothing, a named part (kept when it holds
# much unlinked text), or one named outright (see is_boilerplate_container).
_UNNAMED, _NAMED, _NAMED_OUTRIGHT = 0, 1, 2


@lru_cache(maxsize=4096)
def _naming(names: str) -> int:
    leading, trailing = _words_of_names(names)
    if leading & _ALWAYS_DROP:
        return _NAMED_OUTRIGHT
    return _NAMED if leading or trailing else _UNNAMED


def is_boilerplate_container(element: _Element) -> bool:
    """Named like a comment thread, share bar, related list ... and, unless named
    outright as a comment thread, footer, sidebar or related list, sized like one (little
    unlinked text); named outright, only a page-sized element escapes (a layout wrapper).

    The size check keeps article wrappers whose class happens to contain such a word.
    Page-structure tags (``header``, ``footer``, ``nav``, ``aside``) count as named, and so
    do parts whose ARIA role sets them beside the text (``note``, ``complementary``, ``dialog``).
    Called on nearly every element by the body search, so the name is judged once per
    distinct class/id string and unlinked text is measured only when the size can matter.

    >>> import lxml.html
    >>> is_boilerplate_container(lxml.html.fromstring('<div class="post-share"><a>Tweet</a></div>'))
    True
    >>> is_boilerplate_container(lxml.html.fromstring('<div class="article-body share">x</div>'))
    False
    """
    return _is_boilerplate(element, element.tag, class_id(element), element.get("role"))


def is_skipped_part(element: _Element, include_hidden: bool = False) -> bool:
    """``is_hidden(element)`` (unless ``include_hidden``), :func:`is_overlay` or
    ``is_boilerplate_container(element)``: the body search's and the renderer's test of every element.

    Reading an attribute costs lxml about as much as listing the element's attribute names,
    and most elements have one or two of the four asked for here, so only those are read.

    >>> from lxml.html import fromstring
    >>> is_skipped_part(fromstring('<p hidden>x</p>')), is_skipped_part(fromstring('<p>x</p>'))
    (True, False)
    """
    keys = element.keys()
    if not keys:
        return _is_boilerplate(element, element.tag, "", None)
    if not include_hidden and "hidden" in keys:
        return True
    if "style" in keys:
        style = element.get("style", "")
        if (not include_hidden and HIDDEN_STYLE.search(style)) or is_overlay(element, style):
            return True
    names = element.get("class") if "class" in keys else None
    ident = element.get("id") if "id" in keys else None
    role = element.get("role") if "role" in keys else None
    return _is_boilerplate(element, element.tag, joined_names(names, ident), role)


def is_skipped_with(
    element: _Element, tag: str, attributes: Mapping[str, str], include_hidden: bool = False
) -> bool:
    """:func:`is_skipped_part` of ``element``, whose tag and attributes (see :func:`attributes_of`)
    the caller has read already: the body search reads them once for the head walk too.

    >>> from lxml.html import fromstring
    >>> from newscrawl.extract.dom import attributes_of
    >>> p = fromstring('<p class="share-bar" style="display:none">x</p>')
    >>> is_skipped_with(p, "p", attributes_of(p)), is_skipped_with(p, "p", {})
    (True, False)
    """
    if not attributes:
        return _is_boilerplate(element, tag, "", None)
    if not include_hidden and "hidden" in attributes:
        return True
    style = attributes.get("style")
    if style is not None and (
        (not include_hidden and HIDDEN_STYLE.search(style)) or is_overlay(element, style)
    ):
        return True
    names = joined_names(attributes.get("class"), attributes.get("id"))
    return _is_boilerplate(element, tag, names, attributes.get("role"))


def _is_boilerplate(element: _Element, tag: str, names: str, role: str | None) -> bool:
    """:func:`is_boilerplate_container` of an element with the tag ``tag``, the class/id string
    ``names`` and the ARIA ``role``."""
    naming = _naming(names) if names and tag not in _NEVER_BOILERPLATE_TAGS else _UNNAMED
    if naming == _UNNAMED and tag not in _STRUCTURE_TAGS and role not in _ANCILLARY_ROLES:
        return False  # most elements (<footer> is a structure tag)
    if tag == "footer" and _page_footer(element):
        naming = _NAMED_OUTRIGHT
    if naming == _NAMED_OUTRIGHT:
        # Named outright, it goes unless it is a page-sized layout wrapper ("sidebar-first"
        # grids) holding the page's <article>/<main>.
        return _unlinked_below(element, 3000) and not holds_main_content(element)
    return _unlinked_below(element, 400)


def _page_footer(element: _Element) -> bool:
    """A ``<footer>`` outside any ``<article>``/``<main>``: the page's own footer, whose legal
    text (a disclaimer, a long address block) can outweigh a short article but never is one."""
    return next(element.iterancestors("article", "main"), None) is None


def _unlinked_below(element: _Element, limit: int) -> bool:
    """``text_length(element, linked=False) < limit``, without counting anchor text when the
    whole text is already below it (most named parts are small). Han characters count
    ``_CJK_WIDTH`` each: a line holds fewer of them, and a short Chinese article inside
    a wrapper named ``nav`` is as page-sized as its English version."""
    text = element_text(element)
    total = solid_length(text)
    if total < limit and (total * _CJK_WIDTH < limit or _text_width(total, text, total) < limit):
        return True
    unlinked = total - anchor_chars(element, text)
    return unlinked < limit and _text_width(unlinked, text, total) < limit


# Latin characters one Han character is worth in running text (a line holds 80 or 30).
_CJK_WIDTH = 80 / 30


def _text_width(chars: int, text: str, total: int) -> float:
    """``chars`` of ``text`` (``total`` characters) in Latin characters, at the text's share of Han."""
    if text.isascii():
        return chars
    return chars * (1 + (_CJK_WIDTH - 1) * han_count(text) / total)
