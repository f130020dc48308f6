"""Repairs of the trees libxml2 builds where a browser would build another.

libxml2's HTML parser is not an HTML5 parser: it nests paragraphs opened after an unclosed
inline tag inside one another, and drops what lies deeper than 256 elements. The extractors
read the tree the way a reader sees the page, so these repairs bring the tree back to that.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.etree import _Element

# Elements that hold text within a line; a <p> inside one, inside a <p>, was opened before the
# inline tag (and so the paragraph) was closed.
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "dfn", "em", "font", "i",
    "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "tt", "u", "var",
})  # fmt: skip
# Start tags that close an open <p> in a browser (HTML5 "close a p element"); libxml2 closes
# the <p> only when it is the current node, so after an unclosed inline tag (<p><font>text<p>)
# every following paragraph nests inside the previous one.
_P_CLOSERS = (
    "p", "div", "ul", "ol", "dl", "li", "dd", "dt", "table", "blockquote", "pre", "address",
    "center", "h1", "h2", "h3", "h4", "h5", "h6", "article", "aside", "section", "header",
    "footer", "nav", "main", "figure", "figcaption", "form", "fieldset", "hr", "menu", "dir",
    "details", "summary", "dialog", "hgroup",
)  # fmt: skip


def unnest_chains(paragraphs: Iterable[_Element]) -> None:
    """Unnest every chain of paragraphs each opened inside the one before (see :func:`_chain_root`)
    that one of ``paragraphs`` belongs to."""
    for paragraph in paragraphs:
        root = _chain_root(paragraph)
        if root is not None:
            unnest_blocks(root)


def _chain_root(paragraph: _Element) -> _Element | None:
    """The outermost ``<p>`` of the chain ``paragraph`` is in, None unless it is in one.

    A chain is a ``<p>`` within inline elements within a ``<p>`` within inline elements within
    a ``<p>``: what libxml2 makes of ``<p><font>a<p><font>b<p>...``, nesting every paragraph
    in the one before, where a browser sees sibling paragraphs; the body search then picks a
    deep link of the chain and loses the paragraphs above it. A single ``<p>`` holding
    paragraphs (``<p><span id="content"><p>...</p><p>...</p></span></p>``) is how some
    templates wrap the article on purpose, and it does serve as the article's container, so
    it is left alone.
    """
    parent = paragraph.getparent()
    if parent is None or parent.tag not in INLINE_TAGS:
        return None  # the common case, decided without a walk
    outer, paragraphs = None, 0
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == "p":
            outer, paragraphs = ancestor, paragraphs + 1
        elif ancestor.tag not in INLINE_TAGS:
            break
    return outer if paragraphs >= 2 else None


def unnest_blocks(tree: _Element) -> _Element:
    """``tree`` with every block found inside a ``<p>`` moved out to follow that ``<p>``, as a
    browser builds it: the inline elements around the block are split, what followed the
    block going into copies of them (and of the ``<p>``) placed after it, so that all text
    keeps its document order.

    >>> import lxml.html
    >>> soup = lxml.html.fromstring("<div><p><font>a<p><font>b<p><font>c</div>")
    >>> lxml.html.tostring(unnest_blocks(soup))
    b'<div><p><font>a</font></p><p><font>b</font></p><p><font>c</font></p></div>'
    """
    for paragraph in list(tree.iter("p")):
        rest: _Element | None = paragraph
        while rest is not None and rest.getparent() is not None:
            block = next(rest.iterdescendants(*_P_CLOSERS), None)
            if block is None:
                break
            rest = _hoist(rest, block)
    return tree


def _hoist(paragraph: _Element, block: _Element) -> _Element | None:
    """Move ``block`` (inside ``paragraph``) to follow it; what followed the block inside the
    paragraph goes, in copies of the paragraph and the elements between, after the block.
    Return that copy of the paragraph, None when nothing but white space followed."""
    rest = _split_after(paragraph, block) if _has_following(paragraph, block) else None
    tail, paragraph.tail = paragraph.tail, None
    paragraph.addnext(block)  # lxml moves an element's tail with it
    if rest is None:
        block.tail = tail
        return None
    block.tail = None
    block.addnext(rest)
    rest.tail = tail
    return rest


def _has_following(paragraph: _Element, block: _Element) -> bool:
    """Whether anything but white space follows ``block`` inside ``paragraph``."""
    node = block
    while node is not paragraph:
        if (node.tail and not node.tail.isspace()) or node.getnext() is not None:
            return True
        node = node.getparent()
    return False


def _split_after(paragraph: _Element, block: _Element) -> _Element:
    """Detach everything after ``block`` inside ``paragraph`` (not the block itself) into
    copies of the paragraph and of the elements between, nested alike; return the
    paragraph's copy."""
    node, carried = block, None
    while node is not paragraph:
        holder = node.getparent()
        copy = holder.makeelement(holder.tag, {k: v for k, v in holder.attrib.items() if k != "id"})
        if carried is None:
            copy.text = node.tail
        else:
            copy.append(carried)
            carried.tail = node.tail
        node.tail = None
        copy.extend(list(node.itersiblings()))
        node, carried = holder, copy
    assert carried is not None
    return carried


def flatten_deep(tree: _Element, max_depth: int) -> _Element:
    """``tree`` with every element nested deeper than ``max_depth`` that holds other elements
    unwrapped (its text and children kept in place): a chain of unclosed tags becomes a flat
    run of lines instead of a nesting no reader sees.

    >>> import lxml.html
    >>> deep = lxml.html.fromstring("<div>" + "<span>a<br>" * 5 + "</div>")
    >>> lxml.html.tostring(flatten_deep(deep, 2))
    b'<div><span>a<br><span>a<br>a<br>a<br>a<br></span></span></div>'
    """
    deep: list[_Element] = []
    stack = [(tree, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > max_depth and len(element):
            deep.append(element)
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))
    for element in reversed(deep):  # the deepest first
        element.drop_tag()  # an HtmlElement: see htmlparse._PageParser
    return tree
