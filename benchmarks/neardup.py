"""Measure simhash distances between copies of one article and between different articles.

Reads spam-dev's ``pages/`` and ``pages-corpus/`` (content-farm copies with injected
keywords and a clean sibling per article, exact gold) and prints, per shingle size, the
distance distribution of same-article pairs and different-article pairs, for three kinds
of text: the crawler's cleaned body, its uncleaned body (the keywords left in, as when a
cleaner misses them) and the gold text with the gold injections put back. The threshold
in ``newscrawl.fingerprint`` sits in the gap between the two distributions.

    python benchmarks/neardup.py [../shared/datasets/spam-dev]
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from newscrawl.extract.article import extract
from newscrawl.fingerprint import hamming, has_enough_text, simhash

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "spam-dev"


def injected_text(record: dict[str, Any]) -> str:
    """The gold paragraphs with every gold body injection put back at its offset."""
    paragraphs = list(record["paragraphs"])
    items = [i for i in record.get("injections", {}).get("items", []) if i["where"] == "body"]
    for item in sorted(items, key=lambda i: -i["offset"]):
        p = paragraphs[item["paragraph"]]
        paragraphs[item["paragraph"]] = p[: item["offset"]] + item["inserted"] + p[item["offset"] :]
    return "\n".join(paragraphs)


def load_texts(root: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Per text kind: (article id, variant, text) for every article page of both page sets."""
    texts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for folder in ("pages", "pages-corpus"):
        gold = json.loads((root / folder / "gold.json").read_text("utf-8"))
        for key, record in sorted(gold["pages"].items()):
            if record.get("kind") != "article":
                continue
            page = (root / folder / key).read_bytes()
            url = record.get("site", {}).get("url") or f"http://pages.test/{key}"
            aid, variant = record["article_id"], record["variant"]
            texts["cleaned"].append((aid, variant, extract(page, url).articleBody))
            texts["uncleaned"].append((aid, variant, extract(page, url, clean=False).articleBody))
            texts["gold+injections"].append((aid, variant, injected_text(record)))
    return texts


def measure(records: list[tuple[str, str, str]], size: int) -> tuple[list[int], list[int]]:
    """Distances of each farm copy to its clean original, and between different articles."""
    hashed = [(aid, var, simhash(text, size)) for aid, var, text in records if has_enough_text(text)]
    original = {aid: h for aid, var, h in hashed if var == "clean"}
    copies = sorted(hamming(original[aid], h) for aid, var, h in hashed if var != "clean" and aid in original)
    unrelated = sorted(hamming(a[2], b[2]) for a, b in itertools.combinations(hashed, 2) if a[0] != b[0])
    return copies, unrelated


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else DEFAULT_ROOT
    texts = load_texts(root)
    thresholds = (4, 6, 8, 10, 12)
    print("share of copies within t bits of their original; different-article pairs within t bits")
    print(
        f"{'text':<16} k  copies "
        + " ".join(f"t{t:<4}" for t in thresholds)
        + " | pairs  min "
        + " ".join(f"t{t:<2}" for t in thresholds)
    )
    for kind, records in texts.items():
        for size in (3, 4):
            copies, unrelated = measure(records, size)
            recall = " ".join(f"{sum(d <= t for d in copies) / len(copies):.3f}" for t in thresholds)
            false = " ".join(f"{sum(d <= t for d in unrelated):>3}" for t in thresholds)
            print(
                f"{kind:<16} {size}  {len(copies):>6} {recall} | {len(unrelated)} {unrelated[0]:>3} {false}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
