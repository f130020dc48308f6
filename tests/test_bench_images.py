"""The image benchmark's scoring: pictures matched across sizes, captions compared as shown."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_images_bench() -> ModuleType:
    """Import benchmarks/images.py by path: benchmarks is a folder of scripts, not a package.
    The script puts its folder first on ``sys.path`` to import its siblings; that is undone,
    or ``benchmarks/incremental.py`` would stand in for the ``incremental`` package."""
    spec = importlib.util.spec_from_file_location("bench_images", BENCH / "images.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


b = _load_images_bench()


def test_pictures_match_across_sizes_and_captions_as_shown() -> None:
    label = {
        "images": [
            {"url": "/up/dam-1024x576.jpg", "caption": "The dam  at dusk", "alt": None},
            {"url": "/up/weir.jpg", "caption": None, "alt": "A weir"},
            {"url": None, "caption": "set by a script", "alt": None},  # no URL: left out
        ]
    }
    got = [
        b.Picture("https://cdn.example/up/dam.jpg?w=1600", "the dam at dusk", None),
        b.Picture("https://news.example/static/logo.png"),
    ]
    tally = b.Tally()
    lines = b.score_page(label, got, "https://news.example/a/1.html", tally)
    assert (tally.labelled, tally.reported, tally.matched, tally.exact_pages) == (2, 2, 1, 0)
    assert (tally.captions, tally.alts) == (1, 1)
    assert sorted(line.split()[0] for line in lines) == ["extra", "missed"]


def test_every_label_names_its_url_caption_and_alt() -> None:
    for path in b.LABEL_SETS:
        labels = json.loads(path.read_text(encoding="utf-8"))
        assert labels
        for page in labels.values():
            for image in page["images"]:
                assert {"url", "caption", "alt"} <= image.keys()
