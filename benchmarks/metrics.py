"""Scoring functions for the extraction benchmark: pure, dependency-free, doctested.

Body text is scored on multisets of token 4-grams ("shingles") so that a system is
rewarded for getting the words *in order* without being punished for line breaks,
punctuation or whitespace, which every corpus renders slightly differently. Chinese has
no spaces, so every CJK ideograph is a token of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

SHINGLE = 4

# CJK Unified Ideographs with extension A, the compatibility block, and the
# supplementary-plane extensions B-H plus the compatibility supplement.
_CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af"
)
_TOKEN = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+")

_FULLWIDTH_PUNCT = str.maketrans("，：；？！（）", ",:;?!()")


def tokenize(text: str) -> list[str]:
    """Split text into lowercase word tokens, one token per CJK ideograph.

    NFKC first, so full-width letters and digits match their ASCII forms whichever side
    normalised them.

    >>> tokenize("Hello, World! 新闻2019年")
    ['hello', 'world', '新', '闻', '2019', '年']
    >>> tokenize("ＧＤＰ增长２％")
    ['gdp', '增', '长', '2']
    >>> tokenize("")
    []
    """
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def halfwidth(text: str) -> str:
    """Map the full-width punctuation a spam page may rewrite to its half-width form.

    >>> halfwidth("你好，世界！（测试）")
    '你好,世界!(测试)'
    """
    return text.translate(_FULLWIDTH_PUNCT)


def shingles(tokens: Sequence[str], n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Count the token n-grams; a text shorter than ``n`` is one gram of its own length.

    >>> sorted(shingles(["a", "b", "c"], 2).items())
    [(('a', 'b'), 1), (('b', 'c'), 1)]
    >>> shingles(["a", "b"], 4)
    Counter({('a', 'b'): 1})
    >>> shingles([], 4)
    Counter()
    """
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class BodyScore:
    """One page's body comparison: shingle counts and the exact-token verdict."""

    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float:
        """Share of predicted shingles that are in the gold; 1.0 when nothing was predicted nor due."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Share of gold shingles found; 1.0 when the gold is empty."""
        if self.tp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn)


def body_score(pred: str, gold: str) -> BodyScore:
    """Compare two texts as shingle multisets.

    The gram size is the gold's (4, or its whole length when shorter) so that a short
    prediction cannot earn credit with unigrams against a long gold.

    >>> s = body_score("the cat sat on the mat", "the cat sat on the mat today")
    >>> (s.tp, s.fp, s.fn, s.exact)
    (3, 0, 1, False)
    >>> body_score("新闻 报道", "新闻报道").exact
    True
    >>> s = body_score("", "some gold text here")
    >>> (s.precision, s.recall)
    (0.0, 0.0)
    >>> body_score("", "").precision
    1.0
    """
    pred_tokens, gold_tokens = tokenize(pred), tokenize(gold)
    n = max(1, min(SHINGLE, len(gold_tokens)))
    pred_grams, gold_grams = shingles(pred_tokens, n), shingles(gold_tokens, n)
    tp = sum((pred_grams & gold_grams).values())
    return BodyScore(
        tp=tp,
        fp=sum(pred_grams.values()) - tp,
        fn=sum(gold_grams.values()) - tp,
        exact=pred_tokens == gold_tokens,
    )


@dataclass(frozen=True)
class BodySummary:
    """Corpus-level body figures: macro-averaged P and R, F1 of those averages."""

    precision: float
    recall: float
    f1: float
    exact: float


def summarise(scores: Iterable[BodyScore]) -> BodySummary:
    """Average per-page precision and recall, then take F1 of the averages.

    Averaging per page keeps one long page from outweighing many short ones.

    >>> s = summarise([BodyScore(1, 0, 1, False), BodyScore(0, 0, 0, True)])
    >>> (s.precision, s.recall, round(s.f1, 3), s.exact)
    (1.0, 0.75, 0.857, 0.5)
    >>> summarise([]).f1
    0.0
    """
    scores = list(scores)
    if not scores:
        return BodySummary(0.0, 0.0, 0.0, 0.0)
    p = sum(s.precision for s in scores) / len(scores)
    r = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return BodySummary(p, r, f1, sum(s.exact for s in scores) / len(scores))


_TYPOGRAPHIC_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise_text(text: str | None) -> str:
    """NFKC, typographic quotes folded to ASCII, whitespace collapsed: the form headlines are compared in.

    wcxb's gold was typed with straight quotes where the page prints curly ones (and sometimes
    the other way round); which quote glyph a headline uses is not what the benchmark measures.

    >>> normalise_text("  Big\\u3000 News\\n ")
    'Big News'
    >>> normalise_text("We\u2019ve")
    "We've"
    >>> normalise_text(None)
    ''
    """
    folded = unicodedata.normalize("NFKC", text or "").translate(_TYPOGRAPHIC_QUOTES)
    return " ".join(folded.split())


def headline_match(pred: str | None, gold: str) -> bool:
    """Exact headline equality after :func:`normalise_text`.

    >>> headline_match("Hello  World", "Hello World")
    True
    >>> headline_match("長三角？", "長三角?")
    True
    >>> headline_match(None, "x")
    False
    """
    return bool(pred) and normalise_text(pred) == normalise_text(gold)


_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?:\s*日)?"
    r"(?:(?:T|\s+|\s*[-,]\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}(?!\d))?)?"
)


@dataclass(frozen=True)
class When:
    """A parsed date: ``moment`` is None when only the day is known."""

    day: date
    moment: datetime | None


def parse_when(value: str | None) -> When | None:
    """Parse the date/time forms gold files and extractors produce; None if none found.

    >>> parse_when("2019-09-07T13:43:45+08:00").moment.isoformat()
    '2019-09-07T13:43:45+08:00'
    >>> parse_when("2019年9月7日 13:43").moment.isoformat()
    '2019-09-07T13:43:00'
    >>> parse_when("2015-03-27T13:07:55.096Z").moment.utcoffset()
    datetime.timedelta(0)
    >>> p = parse_when("2021-11-01T10:52:50+0100"); p.moment.utcoffset()
    datetime.timedelta(seconds=3600)
    >>> parse_when("2024-06-25").moment is None
    True
    >>> parse_when("yesterday") is None
    True
    """
    m = _DATE.search(value or "")
    if m is None:
        return None
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        if m["H"] is None:
            return When(day, None)
        moment = datetime(day.year, day.month, day.day, int(m["H"]), int(m["M"]), int(m["S"] or 0))
    except ValueError:
        return None
    return When(day, moment.replace(tzinfo=_zone(m["tz"])))


def _zone(text: str | None) -> timezone | None:
    """Turn ``Z``, ``+08:00`` or ``-0500`` into a fixed offset."""
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def date_match(pred: str | None, gold: str) -> bool:
    """Compare a system's date with the gold at the gold's precision.

    Gold with a time: same minute; as instants when both carry an offset, else as
    wall-clock times. Gold with a date only: the system's calendar date as written.

    >>> date_match("2019-09-07T05:43:10Z", "2019-09-07T13:43:45+08:00")
    True
    >>> date_match("2019-09-07 13:43", "2019-09-07T13:43:45+08:00")
    True
    >>> date_match("2019-09-07", "2019-09-07T13:43:45+08:00")
    False
    >>> date_match("2019-09-07T23:59:00-05:00", "2019-09-07")
    True
    >>> date_match(None, "2019-09-07")
    False
    """
    want, got = parse_when(gold), parse_when(pred)
    if want is None or got is None:
        return False
    if want.moment is None:
        return got.day == want.day
    if got.moment is None:
        return False
    return _minute(want.moment, got.moment) == _minute(got.moment, want.moment)


def _minute(moment: datetime, other: datetime) -> datetime:
    """Truncate to the minute: in UTC when both sides are aware, else on the wall clock."""
    if moment.tzinfo is not None and other.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(second=0, microsecond=0, tzinfo=None)


_AUTHOR_SPLIT = re.compile(r"\s*(?:[,，、;；&]|\band\b|\n)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:written\s+)?by\s+", re.IGNORECASE)
# Post-nominal credentials that a comma split leaves behind as fake names (MS, RD, Ph.D.).
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,4}(?:\s*\d+)?$|^[A-Z]{2,6}(?:-[A-Z]+)?(?:\s*\d+)?$")


def split_authors(raw: str | None) -> list[str]:
    """Split a byline string into names: commas, ``and``, ``&``, ``、``, ``，``; drop ``By``.

    Bare credentials after a comma (``MS``, ``Ph.D.``) are dropped, not counted as names.

    >>> split_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> split_authors("Dylan Bailey, MS, RD, FAND")
    ['Dylan Bailey']
    >>> split_authors("张三、李四，王五")
    ['张三', '李四', '王五']
    >>> split_authors("Rui Ma, Heba Ledwon & Suparn Patra")
    ['Rui Ma', 'Heba Ledwon', 'Suparn Patra']
    >>> split_authors(None)
    []
    """
    names = []
    for part in _AUTHOR_SPLIT.split(_BY.sub("", (raw or "").strip())):
        part = _BY.sub("", part.strip())
        if part and not (names and _CREDENTIAL.match(part)):
            names.append(part)
    return names


def normalise_name(name: str) -> str:
    """Case- and width-insensitive form of one name, without edge punctuation.

    >>> normalise_name(" JANE  Doe. ")
    'jane doe'
    """
    return normalise_text(name).casefold().strip(" .,;:()[]|-")


def authors_match(pred: Iterable[str], gold: Iterable[str]) -> bool:
    """Equal sets of names; both sides go through the same splitting and normalising.

    >>> authors_match(["Jane Doe, MD"], ["jane doe"])
    True
    >>> authors_match([], [])
    True
    >>> authors_match(["Jane Doe"], ["Jane Doe", "John Roe"])
    False
    >>> authors_match(["Dylan Bailey"], ["Dylan Bailey", "MS", "RD"])  # gold split at the commas
    True
    """
    return _name_set(pred) == _name_set(gold)


def _name_set(names: Iterable[str]) -> set[str]:
    """Split the entries as one byline (a gold list split at commas leaves credentials as
    entries of their own) and normalise the parts."""
    return {normalise_name(part) for part in split_authors(", ".join(names))} - {""}
