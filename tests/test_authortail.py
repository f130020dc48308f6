"""Credits closing the article (newscrawl.extract.authortail): read after the body, below the head."""

from __future__ import annotations

from newscrawl.extract.authors import extract_authors
from newscrawl.extract.body import find_region
from newscrawl.page import parse_page

# About 18,000 characters of story: more than the head walk reads below the headline.
_STORY = "".join(
    f"<p>Paragraph {i} of the harbour story: the tide came in late and the crews waited on the quay "
    "for the pilot boat, checking lines and talking about the weather that had kept them ashore "
    "for most of the week while the cranes stood idle over the empty berths.</p>"
    for i in range(80)
)


def authors_of(
    after: str, *, inside: str = "", byline: str = "", title: str = "Tide delays the harbour"
) -> list[str]:
    html = (
        f"<html><head><title>{title}</title></head><body><div class='wrap'>"
        f"<article><h1>Tide delays the harbour</h1>{byline}<div class='entry-content'>{_STORY}{inside}</div>"
        f"{after}</article></div></body></html>"
    )
    page = parse_page(html, "https://blog.example.org/tide")
    region = find_region(page.tree)
    assert region is not None
    return extract_authors(page, "", body_end=region.elements[-1]).authors


def test_written_by_line_after_a_long_body() -> None:
    after = "<div class='post-footer'><p>Written by Ann Sample and Bo Example</p><p>May 5, 2025</p></div>"
    assert authors_of(after) == ["Ann Sample", "Bo Example"]


def test_post_meta_row_after_the_body() -> None:
    after = (
        "<div class='post-view'><div class='post-meta'><span>Posted On: May 5 2025</span>"
        "<span class='post-user'>By: Ray Example</span></div></div>"
    )
    assert authors_of(after) == ["Ray Example"]


def test_date_then_by_on_a_meta_row() -> None:
    assert authors_of("<div class='meta'>Last updated March 3, 2025 by Erik Sample</div>") == ["Erik Sample"]


def test_author_box_with_a_bio_inside_the_body_end() -> None:
    inside = (
        "<div class='box'><h4>Dana Example</h4><p>Dana Example is a freelance writer who covers "
        "ports and shipping; she lives in Hull.</p></div>"
    )
    assert authors_of("", inside=inside) == ["Dana Example"]


def test_closing_bio_line_of_a_writer_but_not_of_anyone_else() -> None:
    writer = "<p><em>Julia Example is a freelance travel writer based in Lisbon.</em></p>"
    nurse = "<p>Julia Example is a nurse who has worked at the harbour clinic since 2010.</p>"
    assert authors_of(writer) == ["Julia Example"]
    assert authors_of(nurse) == []


def test_the_head_byline_outranks_the_closing_credit() -> None:
    after = "<p>Written by Bo Example</p>"
    assert authors_of(after, byline="<p class='byline'>By Ann Sample</p>") == ["Ann Sample"]


def test_other_posts_bylines_after_the_body_disagree_so_none_is_taken() -> None:
    after = (
        "<div class='more-posts'><h3>Harbour cranes return</h3><p>By Jane Roe</p>"
        "<h3>Pilot boats in winter</h3><p>By John Doe</p></div>"
    )
    assert authors_of(after) == []


def test_the_sites_footer_is_not_read() -> None:
    footer = "<footer class='site-footer'><h3>By Acme Collective</h3><p>Shop · Contact · Jobs</p></footer>"
    html = (
        "<html><head><title>Tide delays the harbour</title></head><body>"
        f"<article><h1>Tide delays the harbour</h1><div class='entry-content'>{_STORY}</div></article>"
        f"{footer}</body></html>"
    )
    page = parse_page(html, "https://blog.example.org/tide")
    region = find_region(page.tree)
    assert region is not None
    assert extract_authors(page, "", body_end=region.elements[-1]).authors == []


def test_a_heading_named_author_something_is_no_credit() -> None:
    assert authors_of("<h2>Author Spotlight</h2><p>Read more stories from our harbour desk.</p>") == []


def test_a_team_credit_under_a_section_heading() -> None:
    after = (
        "<h2>Author Spotlight</h2><div>The Harbour Team</div>"
        "<p>The Harbour Team is a group of editors and writers who cover shipping.</p>"
    )
    assert authors_of(after) == ["The Harbour Team"]


def test_a_closing_pen_name_that_is_part_of_a_run_together_site_name() -> None:
    after = "<p class='entry-meta'>Posted By: Tom · In: Reviews, Grinders</p>"
    assert authors_of(after, title="Best grinders | TomsCoffeeCorner") == ["Tom"]
    assert authors_of(after, title="Best grinders | Tom Coffee") == []  # "By Tom" on "Tom Coffee": the site


def test_without_the_body_end_nothing_past_the_head_is_read() -> None:
    html = (
        "<html><head><title>Tide</title></head><body><article><h1>Tide delays the harbour</h1>"
        f"<div>{_STORY}</div><p>Written by Ann Sample</p></article></body></html>"
    )
    assert extract_authors(parse_page(html, "https://blog.example.org/tide"), "").authors == []


def test_extract_reads_the_credit_after_the_body() -> None:
    """The whole extractor passes the body's end on: the closing credit reaches the item."""
    from newscrawl.extract.article import extract

    html = (
        "<html><head><title>Tide delays the harbour</title></head><body><div class='wrap'>"
        f"<article><h1>Tide delays the harbour</h1><div class='entry-content'>{_STORY}</div>"
        "<div class='post-footer'><p>Written by Ann Sample</p><p>May 5, 2025</p></div>"
        "</article></div></body></html>"
    )
    article = extract(html, "https://blog.example.org/tide")
    assert article.authors == ["Ann Sample"]


def test_author_box_with_the_name_and_title_on_one_line() -> None:
    inside = (
        "<p><strong>Tom Sample</strong> <em>London-based Harbour Historian &amp; Freelance Writer</em></p>"
        "<p>Tom explores how ports shaped the towns around them in his essays.</p>"
    )
    assert authors_of("", inside=inside) == ["Tom Sample"]


def test_an_emphasised_contributor_note_credits_the_persons_it_describes() -> None:
    note = (
        "<p><b><i>Ana Ejemplo es politóloga en la Universidad de Lisboa. "
        "Luis Modelo es abogado y analista.</i></b></p>"
    )
    assert authors_of("", inside=note) == ["Ana Ejemplo", "Luis Modelo"]
    plain = "<p>Ana Ejemplo es politóloga en la Universidad de Lisboa. Luis Modelo es abogado.</p>"
    assert authors_of("", inside=plain) == []  # the prose may close on its subjects


def test_text_end_is_the_end_of_the_elements_text_content() -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.extract.authortail import text_end

    el = fragment_fromstring(
        "<div>lead <p>first <b>bold</b> tail</p> between <?pi x?><p>来源：新华社</p> end</div>"
    )
    for reach in (1, 4, 9, 20, 200):
        assert text_end(el, reach) == el.text_content()[-reach:]
    assert text_end(fragment_fromstring("<p>only text</p>"), 4) == "text"
