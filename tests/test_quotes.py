"""Reading the figures a quote writes, which the engine compares with each claim (FC102)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.quotes import numbers_in


@pytest.mark.parametrize(
    ("quote", "figures"),
    [
        ("arrested nearly 300 suspects", [Fraction(300)]),
        ("$53.4 million in cash", [Fraction(53_400_000)]),
        ("$53.4m in cash", [Fraction(53_400_000)]),
        ("a £2bn deal", [Fraction(2_000_000_000)]),
        ("claimed more than 100,000 American lives", [Fraction(100_000)]),
        ("more than two-thirds of the deaths", [Fraction(2, 3)]),
        ("more than double that of the previous operation", [Fraction(2)]),
        ("three times as many", [Fraction(3)]),
        ("more than half were over 70", [Fraction(1, 2), Fraction(70)]),
        ("a third of them", [Fraction(1, 3)]),
        ("in eight countries", [Fraction(8)]),
        ("twenty-five people", [Fraction(25)]),
        ("68% of them", [Fraction(68, 100)]),
        ("40 per cent of them", [Fraction(40, 100)]),
        ("one of two major cartels", [Fraction(1), Fraction(2)]),
        ("the 12-month period ending in August 2022", [Fraction(12), Fraction(2022)]),
    ],
)
def test_figures_in_quotes(quote: str, figures: list[Fraction]) -> None:
    """Digits, numbers in words, fractions, multipliers, percentages and scale words are read."""
    assert [n.value for n in numbers_in(quote)] == figures


@pytest.mark.parametrize(
    ("quote", "unit"),
    [
        ("850 kilograms of drugs", "kilogram"),
        ("2,000 pounds of fentanyl", "pound"),
        ("$53.4 million in cash", "US_dollar"),
        ("1.2 billion euros", "euro"),
        ("281 arrests", "arrest"),
        ("for more than 15 years", "year"),
    ],
)
def test_units_written_next_to_figures(quote: str, unit: str) -> None:
    """The unit or currency written next to a figure is recognised."""
    found = numbers_in(quote)[0]
    assert found.unit is not None
    assert found.unit.name == unit


def test_english_words_are_not_units() -> None:
    """Words pint knows as units but that are English ("in", "a") are not taken for units."""
    assert numbers_in("$53.4 million in cash")[0].unit_text == "$"
    assert numbers_in("281 in all")[0].unit is None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("about one in five infected people", ["1", "1/5", "5"]),
        ("fewer than 1 in 150 develops", ["1", "1/150", "150"]),
        ("three out of ten voters", ["3", "3/10", "10"]),
        ("one in every 1,000 people", ["1", "1/1000", "1000"]),
        ("one in 5 million doses", ["1", "1/5000000", "5000000"]),
        ("arrested 4 in 12 raids", ["4", "1/3", "12"]),
        ("nearly one and a half times that area", ["3/2"]),
        ("two and a half times as many", ["5/2"]),
        ("one and three-quarters", ["7/4"]),
    ],
)
def test_ratios_written_in_words(quote: str, expected: list[str]) -> None:
    """'one in five' is a fraction, and both figures are also read as written ('4 in 12 raids'
    may be two counts); 'one and a half' is a factor."""
    assert [str(n.value) for n in numbers_in(quote)] == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("deaths fell to 5 in 2024", ["5", "2024"]),
        ("12 in 15 cases", ["12", "15"]),
        ("281 arrests in eight countries", ["281", "8"]),
    ],
)
def test_a_count_before_in_is_not_always_a_ratio(quote: str, expected: list[str]) -> None:
    """A year after 'in' is a year; 'N in M' is a ratio only for small N below M."""
    assert [str(n.value) for n in numbers_in(quote)] == expected
