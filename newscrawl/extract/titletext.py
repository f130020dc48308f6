"""Title strings: the parts of a ``<title>``-like string, and what a heading carries
beside its headline.

Pages decorate headlines in a few recurring ways: the site's name after a separator,
a section label ("| Opinion"), a dateline or byline glued on, capitals set by the design.
These functions compare and trim strings only; which element is the headline is decided
in :mod:`~newscrawl.extract.headline`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl.extract.blocks import CJK_CHAR, weighted_length
from newscrawl.page import Page

# Separators sites put between headline and site name in <title>. A bare "--" joins
# English words as a dash ("Problems--Simple Cells"): only a spaced one separates.
TITLE_SEPARATORS = re.compile(r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s+-{2,}\s+|——")
# Looser, for CJK titles: also a bare dash ("标题-站点"), but not one before a number, which
# is a range ("净利1900万-2900万").
_LOOSE_SEPARATORS = re.compile(r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s*-+(?!\d)\s*|——")
# Loosest, only to match a visible element against a part: also a space beside CJK text.
_PART_SEPARATORS = re.compile(
    r"\s+[|｜\-–—:»·]\s+|\s*[|｜_]\s*|\s*-+(?!\d)\s*|——|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])"
)
# A label a title puts before the headline ("中國評論新聞：標題", "Site: Headline").
_LABEL_COLON = re.compile(r"(?<=\S)\s*[:：]\s*(?=\S)")
# Trail separators: a heading or title that is a breadcrumb ("網站 〉 欄目 〉 標題").
_CRUMB = re.compile(r"\s*[〉›＞]\s*|\s+[>»]\s+")
# Openers whose closers look like trail separators: a text with one is no trail.
_OPENERS = re.compile(r"[〈‹«<]")
# Items of a keyword list ("茅台酒,公款消费,公款吃喝", "taiwan, taipei, china").
_LIST_COMMA = re.compile(r"\s*[,，;；]\s*")
_LIST_COMMAS = ",，;；"
_KEYWORD_ITEMS = 4  # a list this long is keywords, not a headline with commas
_KEYWORD_CHARS = 12  # ... when every item is this short
_LABEL_CHARS = 10  # characters: a longer text before a colon is part of the headline
_NON_WORD = re.compile(r"\W+")
_ENDS_WITH_SEPARATOR = re.compile(r"[:|｜\-–—»·]\s*$")
# Separators with space around them: what a heading copying <title> is split at.
_SPACED_SEPARATORS = re.compile(r"\s+[|｜\-–—»·]\s+")
# A short label before a colon: "Blog:", "Title:".
_LABEL = re.compile(r"[^\W\d_]+:")
# A separator that ends a heading's last part ("Headline – Site", "Headline | Opinion").
_LAST_SEPARATOR = re.compile(r"\s+[|｜–—\-·]\s+(?=[^|｜–—·]+$)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# What a heading carries beside the headline: "Posted on July 1, 2024 by …", "Dec 18 2025".
_DATELINE = re.compile(
    rf"\b(?:posted|published|updated)\b|^by\s|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.I,
)
# A time or date in brackets glued after a headline: "【16:15】", "(2012-01-12 08:30)".
_BRACKETED_STAMP = re.compile(
    r"[【\[(（]\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?|\d{1,2}:\d{2})\s*[】\])）]",
    re.A,
)
# Section labels news sites append to a headline after a pipe ("… | Opinion").
_SECTION_LABELS = frozenset(
    {"opinion", "opinions", "analysis", "editorial", "commentary", "column", "review", "explainer", "letters"}
)


def polish(heading: str, meta_titles: list[tuple[str, str]], sites: set[str]) -> str:
    """The heading without what it carries beside the headline, in metadata's casing."""
    return _metadata_casing(_strip_decoration(heading, meta_titles, sites), meta_titles)


def _strip_decoration(heading: str, meta_titles: list[tuple[str, str]], sites: set[str]) -> str:
    """Drop a dateline or byline glued to the headline, a trailing site name or section
    label, and the section and site names of a heading that copies ``<title>``."""
    for title, _ in meta_titles:
        rest = beside(heading, title)
        if rest and (
            _DATELINE.search(rest)
            or _BRACKETED_STAMP.fullmatch(rest)
            or (heading.startswith(rest) and _LABEL.fullmatch(rest))
        ):
            return title
    if any(source == "title" and title == heading for title, source in meta_titles):
        parts = [p.strip() for p in _SPACED_SEPARATORS.split(heading) if p and p.strip()]
        if len(parts) >= 3:
            return max(parts, key=len)
    match = _LAST_SEPARATOR.search(heading)
    if match:
        last = heading[match.end() :].strip()
        if fold(last) in sites or (match.group().strip() in "|｜" and last.lower() in _SECTION_LABELS):
            return heading[: match.start()].strip()
    return heading


def beside(heading: str, title: str) -> str | None:
    """What ``heading`` adds before or after ``title``, when it starts or ends with it."""
    if len(title) < 10 or len(title) >= len(heading):
        return None
    low, sub = heading.lower(), title.lower()
    if low.startswith(sub):
        return heading[len(title) :].strip()
    if low.endswith(sub):
        return heading[: -len(title)].strip()
    return None


def _metadata_casing(heading: str, meta_titles: list[tuple[str, str]]) -> str:
    """A heading set in capitals, in the casing of a metadata title (or title part) with
    the same words: capitals are the design's, not the headline's."""
    letters = [c for c in heading if c.isascii() and c.isalpha()]  # CJK text has no case
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return heading
    key = fold(heading)
    for title, _ in meta_titles:
        for candidate in [title, *TITLE_SEPARATORS.split(title)]:
            if candidate and fold(candidate) == key and not candidate.isupper():
                return candidate.strip()
    return heading


def headline_parts(title: str, sites: set[str]) -> set[str]:
    """Folded parts of a title that may be the headline: not the site name, not a
    keyword list, and not a short last part (where titles put the site's name) when a
    longer part exists. A CJK title is also split at its spaces (a visible heading may
    hold one phrase of it), but its whole parts and what follows a label's colon count too.

    >>> sorted(headline_parts("A brief intro to git | Cory Dransfeldt", set()))
    ['abriefintrotogit']
    >>> sorted(headline_parts("中評新聞：看病 送火車票 - 新聞網", set()))
    ['中評新聞看病', '中評新聞看病送火車票', '看病送火車票', '送火車票']
    """
    return set(_title_parts(title)) - sites


@lru_cache(maxsize=1024)
def _title_parts(title: str) -> frozenset[str]:
    """:func:`headline_parts` before the site names are taken out: a pure function of the
    title, which every heading on the page is compared with, so it is worked out once."""
    loose = [p for p in _PART_SEPARATORS.split(title) if p]
    strict = [p for p in TITLE_SEPARATORS.split(title) if p]
    parts = _without_short_last(loose)
    if len(strict) > 1 or strict != loose:
        whole = _without_short_last(strict)
        parts += whole + [after_label(p) for p in whole]
    return frozenset(key for p in parts if len(key := fold(p)) >= 4 and not is_keyword_list(p))


def _without_short_last(parts: list[str]) -> list[str]:
    """The parts but the last, when a longer part comes before it (titles end with the site)."""
    if len(parts) > 1 and weighted_length(parts[-1]) < max(weighted_length(p) for p in parts[:-1]):
        return parts[:-1]
    return parts


def after_label(part: str) -> str:
    """What follows a short label and colon ("中國評論新聞：標題" -> "標題"), else ``part``."""
    pieces = _LABEL_COLON.split(part.strip(), maxsplit=1)
    return pieces[1] if len(pieces) == 2 and len(pieces[0]) <= _LABEL_CHARS else part


def is_keyword_list(text: str) -> bool:
    """A list of short phrases between commas (a keywords meta copied into a title or
    heading, maybe after a label): not a headline, which is a sentence.

    >>> is_keyword_list("茅台酒,公款消费,公款吃喝,人大代表"), is_keyword_list("Rain, wind and snow hit")
    (True, False)
    """
    if sum(text.count(comma) for comma in _LIST_COMMAS) < _KEYWORD_ITEMS - 1:
        return False  # too few commas for enough items: most texts, known without splitting
    items = [i for i in _LIST_COMMA.split(after_label(text)) if i.strip()]
    return len(items) >= _KEYWORD_ITEMS and all(
        len(i) <= _KEYWORD_CHARS and len(i.split()) <= 3 for i in items
    )


def last_crumb(text: str) -> str:
    """The last step of a breadcrumb trail ("網站 〉 欄目 〉 標題" -> "標題"); other text as is.

    A trail has at least three steps; ``〉`` may close a ``〈書名〉`` and ``»`` a ``«quote»``,
    so a text with an opener is no trail.
    """
    if _OPENERS.search(text):
        return text
    steps = _CRUMB.split(text)
    return steps[-1].strip() if len(steps) >= 3 and steps[-1].strip() else text


def similar(heading: str, title: str) -> bool:
    """The heading is the title, or the title is the heading plus site-name decoration.

    A heading that is only the title's short last part is the site name (a blog's
    ``<h1>`` logo in "Post title | Blog name"), not a confirmation.
    """
    a, b = fold(heading), fold(title)
    if not a or not b:
        return False
    if a == b or a in headline_parts(title, set()):
        return True
    return len(a) >= 0.5 * len(b) and (b.startswith(a) or _ends_after_separator(heading, title))


def _ends_after_separator(heading: str, title: str) -> bool:
    """``title`` is a label, a separator and then ``heading`` ("Blog: Heading")."""
    head, sep, tail = title.rpartition(heading)
    return bool(sep) and not tail.strip() and bool(_ENDS_WITH_SEPARATOR.search(head))


def fold(text: str) -> str:
    return _NON_WORD.sub("", text).lower()


def trim_site_name(title: str, page: Page) -> str:
    """Drop a site-name part from a ``<title>``-like string.

    >>> from newscrawl.page import parse_page
    >>> page = parse_page('<meta property="og:site_name" content="Daily"><p>x</p>')
    >>> trim_site_name("Rain falls - Daily", page)
    'Rain falls'
    """
    site = page.meta_first("og:site_name", "application-name", "twitter:site")
    title = last_crumb(title)
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) <= 1 and CJK_CHAR.search(title):
        parts = [p.strip() for p in _LOOSE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) <= 1:
        return title.strip()
    if site:
        kept = [p for p in parts if fold(p) != fold(site) and fold(site) not in fold(p)]
        if kept and len(kept) < len(parts):
            return _join_parts(title, kept)
    sentences = [p for p in parts if not is_keyword_list(p)] or parts
    return max(sentences, key=weighted_length)


def _join_parts(title: str, kept: list[str]) -> str:
    if len(kept) == 1:
        return kept[0]
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)
