"""Where the head walk starts: the element showing the headline, found from the extracted headline,
the page's title and its headings. Separate from the walk, which needs only the element it yields.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from newscrawl.extract.dom import plain_text
from newscrawl.extract.headchrome import NEVER_CHROME
from newscrawl.extract.titletext import is_keyword_list
from newscrawl.page import Page

_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜•»]|\s[-–—·:]\s|——|--|::)\s*")
SPACE_RUN = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
# A link, or a <select>'s entry (a "jump to story" menu lists the page's own title first), never
# holds the headline the walk should start from: the walk does not enter a <select>.
_NOT_HEADLINE = frozenset(["a", "option", "optgroup"])


def headline_element(page: Page, headline: str | None = None) -> _Element | None:
    """The element showing the headline: a heading matching the title, the title's text, an h1.

    ``headline``, the one :func:`~newscrawl.extract.headline.extract_headline` read off the page,
    goes first: a heading showing just it (an ``<h1>`` before the others), else an element showing
    it where the first ``<h1>`` does not (a logo's or a footer's ``<h1>`` that the title's site
    name matches, or nothing does)."""
    texts: dict[_Element, str] = {}  # each heading's text without spaces, read once

    def squashed(el: _Element) -> str:
        if el not in texts:
            texts[el] = SPACE_RUN.sub("", plain_text(el))
        return texts[el]

    chosen = SPACE_RUN.sub("", headline) if headline else ""
    if chosen:  # of the headings showing it, the highest ranked first (a carousel's <h3> may repeat it)
        for rank in ("h1", "h2", "h3"):
            same = next((el for el in page.headings(rank) if squashed(el) == chosen), None)
            if same is not None:
                return same
    title = _title_key(page)
    bare = SPACE_RUN.sub("", title) if title else ""  # "标题\u3000正文" in the heading, "标题正文" in <title>
    first_h1 = None
    for el in page.headings():
        text = squashed(el)
        if bare and len(text) >= 4 and (text in bare or (bare in text and not _wraps(text, bare))):
            return first_h1 if el.tag != "h1" and _headline_sized(first_h1) else el
        if first_h1 is None and el.tag == "h1" and len(text) >= 4 and el.find(".//img") is None:
            first_h1 = el
    body = page.tree.find("body")
    if not title or body is None:
        return first_h1
    if first_h1 is not None and not _section_name(first_h1):
        if headline is None or chosen in SPACE_RUN.sub("", plain_text(first_h1)):
            return first_h1
        shown = _title_element(body, headline)
        return first_h1 if shown is None else shown
    shown = _title_element(body, title)
    return first_h1 if shown is None else shown


def _wraps(text: str, title: str) -> bool:
    """A heading holding far more than the title wraps the article (pages misuse ``<h1>`` as a
    box): anchoring there would skip the date line inside it."""
    return len(text) > 2 * len(title) + 40


def _section_name(h1: _Element) -> bool:
    """A Chinese ``<h1>`` too short for a headline that the title does not match ("相关新闻"). A short
    English one ("Climate Change") is often the headline itself, under a title naming the site."""
    text = plain_text(h1)
    return len(text.split()) < 3 and 0 < len(_HAN.findall(text)) < 8


def _title_element(body: _Element, title: str) -> _Element | None:
    """The first element whose own text shows the title, a link or a menu item aside."""
    probes = (title[:12], title[-12:])
    for el in body.iter():
        if (
            el.text
            and el.tag not in NEVER_CHROME
            and el.tag not in _NOT_HEADLINE
            and any(p in el.text for p in probes)
        ):
            return el if isinstance(el.tag, str) else None
    return None


def _headline_sized(h1: _Element | None) -> bool:
    """An ``<h1>`` that reads as a headline (several words, not a link, outside the page's
    header and navigation), not a logo, a tagline or a section name."""
    if h1 is None or len(plain_text(h1).split()) < 4 or h1.find(".//a") is not None:
        return False
    return not any(a.tag in ("header", "nav") for a in h1.iterancestors())


def _title_key(page: Page) -> str | None:
    raw = page.meta_first("og:title", "twitter:title") or page.title_text() or ""
    parts = [p for p in _TITLE_SPLIT.split(SPACE_RUN.sub(" ", raw).strip()) if p]
    # The longest part is the headline, unless it is the page's keywords glued on ("標題 - A , B , C , D"):
    # a heading repeating those ("相關文章關鍵字：A , B …") would anchor the walk at the page's end.
    best = max((p for p in parts if not is_keyword_list(p)), key=len, default="")
    return best if len(best) >= 4 else None
