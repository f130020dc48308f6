"""Another item's credit below the article (newscrawl.extract.itemcredits): a book's, a related story's."""

from __future__ import annotations

from newscrawl.extract.article import extract

_STORY = "".join(
    f"<p>{'春节期间，民众若不小心吃坏肚子该怎么办？健保局提醒民众注意饮食卫生。' * 3}</p>" for _ in range(6)
)


_BOOK = (
    '<div class="books"><div class="item"><h3><a href="/books/1599.html">幸福花嫁的决定</a></h3>'
    '<div class="author">作者：韩小瑜</div>'
    '<p>本书特色……《<a href="/books/1599.html">详全文</a>》</p></div></div>'
)


def _chinese_page(article: str, after: str = "", head: str = "") -> list[str]:
    html = (
        f'<html lang="zh-TW"><head><title>流感病例频传_某某新闻网</title>{head}</head><body>'
        f'<div id="main"><h1>流感病例频传</h1><div class="content">{article}</div>{after}</div></body></html>'
    )
    return extract(html.encode(), url="https://news.example.tw/a/1.html").authors


def test_a_books_author_below_the_article_is_no_author() -> None:
    assert _chinese_page(_STORY, _BOOK) == []
    dateline = "<p>新华社柏林1月10日电 （记者郭小洋）德国“抗生鸡”事件9日一经曝光，便惹得舆论哗然。</p>"
    assert _chinese_page(dateline + _STORY, _BOOK) == ["郭小洋"]  # the book no longer hides the reporter


_PROSE_EN = "".join(f"<p>{'The grinder test ran a week on three machines. ' * 8}</p>" for _ in range(6))


def _english_page(after: str, byline: str = "") -> list[str]:
    html = (
        '<html lang="en"><head><title>Grinders compared</title></head><body>'
        f'<div id="main"><article><h1>Grinders compared</h1>{byline}<div class="entry">{_PROSE_EN}</div>'
        f"</article>{after}</div></body></html>"
    )
    return extract(html.encode(), url="https://coffee.example.com/grinders").authors


def test_an_author_box_closing_an_english_article_stays_its_author() -> None:
    about = '<div class="bio"><h3>About the author</h3><div class="author-name">Jane Doe</div></div>'
    assert _english_page(about) == ["Jane Doe"]
    named = (
        '<div class="bio"><h3><a href="/author/jane-doe">Jane Doe</a></h3>'
        '<div class="author-name">Jane Doe</div><p>Jane tests kitchen gear.</p></div>'
    )
    assert _english_page(named) == ["Jane Doe"]


def test_a_related_storys_byline_is_no_author_unless_every_item_shows_it() -> None:
    def card(title: str, name: str) -> str:
        heading = f'<h3><a href="/{title}">{title}</a></h3>'
        return f'<div class="card">{heading}<span class="author">{name}</span></div>'

    assert _english_page(card("Kettles ranked", "John Roe")) == []
    several = card("Kettles ranked", "John Roe") + card("Scales ranked", "John Roe")
    assert _english_page(several) == ["John Roe"]  # one person's site: every post shows its owner
