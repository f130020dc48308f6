"""What a picture of a page is: the file it shows, what names it whatever its size, and
whether it is chrome (an icon, an avatar, a spacer) rather than a picture at all.

A picture's URL is often not in ``src``: lazy loaders keep a placeholder there and the real
file in a ``data-*`` attribute or a ``srcset``, and responsive markup lists several sizes of
one file, which CMSs and resizers name by writing the size into the path.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from urllib.parse import parse_qsl, unquote, urlencode

from lxml.etree import _Element

from newscrawl.extract.dom import class_id
from newscrawl.extract.hrefs import absolute_url

PICTURE_TAGS = ("img", "amp-img")  # an AMP page's pictures are <amp-img>
# Where lazy loaders keep the real file, most specific first; ``src`` last (often a placeholder).
_URL_ATTRS = (
    "data-src", "data-lazy-src", "data-original", "data-actualsrc", "data-hi-res-src",
    "data-lazyload", "data-echo", "data-url", "src",
)  # fmt: skip
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
_LOADER_ATTR = re.compile(r"lazy.*(?:src|original)$", re.I)
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.I)
_CANDIDATE_URL = re.compile(r"[\s,]*(\S+)")
_DESCRIPTORS = re.compile(r"([^,]*),?")
_SIZE_DESCRIPTOR = re.compile(r"\d+(?:\.\d+)?[wx]")
# A placeholder a lazy loader shows until the picture scrolls in: a blank or a spinner.
_PLACEHOLDER = re.compile(
    r"(?:^|/)(?:blank|spacer|pixel|transparent|empty|grey|gray|placeholder|loading|spin(?:ner)?|"
    r"lazy(?:load|[-_]?(?:load[-_]?)?placeholder)?|"  # a lazy-load plugin's own: "lazy_placeholder.gif"
    r"1x1|clear|dot|s)\.(?:gif|png|svg|jpg)(?:$|\?)",
    re.I,
)
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
# What says which size or rendition of a picture a URL asks for: a CMS's size in the file name
# ("-300x200", "@2x", "_w230_h152", MediaWiki's "250px-"), a resizer's folder ("120x120",
# "w_800", Cloudinary's "t_fit-760w,f_auto", a Thumbor server's signature "<27 characters>=", and
# operations written "name:args": Thumbor's "filters:…", Medium's "resize:fit:1400").
_SIZE_IN_NAME = re.compile(
    r"^\d{2,4}px-|(?:-\d{2,5}x\d{2,5}|-scaled|@\dx|_\d{2,4}x\d{2,4}|_w\d{2,4}_h\d{2,4})(?=\.[a-z0-9]{2,5}$)",
    re.I,
)
# An image proxy's first folder naming the site it serves the file of ("i0.wp.com/example.com/…").
_HOST_FOLDER = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_SIZE_FOLDER = re.compile(
    r"\d{2,5}x\d{0,5}|x\d{2,5}|[a-z]{1,2}_[^/]*|[^/]*,[^/]*|\d{2,4}px|[a-z]*_?\d{2,4}[wh]"
    r"|[a-z0-9_-]{27}=|[a-z]+:[^/]*"
)
# A service's folders before the picture's own path: Cloudflare's resizing ("/cdn-cgi/image/
# width=800,quality=80/…"), HubSpot's file server ("/hs-fs/hubfs/…" is "/hubfs/…").
_SERVICE_PREFIX = re.compile(r"^/(?:cdn-cgi/image/[^/]+|hs-fs)(?=/)")
# A file named by a picture id of five digits or more, with a rendition's letter or two around it.
_RENDITION_ID = re.compile(r"[a-z]{0,2}[_-]?(\d{5,}(?:[_-]\d+)*)[_-]?[a-z]{0,2}\.[a-z0-9]{2,5}")
_DISTINCT_NAME = 6  # characters of a file name's stem: "image.jpg" may name any picture
_URL_PATH = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?([^?#]*)")
# Drupal's image styles: "/styles/<style>/public/…" serves one file in each style.
_STYLE_FOLDER = re.compile(r"/styles/[^/]+/(?=public/|private/)")
_QUERY = re.compile(r"\?([^#]*)")
# Fandom's picture server (Vignette): the operations after the picture's path only size or crop it.
_VIGNETTE_OPS = re.compile(
    r"/revision/latest(?:/.*)?$|/(?:scale-to-(?:width|height)-down|scale-to-width|thumbnail-down"
    r"|fixed-aspect-ratio(?:-down)?|top-crop(?:-down)?|zoom-crop(?:-down)?|window-crop(?:-fixed)?)/.*$"
)
# A resizing proxy's parameter naming the original picture (Next.js's ``url``, ``src``, ...) ...
_SOURCE_PARAMS = frozenset(["url", "src", "source", "image", "img", "file"])
# ... or the original's URL written into its path (``/api/res/1.2/<sig>/http://media.example/a.jpg``).
_EMBEDDED_URL = re.compile(r"/https?:/+")
# A script serving pictures ("/image.php?id=7"): its query names which, less the parameters that
# only size it. Any other path names the file, and its query only resizes or busts a cache.
_SCRIPT = re.compile(r"\.(?:php|aspx?|ashx|jsp|cgi|pl|do)$")
_SIZE_PARAMS = frozenset([
    "w", "h", "width", "height", "q", "quality", "fit", "crop", "dpr", "fm", "format", "auto", "resize",
    "size", "mode", "scale", "v", "ver", "version", "t", "ts",
])  # fmt: skip


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


def opens_picture(href: str) -> bool:
    """Whether a link opens a picture file (its path names one; query and fragment aside): a
    picture's link to its full size, not to a page."""
    return _PICTURE_FILE.search(href.split("#", 1)[0].split("?", 1)[0]) is not None


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


def picture_url(img: _Element, base: str | None) -> str | None:
    """The URL of the picture ``img`` shows: the largest ``srcset`` candidate, else the first
    lazy-loading attribute or ``src`` holding a real file (no data URI, no placeholder, no
    loader's JSON settings), else, behind a placeholder, the picture file a link around it opens.
    In a ``<picture>`` whose sources a lazy loader fills (``data-srcset``), the ``src`` is the
    loader's stub: the full size is the last source for any screen.

    >>> from lxml.html import fragment_fromstring as f
    >>> picture_url(f('<img src="/blank.gif" data-src="/a.jpg">'), "https://x.test/n/1")
    'https://x.test/a.jpg'
    >>> picture_url(f('<img src="/a-300x200.jpg" srcset="/a-300x200.jpg 300w, /a.jpg 1200w">'), None)
    '/a.jpg'
    >>> picture_url(f('<picture><source data-srcset="/a.png"><img src="/tiny-a.webp"></picture>')[0], None)
    '/a.png'
    """
    for attr in _SRCSET_ATTRS:
        best = _largest(img.get(attr) or "")
        if best:
            return absolute_url(best, base) if base else best
    if (filled := _lazy_source(img)) is not None:
        return absolute_url(filled, base) if base else filled
    for attr in (*_URL_ATTRS, *_other_loaders(img)):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith(("data:", "{", "[")) and not _PLACEHOLDER.search(value):
            return absolute_url(value, base) if base else value
    opened = _opened_file(img)  # a placeholder alone: the full size the link around it opens
    return (absolute_url(opened, base) if base else opened) if opened else None


def _lazy_source(img: _Element) -> str | None:
    """The largest candidate of the last lazily filled ``<source>`` for any screen (no ``media``)
    of the ``<picture>`` around ``img``, if its sources are filled lazily. (libxml2's parser nests
    what follows an unclosed ``<source>`` inside it: the picture is an ancestor, not the parent.)"""
    picture = next((el for el in islice(img.iterancestors(), 4) if el.tag == "picture"), None)
    if picture is None:
        return None
    sources = [el for el in picture.iter("source") if el.get("data-srcset") and not el.get("media")]
    return _largest(sources[-1].get("data-srcset") or "") if sources else None


def _opened_file(img: _Element) -> str | None:
    """The picture file a link holding ``img`` (right around it, or around its wrapper) opens."""
    for holder in islice(img.iterancestors(), 2):
        if holder.tag == "a":
            href = (holder.get("href") or "").strip()
            return href if opens_picture(href) else None
    return None


def _other_loaders(img: _Element) -> list[str]:
    """Attributes another lazy loader keeps the file in (``nitro-lazy-src``, ``data-lazy-original``),
    none of the usual ones."""
    return [name for name in img.attrib if name not in _URL_ATTRS and _LOADER_ATTR.search(name)]


def _largest(srcset: str) -> str | None:
    """The candidate of a ``srcset`` with the largest width (or density) descriptor.

    A candidate's URL runs to the next white space, commas and all ("…?crop=0.6xw,0 980w"),
    as the HTML standard reads it: a comma ends the candidate only after its descriptor, or
    closing the URL itself. A data URI (a lazy loader's placeholder) makes the set unusable.

    >>> _largest("/a.jpg?crop=0.6xw,0&w=480 480w, /a.jpg?crop=0.6xw,0&w=980 980w")
    '/a.jpg?crop=0.6xw,0&w=980'
    >>> _largest("/a.jpg, /b.jpg 2x"), _largest("data:image/svg+xml,%3Csvg%3E 1x")
    ('/b.jpg', None)
    """
    if "data:" in srcset:
        return None
    best, size, pos = None, -1.0, 0
    while found := _CANDIDATE_URL.match(srcset, pos):
        url, pos = found[1], found.end()
        descriptor = ""
        if not url.endswith(","):
            rest = _DESCRIPTORS.match(srcset, pos)
            descriptor, pos = (rest[1].split() or [""])[0] if rest else "", rest.end() if rest else pos
        value = float(descriptor[:-1]) if _SIZE_DESCRIPTOR.fullmatch(descriptor) else 1.0
        if value > size:
            best, size = url.rstrip(","), value
    return best


@lru_cache(maxsize=4096)
def image_key(url: str) -> str:
    """What stays the same across the sizes of one picture: its path, lower-cased, without the
    size a CMS or a resizer writes into it; host and query aside (CDNs and resizers vary them).
    A resizing proxy that names the original picture (``/_next/image?url=%2Fa.jpg&w=640``,
    ``/api/res/1.2/<sig>/http://media.example/a.jpg``) is keyed by that original; a script that
    serves pictures (``/image.php?id=7``) keeps the query that tells them apart, sizes aside.
    Memoised: a page's pictures are keyed as they are read, and again when a copy is looked for.

    >>> image_key("https://cdn.x.test/wp/2025/01/Dam-300x200.jpg?w=640") == image_key("/wp/2025/01/dam.jpg")
    True
    >>> image_key("https://i0.wp.com/news.example.com/wp/dam.jpg?w=1080") == image_key("/wp/dam.jpg")
    True
    >>> image_key("/files/styles/large/public/a.jpg") == image_key("/files/styles/wide/public/a.jpg")
    True
    >>> image_key("/image/upload/t_fit-760w,f_auto/rockcms/a.jpg")
    '/image/upload/rockcms/a.jpg'
    >>> image_key("/thmb/hpjeHbpvra5fwg6benjldnkydl8=/filters:no_upscale()/a.jpg")  # Thumbor
    '/thmb/a.jpg'
    >>> image_key("/v2/resize:fit:1400/1*Cj.jpeg") == image_key("/v2/resize:fit:1200/1*Cj.jpeg")  # Medium
    True
    >>> image_key("/cdn-cgi/image/width=800/uploads/a.jpg"), image_key("/hs-fs/hubfs/a.png")
    ('/uploads/a.jpg', '/hubfs/a.png')
    >>> image_key("/w/thumb/3/3e/A.svg/250px-A.svg.png")  # MediaWiki's thumbnail of a drawing
    '/w/3/3e/a.svg'
    >>> image_key("/w/thumb/0/0b/Reps.png/220px-Reps.png") == image_key("/w/0/0b/Reps.png")
    True
    >>> image_key("/_astro/orb.TxInX1vq.png") == image_key("/_astro/orb.TxInX1vq_Z5x6ll.webp")
    True
    >>> image_key("/images/a/ab/Cat.jpg/revision/latest/scale-to-width-down/627?cb=2")  # Fandom's server
    '/images/a/ab/cat.jpg'
    >>> image_key("/img/a.jpg/84c85f28c59a/a.jpg") == image_key("/img/a.jpg/5982b1adf933/a.jpg")
    True
    >>> image_key("/_next/image?url=%2Fimg%2Fa.jpg&w=640&q=75"), image_key("/img.php?w=300&id=7")
    ('/img/a.jpg', '/img.php?id=7')
    """
    query = _QUERY.search(url)
    params = parse_qsl(query[1]) if query else []
    original = next(
        (v for k, v in params if k.lower() in _SOURCE_PARAMS and v.startswith(("/", "http"))), None
    )
    if original is not None:
        return image_key(original)
    path = _SERVICE_PREFIX.sub("", _VIGNETTE_OPS.sub("", path_of(url).lower()))
    if embedded := _EMBEDDED_URL.search(path):
        path = "/" + path[embedded.end() :]  # the original's host, then its path
    *folders, name = _STYLE_FOLDER.sub("/", path).split("/")
    folders = [folder for folder in folders if folder]
    if folders and _HOST_FOLDER.fullmatch(folders[0]):
        folders = folders[1:]
    if name in folders:  # a resizer's renditions kept under the original's name: "a.jpg/<sig>/a.jpg"
        folders = folders[: folders.index(name) + 1]
    name = _SIZE_IN_NAME.sub("", name)
    if "_astro" in folders:  # Astro's build: "orb.TxInX1vq.png", its renditions "orb.TxInX1vq_Z5x6.webp"
        name = name.split(".", 1)[0]
    if folders and (name == folders[-1] or name.startswith(folders[-1] + ".")):
        # MediaWiki's thumbnail, under the original's name: "thumb/3/3e/A.svg/250px-A.svg.png"
        name, folders = folders[-1], [folder for folder in folders[:-1] if folder != "thumb"]
    kept = ["", *(folder for folder in folders if not _SIZE_FOLDER.fullmatch(folder))]
    key = "/".join([*kept, name])
    if not params or not _SCRIPT.search(name):
        return key
    named = sorted((k.lower(), v) for k, v in params if k.lower() not in _SIZE_PARAMS)
    return f"{key}?{urlencode(named)}" if named else key


def renamed_copy(key: str, other: str) -> bool:
    """Whether two :func:`image_key` keys name one picture by two names, as a page's lead image
    and its copy in the body may be: the same folder and file mounted under two prefixes
    ("/php/news/images/pic/200871_18.jpg", "/images/pic/200871_18.jpg"), or, in one folder, the
    same picture id with another rendition's letter ("s1844688.jpg" small, "i1844688.jpg").

    >>> renamed_copy("/php/news/images/pic/200871_18.jpg", "/images/pic/200871_18.jpg")
    True
    >>> renamed_copy("/pic/1844/s1844688.jpg", "/pic/1844/i1844688.jpg")
    True
    >>> renamed_copy("/pic/1844/1844688_1.jpg", "/pic/1844/1844688_2.jpg")  # a gallery's two pictures
    False
    """
    *folders, name = key.rsplit("/", 2)
    *other_folders, other_name = other.rsplit("/", 2)
    if not folders or not other_folders or folders[-1] != other_folders[-1] or not folders[-1]:
        return False  # another folder
    if name == other_name:
        return len(name.rsplit(".", 1)[0]) >= _DISTINCT_NAME
    if key.rsplit("/", 1)[0] != other.rsplit("/", 1)[0]:
        return False  # a rendition's letter tells renditions apart only in one folder
    found, other_found = _RENDITION_ID.fullmatch(name), _RENDITION_ID.fullmatch(other_name)
    return found is not None and other_found is not None and found[1] == other_found[1]


def path_of(url: str) -> str:
    """A URL's path, read without urlsplit (which rejects a malformed host: "http://[x/a.jpg")."""
    found = _URL_PATH.match(url)
    return found[1] if found else url
