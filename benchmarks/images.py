"""Score article images and their captions against labels we made by hand.

Usage::

    python benchmarks/images.py [--systems newscrawl,trafilatura] [--datasets DIR] [--misses]

No corpus labels images, so we did, per page, in document order: the pictures that belong to
the article as a reader sees it (the lead picture, ``og:image`` too when it is this article's
picture even if not displayed, marked ``shown: false``, and the pictures in the body; not
logos, icons, avatars, share buttons, ads, emoji, formula renders or the thumbnails of other
stories), each with the URL the HTML gives for the real file (any size of it), the caption
shown with it (``null`` when none; ``alt`` is no caption) and its alt text. Sixteen sets, each
labelled blind (no extractor run on the pages):

- ``labels/images.json``: 40 pages drawn at random (seed 2026) from wcxb-dev (16), readability
  (8, articles only), zh-news-dev (8) and daniel-zh (8), by two labellers. The image reader of
  that time (og:image and every ``<img>`` of the body, ``alt`` as caption) scored P 0.663,
  R 0.751, F1 0.705, caption 0.531. The reader was rewritten and tuned on this set.
- ``labels/images-2.json``: 24 more pages (seed 7; 10, 4, 4, 6 of those corpora), labelled
  while the first set was tuned on and scored once before any tuning on it: the old reader
  P 0.794, R 0.859, F1 0.825, caption 0.294; the rewritten one P 0.825, R 0.859, F1 0.842,
  caption 0.976, alt 0.988 (trafilatura F1 0.558). Its misses were then fixed too (lazy
  loaders' own attributes, resizer folders, headshots), so it is a tuning set now.
- ``labels/images-3.json``: 24 more pages (seed 99, same mix), labelled blind after the
  tuning on both sets and scored once, untuned: the old reader P 0.761, R 0.918, F1 0.832,
  caption 0.209, alt 0.179; the rewritten one P 0.846, R 0.904, F1 0.874, caption 0.924,
  alt 1.000 (trafilatura F1 0.398). Its misses are left for the next round: renditions
  whose file names differ (``s1844688``/``i1844688``, ``_preview``/``_xl``, hashed resizer
  paths), promo banners and an author's photo inside the body, a caption set above a chart.
  With set 4 labelled, it became a tuning set.
- ``labels/images-4.json``: 24 more pages (seed 1414, same mix, none of the sets above),
  labelled blind by a helper who ran no extractor, and scored once before any tuning that
  followed (at 2d68420): P 0.900, R 0.880, F1 0.890, caption 0.765, alt 0.988 (trafilatura
  F1 0.440). Its misses are not looked at, so that it measures the next round untuned.
  After the round tuned on set 3 (proxies keyed by the picture they serve, long file names,
  caption boxes, testimonials and licence badges, strips, the lead's renamed copy): set 3
  F1 0.874 -> 0.932, caption 0.924 -> 0.942; set 4, untuned, P 0.921, R 0.891, F1 0.906,
  caption 0.768, alt 0.988 (trafilatura 0.410: the new keys read its proxied URLs too). Set 4's
  captions (0.77, against 0.94-0.98 on the tuned sets) are the next round's first question.
  With set 5 labelled and scored, set 4 became a tuning set for its captions (a plain short
  line under a lone picture, a chart's "Source:" line, no caption from a box with a heading):
  set 4 captions 0.768 -> 0.841, pictures unchanged.
- ``labels/images-5.json``: 24 more pages (seed 2027, same mix, none of the sets above), 111
  pictures, labelled blind by a helper, scored before the tuning on set 4 (at 8a3e4dd) and
  after it, its misses not looked at: P 0.879, R 0.982, F1 0.928, caption 0.963 -> 0.954,
  alt 0.991 (trafilatura F1 0.525). The reader of the session's start (f56868c) scores it
  F1 0.920. The caption rules set 4 asked for did not carry over to set 5 (one caption of 108
  fewer agrees). With set 6 labelled and scored, set 5 became a tuning set: its one lost
  caption was a short sentence of the story under a chart (fixed: such a line opens pointing
  back at the text), which put set 5's captions back at 0.963.
- ``labels/images-6.json``: 24 more pages (seed 3033, same mix, none of the sets above), 110
  pictures (4 with no URL in the saved page, left out of the scores), labelled blind by a
  helper, scored at fb4778b before the tuning on set 5 and after it, its misses not looked at:
  P 0.750, R 0.962, F1 0.843, caption 0.882, alt 0.990 (trafilatura F1 0.675). The reader of
  the session's start (f56868c) scores it F1 0.843, caption 0.833: this round's caption rules
  carried over, its picture rules changed nothing there. With set 7 scored, set 6 became a
  tuning set (a lazy loader's data-width/data-height, its spinner, a caption after a <br>,
  portrait folders, "btn" files): set 6 F1 0.843 -> 0.879, captions 0.882 -> 0.892.
- ``labels/images-7.json``: 23 more pages (seed 4044; 10 wcxb-dev, 4 readability, 2 zh-news-dev,
  the corpus' last unlabelled ones, 7 daniel-zh), 108 pictures, labelled blind by a helper,
  scored at 894907f before the tuning on set 6 and after it, its misses not looked at:
  P 0.782, R 0.630, F1 0.697, caption 0.882, alt 1.000 both times (trafilatura F1 0.503), and
  the same at the session's start (f56868c): the set-6 rules neither helped nor hurt it. The
  labeller's report names the likely cause of the low recall, not yet looked into: pages whose
  every <img> is a placeholder, labelled from the full-size file the picture's link opens
  (outdoorgearlab's 45 pictures). With set 8 scored, set 7 became a tuning set (the file a
  placeholder's link opens, a screenshot's caption line): set 7 F1 0.697 -> 0.881, captions
  0.882 -> 0.940.
- ``labels/images-8.json``: 24 more pages (seed 5055; 12 wcxb-dev, 4 readability, 8 daniel-zh;
  zh-news-dev has no unlabelled page left), 103 pictures, labelled blind by a helper, scored at
  2924def before the tuning on set 7 and after it, its misses not looked at: P 0.641, R 0.951,
  F1 0.766, caption 0.969, alt 1.000 both times, and the same at the session's start (f56868c)
  (trafilatura F1 0.402). Its precision is the open question it leaves. With set 9 scored,
  set 8 became a tuning set (a lazy-load plugin's placeholder file, advertisers' folders):
  set 8 F1 0.766 -> 0.772.
- ``labels/images-9.json``: 24 more pages (seed 6066; 12 wcxb-dev, 4 readability, 8 daniel-zh),
  73 pictures, labelled blind by a helper, scored at 2ad1404 before the tuning on set 8 and
  after it, its misses not looked at: P 0.772, R 0.973, F1 0.861, caption 0.845, alt 0.986
  both times (trafilatura F1 0.542). The session's starting reader (f56868c) scores it P 0.755,
  F1 0.850, caption 0.690: the round's caption rules carried over to it (+0.155).
- ``labels/images-10.json``: 24 more pages (seed 15; 12 wcxb-dev, 4 readability, 8 daniel-zh,
  each page holding an <img>), 46 pictures, labelled blind by a helper, scored at 4aba55d
  before any tuning on set 9, its misses not looked at: P 0.655, R 0.783, F1 0.713, caption
  0.972, alt 1.000 (trafilatura F1 0.646). With set 11 scored, sets 9 and 10 became tuning sets
  (Thumbor and wiki renditions, share cards named by card words alone, a lazily filled
  <picture>'s source): set 9 F1 0.861 -> 0.883, set 10 0.713 -> 0.840.
- ``labels/images-11.json``: 24 more pages (seed 1616, same mix, each page holding an <img>), 101
  pictures, labelled blind by a helper, scored at 9486fee before the tuning on set 10 and after
  it (3925bc5), its misses not looked at: P 0.641, R 0.921, F1 0.756, caption 0.527, alt 0.989
  all three times, the session's start (4dc644c) included (trafilatura F1 0.658). Its captions
  are the open question it leaves. With set 12 scored, set 11 became a tuning set (sizes in an
  inline style, a paywall's folder, a "FIGURE 2." line, call-to-action banners): set 11 F1
  0.756 -> 0.802, captions 0.527 -> 0.548 (most of the rest: a blog's 42 story lines between
  its photos, which the labeller calls paragraphs and the reader captions).
- ``labels/images-12.json``: 24 more pages (seed 1717, same mix), 124 pictures (34 of them the
  slides of two WaPo galleries that exist only as ``data-image`` attributes), labelled blind by
  a helper, scored at 50b5031 before the tuning on set 11 and at d785567 after it, its misses
  not looked at: P 0.883, R 0.669, F1 0.761, caption 0.867, alt 0.988 each time, and the same
  at the session's start (trafilatura F1 0.338). With set 13 scored, set 12 became a tuning set
  (a box styled as a caption, a placeholder's <noscript> copy): F1 0.761 -> 0.778, captions
  0.867 -> 0.953.
- ``labels/images-13.json``: 24 more pages (seed 1818, same mix), 72 pictures, labelled blind by a
  helper, scored at 791c2fc before the tuning on set 12 and at 5e78f76 after it, its misses not
  looked at: P 0.779, R 0.931, F1 0.848, caption 0.642, alt 0.985 both times (trafilatura F1
  0.778). The session's starting reader (4dc644c) scores it F1 0.835, caption 0.636: the
  round's rules (tuned on sets 9-11) carried over a little. With set 14 scored, set 13 became a
  tuning set (a picture in a lightbox button): captions 0.642 -> 0.910.
- ``labels/images-14.json``: 24 more pages (seed 1919, same mix), 83 pictures (the labeller's 97
  less 14 on astrobackyard whose only URL in the saved page is a ``data:`` placeholder, left out
  when committed like pictures a script sets), labelled blind by a helper, scored at 4b729c8
  before the tuning on set 13 and at bded2d3 after it, its misses not looked at: P 0.918,
  R 0.940, F1 0.929, caption 0.744, alt 1.000 both times (trafilatura F1 0.514). The session's
  starting reader (4dc644c) scores it F1 0.929, caption 0.756: one caption fewer now. With set 15
  scored, set 14 became a tuning set.
- ``labels/images-15.json``: 24 more pages (seed 2222, same mix, each page holding an <img>), 43
  pictures (10 pages, 8 of them daniel-zh, have none of the article's), labelled blind by a helper,
  scored at a4cbd4e before the round's tuning on sets 1-14, its misses not looked at: P 0.581,
  R 0.900, F1 0.706, caption 0.833, alt 1.000 (trafilatura F1 0.419). The round's two rules
  (teaser cards, 6a93822; script links' icons, e521932), tuned on sets 1-14, leave it unchanged.
  Its misses were then listed once by mistake (a --misses run over all sets), so set 16 was
  labelled to stay unseen; no rule came from set 15's misses. The round's third change, image
  keys for more resizers and services (3d0f8fa), raises it to P 0.597, R 0.925, F1 0.725.
- ``labels/images-16.json``: 24 more pages (seed 3333; 14 wcxb-dev, 4 readability, 6 daniel-zh,
  each holding an <img>), 74 pictures, labelled blind by a helper, its misses not looked at: P
  0.842, R 0.865, F1 0.853, caption 0.984, alt 1.000 both at a4cbd4e and after the round's three
  changes (trafilatura F1 0.415).

Pictures whose URL is nowhere in the HTML (a script sets it: 22 on one page of the first set,
4 of the second, 6 of the third) are left out of the scores. A system's picture matches a labelled one when
their URLs, resolved against the page URL, have the same
:func:`newscrawl.extract.picturekeys.image_key` (the path, without the size a CMS or a resizer
writes into it: ``dam-300x200.jpg`` is ``dam.jpg``). Precision and recall count pictures over
all pages; ``exact`` is the share of pages whose pictures are exactly the labelled ones;
``caption`` the share of matched pictures whose caption agrees with the label (white space and
letter case aside, a missing caption agreeing with ``null``); ``alt`` likewise. trafilatura
reports pictures with ``include_images`` (its XML ``graphic`` elements) and its metadata image,
and no caption: ``-`` there.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the newscrawl package
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling scripts
from corpora import load

from newscrawl.extract.hrefs import absolute_url
from newscrawl.extract.picturekeys import image_key

HERE = Path(__file__).resolve().parent
LABEL_SETS = sorted((HERE / "labels").glob("images*.json"), key=lambda p: (len(p.name), p.name))
DEFAULT_DATASETS = HERE.parent / ".." / "shared" / "datasets"


@dataclass(frozen=True)
class Picture:
    """One picture as a system reports it (or a label gives it)."""

    url: str
    caption: str | None = None
    alt: str | None = None


def newscrawl_pictures(page: bytes, url: str | None) -> list[Picture]:
    from newscrawl.extract.article import extract

    return [Picture(i.url, i.caption, i.alt) for i in extract(page, url=url).images]


def trafilatura_pictures(page: bytes, url: str | None) -> list[Picture]:
    """trafilatura's body pictures (``graphic``) and its metadata image; it gives no caption."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(page, url=url, include_images=True, output_format="xml", with_metadata=True)
    if not xml:
        return []
    doc = etree.fromstring(xml.encode("utf-8"))
    found = [doc.get("image")] + [g.get("src") for g in doc.iter("graphic")]
    return [Picture(src) for src in found if src]


SYSTEMS = {"newscrawl": (newscrawl_pictures, True), "trafilatura": (trafilatura_pictures, False)}


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


@dataclass
class Tally:
    labelled: int = 0
    reported: int = 0
    matched: int = 0
    pages: int = 0
    exact_pages: int = 0
    captions: int = 0  # matched pictures whose caption agrees
    alts: int = 0


def score_page(label: dict[str, Any], got: list[Picture], page_url: str | None, tally: Tally) -> list[str]:
    """Adds one page to ``tally``; returns its disagreements, one line each."""
    wanted = {}
    for item in label["images"]:
        if item.get("url"):
            wanted.setdefault(image_key(absolute_url(item["url"], page_url) or item["url"]), item)
    reported: dict[str, Picture] = {}
    for picture in got:
        reported.setdefault(image_key(picture.url), picture)
    tally.pages += 1
    tally.labelled += len(wanted)
    tally.reported += len(reported)
    tally.exact_pages += wanted.keys() == reported.keys()
    lines = [f"extra {key}" for key in reported if key not in wanted]
    lines += [f"missed {key}" for key in wanted if key not in reported]
    for key in wanted.keys() & reported.keys():
        tally.matched += 1
        item, picture = wanted[key], reported[key]
        if _norm(item.get("caption")) == _norm(picture.caption):
            tally.captions += 1
        else:
            lines.append(f"caption {key}: {item.get('caption')!r} <- {picture.caption!r}")
        tally.alts += _norm(item.get("alt")) == _norm(picture.alt)
    return lines


def row(name: str, tally: Tally, captions: bool) -> str:
    precision = tally.matched / tally.reported if tally.reported else 1.0
    recall = tally.matched / tally.labelled if tally.labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    cells = [
        f"{tally.pages}",
        f"{precision:.3f}",
        f"{recall:.3f}",
        f"{f1:.3f}",
        f"{tally.exact_pages / tally.pages:.3f}" if tally.pages else "-",
        f"{tally.captions / tally.matched:.3f}" if captions and tally.matched else "-",
        f"{tally.alts / tally.matched:.3f}" if captions and tally.matched else "-",
    ]
    return f"{name:12}  " + "  ".join(f"{c:>7}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS, help="folder holding the corpora")
    parser.add_argument("--systems", default="newscrawl,trafilatura", help="comma-separated")
    parser.add_argument("--misses", action="store_true", help="list newscrawl's disagreements, page by page")
    parser.add_argument(
        "--labels", type=Path, action="append", help="a label file (repeatable); default: all in labels/"
    )
    args = parser.parse_args(argv)
    for path in args.labels or LABEL_SETS:
        report_set(path, args)
    return 0


def report_set(path: Path, args: argparse.Namespace) -> None:
    """One table: every system on the pages one label file labels."""
    labels: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    cases = {}
    for corpus in sorted({key.split("/")[0] for key in labels}):
        loaded = load(corpus, args.datasets)
        if loaded is None:
            print(f"{corpus} not found under {args.datasets}: its labels not scored", file=sys.stderr)
            continue
        cases.update({f"{corpus}/{case.id}": case for case in loaded.cases})
    scored = [key for key in labels if key in cases]
    print(f"\n## article images, hand labels ({len(scored)} pages, labels/{path.name})")
    print(
        f"{'system':12}  "
        + "  ".join(f"{h:>7}" for h in ("pages", "P", "R", "F1", "exact", "caption", "alt"))
    )
    for name in args.systems.split(","):
        try:
            read, captions = SYSTEMS[name.strip()]
        except KeyError:
            print(f"{name}: unknown system")
            continue
        tally, report = Tally(), []
        for key in scored:
            case = cases[key]
            try:
                got = read(case.html_bytes, case.url)
            except ImportError as exc:
                print(f"{name}: unavailable ({exc})")
                break
            lines = score_page(labels[key], got, case.url, tally)
            report += [f"  {key[:40]}  {line}" for line in lines]
        else:
            print(row(name.strip(), tally, captions))
            if args.misses and name.strip() == "newscrawl":
                print(*report, sep="\n")


if __name__ == "__main__":
    sys.exit(main())
