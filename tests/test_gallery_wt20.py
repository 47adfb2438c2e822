"""The multi-outlet gallery example of a cricket final (docs/gallery/wt20-final-2025-11/): the
findings are exactly the ones its EXPECTED.md lists (three planted errors and one statement no
claim can say), every conversion is checked against the day's rates, and correcting a planted
error removes its finding and nothing else."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck import Report

FOLDER = Path(__file__).parent.parent / "docs" / "gallery" / "wt20-final-2025-11"
ROW = re.compile(
    r"^\| (?P<n>[a-z]) \| (?P<rule>FC\d{3}) \| `(?P<file>[\w.-]+)` \| (?P<who>[^|]+) \|"
)


def expected() -> dict[str, tuple[str, str, str]]:
    """The findings EXPECTED.md lists: letter -> (rule, claim file, claim id or article line)."""
    rows = {}
    for line in (FOLDER / "EXPECTED.md").read_text(encoding="utf-8").splitlines():
        if (m := ROW.match(line)) is not None:
            rows[m["n"]] = (m["rule"], m["file"], m["who"].strip().strip("`"))
    return rows


def found(report: Report) -> set[tuple[str, str, str]]:
    """The report's unacknowledged findings: (rule, claim file, the claim at fault, without an
    implied claim's " [item]"; for a statement no claim quotes, its line and words)."""
    out = set()
    for f in report.findings:
        assert not f.acknowledged
        if f.rule == "FC902":
            assert f.file is not None
            words = re.search(r"“[^”]+”", f.message)
            assert words is not None
            out.add((f.rule, Path(f.file).name, f"line {f.article_line}: {words[0]}"))
            continue
        suspects = {ref.id.split(" [")[0] for ref in f.suspects}
        assert len(suspects) == 1, f.message
        (file,) = {Path(ref.file).name for ref in f.suspects}
        out.add((f.rule, file, suspects.pop()))
    return out


def test_expected_lists_the_three_planted_errors_and_one_warning() -> None:
    """EXPECTED.md's tables name four findings: three contradictions and FC902."""
    rules = sorted(rule for rule, _, _ in expected().values())
    assert rules == ["FC106", "FC201", "FC501", "FC902"]


def test_the_report_has_exactly_the_findings_expected() -> None:
    """The check finds each planted error once, with its claim at fault, and nothing else."""
    report = factcheck.check(factcheck.load(FOLDER))
    assert found(report) == set(expected().values())
    assert report.exit_code == 1


def test_every_conversion_is_checked_against_the_rate_of_the_friday() -> None:
    """The articles of Sunday and Monday are checked against Friday's rates: eight conversions
    hold (AUD, GBP, INR), one does not, none is left unchecked."""
    report = factcheck.check(factcheck.load(FOLDER))
    held = [c.message for c in report.checks if c.rule == "FC106" and c.status == "holds"]
    assert len(held) == 8
    assert {m.split(" at ")[-1].split(" on ")[0] for m in held} == {
        "USD/AUD 1.5385", "USD/GBP 0.760456", "USD/INR 88.7"
    }  # fmt: skip
    assert all("on 2025-11-14" in m for m in held)
    assert not [c for c in report.checks if c.rule == "FC106" and c.status != "holds"]
    (wrong,) = [f for f in report.findings if f.rule == "FC106"]
    assert "14.19 crore INR" in wrong.explanation


def test_the_ranges_the_change_range_and_the_breakdowns_hold() -> None:
    """The true statements are confirmed: the prize pool's breakdown adds up, the audience's
    ranges (in millions and in crore) agree with each other and with the change range."""
    report = factcheck.check(factcheck.load(FOLDER))
    held = {(c.rule, c.message.split("”")[0].lstrip("“")) for c in report.checks
            if c.status == "holds"}  # fmt: skip
    assert ("FC202", "up 15 to 20 per cent on the 275 million who watched the 2023 final") in held
    assert any(rule == "FC201" and q.startswith("The prize pool") for rule, q in held)
    assert any(m.startswith("wt20_2025.final.audience:") and "3 sources agree" in m
               for m in (c.message for c in report.checks))  # fmt: skip


CORRECTIONS = {
    "a": [("the-chronicle", "90,542", "90,452")],
    "b": [("bombay-sentinel", "Desai 13", "Desai 11"),
          ("bombay-sentinel", "value = 13", "value = 11")],
    "c": [("bombay-sentinel", "1.42 crore", "14.2 crore"), ("bombay-sentinel", "1.42", "14.2")],
}  # fmt: skip


@pytest.mark.parametrize("error", sorted(CORRECTIONS))
def test_correcting_a_planted_error_removes_its_finding_only(tmp_path: Path, error: str) -> None:
    """Corrected in the article and its claim file, a planted error's finding goes, and the
    others stay: the errors are independent."""
    folder = tmp_path / "wt20"
    shutil.copytree(FOLDER, folder)
    for name, old, new in CORRECTIONS[error]:
        for suffix in (".txt", ".toml"):
            path = folder / f"{name}{suffix}"
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    report = factcheck.check(factcheck.load(folder))
    rows = expected()
    assert found(report) == {row for n, row in rows.items() if n != error}
