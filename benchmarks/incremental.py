"""What a scheduled rerun costs and emits: spam-dev's portal-opaque-zh, then its later snapshot.

For each site (clean, spam) three crawls share one state folder: the first snapshot, the
later one (new, edited and deleted articles: ``changes.json``), and the later one again,
unchanged. It prints per run the items written, requests, bytes and time, and whether
the second run emitted exactly ``emit_on_rerun``.

    python benchmarks/incremental.py [--datasets ../shared/datasets]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from portals import REPO, free_port, serve

RUNS = (("first snapshot", "portal-opaque-zh"), ("later snapshot", "portal-opaque-zh-v2"),
        ("unchanged rerun", "portal-opaque-zh-v2"))  # fmt: skip


def key(url: str) -> str:
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path + (f"?{query}" if query else "")


def crawl(base: str, state: Path, out: Path) -> tuple[list[dict[str, Any]], dict[str, Any], float]:
    out.mkdir(parents=True)
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"url={base}/", "-O", str(out / "out.jsonl"),
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"NEWSCRAWL_STATE_DIR={state}",
        "-s", f"NEWSCRAWL_STATS_FILE={out / 'stats.json'}", "-s", "LOG_LEVEL=WARNING",
    ]  # fmt: skip
    started = time.monotonic()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, timeout=900)
    seconds = time.monotonic() - started
    items = [json.loads(line) for line in (out / "out.jsonl").read_text("utf-8").splitlines() if line.strip()]
    return items, json.loads((out / "stats.json").read_text("utf-8")), seconds


def measure(data: Path, site: str, work: Path) -> list[dict[str, Any]]:
    port, state, rows = free_port(), work / site / "state", []
    changes = json.loads((data / "portal-opaque-zh-v2" / "changes.json").read_text("utf-8"))[site]
    for number, (label, snapshot) in enumerate(RUNS, 1):
        with serve(data / snapshot / site, port) as base:
            items, stats, seconds = crawl(base, state, work / site / f"run{number}")
        emitted = [key(i["url"]) for i in items]
        row = {
            "site": site, "run": label, "items": len(items),
            "requests": stats.get("downloader/request_count", 0),
            "KiB": round(stats.get("downloader/response_bytes", 0) / 1024),
            "unchanged dropped": stats.get("newscrawl/dropped/unchanged", 0), "s": round(seconds, 1),
        }  # fmt: skip
        if number == 2:
            want = {key(u) for u in changes["emit_on_rerun"]}
            row["= emit_on_rerun"] = set(emitted) == want and len(emitted) == len(want)
            row["missing/extra"] = f"{len(want - set(emitted))}/{len(set(emitted) - want)}"
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    args = parser.parse_args()
    data = args.datasets / "spam-dev"
    if not (data / "portal-opaque-zh-v2" / "changes.json").exists():
        print(f"skipped: no spam-dev portal-opaque-zh snapshots under {args.datasets}", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        rows = [row for site in ("clean", "spam") for row in measure(data, site, Path(tmp))]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    print("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


if __name__ == "__main__":
    main()
