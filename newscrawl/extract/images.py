"""Article images with their captions: the lead image from metadata, then body figures."""

from __future__ import annotations

from lxml.etree import _Element

from newscrawl.extract.blocks import normalise_space
from newscrawl.extract.dom import absolute_url
from newscrawl.items import Image
from newscrawl.page import Page

_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-url", "src")


def extract_images(page: Page, elements: list[_Element]) -> list[Image]:
    """``og:image`` first, then ``<img>`` inside the body container, de-duplicated.

    Captions come from ``<figcaption>`` or the image's ``alt`` text; tracking pixels
    and icons (declared 1-2 px, or data URIs) are skipped.
    """
    images: dict[str, Image] = {}
    lead = page.meta_first("og:image", "twitter:image")
    lead_url = absolute_url(lead, page.url) if lead else None
    if lead_url:
        images[lead_url] = Image(lead_url)
    for element in elements:
        for img in element.iter("img"):
            url = _image_url(img, page.url)
            if url is None or _is_pixel(img):
                continue
            caption = _caption(img)
            if url in images and images[url].caption:
                continue
            images[url] = Image(url, caption)
    return list(images.values())


def _image_url(img: _Element, base: str | None) -> str | None:
    for attr in _LAZY_ATTRS:
        value = img.get(attr)
        if value and not value.startswith("data:"):
            return absolute_url(value, base)
    return None


def _is_pixel(img: _Element) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= 2:
            return True
    return False


def _caption(img: _Element) -> str | None:
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            caption = ancestor.find(".//figcaption")
            if caption is not None:
                text = normalise_space(caption.text_content())
                return text or None
            break
    alt = normalise_space(img.get("alt") or "")
    return alt or None
