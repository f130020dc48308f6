"""The prose scoring the body search adds up: name biases, sentence marks, paragraph
weights and the walk over text elements."""

from __future__ import annotations


def test_name_bias_ignores_case_of_ascii_and_non_ascii_names() -> None:
    from newscrawl.extract.bodyscore import _name_bias

    assert _name_bias("Article-BODY") == 5.0
    assert _name_bias("SIDEBAR widget") == -10.0
    assert _name_bias("Story \u00e9t\u00e9 Related") == -5.0  # non-ASCII names take the pattern itself
    assert _name_bias("\u017fidebar") == -10.0  # long s folds to "s" under re.I
    assert _name_bias("wrapper") == 0.0


def test_sentence_marks_count_as_the_pattern_finds_them() -> None:
    from newscrawl.extract.bodyscore import SENTENCE_END, _sentence_marks

    for text in (
        'He said: "Go!" (Then he left.) Why?',
        "No marks here at all",
        "\u201cQuoted,\u201d she wrote\u2026 then stopped.",
        "\u4e2d\u6587\u3002\u65b0\u95fb\uff01\u5bf9\uff1f",
        "Caf\u00e9\xa0ends. \u201cQuoted\u201d; done\u2026",
        "新闻。好！（注）：是？",
        "",
    ):
        assert _sentence_marks(text) == len(SENTENCE_END.findall(text)), text


def test_sentence_marks_take_the_callers_utf8() -> None:
    from newscrawl.extract.bodyscore import _sentence_marks

    text = "他说：“走！”然后离开。 Then: done."
    assert _sentence_marks(text, text.encode("utf-8")) == _sentence_marks(text)


def test_paragraph_weight_of_a_leaf_matches_the_same_text_with_an_inline_child() -> None:
    import lxml.html

    from newscrawl.extract.bodyscore import paragraph_weight

    text = "The council voted on Tuesday to extend the tram line. Work starts in May."
    leaf = lxml.html.fragment_fromstring(f"<p>{text}</p>")
    wrapped = lxml.html.fragment_fromstring(f"<p>{text[:20]}<b>{text[20:40]}</b>{text[40:]}</p>")
    assert paragraph_weight(leaf) == paragraph_weight(wrapped)
    assert paragraph_weight(leaf)[0] > 1.0
    assert paragraph_weight(lxml.html.fragment_fromstring("<p>Too short.</p>")) == (0.0, 0.0)
    assert paragraph_weight(lxml.html.fragment_fromstring("<p></p>")) == (0.0, 0.0)


def test_text_walk_judges_nothing_inside_a_skipped_subtree() -> None:
    """The walk goes down only into kept elements, in document order, and goes on after a
    skipped subtree (and after a script) with the elements that follow it."""
    import lxml.html

    from newscrawl.extract.bodyscore import text_elements

    root = lxml.html.fromstring(
        "<html><body><div id='main'><p>First paragraph.</p>"
        "<div class='share'><a href='/s'>Share</a><div><p>Inside the share bar.</p></div></div>"
        "<script>var x = 1;</script><section><p>Second paragraph.</p><li>Item</li></section>"
        "<div>Loose words<span>x</span></div></div></body></html>"
    )
    walked: dict = {}
    found = list(text_elements(root.find("body"), False, walked))
    assert [e.text for e in found] == ["First paragraph.", "Second paragraph.", "Item", "Loose words", "x"]
    share = root.find(".//div[@class='share']")
    assert walked[share] is False
    assert all(e not in walked for e in share.iterdescendants())
    assert root.find(".//script") not in walked
    assert walked[root.find(".//section")] is True
