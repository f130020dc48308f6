from __future__ import annotations

import pytest

from newscrawl.encoding import decode_html

ZH = "<html><head>{meta}</head><body><p>长三角科技创新共同体建设进展</p></body></html>"


def test_utf8_page_declaring_gbk_is_read_as_utf8() -> None:
    body = ZH.format(meta='<meta charset="gbk">').encode("utf-8")
    text, codec = decode_html(body)
    assert codec == "utf-8"
    assert "长三角" in text


def test_gbk_page_with_wrong_header_falls_back_to_its_meta() -> None:
    body = ZH.format(meta='<meta charset="gbk">').encode("gbk")
    text, codec = decode_html(body, "text/html; charset=utf-8")
    assert codec == "gb18030"
    assert "科技创新" in text


def test_gb2312_declaration_decodes_gb18030_only_characters() -> None:
    body = ZH.format(meta='<meta charset="gb2312">').replace("共同体", "䶮镕").encode("gb18030")
    text, _ = decode_html(body)
    assert "䶮镕" in text


def test_undeclared_gbk_is_guessed() -> None:
    text, codec = decode_html(ZH.format(meta="").encode("gbk"))
    assert codec == "gb18030"
    assert "建设进展" in text


def test_undeclared_latin_text_is_cp1252() -> None:
    text, codec = decode_html("<p>Café society’s “best” crème</p>".encode("cp1252"))
    assert codec == "cp1252"
    assert "Café society’s “best” crème" in text


@pytest.mark.parametrize("codec", ["big5", "utf-16"])
def test_other_declared_encodings(codec: str) -> None:
    html = '<html><head><meta charset="' + codec + '"></head><body><p>新聞報導</p></body></html>'
    body = (
        html.encode(codec) if codec != "utf-16" else "\ufeff".encode("utf-16-le") + html.encode("utf-16-le")
    )
    text, _ = decode_html(body)
    assert "新聞報導" in text
