"""Whole-site crawls of the spam-dev portals with the real portal spider.

For each site (a content farm and the clean site carrying the same articles) it serves
the folder on 127.0.0.1, runs ``python -m scrapy crawl portal`` from the checkout,
and compares what came out with the site's gold: articles found / missed / extra
(listings, galleries, about pages or page-2 halves emitted as articles), requests made,
requests that hit a trap path, spam-domain requests (must be 0), content-farm flags,
headline exactness and injected keywords left in headlines or bodies.

    python benchmarks/portals.py [--datasets ../shared/datasets] [--site portal-zh/spam ...]

Sites whose folder is absent are skipped. The portal-opaque-zh sites are served by their
own ``serve.py`` (query-string routes); the others by a plain static server.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SITES = [
    "portal-zh/spam", "portal-zh/clean", "portal-en/spam", "portal-en/clean",
    "portal-zh-corpus/spam", "portal-zh-corpus/clean", "portal-opaque-zh/spam", "portal-opaque-zh/clean",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(site_dir: Path, port: int) -> Any:
    """The site's own serve.py when it has one, else Python's static server."""
    if (site_dir / "serve.py").exists():
        cmd = [sys.executable, str(site_dir / "serve.py"), str(port), "--quiet"]
    else:
        cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    proc = subprocess.Popen(cmd, cwd=site_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait()


def crawl(base: str, tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    out, stats, log = tmp / "out.jsonl", tmp / "stats.json", tmp / "log.txt"
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"url={base}/", "-O", str(out),
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"NEWSCRAWL_STATS_FILE={stats}",
        "-s", "LOG_LEVEL=DEBUG", "-s", f"LOG_FILE={log}",
    ]  # fmt: skip
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, timeout=600)
    items = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line.strip()]
    requested = [line.split("<GET ", 1)[1].split(">", 1)[0] for line in log.read_text("utf-8").splitlines()
                 if "Crawled (" in line and "<GET " in line]  # fmt: skip
    return items, json.loads(stats.read_text("utf-8")), requested


# Farm pages that rewrote the article's punctuation to half-width are compared after the
# same mapping (spam-dev README: ``punct_halfwidth``).
_HALF_WIDTH = str.maketrans("，：；？！（）", ",:;?!()")


def same_headline(headline: str, record: dict[str, Any]) -> bool:
    gold = record["title"]
    if record.get("punct_halfwidth"):
        return headline.translate(_HALF_WIDTH) == gold.translate(_HALF_WIDTH)
    return headline == gold


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def evaluate(site_dir: Path) -> dict[str, Any]:
    gold = json.loads((site_dir / "gold.json").read_text("utf-8"))
    articles = set(gold["articles"])
    with tempfile.TemporaryDirectory() as tmp, serve(site_dir, free_port()) as base:
        started = time.monotonic()
        items, stats, requested = crawl(base, Path(tmp))
        seconds = time.monotonic() - started
    emitted = {path_of(i["url"]): i for i in items}
    spam_hosts = {urlsplit(h["href"] if isinstance(h, dict) else h).hostname for rec in gold["pages"].values()
                  for h in rec.get("spam_hrefs", [])}  # fmt: skip
    headline_ok = sum(
        same_headline(emitted[p]["headline"], gold["pages"][p]) for p in articles & set(emitted)
    )
    leftovers = 0
    for path in articles & set(emitted):
        keywords = gold["pages"][path].get("injections", {}).get("keywords", [])
        text = emitted[path]["headline"] + "\n" + emitted[path]["articleBody"]
        leftovers += sum(text.count(k) for k in keywords)
    return {
        "site": f"{site_dir.parent.name}/{site_dir.name}",
        "articles": len(articles),
        "found": len(articles & set(emitted)),
        "extra": len(set(emitted) - articles),
        "dup": len(items) - len(emitted),
        "requests": len(requested),
        "spam req": sum(urlsplit(u).hostname in spam_hosts for u in requested),
        "flagged": sum(i["spam"]["isContentFarm"] for i in items),
        "headline": f"{headline_ok}/{len(articles & set(emitted))}",
        "kw left": leftovers,
        "errors": sum(v for k, v in stats.items() if k.startswith("newscrawl/errors/")),
        "s": round(seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    parser.add_argument("--site", action="append", help="e.g. portal-zh/spam (repeatable)")
    args = parser.parse_args()
    rows = []
    for name in args.site or SITES:
        site_dir = args.datasets / "spam-dev" / name
        if not (site_dir / "gold.json").exists():
            print(f"skipped {name}: not found under {args.datasets}", file=sys.stderr)
            continue
        rows.append(evaluate(site_dir))
    if not rows:
        return
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    print("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


if __name__ == "__main__":
    main()
