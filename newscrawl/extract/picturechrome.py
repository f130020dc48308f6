"""Whether a picture is chrome (an icon, an avatar, an emoji, a spacer, a formula) rather than
the article's: one family of predicates on an ``<img>``, by its declared size and the words of
its names, file and folder. Separate from reading which file a picture shows.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import unquote

from lxml.etree import _Element

from newscrawl.extract.dom import class_id
from newscrawl.extract.pictures import opens_picture

# Pictures that are never the article's, by the words of their class or id ...
_NOT_ARTICLE = re.compile(
    r"(?<![a-z])(?:avatar|gravatar|emoji|smiley|wp-smiley|icon|favicon|sprite|spinner|"
    r"author-(?:photo|image|img|pic)|profile-(?:photo|image|pic)|headshot|badge|"
    r"share|social|rating|stars?|qr|qr-?code|mwe-math|latex|tex-img|math-img|logo|arrow|button|btn|"
    r"facebook|twitter|instagram|linkedin|pinterest|youtube|whatsapp|weibo|wechat|weixin)(?![a-z])",
    re.I,
)
# ... or of their file name, fewer: an article about social media shows "social-media-marketing.jpg".
_NOT_ARTICLE_FILE = re.compile(
    r"(?<![a-z0-9])(?:avatar|gravatar|headshot|emoji|smiley|icon|favicon|sprite|spinner|logo|qr|qr-?code|fb|"
    r"btn|(?:next|prev|previous)-?page)(?![a-z])",
    re.I,
)
_NAME_PART = re.compile(r"[^a-zA-Z0-9]+")
_WORDLIKE = re.compile(r"[a-zA-Z].*[a-zA-Z]")  # two letters or more: no size, date or version
_HEX_ID = re.compile(r"(?=[a-f]*\d)[0-9a-f]+", re.I)  # a hash's or a UUID's part ("0ed8"): no word
_ICON_NAME_WORDS = 5
# Folders a CMS keeps pictures in that are never the article's: its writers' portraits
# ("/authors/x.jpg") and its advertisers' pictures ("/advertiser/logo/…").
_NOT_ARTICLE_FOLDER = re.compile(
    r"/(?:authors?|avatars?|headshots?|gravatars?|ads|adverts?|advertisers?|sponsors?|paywall)/"
)
_CTA_FILE = re.compile(r"(?<![a-z0-9])(?:cta|call-to-action)(?![a-z])", re.I)
_NOT_ARTICLE_HOSTS = ("gravatar.com", "s.w.org", "emoji", "feeds.feedburner.com", "doubleclick.net")
_SMALL = 64  # pixels: a declared size this small on both sides is an icon, not a picture
_THIN = 20  # pixels: a declared side this thin is a rule or a spacer (a 1 px one, a tracking pixel)
_STRIP, _STRIP_RATIO = 40, 5  # pixels high at most, and this many times as wide: no photo is shaped so
# A formula's render: its alt is the TeX source.
_TEX = re.compile(r"\\(?:displaystyle|frac|mathrm|mathbf|sum|int|left|right|text)\b|^\{\\")


def is_chrome(img: _Element) -> bool:
    """An icon, avatar, emoji, spacer, tracking pixel or formula: by declared size, by the
    names of the element and its file, by source; an SVG file outside a ``<figure>`` (icons,
    badges and logos are drawn as SVG, photographs never)."""
    width, height = _declared(img, "width"), _declared(img, "height")
    if (width is not None and width <= _THIN) or (height is not None and height <= _THIN):
        return True
    if width is not None and height is not None and width <= _SMALL and height <= _SMALL:
        return True
    if width is not None and height is not None and height <= _STRIP and width >= _STRIP_RATIO * height:
        return True  # a strip: a divider, a title bar, a button ("612x22", "260x35")
    if _NOT_ARTICLE.search(class_id(img)) or _TEX.search(img.get("alt") or ""):
        return True
    src = img.get("src") or img.get("data-src") or ""
    if any(host in src for host in _NOT_ARTICLE_HOSTS):
        return True
    path = src.split("?", 1)[0].split("#", 1)[0].lower()
    file = path.rsplit("/", 1)[-1]
    if file.endswith(".svg") and next(img.iterancestors("figure"), None) is None:
        return True
    return icon_file(file) or _NOT_ARTICLE_FOLDER.search(path) is not None or _call_to_action(img, file)


def _call_to_action(img: _Element, file: str) -> bool:
    """A banner named as a call to action ("Meditation-CTA-1.webp", "cta_ebook.jpeg") that links to
    a page (a sign-up, a demo): an offer set in the text, no picture of the story."""
    if _CTA_FILE.search(unquote(file).replace("_", "-")) is None:
        return False
    link = next((el for el in islice(img.iterancestors(), 3) if el.tag == "a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(href) and not opens_picture(href)


def _declared(img: _Element, attr: str) -> int | None:
    """A declared side in pixels; a lazy loader's ``data-width`` or the inline style's (``style="width:
    16px"``, an e-mail template's icons) when the markup gives no other."""
    value = (img.get(attr) or img.get(f"data-{attr}") or "").strip().removesuffix("px")
    if value.isdigit():
        return int(value)
    styled = _STYLED_SIDE[attr].search(img.get("style") or "") if not value else None
    return int(styled[1]) if styled else None


_STYLED_SIDE = {
    side: re.compile(rf"(?:^|;)\s*{side}\s*:\s*(\d+)px", re.I) for side in ("width", "height")
}  # fmt: skip


def icon_file(file: str) -> bool:
    """Whether a file's name says it is an icon, a logo, an avatar ("fb.jpg", "site-logo.png")."""
    return bool(_NOT_ARTICLE_FILE.search(file.replace("_", "-"))) and names_little_else(file)


def names_little_else(file: str) -> bool:
    """A short file name: an icon's or a logo's says what it is and little else ("site-logo.png",
    "avatar-default.png"), where a long one describes the picture, whose "logo" is what it shows
    or leaves out ("raspberry_pi_logo_main-image.jpg", "feature-image-but-no-logo.png").

    >>> names_little_else("acme-logo@2x.png"), names_little_else("teen-health_feature-image_no-logo.png")
    (True, False)
    >>> names_little_else("summer_social_sharing_image_578834f6-0ed8-4938-bfe6-b8efd73ce6fd.png")  # an id
    True
    """
    return word_count(file) <= _ICON_NAME_WORDS


def word_count(file: str) -> int:
    """The words of a file name's stem, sizes, dates, versions and ids left out."""
    stem = file.rsplit(".", 1)[0]
    return sum(1 for p in _NAME_PART.split(stem) if _WORDLIKE.search(p) and not _HEX_ID.fullmatch(p))
