"""What a news figure counts or measures when the words after it do not say: the counted noun
written before it, an age, the figure it is compared with; money per unit, coins as their own
units, the currency of a bare "$"; and figures that are names ("Boeing 737"), not quantities."""

from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.draft import mentions


def units(text: str, **kwargs: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.unit) for m in mentions(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people forcibly displaced worldwide reached 117.3 million.",
         [("117.3 million", "people")]),
        ("Both the number of unemployed persons, 5.5 million, and the rate declined.",
         [("5.5 million", "persons")]),
        ("Refugees numbered 43.4 million, of whom six million were Palestinian.",
         [("43.4 million", "refugees"), ("six million", "refugees")]),
        ("Resettlement places rose to 158,700.", [("158,700", "places")]),
        ("Mental health referrals for children reached 1.2 million.",
         [("1.2 million", "referrals")]),
        ("The death toll in the Assam floods rose to 68 on Monday.", [("68", "deaths")]),
        ("Sales of previously owned homes fell to an annual rate of 3.89 million.",
         [("3.89 million", "homes")]),
    ],
)  # fmt: skip
def test_the_counted_noun_written_before_the_figure(text, expected):
    """'the number of NOUNs ... reached N', 'NOUNs numbered N', 'the death toll rose to N':
    the sentence's subject says what a bare figure counts."""
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("389,952 patients were waiting, up from 371,111 the month before.",
         [("389,952 patients", "patients"), ("371,111", "patients")]),
        ("Labour won 412 of the 650 seats.", [("412", "seats"), ("650 seats", "seats")]),
        ("Beal has missed 14 of the team's 22 games.", [("14", "games"), ("22 games", "games")]),
        ("The house measures 2,233 square feet, down from 2,467.",
         [("2,233 square feet", "square_foot"), ("2,467", "square_foot")]),
        ("The Lib Dems won 72 seats, 61 more than last time.",
         [("72 seats", "seats"), ("61", "seats")]),
    ],
)  # fmt: skip
def test_a_bare_figure_counts_what_the_figure_it_is_compared_with_counts(text, expected):
    """'N of the M seats', 'up from N', 'N more than': the other figure's noun or unit."""
    assert units(text) == expected


def test_a_physical_unit_is_not_lent_across_an_unrelated_clause():
    """'weighed 181 pounds and had a body mass index of 28.5': 28.5 is not in pounds."""
    assert units("He weighed 181 pounds and had a body mass index of 28.5.")[-1] == ("28.5", None)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Delgado, 58, won the race.", "58"),
        ("A second man, aged 33, was charged.", "33"),
        ("A 41-year-old man was charged.", "41-year-old"),
        ("The youngest suspect is 19.", "19"),
        ("The median age at enrollment was 45.", "45"),
    ],
)
def test_ages(text, age):
    """An age after a name between commas, after 'aged', in 'N-year-old', or after
    'the youngest'/'age ... was' is in years."""
    assert (age, "year") in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net income was $612 million, or $1.43 a share.",
         [("$612 million", "USD"), ("$1.43", "USD_per_share")]),
        ("The shop takes £40,000 a week.", [("£40,000", "GBP_per_week")]),
        ("Brent settled at $82.15 a barrel.", [("$82.15", "USD_per_barrel")]),
        ("Costs rose to US$18.20 a wet metric tonne.", [("US$18.20", "USD_per_metric_ton")]),
        ("Gas slid to $2.71 per million British thermal units.", [("$2.71", "USD_per_MMBtu")]),
        ("The CDC puts the cost at $117 billion a year.", [("$117 billion", "USD")]),
    ],
)  # fmt: skip
def test_money_per_unit(text, expected):
    """'$1.43 a share', '£40,000 a week': money per unit is CODE_per_unit; 'a year' is an
    annual sum, plain money."""
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brent was up 42 cents.", ("42 cents", 42, "cent")),
        ("Shares jumped to 412p.", ("412p", 412, "penny")),
        ("The pound was flat at 86.4 pence.", ("86.4 pence", 86.4, "penny")),
        ("a dividend of 75¢ a share", ("75¢", 75, "cent_per_share")),
        ("The rupee settled 3 paise higher.", ("3 paise", 3, "paisa")),
    ],
)
def test_coins_are_their_own_units_with_the_written_value(text, expected):
    """Cents, pence and paise keep the figure as written: '42 cents' is 42 cents."""
    m = mentions(text)[0]
    assert (m.text, float(m.value), m.unit) == expected


def test_a_bare_dollar_is_the_currency_the_caller_names():
    """dollar='AUD' reads a bare '$' as Australian dollars; 'US$' stays US dollars."""
    text = "Sydney's median hit $1.59 million, or US$1.05 million."
    assert units(text) == [("$1.59 million", "USD"), ("US$1.05 million", "USD")]
    assert units(text, dollar="AUD") == [("$1.59 million", "AUD"), ("US$1.05 million", "USD")]


def test_the_cli_takes_the_dollar_for_json(tmp_path, capsys):
    """factcheck draft --format json --dollar AUD; an unknown code is a usage error."""
    article = tmp_path / "a.txt"
    article.write_text("Rents climbed to $627 a week.\n", encoding="utf-8")
    assert main(["draft", str(article), "--format", "json", "--dollar", "aud"]) == 0
    assert '"unit": "AUD_per_week"' in capsys.readouterr().out
    assert main(["draft", str(article), "--format", "json", "--dollar", "XYZ"]) == 2
    assert "--dollar='XYZ' must be a currency code" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "currency"),
    [("for DKr48bn in cash", "DKK"), ("sales of SFr44.2bn", "CHF"), ("a SKr1.1bn charge", "SEK"),
     ("lost R4.6bn on the sale", "ZAR"), ("hit TL28.5 to the dollar", "TRY"),
     ("raised MXN$9bn", "MXN")],
)  # fmt: skip
def test_currency_signs_written_onto_the_figure(text, currency):
    """The signs of the financial press for crowns, francs, rand, lira and pesos."""
    assert mentions(text)[0].unit == currency


def test_a_letter_and_digits_without_decimals_are_a_name_not_rand():
    """'R2-D2', 'the R101': the rand's R only goes onto decimals or grouped digits."""
    assert mentions("R2-D2 flew in the R101.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 737 Max jets were grounded.",
        "Section 21 evictions rose.",
        "Call NHS 111 if you need help.",
        "Apple's iPhone 15 sold well.",
        "The FTSE 100 fell.",
        "It was shown on BBC Two.",
        "Formula 1 drivers will race.",
        "The storm reached Category 4.",
        "in 2023-24 and 2019-20",
        "a one-off payment and a one-day match",
    ],
)
def test_names_codes_and_compounds_are_not_quantities(text):
    """A figure right after a capitalised name is part of the name; the second year of a span
    and 'one-' compounds are not figures either."""
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("circling Earth 16 times a day", ("16 times", "times")),
        ("moves City four points clear", ("four", "points")),
        ("That's 11 million doses", ("11 million doses", "doses")),
        ("USD 5 billion was raised", ("USD 5 billion", "USD")),
    ],
)
def test_a_capitalised_word_before_a_count_is_not_always_a_name(text, expected):
    """A figure with its own unit, a lowercase number word, a contraction or a currency code
    before it stays a quantity."""
    assert units(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wants 1.2 million new homes built in five years", ("1.2 million", "homes")),
        ("Eight cabinet ministers lost their seats", ("Eight", "ministers")),
        ("well short of the 240,000 needed.", ("240,000", None)),
        ("300 injured people", ("300", "people")),
    ],
)
def test_a_verb_after_the_counted_noun_ends_it(text, expected):
    """'homes built', '240,000 needed': a participle or verb after the figure is not its noun;
    before a noun ('injured people') it describes it."""
    assert units(text)[0] == expected


def test_lakh_crore_is_ten_to_the_twelfth():
    """'Rs 8.04 lakh crore' is 8.04 x 10^12 rupees, for claims and mentions alike."""
    m = mentions("The deficit stood at Rs 8.04 lakh crore.")[0]
    assert (m.text, m.value, m.unit) == ("Rs 8.04 lakh crore", 8_040_000_000_000, "INR")


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Spending topped $95 million.", ">"),
        ("losses exceeding $1 billion", ">"),
        ("damages reached or exceeded $1 billion", ">="),
        ("people age 16 and older", ">="),
        ("features as small as 50 centimeters", "<="),
    ],
)
def test_hedge_verbs_and_trailing_hedges(text, bound):
    """'topped', 'exceeding', 'reached or exceeded', 'as small as', 'and older'."""
    assert mentions(text)[0].bound == bound


def test_times_is_a_count_unless_it_compares():
    """'13 times since May' counts times; 'three times the size' is a multiple."""
    assert [(m.kind, m.unit) for m in mentions("lifted 13 times since May")] == [
        ("figure", "times")
    ]
    assert mentions("three times the size")[0].kind == "multiple"


def test_a_list_of_names_with_figures_keeps_its_figures():
    """'Nair 71, Rao 52, Iyer 38 not out': a scorecard or breakdown, not names with numbers."""
    text = "India's innings: Nair 71, Rao 52, Iyer 38 not out, Sheikh 6."
    assert [m.text for m in mentions(text)] == ["71", "52", "38", "6"]


def test_a_headline_in_title_case_keeps_its_figures():
    """'Seizures Include 152.1 Kilograms of Drugs': every word is capitalised in a headline."""
    assert "152.1" in [m.text for m in mentions("Seizures Include 152.1 Kilograms of Drugs")]


def test_a_bare_figure_takes_the_unit_before_it_only_when_compared():
    """'made 52 as India reached 187 for three': 52 is not balls; 'held to 17' is points."""
    text = "Nair hit 71 off 48 balls and Rao made 52 as India reached 187 for three."
    assert [u for _, u in units(text)][2:] == [None, None, None]
    assert units("Booker scored 58 points and was held to 17.")[-1] == ("17", "points")


def test_the_counted_noun_is_the_head_of_a_compound():
    """'4,000 vendor accounts' counts accounts, '98 overdose deaths' deaths."""
    assert mentions("more than 4,000 vendor accounts")[0].unit == "accounts"
    assert mentions("98 overdose deaths were recorded")[0].unit == "deaths"


@pytest.mark.parametrize(
    "text",
    ["In 1873, 574 were lost.", "Eleven of those arrested were charged.", "At least 12 died."],
)
def test_a_bare_figure_of_whom_copy_says_what_befell_people_counts_people(text):
    """'574 were lost', 'Eleven of those arrested', '12 died': counts of people."""
    assert [u for _, u in units(text)] == ["people"]
