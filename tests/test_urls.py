from __future__ import annotations

from newscrawl.urls import canonical_form, host_of, looks_like_html, strip_tracking


def test_tracking_parameters_and_fragment_are_dropped_but_ids_kept() -> None:
    assert (
        strip_tracking("https://a.test/show.php?id=12&utm_source=x&spm=1.2#c")
        == "https://a.test/show.php?id=12"
    )


def test_canonical_form_sorts_query_and_lowercases_host() -> None:
    assert canonical_form("https://A.test/list?page=2&cid=3") == canonical_form(
        "https://a.test/list?cid=3&page=2"
    )


def test_non_page_files_are_not_crawled() -> None:
    assert not looks_like_html("https://a.test/files/report.PDF")
    assert looks_like_html("https://a.test/a/8f3k2q")


def test_host_of_ignores_www_and_port() -> None:
    assert host_of("http://www.news.test:8000/x") == "news.test"
