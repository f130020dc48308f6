"""Hidden by markup or style."""

from __future__ import annotations


def test_is_hiding_reads_markup_and_style() -> None:
    """is_hiding: the hidden attribute, is_hidden's styles and the zero-size/off-screen ones."""
    import lxml.html

    from newscrawl.extract.visibility import is_hiding

    def hiding(html: str) -> bool:
        return is_hiding(lxml.html.fromstring(html))

    assert hiding("<div hidden>x</div>")
    assert hiding('<div hidden style="color:red">x</div>')
    assert hiding('<div style="DISPLAY: none">x</div>')
    assert hiding('<div style="position:absolute;left:-9999px">x</div>')
    assert hiding('<div style="font-size:0">x</div>')
    assert not hiding("<div>x</div>")
    assert not hiding('<div style="">x</div>')
    assert not hiding('<div style="font-size:0.9em;width:100px">x</div>')
