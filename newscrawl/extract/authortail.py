"""Credits closing the article: the lines at the end of the body and right after it.

Blogs put their byline after the article rather than under the headline: "Written by Jane Doe",
"Posted by Jane in Recipes", an "About the author" box with a bio, a ``post-meta`` row. The head
walk (:func:`~newscrawl.extract.headwalk.head_lines`) stops long before those on a long article,
so this module reads a bounded window around the body's end instead: the body's last lines and
those that follow it. Past the body, pages list other posts with their own bylines, so only
unmistakable credits count here (an explicit label, byline markup, a name with its bio) and
:mod:`~newscrawl.extract.authors` ranks them below anything the head shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml.etree import _Element

from newscrawl.extract.authorbox import bare_credits, bio_credit, closing_credit
from newscrawl.extract.bylines import Foreign, ScanMemo, labelled_credits
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.headwalk import Head, Line, LineWalk
from newscrawl.extract.namelists import leading_names
from newscrawl.extract.names import is_person
from newscrawl.extract.zhcredits import sourced_writer

_INSIDE = 600  # characters of the body's own end read again: an author box closing the article
_AFTER = 2500  # characters read after the body


def tail_lines(body_end: _Element, inside: int = _INSIDE, after: int = _AFTER) -> list[Line]:
    """The lines of the last ``inside`` characters of ``body_end`` and the ``after`` that follow it.

    Offsets count from the body's end (negative inside it), chrome skipped as in the head walk.
    """
    closing = LineWalk(started=True, anchor=None, root=body_end, max_chars=inside * 2)
    for el in _closing_children(body_end, inside):
        closing.visit(el)
    closing.flush()
    inner = [ln for ln in closing.lines if closing.size - ln.offset <= inside]
    following = LineWalk(started=True, anchor=None, root=body_end, max_chars=after)
    for el in _following(body_end):
        if following.visit(el):
            break
    following.flush()
    return [*inner, *following.lines]


def tail_mentions(body_end: _Element, word: str, inside: int = _INSIDE, after: int = _AFTER) -> bool:
    """Whether ``word`` is in the text :func:`tail_lines` would read (or a little more): a test on
    the raw text, much cheaper than the walk, that spares the walk on the pages where it finds nothing."""
    if word in text_end(body_end, inside):
        return True
    size = 0
    for el in _following(body_end):
        text = el.text_content() if isinstance(el.tag, str) else ""
        if word in text[: after - size]:
            return True
        size += len(text)
        if size >= after:
            return False
    return False


def text_end(el: _Element, reach: int) -> str:
    """The last ``reach`` characters of ``el.text_content()``, read from its last children only: the
    body's last element may hold the whole article, whose text need not all be joined for them.
    (An element's text is its own leading text, then each child's text and tail in turn.)"""
    parts: list[str] = []
    size = 0
    for child in reversed(el):
        parts += [child.tail or "", child.text_content() if isinstance(child.tag, str) else ""]
        size += len(parts[-2]) + len(parts[-1])
        if size >= reach:
            break
    else:
        parts.append(el.text or "")
    return "".join(reversed(parts))[-reach:]


def _closing_children(el: _Element, reach: int) -> list[_Element]:
    """The last children of ``el`` holding its last ``reach`` characters, descending through a
    lone wrapper that holds more."""
    while True:
        children = [c for c in el if isinstance(c.tag, str)]
        if not children:
            return []
        picked: list[_Element] = []
        size = 0
        for child in reversed(children):
            length = len(child.text_content())
            if size + length > reach and picked:
                break
            picked.append(child)
            size += length
        if len(picked) == 1 and size > reach:
            el = picked[0]  # one wrapper holding the whole article: its own last children
            continue
        return picked[::-1]


def _following(el: _Element) -> Iterator[_Element]:
    """The elements after ``el`` in document order, subtree by subtree, up to the site's footer:
    what follows that is the site's, never the article's (its "© by", its lists of services)."""
    node: _Element | None = el
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            if _site_footer(sibling):
                return
            yield sibling
        node = node.getparent()


_FOOTER_NAME = re.compile(r"(?<![\w-])(?:(?:site|page|global|main)[-_]?)?footer(?![\w-])|colophon", re.I)


def _site_footer(el: _Element) -> bool:
    """A ``<footer>`` outside any ``<article>`` (an article's own footer holds its meta) or an
    element named the footer."""
    if el.tag == "footer":
        return next(el.iterancestors("article"), None) is None
    return isinstance(el.tag, str) and bool(_FOOTER_NAME.search(f"{el.get('class', '')} {el.get('id', '')}"))


def tail_credits(
    lines: list[Line], brand: set[str], foreign: Foreign | None = None, memo: ScanMemo | None = None
) -> tuple[list[list[str]], set[str]]:
    """Name lists the closing lines credit, in document order, and the one-word names among them
    given after an explicit label closing the credit ("Posted by Jane · In: Recipes", not "Author
    Spotlight"): labelled lines and byline markup ("Written by", ``post-meta``, the person between
    a closing 来源 and 编辑),
    then author boxes (a name over its bio). Dated bare names are left out: after the body they
    are the cards of other posts, as are credits ``foreign`` tells another item's (a book's).
    ``memo`` is the head scan's (:class:`~newscrawl.extract.bylines.ScanMemo`): lines it read are not
    read again."""
    head = Head([], lines)
    labelled = labelled_credits(head, foreign, memo)
    closing = _own(lines, _closing_names, foreign)
    pen_names = {n for names in closing for n in names if " " not in n}  # checked to close the credit
    bios = _own(lines, bio_credit, foreign)
    notes = _own([ln for ln in lines if _emphasised(ln.element)], contributor_note, foreign)
    return [*labelled, *closing, *bare_credits(head, brand, dated=False), *bios, *notes], pen_names


# A sentence of a contributor note opening with a full name and "is" ("Jane Doe is a professor of
# law."; "Andrés Malamud es politólogo", "… est", "… ist"): the note describes the article's writers.
_NOTE_SENTENCE = re.compile(
    r"(?:^|(?<=[.;]\s))(?!(?:The|This|That|These|Those|Our|His|Her|Its|Their|El|La|Le|Der|Die|Das)\s)"
    r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|van|von|der|di|du|le|la))+)"
    r"\s+(?:is|es|est|ist|é)\s"
)
_EMPHASIS = frozenset(["i", "em", "b", "strong"])


def contributor_note(text: str) -> list[str]:
    """The persons a closing contributor note describes, each opening a sentence with "is".

    Read only from a block set wholly in italics or bold (see :func:`_emphasised`): the note an
    op-ed closes with, set apart from the prose, which may itself close on its subject ("Jane Doe
    is a nurse.").
    """
    if len(text) > 400:
        return []
    names = [m[1] for m in _NOTE_SENTENCE.finditer(text)]
    return names if names and all(is_person(n) for n in names) else []


def _emphasised(el: _Element) -> bool:
    """Whether a block's whole text sits in one ``<i>``/``<em>``/``<b>``/``<strong>`` (or nested ones)."""
    node = el
    while node.tag not in _EMPHASIS:
        if not len(node):
            return False  # no child to set the text in (most blocks): no list of none built
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or (node.text or "").strip() or (children[0].tail or "").strip():
            return False
        node = children[0]
    return True


def _closing_names(text: str) -> list[str]:
    """ "Written by Jane Doe", "Updated May 3 by Jane Doe", "（来源：中国日报网 信莲 编辑：北风）"."""
    return closing_credit(text) or dated_credit(text) or sourced_writer(text)


def _own(lines: list[Line], read: Callable[[str], list[str]], foreign: Foreign | None) -> list[list[str]]:
    """The names ``read`` finds in each line, but for credits of another item than the article."""
    found = [(line, names) for line in lines if (names := read(line.text))]
    return [names for line, names in found if foreign is None or foreign(line.element, names) is None]


def dated_credit(text: str) -> list[str]:
    """Names after a date and "by" on a post-meta row: "Last updated March 3, 2025 by Jane Doe"."""
    if len(text) > 100 or "by" not in text.lower():
        return []
    stamp = next(find_stamps(text), None)
    if stamp is None or stamp[0] > 20:
        return []
    m = _AFTER_DATE_BY.match(text, stamp[1])
    return leading_names(text[m.end() :]) if m else []


_AFTER_DATE_BY = re.compile(r"\s*[,|•·–—-]?\s*by\s*:?\s+", re.I)
