"""newscrawl: crawl news portals, extract articles clean, keep spam out."""

from __future__ import annotations

__version__ = "0.1.0"
