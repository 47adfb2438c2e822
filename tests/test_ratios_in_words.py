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


def changes(text_claims: list[tuple[str, str, str]]) -> str:
    """Multiples written as changes: (id, quote, change and hedge lines)."""
    return "".join(
        f'[[claim]]\nid = "{cid}"\nkind = "multiple"\nquote = "{quote}"\n'
        f'measure = "co.now"\nof = "co.before"\n{fields}\n\n'
        for cid, quote, fields in text_claims
    )


@pytest.mark.parametrize(
    ("sentence", "quote", "fields", "now", "expected"),
    [
        ("Sales rose 12 percent", "Sales rose 12 percent", 'change = "+12%"', "112", []),
        ("Sales rose 12 percent", "Sales rose 12 percent", 'change = "+12%"', "115", ["FC202"]),
        ("Sales rose 12 percent", "Sales rose 12 percent", 'change = "+15%"', "115", ["FC102"]),
        (
            "Costs fell more than 20 percent",
            "Costs fell more than 20 percent",
            'change = "-20%"\nhedge = "more than"',
            "75",
            [],
        ),
        (
            "Costs fell more than 20 percent",
            "Costs fell more than 20 percent",
            'change = "-20%"\nhedge = "more than"',
            "85",
            ["FC202"],
        ),
        ("Staff fell by a quarter", "Staff fell by a quarter", 'change = "-a quarter"', "75", []),
    ],
)
def test_a_change_in_percent(
    tmp_path: Path, sentence: str, quote: str, fields: str, now: str, expected: list[str]
) -> None:
    """'rose 12 percent' is change = '+12%' (a factor of 1.12); for a fall the hedge applies to
    the size of the fall, as the article words it."""
    text = f"{sentence}, to {now} from 100."
    claims = (
        value("now", f"to {now}", "co.now", f'"{now}"', "items")
        + value("before", "from 100", "co.before", "100", "items")
        + changes([("change", quote, fields)])
    )
    assert codes(run(tmp_path, text, claims)) == expected


@pytest.mark.parametrize(("remote", "expected"), [("333", []), ("400", ["FC202"])])
def test_a_third_of_a_count_is_rounded_to_a_whole_one(
    tmp_path: Path, remote: str, expected: list[str]
) -> None:
    """'a third of the 1,000 staff' is 333 people, the nearest whole number."""
    text = f"Of the 1,000 staff, a third work remotely: {remote} people."
    claims = (
        value("staff", "Of the 1,000 staff", "acme.staff", '"1,000"', "people")
        + value("remote", f"{remote} people", "acme.remote", remote, "people")
        + '[[claim]]\nid = "third"\nkind = "share"\nquote = "a third work remotely"\n'
        'measure = "acme.remote"\nof = "acme.staff"\nfraction = "a third"\n'
    )
    assert codes(run(tmp_path, text, claims)) == expected


def test_a_change_against_the_direction_its_quote_says(tmp_path: Path) -> None:
    """'Sales fell 12 percent' with change = '+12%': FC102 says the quote says 'fell'."""
    text = "Sales fell 12 percent."
    claims = changes([("change", "Sales fell 12 percent", 'change = "+12%"')])
    claims = '[measures]\n"co.now" = "sales now"\n"co.before" = "sales before"\n\n' + claims
    report = run(tmp_path, text, claims)
    assert [f.message for f in report.findings if f.rule == "FC102"] == [
        "claim change: the quote says 'fell' but the claim's change is a rise"
    ]


def test_a_relative_phrase_is_a_whole_phrase_of_its_quote(tmp_path: Path) -> None:
    """'last week' is not in 'last weekend': FC102."""
    claims = (
        '[[claim]]\nid = "when"\nkind = "relative_date"\nquote = "the fair last weekend"\n'
        'phrase = "last week"\n'
    )
    report = run(tmp_path, "Crowds came to the fair last weekend.", claims)
    assert [f.message for f in report.findings if f.rule == "FC102"] == [
        "claim when: the quote does not say 'last week'"
    ]
