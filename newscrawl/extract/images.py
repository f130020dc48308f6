"""Article images: the lead image from metadata, then the body's pictures, each once, with
their captions and alt text.

Which file a picture shows is :mod:`~newscrawl.extract.pictures`, which pictures are chrome
:mod:`~newscrawl.extract.picturechrome`, what names one picture whatever its size
:mod:`~newscrawl.extract.picturekeys`; what its caption is, :mod:`~newscrawl.extract.captions`.
This module decides which pictures are the article's: the lead unless it is the site's card,
the body's pictures but those inside a part the body leaves out or a box about a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from itertools import islice
from urllib.parse import unquote

from lxml.etree import _Element

from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.captions import TextSizes, caption_of
from newscrawl.extract.dom import class_id, plain_text
from newscrawl.extract.hrefs import absolute_url
from newscrawl.extract.picturechrome import icon_file, is_chrome, names_little_else, word_count
from newscrawl.extract.picturekeys import image_key, path_of, renamed_copy
from newscrawl.extract.pictures import PICTURE_TAGS, opens_picture, picture_url
from newscrawl.extract.skipparts import is_skipped_part
from newscrawl.items import Image
from newscrawl.page import Page
from newscrawl.urls import host_of, site_key

# A box about a person (the writer's box, a profile card): its picture is their portrait.
_PERSON_BOX = re.compile(
    r"(?<![a-z])(?:author|avatar|profile|byline|bio|writer|contributor|testimonials?)(?![a-z])", re.I
)
# A lead image that is the site's, not the article's: its logo or its default share card
# (read from the file name: a CMS's folders may be named "default").
_SITE_CARD = re.compile(
    r"(?<![a-z])(?:logo|default|placeholder|fallback|og-?image|(?:subscribe|share|social)-?card)",
    re.I,
)
# The words of a share card's name ("og_image.png", "Facebook Link Photo.png"): the site's card
# when they are all its name says, the article's own card when they come with its subject
# ("og_image_what_is_seo.jpg", "PTO-Policies-Social-Share.png").
_SHARE_CARD = re.compile(
    r"(?<![a-z])(?:og|open[-_ ]?graph|social|share|sharing|facebook|fb|twitter|link|card|image|img"
    r"|photo|subscribe)(?![a-z])",
    re.I,
)


def extract_images(
    page: Page, elements: list[_Element], *, own_url: str | None = None, body_text: str | None = None
) -> list[Image]:
    """The lead image (``og:image``, unless it is the site's card) and the pictures in the
    body ``elements``, each once, in that order; ``own_url`` is the page's address (its URL, else
    its canonical one), which no picture of the article carries in its query; ``body_text``, the
    body's text, tells the cards of other pages it leaves out (see :class:`_Cards`).

    One picture in several sizes (the lead and its copy in the body, a thumbnail and its
    full size) is one image; the shown copy gives it its caption and alt text, wherever on
    the page it is shown (a hero picture above the body).
    """
    images: dict[str, Image] = {}
    aliases: dict[str, str] = {}  # the key of the lead's copy shown under another name: the lead's
    lead = page.meta_first("og:image", "twitter:image")
    lead_url = absolute_url(lead, page.url) if lead else None
    lead_key = image_key(lead_url) if lead_url and not _site_picture(lead_url) else None
    if lead_url and lead_key:
        images[lead_key] = Image(lead_url)
    spanned, chosen = _spanned(elements), set(elements)
    tops, sizes = set(spanned), TextSizes()
    own_url = own_url or page.url
    own = _address(own_url)
    cards = _Cards(own_url, own, body_text or "", tops)
    for element in spanned:
        if element not in chosen and is_skipped_part(element):
            continue  # a box between the body's paragraphs that the body leaves out (an ad)
        for img in _pictures(element, tops):
            url = picture_url(img, page.url)
            if url is None or _names_page(url, own) or cards.teaser(img):
                continue
            key = image_key(url)
            key = aliases.get(key, key)
            known = images.get(key)
            if known is None and lead_key and not aliases and renamed_copy(lead_key, key):
                aliases[key] = lead_key  # shown, the copy stands for the lead: its file, caption, alt
                images[lead_key] = Image(url, caption_of(img, tops, sizes), _alt(img))
            elif known is None:
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
    file = unquote(path_of(url)).rsplit("/", 1)[-1]
    if _SITE_CARD.search(file) and names_little_else(file):
        return True
    rest, cards = _SHARE_CARD.subn(" ", file)
    return (cards >= 2 and word_count(rest) == 0) or icon_file(file)


def _address(page_url: str | None) -> str:
    """The page's host and path, as a picture's query would spell them; "" when too short to tell."""
    own = (page_url or "").partition("://")[2].partition("#")[0].partition("?")[0]
    return own if len(own) > 8 else ""


def _names_page(url: str, own: str) -> bool:
    """Whether a picture's address carries the page's own address (:func:`_address`) in its query:
    a QR code or a share card drawn for this page ("qrcode.php?text=https%3A%2F%2Fnews.example%2Fa.html"),
    which no picture of the article does."""
    query = url.partition("?")[2]
    return bool(query and own) and own in unquote(query)


class _Cards:
    """Tells a teaser's picture: one on a card linking another page of the site (a related story,
    a product tile) under a title that the body does not show. A card the body keeps (a guide's
    list of the pages it recommends, quoted in its text) keeps its pictures, and so does a picture
    linked to its own full size, to another site (a shop) or without a title beside it."""

    def __init__(self, own_url: str | None, own: str, body_text: str, tops: set[_Element]) -> None:
        self.site = site_key(host_of(own_url)) if own_url else ""
        self.own_url = own_url
        self.own = own  # the page's host and path (:func:`_address`): the page, whatever its query
        self.body_text = body_text
        self.tops = tops
        self.links: dict[_Element, list[_Element]] = {}  # each box's links, read once: cards share boxes

    def teaser(self, img: _Element) -> bool:
        if not self.site or not self.body_text.strip():
            return False  # no site to tell another page of it by, or no body to quote the card
        link = next((a for a in _below(img, self.tops) if a.tag == "a"), None)
        if link is None:
            return False
        href = (link.get("href") or "").strip()
        url = absolute_url(href, self.own_url) if not href.startswith("#") else None
        if not url or url == self.own_url or (self.own and _address(url) == self.own) or opens_picture(url):
            return False  # no link, one to the page itself, or one opening the picture itself
        if site_key(host_of(url)) != self.site:
            return False
        title = self.title(link, href)
        return title is not None and title not in self.shown_text

    @cached_property
    def shown_text(self) -> str:
        """The body's text with its white space collapsed, as a card's title is compared (read only
        when a card is: most pages link no picture)."""
        return normalise_space(self.body_text)

    def title(self, link: _Element, href: str) -> str | None:
        """The title a card gives the page ``link`` leads to: the text of the link, or of another
        link to the same page in the boxes around it (a card's picture and its heading are often
        two links), when it reads as a title (three words, or eight characters of Chinese). A box
        holding many links is a list or a grid of cards, no card: the search stops there."""
        box: _Element | None = link
        for _ in range(_CARD_LEVELS + 1):
            if box is None:
                return None
            links = self.links.get(box)
            if links is None:
                links = self.links[box] = list(box.iter("a"))
            if len(links) > _CARD_LINKS:
                return None
            for other in links:
                if (other.get("href") or "").strip() == href:
                    text = normalise_space(plain_text(other))
                    if len(text.split()) >= 3 or (len(text) >= 8 and not text.isascii()):
                        return text
            box = box.getparent()
        return None


_CARD_LEVELS = 3  # a card: the link, and up to this many boxes around it
_CARD_LINKS = 12  # links in a box at most: one holding more is a list of cards


def _below(img: _Element, tops: set[_Element]) -> Iterator[_Element]:
    """``img``'s ancestors below the body's top elements, nearest first."""
    for ancestor in img.iterancestors():
        if ancestor in tops:
            return
        yield ancestor


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
        for img in box.iter(PICTURE_TAGS):
            shown = picture_url(img, page.url)
            if shown is not None and image_key(shown) == key and not is_chrome(img):
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
    for img in element.iter(PICTURE_TAGS):
        if not is_chrome(img) and not _in_skipped_part(img, tops, skipped):
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
    a figure set beside the text), a part the body search leaves out, a box about a person
    (an author box, a profile card, a testimonial) or a link to a licence. Any other link around
    a picture is no box (it opens the full size or a lightbox, whatever its class says), nor is
    a button that opens the picture in a lightbox."""
    if box.tag in ("header", "footer", "nav"):
        return True
    if box.tag == "a" and ("license" in (box.get("rel") or "").lower().split() or _control(box)):
        return True  # a licence's badge ("88x31.png" linked with rel="license"), a button's icon
    if box.tag in ("figure", "a") or (box.tag == "aside" and box.find(".//figure") is not None):
        return False
    if box.tag == "button" and _opens_lightbox(box):
        return False
    return _PERSON_BOX.search(class_id(box)) is not None or is_skipped_part(box)


def _control(link: _Element) -> bool:
    """A link that runs a script (``href="#"``, ``javascript:``) and opens no picture larger: a
    share button, a carousel's arrow, a bookmark button, whose picture is its icon. (A picture's
    own ``onclick`` tells nothing: a blog's "click to enlarge" script is one too.)"""
    action = (link.get("href") or "").strip().lower()
    if action != "#" and not action.startswith("javascript:"):
        return False
    return _LIGHTBOX.search(f"{class_id(link)} {link.get('onclick') or ''} {action}") is None


def _opens_lightbox(button: _Element) -> bool:
    """A button around a picture that opens it larger (``aria-haspopup``, "ButtonOpen", "zoom"),
    holding no words: not a carousel's slide switcher (``aria-label="Slide 1"``) or a control."""
    opens = button.get("aria-haspopup") is not None or _LIGHTBOX.search(class_id(button)) is not None
    return opens and not plain_text(button).strip()


_LIGHTBOX = re.compile(r"open|zoom|lightbox|enlarge|expand|modal", re.I)


def _alt(img: _Element) -> str | None:
    return normalise_space(img.get("alt") or "") or None
