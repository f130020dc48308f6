"""Credits in the page's byline elements wherever they sit: an author box closing the article, a
meta column beside the headline. Apart from :mod:`~newscrawl.extract.authorbox`, which reads bare
lines near the headline; these read markup anywhere on the page, outside its chrome."""

from __future__ import annotations

import re

from lxml.etree import _Element

from newscrawl.extract.bylinemarks import NOT_NAME_CLASS
from newscrawl.extract.bylines import Foreign
from newscrawl.extract.dom import marked_by
from newscrawl.extract.headchrome import skipped
from newscrawl.extract.headwalk import Head
from newscrawl.extract.namelists import leading_names
from newscrawl.extract.names import BY_LABEL, EDITOR
from newscrawl.page import Page

# The elements a byline is marked in: their class, itemprop or rel value.
_BYLINE_ELEMENTS = marked_by(
    {
        "class": "contains(., 'author') or contains(., 'byline') or contains(., 'creator')",
        "itemprop": "contains(., 'author')",
        "rel": "contains(., 'author')",
    }
)
_SIDE = re.compile(r"(?<![a-z])(?:side|sidebar|aside)(?![a-z])")
_SIDE_REACH = 40  # elements between the headline and a byline in the column beside it


def page_credits(page: Page, head: Head | None = None, foreign: Foreign | None = None) -> list[list[str]]:
    """Name lists of the page's byline elements outside related lists, comments and navigation.

    For pages whose byline sits far from the headline (an author box closing the article); the
    caller decides how much agreement between them it needs. With the ``head``, a wrapper that
    holds the headline is no chrome whatever its class (``id="__next"``), and a byline in the
    side column next to the headline counts (a meta column in an ``<aside>``). ``foreign`` finds
    a credit of another item (a book's 作者 below the article): those count only when the page
    shows no other credit and several items show one.
    """
    candidates = _BYLINE_ELEMENTS(page.tree)[:60] if _may_mark_bylines(page.html) else []
    if not candidates:
        return []
    anchor = head.before[-1].element if head and head.before else None
    wrappers = set(anchor.iterancestors()) if anchor is not None else set()
    found: list[list[str]] = []
    items: dict[_Element, list[str]] = {}
    near = _near_anchor(page, anchor, candidates) if anchor is not None and candidates else set()
    for el in candidates:
        text = re.sub(r"\s+", " ", " ".join(el.itertext())).strip()
        if not 2 <= len(text) <= 80 or EDITOR.match(text) or NOT_NAME_CLASS.search(el.get("class") or ""):
            continue
        names = leading_names(EDITOR.split(BY_LABEL.sub("", text, count=1))[0])
        if not names or _in_chrome(el, wrappers, el in near):  # the ancestors last: they cost the most
            continue
        heading = foreign(el, names) if foreign is not None else None
        if heading is None:
            found.append(names)
        else:
            items.setdefault(heading, names)
    # Other items' credits only when there is no other and they are several: one person's site,
    # whose related posts all show its owner, as the article would.
    return found or (list(items.values()) if len(items) > 1 else [])


def _may_mark_bylines(html: str) -> bool:
    """Whether the page's source can hold an attribute :data:`_BYLINE_ELEMENTS` selects: the tree's
    attribute values are the source's, where "author", "byline" or "creator" shows literally
    unless spelt with a character reference to a letter. A test of the text, unlike the query,
    costs no walk of every element; half the pages of a content farm name no author at all."""
    words = "author" in html or "byline" in html or "creator" in html
    return words or _LETTER_REF.search(html) is not None


_LETTER_REF = re.compile(  # &#97; or &#x61;: a numeric character reference to an ASCII letter
    r"&#(?:[xX]0*(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])(?![0-9a-fA-F])"
    r"|0*(?:6[5-9]|[78]\d|90|9[7-9]|1[01]\d|12[0-2])(?!\d))"
)


def _in_chrome(el: _Element, wrappers: set[_Element], beside: bool) -> bool:
    """Inside a related list, comment, menu or sidebar (the page's and article's own classes aside)."""
    for up in el.iterancestors():
        if up.tag in ("article", "main", "body", "html") or up in wrappers or not skipped(up):
            continue
        if not (
            beside
            and (up.tag == "aside" or _SIDE.search(f"{up.get('class', '')} {up.get('id', '')}".lower()))
        ):
            return True
    return False


def _near_anchor(page: Page, anchor: _Element, candidates: list[_Element]) -> set[_Element]:
    """The candidates within a few elements of the headline in document order."""
    wanted = set(candidates)
    positions: dict[_Element, int] = {}
    at = -1
    for i, el in enumerate(page.tree.iter()):
        if el is anchor:
            at = i
        elif el in wanted:
            positions[el] = i
        elif at >= 0 and i > at + _SIDE_REACH:
            break  # nothing further down is near the headline
    return {el for el, i in positions.items() if abs(i - at) <= _SIDE_REACH}
