"""Article images: the real file behind lazy loading, one entry per picture whatever its sizes,
no chrome (icons, avatars, share buttons, related thumbnails), and the caption a reader sees."""

from __future__ import annotations

import lxml.html

from newscrawl.extract.article import extract
from newscrawl.extract.captions import caption_of
from newscrawl.extract.picturekeys import image_key
from newscrawl.extract.pictures import picture_url

_URL = "https://news.example/2025/05/night-buses.html"
_PROSE = "The council voted on Tuesday to extend the night bus service to the eastern suburbs. " * 3
_ZH = "市政府周二宣布，将把夜间公交服务延伸至东部郊区，预计下月起开通三条新线路，方便市民夜间出行。" * 2


def _images(body: str, head: str = "", url: str = _URL) -> list[tuple[str, str | None, str | None]]:
    html = (
        f"<html><head><title>Night buses</title>{head}</head><body><h1>Night buses</h1>"
        f"<article>{body}</article></body></html>"
    )
    return [(i.url, i.caption, i.alt) for i in extract(html.encode(), url=url).images]


def _story(*pictures: str) -> str:
    return "".join(f"<p>{_PROSE}</p>{picture}" for picture in pictures) + f"<p>{_PROSE}</p>"


def test_the_real_file_behind_a_lazy_loader_and_the_largest_of_a_srcset() -> None:
    images = _images(
        _story(
            '<img src="/img/blank.gif" data-src="/img/depot.jpg" alt="The depot">',
            '<img src="data:image/gif;base64,R0lGOD" data-lazy-src="/img/route.jpg">',
            '<img src="/img/map-300x200.jpg" '
            'srcset="/img/map-300x200.jpg 300w, /img/map-1200x800.jpg 1200w">',
        )
    )
    assert [url for url, _, _ in images] == [
        "https://news.example/img/depot.jpg",
        "https://news.example/img/route.jpg",
        "https://news.example/img/map-1200x800.jpg",
    ]
    assert images[0][2] == "The depot"  # alt text is kept as alt, never as the caption
    assert images[0][1] is None


def test_a_lazily_filled_picture_element_shows_its_source_not_the_loaders_stub() -> None:
    picture = (
        '<picture><source media="(max-width:480px)" data-srcset="/img/480-chart.png">'
        '<source type="image/webp" data-srcset="/img/chart.webp"><source data-srcset="/img/chart.png">'
        '<img src="/img/smallest-chart.webp" alt="Bar chart"></picture>'
    )
    assert _images(_story(picture)) == [("https://news.example/img/chart.png", None, "Bar chart")]
    filled = '<picture><source srcset="/img/chart.webp"><img src="/img/chart.png"></picture>'
    assert _images(_story(filled)) == [("https://news.example/img/chart.png", None, None)]


def test_a_placeholder_takes_its_file_and_alt_from_its_noscript_copy() -> None:
    blur = "data:image/jpeg;base64,/9j/4AAQ"
    lazy = (
        f'<figure><div><img src="{blur}" alt=""><noscript><img src="/img/depot.jpg" alt="The depot">'
        "</noscript></div><figcaption>The depot at dawn.</figcaption></figure>"
    )
    assert _images(_story(lazy)) == [
        ("https://news.example/img/depot.jpg", "The depot at dawn.", "The depot")
    ]
    shown = '<img src="/img/route.jpg"><noscript><img src="/img/other.jpg"></noscript>'  # no placeholder
    assert [url for url, _, _ in _images(_story(shown))] == ["https://news.example/img/route.jpg"]


def test_a_picture_in_a_lightbox_button_is_shown_a_carousels_switcher_is_not() -> None:
    zoom = (
        '<div class="imageBlock"><button class="ButtonOpen" aria-haspopup="true">'
        '<img src="/img/map.png"></button><div class="imageBlock_caption"><p>The route map</p></div></div>'
    )
    switcher = '<button aria-label="Slide 1"><img src="/img/bus_XS.jpg" alt="Button for slide 1"></button>'
    assert _images(_story(zoom, switcher)) == [("https://news.example/img/map.png", "The route map", None)]


def test_a_wikis_thumbnail_and_its_original_are_one_picture() -> None:
    original = "https://wiki.example/images/0/0b/Depot.png"
    thumb = "https://wiki.example/images/thumb/0/0b/Depot.png/220px-Depot.png"
    head = f'<meta property="og:image" content="{original}">'
    assert _images(_story(f'<img src="{thumb}" alt="Depot">'), head) == [(original, None, "Depot")]


def test_icons_avatars_pixels_formulas_and_drawn_badges_are_no_pictures() -> None:
    images = _images(
        _story(
            '<img src="/img/depot.jpg" width="800" height="450">',
            '<img src="https://secure.gravatar.com/avatar/ab12?s=96">',
            '<img src="/img/smile.png" class="wp-smiley emoji">',
            '<img src="/img/pixel.png" width="1" height="1">',
            '<img src="/img/rule.gif" width="114" height="12">',
            '<img src="/img/divider.jpg" width="612" height="22">',
            '<img src="/img/rule.png" data-width="1200" data-height="24">',  # a lazy loader's sizes
            '<img src="/common/icons/spin.gif">',  # the loader's spinner
            '<img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif">',
            '<img src="https://cdn.news.example/authors/MWQyHwiFAPoo.jpg">',  # a writer's portrait
            '<img src="/uploads/advertiser/4da7c419/sponsor-banner.png">',  # an advertiser's
            '<img src="/images/btn_email.gif">',
            '<img src="/img/back-to-list.jpg" width="260" height="35">',
            '<img src="/img/share.png" width="32" height="32">',
            '<img src="/math/render/svg/28a0" alt="{\\displaystyle A^{H}}">',
            '<img src="/img/editors-pick.svg">',
            '<img src="/img/acme-logo.png">',
            '<img src="/img/lock.png" style="width: 16px; height: 20px; vertical-align: middle">',
            '<img src="https://track.example/ck" style="height:0px; width:0px; display: none">',
            '<img src="/paywall/showcase.gif">',  # the subscription offer's
            '<a href="/signup/"><img src="/img/Meditation-CTA-1.webp" width="601" height="261"></a>',
        )
    )
    assert [url for url, _, _ in images] == ["https://news.example/img/depot.jpg"]


def test_a_call_to_action_name_alone_or_unlinked_keeps_the_picture() -> None:
    pictures = (
        '<a href="/img/cta-train-2.jpg"><img src="/img/cta-train.jpg"></a>',  # opens its full size
        '<img src="/img/cta-platform.jpg">',  # a transit authority's initials, no offer
    )
    assert [url for url, _, _ in _images(_story(*pictures))] == [
        "https://news.example/img/cta-train.jpg",
        "https://news.example/img/cta-platform.jpg",
    ]


def test_a_long_file_name_describes_its_picture_whatever_logo_word_it_holds() -> None:
    images = _images(
        _story(
            '<img src="/up/acme-logo-white@2x.png">',
            '<img src="/up/rebrand_old-and-new-logo_side-by-side_2025.jpg">',
            '<img src="/up/new-night-bus-route-map-for-sharing-fb.jpg">',
        ),
        head='<meta property="og:image" content="/up/feature-image_night-buses_no-logo_v2.png">',
    )
    assert [url.rsplit("/", 1)[-1] for url, _, _ in images] == [
        "feature-image_night-buses_no-logo_v2.png",
        "rebrand_old-and-new-logo_side-by-side_2025.jpg",
        "new-night-bus-route-map-for-sharing-fb.jpg",
    ]


def test_pictures_in_parts_the_body_leaves_out_are_not_the_articles() -> None:
    story = _story(
        '<figure><img src="/img/depot.jpg"><figcaption>The depot at night</figcaption></figure>',
        '<div class="author-box"><img src="/img/jane.jpg"><p>Jane Doe covers transport.</p></div>',
        '<div class="related-posts"><a href="/2025/04/trams.html">'
        '<img src="/img/trams.jpg">Trams return</a></div>',
        '<div class="share-bar"><a href="#"><img src="/img/fb.png"></a></div>',
        '<div class="widget-testimonial"><div class="testimonial-image"><img src="/img/rider.jpg"></div>'
        "<cite>Ann, a night-shift nurse</cite><p>The bus gets me home safely.</p></div>",
        '<p><a rel="license" href="https://licences.example/by/4.0/"><img src="/img/by-4.png"></a></p>',
    )
    assert [url for url, _, _ in _images(story)] == ["https://news.example/img/depot.jpg"]


def test_a_card_linking_another_page_of_the_site_under_a_title_the_body_leaves_out_is_a_teaser() -> None:
    cards = "".join(
        f'<div class="card"><a href="/2025/0{n}/{slug}.html"><img src="/img/{slug}.jpg"></a>'
        f'<h3><a href="/2025/0{n}/{slug}.html">{title}</a></h3></div>'
        for n, slug, title in (
            (3, "trams", "Trams return to the high street"),
            (4, "fares", "What the new fares cost"),
        )
    )
    story = _story(
        '<figure><img src="/img/depot.jpg"><figcaption>The depot at night</figcaption></figure>',
        f'<div class="grid">{cards}</div>',  # unnamed: the body search keeps the box, its text is cut
        # A guide's pick: its title is in the body's text, so the card is the article's own.
        '<p><a href="/2025/02/night-owl-pass.html"><img src="/img/pass.jpg"></a>'
        "Our pick: the Night Owl Pass, valid on every night route.</p>",
        '<p><a href="/2025/02/night-owl-pass.html">The Night Owl Pass</a> costs less than four fares.</p>',
        # A shop's card (another site) and a picture linked to its full size keep their pictures.
        '<div><a href="https://shop.example/lamp"><img src="/img/lamp.jpg"></a>'
        '<a href="https://shop.example/lamp">Bike lamp for night rides</a></div>',
        '<a href="/img/big/stop.jpg"><img src="/img/stop.jpg"></a>',
    )
    urls = [url.rsplit("/", 1)[-1] for url, _, _ in _images(story)]
    assert urls == ["depot.jpg", "pass.jpg", "lamp.jpg", "stop.jpg"]
    # Without a page address the site is unknown: no card is told as another page's.
    html = f"<html><body><h1>Night buses</h1><article>{story}</article></body></html>".encode()
    assert "trams.jpg" in [i.url.rsplit("/", 1)[-1] for i in extract(html).images]


def test_a_picture_linked_to_the_page_itself_is_no_teaser_whatever_query_the_page_was_fetched_with() -> None:
    own = "/2025/05/night-buses.html"
    card = f'<a href="{own}"><img src="/img/bus.jpg"></a><a href="{own}">Night buses reach the suburbs</a>'
    story = _story(f"<div>{card}</div>")
    for url in (_URL, _URL + "?utm_source=tw", _URL + "#comments"):
        assert [u.rsplit("/", 1)[-1] for u, _, _ in _images(story, url=url)] == ["bus.jpg"], url


def test_a_link_that_runs_a_script_holds_a_buttons_icon_unless_it_opens_the_picture() -> None:
    story = _story(
        '<p>分享到：<a href="#" id="share_wb"><img src="/img/share/wb.gif" alt="分享到微博"></a>'
        '<a href="javascript:addBookmark();"><img src="/img/func_mark.gif"></a></p>',
        '<a href="javascript:void(0)" class="zoom"><img src="/img/harbour.jpg"></a>',
        '<a href="#" onclick="openLightbox(2)"><img src="/img/quay.jpg"></a>',
        '<img src="/img/cat.jpg" onclick="click_img(1)">',  # a blog's own enlarge script
    )
    assert [url.rsplit("/", 1)[-1] for url, _, _ in _images(story)] == ["harbour.jpg", "quay.jpg", "cat.jpg"]


def test_one_picture_in_several_sizes_is_one_image_captioned_where_it_is_shown() -> None:
    head = '<meta property="og:image" content="https://cdn.news.example/img/depot.jpg?w=1200">'
    hero = (
        '<figure class="hero"><img src="https://i0.wp.com/news.example/img/depot-1024x576.jpg?ssl=1" '
        'alt="Buses in the depot"><figcaption>Buses wait in the depot. (Photo: J. Doe)</figcaption></figure>'
    )
    html = (
        f"<html><head><title>Night buses</title>{head}</head><body><h1>Night buses</h1>{hero}"
        f"<article>{_story('<img src=/img/depot-300x169.jpg>', '<img src=/img/route.jpg>')}</article>"
        "</body></html>"
    )
    images = [(i.url, i.caption, i.alt) for i in extract(html.encode(), url=_URL).images]
    assert images == [
        (
            "https://cdn.news.example/img/depot.jpg?w=1200",
            "Buses wait in the depot. (Photo: J. Doe)",
            "Buses in the depot",
        ),
        ("https://news.example/img/route.jpg", None, None),
    ]


def test_the_lead_shown_under_another_name_is_one_image_the_shown_copy() -> None:
    for lead, shown in (
        ("/php/news/images/news_pic/200871_18.jpg", "/images/news_pic/200871_18.jpg"),  # another mount
        ("/newspic/1844/s1844688.jpg", "/newspic/1844/i1844688.jpg"),  # another rendition's letter
    ):
        head = f'<meta property="og:image" content="https://news.example{lead}">'
        story = _story(
            f'<figure><img src="{shown}"><figcaption>The depot</figcaption></figure>',
            '<img src="/newspic/1844/1844688_2.jpg">',  # the next picture of the story: its own
            '<img data-src=\'{"default":{"src":"/img/x.jpg?w=73"}}\' src=\'/img/route.jpg\'>',  # JSON
        )
        images = _images(story, head)
        assert images[0] == (f"https://news.example{shown}", "The depot", None)
        assert [url.rsplit("/", 1)[-1] for url, _, _ in images[1:]] == ["1844688_2.jpg", "route.jpg"]


def test_a_picture_drawn_for_this_page_is_no_picture_of_the_article() -> None:
    qr = f'<img src="/qrcode/index.php?text={_URL.replace(":", "%3A").replace("/", "%2F")}">'
    other = '<img src="/qrcode/index.php?text=https%3A%2F%2Fnews.example%2F2025%2F05%2Ftrams.html">'
    images = _images(_story('<img src="/img/depot.jpg">', qr, other))
    assert [url.endswith(("depot.jpg", "trams.html")) for url, _, _ in images] == [True, True]
    canonical = f'<link rel="canonical" href="{_URL}">'  # a saved page: its address from its markup
    body = f"<h1>Night buses</h1><article>{_story(qr)}</article>"
    assert extract(f"<html><head>{canonical}</head><body>{body}</body></html>".encode()).images == []


def test_a_site_wide_card_is_no_lead_image() -> None:
    for card in ("/static/site-logo.png", "/static/default-share.jpg", "/twitter/subscribe-card.jpg"):
        head = f'<meta property="og:image" content="https://news.example{card}">'
        assert _images(_story(), head) == []


def test_a_share_cards_name_tells_the_sites_card_from_the_articles() -> None:
    for card in ("/uploads/og_image.png", "/files/Facebook%20Link%20Photo.png"):  # nothing but card words
        head = f'<meta property="og:image" content="https://news.example{card}">'
        assert _images(_story(), head) == []
    for own in ("/uploads/og_image_night_bus_routes.jpg", "/uploads/Night-Buses-Social-Share.png"):
        head = f'<meta property="og:image" content="https://news.example{own}">'
        assert _images(_story(), head) == [(f"https://news.example{own}", None, None)]


def test_a_thumbor_lead_and_its_shown_copy_are_one_picture() -> None:
    lead = "https://news.example/thmb/hpjEHBpVrA5FWG6beNjLdnkyDL8=/1500x0/filters:no_upscale()/bus.jpg"
    shown = "https://news.example/thmb/gVszoGBuWBrWopoa4vQ7S7ZCsB0=/750x0/filters:no_upscale()/bus.jpg"
    figure = f'<figure><img src="{shown}" alt="A night bus"><figcaption>Route N1.</figcaption></figure>'
    head = f'<meta property="og:image" content="{lead}">'
    assert _images(_story(figure), head) == [(lead, "Route N1.", "A night bus")]


def test_captions_a_reader_sees_beside_the_picture() -> None:
    images = _images(
        _story(
            '<div class="wp-caption"><a href="/img/a.jpg"><img src="/img/a.jpg"></a>'
            '<p class="wp-caption-text">The first night bus leaves at 23:40.</p></div>',
            '<p><img src="/img/b.png" width="900" height="900"><br><i>The new route map.</i></p>',
            '<div class="media"><div><img src="/img/c.jpg"></div>'
            '<span class="RightText">Getty Images / J. Roe</span></div>',
            '<figure><picture><img src="/img/d.jpg"></picture><figcaption><span>Drivers at the depot.</span>'
            "<span>Jane Roe / AFP</span></figcaption></figure>",
        )
    )
    assert [caption for _, caption, _ in images] == [
        "The first night bus leaves at 23:40.",
        "The new route map.",
        "Getty Images / J. Roe",
        "Drivers at the depot. Jane Roe / AFP",
    ]


def test_a_box_named_as_the_caption_beats_a_label_beside_the_picture() -> None:
    images = _images(
        _story(
            '<div class="photo"><div class="photo__frame"><img src="/img/a.jpg">'
            '<span class="print-note">Scroll down to load every image before printing.</span></div>'
            '<div class="photo__caption"><p>The depot in 1931. <a href="/x">Source</a>.</p></div></div>',
            '<div class="photo"><div class="photo__frame"><img src="/img/b.jpg">'
            "<span>The depot today.</span></div>"
            '<div class="photo__credit">J. Roe</div></div>',  # a credit box: the label stays the caption
        )
    )
    assert [caption for _, caption, _ in images] == ["The depot in 1931. Source.", "The depot today."]


def test_a_box_with_a_heading_is_no_caption_of_its_picture() -> None:
    images = _images(
        _story(
            '<div class="card"><img src="/img/route-9.jpg"><h3>Route 9</h3><p>Every 20 minutes.</p></div>',
            '<div class="cover"><img src="/img/night.jpg"><div><h2>After midnight</h2><p>By Jane Roe</p>'
            "</div></div>",
        )
    )
    assert [caption for _, caption, _ in images] == [None, None]


def test_no_caption_from_running_text_or_a_neighbours_box() -> None:
    inline = f'<p><img src="/img/a.jpg" style="float:left">{_PROSE}</p>'
    row = (
        '<table><tr><td><a href="/w/a"><img src="/img/auckland.jpg"></a><br><a href="/w/a">Auckland</a></td>'
        '<td><a href="/w/w"><img src="/img/wellington.jpg"></a><br><a href="/w/w">Wellington</a></td>'
        "</tr></table>"
    )
    images = _images(_story(inline, row))
    assert [caption for _, caption, _ in images][:1] == [None]
    assert "Wellington" not in (images[1][1] or "")


def test_chinese_captions_under_the_picture() -> None:
    body = (
        f"<div class='content'><p>{_ZH}</p>"
        '<p style="text-align:center"><img src="/a.jpg"></p>'
        '<p style="text-align:center">总装测试团队正在检查</p>'
        f"<p>{_ZH}</p>"
        '<div style="text-align:center"><img src="/b.jpg" width="500" height="281"></div>'
        "▲广州日报记者黎旭阳摄<br>"
        f"{_ZH}<br><p>{_ZH}</p></div>"
    )
    images = _images(body, url="https://news.example.cn/a/1.html")
    assert [(url.rsplit("/", 1)[-1], caption) for url, caption, _ in images] == [
        ("a.jpg", "总装测试团队正在检查"),
        ("b.jpg", "▲广州日报记者黎旭阳摄"),
    ]


def test_the_line_a_break_starts_under_a_picture_may_be_its_caption() -> None:
    story = f"<p>{_ZH * 3}</p><p>{_ZH * 3}</p>"  # the article goes on in the same box: no short box
    body = f'<div class="content"><img src="/a.jpg"><br>市长在现场视察。(资料图){story}</div>'
    assert _images(body, url="https://news.example.cn/a/1.html")[0][1] == "市长在现场视察。(资料图)"


def test_a_line_that_calls_the_picture_a_screenshot_is_its_caption() -> None:
    shot = "英国《泰晤士报》网站题为《蓬勃发展的城市再次充满欢声笑语》的报道截图。"
    body = f'<div class="content"><p>{_ZH}</p><p><img src="/a.jpg"></p><p>{shot}</p><p>{_ZH}</p></div>'
    assert _images(body, url="https://news.example.cn/a/1.html")[0][1] == shot


def test_a_short_line_under_a_picture_that_stands_alone_is_its_caption() -> None:
    body = (
        f"<div class='content'><p>{_ZH}</p>"
        f'<img src="/a.jpg"><p>搜救现场。</p><p>{_ZH}</p>'  # one short clause, the story goes on below
        f'<p><img src="/b.jpg"></p><p>（点击看清晰大图）</p><p>{_ZH}</p>'  # a note in brackets
        f'<p><img src="/c.jpg"></p><p>道路施工会给大家的出行带来不便，</p><p>{_ZH}</p>'  # goes on
        '<p><img src="/d.jpg"></p><p>为什么说此次施工</p><p>对市民出行影响最大?</p>'  # a line to a paragraph
        f'<p><img src="/e.jpg"></p><p>这也能看出市民的态度。</p><p>{_ZH}</p>'  # the story, pointing back
        f"<p>{_ZH}</p></div>"
    )
    images = _images(body, url="https://news.example.cn/a/1.html")
    assert [caption for _, caption, _ in images] == ["搜救现场。", None, None, None, None]
    chart = '<p style="text-align:center"><img src="/img/chart.png"></p><p>Source: City Transit Board</p>'
    assert _images(_story(chart))[0][1] == "Source: City Transit Board"
    figures = (
        '<p><img src="/img/rig.jpg"></p><p><strong>FIGURE 2.</strong> The test rig.</p>'
        f'<p><img src="/img/motor.jpg"></p><p>Figure 3 shows the motor. {_PROSE}</p>'  # the story
        '<p><img src="/img/gear.jpg"></p><p>Figure 4 shows the gear.</p>'  # a short sentence of it
    )
    captions = [caption for _, caption, _ in _images(_story(figures))]
    assert captions == ["FIGURE 2. The test rig.", None, None]
    styled = (
        '<p style="font-size: 10px; font-style: italic; text-align: center"><span class="lazy">'
        '<img src="/img/bus.jpg"></span>The N1 at the depot. Photo by: Jo Lee.</p>'
        '<p><span><img src="/img/tram.jpg"></span>The tram runs on past the depot tonight.</p>'
    )
    assert [caption for _, caption, _ in _images(_story(styled))] == [
        "The N1 at the depot. Photo by: Jo Lee.",
        None,
    ]


def test_picture_boxes_between_the_paragraphs_of_a_split_body() -> None:
    paragraphs = [f"<p>{_PROSE} ({n})</p>" for n in range(6)]
    thumb = (
        '<div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:Lake.jpg" class="image">'
        '<img src="//upload.example/thumb/a/ab/Lake.jpg/220px-Lake.jpg" width="220" height="147"></a>'
        '<div class="thumbcaption">Lake Gunn in autumn</div></div></div>'
    )
    body = "".join(paragraphs[:3]) + thumb + "".join(paragraphs[3:])
    html = f"<html><body><h1>Lakes</h1><div id='content'>{body}</div></body></html>"
    images = [
        (i.url, i.caption) for i in extract(html.encode(), url="https://wiki.example/wiki/Lakes").images
    ]
    assert images == [("https://upload.example/thumb/a/ab/Lake.jpg/220px-Lake.jpg", "Lake Gunn in autumn")]


def test_what_names_one_picture() -> None:
    assert image_key("/wp/2025/01/Dam-300x200.jpg") == image_key(
        "https://cdn.example/wp/2025/01/dam.jpg?w=64"
    )
    assert image_key("/w/thumb/a/ab/Lake.jpg/220px-Lake.jpg") == image_key(
        "/w/thumb/a/ab/Lake.jpg/1200px-Lake.jpg"
    )
    assert image_key("/img/dam.jpg") != image_key("/img/dam-wall.jpg")
    assert image_key("/2024/a/photo.jpg") != image_key("/2025/b/photo.jpg")  # a folder of its own


def test_picture_url_and_caption_of_read_an_element_alone() -> None:
    box = lxml.html.fragment_fromstring(
        '<div><figure><img data-srcset="/a-600.jpg 600w, /a-1600.jpg 1600w" src="/lazy.gif">'
        "<figcaption> Flooded   road </figcaption></figure></div>"
    )
    img = box.find(".//img")
    assert picture_url(img, "https://x.example/n/1") == "https://x.example/a-1600.jpg"
    assert caption_of(img, {box}) == "Flooded road"


def test_behind_a_placeholder_the_picture_is_the_file_its_link_opens() -> None:
    blank = (
        "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%2F%3E"
    )
    images = _images(
        _story(
            f'<figure><div><a href="/photos/depot_XXXL.jpg"><img src="{blank}" class="lazy"></a></div>'
            "<figcaption>The depot</figcaption></figure>",
            f'<a href="/2025/04/trams.html"><img src="{blank}" class="lazy"></a>',  # a link to a page: none
        )
    )
    assert images == [("https://news.example/photos/depot_XXXL.jpg", "The depot", None)]
    lazy = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
    links = [f'<a href="/photos/{n}.jpg"><img src="{lazy}" class="lazy"></a>' for n in ("route", "map")]
    assert [url.rsplit("/", 1)[-1] for url, _, _ in _images(_story(*links))] == ["route.jpg", "map.jpg"]


def test_other_lazy_loaders_and_srcsets_with_commas_in_their_urls() -> None:
    images = _images(
        _story(
            '<img src="data:image/svg+xml,%3Csvg%3E" nitro-lazy-src="/img/plot.png" width="700">',
            '<img srcset="data:image/svg+xml,%3Csvg%20width=%27426%27%3E" data-src="/img/stall.jpg">',
            '<img srcset="/img/shoe.jpg?crop=0.6xw:1xh;0.2xw,0&resize=480:* 480w, '
            '/img/shoe.jpg?crop=0.6xw:1xh;0.2xw,0&resize=980:* 980w">',
        )
    )
    assert [url for url, _, _ in images] == [
        "https://news.example/img/plot.png",
        "https://news.example/img/stall.jpg",
        "https://news.example/img/shoe.jpg?crop=0.6xw:1xh;0.2xw,0&resize=980:*",
    ]


def test_a_lightbox_link_and_a_figure_set_aside_keep_their_pictures() -> None:
    images = _images(
        _story(
            '<a class="js-popup" href="/img/big/depot.jpg"><img src="/img/depot.jpg"></a>',
            '<aside class="side"><figure><img src="/img/treaty.jpg"><figcaption>The treaty, 1840</figcaption>'
            "</figure></aside>",
            '<img src="/uploads/2020/robot-still-14-08-2020fb.jpg">',  # "fb" inside a word, no icon
            '<img src="/uploads/2025/09/jane-roe-headshot.jpg">',
        )
    )
    assert [url.rsplit("/", 1)[-1] for url, _, _ in images] == [
        "depot.jpg",
        "treaty.jpg",
        "robot-still-14-08-2020fb.jpg",
    ]
    assert images[1][1] == "The treaty, 1840"


def test_sizes_a_resizer_or_a_cms_writes_into_the_path() -> None:
    assert image_key("/files/styles/large/public/a.jpg") == image_key("/files/styles/wide/public/a.jpg")
    assert image_key("/rf/image_400w/2015/a.jpg") == image_key("/rf/image_1484w/2015/a.jpg")
    assert image_key("/image/upload/t_fit-760w,f_auto/x/a.jpg") == image_key("/image/upload/t_og/x/a.jpg")
    assert image_key("https://i0.wp.com/site.example/up/a.jpg") == image_key("/up/a-1024x576.jpg")
    # renditions kept in folders under the original's own name: "a.jpg/<signature>/a.jpg"
    assert image_key("/img/blog/a.jpg/84c85f28/a.jpg") == image_key("/img/blog/a.jpg/5982b1ad/a.jpg")
    assert image_key("/img/blog/a.jpg/84c85f28/a.jpg") != image_key("/img/blog/b.jpg/84c85f28/b.jpg")


def test_pictures_a_resizing_proxy_serves_are_told_apart_by_the_original_they_name() -> None:
    images = _images(
        _story(
            '<img src="/_next/image?url=%2Fimg%2Fdepot.jpg&w=640&q=75" alt="Depot">',
            '<img src="/_next/image?url=%2Fimg%2Froute.jpg&w=640&q=75" alt="Route">',
            '<img src="/_next/image?url=%2Fimg%2Fdepot.jpg&w=1920&q=75" alt="Depot">',  # a size again
            '<img src="/photo.php?id=7&width=300" alt="Driver">',
            '<img src="/photo.php?id=8&width=300" alt="Bus">',
        )
    )
    assert [alt for _, _, alt in images] == ["Depot", "Route", "Driver", "Bus"]
    # the original's URL written into a proxy's path, behind a signature that differs per size
    assert image_key(
        "https://proxy.example/res/1.2/AbC--/w=800/https://media.example/news/a.jpg"
    ) == image_key("https://proxy.example/res/1.2/XyZ--/w=300/https://media.example/news/a.jpg")
    assert image_key("/photo.php?id=7") != image_key("/photo.php?id=8")


def test_an_amp_pages_pictures() -> None:
    images = _images(_story('<amp-img src="/img/depot.jpg" width="1200" height="675" alt="Depot"></amp-img>'))
    assert images == [("https://news.example/img/depot.jpg", None, "Depot")]


def test_a_malformed_picture_url_is_no_error_even_without_a_page_url() -> None:
    html = f"<html><body><h1>Night buses</h1><p>{_PROSE}</p><img src='http://[x/b.jpg'></body></html>"
    assert [i.url for i in extract(html.encode()).images] == ["http://[x/b.jpg"]
