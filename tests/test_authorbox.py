"""Bylines without byline markup (newscrawl.extract.authorbox): bare names, author boxes, label lines."""

from __future__ import annotations

from test_authors import _english, en, page

from newscrawl.extract.authors import extract_authors
from newscrawl.page import parse_page


def test_a_menu_item_beside_the_date_above_the_headline_is_no_byline() -> None:
    # A name-shaped menu entry ("Get Started") ends the <nav> right above the date line; the byline
    # card under the headline names nobody the walk can tell from a sentence.
    body = (
        "<nav><ul><li><a href='/blog/'>Blog</a></li></ul><div><a href='/docs/start/'>Get Started</a></div>"
        "</nav><div>December 17, 2025 • 8 minutes</div><h1>Winter tyres</h1>"
        "<p>Tyres grip better below seven degrees, and the rules follow.</p>"
    )
    assert en(body).authors == []


_LONG = "".join(
    f"<p>Paragraph {i} of the story runs on about tyres and grip in the cold.</p>" for i in range(40)
)


def test_bare_name_line_beside_the_date_line_is_the_byline() -> None:
    body = "<h1>Winter tyres</h1><p>Rhea Castellano</p><p>Mar 3, 2025</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Mar 3, 2025</p><div>Rhea Castellano</div><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Rhea Castellano in tyres</p><p>Dec 10</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]
    body = "<h1>Winter tyres</h1><p>Rhea Castellano</p><p>Motoring Writer</p><p>Text.</p>"
    assert en(body).authors == ["Rhea Castellano"]


def test_name_shaped_lines_that_are_no_byline() -> None:
    linked = "<h1>Winter tyres</h1><p><a href='/category/car-care'>Car Care</a></p><p>Mar 3, 2025</p>"
    assert en(linked).authors == []
    heading = "<h1>Winter tyres</h1><p>Mar 3, 2025</p><h2>Cold Mornings</h2><p>Text.</p>"
    assert en(heading).authors == []
    events = "".join(f"<p>May {d}, 2025</p><p>{n}</p>" for d, n in ((4, "Tyre Expo"), (9, "Grip Summit")))
    assert en(f"<h1>Winter tyres</h1>{events}").authors == []
    sentence = (
        "<h1>Winter tyres</h1><p>Add Alternatives</p><p>This page was last updated on May 4, 2025 by us</p>"
    )
    assert en(sentence).authors == []
    acronym = "<h1>Winter tyres</h1><p>Nordic VPN</p><p>May 4, 2025</p>"
    assert en(acronym).authors == []


def test_bare_latin_line_on_a_chinese_page_is_no_byline() -> None:
    body = (
        "<h1>冬季轮胎的选择</h1><p>2025-03-03 08:30</p><p>Fonts Size</p><p>冬季来临，轮胎的选择非常重要。</p>"
    )
    assert extract_authors(page(body, title="冬季轮胎的选择")).authors == []


def test_author_box_name_with_its_bio_far_below_the_headline() -> None:
    box = "<h4>Tomas Eberhardt</h4><p>Tomas is a motoring journalist who has tested tyres for years.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Tomas Eberhardt"]
    product = "<h3>Polar Grip</h3><p>Polar Grip is a studless tyre built for ice and slush.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{product}").authors == []


def test_label_line_over_the_name() -> None:
    box = "<h2>Article by</h2><div>Matteo Varga</div>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Matteo Varga"]
    box = "<div>About the author</div><h3>Matteo Varga</h3>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}").authors == ["Matteo Varga"]


def test_explicit_label_closing_the_article() -> None:
    closing = "<p>Posted by Ines Calder on 2025-03-03 in tyres. Tags: winter</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{closing}").authors == ["Ines Calder"]
    closing = "<p>Posted By: Ines · In: Tyres, Winter</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{closing}").authors == ["Ines"]
    assert en(f"<h1>Winter tyres</h1>{_LONG}<h2>About the Author: Ines</h2>").authors == ["Ines"]
    sentence = "<p>By contrast, Summer Tyres stay soft.</p>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{sentence}").authors == []


def test_byline_in_the_column_beside_the_headline() -> None:
    link = "<a class='author' href='/profile/ada-kerr'>Ada Kerr</a>"
    aside = f"<aside class='meta'><address>{link}</address></aside>"
    assert en(f"<article><h1>Winter tyres</h1>{aside}{_LONG}</article>").authors == ["Ada Kerr"]
    far = "<aside class='popular'><span class='author'>Bo Strand</span></aside>"
    assert en(f"<article><h1>Winter tyres</h1>{_LONG}</article>{far}").authors == []


def test_wrapper_holding_the_headline_is_no_chrome() -> None:
    box = "<div class='author'>Ada Kerr</div>"
    body = f"<div id='__next'><h1>Winter tyres</h1>{_LONG}{box}</div>"
    assert en(body).authors == ["Ada Kerr"]


def test_author_classed_article_makes_no_byline_of_its_headline() -> None:
    head = '<meta name="author" content="Nell Achebe">'
    body = f"<article class='post author-nell-achebe'><h1>My Top Ten Winter Tyres</h1>{_LONG}</article>"
    assert en(body, head).authors == ["Nell Achebe"]


def test_credits_far_down_or_in_running_text_yield_to_the_meta_author() -> None:
    head = '<meta name="author" content="Nell Achebe">'
    footer = "<p>Copyright 2025 · Site by Pretty Pixel Studio</p>"
    assert en(f"<h1>Winter tyres</h1>{footer}", head).authors == ["Nell Achebe"]
    box = "<h4 class='author-box__name'>Ravi Patel, CFP</h4>"
    assert en(f"<h1>Winter tyres</h1>{_LONG}{box}", head).authors == ["Nell Achebe"]
    caption = "<h1>Winter tyres</h1><div>The Great Wave by Hokusai Katsushika, 1831.</div>"
    assert en(caption).authors == []


def test_bio_opening_accepts_the_full_name_or_the_first_name() -> None:
    from newscrawl.extract.authorbox import _bio_opening

    openers = ("Jane Doe", "Jane")
    assert _bio_opening("Jane Doe is a travel writer", openers) == len("Jane Doe is")
    assert _bio_opening("Jane has covered city hall since 2019", openers) == len("Jane has")
    assert _bio_opening("Jane Q. Doe, a former nurse, writes about health", openers) > 0
    assert _bio_opening("Janet is a reporter", openers) == -1
    assert _bio_opening("About Jane Doe", openers) == -1


def test_a_one_word_line_beside_the_date_is_no_bare_byline() -> None:
    """A bare byline needs a full name: a lone capitalised word over the date is a section label."""
    html = (
        "<html><head><title>Spring planting guide</title></head><body><article>"
        "<h1>Spring planting guide</h1><p>Gardening</p><p>May 5, 2025</p>"
        f"<p>{'Seeds want warm soil before they sprout. ' * 20}</p>"
        "</article></body></html>"
    )
    result = extract_authors(parse_page(html, "https://garden.example/spring"), "")
    assert result.authors == []


def test_plural_author_label_over_a_list_of_names() -> None:
    body = "<h6>Author(s)</h6><ul><li>John A. Sample</li><li>Dana C. Example</li></ul><p>November 2003</p>"
    assert _english(body) == ["John A. Sample", "Dana C. Example"]
    single = "<h6>Author</h6><p>John A. Sample</p><p>Dana C. Example</p>"  # one author; then anything
    assert _english(single) == ["John A. Sample"]
