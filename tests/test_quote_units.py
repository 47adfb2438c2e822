"""The unit written in a quote against the claim's unit (FC102), for words whose unit depends on
the country ("tons", "pounds")."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value


@pytest.mark.parametrize(
    ("quote", "unit", "expected"),
    [
        ("1,874 pounds of drugs", "kg", ["FC102"]),
        ("1,874 pounds of drugs", "lb", []),
        ("5 tons of cocaine", "kg", ["FC102"]),
        ("5 tons of cocaine", "tonnes", []),
        ("5 tons of cocaine", "short_tons", []),
        ("5 metric tons of cocaine", "tonnes", []),
        ("5 metric tons of cocaine", "long_tons", []),
    ],
)
def test_tons_and_pounds_in_quotes(
    tmp_path: Path, quote: str, unit: str, expected: list[str]
) -> None:
    """Tons of any kind match any kind of ton; pounds match pounds; neither matches kilograms
    (and checking them never fails, whatever the hash seed orders sets by)."""
    figure = '"1,874"' if quote.startswith("1,874") else "5"
    report = run(tmp_path, f"Police seized {quote}.", value("q", quote, "op.drugs", figure, unit))
    assert codes(report) == expected


@pytest.mark.parametrize(
    ("quote", "figure", "unit", "expected"),
    [
        ("His average speed was 20.9 km/h", "20.9", "km/h", []),
        ("His average speed was 20.9 km per hour", "20.9", "km/h", []),
        ("His average speed was 20.9 kilometres per hour", "20.9", "km per hour", []),
        ("His average speed was 20.9 km/h", "20.9", "km", ["FC102"]),
        ("Turnout was 63.1%", "63.1", "percent", []),
        ("Turnout was 63.1 percent", "63.1", "percent", []),
        ("Turnout was 63.1%", "61.3", "percent", ["FC102"]),
    ],
)
def test_rates_and_percentages_in_quotes(
    tmp_path: Path, quote: str, figure: str, unit: str, expected: list[str]
) -> None:
    """A unit over another ("km/h", "km per hour") is read whole; a value in percent is the
    figure before the percent sign."""
    report = run(tmp_path, f"{quote}.", value("q", quote, "race.x", figure, unit))
    assert codes(report) == expected


def test_a_date_after_a_unit_is_not_a_rate() -> None:
    """'850 kilograms a year ago' is kilograms, not kilograms a year; "a year" is one year."""
    from factcheck.quotes import numbers_in

    found, ago = numbers_in("850 kilograms a year ago")
    assert found.unit is not None and found.unit.dimension == "[mass]"
    assert ago.value == 1 and ago.unit is not None and ago.unit.name == "year"


@pytest.mark.parametrize(
    ("quote", "figure", "unit", "expected"),
    [
        ("won in 2 hours 1 minute 9 seconds", "7269", "seconds", []),
        ("won in 2 hours, 1 minute and 9 seconds", "121.15", "minutes", []),
        ("won in 2 hours 1 minute 9 seconds", "7270", "seconds", ["FC102"]),
        ("finished in 2:02:40", "7360", "seconds", []),
        ("finished in 2:02:40", "7340", "seconds", ["FC102"]),
        ("lasted 3 years and 6 months", "42", "months", []),
    ],
)
def test_times_written_in_parts(
    tmp_path: Path, quote: str, figure: str, unit: str, expected: list[str]
) -> None:
    """A time in hours, minutes and seconds ('2 hours 1 minute 9 seconds', '2:02:40') is the
    sum of its parts, in whatever unit of time the claim uses."""
    report = run(tmp_path, f"She {quote}.", value("q", quote, "race.time", figure, unit))
    assert [c for c in codes(report) if c == "FC102"] == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("euro_cents", []), ("cents", []), ("pence", ["FC102"]), ("EUR", ["FC102"])],
)
def test_cents_in_a_quote_may_be_euro_cents(tmp_path: Path, unit: str, expected: list[str]) -> None:
    quote = "a litre of diesel cost 99 cents"
    report = run(tmp_path, f"In Dublin {quote}.", value("q", quote, "fuel.price", "99", unit))
    assert codes(report) == expected
