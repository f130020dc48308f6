"""The outlet an article is credited to, chosen from what :mod:`~newscrawl.extract.outlets` reads.

A stage of its own beside the persons' ranking in :mod:`~newscrawl.extract.authors`, which calls it:
an outlet's evidence (a 来源 label, a copied notice, a dateline) and what disqualifies one (a
picture's credit, the site itself) are not a byline's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from newscrawl.extract.bylines import Evidence
from newscrawl.extract.lazylines import Tail
from newscrawl.extract.names import HAN, ORG_TAIL
from newscrawl.extract.outlets import closing_outlets, opening_outlets

_NO_OUTLET = frozenset([
    "网络", "互联网", "本站", "原创", "原作者", "作者", "网友", "未知", "综合", "网络整理", "转载",
    "web", "internet", "online", "佚名", "其他",
])  # fmt: skip


def outlet(
    ev: Evidence,
    ld_orgs: list[str],
    ld_sources: list[str],
    site: set[str],
    marked: Callable[[], list[str]],
    publisher: str | None,
    datelines: Iterable[str] = (),
) -> tuple[str | None, str | None]:
    """The credited outlet: a 来源 label, unless it is the site itself and a copied notice names another
    outlet; then source-marked elements, then what the story's datelines credit (``datelines``, read lazily).

    An outlet that is exactly the declared publisher (og:site_name) adds nothing: no source then.
    """
    if ld_sources:
        return ld_sources[0], "json-ld"
    shown = next((s for s in ev.sources if _is_outlet(s) and s != publisher), None)
    notice = next((s for s in ev.notices if _is_outlet(s) and s != publisher), None)
    # A notice naming the site too ("版权均属凤凰网所有") is its policy, less precise than the label.
    if shown and not (notice and _is_self(shown, site) and not _is_self(notice, site)):
        return shown, "text"
    if notice:
        return notice, "text"
    other = next((s for s in [*marked(), *ev.accounts] if _is_outlet(s)), None)
    if other:
        return _outlet_name(other), "text"
    credited = next((s for s in datelines if _is_outlet(s) and s != publisher), None)
    if credited:
        return credited, "text"
    org = next((o for o in ld_orgs if not _is_self(o, site)), None)
    return (org, "json-ld") if org else (None, None)


def dateline_outlets(ev: Evidence, body_text: str | None, tail: Tail, site: set[str]) -> Iterator[str]:
    """Outlets the story's own lines credit, strongest first: the name printed after its date (the info
    bar's source field, a 来源 label without its word: "2012-01-17 中國新聞網" over the body's "中新社北京
    1月17日電", as a label is), a dateline opening its body or its head ("新华社北京1月12日电",
    "【明報專訊】"), then a credit closing it ("(金羊网)", 来源 after it)."""
    yield from (s for s in ev.dated if not _is_self(s, site))  # a template's site name after the date
    if body_text:
        yield from opening_outlets(body_text)
    if len(set(ev.opening)) == 1:
        yield ev.opening[0]  # lines near the headline opening on different outlets: a list of stories
    if body_text:
        yield from closing_outlets(body_text, tail.mentioning("源"))


def _outlet_name(name: str) -> str:
    """An outlet's name without the site's description run on after a space
    ("世界新聞網 北美華文新聞、華商資訊": 世界新聞網)."""
    first, _, rest = name.partition(" ")
    return first if rest and re.search(HAN, first) and ORG_TAIL.search(first) else name


def _is_outlet(name: str) -> bool:
    ok = 2 <= len(name) <= 40 and name.lower() not in _NO_OUTLET and not re.fullmatch(r"[\d\W]+", name)
    return ok and not _PICTURE.fullmatch(name) and not _ORIGINAL_SOURCE.fullmatch(name)


# "版权归原作者及原出处所有": the original writer and source, whoever they are; no outlet named.
_ORIGINAL_SOURCE = re.compile(r"(?:原(?:作者|出处|出處|网站|網站|媒体|媒體|文)[及和与與、]?)+")


# "来源：资料图" ("file photo"): a picture's credit under the label, no outlet of the text.
_PICTURE = re.compile(r"(?:资料|網路|网络|网友|網友|示意)?(?:图片?|圖片?|照片|截图|截圖|配图|配圖)")


def _is_self(name: str, site: set[str]) -> bool:
    """Whether ``name`` is the site's, or holds it; a site name that is only an outlet's ending
    (新聞, from a title "標題 - 新浪網 - 新聞") is every outlet's part, no sign of the site."""
    return any(name in s or (s in name and not ORG_TAIL.fullmatch(s)) for s in site if s)
