"""A price per unit in a quote ("gas averaged $3.12 a gallon", "£9.50/kg", "$17 an hour") is
read as money per unit: a claim in ``USD per gallon`` restates it, a claim of plain ``USD``
does not (FC102: the quote says per gallon). Money "a year" is a yearly sum as well as a rate,
so both readings restate it. The draft proposes the unit per unit too (docs/units.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_news_copy import Claim, quote_findings, v

#: Classes of prices and rates, each in three spellings or more; each claim restates its quote.
RESTATED = {
    "money-a-unit-of-a-thing": [
        v("gas averaged $3.12 a gallon", "3.12", "USD per gallon"),
        v("Brent settled at $82.40 per barrel", "82.40", "USD/barrel"),
        v("beef rose to £9.50/kg", "9.50", "GBP per kg"),
        v("lamb was £12.40 per kilo", "12.40", "GBP per kilogram"),
        v("gold hit $2,400 an ounce", 2400, "USD per ounce"),
        v("diesel at Rs 92.5 a litre", "92.5", "INR per litre"),
    ],
    "money-a-unit-of-time": [
        v("a minimum wage of $17 an hour", 17, "USD per hour"),
        v("rents climbed to $627 a week", 627, "USD per week"),
        v("paying roughly $1,300 a month more", 1300, "USD per month", "about"),
        v("a fee of €40 per day", 40, "EUR per day"),
    ],
    "money-per-person": [
        v("tickets cost $250 per person", 250, "USD per person"),
        v("a payout of £1,200 a head of staff", 1200, "GBP"),  # "head" is no unit: an amount
        v("aid of €300 per refugee", 300, "EUR per refugee"),
    ],
    # A bare "$" is any country's dollar, per unit too: an Australian paper's petrol price.
    "a-bare-dollar-per-unit": [
        v("petrol averaged $1.92 a litre", "1.92", "AUD per litre"),
        v("petrol averaged $1.92 a litre", "1.92", "USD per litre"),
        v("unleaded at $2.05/litre", "2.05", "NZD per litre"),
    ],
    # Money a year is a rate and a yearly sum: either unit restates it.
    "money-a-year": [
        v("the government has promised £3.3bn a year", "3.3", "billion GBP per year"),
        v("the government has promised £3.3bn a year", "3.3", "billion GBP"),
        v("earning $62,000 per year", 62000, "USD per year"),
        v("earning $62,000 per year", 62000, "USD"),
        v("a budget of Rs 500 crore a year", 500, "crore INR"),
    ],
    # "a year ago", "a year earlier": a date, not a rate.
    "a-year-ago-is-no-rate": [
        v("up from $5 million a year ago", 5, "million USD"),
        v("against £2.1bn a year earlier", "2.1", "billion GBP"),
        v("from $3.53 a week before", "3.53", "USD"),
    ],
    # A range shares the price per unit written after its high end.
    "a-range-of-prices": [
        v("gas at $3-$4 a gallon", None, "USD per gallon", range=[3, 4]),
        v("between $3 and $4 a gallon", None, "USD per gallon", range=[3, 4]),
        v("from £2m to £3m a year", None, "million GBP", range=[2, 3]),
        v("the budget is £2m-£3m a year", None, "million GBP per year", range=[2, 3]),
    ],
    # Quantities per unit, read as before: a speed, doses per person, a flow.
    "quantities-per-unit": [
        v("winds of 60 miles an hour", 60, "miles per hour"),
        v("up to 90 km/h", 90, "km/h", "up to"),
        v("3 doses per person", 3, "doses per person"),
        v("120 kilograms a month", 120, "kg per month"),
    ],
}


@pytest.mark.parametrize("name", RESTATED)
def test_a_price_per_unit_restates_its_quote(tmp_path: Path, name: str) -> None:
    """Every spelling of the class restates its quote, and no quote finding is raised."""
    for n, claim in enumerate(RESTATED[name]):  # one at a time: two claims may share a quote
        (tmp_path / str(n)).mkdir()
        found = quote_findings(tmp_path / str(n), claim.quote + ".\n", [claim])
        assert found == [], (claim.quote, claim.fields)


@pytest.mark.parametrize(
    ("claim", "written"),
    [
        (v("gas averaged $3.12 a gallon", "3.12", "USD"), "$ a gallon"),
        (v("Brent settled at $82.40 per barrel", "82.40", "USD"), "$ per barrel"),
        (v("beef rose to £9.50/kg", "9.50", "GBP"), "£/kg"),
        (v("a minimum wage of $17 an hour", 17, "USD"), "$ an hour"),
        (v("rents climbed to $627 a week", 627, "USD"), "$ a week"),
        (v("tickets cost $250 per person", 250, "USD"), "$ per person"),
        (v("gas at $3-$4 a gallon", None, "USD", range=[3, 4]), "$ a gallon"),
    ],
)
def test_a_plain_amount_for_a_price_per_unit_is_fc102(
    tmp_path: Path, claim: Claim, written: str
) -> None:
    """ "$3.12 a gallon" claimed as plain USD is FC102: the quote says what the price is per."""
    found = quote_findings(tmp_path, claim.quote + ".\n", [claim])
    assert [rule for rule, _ in found] == ["FC102"], found
    assert f"in '{written}' but the claim's unit is '{claim.fields['unit']}'" in found[0][1]


@pytest.mark.parametrize(
    "claim",
    [
        v("gas averaged $3.12 a gallon", "3.12", "USD per litre"),  # another unit of volume
        v("gas averaged $3.12 a gallon", "3.12", "EUR per gallon"),  # another currency
        v("petrol averaged A$1.92 a litre", "1.92", "USD per litre"),  # "A$" is AUD only
        v("a minimum wage of $17 an hour", 17, "USD per day"),
        v("the government has promised £3.3bn a year", "3.3", "billion GBP per month"),
        v("winds of 60 miles an hour", 60, "miles"),
    ],
)
def test_a_price_in_another_unit_is_fc102(tmp_path: Path, claim: Claim) -> None:
    """A price per unit claimed per another unit, or in another currency, is FC102."""
    found = quote_findings(tmp_path, claim.quote + ".\n", [claim])
    assert [rule for rule, _ in found] == ["FC102"], found


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Gas averaged $3.12 a gallon on Monday.\n", "$3.12 a gallon", "USD per gallon"),
        ("Brent settled at $82.40 per barrel.\n", "$82.40 per barrel", "USD per barrel"),
        ("Beef rose to £9.50/kg in May.\n", "£9.50/kg", "GBP per kilogram"),
        ("The minimum wage rises to $17 an hour.\n", "$17 an hour", "USD per hour"),
        ("The scheme costs £3.3bn a year.\n", "£3.3bn", "billion GBP"),  # a yearly sum
    ],
)
def test_the_draft_proposes_the_price_per_unit(draft_copy, text, quote, unit):
    """The TOML draft gives a price per unit the unit per unit, as the JSON mention does
    (``USD_per_gallon``), and the untouched draft agrees with its quotes."""
    data, report = draft_copy(text)
    (claim,) = [c for c in data["claim"] if c["kind"] == "value"]
    assert (claim["quote"], claim["unit"]) == (quote, unit)
    assert list(report.contradictions) == []
