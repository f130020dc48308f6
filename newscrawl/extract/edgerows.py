"""The rows the trim takes off the body's edges: date, source and read-time rows, article tools,
breadcrumbs, pagers, share rows, taxonomy rows, Chinese credit and navigation rows. Apart from
:mod:`~newscrawl.extract.bodyedges` because each row family is a predicate of its own, asked by
the trim and by the cleaners' second look (``edge_rows``) alike."""

from __future__ import annotations

import re

from newscrawl.extract.blocks import mostly_cjk
from newscrawl.extract.closinglabels import RELATED_LABEL
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.names import zh_fold
from newscrawl.extract.zhcredits import zh_labelled

_META_LINE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|"
    r"(?:来源|作者|记者|编辑|责编|发布时间|发布日期|时间|日期|浏览|阅读|点击|字号|Source|Published|Updated|Posted)\s*[:：]|"
    r"^(?:By|(?:(?:medically\s+|fact[- ]?)?reviewed|edited|written|fact[- ]?checked)\s+by)\s",
    re.I,
)
# How long the article takes to read ("5 min read", "3 MIN. READ", "Reading Time: 11 minutes"):
# only ever printed in the info row.
_READ_TIME = re.compile(
    r"\d\s*(?:min(?:ute)?s?\.?|分钟)\s*(?:read\b|阅读)|\bread(?:ing)?\s+time\b|阅读时间", re.I
)
# An English info row holds a date and a few words ("Updated on July 9, 2025", "on Dec 17, 2025",
# "Posted by David at December 16, 2025 11:15 AM"); a sentence that opens with a date runs longer.
_DATE_ROW_LIMIT = 80


# Article tools (print, share, font size) and the "you are here" trail above the text.
_TOOL_WORD = re.compile(
    r"打印|列印|收藏|转发|轉發|分享|评论|評論|留言|关闭|關閉|字号|字號|字体|字體|字级|字級|复制链接|複製網址|"
    r"推荐朋友|挑错|纠错|糾錯|保存|电子邮件|電子郵件|大\s*中\s*小|扫一扫|掃一掃|扫描二维码|掃描二維碼"
)
_BREADCRUMB = re.compile(
    r"^(?:您(?:现在|当前)?(?:所在)?的?位置|当前位置|當前位置|位置)\s*[:：]|[>»›]\s*正文$"
)


def is_tool_row(text: str) -> bool:
    """A short row made mostly of tool words (``打印 关闭``, ``字号：大 中 小``, ``[推荐朋友]``)."""
    if len(text) > 30:
        return False
    letters = sum(1 for ch in text if ch.isalnum())
    tools = sum(len(m.group().replace(" ", "")) for m in _TOOL_WORD.finditer(text))
    return tools > 0 and tools * 5 >= letters * 2


# What is left of a byline or a credit row whose names were links or pictures: the separators
# between them ("•", ", and", "|").
_NAME_GLUE = re.compile(r"[\W_]*(?:(?:and|&)[\W_]*)?", re.I)


def is_edge_furniture(text: str) -> bool:
    """A row that is furniture only at the body's edges: meta, tools, breadcrumb or pager rows."""
    return (
        (len(text) <= 8 and _NAME_GLUE.fullmatch(text) is not None)
        or is_meta_line(text)
        or is_tool_row(text)
        or (len(text) <= 80 and bool(_BREADCRUMB.search(text)))
        or _is_pager_row(text)
        or (len(text) <= 80 and _SHARE_ROW.match(text) is not None)
        or _is_zh_credit_row(text)
        or (len(text) <= _TAXONOMY_ROW and _TAXONOMY.match(text) is not None)
        or (len(text) <= _ZH_NAV_ROW and _is_zh_nav_row(text))
        or (len(text) <= _LABEL_ROW and _EN_EDGE_ROW.match(text) is not None)
    )


# English rows around the text: the label of a table of contents whose links were left out ("Table
# of Contents", "In this article:"), a share count ("3.0K Shares"), a pager's "Page 1 of 8", a credit
# label whose name was a link or a picture ("Edited by", "Written By").
_EN_EDGE_ROW = re.compile(
    r"^(?:table of contents|contents|in this (?:article|post|guide|story)|on this page|jump to(?: section)?|"
    r"\d[\d.,]*\s*[km]?\s+(?:shares?|comments?|views?|likes?)|page \d+ of \d+|"
    r"by|(?:edited|written|reviewed|fact[- ]?checked) by)\s*:?$",
    re.I,
)
_LABEL_ROW = 40  # a label, a count: a few words


# Chinese page rows around the text: the note of the original title (``原标题：…``), the links to
# the previous and next story (``上一篇：…``), a slideshow's counter (``图片 1 / 2``), a share row
# naming the platforms (``分享新華微博``, ``转帖到： 腾讯微博 新浪微博…``, ``微信 微博``) and a related label
# left without its list (``相关新闻：``, ``※相關新聞》``, ``■相关链接：``, ``推荐阅读更多``).
_ZH_NAV = re.compile(
    r"^[（(【\[]?(?:原标题|原標題|上一篇|下一篇|上一条|下一条|上一條|下一條)\s*[:：]|^(?:图片|圖片)\s*\d+\s*/\s*\d+$"
)
_PLATFORM = (
    r"(?:(?:新浪|腾讯|騰訊|搜狐|网易|網易|新华|新華|人民|QQ)?(?:微博|微信|空间|空間)|"
    r"开心网|開心網|人人网|人人網|豆瓣|朋友圈)"
)
_ZH_SHARE = re.compile(
    rf"^(?:(?:分享|转帖|轉帖|转播|轉播|转发|轉發)(?:到|至)?\s*[:：]?\s*(?:{_PLATFORM}[\s|｜/、,，]*)+"
    rf"|{_PLATFORM}(?:[\s|｜/、,，]+{_PLATFORM})+)$"
)
_ZH_RELATED_MARK = re.compile(r"^[■※●◆▲▶►★☆]\s*|\s*(?:》|>>|更多)$")
_ZH_NAV_ROW = 60  # a row of links or a label; the next story's title fits


def _is_zh_nav_row(text: str) -> bool:
    """A Chinese navigation, share or related-label row (see _ZH_NAV); ASCII lines skip it."""
    if text.isascii():
        return False
    if _ZH_NAV.match(text) or _ZH_SHARE.match(text):
        return True
    label = _ZH_RELATED_MARK.sub("", text)
    marked = label != text or label.endswith(("：", ":"))  # a bare "推荐阅读" may head the lead's own list
    return marked and RELATED_LABEL.match(label) is not None


# The CMS's filing of the article: its category, tags or keywords as a row of their own, above the
# text or under it ("Category: Top Picks", "Tags: Employment, Health & Fitness", "关键字：柯达 重组").
_TAXONOMY = re.compile(
    r"^(?:tags?|tagged(?: with| as)?|topics?|categor(?:y|ies)|filed (?:under|in)|posted in|keywords?|"
    r"标签|標籤|关键字|關鍵字|关键词|關鍵詞)\s*[:：]\s*\S[^.!?。！？]*$",
    re.I,
)
_TAXONOMY_ROW = 200


# A Chinese credit row (matched folded to simplified): who wrote, drew or supplied the story, and
# where from ("文/记者 X", "图／联合报提供", "执笔/X", "[稿源：红网]", "来源|X", "据《中国青年报》",
# "国际中心／综合报导", "图片均来自网络"); reporters' rows are read by zh_labelled ("新京报记者 X").
# A closing "(X 编译)" stays: the authors are read from it (zhcredits.paren_tail).
_ZH_CREDIT = re.compile(
    r"^[（(\[【]?\s*(?:文|图|摄影?|制图|执笔|撰文|稿源|来源|据)\s*[/／|｜:：《]"
    r"|^[（(\[【]?\s*(?:图片|照片|配图)(?:均|都)?(?:来自|来源|源自|由)"
    r"|[/／╱]\s*[\u4e00-\u9fff]{0,3}(?:报导|报道)[）)\]】]?$"
)
# The reporter's own section, headed like a credit: "记者手记", "记者观察".
_ZH_REPORTER_SECTION = re.compile(r"记者(?:手记|观察|调查|追踪|点评|札记|感言|走访|探访|连线|提问)")
_ZH_CREDIT_ROW = 30  # a credit names an outlet and a few persons
_SENTENCE_MARK = re.compile(r"[。！？，；]")


def _is_zh_credit_row(text: str) -> bool:
    """A short Chinese line that only credits the story's writers or its source (see _ZH_CREDIT)."""
    if len(text) > _ZH_CREDIT_ROW or not mostly_cjk(text) or _SENTENCE_MARK.search(text):
        return False
    folded = zh_fold(text)
    if _ZH_CREDIT.search(folded):
        return True
    return not _ZH_REPORTER_SECTION.search(folded) and bool(zh_labelled(text))


# The share buttons' labels, or the blog engine's like button, as a line of their own.
_SHARE_ROW = re.compile(
    r"^(?:(?:share(?: on| this)?|facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|e-?mail|sms|print|"
    r"tumblr|telegram|threads|bluesky|copy link|flipboard)\W*){2,}$|^like\s+loading\W*$",
    re.I,
)


# The page links of a story split over pages (``[1] [2] 下一页``, ``上一页 123 下一页``).
_PAGER_WORD = re.compile(r"[上下]一[页頁]|[首尾末][页頁]|播放|暂停|暫停|[\s\[\]\d<>«»|.…]+")


def _is_pager_row(text: str) -> bool:
    """A row of page numbers and 上一页/下一页 links, nothing else."""
    return len(text) <= 60 and ("页" in text or "頁" in text) and not _PAGER_WORD.sub("", text)


def is_meta_line(text: str) -> bool:
    """A date, source or credit row (``来源：… 2024-09-03``, "Updated on July 9, 2025", "5 min read")."""
    cjk = mostly_cjk(text)
    if len(text) > (60 if cjk else 120) or text.endswith(("。", "！", "？")):
        return False
    match = _META_LINE.search(text)
    if match is not None and (match.start() < 12 or len(_META_LINE.findall(text)) >= 2):
        return True
    if len(text) <= 60 and _READ_TIME.search(text):
        return True
    return not cjk and _is_english_date_row(text)


def _is_english_date_row(text: str) -> bool:
    """A short line that opens with a written-out date ("Dec. 17, 2025", "Published: 03 Dec 2025"):
    the numeric and Chinese forms are in ``_META_LINE``; month names need the date parser."""
    if len(text) > _DATE_ROW_LIMIT or text.endswith((".", "!", "?")):
        return False
    stamp = next(find_stamps(text), None)
    return stamp is not None and stamp[0] < 20
