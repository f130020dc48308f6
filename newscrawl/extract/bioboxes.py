"""Author bio boxes and contributor cards under the article: a person's third-person bio, the
name, role, count and contact rows boxed with it, and a name over a job title. Apart from the
related-list labels because a box is told by its shape around a bio, not by a label line."""

from __future__ import annotations

import re

from newscrawl.extract.blocks import Block, weighted_length
from newscrawl.extract.names import is_person


def is_author_row(text: str) -> bool:
    """A line that is only a person's name: the byline beside the date row."""
    return len(text) <= 40 and text[:1].isupper() and is_person(text)


# An author's bio: third person, opening with the name and what the author is or does ("Chen Zhao
# is the head of economics research…", "Sean Peek co-founded…", "(Paul Fenaroli is an Associate…").
_BIO = re.compile(
    r"^(?:\(|[Aa]bout the [Aa]uthors?\s*[:：-]\s*)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?(?P<name>[A-Z][\w'’.-]+)"
    r"(?:\s(?:[A-Z][\w'’.-]*|\([A-Z][\w'’.-]*\)|de|van|der|von|la|le|da|del|bin|al)){0,3}"
    r"(?:,\s(?:[A-Z][\w.]*\s)?[A-Z][A-Za-z.]*){0,4},?\s"  # credentials: "Raghuveer Vedala, MD, FAAFP, is"
    r"(?:is|was|has|serves|writes|covers|joined|leads|holds|brings|speciali[sz]es|identifies|works|studied|lives|"
    r"(?:co-)?founded)\b"
)
# What tells a person from a company or a product opening the same way ("Wix has the best…"):
# the pronouns of the bio's next sentences, or a job right after the verb.
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")
_REPORTED = re.compile(r"\b(?:said|says|told)\b")
_JOB = re.compile(
    r"writer|editor|journalist|reporter|author|contributor|photographer|economist|director|manager|"
    r"founder|\bceo\b|\bcto\b|professor|faculty|analyst|specialist|expert|consultant|attorney|"
    r"physician|lawyer|researcher|scientist|correspondent|columnist|blogger|freelance",
    re.I,
)
# The links under a bio: "Email Chen", "Facebook Twitter Email", "Latest posts by X (see all)".
_CONTACT_ROW = re.compile(
    r"^(?:(?:e-?mail|follow|contact|connect with|message)\s+"
    r"(?:me|him|her|(?-i:[A-Z][\w'’.-]*)(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})(?:\s+on\s+\w+)?\W*|"
    r"(?:latest|recent|more|view all|see all)\s+(?:posts|articles|stories)\b.{0,50}|"
    r".{0,50}\((?:see|view) all\)|"
    r"(?:(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|threads|bluesky|e-?mail|website|rss)\s*[|·•,/]?\s*)+)$",
    re.I,
)
# The count over a bio box's name ("208 / Articles", "5 articles").
_COUNT_ROW = re.compile(
    r"^\d[\d,]*(?:\s+(?:articles?|posts?|stories))?$|^(?:articles?|posts?|stories)$", re.I
)
BOX_LINES = 8  # bios, their contact rows and the box's header: more is the article going on
_BOX_ROW = 100  # a contact or header row is short; a sentence after a bio is the article's


def is_author_bio(text: str) -> re.Match[str] | None:
    """The opening of a third-person bio of a person ("Daryl Fairweather is the chief economist
    of Redfin. Her insights…"), or None; companies and products open the same way without the
    person's pronouns and job words."""
    if not 40 <= len(text) <= 1500:
        return None
    match = _BIO.match(text)
    if match is None or _REPORTED.search(text, 0, 300):
        return None  # "…, she said": the story quoting its subject
    if _PRONOUN.search(text, 0, 300) or _JOB.search(text, match.end(), match.end() + 50):
        return match  # the job is what the name "is": "is a freelance travel writer"
    return None


def bio_box_start(blocks: list[Block], index: int, end: int) -> int:
    """Where the author box that ``blocks[index]`` opens starts (``end`` when it opens none).

    The shape alone is no proof: an article may close on a sentence about a person, and a
    tagline in the article's own last paragraph is the article's. A box shows itself by what
    surrounds the bio: its header (the name on its own line, an article count), its contact
    links, a second bio, or the bio printed twice (one per screen size)."""
    if end - index > BOX_LINES:
        return end
    bio = is_author_bio(blocks[index].text)
    if bio is None:
        return end
    rest = [b.text for b in blocks[index + 1 : end]]
    if not all(_is_box_row(t) or is_author_bio(t) for t in rest):
        return end
    start = index
    while start * 2 > end and is_author_bio(blocks[start - 1].text):
        start -= 1  # the bios of co-authors, one above the other
    header = _box_header_start(blocks, start, bio.group("name"))
    boxed = header < start or any(
        t == blocks[index].text or _CONTACT_ROW.match(t) or is_author_bio(t) for t in rest
    )
    return header if boxed else end


# What a contributor card names under the person: a job title ("SEO Writer", "Chief HR Scientist",
# "Research & Insights Lead", "Founder and Dean").
_ROLE = re.compile(
    rf"{_JOB.pattern}|\b(?:lead|head|chief|officer|dean|president|partner|strategist|designer|engineer|"
    r"coach|advis[eo]r|associate|assistant|intern|staff|dietitian|nutritionist|producer|host)\b",
    re.I,
)
_CARD_ROW = 60  # a name or a job title


def card_start(blocks: list[Block], index: int, end: int) -> int:
    """``index`` when ``blocks[index]`` opens a contributor card (a name over its job title, no bio
    sentence: "Jorge Jimenez" / "SEO Writer" / "Last Posted December, 2025") and only box rows (more
    cards, their links) follow it; else ``end``. The article never closes on a bare name."""
    if end - index > BOX_LINES or index + 1 >= end:
        return end
    name, role = blocks[index].text, blocks[index + 1].text
    if len(name) > 40 or len(role) > _CARD_ROW or not name[:1].isupper():
        return end  # (cheap gates first: this runs on each of the last lines)
    if not (_ROLE.search(role) and _is_card_name(name)):
        return end
    return index if all(_is_box_row(b.text) for b in blocks[index + 2 : end]) else end


def _is_card_name(text: str) -> bool:
    """A line that is only a person's name, not a job title that reads like one ("Chief Editor")."""
    return len(text) <= _CARD_ROW and is_author_row(text) and _ROLE.search(text) is None


def _is_box_row(text: str) -> bool:
    """A row of a bio box: short and no sentence (a link, a post title, a tag list)."""
    return weighted_length(text) <= _BOX_ROW and not text.endswith((".", "!", "?", "。", "！", "？"))


def _box_header_start(blocks: list[Block], index: int, name: str) -> int:
    """The first of the short rows above a bio that head its box: the name (with the role
    below it), the role alone, or an article count; ``index`` when none does."""
    start = index
    for above in range(index - 1, max(index - 4, 0), -1):
        text = blocks[above].text
        if len(text) > 60 or text.endswith((".", "!", "?", ":")):
            break
        if name in text or _COUNT_ROW.match(text) or (above == index - 1 and _JOB.search(text)):
            start = above
    return start
