"""A superlative is confirmed only against its whole group: members without a figure are named."""

from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest
from tests.test_engine import codes, run, value

import factcheck
from factcheck.claims import SuperlativeClaim, measure_pattern
from factcheck.engine.context import Context

TEXT = "It was the highest since 2012, with 2,466 cases. In 2013 there were 812 cases."

CLAIMS = (
    value("now", "2,466 cases", "wnv.cases.y2024", '"2,466"', "cases")
    + value("y2013", "812 cases", "wnv.cases.y2013", "812", "cases")
    + '[[claim]]\nid = "highest"\nkind = "superlative"\nquote = "the highest since 2012"\n'
    'measure = "wnv.cases.y2024"\ndirection = "most"\namong = ["wnv.cases.*"]\n\n'
)


def test_every_member_with_a_figure_confirms_the_superlative(tmp_path: Path) -> None:
    report = run(tmp_path, TEXT, CLAIMS)
    assert codes(report) == []
    (held,) = [c for c in report.checks if c.rule == "FC203"]
    assert held.status == "holds"
    assert held.message == (
        "“the highest since 2012”: 2466 cases against 812 cases (wnv.cases.y2013)"
    )


def test_a_member_without_a_figure_leaves_the_superlative_unchecked(tmp_path: Path) -> None:
    """A member of the group that no claim gives a figure for (declared under [measures]): the
    superlative holds against the figures there are, and the report says which are missing."""
    declared = '[measures]\n"wnv.cases.y2014" = "cases in 2014, not yet published"\n\n'
    report = run(tmp_path, TEXT, declared + CLAIMS)
    (found,) = [c for c in report.checks if c.rule == "FC203"]
    assert found.status == "unchecked"
    assert found.message.endswith("; no figure for 1 of 2 members: wnv.cases.y2014")


OPERATIONS = (
    "The operation made 281 arrests, the most ever. Dark HunTor made 150 arrests; of SpecTor's"
    " arrests, 153 were in the United States."
)
OPERATION_CLAIMS = (
    '[measures]\n"jcode.spector.eu.arrests" = "SpecTor arrests in Europe: not yet published"\n\n'
    + value("spector", "made 281 arrests", "jcode.spector.arrests", "281", "arrests")
    + value("huntor", "150 arrests", "jcode.dark_huntor.arrests", "150", "arrests")
    + value("us", "153 were in the United States", "jcode.spector.us.arrests", "153", "arrests")
    + '[[claim]]\nid = "most"\nkind = "superlative"\nquote = "the most ever"\n'
    'measure = "jcode.spector.arrests"\namong = ["{pattern}"]\n\n'
)


DEEPER = ["jcode.spector.eu.arrests", "jcode.spector.us.arrests"]


@pytest.mark.parametrize(
    ("pattern", "members"),
    [
        ("jcode.*.arrests", ["jcode.dark_huntor.arrests"]),
        ("jcode.*_*.arrests", ["jcode.dark_huntor.arrests"]),
        ("jcode.**.arrests", ["jcode.dark_huntor.arrests", *DEEPER]),
        ("**.arrests", ["jcode.dark_huntor.arrests", *DEEPER]),
        ("jcode.**", ["jcode.dark_huntor.arrests", *DEEPER]),
        ("jcode.????????.arrests", []),
        ("jcode.[a-d]*.arrests", ["jcode.dark_huntor.arrests"]),
    ],
)
def test_a_star_matches_one_segment_of_a_measure_key(
    tmp_path: Path, pattern: str, members: list[str]
) -> None:
    """'*' stands for characters within one segment of a key, as in path globs: a measure one
    level deeper ('jcode.spector.us.arrests') is not an operation; '**' reaches any depth."""
    run(tmp_path, OPERATIONS, OPERATION_CLAIMS.replace("{pattern}", pattern))
    ctx = Context.build(factcheck.load(tmp_path))
    (entry,) = [e for e in ctx if isinstance(e.claim, SuperlativeClaim)]
    assert isinstance(entry.claim, SuperlativeClaim)
    assert ctx.superlative_members(entry.claim) == members
    keys = sorted(ctx.all_measure_keys() - {"jcode.spector.arrests"})
    assert [key for key in keys if entry.claim.matches(key)] == members


def test_most_ever_holds_when_a_deeper_measure_shares_the_pattern(tmp_path: Path) -> None:
    """'jcode.*.arrests' is the operations' arrests: SpecTor's arrests by region (keys one segment
    deeper, one without a figure) do not join the group, and 'the most ever' holds against Dark
    HunTor; with 'jcode.**.arrests' they do, and the claim is not checked."""
    report = run(tmp_path, OPERATIONS, OPERATION_CLAIMS.replace("{pattern}", "jcode.*.arrests"))
    assert codes(report) == []
    (held,) = [c for c in report.checks if c.rule == "FC203"]
    assert (held.status, held.message) == (
        "holds",
        "“the most ever”: 281 arrests against 150 arrests (jcode.dark_huntor.arrests)",
    )
    deep = run(tmp_path, OPERATIONS, OPERATION_CLAIMS.replace("{pattern}", "jcode.**.arrests"))
    (unchecked,) = [c for c in deep.checks if c.rule == "FC203"]
    assert unchecked.status == "unchecked"


@pytest.mark.parametrize(
    ("pattern", "error"),
    [
        ("jcode.a**.arrests", "'**' stands for whole segments"),
        ("jcode.y201[3-9.arrests", "needs its ']'"),
        ("jcode.y201[].arrests", "needs its ']'"),
        ("jcode.y2013].arrests", "']' without its '['"),
        ("Jcode.*.arrests", "is not a measure key or pattern"),
    ],
)
def test_a_malformed_pattern_is_refused(pattern: str, error: str) -> None:
    """A pattern that would silently match nothing is refused, saying what is wrong."""
    with pytest.raises(ValueError, match=re.escape(error)):
        measure_pattern(pattern)
    with pytest.raises(pydantic.ValidationError, match=re.escape(error)):
        SuperlativeClaim(id="s", quote="q", measure="jcode.a.arrests", among=[pattern])


INNINGS = "India made 170: Nair 71, Rao 52, Iyer 38, extras 9. Nair top-scored.\n"
INNINGS_CLAIMS = """
[[claim]]
id = "innings"
kind = "breakdown"
quote = "India made 170: Nair 71, Rao 52, Iyer 38, extras 9."
measure = "final.india.runs"
value = 170
unit = "runs"
complete = true
{list_measure}items = [
  {{ name = "Nair", value = 71 }},
  {{ name = "Rao", value = 52 }},
  {{ name = "Iyer", value = 38 }},
  {{ name = "extras", value = 9 }},
]

[[claim]]
id = "top"
kind = "superlative"
quote = "Nair top-scored"
measure = "final.india.runs.nair"
among = {among}
"""


@pytest.mark.parametrize(
    ("list_measure", "among", "members"),
    [
        ("", '["final.india.runs.*"]', 3),  # the default count of the items is not a member
        ('list_measure = "final.india.batters"\n', '["final.india.runs.*"]', 3),
        ("", '["final.india.runs.*", "final.india.runs.items"]', 4),  # named: a member
    ],
)
def test_a_breakdowns_count_of_items_is_no_member_of_its_items_group(
    tmp_path: Path, list_measure: str, among: str, members: int
) -> None:
    """ "Nair top-scored" among the innings' items (`final.india.runs.*`) is checked against the
    other scores, not against the breakdown's count of its items, which is on the default key
    `final.india.runs.items` (it was a member without a figure: "not checked"); a pattern that
    names the key keeps it."""
    claims = INNINGS_CLAIMS.format(list_measure=list_measure, among=among)
    report = run(tmp_path, INNINGS, claims)
    assert codes(report) == []
    (held,) = [c for c in report.checks if c.rule == "FC203"]
    assert held.message.count("(final.india.runs.") == 3
    assert (held.status == "holds") == (members == 3)
