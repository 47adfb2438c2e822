"""The seed article end to end: what the check finds, confirms, and catches when we plant errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck import Report

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
ARTICLE = "article-2023-05-02-operation-spector"


@pytest.fixture(scope="module")
def seed() -> Report:
    """The report on the seed's claim files."""
    return factcheck.check(factcheck.load(CLAIMS))


def test_seed_passes_with_its_findings_acknowledged(seed: Report) -> None:
    """The seed exits 0: its two findings are acknowledged, nothing else is found."""
    assert seed.exit_code == 0
    assert [(f.rule, f.acknowledged) for f in seed.findings] == [("FC202", True), ("FC303", True)]
    assert seed.summary()["files"] == 2


def test_seed_refutes_more_than_double(seed: Report) -> None:
    """'more than double that of the previous operation' is refuted by Dark HunTor's 150: it is
    the suspect, against 281 arrests (and 'nearly 300 suspects') and the reference's 150."""
    finding = next(f for f in seed.findings if f.rule == "FC202")
    assert {c.id for c in finding.suspects} == {"arrests-more-than-double-previous"}
    assert {c.id for c in finding.claims} == {
        "arrests-more-than-double-previous",
        "arrests-281",
        "arrests-nearly-300",
        "dark-huntor-arrests",
    }
    assert finding.gap is not None and finding.gap.describe() == "6.3%"
    assert "more than 2 × 150 arrests = 300 arrests; it is 281 arrests" in finding.explanation


def test_seed_flags_the_country_list_and_its_eighth(seed: Report) -> None:
    """Seven named of 'eight countries'; the eighth must lie off Europe and South America, and the
    article names the United States most."""
    finding = next(f for f in seed.findings if f.rule == "FC303")
    assert finding.message == "7 of 8 countries are named; 1 unnamed"
    assert "outside Europe and South America" in finding.explanation
    assert "The article also mentions United States (North America" in finding.explanation


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FC101", "“arrested nearly 300 suspects” agree (281 arrests)"),
        ("FC201", "64 kg against 850 kg"),
        ("FC203", "most ever for any JCODE operation”: 281 arrests against"),
        ("FC401", "2023-05-02 was a Tuesday"),
        ("FC402", "2023-04-01..2023-04-30 fits"),
        ("FC304", "named items span Europe, South America"),
    ],
)
def test_seed_confirms_what_holds(seed: Report, rule: str, words: str) -> None:
    """The report confirms 281 is 'nearly 300', 64 kg within 850 kg, 'the most ever', Tuesday."""
    assert any(c.rule == rule and c.status == "holds" and words in c.message for c in seed.checks)


def _plant(tmp_path: Path, article: tuple[str, str] | None, claims: tuple[str, str]) -> Report:
    target = tmp_path / "claims"
    shutil.copytree(CLAIMS, target)
    text_path, claims_path = target / f"{ARTICLE}.txt", target / f"{ARTICLE}.toml"
    text, toml = text_path.read_text(encoding="utf-8"), claims_path.read_text(encoding="utf-8")
    if article is not None:
        assert article[0] in text
        text, toml = text.replace(article[0], article[1]), toml.replace(article[0], article[1])
    assert claims[0] in toml
    toml = toml.replace(claims[0], claims[1])
    text_path.write_text(text, encoding="utf-8")
    claims_path.write_text(toml, encoding="utf-8")
    return factcheck.check(factcheck.load(target))


PLANTED = {
    "larger part than its whole, in another unit": (
        ("64 kilograms of fentanyl", "2,000 pounds of fentanyl"),
        ('value = 64\nunit = "kg"', 'value = 2000\nunit = "lb"'),
        "FC201",
        "fentanyl-64-kg",
    ),
    "wrong weekday": (
        ("announced on Tuesday", "announced on Wednesday"),
        ('weekday = "Tuesday"', 'weekday = "Wednesday"'),
        "FC401",
        "announced-tuesday",
    ),
    "count below the names": (
        ("in eight countries, including", "in six countries, including"),
        ('count = 8\nunit = "countries"\nitems', 'count = 6\nunit = "countries"\nitems'),
        "FC301",
        "countries-eight-named",
    ),
    "a hedge the value breaks": (
        ("arrested nearly 300 suspects", "arrested nearly 250 suspects"),
        ('hedge = "nearly"\nvalue = 300', 'hedge = "nearly"\nvalue = 250'),
        "FC101",
        "arrests-nearly-300",
    ),
    "a typo in the claim file": (
        None,
        ('value = 281\nunit = "arrests"', 'value = 218\nunit = "arrests"'),
        "FC102",
        "arrests-281",
    ),
}


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_planted_contradiction_is_found(tmp_path: Path, case: str) -> None:
    """A contradiction planted in the article and its claims fails the check, naming the claim."""
    article, claims, rule, claim_id = PLANTED[case]
    report = _plant(tmp_path, article, claims)
    assert report.exit_code == 1
    assert any(
        f.rule == rule and not f.acknowledged and claim_id in {c.id for c in f.claims}
        for f in report.findings
    ), [(f.rule, f.message) for f in report.findings]


def test_restating_in_another_unit_changes_nothing(tmp_path: Path) -> None:
    """850 kilograms restated as 1,874 pounds (article and claim) raises nothing new."""
    report = _plant(
        tmp_path,
        ("850 kilograms of drugs", "1,874 pounds of drugs"),
        ('value = 850\nunit = "kg"', 'value = 1874\nunit = "lb"'),
    )
    assert report.exit_code == 0
    assert [(f.rule, f.acknowledged) for f in report.findings] == [("FC202", True), ("FC303", True)]
