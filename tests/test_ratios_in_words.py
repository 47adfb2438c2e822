"""Ratios as newsrooms write them: "one in five", "one and a half times"."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value


@pytest.mark.parametrize(
    ("quote", "fraction", "expected"),
    [
        ("about one in five of them developed a fever", '"1/5"', []),
        ("about one in five of them developed a fever", '"1/4"', ["FC102"]),
        ("three out of ten of them developed a fever", "0.3", []),
        ("about one in five of them developed a fever", '"one in five"', []),
        ("three out of ten of them developed a fever", '"3 out of 10"', []),
    ],
)
def test_one_in_five_is_a_share(
    tmp_path: Path, quote: str, fraction: str, expected: list[str]
) -> None:
    text = f"Of 500 cases, {quote}."
    hedge = 'hedge = "about"\n' if quote.startswith("about") else ""
    claims = (
        value("cases", "500 cases", "flu.cases", "500", "cases")
        + '[[claim]]\nid = "fever"\nkind = "share"\n'
        f'quote = "{quote}"\nmeasure = "flu.fever"\nof = "flu.cases"\nfraction = {fraction}\n'
        + hedge
    )
    assert [c for c in codes(run(tmp_path, text, claims)) if c == "FC102"] == expected


def test_one_and_a_half_times_is_a_factor(tmp_path: Path) -> None:
    text = "It burned 12,000 hectares, one and a half times the 8,000 hectares of 2020."
    claims = (
        value("now", "12,000 hectares", "fire.area", '"12,000"', "hectares")
        + value("then", "the 8,000 hectares of 2020", "old.area", '"8,000"', "hectares")
        + '[[claim]]\nid = "ratio"\nkind = "multiple"\nquote = "one and a half times"\n'
        'measure = "fire.area"\nof = "old.area"\nfactor = 1.5\n'
    )
    assert codes(run(tmp_path, text, claims)) == []
