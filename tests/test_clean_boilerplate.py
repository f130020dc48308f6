"""Boilerplate lines: each rule on invented lines, with the prose that must stay."""

from __future__ import annotations

import pytest

from newscrawl.clean.boilerplate import classify_line, strip_boilerplate
from newscrawl.extract.blocks import Block, Segment


def blocks(*lines: str) -> list[Block]:
    return [Block("p", [Segment(line)]) for line in lines]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "此内容为河西日报原创，著作权归河西日报所有。未经河西日报书面授权，不得以任何方式转载。",
            "copyright_notice",
        ),
        (
            "（本文来自江畔晚报，转载请注明出处。）版权声明：凡注明来源的作品，版权均属江畔晚报所有。",
            "copyright_notice",
        ),
        ("本文来源：山城商报，版权归原作者所有。转载请注明出处，如有侵权请联系删除。", "copyright_notice"),
        ("© 2025 Harbour Gazette. All rights reserved.", "copyright_notice"),
        (
            "This story first ran in Harbour Gazette. Republishing requires written permission.",
            "copyright_notice",
        ),
        (
            "Originally published by Harbour Gazette. Republishing requires written permission.",
            "copyright_notice",
        ),
        ("免责声明：本站文章均来自网络，仅供参考，不构成投资建议。", "disclaimer"),
        # Traditional script, as Taiwan and Hong Kong outlets write their notices.
        ("本文版權歸港灣日報所有，未經授權不得轉載。", "copyright_notice"),
        ("免責聲明：本網資訊僅供參考，不構成投資建議。", "disclaimer"),
        (
            "Disclaimer: this page is aggregated from public feeds for informational purposes only.",
            "disclaimer",
        ),
        ("点击次数:85", "view_counter"),
        ("阅读 1234", "view_counter"),
        ("2,031 views", "view_counter"),
        ("图片来源：河西发布", "picture_credit"),
        ("Photo: Lena Ortiz/Harbour Wire", "picture_credit"),
        ("分享到： 微信 微博", "share_prompt"),
        ("Share this article", "share_prompt"),
        ("举报", "share_prompt"),
        ("责任编辑：周一航", "editor_line"),
        ("编辑:小吴", "editor_line"),
        ("Editor: Sam Reyes", "editor_line"),
        ("原标题：山区小学有了新图书馆", "original_title"),
        ("0 3小时前 今年前三季度河西经济总量增长5%", "related_counter"),
        ("文章作者 周一航", "byline"),
        ("（记者 李晓岚）", "byline"),
        ("Reporting by Lena Ortiz", "byline"),
        ("来源：江畔晚报", "source_line"),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, rule: str | None) -> None:
    assert classify_line(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "他说，版权保护是文化产业发展的基础，今年全市共查处侵权盗版案件120起，同比增长15%。",
        "法院认为，被告未经原告许可使用其作品，构成侵权，判决赔偿损失五万元。",
        "法院認為，被告未經原告許可使用其作品，構成侵權，判決賠償損失五萬元。",
        "这也意味着，只要数据来源未经用户授权，都存在法律风险。",
        "The question of copyright over machine-written code is still open, the lawyers said.",
        "By the end of the year, the council expects the seawall to be finished.",
        "Editor isn't the right word for what she does, her colleagues say.",
        "print('hello')",
        "Print design fundamentals",
        "记者从河西区教育局了解到，新学期全区将新增学位三千个。",
        "The article was originally published in April 2020 and updated this year.",
    ],
)
def test_prose_stays(line: str) -> None:
    assert classify_line(line) is None


def test_strip_boilerplate_drops_lines_and_reports_credits() -> None:
    kept, removals, credits = strip_boilerplate(
        blocks(
            "河西新区地铁二号线今日开通，全长十八公里。",
            "图片来源：河西发布",
            "此内容为江畔晚报原创，著作权归江畔晚报所有。未经江畔晚报书面授权，不得转载。 文章作者",
            "周一航、李晓岚",
            "责任编辑：王可",
        )
    )
    assert [b.text for b in kept] == ["河西新区地铁二号线今日开通，全长十八公里。"]
    assert {r.rule for r in removals} == {"picture_credit", "copyright_notice", "byline", "editor_line"}
    assert credits.outlet == "江畔晚报"
    assert credits.authors == ["周一航", "李晓岚"]


def test_english_credits() -> None:
    _, _, credits = strip_boilerplate(
        blocks(
            "The ferry resumes service on Monday.",
            "Source: Harbour Gazette",
            "Reporting by Lena Ortiz and Sam Reyes",
        )
    )
    assert credits.outlet == "Harbour Gazette"
    assert credits.authors == ["Lena Ortiz", "Sam Reyes"]


def test_editor_is_not_credited_as_author() -> None:
    _, _, credits = strip_boilerplate(blocks("正文。", "责任编辑：王可"))
    assert credits.authors == []


def test_author_label_on_its_own_line_takes_the_name_below() -> None:
    kept, removals, credits = strip_boilerplate(
        blocks("新区将建设公共测试平台。", "文章作者", "顾一鸣", "文化是城市的灵魂。")
    )
    assert [b.text for b in kept] == ["新区将建设公共测试平台。", "文化是城市的灵魂。"]
    assert credits.authors == ["顾一鸣"]
    assert all(r.rule == "byline" for r in removals)


@pytest.mark.parametrize(
    "line",
    ["本文版權所有，謝絕轉載。", "未經授權，嚴禁轉載", "未經許可，謝绝轉载"],
)
def test_notices_in_traditional_and_mixed_forms_are_recognised(line: str) -> None:
    assert classify_line(line) == "copyright_notice"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("（图片来源：河西发布）", "picture_credit"),  # punctuation before a rule's first word
        ("【责任编辑：周一航】", "editor_line"),
        ("12 3天前 河西新区公交线路调整", "related_counter"),  # no rule's first word: still a counter
        ("Harbour Gazette © 2025. All rights reserved.", "copyright_notice"),  # and still a notice
        ("Harbour Gazette said the seawall will be finished by May.", None),
    ],
)
def test_lines_not_starting_with_a_rules_word_are_only_notices_or_counters(
    line: str, rule: str | None
) -> None:
    assert classify_line(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("图为河西新区公交首发仪式现场。（王小川摄）", "caption"),
        ("▲新建的航站楼外景。", "caption"),
        ("市民在公园里赏花。 通讯员刘一 摄", "caption"),
        ("小区居民展示自己的作品。 居民供图", "caption"),
        ("周一航(资料图)", "caption"),
        ("扫描下方二维码关注河西发布官方微信", "promo"),
        ("1、回复【公交】查看最新线路", "promo"),
        ("(本文来自河西日报，更多原创资讯请下载“河西日报”APP)", "promo"),
        ("您的浏览器暂时无法播放此视频.", "promo"),
        ("已有帐号？马上登录", "promo"),
        ("登录后才能查看全文", "promo"),
        ("点击阅读全文", "promo"),
        ("（点击看清晰大图）", "promo"),
        ("打开APP阅读更多精彩内容", "promo"),
        ("已有_COUNT_位用户评论 点击查看评论", "promo"),
        ("(周一航 编辑)", "credit_line"),
        ("[责任编辑：robot] 标签：公交 新区", "editor_line"),
        ("（实习生李晓岚对此文亦有贡献）", "credit_line"),
        ("采写：河西日报记者 周一航", "credit_line"),
        ("本文原标题：《河西新区公交线路调整》", "original_title"),
        # the same words in prose stay
        ("剧组当天在长城脚下拍摄", None),
        ("如今扫码支付已经普及到菜市场，二维码随处可见。", None),
        ("不少年轻人下载了这款APP，用来记录每天的运动量。", None),
        ("用户登录后可以查看自己的账单，银行表示这项服务免费。", None),
        ("从网站登录的技术层面来看，该网站仅支持IE6及以上版本的浏览器。", None),
        ("不少读者打开APP阅读新闻的时间集中在早上。", None),
        ("图书馆的藏书量在过去五年翻了一番。", None),
    ],
)
def test_captions_promos_and_credits_go_whatever_word_they_start_with(line: str, rule: str | None) -> None:
    assert classify_line(line) == rule


def test_the_caption_of_a_photo_item_is_its_story_and_stays() -> None:
    item = blocks("12月15日，消防车停在购物中心外。新华社发（万象 摄）", "当日，购物中心施工现场发生火灾。")
    kept, _, _ = strip_boilerplate(item)
    assert len(kept) == 2
    story = blocks("▲河西新区的新公交站。", *["新区将建设公共测试平台，方便市民出行和企业研发。"] * 8)
    kept, removals, _ = strip_boilerplate(story)
    assert len(kept) == 8
    assert [r.rule for r in removals] == ["caption"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "“Copyright” 2025 Harbour Gazette. All rights reserved.",
            "copyright_notice",
        ),  # curly quotes: not ASCII
        ("COPYRIGHT 2025 HARBOUR GAZETTE. ALL RIGHTS RESERVED.", "copyright_notice"),  # any case
        ("本文版权归河西日报所有，未经授权不得转载。", "copyright_notice"),
        ("“It was a quiet day,” she said of the seawall works.", None),
        ("Storm hits coast 2 Hours Ago", "related_counter"),  # "ago" in any case
        ("12 05-14 08:30 河西新区公交线路调整", "related_counter"),  # a stamp, no age word
        ("Harbour Gazette opened 12 new offices", None),
    ],
)
def test_notice_and_counter_prechecks_keep_every_match(line: str, rule: str | None) -> None:
    assert classify_line(line) == rule


def test_author_label_at_line_end_is_found_past_spaces_and_a_colon_only() -> None:
    for label_line in ("文化周刊 文章作者", "Story by the AUTHOR :", "本期记者："):
        kept, _, credits = strip_boilerplate(blocks("新区将建设公共测试平台。", label_line, "顾一鸣"))
        assert [b.text for b in kept] == ["新区将建设公共测试平台。"], label_line  # label and name go
        assert credits.authors == ["顾一鸣"], label_line
    kept, _, credits = strip_boilerplate(blocks("The author of the plan said.", "Jane Doe"))
    assert len(kept) == 2
    assert credits.authors == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Already have an account? Log in", "call_to_action"),
        ("Sign up for our newsletter for gardening tips and events", "call_to_action"),
        ("Advertisement - Page continues below", "call_to_action"),
        ("Share this article", "share_prompt"),  # a named rule still wins
        ("3.0K Shares", "view_counter"),
        ("139 shares", "view_counter"),
        ("Subscriptions start at $149/month, which may be too much for some.", None),
    ],
)
def test_calls_to_action_and_share_counters(line: str, rule: str | None) -> None:
    assert classify_line(line) == rule


def test_a_newsletter_box_in_the_body_goes_and_the_story_about_newsletters_stays() -> None:
    story = "The harbour newsletter now reaches 1,200 subscribers, its editor said on Monday."
    kept, removals, _ = strip_boilerplate(
        blocks(story, "Sign up to our newsletter", "Thanks for subscribing!", "The seawall opens in May.")
    )
    assert [b.text for b in kept] == [story, "The seawall opens in May."]
    assert [r.rule for r in removals] == ["call_to_action", "call_to_action"]


@pytest.mark.parametrize(
    "line",
    [
        "This post may contain affiliate links. Read more about this in my About Me page!",
        "Some of the links in this article are affiliate ones.",
        "If you buy something through our links, we may earn a small commission at no cost to you.",
        "As an Amazon Associate we earn from qualifying purchases.",
        "Purchases made through links earn us a small commission, at no extra cost to you.",
    ],
)
def test_affiliate_disclosures_go(line: str) -> None:
    assert classify_line(line) == "affiliate_disclosure"


@pytest.mark.parametrize(
    "line",
    [
        "Affiliate programs: streamers earn a commission when viewers buy gear via affiliate links.",
        "Travel agents get a commission when you buy insurance through them.",
        "This way, you will have the chance to give us feedback on each post.",
    ],
)
def test_prose_about_affiliates_and_commissions_stays(line: str) -> None:
    assert classify_line(line) != "affiliate_disclosure"


def test_feed_footer_and_visit_counter_go() -> None:
    footer = "The post How the Harbour Got Its Ferry appeared first on Harbour Notes."
    assert classify_line(footer) == "copyright_notice"
    assert classify_line("(Visited 1,902 times, 364 visits today)") == "view_counter"
    assert classify_line("The story first appeared on a harbour forum in 2019.") is None


INTRO = "The harbour board approved the new ferry terminal on Tuesday after two years of debate."
SECTION = "Construction starts in spring and should take eighteen months, the board said."


def test_a_table_of_contents_label_without_its_entries_goes() -> None:
    for label in ("Table of Contents", "Contents hide", "In this article:", "Jump to ↓"):
        kept, removals, _ = strip_boilerplate(blocks(INTRO, label, "The plan", SECTION))
        assert [b.text for b in kept] == [INTRO, "The plan", SECTION], label
        assert [r.rule for r in removals] == ["toc_label"]


def test_a_table_of_contents_with_its_entries_and_a_summary_heading_stay() -> None:
    lines = (INTRO, "Table of Contents", "The plan", "The cost", "The plan", SECTION, "The cost", SECTION)
    kept, _, _ = strip_boilerplate(blocks(*lines))
    assert len(kept) == len(lines)  # the entries recur as the sections' headings
    summary = [Block("h2", [Segment("In this guide")]), *blocks("The plan in brief", SECTION)]
    kept, _, _ = strip_boilerplate(summary)
    assert len(kept) == 3


def test_rows_a_removed_closing_line_covered_are_trimmed_too() -> None:
    story = ["新区将建设公共测试平台，首批企业已经入驻。", "项目预计明年年底完工。"]
    kept, removals, _ = strip_boilerplate(blocks(*story, "分享新华微博", "（责任编辑：周一航）"))
    assert [b.text for b in kept] == story
    assert [r.rule for r in removals] == ["editor_line", "edge_row"]
    kept, removals, _ = strip_boilerplate(blocks("分享新华微博", *story))  # no line went: untouched
    assert len(kept) == 3


def test_a_caption_line_set_apart_from_the_lone_picture_captions_it() -> None:
    from newscrawl.extract.article import extract

    story = "".join(
        f"<p>第{i}段：疾管局提醒民眾，流感進入高峰，最好避免出入公共場所，感冒的人要戴口罩。</p>"
        for i in range(12)
    )
    page = (
        '<html><head><title>流感進入高峰</title></head><body><h1>流感進入高峰</h1><div class="content">'
        f'<p><img src="/photo/flu.jpg" width="400" height="300"></p>{story}'
        "<p>圖說：流感進入高峰，感冒的人要戴口罩。（記者攝）</p></div></body></html>"
    )
    article = extract(page.encode(), url="https://news.example.tw/a/1.html")
    assert "圖說" not in (article.articleBody or "")
    assert [image.caption for image in article.images] == ["圖說：流感進入高峰，感冒的人要戴口罩。（記者攝）"]
    two = page.replace(
        "</div></body>", '<p><img src="/photo/mask.jpg" width="400" height="300"></p></div></body>'
    )
    assert [
        image.caption for image in extract(two.encode(), url="https://news.example.tw/a/1.html").images
    ] == [
        None,
        None,
    ]  # two pictures: which one the line captions is not said
