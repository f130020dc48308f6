"""Body extraction on fixture pages: each hard case the extractor handles, pinned."""

from __future__ import annotations

from conftest import FIXTURES

from newscrawl.extract.article import extract
from newscrawl.extract.blocks import Block, Segment, blocks_to_text
from newscrawl.extract.body import extract_blocks, trim_meta_lines
from newscrawl.page import parse_page

PAGES = FIXTURES / "pages"


def _body(name: str) -> str:
    page = parse_page((PAGES / name).read_bytes(), "https://news.example/a/1.html")
    return blocks_to_text(extract_blocks(page.tree, page.url))


def test_nested_container_keeps_paragraphs_and_subheading_in_order() -> None:
    lines = _body("nested-en.html").split("\n")
    assert lines[0].startswith("The first commercial tidal power plant")
    assert "What comes next" in lines
    assert lines[-1].startswith("The operator plans a second array")


def test_nested_container_drops_share_bar_caption_related_and_sidebar() -> None:
    body = _body("nested-en.html")
    for unwanted in ("Share on Social", "A turbine is lowered", "Offshore wind farm", "Most read", "©"):
        assert unwanted not in body


def test_inline_link_text_stays_in_its_sentence() -> None:
    assert "eased their concerns, according to a report published last month." in _body("nested-en.html")


def test_split_body_sections_are_joined_without_the_ad_between() -> None:
    body = _body("splitbody-en.html")
    assert "Apple growers in the upper valley" in body
    assert "Three farms agreed to run the trial" in body
    assert "Noise concerns" in body
    assert "Some neighbours have complained" in body
    assert "Advertisement" not in body
    assert "Great article" not in body


def test_gbk_page_with_br_paragraphs_across_two_containers() -> None:
    article = extract((PAGES / "split-zh.gbk.html").read_bytes(), "https://news.example/edu/1.html")
    lines = article.articleBody.split("\n")
    assert lines[0].startswith("开学第一天，青石镇中心小学")
    assert lines[-1] == "据了解，县教育局计划在明年底前为全县所有乡镇小学配齐图书室。"
    assert len(lines) == 4
    assert article.headline == "山区小学用上了新图书馆"


def test_text_shipped_in_hidden_markup_is_found_when_nothing_else_is() -> None:
    body = _body("hidden-stream.html")
    assert "keep its fares unchanged" in body
    assert "casino" not in body


def test_meta_rows_are_trimmed_only_at_the_edges() -> None:
    blocks = [
        Block("p", [Segment(t)])
        for t in (
            "2024年9月3日 08:15 来源：南岭晚报",
            "正文第一段，记者在现场看到了很多人。",
            "发布时间：这句话在中间不算",
            "正文最后一段。",
            "责任编辑：王丽",
        )
    ]
    assert [b.text for b in trim_meta_lines(blocks)] == [
        "正文第一段，记者在现场看到了很多人。",
        "发布时间：这句话在中间不算",
        "正文最后一段。",
    ]
