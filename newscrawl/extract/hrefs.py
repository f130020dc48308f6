"""Links resolved to absolute, safe URLs; plain links take fast paths around urljoin and w3lib.
Kept apart from the element predicates: it works on strings, and the page, feed, metadata and
image readers call it as well as the renderer."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin

from w3lib.url import safe_url_string

# A URL ``safe_url_string`` returns unchanged (checked on every link of the corpora and by
# fuzzing): http(s), a lower-case ASCII host without port or user, a path of unreserved
# characters without empty or dot segments, and a non-empty query/fragment of such
# characters (no ``%``, quotes, spaces or non-ASCII, which it escapes or normalises).
_URL_CHARS = r"[A-Za-z0-9\-._~!$&()*+,;=:@]"
_URL_TAIL = r"[A-Za-z0-9\-._~!$&()*+,;=:@/?]+"
_SAFE_URL = re.compile(
    rf"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:(?:(?:/(?!\.){_URL_CHARS}+)+/?|/)(?:\?{_URL_TAIL})?)?(?:#{_URL_TAIL})?"
)


@lru_cache(maxsize=4096)
def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """Resolve ``href`` against ``base_url``; ``None`` for script and mail links.

    Memoised (a pure function of two strings, and costly): the body walk, the cleaners,
    image and metadata readers resolve many of the same links of a page.

    >>> absolute_url("../b.html", "http://x.test/a/c.html")
    'http://x.test/b.html'
    >>> absolute_url("javascript:void(0)", None) is None
    True
    """
    if not href:
        return None
    href = href.strip()
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return None
    if ";" not in href and _SAFE_URL.fullmatch(href):
        # Already absolute and safe: urljoin gives it back re-assembled from its parts (which,
        # without the ``;params`` it could drop, rebuilds it exactly), so it is returned as is.
        return href
    if base_url and (fast := _joined_safely(href, base_url)) is not None:
        return fast
    try:
        joined = urljoin(base_url, href) if base_url else href
        return joined if _SAFE_URL.fullmatch(joined) else safe_url_string(joined)
    except ValueError:  # no URL at all: a broken IPv6 host, a port out of range, a lone surrogate
        return None


def _joined_safely(href: str, base_url: str) -> str | None:
    """``urljoin(base_url, href)`` for the common relative links, a path from the site's root
    (``/news/a.html``) or a fragment (``#top``), when base and result are safe URLs: urljoin
    then only puts the base's parts and the link's back together, unchanged (no dot or empty
    segments to resolve, no ``;params``). None for any other link.

    >>> _joined_safely("/b/c.html?x=1", "https://x.test/a/d.html#f"), _joined_safely("#top", "https://x.test/a?q=1")
    ('https://x.test/b/c.html?x=1', 'https://x.test/a?q=1#top')
    """
    if not href.startswith(("/", "#")) or href.startswith("//") or href == "#" or ";" in href:
        return None
    parts = _base_parts(base_url)
    if parts is None:
        return None
    joined = (parts[0] if href[0] == "/" else parts[1]) + href
    return joined if _SAFE_URL.fullmatch(joined) else None


@lru_cache(maxsize=64)
def _base_parts(base_url: str) -> tuple[str, str] | None:
    """A safe base URL's origin (``https://host``) and its address without the fragment."""
    if ";" in base_url or not _SAFE_URL.fullmatch(base_url):
        return None
    origin = _ORIGIN.match(base_url)
    return (origin.group(), base_url.partition("#")[0]) if origin else None


_ORIGIN = re.compile(r"https?://[^/?#]+")
