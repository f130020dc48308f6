"""Site profiles: loading and checking the YAML, field overrides, URL patterns, a profiled crawl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import FAST, FIXTURES, REPO, SITES, _env, read_jsonl, run_scrapy
from test_spider_portal import same_instant

from newscrawl.extract.article import Extraction, extract_page
from newscrawl.page import parse_page
from newscrawl.profiles import ProfileError, load_profile, parse_profile

PROFILE = FIXTURES / "profiles" / "gazette.yaml"
SITE = SITES / "profiled"
EXPECTED: dict[str, Any] = json.loads((SITE / "expected.json").read_text("utf-8"))
BASE = "http://127.0.0.1:9"


def extracted(path: str, site: Path = SITE) -> Extraction:
    file = site / (path.lstrip("/") or "index.html")
    return extract_page(parse_page(file.read_bytes(), BASE + path))


def error_of(data: Any) -> str:
    with pytest.raises(ProfileError) as caught:
        parse_profile(data, "site.yaml")
    return str(caught.value)


# --- loading and checking ------------------------------------------------------------------------


def test_fixture_profile_loads() -> None:
    profile = load_profile(PROFILE)
    assert profile.name == "Port Ellery Gazette"
    assert set(profile.selectors) == {"headline", "articleBody", "datePublished", "authors"}
    assert profile.selectors["articleBody"].kind == "xpath"
    assert profile.url_kind("http://x.example/stories/101.html") == "article"
    assert profile.url_kind("http://x.example/sections/harbour.html") == "listing"
    assert profile.url_kind("http://x.example/print/101.html") is None
    assert not profile.follows("http://x.example/print/101.html")


def test_an_empty_profile_changes_nothing() -> None:
    profile = parse_profile(None)
    assert profile.follows("http://x.example/anything")
    generic = extracted("/stories/101.html")
    assert profile.apply(extracted("/stories/101.html")).article == generic.article


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["a"], "a profile is a mapping of keys, not list"),
        ({"selector": {}}, "unknown key 'selector'"),
        ({"name": 3}, "name: a string"),
        ({"start_urls": ["news.example/"]}, "start_urls: 'news.example/' is no http(s) URL"),
        ({"allowed_domains": ["bad host"]}, "allowed_domains: 'bad host' is no host name"),
        ({"article_urls": ["/story/(\\d+"]}, "article_urls: bad regular expression '/story/(\\\\d+'"),
        ({"listing_urls": [3]}, "listing_urls: a string or a list of non-empty strings"),
        ({"selectors": ["h1"]}, "selectors: a mapping of field to selector"),
        ({"selectors": {"title": "h1"}}, "selectors: no override for 'title'"),
        ({"selectors": {"headline": "h1["}}, "selectors.headline: invalid CSS 'h1['"),
        (
            {"selectors": {"articleBody": {"xpath": "//div["}}},
            "selectors.articleBody: invalid XPath '//div['",
        ),
        ({"selectors": {"authors": {"jq": ".a"}}}, "selectors.authors: a CSS string, or a mapping"),
        ({"selectors": {"authors": {"css": "a", "xpath": "//a"}}}, "selectors.authors: a CSS string"),
    ],
)
def test_mistakes_are_named_with_file_and_key(data: Any, message: str) -> None:
    error = error_of(data)
    assert error.startswith("site.yaml: ")
    assert message in error


def test_unreadable_and_unparsable_files(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read the profile"):
        load_profile(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("selectors: {headline: [h1\n", "utf-8")
    with pytest.raises(ProfileError, match=r"broken\.yaml: not valid YAML: .* \(line 2, column 1\)$"):
        load_profile(broken)


def test_a_single_string_is_a_list_of_one() -> None:
    profile = parse_profile({"start_urls": "https://news.example/", "allowed_domains": "www.News.example"})
    assert profile.start_urls == ("https://news.example/",)
    assert profile.allowed_domains == ("news.example",)


# --- field overrides -----------------------------------------------------------------------------


def test_the_generic_extractor_gets_the_fixture_wrong() -> None:
    """Without the profile: the background box wins the body and the logo the headline."""
    for path, gold in EXPECTED["articles"].items():
        article = extracted(path).article
        assert article.articleBody.split("\n") != gold["paragraphs"]
        assert article.headline != gold["headline"]


def test_profile_fixes_every_field_and_says_so() -> None:
    profile = load_profile(PROFILE)
    for path, gold in EXPECTED["articles"].items():
        article = profile.apply(extracted(path)).article
        assert article.articleBody.split("\n") == gold["paragraphs"], path
        assert article.headline == gold["headline"]
        assert article.authors == gold["authors"]
        assert same_instant(article.datePublished, gold["datePublished"])
        assert article.pageType == "article"
        for name in ("headline", "articleBody", "datePublished", "authors"):
            assert article.provenance[name] == "profile", (path, name)


def test_a_selector_matching_nothing_keeps_the_generic_value() -> None:
    selectors = {"headline": "h1.no-such-title", "authors": {"xpath": "//nothing"}}
    profile = parse_profile({"selectors": selectors})
    article = profile.apply(extracted("/stories/101.html")).article
    assert article.headline == extracted("/stories/101.html").article.headline
    assert "profile" not in article.provenance.values()


def test_text_selectors_give_body_lines() -> None:
    html = "<h1>Pier reopens</h1><div id='t'><span>First line.</span><span>Second line.</span></div>"
    profile = parse_profile({"selectors": {"articleBody": {"xpath": "//div[@id='t']/span/text()"}}})
    article = profile.apply(extract_page(parse_page(html, BASE + "/x"))).article
    assert article.articleBody == "First line.\nSecond line."


# --- URL patterns --------------------------------------------------------------------------------


def test_url_patterns_decide_the_page_type() -> None:
    profile = parse_profile({"article_urls": ["/about"], "listing_urls": ["/stories/"]})
    assert extracted("/about.html").article.pageType == "other"  # prose without a date
    about = profile.apply(extracted("/about.html")).article
    assert (about.pageType, about.provenance["pageType"]) == ("article", "profile")
    story = profile.apply(extracted("/stories/101.html")).article
    assert (story.pageType, story.provenance["pageType"]) == ("listing", "profile")


def test_an_article_pattern_never_makes_a_continuation_page_an_article() -> None:
    profile = parse_profile({"article_urls": [r"/news/2025/03/harbour-dredging(_\d+)?\.html$"]})
    page_two = extracted("/news/2025/03/harbour-dredging_2.html", SITES / "paged")
    assert profile.apply(page_two).article.pageType == "other"


def test_an_empty_page_is_no_article_whatever_its_url() -> None:
    profile = parse_profile({"article_urls": ["/x"]})
    article = profile.apply(
        extract_page(parse_page("<html><body><p>·</p></body></html>", BASE + "/x"))
    ).article
    assert article.pageType != "article"


# --- crawls --------------------------------------------------------------------------------------


def test_profiled_crawl(site_url: Any, tmp_path: Path) -> None:
    result = run_scrapy(site_url("profiled") + "/", tmp_path, "-a", f"profile={PROFILE}")
    items = result.by_path()
    assert set(items) == set(EXPECTED["articles"])
    assert len(result.items) == len(items)
    for path, gold in EXPECTED["articles"].items():
        assert items[path]["articleBody"].split("\n") == gold["paragraphs"]
        assert items[path]["provenance"]["articleBody"] == "profile"
    assert result.stats["newscrawl/links/profile_skipped"] >= len(EXPECTED["outside_profile"])


def test_profile_start_urls_need_no_url_argument(site_url: Any, tmp_path: Path) -> None:
    profile = tmp_path / "site.yaml"
    profile.write_text(PROFILE.read_text("utf-8") + f"start_urls: ['{site_url('profiled')}/']\n", "utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "portal",
        "-a",
        f"profile={profile}",
        "-O",
        str(out),
        *FAST,
    ]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert {urlsplit(item["url"]).path for item in read_jsonl(out)} == set(EXPECTED["articles"])


def test_a_bad_profile_stops_the_crawl_with_its_reason(tmp_path: Path) -> None:
    profile = tmp_path / "bad.yaml"
    profile.write_text("selectors:\n  title: h1\n", "utf-8")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "url=http://127.0.0.1:9/"]
    cmd += ["-a", f"profile={profile}", "-O", str(tmp_path / "out.jsonl"), *FAST]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode != 0
    assert "selectors: no override for 'title'" in proc.stderr
