"""Page controls and furniture recognised by their structure, which the renderer leaves out or keeps as a
heading's words: forms and control labels, script buttons, heading permalinks and anchors,
tables of contents, a gallery's slide legends. Only the renderer asks these questions."""

from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element

from newscrawl.extract.blocks import solid_length
from newscrawl.extract.dom import HEADING_TAGS, anchor_chars, element_text, holds_main_content, text_length

# A control a reader fills in or presses; a hidden input (a form's token) is none.
_HAS_CONTROL = etree.XPath(
    "boolean(descendant::select | descendant::textarea | descendant::button"
    " | descendant::input[not(translate(@type, 'HIDEN', 'hiden') = 'hidden')])"
)
# Paragraph text a form may hold and still be a widget: a sign-up's pitch, a consent line.
_FORM_PROSE = 400


def is_form_widget(form: _Element) -> bool:
    """A ``<form>`` for the reader to fill in (a sign-up, search, contact or product-compare
    form): it holds a control, and not the article. Some sites (ASP.NET) wrap the whole page
    in one form; that one holds the ``<article>``/``<main>`` or paragraphs of prose.

    >>> import lxml.html
    >>> is_form_widget(lxml.html.fromstring('<form><label>Email</label><input name="e"></form>'))
    True
    >>> is_form_widget(lxml.html.fromstring('<form><input type="hidden"><p>Text</p></form>'))
    False
    """
    if not _HAS_CONTROL(form) or holds_main_content(form):
        return False
    prose = 0
    for paragraph in form.iter("p"):
        prose += text_length(paragraph, linked=False)
        if prose >= _FORM_PROSE:
            return False
    return True


def is_script_link(href: str) -> bool:
    """An ``href`` a script handles: empty or ``javascript:``. Its anchor is a button.

    >>> is_script_link(" javascript:void(0)"), is_script_link(""), is_script_link("#top")
    (True, True, False)
    """
    href = href.strip()
    return not href or href[:11].lower() == "javascript:"


def is_control_label(label: _Element) -> bool:
    """A ``<label>`` naming a form control ("First Name*", "Remember me"), not an entry of a
    checklist: a packing list's or a recipe's items are labels too, set in list items or
    wrapped around their own checkbox, and they are the article's.

    >>> import lxml.html
    >>> is_control_label(lxml.html.fromstring('<div><label for="e">Email*</label><input id="e"></div>')[0])
    True
    >>> is_control_label(lxml.html.fromstring('<ul><li><label>Sunscreen</label></li></ul>')[0][0])
    False
    """
    return next(label.iterancestors("li"), None) is None and next(label.iter("input"), None) is None


_PERMALINK_DEPTH = 3  # wrappers between a heading and its permalink anchor


def is_heading_permalink(anchor: _Element) -> bool:
    """An anchor inside a heading that links to the heading itself (``<h2 id="s2">Title <a
    href="#s2">#</a></h2>``): a permalink mark ("#", "¶", "#section2") set beside the heading's
    words. A heading that is wholly such a link keeps its words.

    >>> import lxml.html
    >>> marked = lxml.html.fromstring('<h2 id="s2">Title<a href="#s2">#s2</a></h2>')
    >>> linked = lxml.html.fromstring('<h2 id="s"><a href="#s">Title</a></h2>')
    >>> is_heading_permalink(marked[0]), is_heading_permalink(linked[0])
    (True, False)
    """
    target = (anchor.get("href") or "").strip()[1:]
    if not target:
        return False
    heading = anchor
    for _ in range(_PERMALINK_DEPTH):
        heading = heading.getparent()
        if heading is None:
            return False
        if heading.tag in HEADING_TAGS:
            break
    else:
        return False
    named = target in (heading.get("id"), anchor.get("id"), anchor.get("name"))
    if not named and not any(e.get("id") == target for e in heading.iterdescendants()):
        parent = heading.getparent()
        if parent is None or parent.get("id") != target:
            return False
    return solid_length(element_text(heading)) > solid_length(element_text(anchor))


def is_in_page(href: str, base_url: str | None) -> bool:
    """Whether ``href`` leads to a place on this page: ``#part``, or the page's URL with one.

    >>> is_in_page("#tips", None), is_in_page("https://x.test/a#tips", "https://x.test/a")
    (True, True)
    >>> is_in_page("https://x.test/b#tips", "https://x.test/a"), is_in_page("https://x.test/a", None)
    (False, False)
    """
    page, mark, _ = href.partition("#")
    return bool(mark) and (not page or (base_url is not None and page == base_url.partition("#")[0]))


def is_heading_anchor(anchor: _Element) -> bool:
    """An anchor that holds a subheading or sits inside one (``<h2><a href="#tips">Tips</a>
    </h2>``, ``<a href="#tips"><h2>Tips</h2></a>``). Led to its own place on the page, it
    is the section's title made linkable so a reader can copy its address: the heading's
    words, where a link to another page in a heading is a teaser's.

    >>> import lxml.html
    >>> inside = lxml.html.fromstring('<h3 id="t"><span><a href="#t">Tips</a></span></h3>')
    >>> around = lxml.html.fromstring('<a href="#t"><h2>Tips</h2></a>')
    >>> row = lxml.html.fromstring('<div><a href="#t">Tips</a></div>')
    >>> is_heading_anchor(inside[0][0]), is_heading_anchor(around), is_heading_anchor(row[0])
    (True, True, False)
    """
    if any(child.tag in HEADING_TAGS for child in anchor):
        return True
    parent = anchor.getparent()
    for _ in range(_PERMALINK_DEPTH):
        if parent is None:
            return False
        if parent.tag in HEADING_TAGS:
            return True
        parent = parent.getparent()
    return False


# A table of contents: a list of in-page links, alone or in a small box under its title.
_CONTENTS_LISTS = frozenset({"ul", "ol", "nav"})
_MIN_CONTENTS_LINKS = 3
_CONTENTS_TITLE = 20  # characters of a contents box's title ("Table of Contents", "Jump to:")
_ITEM_NUMBER = 3  # unlinked characters of a contents item: its number ("12.")


def is_contents_box(element: _Element, base_url: str | None = None) -> bool:
    """A table of contents: a list, or a small box holding one under a short title, whose
    links all lead to places on this page (``#section``) and whose items are those links
    (and their numbers). Footnotes link into the page too, but hold their text; a title
    that is a sentence ("These are the trends:") introduces the article's own list, and an
    ``<h2>`` heads a section of the article.

    >>> import lxml.html
    >>> items = "".join(f'<li><a href="#{n}">{n}</a></li>' for n in "abc")
    >>> toc = lxml.html.fromstring(f"<div><h4>Contents</h4><ul>{items}</ul></div>")
    >>> offsite = lxml.html.fromstring(f'<ul>{items}<li><a href="/d">d</a></li></ul>')
    >>> is_contents_box(toc), is_contents_box(offsite)
    (True, False)
    """
    lists = [element] if element.tag in _CONTENTS_LISTS else _lists_in_box(element)
    if not lists:
        return False
    page = base_url.partition("#")[0] + "#" if base_url else None
    links = 0
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not (href.startswith("#") or (page and href.startswith(page))) or len(href) < 2:
            return False
        links += 1
    if links < _MIN_CONTENTS_LINKS:
        return False
    listed = sum(solid_length(element_text(x)) for x in lists)
    linked = sum(anchor_chars(x, element_text(x)) for x in lists)
    title = solid_length(element_text(element)) - listed if lists[0] is not element else 0
    return title <= _CONTENTS_TITLE and listed - linked <= _ITEM_NUMBER * links


# A slide's counter opening its legend: "1/50", "3 of 12", "Photo 2 / 9", "圖片 1 / 2".
_SLIDE_COUNTER = re.compile(r"\W*(?:[^\W\d]{1,8}\s*)?(\d{1,3})\s*(?:/|／|of\s)\s*(\d{1,3})(?!\d)")
_MIN_SLIDES = 3
_COUNTER_CHARS = 24  # leading characters of a legend that may hold its counter


def is_slide_legends(element: _Element) -> bool:
    """The legends of a picture gallery: a box whose first items each open with the slide's
    counter, numbered one by one out of the same total ("1/50 …", "2/50 …", "3/50 …"). A
    slideshow's captions, written for pictures a script shows one at a time, not paragraphs
    of the article; a list's items are numbered so, but never out of a total.

    >>> import lxml.html
    >>> legends = "".join(f"<li><h2>{n}/50 Title</h2><p>Caption.</p></li>" for n in (1, 2, 3))
    >>> is_slide_legends(lxml.html.fromstring(f"<ul>{legends}</ul>"))
    True
    >>> is_slide_legends(lxml.html.fromstring("<ul><li>1. a</li><li>2. b</li><li>3. c</li></ul>"))
    False
    """
    if len(element) < _MIN_SLIDES:
        return False
    total = None
    for number, item in enumerate(element.iterchildren(etree.Element), 1):
        match = _SLIDE_COUNTER.match(_leading_text(item, _COUNTER_CHARS))
        if match is None or int(match[1]) != number or (total is not None and match[2] != total):
            return False
        if number == _MIN_SLIDES:
            return int(match[2]) >= _MIN_SLIDES
        total = match[2]
    return False


def _leading_text(element: _Element, limit: int) -> str:
    """The first ``limit`` characters of ``element``'s text from its first word, read no further."""
    text = ""
    for piece in element.itertext():
        text = (text + piece).lstrip()
        if len(text) >= limit:
            break
    return text[:limit]


def _lists_in_box(box: _Element) -> list[_Element]:
    """The lists among the children and grandchildren of a small box (a title and a list),
    found without measuring any text; none when the box is bigger or an ``<h2>`` is in it."""
    if len(box) > 3:
        return []
    lists: list[_Element] = []
    for child in box:
        tag = child.tag
        if tag in _CONTENTS_LISTS:
            lists.append(child)
            continue
        if tag == "h2":
            return []
        for grandchild in child:
            tag = grandchild.tag
            if tag in _CONTENTS_LISTS:
                lists.append(grandchild)
            elif tag == "h2":
                return []
    return lists
