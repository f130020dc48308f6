"""The renderer leaves out page furniture recognised by its structure: forms, control labels,
tables of contents, heading permalinks, rows of script buttons and a gallery's slide legends."""

from __future__ import annotations

import lxml.html

from newscrawl.extract.blocks import blocks_to_text
from newscrawl.extract.controls import (
    is_contents_box,
    is_control_label,
    is_form_widget,
    is_heading_permalink,
    is_script_link,
    is_slide_legends,
)
from newscrawl.extract.render import render_blocks

_URL = "https://news.example/2025/05/story.html"
_PROSE = "The council voted on Tuesday to extend the night bus service to the eastern suburbs."


def _render(inner: str, url: str | None = _URL) -> list[str]:
    root = lxml.html.fromstring(f"<div>{inner}</div>")
    return blocks_to_text(list(render_blocks(root, url))).split("\n")


def test_a_sign_up_form_and_its_labels_go_but_the_prose_around_stays() -> None:
    lines = _render(
        f"<p>{_PROSE}</p>"
        "<form action='/subscribe'><p>Get the weekly digest.</p>"
        "<label for='e'>Email*</label><input id='e' type='email'>"
        "<select><option>Daily</option></select>"
        "<div>This field is for validation purposes and should be left unchanged.</div>"
        "<button>Subscribe</button></form>"
        f"<p>{_PROSE} Again.</p>"
    )
    assert lines == [_PROSE, f"{_PROSE} Again."]


def test_a_form_wrapping_the_article_is_kept() -> None:
    # ASP.NET pages wrap the whole page in one form: it holds the article's paragraphs.
    paragraphs = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(6))
    markup = f"<form><input type='hidden' name='__VIEWSTATE'><input type='text' name='q'>{paragraphs}</form>"
    form = lxml.html.fromstring(markup)
    assert not is_form_widget(form)
    assert len(_render(markup)) == 6


def test_a_form_with_only_hidden_inputs_is_no_widget() -> None:
    form = lxml.html.fromstring("<form><input type='HIDDEN' name='t'><p>Short text.</p></form>")
    assert not is_form_widget(form)


def test_labels_of_controls_go_but_checklist_entries_stay() -> None:
    lines = _render(
        "<div><label for='name'>First Name*</label><input id='name'></div>"
        "<ul><li><input type='checkbox'><label>Sunscreen</label></li></ul>"
        "<div><label><input type='checkbox'> Bear spray (optional)</label></div>"
    )
    assert lines == ["Sunscreen", "Bear spray (optional)"]


def test_is_control_label() -> None:
    root = lxml.html.fromstring("<div><label for='q'>Search</label><li><label>Map</label></li></div>")
    labels = list(root.iter("label"))
    assert [is_control_label(label) for label in labels] == [True, False]


def test_a_table_of_contents_goes_with_its_title() -> None:
    toc = (
        "<div class='box'><h4>Table of Contents</h4><ul>"
        "<li><a href='#why'>Why it matters</a></li>"
        "<li><a href='#how'>How it works</a></li>"
        f"<li><a href='{_URL}#cost'>What it costs</a></li></ul></div>"
    )
    assert is_contents_box(lxml.html.fromstring(toc), _URL)
    assert _render(f"<p>{_PROSE}</p>{toc}<h2 id='why'>Why it matters</h2><p>{_PROSE}</p>") == [
        _PROSE,
        "Why it matters",
        _PROSE,
    ]


def test_lists_that_are_no_table_of_contents_stay() -> None:
    # links off the page; footnotes, which link into the page but hold their text;
    # a list introduced by a sentence; a section of the article under its <h2>.
    offsite = "<ul><li><a href='#a'>A</a></li><li><a href='#b'>B</a></li><li><a href='/c'>C</a></li></ul>"
    notes = "".join(f"<li>{_PROSE} <a href='#r{n}'>↩</a></li>" for n in range(3))
    intro = (
        "<div><p>These are the top trends in the cleaning industry for 2025:</p><ul>"
        "<li><a href='#a'>Demand</a></li><li><a href='#b'>Wellness</a></li>"
        "<li><a href='#c'>Spending</a></li></ul></div>"
    )
    section = (
        "<div><h2>More ways to customize</h2><ul>"
        "<li><a href='#t'>Themes</a></li><li><a href='#a'>Add-ons</a></li>"
        "<li><a href='#b'>Bar</a></li></ul></div>"
    )
    for markup in (offsite, f"<ol>{notes}</ol>", intro, section):
        assert not is_contents_box(lxml.html.fromstring(markup), _URL), markup


def test_a_heading_permalink_mark_is_no_word_of_the_heading() -> None:
    lines = _render(
        "<h2 id='s2'>Preferring real estate to architecture<a class='anchor' href='#s2'>#section2</a></h2>"
        "<h3 id='s3'><a href='#s3'>A heading that is its own link</a></h3>"
        "<h3>Sources <a href='#notes'>see notes</a></h3>"
    )
    assert lines == [
        "Preferring real estate to architecture",
        "A heading that is its own link",
        "Sources see notes",
    ]


def test_is_heading_permalink_needs_a_heading_and_its_own_fragment() -> None:
    root = lxml.html.fromstring(
        "<div><p id='x'>Text <a href='#x'>#</a></p><h2 id='y'>T <a href='#z'>#</a></h2></div>"
    )
    assert [is_heading_permalink(a) for a in root.iter("a")] == [False, False]


def test_a_row_of_script_buttons_goes_but_a_script_link_inside_prose_stays() -> None:
    lines = _render(
        f"<p>{_PROSE}</p>"
        "<p class='action'><a href='' class='button'><i></i><span>Book Now</span></a></p>"
        "<p><a href='javascript:void(0)'>Show more</a> <a href='javascript:;'>Close</a></p>"
        f"<p>{_PROSE} <a href='javascript:void(0)'>Details</a> follow.</p>"
    )
    assert lines == [_PROSE, f"{_PROSE} Details follow."]


def test_is_script_link() -> None:
    assert [is_script_link(h) for h in ("", "  ", "JavaScript:void(0)", "#", "/a", "https://x.test/")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def test_without_an_address_fragment_links_still_make_a_table_of_contents() -> None:
    items = "".join(f"<li><a href='#{n}'>Part {n}</a></li>" for n in "abc")
    toc = f"<nav><ul>{items}</ul></nav>"
    assert is_contents_box(lxml.html.fromstring(toc), None)
    assert _render(f"<p>{_PROSE}</p><div><p>Contents</p>{toc}</div>", None) == [_PROSE]


def test_an_inline_element_named_like_furniture_stays_inside_its_sentence() -> None:
    # A glossary popup, a tagged term, a sidenote button: named like furniture, but the
    # sentence runs through them (words on both sides, or it ends inside them).
    lines = _render(
        "<p>A conviction that <a href='javascript:void(0);' class='popup'>"
        "the easiest way of life is the best.</a> Hence, though I belong to a profession.</p>"
        "<p>It was done, he said, <span class='tag'>mechanically.</span></p>"
        "<li><a class='popup' href='/g/m'>Mortified</a> as I was at his behavior, I stayed.</li>"
        "<p>said the professor<button class='sidenote-button'>Thomas W. Malone,</button> the director.</p>"
    )
    assert lines == [
        "A conviction that the easiest way of life is the best. Hence, though I belong to a profession.",
        "It was done, he said, mechanically.",
        "Mortified as I was at his behavior, I stayed.",
        "said the professor Thomas W. Malone, the director.",
    ]


def test_inline_furniture_outside_a_sentence_still_goes() -> None:
    # after a full stop ("Read more", a label between sentences), after a label's colon,
    # opening a line that goes on in capitals, or in a heading: not part of a sentence.
    lines = _render(
        f"<p>{_PROSE} <a class='popup' href='/more'>Read more</a></p>"
        f"<p>{_PROSE} <span class='ad-label'>Advertisement</span> The vote was close.</p>"
        "<p>Tags: <a class='tag' href='/t/bus'>buses</a>, <a class='tag' href='/t/city'>city</a></p>"
        "<p><a class='share' href='/s'>Share</a> The council met.</p>"
        "<h5>Talk: <span id='comment_count'>0</span> comments</h5>"
        "<p>The mayor <span class='popup' hidden>secret</span> spoke.</p>"
    )
    assert lines == [
        _PROSE,
        f"{_PROSE} The vote was close.",
        "Tags: ,",
        "The council met.",
        "Talk: comments",
        "The mayor spoke.",
    ]


def test_text_laid_over_a_picture_by_its_offsets_is_no_body_text() -> None:
    # a chart's labels (ai2html), a video's title over its player; a nudged word stays.
    chart = (
        "<div class='chart'><img src='c.png'>"
        "<div class='g-aiAbs' style='top:4.9%;margin-top:-16px;left:96.6%;width:60px'><p>$915</p></div>"
        "<div class='g-aiAbs' style='top:9.5%;right:94.9%'><p>Interest payments on the debt</p></div></div>"
    )
    player = "<div class='player' style='left: 890px;'><div>The priest saving gang members</div></div>"
    nudged = f"<p>{_PROSE} <span style='position:relative; top:-2px'>Really.</span></p>"
    assert _render(f"<p>{_PROSE}</p>{chart}{player}{nudged}") == [_PROSE, f"{_PROSE} Really."]


def test_a_row_of_hash_buttons_between_separators_goes_but_hash_links_stay_links() -> None:
    root = lxml.html.fromstring(
        "<div><div><a href='#'>Play</a> | <a href='#'>Pause</a> | <a href='#'>&lt;&lt; Prev</a></div>"
        f"<p>{_PROSE}</p><p><a href='#'>Show all</a></p>"
        f"<p>{_PROSE} <a href='#'>Details</a> follow.</p></div>"
    )
    blocks = list(render_blocks(root, _URL))
    assert [b.text for b in blocks] == [_PROSE, f"{_PROSE} Details follow."]
    assert [s.href for s in blocks[1].segments][1] == _URL  # a toggle in a line still reads as a link


def test_a_row_of_buttons_with_words_between_them_stays() -> None:
    lines = _render("<p><a href='#'>Play</a> the video or <a href='#'>read</a> on</p>")
    assert lines == ["Play the video or read on"]


def test_a_gallery_s_slide_legends_go_but_a_numbered_list_stays() -> None:
    legends = "".join(
        f"<li><h2><span class='counter'>{n}/12</span> Title {n}</h2><p>Caption of picture {n}.</p></li>"
        for n in (1, 2, 3)
    )
    steps = "".join(f"<li>{n}. Step number {n} of the recipe.</li>" for n in (1, 2, 3))
    assert _render(f"<p>{_PROSE}</p><ul>{legends}</ul><ol>{steps}</ol>") == [
        _PROSE,
        "1. Step number 1 of the recipe.",
        "2. Step number 2 of the recipe.",
        "3. Step number 3 of the recipe.",
    ]


def test_is_slide_legends_needs_counters_one_by_one_out_of_one_total() -> None:
    def legends(*counters: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(
            "<div>" + "".join(f"<div>\n {c} A caption.</div>" for c in counters) + "</div>"
        )

    assert is_slide_legends(legends("Photo 1 of 9", "Photo 2 of 9", "Photo 3 of 9"))
    assert is_slide_legends(legends("圖片 1 / 3", "圖片 2 / 3", "圖片 3 / 3"))
    assert not is_slide_legends(legends("1/9", "2/9"))  # too few to tell
    assert not is_slide_legends(legends("5/5", "5/5", "4/5"))  # ratings
    assert not is_slide_legends(legends("1/9", "2/8", "3/9"))  # no common total
    assert not is_slide_legends(legends("1 March", "2 March", "3 March"))
