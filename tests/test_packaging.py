"""The packaging traps of the design card's layout (see README, Architecture)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_three_packages_resolve_to_one_place() -> None:
    roots = set()
    for name in ("newscrawl", "spiders", "pipelines"):
        module = importlib.import_module(name)
        assert module.__file__ is not None, f"{name} is a namespace package"
        roots.add(Path(module.__file__).resolve().parent.parent)
    assert len(roots) == 1


def test_scrapy_list_shows_exactly_our_spiders() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert proc.stdout.split() == ["feed", "portal", "sitemap", "urllist"]


def test_engine_imports_neither_spiders_nor_pipelines() -> None:
    for path in (REPO / "newscrawl").rglob("*.py"):
        text = path.read_text("utf-8")
        for package in ("spiders", "pipelines"):
            assert f"from {package}" not in text, path
            assert f"import {package}" not in text, path
