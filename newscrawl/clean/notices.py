"""Copyright and reprint notices, disclaimers and affiliate disclosures: what the origin or the
site declares about the text. Apart from the short-line rules because a notice is found by the
cues its sentences carry (behind cheap pre-checks) and may run to a paragraph.
"""

from __future__ import annotations

import re

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
_MAX_NOTICE_LINE = 400
_MAX_DISCLAIMER = 200


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
