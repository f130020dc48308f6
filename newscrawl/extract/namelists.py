"""The names a credit line starts with: where a byline's name list ends.

A byline runs on into other things: a date ("Jane Doe May 5, 2025"), a job title
("Jane Doe, Executive Editor"), an outlet ("Brian Truitt USA TODAY"), a stamp label
("Jane Doe Last updated"). Reading where the names stop is shared by the head scan
(:mod:`~newscrawl.extract.bylines`), the bare-name and author-box readers
(:mod:`~newscrawl.extract.authorbox`) and the credits after the body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl.extract.names import (
    HAN,
    NICKNAME,
    PARTICLES,
    WITH_GROUP,
    ZH_NAMES,
    ZH_ROLE_WORD,
    split_names,
    team_credit,
    undoubled,
)

# Chinese role labels a name follows: 作者 李明, 文/李明. A bare 文 closing a word is no label: "人文 | 酷车"
# (a menu), "高善文：向死而生" (a linked title).
ZH_ROLE = r"(?:本文作者|文章作者|作者|撰文|撰稿|执笔|采写|采访|图文|口述|(?<![\u3400-\u9fff])文)"
_NOT_NAME_WORDS = frozenset(
    [
        "in", "on", "at", "for", "with", "from", "the", "a", "an", "to", "via", "about", "home", "blog",
        "all", "articles", "article", "menu", "navigation", "page", "select", "featured", "posts", "post",
        "insights", "guide", "step", "reading", "time", "terms", "conditions", "recipe", "print", "click",
        "tags", "share", "founder", "co-founder", "ceo", "cto", "editor", "writer", "reporter",
        "correspondent", "author", "authored", "expert", "director", "manager", "engineer", "professor",
        "former", "deputy", "lead", "senior", "staff", "contributor", "contributing", "chief", "head",
        "president", "reviewed", "updated", "published", "posted", "more", "view", "read", "skip",
        "search", "subscribe", "follow", "latest", "news", "team", "sponsored", "by",
    ])  # fmt: skip
_CALENDAR = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|"
    r"wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?$",
    re.I,
)


def leading_names(text: str) -> list[str]:
    """The name list a byline starts with, up to the date, a separator or a lower-case word.

    A team word closes the list as part of its last name ("Resy Staff", "The Acme Team"); a month
    only ends it when a date follows ("Tom May" is a name, "May 5" a date).
    """
    return list(_leading_names(text))


@lru_cache(maxsize=8192)
def _leading_names(text: str) -> tuple[str, ...]:
    """:func:`leading_names`, memoised (a pure function of a string): the head scan, the bare-name
    reader and the closing credits read the same lines, and a site repeats its chrome on every page."""
    if _HAN.match(text):
        text = re.sub(rf"^{ZH_ROLE}\s*[:：/|｜]?\s*", "", text)
        m = ZH_NAMES.match(text)
        if (
            not m
            or _ZH_POSSESSIVE.match(text)
            or (_ZH_NOT_CREDIT.match(text, m.end()) and not ZH_ROLE_WORD.search(m[1]))
        ):
            return ()
        return tuple(n for n in split_names(m[1]) if not ZH_ROLE_WORD.search(n))
    team = team_credit(text)
    if team:
        return (team,)  # "The Diggs Team": a collective credit, though "the" opens no name
    if "(" not in text:  # no co-writers in brackets, no nickname: a list needs its first word
        first = text.split(maxsplit=1)
        if not first or not _list_word(first[0]):
            return ()  # the loop below would stop at that word, as most lines' first does
    co = WITH_GROUP.search(text) if "(" in text else None
    if co and all(_list_word(w) for w in text[: co.start()].split()):  # "Jane Doe (with John Roe)"
        lead = _leading_names(text[: co.start()])
        return (*lead, *_leading_names(_JOINS.sub(", ", co[1]))) if lead else ()
    out: list[str] = []
    tokens = _SPACES.split(text)
    for i, token in enumerate(tokens):
        word = token.strip()
        if not word:
            out.append(token)
            continue
        low = word.lower().strip(":,.")
        if low in _COLLECTIVE_WORDS and "".join(out).strip():
            if not _next_word(tokens[i + 1 :]).lower().startswith(_ROLE_WORDS):
                out.append(token)
            break
        if (
            word[0] == "("
            and NICKNAME.fullmatch(word)
            and _given_name_only(out)
            and _next_word(tokens[i + 1 :])[:1].isupper()
        ):
            out.append(token)  # "Richard (R.J.) Eskow": a nickname after the given name
            continue
        if not _list_word(word):
            break
        shouting = len(word) > 2 and word.isupper() and _mixed_words(out) >= 2
        if (
            shouting  # "Jane Doe USA TODAY": the outlet after a name in mixed case
            or (low == "last" and _next_word(tokens[i + 1 :]).lower().startswith(_STAMP_WORDS))
            or (not word.isalpha() and _NOT_IN_NAME.search(word))  # letters alone: no digit, no "|", no "-"
            or (
                word[0] in _CALENDAR_FIRST
                and _CALENDAR.match(word)
                and (_WEEKDAY.match(word) or _dated(tokens[i + 1 :]))
            )
            or (low in _NOT_NAME_WORDS and not _INITIAL.fullmatch(word))
        ):
            break
        if (word in (",", ";") or word.endswith((",", ";"))) and not _name_follows(tokens[i + 1 :]):
            out.append(token.rstrip(",;"))
            break
        out.append(token)
    joined = "".join(out)
    if not joined.strip():
        return ()  # most lines open with no name at all: nothing to split (split_names("") is [])
    return tuple(undoubled(n) for n in split_names(joined))


def _given_name_only(out: list[str]) -> bool:
    """Whether the name being read holds one word so far (a given name, before its surname)."""
    current = re.split(r"[,;&]|\band\b", "".join(out))[-1].split()
    return len(current) == 1


def _list_word(word: str) -> bool:
    """A word a name list may go on with: capitalised, a particle ("van"), or a joining "and", "&", ","."""
    low = word.lower()
    return word[0].isupper() or low in PARTICLES or low in ("and", "&", ",", ";")


def opens_full_name(text: str) -> bool:
    """Whether :func:`leading_names` of ``text`` may start with a name of two words or more.

    Its second word must go on with the list (:func:`_list_word`) or be a team word ("Acme
    staff"); else the list holds only the first word, cut into one-word names (a first word with
    "@", "[" or "(" aside: the cleaning of a name may take a piece out of it). A cheap test for the
    readers that want full names, which spares the whole read on most of a page's lines.
    """
    words = text.split(maxsplit=2)
    if len(words) < 2:
        return False
    second = words[1]
    if _list_word(second) or second.lower().strip(":,.") in _COLLECTIVE_WORDS:
        return True
    return "@" in words[0] or "[" in words[0] or "(" in words[0]


_HAN = re.compile(HAN)
# What follows words that are no byline: a post quoted after its poster ("总是上当：不看不知道", a forum
# widget) or a count of people ("正有 2 人评论": "2 people are commenting").
_ZH_NOT_CREDIT = re.compile(r"\s*[:：]\s*[^\s\d:：]|\s*\d+\s*人")
# "哦了 的原贴：" ("哦了's original post:"): the poster of a quoted post.
_ZH_POSSESSIVE = re.compile(r"[^\s:：]{1,8}\s*的[^\s:：]{0,6}[:：]")
_SPACES = re.compile(r"(\s+)")
# The words joining co-writers in the languages whose bylines say "with" (and, et, y, und, e).
_JOINS = re.compile(r"\s+(?:and|et|y|und|e)\s+|\s*&\s*")
# A digit, a separator, or an adjective of place or merit after the name ("UK-based", "award-winning")
_NOT_IN_NAME = re.compile(r"\d|[|•·]|-(?:based|born|bred|raised|winning|certified|trained)\b", re.I)
_INITIAL = re.compile(r"[A-Z]\.")  # "A. J. Neal": an initial, not the article "a"
# What a _CALENDAR word opens with: the first letters of its months and weekdays in either case, and
# "ſ", which case-blind matching takes for "s". A word opening otherwise is not matched against it.
_CALENDAR_FIRST = frozenset("jfmasondtwJFMASONDTW\u017f")
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)", re.I)
_STAMP_WORDS = ("update", "modif", "review", "edit")  # "Jane Doe Last updated: May 5"
_COLLECTIVE_WORDS = frozenset(["team", "staff", "editors"])
_ROLE_WORDS = ("writer", "reporter", "correspondent", "editor", "member", "photographer")


_ROLE_PART = re.compile(r"expert|executive|editor|writer|officer|founder|director|manager|specialist", re.I)


def _name_follows(tokens: list[str]) -> bool:
    """Whether the segment after a comma is another name, not the previous name's title or credentials."""
    clause = re.split(r"\s*[,;]\s*", "".join(tokens).strip(), maxsplit=1)[0]  # "Privacy and Security Expert"
    segment = re.split(r"\s*(?:&|\band\b)\s*", clause, maxsplit=1)[0]
    words = segment.split()
    return (
        bool(words)
        and not _ROLE_PART.search(clause)
        and all((w[0].isupper() and not w.endswith("-")) or w.lower() in PARTICLES for w in words)
    )


def _mixed_words(out: list[str]) -> int:
    """How many of the words taken so far are not in capitals."""
    return sum(1 for t in out if t.strip() and not t.isupper())


def _next_word(tokens: list[str]) -> str:
    return next((t.strip() for t in tokens if t.strip()), "")


def _dated(tokens: list[str]) -> bool:
    """Whether the words after a month or weekday continue a date (a day number, another calendar word)."""
    following = _next_word(tokens)
    return bool(re.match(r"\d", following) or _CALENDAR.match(following))
