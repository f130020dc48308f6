"""What a page says its site is called, and the URL its links resolve against.

Separate from the evidence it feeds: naming the site (metadata, the logo link, the
``<title>`` tail) is a question of its own, asked before any phrase is judged as spam.
"""

from __future__ import annotations

from newscrawl.clean.links import PageAnchor, page_anchors
from newscrawl.clean.text import phrase_size, split_title, squash
from newscrawl.page import Page
from newscrawl.urls import host_of, site_key


def base_url(page: Page) -> str | None:
    """The page's URL, else its canonical or og:url (saved pages): links resolve against it."""
    if page.url:
        return page.url
    for link in page.tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            return link.get("href")
    og = page.meta_first("og:url")
    return og if og and og.startswith("http") else None


def site_names(page: Page, headline: str | None = None, anchors: list[PageAnchor] | None = None) -> list[str]:
    """Names the site calls itself: og:site_name, publisher, the logo link's text, ``<title>`` tail.

    ``anchors`` are :func:`~newscrawl.clean.links.page_anchors` against :func:`base_url`.
    """
    names = [v for v in page.meta.get("og:site_name", []) + page.meta.get("application-name", []) if v]
    for obj in page.json_ld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    url = base_url(page)
    names.extend(_home_link_texts(page_anchors(page, url) if anchors is None else anchors, url))
    title = page.title_element()
    if title is not None:
        own = squash(headline or "")
        parts = split_title(title.text_content())
        names.extend(p for p in parts[1:] if not (own and squash(p) in own))  # not the headline's part
    return [" ".join(n.split()) for n in names if n and n.strip()]


def _home_link_texts(anchors: list[PageAnchor], page_url: str | None) -> list[str]:
    """Texts of the first three links to the site's home page: the logo / brand."""
    texts = []
    page_site = site_key(host_of(page_url)) if page_url else ""
    for anchor in anchors:
        if anchor.path not in (None, "/"):
            continue  # a link below the root (most links): sizing its text is not needed
        if len(anchor.text) >= 2 and 2 <= phrase_size(anchor.text) <= 24 and _links_home(anchor, page_site):
            texts.append(anchor.text)
            if len(texts) == 3:
                break
    return texts


def _links_home(anchor: PageAnchor, page_site: str) -> bool:
    """``href="/"`` or a link to the root of the page's own site (resolved only when the
    ``href`` could be one)."""
    if anchor.path not in (None, "/"):
        return False  # a link below the root (most links), known without resolving it
    href = (anchor.href or "").strip()
    if href in ("/", "./", "index.html"):
        return True
    if not page_site:
        return False
    url = anchor.url or ""
    return url.rstrip("/").count("/") == 2 and site_key(host_of(url)) == page_site
