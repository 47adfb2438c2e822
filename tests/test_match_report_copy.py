"""Copy of match reports and their pages, as the multi-outlet gallery example
(docs/gallery/wt20-final-2025-11/) found it: names written with digits ("Twenty20", "G7"), time
stamps with a time zone ("12.40 GMT") or an abbreviated weekday ("Sun 16 Nov 2025"), and equal
amounts said without a figure ("the same as South Africa"), and none said in words ("for the
first time", "never", "No deaths"). Each class in three spellings or more: read as copy means
it, no false alarm; and the claim falsified is still found."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run

from factcheck.draft import mentions
from factcheck.quotes import numbers_in

# --- Names written with digits are not figures -----------------------------------------------

NAMES = [
    ("India won the Women's World Twenty20 Championship.", "Twenty20"),  # broadcaster
    ("Leaders of the G7 met in Rome.", "G7"),  # wire
    ("Relatives of the MH17 victims gathered.", "MH17"),  # broadsheet
    ("Delegates at COP28 agreed a text.", "COP28"),  # agency release
]


@pytest.mark.parametrize(("sentence", "name"), NAMES)
def test_a_name_written_with_digits_is_no_figure(sentence: str, name: str) -> None:
    """Digits written onto a word ("Twenty20", "G7") are part of a name: the quote reader reads
    no figure in it, and coverage (FC902) asks no claim for it."""
    assert numbers_in(name) == []
    assert [m.text for m in mentions(sentence)] == []


@pytest.mark.parametrize(
    ("quote", "value", "unit"),
    [("Rs4,000 crore", 40_000_000_000, "Rs"), ("EUR50.8 million", 50_800_000, "EUR"),
     ("A$42 million", 42_000_000, "A$"), ("flight MH17, killing 298 people", 298, "people")],
)  # fmt: skip
def test_a_currency_written_onto_its_figure_is_still_a_figure(
    quote: str, value: int, unit: str
) -> None:
    """A currency word or code written onto its figure ("Rs4,000", "EUR50.8") stays a figure of
    that currency, and a figure after a name is read as before."""
    (found,) = numbers_in(quote)
    assert (found.value, found.unit_text) == (value, unit)


def test_a_figure_beside_a_name_is_checked(tmp_path: Path) -> None:
    """A claim quoting a figure next to a name is compared as usual: a wrong figure is FC102."""
    text = "India won the Twenty20 final by seven wickets.\n"
    claim = """
        [[claim]]
        id = "margin"
        kind = "value"
        quote = "the Twenty20 final by seven wickets"
        measure = "final.margin"
        value = {figure}
        unit = "wickets"
        """
    assert codes(run(tmp_path, text, claim.format(figure=7))) == []
    assert codes(run(tmp_path, text, claim.format(figure=20))) == ["FC102"]


# --- Time stamps: a time with its zone, an abbreviated weekday ---------------------------------

STAMPS = [
    "Sun 16 Nov 2025 12.40 GMT",  # British broadsheet
    "Last modified on Tue 3 Jun 2025 09.15 BST",  # British broadsheet, summer
    "Published 18.05 CET, Friday",  # European agency
    "Updated 06.15 IST",  # Indian daily
    "Posted 10.48 AEDT",  # Australian broadcaster
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_time_of_day_with_its_zone_is_no_quantity(stamp: str) -> None:
    """"12.40 GMT" is a time of day, not the figure 12.4: coverage asks no claim for it."""
    assert [m.text for m in mentions(stamp)] == []


def test_a_decimal_without_a_zone_is_still_a_quantity() -> None:
    """Only a time zone makes a time: "rose 12.40 percent" and "3.50 pct" stay figures."""
    assert [m.text for m in mentions("Prices rose 12.40 percent.")] == ["12.40 percent"]
    assert [m.text for m in mentions("Shares rose 3.50 pct.")] == ["3.50 pct"]


WEEKDAY_CLAIM = """
    [[claim]]
    id = "posted"
    kind = "weekday"
    quote = "{quote}"
    weekday = "{weekday}"
    within_days = {within}
    """


@pytest.mark.parametrize(
    ("text", "quote", "published", "weekday"),
    [
        ("Posted Sun 16 Nov 2025 at 10:48pm", "Posted Sun 16 Nov 2025", "2025-11-16", "Sunday"),
        ("Tue 3 Jun 2025 09.15 BST", "Tue 3 Jun 2025", "2025-06-03", "Tuesday"),
        ("Published Thurs., Oct. 2, 2025", "Thurs., Oct. 2, 2025", "2025-10-02", "Thursday"),
        ("Sat. June 7, 2025 - 8:00 AM", "Sat. June 7, 2025", "2025-06-07", "Saturday"),
    ],
)
def test_an_abbreviated_weekday_of_a_time_stamp_says_the_day(
    tmp_path: Path, text: str, quote: str, published: str, weekday: str
) -> None:
    """"Sun 16 Nov 2025" says Sunday (FC102 raises nothing); the same stamp claimed as another
    day is FC102, and the day checked against the publication date holds (FC401)."""
    claim = WEEKDAY_CLAIM.format(quote=quote, weekday=weekday, within=0)
    assert codes(run(tmp_path, text + "\n", claim, published=published)) == []
    other = "Monday" if weekday != "Monday" else "Friday"
    wrong = WEEKDAY_CLAIM.format(quote=quote, weekday=other, within=6)
    assert "FC102" in codes(run(tmp_path, text + "\n", wrong, published=published))


def test_a_word_that_looks_like_a_weekday_is_not_one(tmp_path: Path) -> None:
    """"The Sun" is a newspaper, not Sunday: a weekday claim quoting it is FC102."""
    text = "The Sun reported the result.\n"
    claim = WEEKDAY_CLAIM.format(quote="The Sun reported", weekday="Sunday", within=6)
    assert codes(run(tmp_path, text, claim, published="2025-11-16")) == ["FC102"]


# --- Equal amounts said without a figure ---------------------------------------------------------

EQUAL = [
    ("England take home $800,000, the same as South Africa.", "the same as South Africa"),
    ("The club spent as much as it did in 2023.", "as much as it did in 2023"),
    ("Turnout was equal to the 2019 figure.", "equal to the 2019 figure"),
    ("Sales in May were matching April's.", "matching April's"),
]

@pytest.mark.parametrize(("text", "quote"), EQUAL)
def test_the_same_as_is_a_factor_of_one(tmp_path: Path, text: str, quote: str) -> None:
    """"The same as", "as much as", "equal to", "matching": a multiple of factor 1 restates its
    quote (no FC102), and holds when the two figures are equal."""
    claim = f"""
        [[claim]]
        id = "same"
        kind = "multiple"
        quote = "{quote}"
        measure = "x.this"
        of = "x.that"
        factor = 1
        """
    others = {"ref.toml": _reference(8, 8)}
    assert codes(run(tmp_path, text + "\n", claim, others=others)) == []
    others = {"ref.toml": _reference(8, 9)}
    assert codes(run(tmp_path, text + "\n", claim, others=others)) == ["FC202"]


def test_a_factor_of_one_without_words_of_equality_is_fc102(tmp_path: Path) -> None:
    """Factor 1 for a quote that says no such thing ("more than South Africa") is still FC102."""
    text = "England take home more than South Africa.\n"
    claim = """
        [[claim]]
        id = "same"
        kind = "multiple"
        quote = "more than South Africa"
        measure = "x.this"
        of = "x.that"
        factor = 1
        """
    others = {"ref.toml": _reference(8, 8)}
    assert "FC102" in codes(run(tmp_path, text, claim, others=others))


def _reference(this: int, that: int) -> str:
    """A reference file that gives both measures a figure."""
    return f"""
        [reference]
        id = "ref"
        title = "Figures"

        [[claim]]
        id = "this"
        kind = "value"
        quote = "this: {this}"
        measure = "x.this"
        value = {this}
        unit = "items"
        source = "A table"

        [[claim]]
        id = "that"
        kind = "value"
        quote = "that: {that}"
        measure = "x.that"
        value = {that}
        unit = "items"
        source = "A table"
        """


# --- None said in words: "for the first time", "never", "no" -------------------------------------

NONE = [
    ("India won the title for the first time on Sunday.", "won the title for the first time"),
    ("India lifted their first World Twenty20 title.", "lifted their first World Twenty20 title"),
    ("The club had never won the cup before.", "had never won the cup before"),
    ("No deaths were reported, police said.", "No deaths were reported"),
    ("None of the 12 teams has won twice.", "None of the 12 teams has won twice"),
]

NONE_CLAIM = """
    [[claim]]
    id = "none"
    kind = "value"
    quote = "{quote}"
    measure = "x.before"
    value = {value}
    unit = "items"
    """


@pytest.mark.parametrize(("text", "quote"), NONE)
def test_none_said_in_words_is_a_figure_of_zero(tmp_path: Path, text: str, quote: str) -> None:
    """"For the first time", "their first title", "never", "no", "none of": a value of 0 (no
    earlier title, no deaths) restates the quote (no FC102); any other figure does not."""
    assert codes(run(tmp_path, text + "\n", NONE_CLAIM.format(quote=quote, value=0))) == []
    found = codes(run(tmp_path, text + "\n", NONE_CLAIM.format(quote=quote, value=1)))
    assert "FC102" in found


def test_zero_without_words_of_none_is_fc102(tmp_path: Path) -> None:
    """A value of 0 for a quote that says no such thing ("won the title on Sunday") is FC102."""
    text = "India won the title on Sunday.\n"
    claim = NONE_CLAIM.format(quote="India won the title on Sunday", value=0)
    assert codes(run(tmp_path, text, claim)) == ["FC102"]
