"""`factcheck draft` proposes claims that do not contradict each other or their quotes: each
bug the trial of issue 10 found, in more than one spelling."""

from __future__ import annotations

import pytest

from factcheck.draft.mentions import mentions


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Officers seized 1 240 kilograms of drugs.", 1240, "kilograms"),
        ("The port handled 12 500 000 tonnes of cargo.", 12500000, "tonnes"),
        ("Police found 3 240 weapons.", 3240, "weapons"),
    ],
)
def test_a_space_between_thousands_is_one_figure(draft_copy, text, value, unit):
    """“1 240 kilograms” is 1,240 kilograms in the mention and in the drafted claim."""
    (m,) = mentions(text)
    assert m.value == value and m.written.replace(" ", "") == str(value)
    data, report = draft_copy(text)
    claims = data["claim"]
    (claim,) = [c for c in claims if c["kind"] == "value"]
    assert (claim["value"], claim["unit"]) == (value, unit)
    assert list(report.contradictions) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turnout hit a record 72.2 million. Crude oil settled lower, down nearly 3% this week.",
        "The index closed at 412. Shares were down 4% on the day.",
        "Analysts counted 8 sites. Attacks had roughly tripled since March.",
        "Sales reached 90 units in May. By June, profits were more than double.",
    ],
)
def test_a_count_and_a_change_or_multiple_never_share_a_placeholder(draft_copy, text):
    """A figure and a change (or multiple) the draft cannot tie together get measures of their
    own, so the draft does not set a count against a percent change (FC101, FC202)."""
    data, report = draft_copy(text)
    claims = data["claim"]
    values = {c["measure"] for c in claims if c["kind"] == "value"}
    relations = {c["measure"] for c in claims if c["kind"] == "multiple"}
    others = {c["of"] for c in claims if c["kind"] == "multiple"}
    assert relations and not (values & relations) and not (values & others)
    assert list(report.contradictions) == []


@pytest.mark.parametrize("text", ["Bowlers faced 19.2 overs.", "The score was 6.5 on the day."])
def test_a_figure_that_is_not_whole_is_not_a_count_of_items(draft_copy, text):
    """A bare figure with a fraction is not drafted as a count of items (which is whole)."""
    data, report = draft_copy(text)
    claims = data["claim"]
    (claim,) = [c for c in claims if c["kind"] == "value"]
    assert claim["unit"] == "dimensionless"
    assert list(report.contradictions) == []


@pytest.mark.parametrize(
    "text",
    [
        "A record 72.2 million Americans will travel at least 50 miles from home, about 1.5"
        " million more than last year.",
        "Crews laid 40 kilometres of cable and 3 kilograms of bolts, some 12 more than a year"
        " earlier.",
        "The mill made 300 tonnes of flour from 2 hectares, about 20 more than in 2019.",
    ],
)
def test_more_than_a_time_counts_what_the_sentence_counts(draft_copy, text):
    """“1.5 million more than last year” compares the sentence's quantity with another time:
    it counts what the sentence's first figure counts, not the figure just before (miles)."""
    first, before, last = mentions(text)
    assert last.unit == first.unit != before.unit
    _data, report = draft_copy(text)
    assert list(report.contradictions) == []


def test_more_than_the_figure_before_still_takes_its_unit():
    """“61 more than” a figure, with no time after it, still counts what that figure counts."""
    found = mentions("Labour won 72 seats, 61 more than the Greens.")
    assert [m.unit for m in found] == ["seats", "seats"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "The action spanned three continents: North America, South\nAmerica and Europe.",
            ["North America", "South America", "Europe"],
        ),
        (
            "Police in four countries, including France, the\nUnited Kingdom,\nSpain and"
            " Italy, took part.",
            ["France", "United Kingdom", "Spain", "Italy"],
        ),
    ],
)
def test_a_hard_wrapped_list_is_read_across_its_line_breaks(draft_copy, text, items):
    """An enumeration wrapped over lines names every item (no FC302), and its quote is found
    where the text has it."""
    data, report = draft_copy(text)
    claims = data["claim"]
    (claim,) = [c for c in claims if c["kind"] == "enumeration"]
    assert claim["items"] == items
    assert "\n" not in claim["quote"]
    assert list(report.contradictions) == []


def test_a_wrapped_paragraphs_mentions_keep_their_offsets():
    """Mentions on the second line of a wrapped paragraph point into the original text."""
    text = (
        "Investigators seized EUR 50.8 million in cash, 1 240\nkilograms of drugs and 97\n"
        "firearms."
    )
    for m in mentions(text):
        assert text[m.start : m.end] == m.text
    assert [m.value for m in mentions(text)][-2:] == [1240, 97]
