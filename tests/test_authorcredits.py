"""Authors on small English sites: a personal site's owner, organisations joined by "&", team
bylines beside a person in the markup, pen names shown by several author elements."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from newscrawl.extract.authors import extract_authors, split_names
from newscrawl.extract.bylinemarks import profile_links
from newscrawl.extract.bylines import scan_head
from newscrawl.extract.headwalk import Head, Line
from newscrawl.extract.namelists import leading_names, opens_full_name
from newscrawl.page import parse_page


def _site(head: str, body: str = "", title: str = "Sourdough in a week") -> list[str]:
    html = (
        f'<html lang="en"><head><title>{title}</title>{head}</head><body>'
        f"<article><h1>Sourdough in a week</h1>{body}<p>{'The starter rose overnight. ' * 30}</p>"
        "</article></body></html>"
    )
    return extract_authors(parse_page(html, "https://blog.example.org/a/1"), "").authors


def test_meta_author_that_is_a_personal_sites_own_name_is_its_owner() -> None:
    owner = '<meta name="author" content="Nora Example"><meta property="og:site_name" content="Nora Example">'
    assert _site(owner) == ["Nora Example"]
    described = (
        '<meta name="author" content="Nora Example">'
        '<meta property="og:site_name" content="Notes - Web-page of Nora Example">'
    )
    assert _site(described) == ["Nora Example"]
    portal = (
        '<meta name="author" content="Harbour News"><meta property="og:site_name" content="Harbour News">'
    )
    assert _site(portal) == []  # an outlet names itself the same way
    byline = "<p class='byline'>By Sam Sample</p>"
    assert _site(owner, byline) == ["Sam Sample"]  # the page's own credit says more


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Acme Tax & Accounting", ["Acme Tax & Accounting"]),  # one organisation
        ("Mac & i", ["Mac & i"]),
        ("Maria & Katerina", ["Maria", "Katerina"]),  # two pen names
        ("Ann Lee & Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Ann Lee, Bo Chan & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
    ],
)
def test_an_ampersand_before_one_closing_word_joins_an_organisation(raw: str, expected: list[str]) -> None:
    assert split_names(raw) == expected


def test_an_organisation_byline_yields_to_the_person_the_markup_names() -> None:
    head = (
        '<meta name="author" content="Lena Sample">'
        '<meta property="og:site_name" content="Tax Blog by Acme Group">'
    )
    assert _site(head, "<p class='byline'>By Acme Tax &amp; Accounting</p>") == ["Lena Sample"]
    assert _site(head, "<p class='byline'>By Acme Staff</p>") == ["Lena Sample"]
    assert _site(head, "<p class='byline'>By Rob Example</p>") == ["Rob Example"]  # a person: the byline wins


def test_a_one_word_pen_name_shown_by_several_author_elements() -> None:
    body = "<div class='author'><a href='/author/yara/'>Yara</a></div><span class='time'>3/4/2025</span>"
    box = "<div class='author-intro'><p class='name'>Yara</p></div>"
    assert _site("", body + box) == ["Yara"]
    assert _site("", body) == []  # one element alone: a lone word may be a menu item
    brand = "<p class='author'>Crumb</p><div class='author-box'>Crumb</div>"
    assert _site("", brand, title="Sourdough in a week | Crumb") == []  # the site's own name


def test_leading_names_stop_at_an_adjective_of_place() -> None:
    assert leading_names("Tom Sample UK-based Systems Writer") == ["Tom Sample"]
    assert leading_names("Jean-Luc Example") == ["Jean-Luc Example"]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Jane Doe", True),
        ("Jane van Doe", True),
        ("Acme staff", True),  # a team word in lower case still joins the credit
        ("Procter & Gamble", True),
        ("our Science Staff", True),
        ("Related posts", False),
        ("What is the difference", False),
        ("Jane", False),
        ("Jane[1]Doe wrote this", True),  # the name's cleaning may cut a piece out of the first word
    ],
)
def test_opens_full_name_never_refuses_a_line_that_leads_with_a_two_word_name(text: str, opens: bool) -> None:
    assert opens_full_name(text) is opens
    if not opens:
        assert all(len(n.split()) < 2 for n in leading_names(text))


def test_a_personal_sites_owner_in_the_byline_keeps_the_credit() -> None:
    head = (
        '<meta name="author" content="Web Example">'
        '<meta property="og:site_name" content="Rob Example Photography">'
    )
    assert _site(head, "<p class='byline'>By Rob Example</p>") == ["Rob Example"]


def test_author_class_on_the_blocks_parent_marks_a_bare_line() -> None:
    from lxml import html as lxml_html

    from newscrawl.extract.bylinemarks import AUTHOR_CLASS, _marks_of, classed_element

    box = lxml_html.fragment_fromstring('<div class="post-byline"><p>Jane Doe</p></div>')
    p = box.find("p")
    assert _marks_of(p) == "   "  # no attributes: nothing to search
    assert classed_element(p, AUTHOR_CLASS, depth=2) is box
    assert classed_element(p, AUTHOR_CLASS, depth=1) is None


def test_profile_links_skip_childless_blocks_but_read_a_blocks_links() -> None:
    linked = fragment_fromstring('<p>By <a href="/authors/jane-doe">Jane Doe</a></p>')
    bare = fragment_fromstring("<p>By Jane Doe</p>")
    assert list(profile_links(Line("By Jane Doe", linked, 0))) == ["Jane Doe"]
    assert list(profile_links(Line("By Jane Doe", bare, 0))) == []


def test_a_paragraph_naming_a_source_without_a_label_credits_no_outlet() -> None:
    block = fragment_fromstring("<p>x</p>")
    prose = Line("The main source of the delay was the weather, officials said.", block, 0)
    labelled = Line("Source: Harbour Gazette", block, 60)
    assert scan_head(Head([], [prose]), set()).sources == []
    assert scan_head(Head([], [labelled]), set()).sources == ["Harbour Gazette"]


def test_byline_elements_are_read_when_the_source_spells_the_class_with_a_character_reference() -> None:
    from newscrawl.extract.authorbox import page_credits

    plain = parse_page("<html><body><h1>T</h1><p class='author'>Jane Doe</p></body></html>")
    spelt = parse_page("<html><body><h1>T</h1><p class='&#97;uthor'>Jane Doe</p></body></html>")
    unmarked = parse_page("<html><body><h1>T</h1><p class='note'>Jane Doe</p></body></html>")
    assert page_credits(plain) == page_credits(spelt) == [["Jane Doe"]]
    assert page_credits(unmarked) == []
