"""Whether a credit below the article is another item's: a book's 作者, a related story's byline,
told by the linked heading of the box it sits in. Apart from the readers of credits, which all
ask it (as a ``Foreign`` callback) before they count a credit as the article's."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from lxml.etree import _Element

from newscrawl.extract.authorbox import HEADINGS
from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.dom import all_linked, plain_text


def item_heading(
    el: _Element, names: list[str], body_end: _Element | None, headline: str = ""
) -> _Element | None:
    """The heading of the other item a credit in ``el`` belongs to, if it is one: past the article's
    end, in a box whose own heading links to the item's page (a book and its 作者, a related story
    and its byline).

    An author box closing the article has a heading too; it introduces the author ("About the
    author", "作者简介") or names the credited person ("Jane Doe"), and stays the article's; a
    section's heading ("Comments") links nowhere.
    """
    box = _item_box(el, body_end) if body_end is not None else None
    if box is None or body_end is None:
        return None
    heading, holder = box
    text = normalise_space(plain_text(heading))
    if not text or _ABOUT_HEADING.search(text) or any(n in text for n in names):
        return None
    if not all_linked(heading) or (headline and (text in headline or headline in text)):
        return None  # a section's heading, or the article's own title over its credit
    return heading if _follows(holder, body_end) else None


_ITEM_REACH = 3  # levels above a credit, and siblings before it at each, where its box's heading sits
# A heading that introduces a person: the article's author box, no other item.
_ABOUT_HEADING = re.compile(
    r"^\W*(?:about|meet)\b|\b(?:author|writer|contributor|columnist|reporter)s?\b|\bbio\b"
    r"|作者|关于|關於|简介|簡介|记者|記者|专栏|專欄",
    re.I,
)
_BOX_END = frozenset(["article", "main", "body", "html"])


def _item_box(el: _Element, body_end: _Element) -> tuple[_Element, _Element] | None:
    """The heading just before ``el`` (or before one of its near ancestors, or opening ``el``, a
    line's block holding the heading too) and the box holding both, when that box does not hold
    the article's body too."""
    body_path = {body_end, *body_end.iterancestors()}
    if el in body_path:
        return None
    opening = next((c for c in islice(el, _ITEM_REACH) if c.tag in HEADINGS), None)
    if opening is not None:
        return opening, el
    node = el
    for _ in range(_ITEM_REACH):
        box = node.getparent()
        if box is None or box.tag in _BOX_END or box in body_path:
            return None
        heading = next(
            (s for s in islice(node.itersiblings(preceding=True), _ITEM_REACH) if s.tag in HEADINGS), None
        )
        if heading is not None:
            return heading, box
        node = box
    return None


def _follows(el: _Element, ref: _Element) -> bool:
    """Whether ``el`` comes after ``ref`` in document order, outside it."""
    on_path = {up: child for child, up in pairwise([ref, *ref.iterancestors()])}
    if el is ref or el in on_path:
        return False
    child = el
    for up in el.iterancestors():
        if up is ref:
            return False
        if up in on_path:
            return up.index(child) > up.index(on_path[up])
        child = up
    return False
