
"""The loopback server and the sites it serves: crawler tests are only as good as these fixtures.

Every site is walked breadth-first from its root with urllib, so a broken internal link, an
orphan page, an off-site link to a real domain or a wrong Content-Type shows up here rather than
as a puzzling crawler failure.
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
import pytest

from newscrawl.demo.server import demo_manifest, demo_site_root, serve_directory

SITES_DIR = Path(__file__).parent / "sites"
# Sites a plain link walk can check: not one whose links are only in its scripts' data (a JS-built
# site, which test_spider_portal crawls through that data).
FIXTURE_SITES = sorted(
    p.name
    for p in SITES_DIR.iterdir()
    if (p / "expected.json").is_file()
    and not json.loads((p / "expected.json").read_text(encoding="utf-8")).get("links_in_scripts_only")
)
RESERVED_TLDS = (".example", ".test")
SKIPPED_SCHEMES = ("mailto", "tel", "javascript", "data")


@dataclass
class Walk:
    """What a breadth-first walk of one site saw."""

    base: str
    status: dict[str, int] = field(default_factory=dict)
    content_type: dict[str, str] = field(default_factory=dict)
    offsite: set[str] = field(default_factory=set)


def fetch(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    """Status, Content-Type and body, for error statuses too (urllib raises on those)."""
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except HTTPError as err:
        try:
            return err.code, err.headers.get("Content-Type", ""), err.read()
        finally:
            err.close()


def raw_request(base: str, path: str, method: str = "GET") -> http.client.HTTPResponse:
    """Send a request without urllib's redirect following and path normalisation."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    conn.request(method, path)
    resp = conn.getresponse()
    resp.read()
    conn.close()
    return resp


def decode_page(body: bytes) -> str | None:
    """Text of an HTML body in UTF-8 or the GB family; None for bytes that are no text at all."""
    for codec in ("utf-8", "gb18030"):
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def page_links(body: bytes, page_url: str) -> list[str]:
    """Absolute URLs of every link, stylesheet, script and image on a page (forms excluded)."""
    text = decode_page(body)
    if not text or not text.strip():
        return []
    links = []
    for element, _attr, link, _pos in lxml.html.document_fromstring(text).iterlinks():
        if element.tag == "form" or link.startswith("#") or link.split(":", 1)[0].lower() in SKIPPED_SCHEMES:
            continue
        links.append(urldefrag(urljoin(page_url, link.strip())).url)
    return links


def walk(base: str) -> Walk:
    """Fetch every same-origin URL reachable from the root; record off-site links without following."""
    origin = urlsplit(base).netloc
    result = Walk(base)
    queue = deque([base + "/"])
    seen = set(queue)
    while queue:
        url = queue.popleft()
        status, ctype, body = fetch(url)
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        result.status[key] = status
        result.content_type[key] = ctype
        if status != 200 or not ctype.startswith("text/html"):
            continue
        for link in page_links(body, url):
            if urlsplit(link).netloc != origin:
                result.offsite.add(link)
            elif link not in seen:
                seen.add(link)
                queue.append(link)
    return result


def demo_expectations() -> dict[str, Any]:
    """Flatten the demo manifest's per-site gold into the fixture sites' expected.json shape."""
    manifest = demo_manifest()
    sites = manifest["sites"].values()
    return {
        "articles": {path: rec for site in sites for path, rec in site["articles"].items()},
        "not_articles": manifest["other"] + [p for site in sites for p in site["listings"] + site["other"]],
        "offsite_links": sorted({link for site in sites for link in site["offsite_links"]}),
        "broken_links": [],
        "legacy_encoded": [p for site in sites for p in site["legacy_encoded"]],
    }


def site_cases() -> list[tuple[str, Path, dict[str, Any]]]:
    cases = [("demo", demo_site_root(), demo_expectations())]
    for name in FIXTURE_SITES:
        expected = json.loads((SITES_DIR / name / "expected.json").read_text(encoding="utf-8"))
        cases.append((name, SITES_DIR / name, expected))
    return cases


CASES = site_cases()


@pytest.fixture(scope="module", params=CASES, ids=[name for name, _, _ in CASES])
def site(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any], Walk]:
    """Serve one site, walk it once, and share the walk between the assertions below."""
    _name, root, expected = request.param
    with serve_directory(root) as base:
        yield root, expected, walk(base)


def test_every_gold_page_is_reachable_and_served(site: tuple[Path, dict[str, Any], Walk]) -> None:
    _root, expected, seen = site
    for path in [*expected["articles"], *expected["not_articles"]]:
        assert seen.status.get(path) == 200, path


def test_internal_links_resolve_except_the_deliberate_ones(site: tuple[Path, dict[str, Any], Walk]) -> None:
    _root, expected, seen = site
    broken = {path for path, status in seen.status.items() if status != 200}
    assert broken == set(expected["broken_links"])
    assert all(seen.status[path] == 404 for path in expected["broken_links"])


def test_no_orphan_pages(site: tuple[Path, dict[str, Any], Walk]) -> None:
    """Every HTML file on disk is linked from somewhere, so a crawler can find all of it."""
    root, _expected, seen = site
    on_disk = {"/" + f.relative_to(root).as_posix() for f in root.rglob("*.html")}
    reached = {urlsplit(path).path for path, status in seen.status.items() if status == 200}
    reached = {p + "index.html" if p.endswith("/") else p for p in reached}
    assert on_disk - reached == set()


def test_offsite_links_are_listed_and_never_real(site: tuple[Path, dict[str, Any], Walk]) -> None:
    _root, expected, seen = site
    assert seen.offsite == set(expected["offsite_links"])
    for link in seen.offsite:
        host = urlsplit(link).hostname or ""
        assert host.endswith(RESERVED_TLDS), link


def test_html_charset_header_follows_the_bytes(site: tuple[Path, dict[str, Any], Walk]) -> None:
    _root, expected, seen = site
    legacy = set(expected["legacy_encoded"])
    for path in expected["articles"]:
        wanted = "text/html" if path in legacy else "text/html; charset=utf-8"
        assert seen.content_type[path] == wanted, path


def test_demo_manifest_covers_both_sites() -> None:
    manifest = demo_manifest()
    news, farm = manifest["sites"]["news"], manifest["sites"]["farm"]
    assert len(news["articles"]) == 9
    assert {rec["lang"] for rec in news["articles"].values()} == {"en", "zh"}
    assert 3 <= len(farm["articles"]) <= 5
    for path, rec in farm["articles"].items():
        assert rec["injected_keywords"], path
        assert rec["shown_h1"].endswith(rec["headline"])
        assert not any(kw in rec["headline"] for kw in rec["injected_keywords"])
    for site_gold in manifest["sites"].values():
        kinds = site_gold["page_kinds"]
        assert {p for p, k in kinds.items() if k == "article"} == set(site_gold["articles"])


def test_legacy_pages_declare_their_charset() -> None:
    """The server sends no charset for these, so the page itself must say what it is."""
    expected = json.loads((SITES_DIR / "gbk-zh" / "expected.json").read_text(encoding="utf-8"))
    for path, declared in expected["legacy_encoded"].items():
        body = (SITES_DIR / "gbk-zh" / path.lstrip("/")).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert re.search(rb"charset=\"?" + declared.encode(), body), path
        assert expected["articles"][path]["headline"] in body.decode("gb18030")
    gb2312_page = next(p for p, d in expected["legacy_encoded"].items() if d == "gb2312")
    with pytest.raises(UnicodeDecodeError):
        (SITES_DIR / "gbk-zh" / gb2312_page.lstrip("/")).read_bytes().decode("gbk")


def test_server_answers_like_a_static_host() -> None:
    root = SITES_DIR / "tricky-en"
    with serve_directory(root) as base:
        assert fetch(base + "/no-such-page.html")[0] == 404
        assert fetch(base + "/expected.json")[0] == 404
        assert fetch(base + "/about/index.html/")[0] == 404
        assert raw_request(base, "/%2e%2e/test_demo_server.py").status == 404
        redirect = raw_request(base, "/about")
        assert (redirect.status, redirect.getheader("Location")) == (301, "/about/")
        status, ctype, body = fetch(base + "/about/", method="HEAD")
        assert (status, ctype, body) == (200, "text/html; charset=utf-8", b"")
        assert fetch(base + "/themes/ledger/logo.png")[1] == "image/png"
        assert fetch(base + "/broken.html")[:2] == (200, "text/html")


def test_tracking_and_fragment_variants_serve_the_same_article() -> None:
    root = SITES_DIR / "tricky-en"
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    with serve_directory(root) as base:
        for canonical, variants in expected["duplicate_links"].items():
            body = fetch(base + canonical)[2]
            for variant in variants:
                assert fetch(base + variant)[2] == body, variant
