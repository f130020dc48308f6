"""Feed export tweaks: JSON Lines that survive a killed crawl."""

from __future__ import annotations

from typing import Any

from scrapy.exporters import JsonLinesItemExporter


class FlushingJsonLinesExporter(JsonLinesItemExporter):
    """Flush after every line, so ``kill -9`` loses at most the line being written."""

    def export_item(self, item: Any) -> None:
        super().export_item(item)
        self.file.flush()
