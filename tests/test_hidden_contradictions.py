"""A right figure between two wrong ones: every contradiction is reported, none is "confirmed".

Setting aside the one claim whose removal makes everything else consistent keeps one wrong
figure from giving a cascade of findings. When that claim is right and two others are wrong, the
second contradiction would hide behind the first; the engine looks for it and, when it is of
another kind, reports it too, each finding naming the claim they share.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_engine import codes, ids, run, value

FIRE = "The fire broke out on Saturday, August 11, and was contained on August 14. Crews battled it for more than 5 days."  # noqa: E501

FIRE_CLAIMS = """
[[claim]]
id = "sat"
kind = "weekday"
quote = "broke out on Saturday"
weekday = "Saturday"
measure = "fire.start"
within_days = 6

[[claim]]
id = "aug11"
kind = "date"
quote = "August 11"
measure = "fire.start"
date = 2024-08-11

[[claim]]
id = "aug14"
kind = "date"
quote = "contained on August 14"
measure = "fire.contained"
date = 2024-08-14

[[claim]]
id = "days"
kind = "duration"
quote = "battled it for more than 5 days"
value = 5
unit = "days"
hedge = "more than"
since = "fire.start"
until = "fire.contained"
"""


def test_a_wrong_weekday_and_a_wrong_duration_around_a_right_date(tmp_path: Path) -> None:
    """2024-08-11 was a Sunday, and August 11 to 14 is not more than 5 days: two findings, each
    saying that the other shares the date, and the weekday is not listed as confirmed."""
    report = run(tmp_path, FIRE, FIRE_CLAIMS, published="2024-08-15")
    assert codes(report) == ["FC401", "FC403"]
    assert ids(report, "FC401") == {"sat", "aug11"}
    assert ids(report, "FC403") == {"aug11", "aug14", "days"}
    weekday, duration = sorted(report.findings, key=lambda f: f.rule)
    assert "“August 11” is also part of the FC403 period-mismatch finding" in weekday.explanation
    assert "“August 11” is also part of an FC401 weekday-mismatch finding" in duration.explanation
    assert not [c for c in report.checks if c.rule == "FC401"]


def test_each_can_be_acknowledged_on_its_own(tmp_path: Path) -> None:
    """Acknowledging the duration leaves the wrong weekday reported (exit 1); acknowledging both
    ends the run clean."""
    ack_duration = (
        '\n[[acknowledge]]\nrule = "FC403"\nclaims = ["days", "aug14", "aug11"]\n'
        'note = "The duration is being corrected."\n'
    )
    ack_weekday = (
        '\n[[acknowledge]]\nrule = "FC401"\nclaims = ["sat", "aug11"]\n'
        'note = "The weekday is being corrected."\n'
    )
    report = run(tmp_path, FIRE, FIRE_CLAIMS + ack_duration, published="2024-08-15")
    assert codes(report) == ["FC401"]
    assert report.exit_code == 1
    report = run(tmp_path, FIRE, FIRE_CLAIMS + ack_duration + ack_weekday, published="2024-08-15")
    assert codes(report) == []
    assert report.exit_code == 0


def test_one_wrong_figure_against_several_claims_is_one_finding(tmp_path: Path) -> None:
    """'More than double' against 281 and 150, and against 'at most 300': the same wrong
    claim, the same kind of finding: reported once, naming the other claim it cannot hold with."""
    text = "It made 281 arrests, at most 300, more than double the 150 of the previous one."
    claims = (
        value("a", "281 arrests", "op.arrests", "281", "arrests")
        + value("cap", "at most 300", "op.arrests", "300", "arrests", "at most")
        + value("b", "the 150 of the previous one", "prev.arrests", "150", "arrests")
        + '[[claim]]\nid = "double"\nkind = "multiple"\nquote = "more than double"\n'
        'measure = "op.arrests"\nof = "prev.arrests"\nfactor = "double"\nhedge = "more than"\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC202"]
    assert ids(report, "FC202") == {"a", "b", "double"}
    assert "also cannot hold with “at most 300” (cap)." in report.findings[0].explanation


def test_a_second_refuted_relation_of_the_same_kind_is_its_own_finding(tmp_path: Path) -> None:
    """A is 100, 'A is double B' with B 60, 'A is three times C' with C 40: A is set aside for
    the first FC202, and the second relation, about other measures, is a finding of its own (so
    acknowledging one leaves the other); neither is listed as confirmed."""
    text = "A was 100. A is double B. B was 60. A is three times C. C was 40."
    claims = (
        value("a", "A was 100", "x.a", "100", "USD")
        + value("b", "B was 60", "x.b", "60", "USD")
        + value("c", "C was 40", "x.c", "40", "USD")
        + '[[claim]]\nid = "double"\nkind = "multiple"\nquote = "A is double B"\n'
        'measure = "x.a"\nof = "x.b"\nfactor = "double"\n\n'
        '[[claim]]\nid = "triple"\nkind = "multiple"\nquote = "A is three times C"\n'
        'measure = "x.a"\nof = "x.c"\nfactor = 3\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC202", "FC202"]
    assert sorted(sorted(c.id for c in f.claims) for f in report.findings) == [
        ["a", "b", "double"],
        ["a", "c", "triple"],
    ]
    assert not [c for c in report.checks if c.rule == "FC202" and c.status == "holds"]


def test_findings_do_not_depend_on_the_order_of_the_claims(tmp_path: Path) -> None:
    """The fire's claims in reverse order give the same findings."""
    blocks = FIRE_CLAIMS.strip().split("\n\n")
    (tmp_path / "f").mkdir()
    (tmp_path / "b").mkdir()
    forward = run(tmp_path / "f", FIRE, FIRE_CLAIMS, published="2024-08-15")
    backward = run(tmp_path / "b", FIRE, "\n\n".join(reversed(blocks)), published="2024-08-15")
    assert [(f.rule, {c.id for c in f.claims}) for f in forward.findings] == [
        (f.rule, {c.id for c in f.claims}) for f in backward.findings
    ]
