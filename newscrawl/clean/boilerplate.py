"""Lines that survive body extraction but are not the article: notices, counters, credits.

A republished article drags its origin's furniture along (``此内容为第一财经原创，著作权归…``,
``文章作者 金叶子``, ``This story was originally published by …``) and the republisher
adds its own (``点击次数:85``, ``图片来源：上海发布``, ``分享到``, disclaimers, "This post may
contain affiliate links", a table of contents' label left without its entries). Each kind of
line has a named rule. A line goes only when the rule's pattern *is* the line: a
notice must cover most of it, a label line must be short, so a paragraph of prose that
mentions 版权 or a photographer stays. The outlet and authors such lines name are
returned as credits, because they are often the only place the page credits them.

The rules live in :mod:`newscrawl.clean.notices`, :mod:`newscrawl.clean.furniture` and
:mod:`newscrawl.clean.credits`; this module orders them, applies them to a body's blocks and
collects the credits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscrawl.clean import cta
from newscrawl.clean.credits import Credits, byline_names, outlet_named
from newscrawl.clean.furniture import (
    MAX_LABEL_LINE,
    MAX_SHORT_LINE,
    is_caption,
    is_counter,
    is_credit_line,
    is_editor_line,
    is_original_title,
    is_picture_credit,
    is_promo,
    is_related_counter,
    is_share_prompt,
)
from newscrawl.clean.notices import is_affiliate_disclosure, is_disclaimer, is_notice
from newscrawl.extract.blocks import Block
from newscrawl.extract.bodyedges import edge_rows
from newscrawl.items import Removal

_AUTHOR_LABEL = re.compile(r"(?:^|\s|。)?(?:文章作者|本文作者|作者|记者|author)\s*[:：]?$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:来源|source)\s*[:：]", re.I)


_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("copyright_notice", is_notice),
    ("disclaimer", is_disclaimer),
    ("view_counter", is_counter),
    ("picture_credit", is_picture_credit),
    ("share_prompt", is_share_prompt),
    ("editor_line", is_editor_line),
    ("original_title", is_original_title),
    ("related_counter", is_related_counter),
]
# Rules whose lines may start with any word (a caption's subject, a credited name), so the
# first-word test of classify_line cannot rule them out; each tests a short line only.
_UNANCHORED_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("caption", is_caption),
    ("promo", is_promo),
    ("credit_line", is_credit_line),
]


# Every other rule (and the byline and source rules) wants a line of at most
# MAX_SHORT_LINE characters; a paragraph of prose is longer, so only these try it.
_LONG_LINE_RULES = [rule for rule in _RULES if rule[0] in ("copyright_notice", "disclaimer", "view_counter")]


# How a line that any rule other than the notice and related-counter ones matches starts:
# after punctuation or spaces (which those patterns let lead), one of their first words
# (matched as they match them, ignoring case). Most lines are prose and fail this one
# match instead of the patterns one by one.
_RULE_START = re.compile(
    r"\W*(?:免|特|声|聲|温|溫|风|風|disclaimer|affiliate|disclosure|note|"  # disclaimer
    r"点击|阅读|浏览|人气|热度|view|visit|read|hit|\d|"  # view counter
    r"图|摄|photo|image|picture|credit|"  # picture credit
    r"举报|分享|打印|收藏|纠错|返回顶部|扫一扫|share|tweet|email|print|"  # share prompt
    r"责|编|校|审|监|主|值|edit|copy|"  # editor line
    r"原|本文原|"  # original title
    r"文|本文作者|作|记|撰|reporting|written|by|"  # byline
    r"来源|source)",  # source line
    re.I,
)


def classify_line(text: str) -> str | None:
    """The rule a whole line matches, or None (byline lines are ``byline``; source lines ``source_line``).

    A short line no other rule claims may still be the site's call to action (``Sign up for
    our newsletter``, ``已有帐号？马上登录``), which :mod:`newscrawl.clean.cta` recognises; a line
    of any length up to a short paragraph, the site's affiliate disclosure.
    """
    rule = _named_rule(text)
    if rule is None and is_affiliate_disclosure(text):  # it opens with any word
        return "affiliate_disclosure"
    return rule


def _named_rule(text: str) -> str | None:
    """The line rules of :func:`classify_line` but the affiliate one, in their order."""
    short = len(text) <= MAX_SHORT_LINE
    if not _RULE_START.match(text):  # the rules in between cannot match: the first and the last
        if is_notice(text):
            return "copyright_notice"
        if not short:
            return None
        return "related_counter" if is_related_counter(text) else _unanchored_rule(text)
    for name, rule in _RULES if short else _LONG_LINE_RULES:
        if rule(text):
            return name
    if not short:
        return None
    if byline_names(text):
        return "byline"
    if _SOURCE_LABEL.match(text) and len(text) <= MAX_LABEL_LINE and outlet_named(text):
        return "source_line"
    return _unanchored_rule(text)


def _unanchored_rule(text: str) -> str | None:
    """The first of the rules that do not key on the line's first word that ``text`` matches,
    else ``call_to_action`` when the short line is one (the last resort of every short line)."""
    if not text.isascii():  # every one of them wants Chinese words (or a ▲)
        for name, rule in _UNANCHORED_RULES:
            if rule(text):
                return name
    return "call_to_action" if cta.is_call_to_action(text) else None


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], list[Removal], Credits]:
    """Drop boilerplate lines; return the kept blocks, what was dropped and the credits named."""
    kept: list[Block] = []
    removals: list[Removal] = []
    credits = Credits()
    skip_next = False
    photo_item = _is_photo_item(blocks)
    for index, block in enumerate(blocks):
        text = block.text
        if skip_next:
            skip_next = False
            continue
        rule = None if _AUTHOR_LABEL.fullmatch(text) else classify_line(text)
        if rule is None and len(text) <= _MAX_TOC_LABEL and is_stranded_toc_label(blocks, index):
            rule = "toc_label"
        if rule == "caption" and photo_item:
            rule = None
        following = blocks[index + 1].text if index + 1 < len(blocks) else ""
        if (rule is None or rule == "copyright_notice") and _ends_with_author_label(text) and following:
            names = byline_names(f"作者 {following}")
            if names and len(following) <= 40:  # "文章作者" ends a line, the name is the next one
                removals.append(Removal("articleBody", "byline", following))
                credits.authors.extend(n for n in names if n not in credits.authors)
                rule, skip_next = rule or "byline", True
        if rule is None:
            kept.append(block)
            continue
        removals.append(Removal("articleBody", rule, text))
        _credit(credits, rule, text)
    if kept and blocks and (kept[0] is not blocks[0] or kept[-1] is not blocks[-1]):
        kept = _trim_bared_edges(kept, removals)
    return kept, removals, credits


def _trim_bared_edges(kept: list[Block], removals: list[Removal]) -> list[Block]:
    """``kept`` without the info and share rows a removed line at its edge had covered (the body's
    edge trim stops at a line it does not know, such as a notice under the share row)."""
    top, bottom = edge_rows(kept)
    if not top and not bottom:
        return kept
    end = len(kept) - bottom
    removals.extend(Removal("articleBody", "edge_row", b.text) for b in [*kept[:top], *kept[end:]])
    return kept[top:end]


# The label of an in-page table of contents ("Table of Contents", "Contents hide", "In this
# article:", "Jump to ↓"). The renderer leaves the table's links out, but not its label.
_TOC_LABEL = re.compile(
    r"(?:table of contents|contents|in this (?:article|post|guide|story|review)|on this page|"
    r"jump to(?: section)?|article contents?)\s*(?:\[?(?:hide|show|toggle)\]?)?\W*",
    re.I,
)
_MAX_TOC_LABEL = 40
# How the labels that do not say "contents" open.
_TOC_OPENERS = ("in this ", "on this ", "jump to")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def is_stranded_toc_label(blocks: list[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a table-of-contents label left without its entries: the line
    under it is not one of the headings that recur further down (an entry links to one). A table
    the page kept is read with its label."""
    block = blocks[index]
    text = block.text
    if len(text) > _MAX_TOC_LABEL:
        return False
    lowered = text.lower()  # one substring test or two rule out nearly every short line
    if "content" not in lowered and not lowered.startswith(_TOC_OPENERS):
        return False
    if not _TOC_LABEL.fullmatch(text):
        return False
    if block.tag in _HEADING_TAGS and text[:2].lower() == "in":
        return False  # "In this guide" over the guide's summary: a section of the article
    if index + 1 >= len(blocks):
        return True
    entry = blocks[index + 1].text
    return all(block.text != entry for block in blocks[index + 2 :])


# Text besides the captions below which a page is a photo item: its caption is the story.
_PHOTO_ITEM_TEXT = 150


def _is_photo_item(blocks: list[Block]) -> bool:
    """A picture with a line or two of text (``图为…``, then the credit): the captions are
    all the news there is, so they stay."""
    rest = 0
    for block in blocks:
        if not is_caption(block.text):
            rest += len(block.text)
            if rest >= _PHOTO_ITEM_TEXT:
                return False
    return True


def _ends_with_author_label(text: str) -> bool:
    """``…文章作者`` / ``记者：`` at the end of a line (its name is the next line).

    The pattern can only match where a label ends the line but for spaces and a colon, so
    the end is looked at first: a case-insensitive search of every line is slow (and
    ``re.I`` matches the letters of "author" to no other characters than ``lower``).

    >>> [_ends_with_author_label(t) for t in ("编辑 文章作者", "Story by the Author :", "作者说了很多话")]
    [True, True, False]
    """
    end = text.rstrip()
    if end.endswith((":", "：")):
        end = end[:-1].rstrip()
    if not end.endswith(("作者", "记者")) and end[-6:].lower() != "author":
        return False
    return bool(_AUTHOR_LABEL.search(text))


def _credit(credits: Credits, rule: str, text: str) -> None:
    """Remember the outlet or authors a removed line names."""
    if rule == "byline":
        names = byline_names(text) or []
        credits.authors.extend(n for n in names if n not in credits.authors)
    outlet = outlet_named(text)
    if outlet and not credits.outlet and rule in ("copyright_notice", "source_line", "disclaimer"):
        credits.outlet = outlet
