"""Trim what sits at the body's edges: info rows at the top and bottom, related lists and
bio boxes at the end.

The body region is found by prose mass, so its container often also holds the article
column's furniture: the date and source row above the text, the editor line below it,
a "Related" list or an author box after the last paragraph. These are judged line by
line at the edges only: the same words in mid-article are part of the story.
"""

from __future__ import annotations

import re

from newscrawl.extract.blocks import Block, mostly_cjk, weighted_length

_META_LINE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|"
    r"(?:来源|作者|记者|编辑|责编|发布时间|发布日期|时间|日期|浏览|阅读|点击|字号|Source|Published|Updated|Posted)\s*[:：]|"
    r"^By\s",
    re.I,
)


def trim_meta_lines(blocks: list[Block]) -> list[Block]:
    """Drop date/source/byline rows at the start and end of the body.

    Containers that hold the whole article column also hold its info row
    (``2024年9月3日 08:15 来源：… 作者：…``) and its editor line; such rows are short
    and carry dates or credit labels, unlike the prose between them.
    """
    start, end = 0, len(blocks)
    while start < end and _is_edge_furniture(blocks[start].text):
        start += 1
    while end > start and _is_edge_furniture(blocks[end - 1].text):
        end -= 1
    return blocks[start:end]


# A line that is only the label of a related-articles block. Such blocks sit after the
# article; when the body region takes them in, everything from the label on goes.
_RELATED_LABEL = re.compile(
    r"^(?:相关(?:阅读|新闻|报道|文章|链接|推荐)|延伸阅读|推荐阅读|热点(?:资讯|新闻|推荐)|猜你喜欢|热门推荐|"
    r"更多(?:阅读|新闻|报道)|"
    r"related(?: (?:articles?|stories|news|posts|reading|coverage|topics|content|reads)"
    r"(?: (?:on|from) [\w. ]{1,30}| that may interest you)?)?|"
    r"read (?:more|next|also|this next)|more (?:stories|articles|posts|news|from [\w. ]{1,30})|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"(?: the following(?: topics)?(?: as well)?| these)?|"
    r"recommended(?: for you| reading)?|(?:latest|recent) (?:news|posts|articles|stories|insights)|"
    r"(?:most|also) (?:popular|read)|popular (?:posts|articles|stories)|trending(?: now)?|also in the news|"
    r"keep reading|editor'?s picks|top stories)"
    r"\s*(?:[:：]|…|\.\.\.)?$",
    re.I,
)
# A line that opens the closing furniture under an article: the author's bio box, the
# blog engine's like and share rows. Their lines run longer than teasers.
_CLOSING_LABEL = re.compile(
    r"^(?:about the (?:authors?|reviewers?|writers?)|meet the authors?|written by|"
    r"contributing (?:writer|editor)|disclaimer|(?:like|share) this|作者简介|作者簡介)\s*[:：.]?$",
    re.I,
)
# The blog engine's like button ("Like this:" then "Like Loading..."): under the post, what
# follows it is the comment thread, however long; higher up, only a related list may follow.
_LIKE_ROW = re.compile(r"^like this\s*:?$", re.I)


# A line that opens the site's closing furniture: a notice (``声明：``, ``网易声明：…``,
# ``【免责声明】…``, ``未经授权，不得转载``) or a follow/subscribe promo (``…Facebook專頁``,
# ``手机读报…``). A disclaimer about *this* article (``本文仅代表作者观点``) is the article's.
# All of them need Chinese characters, which is_closing_notice relies on to skip ASCII lines.
_NOTICE_LABEL = re.compile(r"^[【\[(（*•・\s]*[\w·・]{0,10}?(?:声明|聲明)\s*[:：】\]]")
_NOTICE_TEXT = re.compile(
    r"(?:未经|未經).{0,20}(?:授权|授權|许可|許可|同意).{0,10}(?:不得|禁止|严禁|嚴禁).{0,6}"
    r"(?:转载|轉載|转贴|轉貼|复制|複製)|"
    r"(?:转载|轉載).{0,30}(?:侵犯|侵权|侵權|不代表)"
)
_PROMO = re.compile(
    r"(?:facebook|臉書|脸书|google\s*plus|twitter|微博|微信).{0,30}"
    r"(?:專頁|专页|粉絲團|粉丝团|按讚|按赞|公众号|公眾號)|"
    r"手机读报|手機讀報|(?:订阅|訂閱).{0,20}(?:手机报|手機報)|(?:讚|赞)一?(?:個|个)?.{0,20}(?:粉絲團|粉丝团|專頁|专页)",
    re.I,
)
_OWN_DISCLAIMER = re.compile(r"本文(?:仅|僅)代表")


def is_closing_notice(text: str) -> bool:
    """A site notice or follow promo (see ``_NOTICE_LABEL``); short, never the article's own words.

    >>> is_closing_notice("中证网声明：凡本网注明来源的作品，版权均属本网。")
    True
    >>> is_closing_notice("富士康在声明中表示，该事件已经解决。")
    False
    """
    if len(text) > 240 or text.isascii() or _OWN_DISCLAIMER.search(text):
        return False  # every notice and promo pattern names Chinese words: English lines skip them
    return bool(_NOTICE_LABEL.match(text) or _NOTICE_TEXT.search(text) or _PROMO.search(text))


def cut_related_tail(blocks: list[Block]) -> list[Block]:
    """Drop a trailing related-articles block or bio box: its label line and all that follows.

    >>> from newscrawl.extract.blocks import Segment
    >>> lines = ["正文第一段。", "正文第二段。", "相关阅读", "另一篇新闻的标题 05-25 01:57"]
    >>> [b.text for b in cut_related_tail([Block("p", [Segment(t)]) for t in lines])]
    ['正文第一段。', '正文第二段。']
    """
    end = _after_editor_credit(blocks)
    for index in range(end - 1, 0, -1):  # from the bottom: a bio box above a related list
        if _opens_closing_furniture(blocks, index, end):
            end = index
    return blocks[:end]


# The desk editor's credit (``责任编辑：张三``, ``[责编：Demi]``): Chinese CMSs print it as the
# article's last line, so what the region holds below it is the page's (teasers, the next story).
_EDITOR_CREDIT = re.compile(r"^[（(\[【]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")


def _after_editor_credit(blocks: list[Block]) -> int:
    """Where the body ends: after the first editor credit in its second half, else at its end."""
    for index in range((len(blocks) + 1) // 2, len(blocks) - 1):
        text = blocks[index].text
        if len(text) <= 60 and _EDITOR_CREDIT.match(text):
            return index + 1
    return len(blocks)


def _opens_closing_furniture(blocks: list[Block], index: int, end: int) -> bool:
    """Whether ``blocks[index]`` is a label that starts the furniture below the article, up to ``end``.

    Labels in the article's first half are part of the story; a site notice never is, and
    the blog engine's like row only when a related list follows it.
    """
    text = blocks[index].text
    second_half = index * 2 >= end
    if _opens_comments(blocks, index, end):
        return True
    if (second_half and _RELATED_LABEL.match(text)) or is_closing_notice(text):
        return _is_teaser_tail(blocks[index + 1 : end])
    if _LIKE_ROW.match(text):
        return second_half or _is_teaser_tail(blocks[index + 1 : end])
    return second_half and _CLOSING_LABEL.match(text) is not None and end - index <= 8


# The label over a comment form or thread (``發表文章``, ``我要评论``, ``网友评论``, "59 Comments on
# “Title”", "12 thoughts on “Title”", "Leave a Reply", "Comments Filter:"): the readers' part of the
# page, always below the article, however long it runs. Class names usually mark it too; on a page
# whose names are hashes these words are all there is.
_COMMENT_OPENER = re.compile(
    r"^[【\[]?(?:(?:发表|發表|我要)(?:评论|評論|留言|文章|意见|意見)|(?:网友|網友|读者|讀者)(?:评论|評論|留言))"
    r"[】\]]?\s*[:：]?$"
    r"|^(?:(?:\d[\d,]*|one|no)\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\s+[“\"‘'].{1,200})?"
    r"|comments?\s*\(\d[\d,]*\)|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|comments?\s+filter"
    r"|join\s+the\s+(?:discussion|conversation)|post\s+a\s+comment|add\s+(?:a\s+)?comment)\s*:?$",
    re.I,
)
_COMMENT_AFTER = 3  # paragraphs above a comment label that make it the article's end, not its top
# One reader's comment headed by who said it about what (``张三对奶粉事件的评论:``).
_COMMENT_BY = re.compile(r"^[^，。！？,.!?]{1,20}?(?:对|對).{1,40}的(?:评论|評論)\s*[:：]$")


def _opens_comments(blocks: list[Block], index: int, end: int) -> bool:
    """Whether ``blocks[index]`` starts the comments under the article: a comment-form label
    below the first third or after a few paragraphs (the thread below may be far longer than the
    article), or the first of several "X 对…的评论:" heads (a thread, wherever it starts: a short
    article can carry a long one)."""
    text = blocks[index].text
    if len(text) <= 240 and (index * 3 >= end or index >= _COMMENT_AFTER) and _COMMENT_OPENER.match(text):
        return True  # a label is short: a paragraph is not matched against it
    return _COMMENT_BY.match(text) is not None and any(
        _COMMENT_BY.match(b.text) for b in blocks[index + 1 : end]
    )


def _is_teaser_tail(rest: list[Block]) -> bool:
    """Only teaser-sized lines follow the label; a "Related" box in mid-article is
    followed by the story again. Ten teasers, each with its date and section line, run
    to thirty lines."""
    if len(rest) > 30:
        return False
    sizes = [weighted_length(b.text) for b in rest]
    if all(size <= 240 for size in sizes):
        return True
    # a list of excerpts: longer lines, but each comes with its short date and section lines
    return (
        len(sizes) >= 4
        and all(size <= 400 for size in sizes)
        and sum(size <= 40 for size in sizes) * 2 >= len(sizes)
    )


# Article tools (print, share, font size) and the "you are here" trail above the text.
_TOOL_WORD = re.compile(
    r"打印|列印|收藏|转发|轉發|分享|评论|評論|留言|关闭|關閉|字号|字號|字体|字體|字级|字級|复制链接|複製網址|"
    r"推荐朋友|挑错|保存|电子邮件|電子郵件|大\s*中\s*小"
)
_BREADCRUMB = re.compile(
    r"^(?:您(?:现在|当前)?(?:所在)?的?位置|当前位置|當前位置|位置)\s*[:：]|[>»›]\s*正文$"
)


def is_furniture_label(text: str) -> bool:
    """The label of a related list, a share row or a bio box (``Related:``, ``分享到：``):
    what introduces page furniture, never the article's own list."""
    return bool(_RELATED_LABEL.match(text) or _CLOSING_LABEL.match(text)) or _is_tool_row(text)


def _is_tool_row(text: str) -> bool:
    """A short row made mostly of tool words (``打印 关闭``, ``字号：大 中 小``, ``[推荐朋友]``)."""
    if len(text) > 30:
        return False
    letters = sum(1 for ch in text if ch.isalnum())
    tools = sum(len(m.group().replace(" ", "")) for m in _TOOL_WORD.finditer(text))
    return tools > 0 and tools * 5 >= letters * 2


def _is_edge_furniture(text: str) -> bool:
    return _is_meta_line(text) or _is_tool_row(text) or (len(text) <= 80 and bool(_BREADCRUMB.search(text)))


def _is_meta_line(text: str) -> bool:
    limit = 60 if mostly_cjk(text) else 120
    if len(text) > limit or text.endswith(("。", "！", "？")):
        return False
    match = _META_LINE.search(text)
    return match is not None and (match.start() < 12 or len(_META_LINE.findall(text)) >= 2)
