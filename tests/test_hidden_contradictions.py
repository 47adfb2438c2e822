"""A right figure between two wrong ones: every contradiction is reported, none is "confirmed".

Setting aside the one claim whose removal makes everything else consistent keeps one wrong
figure from giving a cascade of findings. When that claim is right and two others are wrong, the
second contradiction would hide behind the first; the engine looks for it and, when it is of
another kind, tells it in the first finding's explanation.
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
    """2024-08-11 was a Sunday, and August 11 to 14 is not more than 5 days. Setting the date
    aside explains both, so there is one finding; its explanation tells the second contradiction
    too, and the weekday is not listed as confirmed."""
    report = run(tmp_path, FIRE, FIRE_CLAIMS, published="2024-08-15")
    assert codes(report) == ["FC403"]
    assert ids(report, "FC403") == {"aug11", "aug14", "days"}
    (found,) = report.findings
    assert "“August 11” is also part of another contradiction, FC401 weekday-mismatch" in (
        found.explanation
    )
    assert "- sat: fire.start is a Saturday" in found.explanation
    assert "Either “August 11” is wrong, or each of the two contradictions" in found.explanation
    assert not [c for c in report.checks if c.rule == "FC401"]


def test_acknowledging_it_keeps_the_second_contradiction_in_view(tmp_path: Path) -> None:
    """The acknowledged finding still carries the weekday's contradiction in its explanation."""
    ack = (
        '\n[[acknowledge]]\nrule = "FC403"\nclaims = ["days", "aug14", "aug11"]\n'
        'note = "The duration is being corrected."\n'
    )
    report = run(tmp_path, FIRE, FIRE_CLAIMS + ack, published="2024-08-15")
    (found,) = report.findings
    assert found.acknowledged
    assert "FC401 weekday-mismatch" in found.explanation
    assert not [c for c in report.checks if c.rule == "FC401"]


def test_one_wrong_figure_against_several_claims_is_one_finding(tmp_path: Path) -> None:
    """'More than double' against 281 and 150, and against 'at most 300': the same wrong
    claim, the same kind of finding: reported once."""
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
