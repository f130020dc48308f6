"""The head's credits (newscrawl.extract.bylines, and linecredits for one line): labels, rows, scans."""

from __future__ import annotations

import pytest
from test_authors import _english, en, page

from newscrawl.extract.article import extract
from newscrawl.extract.authors import extract_authors
from newscrawl.extract.bylines import labelled_credits, scan_head
from newscrawl.extract.headwalk import head_lines
from newscrawl.page import parse_page


@pytest.mark.parametrize("row", ["Nora Velasquez July 3, 2025", "Sep 01, 2023 Nora Velasquez"])
def test_a_bare_name_printed_with_a_date_by_the_headline_is_the_byline(row: str) -> None:
    # No class, no label: a name and a date on one row under the headline is how bylines look.
    body = f"<h1>Winter tyres</h1><div>{row}</div><p>Tyres grip better below seven degrees, tests show.</p>"
    assert en(body).authors == ["Nora Velasquez"]


def test_a_long_byline_row_running_into_its_categories_still_credits_its_writer() -> None:
    topics = "Podcast, Archive, Writing, Science Fiction, Books, Reviews, Film, Culture, Interviews, Essays"
    row = f"Posted by Nora Velasquez December 30, 2024 Posted in {topics}, Travel, Music, Radio"
    assert len(row) > 160
    body = f"<h1>Winter tyres</h1><div>{row}</div><p>Tyres grip better below seven degrees, tests show.</p>"
    assert en(body).authors == ["Nora Velasquez"]
    long_sentence = "By Monday, the council had voted to close the bridge " + "and reopen it later " * 8
    assert en(f"<h1>Winter tyres</h1><p>{long_sentence}</p>").authors == []


def test_the_tail_reads_only_the_labelled_credits_of_the_head_scan() -> None:
    head = head_lines(
        page(
            "<h1>Winter tyres</h1><p>Story text about tyres.</p><p class='byline'>Marta Quill</p>"
            "<p>Written by Kai Lund</p><p>来源：新华社</p>",
            title="Winter tyres",
            lang="en",
        )
    )
    assert labelled_credits(head) == scan_head(head, set()).labelled == [["Marta Quill"], ["Kai Lund"]]


def test_team_byline_is_credited_whole_but_a_bare_team_is_not() -> None:
    assert en("<h1>Winter tyres</h1><p class='byline'>By Harbor Tools Team</p>").authors == [
        "Harbor Tools Team"
    ]
    assert en("<h1>Winter tyres</h1><p>Written by Our Editors</p>").authors == ["Our Editors"]
    assert en("<h1>Winter tyres</h1><p>By The Team</p>").authors == []


def test_month_as_surname_ends_no_byline() -> None:
    assert en("<h1>Winter tyres</h1><div>Written By: Ana May</div><p>Text.</p>").authors == ["Ana May"]


def test_comma_list_of_names_but_not_a_title_after_the_comma() -> None:
    body = "<h1>Winter tyres</h1><div class='byline'>By Rui Tan , Mo Lee &amp; Ida Park</div>"
    assert en(body).authors == ["Rui Tan", "Mo Lee", "Ida Park"]
    body = "<h1>Winter tyres</h1><address>By Lena Ortiz , Executive Editor, Road Digest</address>"
    assert en(body).authors == ["Lena Ortiz"]


def test_reviewer_in_a_byline_element_is_no_author() -> None:
    body = (
        "<h1>Winter tyres</h1><ul><li>Written by <a class='author'>Marta Quill</a></li>"
        "<li>Reviewed by <span class='byline-reviewer'>Omar Sadik, MD</span></li></ul>"
    )
    assert en(body).authors == ["Marta Quill"]


def test_outlet_closing_a_byline_is_dropped() -> None:
    head = '<meta property="og:site_name" content="The Port Gazette">'
    body = "<h1>Winter tyres</h1><p class='byline'>By Jane Roe and Al Moss, The Port Gazette</p>"
    assert en(body, head).authors == ["Jane Roe", "Al Moss"]


def test_one_word_pen_name_only_after_an_explicit_by() -> None:
    assert en("<h1>Winter tyres</h1><p>By Zephyrine | May 5, 2025</p>").authors == ["Zephyrine"]
    assert en("<h1>Winter tyres</h1><p class='author'>By Ask the Experts</p>").authors == []
    assert en("<h1>Winter tyres</h1><p class='author'>Last Updated: 2025-02-22</p>").authors == []


def test_a_mid_line_by_credit_and_its_exclusions_after_the_lookahead() -> None:
    html = (
        "<html><head><title>Wave Study</title></head><body><h1>Wave Study</h1>"
        "<p>Wave Study  by Kan Chu Sen</p><p>Photo by Jane Roe</p></body></html>"
    )
    ev = scan_head(head_lines(parse_page(html, "https://example.com/a")), set())
    assert ev.loose == [["Kan Chu Sen"]]


def test_a_most_read_cards_byline_is_that_storys_not_the_articles() -> None:
    card = (
        "<li><a href='/other-{0}'>Tide tables rewritten after a long winter</a>"
        "<span class='byline'><a href='/writer/{0}'>{0} Example</a></span></li>"
    )
    cards = f"<ul class='mostread'>{card.format('Kim')}{card.format('Lou')}</ul>"
    p = page(
        f"{cards}<article><h1>Grinders compared</h1><p>{'The grinder test ran a week. ' * 30}</p></article>",
        title="Grinders compared",
        lang="en",
    )
    assert extract_authors(p, "").authors == []
    own = (
        "<ul class='meta'><li><span class='byline'>By <a href='/writer/kim'>Kim Example</a></span></li></ul>"
    )
    assert _english(own) == ["Kim Example"]


def test_a_notice_far_below_the_headline_still_credits_the_outlet() -> None:
    filler = "".join(f"<p>{'Paragraph text about the harbour and the weather. ' * 8}</p>" for _ in range(6))
    html = (
        "<h1>Harbour works begin next spring</h1>"
        f"{filler}<p>This story was originally published by Coastal Daily Herald.</p>"
    )
    p = page(html, title="Harbour works begin next spring", lang="en")
    ev = scan_head(head_lines(p), set())
    assert ev.notices == ["Coastal Daily Herald"]
    assert ev.labelled == []


def test_a_byline_classed_maker_credit_names_the_maker_not_the_thing_made() -> None:
    # A footer credit in a byline-classed element: "Websites by X" credits X (no person), never "Websites".
    footer = "<span class='cpBylineText'>Government Websites by <a href='/cms'>CivicPlus</a></span>"
    prose = "Permits are issued at the front desk on weekdays. " * 8
    body = f"<h1>Building Department</h1><p>{prose}</p><footer>{footer}</footer>"
    html = f"<html><head><title>Building Department</title></head><body>{body}</body></html>"
    assert extract(html, url="https://town.example/building").authors == []


def test_updated_by_in_the_byline_credits_the_writer_only() -> None:
    byline = (
        "<div class='byline'>"
        "<span class='byline__group'>Updated by <a href='/people/bo-chan/'>Bo Chan</a></span>"
        "<span class='byline__group'>By <a href='/people/ann-lee/'>Ann Lee</a></span></div>"
    )
    body = f"<h1>Your car checklist</h1>{byline}<p>{'Check the oil every month. ' * 10}</p>"
    assert extract_authors(page(body, title="Your car checklist", lang="en")).authors == ["Ann Lee"]
