"""Near-duplicate articles within one crawl: an in-memory simhash index.

Content farms republish other sites' articles with a few keywords injected; the copy's
body simhash is within a few bits of the original's (see :mod:`newscrawl.fingerprint`).
The index answers "which earlier article is this one a copy of?" in a stream: the
first article seen wins, so when a crawl meets the copy before the original, the
original is the one marked. Every entry remembers its *original* (itself, or what it
copies), so a copy of a copy points at the first article, never at another copy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newscrawl.fingerprint import NEAR_DISTANCE, band_probes, bands, hamming


@dataclass(frozen=True)
class Entry:
    key: str
    simhash: int
    original: str  # the key of the first-seen article this one copies; its own key if none


class SimhashIndex:
    """Entries in arrival order, bucketed by (band, band value) for candidate lookup.

    >>> index = SimhashIndex()
    >>> index.add("http://a.test/1", 0b1111)
    'http://a.test/1'
    >>> index.add("http://farm.test/9", 0b0111)  # one bit away: a copy of a.test/1
    'http://a.test/1'
    >>> index.original_of(0b0011, exclude="http://b.test/2")
    'http://a.test/1'
    >>> index.original_of(0xFFFF_FFFF_0000_0000) is None
    True
    """

    def __init__(self, max_distance: int = NEAR_DISTANCE) -> None:
        if max_distance > NEAR_DISTANCE:
            raise ValueError(f"the band index finds matches up to {NEAR_DISTANCE} bits")
        self.max_distance = max_distance
        self._entries: list[Entry] = []
        self._buckets: defaultdict[tuple[int, int], list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._entries)

    def original_of(self, simhash: int, exclude: str | None = None) -> str | None:
        """The original of the earliest entry within ``max_distance`` bits, ``exclude`` aside."""
        candidates: set[int] = set()
        for band, values in enumerate(band_probes(simhash)):
            for value in values:
                candidates.update(self._buckets.get((band, value), ()))
        for position in sorted(candidates):
            entry = self._entries[position]
            if exclude in (entry.key, entry.original):
                continue
            if hamming(entry.simhash, simhash) <= self.max_distance:
                return entry.original
        return None

    def add(self, key: str, simhash: int, original: str | None = None) -> str:
        """Index an article; returns its original (looked up here unless given)."""
        if original is None:
            original = self.original_of(simhash, exclude=key) or key
        position = len(self._entries)
        self._entries.append(Entry(key, simhash, original))
        for band, value in enumerate(bands(simhash)):
            self._buckets[(band, value)].append(position)
        return original
