"""Abbreviations of news copy that pint alone reads as something else: "5pc" and "5 pct" are
percent (not parsecs or picocarats), "150 kmph" is kilometres per hour (not kilo-miles per hour),
"25 bps" are basis points (not baud); "3 pts", "15kt" and "3nm" are not compared, and a claim
file may not use the ambiguous ones as units."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

from factcheck.units import UnitError, unit_info


@pytest.mark.parametrize(
    ("sentence", "quote", "figure", "unit", "expected"),
    [
        # British broadsheet and tabloid: "pc"
        ("House prices rose 5pc in the year to March.", "rose 5pc", "5", "percent", []),
        ("Shares in the firm slumped 12 pc on Monday.", "slumped 12 pc", "12", "percent", []),
        ("House prices rose 5pc in the year to March.", "rose 5pc", "5", "kg", ["FC102"]),
        # wire: "pct"
        ("Exports fell 3.2 pct in May, data showed.", "fell 3.2 pct", "3.2", "percent", []),
        ("Exports fell 3.2 pct in May, data showed.", "fell 3.2 pct", "2.3", "percent", ["FC102"]),
        # Indian English: "kmph", and "kmh"
        ("Wind speeds touched 150 kmph on the island.", "150 kmph", "150", "km/h", []),
        ("Gusts of 120 kmh were recorded.", "120 kmh", "120", "km/h", []),
        ("Gusts of 120 kmh were recorded.", "120 kmh", "120", "mph", ["FC102"]),
        # business press: basis points
        ("The bank cut rates by 25 bps.", "cut rates by 25 bps", "25", "bps", []),
        ("The bank cut rates by 25 bps.", "cut rates by 25 bps", "0.25", "percent", ["FC102"]),
        ("The bank cut rates by 25 bps.", "cut rates by 25 bps", "25", "percent", ["FC102"]),
        # not compared: points, kilotonnes or knots, nanometres or nautical miles
        ("The index was up 3 pts at the close.", "up 3 pts", "3", "percent", []),
        ("A 15kt device was tested.", "A 15kt device", "15", "kilotonnes", []),
        ("The vessel was 12nm off the coast.", "12nm off the coast", "12", "nautical_miles", []),
    ],
)
def test_news_abbreviations_in_quotes(
    tmp_path: Path, sentence: str, quote: str, figure: str, unit: str, expected: list[str]
) -> None:
    report = run(tmp_path, sentence, value("q", quote, "m.x", figure, unit))
    assert codes(report) == expected


@pytest.mark.parametrize(
    ("unit", "name"),
    [("pct", "percent"), ("kmph", "kilometer_per_hour"), ("kmh", "kilometer_per_hour"),
     ("bps", "basis_point"), ("basis_points", "basis_point")],
)  # fmt: skip
def test_news_abbreviations_as_claim_units(unit: str, name: str) -> None:
    assert unit_info(unit).name == name


@pytest.mark.parametrize(
    ("unit", "advice"),
    [("pc", "'percent'"), ("pts", "'percent'"), ("kt", "'kilotonnes'"), ("nm", "'nautical_miles'")],
)
def test_ambiguous_abbreviations_are_refused_with_advice(unit: str, advice: str) -> None:
    with pytest.raises(UnitError, match="ambiguous") as caught:
        unit_info(unit)
    assert advice in str(caught.value)
