"""Parts that together are within their whole (FC201): vote shares, seats, regions."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

SHARES = "The Alliance won 41.2%, the National Party 33.5%, the Greens 14.8% and the Others {last}."


def share(cid: str, quote: str, fraction: str) -> str:
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "share"\nquote = "{quote}"\nmeasure = "v.{cid}"\n'
        f'of = "v.cast"\nfraction = "{fraction}"\n\n'
    )


def parts(measures: list[str], of: str, complete: bool = False) -> str:
    listed = ", ".join(f'"{m}"' for m in measures)
    return (
        '[[claim]]\nid = "all"\nkind = "parts"\nquote = "The Alliance won"\n'
        f'parts = [{listed}]\nof = "{of}"\ncomplete = {str(complete).lower()}\n\n'
    )


@pytest.mark.parametrize(("last", "expected"), [("12.9%", ["FC201"]), ("10.5%", [])])
def test_vote_shares_over_100_percent(tmp_path: Path, last: str, expected: list[str]) -> None:
    text = SHARES.format(last=last)
    claims = (
        '[measures]\n"v.cast" = "valid votes"\n\n'
        + share("alliance", "The Alliance won 41.2%", "41.2%")
        + share("national", "the National Party 33.5%", "33.5%")
        + share("greens", "the Greens 14.8%", "14.8%")
        + share("others", f"the Others {last}", last)
        + parts(["v.alliance", "v.national", "v.greens", "v.others"], "v.cast")
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == expected
    if expected:
        (found,) = report.findings
        assert found.message == "the 4 parts of v.cast add up to more than their whole"
        assert "The shares as written add up to 102.4% of v.cast." in found.explanation


@pytest.mark.parametrize(
    ("seats", "complete", "expected"), [("124", True, []), ("120", True, ["FC201"]),
                                        ("120", False, [])],
)  # fmt: skip
def test_seats_that_make_up_the_whole(
    tmp_path: Path, seats: str, complete: bool, expected: list[str]
) -> None:
    """'the 650 seats: 326 for A, 200 for B, 124 for others': complete parts add up exactly."""
    text = f"The Alliance won the 650 seats: 326 for A, 200 for B, {seats} for others."
    claims = (
        value("total", "the 650 seats", "s.all", "650", "seats")
        + value("a", "326 for A", "s.a", "326", "seats")
        + value("b", "200 for B", "s.b", "200", "seats")
        + value("o", f"{seats} for others", "s.o", seats, "seats")
        + parts(["s.a", "s.b", "s.o"], "s.all", complete)
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == expected
    if expected:
        assert "The parts add up to 326 + 200 + 120 = 646 seats; the whole is 650 seats." in (
            report.findings[0].explanation
        )


def test_parts_in_currencies_that_cannot_be_added_are_not_confirmed(tmp_path: Path) -> None:
    """€4 million and $3 million within $10 million: FC103, and the sum is 'not checked'."""
    text = "The budget of $10 million includes €4 million for roads and $3 million for schools."
    claims = (
        value("budget", "The budget of $10 million", "b.all", "10", "million USD")
        + value("roads", "€4 million for roads", "b.roads", "4", "million EUR")
        + value("schools", "$3 million for schools", "b.schools", "3", "million USD")
        + parts(["b.roads", "b.schools"], "b.all").replace("The Alliance won", "includes")
    )
    report = run(tmp_path, text, claims)
    assert "FC103" in codes(report)
    (check,) = [c for c in report.checks if c.rule == "FC201"]
    assert check.status == "unchecked"
    assert check.message.endswith("; the figures are in units that cannot be added")
