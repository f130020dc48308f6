"""Where the head walk starts: the heading that shows the title, not a logo or a tagline."""

from __future__ import annotations

from newscrawl.extract.headanchor import headline_element
from newscrawl.page import parse_page


def test_a_logo_h1_does_not_outrank_the_heading_that_matches_the_title() -> None:
    page = parse_page(
        "<html><head><title>Ferry fares rise in May | Harbour Post</title></head><body>"
        "<h1>Harbour Post</h1><h2>Ferry fares rise in May</h2><p>By Ann Lee</p></body></html>"
    )
    assert headline_element(page).tag == "h2"


def test_a_tagline_h1_in_the_page_header_does_not_outrank_the_title_heading() -> None:
    page = parse_page(
        "<html><head><title>Ferry fares rise in May | Harbour Post</title></head><body>"
        "<header><h1>News for the whole bay area</h1></header>"
        "<h2>Ferry fares rise in May</h2><p>By Ann Lee</p></body></html>"
    )
    assert headline_element(page).tag == "h2"
