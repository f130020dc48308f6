"""Where a credit's name list ends (newscrawl.extract.namelists): teams, stamps, titles, doubled names."""

from __future__ import annotations

import pytest
from test_authors import en


def test_initials_and_a_title_after_the_comma() -> None:
    assert en("<h1>Winter tyres</h1><p>By A. J. Neal View In Digital Edition</p>").authors == ["A. J. Neal"]
    name = "Brett Lund, Privacy and Digital Security Expert"
    body = f"<h1>Winter tyres</h1><span class='author-name'>{name}</span>"
    assert en(body).authors == ["Brett Lund"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Diggs Team", ["The Diggs Team"]),  # a collective credit opens with "the"
        ("The Currency editors, May 5", ["The Currency editors"]),
        ("The Acme Team members", []),  # a phrase about a team, no credit
        ("Supermove Last update: July 16, 2025", ["Supermove"]),  # "Last" opens the stamp, not a surname
        ("Jane Last", ["Jane Last"]),
        ("Colin Gray Colin Gray", ["Colin Gray"]),  # the avatar's alt text, then the name
    ],
)
def test_leading_names_teams_stamps_and_doubled_names(text: str, expected: list[str]) -> None:
    from newscrawl.extract.namelists import leading_names

    assert leading_names(text) == expected


def test_leading_names_is_memoised_but_hands_out_fresh_lists() -> None:
    """Callers extend the lists they get; the cache behind them must not change with them."""
    from newscrawl.extract.namelists import leading_names

    first = leading_names("Jane Doe and Sam Roe, May 5")
    first.append("Someone Else")
    assert leading_names("Jane Doe and Sam Roe, May 5") == ["Jane Doe", "Sam Roe"]
    assert leading_names("in the news today") == []  # no name opens the line
