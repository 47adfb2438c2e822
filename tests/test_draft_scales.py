"""`factcheck draft` keeps a figure's scale word in its claim's unit, so the drafted value is the
figure as written and agrees with its quote (issue 10: "1.2 million users" is not 1.2 users)."""

from __future__ import annotations

import pytest

from factcheck.draft.mentions import mentions


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It has 1.2 million users.", "1.2", "million users"),
        ("The app now has 3.4 billion users worldwide.", "3.4", "billion users"),
        ("Some 1.2 lakh fans filled the stadium.", "1.2", "lakh fans"),
        ("More than 2 lakh fans queued for tickets.", 2, "lakh fans"),
        ("A record 72.2 million Americans will travel.", "72.2", "million people"),
        ("About 1.4 million Australians voted early.", "1.4", "million people"),
        ("Hackers stole more than 1.2 million user accounts.", "1.2", "million accounts"),
        ("The firm shipped 3 million tonnes of grain.", 3, "million tonnes"),
        ("Turnout hit a record 72.2 million.", "72.2", "million items"),
    ],
)
def test_a_scale_word_before_the_counted_noun_stays_in_the_unit(draft_copy, text, value, unit):
    """The drafted value is the figure as written, the scale word in the unit, and no FC102."""
    data, report = draft_copy(text)
    (claim,) = [c for c in data["claim"] if c["kind"] == "value"]
    assert (claim["value"], claim["unit"]) == (value, unit)
    assert list(report.contradictions) == []


def test_mentions_name_the_scale_word_of_a_count():
    """`mentions` gives "1.2 million users" the unit 'million users' and keeps the scale."""
    (m,) = mentions("It has 1.2 million users.")
    assert (m.written, m.value, m.claim_unit, m.scale, m.scale_size) == (
        "1.2", 1200000, "million users", "million", 10**6,
    )
    (lakh,) = mentions("Some 1.2 lakh fans came.")
    assert (lakh.value, lakh.claim_unit) == (120000, "lakh fans")


@pytest.mark.parametrize(
    "text",
    ["Viewership was 31-33 crore viewers.", "Between 1.1 and 1.3 million users signed up."],
)
def test_a_range_with_a_scale_word_agrees_with_its_quote(draft_copy, text):
    """A range's ends are written in the unit's scale ("31-33 crore viewers")."""
    _data, report = draft_copy(text)
    assert list(report.contradictions) == []
