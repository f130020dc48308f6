"""The short lines a page's furniture leaves in the body: counters, picture credits and captions,
share and promo prompts, editor and credit lines, original-title notes, related-list stamps.
Each is a predicate over one line; :mod:`newscrawl.clean.boilerplate` orders them.
"""

from __future__ import annotations

import re

_COUNTER = re.compile(
    r"^(?:(?:点击(?:次数|数|量)?|阅读(?:量|数|次数)?|浏览(?:量|次数)?|人气|热度|"
    r"views?|reads?|hits?)\s*[:：]?\s*"
    r"\d[\d,]*\s*(?:次|人|views?|reads?)?|\d[\d,]*(?:\.\d+[km])?\s*(?:次阅读|人阅读|次浏览|views|reads|hits|shares)|"
    # a blog's visit counter: "(Visited 1,902 times, 364 visits today)"
    r"\(?visited \d[\d,]* times?(?:, \d[\d,]* visits? today)?\)?)$",
    re.I,
)
_PICTURE = re.compile(
    r"^[（(]?\s*(?:图片来源|图片来自|图片提供|图源|图片|图|摄影|摄|photo(?:graph)?s?|images?|pictures?|credits?|"
    r"photo credit|image credit|image source)\s*(?:来源|credit|by)?\s*[:：/|]\s*\S.{0,48}$",
    re.I,
)
_SHARE = re.compile(
    r"^(?:举报|分享到|分享至|打印|收藏|纠错|返回顶部|扫一扫)(?:[\s:：]|$)|^(?:分享|举报)$|"
    r"^(?:share(?: this)?(?: article| story| post| page| on)?|tweet(?: this)?|email(?: this)?(?: article)?|"
    r"print(?: this)?(?: article| page)?)\s*[:：]?\s*(?:(?:facebook|twitter|x|linkedin|email|whatsapp|reddit|"
    r"pinterest|telegram|copy link|print)[\s,|/·]*)*$",
    re.I,
)
_EDITOR = re.compile(
    r"^[（(\[【]?\s*(?:(?:责任编辑|责编|编辑|校对|审核|审校|监制|主编|值班编辑|编审)\s*[:：丨|\s]|"
    r"(?:edited by|copy[- ]?edited by)\s|(?:editor|editing|edited by)\s*:)\s*"
    r"(?P<name>[^。.!?！？]{1,24}?)\s*[)）\]】]?$",
    re.I,
)
# Lines under a picture that the CMS sets as plain paragraphs (``<figcaption>`` is never
# rendered): a caption label (``图为…``, ``▲…``, the arrow points at the picture above) or
# a closing picture credit (``…（刘通摄）``, ``小花母亲供图``, ``郭德纲(资料图)``). ``拍摄``
# and the like end prose about filming, not a credit.
_CAPTION = re.compile(
    r"^\s*[▲△]|"
    r"^[（(【\[]?\s*(?:图为|圖為|(?:图注|圖注|图说|圖說|图片说明|圖片說明|资料图|資料圖|图表|圖表|题图|題圖|上图|下图)\s*[:：])|"
    r"(?<![拍航偷跟抓])(?:摄|攝|摄影|攝影|供图|供圖|资料图|資料圖|资料图片|資料圖片|配图|配圖)\s*[)）]?$"
)
_MAX_CAPTION = 80
# The site's own calls to action dropped into the text: follow us by QR code or account,
# reply with a keyword, get the app, and the video player's fallback text (the Latin-script
# ones are newscrawl.clean.cta's). Each needs the imperative shape (``扫描下方二维码``,
# ``请下载``), so a story *about* QR codes or apps stays.
_PROMO = re.compile(
    r"(?:下方|上方|下面|上面|文末|底部|图中|圖中|长按|長按)\S{0,8}(?:二维码|二維碼)|"
    r"(?:二维码|二維碼|扫码|掃碼)\S{0,6}(?:关注|關注|下载|下載|进群|加入|订阅|訂閱)|"
    r"(?:^|[，。！,!\s]|请|請|欢迎|歡迎)(?:关注|關注)\S{0,20}(?:微信|公众号|公眾號|头条号|頭條號|百家号|订阅号|訂閱號)|"
    r"^\d*[、.]?\s*回复\s*[【“\"「]|"
    r"(?:请|請|欢迎|歡迎|快来|立即|点击|點擊)\s*下[载載]|下[载載]\S{0,12}(?:APP|客户端|客戶端)\S{0,10}(?:福利|阅读|閱讀|更多)|"
    r"随时随地.{0,6}(?:看|读)新闻|"
    r"^(?:您的)?浏览器.{0,10}(?:不支持|无法播放)|^自动播放\s|^\W?正在加载|"
    r"点个?\s*[“【\"]?在看|菜单栏|(?:点击|戳)\s*[“【\"]?阅读原文",
    re.I,
)
# Prompts that are a line by themselves: sign in or open the app to read on, click for the
# comments or the big picture. Matched at the line's start only (one try, not one per
# character as _PROMO's search), without ``re.I`` (``APP|App|app`` spelled out).
_PROMO_LINE = re.compile(
    r"(?:已有|已经有|已經有|没有|沒有|还没有|還沒有)(?:帐号|账号|帳號|賬號)[?？,，\s]*(?:马上|立即|立刻|请|請)?"
    r"(?:登录|登錄|注册|註冊)|"
    r"(?:请|請)?先?(?:登录|登錄)(?:后|後)(?:才能|即可|可以|可)?(?:查看|阅读|閱讀|评论|評論|发表|發表|参与|參與|继续|繼續)|"
    r"(?:点击|點擊)?(?:阅读|閱讀|查看|展开|展開)(?:全文|原文)|"
    r"(?:请|請|点击|點擊)?(?:打开|打開)\S{0,8}(?:APP|App|app|客户端|客戶端)\S{0,6}(?:阅读|閱讀|查看|观看|觀看)|"
    r"[（(]?(?:点击|點擊)(?:查看|看|进入|進入)?(?:评论|評論|清晰大图|大图|大圖|高清大图|图集|圖集)[)）]?$"
)
# The comment link that ends a comment counter (``已有_COUNT_位用户评论 点击查看评论``).
_PROMO_ENDS = ("点击查看评论", "點擊查看評論", "点击看评论", "點擊看評論")
_MAX_PROMO = 120
# Credits other than the byline: a parenthesised editor or writer at the end
# (``(陈巍 编辑)``), a contributor note, a ``责任编辑`` line with the tags after it, a
# reporting or translating credit (``采写：南都记者 余毅菁``).
_CREDIT = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff·]{2,4}\s*(?:编辑|編輯|撰稿|整理)\s*[)）]$|"
    r"^[（(][^（()）]{2,30}(?:亦有贡献|亦有貢獻)[)）]$|"
    r"^[\[【(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]|"
    r"^(?:采写|採寫|编译|編譯|文字|图文|圖文)\s*[:：丨|/／]"
)
_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*(?:本文)?原(?:标)?题\s*[:：]")
_RELATED_COUNTER = re.compile(
    r"(?:^|\s)\d+\s*(?:小时前|分钟前|天前|hours? ago|minutes? ago|days? ago)(?:\s|$)|"
    r"^\d+\s+\d{2}-\d{2} \d{2}:\d{2}\b",
    re.I,
)
MAX_LABEL_LINE = 60
MAX_SHORT_LINE = 120


def is_counter(text: str) -> bool:
    """A view or share counter (``点击次数:85``, ``阅读 1234``, ``1,234 views``, ``3.0K Shares``)."""
    return bool(_COUNTER.match(text))


def is_picture_credit(text: str) -> bool:
    """A picture credit line (``图片来源：上海发布``, ``Photo: X/Reuters``)."""
    return len(text) <= MAX_LABEL_LINE and bool(_PICTURE.match(text))


def is_share_prompt(text: str) -> bool:
    """A share / report / print prompt (``分享到： 微信 微博``, ``Share this article``)."""
    return len(text) <= 40 and bool(_SHARE.match(text)) and not re.search(r"[。.!?！？]$", text)


def is_editor_line(text: str) -> bool:
    """An editor / proof-reader credit (``责任编辑：赵一帆``, ``编辑：小编``)."""
    return len(text) <= MAX_LABEL_LINE and bool(_EDITOR.match(text))


def is_caption(text: str) -> bool:
    """A picture caption or credit set as a paragraph (``图为…``, ``▲…``, ``…（刘通摄）``).

    >>> is_caption("10月4日，旅游专列开往襄阳。 通讯员刘娟 摄"), is_caption("剧组当天在长城脚下拍摄")
    (True, False)
    """
    return len(text) <= _MAX_CAPTION and bool(_CAPTION.search(text))


def is_promo(text: str) -> bool:
    """The site's call to follow it, reply to it, sign in or get its app (``扫描下方二维码关注…``).

    >>> is_promo("扫描下方二维码关注官方微信"), is_promo("如今扫码支付已经普及到菜市场。")
    (True, False)
    """
    if len(text) > _MAX_PROMO:
        return False
    return text.endswith(_PROMO_ENDS) or bool(_PROMO_LINE.match(text) or _PROMO.search(text))


def is_credit_line(text: str) -> bool:
    """An editor, writer or contributor credit other than a byline (``(陈巍 编辑)``)."""
    return len(text) <= MAX_LABEL_LINE and bool(_CREDIT.match(text))


def is_original_title(text: str) -> bool:
    """``原标题：…``: the original headline note."""
    return len(text) <= MAX_SHORT_LINE and bool(_ORIGINAL_TITLE.match(text))


def is_related_counter(text: str) -> bool:
    """A related-list line with its age or counter (``0 3小时前 今年前三季度…``).

    Every age the pattern knows has a ``前`` or an "ago", and its stamp a ``-`` and a ``:``;
    a line with neither is not searched (a case-insensitive search tries every position).

    >>> is_related_counter("0 3小时前 今年前三季度"), is_related_counter("Storm hits coast 2 Hours Ago")
    (True, True)
    """
    if len(text) > MAX_SHORT_LINE or "。" in text:
        return False
    if "前" not in text and ("-" not in text or ":" not in text) and "ago" not in text.lower():
        return False
    return bool(_RELATED_COUNTER.search(text))
