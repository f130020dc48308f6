"""URL lists (``newscrawl.urllist``): comments, blanks, bad lines reported, stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newscrawl.urllist import parse_url_lines, read_url_list, split_urls, url_problem, urls_from_arguments


def test_comments_blanks_duplicates_and_fragments() -> None:
    result = parse_url_lines(
        [
            "# header",
            "   ",
            "https://news.test/a.html",
            "https://news.test/b.html#comments",  # a fragment is part of the URL
            "https://news.test/c.html   # an inline note",
            "https://news.test/a.html",
            "\thttps://news.test/d.html\t",
        ]
    )
    assert result.urls == [
        "https://news.test/a.html",
        "https://news.test/b.html#comments",
        "https://news.test/c.html",
        "https://news.test/d.html",
    ]
    assert result.problems == []


def test_bad_lines_are_reported_with_line_numbers_not_fatal() -> None:
    result = parse_url_lines(
        ["news.test/a", "https://news.test/ok", "mailto:x@news.test", "http://", "http://a.test:x/"]
    )
    assert result.urls == ["https://news.test/ok"]
    assert [(p.line, p.reason) for p in result.problems] == [
        (1, "not an http(s) URL"),
        (3, "not an http(s) URL"),
        (4, "no host"),
        (5, "malformed URL"),
    ]


@pytest.mark.parametrize(
    "url", ["http://新闻.test/港口.html", "https://news.test/a?b=1&c=2", "HTTP://NEWS.TEST/"]
)
def test_valid_urls(url: str) -> None:
    assert url_problem(url) is None


def test_read_file_with_bom_crlf_and_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(b"\xef\xbb\xbfhttps://news.test/a\r\nhttps://news.test/\xff\xfe\r\n\r\n")
    result = read_url_list(path)
    assert result.urls == ["https://news.test/a"]
    assert [(p.line, p.reason) for p in result.problems] == [(2, "not valid UTF-8")]


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("https://news.test/a\n# c\nhttps://news.test/b\n"))
    assert read_url_list("-").urls == ["https://news.test/a", "https://news.test/b"]


def test_missing_file_raises() -> None:
    with pytest.raises(FileNotFoundError):
        read_url_list("/nonexistent/urls.txt")


def test_arguments() -> None:
    assert split_urls(" http://a.test/ ,, http://b.test/", "http://a.test/") == [
        "http://a.test/",
        "http://b.test/",
    ]
    result = urls_from_arguments("http://a.test/,b.test")
    assert result.urls == ["http://a.test/"]
    assert [str(p) for p in result.problems] == ["not an http(s) URL: 'b.test'"]


def test_spider_joins_file_and_argument_urls_once_and_keeps_the_bad_lines(tmp_path: Path) -> None:
    from spiders.urllist import UrlListSpider

    listed = tmp_path / "urls.txt"
    listed.write_text("https://a.test/1\nnot a url\nhttps://a.test/2\n", encoding="utf-8")
    spider = UrlListSpider(file=str(listed), urls="https://a.test/2,https://a.test/3")
    assert spider.start_urls == ["https://a.test/1", "https://a.test/2", "https://a.test/3"]
    assert [p.line for p in spider.problems] == [2]
    with pytest.raises(ValueError, match="urllist spider needs start URLs"):
        UrlListSpider(urls="")
