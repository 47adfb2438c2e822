"""Real news copy: hedge words in their other senses, currencies and number formats as outlets
write them, figures in words with articles. Each article below is written in the style of an
outlet (a wire, a broadsheet, a tabloid, an agency release; American, British, Indian and
Australian English); its claims restate it correctly, and the quote checks (FC102, FC104, FC105)
raise nothing. Each claim falsified (its figure, its currency, its hedge) is then found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from tests.test_engine import run

QUOTE_RULES = {"FC102", "FC104", "FC105"}


@dataclass(frozen=True)
class Claim:
    """A claim of a test article: its quote and fields (``value``, ``unit``, ``hedge``...)."""

    quote: str
    kind: str = "value"
    fields: dict[str, object] = field(default_factory=dict)


def v(quote: str, value: object, unit: str, hedge: str = "", **more: object) -> Claim:
    fields: dict[str, object] = {"value": value, "unit": unit, **more}
    if hedge:
        fields["hedge"] = hedge
    return Claim(quote, "value", fields)


def d(quote: str, value: object, unit: str, hedge: str = "") -> Claim:
    fields: dict[str, object] = {"value": value, "unit": unit}
    if hedge:
        fields["hedge"] = hedge
    return Claim(quote, "duration", fields)


def conv(quote: str, value: object, unit: str, to: object, to_unit: str, hedge: str = "") -> Claim:
    fields: dict[str, object] = {
        "value": value, "unit": unit, "converted_value": to, "converted_unit": to_unit
    }  # fmt: skip
    if hedge:
        fields["hedge"] = hedge
    return Claim(quote, "conversion", fields)


def count(quote: str, n: int, unit: str, hedge: str = "", **more: object) -> Claim:
    fields: dict[str, object] = {"count": n, "unit": unit, **more}
    if hedge:
        fields["hedge"] = hedge
    return Claim(quote, "enumeration", fields)


def multiple(quote: str, low: object, high: object) -> Claim:
    return Claim(quote, "multiple", {"of": "copy.base", "range": [low, high]})


def _toml(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value)  # TOML basic strings read JSON's escapes
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(x) for x in value) + "]"
    return str(value)


def claim_file(claims: list[Claim]) -> str:
    out = ['[measures]\n"copy.base" = "The figure a multiple is of"\n']
    for n, claim in enumerate(claims):
        lines = [
            "[[claim]]",
            f'id = "c{n}"',
            f'kind = "{claim.kind}"',
            f"quote = {_toml(claim.quote)}",
            f'measure = "copy.m{n}"',
        ]
        lines += [f"{k} = {_toml(x)}" for k, x in claim.fields.items() if x is not None]
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def quote_findings(tmp_path: Path, text: str, claims: list[Claim]) -> list[tuple[str, str]]:
    report = run(tmp_path, text, claim_file(claims), published="2025-06-10")
    return sorted((f.rule, f.message) for f in report.findings if f.rule in QUOTE_RULES)


# --- The copy --------------------------------------------------------------------------------

WIRE = """\
THE HAGUE, June 10 (Wire) - Police in nine countries made 281 arrests over a 10-month period in
an operation against a darknet market, Europol said on Tuesday. Over the weekend, officers
searched some 300 properties; some of the 300 properties were empty. The raids, carried out over
two days, seized EUR 50.8 million (USD 53.4 million) in cash and cryptocurrency and about 850
kilograms of drugs. Officials talked about the 281 arrests as the largest such haul, up from 150
in a 2021 operation. Suspects face up to 20 years in prison. Nearly all of the 281 suspects are
men.
"""
WIRE_CLAIMS = [
    v("made 281 arrests over a 10-month period", 281, "arrests"),
    d("over a 10-month period", 10, "months"),
    v("Over the weekend, officers searched some 300 properties", 300, "items", "about"),
    v("some of the 300 properties were empty", 300, "items"),
    d("The raids, carried out over two days", 2, "days"),
    conv("EUR 50.8 million (USD 53.4 million)", 50.8, "million EUR", 53.4, "million USD"),
    v("about 850 kilograms of drugs", 850, "kg", "about"),
    v("Officials talked about the 281 arrests", 281, "arrests"),
    d("Suspects face up to 20 years in prison", 20, "years", "up to"),
    v("Nearly all of the 281 suspects are men", 281, "people"),
]

BROADSHEET_AU = """\
Australian Federal Police seized $US31.6 ($42) million in cryptocurrency and nearly a year of
records, the AFP said yesterday. Seizures of methamphetamine rose up to 120 kilograms a month
before the raids, and the figures add up to 1,200 kilograms over a year. Up to now, 26 people
have been charged in NSW. Investigators also froze A$42 million held in Sydney accounts and
about US$31.6m ($48.6m) abroad. The market served customers around the world for a decade.
"""
BROADSHEET_AU_CLAIMS = [
    conv("$US31.6 ($42) million", 31.6, "million USD", 42, "million AUD"),
    d("nearly a year of records", 1, "year", "nearly"),
    v("the figures add up to 1,200 kilograms", 1200, "kg"),
    v("Up to now, 26 people have been charged", 26, "people"),
    v("froze A$42 million held in Sydney accounts", 42, "million AUD"),
    conv("about US$31.6m ($48.6m) abroad", 31.6, "million USD", 48.6, "million AUD", "about"),
    d("around the world for a decade", 10, "years"),
]

INDIAN_DAILY = """\
NEW DELHI: The Narcotics Control Bureau (NCB) on Tuesday said drugs worth Rs 4,000 crore were
seized in the operation, taking the year's total to ₹12,500 crore. Over 2 lakh people used the
platform, which had 12,34,567 registered accounts, officials said. Some 35 people have been
arrested so far, including some 19-year-olds, and cash of Rs. 50 lakh was recovered. Around
1.5 lakh accounts were frozen over a fortnight.
"""
INDIAN_DAILY_CLAIMS = [
    v("drugs worth Rs 4,000 crore", 4000, "crore INR"),
    v("the year's total to ₹12,500 crore", 125, "billion INR"),
    v("Over 2 lakh people used the platform", 200000, "people", "more than"),
    v("12,34,567 registered accounts", 1234567, "items"),
    v("Some 35 people have been arrested so far", 35, "people", "about"),
    d("including some 19-year-olds", 19, "years"),
    v("cash of Rs. 50 lakh was recovered", 5000000, "INR"),
    v("Around 1.5 lakh accounts were frozen", 150000, "items", "around"),
    d("frozen over a fortnight", 2, "weeks"),
]

TABLOID_UK = """\
Cops swooped over three days on a gang that flogged £1.2bn of drugs around the world. More than
a dozen suspects - some 16-year-olds among them - were nicked, and half a million quid in cash
was found. The crooks had been at it for over a decade. A quarter of a million pills were found
under a 2019 floorboard stash, and officers spoke about a 12-year-old lookout. Under the 2016
Act, a third of the gang face jail.
"""
TABLOID_UK_CLAIMS = [
    d("Cops swooped over three days", 3, "days"),
    v("flogged £1.2bn of drugs around the world", 1.2, "billion GBP"),
    v("More than a dozen suspects", 12, "people", "more than"),
    d("some 16-year-olds among them", 16, "years"),
    v("half a million quid in cash", 0.5, "million GBP"),
    d("at it for over a decade", 10, "years", "more than"),
    v("A quarter of a million pills", 250000, "items"),
    d("spoke about a 12-year-old lookout", 12, "years"),
]

RELEASE_EU = """\
Operation Meridian: 1\u202f234\u202f567 user accounts taken down

The Hague, 10 June 2025. Investigators identified 1 234 567 user accounts and 4\u00a0350 vendors
on the platform. Criminal assets of EUR 50.8 million were frozen; a further €12.5m and
CHF 3 million were seized in Switzerland. The platform's turnover was estimated at
1.234.567.000 euros over its lifetime; its share of the European market rose by 3,5 % to
12,5 % in two years.
"""
RELEASE_EU_CLAIMS = [
    v("1\u202f234\u202f567 user accounts", 1234567, "items"),
    v("identified 1 234 567 user accounts", 1234567, "items"),
    v("4\u00a0350 vendors", 4350, "items"),
    v("Criminal assets of EUR 50.8 million", 50.8, "million EUR"),
    v("a further €12.5m", 12.5, "million EUR"),
    v("CHF 3 million were seized", 3, "million CHF"),
    v("estimated at 1.234.567.000 euros", 1234567000, "EUR", "about"),
    v("rose by 3,5 % to 12,5 %", 12.5, "percent"),
]

WIRE_US = """\
WASHINGTON (AP) - Federal agents and police in some 20 countries shut down the marketplace,
officials said. A dozen countries, including Germany, Brazil and Australia, sent officers. Sales
on rival sites rose two or three times after the takedown, and one or two arrests were made in
Miami. Between 3 and 5 tonnes of fentanyl precursors were seized.
"""
WIRE_US_CLAIMS = [
    count("police in some 20 countries", 20, "countries", "about"),
    count(
        "A dozen countries, including Germany, Brazil and Australia",
        12,
        "countries",
        items=["Germany", "Brazil", "Australia"],
        complete=False,
    ),
    multiple("Sales on rival sites rose two or three times", 2, 3),
    v("one or two arrests were made in Miami", None, "arrests", range=[1, 2]),
    v("Between 3 and 5 tonnes of fentanyl precursors", None, "tonnes", range=[3, 5]),
]

COPY = {
    "wire-us": (WIRE_US, WIRE_US_CLAIMS),
    "wire": (WIRE, WIRE_CLAIMS),
    "broadsheet-au": (BROADSHEET_AU, BROADSHEET_AU_CLAIMS),
    "indian-daily": (INDIAN_DAILY, INDIAN_DAILY_CLAIMS),
    "tabloid-uk": (TABLOID_UK, TABLOID_UK_CLAIMS),
    "release-eu": (RELEASE_EU, RELEASE_EU_CLAIMS),
}


@pytest.mark.parametrize("outlet", COPY)
def test_correct_claims_of_the_copy_raise_nothing(tmp_path: Path, outlet: str) -> None:
    """Every claim restates its quote as the outlet writes it: no quote finding."""
    text, claims = COPY[outlet]
    assert quote_findings(tmp_path, text, claims) == []


def _cases() -> list[tuple[str, int]]:
    return [(outlet, n) for outlet, (_, claims) in COPY.items() for n in range(len(claims))]


def _bumped(value: object) -> object:
    if isinstance(value, list):
        return [value[0], _bumped(value[1])]  # a range: another high end
    number = Decimal(str(value))
    return number * 10 + 1 if number == number.to_integral() else number + Decimal("0.3")


def _figure_field(claim: Claim) -> str:
    return next(f for f in ("range", "value", "count") if claim.fields.get(f) is not None)


@pytest.mark.parametrize(("outlet", "n"), _cases(), ids=lambda x: str(x))
def test_a_claim_whose_figure_is_falsified_is_fc102(tmp_path: Path, outlet: str, n: int) -> None:
    """The same claim with another figure is found: the quote is read, not trusted."""
    text, claims = COPY[outlet]
    claim = claims[n]
    name = _figure_field(claim)
    wrong = Claim(claim.quote, claim.kind, {**claim.fields, name: _bumped(claim.fields[name])})
    found = quote_findings(tmp_path, text, [wrong])
    assert [rule for rule, _ in found] == ["FC102"], found


#: The hedge each hedge is mistaken for: an exact claim whose quote hedges, or the other way.
_OTHER_HEDGE = {
    "": "about", "about": "", "around": "", "more than": "less than", "nearly": "more than",
    "up to": "",
}  # fmt: skip


@pytest.mark.parametrize(("outlet", "n"), _cases(), ids=lambda x: str(x))
def test_a_claim_whose_hedge_is_falsified_is_fc104(tmp_path: Path, outlet: str, n: int) -> None:
    """The same claim with the wrong hedge is found: an exact claim made 'about' where the
    quote gives no hedge word (the other senses are not hedges), a hedged claim made exact."""
    text, claims = COPY[outlet]
    claim = claims[n]
    fields = dict(claim.fields)
    hedge = _OTHER_HEDGE[str(fields.pop("hedge", ""))]
    if hedge:
        fields["hedge"] = hedge
    found = quote_findings(tmp_path, text, [Claim(claim.quote, claim.kind, fields)])
    assert {rule for rule, _ in found} == {"FC104"}, found  # a conversion: one per figure


_CURRENCY_SWAP = {"EUR": "GBP", "USD": "JPY", "AUD": "JPY", "INR": "USD", "GBP": "EUR",
                  "CHF": "EUR"}  # fmt: skip


def _money_cases() -> list[tuple[str, int, str]]:
    out = []
    for outlet, (_, claims) in COPY.items():
        for n, claim in enumerate(claims):
            for name in ("unit", "converted_unit"):
                unit = str(claim.fields.get(name, ""))
                if unit.split()[-1:] and unit.split()[-1] in _CURRENCY_SWAP:
                    out.append((outlet, n, name))
    return out


@pytest.mark.parametrize(("outlet", "n", "name"), _money_cases(), ids=lambda x: str(x))
def test_a_claim_in_another_currency_is_fc102(
    tmp_path: Path, outlet: str, n: int, name: str
) -> None:
    """The figure in another currency than the quote's ("EUR 50.8 million" as GBP, "$US31.6" as
    euros, "Rs 4,000 crore" as dollars) is found."""
    text, claims = COPY[outlet]
    claim = claims[n]
    unit = str(claim.fields[name])
    swapped = unit.rsplit(" ", 1)
    swapped[-1] = _CURRENCY_SWAP[swapped[-1]]
    fields = {**claim.fields, name: " ".join(swapped)}
    found = quote_findings(tmp_path, text, [Claim(claim.quote, claim.kind, fields)])
    assert [rule for rule, _ in found] == ["FC102"], found
    assert "the quote gives the figure in" in found[0][1]
