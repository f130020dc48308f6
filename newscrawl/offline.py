"""Offline extraction of saved pages: files, gzipped files, folders, stdin.

Pages are extracted in this process, or with ``jobs`` > 1 in that many worker processes
(extraction is CPU-bound Python: one process uses one core). Either way the results come
in input order, and a page that fails, even one that kills its worker, is reported and
the rest go on.
"""

from __future__ import annotations

import gzip
import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from newscrawl.extract.article import extract
from newscrawl.items import Article
from newscrawl.page import PageError

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# Inputs handed out per worker ahead of the one being written: enough to keep every worker
# busy, few enough that a folder of a million pages is never queued at once.
_AHEAD_PER_JOB = 4

logger = logging.getLogger(__name__)


@dataclass
class OfflineResult:
    source: str
    article: Article | None = None
    error: str | None = None


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively, sorted) to the page files they hold; keep ``-`` and files."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.is_file() and _is_page(p.name))
        else:
            yield raw


def _is_page(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES)


def read_input(source: str) -> bytes:
    """Bytes of a page file (gunzipped when named ``.gz``), or of stdin for ``-``."""
    if source == "-":
        return sys.stdin.buffer.read()
    data = Path(source).read_bytes()
    return gzip.decompress(data) if source.lower().endswith(".gz") else data


def extract_paths(paths: Iterable[str], *, url: str | None = None, jobs: int = 1) -> Iterator[OfflineResult]:
    """Extract every input, in input order; a failing input yields an error result and the rest go on.

    ``jobs`` > 1 extracts in that many worker processes.
    """
    sources = iter_inputs(paths)
    if jobs > 1:
        yield from _in_workers(sources, url, jobs)
    else:
        yield from (extract_source(source, url) for source in sources)


def extract_source(source: str, url: str | None = None, data: bytes | None = None) -> OfflineResult:
    """One input's article or error; ``data`` is its bytes when read already (stdin's, which only
    the parent process can read)."""
    try:
        article = extract(read_input(source) if data is None else data, url=url)
    except (OSError, EOFError, gzip.BadGzipFile, PageError) as exc:
        return OfflineResult(source, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # an extractor bug: reported with its traceback, as a crawl does
        logger.error("extraction of %s failed", source, exc_info=exc)
        return OfflineResult(source, error=f"extraction failed, {type(exc).__name__}: {exc}")
    article.source = source
    if not article.url:
        article.url = "-" if source == "-" else Path(source).resolve().as_uri()
    return OfflineResult(source, article=article)


_Task = tuple[str, "bytes | None", "Future[OfflineResult]"]


def _in_workers(sources: Iterable[str], url: str | None, jobs: int) -> Iterator[OfflineResult]:
    """:func:`extract_source` of each input in ``jobs`` worker processes, results in input order.

    A worker that dies (a crash in a C library, the OOM killer) takes the pool's pending inputs
    with it: each of those is extracted again in a process of its own, so only the page that
    kills its process is reported, and a fresh pool takes the inputs after them.
    """
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[_Task] = deque()
    try:
        for source in sources:
            data = sys.stdin.buffer.read() if source == "-" else None
            try:
                future = pool.submit(extract_source, source, url, data)
            except BrokenProcessPool:
                pool.shutdown(wait=False)
                pool = ProcessPoolExecutor(max_workers=jobs)
                future = pool.submit(extract_source, source, url, data)
            pending.append((source, data, future))
            if len(pending) > jobs * _AHEAD_PER_JOB:
                yield _collect(pending.popleft(), url)
        while pending:
            yield _collect(pending.popleft(), url)
    finally:
        pool.shutdown(cancel_futures=True)


def _collect(task: _Task, url: str | None) -> OfflineResult:
    """The task's result; when its pool broke, the input extracted again on its own."""
    source, data, future = task
    try:
        return future.result()
    except BrokenProcessPool:
        return _alone(source, url, data)


def _alone(source: str, url: str | None, data: bytes | None) -> OfflineResult:
    """:func:`extract_source` in a process of its own, to tell whether this input kills it."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(extract_source, source, url, data).result()
        except BrokenProcessPool:
            logger.error("extraction of %s killed its worker process", source)
            return OfflineResult(source, error="extraction failed, its worker process died")
