"""Turn page bytes into text, trusting evidence over declarations.

News sites, Chinese ones above all, often declare one charset and send another
(``gb2312`` pages that are really GBK or GB18030, UTF-8 pages left with an old
``<meta charset=gbk>``). Valid multi-byte UTF-8 almost never occurs by accident in
legacy encodings, so a strict UTF-8 decode that succeeds is taken first.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

# Declared names mapped to the superset codec that decodes every page using them.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def normalise_codec(name: str) -> str | None:
    """Map a declared charset to a Python codec, widening legacy subsets.

    >>> normalise_codec("GB2312")
    'gb18030'
    >>> normalise_codec("no-such-charset") is None
    True
    """
    name = name.strip().lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _legacy_guesses(body: bytes) -> tuple[str, str]:
    """Order the undeclared fallbacks: CJK text has high bytes in pairs, Latin text alone.

    >>> _legacy_guesses("café crème".encode("cp1252"))
    ('cp1252', 'gb18030')
    """
    paired = len(re.findall(rb"[\x80-\xff]{2,}", body))
    single = len(re.findall(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])", body))
    return ("gb18030", "cp1252") if paired >= single else ("cp1252", "gb18030")


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, codec)`` for an HTML body.

    Order: byte-order mark, strict UTF-8 (only meaningful when high bytes exist),
    the HTTP header, the ``<meta>`` declaration, then GB18030 and cp1252 as the
    common legacy fallbacks. The last resort decodes with replacement characters
    rather than failing, so one bad byte never loses a page.

    >>> decode_html("新闻".encode("gbk"), "text/html; charset=utf-8")[1]
    'gb18030'
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec
    if body.isascii():  # no high bytes: every codec agrees (and the check is a fast C scan)
        return body.decode("ascii"), "ascii"
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared: list[str | None] = [
        http_content_type_encoding(content_type) if content_type else None,
        html_body_declared_encoding(body[:4096]),
    ]
    for candidate in [*declared, *_legacy_guesses(body)]:
        legacy = normalise_codec(candidate) if candidate else None
        if legacy is None or legacy == "utf-8":
            continue
        try:
            return body.decode(legacy), legacy
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace"), "utf-8"
