"""Trim what sits at the body's edges: info rows at the top and bottom, related lists and
bio boxes at the end.

The body region is found by prose mass, so its container often also holds the article
column's furniture: the date, read-time and byline rows above the text, the editor line,
pager or share row below it, a "Related" list or an author box after the last paragraph.
These are judged line by line at the edges only: the same words in mid-article are part of
the story. An author's bio is told from the article's last paragraph by its box (a name or
role row over it, contact links or a co-author's bio under it), not by its wording alone; a
contributor card (a name over a job title) by having no sentence under it. Chinese pages add
their credit rows (``記者X／台北報導``, ``[稿源：红网]``), share rows naming the platforms and
related labels left without their list.
"""

from __future__ import annotations

import re

from newscrawl.extract.blocks import Block, mostly_cjk, weighted_length
from newscrawl.extract.datetext import find_stamps
from newscrawl.extract.names import is_person, zh_fold
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


def trim_meta_lines(blocks: list[Block]) -> list[Block]:
    """Drop date/source/byline rows at the start and end of the body.

    Containers that hold the whole article column also hold its info row
    (``2024年9月3日 08:15 来源：… 作者：…``) and its editor line; such rows are short
    and carry dates or credit labels, unlike the prose between them.
    """
    start, end = 0, len(blocks)
    while start < end:
        if _is_edge_furniture(blocks[start].text):
            start += 1
        elif start + 1 < end and _is_author_row(blocks[start].text) and _is_meta_line(blocks[start + 1].text):
            start += 2  # the author's name over the date ("Luke Kim" / "December 17, 2025")
        elif (
            0 < start < end - 1
            and _is_author_row(blocks[start].text)
            and _is_meta_line(blocks[start - 1].text)
        ):
            start += 1  # ... or under it
        elif (under := _under_deck(blocks, start, end)) > start:
            start = under
        elif (valued := _label_and_value(blocks, start, end)) > start:
            start = valued
        else:
            break
    tail = blocks[end - 1 : end] if _closes_on_editor_credit(blocks, start, end) else []
    end -= len(tail)
    while end > start and _is_edge_furniture(blocks[end - 1].text):
        end -= 1
    return blocks[start:end] + tail


# A byline's or a date's label set on a line of its own, its value on the next ("Posted By" /
# "Jane Doe", "Posted On" / "Jan 13, 2025").
_FIELD_LABEL = re.compile(
    r"^(?:(?:posted|written|published|updated|last updated)\s+(?:by|on)|author|date)\s*:?$", re.I
)


def _label_and_value(blocks: list[Block], start: int, end: int) -> int:
    """Past a field label opening the body and its value, a short line (and the copies of it a
    layout prints for other screens), or ``start`` when ``blocks[start]`` is no such label."""
    if start + 1 >= end or not _FIELD_LABEL.match(blocks[start].text):
        return start
    value = blocks[start + 1].text
    if len(value) > 60 or value.endswith((".", "。", "!", "?")):
        return start
    after = start + 2
    while after < end and blocks[after].text == value:
        after += 1
    return after


def edge_rows(blocks: list[Block]) -> tuple[int, int]:
    """How many info, share, pager or credit rows (see :func:`trim_meta_lines`) open and close
    ``blocks``. The cleaners ask again once they took a line off an edge: a notice or a call to
    action under the share row hid it from the first trim."""
    end = len(blocks)
    while end > 0 and _is_edge_furniture(blocks[end - 1].text):
        end -= 1
    start = 0
    while start < end and _is_edge_furniture(blocks[start].text):
        start += 1
    return start, len(blocks) - end


def _closes_on_editor_credit(blocks: list[Block], start: int, end: int) -> bool:
    """Whether the body closes on a desk editor's credit the trim does not take (``（責任編輯: 劉沛 ）``)
    under prose: the share row the CMS prints above the credit is trimmed past it, and the credit
    stays (the credits are read from the body; the cleaners drop the line)."""
    if end - start < 2:
        return False
    text = blocks[end - 1].text
    if len(text) > 60 or _EDITOR_CREDIT.match(text) is None:
        return False
    return not _is_edge_furniture(text)  # (a credit the trim knows, ``责任编辑：X``, goes with the rows)


_DECK_LINES = 2  # the standfirst (one or two lines) printed over the info row
_DECK_SIZE = 300  # a standfirst is a sentence or two; the article's first paragraph runs longer
_INFO_ROW = 60  # "Dec. 17, 2025", "Bridgestone Team | 5 min read"; a dated log entry runs longer


def _under_deck(blocks: list[Block], start: int, end: int) -> int:
    """Where the text starts when the article's standfirst (or the headline again, a disclosure)
    sits over its info row: past that row ("From PSIM's rise and fall…" / "Dec. 17, 2025"); else
    ``start``. Text never runs on a line or two and then prints the story's date."""
    if start > 0:
        return start  # only at the body's top, before any row was taken off
    for row in range(1, min(_DECK_LINES + 1, end - 1)):
        deck = blocks[row - 1].text
        if len(deck) > _DECK_SIZE or mostly_cjk(deck) or (row > 1 and _is_meta_line(deck)):
            break  # a Chinese lead may carry the day's date and time; a dated log lists entries
        if _is_info_row(blocks[row].text):  # (the first line is no meta line: the caller looked)
            return row + 1
    return start


def _is_info_row(text: str) -> bool:
    """A short English date or read-time row ("Dec. 17, 2025", "Bridgestone Team | 5 min read"),
    not a dated sentence."""
    short = len(text) <= _INFO_ROW and not text.endswith((".", "!", "?"))
    return short and not mostly_cjk(text) and _is_meta_line(text)


def _is_author_row(text: str) -> bool:
    """A line that is only a person's name: the byline beside the date row."""
    return len(text) <= 40 and text[:1].isupper() and is_person(text)


# A line that is only the label of a related-articles block. Such blocks sit after the
# article; when the body region takes them in, everything from the label on goes.
_RELATED_LABEL = re.compile(
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
_CLOSING_LABEL = re.compile(
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


def cut_related_tail(blocks: list[Block]) -> list[Block]:
    """Drop a trailing related-articles block or bio box: its label line and all that follows.

    >>> from newscrawl.extract.blocks import Segment
    >>> lines = ["正文第一段。", "正文第二段。", "相关阅读", "另一篇新闻的标题 05-25 01:57"]
    >>> [b.text for b in cut_related_tail([Block("p", [Segment(t)]) for t in lines])]
    ['正文第一段。', '正文第二段。']
    """
    end = _after_editor_credit(blocks)
    index = end - 1
    while index > 0:  # from the bottom: a bio box above a related list
        if _opens_closing_furniture(blocks, index, end):
            end = index
        elif index * 2 >= end and end - index <= _BOX_LINES:  # a box is short
            end = min(_bio_box_start(blocks, index, end), _card_start(blocks, index, end))
        index = min(index, end) - 1
    return blocks[:end]


# An author's bio: third person, opening with the name and what the author is or does ("Chen Zhao
# is the head of economics research…", "Sean Peek co-founded…", "(Paul Fenaroli is an Associate…").
_BIO = re.compile(
    r"^(?:\(|[Aa]bout the [Aa]uthors?\s*[:：-]\s*)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?(?P<name>[A-Z][\w'’.-]+)"
    r"(?:\s(?:[A-Z][\w'’.-]*|\([A-Z][\w'’.-]*\)|de|van|der|von|la|le|da|del|bin|al)){0,3}"
    r"(?:,\s(?:[A-Z][\w.]*\s)?[A-Z][A-Za-z.]*){0,4},?\s"  # credentials: "Raghuveer Vedala, MD, FAAFP, is"
    r"(?:is|was|has|serves|writes|covers|joined|leads|holds|brings|speciali[sz]es|identifies|works|studied|lives|"
    r"(?:co-)?founded)\b"
)
# What tells a person from a company or a product opening the same way ("Wix has the best…"):
# the pronouns of the bio's next sentences, or a job right after the verb.
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")
_REPORTED = re.compile(r"\b(?:said|says|told)\b")
_JOB = re.compile(
    r"writer|editor|journalist|reporter|author|contributor|photographer|economist|director|manager|"
    r"founder|\bceo\b|\bcto\b|professor|faculty|analyst|specialist|expert|consultant|attorney|"
    r"physician|lawyer|researcher|scientist|correspondent|columnist|blogger|freelance",
    re.I,
)
# The links under a bio: "Email Chen", "Facebook Twitter Email", "Latest posts by X (see all)".
_CONTACT_ROW = re.compile(
    r"^(?:(?:e-?mail|follow|contact|connect with|message)\s+"
    r"(?:me|him|her|(?-i:[A-Z][\w'’.-]*)(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})(?:\s+on\s+\w+)?\W*|"
    r"(?:latest|recent|more|view all|see all)\s+(?:posts|articles|stories)\b.{0,50}|"
    r".{0,50}\((?:see|view) all\)|"
    r"(?:(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|threads|bluesky|e-?mail|website|rss)\s*[|·•,/]?\s*)+)$",
    re.I,
)
# The count over a bio box's name ("208 / Articles", "5 articles").
_COUNT_ROW = re.compile(
    r"^\d[\d,]*(?:\s+(?:articles?|posts?|stories))?$|^(?:articles?|posts?|stories)$", re.I
)
_BOX_LINES = 8  # bios, their contact rows and the box's header: more is the article going on
_BOX_ROW = 100  # a contact or header row is short; a sentence after a bio is the article's


def is_author_bio(text: str) -> re.Match[str] | None:
    """The opening of a third-person bio of a person ("Daryl Fairweather is the chief economist
    of Redfin. Her insights…"), or None; companies and products open the same way without the
    person's pronouns and job words."""
    if not 40 <= len(text) <= 1500:
        return None
    match = _BIO.match(text)
    if match is None or _REPORTED.search(text, 0, 300):
        return None  # "…, she said": the story quoting its subject
    if _PRONOUN.search(text, 0, 300) or _JOB.search(text, match.end(), match.end() + 50):
        return match  # the job is what the name "is": "is a freelance travel writer"
    return None


def _bio_box_start(blocks: list[Block], index: int, end: int) -> int:
    """Where the author box that ``blocks[index]`` opens starts (``end`` when it opens none).

    The shape alone is no proof: an article may close on a sentence about a person, and a
    tagline in the article's own last paragraph is the article's. A box shows itself by what
    surrounds the bio: its header (the name on its own line, an article count), its contact
    links, a second bio, or the bio printed twice (one per screen size)."""
    if end - index > _BOX_LINES:
        return end
    bio = is_author_bio(blocks[index].text)
    if bio is None:
        return end
    rest = [b.text for b in blocks[index + 1 : end]]
    if not all(_is_box_row(t) or is_author_bio(t) for t in rest):
        return end
    start = index
    while start * 2 > end and is_author_bio(blocks[start - 1].text):
        start -= 1  # the bios of co-authors, one above the other
    header = _box_header_start(blocks, start, bio.group("name"))
    boxed = header < start or any(
        t == blocks[index].text or _CONTACT_ROW.match(t) or is_author_bio(t) for t in rest
    )
    return header if boxed else end


# What a contributor card names under the person: a job title ("SEO Writer", "Chief HR Scientist",
# "Research & Insights Lead", "Founder and Dean").
_ROLE = re.compile(
    rf"{_JOB.pattern}|\b(?:lead|head|chief|officer|dean|president|partner|strategist|designer|engineer|"
    r"coach|advis[eo]r|associate|assistant|intern|staff|dietitian|nutritionist|producer|host)\b",
    re.I,
)
_CARD_ROW = 60  # a name or a job title


def _card_start(blocks: list[Block], index: int, end: int) -> int:
    """``index`` when ``blocks[index]`` opens a contributor card (a name over its job title, no bio
    sentence: "Jorge Jimenez" / "SEO Writer" / "Last Posted December, 2025") and only box rows (more
    cards, their links) follow it; else ``end``. The article never closes on a bare name."""
    if end - index > _BOX_LINES or index + 1 >= end:
        return end
    name, role = blocks[index].text, blocks[index + 1].text
    if len(name) > 40 or len(role) > _CARD_ROW or not name[:1].isupper():
        return end  # (cheap gates first: this runs on each of the last lines)
    if not (_ROLE.search(role) and _is_card_name(name)):
        return end
    return index if all(_is_box_row(b.text) for b in blocks[index + 2 : end]) else end


def _is_card_name(text: str) -> bool:
    """A line that is only a person's name, not a job title that reads like one ("Chief Editor")."""
    return len(text) <= _CARD_ROW and _is_author_row(text) and _ROLE.search(text) is None


def _is_box_row(text: str) -> bool:
    """A row of a bio box: short and no sentence (a link, a post title, a tag list)."""
    return weighted_length(text) <= _BOX_ROW and not text.endswith((".", "!", "?", "。", "！", "？"))


def _box_header_start(blocks: list[Block], index: int, name: str) -> int:
    """The first of the short rows above a bio that head its box: the name (with the role
    below it), the role alone, or an article count; ``index`` when none does."""
    start = index
    for above in range(index - 1, max(index - 4, 0), -1):
        text = blocks[above].text
        if len(text) > 60 or text.endswith((".", "!", "?", ":")):
            break
        if name in text or _COUNT_ROW.match(text) or (above == index - 1 and _JOB.search(text)):
            start = above
    return start


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
    related = second_half and (
        _RELATED_LABEL.match(text) or (not text.isascii() and _RELATED_INLINE.match(text))
    )
    if related or is_closing_notice(text):
        return _is_teaser_tail(blocks[index + 1 : end])
    if _LIKE_ROW.match(text):
        return second_half or _is_teaser_tail(blocks[index + 1 : end])
    if not second_half or end - index > 8:
        return False
    return _CLOSING_LABEL.match(text) is not None or _ABOUT_AUTHOR.match(text) is not None


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


# Article tools (print, share, font size) and the "you are here" trail above the text.
_TOOL_WORD = re.compile(
    r"打印|列印|收藏|转发|轉發|分享|评论|評論|留言|关闭|關閉|字号|字號|字体|字體|字级|字級|复制链接|複製網址|"
    r"推荐朋友|挑错|纠错|糾錯|保存|电子邮件|電子郵件|大\s*中\s*小|扫一扫|掃一掃|扫描二维码|掃描二維碼"
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


# What is left of a byline or a credit row whose names were links or pictures: the separators
# between them ("•", ", and", "|").
_NAME_GLUE = re.compile(r"[\W_]*(?:(?:and|&)[\W_]*)?", re.I)


def _is_edge_furniture(text: str) -> bool:
    return (
        (len(text) <= 8 and _NAME_GLUE.fullmatch(text) is not None)
        or _is_meta_line(text)
        or _is_tool_row(text)
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
    return marked and _RELATED_LABEL.match(label) is not None


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


def _is_meta_line(text: str) -> bool:
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
