"""What a Chinese credit line names: 记者/作者 labels, news datelines' reporters, closing credits.

In simplified and traditional script alike: labels are matched on the line folded to simplified
(:func:`~newscrawl.extract.names.zh_fold`, one character for one), names are cut from the line as
shown. :mod:`~newscrawl.extract.linecredits` reads these in the head's lines, and the body's first and
last paragraphs are read here (:func:`body_credits`).
"""

from __future__ import annotations

import re
from itertools import islice, takewhile

from newscrawl.extract.namelists import ZH_ROLE, leading_names
from newscrawl.extract.names import (
    EDITOR,
    HAN,
    ORG_TAIL,
    REPORTER_LABEL,
    ZH_LABEL_NAMES,
    ZH_NAMES,
    ZH_ROLE_WORD,
    is_person,
    split_names,
    unfolded_class,
    zh_fold,
)
from newscrawl.extract.outletdatelines import OUTLET_NAME

# Matched on the folded line (see zh_fold). A name may close on a Taiwan dateline's place and day
# ("中央社記者劉世怡台北11日電": a name of three characters at most, so the place keeps two or more; in
# "台灣醒報記者潘姿羽台北報導" the place has two, unless its second closes a longer one: 新北市, 桃園縣),
# on "／" ("記者X／台北報導") or on the next role ("记者柳德新通讯员彭娟").
# A role pair may open the label: "编译/记者 X" (the reporter translated the text), "文/图记者 X",
# "文/图 X" (the writer took the pictures too): a writer all the same.
_ROLE_PAIR = rf"(?:(?:编译|(?<!{HAN})文(?:\s*[/／]\s*图)?)\s*[/／]?\s*)"
_ZH_LABELLED = re.compile(
    rf"(?:{_ROLE_PAIR}?(?P<rep>{REPORTER_LABEL})(?:\s*[:：/|｜]\s*|\s*)"
    rf"|(?:^|(?<=[\s（(：:|｜/【\[》」”]))(?P<role>{ZH_ROLE})(?:\s*[/／]\s*图)?(?:\s*[:：/|｜]\s*|\s+)"
    rf"|(?P<tagged>{ZH_ROLE})\s*[:：/|｜]\s*)"
    rf"(?P<names>{ZH_LABEL_NAMES.pattern})"
    rf"(?=$|[\s）)】\]，,。;；|｜／/]|摄|报道|报导|整合|发自|整理|通讯员|实习生|、(?:{REPORTER_LABEL}))"
    rf"|(?P<dated>(?<=记者){HAN}{{2,3}})(?={HAN}{{2,4}}\d{{1,2}}日专?电)"
)
# "【中廣新聞／陳奕華】" (an outlet, then the reporter) and "邱俐穎／台北報導", "【林X、陳Y╱綜合報導】" (the
# reporters, then the place or the desk).
_ZH_SLASHED = re.compile(
    rf"【[^／/╱】]{{2,12}}[／/╱]\s*(?P<a>{HAN}[\u4e00-\u9fff·]{{1,3}})(?<!报导)(?<!报道)\s*】"
    rf"|(?:^|(?<=[\s】）)【]))(?P<b>{HAN}[\u4e00-\u9fff·]{{1,3}}(?:[、，,]{HAN}[\u4e00-\u9fff·]{{1,3}})*)\s*[／/╱]\s*{HAN}{{2,3}}报[导道]"
)
# A reader's or contributor's signature set as the byline, the name then the place: "【（李四／四川成都）】".
_SIGNED = re.compile(rf"【?[（(]\s*(?P<n>{HAN}{{2,3}})\s*[／/]\s*{HAN}{{2,8}}\s*[）)]】?")
# A signature, the names before their role at the line's end: "张三/文", "李四 王五文/图" (who wrote the
# text and took the pictures).
_ROLE_AFTER = re.compile(
    rf"\s*(?P<names>{ZH_NAMES.pattern})\s*(?:[/／]\s*文|文\s*[/／]\s*图|图\s*[/／]\s*文)\s*"
)
# A person glued to the desk that credits the story, after its outlet: "優活網╱uho新聞中心林X 2012-01-12".
# "中廣新聞／楊X": the outlet, then its reporter (not a breadcrumb's "公視新聞網 / 政治").
_OUTLET_SLASH = re.compile(rf"(?P<o>[^／/╱\s]{{2,12}})[／╱](?P<n>{HAN}{{2,3}})")
_DESK_WRITER = re.compile(rf"[╱／/]\s*[\w·]{{0,12}}?(?:新闻中心|编辑部)(?P<n>{HAN}{{2,3}})(?=\s|$)")
_PLACED = re.compile(rf"({HAN}{{2,3}}){HAN}[^\s市县縣区镇乡]")
_ROLE_LEAD = re.compile(rf"^(?:{REPORTER_LABEL})\s*")
_ZH_NOT_NAME = re.compile(
    r"^(?:了解|获悉|注意|发现|表示|调查|采访|走访|看到|联系|致电|"
    r"证实|独家|最新|近日|日前|统计|"
    r"今日|昨日|从|向\S{2}(?:了解|表示|介绍|透露)|在|对|据|称|问|说|看|一行|团队|朋友|原创|"
    r"会|招待|见面|发稿|节|证|站)"  # 记者会上, 记者招待会, 截至记者发稿时, 记者证: no reporter named
)
# What every label of _ZH_LABELLED holds (记者, or a ZH_ROLE word): a line with none is not searched.
_ZH_LABEL_HINTS = ("记者", "作者", "文", "撰", "执笔", "采", "口述", "通讯员", "实习生")
_ZH_LABEL_HINT = re.compile("|".join(_ZH_LABEL_HINTS))  # one scan of the line, not one per hint


# What any credit zh_labelled reads in a short line (or opening_credits in a paragraph's opening)
# needs, one character of it: a hint's first (a label), 文 (a signature: "李四 王五文/图"), a slash
# ("邱俐穎／台北報導") or 电/讯 (a dateline's parenthesis: 中国网1月17日讯（王文举）); each also in the
# traditional forms that fold to it. Most lines hold none: their dozen tests are spared.
_MAY_CREDIT = unfolded_class([*(hint[0] for hint in _ZH_LABEL_HINTS), *"文/／╱电讯"])

# Closing credits naming the writer with more than a bare name: "（張文祿報導）", "(全景网/陈祎)" (the
# outlet, then its writer), "(立悟/编译)", "(X 编译)" and "（译者：中央社X）": who wrote the text from
# foreign sources is credited with it (an editor, 编辑, never is).
_CREDIT_TAIL = re.compile(
    rf"[（(]\s*(?:(?:{OUTLET_NAME})\s*[/／]\s*(?P<a>{ZH_NAMES.pattern})"
    rf"|(?P<b>{ZH_NAMES.pattern})\s*(?:报[导道]|[/／]?\s*编译)"
    rf"|(?:译者|编译)\s*[:：]\s*(?:{OUTLET_NAME})?(?P<c>{ZH_NAMES.pattern}))\s*[）)]\s*$"
)
# A reporter's credit closing the last paragraph after its last sentence: "…等。记者X".
_LAST_SENTENCE = re.compile(r"[。！？!?]\s*([^。！？!?]{3,20})$")
_PAREN_TAIL = re.compile(rf"[（(]\s*(?:记者\s*)?(?P<names>{ZH_NAMES.pattern})\s*[）)]\s*$")


# A dateline's credit parenthesis ("新华网北京1月12日电 （新华网张改萍 中国气象网记者颜昕）") may name a
# person glued to the outlet's name with no 记者 between: 新华网张改萍.
# It may also hold the writer's bare name (中国网1月17日讯（王文举）): no label, no outlet.
_DATELINE_PAREN = re.compile(r"[电讯]\s*[（(](?P<c>[^（()）]{2,40})[）)]")
_BARE_NAMES = re.compile(rf"\s*{HAN}{{2,3}}(?:\s+{HAN}{{2,3}})*\s*")
_GLUED = re.compile(rf"(?:^|(?<=\s))(?:{OUTLET_NAME})(?P<n>{HAN}{{2,3}})(?=\s|$)")
# A person between a closing credit's outlet and its editor: "（来源：中国日报网 信莲 编辑：北风）".
_SOURCED_WRITER = re.compile(
    rf"[（(]\s*来源\s*[:：]\s*[^\s（()）]{{2,20}}\s+(?P<n>{HAN}{{2,3}})\s+(?:责任)?编辑\s*[:：]"
)


# Role labels read in one line: a credit line names a few (two at most on the dev corpora); a long
# dateline paragraph's later ones are running text, and each name found is checked against the line.
MAX_LINE_LABELS = 8


def zh_labelled(text: str) -> list[str]:
    """Persons after a Chinese role label (记者 X, 作者：X) in a short line or a dateline, in simplified
    or traditional script."""
    if len(text) > 60 and not (_may_open_dateline(text) and _zh_dateline(zh_fold(text[:42]))):
        opening = text[:12]
        if not ((":" in opening or "：" in opening) and _ZH_OPENING_LABEL.match(zh_fold(opening))):
            return []  # a paragraph (a label opening one needs its colon, which most lack)
        text = text[:60]  # "作者：Steed (微博) (专业级业余天文爱好者，…)": a credit line, then a bio
    if len(text) <= 60 and not _MAY_CREDIT.search(text):
        return []  # see _MAY_CREDIT
    folded = zh_fold(text)
    after = _signed_role(text, folded) if len(text) <= 20 and "文" in folded else []
    if after:
        return after
    if len(text) <= 40 and _has_slash(text):
        signed = _SIGNED.fullmatch(text.strip()) or _DESK_WRITER.search(folded)
        slash = _OUTLET_SLASH.fullmatch(folded.strip()) if not signed else None
        signed = signed or (slash if slash and ORG_TAIL.search(slash["o"]) else None)
        if signed and is_person(signed["n"]):
            return [text[signed.start("n") : signed.end("n")]]
    slashed = _has_slash(text) and ("报" in folded or "】" in text)  # what _ZH_SLASHED needs
    if not (slashed or _ZH_LABEL_HINT.search(folded)):
        return _with_glued(text, folded, []) if _zh_dateline(folded[:42]) else []  # 中国网1月17日讯（王文举）
    labels = islice(_ZH_LABELLED.finditer(folded), MAX_LINE_LABELS)
    found = [n for m in labels for n in _labelled_names(text, folded, m)]
    if slashed:
        found += _slashed(text, folded)
    return _with_glued(text, folded, found) or _latin_labelled(text, folded)


def _signed_role(text: str, folded: str) -> list[str]:
    """The persons of a short line signed with their role after them ("李四 王五文/图"), all or none."""
    m = _ROLE_AFTER.fullmatch(folded)
    names = split_names(text[m.start("names") : m.end("names")]) if m else []
    return names if names and all(len(n) <= 3 and is_person(n) for n in names) else []


def _has_slash(text: str) -> bool:
    return "／" in text or "/" in text or "╱" in text


def _slashed(text: str, folded: str) -> list[str]:
    """The persons a slashed credit names: "【中廣新聞／X】", "【X╱新北報導】" (not "【中央社╱台北報導】")."""
    found = [text[m.start(g) : m.end(g)] for m in _ZH_SLASHED.finditer(folded) for g in "ab" if m[g]]
    return [n for credit in found for n in split_names(credit) if is_person(n)]


def _latin_labelled(text: str, folded: str) -> list[str]:
    """Latin-script names after a Chinese label opening the line ("作者：Steed", "记者 Tom Lee"):
    a pen name or a foreign writer on a Chinese page, read as an English byline is."""
    label = _ZH_LATIN_LABEL.match(folded)
    if label is None:
        return []
    names = leading_names(EDITOR.split(text[label.end() :])[0])
    if names and folded[text.rfind(names[-1]) + len(names[-1]) :].lstrip()[:1] == "摄":
        return []  # "记者 Tom Lee 摄": the photographer
    return [n for n in names if is_person(n, strict=False)]


# A Chinese writer's label opening a line: with a colon (else "作者认为…" opens a sentence), or
# with a Latin capital after it.
_WRITER_LABEL = rf"[\s(（【\[]*(?:(?:见习|实习|特约|首席)?记者|{ZH_ROLE})\s*"
_ZH_OPENING_LABEL = re.compile(rf"{_WRITER_LABEL}[:：]")
_ZH_LATIN_LABEL = re.compile(rf"{_WRITER_LABEL}[:：/|｜]?\s*(?=[A-Z])")


def _with_glued(text: str, folded: str, found: list[str]) -> list[str]:
    """``found`` with the persons a dateline's parenthesis glues to their outlet's name
    ("（新华网张改萍 中国气象网记者颜昕）": 张改萍 beside 颜昕), in the order shown."""
    paren = _DATELINE_PAREN.search(folded) if "电" in folded or "讯" in folded else None
    if paren is None:
        return found
    start = paren.start("c")
    if _BARE_NAMES.fullmatch(paren["c"]):
        bare = split_names(text[start : paren.end("c")])
        ok = bare and all(is_person(n) and not EDITOR.search(n) for n in bare)
        return sorted(dict.fromkeys([*found, *bare]), key=text.find) if ok else found
    glued = [
        name
        for m in _GLUED.finditer(paren["c"])
        if not ZH_ROLE_WORD.search(name := text[start + m.start("n") : start + m.end("n")])
        and is_person(name)
    ]
    return sorted(dict.fromkeys([*found, *glued]), key=text.find) if glued else found


def sourced_writer(text: str) -> list[str]:
    """The person a closing credit names between its outlet and its editor
    ("（来源：中国日报网 信莲 编辑：北风）": 信莲, the writer)."""
    folded = zh_fold(text) if "编" in text or "編" in text else ""
    m = _SOURCED_WRITER.search(folded) if "源" in folded else None
    name = text[m.start("n") : m.end("n")] if m else ""
    return [name] if name and not ZH_ROLE_WORD.search(name) and is_person(name) else []


def _labelled_names(text: str, folded: str, m: re.Match[str]) -> list[str]:
    """The names one label match credits, cut from ``text``: none for a photographer ("记者X摄"), an
    editor's label just before, or a label read in running text ("发放记者证件时，", "记者：春运初始，")."""
    group = "names" if m["names"] else "dated"
    start, end = m.start(group), m.end(group)
    end -= 2 if folded.endswith(("报导", "报道"), start, end) else 0  # "记者李军报道": the name run on
    placed = _PLACED.fullmatch(folded, start, end) if folded[end : end + 1] == "报" else None
    end = placed.end(1) if placed else end  # "記者潘姿羽台北報導": the name, then the place
    photo = folded[end : end + 2].strip().startswith("摄") or folded[end - 1] == "摄"  # "（記者楊菁菁攝）"
    photo = photo or folded[end : end + 2] in ("/图", "／图")  # "通訊員 史X/圖": the pictures' credit
    made = folded[start : end + 4]  # "记者 X 编制": a chart's maker (the list may have run on into 编制)
    photo = photo or any(word in made for word in _MADE)
    editor = EDITOR.search(folded[max(0, m.start() - 4) : m.start() + 1])
    clause = len(text) > 30 and folded[end : end + 1] in ("，", ",")
    told = m["rep"] is not None and folded[max(0, m.start() - 1) : m.start()] in _TOLD
    if photo or editor or clause or told or _ZH_NOT_NAME.match(folded[start:end]):
        return []
    names = [_unlabelled(n) for n in split_names(text[start:end])]
    if folded[end : end + 2] == "报导" and len(names) > 1:
        names.pop()  # "記者張志雄 張梓嘉 嘉義報導": the place closes a Taiwan byline
    names = [n for n in names if n and not ZH_ROLE_WORD.search(n)]
    # A list ends at its first word that is no name ("記者:劉宜函 埔心火車站 砂石覆蓋": a caption).
    return list(takewhile(is_person, names))


# A role's credit whose parenthesis annotates the person credited ("模特兒╱黃X(小羅家族)": the model's
# agency), no closing credit of the writer.
_ANNOTATED = re.compile(rf"[^\s╱／/]{{1,6}}[╱／/]\s*{HAN}{{2,4}}\s*[（(][^（()）]+[）)]\s*$")
_MADE = ("编制", "编製", "制图", "製图")
_TOLD = frozenset("对向跟给诉让请被")  # "对记者说", "告诉记者": the reporter as the one spoken to


def _unlabelled(name: str) -> str:
    """A name without the role it was run into ("实习生吴梦丽、记者喻云亮": 记者喻云亮)."""
    lead = _ROLE_LEAD.match(zh_fold(name))
    return name[lead.end() :] if lead else name


def paren_tail(text: str) -> list[str]:
    """The names of a "（张三）" closing a line, or of a fuller credit ("（张三報導）", "(全景网/张三)",
    "(张三/编译)"); none when it credits an editor ("（曹文明 編輯）") or a photographer ("（李敏摄）")."""
    if not text.rstrip().endswith((")", "）")) or _ANNOTATED.match(text):
        return []
    end = text[-40:]  # the tail's names are short: fold only the line's end
    folded = zh_fold(end)
    credit = _CREDIT_TAIL.search(folded)
    if credit:
        group = next(g for g in "abc" if credit[g])
        credited = split_names(end[credit.start(group) : credit.end(group)])
        return [n for n in credited if not ZH_ROLE_WORD.search(n) and is_person(n)]
    tail = _PAREN_TAIL.search(folded)
    if not tail or _ZH_NOT_NAME.match(names := tail["names"]) or EDITOR.search(names) or names[-1] == "摄":
        return []
    return [
        n for n in split_names(end[tail.start("names") : tail.end("names")]) if not ZH_ROLE_WORD.search(n)
    ]


def _zh_dateline(text: str) -> bool:
    """A news dateline opening a (folded) paragraph: "（记者 X）", "【X報記者 Y台北報導】",
    "新京报讯（记者 X）", "本报讯", "新华网北京1月17日电（记者 X）", "（中央社記者X台北11日電）"."""
    head = text[:40]
    return (
        text.lstrip("(（").startswith(("记者", "新京报讯", "本报讯"))
        or (text[:1] in "【〔[" and "记者" in text[:16])  # "【台灣醒報記者潘姿羽台北報導】"
        or (text[:1] == "【" and _SLASHED_DATELINE.match(text) is not None)  # "【林X╱新北報導】"
        or _OPENED_CREDIT.search(text, 0, 30) is not None  # "湖南日报12月15日讯(记者 X)", "…消息（"
        or "电（" in head
        or "电(" in head
        or (("电）" in head or "电)" in head) and "记者" in head)
    )


def _may_open_dateline(text: str) -> bool:
    """Whether :func:`_zh_dateline` can hold for a paragraph: each of its tests needs a bracket opening
    it or, in its first 42 characters, a character of 记者, 讯, 消息 or 电 (shown in either script).
    Most paragraphs have none: their folding and the tests are spared."""
    return text[:1] in ("【", "〔", "[") or _DATELINE_CHAR.search(text, 0, 42) is not None


_DATELINE_CHAR = unfolded_class("记讯息电")
_SLASHED_DATELINE = re.compile(rf"【{HAN}{{2,4}}[／/╱]{HAN}{{2,3}}报[导道]】")
_OPENED_CREDIT = re.compile(r"(?:讯|消息)\s*[（(]")  # a dateline's credit parenthesis, full-width or ASCII


def body_credits(body_text: str) -> list[str]:
    """（记者 X） opening the first paragraph or （X） closing the last one."""
    first = edge_lines(body_text, 2)
    found = opening_credits(first)
    found += [n for line in first if "报" in zh_fold(line[-12:]) for n in paren_tail(line)]  # （X報導）
    for line in _closing_lines(body_text):
        found += paren_tail(line) or sourced_writer(line) or _closing_reporter(line)
    return found


# A portal's disclaimer the body may close on ("免责声明：本文仅代表作者个人观点…"), after the story's credit.
_DISCLAIMER = re.compile(r"(?:免责声明|免責聲明)\s*[:：]")


def _closing_lines(body_text: str) -> list[str]:
    """The body's last two paragraphs, a disclaimer closing it skipped."""
    lines = edge_lines(body_text, 3, last=True)
    return [ln for ln in lines if not _DISCLAIMER.match(ln)][-2:]


def _closing_reporter(line: str) -> list[str]:
    """The reporter a paragraph's last words credit after its last sentence: "…等。记者X"."""
    last = _LAST_SENTENCE.search(line[-24:])
    return zh_labelled(last[1]) if last else []


def opening_credits(lines: list[str]) -> list[str]:
    """The persons the dateline of the body's first two paragraphs (``lines``) credits:
    "新华网北京1月12日电（记者 X 通讯员 Y）"."""
    found: list[str] = []
    for line in lines[:2]:
        text = line[:60]
        if not _MAY_CREDIT.search(text):
            continue  # no label, slash or 电/讯 (see _MAY_CREDIT): most English paragraphs
        folded = zh_fold(text)
        labelled = [n for m in _ZH_LABELLED.finditer(folded) for n in _labelled_names(text, folded, m)]
        if not labelled and text[:1] == "【" and _has_slash(text[:16]):
            labelled = _slashed(text, folded)  # "【林X╱新北報導】農曆除夕…": the reporter, then the place
        found += _with_glued(text, folded, labelled)
    return found


def edge_lines(text: str, count: int, *, last: bool = False) -> list[str]:
    """The first (or ``last``) ``count`` non-blank lines of ``text``, stripped: read from its edge, not
    split whole. A long article's lines between are never looked at."""
    chunk = text[-_EDGE:] if last else text[:_EDGE]
    lines = chunk.splitlines()
    if len(chunk) < len(text):  # the line the chunk cuts may be partial; those past it are whole
        lines = lines[1:] if last else lines[:-1]
    found = [ln.strip() for ln in lines if ln.strip()]
    found = found[-count:] if last else found[:count]
    if len(found) == count or len(chunk) == len(text):
        return found
    every = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return every[-count:] if last else every[:count]


_EDGE = 2000  # characters read from an edge of the body: a few paragraphs
