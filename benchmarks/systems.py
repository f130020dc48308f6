"""Adapters that run each extractor on page bytes and return one uniform ``Result``.

Each adapter takes the page as the crawler holds it (bytes) and does what a user of that
library would do: pass bytes where the library accepts them, otherwise decode with
``newscrawl.encoding.decode_html`` so every str-only peer sees the same, correct text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html


@dataclass
class Result:
    """What one system returned for one page, as plain strings."""

    headline: str | None = None
    body: str = ""
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None  # the credited outlet (sourceOrganization); only newscrawl reports one


Adapter = Callable[[bytes, str | None], Result]


@dataclass(frozen=True)
class System:
    """A named extractor, the fields it reports, and whether it only suits Chinese pages."""

    name: str
    factory: Callable[[], Adapter]  # raises ImportError when the library is missing
    fields: frozenset[str]
    chinese_only: bool = False
    by_default: bool = True  # run when --systems is not given


ALL_FIELDS = frozenset({"headline", "body", "date", "authors"})


def _decode(body: bytes) -> str:
    """Decode the way the crawler does, for peers that take str."""
    from newscrawl.encoding import decode_html

    return decode_html(body)[0]


def newscrawl_adapter(clean: bool = True) -> Adapter:
    """newscrawl's own extractor; takes bytes directly. ``clean=False`` skips the page-level
    boilerplate and spam cleaning (what ``extract(clean=False)`` gives a library user)."""
    from newscrawl.extract.article import extract

    def run(body: bytes, url: str | None) -> Result:
        art = extract(body, url=url, clean=clean)
        authors = list(art.authors or [])
        return Result(art.headline, art.articleBody or "", art.datePublished, authors, art.sourceOrganization)

    return run


def trafilatura_adapter() -> Adapter:
    """trafilatura with default precision/recall; dates asked for with their time and offset."""
    import trafilatura
    from trafilatura.settings import set_date_params

    date_params = {**set_date_params(), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

    def run(body: bytes, url: str | None) -> Result:
        doc = trafilatura.bare_extraction(
            body, url=url, with_metadata=True, date_extraction_params=date_params
        )
        if doc is None:
            return Result()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Result(doc.title, doc.text or "", doc.date, authors)

    return run


def readability_adapter() -> Adapter:
    """readability-lxml: metadata first, since ``summary()`` mutates the parsed tree."""
    from readability import Document

    def run(body: bytes, url: str | None) -> Result:
        doc = Document(_decode(body), url=url)
        title, author = doc.short_title(), doc.author()
        authors = [] if not author or author == "[no-author]" else [author]
        return Result(title, html_to_text(doc.summary()), None, authors)

    return run


def gne_adapter() -> Adapter:
    """GNE (GeneralNewsExtractor), built for Chinese news pages; takes str."""
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(body: bytes, url: str | None) -> Result:
        out = extractor.extract(_decode(body))
        author = (out.get("author") or "").strip()
        return Result(
            out.get("title"),
            out.get("content") or "",
            out.get("publish_time") or None,
            [author] if author else [],
        )

    return run


SYSTEMS: dict[str, System] = {
    "newscrawl": System("newscrawl", newscrawl_adapter, ALL_FIELDS),
    # Opt-in (--systems): extraction without the cleaning no peer does, to show what cleaning costs.
    "newscrawl-noclean": System(
        "newscrawl-noclean", lambda: newscrawl_adapter(clean=False), ALL_FIELDS, by_default=False
    ),
    "trafilatura": System("trafilatura", trafilatura_adapter, ALL_FIELDS),
    "readability": System("readability", readability_adapter, frozenset({"headline", "body", "authors"})),
    "gne": System("gne", gne_adapter, ALL_FIELDS, chinese_only=True),
}


_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_SKIP = frozenset({"script", "style", "noscript", "template", "head"})


def html_to_text(markup: str) -> str:
    """Render HTML as text: block elements start a line, spaces collapse, blank lines drop.

    >>> html_to_text("<div><p>One  <b>two</b></p><p>three<br>four</p></div>")
    'One two\\nthree\\nfour'
    >>> html_to_text("")
    ''
    """
    if not markup.strip():
        return ""
    parts: list[str] = []
    _walk(lxml_html.fromstring(markup), parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(el: etree._Element, parts: list[str]) -> None:
    """Append the text of ``el`` and its tail, with newlines around block elements."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag and tag not in _SKIP:
        block = tag in _BLOCKS
        parts.append("\n" if block else "")
        parts.append(el.text or "")
        for child in el:
            _walk(child, parts)
        parts.append("\n" if block else "")
    parts.append(el.tail or "")
