"""Body extraction on fixture pages: each hard case the extractor handles, pinned."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from newscrawl.extract.article import extract
from newscrawl.extract.blocks import Block, Segment, blocks_to_text
from newscrawl.extract.body import extract_blocks, find_region
from newscrawl.extract.bodyedges import cut_related_tail, trim_meta_lines
from newscrawl.extract.skipparts import is_boilerplate_container
from newscrawl.page import parse_page

PAGES = FIXTURES / "pages"


def _body(name: str) -> str:
    page = parse_page((PAGES / name).read_bytes(), "https://news.example/a/1.html")
    return blocks_to_text(extract_blocks(page.tree, page.url))


def test_nested_container_keeps_paragraphs_and_subheading_in_order() -> None:
    lines = _body("nested-en.html").split("\n")
    assert lines[0].startswith("The first commercial tidal power plant")
    assert "What comes next" in lines
    assert lines[-1].startswith("The operator plans a second array")


def test_nested_container_drops_share_bar_caption_related_and_sidebar() -> None:
    body = _body("nested-en.html")
    for unwanted in ("Share on Social", "A turbine is lowered", "Offshore wind farm", "Most read", "©"):
        assert unwanted not in body


def test_inline_link_text_stays_in_its_sentence() -> None:
    assert "eased their concerns, according to a report published last month." in _body("nested-en.html")


def test_split_body_sections_are_joined_without_the_ad_between() -> None:
    body = _body("splitbody-en.html")
    assert "Apple growers in the upper valley" in body
    assert "Three farms agreed to run the trial" in body
    assert "Noise concerns" in body
    assert "Some neighbours have complained" in body
    assert "Advertisement" not in body
    assert "Great article" not in body


def test_gbk_page_with_br_paragraphs_across_two_containers() -> None:
    article = extract((PAGES / "split-zh.gbk.html").read_bytes(), "https://news.example/edu/1.html")
    lines = article.articleBody.split("\n")
    assert lines[0].startswith("开学第一天，青石镇中心小学")
    assert lines[-1] == "据了解，县教育局计划在明年底前为全县所有乡镇小学配齐图书室。"
    assert len(lines) == 4
    assert article.headline == "山区小学用上了新图书馆"


def test_text_shipped_in_hidden_markup_is_found_when_nothing_else_is() -> None:
    body = _body("hidden-stream.html")
    assert "keep its fares unchanged" in body
    assert "casino" not in body


def test_meta_rows_are_trimmed_only_at_the_edges() -> None:
    blocks = [
        Block("p", [Segment(t)])
        for t in (
            "2024年9月3日 08:15 来源：南岭晚报",
            "正文第一段，记者在现场看到了很多人。",
            "发布时间：这句话在中间不算",
            "正文最后一段。",
            "责任编辑：王丽",
        )
    ]
    assert [b.text for b in trim_meta_lines(blocks)] == [
        "正文第一段，记者在现场看到了很多人。",
        "发布时间：这句话在中间不算",
        "正文最后一段。",
    ]


def _inline_body(markup: str) -> str:
    page = parse_page(markup.encode(), "https://news.example/a/2.html")
    return blocks_to_text(extract_blocks(page.tree, page.url))


_PROSE = (
    "The council voted on Tuesday to extend the night bus network to the northern suburbs, "
    "after a year of petitions from shift workers who had no way home after midnight."
)


def _paragraphs(count: int, text: str = _PROSE) -> str:
    return "".join(f"<p>{text} ({n})</p>" for n in range(count))


def test_comment_items_named_like_content_do_not_outscore_the_article() -> None:
    # Each comment is an <li> holding paragraphs; its text must count once, not for the
    # <li> and again for its paragraphs, or a long thread beats the article.
    reply = "Thanks for writing this up, it matches what we see on our street every night."
    comment = f'<li class="comment entry-content"><div class="who">Reader</div>{_paragraphs(3, reply)}</li>'
    markup = (
        f'<html><body><article><div class="entry-content">{_paragraphs(8)}</div></article>'
        f'<div class="comments-wrap"><ol class="commentlist">{comment * 8}</ol></div></body></html>'
    )
    body = _inline_body(markup)
    assert body.startswith("The council voted")
    assert "Thanks for writing" not in body


_LAB = "Our lab builds tools with partners; send us your ideas."


def test_paragraphs_set_apart_by_br_count_as_paragraphs() -> None:
    runs = "<br><br>".join(f"{_PROSE} ({n})" for n in range(6))
    markup = (
        f'<html><body><div id="abstract"><p>{runs}</p></div>'
        f'<div class="column">{_paragraphs(5, _LAB)}</div>'
        "</body></html>"
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 6
    assert "send us your ideas" not in body


def test_article_streamed_in_hidden_markup_beats_a_short_visible_banner() -> None:
    markup = (
        '<html><body><div class="top-bar"><p>Up to 20% off all mattresses this week only!</p></div>'
        f'<div hidden id="S:1"><main>{_paragraphs(8)}</main></div></body></html>'
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 8
    assert "mattresses" not in body


def test_article_in_many_builder_sections_beats_a_dense_disclaimer() -> None:
    sections = "".join(
        f'<div class="block"><div class="inner"><p>{_PROSE} ({n})</p></div></div>' for n in range(12)
    )
    legal = "".join(
        f"<p>Securities are offered through a registered broker, member {n}. Not insured.</p>"
        for n in range(8)
    )
    markup = f'<html><body><div class="page">{sections}</div><div class="legal">{legal}</div></body></html>'
    body = _inline_body(markup)
    assert body.count("The council voted") == 12
    assert "Securities" not in body


_DEPOT = (
    "Work on the new depot starts in spring, and the first buses will leave it in the autumn of next year."
)


def test_same_built_teaser_section_is_not_joined_but_prose_section_is() -> None:
    teasers = "".join(f"<h3>Another story {n}</h3><p>December 19, 2025</p>" for n in range(5))
    markup = (
        '<html><body><div class="wrap">'
        f'<div class="central-column el_a">{_paragraphs(6)}</div>'
        '<div class="central-column el_b"><p>Advertisement</p></div>'
        f'<div class="central-column el_c">{_paragraphs(3, _DEPOT)}</div>'
        f'<div class="central-column el_d">{teasers}</div>'
        "</div></body></html>"
    )
    body = _inline_body(markup)
    assert body.count("Work on the new depot") == 3
    assert "Another story" not in body


def test_nothing_beside_main_is_joined() -> None:
    notice = "Necessary cookies make the site work: they keep you signed in and remember your choices."
    cookie = _paragraphs(8, notice)
    markup = (
        f'<html><body><div class="site"><main class="site-main">{_paragraphs(8)}</main>'
        f'<div class="cli-modal">{cookie}</div></div></body></html>'
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 8
    assert "cookies" not in body


def test_bio_box_and_related_list_are_cut_from_the_tail() -> None:
    lines = [f"{_PROSE} ({n})" for n in range(8)] + [
        "About the Author",
        "Jane Doe is the transport correspondent and has covered city hall for a decade.",
        "You might also be interested in…",
        "How the tram line was saved",
        "A long teaser that describes another article in a sentence or two, as cards do on many sites, "
        "without being part of this story at all.",
    ]
    blocks = [Block("p", [Segment(t)]) for t in lines]
    assert [b.text for b in cut_related_tail(blocks)] == lines[:8]


def test_related_label_early_in_the_story_is_kept() -> None:
    lines = ["First paragraph.", "Related", "Short line", "Second paragraph.", "Third.", "Fourth.", "Fifth."]
    blocks = [Block("p", [Segment(t)]) for t in lines]
    assert len(cut_related_tail(blocks)) == len(lines)


def test_lone_teaser_region_is_its_whole_list_item() -> None:
    # A listing with one teaser: the excerpt wins, but the region must be the item with
    # its linked title, so the page still reads as a listing downstream.
    item = f'<li><h3><a href="/a/9.html">Night buses reach the northern suburbs</a></h3><p>{_PROSE}</p></li>'
    page = parse_page(
        f'<html><body><ul class="list">{item}</ul></body></html>'.encode(), "https://news.example/"
    )
    region = find_region(page.tree)
    assert region is not None
    assert region.anchor.tag == "li"


def _lines(texts: list[str]) -> list[Block]:
    return [Block("p", [Segment(t)]) for t in texts]


def test_site_notice_and_everything_after_it_is_cut_even_early_in_a_short_story() -> None:
    story = ["记者今天在江边看到，防汛物资已经运抵堤坝。", "据介绍，今年汛期比往年提前半个月。"]
    tail = [
        "声明：",
        "• 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。",
        "电话：010-12345678 传真：010-87654321",
        "请您对该文章评分：",
        "1 2 3 4 5",
        "更多关于",
        "的新闻",
    ]
    assert [b.text for b in cut_related_tail(_lines(story + tail))] == story


def test_follow_promo_in_traditional_script_closes_the_story() -> None:
    story = [f"市區今早交通繁忙，多條幹道出現擠塞情況，警方呼籲駕駛人士耐心等候。({n})" for n in range(4)]
    tail = [
        "本網現已開設Facebook專頁，讓你即時掌握本地新聞，與朋友分享！",
        "（內容由本網提供。未經授權，不得轉載。）",
    ]
    assert [b.text for b in cut_related_tail(_lines(story + tail))] == story


def test_the_articles_own_disclaimer_is_not_a_site_notice() -> None:
    story = [f"分析人士认为，下半年市场仍将震荡。({n})" for n in range(4)]
    own = "免责声明：本文仅代表作者个人观点，与本网无关。"
    site = "本网声明：本网转载此文不代表赞同其观点。"
    assert [b.text for b in cut_related_tail(_lines([*story, own, site]))] == [*story, own]


def test_tool_rows_and_breadcrumbs_are_trimmed_at_the_edges() -> None:
    texts = [
        "您现在的位置：首页 > 财经 > 正文",
        "2024年9月3日 08:15 已有0人阅读 字号：大 中 小",
        "【打印】【关闭】【收藏】",
        "正文第一段，记者在现场看到了很多人。",
        "正文最后一段，请大家分享。",
        "[我要挑错]",
        "打印 关闭",
    ]
    assert [b.text for b in trim_meta_lines(_lines(texts))] == texts[3:5]


def test_contributing_writer_box_is_cut_from_the_tail() -> None:
    lines = [f"{_PROSE} ({n})" for n in range(6)] + [
        "Contributing Writer",
        "Jane Doe is a freelance writer who covers transport and city planning for several outlets.",
    ]
    assert [b.text for b in cut_related_tail(_lines(lines))] == lines[:6]


@pytest.mark.parametrize(
    "opener",
    [
        "59 Comments on “Night buses”",
        '12 thoughts on "Night buses"',
        "Leave a Reply",
        "Comments (3)",
        "View comments (27)",
        "Discussion about this post",
    ],
)
def test_an_english_comment_thread_label_cuts_the_thread_however_long(opener: str) -> None:
    # Below the article, the readers' comments run longer than any teaser list; the label alone
    # says where the article ends (on a page whose class names are hashes it is all there is).
    story = [f"{_PROSE} ({n})" for n in range(4)]
    thread = [opener] + [f"I ride the night bus every week and {_PROSE.lower()} ({n})" for n in range(40)]
    assert [b.text for b in cut_related_tail(_lines(story + thread))] == story


def test_a_portals_comment_area_label_cuts_the_widget_under_it() -> None:
    # NetEase's 跟贴区 ("reply area") over its comment widget's loading and login lines.
    story = [
        f"第{n}段：为切实加强烟花爆竹安全管理，消防部门开展专项检查，防止各类火灾事故发生。" for n in range(4)
    ]
    widget = ["跟贴区 有人参与(点击查看)", "跟贴读取中...", "发贴区 有人参与(点击查看)", "修改昵称", "关闭"]
    assert [b.text for b in cut_related_tail(_lines(story + widget))] == story
    # Toutiao's count over its thread.
    thread = ["4,060 条评论", "评论", "建议以后这种危险景区给游客佩戴定位手环，免得失踪了增加消耗。"]
    assert [b.text for b in cut_related_tail(_lines(story + thread))] == story


def test_comment_words_in_the_articles_first_third_stay() -> None:
    lines = ["Leave a Reply", *[f"{_PROSE} ({n})" for n in range(5)]]
    assert [b.text for b in cut_related_tail(_lines(lines))] == lines


def test_like_row_with_related_excerpts_is_cut_even_mid_page() -> None:
    excerpt = (
        "The survey asked more than fifty thousand riders how they get home after midnight, and the answers "
        "surprised the planners who had expected taxis to lead by a wide margin. Night buses came first in "
        "every district but one, and the gap widened in the suburbs furthest from the centre."
    )
    story = [f"{_PROSE} ({n})" for n in range(3)]
    tail = ["Like this:", "Related"] + [
        x for n in range(3) for x in (f"{excerpt} ({n})", "March 17, 2016", 'In "News"')
    ]
    assert [b.text for b in cut_related_tail(_lines(story + tail))] == story


def test_a_long_comment_thread_beside_the_article_is_not_joined() -> None:
    reply = "I ride the night bus every week and the new timetable has made a real difference to my shifts."
    markup = (
        '<html><body><div class="page">'
        f'<div class="article-box"><div class="article">{_paragraphs(8)}</div></div>'
        f'<div class="user-post"><div class="post-box comment-box">{_paragraphs(10, reply)}</div></div>'
        "</div></body></html>"
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 8
    assert "night bus every week" not in body


def test_rendering_with_the_search_verdicts_equals_rendering_afresh() -> None:
    # The renderer reuses the search's verdicts (share bar, hidden box, caption, headline);
    # the blocks must be the same as when it judges every element itself.
    markup = (
        '<html><body><div class="story"><h1>Night buses</h1>'
        f"<p>{_PROSE} <a href='/routes'>See the <b>routes</b></a> and more.</p>"
        '<div class="share-bar"><a href="https://x.test/s">Share</a></div>'
        '<div style="display:none"><p>Hidden teaser text that never shows.</p></div>'
        '<figure><img src="/a.jpg"><figcaption>The depot at night</figcaption></figure>'
        f"<div><span>{_PROSE}</span><br>Second line<ul><li>One stop</li><li>Two stops</li></ul></div>"
        f"{_paragraphs(4)}</div><footer><p>Contact the desk</p></footer></body></html>"
    )
    page = parse_page(markup.encode(), "https://news.example/a/2.html")
    region = find_region(page.tree)
    assert region is not None
    assert region.walked
    reused = extract_blocks(page.tree, page.url, region=region)
    region.walked = None
    fresh = extract_blocks(page.tree, page.url, region=region)
    assert [(b.tag, b.segments) for b in reused] == [(b.tag, b.segments) for b in fresh]
    text = blocks_to_text(reused)
    assert "Share" not in text
    assert "Hidden teaser" not in text
    assert "depot at night" not in text
    assert "See the routes and more." in text
    assert "Two stops" in text
    assert any(s.href == "https://news.example/routes" and s.emphasis for b in reused for s in b.segments)


def test_search_walks_on_after_a_skipped_subtree_ending_deep_in_the_page() -> None:
    # A share bar that closes several wrappers at once: the walk resumes at the next node
    # after it in document order, however far up that is.
    markup = (
        '<html><body><div class="a"><div class="b"><div class="c">'
        f"<p>{_PROSE}</p>"
        '<div class="social-share"><p><a href="/t">Tweet this story to your followers now</a></p></div>'
        "</div></div></div>"
        f"<div class='next'>{_paragraphs(5)}</div></body></html>"
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 5
    assert "Tweet" not in body


def test_hidden_markup_is_searched_again_only_when_the_walk_met_some(monkeypatch) -> None:
    # A short page without hidden elements would search to the same region twice; one with
    # a hidden element (even beside a share bar the walk skips whole) gets the second look.
    from newscrawl.extract import body as body_module

    searches: list[bool] = []
    real_search = body_module._search

    def counting(scope, *, include_hidden, **kwargs):  # type: ignore[no-untyped-def]
        searches.append(include_hidden)
        return real_search(scope, include_hidden=include_hidden, **kwargs)

    monkeypatch.setattr(body_module, "_search", counting)
    short = "<p>Up to 20% off all mattresses this week only, while stocks last.</p>"
    find_region(parse_page(f"<html><body>{short}</body></html>").tree)
    assert searches == [False]
    searches.clear()
    hidden_in_bar = '<div class="share-bar"><span hidden>Tweet</span></div>'
    find_region(parse_page(f"<html><body>{short}{hidden_in_bar}</body></html>").tree)
    assert searches == [False]  # the share bar is skipped whole in both searches
    searches.clear()
    find_region(parse_page(f'<html><body>{short}<div style="display:none">{short}</div></body></html>').tree)
    assert searches == [False, True]


_STORY_LINE = "<p>{} This sentence carries the story on with enough words to read as a real paragraph.</p>"


def _list_page(intro: str, links: list[str]) -> str:
    items = "".join(f'<li><a href="{href}">Item {i} name</a></li>' for i, href in enumerate(links))
    story = f"{_STORY_LINE.format('Opening.')}<p>{intro}</p><ul>{items}</ul>{_STORY_LINE.format('Closing.')}"
    return f"<html><body><article>{story}</article></body></html>"


def _body_lines(html: str, url: str | None = "https://site.example/a/1.html") -> list[str]:
    page = parse_page(html, url)
    return [b.text for b in extract_blocks(page.tree, page.url)]


def test_a_list_of_links_the_article_introduces_is_kept() -> None:
    off_site = ["https://shop.example/p/1", "https://shop.example/p/2"]
    assert "Item 0 name" in _body_lines(_list_page("Top recommendations:", off_site))
    same_site = ["/c/1", "/c/2", "/c/3"]
    assert "Item 2 name" in _body_lines(_list_page("Here are some of the courses you can take:", same_site))


def test_related_lists_tables_of_contents_and_unplaced_lists_stay_dropped() -> None:
    same_site = ["/news/1", "/news/2"]
    assert "Item 0 name" not in _body_lines(_list_page("More on this school:", same_site))
    assert "Item 0 name" not in _body_lines(_list_page("Related articles:", ["https://other.example/x"]))
    assert "Item 0 name" not in _body_lines(
        _list_page("In this guide, you will read about these things:", ["#a", "#b"])
    )
    # the site is unknown without the page's address: only a sentence introduces a list
    assert "Item 0 name" not in _body_lines(
        _list_page("Top recommendations:", ["https://shop.example/p/1"]), None
    )
    closing = _list_page("Here are some of the courses you can take:", ["/c/1"]).replace(
        _STORY_LINE.format("Closing."), ""
    )
    assert "Item 0 name" not in _body_lines(closing)  # nothing after the list: a related list at the end


def test_a_link_heavy_section_between_two_joined_sections_comes_along() -> None:
    prose = "".join(
        f"<p>Paragraph {i} of this section explains the compiler work in plain words, at length.</p>"
        for i in range(3)
    )
    links = "".join(
        f'<p>Merged <a href="/p/{i}">patch number {i} for the backend code generator</a> after review.</p>'
        for i in range(12)
    )
    sections = [
        f'<div class="sect1 text"><h2>Part {n}</h2>{body}</div>'
        for n, body in enumerate([prose, links, prose])
    ]
    region = find_region(
        parse_page(f'<html><body><div class="wrap">{"".join(sections)}</div></body></html>').tree
    )
    assert region is not None
    assert [e.findtext("h2") for e in region.elements] == ["Part 0", "Part 1", "Part 2"]


def test_parts_of_a_story_are_joined_when_the_winning_part_is_itself_split() -> None:
    def part(name: str, count: int) -> str:
        sentences = "".join(
            f"<p>{name} paragraph {i} tells the story on in plain, full sentences that run a whole line.</p>"
            for i in range(count)
        )
        return f"<section>{sentences}</section>"

    inner = f"<section><section>{part('Nested', 3)}{part('Long', 12)}</section></section>"
    story = f"{part('Lead', 3)}{part('Middle', 4)}{inner}"
    html = f"<html><body><nav><a href='/'>Home</a></nav><article>{story}</article></body></html>"
    region = find_region(parse_page(html).tree)
    assert region is not None
    text = " ".join(e.text_content() for e in region.elements)
    assert "Lead paragraph 0" in text
    assert "Middle paragraph 3" in text
    assert "Long paragraph 11" in text


def test_links_after_a_share_label_are_not_an_introduced_list() -> None:
    share = ["https://weibo.example/share", "https://qzone.example/share"]
    assert "Item 0 name" not in _body_lines(_list_page("分享到：", share))
    assert "Item 0 name" not in _body_lines(_list_page("Share this:", share))


def test_br_separated_text_div_wins_over_its_link_heavy_parent() -> None:
    # The article is one div of <br>-separated runs; its parent also holds the section menu,
    # so the parent's score is discounted for links and a footer would win.
    runs = "<br><br>".join(
        f"　　第{n}段：央行昨日公布的数据显示，上月新增贷款高于市场预期，分析人士认为政策仍将保持稳健。"
        for n in range(5)
    )
    menu = "".join(f'<a href="/s{n}">栏目{n}频道导航</a>' for n in range(30))
    footer = "关于我们，联系我们，广告服务，法律声明，网站地图。本网站所刊载信息，不代表本网观点。"
    markup = (
        f'<html><body><div class="wrap"><div class="menu">{menu}</div><div class="txt">{runs}</div>'
        f"</div><div class='bottom'><p>{footer}</p><p>{footer}</p><p>{footer}</p></div></body></html>"
    )
    page = parse_page(markup.encode(), "https://news.example/a/1.html")
    region = find_region(page.tree)
    assert region is not None
    assert region.anchor.get("class") == "txt"


def test_comment_form_and_reader_comments_are_cut_from_the_tail() -> None:
    story = [
        "市政府昨日宣布新建的城市图书馆将于下月开放。",
        "馆内设有儿童阅览区和自习室。",
        "市民可凭身份证免费办理借书证。",
    ]
    form = ["發表文章", "姓名必填", "留言限140字以內，與報導內容無關的留言一律刪除。"]
    assert [b.text for b in cut_related_tail(_lines(story + form))] == story
    thread = ["张三对图书馆开放的评论:", "终于等到了！", "李四对图书馆开放的评论:", "希望周末也开放。"]
    assert [b.text for b in cut_related_tail(_lines(story[:1] + thread))] == story[:1]


def test_a_single_comment_head_in_the_story_stays() -> None:
    lines = ["专家对此次改革的评论：", "改革的方向是正确的，但执行需要更多时间。", "各地的试点将在明年展开。"]
    assert [b.text for b in cut_related_tail(_lines(lines))] == lines


def test_like_the_fan_page_promo_is_cut_from_the_tail() -> None:
    story = ["市政府昨日宣布新建的城市图书馆将于下月开放。", "馆内设有儿童阅览区和自习室。"]
    promo = "←讚一個！《日報》粉絲團24小時陪你看新聞！"
    assert [b.text for b in cut_related_tail(_lines([*story, promo]))] == story


def _story(n: int, topic: str = "harbour") -> str:
    return "".join(
        f"<p>Paragraph {k} on the {topic}: the council said the works would start in spring and "
        f"finish before the summer season, and residents were asked to comment by March.</p>"
        for k in range(n)
    )


def test_lead_paragraphs_above_the_main_column_open_the_body() -> None:
    # The <article> opens with an intro block above the body column that wins; the dek in
    # the header and the caption stay out (the headline's and the picture's text).
    dek = "The town will rebuild its old harbour wall after two winters of storms damaged the quay and boats."
    intro = [
        "Two winters of storms have left the harbour wall cracked along half its length, engineers said.",
        "The council has now agreed to rebuild it in stone, at a cost it will share with the port authority.",
    ]
    markup = (
        "<html><body><article><header><h1>Harbour wall to be rebuilt</h1>"
        f'<p class="dek">{dek}</p></header><figure><img src="/a.jpg"><p>The quay after the storm, in a '
        "caption that runs long enough to be a line of prose on its own.</p></figure>"
        f'<div class="intro">{"".join(f"<p>{p}</p>" for p in intro)}</div>'
        f'<div class="story-body">{_story(6)}</div></article></body></html>'
    )
    page = parse_page(markup.encode(), "https://news.example/a/1.html")
    region = find_region(page.tree)
    assert region is not None
    assert region.anchor.get("class") == "story-body"  # the container, not the lead
    lines = [b.text for b in extract_blocks(page.tree, page.url, region=region)]
    assert lines[:2] == intro
    assert dek not in lines
    assert not any("caption" in line for line in lines)


def test_lead_outside_an_article_element_and_repeated_excerpts_are_not_added() -> None:
    first = (
        "Paragraph 0 on the harbour: the council said the works would start in spring and finish "
        "before the summer season, and residents were asked to comment by March."
    )
    other = "A different paragraph above the column, about the weather, that reads as a sentence of prose."
    story = f'<div class="story-body">{_story(6)}</div>'
    excerpt = f'<html><body><article><div class="summary"><p>{first}</p></div>{story}</article></body></html>'
    unmarked = f'<html><body><div><div class="intro"><p>{other}</p></div>{story}</div></body></html>'
    page = parse_page(excerpt.encode(), "https://news.example/a/1.html")
    assert [b.text for b in extract_blocks(page.tree, page.url)].count(first) == 1
    page = parse_page(unmarked.encode(), "https://news.example/a/1.html")
    assert other not in [b.text for b in extract_blocks(page.tree, page.url)]


def test_a_teaser_in_a_list_of_linked_items_does_not_beat_a_short_article() -> None:
    # Each item: a linked title, then a summary in a box named "content" (a positive name).
    item = (
        '<li><div class="txt"><a href="/n{n}">Story {n} title</a> Daily Paper - 2 hours ago</div>'
        '<div class="content"><p>Summary {n}: the long teaser of another story that the listing '
        "shows in full, with enough sentences and punctuation to look like prose. It goes on, "
        "and on, for a second sentence; and a third one. ...</p></div></li>"
    )
    teasers = "".join(item.format(n=n) for n in range(6))
    article = (
        "<p>The railway will run night trains over the new year holiday, the operator said.</p>"
        "<p>Extra trains will also run on the two Saturdays before the holiday at lunch time.</p>"
    )
    markup = (
        f'<html><body><div class="top"><span><ul class="list">{teasers}</ul></span></div>'
        f'<div class="art"><div class="bd">{article}</div></div></body></html>'
    )
    lines = _body_lines(markup, "https://news.example/a/1.html")
    assert lines[0].startswith("The railway will run night trains")
    assert not any(line.startswith("Summary") for line in lines)


def test_han_share_is_counted_only_when_it_can_pass_the_limit() -> None:
    from newscrawl.extract.blocks import more_han_than as _more_han_than

    latin = "\u201cCaf\u00e9\u201d \u2014 na\u00efve r\u00e9sum\u00e9s\u2026"
    assert not _more_han_than(latin, 0.0)  # punctuation above U+0800 but no Han character
    assert _more_han_than("\u4e2d\u6587\u65b0\u95fb", 3.0)
    assert not _more_han_than("\u4e2d\u6587\u65b0\u95fb", 4.0)
    assert not _more_han_than("\u201c\u201d\u2014\u4e2d", 1.0)  # bound passes, count does not


def test_a_section_rendered_once_per_screen_size_is_read_once() -> None:
    # Responsive builders render the same section for each breakpoint and let CSS show one.
    section = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(4))
    markup = (
        '<html><body><div class="post">'
        f'<div class="variant hidden-mobile">{section}</div>'
        f'<div class="variant hidden-desktop">{section}</div>'
        f'<div class="variant hidden-tablet">{section}</div>'
        "</div></body></html>"
    )
    lines = _body_lines(markup, "https://news.example/a/1.html")
    assert lines == [f"{_PROSE} ({n})" for n in range(4)]


def test_the_same_list_under_two_headings_is_kept_twice() -> None:
    # Repeated words further on under the same markup are the article's own.
    items = "<ul><li>Linen sun hats in three sizes for adults</li><li>Organic cotton hats for kids</li></ul>"
    markup = (
        f'<html><body><div class="post"><p>{_PROSE} (1)</p><h2>First shop</h2>{items}'
        f"<p>{_PROSE} (2)</p><h2>Second shop</h2>{items}<p>{_PROSE} (3)</p></div></body></html>"
    )
    lines = _body_lines(markup, "https://news.example/a/1.html")
    assert lines.count("Organic cotton hats for kids") == 2


def test_a_subheading_linking_off_the_site_stays_and_a_teaser_heading_goes() -> None:
    product = '<h2><a href="https://shop.example.org/kettle">Best kettle: Acme Boil 2</a></h2>'
    teaser = '<h3><a href="/a/77.html">Night buses reach the northern suburbs</a></h3>'
    markup = (
        f'<html><body><div class="post"><p>{_PROSE} (1)</p>{product}<p>{_PROSE} (2)</p>'
        f"{teaser}<p>{_PROSE} (3)</p></div></body></html>"
    )
    lines = _body_lines(markup, "https://news.example/a/1.html")
    assert "Best kettle: Acme Boil 2" in lines
    assert "Night buses reach the northern suburbs" not in lines


def test_a_sibling_list_of_other_articles_is_not_joined_to_the_story() -> None:
    story = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(6))
    teasers = "".join(
        f'<article><h3><a href="/a/{n}.html">Other story {n}</a></h3><p>{_PROSE} [{n}]</p></article>'
        for n in range(4)
    )
    markup = (
        '<html><body><div class="col">'
        f'<div class="widget posts">{story}</div><div class="widget posts">{teasers}</div>'
        "</div></body></html>"
    )
    lines = _body_lines(markup, "https://news.example/a/1.html")
    assert lines == [f"{_PROSE} ({n})" for n in range(6)]


def test_a_related_list_of_ten_dated_teasers_is_cut_whole() -> None:
    story = [f"{_PROSE} ({n})" for n in range(24)]
    tail = ["Read This Next"] + [x for n in range(10) for x in (f"Other story {n}", "Dec 17, 2025")]
    assert [b.text for b in cut_related_tail(_lines(story + tail))] == story


_ZH_PROSE = "新区将建设公共测试平台，方便市民出行，也为企业研发提供场地和数据支持。"


def _zh_region(between: str) -> str:
    paragraphs = "".join(f"<p>{_ZH_PROSE}</p>" for _ in range(4))
    return f"<html><body><div class='content'>{paragraphs}{between}{paragraphs}</div></body></html>"


def test_centred_caption_under_a_picture_is_not_body_text() -> None:
    html = _zh_region(
        '<p style="text-align: center"><img src="/a.jpg"></p>'
        '<p style="text-align: center">总装测试团队正在检查</p>'
    )
    texts = _body_lines(html, "https://news.example/a/1.html")
    assert texts == [_ZH_PROSE] * 8


def test_text_after_a_picture_stays_when_bold_not_centred_or_most_of_the_page() -> None:
    for after in (
        '<p style="text-align:center"><strong>如何缓解颈椎病</strong></p>',  # a subheading
        "<p>冰洞。</p>",  # not set as a caption
    ):
        html = _zh_region(f'<p><img src="/a.jpg"></p>{after}')
        assert len(_body_lines(html, "https://news.example/a/1.html")) == 9
    story = "".join(
        f'<p><img src="/{n}.jpg"></p><p align="center">营地的枫树林在雨后格外鲜艳</p>' for n in range(5)
    )
    photo_story = f"<html><body><div>{story}<p>{_ZH_PROSE}</p></div></body></html>"
    assert len(_body_lines(photo_story, None)) == 6  # a photo story: the captions are its text


def test_what_follows_the_desk_editor_credit_is_cut() -> None:
    lines = [f"{_ZH_PROSE}（{n}）" for n in range(6)] + [
        "责编：周一航",
        "(综合整理自河西日报等)",
        "另一篇报道的标题 另一篇报道的摘要，讲的是别的事情。",
    ]
    blocks = [Block("p", [Segment(t)]) for t in lines]
    assert [b.text for b in cut_related_tail(blocks)] == lines[:7]
    early = [lines[0], "责任编辑：周一航", *lines[1:4]]  # in the first half: not the end
    assert len(cut_related_tail([Block("p", [Segment(t)]) for t in early])) == len(early)


def test_a_short_article_beats_the_longer_legal_text_of_the_page_footer() -> None:
    article = (
        "<p>A sound screening program checks every renter licence before the keys change hands.</p>"
        "<p>The guide covers the counter, for-hire rentals and reporting losses.</p>"
    )
    disclaimer = (
        "<p>" + "This material is for information only and is not guaranteed as to accuracy. " * 9 + "</p>"
    )
    html = (
        f'<html><body><div class="canvas"><main><section><div>{article}</div></section></main></div>'
        f'<footer id="page-footer"><section><div>{disclaimer}</div></section></footer></body></html>'
    )
    lines = _body_lines(html)
    assert lines[0].startswith("A sound screening program")
    assert not any("not guaranteed" in t for t in lines)
    # A footer closing the article itself is no page footer: judged by its size like any named part.
    in_main = html.replace("</main></div><footer", "<footer").replace(
        "</footer></body>", "</footer></main></div></body>"
    )
    assert is_boilerplate_container(next(parse_page(html, None).tree.iter("footer")))
    assert not is_boilerplate_container(next(parse_page(in_main, None).tree.iter("footer")))


def test_a_code_listing_keeps_its_lines_and_its_coloured_comments() -> None:
    prose = (
        "<p>"
        + "Version control is a critical part of every developer's toolkit, whatever the team. " * 3
        + "</p>"
    )
    code = (
        '<pre><code class="language-bash hljs"><span class="hljs-comment"># initialise a repository</span>\n'
        'git init\n\n<span class="hljs-comment"># view its state</span>\ngit status\n</code></pre>'
    )
    lines = _body_lines(f"<html><body><article>{prose}{code}{prose}</article></body></html>")
    assert lines[1:5] == ["# initialise a repository", "git init", "# view its state", "git status"]
    broken = '<pre><span class="comment">// add.c</span><br>int add(int x) {<br>  return x;<br>}</pre>'
    lines = _body_lines(f"<html><body><article>{prose}{broken}{prose}</article></body></html>")
    assert lines[1:5] == ["// add.c", "int add(int x) {", "return x;", "}"]


def test_hard_wrapped_preformatted_prose_stays_one_block() -> None:
    memo = (
        "<pre>This memo describes a protocol by which client-side applications\n"
        "running inside a web browser can talk to a storage server that is\n"
        "hosted on a different domain name.</pre>"
    )
    prose = (
        "<p>"
        + "The protocol supports storing, retrieving and removing documents on the server. " * 3
        + "</p>"
    )
    lines = _body_lines(f"<html><body><article>{memo}{prose}</article></body></html>")
    assert lines[0].startswith("This memo describes")
    assert lines[0].endswith("a different domain name.")


def test_leaves_are_left_to_the_renderer_which_still_judges_them() -> None:
    """The body search leaves links and pictures unjudged (None); the renderer judges them:
    a hidden link and a share link drop out, a plain one stays in its sentence."""
    import lxml.html

    html = (
        "<html><body><div id='story'>"
        + "<p>Prose of the story goes on and on, sentence after sentence. It ends here.</p>" * 4
        + "<p>See <a href='/a'>the report</a> and <a href='/b' hidden>hidden words</a>"
        "<a href='/c' class='share'>Share</a><img src='x.png'> for more.</p></div></body></html>"
    )
    root = lxml.html.fromstring(html)
    region = find_region(root)
    assert region is not None
    assert region.walked is not None
    links = list(root.iter("a", "img"))
    assert all(region.walked.get(leaf, "absent") is None for leaf in links)
    text = blocks_to_text(extract_blocks(root, "https://x.test/", region=region))
    assert "See the report and for more." in text
    assert "hidden words" not in text
    assert "Share" not in text


def test_a_hidden_leaf_still_calls_for_the_hidden_search() -> None:
    """``_saw_hidden`` reads leaves the search left unjudged too."""
    import lxml.html

    from newscrawl.extract.body import _saw_hidden

    hidden, shown = lxml.html.fromstring("<a hidden>x</a>"), lxml.html.fromstring("<a>x</a>")
    assert _saw_hidden({hidden: None})
    assert not _saw_hidden({shown: None})


_EXCERPT = "A short excerpt of another post on this blog, cut after two lines of its opening…"


def _cards(count: int, href: str = "/blog/post-{n}", tag: str = "h3") -> str:
    """A row of teaser cards: each its own element, a linked title over a short excerpt."""
    cards = "".join(
        f'<div class="card"><{tag}><a href="{href.format(n=n)}">Post title {n}</a></{tag}>'
        f"<p>{_EXCERPT} ({n})</p><p>Mar {n + 1}, 2026</p></div>"
        for n in range(count)
    )
    return f'<div class="row">{cards}</div>'


def test_a_row_of_linked_teaser_cards_beside_the_article_is_not_joined() -> None:
    # A blog carousel holds half as much prose as the story, so size alone would join it.
    markup = (
        f'<html><body><main><section class="post"><div class="text">{_paragraphs(8)}</div></section>'
        f'<section class="carousel"><h2>Blog.</h2>{_cards(9)}</section></main></body></html>'
    )
    body = _inline_body(markup)
    assert body.startswith("The council voted")
    assert "A short excerpt" not in body
    assert "Mar 3, 2026" not in body


def test_a_row_of_teaser_cards_inside_the_article_container_is_not_rendered() -> None:
    markup = (
        f'<html><body><article><div class="entry">{_paragraphs(12)}'
        f"<h3>Keep reading</h3>{_cards(4)}</div></article></body></html>"
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 12
    assert "A short excerpt" not in body


def test_a_page_of_cards_under_a_short_intro_keeps_its_cards() -> None:
    # A landing page: the cards are what it shows, there is no article beside them.
    markup = f"<html><body><main><div><p>{_PROSE}</p>{_cards(8)}</div></main></body></html>"
    assert _inline_body(markup).count("A short excerpt") == 8


def test_linked_headings_that_are_no_cards_stay() -> None:
    # Products linked to their several shops, a guide's linked steps in one column, and jump
    # links to the article's own sections: none is a row of teasers.
    shops = "".join(
        f'<div class="item"><h2><a href="https://shop{n}.example/p">Product {n}</a></h2>'
        f"<p>{_EXCERPT}</p></div>"
        for n in range(4)
    )
    steps = "".join(
        f'<h3><a href="/guide/step-{n}">Step {n}</a></h3><p>{_EXCERPT} ({n})</p>' for n in range(4)
    )
    for extra in (shops, f'<div class="steps">{steps}</div>', _cards(4, href="#part-{n}")):
        markup = f"<html><body><article><div>{_paragraphs(12)}{extra}</div></article></body></html>"
        assert "A short excerpt" in _inline_body(markup)


def test_linked_cells_between_the_cells_of_a_data_table_are_kept() -> None:
    rows = "".join(
        f'<tr><td>{1990 + n}</td><th><a href="/wiki/Film_{n}">Film {n}</a></th>'
        f"<td>A plot summary of the film, with a loop of days that repeats itself ({n}).</td></tr>"
        for n in range(5)
    )
    markup = (
        f"<html><body><article>{_paragraphs(6)}<table>{rows}</table>{_paragraphs(2)}</article></body></html>"
    )
    lines = _inline_body(markup).split("\n")
    assert [line for line in lines if line.startswith("Film ")] == [f"Film {n}" for n in range(5)]


def test_a_table_of_links_alone_is_still_dropped() -> None:
    cells = "".join(f'<td><a href="/topic/{n}">Topic {n}</a></td>' for n in range(5))
    markup = (
        f"<html><body><article>{_paragraphs(6)}<table><tr><td>Browse</td>{cells}<td>the topics</td></tr>"
        f"</table>{_paragraphs(2)}</article></body></html>"
    )
    assert "Topic 1" not in _inline_body(markup)


_BIO = (  # first person: no wording tells it from a closing paragraph, only its box
    "Hi there! I'm Dana, a transport reporter who has covered city hall for a decade. I live "
    "in the northern suburbs and ride the night bus home."
)


def _author_box(names: str = 'class="post-author"') -> str:
    """An author box as templates set it: the avatar, the name as a link, the bio, the latest posts."""
    return (
        f'<div {names}><figure class="avatar"><img src="/a.jpg" alt=""></figure>'
        f'<div><a href="/author/dana">Dana Reyes</a><p>{_BIO}</p></div></div>'
    )


def test_an_author_box_after_the_article_is_not_rendered() -> None:
    for names in ('class="post-author"', 'class="author__box"', 'itemprop="author"'):
        markup = (
            f"<html><body><article><div>{_paragraphs(10)}{_author_box(names)}</div></article></body></html>"
        )
        body = _inline_body(markup)
        assert body.count("The council voted") == 10
        assert "transport reporter" not in body


def test_the_rows_around_an_author_box_go_with_it() -> None:
    posts = "".join(f'<li><a href="/p/{n}">Another post {n}</a> - May {n + 1}, 2026</li>' for n in range(4))
    latest = f'<div><img src="/a.jpg"><p>Latest posts by Dana Reyes</p><ul>{posts}</ul></div>'
    box = f'<div class="box">{_author_box()}{latest}</div>'
    markup = f"<html><body><article><div>{_paragraphs(10)}{box}</div></article></body></html>"
    body = _inline_body(markup)
    assert "transport reporter" not in body
    assert "Latest posts" not in body


def test_a_bio_without_a_box_of_its_own_stays() -> None:
    # The writer's closing line about themselves, among the paragraphs; and a box with no
    # picture, or one as long as the article (an author page), is no author box either.
    closing = (
        f"<html><body><article><div>{_paragraphs(10)}<p><em>{_BIO}</em></p></div></article></body></html>"
    )
    no_picture = (
        f'<html><body><article><div>{_paragraphs(10)}<div class="post-author"><p>{_BIO}</p></div>'
        "</div></article></body></html>"
    )
    author_page = (
        f'<html><body><div class="author-page"><img src="/a.jpg">{_paragraphs(6, _BIO)}</div></body></html>'
    )
    for markup in (closing, no_picture):
        assert "transport reporter" in _inline_body(markup)
    assert _inline_body(author_page).count("transport reporter") == 6


def _card_rows(count: int) -> str:
    """Teaser cards each in a row of its own straight under the container, rules between."""
    return "<hr>".join(
        f'<div class="row"><div class="card"><h3><a href="/blog/post-{n}">Post title {n}</a></h3>'
        f"<p>{_EXCERPT} ({n})</p></div></div>"
        for n in range(count)
    )


def test_teaser_cards_each_in_a_row_of_their_own_closing_the_article_are_not_rendered() -> None:
    markup = f"<html><body><article><div>{_paragraphs(12)}<hr>{_card_rows(5)}</div></article></body></html>"
    body = _inline_body(markup)
    assert body.count("The council voted") == 12
    assert "A short excerpt" not in body


def test_card_rows_with_the_article_going_on_after_them_stay() -> None:
    # A guide's chapters or a listicle's items, each a linked heading over a summary.
    text = f"{_paragraphs(8)}{_card_rows(5)}{_paragraphs(4)}"
    markup = f"<html><body><article><div>{text}</div></article></body></html>"
    assert _inline_body(markup).count("A short excerpt") == 5


def test_the_excerpt_over_the_story_is_not_joined_to_it() -> None:
    # Page builders build the theme's excerpt widget like the content widget beside it.
    excerpt = (
        "A short summary of the story that the theme prints over it, as the page's description: "
        "the council's vote, the night buses and the shift workers who asked for them, and what "
        "the operator plans for the routes next year."
    )
    markup = (
        '<html><body><div class="wrap"><div class="widget widget-post-excerpt"><div>'
        f'{excerpt}</div></div><div class="widget widget-post-content"><div>{_paragraphs(10)}'
        "</div></div></div></body></html>"
    )
    body = _inline_body(markup)
    assert body.count("The council voted") == 10
    assert "A short summary" not in body


def test_collapsed_accordion_panels_are_read_but_hidden_tabs_and_hidden_text_are_not() -> None:
    steps = "".join(
        f'<h3><button aria-controls="s{n}" id="h{n}">Step {n}</button></h3>'
        f'<div id="s{n}" role="region" aria-labelledby="h{n}" style="display:none">'
        f"{_paragraphs(2, f'{n}: {_PROSE}')}</div>"
        for n in range(5)
    )
    intro = _paragraphs(8, f"Before the first step: {_PROSE}")
    markup = f"<html><body><article>{intro}{steps}</article></body></html>"
    assert _inline_body(markup).count(": The council voted") == 18
    tabs = (
        f'<div role="tabpanel" aria-labelledby="t1">{_paragraphs(6)}</div>'
        '<div role="tabpanel" aria-labelledby="t2" style="display:none">'
        "<p>Loading specifications, a moment…</p></div>"
        '<div style="display:none"><p>Buy cheap watches online, the best replica watches here.</p></div>'
        '<div role="dialog" aria-labelledby="d1" hidden><p>Join our newsletter for the week.</p></div>'
    )
    body = _inline_body(f"<html><body><article>{tabs}</article></body></html>")
    assert body.count("The council voted") == 6
    assert "Loading" not in body
    assert "replica" not in body
    assert "Join our newsletter" not in body


def test_teasers_stamped_with_their_time_do_not_outweigh_a_short_story() -> None:
    # No class names to go by: 24 teaser links, each with "(01/17 21:13)" beside it, against a
    # story of four paragraphs. A stamp beside a link is no prose, however many there are.
    story = "".join(
        f"<p>第{i}段：美国一项最新研究显示，规律运动的员工薪水成长幅度比不运动的同事高出百分之九，"
        "研究人员认为老板把运动视为有决心的象征。</p>"
        for i in range(4)
    )
    teasers = "".join(
        f"<li><a href='/news/{i}.html'>第{i}则国际新闻标题在这里</a> (01/17 21:{i:02d})</li>"
        for i in range(24)
    )
    page = f"<h1>运动还可加薪</h1><div><div>{story}</div><div><ul>{teasers}</ul></div></div>"
    body = extract(f"<html><body>{page}</body></html>".encode()).articleBody or ""
    assert body.startswith("第0段")
    assert "国际新闻" not in body


@pytest.mark.parametrize("label", ["您可能會有興趣的文章", "延伸 · 推荐", "你可能感兴趣的新闻"])
def test_chinese_you_may_like_labels_close_the_story(label: str) -> None:
    story = [
        f"第{n}段：为切实加强烟花爆竹安全管理，消防部门开展专项检查，防止各类火灾事故发生。" for n in range(4)
    ]
    teasers = ["另一篇新闻的标题在这里 05-25", "又一篇新闻的标题在这里 05-24"]
    assert [b.text for b in cut_related_tail(_lines([*story, label, *teasers]))] == story


def test_subheadings_linked_to_their_own_place_on_the_page_are_kept() -> None:
    # Guides make each section title linkable (<h3><a href="#x">, or the anchor around the
    # heading) so a reader can copy its address; those are titles, not link lines. A jump
    # list of in-page links outside any heading stays a link line.
    sections = (
        '<h3 id="costs"><a href="#costs">What a season ticket costs</a></h3>'
        f"<p>{_PROSE}</p>"
        '<a href="https://site.example/a/1.html#routes" class="scroll"><h2>Which routes change</h2></a>'
        f"<p>{_PROSE} Again.</p>"
    )
    jump = '<div class="jump"><a href="#costs">Costs</a> <a href="#routes">Routes</a></div>'
    lines = _body_lines(f"<html><body><article>{jump}{sections}</article></body></html>")
    assert "What a season ticket costs" in lines
    assert "Which routes change" in lines
    assert "Costs Routes" not in lines
