"""Tolerant parsing of the XML that feeds and sitemaps are served as.

Feeds in the wild are often not XML: a bare ``&`` in a title, HTML entities such as
``&nbsp;`` that XML does not define, whitespace before the declaration. libxml2's
recovery mode silently drops the rest of a text node at such a character, so the
entities are repaired first. Entity expansion and the network stay off: a feed is
untrusted input (no XXE, no billion laughs).
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from lxml import etree
from lxml.etree import _Element

# An ampersand that does not start one of XML's own references.
_AMPERSAND = re.compile(
    rb"&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)(?:([A-Za-z][A-Za-z0-9]{1,31});)?"
)
_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.S)
_LEADING = re.compile(rb"^(?:\xef\xbb\xbf)?\s+(?=<)")
_TAGS = re.compile(r"<[^>]{0,2000}>")
_SPACE = re.compile(r"\s+")


def repair_entities(body: bytes) -> bytes:
    r"""Turn HTML entities into character references and lone ``&`` into ``&amp;``, outside CDATA.

    Works on bytes: ``&`` is never part of a multi-byte character in UTF-8, GBK or Big5.

    >>> repair_entities(b"AT&T &nbsp;caf&eacute; &amp; &#233; &bogus; <![CDATA[&nbsp;]]>")
    b'AT&amp;T &#160;caf&#233; &amp; &#233; &amp;bogus; <![CDATA[&nbsp;]]>'
    """
    parts = _CDATA.split(_LEADING.sub(b"", body))
    return b"".join(p if i % 2 else _AMPERSAND.sub(_entity, p) for i, p in enumerate(parts))


def _entity(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    chars = html5.get(name.decode("ascii") + ";") if name else None
    if chars is None:
        return b"&amp;" + match.group(0)[1:]
    return b"".join(b"&#%d;" % ord(c) for c in chars)


def parse_xml(body: bytes, base_url: str | None = None) -> _Element | None:
    """The document's root element, recovered from errors; None when nothing parses."""
    parser = etree.XMLParser(
        recover=True,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        return etree.fromstring(repair_entities(body), parser, base_url=base_url)
    except (etree.XMLSyntaxError, ValueError):
        return None


def local_name(el: _Element) -> str:
    """The tag without its namespace, lower-cased; '' for comments and entities.

    >>> local_name(etree.fromstring(b'<a:Feed xmlns:a="urn:x"/>'))
    'feed'
    """
    tag = el.tag
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def children(el: _Element, *names: str) -> list[_Element]:
    """Direct children with one of the local ``names``, whatever their namespace."""
    return [child for child in el if local_name(child) in names]


def child_text(el: _Element, *names: str) -> str | None:
    """Clean text of the first child among ``names`` (in the order given) that has any."""
    for name in names:
        for child in children(el, name):
            text = plain_text(child)
            if text:
                return text
    return None


def plain_text(el: _Element) -> str:
    """An element's text as a reader sees it: markup and double-escaped entities resolved.

    Titles arrive as CDATA with HTML inside, or escaped twice (``AT&amp;amp;T``).

    >>> plain_text(etree.fromstring(b"<t><![CDATA[ A <b>bold</b>\\n move ]]></t>"))
    'A bold move'
    >>> plain_text(etree.fromstring(b"<t>AT&amp;amp;T &amp;lt;3</t>"))
    'AT&T <3'
    """
    text = "".join(el.itertext())
    if "<" in text:
        text = _TAGS.sub(" ", text)
    return _SPACE.sub(" ", html.unescape(text)).strip()
