"""The SQLite crawl state: records, lookups, near-duplicate queries, versioning, crash safety."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.fingerprint import NEAR_DISTANCE
from newscrawl.state import FILENAME, SCHEMA_VERSION, StateError, StateStore, Validators, article_key

KEY = "http://news.test/2025/03/bridge.html"
HIGH_BIT = (1 << 63) | 0b1011  # an unsigned simhash that does not fit SQLite's signed integers as is


VALIDATORS = Validators('"e1"', "Tue, 04 Mar 2025 10:00:00 GMT")


def _record(
    store: StateStore,
    key: str = KEY,
    *,
    url: str | None = None,
    fingerprint: str = "f1",
    simhash: int | None = HIGH_BIT,
    revision: int = 1,
    date_modified: str | None = None,
    validators: Validators | None = VALIDATORS,
    seen_at: str = "2025-03-04T10:00:00+00:00",
) -> None:
    store.record(
        key,
        url=url or key + "?utm_source=feed",
        fingerprint=fingerprint,
        simhash=simhash,
        revision=revision,
        date_modified=date_modified,
        validators=validators,
        seen_at=seen_at,
    )


def test_open_creates_one_wal_file_with_a_schema_version(tmp_path: Path) -> None:
    with StateStore.open(tmp_path / "state") as store:
        assert store.path == tmp_path / "state" / FILENAME
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        meta = dict(store.connection.execute("SELECT key, value FROM meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION)
        assert len(store) == 0
    with StateStore.open(tmp_path / "state") as again:  # reopening keeps it
        assert len(again) == 0


def test_record_and_get_round_trip(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        _record(store)
        state = store.get(KEY)
    assert state is not None
    assert state.simhash == HIGH_BIT  # unsigned again
    assert state.url == KEY  # the fetched URL, canonical form
    assert (state.fingerprint, state.revision, state.first_seen) == ("f1", 1, "2025-03-04T10:00:00+00:00")
    assert state.validators == VALIDATORS


def test_a_new_revision_keeps_first_seen(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        _record(store)
        _record(
            store,
            fingerprint="f2",
            revision=2,
            date_modified="2025-03-09T16:20:00+00:00",
            validators=None,
            seen_at="2025-03-10T06:00:00+00:00",
        )
        state = store.get(KEY)
    assert state is not None
    assert (state.fingerprint, state.revision) == ("f2", 2)
    assert (state.first_seen, state.last_seen) == ("2025-03-04T10:00:00+00:00", "2025-03-10T06:00:00+00:00")
    assert state.date_modified == "2025-03-09T16:20:00+00:00"
    assert not state.validators  # the new response carried none


def test_lookup_by_canonical_or_fetched_url(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        _record(store, url="http://news.test/article.php?id=7&cid=2")
        assert store.lookup(KEY + "?utm_medium=x#top") is not None
        found = store.lookup("http://NEWS.test/article.php?cid=2&id=7")  # query order, host case
        assert found is not None
        assert found.key == KEY
        assert store.lookup("http://news.test/") is None
        assert store.get("http://news.test/article.php?cid=2&id=7") is None  # get is by key only


def test_touch_updates_last_seen_and_replaces_validators_when_given(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        _record(store)
        store.touch(KEY, seen_at="2025-03-10T00:00:00+00:00")
        state = store.get(KEY)
        assert state is not None
        assert state.last_seen == "2025-03-10T00:00:00+00:00"
        assert state.etag == '"e1"'
        store.touch(KEY, validators=Validators(etag='"e2"'), seen_at="2025-03-11T00:00:00+00:00")
        state = store.get(KEY)
        assert state is not None
        assert state.validators == Validators('"e2"', None)
        assert (state.revision, state.fingerprint) == (1, "f1")


def test_similar_finds_near_simhashes_earliest_first(tmp_path: Path) -> None:
    base = 0x0123_4567_89AB_CDEF
    with StateStore.open(tmp_path) as store:
        _record(store, "http://b.test/late", simhash=base ^ 0b111, seen_at="2025-03-05T00:00:00Z")
        _record(store, "http://a.test/early", simhash=base ^ (0xFF << 40), seen_at="2025-03-04T00:00:00Z")
        _record(store, "http://c.test/far", simhash=base ^ ((1 << 20) - 1))  # 20 bits away
        _record(store, "http://d.test/short", simhash=None)
        found = [s.key for s in store.similar(base)]
        assert found == ["http://a.test/early", "http://b.test/late"]
        assert [s.key for s in store.similar(base, max_distance=3)] == ["http://b.test/late"]
        with pytest.raises(ValueError, match="band index"):
            store.similar(base, max_distance=NEAR_DISTANCE + 1)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    StateStore.open(tmp_path).close()
    with sqlite3.connect(tmp_path / FILENAME) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StateError, match="schema version"):
        StateStore.open(tmp_path)


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / FILENAME) as db:
        db.execute("CREATE TABLE other (x)")
    with pytest.raises(StateError, match="not a newscrawl state"):
        StateStore.open(tmp_path)


def test_every_record_is_committed_at_once(tmp_path: Path) -> None:
    """A crawl killed without closing the store keeps every article it recorded."""
    script = (
        "import os, sys\n"
        "from newscrawl.state import StateStore\n"
        "store = StateStore.open(sys.argv[1])\n"
        "for i in range(3):\n"
        "    url = f'http://a.test/{i}'\n"
        "    store.record(url, url=url, fingerprint='f', simhash=i, revision=1)\n"
        "os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=Path(__file__).parents[1])
    assert proc.returncode == 9
    with StateStore.open(tmp_path) as store:
        assert len(store) == 3


def test_two_connections_see_each_others_writes(tmp_path: Path) -> None:
    """The middleware reads through its own connection while the pipeline writes."""
    with StateStore.open(tmp_path) as writer, StateStore.open(tmp_path) as reader:
        assert reader.lookup(KEY) is None
        _record(writer)
        assert reader.lookup(KEY) is not None


def test_article_key_prefers_a_same_site_canonical() -> None:
    assert article_key("http://a.test/p?id=1", "http://a.test/story/1") == "http://a.test/story/1"
    assert article_key("http://a.test:8001/p", "http://a.test:8002/story") == "http://a.test:8001/p"
    assert article_key("http://farm.test/p", "http://news.test/story") == "http://farm.test/p"


def test_a_version_1_file_is_upgraded_in_place_keeping_its_articles(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        _record(store)
    with sqlite3.connect(tmp_path / FILENAME) as db:  # as the first release left it
        db.execute("DROP TABLE sites")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with StateStore.open(tmp_path) as store:
        assert store.get(KEY) is not None
        assert store.site_spam() == {}
        version = store.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert version[0] == str(SCHEMA_VERSION)


def test_site_spam_evidence_round_trips_and_is_replaced_per_site(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        store.save_site_spam(
            {"a.test": {"pages": 1, "terms": {"配资": {"text": "配资", "count": 1}}}, "b.test": {}}
        )
        store.save_site_spam({"a.test": {"pages": 2}})
    with StateStore.open(tmp_path) as store:
        assert store.site_spam() == {"a.test": {"pages": 2}, "b.test": {}}
