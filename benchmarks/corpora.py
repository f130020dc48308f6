"""Load the benchmark corpora under ``../shared/datasets`` into one uniform ``Case`` shape.

Each corpus has its own gold layout (see its README); this module is the only place that
knows them, so the scorer never special-cases a corpus.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling scripts, also under pytest
from metrics import tokenize


@dataclass(frozen=True)
class Case:
    """One page and what a perfect extractor returns for it (None: not labelled)."""

    id: str
    html_bytes: bytes
    url: str | None
    gold_title: str | None
    gold_body: str
    gold_published: str | None
    gold_authors: list[str] | None
    lang: str | None
    halfwidth: bool = False


@dataclass
class Corpus:
    """A loaded corpus: its cases in id order and remarks worth printing with its table."""

    name: str
    chinese: bool
    cases: list[Case]
    notes: list[str] = field(default_factory=list)


def _read_json(path: Path) -> Any:
    """Read a UTF-8 JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


def _limited(keys: list[str], limit: int | None) -> list[str]:
    """Sort ids and keep the first ``limit`` (all when None)."""
    keys = sorted(keys)
    return keys if limit is None else keys[:limit]


def _page_reader(folder: Path, suffix: str) -> Callable[[str], bytes]:
    """Reads the page ``<folder>/<id><suffix>``, decompressed when the suffix ends in ``.gz``."""

    def read(key: str) -> bytes:
        data = (folder / f"{key}{suffix}").read_bytes()
        return gzip.decompress(data) if suffix.endswith(".gz") else data

    return read


def _gold_cases(
    gold: dict[str, dict[str, Any]], keys: list[str], read: Callable[[str], bytes], lang: str | None
) -> list[Case]:
    """Cases from a ``gold.json`` of ``{url, title, articleBody, published, authors | authors_raw}``
    records: a raw byline string (readability, wcxb) is one gold author, to be split by the scorer
    like every system's names; a list (zh-news) is the names themselves."""
    cases = []
    for key in keys:
        rec = gold[key]
        authors = rec.get("authors")
        if "authors_raw" in rec:
            authors = None if rec["authors_raw"] is None else [rec["authors_raw"]]
        cases.append(
            Case(
                id=key,
                html_bytes=read(key),
                url=rec.get("url"),
                gold_title=rec.get("title"),
                gold_body=rec.get("articleBody") or "",
                gold_published=rec.get("published"),
                gold_authors=authors,
                lang=rec.get("lang", lang),
            )
        )
    return cases


def load_readability(root: Path, limit: int | None) -> Corpus:
    """Mozilla Readability's test pages; authors come from the raw byline string."""
    gold = _read_json(root / "gold.json")
    cases = _gold_cases(gold, _limited(list(gold), limit), _page_reader(root / "html", ".html"), None)
    return Corpus("readability", chinese=False, cases=cases)


def load_wcxb(root: Path, limit: int | None) -> Corpus:
    """WCXB dev articles: gzipped pages, date-only gold, raw byline strings."""
    gold = _read_json(root / "gold.json")
    cases = _gold_cases(gold, _limited(list(gold), limit), _page_reader(root / "html", ".html.gz"), "en")
    empty = sum(not c.gold_body.strip() for c in cases)
    notes = [f"{empty} page(s) with an empty gold body (only an empty output scores)"] if empty else []
    return Corpus("wcxb-dev", chinese=False, cases=cases, notes=notes)


def load_zh_news(root: Path, limit: int | None) -> Corpus:
    """Hand-labelled Chinese news; an empty author list is a real answer here."""
    gold = _read_json(root / "gold.json")
    cases = _gold_cases(gold, _limited(list(gold), limit), _page_reader(root / "html", ".html"), "zh")
    return Corpus("zh-news-dev", chinese=True, cases=cases)


_HEADLINE_MAX_CHARS = 60
_HEADLINE_COVERAGE = 0.8


def _page_title_tokens(page: bytes) -> set[str]:
    """Tokens of the page's <title>, og:title and h1-h3: where a headline is shown."""
    doc = lxml_html.document_fromstring(page.decode("utf-8", errors="replace"))
    texts = [el.text_content() for el in doc.iter("title", "h1", "h2", "h3")]
    texts += doc.xpath("//meta[@property='og:title']/@content")
    return {tok for text in texts for tok in tokenize(text)}


def headline_line(body: str, page: bytes) -> bool:
    """Whether the gold body's first line is the headline (daniel-zh's convention).

    True when most of its tokens appear in the page's title elements, or when it is a
    short line without a full stop, as headlines are.
    """
    lines = body.split("\n")
    first = lines[0].strip()
    if len(lines) < 2 or not first:
        return False
    tokens = tokenize(first)
    pool = _page_title_tokens(page)
    coverage = sum(tok in pool for tok in tokens) / max(1, len(tokens))
    return coverage >= _HEADLINE_COVERAGE or (len(first) <= _HEADLINE_MAX_CHARS and "。" not in first)


def load_daniel(root: Path, limit: int | None) -> Corpus:
    """DAnIEL zh: body-only gold whose first line is usually the headline; that line is removed."""
    gold = _read_json(root / "gold.json")
    cases, dropped = [], 0
    for key in _limited(list(gold), limit):
        page = (root / "html" / f"{key}.html").read_bytes()
        body = gold[key].get("articleBody") or ""
        if headline_line(body, page):
            body, dropped = body.split("\n", 1)[1], dropped + 1
        cases.append(Case(key, page, None, None, body, None, None, "zh"))
    note = f"headline line removed from {dropped}/{len(cases)} gold bodies"
    return Corpus("daniel-zh", chinese=True, cases=cases, notes=[note])


def _spam_case(folder: Path, key: str, rec: dict[str, Any]) -> Case:
    """One spam-dev article record: the clean article is the gold."""
    return Case(
        id=key,
        html_bytes=(folder / key).read_bytes(),
        url=rec.get("url") or (rec.get("site") or {}).get("url"),
        gold_title=rec.get("title"),
        gold_body="\n".join(rec.get("paragraphs") or []),
        gold_published=rec.get("published"),
        gold_authors=rec.get("authors"),
        lang=rec.get("lang"),
        halfwidth=bool(rec.get("punct_halfwidth")),
    )


def load_spam(root: Path, limit: int | None) -> Corpus:
    """A spam-dev page set: article records only; keys are paths relative to the gold file."""
    records = _read_json(root / "gold.json")["pages"]
    keys = [k for k, rec in records.items() if rec.get("kind") == "article"]
    cases = [_spam_case(root, key, records[key]) for key in _limited(keys, limit)]
    langs = sorted({c.lang or "?" for c in cases})
    notes = [f"languages: {', '.join(langs)}; gne runs on every page"] if len(langs) > 1 else []
    return Corpus(f"spam-dev/{root.name}", chinese=True, cases=cases, notes=notes)


# Corpus name = its folder under the datasets directory.
CORPORA: dict[str, Callable[[Path, int | None], Corpus]] = {
    "readability": load_readability,
    "wcxb-dev": load_wcxb,
    "zh-news-dev": load_zh_news,
    "daniel-zh": load_daniel,
    "spam-dev/pages": load_spam,
    "spam-dev/pages-corpus": load_spam,
}


_START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
_NAME_ATTRIBUTE = re.compile(rb"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)


def strip_names(page: bytes) -> bytes:
    """The page without its ``class`` and ``id`` attributes, for ``--strip-names``.

    A site never seen before names its containers its own way; an extractor that still
    finds the article with no names at all is reading structure and text, not vocabulary.

    >>> strip_names(b'<div class="post" id=main data-x="1"><p class=lead>class="a" stays</p></div>')
    b'<div data-x="1"><p>class="a" stays</p></div>'
    """
    return _START_TAG.sub(lambda tag: _NAME_ATTRIBUTE.sub(b"", tag.group()), page)


_JSON_LD = re.compile(rb"<script[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_ITEMPROP = re.compile(rb"""\sitemprop\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)


def strip_metadata(page: bytes) -> bytes:
    """The page without its machine-readable metadata, for ``--strip-metadata``: JSON-LD, every
    ``<meta>`` but the charset's, and microdata ``itemprop`` attributes.

    Many small sites carry none of it; what an extractor finds then is what it reads off the
    visible page (``<time>`` elements, bylines, date lines, headings).

    >>> strip_metadata(b'<meta charset="gbk"><meta name="author" content="X">'
    ...                b'<script type="application/ld+json">{}</script><span itemprop="author">Y</span>')
    b'<meta charset="gbk"><span>Y</span>'
    """
    page = _JSON_LD.sub(b"", page)
    page = _META_TAG.sub(lambda tag: tag.group() if b"charset" in tag.group().lower() else b"", page)
    return _START_TAG.sub(lambda tag: _ITEMPROP.sub(b"", tag.group()), page)


def load(name: str, datasets: Path, limit: int | None = None) -> Corpus | None:
    """Load a corpus by name; None when its gold file is absent."""
    root = datasets / name
    return CORPORA[name](root, limit) if (root / "gold.json").is_file() else None
