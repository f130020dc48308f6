"""Render a chosen subtree as blocks of text segments, in reading order.

Shared by the body search (:mod:`~newscrawl.extract.body`) and the hydration readers,
which render HTML fragments from a page's data the same way. Block elements and ``<br>``
cut blocks; anchors and emphasis are kept on the segments, since the cleaners need to
know which words were links (spam anchors) or bold (injected keywords). Subtrees that
are never body text (captions, the headline, share bars) are skipped here, and so is page
furniture known by its structure rather than its names: forms the reader fills in and the
labels of their controls, tables of contents (lists of links into the page itself), the
permalink marks beside subheadings and rows of script buttons (anchors leading nowhere).
Names yield to the sentence, though: an inline element named like furniture (a glossary
"popup", a "tag" link) that a paragraph's sentence runs through is rendered with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lxml.etree import _Element

from newscrawl.extract.blocks import Block, Segment, normalise_space
from newscrawl.extract.controls import (
    is_contents_box,
    is_control_label,
    is_form_widget,
    is_heading_anchor,
    is_heading_permalink,
    is_in_page,
    is_script_link,
    is_slide_legends,
)
from newscrawl.extract.dom import BLOCK_TAGS, EMPHASIS_TAGS, SKIP_TAGS, plain_text
from newscrawl.extract.hrefs import absolute_url
from newscrawl.extract.skipparts import is_boilerplate_container, is_skipped_part
from newscrawl.extract.visibility import is_hidden


def render_blocks(
    container: _Element,
    base_url: str | None,
    *,
    include_hidden: bool = False,
    walked: Mapping[_Element, bool | None] | None = None,
) -> Iterator[Block]:
    """Walk ``container`` and cut its text into blocks at block elements and ``<br>``.

    ``walked`` holds the body search's verdicts on the elements it saw with the same
    ``include_hidden`` (True: it walked into one), so they are not judged twice.
    """
    renderer = _Renderer(base_url, include_hidden, walked)
    renderer.walk(container, container.tag, None, False)
    renderer.cut("p")
    return iter(renderer.blocks)


# Block tags that start a plain paragraph: a text run's block is named by its last boundary.
_PLAIN = frozenset({"div", "br", "section", "article"})


class _Renderer:
    """One recursive walk that appends text segments to the current block and closes it at
    each block boundary (a block's tag is the last boundary before its text)."""

    __slots__ = ("base_url", "blocks", "controls", "include_hidden", "segments", "tag", "walked")

    def __init__(
        self, base_url: str | None, include_hidden: bool, walked: Mapping[_Element, bool | None] | None
    ):
        self.base_url = base_url
        self.include_hidden = include_hidden
        self.walked = walked
        self.blocks: list[Block] = []
        self.tag = "p"
        self.segments: list[Segment] = []
        self.controls: list[tuple[int, int]] = []  # spans of self.segments that are script controls

    def cut(self, tag: str) -> None:
        if self.segments:
            if not (self.controls and _only_controls(self.segments, self.controls)):
                self.blocks.append(Block(self.tag, self.segments))
            self.segments = []
        if self.controls:
            self.controls = []
        self.tag = "p" if tag in _PLAIN else tag

    def walk(self, el: _Element, tag: str, href: str | None, emphasis: bool) -> None:
        if tag == "pre":
            self.cut(tag)
            self.preformatted(el, href, emphasis)
            self.cut(tag)
            return
        is_block = tag in BLOCK_TAGS
        if is_block or tag == "br":
            self.cut(tag)
        if tag == "a":
            raw = el.get("href")
            if raw:
                if raw[0] == "#" and self.tag in _HEADINGS and is_heading_permalink(el):
                    return  # its mark ("#", "¶", "#section2") is no word of the heading
                href = absolute_url(raw, self.base_url)
                if href is not None and is_in_page(href, self.base_url) and is_heading_anchor(el):
                    href = None  # a subheading linked to its own place: its words, not a link line's
                if href is None and is_script_link(raw):
                    self.control(el, None, emphasis)
                    return
                if raw.strip() == "#":  # nowhere but the page's top: a script's button that reads as a link
                    self.control(el, href, emphasis)
                    return
            elif raw is not None:  # href="": a script's button
                self.control(el, None, emphasis)
                return
        emphasis = emphasis or tag in EMPHASIS_TAGS
        text = el.text
        if text:
            self.segments.append(Segment(text, href, emphasis))
        walked, include_hidden = self.walked, self.include_hidden
        for child in el:
            child_tag = child.tag  # read once: lxml builds the string anew on each read
            verdict = walked.get(child) if walked is not None else None
            if verdict is None:
                # an empty leaf that cuts no block (a picture) renders nothing: not judged
                verdict = (bool(child.text) or len(child) > 0 or child_tag in _CUTTING) and renders(
                    child, include_hidden
                )
            elif verdict:
                verdict = child_tag not in _EXCLUDED_TAGS
            if verdict and child_tag in _WIDGET_TAGS and self.is_widget(child, child_tag):
                verdict = False
            elif not verdict and child_tag in _INLINE_TAGS and self.in_sentence(child):
                self.sentence_part(child, child_tag, href, emphasis)
            if verdict:
                self.walk(child, child_tag, href, emphasis)
            tail = child.tail
            if tail:
                self.segments.append(Segment(tail, href, emphasis))
        if is_block:
            self.cut(tag)

    def control(self, el: _Element, href: str | None, emphasis: bool) -> None:
        """An anchor that leads nowhere (``href=""``, ``javascript:``, ``#``): a button a script
        handles ("Book Now", "Show more", a slideshow's "Play | Pause"). Its words are rendered
        as plain text (``#`` ones keep their link: toggles of a menu or an FAQ read as links),
        but a line made of nothing else, bar the marks between them, is a row of buttons, left
        out (see :meth:`cut`)."""
        segments, start = self.segments, len(self.segments)
        self.walk(el, "span", href, emphasis)
        if self.segments is segments and len(segments) > start:  # no block was cut inside
            self.controls.append((start, len(segments)))

    def in_sentence(self, el: _Element) -> bool:
        """An inline element set aside for its name alone ("popup", "tag", "social") that
        stands inside a sentence of a paragraph: the words before it leave the sentence open
        and words follow it, or it ends the sentence itself; or it opens a sentence that the
        words after it go on in lower case. It is part of the sentence then, whatever its
        class says; a "Read more" after a full stop, a label between two sentences or a
        share icon opening a line are not."""
        if self.tag not in _RUNNING_TAGS:
            return False
        tail = el.tail
        if _open_sentence(self.segments):
            if not (tail and not tail.isspace()) and not _ends_sentence(plain_text(el)):
                return False
        elif not _goes_on(tail):  # a sentence's first words, as in "<a>Mortified</a> as I was"
            return False
        if (not self.include_hidden and is_hidden(el)) or not is_boilerplate_container(el):
            return False  # hidden, empty, or set aside for something else than its name
        return next(el.iterdescendants(*BLOCK_TAGS), None) is None

    def sentence_part(self, el: _Element, tag: str, href: str | None, emphasis: bool) -> None:
        """Walk an element :meth:`in_sentence` kept. A button is a box of its own, whose words
        never run into the text beside it (``professor<button>Thomas W. Malone,</button>``)."""
        if tag == "button":
            self.segments.append(Segment(" ", href, emphasis))
            self.walk(el, tag, href, emphasis)
            self.segments.append(Segment(" ", href, emphasis))
        else:
            self.walk(el, tag, href, emphasis)

    def is_widget(self, el: _Element, tag: str) -> bool:
        """Page furniture built like a widget, whatever its names: a control's label ("First
        Name*", "Email address"), a form the reader fills in, a table of contents (links to
        the page's own sections, under a title) or a gallery's slide legends ("1/50 …"). Such
        parts sit inside the article's container but are never its text. (Inputs, selects and
        text areas are skipped tags; buttons are page structure, see
        skipparts.is_boilerplate_container.)"""
        if tag == "label":
            return is_control_label(el)
        if tag == "form":
            return is_form_widget(el)
        return is_contents_box(el, self.base_url) or is_slide_legends(el)

    def preformatted(self, el: _Element, href: str | None, emphasis: bool) -> None:
        """A ``<pre>``: all its text is kept, since its spans are syntax colouring whose classes
        ("hljs-comment", "token tag") would read as boilerplate names elsewhere. Its ``<br>``
        cut lines, and so do the line ends of a code listing (one holding ``<code>``); other
        preformatted text is mostly prose hard-wrapped at 72 columns (an RFC, a mail archive),
        whose lines are no units of meaning."""
        code = el.find(".//code") is not None
        for text, link in _pre_texts(el, href, self.base_url, self.include_hidden):
            if text is None:  # a <br>
                self.cut("pre")
                continue
            for index, line in enumerate(text.split("\n") if code else [text]):
                if index:
                    self.cut("pre")
                if line:
                    self.segments.append(Segment(line, link, emphasis))


def _pre_texts(
    el: _Element, href: str | None, base_url: str | None, include_hidden: bool
) -> Iterator[tuple[str | None, str | None]]:
    """The text runs of a ``<pre>`` subtree in order, each with the link it sits in, and None
    for each ``<br>``; only scripts, styles and hidden parts are left out."""
    if el.text:
        yield el.text, href
    for child in el:
        tag = child.tag
        if tag == "br":
            yield None, href
        elif isinstance(tag, str) and tag not in SKIP_TAGS and (include_hidden or not is_hidden(child)):
            link = absolute_url(child.get("href", ""), base_url) if tag == "a" and child.get("href") else href
            yield from _pre_texts(child, link, base_url, include_hidden)
        if child.tail:
            yield child.tail, href


def _open_sentence(segments: list[Segment]) -> bool:
    """Whether the block's text so far ends inside a sentence: on a letter, a digit or a
    comma, not on a full stop, a colon or a separator ("Tags:", "Home /", "… |")."""
    for segment in reversed(segments):
        text = segment.text.rstrip()
        if text:
            last = text[-1]
            return last.isalnum() or last in _OPEN_MARKS
    return False


def _goes_on(tail: str | None) -> bool:
    """Whether the text after an element continues its sentence: it starts in lower case."""
    text = tail.lstrip() if tail else ""
    return bool(text) and text[0].islower()


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` closes a sentence ("… lay dead.", "…说。"), a closing quote aside."""
    text = text.rstrip().rstrip(_QUOTES)
    return bool(text) and text[-1] in _SENTENCE_ENDS


def _only_controls(segments: list[Segment], controls: list[tuple[int, int]]) -> bool:
    """Whether every segment outside the ``controls`` spans is blank or a separator ("|", "·")."""
    inside = {index for start, end in controls for index in range(start, end)}
    return all(index in inside or _no_word(s.text) for index, s in enumerate(segments))


def _no_word(text: str) -> bool:
    """Whether ``text`` holds no letter or digit: blank, or marks between buttons."""
    return not any(char.isalnum() for char in text)


def renders(el: _Element, include_hidden: bool = False) -> bool:
    """Whether ``el`` is rendered: not a skipped tag, a caption or the headline (never body
    text), nor hidden (unless ``include_hidden``) or a boilerplate container."""
    tag = el.tag
    return isinstance(tag, str) and tag not in _NOT_RENDERED and not is_skipped_part(el, include_hidden)


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # block tags of subheadings
# Tags of the widgets a renderer leaves out (see _Renderer.is_widget).
_TOC_TAGS = frozenset({"div", "section", "details", "aside", "nav", "ul", "ol"})
_WIDGET_TAGS = _TOC_TAGS | {"form", "label"}


# Inline tags whose element, set aside for its name, is kept inside a sentence (see in_sentence).
_INLINE_TAGS = EMPHASIS_TAGS | {"a", "span", "small", "sup", "sub", "abbr", "cite", "q", "button"}
_RUNNING_TAGS = frozenset({"p", "li", "td", "dd", "blockquote"})  # blocks of running text
_OPEN_MARKS = frozenset(",-–—(\"'“‘、，")  # marks a sentence goes on after
_QUOTES = "\"'”’」』)）"
_SENTENCE_ENDS = frozenset(".!?。！？")

_EXCLUDED_TAGS = ("figcaption", "h1")  # captions and the headline: never body text
_NOT_RENDERED = SKIP_TAGS | frozenset(_EXCLUDED_TAGS)
_CUTTING = BLOCK_TAGS | {"br"}  # the tags whose walk cuts a block, even with nothing inside


def is_link_line(block: Block) -> bool:
    """A line that is mostly anchor text: a related-list item, a tag cloud, a pager."""
    total = len(block.text)
    linked = sum(len(normalise_space(s.text)) for s in block.segments if s.href)
    return total > 0 and linked / total > 0.6
