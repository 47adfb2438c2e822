"""Spans that name their continents: "three continents: North America, South America and
Europe", checked against the countries of the lists (FC304)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run

from factcheck import ClaimFileError

TEXT = "Officers from five countries ({names}) took part. It spanned three continents: {groups}."


def claims(names: list[str], groups: list[str], complete: bool = True) -> str:
    listed = ", ".join(names)
    told = ", ".join(groups[:-1]) + " and " + groups[-1]
    return (
        f'[[claim]]\nid = "list"\nkind = "enumeration"\nquote = "five countries ({listed})"\n'
        f'measure = "op.countries"\ncount = 5\nunit = "countries"\n'
        f'items = {names!r}\ncomplete = true\nitem_type = "country"\n\n'.replace("'", '"')
        + f'[[claim]]\nid = "span"\nkind = "span"\nquote = "three continents: {told}"\n'
        f'measure = "op.continents"\nof = "op.countries"\ncount = 3\nunit = "continents"\n'
        f"items = {groups!r}\ncomplete = {str(complete).lower()}\n".replace("'", '"')
    )


def text(names: list[str], groups: list[str]) -> str:
    return TEXT.format(names=", ".join(names), groups=", ".join(groups[:-1]) + " and " + groups[-1])


FIVE = ["Germany", "France", "Brazil", "the United States", "Spain"]


@pytest.mark.parametrize(
    ("groups", "complete", "expected"),
    [
        (["North America", "South America", "Europe"], True, []),
        (["North America", "Asia", "Europe"], True, ["FC304"]),  # Brazil lies elsewhere
        (["North America", "Asia", "Europe"], False, ["FC304"]),  # four: Asia has no country
        (["north america", "the Americas".replace("the Americas", "Europe"), "South America"],
         True, []),
    ],
)  # fmt: skip
def test_named_continents_meet_the_named_countries(
    tmp_path: Path, groups: list[str], complete: bool, expected: list[str]
) -> None:
    """The named continents are spanned; with complete = true, no country lies on another."""
    report = run(tmp_path, text(FIVE, groups), claims(FIVE, groups, complete))
    assert codes(report) == expected
    if expected and complete:
        (found,) = report.findings
        assert "but Brazil (South America) lies elsewhere; no named item lies in Asia" in (
            found.message
        )


def test_a_continent_factcheck_does_not_know_is_an_error(tmp_path: Path) -> None:
    """'Eurasia' is not one of the seven continents: exit 2, naming the field."""
    groups = ["North America", "Eurasia", "Europe"]
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, text(FIVE, groups), claims(FIVE, groups))
    assert "'Eurasia' is not a continent" in str(caught.value)
    assert caught.value.field == "items" and caught.value.claim == "span"


def test_a_named_continent_must_be_in_the_quote(tmp_path: Path) -> None:
    """A continent in items that the quote does not write: FC102."""
    groups = ["North America", "South America", "Europe"]
    body = claims(FIVE, groups).replace('"Europe"]', '"Oceania"]')
    report = run(tmp_path, text(FIVE, groups), body)
    assert "FC102" in codes(report)
