"""`factcheck draft` keeps a figure's scale word in its claim's unit, so the drafted value is the
figure as written and agrees with its quote (issue 10: "1.2 million users" is not 1.2 users)."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.draft.mentions import mentions


def _draft(tmp_path: Path, text: str) -> tuple[dict, factcheck.Report]:
    article = tmp_path / "copy-2025-01-02.txt"
    article.write_text(text, encoding="utf-8")
    target = tmp_path / "copy.toml"
    err = io.StringIO()
    assert main(["draft", str(article), "-o", str(target)], stdout=io.StringIO(), stderr=err) == 0
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    return data, factcheck.check(factcheck.load(target))


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
def test_a_scale_word_before_the_counted_noun_stays_in_the_unit(tmp_path, text, value, unit):
    """The drafted value is the figure as written, the scale word in the unit, and no FC102."""
    data, report = _draft(tmp_path, text)
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
def test_a_range_with_a_scale_word_agrees_with_its_quote(tmp_path, text):
    """A range's ends are written in the unit's scale ("31-33 crore viewers")."""
    _data, report = _draft(tmp_path, text)
    assert list(report.contradictions) == []
