"""What byline markup says (newscrawl.extract.bylinemarks): name elements, profile links, enclosing links."""

from __future__ import annotations

import pytest
from test_authors import en

from newscrawl.extract.article import extract


def test_profile_link_names_the_author() -> None:
    link = "<a href='/authors/nora-velasquez'>Nora Velasquez</a>"
    body = f"<h1>Winter tyres</h1><div><svg></svg><span>{link}</span></div>"
    assert en(body).authors == ["Nora Velasquez"]
    body = "<h1>Winter tyres</h1><div><a href='/authors/nora-velasquez'>All our writers</a></div>"
    assert en(body).authors == []


@pytest.mark.parametrize(
    "href",
    [
        "/staff/2648209001/nora-velasquez/",  # an id segment before the name
        "/by/nora-velasquez",
        "/people/nora-velasquez-4821.html",  # an id after it, and an extension
        "/profile/noravelasquez?ref=byline",
        "https://news.example/en/journalists/Nora_Vel%C3%A1squez",
    ],
)
def test_profile_links_are_read_in_the_url_forms_sites_use(href: str) -> None:
    # No author class anywhere: the link's path alone says the text is a person's name.
    name = "Nora Velásquez" if "C3" in href else "Nora Velasquez"
    body = f"<h1>Winter tyres</h1><div><span><a href='{href}'>{name}</a></span> <span>The Daily</span></div>"
    assert en(body).authors == [name]


def test_a_contacts_profile_link_credits_no_writer() -> None:
    body = (
        "<h1>Winter tyres</h1><ul><li><strong>Updated:</strong> 6/2/2025</li>"
        "<li><strong>Contact:</strong> <a href='/authors/staff-directory/nora-velasquez'>Nora Velasquez</a>"
        "</li></ul>"
    )
    assert en(body).authors == []


def test_name_element_inside_a_byline_with_label_and_title() -> None:
    line = (
        "<div class='author-line'><span class='author-label'>Written By:</span>"
        "<span class='author-name'>Celia Marsh</span>"
        "<span class='author-title'>Gardener &amp; Cook</span></div>"
    )
    assert en(f"<h1>Winter tyres</h1>{line}").authors == ["Celia Marsh"]
    bio = "<div class='author-description'>Licensed Tyre Fitter, Senior Mechanic</div>"
    assert en(f"<h1>Winter tyres</h1>{bio}").authors == []


def test_outlet_element_inside_an_author_block_is_no_name() -> None:
    body = (
        "<h1>Winter tyres</h1><div class='author-info'><div class='sourcename-txt'>Motor Insider</div>"
        "<div class='authorname-txt'>Alma Reyes 1 day ago</div></div>"
    )
    assert en(body).authors == ["Alma Reyes"]


def test_enclosing_link_reaches_three_levels_only() -> None:
    from lxml.html import fromstring

    from newscrawl.extract.bylinemarks import enclosing_link

    near = fromstring('<div><a href="/author/jane-doe"><span><b><i>Jane Doe</i></b></span></a></div>')
    assert enclosing_link(near.find(".//i")) is near.find(".//a")
    far = fromstring('<div><a href="/x"><span><b><i><em>Jane Doe</em></i></b></span></a></div>')
    assert enclosing_link(far.find(".//em")) is None  # the link sits four levels up
    assert enclosing_link(near.find(".//a")) is None  # no link above the link itself


def test_a_one_word_handle_in_the_author_name_element_by_the_headline_is_credited() -> None:
    story = "<p>Planning a wedding starts with a budget, a guest list and a date.</p>" * 6
    html = (
        "<html><head><title>Wedding planning tools</title></head><body><h1>Wedding planning tools</h1>"
        f"<div class='post-meta'><span class='author-name'>Susan</span></div>{story}</body></html>"
    )
    assert extract(html.encode()).authors == ["Susan"]
    # The same word in running text near the headline credits nobody.
    plain = html.replace("<span class='author-name'>Susan</span>", "Susan")
    assert extract(plain.encode()).authors == []
