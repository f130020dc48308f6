"""Measures over elements that the body search and cleaners call on nearly every element."""

from __future__ import annotations

import lxml.html

from newscrawl.extract.blocks import solid_length, weighted_length
from newscrawl.extract.dom import link_density, text_length
from newscrawl.extract.headwalk import head_lines
from newscrawl.extract.skipparts import is_boilerplate_container, is_skipped_part
from newscrawl.extract.visibility import is_hidden, is_overlay
from newscrawl.page import parse_page


def test_unlinked_length_counts_nested_anchor_text_once_per_anchor() -> None:
    # Broken markup nests anchors; each anchor's text counts for it, as text_content() sums do.
    box = lxml.html.fromstring(
        '<div>Intro text <a href="/a">Outer <span><a href="/b">inner</a></span></a></div>'
    )
    assert text_length(box) == len("Introtext") + len("Outerinner")
    assert text_length(box, linked=False) == max(0, 19 - (10 + 5))
    assert link_density(box) == 15 / 19


def test_unlinked_length_of_an_anchor_is_zero_and_whitespace_never_counts() -> None:
    anchor = lxml.html.fromstring('<a href="/x">\u3000Read\xa0more \n</a>')
    assert text_length(anchor) == 8
    assert text_length(anchor, linked=False) == 0
    assert link_density(lxml.html.fromstring("<p>   </p>")) == 0.0


def test_head_lines_keep_tails_of_skipped_blocks_and_stop_after_max_chars() -> None:
    filler = "".join(f"<p>Paragraph {i} of the story runs on for a while.</p>" for i in range(40))
    page = parse_page(
        "<html><head><title>Bridge plans approved</title></head><body>"
        "<p>Metro desk</p><h1>Bridge plans approved</h1>"
        '<div><span class="byline">By Ada Lane</span><nav>Home News</nav> on <time datetime="2025-03-04">'
        f"March 4</time></div>{filler}</body></html>"
    )
    head = head_lines(page, max_chars=200)
    assert [line.text for line in head.before] == ["Metro desk", "Bridge plans approved"]
    assert head.after[0].text == "By Ada Lane on March 4"
    assert head.after[0].stamps == (("time", "2025-03-04"),)
    assert "byline" in head.after[0].marks
    assert sum(len(line.text) + 1 for line in head.after) <= 200 + len(head.after[-1].text) + 1
    assert len(head.after) < 41


def test_caseless_search_equals_the_case_insensitive_pattern() -> None:
    import re

    import pytest

    from newscrawl.extract.dom import caseless_search

    pattern = re.compile(r"(?<![a-z])(?:author|by-?line)s?\b", re.I)
    fast = caseless_search(pattern)
    texts = ["post AUTHOR box", "coauthor", "By-Line", "entry-content", "ſ ByLine", "Авторы author", ""]
    assert [fast(t) for t in texts] == [bool(pattern.search(t)) for t in texts]
    for unsafe in (r"[A-Z]x", r"(?-i:a)b", r"\u017fx", r"caf\xe9"):
        with pytest.raises(ValueError, match="lower-case pattern"):
            caseless_search(re.compile(unsafe, re.I))
    with pytest.raises(ValueError, match="lower-case pattern"):
        caseless_search(re.compile("author"))  # case-sensitive already


def test_inline_text_length_skips_indentation_tails() -> None:
    from newscrawl.extract.dom import inline_text_length

    html = "<li>Lead\n  <b>bold</b>\n    <i>x y</i> tail\u3000end<div>block text</div>\n</li>"
    assert inline_text_length(lxml.html.fragment_fromstring(html)) == len("Leadboldxytailend")


def test_is_skipped_part_is_hidden_or_boilerplate_whatever_attributes_the_element_has() -> None:
    snippets = [
        "<p>text</p>",
        '<p hidden class="x">text</p>',
        '<div style="color: red; display : none">x</div>',
        '<div style="">x</div>',
        '<div id="comments"><p>a comment</p></div>',
        '<div class="share-bar" id="top"><a href="/x">Tweet</a></div>',
        '<nav lang="en"><a href="/">Home</a></nav>',
        '<div hidden class="article-body"><p>streamed text</p></div>',
    ]
    for html in snippets:
        element = lxml.html.fragment_fromstring(html)
        either = is_hidden(element) or is_boilerplate_container(element)
        assert is_skipped_part(element) == either, html
        assert is_skipped_part(element, include_hidden=True) == is_boilerplate_container(element), html


def test_solid_and_weighted_lengths() -> None:
    assert solid_length(" one\ttwo\x1c three\n") == solid_length("one two three") == 11
    assert solid_length("新闻\u3000稿\xa0x ") == 4
    assert weighted_length("新闻 ab") == 7
    assert weighted_length("news ab") == 7


def test_inline_text_length_leaves_out_anchor_text_blocks_scripts_and_comments() -> None:
    from newscrawl.extract.dom import inline_text_length

    html = (
        '<li>ab <a href="x">cd<b>ef</b></a> gh<em>ij</em><!-- c -->kl<div>zz</div>mn'
        "<a>op</a><span>qr<script>x</script>st</span>新 闻</li>"
    )
    item = lxml.html.fragment_fromstring(html)
    # An anchor's own text is left out, not the text of an element inside it; tails count.
    assert inline_text_length(item) == len("abefghijklmnqrst新闻")
    anchor = item.find("a")
    assert anchor is not None
    assert inline_text_length(anchor) == len("ef")


def test_plain_text_of_a_childless_element_is_its_text_as_the_xpath_gives_it() -> None:
    from newscrawl.extract.dom import plain_text

    root = lxml.html.fragment_fromstring("<div><p>Caf\u00e9 &amp; 新闻</p><p></p><p>a<!-- c -->b</p></div>")
    texts = [plain_text(p) for p in root.iter("p")]
    assert texts == ["Caf\u00e9 & 新闻", "", "ab"]
    assert all(type(t) is str for t in texts)  # plain strings, not lxml's "smart" ones


def test_plain_text_matches_text_content() -> None:
    """plain_text serialises the text nodes: the same string as XPath string(), comments
    and the element's own tail left out, nested tails and CDATA-free entities kept."""
    import lxml.html

    from newscrawl.extract.dom import plain_text

    root = lxml.html.fromstring(
        "<div><p>a <!-- note --><b>b&amp;c</b> d<br>é 配资</p>tail<span></span><script>var x</script></div>"
    )
    for element in root.iter("*"):
        assert plain_text(element) == element.text_content()
    assert plain_text(root.find("p")) == "a b&c dé 配资"


def test_is_overlay_needs_offsets_out_of_the_flow_and_little_text() -> None:
    def overlay(html: str) -> bool:
        element = lxml.html.fragment_fromstring(html)
        return is_overlay(element, element.get("style", ""))

    assert overlay('<div style="top:4.9%;left:96%"><p>$915</p></div>')
    assert overlay('<div style="position:absolute;right:0"><span>139</span> shares</div>')
    assert not overlay('<span style="position: relative; top: -2px">nudged</span>')
    assert not overlay('<div style="margin-top:10px;text-align:left">x</div>')
    column = "An article laid out in a positioned layer of an old page builder. " * 5
    assert not overlay(f'<div style="position:absolute;left:10px;top:100px"><p>{column}</p></div>')
    label = lxml.html.fragment_fromstring('<div style="top:10%;left:2%">Label</div>')
    assert is_skipped_part(label)
    assert is_skipped_part(label, include_hidden=True)


def test_inline_text_length_of_a_leaf_is_its_text_unless_it_is_an_anchor() -> None:
    from newscrawl.extract.dom import inline_text_length

    root = lxml.html.fragment_fromstring("<div><p> a b\u00a0c </p><p></p><a>link text</a><p>新 闻</p></div>")
    para, empty, anchor, han = root
    assert inline_text_length(para) == 3  # whitespace, a no-break space too, is not counted
    assert inline_text_length(empty) == 0
    assert inline_text_length(anchor) == 0  # an anchor's own text is never inline text
    assert inline_text_length(han) == 2
