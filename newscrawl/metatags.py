"""The page's ``<meta>`` values filed by key, as :attr:`newscrawl.page.Page.meta` holds them;
apart from :mod:`newscrawl.page` because the keying rules (RDFa term lists, Dublin Core
spellings) are their own job."""

from __future__ import annotations

from collections.abc import Iterable

from lxml.etree import _Element


def attribute_maps(elements: Iterable[_Element]) -> list[dict[str, str]]:
    """Each element's attributes, read in one call: the meta readers want up to six of each
    meta's, and every attribute read of an element costs as much as reading them all."""
    return [dict(el.items()) for el in elements]


def collect_meta(metas: Iterable[dict[str, str]]) -> dict[str, list[str]]:
    """The meta values by key (see :class:`Page`), from each meta's attributes in document order."""
    meta: dict[str, list[str]] = {}
    for attributes in metas:
        value = attributes.get("content")
        if value is None:
            continue
        for key in _meta_keys(attributes):
            meta.setdefault(key, []).append(value)
    return meta


def _meta_keys(attributes: dict[str, str]) -> list[str]:
    """The keys a meta element (its ``attributes``) files its value under, lower-cased. An RDFa
    ``property`` is a list of terms (``property="dc:creator twitter:site_name"``), each a key;
    its Dublin Core terms are spelt as the HTML ``name`` spells them (``dc:creator`` →
    ``dc.creator``), so one reader serves both."""
    prop = (attributes.get("property") or "").lower().split()
    if not prop:
        key = attributes.get("name") or attributes.get("itemprop") or attributes.get("http-equiv")
        return [key.strip().lower()] if key else []
    return [term.replace(":", ".", 1) if term.startswith(("dc:", "dcterms:")) else term for term in prop]
