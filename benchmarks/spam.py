"""Spam-cleaning benchmark over spam-dev (and real clean corpora): does the cleaner take out the
injected keywords and spam links, and nothing of the article?

Usage: ``python benchmarks/spam.py [--datasets ../shared/datasets] [--limit N] [--no-e2e] [--no-real]
[--swap-terms] [-v]``

Two ways to feed the cleaner:

* **isolated**: blocks built from the gold paragraphs with every injection re-inserted as the
  page shows it (gold ``offset`` and ``html``), the headline as the page shows it, the page
  itself for page-wide evidence. Extraction errors cannot count against the cleaner here.
* **end-to-end**: the real page through ``newscrawl.extract.article.extract`` (cleaning
  included), compared with the same extraction without cleaning to count what cleaning cut.

Counted: injected occurrences removed (recall over ``injections.items`` in the body),
genuine tokens removed per 2,000 (tokens: word runs, one per CJK char), separately on the
clean variants, headline exact, spam links caught (``spam_hrefs``), and per portal the
site tracker's verdict on the spam and clean sites' articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from themeswap import ThemeSwap, theme_map  # noqa: E402

from newscrawl.clean.boilerplate import strip_boilerplate  # noqa: E402
from newscrawl.clean.site import SiteSpamTracker  # noqa: E402
from newscrawl.clean.spam import clean_page, spam_hrefs  # noqa: E402
from newscrawl.clean.text import tokens  # noqa: E402
from newscrawl.encoding import decode_html  # noqa: E402
from newscrawl.extract.article import extract, extract_page  # noqa: E402
from newscrawl.extract.blocks import Block, Segment  # noqa: E402
from newscrawl.page import Page, parse_page  # noqa: E402

SPAM_SETS = ("pages", "pages-corpus")
PORTALS = ("portal-zh", "portal-en", "portal-zh-corpus", "portal-opaque-zh")
REAL_CORPORA = ("zh-news-dev", "daniel-zh", "wcxb-dev", "readability")
_HALF = str.maketrans("，：；？！（）", ",:;?!()")


# ---------------------------------------------------------------- gold -> blocks


@dataclass
class GoldPage:
    key: str
    rec: dict[str, Any]
    page: Page
    blocks: list[Block]
    spans: list[list[tuple[int, int, int]]]  # per block: (start, end, item index) of injections


def _html_segments(markup: str) -> list[Segment]:
    """Segments of an injection's markup (``<a href><strong>kw</strong></a>``)."""
    root = lxml.html.fragment_fromstring(f"<span>{markup}</span>")
    out: list[Segment] = []

    def walk(el: Any, href: str | None, emph: bool) -> None:
        if el.tag == "a":
            href = el.get("href")
        emph = emph or el.tag in ("strong", "b", "em", "i", "u", "font", "mark")
        if el.text:
            out.append(Segment(el.text, href, emph))
        for child in el:
            walk(child, href, emph)
            if child.tail:
                out.append(Segment(child.tail, href, emph))

    walk(root, None, False)
    return out


def gold_blocks(rec: dict[str, Any]) -> tuple[list[Block], list[list[tuple[int, int, int]]]]:
    """The gold paragraphs as the spam page shows them, with injection spans."""
    items = [(i, it) for i, it in enumerate(rec["injections"]["items"]) if it["where"] == "body"]
    blocks, spans = [], []
    for p_index, para in enumerate(rec["paragraphs"]):
        text = para.translate(_HALF) if rec.get("punct_halfwidth") else para
        mine = sorted((it["offset"], i, it) for i, it in items if it["paragraph"] == p_index)
        segments, block_spans, cursor, length = [], [], 0, 0
        for offset, i, it in mine:
            if offset > cursor:
                segments.append(Segment(text[cursor:offset]))
                length += offset - cursor
            cursor = max(cursor, offset)
            inserted, keyword = it["inserted"], it["keyword"]
            lead = inserted[: inserted.find(keyword)] if keyword in inserted else ""
            trail = inserted[inserted.find(keyword) + len(keyword) :] if keyword in inserted else ""
            inner = [Segment(keyword)] if it["form"] == "plain" else _html_segments(it["html"])
            start = length
            for seg in [Segment(lead), *inner, Segment(trail)]:
                if seg.text:
                    segments.append(seg)
                    length += len(seg.text)
            block_spans.append((start, length, i))
        if cursor < len(text):
            segments.append(Segment(text[cursor:]))
        blocks.append(Block("p", segments))
        spans.append(block_spans)
    return blocks, spans


def shown_headline(rec: dict[str, Any]) -> str:
    return rec["shown"].get("h1") or rec["title"]


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    pages: int = 0
    injected: int = 0
    removed: int = 0
    genuine_tokens: int = 0
    genuine_removed: int = 0
    headlines: int = 0
    headlines_exact: int = 0
    spam_links: int = 0
    spam_links_caught: int = 0
    false_spam_links: int = 0
    flagged: int = 0
    misses: list[str] = field(default_factory=list)
    false_cuts: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)


def _raw(block: Block) -> str:
    return "".join(s.text for s in block.segments)


def _align(inputs: list[Block], outputs: list[Block]) -> list[str]:
    """The output text of each input block ('' when dropped): outputs keep input order."""
    texts, j = [], 0
    for block in inputs:
        raw = _raw(block)
        if j < len(outputs) and _is_subsequence(_raw(outputs[j]), raw):
            texts.append(_raw(outputs[j]))
            j += 1
        else:
            texts.append("")
    return texts


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def score_isolated(gold: GoldPage, tracker: SiteSpamTracker | None = None, host: str = "") -> Tally:
    tally = Tally(pages=1)
    rec = gold.rec
    site_terms = tracker.learned_terms(host) if tracker else []
    result = clean_page(gold.page, shown_headline(rec), gold.blocks, site_terms=site_terms)
    if tracker and result.headline:
        result.headline, _ = tracker.clean_headline(host, result.headline, _text(result.blocks))
    kept, _, _ = strip_boilerplate(result.blocks)
    outputs = _align(gold.blocks, kept)
    items = rec["injections"]["items"]
    for paragraph, out, spans in zip(rec["paragraphs"], outputs, gold.spans, strict=True):
        genuine = Counter(tokens(paragraph))
        residue = Counter(tokens(out)) - genuine  # tokens left that the author did not write
        for _, _, i in spans:
            keyword = items[i]["keyword"]
            tally.injected += 1
            left = _count(out, keyword) > _count(paragraph, keyword) or any(
                residue[t] for t in tokens(keyword)
            )
            if left:
                tally.misses.append(f"{gold.key}: {items[i]['inserted']!r}")
            else:
                tally.removed += 1
        lost = genuine - Counter(tokens(out))
        tally.genuine_tokens += sum(genuine.values())
        tally.genuine_removed += sum(lost.values())
        if lost:
            tally.false_cuts.append(f"{gold.key}: lost {''.join(lost)[:60]!r} from {paragraph[:40]!r}")
    _score_headline(tally, rec, result.headline, gold.key)
    _score_links(tally, rec, gold.page)
    tally.flagged += int(result.verdict.isContentFarm)
    return tally


def _norm_title(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", (text or "").translate(_HALF)).split())


def _score_headline(tally: Tally, rec: dict[str, Any], headline: str | None, key: str) -> None:
    tally.headlines += 1
    if _norm_title(headline) == _norm_title(rec["title"]):
        tally.headlines_exact += 1
    else:
        tally.false_cuts.append(f"{key}: headline {headline!r} != {rec['title']!r}")


def _score_links(tally: Tally, rec: dict[str, Any], page: Page) -> None:
    gold = set(rec.get("spam_hrefs") or [])
    found = spam_hrefs(page)
    tally.spam_links += len(gold)
    tally.spam_links_caught += len(gold & found)
    tally.false_spam_links += len(found - gold)


# ---------------------------------------------------------------- corpora


def spam_pages(root: Path, limit: int | None, swap_terms: bool = False) -> Iterator[GoldPage]:
    """A set's article pages with their gold; with ``swap_terms``, spam of another theme
    (:mod:`themeswap`): the pages and the gold alike."""
    records = json.loads((root / "gold.json").read_text(encoding="utf-8"))["pages"]
    keys = sorted(k for k, r in records.items() if r.get("kind") == "article")
    swap = ThemeSwap(theme_map([records[k] for k in keys])) if swap_terms else None
    for key in keys[:limit]:
        rec = records[key]
        url = rec.get("url") or (rec.get("site") or {}).get("url")
        body = (root / (rec.get("file") or key)).read_bytes()
        if swap is not None:
            rec = swap.record(rec)
            page = parse_page(swap.text(decode_html(body)[0]), url)
        else:
            page = parse_page(body, url)
        blocks, spans = gold_blocks(rec)
        yield GoldPage(key, rec, page, blocks, spans)


def print_table(rows: list[tuple[str, Tally]]) -> None:
    head = (
        f"{'set':34} {'pages':>5} {'recall':>8} {'FP/2000':>8} {'gen.tok':>8} {'headline':>9} "
        f"{'links':>9} {'xlinks':>6} {'farm':>5}"
    )
    print(head)
    print("-" * len(head))
    for name, t in rows:
        recall = t.removed / t.injected if t.injected else float("nan")
        fp = 2000 * t.genuine_removed / t.genuine_tokens if t.genuine_tokens else 0.0
        head_rate = t.headlines_exact / t.headlines if t.headlines else float("nan")
        links = t.spam_links_caught / t.spam_links if t.spam_links else float("nan")
        print(
            f"{name:34} {t.pages:5d} {recall:8.3f} {fp:8.3f} {t.genuine_tokens:8d} {head_rate:9.3f} "
            f"{links:9.3f} {t.false_spam_links:6d} {t.flagged:5d}"
        )


def run_sets(
    datasets: Path, limit: int | None, verbose: bool, e2e: bool, swap_terms: bool = False
) -> list[tuple[str, Tally]]:
    """``pages/`` and ``pages-corpus/``, spam and clean variants apart, isolated or end-to-end."""
    rows = []
    for name in SPAM_SETS:
        root = datasets / "spam-dev" / name
        if not (root / "gold.json").is_file():
            continue
        spam, clean = Tally(), Tally()
        for gold in spam_pages(root, limit, swap_terms):
            score = score_end_to_end(gold) if e2e else score_isolated(gold)
            (spam if gold.rec["variant"] == "spam" else clean).add(score)
        mode = ("e2e" if e2e else "isolated") + (" swapped" if swap_terms else "")
        rows += [(f"{mode} {name} spam", spam), (f"{mode} {name} clean", clean)]
        if verbose:
            for line in spam.misses + spam.false_cuts + clean.false_cuts:
                print("  ", line)
    return rows


# ---------------------------------------------------------------- portals


def portal_pages(root: Path) -> tuple[str, list[GoldPage]]:
    """A portal site's article pages (isolated blocks) and the site's host key."""
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    site = gold["site"]
    pages = []
    for key in gold["articles"]:
        rec = gold["pages"][key]
        url = site["base_url"].rstrip("/") + key
        page = parse_page((root / (rec.get("file") or key.lstrip("/"))).read_bytes(), url)
        blocks, spans = gold_blocks(rec)
        pages.append(GoldPage(key, rec, page, blocks, spans))
    return site.get("domain") or site["base_url"], pages


def run_portals(datasets: Path, verbose: bool) -> list[tuple[str, Tally]]:
    """Per portal site: a first pass feeds the site tracker, a second cleans with what it learned.

    ``farm`` counts articles flagged by their page verdict or by the site verdict.
    """
    rows = []
    for name in PORTALS:
        for variant in ("spam", "clean"):
            root = datasets / "spam-dev" / name / variant
            if not (root / "gold.json").is_file():
                continue
            host, pages = portal_pages(root)
            tracker = SiteSpamTracker()
            for gold in pages:
                result = clean_page(gold.page, shown_headline(gold.rec), gold.blocks)
                tracker.observe(host, shown_headline(gold.rec), result.terms, page_score=result.verdict.score)
            _, site_is_farm, evidence = tracker.verdict(host)
            tally = Tally()
            for gold in pages:
                page_tally = score_isolated(gold, tracker=tracker, host=host)
                page_tally.flagged = int(page_tally.flagged or site_is_farm)
                tally.add(page_tally)
            rows.append((f"portal {name}/{variant}", tally))
            if verbose:
                print(f"   {name}/{variant}: site farm={site_is_farm} {evidence}")
                for line in tally.misses + tally.false_cuts:
                    print("  ", line)
    return rows


# ---------------------------------------------------------------- end-to-end


def extract_uncleaned(page: Page) -> tuple[str | None, list[Block]]:
    """Headline and body blocks as the extractor gives them, before any cleaning."""
    extraction = extract_page(page, clean=False)
    return extraction.article.headline, extraction.blocks


def extract_cleaned(page: Page) -> tuple[str | None, str, bool]:
    """Headline, body text and farm flag from the real entry point, ``extract(html, url)``."""
    article = extract(page.html, page.url)
    return article.headline, article.articleBody, article.spam.isContentFarm


def _lost_tokens(before: str, after: str, gold: str) -> int:
    """Gold tokens present before cleaning and gone after (multisets)."""
    gold_count = Counter(tokens(gold))
    kept_before = Counter(tokens(before)) & gold_count
    kept_after = Counter(tokens(after)) & gold_count
    return sum((kept_before - kept_after).values())


def score_end_to_end(gold: GoldPage) -> Tally:
    tally = Tally(pages=1)
    rec = gold.rec
    _, blocks = extract_uncleaned(gold.page)
    new_headline, after, is_farm = extract_cleaned(gold.page)
    before = _text(blocks)
    gold_text = "\n".join(rec["paragraphs"])
    tally.genuine_tokens += len(tokens(gold_text))
    lost = _lost_tokens(before, after, gold_text)
    tally.genuine_removed += lost
    if lost:
        tally.false_cuts.append(f"{gold.key}: e2e lost {lost} token(s)")
    body_items = [it for it in rec["injections"]["items"] if it["where"] == "body"]
    for keyword in {it["keyword"] for it in body_items}:
        injected = sum(it["keyword"] == keyword for it in body_items)
        remaining = _count(after, keyword) - _count(gold_text, keyword)
        remaining = min(max(remaining, 0), injected)
        tally.injected += injected
        tally.removed += injected - remaining
        if remaining:
            tally.misses.append(f"{gold.key}: e2e kept {keyword!r} x{remaining}")
    _score_headline(tally, rec, new_headline, gold.key)
    _score_links(tally, rec, gold.page)
    tally.flagged += int(is_farm)
    return tally


def _text(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks)


def _count(text: str, keyword: str) -> int:
    return text.translate(_HALF).lower().count(keyword.translate(_HALF).lower())


def run_real(datasets: Path, limit: int | None, verbose: bool) -> list[tuple[str, Tally]]:
    """Real, clean news pages: everything the cleaners remove from the gold body is a false cut.

    Two rows per corpus: tokens the boilerplate stripper removed, then tokens the spam
    cleaner removed after it. (The references of daniel-zh and readability keep some
    notices, disclaimers and bylines that the stripper is asked to drop.)
    """
    import corpora

    rows = []
    for name in REAL_CORPORA:
        corpus = corpora.load(name, datasets, limit)
        if corpus is None:
            continue
        boiler, spam = Tally(), Tally()
        for case in corpus.cases:
            try:
                page = parse_page(case.html_bytes, case.url)
            except ValueError:
                continue
            headline, blocks = extract_uncleaned(page)
            kept, _, _ = strip_boilerplate(blocks)
            result = clean_page(page, headline, kept)
            for tally, before, after in ((boiler, blocks, kept), (spam, kept, result.blocks)):
                tally.pages += 1
                tally.genuine_tokens += len(tokens(case.gold_body))
                lost = _lost_tokens(_text(before), _text(after), case.gold_body)
                tally.genuine_removed += lost
                if lost:
                    tally.false_cuts.append(f"{name}/{case.id}: lost {lost}")
            spam.headlines += 1
            spam.headlines_exact += int(result.headline == headline)
            spam.false_spam_links += len(result.spam_links)
            spam.flagged += int(result.verdict.isContentFarm)
            if result.headline != headline or result.verdict.isContentFarm:
                spam.false_cuts.append(f"{name}/{case.id}: headline {headline!r} -> {result.headline!r}")
        rows += [(f"real {name} boilerplate", boiler), (f"real {name} spam", spam)]
        if verbose:
            for line in boiler.false_cuts + spam.false_cuts:
                print("  ", line)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end rows")
    parser.add_argument("--no-real", action="store_true", help="skip the real clean corpora")
    parser.add_argument(
        "--swap-terms",
        action="store_true",
        help="also run the page sets with every gold keyword swapped for another theme's (themeswap.py)",
    )
    args = parser.parse_args(argv)
    rows = []
    for swap in (False, True) if args.swap_terms else (False,):
        rows += run_sets(args.datasets, args.limit, args.verbose, e2e=False, swap_terms=swap)
        if not args.no_e2e:
            rows += run_sets(args.datasets, args.limit, args.verbose, e2e=True, swap_terms=swap)
    rows += run_portals(args.datasets, args.verbose)
    if not args.no_real:
        rows += run_real(args.datasets, args.limit, args.verbose)
    if not rows:  # each absent corpus is skipped; all of them absent is a wrong --datasets
        print(f"no corpus found under {args.datasets}: nothing measured (see --datasets)", file=sys.stderr)
        return 2
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
