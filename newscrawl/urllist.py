"""URL lists: a file (or stdin) with one URL per line, for crawling known article pages.

Lists are written by hand and by other tools, so a bad line is reported with its
number and skipped rather than ending the run: one typo should not cost the rest.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# A comment starts a line, or follows whitespace (a "#" inside a URL is its fragment).
_COMMENT = re.compile(r"(?:^|\s)#.*$")


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based line number; 0 for URLs given on the command line
    text: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.reason}: {self.text!r}"


@dataclass
class UrlList:
    urls: list[str] = field(default_factory=list)  # valid, in order, once each
    problems: list[Problem] = field(default_factory=list)


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be crawled, or None when it can.

    >>> url_problem("https://news.example/a.html") is None
    True
    >>> url_problem("news.example/a.html"), url_problem("ftp://x.test/f"), url_problem("http:///a")
    ('not an http(s) URL', 'not an http(s) URL', 'no host')
    >>> url_problem("http://a.test/two words")
    'contains whitespace'
    """
    if any(c.isspace() for c in url):
        return "contains whitespace"
    if "\ufffd" in url:
        return "not valid UTF-8"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return "malformed URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) URL"
    return None if parts.hostname else "no host"


def parse_url_lines(lines: Iterable[str]) -> UrlList:
    """Valid URLs and the problems of the other lines; blanks and ``#`` comments are skipped.

    >>> result = parse_url_lines(["\\ufeff# list", "http://a.test/1  # lead story", "", "a.test/2",
    ...                           "http://a.test/1", "http://a.test/3#comments"])
    >>> result.urls
    ['http://a.test/1', 'http://a.test/3#comments']
    >>> [str(p) for p in result.problems]
    ["line 4: not an http(s) URL: 'a.test/2'"]
    """
    result = UrlList()
    seen: set[str] = set()
    for number, raw in enumerate(lines, 1):
        text = _COMMENT.sub("", raw.lstrip("\ufeff")).strip()
        if not text:
            continue
        reason = url_problem(text)
        if reason:
            result.problems.append(Problem(number, text, reason))
        elif text not in seen:
            seen.add(text)
            result.urls.append(text)
    return result


def read_url_list(path: str | Path) -> UrlList:
    """Read a URL list file, or stdin for ``-``; lines with undecodable bytes become problems."""
    if str(path) == "-":
        return parse_url_lines(sys.stdin)
    text = Path(path).read_bytes().decode("utf-8", "replace")
    return parse_url_lines(text.splitlines())


def split_urls(*values: str) -> list[str]:
    """URLs from comma-separated spider arguments (``-a url=a,b -a urls=c``), once each.

    >>> split_urls("http://a.test/, http://b.test/", "", "http://a.test/")
    ['http://a.test/', 'http://b.test/']
    """
    return list(dict.fromkeys(u.strip() for value in values for u in value.split(",") if u.strip()))


def urls_from_arguments(*values: str) -> UrlList:
    """Check comma-separated command-line URLs like list lines (their problems carry line 0).

    >>> result = urls_from_arguments("http://a.test/1,a.test/2")
    >>> result.urls, [str(p) for p in result.problems]
    (['http://a.test/1'], ["not an http(s) URL: 'a.test/2'"])
    """
    result = UrlList()
    for url in split_urls(*values):
        reason = url_problem(url)
        if reason:
            result.problems.append(Problem(0, url, reason))
        else:
            result.urls.append(url)
    return result
