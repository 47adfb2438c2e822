"""Regenerate ``src/factcheck/data/countries.json`` from the data of ``country_converter``.

The runtime never imports country_converter (it pulls pandas); it reads the JSON this script
writes. Run it after upgrading country_converter, and commit the JSON with the upgrade:

    python scripts/build_country_data.py            # rewrite the JSON
    python scripts/build_country_data.py --check    # exit 1 if the JSON is out of date
    python scripts/build_country_data.py --output /tmp/countries.json

What it keeps, for each country that is not obsolete and has a continent (``Continent_7``):
ISO 3166-1 alpha-2 and alpha-3 codes, the short and the official name, the continent, and the
regular expression that country_converter matches names with (case-insensitive, written to match
a whole country name). On top of the source it adds the two small tables below, ``ALIASES`` and
``NOT_COUNTRIES``, and each regex's ``keys`` (`required_words`: strings one of which anything
the regex matches contains, so that the runtime compiles and tries a regex only on a phrase
that holds one of its keys); everything else comes from country_converter unchanged.

The TSV is read with the csv module, not pandas, which would read Namibia's ISO2 code "NA" as a
missing value. The output is deterministic: countries sorted by ISO3 code, one per line, keys
sorted, so running the script twice gives identical bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE = "country_converter"
DATA_FILE = "country_converter/country_data.tsv"
REPOSITORY = "https://github.com/IndEcol/country_converter"
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "factcheck" / "data" / "countries.json"

CONTINENTS = (
    "Africa",
    "Antarctica",
    "Asia",
    "Europe",
    "North America",
    "Oceania",
    "South America",
)

#: Names journalists write that the source's regexes miss, or that running-text search would
#: otherwise ignore because they are one word of a country whose short name has several
#: ("Britain" for "United Kingdom"; a lone "Martin" or "Solomon" is not taken for Saint-Martin
#: or the Solomon Islands). Keyed by ISO3 code. Checked in the source, country_converter 1.3.2:
#: "U.S.", "US", "USA", "U.K.", "UK", "Britain", "England", "Burma", "Turkey", "Ivory Coast",
#: "Czech Republic", "UAE" and "DRC" are matched by the regexes already; abbreviations need no
#: alias in running text either. An alias must not be matched by another country's regex.
ALIASES: dict[str, tuple[str, ...]] = {
    # "America": the regex wants "United States"; "South America" etc. are in NOT_COUNTRIES.
    "USA": ("America",),
    # The regex knows "Britain" and "England"; the UK's constituent countries are not separate
    # entries in the source, so a list naming "Scotland" or "Wales" places them in the UK.
    "GBR": ("Britain", "England", "Northern Ireland", "Scotland", "Wales"),
    # Not in the regex ("netherlands" only).
    "NLD": ("Holland",),
    # Matched by the regex, but one word of "Bosnia and Herzegovina".
    "BIH": ("Bosnia",),
    # Matched by the regex, but running text would stop at "Ivory", a lone word of no name.
    "CIV": ("Ivory Coast",),
}

#: Phrases of running text that contain a country's name (or an alias) and are not that
#: country: US states, places in Australia, parts of the Americas. Only the search of running
#: text uses them; a whole name looked up is matched by the regexes, which exclude most of these.
NOT_COUNTRIES = (
    "Central America",
    "Gold Coast",  # the Australian city; the regex of Ghana knows it as Ghana's colonial name
    "Latin America",
    "New England",
    "New Jersey",
    "New Mexico",
    "New South Wales",
    "North America",
    "South America",
)

_ISO2 = re.compile(r"[A-Z]{2}")

#: A sequence's requirement: strings one of which every match contains; None for no requirement.
_Required = frozenset[str] | None


def required_words(regex: str) -> list[str]:
    """Strings, lower-case ASCII, one of which every text the regex matches contains (matched
    case-insensitively, as the runtime does); empty when the regex has no such requirement.

    Read off the regex's syntax: a run of literal characters is required as a whole
    ("afghan"); of the parts of a sequence, the one with the longest required strings is kept
    ("new.?caledonia": "caledonia"); an alternation requires one string of each alternative
    ("burkina|\\bfaso": "burkina" or "faso"), and nothing if one alternative requires nothing; a
    repeated part requires what it requires if it must occur at least once. Anchors, lookaheads,
    character classes, optional parts and non-ASCII letters require nothing, so the keys are
    never more than the regex asks for.
    """
    from re import _constants as c
    from re import _parser as parser

    def sequence(items: parser.SubPattern) -> _Required:
        options: list[frozenset[str]] = []
        run = ""
        for op, av in items:
            if op is c.LITERAL and chr(av).isascii():
                run += chr(av).lower()
                continue
            if run:
                options.append(frozenset({run}))
                run = ""
            found = item(op, av)
            if found:
                options.append(found)
        if run:
            options.append(frozenset({run}))
        if not options:
            return None
        return max(options, key=lambda o: (min(map(len, o)), -len(o), sorted(o)))

    def item(op: object, av: Any) -> _Required:
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            return None if add_flags or del_flags else sequence(body)
        if op is c.ATOMIC_GROUP:
            return sequence(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, body = av
            return sequence(body) if low >= 1 else None
        if op is c.BRANCH:
            alternatives = [sequence(alternative) for alternative in av[1]]
            if any(a is None for a in alternatives):
                return None
            return frozenset().union(*(a for a in alternatives if a is not None))
        return None  # anchors, lookarounds, classes, any character, non-ASCII letters

    found = sequence(parser.parse(regex, re.IGNORECASE))
    return sorted(found) if found else []


def source_file() -> tuple[Path, str]:
    """The TSV file of the installed country_converter and its version (pandas not imported)."""
    try:
        dist = metadata.distribution(PACKAGE)
    except metadata.PackageNotFoundError:
        sys.exit(f"{PACKAGE} is not installed: pip install -e '.[dev]'")
    path = Path(str(dist.locate_file(DATA_FILE)))
    if not path.is_file():
        sys.exit(f"{PACKAGE} {dist.version} has no {DATA_FILE}")
    return path, dist.version


def iso2(value: str, iso3: str) -> str:
    """The alpha-2 code; the source writes two of them as regexes ("^GB$|^UK$": GB)."""
    if _ISO2.fullmatch(value):
        return value
    found = _ISO2.search(value)
    if found is None:
        raise ValueError(f"{iso3}: ISO2={value!r} holds no two-letter code")
    return found.group()


def read_countries(path: Path) -> list[dict[str, object]]:
    """The kept rows of the TSV, as the JSON records, sorted by ISO3 code."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    countries = []
    for row in rows:
        if row["obsolete"].strip() or not row["Continent_7"].strip():
            continue
        code = row["ISO3"].strip()
        continent = row["Continent_7"].strip()
        if continent not in CONTINENTS:
            raise ValueError(f"{code}: Continent_7={continent!r} is not one of {CONTINENTS}")
        countries.append(
            {
                "iso3": code,
                "iso2": iso2(row["ISO2"].strip(), code),
                "name": row["name_short"].strip(),
                "official_name": row["name_official"].strip(),
                "continent": continent,
                "regex": row["regex"].strip(),
                "keys": required_words(row["regex"].strip()),
                "aliases": sorted(ALIASES.get(code, ())),
            }
        )
    countries.sort(key=lambda c: str(c["iso3"]))
    validate(countries)
    return countries


def validate(countries: list[dict[str, object]]) -> None:
    """Fail on data the runtime relies on: unique codes, regexes that compile and tell the
    countries apart (each name and alias matched by its own country's regex only, or by none
    for an alias), aliases of known countries."""
    for key in ("iso3", "iso2"):
        codes = [c[key] for c in countries]
        duplicates = sorted({str(c) for c in codes if codes.count(c) > 1})
        if duplicates:
            raise ValueError(f"duplicate {key} codes: {duplicates}")
    patterns = {str(c["iso3"]): re.compile(str(c["regex"]), re.IGNORECASE) for c in countries}
    unknown = sorted(set(ALIASES) - set(patterns))
    if unknown:
        raise ValueError(f"ALIASES names unknown ISO3 codes: {unknown}")
    for country in countries:
        code = str(country["iso3"])
        for name in (country["name"], country["official_name"]):
            matched = [k for k, p in patterns.items() if p.search(str(name))]
            if matched != [code]:
                raise ValueError(f"{code}: {name!r} is matched by the regexes of {matched}")
        for alias in ALIASES.get(code, ()):
            others = [k for k, p in patterns.items() if k != code and p.search(alias)]
            if others:
                raise ValueError(f"{code}: alias {alias!r} is matched by the regexes of {others}")


def render(countries: list[dict[str, object]], version: str) -> str:
    """The JSON text: a header, then one country per line."""

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    header = {
        "source": {
            "package": PACKAGE,
            "version": version,
            "file": DATA_FILE,
            "repository": REPOSITORY,
        },
        "generated_by": "scripts/build_country_data.py",
        "continents": list(CONTINENTS),
        "not_countries": sorted(NOT_COUNTRIES),
    }
    lines = ["{"]
    lines += [f"  {dump(key)}: {dump(value)}," for key, value in header.items()]
    lines.append('  "countries": [')
    lines.append(",\n".join(f"    {dump(country)}" for country in countries))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def build() -> str:
    """The JSON text for the installed country_converter."""
    path, version = source_file()
    return render(read_countries(path), version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help=f"where to write (default: {OUTPUT})"
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if --output is out of date"
    )
    args = parser.parse_args(argv)
    text = build()
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"{output} is out of date: run scripts/build_country_data.py", file=sys.stderr)
            return 1
        print(f"{output} is up to date")
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    count = text.count('"iso3"')
    print(f"wrote {output}: {count} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
