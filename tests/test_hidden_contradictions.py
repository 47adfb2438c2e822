"""One figure behind several contradictions: the cheapest correction decides.

When one claim's removal makes everything else consistent, it is the one suspect: one finding,
which names every contradiction it is part of (a wrong date behind a wrong weekday and a wrong
duration). When that claim is trusted more (a reference file), the cheapest correction doubts the
others instead, and each is a finding of its own; none is listed as confirmed.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_engine import codes, run, value

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


REFERENCE_DATE = """\
[reference]
id = "fire-service"
title = "Fire service log"
compiled = 2024-08-15

[[claim]]
id = "aug11"
kind = "date"
quote = "Fire reported 2024-08-11"
measure = "fire.start"
date = 2024-08-11
source = "County fire service incident log"
"""


def test_a_wrong_date_behind_a_wrong_weekday_and_a_wrong_duration(tmp_path: Path) -> None:
    """2024-08-11 was a Sunday, and August 11 to 14 is not more than 5 days: doubting the date
    alone makes both hold (a Saturday a week earlier), so the date is the one suspect, and its
    finding names the duration it cannot hold with either."""
    report = run(tmp_path, FIRE, FIRE_CLAIMS, published="2024-08-15")
    (found,) = report.findings
    assert {c.id for c in found.suspects} == {"aug11"}
    assert {"sat", "aug11", "aug14", "days"} <= {c.id for c in found.claims}
    assert "cannot hold with" in found.explanation
    assert not [c for c in report.checks if "aug11" in {r.id for r in c.claims}]


def _fire_with_a_logged_date(tmp_path: Path) -> str:
    claims = "\n\n".join(b for b in FIRE_CLAIMS.strip().split("\n\n") if '"aug11"' not in b)
    (tmp_path / "fire-service.toml").write_text(REFERENCE_DATE, encoding="utf-8")
    return claims + "\n"


def test_a_logged_date_makes_the_weekday_and_the_duration_suspects(tmp_path: Path) -> None:
    """With the date from the fire service's log (a reference weighs 3), doubting the weekday and
    the duration is cheaper: two findings, each naming its own suspect."""
    report = run(tmp_path, FIRE, _fire_with_a_logged_date(tmp_path), published="2024-08-15")
    assert codes(report) == ["FC401", "FC403"]
    suspects = {f.rule: {c.id for c in f.suspects} for f in report.findings}
    assert suspects == {"FC401": {"sat"}, "FC403": {"days"}}


def test_each_can_be_acknowledged_on_its_own(tmp_path: Path) -> None:
    """Acknowledging the duration leaves the wrong weekday reported (exit 1); acknowledging both
    ends the run clean."""
    ack_duration = (
        '\n[[acknowledge]]\nrule = "FC403"\nclaims = ["days"]\n'
        'note = "The duration is being corrected."\n'
    )
    ack_weekday = (
        '\n[[acknowledge]]\nrule = "FC401"\nclaims = ["sat"]\n'
        'note = "The weekday is being corrected."\n'
    )
    claims = _fire_with_a_logged_date(tmp_path)
    report = run(tmp_path, FIRE, claims + ack_duration, published="2024-08-15")
    assert codes(report) == ["FC401"]
    assert report.exit_code == 1
    report = run(tmp_path, FIRE, claims + ack_duration + ack_weekday, published="2024-08-15")
    assert codes(report) == []
    assert report.exit_code == 0


def test_one_wrong_figure_against_several_claims_is_one_finding(tmp_path: Path) -> None:
    """'More than double' against 281 and 150, and against 'at most 300': the same wrong
    claim, reported once, naming the other claim it cannot hold with."""
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
    (found,) = report.findings
    assert {c.id for c in found.suspects} == {"double"}
    assert {c.id for c in found.claims} == {"a", "b", "cap", "double"}
    assert "cannot hold with “at most 300” (cap) either" in found.explanation


def test_one_figure_that_fits_neither_relation_is_the_one_suspect(tmp_path: Path) -> None:
    """A is 100, 'A is double B' with B 60, 'A is three times C' with C 40: A = 120 would make
    both relations hold, so 'A was 100' is the one suspect (one wrong figure, one finding), and
    neither relation is listed as confirmed."""
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
    (found,) = report.findings
    assert found.rule == "FC202"
    assert {c.id for c in found.suspects} == {"a"}
    assert {c.id for c in found.claims} == {"a", "b", "c", "double", "triple"}
    assert not [c for c in report.checks if "a" in {r.id for r in c.claims}]


def test_findings_do_not_depend_on_the_order_of_the_claims(tmp_path: Path) -> None:
    """The fire's claims in reverse order give the same findings."""
    blocks = FIRE_CLAIMS.strip().split("\n\n")
    (tmp_path / "f").mkdir()
    (tmp_path / "b").mkdir()
    forward = run(tmp_path / "f", FIRE, FIRE_CLAIMS, published="2024-08-15")
    backward = run(tmp_path / "b", FIRE, "\n\n".join(reversed(blocks)), published="2024-08-15")
    assert [(f.rule, {c.id for c in f.claims}, f.key) for f in forward.findings] == [
        (f.rule, {c.id for c in f.claims}, f.key) for f in backward.findings
    ]
