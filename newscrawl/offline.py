"""Offline extraction of saved pages: files, gzipped files, folders, stdin."""

from __future__ import annotations

import gzip
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newscrawl.extract.article import extract
from newscrawl.items import Article
from newscrawl.page import PageError

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")

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


def extract_paths(paths: Iterable[str], *, url: str | None = None) -> Iterator[OfflineResult]:
    """Extract every input; a failing input yields an error result and the rest go on."""
    for source in iter_inputs(paths):
        try:
            article = extract(read_input(source), url=url)
        except (OSError, EOFError, gzip.BadGzipFile, PageError) as exc:
            yield OfflineResult(source, error=f"{type(exc).__name__}: {exc}")
            continue
        except Exception as exc:  # an extractor bug: reported with its traceback, as a crawl does
            logger.error("extraction of %s failed", source, exc_info=exc)
            yield OfflineResult(source, error=f"extraction failed, {type(exc).__name__}: {exc}")
            continue
        article.source = source
        if not article.url:
            article.url = "-" if source == "-" else Path(source).resolve().as_uri()
        yield OfflineResult(source, article=article)
