"""Publication dates: each heuristic with a page where it must fire and one where it must not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newscrawl.extract.dates import extract_dates, find_stamps, parse_date_text, url_date
from newscrawl.page import parse_page

UTC8 = timezone(timedelta(hours=8))
FETCHED = datetime(2025, 1, 22, 16, 0, tzinfo=UTC8)


def page(body: str, head: str = "", url: str | None = None, lang: str = "zh-CN", **kw: object):
    html = f'<html lang="{lang}"><head><title>T</title>{head}</head><body>{body}</body></html>'
    return parse_page(html, url, **kw)  # type: ignore[arg-type]


# --- parse_date_text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-22 13:22", "2025-01-22T13:22:00+08:00"),
        ("2025年1月22日 13:22", "2025-01-22T13:22:00+08:00"),
        ("发布时间：2025/01/22", "2025-01-22"),
        ("2019年06月15日08:18", "2019-06-15T08:18:00+08:00"),
        ("2019年9月7日 下午3:20", "2019-09-07T15:20:00+08:00"),
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
    ],
)
def test_parse_chinese_and_iso_forms(text: str, expected: str) -> None:
    assert parse_date_text(text, default_tz=UTC8) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published 5:03 PM EST, Jan 3, 2025", "2025-01-03T17:03:00-05:00"),
        ("January 3, 2025", "2025-01-03"),
        ("3 Jan 2025", "2025-01-03"),
        ("Updated July 4, 2025 10:00 a.m. PT", "2025-07-04T10:00:00-07:00"),
        ("Dec 17, 2025Julian K. Arni", "2025-12-17"),
    ],
)
def test_parse_english_forms(text: str, expected: str) -> None:
    assert parse_date_text(text) == expected


def test_no_zone_known_gives_a_naive_time_not_an_invented_offset() -> None:
    assert parse_date_text("2025-01-22 13:22") == "2025-01-22T13:22:00"


def test_date_only_never_gets_a_time_of_day() -> None:
    assert parse_date_text("2025-01-22", default_tz=UTC8) == "2025-01-22"


def test_words_that_start_like_months_are_not_months() -> None:
    assert parse_date_text("Marketing 5, 2025") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3小时前", "2025-01-22T13:00:00+08:00"),
        ("昨天 10:20", "2025-01-21T10:20:00+08:00"),
        ("刚刚", "2025-01-22T16:00:00+08:00"),
        ("2天前", "2025-01-20"),
    ],
)
def test_relative_dates_resolve_against_fetch_time(text: str, expected: str) -> None:
    assert parse_date_text(text, default_tz=UTC8, now=FETCHED) == expected


def test_relative_dates_need_a_fetch_time() -> None:
    assert parse_date_text("3小时前", default_tz=UTC8) is None


def test_url_date_is_a_day_only() -> None:
    assert str(url_date("https://x.cn/a/2025/01/22/story.html")) == "2025-01-22"
    assert url_date("https://x.cn/a/story-123.html") is None


# --- extract_dates ------------------------------------------------------------------------------


def test_byline_under_headline_with_chinese_time() -> None:
    r = extract_dates(
        page(
            '<h1>地铁五号线通车</h1><div class="info">2024年12月28日 10:15 来源：某报</div>'
            "<p>正文第一段，内容很长。</p>"
        )
    )
    assert (r.published, r.published_source) == ("2024-12-28T10:15:00+08:00", "text")


def test_visible_time_wins_over_disagreeing_meta() -> None:
    head = '<meta property="article:published_time" content="2019-09-07T06:52:51+08:00">'
    r = extract_dates(page("<h1>芯片大战</h1><p>2019年09月07日 04:04 北京日报</p><p>正文。</p>", head))
    assert r.published == "2019-09-07T04:04:00+08:00"
    assert r.published_source == "text"


def test_meta_kept_when_it_agrees_and_is_more_precise() -> None:
    head = '<meta property="article:published_time" content="2019-09-07T13:43:45+08:00">'
    r = extract_dates(page("<h1>标题</h1><p>2019-09-07 13:43 来源: 红周刊</p>", head))
    assert (r.published, r.published_source) == ("2019-09-07T13:43:45+08:00", "meta")


def test_visible_time_fills_a_date_only_meta() -> None:
    head = '<meta name="publishdate" content="2019-06-15">'
    r = extract_dates(page("<h1>郑板桥的兰花</h1><p>2019年06月15日08:18 来源：人民网</p>", head))
    assert r.published == "2019-06-15T08:18:00+08:00"


def test_json_ld_disagreeing_with_visible_text_loses() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-03-01T09:00:00+08:00"}</script>'
    )
    r = extract_dates(page("<h1>标题</h1><div class='meta'>发布时间：2025-03-05 14:30</div>", head))
    assert r.published == "2025-03-05T14:30:00+08:00"


def test_a_time_far_below_the_headline_never_outvotes_the_markup() -> None:
    # No date by the headline; a list of other posts far down carries <time>s. With no class name to
    # tell the list apart, its first <time> is only a fallback: the JSON-LD date stands.
    head = (
        '<script type="application/ld+json">{"@type": "BlogPosting", '
        '"datePublished": "2023-05-30T18:24:00+00:00"}</script>'
    )
    prose = "<p>" + "Composting works faster when the pile is turned every week or so. " * 12 + "</p>"
    others = "".join(
        f"<div><a href='/p{i}'>Another post {i}</a> <time datetime='2015-12-0{i}T09:32:03-05:00'>"
        f"December {i}, 2015</time></div>"
        for i in range(1, 4)
    )
    r = extract_dates(page(f"<h1>Compost at home</h1>{prose * 6}{others}", head, lang="en"))
    assert (r.published, r.published_source) == ("2023-05-30T18:24:00+00:00", "json-ld")


def test_same_instant_in_utc_markup_is_no_contradiction() -> None:
    head = '<meta property="article:published_time" content="2025-01-03T22:03:00Z">'
    r = extract_dates(page("<h1>Storm</h1><p>Published January 3, 2025</p>", head, lang="en"))
    assert r.published == "2025-01-03T22:03:00+00:00"  # 5 pm in New York is still January 3


def test_date_in_related_list_is_not_taken() -> None:
    body = (
        "<h1>Headline</h1><p>A first paragraph of the story that runs long enough to be prose, "
        "with no date in it at all, only words about the council and the harbour wall plans.</p>"
        '<div class="related-news"><ul><li>Other story 2024-06-01</li></ul></div>'
    )
    assert extract_dates(page(body, lang="en")).published is None


def test_date_inside_a_sentence_is_not_the_stamp() -> None:
    body = (
        "<h1>调研</h1><p>2019年2月27日下午，调研组一行到访金融街。</p>"
        "<p>……</p><p>发布日期：2019-03-06 责任编辑：龙慧</p>"
    )
    assert extract_dates(page(body)).published == "2019-03-06"


def test_relative_date_with_fixed_fetch_time() -> None:
    r = extract_dates(page("<h1>标题</h1><p>3小时前 来源：某报</p>", fetched_at=FETCHED))
    assert r.published == "2025-01-22T13:00:00+08:00"


def test_future_dates_are_skipped() -> None:
    r = extract_dates(page("<h1>标题</h1><p>2026-05-01 10:00</p>", fetched_at=FETCHED))
    assert r.published is None


def test_updated_label_goes_to_modified() -> None:
    body = "<h1>Title</h1><p>Published March 1, 2025</p><p>Updated: March 4, 2025 at 9:30 AM</p>"
    r = extract_dates(page(body, lang="en"))
    assert r.published == "2025-03-01"
    assert r.modified == "2025-03-04T09:30:00"


def test_a_page_dating_only_its_last_edit_says_so_in_the_provenance() -> None:
    head = '<meta property="article:modified_time" content="2025-09-26T14:39:45+00:00">'
    r = extract_dates(page("<h1>Programs</h1><p>What we offer.</p>", head=head, lang="en"))
    assert (r.published, r.published_source) == ("2025-09-26T14:39:45+00:00", "modified")
    assert (r.modified, r.modified_source) == ("2025-09-26T14:39:45+00:00", "meta")


def test_url_date_is_the_last_resort_and_only_a_day() -> None:
    r = extract_dates(page("<h1>Title</h1><p>No date shown.</p>", url="https://e.com/2025/01/22/x.html"))
    assert (r.published, r.published_source) == ("2025-01-22", "url")


def test_ambiguous_numeric_date_read_the_way_the_url_says() -> None:
    body = "<h1>Seawall</h1><div class='dateline'>04/03/2025 • Dana Whitfield</div>"
    r = extract_dates(page(body, url="http://farm.example/b/20250304/1.html", lang="en"))
    assert r.published == "2025-03-04"


def test_feed_hint_fills_in_and_adds_a_time() -> None:
    hints = {"datePublished": "2025-01-22T13:22:00+08:00"}
    r = extract_dates(page("<h1>标题</h1><p>发布日期：2025-01-22</p>", hints=hints))
    assert (r.published, r.published_source) == ("2025-01-22T13:22:00+08:00", "feed")


def test_time_element_gives_the_offset_markup_states() -> None:
    body = (
        '<h1>Title</h1><p>Posted on <time datetime="2025-02-14T09:05:00-08:00">February 14, 2025</time></p>'
    )
    r = extract_dates(page(body, lang="en"))
    assert (r.published, r.published_source) == ("2025-02-14T09:05:00-08:00", "time")


def test_abbr_titled_with_an_iso_date_counts_as_a_time_element() -> None:
    # hAtom's published stamp, and a relative "3小時前" whose title says when; an <abbr>
    # titled with a word is an abbreviation, not a date
    hatom = (
        '<h1>Title</h1><p>By Ann Lee, <abbr class="published" title="2015-03-10T08:05:41-07:00">'
        "March 10</abbr></p>"
    )
    r = extract_dates(page(hatom, lang="en"))
    assert (r.published, r.published_source) == ("2015-03-10T08:05:41-07:00", "time")
    relative = '<h1>港鐵加強服務</h1><p>星島日報 – <abbr title="2012-01-12T08:45:00Z">3小時前</abbr></p>'
    assert extract_dates(page(relative)).published == "2012-01-12T08:45:00+00:00"
    word = '<h1>Title</h1><p>Name <abbr title="(required)">*</abbr> <abbr title="2015">yr</abbr></p>'
    assert extract_dates(page(word, lang="en")).published is None


# --- dates the head walk misses, and markup outside the usual names -----------------------------

_PROSE = "<p>" + "The harbour board met again on Tuesday to weigh the seawall plans. " * 8 + "</p>"


def test_citation_style_date_is_read_but_lower_case_may_is_a_verb() -> None:
    assert parse_date_text("Harbour Stud. 2023 Jan 7;15(1):e3301") == "2023-01-07"
    assert parse_date_text("in 2023 may 5 boats sail") is None


def test_url_date_with_a_month_name_in_the_path() -> None:
    assert str(url_date("https://e.org/news/blog/2023/october/03/tides/")) == "2023-10-03"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="citation_publication_date" content="2023 Jan 7">',
        '<meta name="published" content="January 7, 2023">',
        '<meta name="acme-published-date" content="2023-01-07T06:00:00.000Z">',
    ],
)
def test_less_common_meta_names_for_the_publication_date(meta: str) -> None:
    r = extract_dates(page("<h1>Tides</h1><p>No date shown here.</p>", meta, lang="en"))
    assert r.published is not None
    assert r.published.startswith("2023-01-07")
    assert r.published_source == "meta"


def test_time_element_after_an_updated_label_is_the_modification() -> None:
    head = '<meta property="article:published_time" content="2017-12-15T08:50:02-05:00">'
    body = (
        '<h1>Best films</h1><div class="byline">By Ana Ruiz <span>Updated <time '
        'datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018, 2:15pm EDT</time></span></div>' + _PROSE
    )
    r = extract_dates(page(body, head, lang="en"))
    assert r.published == "2017-12-15T08:50:02-05:00"
    assert r.modified == "2018-07-24T18:15:58+00:00"


def test_dateline_above_headline_beats_a_time_element_far_below() -> None:
    body = (
        '<div class="post-meta">10/12/2023 7:38:01 PM | 3 minute read</div><h1>Skipping legs</h1>'
        + _PROSE * 2
        + '<div class="card"><time datetime="2025-12-18T16:00:05Z">Dec 18</time></div>'
    )
    r = extract_dates(page(body, lang="en"))
    assert r.published == "2023-10-12T19:38:01"


def test_far_labelled_event_date_loses_to_dateline_above_headline() -> None:
    body = (
        "<div>OCTOBER 13, 2025</div><h1>Big fairs of next year</h1>"
        + _PROSE * 2
        + "<h2>1. Harbour Fair</h2><p>Date : June 18, 2026</p>"
    )
    assert extract_dates(page(body, lang="en")).published == "2025-10-13"


def test_date_printed_only_at_the_article_end() -> None:
    body = (
        "<h1>Journal indexing guide</h1>"
        + _PROSE * 250
        + "<div class='meta'><span>Posted on April 13, 2023</span></div>"
    )
    assert extract_dates(page(body, lang="en")).published == "2023-04-13"


def test_date_line_under_a_byline_at_the_article_end() -> None:
    body = (
        "<h1>How apps get built</h1>"
        + _PROSE * 250
        + "<div><p>Written by <a href='/a/kim'>Mo Kim</a></p><p>April 8, 2024</p></div>"
    )
    assert extract_dates(page(body, lang="en")).published == "2024-04-08"


def test_unlabelled_date_deep_in_the_article_is_not_taken() -> None:
    body = "<h1>Journal indexing guide</h1>" + _PROSE * 250 + "<p>April 13, 2023</p>"
    assert extract_dates(page(body, lang="en")).published is None


def test_yearless_chinese_dates_and_counts_without_a_year() -> None:
    from newscrawl.extract.datetext import find_stamps

    now = datetime(2025, 3, 20, 12, 0, tzinfo=timezone(timedelta(hours=8)))
    hits = list(find_stamps("3月5日 10:20 发布", now=now))
    assert [(h[2].day.isoformat(), h[2].clock.isoformat()) for h in hits] == [("2025-03-05", "10:20:00")]
    assert list(find_stamps("12 comments · 5 min read")) == []
    assert [h[2].day.isoformat() for h in find_stamps("Posted 12/03/2024 at 10:20")] == ["2024-12-03"]


# --- dates that are not the article's, and the page's own word on which date is which ------------


def test_date_a_sentence_runs_into_is_not_the_dateline() -> None:
    body = "<h1>Tax guide</h1><p>The filing deadline is April 15, 2025. Plan ahead.</p>"
    assert extract_dates(page(body, lang="en")).published is None
    shown = "<h1>Tax guide</h1><p>April 15, 2025</p><p>Plan ahead.</p>"
    assert extract_dates(page(shown, lang="en")).published == "2025-04-15"


def test_date_labelled_as_another_event_is_not_the_dateline() -> None:
    head = '<meta property="article:published_time" content="2023-11-21T19:57:53+00:00">'
    body = "<p>Play in new window | Duration: 18:43 | Recorded on August 19, 2025</p><h1>Smart homes</h1>"
    assert extract_dates(page(body, head, lang="en")).published == "2023-11-21T19:57:53+00:00"


def test_time_element_showing_another_day_than_its_utc_value_keeps_the_readers_day() -> None:
    body = '<h1>Home gym</h1><span><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></span>'
    assert extract_dates(page(body, lang="en")).published == "2026-02-23"  # no zone to tell the time in
    same = '<h1>Home gym</h1><span><time datetime="2026-02-24T04:13:00Z">February 24, 2026</time></span>'
    assert extract_dates(page(same, lang="en")).published == "2026-02-24T04:13:00+00:00"


def test_day_shown_and_named_by_the_url_beats_a_utc_timestamp() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    body = "<h1>Comfort watches</h1><p>Posted on December 18, 2025</p>"
    dated = page(body, head, url="https://blog.example/2025/12/18/comfort-watches/", lang="en")
    assert extract_dates(dated).published == "2025-12-18"
    assert extract_dates(page(body, head, lang="en")).published == "2025-12-19T02:41:41+00:00"


def test_markup_the_url_confirms_beats_a_bare_changelog_date() -> None:
    head = '<meta property="article:published_time" content="2021-01-18T19:55:00+01:00">'
    body = "<h1>Tool choices</h1><p>2021-08-09 Emphasizing non-requirements.</p>"
    dated = page(body, head, url="https://blog.example/2021/01/18/tool-choices", lang="en")
    assert extract_dates(dated).published == "2021-01-18T19:55:00+01:00"
    assert extract_dates(page(body, head, lang="en")).published == "2021-08-09"


def test_originally_published_beats_the_dateline_of_a_refreshed_article() -> None:
    body = (
        "<h1>Tiny homes</h1><p>30 Sep 2022, 11:07am</p>"
        + _PROSE * 15
        + "<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been"
        " regularly updated to keep the information current.</p>"
    )
    assert extract_dates(page(body, lang="en")).published == "2019-09-26T16:12:00"


def test_meta_date_the_page_prints_beats_a_disagreeing_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2018-04-03T16:50:31Z"}</script>'
        '<meta property="article:published_time" content="2025-12-19T18:06:00Z">'
    )
    body = "<h1>Best running shoes</h1><p>Updated: Dec 19, 2025 1:06 PM EST</p>"
    assert extract_dates(page(body, head, lang="en")).published == "2025-12-19T18:06:00+00:00"
    plain = "<h1>Best running shoes</h1><p>Our picks.</p>"
    assert extract_dates(page(plain, head, lang="en")).published == "2018-04-03T16:50:31+00:00"


def test_site_prefixed_publication_meta_key_counts_and_unrelated_keys_do_not() -> None:
    html = (
        '<meta name="w-publisher" content="2020-01-01"><meta name="cxenseparse:publishtime" '
        'content="2024-03-05T08:00:00Z"><h1>Headline of the story</h1><p>Body text of the story.</p>'
    )
    result = extract_dates(parse_page(html, url="https://example.com/story"))
    assert (result.published, result.published_source) == ("2024-03-05T08:00:00+00:00", "meta")


def test_json_ld_date_is_read_whatever_the_case_of_its_type() -> None:
    html = (
        '<script type="application/ld+json">[{"@type": "Organization", "datePublished": "2001-01-01"},'
        '{"@type": "NEWSARTICLE", "dateModified": "2024-03-06", "datePublished": "2024-03-05"}]</script>'
        "<h1>Headline of the story</h1><p>Body text of the story.</p>"
    )
    result = extract_dates(parse_page(html, url="https://example.com/story"))
    assert (result.published, result.modified, result.published_source) == (
        "2024-03-05",
        "2024-03-06",
        "json-ld",
    )


# --- dates only a script holds -------------------------------------------------------------------

_WECHAT_STYLE = (
    '<h1>一日一技</h1><p><em id="publish_time">{shown}</em></p><p>正文第一段。</p>'
    '<script>var ct = "1737345600"; document.getElementById("publish_time").textContent = "";</script>'
)  # 1737345600 is 2025-01-20 12:00:00 +08:00


def test_script_assigned_publish_time_fills_an_empty_date_line() -> None:
    r = extract_dates(page(_WECHAT_STYLE.format(shown="")))
    assert (r.published, r.published_source) == ("2025-01-20T12:00:00+08:00", "script")


def test_script_time_refines_the_relative_day_it_was_rendered_from() -> None:
    r = extract_dates(page(_WECHAT_STYLE.format(shown="前天"), fetched_at=FETCHED))
    assert (r.published, r.published_source) == ("2025-01-20T12:00:00+08:00", "script")


def test_script_time_on_another_day_than_the_page_shows_is_ignored() -> None:
    r = extract_dates(page(_WECHAT_STYLE.format(shown="2025年1月19日")))
    assert r.published == "2025-01-19"


def test_scripts_naming_several_publish_times_are_a_listing_not_the_article() -> None:
    items = '{"publishDate": "2025-01-20 08:00"}, {"publishDate": "2025-01-18 09:30"}'
    state = f"<script>window.__S = [{items}]</script>"
    assert extract_dates(page(f"<h1>标题</h1><p>正文。</p>{state}")).published is None


def test_a_number_without_a_publication_name_is_not_a_date() -> None:
    r = extract_dates(page('<h1>标题</h1><p>正文。</p><script>var now = "1737345600";</script>'))
    assert r.published is None


# --- pattern pre-checks (speed only: every date the patterns find is still found) ----------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Posted on JAN 5, 2025 by Jane", "2025-01-05"),
        ("Posted ſept 5, 2025", "2025-09-05"),  # "ſ" matches "s" case-insensitively (was a KeyError)
        ("5th of March, 2024", "2024-03-05"),
        ("2023 Jan 7;15(1):e3", "2023-01-07"),
        ("2025年1月22日", "2025-01-22"),
        ("22.01.2025", "2025-01-22"),
    ],
)
def test_dates_survive_the_pattern_prechecks(text: str, day: str) -> None:
    from newscrawl.extract.datetext import find_stamps

    assert [stamp.day.isoformat() for _s, _e, stamp in find_stamps(text)][:1] == [day]


def test_a_line_without_a_month_name_is_spared_the_named_month_patterns() -> None:
    from newscrawl.extract.datepatterns import _DATE_PATTERNS, names_month, patterns_for

    assert not names_month("Copyright 2025, 12 views")
    assert patterns_for("Copyright 2025, 12 views") == []  # no separator, no month, no 月
    picked = patterns_for("Updated 2025-01-22")
    assert picked
    assert all(p in _DATE_PATTERNS for p in picked)
    assert len(picked) < len(_DATE_PATTERNS)
    assert names_month("Dec")
    assert names_month("ſep")


_EDITED = (
    '<meta property="article:published_time" content="2022-01-03T16:52:00+00:00">'
    '<meta property="article:modified_time" content="2025-11-03T06:10:53+00:00">'
)


def test_byline_day_matching_the_modified_markup_is_the_last_edit() -> None:
    body = "<h1>Remote work tips</h1><p>By Jane Doe</p><p>November 3, 2025</p><p>Body text.</p>"
    r = extract_dates(page(body, _EDITED, lang="en"))
    assert (r.published, r.published_source) == ("2022-01-03T16:52:00+00:00", "meta")


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Published on November 3, 2025", None),  # the page calls it the publication day
        ("November 3, 2025 9:15 am", None),  # a time of day: a dateline, not a theme's edit date
        ("November 3, 2025", "https://example.com/2025/11/03/tips/"),  # the URL names the day shown
    ],
)
def test_shown_day_matching_the_modified_markup_keeps_the_page_word(line: str, url: str | None) -> None:
    body = f"<h1>Remote work tips</h1><p>By Jane Doe</p><p>{line}</p><p>Body text.</p>"
    r = extract_dates(page(body, _EDITED, url=url, lang="en"))
    assert ((r.published or "")[:10], r.published_source) == ("2025-11-03", "text")


def test_byline_day_matching_neither_markup_date_still_wins() -> None:
    body = "<h1>Remote work tips</h1><p>By Jane Doe</p><p>November 5, 2025</p><p>Body text.</p>"
    r = extract_dates(page(body, _EDITED, lang="en"))
    assert (r.published, r.published_source) == ("2025-11-05", "text")


# --- related lists, traditional-script labels ---------------------------------------------------

_RELATED = (
    "<h2>相關新聞</h2><ul>"
    '<li>・ <a href="/news/201012/t20101231_2729443.html">中國治理欠薪十年歷程回顧</a>　2010-12-31 10:08</li>'
    '<li>・ <a href="/news/201008/t20100831_2575514.html">醉駕惡意欠薪入刑體現民意</a>　2010-08-31 17:43</li>'
    "</ul>"
)


def test_date_after_a_related_story_link_is_not_the_dateline() -> None:
    head = '<meta name="publishdate" content="2011-12-09">'
    body = "<h1>中國持續鐵腕治理年關欠薪</h1><p>正文。</p>" + _RELATED
    r = extract_dates(page(body, head, lang="zh-TW"))
    assert (r.published, r.published_source) == ("2011-12-09", "meta")


def test_related_title_ending_in_a_verb_is_no_date_label() -> None:
    body = (
        "<h1>上交所错发静态数据 多家股票软件行情报错</h1><p>2012年01月12日11:21 21世纪网</p><p>正文。</p>"
        '<div>相关阅读:<br>&#183;<a href="/a/20111231/000571.htm">上交所债券质押式回购风险控制指引发布</a>'
        " <span>2011.12.31</span><br></div>"
    )
    assert extract_dates(page(body)).published == "2012-01-12T11:21:00+08:00"


def test_outlet_link_before_the_date_keeps_the_dateline() -> None:
    body = (
        "<h1>過年看醫師 健保局告訴你上哪找</h1>"
        '<p>來源：<a href="http://news.example/">人民網-人民日報海外版專題頻道</a> 2012-01-12 09:30</p>'
        "<p>正文。</p>"
    )
    assert extract_dates(page(body, lang="zh-TW")).published == "2012-01-12T09:30:00+08:00"


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("發佈時間：2012-01-12 10:20", "2012-01-12T10:20:00+08:00", None),
        ("記者 發表於 2012-01-12 10:20", "2012-01-12T10:20:00+08:00", None),
        ("更新時間：2012-01-13 08:00", "2012-01-10", "2012-01-13T08:00:00+08:00"),
    ],
)
def test_traditional_labels(line: str, published: str, modified: str | None) -> None:
    body = f"<h1>春遊避免接觸禽鳥 蛋肉煮熟吃</h1><p>2012-01-10</p><p>{line}</p><p>正文。</p>"
    r = extract_dates(page(body, lang="zh-TW"))
    assert (r.published, r.modified) == (published, modified)


@pytest.mark.parametrize("button", ["發佈", "发布"])
def test_button_word_above_a_comment_time_is_no_label(button: str) -> None:
    body = (
        "<h1>泡湯半小時 男大生燙傷腳</h1><p>2012年 01月12日</p><p>正文。</p>"
        f"<form><button>{button}</button></form>"
        "<ul><li><dl><dt>2012/01/12 10:27　203.6*****.171</dt></dl></li></ul>"
    )
    assert extract_dates(page(body, lang="zh-TW")).published == "2012-01-12"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2012.01.12 03:55 pm", "2012-01-12T15:55:00+08:00"),  # dotted, with a 12-hour clock
        ("2012-01-15  20:00", "2012-01-15T20:00:00+08:00"),  # two spaces before the time
        ("2012-01-12 南方日報", "2012-01-12"),  # a day alone: no invented time of day
    ],
)
def test_traditional_dateline_forms_under_the_headline(line: str, expected: str) -> None:
    body = f"<h1>細菌型感冒 吃克流感無效</h1><table><tr><td>{line}</td></tr></table><p>正文。</p>"
    assert extract_dates(page(body, lang="zh-HK")).published == expected


# --- daniel-zh sample classes: zone words, clock first, headline anchors --------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2012-01-17 HKT 07:30", "2012-01-17T07:30:00+08:00"),  # a zone's name between day and clock
        ("18:07 2012-01-16", "2012-01-16T18:07:00+08:00"),  # the clock printed before the day
        ("【北京時間 2012年01月17日 15:33】", "2012-01-17T15:33:00+08:00"),
    ],
)
def test_dateline_with_zone_word_or_leading_clock(line: str, expected: str) -> None:
    body = f"<h1>環保團體冀所有基建工程採取新指標</h1><p>{line}</p><p>正文。</p>"
    assert extract_dates(page(body, lang="zh-HK")).published == expected


@pytest.mark.parametrize(
    "text",
    ["2012-01-16 18:07 2012-01-17", "07:00-21:30 2012-01-17", "2012年1月16日 18:07 2012-01-17"],
)
def test_a_clock_another_date_or_range_owns_is_not_read_before_the_next_day(text: str) -> None:
    last = list(find_stamps(text))[-1][2]
    assert (last.day.isoformat(), last.clock) == ("2012-01-17", None)


def test_local_time_in_a_sentence_is_no_date_label() -> None:
    body = (
        "<h1>中國南極科考隊直升機失事 迫降失敗1人受傷</h1>"
        "<p>http://www.news.example 2011-12-9 13:04 法制晚報</p>"
        "<p>記者9日獲悉，南極中山站當地時間2011年12月8日21時20分（北京時間今晨），直升機失事。</p>"
    )
    assert extract_dates(page(body, lang="zh-TW")).published == "2011-12-09T13:04:00+08:00"


def test_a_heading_wrapping_the_article_is_not_the_headline() -> None:
    title = "Apple 將在法國普羅旺斯建設 全透明零售店"
    body = (
        "<h1><div><a href='/'>數碼</a><img src='/arrow.gif'><a href='/t/'>新聞</a>"
        f"<select><option>{title}</option></select></div>"
        f"<div class='newsTitle'>{title}</div><div>2012-01-16 16:56</div>"
        f"<div>{'規劃中的零售店，牆面由玻璃組成。' * 8}</div></h1>"
    )
    html = f'<html lang="zh-HK"><head><title>{title}</title></head><body>{body}</body></html>'
    assert extract_dates(parse_page(html, None)).published == "2012-01-16T16:56:00+08:00"


def test_a_short_section_h1_yields_to_the_title_shown_elsewhere() -> None:
    title = "中国在复杂形势中持续铁腕治理年关欠薪"
    body = (
        f"<div class='title'>{title}</div><p>作者：王攀</p><p>来源：新华网 2011-12-09 19:55:00</p>"
        + "<p>欠薪事件的正文段落，政府部门已经表达了铁腕整治的明确态度。</p>" * 12
        + "<h1>相关新闻</h1>"
        "<ul><li><a href='/a/1.html'>中国治理欠薪十年历程回顾</a> 2010-12-31 10:08</li></ul>"
    )
    html = f'<html lang="zh-CN"><head><title>{title}_中证网</title></head><body>{body}</body></html>'
    assert extract_dates(parse_page(html, None)).published == "2011-12-09T19:55:00+08:00"


def test_heading_matches_the_title_whatever_its_spaces() -> None:
    body = (
        "<h1>蘋果日報 / APPLE DAILY</h1><p>2012/01/12</p>"
        "<h1>男子勾結醫師病患詐保\u3000今被起訴</h1><p>2012年01月11日20:54</p><p>正文。</p>"
    )
    title = "男子勾結醫師病患詐保今被起訴 | 即時新聞"
    html = f'<html lang="zh-TW"><head><title>{title}</title></head><body>{body}</body></html>'
    assert extract_dates(parse_page(html, None)).published == "2012-01-11T20:54:00+08:00"


def _published_of(markup: str) -> str | None:
    from newscrawl.extract.dates import extract_dates
    from newscrawl.page import parse_page

    return extract_dates(parse_page(markup)).published


def test_clock_after_comma_at() -> None:
    page = (
        "<html><body><h1>Student dies after pills</h1>"
        "<p>posted on April 21, 2015, at 11:29 a.m.</p></body></html>"
    )
    assert _published_of(page) == "2015-04-21T11:29:00"


def test_printed_time_beats_later_json_ld() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2017-11-17T10:41:09+00:00"}</script></head><body><h1>Coup in the capital</h1>'
        '<time itemprop="datePublished" datetime="2017-11-16T14:15+0000"></time><p>Our Staff</p>'
        '<time itemprop="datePublished" datetime="2017-11-16T14:15+0000">16 November 2017 • 2:15pm</time>'
        "<p>Long story text.</p></body></html>"
    )
    assert _published_of(page) == "2017-11-16T14:15:00+00:00"


def test_updated_time_printed_after_published_goes_to_modified() -> None:
    page = (
        "<html><body><h1>Impeachment vote fails</h1><p>Dec. 6, 2024, 10:00 PM UTC / Updated "
        '<time datetime="2024-12-07T12:43:39Z">Dec. 7, 2024, 12:43 PM UTC</time></p></body></html>'
    )
    assert _published_of(page) == "2024-12-06T22:00:00+00:00"


def test_naive_time_text_a_day_off_keeps_the_reader_day() -> None:
    page = (
        "<html><body><h1>Seven hotel secrets</h1><p>Jane Roe</p>"
        '<time datetime="17:00, 24 December 2015">Friday 25 December 2015</time></body></html>'
    )
    assert _published_of(page) == "2015-12-25"


def test_byline_on_date_followed_by_words() -> None:
    page = "<html><body><h1>Friday Facts</h1><p>Posted by ann, bob on 2019-02-15, all posts</p></body></html>"
    assert _published_of(page) == "2019-02-15"


def test_wire_dateline_opening_lead_paragraph() -> None:
    lead = "April 17, 2015 -- Imagine being sick in the hospital with an infection doctors cannot stop. " * 3
    page = f"<html><body><h1>Superbugs explained</h1><p>Health News</p><p>{lead}</p></body></html>"
    assert _published_of(page) == "2015-04-17"


def test_date_in_a_sentence_of_a_paragraph_is_not_a_dateline() -> None:
    lead = "On the call, April 17, 2015 -- the day of the vote -- came up. " * 4
    page = f"<html><body><h1>Vote day</h1><p>{lead}</p></body></html>"
    assert _published_of(page) is None


@pytest.mark.parametrize(
    "now",
    [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(1, 1, 1),
        datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59),
    ],
)
def test_a_fetch_time_at_the_calendars_edge_dates_nothing_relative_and_does_not_fail(now: datetime) -> None:
    text = "昨天 10:20 · 3小时前 · 2天前 · 2025-01-21 08:00"
    found = [stamp.day.isoformat() for _, _, stamp in find_stamps(text, now=now, default_tz=UTC8)]
    assert ("2025-01-21" in found) is (now.year == 9999)  # a date after the fetch is no publication date


def test_a_relative_date_beyond_the_calendar_is_ignored() -> None:
    assert list(find_stamps("99999999999 days ago", now=FETCHED)) == []
    assert list(find_stamps("99999999999小时前", now=FETCHED)) == []
    assert [s.day.isoformat() for _, _, s in find_stamps("2 days ago", now=FETCHED)] == ["2025-01-20"]


def test_a_malformed_link_in_a_dated_list_item_does_not_stop_the_date_search() -> None:
    related = '<ul><li>・ <a href="http://[::1/x">中国治理欠薪十年历程回顾与展望</a> 2010-12-31</li></ul>'
    p = page(
        f"<h1>某市地铁新线开通 沿线新增6座车站</h1>{related}<p>2025-01-20 10:00</p><p>{'正文' * 200}</p>"
    )
    assert extract_dates(p).published is not None


def test_a_month_name_in_a_non_ascii_line_is_found_as_in_an_ascii_one() -> None:
    from newscrawl.extract.datepatterns import names_month

    assert names_month("发布时间：Oct. 5, 2025 北京")
    assert names_month("“DEC” 5")
    assert not names_month("ja中n 2025年")  # letters a character apart make no name
    assert not names_month("新华社北京1月22日电")
    assert names_month("中 ſep 5")


def test_script_name_hits_are_every_occurrence_name_by_name() -> None:
    """One search for the "pub" names finds what a search per name would, in the same order."""
    import random

    from newscrawl.extract.scriptdates import _NAMES, _name_hits

    def per_name(text: str) -> list[tuple[str, int]]:
        hits = []
        for name in _NAMES:
            at = text.find(name)
            while at >= 0:
                hits.append((name, at))
                at = text.find(name, at + 1)
        return hits

    rng = random.Random(3)
    pieces = [*_NAMES, "pub", "publish", "lish", "_", "time", "date", "at", "x", " ", "var", "ct"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert list(_name_hits(text)) == per_name(text), text


def test_script_time_from_a_camel_case_assignment() -> None:
    script = 'var a = {"publishDate": "2024-05-06 07:08:09"};'
    html = f"<p>x</p><script>{script}</script><script>pubtime: 1</script>"
    page = parse_page(html)
    assert extract_dates(page).published == "2024-05-06T07:08:09"


def _values_searching_the_whole_page(html: str) -> list[str]:
    """What the script search found when it lower-cased and searched the whole page."""
    from newscrawl.extract.scriptdates import _NAMES, _VALUE

    lowered, values = html.lower(), []
    for name in _NAMES:
        at = lowered.find(name)
        while at >= 0:
            end = at + len(name)
            boundary = at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "_$.-")
            opened = lowered.rfind("<script", 0, at)
            inside = opened >= 0 and lowered.rfind("</script", opened, at) < 0
            match = _VALUE.match(html, end) if boundary and inside else None
            if match and not lowered[end : end + 1].isalnum():
                values.append(match.group("value").strip("\"'"))
            at = lowered.find(name, end)
    return values


def test_script_values_are_those_the_whole_page_search_finds() -> None:
    """Searching only the scripts finds what searching the lower-cased page found, in order."""
    import random

    from newscrawl.extract.scriptdates import _assigned_values

    pieces = ["<script>", "<SCRIPT type=x>", "</script>", "</Script >", "<scrıpt>", "<ſcript>", "<p>"]
    pieces += ["publishDate", "PUB_TIME", "var ct", "release_time", "pubtime", "_", "$", "x", " "]
    pieces += ["é", "İ", "Σ", "\u212a"]
    pieces += [' = "2024-05-06 07:08:09"', ": 1581418070", "='2023/01/02 10:00'", "=1581418070123 "]
    rng = random.Random(11)
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert list(_assigned_values(html)) == _values_searching_the_whole_page(html), html


def test_a_deck_and_its_byline_set_inline_still_date_the_article() -> None:
    # A deck span and the byline span share one visual line; the byline's "on" hands over to the date.
    deck = (
        "The global bakery-cafe chain's North American arm is positioning itself for ambitious growth"
        " beyond the U.S. and Canada."
    )
    page = (
        f"<html><body><header><h1>Bakery wants to be the neighborhood's</h1><span>{deck}</span> "
        "<span class='byline'>By <a href='/profile/lisa-jones'>Lisa Jones</a> on Dec. 19, 2025</span>"
        "</header><p>Story text.</p></body></html>"
    )
    assert _published_of(page) == "2025-12-19"
    # Inside a sentence of a long line, "by … on" is no byline.
    prose = f"{deck} The plan was approved by the board on Dec. 19, 2025 after a long review of its costs."
    assert _published_of(f"<html><body><h1>Bakery plans</h1><p>{prose}</p></body></html>") is None


def test_the_walk_starts_at_the_headline_the_page_shows_not_at_a_logo_or_footer_heading() -> None:
    # Without metadata the <title> ("… - Acme Insights") matches the logo's <h1>, and the first <h1>
    # of the page may be the footer's; the headline read off the page says where the head is.
    from newscrawl.extract.article import extract

    story = "<p>Smart home devices keep getting cheaper, and owners keep asking who is listening.</p>" * 6
    logo = "<header><h1><a href='/'>Acme Insights</a></h1></header>"
    for layout in (
        f"{logo}<main><h1 class='post-title'>Smart homes and their security</h1>"
        f"<p>Nov 21, 2023</p>{story}</main>",
        "<main><div class='hero-title'>Smart homes and their security</div>"
        "<h4>Written by <a href='/author/rob-stott/'>Rob Stott</a></h4>"
        f"<h4>November 21, 2023</h4>{story}</main>"
        "<footer><h1>Contact Us</h1><p>Email: desk@acme.example, 2024-01-05</p></footer>",
    ):
        title = "<title>Smart homes and their security - Acme Insights</title>"
        html = f"<html><head>{title}</head><body>{layout}</body></html>"
        article = extract(html.encode())
        assert article.headline == "Smart homes and their security"
        assert article.datePublished == "2023-11-21"
