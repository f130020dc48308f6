"""Time ``extract()`` on synthetic pages of growing size: no page shape may cost super-linear time.

A crawl worker extracting one page for half a minute stalls; pages reach Scrapy's download size
cap, so every stage must stay linear in the page. Each row is one page shape (a link farm, a
page-long ``<title>``, thousands of JSON-LD objects, a dateline paragraph full of reporter
labels...) built at each size; a linear extractor's milliseconds grow about 10x per 10x size,
and the last column is the growth over the last step. Several shapes were quadratic once (a
5 MB link farm took 25 s, a 100 KB ``<h1>`` of keywords 21 s, two 500 KB linked cards 19 s).

    python benchmarks/scaling.py [--sizes 10000,100000,1000000] [--shape linkfarm ...]
                                 [--systems newscrawl,trafilatura]

No corpora needed. Each page is extracted in this process, the largest last; a peer (from the
``bench`` extra) gets a row of its own under each shape, through the same adapters as
``extraction.py``, and is left out with a note when it is not installed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the newscrawl package
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling scripts
from systems import SYSTEMS, Adapter

EN = "The council approved the new budget after a long debate about schools and roads. "
ZH = "市政府今天召开新闻发布会，介绍了今年经济社会发展的主要情况和下一步工作安排。"
URL = "https://news.example/2025/01/22/budget.html"


def page(body: str, head: str = "", title: str = "Council approves budget") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def repeat(unit: Callable[[int], str], size: int) -> str:
    """``unit(0) + unit(1) + ...`` up to about ``size`` bytes of UTF-8."""
    out: list[str] = []
    total = 0
    while total < size:
        piece = unit(len(out))
        out.append(piece)
        total += len(piece.encode())
    return "".join(out)


def intro() -> str:
    return "<h1>Council approves budget</h1>" + f"<p>{EN * 3}</p>" * 3


def _next_data(sections: str) -> str:
    """A JS-built shell (an empty root) shipping its body in ``__NEXT_DATA__`` sections."""
    return page(
        f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{sections}</script>'
    )


def _flight(rows: str) -> str:
    """A Next.js App Router shell: its rows in one flight push, the root row listing them."""
    count = rows.count("\n")
    root = '0:["$","div",null,{"children":[' + ",".join(f'"$L{i + 1:x}"' for i in range(count)) + "]}]\n"
    return page(f'<div id="__next"></div><script>self.__next_f.push({json.dumps([1, root + rows])})</script>')


def _ld(i: int) -> str:
    obj = {"@type": "NewsArticle", "headline": f"kw{i} | Council approves budget"}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


SHAPES: dict[str, Callable[[int], str]] = {
    "paragraph": lambda n: page("<p>" + repeat(lambda i: EN, n) + "</p>"),
    "paragraph-zh": lambda n: page("<p>" + repeat(lambda i: ZH, n) + "</p>"),
    "br-lines": lambda n: page("<p>" + repeat(lambda i: f"line {i} of text<br>", n) + "</p>"),
    "paragraphs": lambda n: page(repeat(lambda i: f"<p>Short paragraph {i}.</p>", n)),
    "linkfarm": lambda n: page(
        intro() + "<div>" + repeat(lambda i: f'<a href="/x/{i}">link {i}</a> ', n) + "</div>"
    ),
    "table": lambda n: page(
        intro() + "<table>" + repeat(lambda i: "<tr>" + "<td>c</td>" * 20 + "</tr>", n) + "</table>"
    ),
    "unclosed-font": lambda n: page(intro() + repeat(lambda i: f"<font>t{i} ", n)),
    "bylines": lambda n: page(
        intro() + repeat(lambda i: ["<p>By John Smith</p>", "<p>记者 张三</p>"][i % 2], n)
    ),
    "dateline-labels": lambda n: page(
        intro() + "<p>" + repeat(lambda i: "（记者 张三 编辑：李四 来源：新华社）", n) + "</p>"
    ),
    "title-separators": lambda n: page(intro(), title=repeat(lambda i: f"kw{i} | ", n)),
    "h1-separators": lambda n: page("<h1>" + repeat(lambda i: f"关键词{i} ", n) + "</h1>" + intro()),
    "json-ld-objects": lambda n: page(intro(), head=repeat(_ld, n)),
    "linked-cards": lambda n: page(
        intro() + f'<a href="/c">{repeat(lambda i: f"<b>w{i}</b> ", n // 2)}</a>' * 2
    ),
    "rel-author": lambda n: page(
        intro() + repeat(lambda i: f'<a rel="author" href="/a/{i}">Name{i} Smith</a> ', n)
    ),
    "affix-link-prose": lambda n: page(  # a headline affix makes the cleaner read the body's links
        "<h1>股票配资平台 某市地铁新线开通</h1><p>"
        + repeat(lambda i: f'文字<a href="http://site{i}.test/">关键词{i}</a>更多文字，', n)
        + "</p>",
        title="股票配资平台 某市地铁新线开通",
    ),
    "inline-styles": lambda n: page(
        intro() + "<p>" + repeat(lambda i: f'<span style="color:#333">word{i}</span> ', n) + "</p>"
    ),
    "source-names-zh": lambda n: page(
        intro() + repeat(lambda i: f'<span class="user-name">用户{i}</span> ', n), title="市政府发布会_新闻"
    ),
    "next-data-parts": lambda n: _next_data(  # a body in sections, each one candidate and all joined
        '{"props":{"sections":[' + repeat(lambda i: f'{{"html":"<p>{EN}</p>"}},', n) + '{"html":""}]}}'
    ),
    "flight-rows": lambda n: _flight(
        repeat(lambda i: f'{i + 1:x}:["$","p",null,{{"children":"{EN}"}}]\n', n)
    ),
    "gallery": lambda n: page(  # pictures sharing one container, each in a box of its own
        intro() + repeat(lambda i: f'<div><img src="/img/{i}.jpg" width="800" height="450"></div>', n)
    ),
    "linked-grid": lambda n: page(  # linked pictures in one grid: each looks for its card's title
        intro()
        + "<div>"
        + repeat(
            lambda i: f'<div><a href="/p/{i}"><img src="/img/{i}.jpg" width="800" height="450"></a></div>', n
        )
        + "</div>"
    ),
}


def measure(run: Adapter, shape: str, size: int) -> float:
    """Milliseconds one extractor takes on ``shape`` built at ``size`` bytes."""
    html = SHAPES[shape](size).encode()
    start = time.perf_counter()
    run(html, URL)
    return (time.perf_counter() - start) * 1000


def adapters(names: list[str]) -> dict[str, Adapter]:
    """The requested extractors that are installed, warmed up; a missing peer is reported."""
    found = {}
    for name in names:
        try:
            found[name] = SYSTEMS[name].factory()
        except ImportError as exc:
            print(f"{name}: not installed ({exc}); pip install '.[bench]'", file=sys.stderr)
            continue
        found[name](page("<p>warm-up</p>").encode(), URL)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="page sizes in bytes")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="shapes (default: all)")
    parser.add_argument("--systems", default="newscrawl,trafilatura", help="comma-separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = adapters([n.strip() for n in args.systems.split(",") if n.strip()])
    print(f"{'shape':18}{'system':13}" + "".join(f"{s // 1000:>9}KB" for s in sizes) + "   growth")
    for shape in args.shape or SHAPES:
        for name, run in runs.items():
            times = [measure(run, shape, size) for size in sizes]
            growth = times[-1] / max(times[-2], 0.1) if len(times) > 1 else 1.0
            cells = "".join(f"{t:>9.0f}ms" for t in times)
            print(f"{shape:18}{name:13}{cells}   {growth:5.1f}x", flush=True)


if __name__ == "__main__":
    main()
