"""Quantities in messages: one formatting for the whole engine, the unit agreeing with the figure;
and the messages that used to say '1 arrests', 'exact 8 countries', a list's missing count, an
item twice, or a complete list 'short' of an unnamed count."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from tests.test_engine import run, value

from factcheck.numbers import Hedge, Interval
from factcheck.quantities import format_quantity, singular_unit, unit_for

F = Fraction


@pytest.mark.parametrize(
    ("unit", "one"),
    [
        ("arrests", "arrest"),
        ("people", "person"),
        ("countries", "country"),
        ("children", "child"),
        ("items", "item"),
        ("kilograms", "kilogram"),
        ("inches", "inch"),
        ("feet", "foot"),
        ("dollars", "dollar"),
        ("years", "year"),
        ("pence", "penny"),
        # as written: symbols, codes, singular words, units of several words
        ("kg", "kg"),
        ("lb", "lb"),
        ("USD", "USD"),
        ("percent", "percent"),
        ("million USD", "million USD"),
        ("million arrests", "million arrests"),
        ("km/h", "km/h"),
    ],
)
def test_a_unit_is_singular_for_one(unit: str, one: str) -> None:
    """One of a unit is written in the singular ('1 arrest', '1 foot'); a symbol or code stays
    as written ('1 kg', '1 USD'), and so does a unit with a scale word ('1 million arrests')."""
    assert singular_unit(unit) == one
    assert format_quantity(1, unit) == f"1 {one}"
    assert format_quantity(F(2), unit) == f"2 {unit}"


def test_other_figures_keep_the_unit_as_written() -> None:
    """Zero, fractions, intervals and 'no figure' keep the plural; minus one is singular."""
    assert unit_for(0, "arrests") == "arrests"
    assert unit_for(F(3, 2), "kilograms") == "kilograms"
    assert unit_for(None, "arrests") == "arrests"
    assert unit_for(-1, "arrests") == "arrest"
    assert format_quantity(Interval(F(270), F(300), False, True), "suspects") == (
        "[270, 300) suspects"
    )
    assert format_quantity(Interval(F(1), F(1)), "suspects") == "1 suspect"


@pytest.mark.parametrize(
    ("hedge", "shown"),
    [
        (None, "8 countries"),
        (Hedge.EXACT, "8 countries"),
        (Hedge.NEARLY, "nearly 8 countries"),
        (Hedge.MORE_THAN, "more than 8 countries"),
    ],
)
def test_a_hedge_is_written_before_the_figure_and_exact_is_not(
    hedge: Hedge | None, shown: str
) -> None:
    """The hedge word stands before the figure; an exact figure has none ('8 countries', never
    'exact 8 countries')."""
    assert format_quantity(8, "countries", hedge=hedge) == shown


def test_large_figures_are_grouped() -> None:
    """Figures are written as `format_fraction` writes them: 281, 100,000, 53.4."""
    assert format_quantity(100_000, "deaths") == "100,000 deaths"
    assert format_quantity(F(534, 10), "million USD") == "53.4 million USD"


# --- The messages, from small claim files ---------------------------------------------------------


def test_one_arrest_is_singular_in_the_value_conflict(tmp_path: Path) -> None:
    """FC101 writes '1 arrest vs 2 arrests', and its listing '= 1 arrest'."""
    text = "Police made 1 arrest. Later: 2 arrests in all."
    claims = value("one", "made 1 arrest", "op.arrests", "1", "arrests") + value(
        "two", "2 arrests in all", "op.arrests", "2", "arrests"
    )
    (found,) = [f for f in run(tmp_path, text, claims).findings if f.rule == "FC101"]
    assert found.message == "disputed: 1 arrest against 2 arrests for op.arrests"
    assert "- one: op.arrests = 1 arrest\n" in found.explanation + "\n"


ENUMERATION = """
[[claim]]
id = "{id}"
kind = "enumeration"
quote = "{quote}"
measure = "op.countries"
unit = "countries"
items = [{items}]
item_type = "country"
{extra}
"""


def enumeration(cid: str, quote: str, items: list[str], extra: str = "") -> str:
    listed = ", ".join(f'"{item}"' for item in items)
    return ENUMERATION.format(id=cid, quote=quote, items=listed, extra=extra)


def test_an_exact_count_is_written_without_the_word_exact(tmp_path: Path) -> None:
    """A value and a list's count that disagree: '8 countries vs 9 countries', not 'exact 8'."""
    text = "Agents in eight countries, including France and Spain. Nine countries took part."
    claims = enumeration(
        "eight", "eight countries, including France and Spain", ["France", "Spain"], "count = 8"
    ) + value("nine", "Nine countries took part", "op.countries", "9", "countries")
    (found,) = [f for f in run(tmp_path, text, claims).findings if f.rule == "FC101"]
    assert found.message == "disputed: 8 countries against 9 countries for op.countries"


def test_a_list_without_a_count_says_so(tmp_path: Path) -> None:
    """The listing of a list that states no count says 'no count stated' (it used to write the
    measure and the unit with nothing between them)."""
    text = "The countries taking part were France, Germany and Spain. Police in Italy took part."
    claims = enumeration(
        "whole",
        "The countries taking part were France, Germany and Spain",
        ["France", "Germany", "Spain"],
        "complete = true",
    ) + enumeration("italy", "Police in Italy took part", ["Italy"])
    (found,) = run(tmp_path, text, claims).findings
    assert "- whole: op.countries: no count stated; names all: France, Germany, Spain" in (
        found.explanation
    )


def test_a_complete_list_without_a_count_names_the_extra_item(tmp_path: Path) -> None:
    """FC302 for a complete list that states no count, against another list of the set that
    names one more item: it names that item and counts the complete list's own names."""
    text = "The countries taking part were France, Germany and Spain. Police in Italy took part."
    claims = enumeration(
        "whole",
        "The countries taking part were France, Germany and Spain",
        ["France", "Germany", "Spain"],
        "complete = true",
    ) + enumeration("italy", "Police in Italy took part", ["Italy"])
    (found,) = run(tmp_path, text, claims).findings
    assert found.rule == "FC302"
    assert found.message == (
        "the complete list of op.countries names 3 countries, but Italy is named too"
    )


def test_a_complete_list_short_of_its_count_says_the_count(tmp_path: Path) -> None:
    """FC302 for a complete list against a stated count writes both, with the unit agreeing."""
    text = "The one country taking part was France. Two countries took part."
    claims = enumeration(
        "whole", "The one country taking part was France", ["France"], "complete = true"
    ) + value("two", "Two countries took part", "op.countries", "2", "countries")
    (found,) = run(tmp_path, text, claims).findings
    assert found.rule == "FC302"
    assert found.message == (
        "the complete list names 1 country but the count of op.countries is 2 countries"
    )


def test_an_item_named_twice_in_two_spellings_is_listed_once(tmp_path: Path) -> None:
    """A list naming one country twice ('the U.S.' and 'United States') shows it once in the
    engine's listing and in FC301's 'Named:' line, and says the two name the same country."""
    text = "Agents in two countries: the U.S., United States, France and Spain."
    claims = enumeration(
        "two",
        "two countries: the U.S., United States, France and Spain",
        ["the U.S.", "United States", "France", "Spain"],
        "count = 2",
    )
    (found,) = [f for f in run(tmp_path, text, claims).findings if f.rule == "FC301"]
    assert found.message == "3 items are named but the count of op.countries is 2 countries"
    assert "Named: the U.S., France, Spain.\n" in found.explanation
    assert "“the U.S.” and “United States” name the same country" in found.explanation
    assert "names some: the U.S., France, Spain" in found.explanation
