"""`factcheck draft` proposes claims that do not contradict each other or their quotes: each
bug the trial of issue 10 found, in more than one spelling."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.draft.mentions import mentions


def _draft(tmp_path: Path, text: str) -> tuple[list[dict], factcheck.Report]:
    article = tmp_path / "copy-2025-01-02.txt"
    article.write_text(text, encoding="utf-8")
    target = tmp_path / "copy.toml"
    err = io.StringIO()
    assert main(["draft", str(article), "-o", str(target)], stdout=io.StringIO(), stderr=err) == 0
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    return data["claim"], factcheck.check(factcheck.load(target))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Officers seized 1 240 kilograms of drugs.", 1240, "kilograms"),
        ("The port handled 12 500 000 tonnes of cargo.", 12500000, "tonnes"),
        ("Police found 3 240 weapons.", 3240, "weapons"),
    ],
)
def test_a_space_between_thousands_is_one_figure(tmp_path, text, value, unit):
    """“1 240 kilograms” is 1,240 kilograms in the mention and in the drafted claim."""
    (m,) = mentions(text)
    assert m.value == value and m.written.replace(" ", "") == str(value)
    claims, report = _draft(tmp_path, text)
    (claim,) = [c for c in claims if c["kind"] == "value"]
    assert (claim["value"], claim["unit"]) == (value, unit)
    assert list(report.contradictions) == []
