"""Benchmark article extractors side by side on the gold corpora in ``../shared/datasets``.

Usage::

    python benchmarks/extraction.py [--corpus NAME ...] [--systems newscrawl,trafilatura,readability,gne]
                                    (also: newscrawl-noclean, extraction without cleaning)
                                    [--limit N] [--datasets DIR] [--markdown] [--json FILE]
                                    [--strip-names] [--strip-metadata]

Per corpus, one table: body F1/P/R over token 4-gram multisets (P and R averaged per page,
F1 of the averages), the share of pages whose body tokens equal the gold's exactly, exact
headline, date and author rates (``(n)``: pages with that gold label), median extraction
time per page, pages per second and the number of pages where the system raised.

Fairness rules, applied identically to every system:

- Pages are bytes. Systems that accept bytes get them (newscrawl, trafilatura); readability-lxml
  and gne get ``newscrawl.encoding.decode_html(body)[0]``. The timer covers the whole adapter
  call (decoding and readability's HTML-to-text rendering included), after one warm-up call
  per system on the corpus's first page, in one process.
- A system that raises counts as an empty output and adds one to ``errors``.
- daniel-zh: its gold body usually starts with the headline line. The *gold* is fixed
  before scoring: its first line is removed when it is headline-like (most of its tokens
  appear in the page's <title>/og:title/h1-h3, or it is a short line without ``。``). No
  system's output is altered, so headline extraction never leaks into the body score.
- spam-dev pages flagged ``punct_halfwidth``: ``，：；？！（）`` are mapped to half-width on
  both sides (tokens ignore punctuation anyway; headlines are compared under NFKC).
- Authors: gold byline strings (readability, wcxb-dev) and every system's names go through the
  same splitter (commas, ``and``, ``&``, ``、``, ``，``; leading ``By`` and bare credentials
  dropped). An empty gold list (zh-news-dev, spam-dev) is an answer: the system must give none.
- gne targets Chinese news, so it only runs on the Chinese corpora (zh-news-dev, daniel-zh and
  the mixed zh/en spam-dev page sets, where it runs on every page).
- trafilatura runs with its default settings except that dates are requested with time and
  offset (``%Y-%m-%dT%H:%M:%S%z``), since its default format drops the time the gold may have.
- readability-lxml: headline from ``short_title()``, authors from ``author()`` (its meta-author
  reader), no date (``-``); its ``summary()`` HTML is rendered one block per line.
- Body tokens are NFKC-folded and lowercased, so width and line breaks never matter.
- ``--strip-names`` removes every ``class`` and ``id`` attribute from every page before any
  system sees it: a robustness check of how much each system leans on sites' naming habits.
- ``--strip-metadata`` removes JSON-LD, ``<meta>`` tags (the charset's aside) and ``itemprop``
  attributes: how well each system reads headline, date and authors off the visible page alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the newscrawl package
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling scripts
from corpora import CORPORA, Case, Corpus, load, strip_metadata, strip_names
from metrics import (
    BodyScore,
    authors_match,
    body_score,
    date_match,
    halfwidth,
    headline_match,
    summarise,
)
from systems import SYSTEMS, Adapter, Result, System

HERE = Path(__file__).resolve().parent
DEFAULT_DATASETS = HERE.parent / ".." / "shared" / "datasets"
COLUMNS = [
    "system", "pages", "body F1", "P", "R", "exact", "headline",
    "date (n)", "authors (n)", "median ms", "pages/s", "errors",
]  # fmt: skip


@dataclass
class Tally:
    """Running totals of one system on one corpus."""

    body: list[BodyScore] = field(default_factory=list)
    headline: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    errors: int = 0


def run_adapter(adapter: Adapter, case: Case) -> tuple[Result, float, str | None]:
    """Run one extraction, timing only the call; a crash is an empty result."""
    start = time.perf_counter()
    try:
        result, error = adapter(case.html_bytes, case.url), None
    except Exception as exc:  # any peer failure is data, not a benchmark crash
        result, error = Result(), f"{type(exc).__name__}: {exc}"
    return result, time.perf_counter() - start, error


def score_page(case: Case, result: Result, fields: frozenset[str]) -> dict[str, Any]:
    """Compare one result with the gold; a check is None when the gold or the system lacks it."""
    pred, gold = result.body, case.gold_body
    if case.halfwidth:
        pred, gold = halfwidth(pred), halfwidth(gold)
    body = body_score(pred, gold)
    checks = {
        "headline": headline_match(result.headline, case.gold_title) if case.gold_title else None,
        "date": date_match(result.published, case.gold_published) if case.gold_published else None,
        "authors": None if case.gold_authors is None else authors_match(result.authors, case.gold_authors),
    }
    checks = {k: (v if k in fields else None) for k, v in checks.items()}
    return {"body": body, **checks}


def page_record(result: Result, scored: dict[str, Any], seconds: float, error: str | None) -> dict[str, Any]:
    """The per-page JSON entry: scores next to what the system said."""
    body: BodyScore = scored["body"]
    return {
        "precision": round(body.precision, 4),
        "recall": round(body.recall, 4),
        **asdict(body),
        "headline_ok": scored["headline"],
        "date_ok": scored["date"],
        "authors_ok": scored["authors"],
        "ms": round(seconds * 1000, 2),
        "error": error,
        "pred": asdict(result),
    }


def add(tally: Tally, scored: dict[str, Any], seconds: float, error: str | None) -> None:
    """Fold one page's scores into the system's totals."""
    tally.body.append(scored["body"])
    for name in ("headline", "date", "authors"):
        if scored[name] is not None:
            getattr(tally, name).append(scored[name])
    tally.seconds.append(seconds)
    tally.errors += error is not None


def gold_record(case: Case) -> dict[str, Any]:
    """The gold side of a per-page JSON entry."""
    return {
        "url": case.url,
        "title": case.gold_title,
        "published": case.gold_published,
        "authors": case.gold_authors,
        "body": case.gold_body,
    }


def run_corpus(
    corpus: Corpus, adapters: dict[str, tuple[System, Adapter]]
) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    """Run every system over every page; return totals and the per-page records."""
    tallies = {name: Tally() for name in adapters}
    for _, adapter in adapters.values():
        run_adapter(adapter, corpus.cases[0])  # warm-up: imports, caches, lazy models
    pages = []
    for case in corpus.cases:
        entry: dict[str, Any] = {"id": case.id, "gold": gold_record(case), "systems": {}}
        for name, (system, adapter) in adapters.items():
            result, seconds, error = run_adapter(adapter, case)
            scored = score_page(case, result, system.fields)
            add(tallies[name], scored, seconds, error)
            entry["systems"][name] = page_record(result, scored, seconds, error)
        pages.append(entry)
    return tallies, pages


def hit_rate(hits: list[bool], reported: bool = True, with_n: bool = True) -> str:
    """Format a hit rate, its denominator, or '-' when not reported or not labelled."""
    if not reported or not hits:
        return "-"
    rate = f"{sum(hits) / len(hits):.3f}"
    return f"{rate} ({len(hits)})" if with_n else rate


def table_row(system: System, tally: Tally) -> list[str]:
    """One table row in COLUMNS order."""
    body = summarise(tally.body)
    total = sum(tally.seconds)
    return [
        system.name,
        str(len(tally.body)),
        f"{body.f1:.3f}",
        f"{body.precision:.3f}",
        f"{body.recall:.3f}",
        f"{body.exact:.3f}",
        hit_rate(tally.headline, "headline" in system.fields, with_n=False),
        hit_rate(tally.date, "date" in system.fields, with_n=True),
        hit_rate(tally.authors, "authors" in system.fields, with_n=True),
        f"{statistics.median(tally.seconds) * 1000:.1f}" if tally.seconds else "-",
        f"{len(tally.seconds) / total:.1f}" if total else "-",
        str(tally.errors),
    ]


def render_table(rows: list[list[str]], markdown: bool) -> str:
    """Aligned plain text (system left, numbers right) or a Markdown table."""
    if markdown:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" + "---:|" * (len(COLUMNS) - 1)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(r[i]) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]

    def line(row: list[str]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(cells))

    return "\n".join([line(COLUMNS), "  ".join("-" * w for w in widths), *map(line, rows)])


def build_adapters(names: list[str]) -> dict[str, tuple[System, Adapter]]:
    """Instantiate the requested systems, reporting (not failing on) missing libraries."""
    adapters = {}
    for name in names:
        system = SYSTEMS[name]
        try:
            adapters[name] = (system, system.factory())
        except Exception as exc:  # ImportError, or a half-written module failing on import
            print(f"{name}: unavailable ({type(exc).__name__}: {exc})")
    return adapters


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS, help="folder holding the corpora")
    parser.add_argument("--corpus", action="append", choices=list(CORPORA), help="repeatable; default: all")
    default_systems = ",".join(name for name, system in SYSTEMS.items() if system.by_default)
    parser.add_argument(
        "--systems", default=default_systems, help=f"comma-separated; default: {default_systems}"
    )
    parser.add_argument("--limit", type=int, help="first N pages (by id) of each corpus")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--json", type=Path, help="write per-page scores and outputs here")
    parser.add_argument(
        "--strip-names", action="store_true", help="remove class and id attributes from every page first"
    )
    parser.add_argument(
        "--strip-metadata",
        action="store_true",
        help="remove JSON-LD, meta tags (but the charset's) and itemprop attributes from every page first",
    )
    args = parser.parse_args(argv)
    args.systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = sorted(set(args.systems) - set(SYSTEMS))
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}; known: {', '.join(SYSTEMS)}")
    return args


def report_corpus(corpus: Corpus, adapters: dict[str, tuple[System, Adapter]], markdown: bool) -> dict:
    """Run, print the table, and return the corpus's JSON section."""
    chosen = {n: a for n, a in adapters.items() if corpus.chinese or not a[0].chinese_only}
    tallies, pages = run_corpus(corpus, chosen)
    rows = [table_row(chosen[name][0], tally) for name, tally in tallies.items()]
    print(f"\n## {corpus.name} ({len(corpus.cases)} pages)")
    for note in corpus.notes:
        print(f"note: {note}")
    print(render_table(rows, markdown))
    table = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    return {"notes": corpus.notes, "table": table, "pages": pages}


def _rewrite(corpus: Corpus, rewrite: Callable[[bytes], bytes], note: str) -> None:
    """Rewrite every page of ``corpus`` before any system sees it, and say so under its table."""
    corpus.cases = [replace(case, html_bytes=rewrite(case.html_bytes)) for case in corpus.cases]
    corpus.notes.append(note)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the chosen systems over the chosen corpora and print the tables."""
    args = parse_args(argv)
    started = time.perf_counter()
    adapters = build_adapters(args.systems)
    dump: dict[str, Any] = {}
    for name in args.corpus or list(CORPORA):
        corpus = load(name, args.datasets, args.limit)
        if corpus is None or not corpus.cases:
            print(f"\n## {name}: skipped (not found under {args.datasets})")
            continue
        if args.strip_names:
            _rewrite(corpus, strip_names, "class and id attributes removed from every page (--strip-names)")
        if args.strip_metadata:
            _rewrite(corpus, strip_metadata, "JSON-LD, meta tags and itemprop removed (--strip-metadata)")
        dump[name] = report_corpus(corpus, adapters, args.markdown)
    print(f"\ntotal runtime: {time.perf_counter() - started:.1f} s")
    if args.json:
        args.json.write_text(json.dumps({"corpora": dump}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"per-page scores: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
