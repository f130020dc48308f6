"""Widening the body search's winner: which sibling sections join it."""

from __future__ import annotations

import pytest


def test_only_a_sibling_of_the_size_or_build_to_join_is_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """A joining sibling needs half the winner's prose, the winner's build or a loose paragraph's
    shape; others are turned down before their links are measured (which reads all their text)."""
    import lxml.html

    from newscrawl.extract import bodyregion

    measured: list[str] = []
    real = bodyregion.link_density
    monkeypatch.setattr(bodyregion, "link_density", lambda e: measured.append(e.get("class")) or real(e))
    root = lxml.html.fromstring(
        "<div><div class='story'>s</div><div class='story'>t</div><div class='box'>b</div></div>"
    )
    story, twin, box = root
    mass = {story: 10.0, twin: 3.0, box: 3.0}
    assert bodyregion._is_sibling_section(twin, story, 10.0, mass) is False  # same build, but not prose
    assert not bodyregion._is_sibling_section(box, story, 10.0, mass)
    assert measured == ["story"]
    assert bodyregion._is_sibling_section(box, story, 4.0, mass)  # half the winner's prose: it joins
