"""Small predicates over lxml elements shared by the extractors and cleaners."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import urljoin

from lxml import etree
from lxml.etree import _Element
from w3lib.url import safe_url_string

from newscrawl.extract.blocks import han_count, solid_length

# Escapes whose meaning lower-casing the text cannot change (no letters, no code points).
_CASE_BLIND_ESCAPE = re.compile(r"\\[sSwWdDbB.\-_/|()\[\]?*+{}^$ ]")
_CASE_BLIND_GROUP = re.compile(r"\(\?(?::|=|!|<=|<!)")  # groups and look-arounds; no inline flags


def caseless_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``bool(pattern.search(text))`` for a case-insensitive pattern written in lower-case ASCII,
    several times faster on ASCII text (class names nearly always are).

    Python's case-insensitive matching finds no literal to scan for; on ASCII text it equals a
    case-sensitive search of the lower-cased text, since only ASCII letters change case there.
    Other text, which case folding could match differently ("ſ", "K"), gets the pattern itself.

    >>> author = caseless_search(re.compile(r"author|byline", re.I))
    >>> author("post-AUTHOR-box"), author("entry"), author("ſ byline")
    (True, False, True)
    """
    source = pattern.pattern
    plain = _CASE_BLIND_GROUP.sub("", _CASE_BLIND_ESCAPE.sub("", source))
    if not (pattern.flags & re.I and source.isascii() and "\\" not in plain and "(?" not in plain):
        raise ValueError(f"not a plain lower-case pattern: {source!r}")
    if any("A" <= c <= "Z" for c in plain):
        raise ValueError(f"not a plain lower-case pattern: {source!r}")
    folded = re.compile(source, pattern.flags & ~re.I)

    def search(text: str) -> bool:
        if text.isascii():
            return folded.search(text.lower()) is not None
        return pattern.search(text) is not None

    return search


# Never article text, whatever their position.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "map",
    }
)
# Elements that start a new line when rendered.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "header",
        "footer",
        "aside",
        "nav",
        "address",
        "hr",
        "center",
        "details",
        "summary",
    }
)
EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i", "u", "mark", "font"})

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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDING_STYLE = re.compile(
    r"font-size\s*:\s*0(?![.\d])|(?:left|top|text-indent)\s*:\s*-\d{3,}|"
    r"(?:^|;)\s*(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)",
    re.I,
)


def marked_by(tests: Mapping[str, str]) -> etree.XPath:
    """A compiled query for the elements whose attributes pass ``tests`` (attribute name -> an XPath
    test of its value, ``"contains(., 'author')"``), in document order, each once.

    One predicate per element: the quicker-looking query through the attributes
    (``//@rel[…]/..``) costs libxml2 the square of the number it finds in its step back to
    their elements (2,000 links marked ``rel="author"``: 2 ms; 20,000: 300 ms).
    """
    either = " or ".join(f"@{name}[{test}]" for name, test in tests.items())
    return etree.XPath(f"descendant-or-self::*[{either}]")


def class_id(element: _Element) -> str:
    """The element's class and id attributes as one string, for name heuristics."""
    return _joined_names(element.get("class"), element.get("id"))


def _joined_names(names: str | None, ident: str | None) -> str:
    if names is None and ident is None:  # most elements: skip building a string
        return ""
    return f"{names or ''} {ident or ''}".strip()


def is_hidden(element: _Element) -> bool:
    """Hidden by markup: link farms often hide their anchors this way.

    >>> import lxml.html
    >>> is_hidden(lxml.html.fromstring('<div style="display: none">x</div>'))
    True
    """
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def is_hiding(element: _Element) -> bool:
    """Hidden from readers by style: ``display:none``, zero size, off-screen or zero font.

    Spam hides its link farms and keyword dumps in all of these ways, so both detectors use
    this one test; ``overflow:hidden`` alone (a clipped box) does not count.

    >>> import lxml.html
    >>> is_hiding(lxml.html.fromstring('<div style="height:0;overflow:hidden">x</div>'))
    True
    >>> is_hiding(lxml.html.fromstring('<div style="height:0.5em">x</div>'))
    False
    """
    style = element.get("style")
    return is_hidden(element) or bool(style and _HIDING_STYLE.search(style))


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
        if (not include_hidden and _HIDDEN_STYLE.search(style)) or is_overlay(element, style):
            return True
    names = element.get("class") if "class" in keys else None
    ident = element.get("id") if "id" in keys else None
    role = element.get("role") if "role" in keys else None
    return _is_boilerplate(element, element.tag, _joined_names(names, ident), role)


NO_ATTRIBUTES: Mapping[str, str] = MappingProxyType({})  # what an element without attributes has


def attributes_of(element: _Element) -> Mapping[str, str]:
    """The element's attributes, read in one call: lxml charges each read of one far more than
    the dictionary lookups that tests of several then make."""
    items = element.items()
    return dict(items) if items else NO_ATTRIBUTES


def is_skipped_with(
    element: _Element, tag: str, attributes: Mapping[str, str], include_hidden: bool = False
) -> bool:
    """:func:`is_skipped_part` of ``element``, whose tag and attributes (see :func:`attributes_of`)
    the caller has read already: the body search reads them once for the head walk too.

    >>> from lxml.html import fromstring
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
        (not include_hidden and _HIDDEN_STYLE.search(style)) or is_overlay(element, style)
    ):
        return True
    names = _joined_names(attributes.get("class"), attributes.get("id"))
    return _is_boilerplate(element, tag, names, attributes.get("role"))


# Offsets that place a box (``top: 4.9%; left: 96%``) and the positions that keep it in the
# text's flow (a nudge: ``position: relative; top: -2px``).
_OFFSET_STYLE = re.compile(r"(?:^|;)\s*(?:top|left|right|bottom)\s*:\s*-?[\d.]", re.I)
_IN_FLOW_STYLE = re.compile(r"position\s*:\s*(?:relative|static|sticky)", re.I)
_OVERLAY_TEXT = 200  # characters: a label, a title or a counter, never a layout column


def is_overlay(element: _Element, style: str) -> bool:
    """A short text its inline ``style`` places by offsets over something else: a chart's
    axis labels laid over its picture, a video's title and countdown over its player, a
    share counter in a corner. Placed, not read in the text's flow, and never the article's
    (a layout column placed so holds more text).

    >>> import lxml.html
    >>> label = lxml.html.fromstring('<div style="top:4.9%;left:96%"><p>$915</p></div>')
    >>> is_overlay(label, label.get("style")), is_overlay(label, "position:relative;top:-2px")
    (True, False)
    """
    if not ("top" in style or "left" in style or "right" in style or "bottom" in style):
        return False  # most styles: sizes, colours, margins; four scans cost less than the pattern
    return (
        _OFFSET_STYLE.search(style) is not None
        and _IN_FLOW_STYLE.search(style) is None
        and text_length(element) < _OVERLAY_TEXT
    )


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
        return _unlinked_below(element, 3000) and not _holds_main_content(element)
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
    text = _string(element)
    total = solid_length(text)
    if total < limit and (total * _CJK_WIDTH < limit or _text_width(total, text, total) < limit):
        return True
    unlinked = total - _anchor_chars(element, text)
    return unlinked < limit and _text_width(unlinked, text, total) < limit


# Latin characters one Han character is worth in running text (a line holds 80 or 30).
_CJK_WIDTH = 80 / 30


def _text_width(chars: int, text: str, total: int) -> float:
    """``chars`` of ``text`` (``total`` characters) in Latin characters, at the text's share of Han."""
    if text.isascii():
        return chars
    return chars * (1 + (_CJK_WIDTH - 1) * han_count(text) / total)


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
    if not _HAS_CONTROL(form) or _holds_main_content(form):
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


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
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
    return solid_length(_string(heading)) > solid_length(_string(anchor))


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
    listed = sum(solid_length(_string(x)) for x in lists)
    linked = sum(_anchor_chars(x, _string(x)) for x in lists)
    title = solid_length(_string(element)) - listed if lists[0] is not element else 0
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


def _holds_main_content(element: _Element) -> bool:
    return next(element.iterdescendants("main"), None) is not None or any(
        text_length(a, linked=False) >= 400 for a in element.iter("article")
    )


def text_length(element: _Element, *, linked: bool = True) -> int:
    """Characters of normalised text; with ``linked=False`` anchor text is left out."""
    text = _string(element)
    total = solid_length(text)
    if linked:
        return total
    return max(0, total - _anchor_chars(element, text))


def _string(element: _Element) -> str:
    """``text_content()`` (XPath ``string()``) as a plain str, serialised as text: the same
    libxml2 routine joins the text nodes, without an XPath evaluation's set-up per call,
    and lxml.html's "smart" string (which knows its parent) is not built."""
    text: str = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return text


def plain_text(element: _Element) -> str:
    """``element.text_content()`` as a plain str, cheaper than lxml.html's "smart" string.

    >>> import lxml.html
    >>> plain_text(lxml.html.fromstring("<p>a <b>b</b> c</p>")), plain_text(lxml.html.fromstring("<p></p>"))
    ('a b c', '')
    """
    if not len(element):  # no child nodes but text: its text, without an XPath evaluation
        return element.text or ""
    return _string(element)


def _anchor_chars(element: _Element, text: str) -> int:
    """Characters of the text inside anchors at or below ``element``, whose text is ``text``.

    Summed anchor by anchor (an anchor inside another counts once per anchor; an anchor above
    ``element`` not at all), each anchor's text read in one call, a childless one's without
    any: an XPath gathering the anchors' text nodes costs twice as much, libxml2 merging its
    per-anchor node sets, and grows quadratic on a link farm. Non-space characters add up
    over concatenation, so the pieces are joined and measured once.
    """
    if element.tag == "a":  # all of it, nested anchors or not
        return solid_length(text)
    return solid_length("".join([_string(a) if len(a) else a.text or "" for a in element.iter("a")]))


def link_density(element: _Element) -> float:
    """Share of the element's text that sits inside anchors."""
    text = _string(element)
    total = solid_length(text)
    return _anchor_chars(element, text) / total if total else 0.0


_ALL_LINKED = 0.9  # share of an element's text in anchors: it is links to other pages, not text


def all_linked(element: _Element) -> bool:
    """Whether nearly all of the element's text is links: another page's title, or a list of them
    (a related story's linked title, a heading linking to an item's page)."""
    return link_density(element) >= _ALL_LINKED


def inline_text_length(element: _Element) -> int:
    """Unlinked text of the element itself: its text and inline children, not nested blocks
    (those are counted on their own, and a ``<td>`` holding paragraphs must not count twice).

    >>> import lxml.html
    >>> inline_text_length(lxml.html.fromstring('<li><a href="/x">Title</a> 2025 <p>Lead text</p></li>'))
    4
    """
    # One measure of the joined pieces: solid_length counts non-space characters, so it adds up.
    return solid_length(inline_text(element))


def inline_text(element: _Element) -> str:
    """The text :func:`inline_text_length` measures, its pieces joined.

    >>> import lxml.html
    >>> inline_text(lxml.html.fromstring('<li><a href="/x">Title</a> (01/17 21:13)<p>Lead</p></li>'))
    ' (01/17 21:13)'
    """
    if not len(element):  # a leaf (most paragraphs): its own text, without collecting pieces
        text = element.text
        return text if text and element.tag != "a" else ""
    pieces: list[str] = []
    _inline_pieces(element, element.tag, pieces)
    return "".join(pieces)


# Children whose text is not the element's own inline text.
_NOT_INLINE = BLOCK_TAGS | SKIP_TAGS


def _inline_pieces(element: _Element, tag: str, pieces: list[str]) -> None:
    """Collect the texts :func:`inline_text_length` counts: an anchor's own text is left out
    (not the text of elements inside it), and so are nested blocks and skipped tags."""
    text = element.text
    if text and tag != "a":
        pieces.append(text)
    for child in element:
        child_tag = child.tag
        if isinstance(child_tag, str) and child_tag not in _NOT_INLINE:
            if len(child):
                _inline_pieces(child, child_tag, pieces)
            elif child_tag != "a" and (text := child.text):  # a leaf: its text, without a call
                pieces.append(text)
        tail = child.tail
        if tail and not tail.isspace():  # most tails are the markup's indentation
            pieces.append(tail)


# A URL ``safe_url_string`` returns unchanged (checked on every link of the corpora and by
# fuzzing): http(s), a lower-case ASCII host without port or user, a path of unreserved
# characters without empty or dot segments, and a non-empty query/fragment of such
# characters (no ``%``, quotes, spaces or non-ASCII, which it escapes or normalises).
_URL_CHARS = r"[A-Za-z0-9\-._~!$&()*+,;=:@]"
_URL_TAIL = r"[A-Za-z0-9\-._~!$&()*+,;=:@/?]+"
_SAFE_URL = re.compile(
    rf"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:(?:(?:/(?!\.){_URL_CHARS}+)+/?|/)(?:\?{_URL_TAIL})?)?(?:#{_URL_TAIL})?"
)


@lru_cache(maxsize=4096)
def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """Resolve ``href`` against ``base_url``; ``None`` for script and mail links.

    Memoised (a pure function of two strings, and costly): the body walk, the cleaners,
    image and metadata readers resolve many of the same links of a page.

    >>> absolute_url("../b.html", "http://x.test/a/c.html")
    'http://x.test/b.html'
    >>> absolute_url("javascript:void(0)", None) is None
    True
    """
    if not href:
        return None
    href = href.strip()
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return None
    if ";" not in href and _SAFE_URL.fullmatch(href):
        # Already absolute and safe: urljoin gives it back re-assembled from its parts (which,
        # without the ``;params`` it could drop, rebuilds it exactly), so it is returned as is.
        return href
    if base_url and (fast := _joined_safely(href, base_url)) is not None:
        return fast
    try:
        joined = urljoin(base_url, href) if base_url else href
        return joined if _SAFE_URL.fullmatch(joined) else safe_url_string(joined)
    except ValueError:  # no URL at all: a broken IPv6 host, a port out of range, a lone surrogate
        return None


def _joined_safely(href: str, base_url: str) -> str | None:
    """``urljoin(base_url, href)`` for the common relative links, a path from the site's root
    (``/news/a.html``) or a fragment (``#top``), when base and result are safe URLs: urljoin
    then only puts the base's parts and the link's back together, unchanged (no dot or empty
    segments to resolve, no ``;params``). None for any other link.

    >>> _joined_safely("/b/c.html?x=1", "https://x.test/a/d.html#f"), _joined_safely("#top", "https://x.test/a?q=1")
    ('https://x.test/b/c.html?x=1', 'https://x.test/a?q=1#top')
    """
    if not href.startswith(("/", "#")) or href.startswith("//") or href == "#" or ";" in href:
        return None
    parts = _base_parts(base_url)
    if parts is None:
        return None
    joined = (parts[0] if href[0] == "/" else parts[1]) + href
    return joined if _SAFE_URL.fullmatch(joined) else None


@lru_cache(maxsize=64)
def _base_parts(base_url: str) -> tuple[str, str] | None:
    """A safe base URL's origin (``https://host``) and its address without the fragment."""
    if ";" in base_url or not _SAFE_URL.fullmatch(base_url):
        return None
    origin = _ORIGIN.match(base_url)
    return (origin.group(), base_url.partition("#")[0]) if origin else None


_ORIGIN = re.compile(r"https?://[^/?#]+")


def same_build(a: _Element, b: _Element) -> bool:
    """Same tag and mostly the same class names, ignoring per-instance ids (``elementor-el-7e8c``).

    >>> import lxml.html
    >>> x = lxml.html.fromstring('<div class="widget w-text el-7e8c3b">a</div>')
    >>> y = lxml.html.fromstring('<div class="widget w-text el-11f0aa">b</div>')
    >>> same_build(x, y)
    True
    """
    if a.tag != b.tag:
        return False
    names_a, names_b = _class_words(a), _class_words(b)
    if not names_a and not names_b:
        return True
    return len(names_a & names_b) * 2 >= max(len(names_a), len(names_b))


def _class_words(element: _Element) -> set[str]:
    return {w for w in (element.get("class") or "").split() if not any(ch.isdigit() for ch in w)}


def is_inside(element: _Element, container: _Element) -> bool:
    """``container`` is one of ``element``'s ancestors."""
    return any(a is container for a in element.iterancestors())
