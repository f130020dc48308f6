"""Measures over elements that the body search and cleaners call on nearly every element."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html

from newscrawl.extract.blocks import solid_length, weighted_length
from newscrawl.extract.dom import (
    absolute_url,
    boilerplate_words,
    is_boilerplate_container,
    is_hidden,
    is_overlay,
    is_skipped_part,
    link_density,
    text_length,
)
from newscrawl.extract.headwalk import head_lines
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


def test_named_share_bar_goes_but_a_wrapper_named_alike_with_prose_stays() -> None:
    share = lxml.html.fromstring(
        '<div class="post-share"><a href="/t">Tweet</a> <a href="/f">Share</a></div>'
    )
    prose = "Residents of the valley gathered on Tuesday to discuss the new bridge plans. " * 8
    wrapper = lxml.html.fromstring(f'<div class="content-share"><p>{prose}</p><a href="/t">Tweet</a></div>')
    linked = lxml.html.fromstring(f'<div class="share-menu"><a href="/a">{prose}</a></div>')
    assert is_boilerplate_container(share)
    assert not is_boilerplate_container(wrapper)
    assert is_boilerplate_container(linked)  # long, but all of it linked


def test_named_outright_comment_thread_goes_unless_it_wraps_the_article() -> None:
    prose = "The council voted to extend the library's opening hours through the winter. " * 50
    thread = lxml.html.fromstring(f'<section id="comments"><p>{prose[:900]}</p></section>')
    layout = lxml.html.fromstring(f'<div class="comments-layout"><main><p>{prose}</p></main></div>')
    assert is_boilerplate_container(thread)
    assert not is_boilerplate_container(layout)


def test_absolute_url_is_stable_across_repeated_calls() -> None:
    first = absolute_url("../b c.html", "http://x.test/a/c.html")
    assert first == absolute_url("../b c.html", "http://x.test/a/c.html") == "http://x.test/b%20c.html"
    assert absolute_url("mailto:desk@x.test", "http://x.test/") is None


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


def test_boilerplate_words_only_at_a_tokens_edges() -> None:
    # Words count at a token's edges only, never inside a name.
    def words(names: str) -> tuple[frozenset[str], frozenset[str]]:
        return boilerplate_words(lxml.html.fragment_fromstring(f'<div class="{names}">x</div>'))

    assert words("x-ad-y read-more") == (frozenset(), frozenset())
    assert words("AD_slot") == (frozenset({"ad"}), frozenset())
    assert words("main\tsidebar_right") == (frozenset({"sidebar"}), frozenset())
    assert words("post-Share") == (frozenset(), frozenset({"share"}))
    assert words("commentlist") == (frozenset({"comments"}), frozenset())
    assert words("article-body share") == (frozenset(), frozenset())


def test_absolute_url_fast_path_agrees_with_safe_url_string() -> None:
    """Plain URLs skip w3lib; anything it would rewrite (case, empty query, escapes, an
    empty path before a query) still goes through it, with the same result."""
    from w3lib.url import safe_url_string

    base = "https://news.example.test/world/2026/story.html"
    for href in (
        "/politics/vote-count?id=3&page=2#top",
        "../photos/",
        "https://Cdn.Example.test/a b.jpg",
        "https://shop.example.test?utm_source=nav",
        "/search?",
        "/tag/caf\u00e9",
        "/a/%7euser",
        "#",
    ):
        joined = urljoin(base, href)
        assert absolute_url(href, base) == safe_url_string(joined), href
    assert absolute_url("https://shop.example.test?x=1", None) == "https://shop.example.test/?x=1"


def test_named_wrapper_holding_a_short_chinese_article_stays() -> None:
    # 200 Han characters fill as many lines as about 530 Latin ones: page-sized, not a nav bar.
    article = "市政府昨日宣布，新建的城市图书馆将于下月正式开放，市民可以免费借阅图书。" * 5
    wrapper = lxml.html.fromstring(f'<div class="nav"><a href="/">首页</a><p>{article}</p></div>')
    menu = lxml.html.fromstring('<div class="nav"><a href="/">首页</a> 新闻 体育 财经 娱乐 科技</div>')
    assert not is_boilerplate_container(wrapper)
    assert is_boilerplate_container(menu)


def test_copyright_box_goes_whatever_its_length() -> None:
    notice = "凡本网注明来源的所有文字、图片和音视频稿件，版权均属本网所有，未经协议授权不得转载。" * 5
    box = lxml.html.fromstring(f'<div class="copyright"><p>{notice}</p></div>')
    assert is_boilerplate_container(box)


def test_a_banner_is_page_chrome_unless_it_holds_a_page_of_text() -> None:
    notice = "An official website of the government. Here is how you know. Secure sites use https."
    banner = lxml.html.fromstring(f'<section class="site-banner"><p>{notice}</p></section>')
    hero = lxml.html.fromstring(f'<section class="banner"><p>{"A long feature opening. " * 30}</p></section>')
    assert is_boilerplate_container(banner)
    assert not is_boilerplate_container(hero)


def test_boilerplate_words_of_a_body_name_are_none() -> None:
    # A class string naming the article body keeps it whatever else it holds; case and any
    # whitespace between tokens do not matter.
    def words(names: str) -> tuple[frozenset[str], frozenset[str]]:
        return boilerplate_words(lxml.html.fragment_fromstring(f'<div class="{names}">x</div>'))

    assert words("Entry-Content Share-Bar") == (frozenset(), frozenset())
    assert words("NAV\u00a0Comments-Area") == (frozenset({"nav", "comments"}), frozenset())
    assert words("x-nav-y") == (frozenset(), frozenset())


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


def test_root_relative_and_fragment_links_join_as_urljoin_does() -> None:
    for base in (
        "https://news.test/a/b.html?x=1#f",
        "http://news.test",
        "https://news.test:8080/a",
        "HTTP://News.test/",
    ):
        for href in (
            "/world/story-1.html?page=2#top",
            "#comments",
            "/",
            "/a/../b",
            "/a//b",
            "/caf\u00e9",
            "#",
        ):
            assert absolute_url(href, base) == absolute_url.__wrapped__(href, base), (base, href)
    assert absolute_url("/world/a.html#x", "https://news.test/b?q=1") == "https://news.test/world/a.html#x"
    assert absolute_url("#x", "https://news.test/b?q=1#y") == "https://news.test/b?q=1#x"


def test_solid_and_weighted_lengths() -> None:
    assert solid_length(" one\ttwo\x1c three\n") == solid_length("one two three") == 11
    assert solid_length("新闻\u3000稿\xa0x ") == 4
    assert weighted_length("新闻 ab") == 7
    assert weighted_length("news ab") == 7


def test_absolute_url_of_a_broken_link_is_none_not_an_error() -> None:
    base = "https://news.example/a/1.html"
    assert absolute_url("http://[::1/x", base) is None  # unclosed IPv6 host
    assert absolute_url("/x", "http://[::1/") is None  # a broken base
    assert absolute_url("b.html", "http://news.example:99999999/a") is None  # port out of range
    assert absolute_url("b\ud800.html", base) is None  # a lone surrogate cannot be encoded
    assert absolute_url("b.html", base) == "https://news.example/a/b.html"


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


def test_is_hiding_reads_markup_and_style() -> None:
    """is_hiding: the hidden attribute, is_hidden's styles and the zero-size/off-screen ones."""
    import lxml.html

    from newscrawl.extract.dom import is_hiding

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


def test_parts_whose_aria_role_sets_them_beside_the_text_go_when_small() -> None:
    hatnote = lxml.html.fragment_fromstring(
        '<div role="note">Main article: <a href="/w/Firefox">Firefox</a></div>'
    )
    dialog = lxml.html.fragment_fromstring('<div role="dialog"><p>Sign in to save this story.</p></div>')
    region = lxml.html.fragment_fromstring('<div role="region"><p>The council voted.</p></div>')
    long_note = lxml.html.fragment_fromstring(
        f'<div role="complementary"><p>{"A long aside of prose. " * 30}</p></div>'
    )
    assert is_skipped_part(hatnote)
    assert is_boilerplate_container(hatnote)
    assert is_skipped_part(dialog)
    assert not is_skipped_part(region)
    assert not is_skipped_part(long_note)


def test_inline_text_length_of_a_leaf_is_its_text_unless_it_is_an_anchor() -> None:
    from newscrawl.extract.dom import inline_text_length

    root = lxml.html.fragment_fromstring("<div><p> a b\u00a0c </p><p></p><a>link text</a><p>新 闻</p></div>")
    para, empty, anchor, han = root
    assert inline_text_length(para) == 3  # whitespace, a no-break space too, is not counted
    assert inline_text_length(empty) == 0
    assert inline_text_length(anchor) == 0  # an anchor's own text is never inline text
    assert inline_text_length(han) == 2
