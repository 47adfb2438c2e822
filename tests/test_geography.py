"""Countries and continents: name lookup, mentions in running text, the shipped data."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from factcheck.geography import (
    CONTINENTS,
    continents_of,
    countries_mentioned,
    lookup_country,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "claims" / "article-2023-05-02-operation-spector.txt"
DATA = ROOT / "src" / "factcheck" / "data" / "countries.json"
SCRIPT = ROOT / "scripts" / "build_country_data.py"


def codes(text: str) -> list[tuple[str, int]]:
    return [(country.code, count) for country, count in countries_mentioned(text)]


# --- lookup_country -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "continent"),
    [
        ("Austria", "AUT", "Europe"),
        ("France", "FRA", "Europe"),
        ("Germany", "DEU", "Europe"),
        ("Netherlands", "NLD", "Europe"),
        ("Poland", "POL", "Europe"),
        ("Brazil", "BRA", "South America"),
        ("United Kingdom", "GBR", "Europe"),
    ],
)
def test_seed_countries_and_their_continents(name: str, code: str, continent: str) -> None:
    """The seven countries the seed article names are found, each on its continent."""
    country = lookup_country(name)
    assert country is not None
    assert (country.code, country.continent) == (code, continent)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("England", "GBR"),
        ("Scotland", "GBR"),
        ("the Netherlands", "NLD"),
        ("THE NETHERLANDS", "NLD"),
        ("Holland", "NLD"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the U.S.", "USA"),
        ("America", "USA"),
        ("United States of America", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Czech Republic", "CZE"),
        ("Burma", "MMR"),
        ("  south   korea ", "KOR"),
        ("The Gambia", "GMB"),
        ("Namibia", "NAM"),
    ],
)
def test_spellings_and_aliases(name: str, code: str) -> None:
    """Abbreviations, aliases, other spellings, any case and a leading "the" are understood."""
    country = lookup_country(name)
    assert country is not None
    assert country.code == code


def test_the_congo_as_the_source_means_it() -> None:
    """A leading "the" is tried as written first: the source reads "the Congo" as DR Congo."""
    found = [lookup_country(name) for name in ("the Congo", "Congo")]
    assert [c.code if c else None for c in found] == ["COD", "COG"]


@pytest.mark.parametrize(
    "name", ["Atlantis", "", "the", "South America", "Soviet Union", "Austria and France"]
)
def test_unknown_or_ambiguous_names_give_none(name: str) -> None:
    """Names of no country, obsolete countries and names of several countries give None."""
    assert lookup_country(name) is None


def test_continents_of_places_names_and_lists_the_rest() -> None:
    """continents_of maps each recognised name to its continent and lists the others."""
    placed, unknown = continents_of(["Brazil", "UK", "Narnia", "the Netherlands"])
    assert placed == {"Brazil": "South America", "UK": "Europe", "the Netherlands": "Europe"}
    assert unknown == ["Narnia"]


def test_seven_continents() -> None:
    """CONTINENTS are the source's seven, and every country lies on one of them."""
    assert CONTINENTS == (
        "Africa",
        "Antarctica",
        "Asia",
        "Europe",
        "North America",
        "Oceania",
        "South America",
    )
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert tuple(data["continents"]) == CONTINENTS
    assert {c["continent"] for c in data["countries"]} == set(CONTINENTS)


# --- countries_mentioned --------------------------------------------------------------------------


def test_seed_article_mentions() -> None:
    """The seed article: the U.S. five times, then the other nine once each, by name."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert codes(text) == [
        ("USA", 5),  # "U.S." four times, "United States" once; "American lives" is no mention
        ("AUT", 1),
        ("BRA", 1),
        ("CHN", 1),
        ("FRA", 1),
        ("DEU", 1),
        ("MEX", 1),  # "Sinaloa, Mexico"; "Mexican cartels" is no mention
        ("NLD", 1),
        ("POL", 1),
        ("GBR", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil and the United Kingdom", [("BRA", 1), ("GBR", 1)]),
        ("in Bosnia and Herzegovina", [("BIH", 1)]),
        ("Saint Kitts and Nevis", [("KNA", 1)]),
        ("the U.S. Virgin Islands", [("VIR", 1)]),
        ("the Democratic Republic of the Congo", [("COD", 1)]),
        ("Côte d’Ivoire's cocoa", [("CIV", 1)]),
        ("Mexico's president in Mexico City", [("MEX", 2)]),
        ("a U.S.-led, Mexico-based effort", [("MEX", 1), ("USA", 1)]),
        ("Holland, England and Wales", [("GBR", 2), ("NLD", 1)]),
    ],
)
def test_names_in_running_text(text: str, expected: list[tuple[str, int]]) -> None:
    """Names of several words, names joined by "and", possessives and hyphens are found."""
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mexican cartels, Brazilian police, South Korean exports, Swiss banks, Czech voters",
        "in New Mexico and South America",
        "Us and them. Rugby fans bought 16 GB phones.",
        "Ricky Martin, Tim Cook, the Marshall Plan, Christmas, Vitaly",
        "Korea and Congo, which could be either of two countries",
        "American lives, the Justice Department, Operation SpecTor, JCODE",
    ],
)
def test_no_false_mentions(text: str) -> None:
    """Adjectives, non-country phrases, fragments, buried letters and units are no mention."""
    assert codes(text) == []


def test_most_mentioned_first_then_by_name() -> None:
    """Counts order the result; equal counts are ordered by country name."""
    text = "Peru. Chile. Peru. Austria. The U.S., the UK and the United States."
    assert codes(text) == [("PER", 2), ("USA", 2), ("AUT", 1), ("CHL", 1), ("GBR", 1)]


# --- The shipped data -----------------------------------------------------------------------------


def test_data_names_its_source_and_skips_obsolete_entries() -> None:
    """The JSON names country_converter and its version; obsolete entries are left out."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["source"]["package"] == "country_converter"
    assert data["source"]["version"]
    by_code = {c["iso3"]: c for c in data["countries"]}
    assert "SUN" not in by_code  # Soviet Union: obsolete in the source
    assert by_code["NAM"]["iso2"] == "NA"  # not read as a missing value
    assert by_code["GBR"]["iso2"] == "GB"  # the source's ISO2 field holds "^GB$|^UK$"


def test_data_is_in_sync_with_the_generator(tmp_path: Path) -> None:
    """Regenerating the JSON from the installed country_converter gives the shipped file."""
    pytest.importorskip("country_converter")
    outputs = [tmp_path / "first.json", tmp_path / "second.json"]
    for output in outputs:
        result = subprocess.run(
            [sys.executable, str(SCRIPT), "--output", str(output)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    first, second = (o.read_text(encoding="utf-8") for o in outputs)
    assert first == second, "two runs of the generator differ"
    assert json.loads(first)["source"]["version"] == metadata.version("country_converter")
    assert first == DATA.read_text(encoding="utf-8"), "run scripts/build_country_data.py"


def test_import_does_not_load_the_data() -> None:
    """Importing factcheck.geography reads no JSON; a lookup by name reads it and compiles no
    regex; a lookup the names do not answer compiles only the regexes of the countries whose
    keys the phrase holds ("U.K.": those with the key "u"), and "In" (no country's key) none."""
    code = (
        "import factcheck.geography as g\n"
        "state = lambda: (g._data.cache_info().currsize, g._pattern.cache_info().currsize)\n"
        "assert state() == (0, 0), state()\n"
        "assert g.lookup_country('France').code == 'FRA'\n"
        "assert state() == (1, 0), state()\n"
        "assert g.lookup_country('U.K.').code == 'GBR'\n"
        "assert 1 < state()[1] < 10, state()\n"
        "compiled = state()\n"
        "assert g.lookup_country('In') is None\n"
        "assert state() == compiled, state()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_docs_examples_hold() -> None:
    """The Python examples of docs/geography.md give the output shown there."""
    result = doctest.testfile(str(ROOT / "docs" / "geography.md"), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


def _every_regex(phrase: str) -> tuple[int, ...]:
    """What `_matches` gave before the keys: every record whose regex the phrase matches."""
    import re

    from factcheck.geography import _data

    return tuple(
        i for i, r in enumerate(_data().records) if re.search(r.regex, phrase, re.IGNORECASE)
    )


def _phrases() -> set[str]:
    """Every name of the data, and every phrase of capitalised words of the repository's
    article texts that `countries_mentioned` tries (each run of tokens and its sub-runs)."""
    from factcheck.geography import _data, _join, _runs

    data = _data()
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    phrases = {str(n) for c in raw["countries"] for n in (c["name"], c["official_name"])}
    phrases |= {str(a) for c in raw["countries"] for a in c["aliases"]}
    texts = [*ROOT.glob("claims/*.txt"), *ROOT.glob("docs/**/*.txt"), *ROOT.glob("tests/**/*.txt")]
    for path in texts:
        for run in _runs(path.read_text(encoding="utf-8"), data.name_words):
            for i in range(len(run)):
                for j in range(i, min(len(run), i + 10)):
                    phrases.add(_join(run[i : j + 1]))
    return {p for p in phrases if p}


def test_keys_never_hide_a_match() -> None:
    """A regex is tried only on a phrase that holds one of its keys, and that finds what trying
    every regex finds: for every name of the data and every phrase of the repository's texts,
    and for phrases beyond ASCII (matched case-insensitively by the regex, tried on all)."""
    from factcheck.geography import _data, _matches

    data = _data()
    phrases = _phrases() | {"PA\u212aISTAN", "\u0130RAN", "Åland", "Réunion", "CÔTE D'IVOIRE"}
    assert len(phrases) > 1000
    for phrase in sorted(phrases):
        if data.by_name.get(phrase.casefold()) is None:
            assert _matches.__wrapped__(phrase) == _every_regex(phrase), phrase
    assert _matches("PA\u212aISTAN") == _every_regex("PAKISTAN") != ()


def test_keys_are_held_by_every_name_the_regex_matches() -> None:
    """Each key list is short and each country's own names hold one of its keys (a key list
    that no name holds would be wrong)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    for country in raw["countries"]:
        keys = country["keys"]
        assert keys and all(k == k.lower() and k.isascii() for k in keys), country["iso3"]
        name = str(country["name"]).lower()
        assert any(k in name for k in keys) or not name.isascii(), (country["iso3"], keys)
