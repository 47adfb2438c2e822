"""Lists count the items they name, not the names: "the UK" and "the United Kingdom" are one
country; England, Scotland, Wales and Northern Ireland are four."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run


def listing(cid: str, quote: str, count: int, items: list[str], complete: bool) -> str:
    """A country list in TOML."""
    names = ", ".join(f'"{item}"' for item in items)
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "enumeration"\nquote = "{quote}"\n'
        f'measure = "{cid}.countries"\ncount = {count}\nunit = "countries"\n'
        f'item_type = "country"\nitems = [{names}]\ncomplete = {str(complete).lower()}\n\n'
    )


def test_a_complete_list_naming_one_country_twice_is_short(tmp_path: Path) -> None:
    """'three countries: the United Kingdom, the UK and France' names two countries: FC302,
    and the explanation says which names are the same country."""
    quote = "three countries: the United Kingdom, the UK and France"
    claims = listing("visit", quote, 3, ["United Kingdom", "UK", "France"], True)
    report = run(tmp_path, f"They visited {quote}.", claims)
    assert codes(report) == ["FC302"]
    (found,) = report.findings
    assert (
        found.message
        == "the complete list names 2 countries but the count of visit.countries is 3 countries"
    )
    assert "“United Kingdom” and “UK” name the same country, counted once." in found.explanation


def test_the_nations_of_the_uk_count_as_four(tmp_path: Path) -> None:
    """'The four countries of the UK are England, Scotland, Wales and Northern Ireland' holds."""
    quote = "The four countries of the UK are England, Scotland, Wales and Northern Ireland"
    items = ["England", "Scotland", "Wales", "Northern Ireland"]
    report = run(tmp_path, quote + ".", listing("uk", quote, 4, items, True))
    assert codes(report) == []
    assert [c.message for c in report.checks if c.rule == "FC302"] == [
        f"“{quote}”: 4 named, the complete list"
    ]


def test_more_names_than_the_count_is_fc301_not_a_value_conflict(tmp_path: Path) -> None:
    """Three countries named for 'two countries, including': FC301 (it was reported as the
    claim disagreeing with itself, FC101)."""
    quote = "two countries, including England and Scotland and France"
    claims = listing("band", quote, 2, ["England", "Scotland", "France"], False)
    assert codes(run(tmp_path, f"The band toured {quote}.", claims)) == ["FC301"]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            ["Austria", "France", "the Netherlands", "Holland"],
            "3 of 4 countries are named; 1 unnamed",
        ),
        (["Austria", "France", "Germany", "Poland"], None),
    ],
)
def test_a_partial_list_counts_distinct_countries(
    tmp_path: Path, items: list[str], expected: str | None
) -> None:
    """Holland and the Netherlands are one country: one of 'four countries' is unnamed."""
    quote = "four countries, including " + ", ".join(items)
    report = run(tmp_path, f"It involved {quote}.", listing("op", quote, 4, items, False))
    assert [f.message for f in report.findings if f.rule == "FC303"] == (
        [expected] if expected else []
    )


def test_nearly_five_countries_with_four_named_is_no_partial_list(tmp_path: Path) -> None:
    """'nearly 5 countries, including' four names: 'nearly 5' admits 4, nothing is unnamed."""
    items = ["France", "Germany", "Spain", "Italy"]
    quote = "nearly 5 countries, including France, Germany, Spain and Italy"
    claims = listing("op", quote, 5, items, False).replace(
        "complete = false\n", 'complete = false\nhedge = "nearly"\n'
    )
    report = run(tmp_path, f"It involved {quote}.", claims)
    assert codes(report) == []
