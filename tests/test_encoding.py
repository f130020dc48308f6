from __future__ import annotations

import pytest

from newscrawl.encoding import _UTF8_MOJIBAKE_BYTES, decode_html

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


def _stored_as_latin1(text: str, codec: str) -> bytes:
    """What a broken pipeline stores: the page's bytes read as cp1252 (its five undefined
    bytes as Latin-1, as browsers do), saved again as UTF-8."""
    chars = []
    for byte in text.encode(codec):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars).encode("utf-8")


def test_utf8_read_as_cp1252_and_saved_again_is_repaired() -> None:
    page = "<html><head></head><body><p>It’s the investor’s guide — “Part I”, café edition</p></body></html>"
    text, codec = decode_html(_stored_as_latin1(page, "utf-8"))
    assert codec == "utf-8"
    assert "It’s the investor’s guide — “Part I”, café edition" in text


def test_gbk_read_as_latin1_and_saved_as_utf8_is_repaired() -> None:
    page = ZH.format(meta='<meta charset="gb2312">')
    stored = page.encode("gbk").decode("latin-1").encode("utf-8")
    text, codec = decode_html(stored)
    assert codec == "gb18030"
    assert "长三角科技创新共同体建设进展" in text


@pytest.mark.parametrize(
    "page",
    [
        "<p>Crème brûlée, naïve café, Ångström, Œuvre, São Paulo, Zürich — déjà vu</p>",
        "<p>Español · Français · Deutsch · Português · Ελληνικά</p>",  # a language menu: not all Latin-1
        "<p>价格 ±5% · 温度 25°C · ©2025 · «引用» and café</p>",
        "<p>Symbols side by side: ©® ½¼ ¿¡ ±° «»</p>",  # pairs, but not bytes of anything
    ],
)
def test_text_that_merely_has_accents_is_left_alone(page: str) -> None:
    text, codec = decode_html(page.encode("utf-8"))
    assert (text, codec) == (page, "utf-8")


def _latin1_readings(raw: bytes) -> list[str]:
    """Both ways a broken pipeline reads bytes: as Latin-1, and as cp1252 (undefined bytes as Latin-1)."""
    cp1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    return [raw.decode("latin-1"), cp1252]


@pytest.mark.parametrize("lead", range(0xC2, 0xF5))
def test_every_utf8_lead_and_continuation_shows_the_mojibake_mark(lead: int) -> None:
    # The cheap byte check in front of the repair must never skip a page the repair would
    # fix: any UTF-8 read as Latin-1 holds a lead byte followed by a continuation byte.
    for continuation in range(0x80, 0xC0):
        for reading in _latin1_readings(bytes([lead, continuation])):
            assert _UTF8_MOJIBAKE_BYTES.search(reading.encode("utf-8")), (hex(lead), hex(continuation))


@pytest.mark.parametrize(
    "word", ["é", "\u0080", "\u07ff", "’", "€", "\u0800", "\uffff", "中文", "😀", "\U0010ffff"]
)
def test_mojibake_of_any_width_is_repaired(word: str) -> None:
    page = f"<html><body><p>a{word}b {word}c {word}d {word}</p></body></html>"
    for reading in _latin1_readings(page.encode("utf-8")):
        assert decode_html(reading.encode("utf-8")) == (page, "utf-8")


def test_utf8_read_as_pure_latin1_is_repaired() -> None:
    page = "<p>It’s the investor’s guide — “Part I”</p>"
    stored = page.encode("utf-8").decode("latin-1").encode("utf-8")  # "â\x80\x99", not "â€™"
    assert decode_html(stored) == (page, "utf-8")


def test_gbk_read_as_latin9_is_repaired_with_latin9_bytes() -> None:
    # Latin-9 reads 0xBD as "œ" and 0xB8 as "ž", where cp1252 has them at 0x9C and 0x9E:
    # mapped back with cp1252's table, 附近 turns into 灉滭 and 北京 into 北煩.
    page = ZH.format(meta='<meta charset="gb2312">').replace(
        "长三角科技创新共同体建设进展", "北京西直门附近购物中心发生火灾"
    )
    stored = page.encode("gbk").decode("iso-8859-15").encode("utf-8")
    text, codec = decode_html(stored)
    assert codec == "gb18030"
    assert "北京西直门附近购物中心发生火灾" in text


def test_decode_html_utf8_says_when_the_bytes_are_the_texts_own_utf8() -> None:
    from newscrawl.encoding import decode_html_utf8

    assert decode_html_utf8(b"<p>plain</p>") == ("<p>plain</p>", "ascii", True)
    assert decode_html_utf8("<p>新闻</p>".encode()) == ("<p>新闻</p>", "utf-8", True)
    assert decode_html_utf8("<p>新闻</p>".encode("gbk"))[2] is False
    repaired = decode_html_utf8("<p>It’s the investor’s café</p>".encode().decode("cp1252").encode())
    assert repaired == ("<p>It’s the investor’s café</p>", "utf-8", False)


def test_legacy_guesses_are_made_only_when_no_declaration_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    import newscrawl.encoding as encoding

    def guesses(body: bytes) -> tuple[str, str]:
        raise AssertionError("guessed though the declaration decoded the page")

    monkeypatch.setattr(encoding, "_legacy_guesses", guesses)
    body = ZH.format(meta='<meta charset="gbk">').encode("gbk")
    assert decode_html(body) == (ZH.format(meta='<meta charset="gbk">'), "gb18030")


def test_undeclared_gbk_page_still_falls_back_to_the_guesses() -> None:
    text, codec = decode_html(ZH.format(meta="").encode("gbk"))
    assert codec == "gb18030"
    assert "长三角" in text
