from __future__ import annotations

import pytest

from newscrawl.htmlparse import _DOC_CLOSERS, without_doc_closers


@pytest.mark.parametrize(
    "html",
    [
        "<p>plain</p></body>\n</html>\n",  # ASCII: byte offsets are character offsets
        "<p>caf\u00e9 \U0001f600</p></BODY\x1c>x</Html\u2003 >\u3000",  # spaces bytes' \\s lacks
        "\u6807</bodyguard><p>\u6bb5</body ></html>",  # an opening that is no closer
        "</body>\u6807\u9898",  # a closer first, the decode from the very start
        "<p>\u6bb5</p>",  # none
    ],
)
def test_closers_are_cut_alike_from_text_and_its_utf8(html: str) -> None:
    """The byte search for closers finds what the text search finds, cut at the same places."""
    text, utf8 = without_doc_closers(html, html.encode("utf-8"))
    assert text == _DOC_CLOSERS.sub("", html)
    assert utf8 == text.encode("utf-8")
    assert without_doc_closers(html, None) == (text, None)
