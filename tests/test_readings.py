"""How a figure reads depends on its own words and unit alone, never on the other claims loaded:
measurements are rounded to one of their unit, counts are exact."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.numbers import Hedge, stated_interval
from factcheck.units import unit_info
from multisource import figure, write_sources


def contradictions(folder: Path) -> list[str]:
    report = factcheck.check(factcheck.load(folder))
    return sorted(f.rule for f in report.findings if f.severity == "contradiction")


@pytest.mark.parametrize(
    ("unit", "rounded"),
    [("kg", True), ("lb", True), ("million USD", True), ("USD", True), ("months", True),
     ("percent", True), ("arrests", False), ("people", False), ("thousand people", True)],
)  # fmt: skip
def test_measured_whole_numbers_round_counts_do_not(unit: str, rounded: bool) -> None:
    """A whole number of a measured quantity or with a scale word is read to one; a count is
    exact."""
    from decimal import Decimal

    interval = stated_interval(Decimal(152), Hedge.EXACT, scaled=unit_info(unit).rounds_whole)
    assert (interval.lo != interval.hi) is rounded


def _drugs(folder: Path, with_pounds: bool) -> Path:
    articles = {
        "bbc": ("Officers seized 152 kg of drugs and 27 kg of cocaine.", [
            figure("drugs", "152 kg of drugs", "op.drugs", 152, "kg"),
            figure("cocaine", "27 kg of cocaine", "op.cocaine", 27, "kg"),
        ]),
        "dw": ("Police seized 152.1 kg of narcotics, 26.9 kg of it cocaine.", [
            figure("drugs", "152.1 kg of narcotics", "op.drugs", "152.1", "kg"),
            figure("cocaine", "26.9 kg of it cocaine", "op.cocaine", "26.9", "kg"),
        ]),
    }  # fmt: skip
    if with_pounds:
        articles["local"] = ("Agents took 335 pounds of drugs, 59 pounds of it cocaine.", [
            figure("drugs", "335 pounds of drugs", "op.drugs", 335, "lb"),
            figure("cocaine", "59 pounds of it cocaine", "op.cocaine", 59, "lb"),
        ])  # fmt: skip
    return write_sources(folder, articles)


@pytest.mark.parametrize("with_pounds", [False, True])
def test_152_kg_agrees_with_152_1_kg_in_every_company(tmp_path: Path, with_pounds: bool) -> None:
    """'152 kg' and '152.1 kg', '27 kg' and '26.9 kg' agree, alone and beside a third outlet
    that gives the drugs in pounds."""
    assert contradictions(_drugs(tmp_path, with_pounds)) == []


def test_281_arrests_is_not_a_rounding_of_288(tmp_path: Path) -> None:
    """Counts are exact: 281 arrests against 288 is a discrepancy, not a rounding."""
    folder = write_sources(tmp_path, {
        "a": ("It made 281 arrests.", [figure("n", "281 arrests", "op.arrests", 281, "arrests")]),
        "b": ("It made 288 arrests.", [figure("n", "288 arrests", "op.arrests", 288, "arrests")]),
    })  # fmt: skip
    assert contradictions(folder) == ["FC501"]


def test_31_million_against_31_6_million_disagree(tmp_path: Path) -> None:
    """'$31 million' is [30.5, 31.5) million: a headline that truncates $31.6 million is off."""
    folder = write_sources(tmp_path, {
        "a": ("Seized: $31 million.", [figure("c", "$31 million", "op.cash", 31, "million USD")]),
        "b": ("Seized: $31.6 million.", [figure("c", "$31.6 million", "op.cash", "31.6",
                                                "million USD")]),
    })  # fmt: skip
    assert contradictions(folder) == ["FC501"]


def test_whole_months_and_trailing_zeros(tmp_path: Path) -> None:
    """'10 months' agrees with '10.4 months'; '500 pounds' agrees with '227 kg' (500.45 lb) but
    not with '230 kg' (507 lb): trailing zeros are digits to the one."""
    ok = write_sources(tmp_path / "ok", {
        "a": ("It ran 10 months and seized 500 pounds.", [
            figure("months", "10 months", "op.length", 10, "months"),
            figure("lb", "500 pounds", "op.drugs", 500, "lb"),
        ]),
        "b": ("It ran 10.4 months and seized 227 kg.", [
            figure("months", "10.4 months", "op.length", "10.4", "months"),
            figure("kg", "227 kg", "op.drugs", 227, "kg"),
        ]),
    })  # fmt: skip
    assert contradictions(ok) == []
    bad = write_sources(tmp_path / "bad", {
        "a": ("It seized 500 pounds.", [figure("lb", "500 pounds", "op.drugs", 500, "lb")]),
        "b": ("It seized 230 kg.", [figure("kg", "230 kg", "op.drugs", 230, "kg")]),
    })  # fmt: skip
    assert contradictions(bad) == ["FC501"]
