"""Authors (the persons credited as writers) and the outlet an article is credited to.

Bylines are noisy: editors sit next to writers (责任编辑), outlets next to persons (来源：新华社),
platform accounts and CMS users ("admin", "小编") pose as authors, and content farms print
their own name as the source while the copied copyright notice names the real outlet. Each
rule here keeps one of those apart; ``source`` says which evidence won.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import _Element

from newscrawl.extract.dates import Head, Line, find_stamps, head_lines, skipped
from newscrawl.page import Page


@dataclass(frozen=True)
class AuthorResult:
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # json-ld | meta | text
    organization: str | None = None
    organization_source: str | None = None


# ---------------------------------------------------------------- names

_HAN = r"[\u4e00-\u9fff]"
_ZH_NAME = rf"{_HAN}[\u4e00-\u9fff·]{{1,5}}"
_ZH_NAMES = re.compile(rf"({_ZH_NAME}(?:\s*[、，,&＆和与及\s]\s*{_ZH_NAME})*)")
_ZH_SPLIT = re.compile(r"\s*[、，,&＆和与及\s]\s*")
_EN_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\|)\s*", re.I)
_PARTICLES = frozenset(["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "dos", "das", "ter", "st"])
_GENERIC = frozenset(
    ["admin", "administrator", "小编", "佚名", "网络编辑", "管理员", "编辑部", "本站", "网络", "网络整理", "互联网", "未知", "原创", "匿名", "editor", "editors", "staff", "staff-writer", "writer", "newsdesk", "news-desk", "webdesk", "web-desk", "guest", "user", "anonymous", "unknown", "team", "follow", "contributor", "contributors", "author", "authors", "by", "name"])
_ZH_ROLE_WORD = re.compile(r"记者|作者|编辑|整合|整理|报道|摄影|编译|综合|实习生|通讯员|发布|时间|关注|分享|举报|收藏|评论|"
                           r"阅读|原创|更多|订阅|粉丝|\d")
_ORG_TAIL = re.compile(r"(日报|晚报|早报|时报|周刊|新闻|网|社|台|报|杂志|传媒|集团|公司|中心|研究院|办事处|协会|学会|"
                       r"委员会|政府|频道|\b(?:News|Media|Press|Times|Post|Gazette|Inc|LLC|Ltd|Group|Magazine))$")
_NOISE = re.compile(r"\S+@\S+\.\w+|https?://\S+|(?<!\w)@\w+|\[[^]]*\]|\([^)]*(?:http|@)[^)]*\)")
_ROLE_TAIL = re.compile(r"\s*(?:[,|–—-]\s*|\s)(?:(?:senior|staff|contributing|special|guest|chief|executive|"
                        r"associate|managing|deputy)\s+)*(?:writer|editor|reporter|correspondent|columnist|"
                        r"contributor|producer|analyst|director|journalist)s?\b.*$", re.I)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$")
_BY = re.compile(r"^(?:\W*)(?:written\s+by|words\s+by|story\s+by|reporting\s+by|reported\s+by|posted\s+by|"
                 r"text\s+by|by|von|par|por|door|author|authors|autor|auteur)\b\s*:?\s*", re.I)


def clean_name(raw: str) -> str:
    """One credited name without "By", roles, e-mails or handles.

    >>> clean_name("By Jane Doe, Staff Writer"), clean_name("  张三 ")
    ('Jane Doe', '张三')
    """
    name = _NOISE.sub(" ", raw)
    name = _BY.sub("", name.strip())
    name = _ROLE_TAIL.sub("", name)
    return re.sub(r"\s+", " ", name).strip(" \t.,;:|/-–—•·()（）\"'“”‘’")


def split_names(text: str) -> list[str]:
    """Split a byline's name list on 、，and & and commas; credentials stay with their person.

    >>> split_names("Sam Ortega and Priya Nair"), split_names("叨叨姐、胡一刀&李小飞刀")
    (['Sam Ortega', 'Priya Nair'], ['叨叨姐', '胡一刀', '李小飞刀'])
    >>> split_names("Dylan Bailey, MS, RD")
    ['Dylan Bailey']
    """
    text = clean_name(text)
    if re.search(_HAN, text) and not re.search(r"[A-Za-z]{2}", text):
        parts = _ZH_SPLIT.split(text)
    else:
        parts = _EN_SPLIT.split(text)
    names = [clean_name(p) for p in parts]
    return [n for n in names if n and not _CREDENTIAL.match(n)]


def is_person(name: str, site_names: Iterable[str] = (), *, strict: bool = True) -> bool:
    """Whether ``name`` can be a person's (or pen) name rather than a role, outlet or widget."""
    low = name.lower().replace(" ", "-")
    if not name or low in _GENERIC or low.strip("-") in _GENERIC or len(name) > 60:
        return False
    if any(name == s or (len(name) > 1 and name in s) for s in site_names):
        return False
    if re.search(_HAN, name):
        size = 10 if "·" in name else 4
        return 2 <= len(name) <= size and not _ORG_TAIL.search(name) and not _ZH_ROLE_WORD.search(name)
    words = name.split()
    if not 1 <= len(words) <= 5 or re.search(r"[\d:/@#?!()\[\]{}<>=+*]", name):
        return False
    if not strict:
        return True  # markup may spell a name in lower case or as a handle ("kingname")
    if len(words) < 2:
        return False  # a lone capitalised word in running text is more often a menu item than a name
    return all(w[0].isupper() or w.lower() in _PARTICLES or not w[0].isalpha() for w in words)


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


# ---------------------------------------------------------------- evidence in the page's text

_ZH_ROLE = r"(?:本文作者|文章作者|作者|撰文|撰稿|执笔|采写|采访|图文|口述|文)"
_ZH_LABELLED = re.compile(
    rf"(?:(?P<rep>(?:见习|实习|特约|首席)?记者)(?:\s*[:：/|｜]\s*|\s*)"
    rf"|(?:^|(?<=[\s（(：:|｜/【\[》」”]))(?P<role>{_ZH_ROLE})(?:\s*[:：/|｜]\s*|\s+)"
    rf"|(?P<tagged>{_ZH_ROLE})\s*[:：/|｜]\s*)"
    rf"(?P<names>{_ZH_NAMES.pattern})(?=$|[\s）)】\]，,。;；|｜]|摄|报道|整合|发自|整理)")
_ZH_NOT_NAME = re.compile(r"^(?:了解|获悉|注意|发现|表示|调查|采访|走访|看到|联系|致电|证实|独家|最新|近日|日前|"
                          r"今日|昨日|从|向\S{2}(?:了解|表示|介绍|透露)|在|对|据|称|问|一行|团队|朋友|原创)")
_PAREN_TAIL = re.compile(rf"[（(]\s*(?:记者\s*)?(?P<names>{_ZH_NAMES.pattern})\s*[）)]\s*$")
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|统筹|出品|制作|设计|摄影|图片|视频|翻译|编译|来源|"
                     r"edited\s+by|editor|photo|image|video)\s*[:：/|｜]?", re.I)
_MID_BY = re.compile(r"(?<!photo)(?<!image)(?<!powered)(?<!edited)(?<!reviewed)(?<!checked)(?<!sponsored)"
                     r"(?<!illustration)(?<!illustrated)(?<!designed)(?<!produced)(?<!translated)(?<!hosted)"
                     r"(?<!presented)(?<!made)(?<!built)(?<!theme)(?<!brought to you)\s+by\s+(?=[A-Z])", re.I)
_NOT_NAME_WORDS = frozenset(
    ["in", "on", "at", "for", "with", "from", "the", "a", "an", "to", "via", "about", "home", "blog", "all", "articles", "article", "menu", "navigation", "page", "select", "featured", "posts", "post", "insights", "guide", "step", "reading", "time", "terms", "conditions", "recipe", "print", "click", "tags", "share", "founder", "co-founder", "ceo", "cto", "editor", "writer", "reporter", "correspondent", "author", "authored", "expert", "director", "manager", "engineer", "professor", "former", "deputy", "lead", "senior", "staff", "contributor", "contributing", "chief", "head", "president", "reviewed", "updated", "published", "posted", "more", "view", "read", "skip", "search", "subscribe", "follow", "latest", "news", "team"])
_CAPTION = re.compile(r"figcaption|caption|photo|image-credit|img-credit", re.I)
_CALENDAR = re.compile(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                       r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|"
                       r"wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?$", re.I)
_AUTHOR_CLASS = re.compile(r"author|byline|writer|contributor|creator|reporter|journalist|zuozhe|vcard", re.I)
_SOURCE_CLASS = re.compile(r"(?:^|[\s_-])(?:source|media[_-]?name|medianame|account|nickname|js_name|"
                           r"laiyuan|ly)(?:$|[\s_-])", re.I)
_LABELLED_SOURCE = re.compile(r"(?<!图片)(?<!图)(?<!照片)(?<!视频)(?<!数据)(?<!资料)(?<!“)"
                              r"(?:信息|新闻|稿件|文章|本文)?(?:来源|稿源|出处)(?:于)?\s*[:：|｜]\s*"
                              r"|(?:^|\s)source\s*:\s*", re.I)
_NOTICE = re.compile(r"此内容为(?P<a>[^，,。\s]{2,20}?)原创|(?:著作权|版权)(?:均)?(?:归|属)(?P<b>[^，,。\s]{2,20}?)所有|"
                     r"本文(?:来自|转自|转载自)(?P<c>[^，,。\s]{2,20})|"
                     r"(?:originally\s+published\s+(?:by|in|on)|syndicated\s+from|republished\s+from)\s+"
                     r"(?P<d>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for|&))*)", re.I)
_NO_OUTLET = frozenset(["网络", "互联网", "本站", "原创", "原作者", "作者", "网友", "未知", "综合", "网络整理", "转载", "web", "internet", "online", "佚名", "其他"])
_ZH_SOURCE_STOP = re.compile(r"[\s，,。;；“”\"'）)】]|作者|编辑|责任|时间|发布|浏览|点击|字号|阅读|日期|\d{4}")
_LATIN_ORG = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for|on|&))*")


@dataclass
class _Evidence:
    """Credits found in the head's lines, by kind, each in document order."""

    labelled: list[list[str]] = field(default_factory=list)  # per line: 记者 X / 作者：X / By X / bylines
    trailing: list[str] = field(default_factory=list)  # （X） closing the story
    dateline: list[str] = field(default_factory=list)  # "March 4, 2025 • Dana Whitfield • 12 reads"
    sources: list[str] = field(default_factory=list)  # 来源：X near the headline
    notices: list[str] = field(default_factory=list)  # 著作权归X所有, originally published by X
    marked: list[str] = field(default_factory=list)  # bare text in a class="source" element
    accounts: list[str] = field(default_factory=list)  # author-classed text that is no person


def _names_in_line(line: Line, previous: str, near: bool) -> list[str]:
    """Persons a line credits: Chinese role labels anywhere short, "By" and byline elements near the top."""
    text = line.text
    if previous in ("文章作者", "作者", "记者", "撰文", "By", "Written by", "Author"):
        text = f"{previous} {text}"
    found: list[str] = []
    if len(text) <= 60 or text.lstrip("(（").startswith(("记者", "新京报讯", "本报讯")) or "讯（" in text[:30]:
        for m in _ZH_LABELLED.finditer(text):
            photo = text[m.end():m.end() + 2].strip().startswith("摄")
            if not photo and not _ZH_NOT_NAME.match(m["names"]) and not _EDITOR.search(text[max(0, m.start() - 4):m.start() + 1]):
                found += [n for n in split_names(m["names"]) if not _ZH_ROLE_WORD.search(n)]
    if found or len(text) > 160 or _CAPTION.search(f"{line.element.tag} {line.element.get('class', '')}"):
        return found
    if near and _BY.match(text) and not _EDITOR.match(text):
        return _leading_names(_EDITOR.split(_BY.sub("", text, count=1))[0])
    mid = _MID_BY.search(text) if near and len(text) <= 100 else None
    if mid:
        found += _leading_names(_EDITOR.split(text[mid.end():])[0])
    for credit in _credit_texts(line):
        stamp = next(find_stamps(credit), None)
        if stamp and stamp[0] <= 2:
            credit = credit[stamp[1]:].lstrip(" ,|•·-")
        found += _leading_names(_EDITOR.split(_BY.sub("", credit, count=1))[0])
    return found


def _credit_texts(line: Line) -> Iterator[str]:
    """Text of a byline: the whole line when its block is one, else the marked inline elements'."""
    if _classed(line.element, _AUTHOR_CLASS, depth=2):
        yield line.text
    elif _AUTHOR_CLASS.search(line.marks):
        for el in line.element.iter():
            if el is not line.element and isinstance(el.tag, str) and _classed(el, _AUTHOR_CLASS, depth=1):
                yield re.sub(r"\s+", " ", el.text_content()).strip()
                return


def _leading_names(text: str) -> list[str]:
    """The name list a byline starts with, up to the date, a separator or a lower-case word."""
    if re.match(_HAN, text):
        text = re.sub(rf"^{_ZH_ROLE}\s*[:：/|｜]?\s*", "", text)
        m = _ZH_NAMES.match(text)
        return [n for n in split_names(m[1]) if not _ZH_ROLE_WORD.search(n)] if m else []
    out = []
    for token in re.split(r"(\s+)", text):
        word = token.strip()
        if word and not (word[0].isupper() or word.lower() in _PARTICLES or word.lower() in ("and", "&")
                         or (word.endswith(",") and word[:1].isupper())):
            break
        if word and (re.search(r"\d|[|•·]", word) or _CALENDAR.match(word)
                     or word.lower().strip(":,.") in _NOT_NAME_WORDS):
            break
        out.append(token)
    return split_names("".join(out))


def _marked(line: Line, pattern: re.Pattern[str], depth: int = 3) -> bool:
    """Whether the line's block, an ancestor, or an inline element in it carries ``pattern``."""
    return bool(pattern.search(line.marks)) or _classed(line.element, pattern, depth)


def _classed(el: _Element | None, pattern: re.Pattern[str], depth: int = 3) -> bool:
    for _ in range(depth):
        if el is None:
            return False
        if pattern.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')} {el.get('rel', '')}"):
            return True
        el = el.getparent()
    return False


def _scan(head: Head, site: set[str]) -> _Evidence:
    ev = _Evidence()
    lines = [*head.before, *head.after]
    start = len(head.before)
    for i, line in enumerate(lines):
        previous = lines[i - 1].text if i else ""
        near = i < start or line.offset < 1500
        names = _names_in_line(line, previous, near)
        if names:
            ev.labelled.append(names)
        tail = _PAREN_TAIL.search(line.text) if len(line.text) > 30 else None
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if tail and len(nxt) < 60 and not _ZH_NOT_NAME.match(tail["names"]):
            ev.trailing += split_names(tail["names"])
        if near and len(line.text) < 120 and re.search(r"[•·|]", line.text) and next(find_stamps(line.text), None):
            ev.dateline += [n for part in re.split(r"\s*[•·|]\s*", line.text) for n in _whole_names(part)]
        _sources_in_line(line, near, ev)
        if near and _classed(line.element, _AUTHOR_CLASS, depth=2) and re.search(_HAN, line.text):
            name = clean_name(_EDITOR.split(line.text)[0])
            if 4 < len(name) <= 20 and not is_person(name, site) and not re.search(r"[\d:：]", name):
                ev.accounts.append(name)
    return ev


def _whole_names(part: str) -> list[str]:
    """A dateline segment that starts with a list of (Latin-script) names of two words or more."""
    if re.search(_HAN, part) or not re.match(r"\W*[A-Z]", part):
        return []
    names = _leading_names(_BY.sub("", part))
    return names if names and all(len(n.split()) >= 2 and is_person(n) for n in names) else []


def _sources_in_line(line: Line, near: bool, ev: _Evidence) -> None:
    text = line.text
    m = _LABELLED_SOURCE.search(text)
    if m and near:
        ev.sources.append(_outlet_after(text[m.end():]))
    for n in _NOTICE.finditer(text):
        ev.notices.append(next(g for g in n.groups() if g).strip(" .。"))


_MARKED_XPATH = ("//*[contains(@class, 'source') or contains(@id, 'source') or contains(@class, 'media')"
                 " or contains(@id, 'media') or contains(@id, 'js_name') or contains(@class, 'nickname')]")


def _marked_sources(page: Page, near_text: str) -> list[str]:
    """Short bare texts near the headline in elements marked as the source or media name (sina, WeChat)."""
    found = []
    for el in page.tree.xpath(_MARKED_XPATH)[:40]:
        if not _classed(el, _SOURCE_CLASS, depth=1):
            continue
        text = re.sub(r"\s+", " ", el.text_content()).strip()
        if 2 <= len(text) <= 20 and text in near_text and not re.search(r"[\d:：]", text) and not _EDITOR.search(text):
            found.append(text)
    return found


def _outlet_after(text: str) -> str:
    """The outlet's name following a 来源：/Source: label, up to the next field."""
    text = text.strip()
    if re.match(r"[A-Za-z]", text):
        m = _LATIN_ORG.match(text)
        return m[0].strip() if m else ""
    return _ZH_SOURCE_STOP.split(text, maxsplit=1)[0].strip(" ，,。")


# ---------------------------------------------------------------- structured data

_LD_SKIP = frozenset(["comment", "review", "answer", "question", "person", "organization", "imageobject", "breadcrumblist"])


def _json_ld(page: Page) -> tuple[list[str], list[str], list[str]]:
    """(persons, organisations credited as authors, source organisations) from JSON-LD."""
    by_id = {o["@id"]: o for o in page.json_ld if isinstance(o.get("@id"), str)}
    for obj in page.json_ld:
        kinds = obj.get("@type", [])
        kinds = {k.lower() for k in ([kinds] if isinstance(kinds, str) else kinds) if isinstance(k, str)}
        if "author" not in obj or kinds & _LD_SKIP:
            continue
        persons: list[str] = []
        orgs: list[str] = []
        for ref in _as_list(obj.get("author")):
            item = by_id.get(ref.get("@id"), ref) if isinstance(ref, dict) else ref
            _credit(item, persons, orgs)
        sources = [s for s in (_name_of(x) for x in _as_list(obj.get("sourceOrganization"))) if s]
        if persons or orgs or sources:
            return persons, orgs, sources
    return [], [], []


def _credit(item: Any, persons: list[str], orgs: list[str]) -> None:
    """Sort one JSON-LD author into persons or organisations; untyped names that are no person drop."""
    if isinstance(item, str):
        if not item.startswith(("http://", "https://", "/")):
            persons += [n for n in split_names(html.unescape(item)) if not _ORG_TAIL.search(n)]
        return
    if not isinstance(item, dict):
        return
    kind = item.get("@type", "")
    kind = " ".join(kind) if isinstance(kind, list) else str(kind)
    name = _name_of(item)
    if name and re.search(r"organi[sz]ation|corporation|newsmediaorganization", kind, re.I):
        orgs.append(name)
    elif name:
        persons += split_names(html.unescape(name))


def _typed_person(page: Page, name: str) -> bool:
    return any(name == _name_of(obj) for obj in page.json_ld_of_type("Person")) or any(
        isinstance(a, dict) and "person" in str(a.get("@type", "")).lower() and _name_of(a) == name
        for obj in page.json_ld for a in _as_list(obj.get("author")))


def _name_of(item: Any) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, dict):
        name = item.get("name")
        return name.strip() if isinstance(name, str) and name.strip() else None
    return None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


_META_AUTHOR = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
                "parsely-author", "sailthru.author", "byl", "citation_author", "cxenseparse:author")


def _meta_authors(page: Page) -> list[str]:
    for key in _META_AUTHOR:
        values = [v for v in page.meta.get(key, []) if v.strip() and not re.match(r"\s*(https?:|www\.|/)", v)]
        names = [n for v in values for n in split_names(v)]
        if names:
            return names
    return []


def site_names(page: Page, *, every_part: bool = False) -> set[str]:
    """Names the site calls itself: og:site_name, the publisher, the <title>'s site segment.

    ``every_part`` adds all title segments but the headline: wide enough to recognise a
    content farm crediting itself ("来源：盈和配资" on "…_盈和配资_在线配资"), too wide for persons.
    """
    names = {page.meta_first("og:site_name", "application-name", "apple-mobile-web-app-title") or ""}
    for obj in page.json_ld:
        names.add(_name_of(obj.get("publisher")) or "")
    title = page.tree.findtext(".//title") or ""
    parts = [p.strip() for p in re.split(r"\s*(?:[_|｜•»]|\s[-–—]\s)\s*", title) if p.strip()]
    if len(parts) > 1:  # the site names itself at one end of the title, the headline is the longest part
        longest = max(parts, key=len)
        names.update(p for p in parts if p != longest) if every_part else names.add(
            parts[-1] if parts[0] == longest else parts[0])
    return {n for n in names if n}


# ---------------------------------------------------------------- decisions


def extract_authors(page: Page, body_text: str | None = None) -> AuthorResult:
    """Credited persons and the credited outlet, each with the kind of evidence that won."""
    site = site_names(page)
    ld_persons, ld_orgs, ld_sources = _json_ld(page)
    head = head_lines(page)
    ev = _scan(head, site)
    if body_text:
        ev.trailing += _body_credits(body_text)
    byline = next((names for names in ev.labelled if any(is_person(n) for n in names)), [])
    if ld_persons and {n.casefold() for n in ld_persons} < {n.casefold() for n in byline if is_person(n)}:
        ld_persons = []  # the visible byline names everyone the markup names, and more
    ranked = [("json-ld", ld_persons), ("text", byline),
              ("meta", _meta_authors(page)), ("text", ev.trailing), ("text", ev.dateline)]
    authors: list[str] = []
    source = None
    for kind, names in ranked:
        # a byline or typed JSON-LD Person may bear the site's name (personal blogs); a meta tag may not
        authors = _dedupe(n for n in names if is_person(n, site if kind == "meta" else (), strict=kind == "text"))
        if kind == "json-ld" and len(authors) == 1 and authors[0] in site and not _typed_person(page, authors[0]):
            authors = []  # the publisher's name given as the author
        if authors:
            source = kind
            break
    brand = site_names(page, every_part=True) | {page.tree.findtext(".//title") or ""}
    near_text = "\n".join(ln.text for ln in [*head.before, *head.after] if ln.offset < 1500)
    organization, organization_source = _outlet(ev, ld_orgs, ld_sources, brand, lambda: _marked_sources(page, near_text))
    return AuthorResult(authors, source, organization, organization_source)


def _outlet(ev: _Evidence, ld_orgs: list[str], ld_sources: list[str], site: set[str],
            marked: Callable[[], list[str]]) -> tuple[str | None, str | None]:
    """The credited outlet: a 来源 label, unless it is the site itself and a copied notice names another."""
    if ld_sources:
        return ld_sources[0], "json-ld"
    shown = next((s for s in ev.sources if _is_outlet(s)), None)
    notice = next((s for s in ev.notices if _is_outlet(s)), None)
    if shown and not (notice and _is_self(shown, site)):
        return shown, "text"
    if notice:
        return notice, "text"
    other = next((s for s in [*marked(), *ev.accounts] if _is_outlet(s)), None)
    if other:
        return other, "text"
    org = next((o for o in ld_orgs if not _is_self(o, site)), None)
    return (org, "json-ld") if org else (None, None)


def _is_outlet(name: str) -> bool:
    return 2 <= len(name) <= 40 and name.lower() not in _NO_OUTLET and not re.fullmatch(r"[\d\W]+", name)


def _is_self(name: str, site: set[str]) -> bool:
    return any(name in s or s in name for s in site)


def _body_credits(body_text: str) -> list[str]:
    """（记者 X） opening the first paragraph or （X） closing the last one."""
    lines = [ln.strip() for ln in body_text.splitlines() if ln.strip()]
    found: list[str] = []
    for line in lines[:2]:
        for m in _ZH_LABELLED.finditer(line[:60]):
            if not _ZH_NOT_NAME.match(m["names"]):
                found += split_names(m["names"])
    for line in lines[-2:]:
        tail = _PAREN_TAIL.search(line)
        if tail and not _ZH_NOT_NAME.match(tail["names"]):
            found += split_names(tail["names"])
    return found
