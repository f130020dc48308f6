"""Spam cleaning on invented farm and clean pages (keywords, domains and text made up here)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newscrawl.clean.anchors import AnchorContext, classify_anchor, link_depth, page_link_farms
from newscrawl.clean.spam import CleanResult, clean_page, spam_hrefs
from newscrawl.clean.stuffing import _STYLED, _dump_texts, stuffed_phrases
from newscrawl.extract.blocks import Block, Segment
from newscrawl.page import Page, parse_page

FARM_URL = "http://www.kuaile-peizi.test/news/20250301/88.html"
CLEAN_URL = "https://news.hexi-daily.test/city/2025/03/01/metro.html"


def farm_zh(
    h1: str, *, title: str | None = None, keywords: str = "股票配资平台,杠杆炒股网,配资开户宝"
) -> Page:
    """A Chinese farm page: stuffed title and keywords, prefixed lists, friendly and hidden links."""
    items = [
        ("股票配资平台", "河西新区公交线路调整"),
        ("杠杆炒股网", "本地农贸市场完成改造"),
        ("配资开户宝", "山区小学用上新图书馆"),
        ("股票配资平台", "老城区供暖管网更新"),
        ("杠杆炒股网", "湿地公园迎来候鸟"),
        ("在线配资王", "高校招聘会本周举行"),
    ]
    lists = prefixed_list(items)
    return parse_page(
        f"""<html><head><title>{title or h1}_快乐配资_股票配资平台</title>
        <meta name="keywords" content="{keywords}"></head><body>
        <div class="logo"><a href="/">快乐配资</a></div>
        <h1>{h1}</h1><div class="content"><p>正文</p></div>
        <div class="side"><h3>热点资讯</h3><ul>{lists}</ul></div>
        <div class="friend">友情链接：<a href="http://www.peizi-one.test/">配资公司</a>
        <a href="https://www.gangan-two.test/m/">杠杆炒股</a><a href="http://www.chaogu-three.test/">炒股开户</a></div>
        <div style="display:none"><a href="http://www.hidden-a.test/">配资平台</a>
        <a href="http://www.hidden-b.test/?from=news">股票杠杆</a></div></body></html>""",
        FARM_URL,
    )


def clean_zh(h1: str, *, keywords: str = "") -> Page:
    """A clean Chinese news page: no link farms, honest metadata."""
    return parse_page(
        f"""<html><head><title>{h1}_河西日报</title><meta name="keywords" content="{keywords}">
        <meta property="og:site_name" content="河西日报"></head><body><h1>{h1}</h1>
        <div class="related"><h3>相关新闻</h3><ul>
        <li><a href="/city/1.html">老城区供暖管网更新 今冬启用</a></li>
        <li><a href="/city/2.html">湿地公园迎来候鸟</a></li></ul></div></body></html>""",
        CLEAN_URL,
    )


def prefixed_list(items: list[tuple[str, str]], folder: str = "a") -> str:
    """List items linking ``keyword title`` headlines, as a farm's side lists show them."""
    return "".join(f'<li><a href="/{folder}/{i}.html">{k} {t}</a></li>' for i, (k, t) in enumerate(items))


def para(*parts: str | tuple[str, str | None, bool]) -> Block:
    """A paragraph block from plain strings and ``(text, href, emphasis)`` segments."""
    segments = [Segment(p) if isinstance(p, str) else Segment(p[0], p[1], p[2]) for p in parts]
    return Block("p", segments)


def texts(result: CleanResult) -> list[str]:
    return [b.text for b in result.blocks]


# ---------------------------------------------------------------- farm pages


def test_prefixed_headline_keyword_and_spliced_anchor_are_cut_on_a_farm() -> None:
    page = farm_zh("股票配资平台 河西新区地铁二号线开通 沿线设站九座")
    blocks = [
        para("地铁二号线今日开通", ("杠杆炒股网", "http://www.spam-home.test/", True), "，全长十八公里。"),
        para("沿线设站九座，换乘站三座。"),
    ]
    result = clean_page(page, "股票配资平台 河西新区地铁二号线开通 沿线设站九座", blocks)
    assert result.headline == "河西新区地铁二号线开通 沿线设站九座"
    assert texts(result) == ["地铁二号线今日开通，全长十八公里。", "沿线设站九座，换乘站三座。"]
    assert [link.url for link in result.spam_links if "spam-home" in link.url] == [
        "http://www.spam-home.test/"
    ]
    assert not result.links
    assert result.verdict.isContentFarm
    assert {"股票配资平台", "杠杆炒股网"} <= set(result.terms)


def test_suffixed_headline_keyword_and_plain_keyword_at_paragraph_end_are_cut() -> None:
    page = farm_zh("湿地公园迎来首批候鸟|配资开户宝")
    blocks = [para("今年冬季，湿地公园迎来首批候鸟。配资开户宝"), para("园方提醒游客文明观鸟。")]
    result = clean_page(page, "湿地公园迎来首批候鸟|配资开户宝", blocks)
    assert result.headline == "湿地公园迎来首批候鸟"
    assert texts(result) == ["今年冬季，湿地公园迎来首批候鸟。", "园方提醒游客文明观鸟。"]
    assert any(r.rule == "spam_keyword" and r.text == "配资开户宝" for r in result.removals)


def test_bold_keyword_spliced_before_punctuation_is_cut() -> None:
    page = farm_zh("杠杆炒股网 本地农贸市场完成改造")
    blocks = [para("市场改造历时半年", ("股票配资平台", None, True), "，新增摊位两百个。")]
    result = clean_page(page, "杠杆炒股网 本地农贸市场完成改造", blocks)
    assert texts(result) == ["市场改造历时半年，新增摊位两百个。"]


def test_keyword_built_from_the_farms_vocabulary_is_cut_even_when_shown_nowhere_else() -> None:
    page = farm_zh("在线配资王 高校招聘会本周举行")
    blocks = [para("本周高校招聘会共有三百家单位参加炒股配资宝，提供岗位五千个。")]
    result = clean_page(page, "在线配资王 高校招聘会本周举行", blocks)
    assert texts(result) == ["本周高校招聘会共有三百家单位参加，提供岗位五千个。"]


def test_english_farm_keywords_in_headline_and_body_are_cut() -> None:
    lists = prefixed_list(
        [
            ("free spins casino", "Ferry fares frozen for winter"),
            ("best casino bonus", "Library adds Sunday hours"),
            ("free spins casino", "Bridge repairs start in May"),
            ("cheap essay writers", "Farmers market moves indoors"),
            ("best casino bonus", "Harbour dredging wins funding"),
        ],
        "n",
    )
    page = parse_page(
        f"""<html><head><title>best casino bonus Harbour council approves seawall | Daily Wire Hub</title>
        <meta name="keywords" content="best casino bonus,free spins casino,cheap essay writers"></head><body>
        <h1>best casino bonus Harbour council approves seawall</h1><ul>{lists}</ul>
        <div class="box"><div class="hd">Partner Sites</div><ul>
        <li><a href="https://www.best-casino-bonus.test/">Casino Bonus</a></li>
        <li><a href="https://essay-mill.test/m/">Essay Help</a></li></ul></div></body></html>""",
        "https://www.daily-wire-hub.test/news/20250304/12.html",
    )
    blocks = [
        para(
            "The council voted 7-2 to approve the seawall", " free spins casino", ", after a stormy winter."
        ),
        para("Work starts in April. ", ("cheap essay writers", "https://essay-mill.test/", False)),
    ]
    result = clean_page(page, "best casino bonus Harbour council approves seawall", blocks)
    assert result.headline == "Harbour council approves seawall"
    assert texts(result) == [
        "The council voted 7-2 to approve the seawall, after a stormy winter.",
        "Work starts in April.",
    ]


def test_blocks_given_are_not_modified() -> None:
    page = farm_zh("股票配资平台 河西新区公交线路调整")
    block = para("公交线路调整", ("杠杆炒股网", "http://www.spam-home.test/", True), "，明日起实施。")
    clean_page(page, "股票配资平台 河西新区公交线路调整", [block])
    assert block.text == "公交线路调整杠杆炒股网，明日起实施。"
    assert block.segments[1].href == "http://www.spam-home.test/"


def test_a_genuine_article_about_stock_financing_on_a_farm_keeps_its_own_words() -> None:
    page = farm_zh("股票配资平台 监管部门严查场外配资", keywords="股票配资平台,杠杆炒股网,场外配资")
    blocks = [
        para("监管部门近日通报多起场外配资案件，部分股票配资平台违规放大杠杆。"),
        para("专家提醒，投资者应远离场外配资。"),
    ]
    result = clean_page(page, "股票配资平台 监管部门严查场外配资", blocks)
    assert texts(result) == [b.text for b in blocks]


# ---------------------------------------------------------------- clean pages (traps)


def test_clean_article_about_stock_financing_is_left_alone() -> None:
    page = clean_zh("场外配资乱象调查：杠杆炒股风险几何", keywords="场外配资,杠杆炒股,股票")
    blocks = [
        para("记者调查发现，一些股票配资平台以低息为诱饵吸引散户。"),
        para("律师表示，场外配资不受法律保护，杠杆炒股风险极高。配资平台"),
    ]
    result = clean_page(page, "场外配资乱象调查：杠杆炒股风险几何", blocks)
    assert result.headline == "场外配资乱象调查：杠杆炒股风险几何"
    assert texts(result) == [b.text for b in blocks]
    assert not result.verdict.isContentFarm
    assert not result.removals


def test_column_and_place_prefixes_of_a_clean_site_are_kept() -> None:
    for headline in (
        "专栏 | 山区小学用上新图书馆",
        "北京 | 老城区供暖管网更新",
        "一日一技：用好家里的旧书架",
    ):
        page = clean_zh(headline, keywords="北京,专栏,教育")
        blocks = [para("新学期，山区小学用上了新图书馆，北京的志愿者捐赠了三千册图书。")]
        assert clean_page(page, headline, blocks).headline == headline


def test_editorial_links_are_kept_and_returned() -> None:
    page = clean_zh("港口疏浚工程获批")
    blocks = [
        para("据", ("新华社", "https://www.xinhua-news.test/", False), "报道，工程预计明年完工。"),
        para(
            "According to ", ("Reuters", "https://www.reuters.com/", False), ", the port expects more ships."
        ),
        para(
            "Details are in the ", ("council report", "https://council.test/2025/03/report.html", False), "."
        ),
    ]
    result = clean_page(page, "港口疏浚工程获批", blocks)
    assert texts(result) == [b.text for b in blocks]
    assert [link.text for link in result.links] == ["新华社", "Reuters", "council report"]
    assert not result.spam_links


# ---------------------------------------------------------------- anchors and page links


def test_classify_anchor() -> None:
    farm = AnchorContext(before="地铁今日开通", after="，全长十八公里。", farm_page=True)
    assert classify_anchor("http://www.spam-home.test/", "杠杆炒股网", FARM_URL, farm) == "spam"
    mid = AnchorContext(before="据", after="报道，工程明年完工。")
    assert classify_anchor("https://www.xinhua-news.test/", "新华社", CLEAN_URL, mid) == "editorial"
    own = AnchorContext(before="详见", after="的专题报道。")
    assert (
        classify_anchor("https://news.hexi-daily.test/topic/metro.html", "本报", CLEAN_URL, own) == "internal"
    )
    term = AnchorContext(before="x", after=".", terms=frozenset({"free spins casino"}))
    assert classify_anchor("https://casino.test/", "free spins casino", CLEAN_URL, term) == "spam"


def test_link_depth() -> None:
    assert link_depth("https://a.test/index.php?id=5") == "root"
    assert link_depth("https://a.test/news/") == "section"
    assert link_depth("https://a.test/news/2025/story.html") == "deep"


def test_page_link_farms_and_spam_hrefs_find_friendly_and_hidden_links_only() -> None:
    page = farm_zh("股票配资平台 河西新区公交线路调整")
    farms = {f.link.url: f.where for f in page_link_farms(page, page.url)}
    assert farms["http://www.hidden-a.test/"] == "hidden"
    assert farms["https://www.gangan-two.test/m/"] == "link_farm"
    hrefs = spam_hrefs(page)
    assert "http://www.peizi-one.test/" in hrefs
    assert not any("kuaile-peizi.test" in h or h.endswith("/a/1.html") for h in hrefs)


def test_hidden_login_menu_of_one_site_is_not_a_link_farm() -> None:
    page = parse_page(
        """<body><div style="display:none"><a href="https://passport.portal.test/">登录</a>
        <a href="https://i.portal.test/">个人中心</a></div><p>正文</p></body>""",
        CLEAN_URL,
    )
    assert page_link_farms(page, page.url) == []


def test_headline_removal_names_its_evidence_and_the_original_headline() -> None:
    page = farm_zh("股票配资平台 湿地公园迎来候鸟")
    result = clean_page(page, "股票配资平台 湿地公园迎来候鸟", [para("湿地公园迎来候鸟。")])
    removal = next(r for r in result.removals if r.field == "headline")
    assert removal.rule == "spam_headline_keyword"
    assert removal.text == "股票配资平台"
    assert removal.detail is not None
    assert "股票配资平台 湿地公园迎来候鸟" in removal.detail


def test_latin_compound_run_walks_back_only_over_lowercase_keyword_words() -> None:
    """The backward word walk stops at the first capitalised or non-keyword word, across
    any kind of whitespace, and finds nothing when the text before is not keyword words."""
    from newscrawl.clean.vocab import Vocabulary, compound_before

    vocab = Vocabulary.build(["free spins casino", "top bets"], "The storm knocked out power.")
    raw = "Crews worked late\u3000free  spins casino, then left."
    span = compound_before(raw, raw.index(","), vocab)
    assert span is not None
    assert raw[span[0] : span[1]] == "free  spins casino"
    assert compound_before("Storm Free spins, more.", 16, vocab) is None  # "Free" is capitalised
    assert compound_before("   , x", 3, vocab) is None  # only spaces before the comma


def test_genuine_uses_judges_each_occurrence_in_its_own_paragraph() -> None:
    from newscrawl.clean.inline import genuine_uses

    blocks = [
        Block("p", [Segment("Shares of free spins")]),  # at the paragraph's end: a splice point
        Block("p", [Segment("casino rose. The FREE SPINS offer ended today.")]),
    ]
    # "spins casino" only exists across the two paragraphs; "free spins" is used mid-sentence
    assert genuine_uses(blocks, {"free spins", "spins casino"}) == {"free spins"}
    assert genuine_uses(blocks[:1], {"free spins"}) == set()


def test_genuine_uses_with_a_dotted_capital_i_folds_paragraph_by_paragraph() -> None:
    from newscrawl.clean.inline import genuine_uses

    blocks = [
        Block("p", [Segment("İstanbul hosts the ΟΔΟΣ fair.")]),
        Block("p", [Segment("The ΟΔΟΣ fair opens.")]),
    ]
    # with its İ, the first folds character by character (ΟΔΟΣ -> οδοσ); the second as a
    # whole, with a final sigma (ΟΔΟΣ -> οδος): each word is found in its own paragraph
    assert genuine_uses(blocks, {"οδος", "οδοσ"}) == {"οδος", "οδοσ"}


def test_body_text_folds_all_blocks_once_and_maps_offsets_back_to_blocks() -> None:
    from newscrawl.clean.blocktext import BodyText
    from newscrawl.clean.inline import _term_hits

    blocks = [
        Block("p", [Segment("ＡＢ，Ｃ "), Segment("d’", href="https://a.test/")]),
        Block("p", [Segment("Ｘyz")]),
    ]
    body = BodyText(blocks)
    assert body.raws == ["ＡＢ，Ｃ d’", "Ｘyz"]
    assert body.folded == "ab,c d'\nxyz"
    assert body.starts == [0, 8]
    assert [body.folded_block(i) for i in range(2)] == ["ab,c d'", "xyz"]
    assert [body.locate(at) for at in (0, 7, 8, 10)] == [0, 0, 1, 1]
    # each term is looked for once in the whole body; hits come back per block, longest
    # term first, in the block's own offsets
    ctx = SimpleNamespace(terms=frozenset({"xy", "c d'", "ab"}), genuine=frozenset({"ab"}))
    assert _term_hits(body, ctx) == {0: [(3, 7)], 1: [(0, 2)]}  # type: ignore[arg-type]


def test_vocabulary_counts_the_articles_own_pieces_when_asked() -> None:
    from newscrawl.clean.vocab import Vocabulary

    vocab = Vocabulary.build(["配资炒股", "free spins"], "配配配资 today: Free spins, spins-off")
    assert vocab.chars == frozenset("配资炒股")
    assert vocab.article_uses("配配") == 2  # overlapping bigrams count each
    assert vocab.article_uses("配资") == 1
    assert (vocab.article_uses("spins"), vocab.article_uses("spins-off"), vocab.article_uses("bets")) == (
        1,
        1,
        0,
    )


def test_latin_pieces_are_counted_as_the_articles_words() -> None:
    """Checking where a Latin piece is found counts what splitting the text into words does."""
    import random
    from collections import Counter

    from newscrawl.clean.vocab import Vocabulary, _latin_words

    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice("ab9'’- .é配") for _ in range(rng.randint(0, 14)))
        words = Counter(_latin_words(text))
        for piece in {*words, "a", "ab", "9", "a'b", "a-", "'a", "a b"}:
            assert Vocabulary(frozenset(), frozenset(), text)._latin_count(piece) == words[piece]
    text = "the " * 20 + "theme, bathe"  # found often: all the words are counted
    assert Vocabulary(frozenset(), frozenset(), text)._latin_count("the") == 20


def test_farm_labels_are_found_wherever_their_first_word_starts() -> None:
    """A label in a nested child, split over elements, or after punctuation still counts;
    a block whose first child starts with another word has no label."""
    links = (
        '<a href="http://www.one-peizi.test/">配资公司</a><a href="http://www.two-peizi.test/">炒股开户</a>'
    )
    for label in (
        "<h3><span> » Partner sites</span></h3>",
        "<h3>Part<b>ners</b></h3>",
        "<p><i></i>友情链接：</p>",
    ):
        page = parse_page(f"<html><body><div>{label}{links}</div></body></html>", CLEAN_URL)
        assert [f.where for f in page_link_farms(page, page.url)] == ["link_farm", "link_farm"], label
    for other in ("<h3><span>Popular sites</span></h3>", "<h3>Partnership news</h3>"):
        page = parse_page(f"<html><body><div>{other}{links}</div></body></html>", CLEAN_URL)
        assert page_link_farms(page, page.url) == [], other


def test_genuine_candidates_off_a_farm_are_the_confirmed_terms_only() -> None:
    from newscrawl.clean.evidence import PageEvidence
    from newscrawl.clean.spam import _genuine_candidates

    evidence = PageEvidence(CLEAN_URL)
    evidence.add("股票配资平台", "farm_link")  # strong: confirmed anywhere
    evidence.add("河西新闻", "meta_keywords")  # weak: confirmed on a farm only
    affixes = {"专栏": "专栏"}
    assert _genuine_candidates(evidence, affixes) == {"股票配资平台"}
    evidence.score = 0.9
    assert _genuine_candidates(evidence, affixes) == {"股票配资平台", "河西新闻", "专栏"}


def test_vocabulary_is_found_in_a_text_only_with_one_of_its_pieces() -> None:
    from newscrawl.clean.text import fold
    from newscrawl.clean.vocab import Vocabulary

    vocab = Vocabulary.build(["配资炒股", "free spins"], "")
    assert vocab.found_in(fold("今天，配资的人多了"))
    assert vocab.found_in(fold("FREE kick"))
    assert not vocab.found_in(fold("今天配，资金到位"))
    assert not vocab.found_in(fold("spin class"))
    assert vocab.found_in(fold("freedom"))  # a pre-check: a piece inside a word is enough


def test_fold_narrows_every_occurrence_of_each_full_width_character() -> None:
    from newscrawl.clean.text import fold

    assert fold("甲，乙，丙（丁）：ＡＢ　“Ｃ”—d") == '甲,乙,丙(丁):ab "c"-d'


def test_only_the_first_two_h1s_are_read() -> None:
    from newscrawl.clean.headline import h1_texts

    page = parse_page("<html><body><h1> One </h1><h1></h1><h1>Three</h1></body></html>")
    assert h1_texts(page) == ("One", "")


def test_farm_links_need_keyword_texts_and_front_doors_whatever_their_block() -> None:
    """In a labelled or hidden block, a sentence-long text or a deep target is no farm's link;
    internal links count only when hidden."""
    sentence = "Read how the city council voted on the new budget for schools, roads and parks this week."
    links = (
        f'<a href="http://www.one-site.test/">{sentence}</a><a href="http://www.two-site.test/">{sentence}</a>'
        '<a href="http://www.three-site.test/2024/05/story.html">casino bonus</a>'
        '<a href="http://www.four-site.test/2024/05/story.html">poker rooms</a>'
    )
    for block in (f"<div>Partners: {links}</div>", f'<div style="display:none">{links}</div>'):
        page = parse_page(f"<html><body>{block}</body></html>", CLEAN_URL)
        assert page_link_farms(page, page.url) == [], block
    own = '<a href="/">casino bonus</a><a href="/m/">poker rooms</a>'
    off = '<a href="http://www.one-site.test/">free spins</a><a href="http://www.two-site.test/">slots</a>'
    page = parse_page(f"<html><body><div>Partners: {own}{off}</div></body></html>", CLEAN_URL)
    assert [f.link.text for f in page_link_farms(page, page.url)] == ["free spins", "slots"]


def test_links_to_the_pages_own_site_are_farm_links_only_when_hidden() -> None:
    """Relative links (a path, ``#x``, ``?x``) lead to the page's own site: a labelled block of
    them is no farm, a hidden one is, on a home page as below the root."""
    own = '<a href="/">casino bonus</a><a href="#top">poker rooms</a><a href="?p=2">free spins</a>'
    other = '<a href="//www.one-site.test/">slots</a><a href="http://www.two-site.test/">bingo</a>'
    hidden = {  # an in-page link is as deep as the page: a front door on the home page only
        CLEAN_URL: ["casino bonus", "slots", "bingo"],
        "https://news.hexi-daily.test/": ["casino bonus", "poker rooms", "free spins", "slots", "bingo"],
    }
    for url, texts in hidden.items():
        page = parse_page(f"<html><body><div>Partners: {own}{other}</div></body></html>", url)
        assert [f.link.text for f in page_link_farms(page, page.url)] == ["slots", "bingo"], url
        page = parse_page(
            f'<html><body><div><p style="display:none">{own}{other}</p></div></body></html>', url
        )
        assert [f.link.text for f in page_link_farms(page, page.url)] == texts, url


def test_a_blank_link_names_the_site_only_on_its_home_page() -> None:
    """A blank ``href`` leads to the page itself: its site's root on the home page only
    (``#top`` there keeps its fragment); script links lead nowhere."""
    from newscrawl.clean.sitenames import site_names

    html = (
        '<html><body><a href="javascript:void(0)">Menu Button</a><a href="#top">Daily Courier</a>'
        '<a href=" ">Courier Home</a></body></html>'
    )
    assert site_names(parse_page(html, "https://www.courier.test/2024/a.html")) == []
    assert site_names(parse_page(html, "https://www.courier.test/")) == ["Courier Home"]


def test_home_links_below_the_root_are_not_the_logo() -> None:
    from newscrawl.clean.sitenames import site_names

    page = parse_page(
        '<html><body><a href="/news/">Latest News</a><a href="./">Daily Courier</a>'
        '<a href="https://www.courier.test/2024/story.html">Story Title</a></body></html>',
        "https://www.courier.test/2024/a.html",
    )
    assert site_names(page) == ["Daily Courier"]


# ---------------------------------------------------------------- hidden keyword dumps

_DUMP = " ".join(
    f"{brand}加盟"
    for brand in ["美丽", "青春", "草本", "花颜", "雪肌", "玉容", "凝脂", "水光", "清颜", "丝语"] * 4
)


def _page_with_hidden(hidden: str, headline: str, style: str = "display:none") -> Page:
    """An ordinary-looking page (no link farms, honest title) with one hidden block."""
    return parse_page(
        f"""<html><head><title>{headline}-某某传媒</title></head><body>
        <h2>{headline}</h2><div class="content"><p>正文第一段，七旬阿婆接到自称警官的来电。</p></div>
        <div style="{style}">{hidden}</div></body></html>""",
        CLEAN_URL,
    )


@pytest.mark.parametrize(
    "style", ["display:none", "position:absolute;left:-9999px", "height:0;overflow:hidden", "font-size:0"]
)
def test_bracketed_headline_keyword_listed_in_a_hidden_keyword_dump_is_cut(style: str) -> None:
    """A dump moved off-screen or shrunk to nothing is as hidden as one under display:none."""
    headline = "[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗"
    page = _page_with_hidden(f"{_DUMP} 诗婷露雅化妆品 名果记 {_DUMP}", headline, style)
    assert (
        clean_page(page, headline, [para("七旬阿婆接到自称警官的来电。")]).headline
        == "江门七旬阿婆接来电称其涉黑被骗"
    )


def test_bracketed_label_is_kept_when_no_dump_lists_it() -> None:
    headline = "【视频】江门七旬阿婆接来电称其涉黑被骗"
    menu = "\n".join(f"<li><a href='/c/{i}.html'>视频</a></li>" for i in range(40))
    for hidden in (f"<ul>{menu}</ul>", _DUMP):  # a hidden menu holds the label; a dump does not
        page = _page_with_hidden(hidden, headline)
        assert clean_page(page, headline, [para("七旬阿婆接到自称警官的来电。")]).headline == headline


def test_phrase_sizes_and_link_depths_match_their_general_rules() -> None:
    from newscrawl.clean.links import path_depth
    from newscrawl.clean.text import phrase_size, tokens, word_count

    # ASCII texts take a shorter path: the same tokens, in any case
    assert tokens("Top 10 Picks_of 2025") == ["top", "10", "picks_of", "2025"]
    assert [phrase_size(t) for t in ("Top 10 Picks_of 2025", "TOP-10", "配资 app 下载", "- | -", "")] == [
        4,
        2,
        5,
        0,
        0,
    ]
    assert word_count("Don’t stop 2 times") == 4
    # long or many-folder paths are deep; short ones are judged by the patterns
    assert [
        path_depth(p) for p in ("/", "/Portal.html", "/m/", "/news", "/news/2025/", "/a-long-story-title")
    ] == [
        "root",
        "root",
        "section",
        "section",
        "deep",
        "deep",
    ]


def test_a_text_longer_than_any_headline_is_not_split_into_affixes() -> None:
    from newscrawl.clean.headline import affix_candidates

    assert [a.text for a in affix_candidates("配资平台 | 某市地铁新线开通")] == [
        "配资平台",
        "某市地铁新线开通",
    ]
    swallowed = "配资平台 | 某市地铁新线开通 " + "正文 " * 600  # an unclosed <title> swallowing the page
    assert affix_candidates(swallowed) == []


def test_styled_elements_of_the_body_are_those_the_predicate_finds_in_document_order() -> None:
    """The attribute-axis XPath of the keyword-dump search selects what
    ``//body//*[@style or @hidden]`` does: body elements only, each once, in document order."""
    page = parse_page(
        '<html><head><style>p{}</style><meta name="x" content="y"></head><body>'
        '<div style="display:none" hidden><p id="a" style="x">a</p><!-- c --></div>'
        '<p id="b">b</p><span id="c" hidden>c<b id="d" style="">d</b></span></body></html>'
    )
    expected = page.tree.xpath("//body//*[@style or @hidden]")
    assert _STYLED(page.tree) == expected
    assert [e.get("id") or e.tag for e in expected] == ["div", "a", "c", "d"]


def test_a_hidden_dump_nested_in_a_hidden_block_is_read_once() -> None:
    dump = " ".join(f"品牌{i}加盟" for i in range(40)) + " 诗婷露雅化妆品"
    page = parse_page(f'<h1>新闻</h1><div hidden><div style="display:none">{dump}</div></div>')
    assert len(list(_dump_texts(page))) == 1
    assert stuffed_phrases(page, ["诗婷露雅化妆品", "品牌"]) == ["诗婷露雅化妆品"]


@pytest.mark.parametrize(
    "text",
    [
        "配资网_海螺沟寻子一个月",
        "配资网——海螺沟寻子一个月",
        "免息配资-手机炒股",  # a dash glued to CJK on both sides (the lookbehind alternative)
        "ABC-配资",  # a dash followed by a letter: the lookahead alternative
        "海螺沟寻子一个月\u3000配资",
        "free spins casino Storm knocks out power",
        "Storm: knocks | out » power > here · now",
        "nothing-to-split",
        "无分隔的中文标题",
        "",
    ],
)
def test_affix_separators_match_the_pattern_from_the_start(text: str) -> None:
    """The prefiltered search finds exactly the matches of AFFIX_SEPARATOR over the whole text."""
    from newscrawl.clean.text import AFFIX_SEPARATOR, affix_separators, first_affix_separator

    spans = [(m.span(), m.group()) for m in AFFIX_SEPARATOR.finditer(text)]
    assert [(m.span(), m.group()) for m in affix_separators(text)] == spans
    first = first_affix_separator(text)
    assert (first and (first.span(), first.group())) == (spans[0] if spans else None)


def test_separator_lookaheads_change_no_match() -> None:
    """The lookahead for a separator's first character only skips positions where none matches,
    and the separators with a mark are those matches that are not all spaces."""
    import random
    import re

    from newscrawl.clean import text as t

    bare = re.compile(t._SEPARATOR_ALTERNATIVES)
    title = re.compile(r"\s*(?:[|｜_]+|——|::|»)\s*|\s+[-–—:·•]\s+")
    listed = re.compile(r"\s*[,，;；|、]\s*")
    rng = random.Random(7)
    alphabet = " \u3000\t|｜_:：·•»>-–—aZ9配资.,，;；、"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        spans = [(m.span(), m.group()) for m in bare.finditer(text)]
        assert [(m.span(), m.group()) for m in t.AFFIX_SEPARATOR.finditer(text)] == spans
        found = t.AFFIX_SEPARATOR.search(text)
        assert (found and (found.span(), found.group())) == (spans[0] if spans else None)
        marked = [(m.span(), m.group()) for m in t.marked_separators(text)]
        assert marked == [s for s in spans if not s[1].isspace()]
        assert t.TITLE_SEPARATOR.split(text) == title.split(text)
        assert t.LIST_SEPARATOR.split(text) == listed.split(text)


def test_cjk_share_counts_non_space_characters() -> None:
    from newscrawl.clean.text import cjk_share

    assert cjk_share("配资 ab\u3000\xa0") == 0.5  # odd spaces are not counted
    assert cjk_share(" \u3000 ") == 0.0
    assert cjk_share("䷀配") == 0.5  # a hexagram symbol is not an ideograph


def test_units_split_latin_words_at_ideographs() -> None:
    from newscrawl.clean.vocab import units

    assert units("APP下载51炒股") == ["app", "51", "下载", "炒股"]


def test_fragment_links_count_as_farm_links_only_on_a_front_door() -> None:
    """``#top`` is the page itself: a (hidden) farm link on a site's front door, never on an article."""
    block = (
        '<div style="display:none"><a href="#top">free spins</a><a href="">poker</a>'
        '<a href="http://www.one-site.test/">casino bonus</a><a href="http://www.two-site.test/">slots</a></div>'
    )
    for url, own in (
        ("https://portal.test/", ["https://portal.test/#top"]),
        ("https://portal.test/news/a.html", []),
    ):
        page = parse_page(f"<html><body>{block}</body></html>", url)
        found = [f.link.url for f in page_link_farms(page, page.url)]
        assert [u for u in found if "portal.test" in u] == own, url
        assert len(found) == 2 + len(own), url


def test_protocol_relative_and_punctuated_links_are_sized_like_any_other() -> None:
    """``//host/`` is a front door and ``//host/wiki/File:A_(1)`` a deep page, whichever
    way their depth is found (the href alone or the resolved URL)."""
    deep = (
        '<a href="//www.one-site.test/wiki/File:A_(1)">casino bonus</a><a href="/a,b/c+d@e">poker rooms</a>'
    )
    doors = '<a href="//www.one-site.test/">free spins</a><a href="//www.two-site.test/m/">slots</a>'
    page = parse_page(f"<html><body><div>Partners: {deep}{doors}</div></body></html>", CLEAN_URL)
    found = [(f.link.url, f.link.text) for f in page_link_farms(page, page.url)]
    scheme = CLEAN_URL.split("//")[0]
    assert found == [
        (f"{scheme}//www.one-site.test/", "free spins"),
        (f"{scheme}//www.two-site.test/m/", "slots"),
    ]


def test_is_cjk_compares_the_same_ranges_the_token_patterns_match() -> None:
    # is_cjk spells CJK_RANGES out as comparisons for speed: the two must never drift apart.
    import re

    from newscrawl.clean.text import CJK_RANGES, is_cjk

    pattern = re.compile(f"[{CJK_RANGES}]")
    assert all(is_cjk(chr(cp)) == bool(pattern.match(chr(cp))) for cp in range(0x30000))


# ---------------------------------------------------------------- farms without metadata


def _bare_farm(h1: str, lists: str = "", tags: str = "") -> Page:
    """A farm page with no keywords meta and no link farm: its template carries no metadata."""
    return parse_page(
        f"<html><head><title>{h1} - Trend News Wire</title></head><body><h1>{h1}</h1>"
        f"<div class='content'><p>x</p></div><ul>{lists}</ul>{tags}</body></html>",
        "https://www.trend-news-wire.test/news/20250301/88.html",
    )


def test_a_headline_keyword_linked_off_the_page_inside_a_sentence_is_cut_without_metadata() -> None:
    headline = "十倍杠杆炒股 董某主持首秀状况百出"
    blocks = [
        para(
            "由于活动开放网络直播",
            ("十倍杠杆炒股", "http://www.wxpz-farm.test/", False),
            "，他数次道歉。",
        ),
        para("主办方表示活动圆满结束。"),
    ]
    result = clean_page(_bare_farm(headline), headline, blocks)
    assert result.headline == "董某主持首秀状况百出"
    assert texts(result) == ["由于活动开放网络直播，他数次道歉。", "主办方表示活动圆满结束。"]


def test_a_headline_keyword_left_after_a_paragraphs_last_sentence_is_cut_without_metadata() -> None:
    headline = "assignment help online - Tips for Online Success"
    blocks = [
        para("Have books or papers easily available. assignment help online"),
        para("Log on to your course often."),
    ]
    result = clean_page(_bare_farm(headline), headline, blocks)
    assert result.headline == "Tips for Online Success"
    assert texts(result)[0] == "Have books or papers easily available."


def test_a_column_label_the_site_links_to_its_own_column_page_stays() -> None:
    # A site's own link to its column page, or a link in a sentence that is no paragraph's tail,
    # is no farm's splice: the label glued to the headline stays.
    headline = "深度观察 河西新区地铁二号线开通"
    blocks = [
        para(
            "本报", ("深度观察", "https://www.trend-news-wire.test/column/deep/", False), "栏目今日关注地铁。"
        ),
        para("地铁二号线今日开通，全长十八公里。"),
    ]
    result = clean_page(_bare_farm(headline), headline, blocks)
    assert result.headline == headline
    assert texts(result) == [b.text for b in blocks]


def test_a_headline_keyword_the_farm_tags_its_page_with_counts_on_a_farm_page_only() -> None:
    headline = "write my paper cheap - Average Cost of Online College"
    tags = "<p>Tagged <a href='/tags/tag.html?t=write my paper cheap'>write my paper cheap</a></p>"
    hidden = (
        "<div style='display:none'><a href='http://a-farm.test/'>slots</a><a href='http://b-farm.test/'>bets</a>"
        "<a href='http://c-farm.test/'>essays</a></div>"
    )
    lists = prefixed_list(
        [
            ("paper writing help", "Ferry fares frozen for winter"),
            ("top betting sites", "Library adds Sunday hours"),
            ("paper writing help", "Bridge repairs start in May"),
            ("top betting sites", "Farmers market moves indoors"),
            ("cheap paper writers", "Harbour dredging wins funding"),
            ("best betting tips", "School bus routes change"),
            ("paper help online", "Orchard frost hits apples"),
            ("betting sites list", "Council budget vote delayed"),
        ],
        "n",
    )
    blocks = [para("Tuition for online classes averages $40,536 a year.")]
    farm = clean_page(_bare_farm(headline, lists, tags + hidden), headline, blocks)
    assert farm.headline == "Average Cost of Online College"
    clean = clean_page(_bare_farm(headline, tags=tags), headline, blocks)  # a tag alone proves nothing
    assert clean.headline == headline


def test_an_outlet_the_headline_names_and_a_sentence_links_to_is_no_keyword() -> None:
    # "据<a>新华社</a>报道": the sentence runs through the link, so it is the article's own,
    # though it leads to another site's home page and repeats the headline's label.
    headline = "新华社｜河西新区地铁二号线开通"
    blocks = [
        para(
            "据",
            ("新华社", "http://www.xinhua-news.test/", False),
            "报道，地铁二号线今日开通，全长十八公里。",
        ),
        para("沿线设站九座，换乘站三座。"),
    ]
    result = clean_page(_bare_farm(headline), headline, blocks)
    assert result.headline == headline
    assert texts(result) == [b.text for b in blocks]
