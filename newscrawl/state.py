"""The crawl state that scheduled runs share: what each article looked like when last seen.

One SQLite file (``state.sqlite``) in the state folder, in WAL mode so the conditional
request middleware can read while the pipeline writes. Every write is one statement in
autocommit mode: a killed crawl loses at most the article being written, never leaves a
half-written record, and an article counts as seen only once it was emitted (the
pipeline records on ``item_scraped``), so a crash re-emits rather than loses.

The ``sites`` table keeps each site's spam evidence (:mod:`newscrawl.clean.site`), so a
scheduled run that fetches only a site's new articles still knows the keywords its
earlier pages showed.

Keys are canonical URLs (:func:`article_key`). Besides the content fingerprint, a
record keeps the simhash in three bands (indexed) so near duplicates of earlier
articles are found without a scan, and the HTTP validators (ETag, Last-Modified) that
make the next run's requests conditional.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from newscrawl.fingerprint import BANDS, NEAR_DISTANCE, band_probes, bands, hamming
from newscrawl.urls import canonical_form, host_of

FILENAME = "state.sqlite"
SCHEMA_VERSION = 2  # bump with a step in _MIGRATIONS when the tables change

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,          -- canonical URL (article_key)
    url TEXT NOT NULL,             -- canonical form of the URL last fetched
    fingerprint TEXT NOT NULL,     -- content_hash of headline + body
    simhash INTEGER,               -- signed 64-bit, NULL when the body is too short
    band0 INTEGER, band1 INTEGER, band2 INTEGER,
    first_seen TEXT NOT NULL,      -- ISO 8601, UTC
    last_seen TEXT NOT NULL,
    date_modified TEXT,            -- the page's dateModified, as emitted
    revision INTEGER NOT NULL,
    etag TEXT,
    http_last_modified TEXT,
    duplicate_of TEXT              -- key of the earlier article this one copies
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_band0 ON articles (band0);
CREATE INDEX IF NOT EXISTS articles_band1 ON articles (band1);
CREATE INDEX IF NOT EXISTS articles_band2 ON articles (band2);
CREATE TABLE IF NOT EXISTS sites (
    site TEXT PRIMARY KEY,         -- an origin (host and port), as the spam pipeline keys it
    spam TEXT NOT NULL,            -- JSON: the site spam tracker's evidence for the site
    updated TEXT NOT NULL          -- ISO 8601, UTC
);
"""
# Version n -> n + 1: the statements that bring an older file up to date.
_MIGRATIONS = {
    1: [
        "CREATE TABLE sites (site TEXT PRIMARY KEY, spam TEXT NOT NULL, updated TEXT NOT NULL)",
    ],
}
_COLUMNS = (
    "key, url, fingerprint, simhash, first_seen, last_seen, date_modified, revision, "
    "etag, http_last_modified, duplicate_of"
)


class StateError(Exception):
    """The state file cannot be used (written by a newer newscrawl, not a state file)."""


@dataclass(frozen=True)
class Validators:
    """HTTP validators of a response, sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class ArticleState:
    key: str
    url: str
    fingerprint: str
    simhash: int | None
    first_seen: str
    last_seen: str
    date_modified: str | None
    revision: int
    etag: str | None
    http_last_modified: str | None
    duplicate_of: str | None

    @property
    def validators(self) -> Validators:
        return Validators(self.etag, self.http_last_modified)


def article_key(url: str, canonical: str | None) -> str:
    """The state key of an article: its canonical URL when that is on the fetched site.

    A canonical link to another site (farms copy the original's) would merge two
    sites' articles under one key, so it is ignored.

    >>> article_key("http://a.test/x?id=1&utm_source=t", None)
    'http://a.test/x?id=1'
    >>> article_key("http://a.test/x?id=1", "http://www.a.test/story/1")
    'http://www.a.test/story/1'
    >>> article_key("http://farm.test/copy", "http://news.test/original")
    'http://farm.test/copy'
    """
    if canonical and _site(canonical) == _site(url):
        return canonical_form(canonical)
    return canonical_form(url)


def _site(url: str) -> tuple[str, int | None]:
    return host_of(url), urlsplit(url).port


def next_revision(previous: ArticleState | None, fingerprint: str) -> int | None:
    """The revision to emit an article with; None when it is unchanged since last seen.

    >>> next_revision(None, "f1")
    1
    >>> old = ArticleState("k", "k", "f1", None, "t", "t", None, 3, None, None, None)
    >>> next_revision(old, "f1") is None, next_revision(old, "f2")
    (True, 4)
    """
    if previous is None:
        return 1
    return None if previous.fingerprint == fingerprint else previous.revision + 1


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _signed(value: int) -> int:
    """SQLite integers are signed 64-bit; a simhash is unsigned."""
    return value - (1 << 64) if value >= 1 << 63 else value


class StateStore:
    """Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, directory: str | Path) -> StateStore:
        """Open (creating it if needed) ``state.sqlite`` in ``directory``."""
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / FILENAME
        connection = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints, never corrupt
            _migrate(connection)
        except (sqlite3.DatabaseError, StateError) as exc:
            connection.close()
            raise StateError(f"{path}: {exc}") from exc
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, key: str) -> ArticleState | None:
        """The record stored under ``key`` exactly (an :func:`article_key`)."""
        row = self.connection.execute(f"SELECT {_COLUMNS} FROM articles WHERE key = ?", (key,)).fetchone()
        return _state(row) if row else None

    def lookup(self, url: str) -> ArticleState | None:
        """The article at ``url``: under its canonical URL, else fetched from that URL."""
        url = canonical_form(url)
        found = self.get(url)
        if found is None:
            row = self.connection.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE url = ? ORDER BY last_seen DESC LIMIT 1", (url,)
            ).fetchone()
            found = _state(row) if row else None
        return found

    def record(
        self,
        key: str,
        *,
        url: str,
        fingerprint: str,
        simhash: int | None,
        revision: int,
        date_modified: str | None = None,
        validators: Validators | None = None,
        duplicate_of: str | None = None,
        seen_at: str | None = None,
    ) -> None:
        """Insert or replace an article's record; ``first_seen`` survives replacement."""
        seen = seen_at or now_iso()
        val = validators or Validators()
        band = bands(simhash) if simhash is not None else [None] * BANDS
        self.connection.execute(
            "INSERT INTO articles (key, url, fingerprint, simhash, band0, band1, band2, first_seen,"
            " last_seen, date_modified, revision, etag, http_last_modified, duplicate_of)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET url = excluded.url, fingerprint = excluded.fingerprint,"
            " simhash = excluded.simhash, band0 = excluded.band0, band1 = excluded.band1,"
            " band2 = excluded.band2, last_seen = excluded.last_seen,"
            " date_modified = excluded.date_modified, revision = excluded.revision, etag = excluded.etag,"
            " http_last_modified = excluded.http_last_modified, duplicate_of = excluded.duplicate_of",
            (
                key,
                canonical_form(url),
                fingerprint,
                None if simhash is None else _signed(simhash),
                *band,
                seen,
                seen,
                date_modified,
                revision,
                val.etag,
                val.last_modified,
                duplicate_of,
            ),
        )

    def touch(self, key: str, *, validators: Validators | None = None, seen_at: str | None = None) -> None:
        """An unchanged article was seen again; new validators replace the old when given."""
        seen = seen_at or now_iso()
        if validators is None:
            self.connection.execute("UPDATE articles SET last_seen = ? WHERE key = ?", (seen, key))
            return
        self.connection.execute(
            "UPDATE articles SET last_seen = ?, etag = ?, http_last_modified = ? WHERE key = ?",
            (seen, validators.etag, validators.last_modified, key),
        )

    def site_spam(self) -> dict[str, Any]:
        """Every site's stored spam evidence, as :meth:`save_site_spam` was given it."""
        rows = self.connection.execute("SELECT site, spam FROM sites").fetchall()
        return {site: json.loads(spam) for site, spam in rows}

    def save_site_spam(self, evidence: dict[str, Any]) -> None:
        """Store each site's spam evidence (JSON-ready), replacing what the site had, in one
        transaction: a crash leaves the previous run's evidence whole."""
        updated = now_iso()
        rows = [(site, json.dumps(state, ensure_ascii=False), updated) for site, state in evidence.items()]
        with self.connection:
            self.connection.execute("BEGIN")
            self.connection.executemany(
                "INSERT INTO sites (site, spam, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (site) DO UPDATE SET spam = excluded.spam, updated = excluded.updated",
                rows,
            )

    def similar(self, simhash: int, max_distance: int = NEAR_DISTANCE) -> list[ArticleState]:
        """Articles whose simhash is within ``max_distance`` bits, earliest first seen first.

        The band index finds every match up to ``NEAR_DISTANCE`` bits, not beyond.
        """
        if max_distance > NEAR_DISTANCE:
            raise ValueError(f"the band index finds matches up to {NEAR_DISTANCE} bits")
        found: dict[str, ArticleState] = {}
        for i, values in enumerate(band_probes(simhash)):
            marks = ",".join("?" * len(values))
            rows = self.connection.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE band{i} IN ({marks})", values
            ).fetchall()
            for row in rows:
                state = _state(row)
                if state.simhash is not None and hamming(state.simhash, simhash) <= max_distance:
                    found[state.key] = state
        return sorted(found.values(), key=lambda s: (s.first_seen, s.key))


def _state(row: Any) -> ArticleState:
    values = list(row)
    if values[3] is not None:
        values[3] &= (1 << 64) - 1  # back to unsigned
    return ArticleState(*values)


def _migrate(connection: sqlite3.Connection) -> None:
    """Create the tables in a new file, bring an older one up to date; refuse newer files."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" in tables:
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            _upgrade(connection, int(row[0]) if row else 0)
        elif tables:
            raise StateError("not a newscrawl state file")
        else:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)), ("created", now_iso())],
            )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _upgrade(connection: sqlite3.Connection, version: int) -> None:
    """Step a file of an older schema version up to :data:`SCHEMA_VERSION` (inside the
    caller's transaction: all steps or none)."""
    if version > SCHEMA_VERSION or (version < SCHEMA_VERSION and version not in _MIGRATIONS):
        raise StateError(f"state schema version {version}, this newscrawl reads {SCHEMA_VERSION}")
    while version < SCHEMA_VERSION:
        for statement in _MIGRATIONS[version]:
            connection.execute(statement)
        version += 1
    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
