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
