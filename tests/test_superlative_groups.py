"""A superlative is confirmed only against its whole group: members without a figure are named."""

from __future__ import annotations

from pathlib import Path

from tests.test_engine import codes, run, value

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
