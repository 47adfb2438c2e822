"""The quantity mentions of running text (`factcheck.draft.mentions`): what `factcheck draft`
turns into claims and what coverage counts."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.draft import Mention, mentions, time_mentions


def one(text: str) -> Mention:
    found = mentions(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def test_offsets_point_at_the_words():
    """start and end are character offsets of the mention in the text given."""
    text = "Police said on Tuesday they had arrested nearly 300 suspects in eight countries."
    for m in mentions(text):
        assert text[m.start : m.end] == m.text
    assert [m.text for m in mentions(text)] == ["300 suspects", "eight countries"]


def test_offsets_across_paragraphs():
    """Offsets are of the whole text, not of its paragraph."""
    text = "First paragraph.\n\nThe operation netted 281 arrests.\n\nAnd 117 firearms."
    found = mentions(text)
    assert [text[m.start : m.end] for m in found] == ["281 arrests", "117 firearms"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        ("arrested nearly 300 suspects", 300, "suspects", "~"),
        ("claimed more than 100,000 American lives", 100000, "lives", ">"),
        ("at least 12 people were killed", 12, "people", ">="),
        ("fewer than 40 cases", 40, "cases", "<"),
        ("up to 5,000 officers", 5000, "officers", "<="),
        ("some 2,000 protesters", 2000, "protesters", "~"),
        ("about 1.5 million people", 1500000, "people", "~"),
        ("The operation netted 281 arrests", 281, "arrests", "="),
        ("as many as 70 migrants", 70, "migrants", "<="),
    ],
)
def test_counts_and_hedges(text, value, unit, bound):
    """A count gives its figure, its counted noun as unit, and the hedge as a bound."""
    m = one(text)
    assert (m.value, m.unit, m.bound) == (value, unit, bound)


@pytest.mark.parametrize(
    ("text", "value", "unit", "concept"),
    [
        ("850 kilograms of drugs", 850, "kilogram", "drugs"),
        ("$53.4 million in cash", 53_400_000, "USD", "cash"),
        ("a £2bn black hole", 2_000_000_000, "GBP", None),
        ("EUR 50.8 million", 50_800_000, "EUR", None),
        ("3 tonnes of cocaine", 3, "metric_ton", "cocaine"),
        ("for more than 15 years", 15, "year", None),
        ("68% of voters", 68, "percent", "voters"),
        ("12.5 per cent of the vote", Fraction(25, 2), "percent", "vote"),
    ],
)
def test_units_currencies_percentages(text, value, unit, concept):
    """Measured figures give a pint unit or an ISO currency code, and the noun after 'of'."""
    m = one(text)
    assert (m.value, m.unit, m.concept) == (value, unit, concept)


def test_number_words_fractions_and_multiples():
    """Number words, fractions and multiples are mentions of their own kind."""
    assert (one("spanned three continents").value, one("spanned three continents").unit) == (
        3,
        "continents",
    )
    share = one("more than two-thirds of the deaths")
    assert (share.kind, share.value, share.bound, share.concept) == (
        "fraction", Fraction(2, 3), ">", "deaths",
    )  # fmt: skip
    double = one("more than double that of the previous operation")
    assert (double.kind, double.value, double.bound) == ("multiple", 2, ">")
    assert one("three times as many").kind == "multiple"


def test_ranges_are_one_mention():
    """A range is one mention with both ends, not two figures."""
    m = one("seized between 10 and 20 kilograms of fentanyl")
    assert (m.kind, m.range, m.unit, m.concept) == ("range", (10, 20), "kilogram", "fentanyl")
    assert one("$2m-$3m").range == (2_000_000, 3_000_000)
    assert one("10-15% of offenders").range == (10, 15)


def test_vague_quantities():
    """Vague words are mentions without a value, with their name."""
    m = one("Dozens of people were arrested")
    assert (m.kind, m.value, m.vague, m.unit) == ("vague", None, "dozens", "people")
    assert one("several hundred kilograms").vague == "several hundred"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Sales rose 12 percent", "up"),
        ("the death toll rose by 45", "up"),
        ("the death toll rose to 45", None),
        ("Costs fell by a third", "down"),
        ("an increase of 5.2 per cent", "up"),
        ("a 3% drop in turnout", "down"),
        ("unemployment was down 0.4 points", "down"),
        ("Membership has doubled", "up"),
        ("the budget was halved", "down"),
        ("The operation netted 281 arrests", None),
    ],
)
def test_changes(text, change):
    """Words of change before or after a figure give its direction."""
    assert mentions(text)[0].change == change


def test_from_to_gives_two_levels_not_a_range_nor_a_change():
    """'rose from 10 to 20' is two figures, the levels the change started from and reached:
    neither is the size of a change, and they are not a range."""
    found = mentions("Arrests rose from 10 to 20 last year")
    assert [(m.kind, m.value, m.change) for m in found] == [
        ("figure", 10, None),
        ("figure", 20, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "in 2023 the agency said",
        "the 2024 election",
        "on May 2, 2023 officials said",
        "date 2023-05-02 in Washington",
        "at 10:30 the police arrived",
        "The other one is known as the Jalisco cartel.",
        "one of the largest",
        "For media enquiries, call +41 22 739 8502.",
        "contact Crime Stoppers on 1800 333 000.",
        "The M25 was closed after the 9/11 anniversary.",
        "COVID-19 spread",
        "Covid-19 has killed",
        "the 12th consecutive annual rise",
        "It rose for a year.",
        "The Hamilton couple were charged.",
    ],
)
def test_not_quantities(text):
    """Years, dates, times of day, phone numbers, codes ('M25', '9/11'), ordinals, 'a year'
    and the pronoun 'one' are not quantity mentions."""
    assert mentions(text) == []


def test_currency_codes_before_and_after_a_bracket():
    """'EUR 50.8 million (USD 54.9 million)': each figure in its own currency."""
    found = mentions("EUR 50.8 million (USD 54.9 million)")
    assert [(m.text, m.unit, m.value) for m in found] == [
        ("EUR 50.8 million", "EUR", 50_800_000),
        ("USD 54.9 million", "USD", 54_900_000),
    ]


def test_json_is_the_documented_shape():
    """to_json gives the documented keys; a range's value is [low, high]."""
    data = one("between 10 and 20 kilograms").to_json()
    assert set(data) >= {"start", "end", "value", "unit", "bound", "change", "concept"}
    assert data["value"] == [10, 20]
    assert one("53.4 percent").to_json()["value"] == 53.4


def test_time_mentions():
    """Dates with a year, weekdays, relative dates and periods are found apart from quantities."""
    text = (
        "Last month, officials announced on Tuesday, May 2, 2023, that 300 died in the 12-month"
        " period ending in August 2022. Three years ago the toll was lower."
    )
    found = [(t.kind, t.value) for t in time_mentions(text)]
    assert found == [
        ("relative_date", "last month"),
        ("weekday", "Tuesday"),
        ("date", "2023-05-02"),
        ("period", "12"),
        ("relative_date", "three years ago"),
    ]
    period = next(t for t in time_mentions(text) if t.kind == "period")
    assert (period.unit, period.boundary, period.boundary_kind) == ("month", "2022-08", "end")


def test_a_day_that_does_not_exist_is_no_date():
    """'February 30, 2023' is no date claim (the draft would not load)."""
    assert [t for t in time_mentions("on February 30, 2023") if t.kind == "date"] == []
