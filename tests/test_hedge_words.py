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


def test_a_comparison_after_the_figure_is_not_its_hedge(tmp_path: Path) -> None:
    """'500 more than last year's' with hedge = 'more than': the figure has no hedge word before
    it, so FC104 says so (the claim would otherwise read 'more than 500 more')."""
    quote = "500 more than last year's"
    claims = (
        '[measures]\n"x.now" = "this year"\n"x.then" = "last year"\n\n'
        f'[[claim]]\nid = "d"\nkind = "difference"\nquote = "{quote}"\nmeasure = "x.now"\n'
        'of = "x.then"\nby = 500\nunit = "arrests"\nhedge = "more than"\n'
    )
    report = run(tmp_path, f"Police made {quote}.", claims)
    assert [f.message for f in report.findings if f.rule == "FC104"] == [
        "claim d: the quote has no word for the hedge 'more than' before '500'"
    ]
