"""Offline bulk extraction: pages per second over a folder of saved pages, 1 process and every core.

A researcher with a crawl archive runs one command over a folder; what counts is wall-clock time
from start to the last line written, process start-up, reading, decompressing and output included.
Each system runs as its own command line, the way users run it:

    newscrawl extract --all -j N DIR          (JSON Lines on stdout)
    trafilatura --input-dir DIR --parallel N --json --with-metadata -o OUT

    python benchmarks/bulk.py [--datasets DIR] [--corpus wcxb-dev ...] [--jobs 1,2] [--repeat 3]

Each cell is the best of ``--repeat`` runs; the peer comes from the ``bench`` extra and is left out
with a note when it is not installed. Absent corpora are skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CORPORA = {"wcxb-dev": "html", "daniel-zh": "html", "readability": "html"}


Command = Callable[[Path, int, Path], list[str]]  # (folder, processes, scratch output folder)


def newscrawl_command(folder: Path, jobs: int, out: Path) -> list[str]:
    return [sys.executable, "-m", "newscrawl", "extract", "--all", "-j", str(jobs), str(folder)]


def trafilatura_cli() -> str | None:
    """trafilatura's command (the peer is an optional extra): on the PATH or beside this Python."""
    beside = Path(sys.executable).with_name("trafilatura")
    return shutil.which("trafilatura") or (str(beside) if beside.exists() else None)


def trafilatura_command(folder: Path, jobs: int, out: Path) -> list[str]:
    options = ["--parallel", str(jobs), "--json", "--with-metadata", "-o", str(out)]
    return [trafilatura_cli() or "trafilatura", "--input-dir", str(folder), *options]


SYSTEMS: dict[str, Command] = {"newscrawl": newscrawl_command, "trafilatura": trafilatura_command}


def available(name: str) -> bool:
    """Whether the system's command can run here."""
    return name == "newscrawl" or trafilatura_cli() is not None


def best_seconds(command: Command, folder: Path, jobs: int, repeat: int) -> float:
    """Best wall-clock time of ``repeat`` runs, each writing to a scratch folder of its own; a
    failing run stops the benchmark with its output."""
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as scratch:
            run = command(folder, jobs, Path(scratch))
            started = time.perf_counter()
            done = subprocess.run(run, capture_output=True, cwd=scratch)
            elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):  # 1: some input failed, reported, the rest written
            raise SystemExit(f"{run[0]} failed ({done.returncode}): {done.stderr.decode()[-1000:]}")
        best = min(best, elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--datasets", type=Path, default=shared / "datasets", help="the corpora's folder")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="repeatable; default: all")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="comma-separated process counts")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    jobs = sorted({int(j) for j in args.jobs.split(",")})
    names = [n for n in SYSTEMS if available(n)]
    for missing in sorted(set(SYSTEMS) - set(names)):
        print(f"note: {missing} is not installed (pip install '.[bench]'); left out")
    print(f"{'corpus':<14}{'pages':>7}  {'system':<13}" + "".join(f"{f'{j} proc pages/s':>17}" for j in jobs))
    for corpus in args.corpus or list(CORPORA):
        folder = args.datasets / corpus / CORPORA[corpus]
        if not folder.is_dir():
            print(f"{corpus:<14}  skipped: {folder} not found")
            continue
        pages = sum(1 for p in folder.iterdir() if p.name.endswith((".html", ".html.gz")))
        for name in names:
            rates = []
            for j in jobs:
                seconds = best_seconds(SYSTEMS[name], folder, j, args.repeat)
                rates.append(f"{pages / seconds:>17.1f}")
            print(f"{corpus:<14}{pages:>7}  {name:<13}" + "".join(rates))


if __name__ == "__main__":
    main()
