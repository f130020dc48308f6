"""Work per page stays linear in the page's size: pins on the caps and algorithms that keep it so.

Speed targets live in ``benchmarks/scaling.py``; these tests count calls and check bounds instead of
timing anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import lxml.html
import pytest

from newscrawl.clean import headline as clean_headline
from newscrawl.extract import dom, zhcredits
from newscrawl.extract.blocks import solid_length
from newscrawl.extract.dom import link_density, text_length
from newscrawl.page import parse_page


class _Counted:
    """An XPath that records the tags of the elements it is evaluated on."""

    def __init__(self, xpath: Callable[[Any], Any]) -> None:
        self.xpath, self.tags = xpath, []

    def __call__(self, element: Any) -> Any:
        self.tags.append(element.tag)
        return self.xpath(element)


@pytest.mark.parametrize(
    "html",
    [
        "<div>Intro " + "".join(f'<a href="/x/{i}">link <b>{i}</b></a> tail ' for i in range(300)) + "</div>",
        "<div>" + "".join('<a href="/c">' + "<b>word</b> " * 400 + "</a>" for _ in range(2)) + "</div>",
    ],
    ids=["link-farm", "cards-around-long-text"],
)
def test_anchor_text_of_a_link_farm_is_read_once_per_anchor(
    monkeypatch: pytest.MonkeyPatch, html: str
) -> None:
    # An XPath for all anchors' text nodes (``a//text()``) makes libxml2 merge the per-anchor node
    # sets pairwise: quadratic in the anchors' text nodes. Each anchor's text is read once instead.
    reads: list[str] = []
    real = dom.element_text
    monkeypatch.setattr(dom, "element_text", lambda element: reads.append(element.tag) or real(element))
    box = lxml.html.fromstring(html)
    reference = sum(solid_length(real(a)) for a in box.iter("a"))
    assert text_length(box) - text_length(box, linked=False) == reference
    anchors = sum(1 for _ in box.iter("a"))
    assert reads.count("a") <= anchors
    assert len(reads) <= anchors + 2


def test_anchor_text_of_a_paragraph_with_a_few_links_is_left_out() -> None:
    para = lxml.html.fromstring(
        '<p>Some words <a href="/a">one link</a> and <a href="/b">two <b>more</b></a>.</p>'
    )
    assert text_length(para, linked=False) == len("Somewordsand.")
    assert link_density(para) == len("onelinktwomore") / len("Somewordsonelinkandtwomore.")


def test_anchor_text_of_nested_anchors_counts_once_per_anchor() -> None:
    # Markup the parser leaves nested (an anchor in a block in an anchor): each anchor's text counts.
    box = lxml.html.fromstring('<div><a href="/1">one <div><a href="/2">two</a></div></a></div>')
    assert [a.get("href") for a in box.iter("a")] == ["/1", "/2"]
    assert text_length(box) == len("onetwo")
    assert link_density(box) == len("onetwotwo") / len("onetwo")
    assert text_length(box, linked=False) == 0


def test_anchor_text_below_an_element_inside_an_anchor_counts_only_its_own_anchors() -> None:
    # A block in a linked card: the card's anchor above it does not make all its text linked.
    card = lxml.html.fromstring('<a href="/card"><div>Plain words <a href="/in">inner</a></div></a>')
    block = card.find(".//div")
    assert block is not None
    assert text_length(block) == len("Plainwordsinner")
    assert text_length(block, linked=False) == len("Plainwords")
    assert link_density(card) == 1.0


def test_a_page_long_heading_is_not_split_into_affixes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every separator of a headline is tried as an affix's edge, each try copying the headline:
    # quadratic, so text past the cap (a page's text in an <h1> or <title>) is not tried at all.
    tried: list[str] = []
    real = clean_headline._cjk_space
    monkeypatch.setattr(
        clean_headline, "_cjk_space", lambda text, match: tried.append(text) or real(text, match)
    )
    huge = "关键词 " * (clean_headline.MAX_AFFIXED_CHARS // 2)
    assert clean_headline.affix_candidates(huge) == []
    assert not tried
    short = "股票配资平台 某市地铁新线开通"
    assert [a.text for a in clean_headline.affix_candidates(short)] == ["股票配资平台", "某市地铁新线开通"]


def test_json_ld_headlines_taken_as_renderings_are_capped() -> None:
    # Renderings are compared pairwise; a page shipping thousands of JSON-LD objects is a feed.
    objects = [{"@type": "NewsArticle", "headline": f"kw{i} | Story"} for i in range(200)]
    blocks = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    page = parse_page(f"<html><head>{blocks}</head><body><h1>Story</h1></body></html>")
    shown = clean_headline.renderings(page)
    assert len(shown) == 1 + clean_headline.MAX_LD_RENDERINGS
    assert shown[:2] == ["Story", "kw0 | Story"]


def test_a_dateline_paragraph_reads_only_its_first_role_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each label's names are checked against the whole line: with every label of a long paragraph
    # read, the work grows with the square of its length.
    seen: list[str] = []
    real = zhcredits._labelled_names
    monkeypatch.setattr(
        zhcredits, "_labelled_names", lambda text, folded, m: seen.append(m.group()) or real(text, folded, m)
    )
    paragraph = "新华社北京1月22日电（记者 张三）" + "另据记者 李四报道，会议今天召开。" * 200
    assert zhcredits.zh_labelled(paragraph)[:1] == ["张三"]
    assert 1 <= len(seen) <= zhcredits.MAX_LINE_LABELS


def test_a_gallerys_container_text_is_read_once_for_all_its_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each picture's caption search asks whether its box holds running text; the container that
    # thousands of pictures share was read once per picture (16,000 pictures: 19 s).
    from newscrawl.extract import captions, images

    reads: list[str] = []
    real = captions.plain_text
    monkeypatch.setattr(captions, "plain_text", lambda element: reads.append(element.tag) or real(element))
    pictures = "".join(f'<div><img src="/img/{i}.jpg" width="800" height="450"></div>' for i in range(200))
    gallery = lxml.html.fromstring(f"<article><p>{'Words of the story. ' * 30}</p>{pictures}</article>")
    found = images.extract_images(parse_page("<html><body></body></html>"), [gallery])
    assert len(found) == 200
    assert reads.count("article") <= 1


def test_a_grid_of_linked_pictures_reads_its_links_once() -> None:
    # Each linked picture looks for its card's title in the boxes around its link; the grid
    # that thousands of cards share was searched once per picture (100 KB: 0.8 s, 1 MB: ~80 s).
    from newscrawl.extract import images

    cells = "".join(
        f'<div><a href="/p/{i}"><img src="/img/{i}.jpg" width="800" height="450"></a></div>'
        for i in range(300)
    )
    grid = lxml.html.fromstring(f"<article><p>{'Words of the story. ' * 30}</p><div>{cells}</div></article>")
    page = parse_page("<html><body></body></html>", "https://news.example/a.html")
    cards = images._Cards(page.url, images._address(page.url), "Words of the story.", {grid})
    found = [img for img in grid.iter("img") if not cards.teaser(img)]
    assert len(found) == 300  # untitled links to other pages: no teasers
    assert sum(len(links) for links in cards.links.values()) <= 3 * 300 + 300  # each box's links listed once
