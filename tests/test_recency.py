"""Feed and sitemap dates, and the ``--since`` test (``newscrawl.recency``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newscrawl.recency import latest_instant, may_be_since, normalise_date, parse_since


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wed, 12 Mar 2025 08:30:00 +0800", "2025-03-12T08:30:00+08:00"),
        ("Wed, 12 Mar 2025 08:30:00 GMT", "2025-03-12T08:30:00+00:00"),
        ("12 Mar 2025 08:30 EST", "2025-03-12T08:30:00-05:00"),
        ("2025-03-12T08:30:00.123Z", "2025-03-12T08:30:00+00:00"),
        ("2025-03-12T08:30+08:00", "2025-03-12T08:30:00+08:00"),
        ("2025-03-12 08:30:00", "2025-03-12T08:30:00"),  # no zone given: none invented
        ("2025-03-12", "2025-03-12"),
        ("2025", "2025"),
        ("  ", None),
        (None, None),
        ("yesterday-ish", None),
    ],
)
def test_normalise_date(text: str | None, iso: str | None) -> None:
    assert normalise_date(text) == iso


def test_parse_since_forms() -> None:
    now = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    assert parse_since("12h", now=now) == now - timedelta(hours=12)
    assert parse_since("30M", now=now) == now - timedelta(minutes=30)
    assert parse_since("2025-03-12T08:00:00") == datetime(2025, 3, 12, 8, tzinfo=UTC)
    assert parse_since("2025-03-12T08:00:00+08:00").utcoffset() == timedelta(hours=8)
    with pytest.raises(ValueError, match="since"):
        parse_since("last week")


def test_latest_instant_of_a_year_and_of_an_aware_time() -> None:
    assert latest_instant("2024") == datetime(2025, 1, 1, 11, 59, 59, tzinfo=UTC)
    moment = latest_instant("2025-03-12T08:30:00-05:00")
    assert moment == datetime(2025, 3, 12, 13, 30, tzinfo=UTC)


def test_may_be_since_keeps_the_doubtful() -> None:
    since = datetime(2025, 3, 12, 16, 0, tzinfo=timezone(timedelta(hours=8)))  # 08:00 UTC
    assert may_be_since(since, "2025-03-12T08:00:00+00:00")
    assert not may_be_since(since, "2025-03-12T07:59:59+00:00")
    assert may_be_since(since)
    assert may_be_since(since, None, "")
    assert may_be_since(since, "2025-03-11T21:00:00")  # naive: up to 12 hours later in UTC
    assert not may_be_since(since, "2025-03-11T19:00:00")
