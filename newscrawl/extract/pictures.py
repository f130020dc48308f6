"""What a picture of a page is: the file it shows. Whether it is chrome (an icon, an avatar, a
spacer) rather than a picture at all is :mod:`~newscrawl.extract.picturechrome`; what names it
whatever its size, :mod:`~newscrawl.extract.picturekeys`.

A picture's URL is often not in ``src``: lazy loaders keep a placeholder there and the real
file in a ``data-*`` attribute or a ``srcset``, and responsive markup lists several sizes of
one file, which CMSs and resizers name by writing the size into the path.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.etree import _Element

from newscrawl.extract.hrefs import absolute_url

PICTURE_TAGS = ("img", "amp-img")  # an AMP page's pictures are <amp-img>
# Where lazy loaders keep the real file, most specific first; ``src`` last (often a placeholder).
_URL_ATTRS = (
    "data-src", "data-lazy-src", "data-original", "data-actualsrc", "data-hi-res-src",
    "data-lazyload", "data-echo", "data-url", "src",
)  # fmt: skip
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
_LOADER_ATTR = re.compile(r"lazy.*(?:src|original)$", re.I)
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.I)
_CANDIDATE_URL = re.compile(r"[\s,]*(\S+)")
_DESCRIPTORS = re.compile(r"([^,]*),?")
_SIZE_DESCRIPTOR = re.compile(r"\d+(?:\.\d+)?[wx]")
# A placeholder a lazy loader shows until the picture scrolls in: a blank or a spinner.
_PLACEHOLDER = re.compile(
    r"(?:^|/)(?:blank|spacer|pixel|transparent|empty|grey|gray|placeholder|loading|spin(?:ner)?|"
    r"lazy(?:load|[-_]?(?:load[-_]?)?placeholder)?|"  # a lazy-load plugin's own: "lazy_placeholder.gif"
    r"1x1|clear|dot|s)\.(?:gif|png|svg|jpg)(?:$|\?)",
    re.I,
)


def opens_picture(href: str) -> bool:
    """Whether a link opens a picture file (its path names one; query and fragment aside): a
    picture's link to its full size, not to a page."""
    return _PICTURE_FILE.search(href.split("#", 1)[0].split("?", 1)[0]) is not None


def picture_url(img: _Element, base: str | None) -> str | None:
    """The URL of the picture ``img`` shows: the largest ``srcset`` candidate, else the first
    lazy-loading attribute or ``src`` holding a real file (no data URI, no placeholder, no
    loader's JSON settings), else, behind a placeholder, the picture file a link around it opens.
    In a ``<picture>`` whose sources a lazy loader fills (``data-srcset``), the ``src`` is the
    loader's stub: the full size is the last source for any screen.

    >>> from lxml.html import fragment_fromstring as f
    >>> picture_url(f('<img src="/blank.gif" data-src="/a.jpg">'), "https://x.test/n/1")
    'https://x.test/a.jpg'
    >>> picture_url(f('<img src="/a-300x200.jpg" srcset="/a-300x200.jpg 300w, /a.jpg 1200w">'), None)
    '/a.jpg'
    >>> picture_url(f('<picture><source data-srcset="/a.png"><img src="/tiny-a.webp"></picture>')[0], None)
    '/a.png'
    """
    for attr in _SRCSET_ATTRS:
        best = _largest(img.get(attr) or "")
        if best:
            return absolute_url(best, base) if base else best
    if (filled := _lazy_source(img)) is not None:
        return absolute_url(filled, base) if base else filled
    for attr in (*_URL_ATTRS, *_other_loaders(img)):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith(("data:", "{", "[")) and not _PLACEHOLDER.search(value):
            return absolute_url(value, base) if base else value
    opened = _opened_file(img)  # a placeholder alone: the full size the link around it opens
    return (absolute_url(opened, base) if base else opened) if opened else None


def _lazy_source(img: _Element) -> str | None:
    """The largest candidate of the last lazily filled ``<source>`` for any screen (no ``media``)
    of the ``<picture>`` around ``img``, if its sources are filled lazily. (libxml2's parser nests
    what follows an unclosed ``<source>`` inside it: the picture is an ancestor, not the parent.)"""
    picture = next((el for el in islice(img.iterancestors(), 4) if el.tag == "picture"), None)
    if picture is None:
        return None
    sources = [el for el in picture.iter("source") if el.get("data-srcset") and not el.get("media")]
    return _largest(sources[-1].get("data-srcset") or "") if sources else None


def _opened_file(img: _Element) -> str | None:
    """The picture file a link holding ``img`` (right around it, or around its wrapper) opens."""
    for holder in islice(img.iterancestors(), 2):
        if holder.tag == "a":
            href = (holder.get("href") or "").strip()
            return href if opens_picture(href) else None
    return None


def _other_loaders(img: _Element) -> list[str]:
    """Attributes another lazy loader keeps the file in (``nitro-lazy-src``, ``data-lazy-original``),
    none of the usual ones."""
    return [name for name in img.attrib if name not in _URL_ATTRS and _LOADER_ATTR.search(name)]


def _largest(srcset: str) -> str | None:
    """The candidate of a ``srcset`` with the largest width (or density) descriptor.

    A candidate's URL runs to the next white space, commas and all ("…?crop=0.6xw,0 980w"),
    as the HTML standard reads it: a comma ends the candidate only after its descriptor, or
    closing the URL itself. A data URI (a lazy loader's placeholder) makes the set unusable.

    >>> _largest("/a.jpg?crop=0.6xw,0&w=480 480w, /a.jpg?crop=0.6xw,0&w=980 980w")
    '/a.jpg?crop=0.6xw,0&w=980'
    >>> _largest("/a.jpg, /b.jpg 2x"), _largest("data:image/svg+xml,%3Csvg%3E 1x")
    ('/b.jpg', None)
    """
    if "data:" in srcset:
        return None
    best, size, pos = None, -1.0, 0
    while found := _CANDIDATE_URL.match(srcset, pos):
        url, pos = found[1], found.end()
        descriptor = ""
        if not url.endswith(","):
            rest = _DESCRIPTORS.match(srcset, pos)
            descriptor, pos = (rest[1].split() or [""])[0] if rest else "", rest.end() if rest else pos
        value = float(descriptor[:-1]) if _SIZE_DESCRIPTOR.fullmatch(descriptor) else 1.0
        if value > size:
            best, size = url.rstrip(","), value
    return best
