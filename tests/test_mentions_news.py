"""How the mention finder reads news copy's figures: the size of a change against the level it
reached or started from, and the other conventions of the extraction benchmark's README
(benchmarks/extraction/README.md), each in several spellings."""

from __future__ import annotations

import pytest

from factcheck.draft import mentions


def changes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.change) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resettlement places rose to 158,700.", [("158,700", None)]),
        ("The vacancy rate fell to 0.7 per cent.", [("0.7 per cent", None)]),
        ("389,952 were waiting, up from 371,111.", [("389,952", None), ("371,111", None)]),
        ("Turnout was 61%, down from 66%.", [("61%", None), ("66%", None)]),
        ("Revenue rose 18% to $4.27 billion.", [("18%", "up"), ("$4.27 billion", None)]),
        ("Shares closed 2.4 per cent higher at 1,512.35.",
         [("2.4 per cent", "up"), ("1,512.35", None)]),
        ("Debt fell to Rs 640 crore from Rs 1,105 crore.",
         [("Rs 640 crore", None), ("Rs 1,105 crore", None)]),
        ("The death toll rose to about 70.", [("70", None)]),
    ],
)  # fmt: skip
def test_the_level_a_change_reaches_or_starts_from_is_not_a_change(text, expected):
    """'rose to X', 'up from X', 'higher at X': X is the level, no change; the figure after
    the verb (or 'by') is the size of the change."""
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Employment rose by 252,000 in September.", "up"),
        ("Costs fell nearly 10% in five years.", "down"),
        ("That is an increase of 8.8 million on the year.", "up"),
        ("Shares rose as much as 6% in early trade.", "up"),
        ("Sales fell at least 5% last year.", "down"),
    ],
)
def test_the_size_of_a_change_keeps_its_direction(text, change):
    """A figure right after a verb of change, or after 'by'/'of', or with a hedge in between,
    is the change's size: up or down."""
    assert mentions(text)[0].change == change


def test_a_change_is_not_spread_to_the_next_figure():
    """'fell by nearly 10% in five years': the five years are the period, not a change."""
    assert changes("Numbers have fallen by nearly 10% in five years.") == [
        ("10%", "down"),
        ("five years", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Children make up 30 per cent of the displaced.",
        "First-time buyers made up 29 percent of sales.",
        "He scored 12 and set up seven.",
    ],
)
def test_a_phrasal_verb_with_up_is_not_a_rise(text):
    """'make up', 'set up': 'up' belongs to the verb; the figure is a share or a count."""
    assert all(m.change is None for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Private-sector employment changed little (+41,000).", "up"),
        ("revised from +336,000 to +264,000", "up"),
        ("The change for December was -140,000.", "down"),
    ],
)
def test_a_signed_figure_is_a_change(text, change):
    """A plus or minus sign written on a figure makes it a change, whatever the words around."""
    assert mentions(text)[-1].change == change


def test_a_score_or_a_span_of_years_is_not_signed():
    """'3-1' and '2023-24' have a hyphen between digits, not a sign."""
    assert all(m.change is None for m in mentions("They won 3-1 in the 2023-24 season."))


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Rio Tinto shed 3.4% on Thursday.", "down"),
        ("Gold slipped 0.4% to $1,915.60.", "down"),
        ("Cotton prices had eased by 12-15 per cent.", "down"),
        ("The margin narrowed by 80 basis points.", "down"),
    ],
)
def test_the_verbs_of_market_copy(text, change):
    """'shed', 'slipped', 'eased', 'narrowed' are falls."""
    assert mentions(text)[0].change == change


def test_a_comparison_between_groups_is_not_a_change():
    """'a 41% lower mortality rate' compares two groups; '12 cents lower than a month ago'
    is a change over time."""
    assert mentions("They had a 41% lower mortality rate.")[0].change is None
    assert mentions("Petrol was 12 cents lower than a month ago.")[0].change == "down"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("It will spend $4.5 billion over five years.", "="),
        ("She has worked there for over 15 years.", ">"),
        ("The trial took over three hours.", ">"),
    ],
)
def test_over_before_a_duration_is_the_period_unless_it_says_more_than(text, bound):
    """'over five years' says when; 'for over 15 years', 'took over three hours' say more
    than."""
    assert mentions(text)[-1].bound == bound
