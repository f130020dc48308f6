"""JS-built pages: the body recovered from the data the page ships, only when the DOM has none."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES

from newscrawl.extract.article import extract, extract_page
from newscrawl.extract.flight import flight_chunks, flight_html, flight_rows
from newscrawl.extract.richtext import rich_text_documents
from newscrawl.page import parse_page

PAGES = FIXTURES / "pages"


def test_next_data_html_body_is_rendered_when_the_dom_is_a_shell() -> None:
    article = extract((PAGES / "next-shell.html").read_bytes(), "https://tideway.example/story/night-trains")
    lines = article.articleBody.split("\n")
    assert lines[0].startswith("Overnight passenger trains will run again")
    assert "Older carriages refitted" in lines
    assert "Bus fares frozen" not in article.articleBody
    assert article.provenance["articleBody"] == "next-data"


def test_a_body_read_from_shipped_html_brings_its_pictures_and_captions() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of the story about the night trains on the coast line.</p>" for n in range(5)
    )
    body = (
        '<figure><img src="/media/sleeper.jpg" alt="A sleeper car"><figcaption>A refitted sleeper car.'
        f"</figcaption></figure>{paragraphs}"
    )
    state = {"props": {"pageProps": {"story": {"headline": "Night trains return", "body": body}}}}
    html = (
        "<html><head><title>Night trains return</title></head><body><div id='__next'></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>'
    )
    article = extract(html, "https://tideway.example/story/night-trains")
    assert article.provenance["articleBody"] == "next-data"
    assert [(i.url, i.caption, i.alt) for i in article.images] == [
        ("https://tideway.example/media/sleeper.jpg", "A refitted sleeper car.", "A sleeper car")
    ]


def test_json_ld_article_body_is_used_when_the_dom_has_no_text() -> None:
    article = extract((PAGES / "jsonld-only.html").read_bytes(), "https://port.example/a/1")
    assert article.articleBody.split("\n")[0] == "港区新建的四号码头今天正式开港，首艘集装箱船顺利靠泊。"
    assert len(article.articleBody.split("\n")) == 3
    assert article.provenance["articleBody"] == "json-ld"
    assert article.pageType == "article"


def test_dom_text_wins_over_a_disagreeing_json_ld_body() -> None:
    stale = (
        "An old teaser that the page has since replaced with a longer and different story text, kept in"
        " the metadata by a stale cache, long enough to be taken if it were trusted over the visible body."
    )
    paragraphs = "<p>The visible article paragraph says what happened today in full.</p>" * 4
    html = f"""<script type="application/ld+json">{{"@type":"NewsArticle","headline":"H",
    "articleBody":"{stale}"}}</script><h1>H</h1><div class="story">{paragraphs}</div>"""
    article = extract(html, "https://x.example/a")
    assert "stale cache" not in article.articleBody
    assert "articleBody" not in article.provenance


def test_state_nested_past_the_recursion_limit_is_no_body_not_an_error() -> None:
    deep = "[" * 5000 + "]" * 5000
    html = (
        "<html><head><title>Night trains</title>"
        f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
        f"<script>window.__INITIAL_STATE__ = {deep};</script></head><body><h1>Night trains</h1></body></html>"
    )
    article = extract(html, "https://tideway.example/story/night-trains")
    assert article.headline == "Night trains"
    assert "articleBody" not in article.provenance


# ---------------------------------------------------------------- Next.js App Router flight data

FERRY_URL = "https://courier.example/news/harbour-ferry"


def test_app_router_shell_is_read_off_the_page_its_flight_data_renders() -> None:
    """The fixture's body HTML is a text row (with multi-byte characters: its length counts
    bytes) given to a component as a prop; rows are split across pushes; a longer post sits in a
    related-posts component's data; an analytics snippet is a script's inner HTML."""
    article = extract((PAGES / "next-app-shell.html").read_bytes(), FERRY_URL)
    lines = article.articleBody.split("\n")
    assert lines[0].startswith("The harbour ferry between Calder Point")
    assert "Two new boats, named Café Lumière and 海燕, join the fleet" in lines[1]
    assert "Fares stay the same" in lines
    assert "cycle lane" not in article.articleBody
    assert "dataLayer" not in article.articleBody
    assert "Home" not in lines
    assert article.provenance["articleBody"] == "next-flight"
    # the rendered page is read like any page: the <h1> and the byline it shows
    assert article.headline == "Harbour ferry to run every fifteen minutes"
    assert article.provenance["headline"] == "dom"
    assert article.authors == ["Ada Quill"]
    assert article.pageType == "article"


def test_a_page_rendered_on_the_server_keeps_its_dom_over_its_flight_data() -> None:
    """A short listing whose teasers are client components: the server rendered them into the DOM,
    the flight data holds them only as props. The DOM, with its links, is the page read."""
    teasers = "".join(f'<li><a href="/news/{n}">Story {n} headline</a></li>' for n in range(8))
    listing = ["$", "$L1", None, {"items": list(range(8))}]
    row = json.dumps(["$", "main", None, {"children": [["$", "h1", None, {"children": "News"}], listing]}])
    push = json.dumps([1, f"0:{row}\n"])
    body = f"<main><h1>News</h1><ul>{teasers}</ul></main><script>self.__next_f.push({push})</script>"
    html = f"<html><head><title>News</title></head><body>{body}</body></html>"
    extraction = extract_page(parse_page(html, "https://courier.example/news/"))
    assert [a.get("href") for a in extraction.page.tree.iter("a")] == [f"/news/{n}" for n in range(8)]


_DEPOT_PARAGRAPHS = [
    ["$", "p", str(n), {"children": f"Paragraph {n} of the story about the tram depot's new roof."}]
    for n in range(6)
]


def _app_router_shell(children: list[object], title: str = "Tram depot") -> str:
    """A shell whose only content is one flight row: ``<main>`` holding ``children``; "</" is
    written "<\\/" in the pushed string, as Next.js writes it."""
    tree = ["$", "main", None, {"children": children}]
    push = json.dumps([1, f"0:{json.dumps(tree)}\n"]).replace("</", "<\\/")
    return f"<html><head><title>{title}</title></head><body><script>self.__next_f.push({push})</script>"


def test_an_app_router_pages_date_and_author_come_from_the_props_titled_as_the_page() -> None:
    """A client component gets the article's date and author as props, which the render shows
    nowhere; a related post's component, listed first, carries its own title and date."""
    related = [
        "$",
        "$L2",
        None,
        {"title": "Ferry fares rise in spring", "publishedAt": "2025-01-03", "author": {"name": "Bo Lind"}},
    ]
    meta = [
        "$",
        "$L3",
        None,
        {
            "title": "Tram depot gets a new roof",
            "date": "2025-03-09T08:30:00Z",
            "author": {"name": "Cleo Park"},
        },
    ]
    heading = ["$", "h1", None, {"children": "Tram depot gets a new roof"}]
    body = ["$", "article", None, {"children": _DEPOT_PARAGRAPHS}]
    html = _app_router_shell([related, heading, meta, body], "Tram depot gets a new roof | City Post")
    article = extract(html, "https://citypost.example/2025/tram-depot-roof")
    assert article.provenance["articleBody"] == "next-flight"
    assert article.datePublished == "2025-03-09T08:30:00+00:00"
    assert article.authors == ["Cleo Park"]
    assert article.provenance["datePublished"] == article.provenance["authors"] == "script"


def test_json_ld_a_component_renders_in_flight_data_is_the_rendered_pages() -> None:
    """Next.js has a page give its structured data as a script element with the JSON as inner
    HTML; in a shell that element is only in the flight data."""
    data = {
        "@type": "NewsArticle",
        "headline": "Tram depot gets a new roof",
        "description": "Why the old roof, closed by </script> in its text, had to go",
        "datePublished": "2025-03-09",
        "author": {"@type": "Person", "name": "Cleo Park"},
    }
    script = [
        "$",
        "script",
        None,
        {
            "type": "application/ld+json",
            "dangerouslySetInnerHTML": {"__html": json.dumps(data)},
        },
    ]
    html = _app_router_shell([script, ["$", "article", None, {"children": _DEPOT_PARAGRAPHS}]])
    article = extract(html, "https://citypost.example/2025/tram-depot-roof")
    assert article.provenance["articleBody"] == "next-flight"
    assert (article.datePublished, article.authors) == ("2025-03-09", ["Cleo Park"])
    assert article.provenance["datePublished"] == "json-ld"
    assert "</script>" not in article.articleBody
    assert "@type" not in article.articleBody


def test_an_app_router_shells_pictures_drawn_by_an_image_component() -> None:
    """``next/image`` gets its picture as props; rendered, it is the ``<img>`` the browser shows.
    A related story's card draws one too, but its title is not the body's: a teaser."""

    def image(src: object, alt: str) -> list[object]:
        return ["$", "$L4", None, {"src": src, "alt": alt, "width": 1200, "height": 800}]

    card = [
        "$",
        "a",
        None,
        {
            "href": "/2025/ferry-fares",
            "children": [
                image("/img/ferry.jpg", "A ferry"),
                ["$", "h3", None, {"children": "Ferry fares rise in spring"}],
            ],
        },
    ]
    article = [
        "$",
        "article",
        None,
        {
            "children": [
                image(
                    {"src": "/_next/static/media/depot.4f1c.jpg", "height": 800, "width": 1200}, "The depot"
                ),
                *_DEPOT_PARAGRAPHS,
                image("/img/roof.jpg", "The new roof"),
                card,
            ]
        },
    ]
    html = _app_router_shell([article])
    article_item = extract(html, "https://citypost.example/2025/tram-depot-roof")
    assert article_item.provenance["articleBody"] == "next-flight"
    assert [(i.url, i.alt) for i in article_item.images] == [
        ("https://citypost.example/_next/static/media/depot.4f1c.jpg", "The depot"),
        ("https://citypost.example/img/roof.jpg", "The new roof"),
    ]


def test_markup_under_any_key_is_a_body_only_when_it_is_about_the_page() -> None:
    policy = "".join(
        f"<p>We process your personal data for purposes {n} under the applicable law.</p>" for n in range(6)
    )
    about = {"page": {"hero": {"title": _html(FERRY_PARAGRAPHS)}, "modal": {"policy": policy}}}
    aside = {"page": {"modal": {"policy": policy}}}
    for state, body in ((about, FERRY_PARAGRAPHS), (aside, [""])):
        script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": state})}</script>'
        assert extract(_shell(script), FERRY_URL).articleBody.split("\n") == body


def test_a_listings_feed_of_dated_posts_is_not_joined_into_one_body() -> None:
    """A server-rendered listing with little prose ships its posts in full: each is dated, so they
    are posts of their own, not sections of one body, and the page stays a listing."""
    teasers = "".join(
        f'<li><h2><a href="/news/{n}">Story {n} about the harbour</a></h2></li>' for n in range(8)
    )
    posts = [
        {"title": f"Story {n}", "publishedAt": f"2025-05-0{n + 1}", "content": _html(OTHER_POST)}
        for n in range(8)
    ]
    data = json.dumps({"props": {"pageProps": {"posts": posts}}})
    state = f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
    body = f"<main><h1>News</h1><ul>{teasers}</ul></main>{state}"
    article = extract(
        f"<html><head><title>News | Calder Courier</title></head><body>{body}</body></html>", FERRY_URL
    )
    assert article.pageType == "listing"
    assert len(article.articleBody.split("\n")) <= len(OTHER_POST)


def test_flight_rows_count_text_chunk_lengths_in_bytes_and_skip_tagged_rows() -> None:
    text = "Ein Café am Hafen. 海燕号首航。"
    stream = (
        f'2:I[77,["app.js"],"Body"]\n:HL["/a.css","style"]\n5:T{len(text.encode()):x},{text}'
        '0:["$","p",null,{"children":"$5"}]\n'
    )
    rows = flight_rows(stream)
    assert rows == {"5": text, "0": ["$", "p", None, {"children": "$5"}]}
    assert flight_html(rows) == f"<html><body><p>{text}</p></body></html>"


def test_flight_chunks_join_the_pushed_strings_in_page_order() -> None:
    scripts = [
        "(self.__next_f=self.__next_f||[]).push([0])",
        'self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"chil"])',
        'self.__next_f.push([1,"dren\\":\\"Hello\\"}]\\n"])',
    ]
    stream = flight_chunks(scripts)
    assert stream == '0:["$","p",null,{"children":"Hello"}]\n'
    assert flight_html(flight_rows(stream)) == "<html><body><p>Hello</p></body></html>"


def test_flight_references_render_each_row_once_and_stop_on_cycles() -> None:
    rows = {
        "0": ["$", "div", None, {"children": ["$L1", "$L1", "$2"]}],
        "1": ["$", "p", None, {"children": "First & last"}],
        "2": ["$", "section", None, {"children": "$2"}],  # refers to itself
    }
    rendered = "<div><p>First &amp; last</p><section></section></div>"
    assert flight_html(rows) == f"<html><body>{rendered}</body></html>"


def test_flight_render_leaves_out_the_pages_a_layout_holds_for_other_states() -> None:
    """Next.js's layout router carries the site's 404 and loading pages in every page's data."""
    missing = ["$", "h1", None, {"children": "Page not found."}]
    rows = {
        "0": ["$", "$L1", None, {"notFound": [missing], "loading": ["$", "p", None, {"children": "Loading"}],
                                 "children": ["$", "$L2", None, {"fallback": "Wait", "children": "$L3"}]}],
        "3": ["$", "h1", None, {"children": "Night trains return"}],
    }  # fmt: skip
    assert flight_html(rows) == "<html><body><h1>Night trains return</h1></body></html>"


def test_flight_render_leaves_out_other_states_pages_kept_in_rows_of_their_own() -> None:
    """The 404 page as a reference to a row ("$L4") is left out like the one written inline: the
    row is no tree still to show because the root never reached it."""
    story = ["$", "h1", None, {"children": "Night trains return"}]
    rows = {
        "0": ["$", "$L1", None, {"notFound": "$L4", "children": story}],
        "4": ["$", "h1", None, {"children": "Page not found."}],
    }
    assert flight_html(rows) == "<html><body><h1>Night trains return</h1></body></html>"


def test_flight_prop_data_in_a_row_of_its_own_is_read_as_data_not_shown() -> None:
    """A component's data prop shows no plain strings, inline or kept in another row ("$2"); the
    elements and HTML in that data are shown either way."""
    inline = {"0": ["$", "$L1", None, {"tags": ["politics", "economy"], "children": "Story"}]}
    referred = {
        "0": ["$", "$L1", None, {"tags": "$2", "lede": "$3", "children": "Story"}],
        "2": ["politics", "economy"],
        "3": ["$", "p", None, {"children": "The lede."}],
    }
    assert flight_html(inline) == "<html><body>Story</body></html>"
    assert flight_html(referred) == "<html><body>Story<p>The lede.</p></body></html>"


def test_flight_rows_nested_past_the_recursion_limit_are_left_out() -> None:
    deep = "0:" + "[" * 5000 + "]" * 5000 + '\n1:["$","p",null,{"children":"kept"}]\n'
    rows = flight_rows(deep)
    assert list(rows) == ["1"]
    assert flight_html(rows) == "<html><body><p>kept</p></body></html>"
    pushes = ["self.__next_f.push(" + "[" * 5000 + "]" * 5000 + ")", 'self.__next_f.push([1,"0:1\\n"])']
    assert flight_chunks(pushes) == "0:1\n"


# ---------------------------------------------------------------- other app state

FERRY_HEAD = (
    "<html><head><title>Harbour ferry doubles its summer service | Calder Courier</title>"
    '<meta name="description" content="The harbour ferry between Calder Point and the old town">'
    '</head><body><div id="app"></div>'
)
FERRY_PARAGRAPHS = [
    "The harbour ferry between Calder Point and the old town will run every fifteen minutes from June.",
    "Two new boats join the fleet after trials in the spring, each carrying up to 240 passengers.",
    "Single fares stay the same, and season tickets bought before May keep their price all year.",
]
OTHER_POST = [
    "The city council has approved a new cycle lane along the river embankment after a long debate.",
    "Work starts in autumn and should take eighteen months, with the first section opening in spring.",
    "Shops along the route asked for delivery bays, which the final plan includes at six places.",
    "The council will publish the detailed timetable of road closures in August after further talks.",
]


def _shell(script: str) -> bytes:
    return f"{FERRY_HEAD}{script}</body></html>".encode()


def _html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_nuxt3_reference_table_with_a_rich_text_body() -> None:
    """``__NUXT_DATA__`` is a devalue table (values are indices); the body is a Contentful
    rich-text document in it."""
    paragraphs: list[int] = []
    table: list[object] = [
        ["ShallowReactive", 1], {"data": 2}, ["Reactive", 3], {"article": 4}, {"title": 5, "body": 6},
        "Harbour ferry doubles its summer service", {"nodeType": 7, "content": 8}, "document", paragraphs,
    ]  # fmt: skip
    for text in FERRY_PARAGRAPHS:  # each: its node, kind, children, text node, text node's kind, text
        at = len(table)
        paragraphs.append(at)
        table += [{"nodeType": at + 1, "content": at + 2}, "paragraph", [at + 3]]
        table += [{"nodeType": at + 4, "value": at + 5}, "text", text]
    page = _shell(f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(table)}</script>')
    article = extract(page, FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    assert article.provenance["articleBody"] == "app-state"


def test_nuxt2_state_built_by_a_function_call_is_read_from_its_string_literals() -> None:
    body = json.dumps(_html(FERRY_PARAGRAPHS)).replace("<", "\\u003C")  # as Nuxt 2 escapes it
    state = f"function(a,b){{return {{data:[{{post:{{id:a,body:{body}}}}}]}}}}"
    script = f'<script>window.__NUXT__=({state}(7,"x"));</script>'
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS


def test_state_in_code_kept_in_sections_is_joined_and_a_cookie_notice_is_not_a_body() -> None:
    notice = "We use cookies and similar technologies to understand how visitors use this website. " * 4
    sections = ",".join(f'{{type:"text",body:{json.dumps(f"<p>{p}</p>")}}}' for p in FERRY_PARAGRAPHS)
    state = f'{{consent:{{text:"{notice}"}},blocks:[{sections}]}}'
    script = f"<script>window.__NUXT__=(function(a){{return {state}}}(1));</script>"
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    assert article.provenance["articleBody"] == "app-state"


def test_a_cookie_notice_in_code_is_no_body_at_all() -> None:
    notice = "We use cookies and similar technologies to understand how visitors use this website. " * 4
    article = extract(_shell(f'<script>var consent = {{text: "{notice}"}};</script>'), FERRY_URL)
    assert article.articleBody == ""


def test_wordpress_rendered_content_and_a_longer_related_post_in_the_same_state() -> None:
    """``"content": {"rendered": …}`` (WordPress's REST shape) holds the body; a related post,
    longer, is passed over because the page's title and description are not its words."""
    state = {
        "post": {"title": {"rendered": "Harbour ferry"}, "content": {"rendered": _html(FERRY_PARAGRAPHS)}},
        "related": [{"content": {"rendered": _html(OTHER_POST)}}],
    }
    script = f"<script>window.__PRELOADED_STATE__ = {json.dumps(state)};</script>"
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    assert article.provenance["articleBody"] == "app-state"


def test_remix_context_and_the_second_of_several_sveltekit_data_scripts() -> None:
    remix = {"state": {"loaderData": {"routes/story": {"post": {"html": _html(FERRY_PARAGRAPHS)}}}}}
    article = extract(_shell(f"<script>window.__remixContext = {json.dumps(remix)};</script>"), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    fetched = [
        {"status": 200, "body": json.dumps(data)}
        for data in ({"menu": []}, {"post": {"content": _html(FERRY_PARAGRAPHS)}})
    ]
    scripts = "".join(
        f'<script type="application/json" data-sveltekit-fetched>{json.dumps(data)}</script>'
        for data in fetched
    )
    article = extract(_shell(scripts), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS


def test_angular_transfer_state_in_its_older_escaped_form() -> None:
    state = json.dumps({"article": {"content": _html(FERRY_PARAGRAPHS)}})
    escaped = state.replace("&", "&a;").replace('"', "&q;").replace("<", "&l;").replace(">", "&g;")
    article = extract(
        _shell(f'<script id="serverApp-state" type="application/json">{escaped}</script>'), FERRY_URL
    )
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS


def test_a_body_embedding_a_video_is_text_and_an_embed_snippet_is_code() -> None:
    body = (
        _html(FERRY_PARAGRAPHS[:2])
        + '<iframe src="https://video.example/e/1"></iframe>'
        + _html(FERRY_PARAGRAPHS[2:])
    )
    snippet = '<!-- analytics --><script async src="https://tags.example/t.js"></script>' + "<p>x</p>" * 60
    state = {"post": {"body": body}, "widgets": {"html": snippet}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS


def test_body_kept_as_a_list_of_paragraph_objects_in_state_serialised_twice() -> None:
    story = {"content": [{"__typename": "ParagraphContent", "innerHtml": p} for p in FERRY_PARAGRAPHS]}
    data = {"props": {"pageProps": {"apolloState": json.dumps({"Story:1": story})}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    assert article.provenance["articleBody"] == "next-data"


def test_body_kept_in_sections_is_joined_and_code_and_markdown_are_told_apart() -> None:
    """A page builder's sections each hold a part; a style block carried beside them is code; a
    Markdown body that quotes a ``<br>`` tag in its code is still text, one block per paragraph."""
    sections = [
        {"type": "richText", "html": f"<h2>Part {n}</h2><p>{text}</p>"}
        for n, text in enumerate(FERRY_PARAGRAPHS)
    ]
    style = {"type": "style", "html": "body{color:#000;margin:0}.nav{display:flex;gap:4px}" * 8}
    data = {"props": {"pageProps": {"page": {"sections": [style, *sections]}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == [
        line for n, p in enumerate(FERRY_PARAGRAPHS) for line in (f"Part {n}", p)
    ]

    markdown = "\n\n".join(
        [*FERRY_PARAGRAPHS, "Old pages put `<br>` tags between lines, as [this one](/old) did."]
    )
    data = {"props": {"pageProps": {"post": {"text": markdown}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == [
        *FERRY_PARAGRAPHS,
        "Old pages put `<br>` tags between lines, as this one did.",
    ]


def test_a_shells_headline_date_and_authors_come_from_the_record_holding_its_body() -> None:
    """The state lists a related post first, with a date and author of its own; the article's
    record (Contentful-like: dates under ``sys``, the author a linked entry) is the one read."""
    related = {"sys": {"publishedAt": "2024-11-02T10:00:00Z"}, "author": {"name": "Other Writer"},
               "teaser": "short"}  # fmt: skip
    article_record = {
        "title": "Ferry timetable doubles for the summer",  # as the app shows it; <title> is the SEO one
        "sys": {"firstPublishedAt": "2025-04-15T08:30:00Z", "updatedAt": "2025-04-16T09:00:00Z"},
        "author": {"sys": {"id": "a1"}, "fields": {"fullName": "Ada Quill"}},
        "body": _html(FERRY_PARAGRAPHS),
    }
    data = {"props": {"pageProps": {"related": [related], "story": article_record}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    article = extract(_shell(script), FERRY_URL)
    assert article.articleBody.split("\n") == FERRY_PARAGRAPHS
    assert (article.datePublished, article.dateModified) == (
        "2025-04-15T08:30:00+00:00",
        "2025-04-16T09:00:00+00:00",
    )
    assert article.authors == ["Ada Quill"]
    assert article.headline == "Ferry timetable doubles for the summer"
    fields = ("headline", "datePublished", "dateModified", "authors")
    assert [article.provenance[k] for k in fields] == ["script"] * 4


# ---------------------------------------------------------------- rich-text trees


@pytest.mark.parametrize(
    ("data", "html"),
    [
        pytest.param(
            {"body": [
                {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "One & two"}]},
                {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "Sub"}]},
            ]},
            "<p>One &amp; two</p><h2>Sub</h2>",
            id="sanity-portable-text",
        ),
        pytest.param(
            {"value": {"schema": "dast", "document": {"type": "root", "children": [
                {"type": "paragraph", "children": [{"type": "span", "value": "A"}]},
                {"type": "heading", "level": 3, "children": [{"type": "span", "value": "B"}]},
            ]}}},
            "<p>A</p><h3>B</h3>",
            id="datocms-dast",
        ),
        pytest.param(
            {"nodeType": "document", "content": [
                {"nodeType": "paragraph", "content": [
                    {"nodeType": "text", "value": "See "},
                    {"nodeType": "hyperlink", "data": {"uri": "https://a.example/"},
                     "content": [{"nodeType": "text", "value": "this"}]},
                ]},
                {"nodeType": "unordered-list", "content": [{"nodeType": "list-item", "content": [
                    {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "item"}]}]}]},
            ]},
            '<p>See <a href="https://a.example/">this</a></p><ul><li><p>item</p></li></ul>',
            id="contentful",
        ),
        pytest.param(
            {"type": "doc", "content": [
                {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "T"}]},
                {"type": "bullet_list", "content": [
                    {"type": "list_item", "content": [{"type": "text", "text": "x"}]},
                ]},
            ]},
            "<h2>T</h2><ul><li>x</li></ul>",
            id="prosemirror",
        ),
        pytest.param(
            [{"type": "p", "children": [{"text": "S1"}]}, {"type": "h2", "children": [{"text": "S2"}]}],
            "<p>S1</p><h2>S2</h2>",
            id="slate",
        ),
        pytest.param(
            {"blocks": [{"type": "paragraph", "data": {"text": "E <b>1</b>"}},
                        {"type": "header", "data": {"text": "E2", "level": 3}}]},
            "<p>E <b>1</b></p><h3>E2</h3>",
            id="editorjs",
        ),
        pytest.param(
            {"content_elements": [{"type": "text", "content": "Arc <i>one</i>"},
                                  {"type": "header", "content": "Arc two", "level": 2}]},
            "<p>Arc <i>one</i></p><h2>Arc two</h2>",
            id="arc-xp",
        ),
        pytest.param(
            {"type": "doc", "content": [
                {"type": "paragraph", "content": [{"type": "text", "text": "P"}]},
                {"type": "image", "attrs": {"src": "/up/a.jpg", "alt": "A", "title": None}},
                {"type": "paragraph", "content": [{"type": "text", "text": "Q"}]},
            ]},
            '<p>P</p><figure><img src="/up/a.jpg" alt="A"></figure><p>Q</p>',
            id="prosemirror-image",
        ),
        pytest.param(
            {"blocks": [{"type": "paragraph", "data": {"text": "E"}},
                        {"type": "image", "data": {"file": {"url": "https://cdn.example/b.png"},
                                                   "caption": "A <i>cap</i>"}},
                        {"type": "image", "data": {"caption": "no file"}},
                        {"type": "paragraph", "data": {"text": "F"}}]},
            '<p>E</p><figure><img src="https://cdn.example/b.png" alt=""><figcaption>A cap</figcaption>'
            "</figure><p>F</p>",
            id="editorjs-image",
        ),
        pytest.param(
            {"nodeType": "document", "content": [
                {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "C"}]},
                {"nodeType": "embedded-asset-block", "data": {"target": {"fields": {
                    "title": "Dam", "file": {"url": "//images.example/dam.jpg"}}}}},
                {"nodeType": "embedded-asset-block", "data": {"target": {"sys": {"id": "x1"}}}},
            ]},
            '<p>C</p><figure><img src="//images.example/dam.jpg" alt="Dam"></figure>',
            id="contentful-asset",
        ),
        pytest.param(
            [{"blockName": "core/paragraph", "innerHTML": "<p>G1</p>", "innerBlocks": []},
             {"blockName": "core/heading", "innerHTML": "<h2>G2</h2>", "innerBlocks": []}],
            "<p>G1</p><h2>G2</h2>",
            id="gutenberg",
        ),
    ],
)  # fmt: skip
def test_rich_text_trees_render_as_html(data: object, html: str) -> None:
    assert [markup for markup, _holders in rich_text_documents(data)] == [html]


def test_a_lone_paragraph_node_is_a_field_not_a_document() -> None:
    assert list(rich_text_documents({"summary": [{"type": "paragraph", "children": [{"text": "x"}]}]})) == []
