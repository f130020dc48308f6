"""What a credited person's name looks like: cleaning, splitting, telling persons from roles.

The byline scan and the markup reading both pass names through here, so a name counts by the
same rules wherever it was found; the patterns they also match with are shared from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

HAN = r"[\u4e00-\u9fff]"
# A two-character name is often set with a space between ("蒋 凌") to align with three-character ones.
_ZH_NAME = rf"(?:{HAN}[\u4e00-\u9fff·]{{1,5}}|{HAN}[ \u3000]{HAN}(?!{HAN}))"
_SPACED_PAIR = re.compile(rf"(?<!{HAN})({HAN})[ \u3000]({HAN})(?!{HAN})")
ZH_NAMES = re.compile(rf"({_ZH_NAME}(?:\s*[、，,&＆和与及\s]\s*{_ZH_NAME})*)")
# A name list after a label, stopping before the next reporter label ("记者/钟啸 通讯员/王海军": 钟啸,
# then 通讯员's own list), which ZH_NAMES reads as one more name, swallowing what follows it.
REPORTER_LABEL = r"(?:见习|实习|特约|首席)?记者|通讯员|实习生"
_UNLABELLED = rf"(?!{REPORTER_LABEL}){_ZH_NAME}"
ZH_LABEL_NAMES = re.compile(rf"({_UNLABELLED}(?:\s*[、，,&＆和与及\s]\s*{_UNLABELLED})*)")
# Traditional forms of the credit vocabulary (記者, 編輯, 來源, 報導, 中央社…電), one character for one, so a
# folded line keeps every offset: patterns match the folded line, names are cut from the line as shown.
_TRADITIONAL = "記編輯報導訊電責譯攝實習見聞來與綜員執採圖視頻資據從獲稱對專網臺處時"
ZH_FOLD = str.maketrans(_TRADITIONAL, "记编辑报导讯电责译摄实习见闻来与综员执采图视频资据从获称对专网台处时")
_HAS_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")


def zh_fold(text: str) -> str:
    """``text`` with its credit vocabulary in simplified script (:data:`ZH_FOLD`).

    A line without any of those characters, nearly every line, is returned as it is:
    ``str.translate`` with a table pays a lookup for every character of the line.

    >>> zh_fold("中央社記者陳昭妤台北11日電"), zh_fold("记者 张三")
    ('中央社记者陳昭妤台北11日电', '记者 张三')
    """
    return text.translate(ZH_FOLD) if _HAS_TRADITIONAL.search(text) else text


def unfolded_class(chars: Iterable[str]) -> re.Pattern[str]:
    """A character class of ``chars`` and of the traditional forms :func:`zh_fold` turns into them:
    a cheap test, on the line as shown, for a character a pattern of the folded line needs.

    >>> unfolded_class("记电").pattern
    '[电記记電]'
    """
    wanted = set(chars)
    wanted |= {chr(shown) for shown, folded in ZH_FOLD.items() if chr(folded) in wanted}
    return re.compile(f"[{re.escape(''.join(sorted(wanted)))}]")


# 和, 与 and 及 join two names only between names of two characters or more: "林和謙", "张和平" are one.
_ZH_SPLIT = re.compile(r"\s*(?:[、，,&＆\s]|(?<=[^\s、，,&＆]{2})[和与及](?=[^\s、，,&＆]{2}))\s*")
_JOINED = re.compile(r"[,;&|]")  # _EN_SPLIT's separators; its words are _may_join's
_EN_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\|)\s*", re.I)
# "&" before one closing word after a longer name, or before a lower-case word, joins an organisation's
# name ("Acme Tax & Accounting", "Mac & i"), no two persons; "Maria & Katerina" are two pen names.
_ORG_AMP = re.compile(r"(?<=\w)(\s+\S+\s+)&(\s*[\w'’.-]+\s*(?:$|[,;|]))|\s&(\s*[a-z][\w'’.-]*\s*(?:$|[,;|]))")
_AMP = "\uff06"  # a full-width "&" stands in for a joining one while the list is split
PARTICLES = frozenset([
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "dos",
    "das", "ter", "st",
])  # fmt: skip
_GENERIC = frozenset(
    [
        "admin", "administrator", "小编", "佚名", "网络编辑", "管理员", "编辑部", "本站", "网络",
        "网络整理", "互联网", "未知", "原创", "匿名", "editor", "editors", "staff", "staff-writer",
        "writer", "newsdesk", "news-desk", "webdesk",
        "web-desk", "guest", "user", "anonymous", "unknown", "team", "follow", "contributor",
        "contributors", "author", "authors", "by", "name", "the-team", "our-team", "the-staff", "the-editors",
        "editorial-team", "news-team", "press-release", "press-releases",
    ])  # fmt: skip
# Compiled once: split_names and is_person run on every candidate line of a page.
_HAN = re.compile(HAN)
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
# Characters no name holds, and a template's unfilled key or placeholder ("page.head.extra.author",
# "%author%"; not a handle such as "sara.r.peter").
# Also a credit opening on "From"/"Via": where the text comes from ("By Tomson Highway and From
# Masculindians", a book), never who wrote it.
_NOT_IN_PERSON = re.compile(
    r"[\d:/@#?!()\[\]{}<>=+*%$]|^(?:[a-z_]+\.)+(?:author|name|byline|writer)s?$|^(?:[Ff]rom|[Vv]ia)\s"
)
# A nickname in brackets between a given name and a surname: "Richard (R.J.) Eskow", "Robert (Bob) Doe".
NICKNAME = re.compile(r"\([A-Z][\w.'’-]{0,15}\)")
_INNER_NICKNAME = re.compile(rf"(?<=\w\s){NICKNAME.pattern}(?=\s\w)")
# A word naming an institution, never part of a person's name: the body credited beside or for a person.
_INSTITUTION = re.compile(
    r"\b(?:University|Universit[àéä]t?|College|Institute|Foundation|Organi[sz]ation|Association|Society|"
    r"Department|Ministry|Council|Corporation|Agency|Committee|Federation|Laborator(?:y|ies)|Press)\b",
    re.I,
)
# A web address in a credit: the site's domain ("gucheng.com", "www.example.com.tw"), no person.
_DOMAIN = re.compile(r"\bwww\.|\w\.(?:com|net|org|cn|tw|hk|io)\b", re.I)
_ACCOUNT = re.compile(r"\b(?:admin|administrator|webmaster|sysadmin|superuser)\b", re.I)
ZH_ROLE_WORD = re.compile(
    r"记者|記者|作者|编辑|編輯|整合|整理|报道|報導|报导|摄影|攝影|编译|編譯|综合|綜合|实习生|實習生|通讯员|通訊員|"
    r"撰稿|撰文|发布|时间|关注|分享|举报|收藏|评论|阅读|原创|更多|订阅|粉丝|"
    r"点击|點擊|登录|登入|注册|註冊|跟贴|跟帖|发言|昵称|暱稱|组图|組圖|部落|博客|微博|专栏|專欄|网友|網友|的|\d|"
    # "X 编制" (a chart's maker), "(X 发自上海)", a player's or a link's words, a weekday
    r"编制|編製|制图|製圖|发自|發自|查看|播放|连播|連播|星期|禮拜|礼拜"
)
ORG_TAIL = re.compile(
    r"(日报|晚报|早报|时报|周刊|新闻|网|社|台|报|杂志|传媒|集团|公司|中心|"
    r"研究院|办事处|协会|学会|委员会|政府|频道|财经|在线|"
    r"日報|晚報|早報|時報|新聞|網|臺|報|雜誌|傳媒|集團|頻道|電視|電台|財經|在線|"  # traditional script
    r"\b(?:News|Media|Press|Times|Post|Gazette|Inc|LLC|Ltd|Group|Magazine))$"
)
# A place or an occupation, which a reader's signature sets after the name ("作者：李四　江蘇南通　職員"):
# a province's name, alone or with a city's two characters after it (a four-character Han name is
# rare, one opening with a province rarer), a county-or-larger unit's suffix (not 镇 or 乡: "林安鎮",
# a name), or a common job word.
_PROVINCE = (
    "北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|"
    "河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|"
    "内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門"
)
ZH_PLACE_OR_JOB = re.compile(
    rf"^(?:{_PROVINCE})(?:$|{HAN}{{2}}$)|{HAN}[省市县縣区區]$"
    r"|(?:[职職][员員工]|[员員]工|[教律医醫][师師]|老[师師]|[学學]生|工人|[农農]民|[干幹]部|公[务務][员員]|"
    r"教授|市民|居民|村民|[读讀]者|退休|工程[师師]|[会會][计計]|[经經][理]|主任|个体户|個體戶)$"
)
_MAX_CREDIT_CHARS = 1000
_NOISE = re.compile(r"\S+@\S+\.\w+|https?://\S+|(?<!\w)@\w+|\[[^]]*\]|\([^)]*(?:http|@)[^)]*\)")
_ROLE_TAIL = re.compile(
    r"\s*(?:[,|–—-]\s*|\s)(?:(?:senior|staff|contributing|special|guest|chief|executive|"
    r"associate|managing|deputy)\s+)*(?:writer|editor|reporter|correspondent|columnist|"
    r"contributor|producer|analyst|director|journalist)s?\b.*$",
    re.I,
)
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}"
    r"|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$"
)
# A collective credit: "Resy Staff", "The Upwork Team", "Our Editors", "Team Acme"; a bare "Team" is none.
COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?!the\s)(?:[\w&'’.-]+\s+){1,3}(?:team|staff|editors|editorial\s+team|news\s?desk)$"
    r"|^team\s+[A-Z][\w&'’.-]*$",
    re.I,
)
BY_LABEL = re.compile(
    r"^(?:\W*)(?:written\s+by|words\s+by|story\s+by|reporting\s+by|reported\s+by|posted\s+by|"
    r"article\s+by|interview\s+by|"
    r"text\s+by|by|von|par|por|door|author|authors|autor|auteur)\b\s*:?\s*",
    re.I,
)
# The label of a credit that names no writer (an editor, a photographer, the source, the press
# contact): a byline's names stop at it, and a line or element that opens with it credits none.
EDITOR = re.compile(
    r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|统筹|出品|制作|设计|"
    r"摄影|图片|视频|翻译|编译|来源|contacts?(?=\s*:)|"
    r"edited\s+by|editor(?!s)|photo|image|video|(?:medically\s+|expert\s+)?reviewed\s+by|fact[\s-]?checked\s+by|"
    r"portrait|illustrat\w*|artwork|drawings?\s+by|cartoons?\s+by)"
    r"\s*[:：/|｜]?",
    re.I,
)


@lru_cache(maxsize=8192)
def clean_name(raw: str) -> str:
    """One credited name without "By", roles, e-mails or handles.

    Memoised (a pure function of a string): the byline scans clean the same fragments of a
    page's lines several times.

    >>> clean_name("By Jane Doe, Staff Writer"), clean_name("  张三 ")
    ('Jane Doe', '张三')

    Text longer than any credit (a page's junk in an author meta) names nobody, and the noise
    patterns would backtrack over it for minutes: it cleans to "".
    """
    if len(raw) > _MAX_CREDIT_CHARS:
        return ""
    name = (_NOISE.sub(" ", raw) if _may_be_noisy(raw) else raw).strip()
    low = name.lower()  # the literal tests below spare the case-blind patterns most names
    if _may_label(low):
        name = BY_LABEL.sub("", name)
    collective = _may_be_team(low) and COLLECTIVE.match(name.strip(" .,;:"))
    if not collective and _may_hold_role(low):
        name = _ROLE_TAIL.sub("", name)
    return " ".join(name.split()).strip(" .,;:|/-–—•·()（）\"'“”‘’")


# Literal tests that spare the case-blind patterns below most names: each tests for pieces that
# every match of its pattern holds, chosen without "i", "s" or "k" (the letters that case-blind
# matching also finds in "ı", "İ", "ſ" and the Kelvin sign, which lower() leaves or makes otherwise),
# in the lower-cased name.
def _may_label(low: str) -> bool:
    """BY_LABEL's words: "… by", "von", "par", "por", "door", "author"/"autor"/"auteur"."""
    return "by" in low or "von" in low or "par" in low or "por" in low or "door" in low or "aut" in low


def _may_be_team(low: str) -> bool:
    """COLLECTIVE's words: "team", "staff", "editors", "news desk"."""
    return "team" in low or "taff" in low or ("ed" in low and "tor" in low) or ("new" in low and "de" in low)


def _may_hold_role(low: str) -> bool:
    """_ROLE_TAIL's words: "writer", "editor", "reporter", "correspondent", "columnist", "contributor",
    "producer", "analyst", "director", "journalist"."""
    return (
        "wr" in low
        or ("ed" in low and "tor" in low)
        or "reporter" in low
        or "pondent" in low
        or "column" in low
        or "contr" in low
        or "producer" in low
        or "anal" in low
        or "rector" in low
        or "journal" in low
    )


def _may_be_noisy(text: str) -> bool:
    """Whether :data:`_NOISE` can match: each of its branches needs "@", "http", "[" or "(", which
    most credits lack; the pattern, tried at every position, costs far more than these tests."""
    return "@" in text or "(" in text or "[" in text or "http" in text


# Co-writers set in brackets after the lead writer: "Jane Doe (with John Roe and Ann Poe)",
# "Martin Untersinger (avec Damien Leloup et Morgane Tual)"; each is credited as much as the lead.
WITH_GROUP = re.compile(r"\s*\((?:with|avec|con|mit|com)\s+([^()]+)\)", re.I)


def split_names(text: str) -> list[str]:
    """Split a byline's name list on 、，and & and commas; credentials stay with their person.

    >>> split_names("Sam Ortega and Priya Nair"), split_names("叨叨姐、胡一刀&李小飞刀")
    (['Sam Ortega', 'Priya Nair'], ['叨叨姐', '胡一刀', '李小飞刀'])
    >>> split_names("Dylan Bailey, MS, RD"), split_names("Jane Doe (with John Roe and Ann Poe)")
    (['Dylan Bailey'], ['Jane Doe', 'John Roe', 'Ann Poe'])
    """
    text = clean_name(WITH_GROUP.sub(r", \1", text) if "(" in text else text)
    if not text.isascii() and _HAN.search(text) and not _LATIN_WORD.search(text):
        parts = _ZH_SPLIT.split(_SPACED_PAIR.sub(r"\1\2", text))
    else:
        text = _ORG_AMP.sub(_keep_amp, text) if "&" in text else text
        joined = _JOINED.search(text) or _may_join(text.lower())
        parts = [p.replace(_AMP, "&") for p in (_EN_SPLIT.split(text) if joined else [text])]
    names = [clean_name(p) for p in parts]
    return [n for n in names if n and not _CREDENTIAL.match(n)]


def _may_join(low: str) -> bool:
    """_EN_SPLIT's joining words (see _may_label): "and", "und", "et", "y"."""
    return "and" in low or "und" in low or "et" in low or "y" in low


def _keep_amp(m: re.Match[str]) -> str:
    return f"{m[1]}{_AMP}{m[2]}" if m[1] is not None else f" {_AMP}{m[3]}"


def is_person(name: str, site_names: Iterable[str] = (), *, strict: bool = True) -> bool:
    """Whether ``name`` can be a person's (or pen) name rather than a role, outlet or widget."""
    low = name.lower().replace(" ", "-")
    if not name or low in _GENERIC or low.strip("-") in _GENERIC or len(name) > 60:
        return False
    if any(name == s or (len(name) > 1 and name in s) for s in site_names):
        return False
    if _DOMAIN.search(name):
        return False
    if _ACCOUNT.search(name):
        return False  # a CMS account ("NOC Admin", "Site Administrator"), never a person
    if _HAN.search(name):
        size = 10 if "·" in name else 4
        return (
            2 <= len(name) <= size
            and not ORG_TAIL.search(name)
            and not ZH_ROLE_WORD.search(name)
            and not ZH_PLACE_OR_JOB.search(name)
        )
    words = name.split()
    if COLLECTIVE.match(name):
        return True  # the credit a team byline gives; bare "Staff" was refused as generic above
    if not 1 <= len(words) <= 5 or _NOT_IN_PERSON.search(_INNER_NICKNAME.sub("", name)):
        return False
    if not strict:
        return True  # markup may spell a name in lower case or as a handle ("kingname")
    if _INSTITUTION.search(name):
        return False  # "Prepared by Jane Doe, Virginia Commonwealth University": the body beside the person
    if len(words) < 2:
        return False  # a lone capitalised word in running text is more often a menu item than a name
    return all(w[0].isupper() or w.lower() in PARTICLES or not w[0].isalpha() for w in words)


def dedupe(names: Iterable[str]) -> list[str]:
    """Each name once, compared without case; the first spelling wins."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def undoubled(name: str) -> str:
    """A name shown twice in one line ("Jane Doe Jane Doe": an avatar's alt text, then the name)."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


def handle(credit: str) -> list[str]:
    """The account names shown as the byline after an explicit "By" ("by whova | Apr 21", "Posted by
    kovarex, TOGos on 2019-02-15"): credited as shown when they close the credit, unlike "by clicking
    here" or a "by date | by topic" menu."""
    m = _HANDLE.match(credit)
    if not m or re.search(r"\bby\b", credit[m.end() :], re.I):
        return []
    return [n for n in re.split(r"\s*,\s*", m[1]) if n.lower() not in _GENERIC]


def team_credit(text: str) -> str | None:
    """A collective credit opening ``text`` with "the" or "our": "The Diggs Team", "Our Science Staff"."""
    m = _TEAM_START.match(text)
    return m[1] if m else None


# A lower-case account name, then maybe more accounts in a comma list, closing the credit: the line
# ends, a separator or a date follows.
_ACCOUNT_NAME = r"[A-Za-z][\w.-]{0,30}[A-Za-z0-9]"
_HANDLE = re.compile(
    rf"([a-z][a-z0-9._-]{{1,30}}[a-z0-9](?:\s*,\s*{_ACCOUNT_NAME})*)"
    r"\s*(?:$|[|•·]|[-–—]\s|,\s*\d|\s+on\s+\d)"
)
_TEAM_START = re.compile(
    r"((?i:the|our)\s+(?:[A-Z][\w&'’.-]*\s+){1,3}(?i:team|staff|editors|editorial\s+team|news\s?desk))"
    r"(?![\w-])(?!\s+(?i:member|writer|editor)s?\b)"
)
