from __future__ import annotations

import json

import lxml.html
import pytest

from newscrawl.extract.article import extract
from newscrawl.page import PageError, parse_page
from newscrawl.treerepair import unnest_blocks


def test_json_ld_graph_is_flattened_and_cdata_wrapped_json_ld_is_read() -> None:
    html = """<script type="application/ld+json">//<![CDATA[
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
     {"@type":"NewsArticle","headline":"H","datePublished":"2025-01-22T10:00:00+08:00"}]}
    //]]></script><p>x</p>"""
    page = parse_page(html)
    assert [o["headline"] for o in page.json_ld_of_type("NewsArticle")] == ["H"]


def test_broken_json_ld_is_skipped_not_fatal() -> None:
    page = parse_page('<script type="application/ld+json">{"@type": "NewsArticle",</script><p>x</p>')
    assert page.json_ld == []


def test_scripts_styles_and_comments_are_stripped_but_hydration_data_kept() -> None:
    html = """<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>
    <script>var x = "not text";</script><style>p{}</style><!-- note --><p>visible</p>"""
    page = parse_page(html)
    assert page.tree.text_content().strip() == "visible"
    assert page.scripts["__NEXT_DATA__"] == '{"props":{}}'


def test_content_after_a_premature_html_close_is_kept() -> None:
    page = parse_page("<html><body><p>a</p></body></html><div><p>late article text</p></div>")
    assert "late article text" in page.tree.text_content()


def test_meta_keys_are_lower_cased_with_all_values() -> None:
    page = parse_page('<meta property="OG:Title" content="A"><meta name="og:title" content="B"><p>x</p>')
    assert page.meta["og:title"] == ["A", "B"]
    assert page.meta_first("og:title") == "A"


@pytest.mark.parametrize("body", [b"", b"   \n"])
def test_empty_input_is_a_page_error(body: bytes) -> None:
    with pytest.raises(PageError):
        parse_page(body)


def test_tree_elements_keep_the_lxml_html_api_including_forms() -> None:
    # The parser skips lxml.html's per-tag classes for speed; every element must still
    # offer text_content() (forms and inputs included) and the text must be the same.
    page = parse_page(
        "<body><form><label>Q</label><input value='x'><select><option>o</option></select></form>"
        "<p>caf\u00e9 <b>news</b></p></body>"
    )
    assert all(hasattr(el, "text_content") for el in page.tree.iter())
    assert page.tree.find(".//form").text_content() == "Qo"
    assert page.tree.find(".//p").text_content() == "caf\u00e9 news"


def test_str_and_bytes_input_give_the_same_tree() -> None:
    html = "<html><head><meta charset='gbk'></head><body><p>新闻 caf\u00e9 &amp; more</p></body></html>"
    from_str = parse_page(html)
    from_bytes = parse_page(html.encode("gbk"))
    assert from_str.tree.find(".//p").text_content() == "新闻 café & more"
    assert from_bytes.tree.find(".//p").text_content() == from_str.tree.find(".//p").text_content()


def test_a_str_with_a_lone_surrogate_still_parses() -> None:
    page = parse_page("<p>before \ud800 after</p>")
    assert page.tree.find(".//p") is not None


def test_an_rdfa_property_list_files_its_value_under_each_term_dublin_core_spelt_as_names() -> None:
    html = """<meta property="dc:creator  twitter:site_name" content="Ann Lee">
    <meta property="DCTERMS:modified" content="2025-01-22"><meta name="DC.creator" content="Bo Chen">
    <meta property="" name="description" content="D"><p>x</p>"""
    page = parse_page(html)
    assert page.meta["dc.creator"] == ["Ann Lee", "Bo Chen"]
    assert page.meta["twitter:site_name"] == ["Ann Lee"]
    assert page.meta["dcterms.modified"] == ["2025-01-22"]
    assert page.meta["description"] == ["D"]  # an empty property leaves the name
    assert "dc:creator" not in page.meta


def test_dublin_core_rdfa_credits_the_author() -> None:
    html = """<head><meta property="dc:creator twitter:site_name" content="Creator Name">
    <meta name="author" content="FAIL"></head><body><article><h1>A title here</h1>
    <p>Some words of the article body, long enough to count as a paragraph of text.</p></article></body>"""
    assert extract(html, url="https://example.com/a/story.html").authors == ["Creator Name"]


def test_json_ld_in_a_meta_value_is_read_and_only_objects_are_added() -> None:
    html = """<head><meta name="script:ld+json" content='{"@type":"Article","datePublished":"2025-11-17"}'>
    <meta name="other:ld+json" content="[1, &quot;x&quot;]"><meta name="x-ld+json" content="{broken">
    <meta name="description" content='{"@type":"Article","headline":"not JSON-LD"}'></head><p>x</p>"""
    page = parse_page(html)
    assert page.json_ld == [{"@type": "Article", "datePublished": "2025-11-17"}]


def test_json_ld_that_next_script_queues_is_read() -> None:
    article = json.dumps(
        {"@type": "NewsArticle", "headline": "Tram depot roof", "datePublished": "2025-03-09"}
    )
    queued = [
        [0, {"type": "application/ld+json", "children": article}],
        [0, {"type": "application/ld+json", "dangerouslySetInnerHTML": {"__html": '{"@type":"WebSite"}'}}],
        ["/analytics.js", {"strategy": "beforeInteractive"}],  # a script file: no data
        [0, {"type": "application/ld+json", "children": "{broken"}],
    ]
    pushes = ";".join(f"(self.__next_s=self.__next_s||[]).push({json.dumps(q)})" for q in queued)
    page = parse_page(f"<html><head><script>{pushes}</script></head><body><p>x</p></body></html>")
    assert [o["@type"] for o in page.json_ld] == ["NewsArticle", "WebSite"]
    assert page.json_ld[0]["datePublished"] == "2025-03-09"
    deep = "(self.__next_s=self.__next_s||[]).push(" + "[" * 5000 + "]" * 5000 + ")"
    assert parse_page(f"<html><head><script>{deep}</script></head><body><p>x</p></body></html>").json_ld == []


def _paragraphs(html: str) -> list[str]:
    tree = parse_page(html).tree
    return [" ".join(p.text_content().split()) for p in tree.iter("p", "h2")]


def test_streamed_segments_replace_their_placeholders_and_fallbacks() -> None:
    html = """<body><article><h1>T</h1>
    <!--$?--><template id="B:0"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$-->
    <p>Between.</p><template id="B:1"></template><div>Loading image...</div></article>
    <div hidden id="S:1"><p>Second.</p></div>
    <div hidden id="S:0"><p>First.</p><template id="P:2"></template></div>
    <div hidden id="S:2"><h2>Nested</h2><p>Third.</p></div></body>"""
    page = parse_page(html)
    assert _paragraphs(html) == ["First.", "Nested", "Third.", "Between.", "Second."]
    assert "Loading" not in page.tree.text_content()
    assert not [el for el in page.tree.iter("div") if el.get("hidden") is not None]


def test_a_boundary_is_completed_by_the_segment_its_script_names() -> None:
    html = """<body><div><!--$?--><template id="B:0"></template><p>Loading...</p><!--/$--></div>
    <div hidden id="S:0"><p>Other segment.</p></div><div hidden id="S:3"><p>Article.</p></div>
    <script>$RC("B:0","S:3")</script></body>"""
    assert _paragraphs(html)[0] == "Article."


def test_a_template_without_a_segment_is_left_alone() -> None:
    assert _paragraphs('<body><template id="B:0"></template><p>Kept fallback.</p></body>') == [
        "Kept fallback."
    ]


def test_json_ld_of_type_matches_any_case_in_document_order_and_skips_null_types() -> None:
    html = """<script type="application/ld+json">[{"@type": null, "name": "untyped"},
    {"@type": ["WebPage", "newsarticle"], "name": "first"}, {"@type": 7, "name": "numeric"},
    {"@type": "BlogPosting", "name": "second"}]</script><p>x</p>"""
    page = parse_page(html)
    found = [o["name"] for o in page.json_ld_of_type("NewsArticle", "blogposting")]
    assert found == ["first", "second"]
    assert [o["name"] for o in page.json_ld_of_type("Person")] == []
    assert page.json_ld_kinds() == [frozenset(), {"webpage", "newsarticle"}, frozenset(), {"blogposting"}]


def test_meta_first_reads_keys_case_insensitively_and_skips_blank_values() -> None:
    page = parse_page(
        '<meta name="Description" content=" "><meta property="OG:Description" content=" D "><p>x</p>'
    )
    assert page.meta_first("DESCRIPTION", "og:description") == "D"
    assert page.meta_first("keywords") is None


def test_title_element_is_the_first_title_in_document_order() -> None:
    page = parse_page(
        "<html><head><title>Head title</title></head><body><p>x</p><title>Late</title></body></html>"
    )
    assert page.title_text() == "Head title"
    assert page.title_element() is page.tree.find(".//title")
    empty = parse_page("<html><head><title></title></head><body><p>x</p></body></html>")
    assert empty.title_text() == ""


def test_title_outside_the_head_is_still_found_and_a_page_without_one_has_none() -> None:
    bodied = parse_page("<html><body><p>x</p><svg><title>Icon</title></svg></body></html>")
    assert bodied.title_text() == bodied.tree.findtext(".//title")
    assert parse_page("<html><body><p>x</p></body></html>").title_text() is None


def test_utf8_bytes_and_str_parse_alike_with_closers_anywhere() -> None:
    """UTF-8 input is parsed from its own bytes, cut where the text is cut: closers in the
    middle (a template that closes early), at the end, and one with a wide space."""
    html = (
        "<html><head><title>标题</title></head><body><p>第一段 “one”</p></body>\u3000</html>"
        "<p>第二段 two</p></BODY\u3000><div><p>第三段 ‘three’</p></div></body></html>\n"
    )
    from_str, from_bytes = parse_page(html), parse_page(html.encode("utf-8"))
    texts = [p.text_content() for p in from_bytes.tree.iter("p")]
    assert texts == ["第一段 “one”", "第二段 two", "第三段 ‘three’"]
    assert texts == [p.text_content() for p in from_str.tree.iter("p")]
    assert from_bytes.html == from_str.html
    assert "</body" not in from_bytes.html.lower()


def test_headings_are_the_h1_to_h3_in_document_order_read_once() -> None:
    page = parse_page("<h2>a</h2><div><h1>b</h1><h4>no</h4><h3>c</h3></div><h1>d</h1>")
    assert [(h.tag, h.text) for h in page.headings()] == [("h2", "a"), ("h1", "b"), ("h3", "c"), ("h1", "d")]
    assert page.headings() is page.headings()


def test_a_meta_brought_by_a_streamed_segment_is_read_where_it_lands() -> None:
    html = (
        '<html><head><meta name="a" content="1"></head><body><template id="P:0"></template>'
        '<meta name="a" content="3"><div hidden id="S:0"><meta name="a" content="2"></div></body></html>'
    )
    assert parse_page(html).meta["a"] == ["1", "2", "3"]


@pytest.mark.parametrize("as_str", [False, True])
def test_text_nested_past_libxml2s_depth_limit_is_kept_and_the_tree_flattened(as_str: bool) -> None:
    # 400 unclosed <span>s: libxml2 silently drops everything below 256 levels, so most of the
    # page's lines vanished; they are kept now, in order, and the tree stays shallow enough
    # for the recursive walkers
    lines = [f"Line {i} of a page whose spans are never closed." for i in range(400)]
    html = "<html><body><h1>Headline</h1>" + "".join(f"<span>{line}<br>" for line in lines) + "</body></html>"
    page = parse_page(html if as_str else html.encode())
    assert page.tree.text_content() == "Headline" + "".join(lines)
    depth = max(len(list(el.iterancestors())) for el in page.tree.iter())
    assert depth <= 210


@pytest.mark.parametrize(("tag", "as_str"), [("font", False), ("span", True), ("div", False)])
def test_text_nested_past_even_the_deep_parsers_limit_is_kept(tag: str, as_str: bool) -> None:
    # 3,000 unclosed tags: past the 2,048 levels libxml2 allows even with huge_tree, so the deep
    # parse lost every word below them too; the tags go (their text stays, in order)
    words = [f"w{i}" for i in range(3000)]
    html = "<html><body><h1>Headline</h1>" + "".join(f"<{tag}>{w} " for w in words) + "</body></html>"
    page = parse_page(html if as_str else html.encode())
    assert page.tree.text_content().split() == ["Headline", *words]


def test_a_deep_page_is_extracted_whole() -> None:
    from newscrawl.extract.article import extract

    para = "Deep text here, written plainly, with commas, and a full stop. " * 4
    html = "<html><body>" + "<div>" * 600 + f"<h1>A headline for the test</h1><p>{para}</p>" + "</div>" * 600
    article = extract(html.encode() + b"</body></html>", url="https://example.com/a.html")
    assert article.headline == "A headline for the test"
    assert article.articleBody == para.strip()


def _font_soup(count: int) -> str:
    """An old page's paragraphs, each opening a <font> it never closes."""
    return "".join(
        f"<p><font color=red>Paragraph {i} has some text in it, enough to count. " for i in range(count)
    )


@pytest.mark.parametrize("count", [3, 20, 300])  # 300 goes past libxml2's depth limit
def test_a_chain_of_unclosed_paragraphs_becomes_sibling_paragraphs_in_order(count: int) -> None:
    # libxml2 nests each <p> in the <font> of the one before (p > font > p > font ...);
    # a browser closes the open <p>, giving flat siblings
    page = parse_page("<html><body><div id=story><h1>Title</h1>" + _font_soup(count) + "</div></body></html>")
    paragraphs = page.tree.findall(".//p")
    assert len(paragraphs) == count
    assert all(p.getparent().get("id") == "story" for p in paragraphs)
    assert [p.text_content().split()[1] for p in paragraphs] == [str(i) for i in range(count)]
    assert all(p.find("font") is not None and p.find(".//p") is None for p in paragraphs)


def test_a_block_inside_a_chain_paragraph_is_split_out_keeping_the_text_order() -> None:
    # the content after the block goes into copies of the paragraph and of its inline tags
    html = (
        "<body><div><p class=a><font>one<p><font>two <b>bold</b><div>three</div>four <i>it</i>"
        "<p><font>five</div>six</body>"
    )
    body = parse_page(html).tree.find("body")
    div = body[0]
    assert [(el.tag, el.text_content()) for el in div] == [
        ("p", "one"),
        ("p", "two bold"),
        ("div", "three"),
        ("p", "four it"),
        ("p", "five"),
    ]
    assert div[3].find("font/i") is not None
    assert div[3].get("class") is None  # copies carry the attributes, not the id
    assert body.text_content() == "onetwo boldthreefour itfivesix"


def test_unnest_blocks_moves_any_block_out_of_a_paragraph_as_a_browser_does() -> None:
    tree = lxml.html.fromstring(
        "<div><p id=x class=c>intro <span>x<ul><li>item</li></ul>more <b>bold</b></span> end</p>after</div>"
    )
    unnest_blocks(tree)
    assert lxml.html.tostring(tree, encoding="unicode") == (
        '<div><p id="x" class="c">intro <span>x</span></p><ul><li>item</li></ul>'
        '<p class="c"><span>more <b>bold</b></span> end</p>after</div>'
    )


def test_a_paragraph_wrapping_sibling_paragraphs_is_left_as_the_template_wrote_it() -> None:
    # one level of paragraphs in a <p>, closed on purpose, is the article's own container
    html = "<body><div><p><span id=content><p>First.</p><p>Second.</p></span></p><div>1 2 next</div></div>"
    content = parse_page(html).tree.get_element_by_id("content")
    assert content.getparent().tag == "p"
    assert [p.text for p in content] == ["First.", "Second."]


def test_a_font_soup_article_keeps_every_paragraph() -> None:
    from newscrawl.extract.article import extract

    html = "<html><body><h1>A headline for the test</h1>" + _font_soup(20) + "</body></html>"
    article = extract(html.encode(), url="https://example.com/a.html")
    assert article.articleBody.split("\n") == [
        f"Paragraph {i} has some text in it, enough to count." for i in range(20)
    ]


@pytest.mark.parametrize(
    "payload",
    ["[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000],
)
def test_json_ld_nested_past_the_recursion_limit_is_skipped_not_fatal(payload: str) -> None:
    as_meta = f"<meta name='script:ld+json' content='{payload}'>"
    html = f'<script type="application/ld+json">{payload}</script>{as_meta}<p>x</p>'
    assert parse_page(html).json_ld == []


def test_json_ld_lists_nested_deep_but_decodable_yield_no_objects() -> None:
    page = parse_page(
        f'<script type="application/ld+json">{"[" * 300}{{"@type": "NewsArticle"}}{"]" * 300}</script>'
    )
    assert page.json_ld == []


@pytest.mark.parametrize(
    "url", ["http://[::1/a.html", "http://news.example:99999999/a.html", "https://x.test/\ud800"]
)
def test_a_url_no_link_can_be_resolved_against_is_dropped_not_fatal(url: str) -> None:
    page = parse_page('<a href="b.html">b</a><p>x</p>', url)
    assert page.url is None
    assert page.absolute("b.html") == "b.html"


def test_a_usable_url_is_kept_as_given() -> None:
    url = "https://例子.测试/新闻/a b.html?q=1"
    assert parse_page("<p>x</p>", url).url == url


def test_title_element_is_looked_up_once_per_page() -> None:
    page = parse_page("<html><head><title>Cached</title></head><body><p>x</p></body></html>")
    first = page.title_element()
    assert first is not None
    assert first is page.title_element()
    assert page.memo["title_element"] is first  # later calls read the memo, not the tree
    untitled = parse_page("<html><body><p>x</p></body></html>")
    assert untitled.title_element() is None
    assert untitled.memo["title_element"] is None


@pytest.mark.parametrize(
    "wrapped",
    [
        '<![CDATA[{"@type": "NewsArticle", "headline": "H"}]]>',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "H"}\n//  ]]>',
        '<!--//<![CDATA[\n{"@type": "NewsArticle", "headline": "H"} //]]>-->',
    ],
)
def test_cdata_wrapped_json_ld_is_read_however_the_wrapper_ends(wrapped: str) -> None:
    page = parse_page(f'<script type="application/ld+json">{wrapped}</script><p>x</p>')
    assert [o["headline"] for o in page.json_ld_of_type("NewsArticle")] == ["H"]


def test_a_cdata_end_cut_keeps_the_json_lds_own_closing_brackets() -> None:
    # "]]]>": the JSON's list closes right before the wrapper's "]]>", which alone is cut.
    html = (
        '<script type="application/ld+json"><![CDATA[[{"@type": "NewsArticle", "headline": "H"}]]]></script>'
    )
    assert [o["headline"] for o in parse_page(html + "<p>x</p>").json_ld] == ["H"]


def test_elements_sharing_an_id_are_all_kept_with_their_attributes() -> None:
    # The parser keeps no id table (nothing looks elements up by id): a page reusing ids,
    # as many do, parses as any other.
    page = parse_page('<div id="a"><p id="a">one</p></div><p id="a">two</p>')
    assert [(el.tag, el.get("id")) for el in page.tree.iter("div", "p")] == [
        ("div", "a"),
        ("p", "a"),
        ("p", "a"),
    ]
    assert page.tree.text_content() == "onetwo"
