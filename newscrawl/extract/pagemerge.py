"""Join the pages of a split article into one article: page 1's metadata, every page's text.

Each page was extracted on its own, so each body may carry what templates repeat on
every page: the headline, a standfirst at the top, an editor or source line at the
bottom, "Page 2 of 3" and "(continued)" notes. Those repeats go; the text of every page
is kept in page order. Metadata (headline, dates, authors, canonical URL) is page 1's;
a field page 1 lacks is taken from the first later page that has it (bylines and
``来源`` lines often sit on the last page only).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newscrawl.extract.picturekeys import image_key
from newscrawl.items import Article, Image, Link, Removal, SpamVerdict

# Notes that only make sense on a split page: "Page 2 of 3", 第2页 共3页, (continued on next page).
_PAGE_NOTE = re.compile(
    r"^[\s(（\[【]*(?:page\s+\d{1,2}\s+of\s+\d{1,2}|第\s*\d{1,2}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,2}\s*页)?|"
    r"共\s*\d{1,2}\s*页|continued\s+(?:from|on)\s+(?:page\s+\d{1,2}|the\s+(?:previous|next)\s+page)|"
    r"continued|to\s+be\s+continued|未完[，,]?\s*(?:待续|请看下一页|见下页)?|接上页|续上页|下转第?\s*\d*\s*页)"
    r"[\s.…)）\]】]*$",
    re.I,
)
_EDGE_REPEAT_LINES = 3  # standfirsts and editor lines are a line or two, never a whole page
_FILLED_FIELDS = ("datePublished", "dateModified", "authors", "sourceOrganization", "description")


def merge_bodies(first: Article, rest: list[Article]) -> Article:
    """One article from page 1 (``first``) and its later pages, in order; inputs are unchanged.

    >>> p1 = Article(url="u", headline="H", articleBody="Lead.\\nOne.\\nPage 1 of 2\\nEditor: Li")
    >>> p2 = Article(url="u2", headline="H", articleBody="H\\nLead.\\nTwo.\\nEditor: Li")
    >>> merge_bodies(p1, [p2]).articleBody.split("\\n")
    ['Lead.', 'One.', 'Two.', 'Editor: Li']
    """
    pages = [_lines(first.articleBody), *(_lines(a.articleBody) for a in rest)]
    headlines = {h for h in (first.headline, *(a.headline for a in rest)) if h}
    for index in range(1, len(pages)):
        pages[index] = _drop_repeated_top(pages[index], pages[0], headlines)
    for index in range(len(pages) - 1):
        pages[index] = _drop_repeated_tail(pages[index], pages[-1])
    body = "\n".join(line for page in pages for line in page if not _PAGE_NOTE.match(line))
    merged = replace(
        first,
        articleBody=body,
        images=_unique_images([first.images, *(a.images for a in rest)]),
        links=_unique_links([first.links, *(a.links for a in rest)]),
        cleaning=[Removal(**vars(r)) for a in (first, *rest) for r in a.cleaning],
        spam=_worst_spam([first.spam, *(a.spam for a in rest)]),
        provenance={**first.provenance, "articleBody": f"pages:{1 + len(rest)}"},
    )
    _fill_missing(merged, rest)
    return merged


def _lines(body: str) -> list[str]:
    return [line for line in body.split("\n") if line.strip()]


def _drop_repeated_top(lines: list[str], page_one: list[str], headlines: set[str]) -> list[str]:
    """A later page's leading headline and the standfirst page 1 also opens with."""
    start = 0
    while start < len(lines) and lines[start] in headlines:
        start += 1
    shared = 0
    while (
        shared < _EDGE_REPEAT_LINES
        and start + shared < len(lines) - 1
        and shared < len(page_one)
        and lines[start + shared] == page_one[shared]
    ):
        shared += 1
    return lines[start + shared :]


def _drop_repeated_tail(lines: list[str], last_page: list[str]) -> list[str]:
    """Closing lines every page repeats (editor, source) stay at the article's end only."""
    shared = 0
    while (
        shared < _EDGE_REPEAT_LINES
        and shared < len(lines) - 1
        and shared < len(last_page)
        and lines[-1 - shared] == last_page[-1 - shared]
    ):
        shared += 1
    return lines[: len(lines) - shared]


def _unique_images(groups: list[list[Image]]) -> list[Image]:
    seen: dict[str, Image] = {}
    for group in groups:
        for image in group:
            seen.setdefault(image_key(image.url), replace(image))  # a copy: pages share no item
    return list(seen.values())


def _unique_links(groups: list[list[Link]]) -> list[Link]:
    seen: dict[tuple[str, str], Link] = {}
    for group in groups:
        for link in group:
            seen.setdefault((link.url, link.text), Link(link.url, link.text))
    return list(seen.values())


def _worst_spam(verdicts: list[SpamVerdict]) -> SpamVerdict:
    """The article is as spammy as its spammiest page; evidence from every page."""
    evidence = list(dict.fromkeys(e for v in verdicts for e in v.evidence))
    return SpamVerdict(
        score=max(v.score for v in verdicts),
        isContentFarm=any(v.isContentFarm for v in verdicts),
        evidence=evidence,
        siteScore=verdicts[0].siteScore,
    )


def _fill_missing(merged: Article, rest: list[Article]) -> None:
    for name in _FILLED_FIELDS:
        if getattr(merged, name):
            continue
        donor: Any = next((a for a in rest if getattr(a, name)), None)
        if donor is not None:
            setattr(merged, name, list(donor.authors) if name == "authors" else getattr(donor, name))
            if name in donor.provenance:
                merged.provenance[name] = donor.provenance[name]
