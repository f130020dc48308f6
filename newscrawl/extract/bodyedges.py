"""Trim what sits at the body's edges: info rows at the top and bottom, related lists and
bio boxes at the end.

The body region is found by prose mass, so its container often also holds the article
column's furniture: the date and source row above the text, the editor line below it,
a "Related" list or an author box after the last paragraph. These are judged line by
line at the edges only: the same words in mid-article are part of the story.
"""

from __future__ import annotations

import re

from newscrawl.extract.blocks import CJK_CHAR, Block

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
    while start < end and _is_meta_line(blocks[start].text):
        start += 1
    while end > start and _is_meta_line(blocks[end - 1].text):
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
    r"^(?:about the (?:authors?|reviewers?|writers?)|(?:like|share) this|作者简介)\s*[:：.]?$", re.I
)


def cut_related_tail(blocks: list[Block]) -> list[Block]:
    """Drop a trailing related-articles block or bio box: its label line and all that follows.

    >>> from newscrawl.extract.blocks import Segment
    >>> lines = ["正文第一段。", "正文第二段。", "相关阅读", "另一篇新闻的标题 05-25 01:57"]
    >>> [b.text for b in cut_related_tail([Block("p", [Segment(t)]) for t in lines])]
    ['正文第一段。', '正文第二段。']
    """
    end = len(blocks)
    for index in range(end - 1, 0, -1):  # from the bottom: a bio box above a related list
        if index * 2 < end:
            break  # labels in the article's first half are part of the story
        text = blocks[index].text
        if (_RELATED_LABEL.match(text) and _is_teaser_tail(blocks[index + 1 : end])) or (
            _CLOSING_LABEL.match(text) and end - index <= 8
        ):
            end = index
    return blocks[:end]


def _is_teaser_tail(rest: list[Block]) -> bool:
    """Only teaser-sized lines follow the label; a "Related" box in mid-article is
    followed by the story again."""
    if len(rest) > 12:
        return False
    return all(len(b.text) + len(CJK_CHAR.findall(b.text)) <= 240 for b in rest)


def _is_meta_line(text: str) -> bool:
    limit = 60 if len(CJK_CHAR.findall(text)) > len(text) * 0.3 else 120
    if len(text) > limit or text.endswith(("。", "！", "？")):
        return False
    match = _META_LINE.search(text)
    return match is not None and (match.start() < 12 or len(_META_LINE.findall(text)) >= 2)
