"""Article images: the lead image from metadata, then the body's pictures, with their captions.

A picture's URL is often not in ``src``: lazy loaders keep a placeholder there and the real
file in a ``data-*`` attribute or a ``srcset``, and responsive markup lists several sizes of
one file. Pages also set pictures that are no part of the article inside its container:
avatars, emoji, icons, share buttons, formula renders, the thumbnails of related stories.
The caption is the text shown with the picture (``<figcaption>``, a WordPress caption, a
caption-named box, the centred line Chinese CMSs set under it); ``alt`` is kept apart, since
a reader never sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from urllib.parse import unquote

from lxml import etree
from lxml.etree import _Element

from newscrawl.clean.boilerplate import is_caption, is_picture_credit
from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.body import centred_caption
from newscrawl.extract.dom import absolute_url, is_skipped_part, plain_text
from newscrawl.items import Image
from newscrawl.page import Page

# Where lazy loaders keep the real file, most specific first; ``src`` last (often a placeholder).
_URL_ATTRS = (
    "data-src", "data-lazy-src", "data-original", "data-actualsrc", "data-hi-res-src",
    "data-lazyload", "data-echo", "data-url", "src",
)  # fmt: skip
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
_PICTURE_TAGS = ("img", "amp-img")  # an AMP page's pictures are <amp-img>
_LOADER_ATTR = re.compile(r"lazy.*(?:src|original)$", re.I)
_CANDIDATE_URL = re.compile(r"[\s,]*(\S+)")
_DESCRIPTORS = re.compile(r"([^,]*),?")
_SIZE_DESCRIPTOR = re.compile(r"\d+(?:\.\d+)?[wx]")
# A placeholder a lazy loader shows until the picture scrolls in: a blank or a spinner.
_PLACEHOLDER = re.compile(
    r"(?:^|/)(?:blank|spacer|pixel|transparent|empty|grey|gray|placeholder|loading|lazy(?:load)?|"
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
    r"(?:next|prev|previous)-?page)(?![a-z])",
    re.I,
)
# A box about a person (the writer's box, a profile card): its picture is their portrait.
_PERSON_BOX = re.compile(r"(?<![a-z])(?:author|avatar|profile|byline|bio|writer|contributor)(?![a-z])", re.I)
_NOT_ARTICLE_HOSTS = ("gravatar.com", "s.w.org", "emoji", "feeds.feedburner.com", "doubleclick.net")
_SMALL = 64  # pixels: a declared size this small on both sides is an icon, not a picture
_THIN = 20  # pixels: a declared side this thin is a rule or a spacer (a 1 px one, a tracking pixel)
# A formula's render: its alt is the TeX source.
_TEX = re.compile(r"\\(?:displaystyle|frac|mathrm|mathbf|sum|int|left|right|text)\b|^\{\\")
# A lead image that is the site's, not the article's: its logo or its default share card
# (read from the file name: a CMS's folders may be named "default").
_SITE_CARD = re.compile(
    r"(?<![a-z])(?:logo|default|placeholder|fallback|og-?image|(?:subscribe|share|social)-?card)",
    re.I,
)
# What says which size or rendition of a picture a URL asks for: a CMS's size in the file name
# ("-300x200", "@2x", "_w230_h152", MediaWiki's "250px-"), a resizer's folder ("120x120",
# "w_800", Cloudinary's "t_fit-760w,f_auto").
_SIZE_IN_NAME = re.compile(
    r"^\d{2,4}px-|(?:-\d{2,5}x\d{2,5}|-scaled|@\dx|_\d{2,4}x\d{2,4}|_w\d{2,4}_h\d{2,4})(?=\.[a-z0-9]{2,5}$)",
    re.I,
)
# An image proxy's first folder naming the site it serves the file of ("i0.wp.com/example.com/…").
_HOST_FOLDER = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_SIZE_FOLDER = re.compile(
    r"\d{2,5}x\d{0,5}|x\d{2,5}|[a-z]{1,2}_[^/]*|[^/]*,[^/]*|\d{2,4}px|[a-z]*_?\d{2,4}[wh]"
)
# A URL's path, read without urlsplit (which rejects a malformed host such as "http://[x/a.jpg").
_URL_PATH = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?([^?#]*)")
# Drupal's image styles: "/styles/<style>/public/…" serves one file in each style.
_STYLE_FOLDER = re.compile(r"/styles/[^/]+/(?=public/|private/)")
_CAPTION_NAME = re.compile(
    r"caption|credit|legend|gallerytext|img-?desc|image-?text|pic-?text|photo-?text", re.I
)
# Where two inline elements of a caption meet with no space ("…hours later.</span><span>Ezra
# Acayan / Getty Images"): the sentence ends there, and a browser sets them apart.
_RUN_TOGETHER = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
_MAX_CAPTION = 400
_MAX_HOLDER_DEPTH = 4  # wrappers between a picture and its caption's box (link, span, div, figure)


def extract_images(page: Page, elements: list[_Element]) -> list[Image]:
    """The lead image (``og:image``, unless it is the site's card) and the pictures in the
    body ``elements``, each once, in that order.

    One picture in several sizes (the lead and its copy in the body, a thumbnail and its
    full size) is one image; the shown copy gives it its caption and alt text, wherever on
    the page it is shown (a hero picture above the body).
    """
    images: dict[str, Image] = {}
    lead = page.meta_first("og:image", "twitter:image")
    lead_url = absolute_url(lead, page.url) if lead else None
    if lead_url and not _site_picture(lead_url):
        images[image_key(lead_url)] = Image(lead_url)
    spanned = _spanned(elements)
    tops, sizes = set(spanned), TextSizes()
    for element in spanned:
        if element not in elements and is_skipped_part(element):
            continue  # a box between the body's paragraphs that the body leaves out (an ad)
        for img in _pictures(element, tops):
            url = picture_url(img, page.url)
            if url is None:
                continue
            key = image_key(url)
            known = images.get(key)
            if known is None:
                images[key] = Image(url, caption_of(img, tops, sizes), _alt(img))
            elif known.caption is None and known.alt is None:
                known.caption, known.alt = caption_of(img, tops, sizes), _alt(img)
    if images and lead_url and (first := next(iter(images.values()))).url == lead_url and first.alt is None:
        shown = _shown_copy(page, lead_url, elements)
        if shown is not None:
            first.caption, first.alt = caption_of(shown, set(), sizes), _alt(shown)
    return list(images.values())


def _site_picture(url: str) -> bool:
    """A lead image that is the site's, by its file name: its logo, its default share card, an
    icon ("fb.jpg")."""
    file = unquote(_path_of(url)).rsplit("/", 1)[-1]
    return bool(_SITE_CARD.search(file) or _NOT_ARTICLE_FILE.search(file.replace("_", "-")))


def _spanned(elements: list[_Element]) -> list[_Element]:
    """The body's elements and, when they are siblings, the ones between them the search left
    out for holding no text: a wiki's picture boxes between its paragraphs."""
    parent = elements[0].getparent() if elements else None
    if parent is None or len(elements) < 2 or any(el.getparent() is not parent for el in elements):
        return elements
    children = list(parent)
    first, last = children.index(elements[0]), children.index(elements[-1])
    return children[first : last + 1] if first < last else elements


def _shown_copy(page: Page, url: str, body: list[_Element]) -> _Element | None:
    """The ``<img>`` showing the picture of ``url`` above the ``body`` (a hero picture between
    the headline and the text), no icon or chrome: the nearest boxes before the body's first
    element are read, not the whole page."""
    key = image_key(url)
    for box in _boxes_before(body[0]) if body else ():
        for img in box.iter(_PICTURE_TAGS):
            shown = picture_url(img, page.url)
            if shown is not None and image_key(shown) == key and not _is_chrome(img):
                return img
    return None


def _boxes_before(element: _Element, levels: int = 6, per_level: int = 12) -> Iterator[_Element]:
    """The elements before ``element``, nearest first: its preceding siblings, then its
    parent's, and so on up (a few of each)."""
    for _ in range(levels):
        yield from islice(element.itersiblings(preceding=True), per_level)
        parent = element.getparent()
        if parent is None:
            return
        element = parent


def _pictures(element: _Element, tops: set[_Element]) -> Iterator[_Element]:
    """The ``<img>`` elements of ``element`` that show the article's pictures: none inside a
    part the body leaves out (a share bar, an author box, a related list), no icon or pixel."""
    skipped: dict[_Element, bool] = {}
    for img in element.iter(_PICTURE_TAGS):
        if not _is_chrome(img) and not _in_skipped_part(img, tops, skipped):
            yield img


def _in_skipped_part(img: _Element, tops: set[_Element], skipped: dict[_Element, bool]) -> bool:
    """Whether an ancestor below the body's top elements is a part the body search leaves out."""
    for ancestor in img.iterancestors():
        if ancestor in tops:
            return False
        if ancestor not in skipped:
            skipped[ancestor] = _left_out(ancestor)
        if skipped[ancestor]:
            return True
    return False


def _left_out(box: _Element) -> bool:
    """A box whose pictures are not the article's: page structure (a header, an aside but for
    a figure set beside the text), a part the body search leaves out, or a box about a person
    (an author box, a profile card). A link around a picture is no box (it opens the full size
    or a lightbox, whatever its class says)."""
    if box.tag in ("header", "footer", "nav"):
        return True
    if box.tag in ("figure", "a") or (box.tag == "aside" and box.find(".//figure") is not None):
        return False
    return _PERSON_BOX.search(_names(box)) is not None or is_skipped_part(box)


def _names(element: _Element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _is_chrome(img: _Element) -> bool:
    """An icon, avatar, emoji, spacer, tracking pixel or formula: by declared size, by the
    names of the element and its file, by source; an SVG file outside a ``<figure>`` (icons,
    badges and logos are drawn as SVG, photographs never)."""
    width, height = _declared(img, "width"), _declared(img, "height")
    if (width is not None and width <= _THIN) or (height is not None and height <= _THIN):
        return True
    if width is not None and height is not None and width <= _SMALL and height <= _SMALL:
        return True
    if _NOT_ARTICLE.search(f"{img.get('class', '')} {img.get('id', '')}") or _TEX.search(
        img.get("alt") or ""
    ):
        return True
    src = img.get("src") or img.get("data-src") or ""
    if any(host in src for host in _NOT_ARTICLE_HOSTS):
        return True
    file = src.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1].lower()
    if file.endswith(".svg") and next(img.iterancestors("figure"), None) is None:
        return True
    return bool(_NOT_ARTICLE_FILE.search(file.replace("_", "-")))


def _declared(img: _Element, attr: str) -> int | None:
    value = (img.get(attr) or "").strip().removesuffix("px")
    return int(value) if value.isdigit() else None


def picture_url(img: _Element, base: str | None) -> str | None:
    """The URL of the picture ``img`` shows: the largest ``srcset`` candidate, else the first
    lazy-loading attribute or ``src`` holding a real file (no data URI, no placeholder).

    >>> from lxml.html import fragment_fromstring as f
    >>> picture_url(f('<img src="/blank.gif" data-src="/a.jpg">'), "https://x.test/n/1")
    'https://x.test/a.jpg'
    >>> picture_url(f('<img src="/a-300x200.jpg" srcset="/a-300x200.jpg 300w, /a.jpg 1200w">'), None)
    '/a.jpg'
    """
    for attr in _SRCSET_ATTRS:
        best = _largest(img.get(attr) or "")
        if best:
            return absolute_url(best, base) if base else best
    for attr in (*_URL_ATTRS, *_other_loaders(img)):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:") and not _PLACEHOLDER.search(value):
            return absolute_url(value, base) if base else value
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
    Memoised: a page's pictures are keyed as they are read, and again when a copy is looked for.

    >>> image_key("https://cdn.x.test/wp/2025/01/Dam-300x200.jpg?w=640") == image_key("/wp/2025/01/dam.jpg")
    True
    >>> image_key("https://i0.wp.com/news.example.com/wp/dam.jpg?w=1080") == image_key("/wp/dam.jpg")
    True
    >>> image_key("/files/styles/large/public/a.jpg") == image_key("/files/styles/wide/public/a.jpg")
    True
    >>> image_key("/image/upload/t_fit-760w,f_auto/rockcms/a.jpg")
    '/image/upload/rockcms/a.jpg'
    >>> image_key("/w/thumb/3/3e/A.svg/250px-A.svg.png")  # MediaWiki's thumbnail of a drawing
    '/w/thumb/3/3e/a.svg/a.svg.png'
    """
    *folders, name = _STYLE_FOLDER.sub("/", _path_of(url).lower()).split("/")
    folders = [folder for folder in folders if folder]
    if folders and _HOST_FOLDER.fullmatch(folders[0]):
        folders = folders[1:]
    kept = ["", *(folder for folder in folders if not _SIZE_FOLDER.fullmatch(folder))]
    return "/".join([*kept, _SIZE_IN_NAME.sub("", name)])


class TextSizes(dict[_Element, int]):
    """Elements' text lengths, each read once: a page's pictures share their boxes, and a
    gallery's thousands of pictures one container, whose text is not read again for each."""

    def __missing__(self, element: _Element) -> int:
        size = self[element] = len(plain_text(element))
        return size


def _path_of(url: str) -> str:
    found = _URL_PATH.match(url)
    return found[1] if found else url


def caption_of(img: _Element, tops: set[_Element], sizes: TextSizes | None = None) -> str | None:
    """The caption shown with a picture: its figure's ``<figcaption>``; a caption-named box right
    after it or after the box holding it; the short text of the box it heads, set apart from it
    ("<p><img><br><i>The hand at work.</i></p>"); a caption or credit line right after that
    box (``▲…``, ``…摄``, "Photo: …"); or the centred line a Chinese CMS sets under it."""
    sizes = TextSizes() if sizes is None else sizes
    holder = img
    for _ in range(_MAX_HOLDER_DEPTH):
        parent = holder.getparent()
        if parent is None or holder in tops:
            break
        if parent.tag == "figure":
            caption = parent.find(".//figcaption")
            if caption is not None:
                return _text(caption)
        named = _caption_after(holder)
        if named is not None:
            return _text(named)
        if sizes[parent] > _MAX_CAPTION or next(_other_pictures(parent, img), None) is not None:
            break  # the picture sits in running text, or shares its box with others (a gallery's row)
        before, after = _text_around(parent, img)
        if before.strip() or (after.strip() and (holder.tail or "").strip()):
            break  # the picture sits inside running text, which flows on beside it
        if after.strip():
            return _text_of(after) if not _mostly_linked(parent) else None
        holder = parent
    following = _line_after(holder)
    if following and (is_caption(following) or is_picture_credit(following)):
        return following
    centred = centred_caption(img, tops)
    return _text(centred) if centred is not None else None


def _caption_after(holder: _Element) -> _Element | None:
    """The element right after ``holder`` (line breaks aside) when it is named as a caption."""
    for sibling in holder.itersiblings():
        if isinstance(sibling.tag, str):
            if _CAPTION_NAME.search(f"{sibling.get('class', '')} {sibling.get('id', '')}"):
                return sibling
            if sibling.tag != "br":
                return None
    return None


def _other_pictures(box: _Element, img: _Element) -> Iterator[_Element]:
    return (other for other in box.iter(_PICTURE_TAGS) if other is not img)


def _text_around(box: _Element, img: _Element) -> tuple[str, str]:
    """The text of ``box`` before ``img`` and after it, child elements' words kept apart."""
    before: list[str] = []
    after: list[str] = []
    side = before
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if element is img:
            side = after
        if event == "start" and element.text and element is not img:
            side.append(element.text)
        elif event == "end" and element is not box and element.tail:
            side.append(element.tail)
    return " ".join(before), " ".join(after)


def _mostly_linked(box: _Element) -> bool:
    """Whether a box's words are a link's (a teaser's title, not a caption)."""
    linked = sum(len(plain_text(a)) for a in box.iter("a"))
    return linked * 2 > len(plain_text(box))


def _line_after(holder: _Element) -> str | None:
    """The line right after a picture's box: its tail up to a line break, or the next element's text."""
    tail = (holder.tail or "").strip()
    if tail:
        return normalise_space(tail)
    following = holder.getnext()
    if following is None or not isinstance(following.tag, str) or following.tag == "br":
        return None
    return _text(following)


def _text(element: _Element) -> str | None:
    return _text_of(_RUN_TOGETHER.sub(" ", "".join(element.itertext())))


def _text_of(text: str) -> str | None:
    text = normalise_space(text)
    return text if text and len(text) <= _MAX_CAPTION else None


def _alt(img: _Element) -> str | None:
    return normalise_space(img.get("alt") or "") or None
