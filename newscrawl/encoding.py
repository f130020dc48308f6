"""Turn page bytes into text, trusting evidence over declarations.

News sites, Chinese ones above all, often declare one charset and send another
(``gb2312`` pages that are really GBK or GB18030, UTF-8 pages left with an old
``<meta charset=gbk>``). Valid multi-byte UTF-8 almost never occurs by accident in
legacy encodings, so a strict UTF-8 decode that succeeds is taken first. Pages that
went through a broken pipeline once already (their bytes read as Latin-1 and saved again
as UTF-8: "Investorâ\x80\x99s", "ÄÚÃÉ¹Å") pass that check too; they are repaired whole.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator

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


def _codec_candidates(body: bytes, content_type: str | None) -> Iterator[str | None]:
    """The charsets to try on bytes that are not UTF-8: the declared ones (the HTTP header's,
    then the ``<meta>``'s), then the legacy guesses. Each is found only when those before it
    failed: the guesses scan the whole body, and most pages decode as declared."""
    yield http_content_type_encoding(content_type) if content_type else None
    yield html_body_declared_encoding(body[:4096])
    yield from _legacy_guesses(body)


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
    text, codec, _ = decode_html_utf8(body, content_type)
    return text, codec


def decode_html_utf8(body: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """:func:`decode_html`, and whether ``body`` is the text's own UTF-8 (ASCII or UTF-8
    decoded as it is, not repaired): a parser reading UTF-8 then takes the bytes as they
    came instead of the text encoded again.

    >>> decode_html_utf8("<p>新闻</p>".encode("utf-8"))
    ('<p>新闻</p>', 'utf-8', True)
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec, False
    if body.isascii():  # no high bytes: every codec agrees (and the check is a fast C scan)
        return body.decode("ascii"), "ascii", True
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired, codec = _repaired(text, body, html_body_declared_encoding(body[:4096]))
        return repaired, codec, repaired is text
    for candidate in _codec_candidates(body, content_type):
        legacy = normalise_codec(candidate) if candidate else None
        if legacy is None or legacy == "utf-8":
            continue
        try:
            return body.decode(legacy), legacy, False
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace"), "utf-8", False


def _repaired(text: str, utf8: bytes, declared: str | None) -> tuple[str, str]:
    """UTF-8 text (``utf8`` decoded) with its mojibake undone; a page can have been through
    it twice. Most pages show no sign of it in their bytes, which is far cheaper to see
    than to rule out character by character."""
    declared_codec = normalise_codec(declared) if declared else None
    if declared_codec not in _CJK_CODECS and not _has_mojibake_bytes(utf8):
        return text, "utf-8"
    codec = "utf-8"
    for _ in range(3):
        repair = undo_mojibake(text, declared)
        if repair is None:
            break
        text, codec = repair
    return text, codec


def _has_mojibake_bytes(utf8: bytes) -> bool:
    """``_UTF8_MOJIBAKE_BYTES`` occurs in ``utf8``; searched from its first lead byte ``Ã``
    (found at memchr speed), as most pages hold none."""
    start = utf8.find(b"\xc3")
    return start >= 0 and _UTF8_MOJIBAKE_BYTES.search(utf8, start) is not None


def _cp1252_specials() -> dict[str, int]:
    """The characters cp1252 puts at bytes 0x80-0x9f (€, ’, “ ...), by the byte each stands for.
    The five bytes cp1252 leaves undefined read as Latin-1 (U+0081 ...), as browsers do."""
    specials = {}
    for byte in range(0x80, 0xA0):
        with contextlib.suppress(UnicodeDecodeError):
            specials[bytes([byte]).decode("cp1252")] = byte
    return specials


_SPECIALS = _cp1252_specials()
_SPECIAL_CHARS = "".join(_SPECIALS)
# A character no single Latin-1/cp1252 byte decodes to: the text is not bytes read as Latin-1.
_NOT_A_BYTE = re.compile(f"[^\x00-\xff{_SPECIAL_CHARS}]")
# Two such high characters in a row: how every multi-byte character reads once its bytes
# have been decoded as Latin-1 and saved again as UTF-8. Text written in Latin languages
# rarely has two accented letters side by side.
_MOJIBAKE_PAIR = re.compile(f"[\x80-\xff{_SPECIAL_CHARS}]{{2}}")
# The UTF-8 bytes of a UTF-8 lead byte read as a character (Â..ô) and then a continuation
# byte read as one (U+0080..U+00BF, or the cp1252 character at 0x80..0x9f). Text whose
# Latin-1 reading decodes as UTF-8 holds a lead byte followed by a continuation byte, so
# its own UTF-8 holds this; pages without it need no UTF-8 repair.
_UTF8_MOJIBAKE_BYTES = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|"
    + b"|".join(re.escape(char.encode("utf-8")) for char in _SPECIAL_CHARS)
    + rb")"
)
_TO_LATIN1 = str.maketrans({char: chr(byte) for char, byte in _SPECIALS.items()})
_CJK_CODECS = ("gb18030", "big5hkscs", "shift_jis", "euc_jp", "euc_kr")
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def undo_mojibake(text: str, declared: str | None) -> tuple[str, str] | None:
    """``(text, codec)`` for a page whose bytes were decoded as Latin-1 (or cp1252) and
    stored again as UTF-8, None for a page that reads as it is.

    Such pages pass the strict UTF-8 check, yet every non-ASCII character is two or three
    accented Latin letters ("Investorâ\x80\x99s", "ÄÚÃÉ¹Å"). The repair is all or nothing:
    every character must map back to a single byte, and the bytes must decode strictly,
    as UTF-8 or, for a page declaring a CJK charset, as that charset giving CJK text.

    >>> undo_mojibake("It\u00e2\u0080\u0099s the investor\u00e2\u0080\u0099s caf\u00c3\u00a9", None)
    ('It’s the investor’s café', 'utf-8')
    >>> undo_mojibake("Café crème brûlée", None) is None
    True
    >>> bytes_as_latin1 = "内蒙古新闻网".encode("gbk").decode("latin-1")
    >>> undo_mojibake(bytes_as_latin1, "gb2312")
    ('内蒙古新闻网', 'gb18030')
    """
    if text.isascii() or _NOT_A_BYTE.search(text) or len(_MOJIBAKE_PAIR.findall(text, 0, 200_000)) < 3:
        return None
    codec = normalise_codec(declared) if declared else None
    latin9 = _read_as_latin9(text)
    for candidate in dict.fromkeys(["utf-8", *([codec] if codec in _CJK_CODECS else [])]):
        # UTF-8 read as cp1252 is the common case, and "Â€" (U+0080) reads either way; a
        # page declaring a CJK charset that shows only Latin-9's letters was read as Latin-9.
        table = _TO_LATIN9 if latin9 and candidate != "utf-8" else _TO_LATIN1
        try:
            repaired = text.translate(table).encode("latin-1").decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate == "utf-8" or _CJK_TEXT.search(repaired):
            return repaired, candidate
    return None


# ISO-8859-15 (Latin-9) puts eight letters where Latin-1 has signs: € Š š Ž ž Œ œ Ÿ at
# 0xA4 ... 0xBE, where cp1252 has them at 0x80-0x9f. Pages read as Latin-9 show them
# but neither the signs they replaced nor cp1252's other specials (’ “ …).
_LATIN9 = {"€": 0xA4, "Š": 0xA6, "š": 0xA8, "Ž": 0xB4, "ž": 0xB8, "Œ": 0xBC, "œ": 0xBD, "Ÿ": 0xBE}
_TO_LATIN9 = str.maketrans({char: chr(byte) for char, byte in _LATIN9.items()})
_LATIN9_LETTER = re.compile(f"[{''.join(_LATIN9)}]")
_NOT_LATIN9 = re.compile(
    "["
    + "".join(chr(byte) for byte in _LATIN9.values())
    + "".join(c for c in _SPECIAL_CHARS if c > "\xff" and c not in _LATIN9)
    + "]"
)


def _read_as_latin9(text: str) -> bool:
    """Whether ``text``'s high characters are bytes read as Latin-9 rather than cp1252: then
    ``œ`` stands for 0xBD, not 0x9C (GBK text read so turns 附近 into 灉滭)."""
    return _LATIN9_LETTER.search(text) is not None and _NOT_LATIN9.search(text) is None
