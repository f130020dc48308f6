"""What a Chinese credit line names (newscrawl.extract.zhcredits): labels, datelines, closing credits."""

from __future__ import annotations

import pytest
from test_authors import page

from newscrawl.extract.authors import extract_authors, is_person, split_names
from newscrawl.extract.bylines import labelled_credits
from newscrawl.extract.headwalk import head_lines
from newscrawl.page import parse_page


def test_every_chinese_role_label_holds_a_precheck_hint() -> None:
    """_ZH_LABELLED is only searched in lines holding a hint: each label it knows must hold one."""
    from newscrawl.extract.namelists import ZH_ROLE
    from newscrawl.extract.zhcredits import _ZH_LABEL_HINTS

    labels = ZH_ROLE.removeprefix("(?:").removesuffix(")").split("|")
    assert len(labels) > 5
    assert all(any(hint in label for hint in _ZH_LABEL_HINTS) for label in labels)


# --- Chinese credits in traditional script and Taiwan / Hong Kong forms ---------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "（中央社記者劉小怡台北11日電）傅姓男子涉嫌與醫師勾結，詐領保險金，檢方今天依詐欺罪嫌起訴。",
            ["劉小怡"],
        ),
        ("香港文匯報訊（記者 高小鈺）香港浸會大學宣布，委任教授為中醫藥學院院長，並即時生效。", ["高小鈺"]),
        ("記者張小雄 張小嘉 嘉義報導", ["張小雄", "張小嘉"]),
        ("【中廣新聞／陳小華】", ["陳小華"]),
        ("2012-01-17 中國時報 邱小穎／台北報導", ["邱小穎"]),
        (
            "湖南日报12月15日讯(记者柳小新通讯员彭小娟)今天8时，湘江长沙站水位再创历史新低。",
            ["柳小新", "彭小娟"],
        ),
        ("大江网讯 实习生吴小丽、记者喻小亮报道：江西省体育工作会议在南昌召开。", ["吴小丽", "喻小亮"]),
        ("作者： 蒋 凌 稿源： 兰州日报", ["蒋凌"]),
    ],
)
def test_traditional_and_taiwan_bylines(paragraph: str, expected: list[str]) -> None:
    body = f"<h1>標題</h1><p>{paragraph}</p><p>正文。</p>"
    assert extract_authors(page(body)).authors == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "昨日上午9点，距离活动开始还有1小时，现场就围满了人。工作人员发放记者证件时，都显得手忙脚乱。",
        "记者：春运初始，南方出现雨雪天气，未来一周南方地区的雨雪天气如何发展？",  # an interviewer's turn
        "“我們用心良苦。”武主任在短信中這樣對記者說道。",  # the reporter spoken to
        "流感疫情持續升溫。（資料照，記者楊小菁攝）",  # a photographer
    ],
)
def test_no_author_read_from_running_text_or_photo_credit(paragraph: str) -> None:
    assert extract_authors(page(f"<h1>標題</h1><p>{paragraph}</p><p>正文。</p>")).authors == []


def test_name_list_stops_at_the_first_word_that_is_no_name() -> None:
    body = "<h1>標題</h1><p>LIVE:桃園 記者:劉小函 埔心火車站 砂石覆蓋</p><p>正文。</p>"
    assert extract_authors(page(body)).authors == ["劉小函"]


def test_closing_editor_in_parentheses_is_no_author() -> None:
    body_text = "第一段正文。\n有關產品的使用率正逐年升高，專家建議審慎使用。(南方都市報) (曹小明 編輯)"
    assert extract_authors(page("<h1>標題</h1><p>x</p>"), body_text).authors == []


# --- precision on Chinese portals: chrome words, other stories' credits, the site's own label ---------


_PROSE = "<p>" + "春节临近，各地火车站客流持续增加，铁路部门加开临客。" * 3 + "</p>"


def test_menu_word_after_a_word_ending_in_wen_is_no_credit() -> None:
    body = f'<h1>标题</h1>{_PROSE}<ul class="links"><li><p>文化 | 人文 | 酷车 | 游记</p></li></ul>'
    assert extract_authors(page(body)).authors == []


def test_linked_title_of_another_story_is_no_credit() -> None:
    related = '<ul><li><p><a href="/b.html">口述：李明远 用了十七根香烟的时间</a></p></li></ul>'
    body = f"<h1>标题</h1>{_PROSE}{related}"
    assert extract_authors(page(body)).authors == []


def test_forum_widget_poster_and_comment_counter_are_no_byline() -> None:
    widget = '<div class="jhtb-author">总是上当：不看不知道</div><div class="jhtb-author">哦了 的原贴：</div>'
    counter = (
        '<div class="author"><div class="talk"><span class="red">正有</span> 2 人评论 我来说两句</div></div>'
    )
    assert extract_authors(page(f"<h1>标题</h1>{counter}{_PROSE}{widget}")).authors == []


@pytest.mark.parametrize(
    "line",
    [
        "温家宝总理在记者会上表示，改革到了攻坚阶段",
        "截至记者发稿时，大火已被扑灭。",
        "陈市长泪洒记者招待会",
    ],
)
def test_press_conference_and_deadline_name_no_reporter(line: str) -> None:
    assert extract_authors(page(f"<h1>标题</h1><p>{line}</p>{_PROSE}")).authors == []


def test_run_on_words_after_a_name_are_dropped() -> None:
    # "X 编制" credits a chart's maker, no writer: the dateline's reporters are the authors.
    chart = "<h1>标题</h1><p>图表：香港一旅游团发生车祸 新华社记者 曲振东 编制</p>" + _PROSE
    assert extract_authors(page(chart)).authors == []
    closing = "<h1>标题</h1>" + _PROSE + "<p>" + "行情出现短暂异常，特此公告。" * 3 + "（王霄 发自上海）</p>"
    assert extract_authors(page(closing), closing.replace("<h1>标题</h1>", "")).authors == ["王霄"]


def test_closing_photo_credit_weekday_and_player_label_are_no_author() -> None:
    caption = "<p>" + "工作人员展示首天发行的龙年邮票产品，吸引众多市民。" * 2 + "(李敏摄)</p>"
    weekday = "<p>" + "中心为有特别需要的儿童提供训练和照顾服务。" * 3 + "（星期二）</p>"
    for tail in (caption, weekday):
        assert extract_authors(page(f"<h1>标题</h1>{_PROSE}{tail}")).authors == []


def test_meta_author_that_is_the_linked_sites_label_is_no_person() -> None:
    links = "".join(f'<a href="http://www.chinanews.com/n/{i}.shtml">新闻{i}</a>' for i in range(5))
    html = (
        '<html><head><title>标题-中新网</title><meta name="author" content="chinanews"></head>'
        f"<body><h1>标题</h1>{_PROSE}{links}</body></html>"
    )
    assert extract_authors(parse_page(html, None)).authors == []


def test_taiwan_bracketed_credit_with_the_place_run_on() -> None:
    lead = "【台灣醒報記者潘姿羽台北報導】春節期間，民眾若不小心吃壞肚子該怎麼辦？"
    body = f"<h1>标题</h1><p>{lead}{'健保局提醒民眾。' * 4}</p>"
    assert extract_authors(page(body)).authors == ["潘姿羽"]
    # A place that a city word closes leaves the cut unknown: no name rather than a wrong one.
    ambiguous = "<h1>标题</h1><p>【記者李軍高雄市報導】</p>" + _PROSE
    assert extract_authors(page(ambiguous)).authors == []


def test_a_person_glued_to_the_outlet_in_a_datelines_credit() -> None:
    dateline = "新华网北京1月12日电 （新华网张小萍 中国气象网记者颜小昕）"
    body_text = f"{dateline}春运第五天，大雾天气将在我国轮番上场。\n第二段。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == ["张小萍", "颜小昕"]


def test_a_person_between_the_closing_source_and_the_editor_is_the_writer() -> None:
    body_text = "第一段正文，没有电头。\n双方互动热烈。（来源：中国日报网 信小莲 编辑：北风）"
    result = extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text)
    assert (result.authors, result.organization) == (["信小莲"], "中国日报网")


# --- Chinese credits in more forms: ASCII parentheses, closing credits, info bars --------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("某某网上海3月2日电(记者甲小乙)市气象台今天发布寒潮预警，全市将迎来大幅降温过程。", ["甲小乙"]),
        (
            "某某日报3月2日讯(记者 周小明 通讯员 吴小红)今天8时，江水位再创历史新低，有关部门紧急会商。",
            ["周小明", "吴小红"],
        ),
        (
            "某某晚报讯 (记者/孙小阳 通讯员/郑小海)铁路部门日前公布，春运期间车站将加强实名验证。",
            ["孙小阳", "郑小海"],
        ),
        (
            "某某网3月2日讯（钱小举） 一个建议让白酒股价一度大跌，临近春节的传统旺季里股价面临压力。",
            ["钱小举"],
        ),
        (
            "某某报讯（记者 冯小川/文 通讯员 陈小贝/图）献血活动昨日在市中心广场举行，市民踊跃参与。",
            ["冯小川"],
        ),
    ],
)
def test_dateline_credits_in_ascii_parentheses_and_bare_names(opening: str, expected: list[str]) -> None:
    body_text = f"{opening}\n第二段正文。\n第三段正文。"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == expected


def test_dateline_lists_the_correspondent_the_header_byline_leaves_out() -> None:
    body = "<h1>标题</h1><p>作者：甲小乙</p><p>正文。</p>"
    body_text = "某某网3月2日消息(某某网记者甲小乙 通讯员丙 丁)春节将至，安全检查全面展开。\n第二段正文。"
    assert extract_authors(page(body), body_text).authors == ["甲小乙", "丙丁"]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("检查发现景区存在四方面问题，包括价格标示不清等。记者甲小乙", ["甲小乙"]),
        ("衛生局將持續加強抽驗，確保民眾吃得安心。（丙小丁報導）", ["丙小丁"]),
        ("公司表示扭亏的主要原因为销售收入增加。(某景网/戊小己)", ["戊小己"]),
        ("各月份的产能利用率都处在狭窄区间内。(庚辛/编译)", ["庚辛"]),
        ("该基金发行的中长期债券收益率扩大8个基点。(壬小癸 编译)", ["壬小癸"]),
        ("近60年来幼童死亡人數首度低於1000萬。（譯者：某央社子小丑）", ["子小丑"]),
        ("这是一段没有署名的结尾。(李小沐 编辑)", []),  # an editor
        ("据记者统计，共有五家企业参与。记者发现", []),  # running text, no name
    ],
)
def test_closing_credits_name_the_writer(closing: str, expected: list[str]) -> None:
    body_text = f"第一段正文，没有电头。\n{closing}"
    assert extract_authors(page("<h1>标题</h1><p>正文。</p>"), body_text).authors == expected


def test_reported_credit_on_its_own_line_after_the_lead() -> None:
    body_text = "南投縣衛生局抽驗年節食品，不合格率百分之2點2。\n（丙小丁報導）\n第三段正文。\n第四段正文。"
    assert extract_authors(page("<h1>標題</h1><p>正文。</p>"), body_text).authors == ["丙小丁"]


def test_edge_lines_read_the_first_and_last_non_blank_lines_from_the_edges() -> None:
    from newscrawl.extract.zhcredits import edge_lines

    body = "\n  \n（记者 张三）\r\nfirst\n" + "middle\n" * 2000 + "last but one\r\n\n（李四）\n \n"
    assert edge_lines(body, 2) == ["（记者 张三）", "first"]
    assert edge_lines(body, 2, last=True) == ["last but one", "（李四）"]
    assert edge_lines("only\n\n", 2) == ["only"]
    assert edge_lines("", 2, last=True) == []


def test_a_latin_name_after_a_chinese_label_is_the_writer() -> None:
    prose = "今年冬天的夜空格外热闹，几场流星雨和行星合月将陆续上演，天文爱好者可以提前做好准备。" * 3
    for credit, expected in [
        ("作者：Steed", ["Steed"]),
        ("作者：Steed (微博) (业余天文爱好者，某网频道主编，曾在紫金山天文台研究宇宙学多年)", ["Steed"]),
        ("记者 Tom Lee", ["Tom Lee"]),
        ("记者 Tom Lee 摄", []),  # the photographer
        ("作者：CNN 编辑：张三", []),  # an outlet, and an editor
    ]:
        html = f"<h1>冬季天象观测指南</h1><p><strong>{credit}</strong></p><p>{prose}</p>"
        assert extract_authors(page(html)).authors == expected, credit


def test_zh_signature_place_and_job_after_the_name_are_no_persons() -> None:
    # A reader's signature sets a place and an occupation after the name, space-separated.
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("作者：王小明\u3000浙江杭州\u3000教師") == ["王小明"]
    for word in ("江蘇南通", "職員", "杭州市"):
        assert not is_person(word)
    for name in ("林安鎮", "吉林生"):  # a town's suffix, a province's characters: names
        assert is_person(name)


def test_zh_bracketed_reporter_then_place_opens_the_paragraph() -> None:
    from newscrawl.extract.zhcredits import opening_credits, zh_labelled

    para = "【陳小華╱高雄報導】冬天到了，市政府昨天宣布多項防寒措施，" + "提醒民眾注意保暖並多喝溫水。" * 3
    assert zh_labelled(para) == ["陳小華"]
    assert opening_credits([para]) == ["陳小華"]
    assert zh_labelled("【張大明、李小文／綜合報導】") == ["張大明", "李小文"]
    assert zh_labelled("【中央社╱台北報導】") == []  # the agency, no person


def test_zh_parenthesis_annotating_a_role_credit_is_no_closing_credit() -> None:
    from newscrawl.extract.zhcredits import paren_tail

    assert paren_tail("模特兒╱黃小美(星光經紀)") == []
    assert paren_tail("天氣轉冷，民眾應注意保暖。（王大同）") == ["王大同"]


def test_zh_chart_maker_is_no_writer() -> None:
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("图表：某地发生车祸 新华社记者 王小华 编制") == []
    assert zh_labelled("新华网长春12月9日电（记者王小华 李大明）据有关部门消息") == ["王小华", "李大明"]


def test_zh_and_inside_a_name_does_not_split_it() -> None:
    from newscrawl.extract.zhcredits import zh_labelled

    assert zh_labelled("◎ 記者林和謙/採訪報導") == ["林和謙"]
    assert split_names("欧阳和平") == ["欧阳和平"]
    assert split_names("张三和李四") == ["张三", "李四"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("编译/记者 甲小乙 丙小丁", ["甲小乙", "丙小丁"]),  # the reporter translated the text
        ("編譯/記者 甲小乙", ["甲小乙"]),
        ("文/圖記者甲小乙、丙小丁實習生戊小己", ["甲小乙", "丙小丁", "戊小己"]),  # text and pictures
        ("文/圖 甲小乙、丙小丁", ["甲小乙", "丙小丁"]),
        ("甲小乙 丙小丁文/圖", ["甲小乙", "丙小丁"]),  # the role after the names
        ("甲小乙/文", ["甲小乙"]),
        ("编辑/记者 甲小乙", []),  # an editor
        ("美术设计/文", []),  # no person's name
    ],
)
def test_zh_role_pair_credits_a_writer(credit: str, authors: list[str]) -> None:
    assert [
        n for names in labelled_credits(head_lines(page(f"<h1>标题</h1><p>{credit}</p>"))) for n in names
    ] == authors


def test_zh_reporter_closing_the_story_before_a_disclaimer() -> None:
    body_text = (
        "第一段正文。\n大熊猫将赴法国。编译/记者 甲小乙 丙小丁\n图为大熊猫。供图/CFP\n"
        "免责声明：本文仅代表作者个人观点，与本站无关。"
    )
    r = extract_authors(page("<h1>标题</h1><p>第一段正文。</p>"), body_text)
    assert r.authors == ["甲小乙", "丙小丁"]
