"""Where a crawl writes: the ``-o`` template turned into Scrapy ``FEEDS`` settings.

Scheduled runs want one file per run (``articles-{date}T{time}.jsonl.gz``), long runs
want batches, pipes want stdout. Scrapy's feed exports do all of it; this module only
translates newscrawl's placeholders and options into them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BATCH_PLACEHOLDER = "{batch}"


class OutputError(ValueError):
    """An ``-o`` value that cannot be written as asked."""


def expand_template(template: str, started: datetime) -> str:
    """Fill ``{date}`` (YYYY-MM-DD) and ``{time}`` (HHMMSS), both UTC, into an output path;
    ``{batch}`` becomes Scrapy's zero-padded batch number.

    >>> expand_template("out/a-{date}T{time}-{batch}.jsonl", datetime(2025, 1, 22, 13, 5, 9, tzinfo=UTC))
    'out/a-2025-01-22T130509-%(batch_id)05d.jsonl'
    """
    started = started.astimezone(UTC)
    path = template.replace("%", "%%")  # Scrapy %-formats feed URIs: a literal % must be doubled
    return (
        path.replace("{date}", started.strftime("%Y-%m-%d"))
        .replace("{time}", started.strftime("%H%M%S"))
        .replace(BATCH_PLACEHOLDER, "%(batch_id)05d")
    )


def feed_settings(
    output: str, *, gzip: bool | None = None, batch_size: int = 0, started: datetime | None = None
) -> dict[str, Any]:
    """``FEEDS`` for JSON Lines to ``output`` (a path template, or ``-`` for stdout).

    ``gzip`` defaults to whether the path ends in ``.gz``; ``batch_size`` starts a new
    file every N items and then needs ``{batch}`` in the template.

    >>> feed_settings("-")
    {'stdout:': {'format': 'jsonlines', 'encoding': 'utf-8', 'overwrite': False}}
    >>> list(feed_settings("a.jsonl.gz")["a.jsonl.gz"]["postprocessing"])
    ['scrapy.extensions.postprocessing.GzipPlugin']
    """
    if output == "-":
        if gzip or batch_size:
            raise OutputError("stdout output is plain JSON Lines: no --gzip or --batch-size")
        return {"stdout:": {"format": "jsonlines", "encoding": "utf-8", "overwrite": False}}
    if batch_size and BATCH_PLACEHOLDER not in output:
        raise OutputError(
            f"--batch-size needs {BATCH_PLACEHOLDER} in the output name, e.g. out-{{batch}}.jsonl"
        )
    uri = expand_template(output, started or datetime.now(UTC))
    if "://" not in uri:
        Path(uri).parent.mkdir(parents=True, exist_ok=True)
    feed: dict[str, Any] = {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}
    if gzip if gzip is not None else output.endswith(".gz"):
        feed["postprocessing"] = ["scrapy.extensions.postprocessing.GzipPlugin"]
    if batch_size:
        feed["batch_item_count"] = batch_size
    return {uri: feed}
