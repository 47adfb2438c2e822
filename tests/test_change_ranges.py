"""kind = "multiple" with change_range: a range of a change ("fell 10-15%", "rose by between
20 and 30 per cent", "down 5 to 8 percent"), read as the factors the text gives with written
precision at both ends, checked by the quote rules (FC102, FC104) like any range."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.test_engine import codes, run

from factcheck.kinds.multiple import MultipleClaim
from factcheck.strategies import _change_range, _change_range_claim

# (the sentence, with {before} and {after} for the two figures; the change_range)
SPELLINGS = [
    ("Arrests fell 10-15% to {after} this year, from {before} in 2022.", ["-10%", "-15%"]),
    (
        "Arrests rose by between 20 and 30 per cent to {after} this year, from {before} in 2022.",
        ["+20%", "+30%"],
    ),
    (
        "Arrests were down 5 to 8 percent at {after} this year, from {before} in 2022.",
        ["-5%", "-8%"],
    ),
]
QUOTES = ["fell 10-15%", "rose by between 20 and 30 per cent", "down 5 to 8 percent"]


def _claims(quote: str, relation: str, before: int, after: int) -> str:
    """The claim file of a sentence "up/down ... to {after} this year, from {before} in 2022":
    the multiple (its figure as ``relation``, a TOML line such as ``range = [2, 3]``) and the
    two figures, true or falsified as ``after`` makes them."""
    return f"""
[[claim]]
id = "change"
kind = "multiple"
quote = "{quote}"
measure = "arrests.y2023"
of = "arrests.y2022"
{relation}

[[claim]]
id = "after"
kind = "value"
quote = "{after} this year"
measure = "arrests.y2023"
value = {after}
unit = "arrests"

[[claim]]
id = "before"
kind = "value"
quote = "{before} in 2022"
measure = "arrests.y2022"
value = {before}
unit = "arrests"
"""


def _range_field(changes: list[str]) -> str:
    return f'change_range = ["{changes[0]}", "{changes[1]}"]'


@pytest.mark.parametrize(
    ("spelling", "quote", "before", "true_after", "false_after"),
    [
        (SPELLINGS[0], QUOTES[0], 200, 174, 190),  # -13% holds; -5% is outside 10-15%
        (SPELLINGS[1], QUOTES[1], 200, 250, 280),  # +25% holds; +40% is outside 20-30%
        (SPELLINGS[2], QUOTES[2], 1000, 935, 900),  # -6.5% holds; -10% is outside 5-8%
    ],
)
def test_a_range_of_a_change_holds_when_true_and_is_found_when_false(
    tmp_path: Path,
    spelling: tuple[str, list[str]],
    quote: str,
    before: int,
    true_after: int,
    false_after: int,
) -> None:
    """The change between the two figures inside the range: no finding, and the quote rules
    accept the range as written; outside it: FC202 names the change and both figures."""
    sentence, changes = spelling
    text = sentence.format(before=before, after=true_after)
    relation = _range_field(changes)
    assert codes(run(tmp_path, text, _claims(quote, relation, before, true_after))) == []
    (tmp_path / "false").mkdir()
    text = sentence.format(before=before, after=false_after)
    report = run(tmp_path / "false", text, _claims(quote, relation, before, false_after))
    assert codes(report) == ["FC202"]
    (found,) = [f for f in report.findings if f.rule == "FC202"]
    assert {c.id for c in found.claims} == {"change", "after", "before"}


def test_written_precision_at_both_ends() -> None:
    """Each end is read as a single change of that size is, to its last digit: 'fell 10-15%' is
    a fall of 9.5% to 15.5% (factors (0.845, 0.905]), 'fell 2.5-3.5%' one of 2.45% to 3.55%;
    'about' widens both ends by its tolerance."""

    def factors(changes: list[str], hedge: str = "exact") -> str:
        claim = MultipleClaim(
            id="c", quote="x", measure="a.b", of="a.c", change_range=changes, hedge=hedge
        )
        return claim.interval().describe()

    assert factors(["-10%", "-15%"]) == "(0.845, 0.905]"
    assert factors(["+20%", "+30%"]) == "[1.195, 1.305)"
    assert factors(["-2.5%", "-3.5%"]) == "(0.9645, 0.9755]"
    assert factors(["-10%", "-15%"], "about") == "[0.8295, 0.9145]"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (["-15%", "-10%"], "smaller change first"),
        (["-10%", "+15%"], "two rises"),
        (["+10%", "+10%"], "one change at both ends"),
        (["-10%"], "two signed changes"),
    ],
)
def test_malformed_change_ranges_are_located_errors(changes: list[str], words: str) -> None:
    """A change_range the wrong way round, mixing a fall and a rise, with one figure twice, or
    with one end: an error that says what to write."""
    with pytest.raises(ValueError, match=words):
        MultipleClaim(id="c", quote="x", measure="a.b", of="a.c", change_range=changes)


def test_a_change_range_is_one_of_factor_change_and_range() -> None:
    """change_range replaces change: giving both is an error naming the fields."""
    with pytest.raises(ValueError, match="change and change_range were given"):
        MultipleClaim(
            id="c", quote="x", measure="a.b", of="a.c", change="-12%", change_range=["-10%", "-15%"]
        )


def test_a_range_of_times_is_a_range_of_factors(tmp_path: Path) -> None:
    """'up 2-3 times' is range = [2, 3] (a range of factors), checked the same way."""
    text = "Arrests were up 2-3 times, to {after} this year, from 100 in 2022."
    quote, relation = "up 2-3 times", "range = [2, 3]"
    assert codes(run(tmp_path, text.format(after=250), _claims(quote, relation, 100, 250))) == []
    (tmp_path / "b").mkdir()
    found = run(tmp_path / "b", text.format(after=400), _claims(quote, relation, 100, 400))
    assert codes(found) == ["FC202"]


@given(
    st.fractions(min_value=0, max_value=5, max_denominator=1000),
    st.integers(1, 10),
    st.integers(0, 4),
)
def test_written_change_ranges_hold_the_truth_or_miss_it(
    ratio: object, width: int, style: int
) -> None:
    """The property tests' writer of change ranges (strategies._change_range) writes, for any
    true ratio of two figures, a range that holds it in every spelling, and a falsified one
    whose reading (each end to its last digit) misses it."""
    from fractions import Fraction

    assert isinstance(ratio, Fraction)
    for true in (True, False):
        found = _change_range(ratio, width, true)
        if found is None:
            continue
        claim = _change_range_claim("c", "w.q1", "w.q0", *found, style)
        assert (ratio in claim.interval()) is true
