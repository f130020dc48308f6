"""The head walk's chrome rules: what it skips around the headline and what it must keep."""

from __future__ import annotations

from newscrawl.extract.headanchor import headline_element
from newscrawl.extract.headwalk import Head, LineWalk, head_lines
from newscrawl.page import parse_page

STORY = (
    "".join(
        f"<p>The harbour board met on Monday for the {n} time this year to weigh the ferry timetable.</p>"
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    * 3
)
LEAD = STORY[: STORY.index("</p>") + 4] * 4  # a few paragraphs: less than an article


def _head(body: str, title: str = "Ferry timetable changes next month") -> Head:
    return head_lines(parse_page(f"<html><head><title>{title}</title></head><body>{body}</body></html>"))


def _after(head: Head) -> list[str]:
    return [line.text for line in head.after]


def test_wordpress_post_classes_are_topics_not_chrome() -> None:
    # post_class() spells the post's tags and categories into its wrapper: "tag-social-media",
    # "category-comment" name topics, and the byline inside is the article's own.
    head = _head(
        "<header><h1>Ferry timetable changes next month</h1></header>"
        '<article class="post-4411 post type-post status-publish hentry category-comment tag-social-media">'
        '<div class="entry-meta">By Maren Holt · <time datetime="2024-05-02">May 2, 2024</time></div>'
        f"{STORY}</article>"
    )
    assert _after(head)[0] == "By Maren Holt · May 2, 2024"
    assert head.after[0].stamps == (("time", "2024-05-02"),)


def test_a_layout_wrapper_named_like_chrome_holds_the_article() -> None:
    # "side", "ad", "nav" also name layout columns; one holding an article's prose is the story.
    head = _head(
        "<h1>Ferry timetable changes next month</h1>"
        f'<div class="left-side-content-wrapper"><p class="author">By Maren Holt</p>{STORY}</div>'
        '<div class="related-stories"><p>Older ferry stories from March 3, 2019 by Ola Berg</p></div>'
    )
    texts = _after(head)
    assert texts[0] == "By Maren Holt"
    assert not any("Ola Berg" in text for text in texts)  # named outright: skipped whatever its size


def test_short_chrome_and_long_comment_threads_stay_skipped() -> None:
    comments = "".join(
        f"<p>Reader {n} wrote on June {n}, 2024 that the ferry is always late.</p>" for n in range(1, 30)
    )
    head = _head(
        "<h1>Ferry timetable changes next month</h1>"
        '<p>By Maren Holt</p><div class="social-share"><a href="/s">Share</a> Posted by Desk Bot</div>'
        f'{LEAD}<section class="comments-area">{comments}</section>'
    )
    texts = _after(head)
    assert texts[0] == "By Maren Holt"
    assert not any("Desk Bot" in text or "Reader" in text for text in texts)


def test_a_layout_named_box_right_under_the_headline_is_read() -> None:
    # "social", "banner", "newsletter" name share bars and promos, but also the box under the
    # headline that holds the byline and date (class="js-social-share", "hero-banner__details").
    for name in ("flex js-social-share", "hero-banner__article-details", "newsletter-details-wrapper"):
        head = _head(
            f'<h1>Ferry timetable changes next month</h1><div class="{name}"><p>by Maren Holt</p>'
            f"<p>Published on November 11, 2025</p></div>{LEAD}"
            f'<div class="{name}"><p>Posted by Desk Bot</p></div>'
        )
        texts = _after(head)
        assert texts[:2] == ["by Maren Holt", "Published on November 11, 2025"], name
        assert not any("Desk Bot" in text for text in texts)  # the same box further down: chrome


def test_time_inside_the_headline_element_is_kept_as_a_stamp() -> None:
    head = _head(
        '<h1><a href="/p"><time datetime="2025-12-18T13:21:19+00:00">Dec 18 2025</time> '
        "Ferry timetable changes next month</a></h1>"
        f"{STORY}"
    )
    anchor = head.before[-1]
    assert anchor.text == "Dec 18 2025 Ferry timetable changes next month"
    assert anchor.stamps == (("time", "2025-12-18T13:21:19+00:00"),)


def test_an_aside_beside_the_headline_or_inside_the_article_is_its_meta_box() -> None:
    head = _head(
        '<div class="title-row"><h1>Ferry timetable changes next month</h1></div>'
        '<div class="grid"><aside class="meta-col"><p>April 9, 2024</p><p>Written by Maren Holt</p></aside>'
        f'<div class="text">{STORY}</div></div>'
    )
    assert _after(head)[:2] == ["April 9, 2024", "Written by Maren Holt"]
    head = _head(
        f"<article><h1>Ferry timetable changes next month</h1>{LEAD}"
        '<aside><span itemprop="author">Maren Holt</span> '
        '<time itemprop="datePublished" datetime="2024-04-09">2024-04-09</time></aside></article>'
    )
    assert head.after[-1].text == "Maren Holt 2024-04-09"
    assert head.after[-1].stamps == (("datepublished", "2024-04-09"),)


def test_the_page_sidebar_aside_stays_skipped() -> None:
    # After the story and outside any <article>, a short aside is the site's sidebar; inside
    # the article, one named like a related list is still one.
    head = _head(
        "<main><article><h1>Ferry timetable changes next month</h1>"
        f'{LEAD}<aside class="related"><p>Older: May 1, 2018</p></aside></article></main>'
        "<aside><h3>Latest</h3><p>Bus lanes widened, March 3, 2019</p></aside><p>Contact the desk</p>"
    )
    texts = _after(head)
    assert texts[-1] == "Contact the desk"
    assert not any("2019" in text or "2018" in text for text in texts)


def test_a_chrome_named_root_is_still_walked() -> None:
    # No headline: the walk starts at <body>, whose class a script may have set ("modal-open");
    # Next.js wraps the page in id="__next".
    page = parse_page(
        f'<html><body class="modal-open"><div id="__next"><p>By Maren Holt</p>{STORY}</div></body></html>'
    )
    head = head_lines(page)
    assert head.after[0].text == "By Maren Holt"


def test_a_walk_that_reads_the_whole_page_says_so() -> None:
    # dates reuse a complete walk instead of walking the page again for a late dateline.
    markup = f"<h1>Ferry timetable changes next month</h1>{STORY}<p>Posted on May 2, 2024</p>"
    whole = _head(markup)
    assert whole.complete
    assert _after(whole)[-1] == "Posted on May 2, 2024"
    page = parse_page(
        f"<html><head><title>Ferry timetable changes next month</title></head><body>{markup}</body></html>"
    )
    cut = head_lines(page, max_chars=200)
    assert not cut.complete
    assert "Posted on May 2, 2024" not in [line.text for line in cut.after]
    longer = head_lines(page, max_chars=400_000)
    assert [(x.text, x.offset) for x in longer.after] == [(x.text, x.offset) for x in whole.after]


def _walked_from_the_root(body: str) -> Head:
    """The head as the plain walk from ``<body>`` reads it, every element before the headline included."""
    page = parse_page(
        f"<html><head><title>Ferry timetable changes next month</title></head><body>{body}</body></html>"
    )
    state = LineWalk(started=False, anchor=headline_element(page), root=page.tree.find("body"))
    cut = state.visit(page.tree.find("body"))
    state.flush()
    return Head(state.lines[: state.split], state.lines[state.split :], complete=not cut)


def _shown(head: Head) -> list[tuple[str, str, int, tuple[tuple[str, str], ...], str]]:
    return [(ln.text, ln.element.tag, ln.offset, ln.stamps, ln.marks) for ln in [*head.before, *head.after]]


def test_the_lines_before_the_headline_are_those_of_the_walk_from_the_root() -> None:
    # The walk starts near the headline, at a block, and goes farther back only while the lines kept
    # before the headline are not all known: inline runs across blocks, nested menus, a stamp in a
    # wrapper opened long before, a script, and an inline element holding blocks all read the same.
    menu = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(30))
    body = (
        f'<nav class="top"><ul>{menu}</ul></nav>'
        '<div itemprop="datePublished" content="2024-05-01"><span>Home</span> <span>News</span>'
        '<script>var x = "<p>no</p>";</script>'
        '<span class="crumb"><b>Local</b><div>Harbour</div> desk</span>'
        "<section><div><div></div></div>\u2003</section>"
        "<p>Updated <span>May 2, 2024</span><span>Maren Holt</span></p>"
        '<div class="wrap"> \n <div><h1>Ferry timetable changes next month</h1>'
        '<p class="byline">By <a rel="author" href="/authors/maren-holt">Maren Holt</a></p>'
        f"{STORY}</div></div></div>"
    )
    head = _head(body)
    assert _shown(head) == _shown(_walked_from_the_root(body))
    assert head.before[-2].text == "Updated May 2, 2024 Maren Holt"  # inline runs read apart
    assert head.after[0].text == "By Maren Holt"


def test_a_headline_with_little_before_it_keeps_all_of_that() -> None:
    for body in (
        f"<h1>Ferry timetable changes next month</h1>{STORY}",
        f"Harbour desk <b>Local</b><h1>Ferry timetable changes next month</h1>{STORY}",
        "<div><p>Local</p><div><span>News</span>"
        f"<h1>Ferry timetable changes next month</h1></div></div>{STORY}",
    ):
        assert _shown(_head(body)) == _shown(_walked_from_the_root(body))


def test_layout_white_space_makes_no_line() -> None:
    head = _head(
        "<div>\n  <p>Local desk</p>\n\xa0 <p>\u3000</p></div>"
        f"<h1>Ferry timetable changes next month</h1>{STORY}"
    )
    assert [line.text for line in head.before] == ["Local desk", "Ferry timetable changes next month"]


def test_a_headline_sized_h1_outranks_a_subheading_that_repeats_the_seo_title() -> None:
    # og:title is the SEO wording, which the page repeats as a section heading further down;
    # the visible <h1> (with the dateline under it) is where the article starts.
    page = parse_page(
        "<html><head><meta property='og:title' content='How Heat Pumps Work'></head><body>"
        "<h1>How Do Heat Pumps Keep a House Warm?</h1><p>March 3, 2025</p>"
        "<div class='body'><p>Intro paragraph of the piece.</p><h2>How Heat Pumps Work</h2>"
        "<p>A heat pump moves heat rather than making it.</p></div></body></html>"
    )
    assert headline_element(page).tag == "h1"
    assert head_lines(page).after[0].text == "March 3, 2025"


def test_keywords_glued_to_the_title_do_not_anchor_the_walk_at_a_heading_repeating_them() -> None:
    # The title's longest part is the page's keyword list; the related-articles box at the page's end
    # repeats it in an <h1>. The headline part is what the walk must anchor on, or the date line and
    # byline under the real headline are never read.
    page = parse_page(
        "<html><head><title>港區渡輪下月起加價 - 渡輪 , 票價 , 交通局 , 港區 , 通勤族</title></head><body>"
        "<div><h2>港區渡輪下月起加價</h2><p>2012-01-12 ◎ 記者王小明/採訪報導</p>"
        "<p>交通局昨日宣布，港區渡輪票價下月起調漲。</p></div>"
        "<div><h1>相關文章關鍵字：渡輪 , 票價 , 交通局 , 港區 , 通勤族</h1><p>延伸閱讀</p></div>"
        "</body></html>"
    )
    assert headline_element(page).tag == "h2"
    assert head_lines(page).after[0].text.startswith("2012-01-12")


def test_marks_come_from_attributed_inline_elements_only() -> None:
    html = (
        "<html><head><title>Some headline here</title></head><body><h1>Some headline here</h1>"
        '<p><b>By</b> <span class="author-name" id="a1">Jane Doe</span> <i>today</i></p></body></html>'
    )
    head = head_lines(parse_page(html, "https://example.com/a"))
    assert [(line.text, line.marks) for line in head.after] == [("By Jane Doe today", "author-name a1")]


def test_inline_marks_and_stamps_survive_the_one_read_of_attributes() -> None:
    # The walk reads each element's attributes once: an inline element's class and rel still
    # mark its line, an itemprop date still stamps it, and an unnamed <nav> is still skipped.
    head = _head(
        "<h1>Ferry timetable changes next month</h1>"
        '<p><a rel="author" class="byline-link" href="/authors/maren-holt">Maren Holt</a>'
        ' <span itemprop="datePublished" content="2024-05-02">May 2</span></p>'
        "<nav><p>Home News Sport</p></nav>"
        f"{LEAD}"
    )
    first = head.after[0]
    assert first.text == "Maren Holt May 2"
    assert "byline-link" in first.marks
    assert "author" in first.marks
    assert first.stamps == (("datepublished", "2024-05-02"),)
    assert not any("Home News" in text for text in _after(head))


def test_a_jump_to_story_menu_listing_the_title_is_not_where_the_head_starts() -> None:
    # A table-laid page with no <h1>: its "jump to story" <select> lists this story's title
    # first, above the headline cell. The walk never enters a <select>, so starting there
    # found no lines at all and lost the date under the real headline.
    title = "港府公布新一輪防疫措施 下周一起實施"
    page = parse_page(
        f"<html><head><title>{title}｜新聞</title></head><body>"
        f"<select name='jump'><option value='1'>{title}</option>"
        "<option value='2'>另一則新聞標題</option></select>"
        f"<table><tr><td class='t'>{title}</td></tr><tr><td>2012-01-11 21:43:00</td></tr>"
        "<tr><td><p>政府今日公布新一輪防疫措施，下周一起實施。</p></td></tr></table></body></html>"
    )
    assert headline_element(page).tag == "td"
    assert head_lines(page).after[0].text == "2012-01-11 21:43:00"


def test_an_ad_or_a_ranked_list_right_under_the_headline_stays_skipped() -> None:
    for name in ("ad-banner", "hot-news-social", "rank-box"):
        head = _head(
            f"<h1>Ferry timetable changes next month</h1><div class='{name}'>"
            f"<p>Sale ends December 31, 2025</p></div><p>By Maren Holt</p>{LEAD}"
        )
        texts = _after(head)
        assert texts[0] == "By Maren Holt", name
        assert not any("Sale ends" in text for text in texts)
