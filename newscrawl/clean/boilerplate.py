"""Lines that survive body extraction but are not the article: notices, counters, credits.

A republished article drags its origin's furniture along (``此内容为第一财经原创，著作权归…``,
``文章作者 金叶子``, ``This story was originally published by …``) and the republisher
adds its own (``点击次数:85``, ``图片来源：上海发布``, ``分享到``, disclaimers, "This post may
contain affiliate links", a table of contents' label left without its entries). Each kind of
line has a named rule. A line goes only when the rule's pattern *is* the line: a
notice must cover most of it, a label line must be short, so a paragraph of prose that
mentions 版权 or a photographer stays. The outlet and authors such lines name are
returned as credits, because they are often the only place the page credits them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newscrawl.clean import cta
from newscrawl.extract.blocks import Block
from newscrawl.extract.bodyedges import edge_rows
from newscrawl.items import Removal

_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]*|[^.]+(?:\.(?!\w)|$)")
# Notice cues, by kind. A sentence is a notice with two kinds of cue, or with one that
# says it all by itself (SUFFICIENT).
_CUES = {
    # Simplified and traditional forms alike (版权/版權, 转载/轉載): Taiwan and Hong Kong
    # outlets word their notices the same way.
    "rights_zh": r"(?:版[权權]|著作[权權])(?:[归歸]|[属屬]|均[属屬]|所有|[声聲]明|部)",
    "unauthorised_zh": r"未[经經].{0,24}(?:授[权權]|[许許]可|同意)",
    "no_reprint_zh": r"(?:不得|禁止|[谢謝][绝絕]|[严嚴]禁).{0,8}(?:[转轉][载載]|使用|[复複][制製])",
    "reprint_zh": r"[转轉][载載].{0,12}(?:[注註]明|[请請][联聯][系繫]|[须須][经經]|授[权權])",
    "infringe_zh": r"如有侵[权權]|侵[权權].{0,8}(?:[请請]?[联聯][系繫].{0,6}[删刪]除|必究)",
    "reserve_zh": r"保留.{0,10}(?:[权權]利|追究)",
    "original_zh": r"此内容为.{1,30}原创|本文(?:来源|来自)\s*[:：]",
    "copyright_en": r"©|\(c\)\s*\d{4}|\bcopyright\b",
    "reserved_en": r"all rights reserved",
    "permission_en": r"(?:without|requires?) (?:prior )?(?:written )?permission",
    "republish_en": r"\brepublish|may not be (?:re)?(?:published|reproduced|distributed)|reproduc",
    "origin_en": r"originally (?:published|appeared) (?:by|in|on|at) [A-Z]",
    "syndicated_en": r"syndicated (?:from|content)",
    # A feed's footer, republished with the post: "The post <title> appeared first on <site>."
    "feed_footer_en": r"\bthe post\b.{1,200}\bappeared first on\b",
    "owners_en": r"trademarks belong to|respective owners",
}
_SUFFICIENT = frozenset(
    {"rights_zh", "infringe_zh", "original_zh", "reserved_en", "syndicated_en", "owners_en", "feed_footer_en"}
)
_CUE_PATTERNS = {kind: re.compile(p, 0 if kind == "origin_en" else re.I) for kind, p in _CUES.items()}
# Every cue pattern contains one of these literals (lower-cased): one case-sensitive search
# of the lower-cased line rules out all fourteen cues on nearly every line, where fourteen
# searches (most of them case-insensitive, which is slow) per sentence would run. Every
# alternative starts with a plain character (``谢[绝絕]|謝[绝絕]``, not ``[谢謝][绝絕]``): then
# the regex engine skips to the positions holding one of those first characters instead
# of trying every alternative at every position (twice as fast on a line).
_CUE_LITERALS = re.compile(
    r"版[权權]|著作[权權]|未[经經]|不得|禁止|谢[绝絕]|謝[绝絕]|严禁|嚴禁|转[载載]|轉[载載]|侵[权權]|保留|此内容为|本文|©|\(c\)|"
    r"copyright|rights reserved|"
    r"permission|republish|may not be|reproduc|originally|syndicated|trademarks belong to|respective owners|"
    r"appeared first on"
)
# The literals of _CUE_LITERALS a line without CJK can hold, and the first characters of
# the others: a substring test for each is several times cheaper than the regex, which
# tries its alternatives at every ``c``, ``r``, ``p``, ``m``, ``o``, ``s`` and ``t`` of
# English prose (the regex runs only on the lines holding one of those characters).
_LATIN_CUE_LITERALS = (
    *("(c)", "copyright", "rights reserved", "permission", "republish", "may not be", "reproduc"),
    *("originally", "syndicated", "trademarks belong to", "respective owners", "appeared first on"),
)
_CJK_CUE_STARTS = "版著未不禁谢謝严嚴转轉侵保此本©"
# The only characters ``re.I`` matches to a Latin letter that ``str.lower`` does not turn
# into that letter (İ, ı for "i"; ſ for "s"): a line with one gets the full check.
_CASE_ODDITIES = "\u0130\u0131\u017f"
_DISCLAIMER = re.compile(
    r"^\W*(?:免[责責][声聲]明|特[别別][声聲]明|[声聲]明|[温溫]馨提示|特[别別]提示|[风風][险險]提示|"
    r"disclaimer|affiliate disclosure|disclosure|note)\s*[:：]",
    re.I,
)
_DISCLAIMER_BODY = re.compile(
    r"本站|本[网網]|本平台|[仅僅]供[参參]考|不[构構]成.{0,4}[建][议議]|有[风風][险險]|需[谨謹]慎|[来來]源于[网網][络絡]|"
    r"[来來]自[网網][络絡]|[与與]本站[无無][关關]|"
    r"informational purposes only|aggregated from|syndicated content|we may earn a commission|"
    r"not financial advice",
    re.I,
)
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
_BYLINE = re.compile(
    r"^[（(]?\s*(?:(?P<zh>文章作者|本文作者|作者|记者|撰文|文(?=\s*[:：丨|/]))|"
    r"(?P<en>reporting by|written by|by))"
    r"\s*[:：丨|/]?\s*"
    r"(?P<name>[^。.!?！？:：]{1,40}?)\s*[)）]?$",
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
# An affiliate disclosure: the site says it earns from the links in the post ("This post may
# contain affiliate links", "we may earn a small commission", "As an Amazon Associate we earn
# from qualifying purchases"). The first person and "this post" tell it from an article about
# affiliate marketing ("Streamers earn a commission when viewers buy …").
_AFFILIATE = re.compile(
    r"\b(?:we|i)\b(?: \w+){0,2} (?:earn|receive|get|make)s? (?:a |an )?(?:small |tiny |little )?(?:\w+ )?"
    r"(?:commissions?|kick ?back)\b|"
    r"\b(?:earns?|makes?) (?:us|me) (?:a |an )?(?:small )?(?:commission|fee)s?\b|"
    r"\bas an? amazon associate|\bearns? from qualifying purchases|"
    r"\b(?:contains?|includes?|uses?|features?) (?:some )?"
    r"(?:affiliate|commissionable) links?\b|"
    r"\blinks? (?:in|on) this (?:article|post|page|site) (?:are|may be) affiliate|"
    r"\baffiliate links? (?:are|were) used",
    re.I,
)
_MAX_DISCLOSURE = 300
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
_AUTHOR_LABEL = re.compile(r"(?:^|\s|。)?(?:文章作者|本文作者|作者|记者|author)\s*[:：]?$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:来源|source)\s*[:：]", re.I)
_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*(?:本文)?原(?:标)?题\s*[:：]")
_RELATED_COUNTER = re.compile(
    r"(?:^|\s)\d+\s*(?:小时前|分钟前|天前|hours? ago|minutes? ago|days? ago)(?:\s|$)|"
    r"^\d+\s+\d{2}-\d{2} \d{2}:\d{2}\b",
    re.I,
)
_OUTLET = [
    re.compile(p)
    for p in (
        r"此内容为(?P<o>[^，,。]{2,30}?)原创",
        r"著作权归(?P<o>[^，,。]{2,30}?)所有",
        r"本文(?:来源|来自)\s*[:：]?\s*(?P<o>[^，,。）)]{2,30})",
        r"^来源\s*[:：]\s*(?P<o>[^，,。\s]{2,30})$",
        r"(?i:originally published by|syndicated from|^source:)\s*(?P<o>[A-Z][^.,;]{1,60}?)\.?$",
        r"(?i:originally published by|syndicated from)\s+(?P<o>[A-Z][^.,;]{1,60}?)[.,;]",
    )
]
_NAME_SPLIT = re.compile(r"\s*(?:、|,|，|/|;|；|\band\b|&|和)\s*")
_MAX_LABEL_LINE = 60
_MAX_NOTICE_LINE = 400
_MAX_DISCLAIMER = 200
_MAX_SHORT_LINE = 120


@dataclass
class Credits:
    """What removed lines said about the article's origin."""

    outlet: str | None = None
    authors: list[str] = field(default_factory=list)


def _may_have_cue(text: str) -> bool:
    """False only when no cue pattern can match anywhere in ``text`` (a cheap pre-check).

    >>> _may_have_cue("Copyright 2024 The Daily"), _may_have_cue("版權所有"), _may_have_cue("A “quiet” day.")
    (True, True, False)
    """
    if not text.isascii() and any(char in text for char in _CASE_ODDITIES):
        return True
    lowered = text.lower()
    if any(literal in lowered for literal in _LATIN_CUE_LITERALS):
        return True
    if lowered.isascii() or not any(char in lowered for char in _CJK_CUE_STARTS):
        return False
    return bool(_CUE_LITERALS.search(lowered))


def notice_cues(sentence: str) -> set[str]:
    """The kinds of copyright / reprint cue a sentence carries."""
    return {kind for kind, pattern in _CUE_PATTERNS.items() if pattern.search(sentence)}


def is_notice_sentence(sentence: str) -> bool:
    """Two kinds of cue, or one that is a notice by itself (``著作权归X所有``, ``All rights reserved``).

    >>> is_notice_sentence("这也意味着，只要数据来源未经用户授权，都存在法律风险。")
    False
    """
    return _says_notice(notice_cues(sentence))


def _says_notice(cues: set[str]) -> bool:
    """Whether a sentence with these cues is a notice (see :func:`is_notice_sentence`)."""
    return len(cues) >= 2 or bool(cues & _SUFFICIENT)


def is_notice(text: str) -> bool:
    """Copyright / reprint notice: notice sentences make up most of the line.

    >>> is_notice("此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得转载。")
    True
    >>> is_notice("法院认为，被告未经原告许可使用其作品，构成侵权，判决赔偿损失五万元，并刊登声明消除影响。")
    False
    """
    if len(text) > _MAX_NOTICE_LINE:
        return False
    if not _may_have_cue(text):  # no sentence has a cue, so none is covered: only an empty
        return not text.strip()  # line is "covered" (as by the full check below)
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    cues = [notice_cues(s) for s in sentences]
    covered = sum(len(s) for s, c in zip(sentences, cues, strict=True) if _says_notice(c))
    if covered >= 0.6 * len(text.strip()):
        return True
    # "Originally published by X. Republishing requires …"
    return all(cues) and len(set().union(*cues)) >= 2


def is_disclaimer(text: str) -> bool:
    """The republisher's own disclaimer (``免责声明：本站…``, ``Disclaimer: … informational``)."""
    return len(text) <= _MAX_DISCLAIMER and bool(_DISCLAIMER.match(text) and _DISCLAIMER_BODY.search(text))


def is_affiliate_disclosure(text: str) -> bool:
    """The site's note that it earns from the post's links (see ``_AFFILIATE``).

    >>> is_affiliate_disclosure("This post may contain affiliate links. Read my full disclosure.")
    True
    >>> is_affiliate_disclosure("Affiliate programs: streamers earn a commission on each sale.")
    False
    """
    if len(text) > _MAX_DISCLOSURE:
        return False
    # Each disclosure names one of these (first letter left out, for the case): three substring
    # tests rule out nearly every line before the pattern runs.
    if "ommission" in text or "ffiliate" in text or "ualifying" in text:
        return _AFFILIATE.search(text) is not None
    return False


def is_counter(text: str) -> bool:
    """A view or share counter (``点击次数:85``, ``阅读 1234``, ``1,234 views``, ``3.0K Shares``)."""
    return bool(_COUNTER.match(text))


def is_picture_credit(text: str) -> bool:
    """A picture credit line (``图片来源：上海发布``, ``Photo: X/Reuters``)."""
    return len(text) <= _MAX_LABEL_LINE and bool(_PICTURE.match(text))


def is_share_prompt(text: str) -> bool:
    """A share / report / print prompt (``分享到： 微信 微博``, ``Share this article``)."""
    return len(text) <= 40 and bool(_SHARE.match(text)) and not re.search(r"[。.!?！？]$", text)


def is_editor_line(text: str) -> bool:
    """An editor / proof-reader credit (``责任编辑：赵一帆``, ``编辑：小编``)."""
    return len(text) <= _MAX_LABEL_LINE and bool(_EDITOR.match(text))


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
    return len(text) <= _MAX_LABEL_LINE and bool(_CREDIT.match(text))


def is_original_title(text: str) -> bool:
    """``原标题：…``: the original headline note."""
    return len(text) <= _MAX_SHORT_LINE and bool(_ORIGINAL_TITLE.match(text))


def is_related_counter(text: str) -> bool:
    """A related-list line with its age or counter (``0 3小时前 今年前三季度…``).

    Every age the pattern knows has a ``前`` or an "ago", and its stamp a ``-`` and a ``:``;
    a line with neither is not searched (a case-insensitive search tries every position).

    >>> is_related_counter("0 3小时前 今年前三季度"), is_related_counter("Storm hits coast 2 Hours Ago")
    (True, True)
    """
    if len(text) > _MAX_SHORT_LINE or "。" in text:
        return False
    if "前" not in text and ("-" not in text or ":" not in text) and "ago" not in text.lower():
        return False
    return bool(_RELATED_COUNTER.search(text))


def byline_names(text: str) -> list[str] | None:
    """Names of a byline line (``文章作者 金叶子``, ``（记者 陆一夫）``, ``Reporting by X``), else None."""
    if len(text) > _MAX_LABEL_LINE:
        return None
    match = _BYLINE.match(text)
    if not match:
        return None
    names = [n.strip() for n in _NAME_SPLIT.split(match.group("name")) if n.strip()]
    english = match.group("en") is not None
    if not names or not all(_name_like(n, english=english) for n in names):
        return None
    return names


def _name_like(name: str, *, english: bool = False) -> bool:
    """A person's name: 2-6 CJK chars, 2-4 capitalised words, or (after a Chinese label) a pen name."""
    if re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){2,4}", name):
        return True
    if english:
        return False
    return bool(re.fullmatch(r"[\u3400-\u9fff·]{2,6}|[A-Za-z][\w.-]{2,20}", name))


def outlet_named(text: str) -> str | None:
    """The outlet a notice or source line names (``第一财经``, ``The Port Alder Gazette``)."""
    for pattern in _OUTLET:
        match = pattern.search(text.strip())
        if match:
            return match.group("o").strip()
    return None


_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("copyright_notice", is_notice),
    ("disclaimer", is_disclaimer),
    ("view_counter", is_counter),
    ("picture_credit", is_picture_credit),
    ("share_prompt", is_share_prompt),
    ("editor_line", is_editor_line),
    ("original_title", is_original_title),
    ("related_counter", is_related_counter),
]
# Rules whose lines may start with any word (a caption's subject, a credited name), so the
# first-word test of classify_line cannot rule them out; each tests a short line only.
_UNANCHORED_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("caption", is_caption),
    ("promo", is_promo),
    ("credit_line", is_credit_line),
]


# Every other rule (and the byline and source rules) wants a line of at most
# _MAX_SHORT_LINE characters; a paragraph of prose is longer, so only these try it.
_LONG_LINE_RULES = [rule for rule in _RULES if rule[0] in ("copyright_notice", "disclaimer", "view_counter")]


# How a line that any rule other than the notice and related-counter ones matches starts:
# after punctuation or spaces (which those patterns let lead), one of their first words
# (matched as they match them, ignoring case). Most lines are prose and fail this one
# match instead of the patterns one by one.
_RULE_START = re.compile(
    r"\W*(?:免|特|声|聲|温|溫|风|風|disclaimer|affiliate|disclosure|note|"  # disclaimer
    r"点击|阅读|浏览|人气|热度|view|visit|read|hit|\d|"  # view counter
    r"图|摄|photo|image|picture|credit|"  # picture credit
    r"举报|分享|打印|收藏|纠错|返回顶部|扫一扫|share|tweet|email|print|"  # share prompt
    r"责|编|校|审|监|主|值|edit|copy|"  # editor line
    r"原|本文原|"  # original title
    r"文|本文作者|作|记|撰|reporting|written|by|"  # byline
    r"来源|source)",  # source line
    re.I,
)


def classify_line(text: str) -> str | None:
    """The rule a whole line matches, or None (byline lines are ``byline``; source lines ``source_line``).

    A short line no other rule claims may still be the site's call to action (``Sign up for
    our newsletter``, ``已有帐号？马上登录``), which :mod:`newscrawl.clean.cta` recognises; a line
    of any length up to a short paragraph, the site's affiliate disclosure.
    """
    rule = _named_rule(text)
    if rule is None and is_affiliate_disclosure(text):  # it opens with any word
        return "affiliate_disclosure"
    return rule


def _named_rule(text: str) -> str | None:
    """The line rules of :func:`classify_line` but the affiliate one, in their order."""
    short = len(text) <= _MAX_SHORT_LINE
    if not _RULE_START.match(text):  # the rules in between cannot match: the first and the last
        if is_notice(text):
            return "copyright_notice"
        if not short:
            return None
        return "related_counter" if is_related_counter(text) else _unanchored_rule(text)
    for name, rule in _RULES if short else _LONG_LINE_RULES:
        if rule(text):
            return name
    if not short:
        return None
    if byline_names(text):
        return "byline"
    if _SOURCE_LABEL.match(text) and len(text) <= _MAX_LABEL_LINE and outlet_named(text):
        return "source_line"
    return _unanchored_rule(text)


def _unanchored_rule(text: str) -> str | None:
    """The first of the rules that do not key on the line's first word that ``text`` matches,
    else ``call_to_action`` when the short line is one (the last resort of every short line)."""
    if not text.isascii():  # every one of them wants Chinese words (or a ▲)
        for name, rule in _UNANCHORED_RULES:
            if rule(text):
                return name
    return "call_to_action" if cta.is_call_to_action(text) else None


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], list[Removal], Credits]:
    """Drop boilerplate lines; return the kept blocks, what was dropped and the credits named."""
    kept: list[Block] = []
    removals: list[Removal] = []
    credits = Credits()
    skip_next = False
    photo_item = _is_photo_item(blocks)
    for index, block in enumerate(blocks):
        text = block.text
        if skip_next:
            skip_next = False
            continue
        rule = None if _AUTHOR_LABEL.fullmatch(text) else classify_line(text)
        if rule is None and len(text) <= _MAX_TOC_LABEL and is_stranded_toc_label(blocks, index):
            rule = "toc_label"
        if rule == "caption" and photo_item:
            rule = None
        following = blocks[index + 1].text if index + 1 < len(blocks) else ""
        if (rule is None or rule == "copyright_notice") and _ends_with_author_label(text) and following:
            names = byline_names(f"作者 {following}")
            if names and len(following) <= 40:  # "文章作者" ends a line, the name is the next one
                removals.append(Removal("articleBody", "byline", following))
                credits.authors.extend(n for n in names if n not in credits.authors)
                rule, skip_next = rule or "byline", True
        if rule is None:
            kept.append(block)
            continue
        removals.append(Removal("articleBody", rule, text))
        _credit(credits, rule, text)
    if kept and blocks and (kept[0] is not blocks[0] or kept[-1] is not blocks[-1]):
        kept = _trim_bared_edges(kept, removals)
    return kept, removals, credits


def _trim_bared_edges(kept: list[Block], removals: list[Removal]) -> list[Block]:
    """``kept`` without the info and share rows a removed line at its edge had covered (the body's
    edge trim stops at a line it does not know, such as a notice under the share row)."""
    top, bottom = edge_rows(kept)
    if not top and not bottom:
        return kept
    end = len(kept) - bottom
    removals.extend(Removal("articleBody", "edge_row", b.text) for b in [*kept[:top], *kept[end:]])
    return kept[top:end]


# The label of an in-page table of contents ("Table of Contents", "Contents hide", "In this
# article:", "Jump to ↓"). The renderer leaves the table's links out, but not its label.
_TOC_LABEL = re.compile(
    r"(?:table of contents|contents|in this (?:article|post|guide|story|review)|on this page|"
    r"jump to(?: section)?|article contents?)\s*(?:\[?(?:hide|show|toggle)\]?)?\W*",
    re.I,
)
_MAX_TOC_LABEL = 40
# How the labels that do not say "contents" open.
_TOC_OPENERS = ("in this ", "on this ", "jump to")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def is_stranded_toc_label(blocks: list[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a table-of-contents label left without its entries: the line
    under it is not one of the headings that recur further down (an entry links to one). A table
    the page kept is read with its label."""
    block = blocks[index]
    text = block.text
    if len(text) > _MAX_TOC_LABEL:
        return False
    lowered = text.lower()  # one substring test or two rule out nearly every short line
    if "content" not in lowered and not lowered.startswith(_TOC_OPENERS):
        return False
    if not _TOC_LABEL.fullmatch(text):
        return False
    if block.tag in _HEADING_TAGS and text[:2].lower() == "in":
        return False  # "In this guide" over the guide's summary: a section of the article
    if index + 1 >= len(blocks):
        return True
    entry = blocks[index + 1].text
    return all(block.text != entry for block in blocks[index + 2 :])


# Text besides the captions below which a page is a photo item: its caption is the story.
_PHOTO_ITEM_TEXT = 150


def _is_photo_item(blocks: list[Block]) -> bool:
    """A picture with a line or two of text (``图为…``, then the credit): the captions are
    all the news there is, so they stay."""
    rest = 0
    for block in blocks:
        if not is_caption(block.text):
            rest += len(block.text)
            if rest >= _PHOTO_ITEM_TEXT:
                return False
    return True


def _ends_with_author_label(text: str) -> bool:
    """``…文章作者`` / ``记者：`` at the end of a line (its name is the next line).

    The pattern can only match where a label ends the line but for spaces and a colon, so
    the end is looked at first: a case-insensitive search of every line is slow (and
    ``re.I`` matches the letters of "author" to no other characters than ``lower``).

    >>> [_ends_with_author_label(t) for t in ("编辑 文章作者", "Story by the Author :", "作者说了很多话")]
    [True, True, False]
    """
    end = text.rstrip()
    if end.endswith((":", "：")):
        end = end[:-1].rstrip()
    if not end.endswith(("作者", "记者")) and end[-6:].lower() != "author":
        return False
    return bool(_AUTHOR_LABEL.search(text))


def _credit(credits: Credits, rule: str, text: str) -> None:
    """Remember the outlet or authors a removed line names."""
    if rule == "byline":
        names = byline_names(text) or []
        credits.authors.extend(n for n in names if n not in credits.authors)
    outlet = outlet_named(text)
    if outlet and not credits.outlet and rule in ("copyright_notice", "source_line", "disclaimer"):
        credits.outlet = outlet
