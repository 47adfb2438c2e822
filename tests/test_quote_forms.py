"""The quote reader on the forms real copy uses: number formats of other style guides, figures in
words with articles, currencies as outlets write them, and hedge words in their other senses."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.quotes import figure_words, hedge_before, hedge_words_in, numbers_in, ranges_in

M = 10**6


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("1 234 567 user accounts", 1_234_567),  # plain spaces (SI style)
        ("1\u2009234\u2009567 user accounts", 1_234_567),  # thin spaces
        ("1\u202f234 vendors", 1234),  # narrow no-break space
        ("4\u00a0350 vendors", 4350),  # no-break space
        ("1.234.567 accounts", 1_234_567),  # points in threes, two groups
        ("1.234,5 tonnes", Fraction(12345, 10)),  # points, then a decimal comma
        ("12,34,567 accounts", 1_234_567),  # Indian grouping
        ("1,23,456 people", 123_456),
        ("5 lakh people", 500_000),
        ("2 lakhs people", 200_000),
        ("1.5 lac people", 150_000),
        ("Rs 4,000 crore", 40_000_000_000),
        ("a dozen suspects", 12),
        ("a hundred people", 100),
        ("a hundred thousand people", 100_000),
        ("half a million quid", 500_000),
        ("half a dozen raids", 6),
        ("a quarter of a million pills", 250_000),
        ("a million people", M),
    ],
)
def test_number_formats_of_other_style_guides(quote: str, value: int | Fraction) -> None:
    """Spaces, points, Indian grouping and scale words, and numbers in words with articles."""
    assert numbers_in(quote)[0].value == value
    assert numbers_in(quote)[0].malformed is None


@pytest.mark.parametrize(
    ("quote", "value"),
    [("rose by 3,5 %", Fraction(35, 1000)), ("12,5% of users", Fraction(125, 1000)),
     ("0,8 % of the market", Fraction(8, 1000))],
)  # fmt: skip
def test_a_decimal_comma_before_a_percent_sign(quote: str, value: Fraction) -> None:
    assert numbers_in(quote)[0].value == value


@pytest.mark.parametrize(
    ("quote", "values"),
    [
        ("on 5.6.2024 police", [Fraction(56, 10), 2024]),  # a date: read as before
        ("On May 5 200 people marched", [5, 200]),  # a day, then a count
        ("In 2023 300 people", [2023, 300]),
        ("1.234 tonnes", [Fraction(1234, 1000)]),  # one point: an English decimal
    ],
)
def test_ambiguous_digits_keep_the_english_reading(quote: str, values: list[object]) -> None:
    assert [n.value for n in numbers_in(quote)] == values


@pytest.mark.parametrize(
    ("quote", "value", "unit"),
    [
        ("a year", 1, "year"),
        ("nearly a year of records", 1, "year"),
        ("for over a decade", 1, "decade"),
        ("an hour later", 1, "hour"),
        ("over a fortnight", 1, "fortnight"),
        ("half an hour", Fraction(1, 2), "hour"),
        ("a quarter of a century", Fraction(1, 4), "century"),
        ("a tonne of cocaine", 1, "metric_ton"),
    ],
)
def test_a_unit_with_an_article_is_one_of_it(quote: str, value: object, unit: str) -> None:
    (found,) = numbers_in(quote)
    assert found.value == value and found.unit is not None and found.unit.name == unit


@pytest.mark.parametrize(
    ("quote", "value", "currency"),
    [
        ("$US31.6 million", Fraction(316, 10) * M, "US_dollar"),  # Australian papers
        ("US$31.6m", Fraction(316, 10) * M, "US_dollar"),
        ("USD 53.4 million", Fraction(534, 10) * M, "US_dollar"),
        ("EUR 50.8 million", Fraction(508, 10) * M, "euro"),
        ("EUR50.8m", Fraction(508, 10) * M, "euro"),
        ("50.8 million euros", Fraction(508, 10) * M, "euro"),
        ("€50.8m", Fraction(508, 10) * M, "euro"),
        ("£1.2bn", 1_200 * M, "pound_sterling"),
        ("CHF 3 million", 3 * M, "swiss_franc"),
        ("12 million Swiss francs", 12 * M, "swiss_franc"),
        ("A$42 million", 42 * M, "australian_dollar"),
        ("$A42m", 42 * M, "australian_dollar"),
        ("31.6 million Australian dollars", Fraction(316, 10) * M, "australian_dollar"),
        ("Rs 4,000 crore", 40_000 * M, "indian_rupee"),
        ("Rs. 50 lakh", 5 * M, "indian_rupee"),
        ("Rs4,000 crore", 40_000 * M, "indian_rupee"),
        ("₹4,000 crore", 40_000 * M, "indian_rupee"),
        ("4,000 crore rupees", 40_000 * M, "indian_rupee"),
    ],
)
def test_currencies_as_outlets_write_them(quote: str, value: object, currency: str) -> None:
    (found,) = numbers_in(quote)
    assert found.value == value
    assert found.unit is not None and found.unit.name == currency
    assert found.start == 0  # the currency (sign or code) is the figure's start


@pytest.mark.parametrize(
    ("quote", "values"),
    [
        ("$US31.6 ($42) million", [Fraction(316, 10) * M, 42 * M]),
        ("US$31.6 (A$42) million", [Fraction(316, 10) * M, 42 * M]),
        ("EUR 50.8 (USD 53.4) million", [Fraction(508, 10) * M, Fraction(534, 10) * M]),
        ("£23.3 ($31.6) billion", [Fraction(233, 10) * 10**9, Fraction(316, 10) * 10**9]),
    ],
)
def test_a_bracketed_conversion_inside_a_scaled_figure(quote: str, values: list[object]) -> None:
    """The scale word after the brackets is both figures'."""
    assert [n.value for n in numbers_in(quote)] == values


def test_a_currency_code_starts_a_range() -> None:
    (found,) = ranges_in("between EUR 2 and 3 million")
    assert (found.low, found.high) == (2 * M, 3 * M)
    assert found.unit is not None and found.unit.name == "euro"


@pytest.mark.parametrize(
    ("quote", "hedges"),
    [
        # prepositions of time and place
        ("made 281 arrests over a 10-month period", [None, None]),
        ("spread over three continents", [None]),
        ("about a 12-year-old boy", [None]),
        ("under a 2019 law, 40 people", [None, None]),
        # "over" a time: during, unless after "for", "lasted", "to"...
        ("raids carried out over two days", [None]),
        ("cops swooped over three days", [None]),
        ("accounts frozen over a fortnight", [None]),
        ("The siege lasted over 30 hours", ["over"]),
        ("jailed for over a decade", ["over"]),
        ("sentenced to over 10 years", ["over"]),
        # a hedge word before "the"
        ("Officials talked about the 281 arrests", [None]),
        ("Over the weekend, police detained 45", [None]),
        ("more than the 300 of last year", [None]),
        # "up to": rising to, a phrasal verb, a range, a year
        ("Seizures rose up to 120 kilograms", [None]),
        ("the figures add up to 1,200 kilograms", [None]),
        ("from 200 up to 300 people", [None, None]),
        ("in the run-up to 2024", [None]),
        ("up to 2024", [None]),
        ("Suspects face up to 20 years", ["up to"]),
        ("up to a third", ["up to"]),
        # "some" as a determiner
        ("some of the 300 properties", [None]),
        ("some 16-year-olds among them", [None]),
        ("some 300 properties", ["some"]),
        ("for some 20 years", ["some"]),
        # not next to the figure
        ("Nearly all of the 281 suspects", [None]),
        ("almost doubled to 300", ["almost", None]),
        # hedges that are hedges
        ("nearly a year", ["nearly"]),
        ("more than a dozen suspects", ["more than"]),
        ("over a million", ["over"]),
        ("around 2020", ["around"]),
    ],
)
def test_hedge_words_in_their_other_senses(quote: str, hedges: list[str | None]) -> None:
    assert [hedge_before(quote, n) for n in numbers_in(quote)] == hedges


@pytest.mark.parametrize(
    "quote",
    ["about €50m ($53m)", "about US$31.6m ($48.6m)", "nearly £23m ($29m)",
     "more than $US31.6 ($42) million"],
)  # fmt: skip
def test_a_bracketed_conversion_shares_the_hedge(quote: str) -> None:
    first, second = (hedge_before(quote, n) for n in numbers_in(quote))
    assert first is not None and second == first


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("customers around the world for a decade", ()),
        ("talked about the operation", ()),
        ("over the weekend", ()),
        ("up to now, 26 people", ()),
        ("about US$31.6m", ("about",)),
        ("around 40 of them", ("around",)),
    ],
)
def test_hedge_words_anywhere_in_a_quote(quote: str, words: tuple[str, ...]) -> None:
    assert hedge_words_in(quote) == words


@pytest.mark.parametrize(
    ("quote", "value", "words"),
    [
        ("EUR 50.8 million (USD 54.9 million)", Fraction(508, 10) * M, "EUR 50.8 million"),
        ("EUR 50.8 million (USD 54.9 million)", Fraction(549, 10) * M, "USD 54.9 million"),
        ("about €50m ($53m)", 50 * M, "about €50m"),
        ("about €50m ($53m)", 53 * M, "about €50m ($53m)"),  # the hedge is the euros'
        ("$US31.6 ($42) million", 42 * M, "$US31.6 ($42) million"),  # so is the scale word
    ],
)
def test_the_words_of_one_figure(quote: str, value: Fraction, words: str) -> None:
    """What a conversion's parts quote: their own words, or the whole when they share some."""
    assert figure_words(quote, value) == words


@pytest.mark.parametrize(
    ("quote", "readings", "what"),
    [
        ("2,4000 sellers", [24_000, 2_400], "commas"),
        ("1,23,4 accounts", [1234], "commas"),
        ("12,5 million", [125 * M, Fraction(125, 10) * M], "commas"),
        ("3..5 tonnes", [Fraction(35, 10)], "twice"),
        ("1,,000 people", [1000], "twice"),
        ("$$5 million", [5 * M], "currency sign"),
    ],
)
def test_a_malformed_figure_is_recognised(quote: str, readings: list[object], what: str) -> None:
    """A figure written in no style's way is not silently read as one of its meanings."""
    (found,) = [n for n in numbers_in(quote) if n.malformed]
    assert list(found.readings) == readings and found.value == readings[0]
    assert found.malformed is not None and what in found.malformed


@pytest.mark.parametrize(
    ("quote", "low", "high"),
    [("sales rose two or three times", 2, 3), ("one or two arrests", 1, 2),
     ("three or four countries", 3, 4), ("from 200 up to 300 people", 200, 300)],
)  # fmt: skip
def test_ranges_written_with_or_and_up_to(quote: str, low: int, high: int) -> None:
    (found,) = ranges_in(quote)
    assert (found.low, found.high) == (low, high)


@pytest.mark.parametrize(
    "quote", ["5 or 50 people", "one or more suspects", "rose by 3.5% to 12.5%", "rose up to 300"]
)
def test_figures_that_are_not_ranges(quote: str) -> None:
    assert ranges_in(quote) == []
