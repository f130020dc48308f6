"""Feed parsing and discovery (``newscrawl.feeds``, ``newscrawl.xmldoc``): pure functions, no network."""

from __future__ import annotations

import pytest
from conftest import SITES

from newscrawl.feeds import FeedEntry, NotAFeed, discover_feeds, parse_feed
from newscrawl.page import parse_page
from newscrawl.xmldoc import parse_xml, repair_entities

BASE = "http://news.test"


def urls(entries: list[FeedEntry]) -> list[str]:
    return [e.url for e in entries]


def test_rss2_fields_dates_and_authors() -> None:
    body = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>/</link>
<item><title>One</title><link>http://news.test/1.html</link>
  <pubDate>Wed, 12 Mar 2025 08:30:00 +0800</pubDate><author>desk@news.test (Jo Marsh)</author></item>
<item><title>Two</title><link>/2.html</link><dc:date>2025-03-11T10:00:00Z</dc:date>
  <dc:creator>Li Wei</dc:creator><dc:creator>Li Wei</dc:creator></item>
</channel></rss>"""
    one, two = parse_feed(body, BASE + "/feed.xml")
    assert one == FeedEntry("http://news.test/1.html", "One", "2025-03-12T08:30:00+08:00", None, ["Jo Marsh"])
    assert (two.url, two.published, two.authors) == (
        "http://news.test/2.html",
        "2025-03-11T10:00:00+00:00",
        ["Li Wei"],
    )


def test_rss_author_that_is_only_an_email_is_no_name() -> None:
    body = b"<rss><channel><item><link>http://news.test/a</link><author>desk@news.test</author></item></channel></rss>"
    assert parse_feed(body)[0].authors == []


def test_atom_alternate_link_xml_base_and_updated() -> None:
    body = """<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://news.test/zh/"><title>t</title>
<entry><title type="html">&lt;b&gt;港口&lt;/b&gt; 新闻</title>
  <link rel="self" href="/api/1"/><link rel="enclosure" href="a.mp3"/>
  <link rel="alternate" href="2025/a.html"/>
  <id>urn:uuid:1</id><published>2025-03-12T08:30:00+08:00</published><updated>2025-03-13T09:00:00+08:00</updated>
  <author><name>王芳</name><email>wf@news.test</email></author></entry>
<entry><title>Updated only</title><link href="http://news.test/b.html"/><updated>2025-03-14T00:00:00Z</updated></entry>
</feed>""".encode()
    first, second = parse_feed(body, BASE + "/atom.xml")
    assert first == FeedEntry(
        "http://news.test/zh/2025/a.html",
        "港口 新闻",
        "2025-03-12T08:30:00+08:00",
        "2025-03-13T09:00:00+08:00",
        ["王芳"],
    )
    assert (second.published, second.updated) == (None, "2025-03-14T00:00:00+00:00")


def test_rss1_rdf() -> None:
    body = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://news.test/"><title>c</title><link>http://news.test/</link></channel>
<item rdf:about="http://news.test/1"><title>One</title><link>http://news.test/1</link><dc:date>2025-03-12</dc:date></item>
</rdf:RDF>"""
    assert parse_feed(body) == [FeedEntry("http://news.test/1", "One", "2025-03-12")]


def test_permalink_guid_stands_in_for_a_missing_link_but_an_opaque_guid_does_not() -> None:
    body = b"""<rss><channel>
<item><title>a</title><guid>http://news.test/a.html</guid></item>
<item><title>b</title><guid isPermaLink="false">http://news.test/b.html</guid></item>
<item><title>c</title><guid>c-123</guid></item></channel></rss>"""
    assert urls(parse_feed(body)) == ["http://news.test/a.html"]


def test_entries_are_unique_by_url_and_keep_feed_order() -> None:
    body = b"""<rss><channel><item><link>/b</link></item><item><link>/a</link></item>
<item><link>/b</link></item><item><link>javascript:void(0)</link></item></channel></rss>"""
    assert urls(parse_feed(body, BASE + "/")) == ["http://news.test/b", "http://news.test/a"]


@pytest.mark.parametrize(
    ("title_xml", "title"),
    [
        (b"AT&T wins", "AT&T wins"),  # a bare ampersand would end the text in libxml2's recovery
        (b"Caf&eacute;&nbsp;opens", "Café opens"),  # HTML entities XML does not define
        (b"<![CDATA[Q&A: <em>ports</em>]]>", "Q&A: ports"),
        (b"Rock &amp;amp; roll", "Rock & roll"),  # escaped twice
    ],
)
def test_titles_survive_entity_oddities(title_xml: bytes, title: str) -> None:
    body = (
        b"<rss><channel><item><title>"
        + title_xml
        + b"</title><link>http://news.test/x</link></item></channel></rss>"
    )
    assert parse_feed(body)[0].title == title


def test_broken_xml_is_recovered() -> None:
    body = b"""\n\n  <?xml version="1.0"?><rss><channel>
<item><title>ok</title><link>http://news.test/1</link></item>
<item><title>unclosed<link>http://news.test/2</link></item>
</channel>"""
    assert "http://news.test/1" in urls(parse_feed(body))


def test_gbk_feed_declared_in_xml() -> None:
    body = '<?xml version="1.0" encoding="gbk"?><rss><channel><item><title>港口新闻</title>'.encode("gbk")
    body += b"<link>http://news.test/1</link></item></channel></rss>"
    assert parse_feed(body)[0].title == "港口新闻"


@pytest.mark.parametrize(
    "body", [b"", b"not xml at all", b"<html><body><p>Hi</p></body></html>", b"<urlset/>"]
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(NotAFeed):
        parse_feed(body)


def test_external_entities_are_not_resolved(tmp_path: object) -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&xxe;</title><link>http://news.test/1</link></item></channel></rss>"""
    entry = parse_feed(body)[0]
    assert "root:" not in (entry.title or "")


def test_repair_leaves_cdata_and_xml_references_alone() -> None:
    assert (
        repair_entities(b"<![CDATA[a & b &nbsp;]]> &lt; &#38; &#x26;")
        == b"<![CDATA[a & b &nbsp;]]> &lt; &#38; &#x26;"
    )
    assert parse_xml(b"") is None


def test_entry_hints_omit_what_the_feed_does_not_say() -> None:
    assert FeedEntry("http://news.test/1").hints() == {}
    entry = FeedEntry("http://news.test/1", "T", "2025-03-12", None, ["A"])
    assert entry.hints() == {"datePublished": "2025-03-12", "authors": ["A"], "headline": "T"}


def test_discover_feeds_from_page_tree_with_base_href() -> None:
    html = """<html><head><base href="http://cdn.news.test/site/">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<link rel="alternate feed" type="application/atom+xml; charset=utf-8" href="/atom.xml">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<link rel="alternate" type="application/json" href="/feed.json">
<link rel="stylesheet" type="text/css" href="/s.css"></head><body><p>x</p></body></html>"""
    page = parse_page(html, BASE + "/")
    expected = ["http://cdn.news.test/site/rss.xml", "http://cdn.news.test/atom.xml"]
    assert discover_feeds(page.tree, page.url) == expected
    assert discover_feeds(html.encode(), BASE + "/") == expected


def test_discover_feeds_none_and_garbage() -> None:
    assert discover_feeds("<html><head><title>x</title></head></html>", BASE) == []
    assert discover_feeds("", BASE) == []


def test_fixture_site_feeds() -> None:
    site = SITES / "feeds"
    rss = parse_feed((site / "rss.xml").read_bytes(), BASE + "/rss.xml")
    atom = parse_feed((site / "atom.xml").read_bytes(), BASE + "/atom.xml")
    assert len(rss) == 5
    assert len(atom) == 4
    assert all(e.url.startswith(BASE + "/") for e in rss + atom)
    assert discover_feeds((site / "index.html").read_bytes(), BASE + "/") == [
        BASE + "/rss.xml",
        BASE + "/atom.xml",
    ]
