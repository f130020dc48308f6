"""URL hygiene for crawling: canonical forms, tracking parameters, trap limits."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|spm|from|share_token|"
    r"ref|ref_src|cmpid|ito|wt\.mc_id|s_cid)$",
    re.I,
)
_NON_HTML = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tgz|mp[34]|"
    r"m4a|avi|mov|wmv|flv|webm|css|js|json|xml|rss|atom|apk|exe|dmg|woff2?|ttf)$",
    re.I,
)


def split_url(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or None for a malformed URL: a link read from a page can be anything.

    >>> split_url("https://a.test/x").path, split_url("http://[oops/x")
    ('/x', None)
    """
    try:
        return urlsplit(url)
    except ValueError:
        return None


def strip_tracking(url: str) -> str:
    """Drop tracking query parameters and the fragment.

    >>> strip_tracking("http://a.test/x?id=3&utm_source=tw&fbclid=9#top")
    'http://a.test/x?id=3'
    """
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def canonical_form(url: str) -> str:
    """The key two URLs of one page share: tracking stripped, query sorted, host lower-cased.

    >>> canonical_form("HTTP://A.test/x?b=2&a=1&utm_medium=x#f")
    'http://a.test/x?a=1&b=2'
    """
    return canonicalize_url(strip_tracking(url))


def looks_like_html(url: str) -> bool:
    """False for links to images, documents, archives, feeds and other non-pages.

    >>> looks_like_html("http://a.test/photo.JPG"), looks_like_html("http://a.test/a.html")
    (False, True)
    """
    return _NON_HTML.search(urlsplit(url).path) is None


@lru_cache(maxsize=8192)
def host_of(url: str | None) -> str:
    """Lower-cased host without a leading ``www.``; empty for relative or malformed URLs.

    Memoised: the spam detectors ask about the same few URLs many times a page.

    >>> host_of("https://www.Example.test:8080/a"), host_of("/relative"), host_of("http://[oops/")
    ('example.test', '', '')
    """
    parts = split_url(url or "")
    return (parts.hostname or "").removeprefix("www.") if parts else ""


_GENERIC_SLD = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})


@lru_cache(maxsize=8192)
def site_key(host: str) -> str:
    """The registrable part of a host, without a public-suffix list: good enough to tell sites apart.

    >>> site_key("news.example.com.cn")
    'example.com.cn'
    >>> site_key("m.best-casino.test")
    'best-casino.test'
    """
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
