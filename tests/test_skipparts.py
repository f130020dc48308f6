"""Page chrome the body search and the renderer skip: boilerplate names, sized or named outright."""

from __future__ import annotations

import lxml.html

from newscrawl.extract.skipparts import boilerplate_words, is_boilerplate_container, is_skipped_part


def test_named_share_bar_goes_but_a_wrapper_named_alike_with_prose_stays() -> None:
    share = lxml.html.fromstring(
        '<div class="post-share"><a href="/t">Tweet</a> <a href="/f">Share</a></div>'
    )
    prose = "Residents of the valley gathered on Tuesday to discuss the new bridge plans. " * 8
    wrapper = lxml.html.fromstring(f'<div class="content-share"><p>{prose}</p><a href="/t">Tweet</a></div>')
    linked = lxml.html.fromstring(f'<div class="share-menu"><a href="/a">{prose}</a></div>')
    assert is_boilerplate_container(share)
    assert not is_boilerplate_container(wrapper)
    assert is_boilerplate_container(linked)  # long, but all of it linked


def test_named_outright_comment_thread_goes_unless_it_wraps_the_article() -> None:
    prose = "The council voted to extend the library's opening hours through the winter. " * 50
    thread = lxml.html.fromstring(f'<section id="comments"><p>{prose[:900]}</p></section>')
    layout = lxml.html.fromstring(f'<div class="comments-layout"><main><p>{prose}</p></main></div>')
    assert is_boilerplate_container(thread)
    assert not is_boilerplate_container(layout)


def test_boilerplate_words_only_at_a_tokens_edges() -> None:
    # Words count at a token's edges only, never inside a name.
    def words(names: str) -> tuple[frozenset[str], frozenset[str]]:
        return boilerplate_words(lxml.html.fragment_fromstring(f'<div class="{names}">x</div>'))

    assert words("x-ad-y read-more") == (frozenset(), frozenset())
    assert words("AD_slot") == (frozenset({"ad"}), frozenset())
    assert words("main\tsidebar_right") == (frozenset({"sidebar"}), frozenset())
    assert words("post-Share") == (frozenset(), frozenset({"share"}))
    assert words("commentlist") == (frozenset({"comments"}), frozenset())
    assert words("article-body share") == (frozenset(), frozenset())


def test_named_wrapper_holding_a_short_chinese_article_stays() -> None:
    # 200 Han characters fill as many lines as about 530 Latin ones: page-sized, not a nav bar.
    article = "市政府昨日宣布，新建的城市图书馆将于下月正式开放，市民可以免费借阅图书。" * 5
    wrapper = lxml.html.fromstring(f'<div class="nav"><a href="/">首页</a><p>{article}</p></div>')
    menu = lxml.html.fromstring('<div class="nav"><a href="/">首页</a> 新闻 体育 财经 娱乐 科技</div>')
    assert not is_boilerplate_container(wrapper)
    assert is_boilerplate_container(menu)


def test_copyright_box_goes_whatever_its_length() -> None:
    notice = "凡本网注明来源的所有文字、图片和音视频稿件，版权均属本网所有，未经协议授权不得转载。" * 5
    box = lxml.html.fromstring(f'<div class="copyright"><p>{notice}</p></div>')
    assert is_boilerplate_container(box)


def test_a_banner_is_page_chrome_unless_it_holds_a_page_of_text() -> None:
    notice = "An official website of the government. Here is how you know. Secure sites use https."
    banner = lxml.html.fromstring(f'<section class="site-banner"><p>{notice}</p></section>')
    hero = lxml.html.fromstring(f'<section class="banner"><p>{"A long feature opening. " * 30}</p></section>')
    assert is_boilerplate_container(banner)
    assert not is_boilerplate_container(hero)


def test_boilerplate_words_of_a_body_name_are_none() -> None:
    # A class string naming the article body keeps it whatever else it holds; case and any
    # whitespace between tokens do not matter.
    def words(names: str) -> tuple[frozenset[str], frozenset[str]]:
        return boilerplate_words(lxml.html.fragment_fromstring(f'<div class="{names}">x</div>'))

    assert words("Entry-Content Share-Bar") == (frozenset(), frozenset())
    assert words("NAV\u00a0Comments-Area") == (frozenset({"nav", "comments"}), frozenset())
    assert words("x-nav-y") == (frozenset(), frozenset())


def test_parts_whose_aria_role_sets_them_beside_the_text_go_when_small() -> None:
    hatnote = lxml.html.fragment_fromstring(
        '<div role="note">Main article: <a href="/w/Firefox">Firefox</a></div>'
    )
    dialog = lxml.html.fragment_fromstring('<div role="dialog"><p>Sign in to save this story.</p></div>')
    region = lxml.html.fragment_fromstring('<div role="region"><p>The council voted.</p></div>')
    long_note = lxml.html.fragment_fromstring(
        f'<div role="complementary"><p>{"A long aside of prose. " * 30}</p></div>'
    )
    assert is_skipped_part(hatnote)
    assert is_boilerplate_container(hatnote)
    assert is_skipped_part(dialog)
    assert not is_skipped_part(region)
    assert not is_skipped_part(long_note)
