"""Article text from JS-built pages: how much of the body survives when the DOM carries none of it?

A client-rendered page ships an empty shell (``<div id="__next"></div>``) plus the article as data:
Next.js ``__NEXT_DATA__`` or App Router flight data (``self.__next_f.push``), Nuxt state, Apollo
or Redux stores, JSON-LD ``articleBody``. The corpora hold server-rendered pages, so this
benchmark makes the shells itself: every page is cut down to its ``<head>`` and the ``<script>``
elements of its ``<body>`` (all visible content removed), then extracted and scored against the
page's gold body with the extraction benchmark's metric. A shell only holds the article when the
page shipped it as data, so each page is put in a row by the data it carries (its first match
in :data:`KINDS`); "none" is the rest, where nothing is there to recover.

    python benchmarks/shells.py [--datasets ../shared/datasets] [--corpus wcxb-dev ...]
                                [--systems newscrawl,trafilatura,readability] [--misses]

Columns per system: pages, body F1 over the row (precision and recall averaged over pages),
"found": pages with a body F1 of at least 0.5, and headline, datePublished and authors exact
against the gold where a page has one (as in ``extraction.py``; a shell keeps its ``<head>``, so dates in
``<meta>`` and JSON-LD stay). The peers run through the same adapters as
``extraction.py``. Upper bound, not a census: a real shell site sends no rendered text at all,
while these pages were rendered on the server too, so some data (a teaser, a related list) may
be what the page's own scripts would not have shown.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the newscrawl package
sys.path.insert(0, str(HERE))  # sibling scripts
from corpora import Case, load  # noqa: E402
from extraction import hit_rate, score_page  # noqa: E402
from metrics import BodyScore, summarise  # noqa: E402
from systems import SYSTEMS, Adapter, Result  # noqa: E402

from newscrawl.encoding import decode_html  # noqa: E402

_ROW = "{:<11} {:<12} {:>5} {:>7} {:>5} {:>12} {:>11} {:>11}"
CORPORA = ("wcxb-dev", "readability", "zh-news-dev", "daniel-zh")
# Where a page ships its article as data, by the marker it carries; first match names the row.
KINDS = (
    ("next-app", "self.__next_f.push"),
    ("next-pages", "__NEXT_DATA__"),
    ("nuxt", "__NUXT"),
    ("app-state", "_STATE__"),
    ("json-ld", re.compile(r'"articleBody"\s*:')),
)


def data_kind(html: str) -> str:
    """The row a page goes in: the first kind of shipped data it carries, else "none"."""
    for kind, marker in KINDS:
        if marker.search(html) if isinstance(marker, re.Pattern) else marker in html:
            return kind
    return "none"


def shell(html: str) -> bytes:
    """The page as a client-rendered shell: its head, and its body's scripts in an empty root.
    Metadata elements a streaming renderer put in the body (``<title>``, ``<meta>``, ``<link>``)
    go to the head, where a shell has them."""
    tree = lxml.html.document_fromstring(html)
    body, head = tree.find("body"), tree.find("head")
    if body is not None:
        if head is not None:
            head.extend(list(body.iter("title", "meta", "link")))
        scripts = list(body.iter("script"))
        for child in list(body):
            body.remove(child)
        body.text = None
        etree.SubElement(body, "div", id="root")
        for script in scripts:
            script.tail = None
            body.append(script)
    return lxml.html.tostring(tree, encoding="utf-8")


def page_f1(score: BodyScore) -> float:
    """One page's body F1 (the table's F1 is of the averaged precision and recall)."""
    return summarise([score]).f1


def cases(datasets: Path, names: list[str]) -> Iterator[tuple[str, Case]]:
    """Every page of the named corpora that are present, with its corpus name."""
    for name in names:
        corpus = load(name, datasets)
        if corpus is None:
            print(f"note: {name} not found under {datasets}: skipped")
            continue
        for case in corpus.cases:
            yield name, case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=HERE.parent / ".." / "shared" / "datasets")
    parser.add_argument("--corpus", action="append", choices=CORPORA)
    parser.add_argument("--systems", default="newscrawl,trafilatura,readability")
    parser.add_argument("--misses", action="store_true", help="list data-carrying pages newscrawl misses")
    args = parser.parse_args(argv)
    adapters: dict[str, Adapter] = {}
    for name in args.systems.split(","):
        try:
            adapters[name] = SYSTEMS[name].factory()
        except ImportError as exc:
            print(f"note: {name} not installed ({exc.name}): left out")
    scores: dict[tuple[str, str], list[BodyScore]] = defaultdict(list)
    metadata: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: list[str] = []
    for corpus, case in cases(args.datasets, args.corpus or list(CORPORA)):
        html = decode_html(case.html_bytes)[0]
        kind = data_kind(html)
        page = shell(html)
        for name, adapter in adapters.items():
            try:
                result = adapter(page, case.url)
            except Exception:  # a peer's crash is an empty result here, as in extraction.py
                result = Result()
            scored = score_page(case, result, SYSTEMS[name].fields)  # the extraction benchmark's scoring
            score = scored["body"]
            scores[(kind, name)].append(score)
            for field in ("headline", "date", "authors"):
                if scored[field] is not None:
                    metadata[(kind, name)][field].append(scored[field])
            if name == "newscrawl" and kind != "none" and page_f1(score) < 0.5:
                misses.append(f"{corpus}/{case.id} {kind} F1 {page_f1(score):.2f}")
    print(
        _ROW.format("data", "system", "pages", "body F1", "found", "headline (n)", "date (n)", "authors (n)")
    )
    for kind in [k for k, _ in KINDS] + ["none"]:
        for name in adapters:
            row = scores.get((kind, name))
            if row:
                found = sum(page_f1(s) >= 0.5 for s in row)
                rates = [hit_rate(metadata[(kind, name)][field]) for field in ("headline", "date", "authors")]
                print(_ROW.format(kind, name, len(row), f"{summarise(row).f1:.3f}", found, *rates))
    if args.misses:
        print("\n".join(["", "newscrawl misses (data-carrying pages, F1 < 0.5):", *misses]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
