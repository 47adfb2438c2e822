"""A bounding hedge ("nearly", "more than", "less than", "at least", "at most") bounds by the
figure as written; only exact and "about" figures are read within their written precision."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

from factcheck.numbers import Hedge, stated_interval


@pytest.mark.parametrize(
    ("figure", "hedge", "scaled", "shown"),
    [
        ("1.5", Hedge.NEARLY, False, "[1.35, 1.5)"),
        ("1.5", Hedge.EXACT, False, "[1.45, 1.55)"),
        ("3", Hedge.MORE_THAN, True, "(3, inf)"),
        ("3", Hedge.AT_LEAST, True, "[3, inf)"),
        ("3", Hedge.LESS_THAN, True, "[0, 3)"),
        ("3", Hedge.AT_MOST, True, "[0, 3]"),
        ("3", Hedge.NEARLY, True, "[2.7, 3)"),
        ("3", Hedge.ABOUT, True, "[2.25, 3.85]"),
        ("3", Hedge.EXACT, True, "[2.5, 3.5)"),
    ],
)
def test_stated_interval(figure: str, hedge: Hedge, scaled: bool, shown: str) -> None:
    assert stated_interval(Decimal(figure), hedge, scaled=scaled).describe() == shown


def test_an_explicit_precision_widens_a_bounding_hedge_too() -> None:
    """'more than 280', rounded to the ten: above 275."""
    interval = stated_interval(Decimal(280), Hedge.MORE_THAN, precision=Decimal(10))
    assert interval.describe() == "(275, inf)"
    assert Fraction(276) in interval


def multiple(factor: str, hedge: str) -> str:
    return (
        '[[claim]]\nid = "ratio"\nkind = "multiple"\nquote = "nearly 1.5 times that area"\n'
        f'measure = "fire.area"\nof = "old.area"\nfactor = {factor}\nhedge = "{hedge}"\n\n'
    )


@pytest.mark.parametrize(("burned", "expected"), [("12,400", ["FC202"]), ("11,800", [])])
def test_nearly_one_and_a_half_times(tmp_path: Path, burned: str, expected: list[str]) -> None:
    """12,400 against 8,050 hectares is 1.54 times: not 'nearly 1.5 times' (1.47 is)."""
    text = f"It burned {burned} hectares, nearly 1.5 times that area of 8,050 hectares."
    claims = (
        value("now", f"{burned} hectares", "fire.area", f'"{burned}"', "hectares")
        + value("then", "8,050 hectares", "old.area", '"8,050"', "hectares")
        + multiple("1.5", "nearly")
    )
    assert codes(run(tmp_path, text, claims)) == expected


@pytest.mark.parametrize(
    ("quote", "figure", "hedge", "expected"),
    [
        ("more than 3 million people", "3", "more than", ["FC101"]),
        ("about 3 million people", "3", "about", []),
        ("nearly 3 million people", "3", "nearly", []),
        ("fewer than 2.8 million people", "2.8", "less than", ["FC101"]),
    ],
)
def test_a_rounded_scaled_figure_as_a_threshold(
    tmp_path: Path, quote: str, figure: str, hedge: str, expected: list[str]
) -> None:
    """2.8 million people: not 'more than 3 million' (it was, read as 'more than 2.5 million'),
    nor 'fewer than 2.8 million'."""
    text = f"The city has 2,800,000 people; {quote} live there."
    claims = value("exact", "2,800,000 people", "city.people", '"2,800,000"', "people") + value(
        "hedged", quote, "city.people", figure, "million people", hedge
    )
    assert codes(run(tmp_path, text, claims)) == expected
