"""Keyword anchors spliced into the body's prose: links a farm puts inside a sentence.

Separate from the page-wide evidence: it reads the extracted body's blocks, which exist
only after extraction, and counts only together with a headline affix (see spam.py).
"""

from __future__ import annotations

from newscrawl.clean.anchors import spliced
from newscrawl.clean.text import squash
from newscrawl.extract.blocks import Block, Segment
from newscrawl.urls import host_of, site_key, split_url


def linked_in_prose(blocks: list[Block], page_url: str | None) -> set[str]:
    """Texts (squashed) of the body's links spliced into a paragraph (before its punctuation, or at
    its start or end) that lead to another site or to a site's home page: where a farm puts its
    keyword as an anchor (``…网络直播<a href="http://farm.example/">十倍杠杆炒股</a>，他得知…``).
    A link the sentence runs through is the article's own (``据<a>新华社</a>报道``). Articles link
    to other sites at splice points too, so these count only together with other evidence: a
    headline affix with the same text (:func:`~newscrawl.clean.spam.page_evidence`)."""
    own = site_key(host_of(page_url)) if page_url else ""
    found: set[str] = set()
    for block in blocks:
        segments = block.segments
        if len(segments) < 2 or not any(s.href for s in segments):
            continue  # a lone link is a line of links, not prose
        # A splice is judged by whether any text comes before the link and by the first mark
        # after it: the nearest non-blank segment on either side tells both, without joining
        # the paragraph around each of its links (quadratic in a paragraph of links).
        after = _next_texts(segments)
        before = ""
        for index, segment in enumerate(segments):
            text, href = segment.text.strip(), segment.href
            if text and href and _leads_off(href, own) and spliced(before, text, after[index]):
                found.add(squash(segment.text))
            if text:
                before = segment.text
    return found


def _next_texts(segments: list[Segment]) -> list[str]:
    """For each segment, the text of the nearest non-blank segment after it ("" at the end)."""
    following = [""] * len(segments)
    text = ""
    for index in range(len(segments) - 1, -1, -1):
        following[index] = text
        if segments[index].text.strip():
            text = segments[index].text
    return following


def _leads_off(href: str, own: str) -> bool:
    """A link to another site, or to a site's home page (own site included)."""
    parts = split_url(href)
    return parts is not None and (not parts.path.strip("/") or site_key(host_of(href)) != own)
