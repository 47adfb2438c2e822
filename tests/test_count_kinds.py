"""The kind of thing a quote counts against the claim's count unit (FC102): people, places,
organisations and objects. Copy in the styles of several outlets; the figure is always right, so
the only question is whether the quote counts what the claim's unit counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

from factcheck.units import unit_info

# (sentence of the article, quote, figure, the claim's unit)
SAME_KIND = [
    # wire
    ("Police arrested nearly 300 suspects in eight countries.", "300 suspects", "300", "arrests"),
    ("Officials said 65 people were arrested in the U.S.", "65 people", "65", "arrests"),
    ("The storm left 42 dead and 17 injured.", "17 injured", "17", "items"),
    # broadsheet (British)
    ("Some 1,200 residents were evacuated overnight.", "1,200 residents", "1,200", "people"),
    ("Thirty-one victims have been identified.", "Thirty-one victims", "31", "people"),
    ("The cartel operated in 14 states and two provinces.", "14 states", "14", "places"),
    # tabloid
    ("COPS NAB 281 CROOKS: 281 arrests in dark web swoop", "281 arrests", "281", "suspects"),
    ("Cops seized 117 guns in the raids.", "117 guns", "117", "firearms"),
    # agency release
    ("The task force closed 9 companies and 3 banks.", "9 companies", "9", "firms"),
    ("Investigators identified 2,400 vendor accounts.", "2,400 vendor", "2,400", "vendors"),
    # nouns of any kind match every count
    ("Investigators opened 58 cases.", "58 cases", "58", "arrests"),
    ("The court heard 12 charges.", "12 charges", "12", "people"),
    # nouns of crowds, sports and families (wire, broadcaster, broadsheet)
    ("India won in front of 90,452 fans.", "90,452 fans", "90,452", "people"),
    ("A crowd of 40k fans watched the final.", "40k fans", "40000", "spectators"),
    ("He is survived by three sons.", "three sons", "3", "people"),
    ("India won the final by seven wickets.", "seven wickets", "7", "wickets"),
    ("About 1,900 police were on duty.", "1,900 police", "1,900", "officers"),
    # a word factcheck does not know is not compared
    ("He is survived by three nephews.", "three nephews", "3", "people"),
    ("He is survived by three nephews.", "three nephews", "3", "arrests"),
]

OTHER_KIND = [
    # a figure of places written as a figure of people: the quote is another statement
    ("Arrests were made in 281 countries.", "281 countries", "281", "arrests"),
    ("Officers from eight countries took part.", "eight countries", "8", "suspects"),
    ("Police seized 117 firearms from 65 homes.", "117 firearms", "117", "people"),
    ("The network ran 14 markets across 3 continents.", "14 markets", "14", "countries"),
    ("The agency raided 40 pharmacies and 12 farms.", "12 farms", "12", "vehicles"),
    ("2,400 users signed up in 12 cities.", "12 cities", "12", "users"),
    ("The final drew 90,452 fans to the MCG.", "90,452 fans", "90,452", "venues"),
    ("Fans watched at 40 venues across Mumbai.", "40 venues", "40", "fans"),
    ("The couple's three sons run 12 teams.", "three sons", "3", "teams"),
]


@pytest.mark.parametrize(("sentence", "quote", "figure", "unit"), SAME_KIND)
def test_a_count_of_the_same_kind_is_the_claims_figure(
    tmp_path: Path, sentence: str, quote: str, figure: str, unit: str
) -> None:
    """Nouns of one kind stand for each other ("300 suspects" is a count of arrests), nouns of
    any kind ("cases", "items") match every count, and a noun factcheck does not know is not
    compared."""
    shown = f'"{figure}"' if "," in figure else figure
    report = run(tmp_path, sentence, value("q", quote, "op.count", shown, unit))
    assert codes(report) == []


@pytest.mark.parametrize(("sentence", "quote", "figure", "unit"), OTHER_KIND)
def test_a_count_of_another_kind_is_fc102(
    tmp_path: Path, sentence: str, quote: str, figure: str, unit: str
) -> None:
    """A quote that counts places (or objects, or organisations) for a claim whose unit counts
    people is not the claim's figure: FC102, naming both kinds."""
    shown = f'"{figure}"' if "," in figure else figure
    report = run(tmp_path, sentence, value("q", quote, "op.count", shown, unit))
    assert codes(report) == ["FC102"]
    (found,) = [f for f in report.findings if f.rule == "FC102"]
    kind = unit_info(unit).counts
    assert found.message.startswith("claim q: the quote counts '")
    assert f"the claim's unit '{unit}' counts" in found.message
    assert kind is not None


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("arrests", "person"),
        ("people", "person"),
        ("million users", "person"),
        ("countries", "place"),
        ("cartels", "organisation"),
        ("organizations", "organisation"),
        ("firearms", "object"),
        ("items", None),
        ("cases", None),
        ("kg", None),
    ],
)
def test_each_count_noun_counts_one_kind(unit: str, kind: str | None) -> None:
    """units.txt defines each count noun as a count of people, places, organisations or objects,
    or as an item of any kind; scale words do not change the kind."""
    assert unit_info(unit).counts == kind
