"""Site profiles: an optional YAML file per site for what the generic crawler cannot guess.

The generic crawler needs none. A profile helps with a site whose layout defeats the
generic heuristics, or whose crawl should stay on known ground::

    name: Port Ellery Gazette                 # optional, for messages
    start_urls: [https://gazette.example/]    # used when the crawl names no URL
    allowed_domains: [gazette.example]        # hosts to follow (www. ignored); default: the start URLs'
    article_urls: ['/stories/\\d+\\.html$']     # regexes searched in the whole URL
    listing_urls: ['/sections/', '^https?://[^/]+/$']
    selectors:                                # CSS by default; {xpath: ...} or {css: ...} to be explicit
      headline: .story-head .hl
      articleBody: {xpath: "//div[@id='story-text']"}
      datePublished: "p.dateline time::attr(datetime)"
      authors: .dateline .reporter

With ``article_urls`` or ``listing_urls``, only links matching one of them are followed
(the start URLs always are); a page whose URL matches ``article_urls`` is an article when
it has a headline and a body, one matching ``listing_urls`` a listing, whatever its
content suggests (recorded as provenance ``pageType: profile``). Each overridden field's
provenance is ``profile`` (:mod:`newscrawl.extract.overrides`). Mistakes are reported
with the file and key: :class:`ProfileError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newscrawl.extract.article import Extraction
from newscrawl.extract.overrides import FIELDS, FieldSelector, apply_overrides, compile_selector
from newscrawl.extract.pagination import is_continuation_page
from newscrawl.urls import host_of

_KEYS = ("name", "start_urls", "allowed_domains", "article_urls", "listing_urls", "selectors")
_HOST = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Profile:
    source: str
    name: str | None = None
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_urls: tuple[re.Pattern[str], ...] = ()
    listing_urls: tuple[re.Pattern[str], ...] = ()
    selectors: dict[str, FieldSelector] = field(default_factory=dict)

    def url_kind(self, url: str) -> str | None:
        """``article`` or ``listing`` when a pattern says so (articles first), else None."""
        if any(p.search(url) for p in self.article_urls):
            return "article"
        if any(p.search(url) for p in self.listing_urls):
            return "listing"
        return None

    def follows(self, url: str) -> bool:
        """Whether a link to ``url`` is followed: any URL without patterns, else a matching one."""
        return not (self.article_urls or self.listing_urls) or self.url_kind(url) is not None

    def apply(self, extraction: Extraction) -> Extraction:
        """The selectors' fields, then the page type the URL patterns give; in place."""
        if self.selectors:
            apply_overrides(extraction, self.selectors)
        article = extraction.article
        kind = self.url_kind(extraction.page.url or "")
        if kind == "article" and not (article.headline and article.articleBody):
            kind = None  # a broken or empty page is no article, whatever its URL
        if kind == "article" and is_continuation_page(extraction.page):
            kind = None  # page 2 of a split article: its text reaches the item through page 1
        if kind and kind != article.pageType:
            article.pageType = kind
            article.provenance["pageType"] = "profile"
        return extraction


def load_profile(path: str | Path) -> Profile:
    """Read and check the YAML profile at ``path``."""
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{source}: cannot read the profile: {exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{source}: not valid YAML: {_yaml_problem(exc)}") from exc
    return parse_profile(data, source)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """PyYAML's reason and position on one line (its own message spans several)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1}, column {mark.column + 1})" if mark else problem


def parse_profile(data: Any, source: str = "profile") -> Profile:
    """A :class:`Profile` from parsed YAML, every key checked.

    >>> parse_profile({"article_urls": [r"/story/\\d+"]}).url_kind("https://a.example/story/7")
    'article'
    >>> parse_profile({"selector": {}}, "site.yaml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newscrawl.profiles.ProfileError: site.yaml: unknown key 'selector' (known: name, start_urls, ...)
    """
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a profile is a mapping of keys, not {type(data).__name__}")
    for key in data:
        if key not in _KEYS:
            raise ProfileError(f"{source}: unknown key {key!r} (known: {', '.join(_KEYS)})")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise ProfileError(f"{source}: name: a string, not {type(name).__name__}")
    return Profile(
        source=source,
        name=name,
        start_urls=tuple(_urls(data, "start_urls", source)),
        allowed_domains=tuple(_domains(data, source)),
        article_urls=tuple(_patterns(data, "article_urls", source)),
        listing_urls=tuple(_patterns(data, "listing_urls", source)),
        selectors=_selectors(data.get("selectors"), source),
    )


def _strings(data: dict[str, Any], key: str, source: str) -> list[str]:
    """A string or a list of strings."""
    value = data.get(key)
    if value is None:
        return []
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ProfileError(f"{source}: {key}: a string or a list of non-empty strings")
    return [v.strip() for v in values]


def _urls(data: dict[str, Any], key: str, source: str) -> list[str]:
    urls = _strings(data, key, source)
    for url in urls:
        if not re.match(r"^https?://[^/\s]+", url):
            raise ProfileError(f"{source}: {key}: {url!r} is no http(s) URL")
    return urls


def _domains(data: dict[str, Any], source: str) -> list[str]:
    domains = [host_of(d if "//" in d else f"http://{d}") for d in _strings(data, "allowed_domains", source)]
    for domain in domains:
        if not _HOST.match(domain):
            raise ProfileError(f"{source}: allowed_domains: {domain!r} is no host name")
    return domains


def _patterns(data: dict[str, Any], key: str, source: str) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in _strings(data, key, source):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ProfileError(f"{source}: {key}: bad regular expression {pattern!r}: {exc}") from exc
    return compiled


def _selectors(value: Any, source: str) -> dict[str, FieldSelector]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProfileError(f"{source}: selectors: a mapping of field to selector")
    found = {}
    for name, spec in value.items():
        if name not in FIELDS:
            raise ProfileError(f"{source}: selectors: no override for {name!r} (fields: {', '.join(FIELDS)})")
        kind, expr = _selector_spec(spec, f"{source}: selectors.{name}")
        try:
            found[name] = compile_selector(kind, expr)
        except ValueError as exc:
            raise ProfileError(f"{source}: selectors.{name}: {exc}") from exc
    return found


def _selector_spec(spec: Any, where: str) -> tuple[str, str]:
    """``"h1.title"`` (CSS), ``{css: "h1.title"}`` or ``{xpath: "//h1"}``."""
    if isinstance(spec, str):
        return "css", spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((kind, expr),) = spec.items()
        if kind in ("css", "xpath") and isinstance(expr, str):
            return kind, expr
    raise ProfileError(f"{where}: a CSS string, or a mapping with one key, css or xpath, to a string")
