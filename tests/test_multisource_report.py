"""The multi-source gallery example (docs/gallery/operation-lodestar-2025-06/) against its manifest:
one finding per planted error naming its suspect, one disputed finding for the tie, nothing else;
the same findings whatever the order of the files, and with an agreeing file added."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import Finding, Report

ROOT = Path(__file__).resolve().parent.parent
MANIFEST: dict[str, Any] = tomllib.loads(
    (ROOT / "tests" / "data" / "operation-lodestar-2025-06-expected.toml").read_text("utf-8")
)
CORPUS = ROOT / MANIFEST["corpus"]
FILES = sorted(CORPUS.glob("*.toml"))
EXTRA = [ROOT / e["folder"] / name for e in MANIFEST["extra"] for name in e["files"]]

Ref = tuple[str, str]


def refs(items: list[dict[str, str]]) -> set[Ref]:
    return {(r["file"], r["id"]) for r in items}


def named(claims: Any) -> set[Ref]:
    return {(Path(c.file).name, c.id) for c in claims}


def contradictions(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.severity == "contradiction"]


def signature(report: Report) -> list[tuple[str, str | None, frozenset[Ref]]]:
    """What the findings say, independent of paths: rule, status, claims at fault."""
    return sorted(
        (f.rule, f.status, frozenset(named(f.suspects))) for f in contradictions(report)
    )


@pytest.fixture(scope="module")
def report() -> Report:
    return factcheck.check(factcheck.load(CORPUS))


def test_one_finding_per_planted_error_and_one_for_the_tie(report: Report) -> None:
    """Five planted errors and one tie: six contradictions, no warning."""
    assert len(contradictions(report)) == len(MANIFEST["error"]) + len(MANIFEST["dispute"])
    assert not [f for f in report.findings if f.severity == "warning"]


@pytest.mark.parametrize("error", MANIFEST["error"], ids=lambda e: e["id"])
def test_each_planted_error_names_its_suspect_and_its_gap(report: Report, error: dict[str, Any]
                                                          ) -> None:  # fmt: skip
    """The planted error is one finding whose claims at fault are the manifest's suspects, with
    the manifest's gap (a breakdown that does not add up may be disputed among its items)."""
    suspects = refs(error["suspects"])
    found = [f for f in contradictions(report) if suspects <= named(f.suspects)]
    assert len(found) == 1, [f.message for f in contradictions(report)]
    (finding,) = found
    if finding.status == "suspect":
        assert named(finding.suspects) == suspects
    assert refs(error.get("agreeing", [])) <= named(finding.claims)
    if finding.gap is not None and finding.gap.relative is not None:
        assert float(finding.gap.relative) * 100 == pytest.approx(error["gap_percent"], abs=0.05)


def test_the_tie_is_one_disputed_finding_naming_both_sides(report: Report) -> None:
    """Two sources say 117 firearms, two say 171: one disputed finding, its sides as the manifest
    gives them, none picked."""
    (dispute,) = MANIFEST["dispute"]
    found = [f for f in contradictions(report) if f.status == "disputed" and f.rule == "FC501"]
    (finding,) = found
    assert {frozenset(named(side)) for side in finding.sides} == {
        frozenset(refs(side["claims"])) for side in dispute["sides"]
    }
    assert finding.gap is not None and finding.gap.describe() == "31.6%"


def test_restatements_are_never_at_fault(report: Report) -> None:
    """No claim the manifest lists as agreeing is a suspect."""
    agreeing = set().union(*(refs(a["claims"]) for a in MANIFEST["agree"]))
    suspected = set().union(*(named(f.suspects) for f in contradictions(report)))
    assert not agreeing & suspected


def test_confirmed_checks_leave_suspects_out_and_never_show_an_empty_interval(
    report: Report,
) -> None:
    """A check listed as held names no claim at fault, and no inverted interval such as
    '[65, 36]'."""
    suspected = set().union(*(named(f.suspects) for f in contradictions(report)))
    for check in report.checks:
        if check.status == "holds":
            assert not named(check.claims) & suspected, check.message
            assert "[65, 36]" not in check.message and "[288, 281]" not in check.message


@pytest.mark.parametrize("order", ["reversed", "rotated"])
def test_the_findings_do_not_depend_on_the_order_of_the_files(report: Report, order: str) -> None:
    """The files loaded in another order give the same findings."""
    files = list(reversed(FILES)) if order == "reversed" else FILES[4:] + FILES[:4]
    assert signature(factcheck.check(factcheck.load(*files))) == signature(report)


def test_an_agreeing_file_adds_no_finding_and_removes_none(report: Report) -> None:
    """A wire rewrite that agrees with the majority on every figure changes no finding."""
    assert signature(factcheck.check(factcheck.load(CORPUS, *EXTRA))) == signature(report)


def test_min_gap_moves_the_headline_rounding_to_minor() -> None:
    """With --min-gap 1 (percent), the '$31 million' headline (0.16%) is minor: listed apart, it
    does not fail the run; the other errors still do."""
    from fractions import Fraction

    report = factcheck.check(factcheck.load(CORPUS), min_gap=Fraction(1, 100))
    minor = [named(f.suspects) for f in report.minor]
    assert {("tri-county-ledger.toml", "cash-31-million-headline")} in minor
    assert report.exit_code == 1
    assert report.summary()["minor"] == len(report.minor)
