"""The page's visible headings as headline candidates: content ``<h1>``s (not a logo, a
navigation or footer heading, a keyword list) and elements named like a title, with their
text as shown. Separate from the choice among them, which
:mod:`~newscrawl.extract.headline` makes.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from lxml.etree import _Element

from newscrawl.extract.blocks import CJK_CHAR, normalise_space
from newscrawl.extract.dom import SKIP_TAGS
from newscrawl.extract.titletext import fold, is_keyword_list, last_crumb
from newscrawl.extract.visibility import is_hidden

_TITLE_CLASS = re.compile(r"title|headline|biaoti|heading", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
# Containers a heading of the article never sits in.
NOT_ARTICLE_TAGS = frozenset({"nav", "footer", "aside", "dialog"})
# How far up to look for them: an unclosed <nav> or <aside> early in a broken page
# wraps the whole article in the parsed tree.
_NEAR_ANCESTORS = 6


class Heading(NamedTuple):
    """A visible heading: its text and whether it sits in the site's header."""

    text: str
    in_page_header: bool


def heading_text(element: _Element) -> str:
    """Text of a heading: a ``<br>`` separates words, and an entity escaped twice
    (``&amp;#x26;``) is read as the character it names."""
    text = normalise_space(_rendered_text(element))
    return html.unescape(text) if _ENTITY.search(text) else text


def _rendered_text(element: _Element) -> str:
    """Text of ``element`` as shown: a ``<br>`` breaks words, scripts and comments are not shown."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "br":
            pieces.append(" ")
        elif isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
            pieces.append(_rendered_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def content_h1s(h1_elements: list[_Element], sites: set[str]) -> list[Heading]:
    """``<h1>``s that may be the article's: visible, outside navigation, footers and
    forms, not a link home (a logo), not the site's name, not a keyword list; repeats (a
    layout's mobile copy) once. A heading set as a breadcrumb trail is its last step."""
    found: dict[str, Heading] = {}
    for h1 in h1_elements:
        text = last_crumb(heading_text(h1))
        if not 2 <= len(text) <= 300 or text in found or fold(text) in sites or "{{" in text:
            continue
        if is_keyword_list(text):
            continue
        ancestors = list(h1.iterancestors())[:_NEAR_ANCESTORS]
        if is_hidden(h1) or any(a.tag in NOT_ARTICLE_TAGS for a in ancestors):
            continue
        if _links_home(h1):
            continue
        in_header = any(a.tag == "header" and _is_page_header(a) for a in h1.iterancestors())
        found[text] = Heading(text, in_header)
    return list(found.values())


def _links_home(h1: _Element) -> bool:
    anchor = h1.find(".//a")
    return anchor is not None and (anchor.get("href") or "").strip() in ("/", "./", "index.html")


def sentence_sized(text: str) -> bool:
    return 10 <= len(text) <= 300 and (bool(CJK_CHAR.search(text)) or " " in text)


def _is_page_header(header: _Element) -> bool:
    """The site's header (a child of ``<body>`` or of a top-level wrapper), not an article's."""
    depth = sum(1 for _ in header.iterancestors())
    return depth <= 3


_MAX_CLASSED = 20  # title-named texts looked at: a page's first ones; the rest are lists of teasers


def title_classed(tree: _Element) -> list[str]:
    """Texts of elements named like a headline (``class="art_title"``), for pages without ``<h1>``."""
    found = []
    for el in tree.iter("div", "span", "p", "td", "strong", "b", "font", "h2", "h3"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _TITLE_CLASS.search(names):
            text = normalise_space(el.text_content())
            if 4 <= len(text) <= 200:
                found.append(text)
                if len(found) == _MAX_CLASSED:
                    break
    return found
