"""The labels that open the furniture under the article: related lists, bio-box and like rows,
site notices and promos, comment threads; and the test that only teasers follow a label (a related
list, not the story going on). Apart from the cut in :mod:`~newscrawl.extract.bodyedges`, which
walks the lines; these say where a cut may start."""

from __future__ import annotations

import re

from newscrawl.extract.bioboxes import is_author_bio
from newscrawl.extract.blocks import Block, weighted_length

# A line that is only the label of a related-articles block. Such blocks sit after the
# article; when the body region takes them in, everything from the label on goes.
RELATED_LABEL = re.compile(
    r"^(?:[>【\[]\s*)?(?:(?:相关|相關)(?:阅读|閱讀|新闻|新聞|报道|報導|文章|链接|鏈接|推荐|推薦|专题|專題)|"
    r"延伸\s*[·・]?\s*(?:阅读|閱讀|推荐|推薦)|(?:您|你)?可能(?:会|會)?(?:感兴趣|感興趣|有兴趣|有興趣|喜欢|喜歡)"
    r"(?:的(?:文章|内容|內容|新闻|新聞))?|"
    r"推荐阅读|热点(?:资讯|新闻|推荐)|猜你喜欢|热门推荐|更多(?:阅读|新闻|报道)|(?:本篇新闻)?热门关键词|"
    r"(?:other )?related"
    r"(?: (?:articles?|stories|news|posts|reading|coverage|topics|content|reads|pages|resources)"
    r"(?: (?:on|from) [\w. ]{1,30}| that may interest you)?)?|"
    r"read (?:more|next|also|this next)|more (?:stories|articles|posts|news|from [\w. ]{1,30})|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"(?: the following(?: topics)?(?: as well)?| these)?|"
    r"recommended(?: for you| reading)?|(?:latest|recent) (?:news|posts|articles|stories|insights)|"
    r"(?:most|also) (?:popular|read)|popular (?:posts|articles|stories)|trending(?: now)?|also in the news|"
    r"keep reading|editor'?s picks|top stories|what to read next|more you might like|explore more|"
    r"more resources|(?:more|other) (?:[\w'-]+ ){0,2}(?:articles|posts|stories|videos)"
    r"(?: you (?:may|might) (?:also )?(?:like|enjoy)| (?:by|from) [\w.&' ]{1,30})?)"
    r"\s*[】\]]?\s*(?:[:：]|…|\.\.\.)?$",
    re.I,
)
# A Chinese related label with its one teaser on the same line (``相关阅读：另一篇新闻的标题``).
_RELATED_INLINE = re.compile(
    r"^[【\[]?(?:相关|相關)(?:阅读|閱讀|新闻|新聞|报道|報導|文章)[】\]]?\s*[:：]\s*\S.{0,40}$"
)
# A line that opens the closing furniture under an article: the author's bio box, the
# blog engine's like and share rows. Their lines run longer than teasers.
CLOSING_LABEL = re.compile(
    r"^(?:about the (?:authors?|reviewers?|writers?)|meet the authors?|written by|"
    r"(?:article |medically )?(?:reviewed|fact[- ]checked|edited) by|how we reviewed this article|"
    r"contributing (?:writer|editor)|disclaimer|(?:like|share) this|作者简介|作者簡介)\s*[:：.,]?$",
    re.I,
)
# The bio box's label run into its first line ("About the author: Craig Hull is a freelance…").
_ABOUT_AUTHOR = re.compile(r"^about the (?:authors?|writers?)\s*[:：—–-]\s*\S", re.I)
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


def opens_closing_furniture(blocks: list[Block], index: int, end: int) -> bool:
    """Whether ``blocks[index]`` is a label that starts the furniture below the article, up to ``end``.

    Labels in the article's first half are part of the story; a site notice never is, and
    the blog engine's like row only when a related list follows it.
    """
    text = blocks[index].text
    second_half = index * 2 >= end
    if _opens_comments(blocks, index, end):
        return True
    related = second_half and (
        RELATED_LABEL.match(text) or (not text.isascii() and _RELATED_INLINE.match(text))
    )
    if related or is_closing_notice(text):
        return _is_teaser_tail(blocks[index + 1 : end])
    if _LIKE_ROW.match(text):
        return second_half or _is_teaser_tail(blocks[index + 1 : end])
    if not second_half or end - index > 8:
        return False
    return CLOSING_LABEL.match(text) is not None or _ABOUT_AUTHOR.match(text) is not None


# The label over a comment form or thread (``發表文章``, ``我要评论``, ``网友评论``, ``跟贴区``,
# ``4,060 条评论``, "59 Comments on “Title”", "12 thoughts on “Title”", "Leave a Reply", "Comments
# Filter:"): the readers' part of the page, always below the article, however long it runs. Class
# names usually mark it too; on a page whose names are hashes these words are all there is.
_COMMENT_OPENER = re.compile(
    r"^[【\[]?(?:(?:发表|發表|我要)(?:评论|評論|留言|文章|意见|意見)|(?:网友|網友|读者|讀者)(?:评论|評論|留言))"
    r"[】\]]?\s*[:：]?$"
    r"|^(?:跟|发|發)(?:贴|帖|貼)(?:区|區)(?:\s+\S{1,16})?$|^\d[\d,]*\s*条(?:评论|評論|留言)$"
    r"|^(?:(?:\d[\d,]*|one|no)\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\s+[“\"‘'].{1,200})?"
    r"|(?:(?:view|show|read|see)\s+(?:all\s+)?)?comments?\s*\(\d[\d,]*\)"
    r"|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|comments?\s+filter"
    r"|join\s+the\s+(?:discussion|conversation)|discussion\s+about\s+this\s+(?:post|article|story)"
    r"|post\s+a\s+comment|add\s+(?:a\s+)?comment)\s*:?$",
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
    to thirty lines. Longer lines are excerpts of the other stories when they break off
    ("…", "Read more") or come with their short date lines; one closing line (a disclosure, a
    newsletter prompt) may follow the list, and the author's bio may close the page under it."""
    if len(rest) > 30:
        return False
    while len(rest) > 2 and is_author_bio(rest[-1].text):
        rest = rest[:-1]
    sizes = [weighted_length(b.text) for b in rest]
    if any(size > _EXCERPT for size in sizes):
        return False
    long_lines = [b.text for b, size in zip(rest, sizes, strict=True) if size > _TEASER]
    if len(sizes) >= 3 and sizes[-1] > _TEASER:
        long_lines.pop()  # the closing line under the list
    if not long_lines:
        return True
    if all(_EXCERPT_END.search(text) for text in long_lines):
        return True
    # a list of excerpts: longer lines, but each comes with its short date and section lines
    return len(sizes) >= 4 and sum(size <= 40 for size in sizes) * 2 >= len(sizes)


_TEASER = 240  # a linked title with its date and section
_EXCERPT = 400  # a teaser's excerpt, a closing prompt; longer is the article's prose
# How an excerpt of another story breaks off.
_EXCERPT_END = re.compile(r"(?:…|\.\.\.|\b(?:read more|continue reading)\W{0,3})$", re.I)
