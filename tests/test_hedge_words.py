"""FC104 reads a hedge word only where it hedges: "spread over three continents" is not "more
than three"; "over 300 people" is."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run


def span(quote: str, hedge: str = "") -> str:
    extra = f'hedge = "{hedge}"\n' if hedge else ""
    return (
        f'[[claim]]\nid = "span"\nkind = "span"\nquote = "{quote}"\nmeasure = "op.continents"\n'
        f'of = "op.countries"\ncount = 3\nunit = "continents"\n{extra}\n'
        '[[claim]]\nid = "countries"\nkind = "enumeration"\nquote = "eight countries"\n'
        'measure = "op.countries"\ncount = 8\nunit = "countries"\n'
    )


@pytest.mark.parametrize(
    ("quote", "hedge", "expected"),
    [
        ("spread over three continents", "", []),
        ("spanning over three continents", "", []),
        ("over three continents", "", ["FC104"]),
        ("over three continents", "more than", []),
    ],
)
def test_over_as_a_preposition_is_not_a_hedge(
    tmp_path: Path, quote: str, hedge: str, expected: list[str]
) -> None:
    text = f"The markets of eight countries were {quote}."
    assert [c for c in codes(run(tmp_path, text, span(quote, hedge))) if c == "FC104"] == expected


def duration(quote: str, hedge: str = "") -> str:
    extra = f'hedge = "{hedge}"\n' if hedge else ""
    return (
        f'[[claim]]\nid = "d"\nkind = "duration"\nquote = "{quote}"\nmeasure = "siege.length"\n'
        f'value = 30\nunit = "hours"\n{extra}'
    )


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The siege lasted over 30 hours", ["FC104"]),
        ("lasting under 30 hours", ["FC104"]),
        ("over the 30 hours of the siege", []),
    ],
)
def test_over_after_lasted_is_a_hedge(tmp_path: Path, quote: str, expected: list[str]) -> None:
    """'lasted over 30 hours' is more than 30 hours; 'over the 30 hours' is when, not how many."""
    report = run(tmp_path, f"{quote}.", duration(quote))
    assert [c for c in codes(report) if c == "FC104"] == expected
