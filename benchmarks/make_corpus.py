"""Generate a benchmark corpus: N synthetic news articles, their claim files, and reference files.

    python benchmarks/make_corpus.py                      # 1,000 articles into benchmarks/corpus/
    python benchmarks/make_corpus.py --articles 3000 --out /tmp/corpus-3000 --verify

The corpus is deterministic from ``--seed`` (``random.Random(seed)``; shared facts draw from
``random.Random(f"{seed}|{key}")``). It is written to be realistic and varied, not 1,000 copies:

* five kinds of story: a police operation (arrests, seizures in kg/lb/tonnes, cash, countries,
  continents), an economic report (exports in millions/billions of USD/EUR/GBP/JPY..., shares,
  "more than doubled"), a public-health report (deaths, "two-thirds of", "the 12-month period
  ending in ..."), an election and a census (counts, percentages, complete and partial lists);
* figures drawn at random, written with their precision and hedges (nearly, about, more than,
  at least, up to, ...), weekdays consistent with the publication date, relative dates ("last
  month") against dated events of a reference file, real country names in complete and partial
  lists, superlatives over groups a reference file defines, and measures shared between
  articles and reference files (several articles may report the same figure).

Every figure is derived from one hidden "world" of true values, so the claims of an unplanted
article are jointly consistent with each other and with every other file. In about 5% of the
articles (``--contradiction-rate``) one known contradiction is planted; ``manifest.json`` records
which article, which claims and the rule expected to find it, so that whoever runs the corpus
through the engine can check that it finds them (see ``benchmarks/check_corpus.py``).

Layout of the output folder (git-ignored)::

    articles/article-0001-<slug>.txt   the article text
    articles/article-0001-<slug>.toml  its claim file (quotes are verbatim in the text)
    references/reference-*.toml        reference files (some with a source text)
    manifest.json                      seed, counts, file list, planted contradictions

``--verify`` loads every file with ``factcheck.load`` and reports every error. Only the standard
library is needed to generate; ``--verify`` needs factcheck itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "corpus"
DEFAULT_SEED = 20230502
DEFAULT_ARTICLES = 1000
MANIFEST = "manifest.json"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Places, currencies, institutions
# --------------------------------------------------------------------------------------------

#: Countries that can be named in lists, with the continent every usual reading agrees on
#: (transcontinental countries such as Russia or Turkey are left out on purpose).
COUNTRY_CONTINENT: dict[str, str] = {
    "Austria": "Europe", "Belgium": "Europe", "Czech Republic": "Europe", "Denmark": "Europe",
    "Finland": "Europe", "France": "Europe", "Germany": "Europe", "Greece": "Europe",
    "Hungary": "Europe", "Ireland": "Europe", "Italy": "Europe", "Netherlands": "Europe",
    "Norway": "Europe", "Poland": "Europe", "Portugal": "Europe", "Romania": "Europe",
    "Spain": "Europe", "Sweden": "Europe", "Switzerland": "Europe", "United Kingdom": "Europe",
    "Canada": "North America", "Mexico": "North America", "United States": "North America",
    "Argentina": "South America", "Brazil": "South America", "Chile": "South America",
    "Colombia": "South America", "Peru": "South America",
    "China": "Asia", "India": "Asia", "Indonesia": "Asia", "Japan": "Asia", "Malaysia": "Asia",
    "Pakistan": "Asia", "Philippines": "Asia", "Singapore": "Asia", "South Korea": "Asia",
    "Thailand": "Asia", "Vietnam": "Asia",
    "Ethiopia": "Africa", "Ghana": "Africa", "Kenya": "Africa", "Morocco": "Africa",
    "Nigeria": "Africa", "South Africa": "Africa",
    "Australia": "Oceania", "New Zealand": "Oceania",
}  # fmt: skip


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str | None  # written before the figure: "$53.4 million"
    words: str | None  # written after the figure: "53.4 million euros"; None: symbol only


CURRENCIES = {
    "USD": Currency("USD", "$", "dollars"),
    "EUR": Currency("EUR", "€", "euros"),
    "GBP": Currency("GBP", "£", None),  # "pounds" would read as a mass
    "JPY": Currency("JPY", "¥", "yen"),
    "CAD": Currency("CAD", None, "Canadian dollars"),
    "AUD": Currency("AUD", None, "Australian dollars"),
    "BRL": Currency("BRL", None, "reais"),
    "MXN": Currency("MXN", None, "pesos"),
    "INR": Currency("INR", None, "rupees"),
    "CHF": Currency("CHF", None, "Swiss francs"),
}


@dataclass(frozen=True)
class Country:
    key: str
    name: str
    currency: str
    capital: str
    cities: tuple[str, ...]
    stats: str  # the statistics office
    bank: str  # the central bank
    bank_key: str  # euro countries share the ECB's decisions
    health: str  # the public-health agency


COUNTRIES: tuple[Country, ...] = (
    Country("us", "United States", "USD", "Washington",
            ("New York", "Los Angeles", "Chicago", "Houston", "Phoenix"),
            "the Commerce Department", "the Federal Reserve", "fed",
            "the Centers for Disease Control and Prevention"),
    Country("de", "Germany", "EUR", "Berlin",
            ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt"),
            "the Federal Statistical Office", "the European Central Bank", "ecb",
            "the Robert Koch Institute"),
    Country("fr", "France", "EUR", "Paris", ("Paris", "Marseille", "Lyon", "Toulouse", "Nice"),
            "INSEE", "the European Central Bank", "ecb", "Santé publique France"),
    Country("it", "Italy", "EUR", "Rome", ("Rome", "Milan", "Naples", "Turin", "Palermo"),
            "Istat", "the European Central Bank", "ecb", "the National Institute of Health"),
    Country("es", "Spain", "EUR", "Madrid",
            ("Madrid", "Barcelona", "Valencia", "Seville", "Zaragoza"),
            "the National Statistics Institute", "the European Central Bank", "ecb",
            "the Health Ministry"),
    Country("nl", "Netherlands", "EUR", "Amsterdam",
            ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven"),
            "Statistics Netherlands", "the European Central Bank", "ecb",
            "the National Institute for Public Health"),
    Country("pl", "Poland", "EUR", "Warsaw", ("Warsaw", "Krakow", "Lodz", "Wroclaw", "Poznan"),
            "Statistics Poland", "the National Bank of Poland", "nbp", "the Health Ministry"),
    Country("uk", "United Kingdom", "GBP", "London",
            ("London", "Birmingham", "Manchester", "Glasgow", "Leeds"),
            "the Office for National Statistics", "the Bank of England", "boe",
            "the UK Health Security Agency"),
    Country("jp", "Japan", "JPY", "Tokyo", ("Tokyo", "Yokohama", "Osaka", "Nagoya", "Sapporo"),
            "the Statistics Bureau", "the Bank of Japan", "boj", "the Health Ministry"),
    Country("ca", "Canada", "CAD", "Ottawa",
            ("Toronto", "Montreal", "Calgary", "Ottawa", "Edmonton"),
            "Statistics Canada", "the Bank of Canada", "boc",
            "the Public Health Agency of Canada"),
    Country("au", "Australia", "AUD", "Canberra",
            ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"),
            "the Australian Bureau of Statistics", "the Reserve Bank of Australia", "rba",
            "the Australian Institute of Health and Welfare"),
    Country("br", "Brazil", "BRL", "Brasília",
            ("São Paulo", "Rio de Janeiro", "Brasília", "Salvador", "Fortaleza"),
            "IBGE", "the Central Bank of Brazil", "bcb", "the Health Ministry"),
    Country("mx", "Mexico", "MXN", "Mexico City",
            ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana"),
            "INEGI", "the Bank of Mexico", "banxico", "the Health Ministry"),
    Country("in", "India", "INR", "New Delhi",
            ("Mumbai", "Delhi", "Bangalore", "Hyderabad", "Ahmedabad"),
            "the National Statistical Office", "the Reserve Bank of India", "rbi",
            "the Health Ministry"),
    Country("ch", "Switzerland", "CHF", "Bern", ("Zurich", "Geneva", "Basel", "Lausanne", "Bern"),
            "the Federal Statistical Office", "the Swiss National Bank", "snb",
            "the Federal Office of Public Health"),
    Country("kr", "South Korea", "USD", "Seoul", ("Seoul", "Busan", "Incheon", "Daegu", "Daejeon"),
            "Statistics Korea", "the Bank of Korea", "bok",
            "the Korea Disease Control and Prevention Agency"),
)  # fmt: skip
COUNTRY_BY_KEY = {c.key: c for c in COUNTRIES}
ELECTION_COUNTRIES = ("de", "nl", "pl", "es", "it", "ca", "au", "jp", "uk")
PARTIES = (
    "Social Democrats", "Conservatives", "Greens", "Liberals", "Left Alliance", "People's Party",
    "Farmers' Union", "Pirate Party", "Christian Democrats", "Reform Party",
)  # fmt: skip


@dataclass(frozen=True)
class Agency:
    key: str
    name: str  # as written in a sentence
    short: str
    home: str  # country name
    currency: str


AGENCIES: tuple[Agency, ...] = (
    Agency("europol", "Europol", "Europol", "Netherlands", "EUR"),
    Agency("fbi", "the FBI", "FBI", "United States", "USD"),
    Agency("dea", "the Drug Enforcement Administration", "DEA", "United States", "USD"),
    Agency("nca", "the National Crime Agency", "NCA", "United Kingdom", "GBP"),
    Agency("bka", "Germany's Federal Criminal Police Office", "BKA", "Germany", "EUR"),
    Agency("rcmp", "the Royal Canadian Mounted Police", "RCMP", "Canada", "CAD"),
    Agency("afp", "the Australian Federal Police", "AFP", "Australia", "AUD"),
    Agency("guardia", "Spain's Guardia Civil", "Guardia Civil", "Spain", "EUR"),
    Agency("pf", "Brazil's Federal Police", "Federal Police", "Brazil", "BRL"),
)

OP_ADJECTIVES = (
    "Silver", "Iron", "Crimson", "Northern", "Silent", "Golden", "Hidden", "Broken", "Frozen",
    "Rising", "Falling", "Distant", "Hollow", "Bright", "Dark", "Stone", "Copper", "Cobalt",
    "Amber", "Scarlet", "Quiet", "Swift", "Black", "White", "Emerald", "Granite", "Velvet",
    "Shadow", "Thunder", "Storm", "Winter", "Summer", "Autumn", "Spring", "Arctic", "Desert",
    "Coastal", "Hidden", "Red", "Blue",
)  # fmt: skip
OP_NOUNS = (
    "Tide", "Harbor", "Falcon", "Lantern", "Anchor", "Bridge", "Compass", "Summit", "River",
    "Forge", "Beacon", "Sentinel", "Horizon", "Arrow", "Citadel", "Meridian", "Orchard",
    "Glacier", "Canyon", "Signal", "Needle", "Trident", "Pioneer", "Quarry", "Rampart", "Spire",
    "Vortex", "Warden", "Keystone", "Ledger", "Mosaic", "Nomad", "Outpost", "Prism", "Raven",
    "Shield", "Thicket", "Voyager", "Lynx", "Osprey",
)  # fmt: skip
DRUGS = (  # measure key, short name, as the seizure is described
    ("fentanyl", "fentanyl", "fentanyl or fentanyl-laced pills"),
    ("cocaine", "cocaine", "cocaine"),
    ("heroin", "heroin", "heroin"),
    ("methamphetamine", "methamphetamine", "methamphetamine"),
    ("mdma", "MDMA", "MDMA tablets"),
    ("cannabis", "cannabis", "cannabis resin"),
)
PUBLISHERS = (
    "The Daily Ledger", "Metro Post", "Global Wire", "The Courier", "Northern Herald",
    "Capital Times", "The Evening Standard-Gazette", "Coastal Chronicle", "The Observer Weekly",
    "Continental News Service",
)  # fmt: skip
HEALTH_CAUSES = (
    # key, what kills, the part of the deaths, its key, unit noun
    ("overdose", "drug overdoses", "synthetic opioids such as fentanyl", "synthetic_opioids"),
    ("road", "road crashes", "pedestrians", "pedestrians"),
    ("flu", "influenza", "people aged 65 or older", "aged_65_plus"),
)

# --------------------------------------------------------------------------------------------
# Numbers as written, and what they allow
# --------------------------------------------------------------------------------------------

NEARLY = ("nearly", "almost", "close to", "just under")
ABOUT = ("about", "approximately", "roughly", "around", "some", "an estimated")
MORE = ("more than", "over", "upwards of", "in excess of")
AT_LEAST = ("at least", "no fewer than")
LESS = ("fewer than", "less than", "under")
AT_MOST = ("up to", "at most", "no more than")
HEDGE_CLASS = {w: c for c, words in (("nearly", NEARLY), ("about", ABOUT), ("more", MORE),
                                     ("at_least", AT_LEAST), ("less", LESS),
                                     ("at_most", AT_MOST)) for w in words}  # fmt: skip
ALL_HEDGE_WORDS = sorted(HEDGE_CLASS, key=len, reverse=True)


def to_decimal(x: Fraction, places: int) -> Decimal:
    """``x`` rounded to ``places`` decimals (half to even)."""
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def exact_decimal(x: Fraction) -> Decimal:
    """A fraction with a finite decimal expansion, as a Decimal without trailing zeros."""
    d = Decimal(x.numerator) / Decimal(x.denominator)
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def num(d: Decimal | int) -> str:
    """A number as an article writes it: ``1,874``, ``53.4``."""
    if isinstance(d, int):
        return f"{d:,}"
    return f"{d:,}" if d.as_tuple().exponent < 0 else f"{int(d):,}"  # type: ignore[operator]


def small(n: int, rng: random.Random | None = None, p_words: float = 1.0) -> str:
    """Small counts in words ("eight"), as newsrooms write them."""
    if n < len(SMALL) and (rng is None or rng.random() < p_words):
        return SMALL[n]
    return f"{n:,}"


def toml_number(d: Decimal | int) -> int | Decimal:
    if isinstance(d, int):
        return d
    return int(d) if d.as_tuple().exponent >= 0 else d  # type: ignore[operator]


def written_step(d: Decimal | int, scaled: bool, precision: Decimal | int | None) -> Fraction:
    if precision is not None:
        return Fraction(precision)
    if isinstance(d, int):
        return Fraction(0)
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent < 0:
        return Fraction(1, 10**-exponent)
    return Fraction(10**exponent) if scaled else Fraction(0)


def admits(
    truth: Fraction,
    value: Decimal | int,
    hedge: str | None,
    *,
    scaled: bool = False,
    precision: Decimal | int | None = None,
    tolerance: Fraction | None = None,
) -> bool:
    """Whether a figure as written allows ``truth`` (in the figure's unit), as DESIGN.md reads
    written precision and hedges (default tolerance 10%)."""
    step = written_step(value, scaled, precision)
    lo = Fraction(value) - step / 2
    hi = Fraction(value) + step / 2
    t = Fraction(1, 10) if tolerance is None else tolerance
    cls = HEDGE_CLASS.get(hedge or "", "exact")
    if cls == "exact":
        return lo <= truth < hi if step else truth == lo
    if cls == "nearly":
        return lo * (1 - t) <= truth < hi
    if cls == "about":
        return lo * (1 - t) <= truth <= hi * (1 + t)
    if cls == "more":
        return truth > lo
    if cls == "at_least":
        return truth >= lo
    if cls == "less":
        return truth < hi
    return truth <= hi


def steps_for(t: Fraction, min_step: Fraction) -> list[Fraction]:
    k = math.floor(math.log10(t)) if t > 0 else 0
    out: list[Fraction] = []
    for e in range(k, k - 3, -1):
        for m in (10, 5):
            step = Fraction(m, 10) * Fraction(10) ** e if e >= 0 else Fraction(m, 10 * 10**-e)
            if step >= min_step and step not in out:
                out.append(step)
    return out


def nice(t: Fraction, cls: str, min_step: Fraction = Fraction(1)) -> Fraction | None:
    """A round figure a reporter would write for ``t`` with a hedge of class ``cls``."""
    for step in steps_for(t, min_step):
        q = t / step
        if cls == "nearly":
            n = (math.floor(q) + 1) * step
            if n * Fraction(93, 100) <= t < n:
                return n
        elif cls == "about":
            n = round(q) * step
            if n > 0 and abs(t - n) <= n * Fraction(4, 100):
                return n
        elif cls == "more":
            n = (math.ceil(q) - 1) * step
            if 0 < n < t and n >= t * Fraction(3, 4):
                return n
        elif cls == "at_least":
            n = math.floor(q) * step
            if 0 < n <= t and n >= t * Fraction(85, 100):
                return n
        elif cls in ("less", "at_most"):
            n = (math.floor(q) + 1) * step
            if n > t and t >= n * Fraction(8, 10):
                return n
    return None


@dataclass(frozen=True)
class Fig:
    """A figure as the article writes it and as the claim restates it."""

    text: str  # "nearly 300", "$53.4 million", "eight"
    value: Decimal | int
    unit: str
    hedge: str | None = None
    precision: Decimal | int | None = None
    tolerance: str | None = None

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.hedge:
            out["hedge"] = self.hedge
        out["value"] = toml_number(self.value)
        out["unit"] = self.unit
        if self.precision is not None:
            out["precision"] = toml_number(self.precision)
        if self.tolerance is not None:
            out["tolerance"] = self.tolerance
        return out


def pick_hedge(rng: random.Random, cls: str) -> str:
    words = {"nearly": NEARLY, "about": ABOUT, "more": MORE, "at_least": AT_LEAST,
             "less": LESS, "at_most": AT_MOST}[cls]  # fmt: skip
    return rng.choice(words)


def count_fig(
    rng: random.Random,
    truth: int,
    unit: str,
    *,
    p_hedge: float = 0.0,
    classes: Sequence[str] = ("nearly", "about", "more"),
    words: bool = True,
    noun: str | None = None,
) -> Fig:
    """A count of things: "281 arrests", "nearly 300 suspects", "eight countries"."""
    noun = unit if noun is None else noun
    if rng.random() < p_hedge:
        for cls in rng.sample(list(classes), len(classes)):
            n = nice(Fraction(truth), cls)
            if n is None or n == truth:
                continue
            word = pick_hedge(rng, cls)
            value = int(n)
            fig = Fig(f"{word} {value:,} {noun}".strip(), value, unit, word)
            assert admits(Fraction(truth), fig.value, word), fig
            return fig
    text = small(truth) if words and truth <= 12 else f"{truth:,}"
    return Fig(f"{text} {noun}".strip(), truth, unit)


def scaled_fig(
    rng: random.Random,
    truth: Fraction,
    scale: str,
    unit_after: str,
    claim_unit: str,
    *,
    prefix: str = "",
    places: int = 1,
    p_hedge: float = 0.0,
    classes: Sequence[str] = ("nearly", "about", "more"),
) -> Fig:
    """A figure with a scale word: "$53.4 million", "12.4 million tonnes", "1.3 million
    children". ``truth`` is in the claim's unit (millions, billions...)."""
    if rng.random() < p_hedge:
        for cls in rng.sample(list(classes), len(classes)):
            n = nice(truth, cls, Fraction(1, 10))
            if n is None:
                continue
            d = exact_decimal(n)
            word = pick_hedge(rng, cls)
            if not admits(truth, d, word, scaled=True):
                continue
            text = f"{word} {prefix}{num(d)} {scale}{unit_after}"
            return Fig(text, d, claim_unit, word)
    d = to_decimal(truth, places)
    text_d = format(d, "f")
    if "." in text_d:
        text_d = text_d.rstrip("0").rstrip(".")
    d = Decimal(text_d)
    if not admits(truth, d, None, scaled=True):  # a tie at the rounding boundary
        d = to_decimal(truth, places + 2)
    assert admits(truth, d, None, scaled=True), (truth, d)
    return Fig(f"{prefix}{num(d)} {scale}{unit_after}", d, claim_unit)


def money_fig(
    rng: random.Random,
    amount: Fraction,
    cur: Currency,
    *,
    p_hedge: float = 0.0,
    classes: Sequence[str] = ("nearly", "about", "more"),
    places: int = 1,
    use_words: bool | None = None,
) -> Fig:
    """An amount of money in currency units, written "$53.4 million" or "4.1 billion pesos"."""
    scale, size = "million", 10**6
    for scale, size in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6)):  # noqa: B007
        if amount >= size:
            break
    words = cur.symbol is None or (use_words if use_words is not None else rng.random() < 0.25)
    words = words and cur.words is not None
    prefix = "" if words else cur.symbol or ""
    after = f" {cur.words}" if words else ""
    places = max(places, 2) if scale == "trillion" else places
    return scaled_fig(
        rng, amount / size, scale, after, f"{scale} {cur.code}", prefix=prefix, places=places,
        p_hedge=p_hedge, classes=classes,
    )  # fmt: skip


def share_phrase(
    rng: random.Random, part: int | Fraction, whole: int | Fraction
) -> tuple[str, str, str | None]:
    """How the text gives part/whole: text, the claim's fraction, its hedge."""
    r = Fraction(part) / Fraction(whole)
    options: list[tuple[str, str, str | None]] = []
    named = ((Fraction(1, 3), "a third"), (Fraction(2, 3), "two-thirds"),
             (Fraction(1, 4), "a quarter"), (Fraction(3, 4), "three-quarters"),
             (Fraction(1, 5), "a fifth"))  # fmt: skip
    for f, words in named:
        field_value = {"a fifth": "1/5"}.get(words, words if rng.random() < 0.5 else str(f))
        if f * Fraction(101, 100) < r <= f * Fraction(13, 10) and r < 1:
            w = rng.choice(MORE[:2])
            options.append((f"{w} {words}", field_value, w))
        if f * Fraction(93, 100) <= r < f * Fraction(99, 100):
            w = rng.choice(NEARLY[:2])
            options.append((f"{w} {words}", field_value, w))
        if abs(r - f) <= f * Fraction(3, 100):
            w = rng.choice(ABOUT[:3])
            options.append((f"{w} {words}", field_value, w))
    pct = to_decimal(r * 100, 0)
    if admits(r * 100, pct, None, scaled=False, precision=1):
        options.append((f"{int(pct)}%", f"{int(pct)}%", None))
    pct1 = to_decimal(r * 100, 1)
    if pct1.as_tuple().digits[-1] != 0 and admits(r * 100, pct1, None):
        options.append((f"{pct1}%", f"{pct1}%", None))
        options.append((f"{pct1} percent", f"{pct1}%", None))
    return rng.choice(options)


def multiple_phrase(ratio: Fraction) -> tuple[str, int, str] | None:
    """ "more than double" (hedge, factor, verb-ish word) when a reporter would say so."""
    for factor, word in ((2, "double"), (3, "triple"), (4, "four times")):
        f = Fraction(factor)
        if f * Fraction(103, 100) < ratio <= f * Fraction(14, 10):
            return "more than", factor, word
        if f * Fraction(92, 100) <= ratio < f * Fraction(98, 100):
            return "nearly", factor, word
    return None


def refuted_multiple(ratio: Fraction) -> tuple[str, int, str]:
    """A multiple a reporter got wrong: one the ratio misses by a clear margin."""
    if ratio <= Fraction(27, 10):
        return "more than", 3, "triple"
    return "nearly", 2, "double"


def past_tense(word: str) -> str:
    return {"double": "doubled", "triple": "tripled", "four times": "quadrupled"}[word]


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def us_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def uk_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_year(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def random_date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def relative_phrase(event: dt.date, published: dt.date) -> str | None:
    """The relative phrase a reporter would use for an event before publication."""
    gap = month_index(published) - month_index(event)
    if event > published:
        return None
    if gap == 0 and event < published:
        return "earlier this month"
    if gap == 1:
        return "last month"
    if 2 <= gap <= 6:
        return f"{SMALL[gap]} months ago"
    if event.year == published.year - 1 and gap > 6:
        return "last year"
    return None


# --------------------------------------------------------------------------------------------
# TOML, by hand
# --------------------------------------------------------------------------------------------


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if "\n" in value:
            return '"""' + value.replace("\\", "\\\\").replace('"""', '\\"""') + '"""'
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


@dataclass
class Plant:
    """A contradiction planted on purpose."""

    kind: str
    rule: str
    claims: list[str]
    description: str


@dataclass
class Doc:
    """An article (or a reference) being written: its text and claims, side by side."""

    doc_id: str
    title: str
    reference: bool = False
    published: dt.date | None = None
    publisher: str | None = None
    header: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    measures: dict[str, str] = field(default_factory=dict)
    tolerances: dict[str, str] = field(default_factory=dict)
    acks: list[dict[str, Any]] = field(default_factory=list)
    ref_note: str | None = None
    has_text: bool = True
    source: str | None = None  # the default source of a reference's claims
    plant: Plant | None = None
    template: str = ""
    _ids: set[str] = field(default_factory=set)

    def p(self, *sentences: str) -> None:
        self.paras.append(" ".join(s for s in sentences if s))

    def claim(self, cid: str, kind: str, quote: str | list[str], **fields: Any) -> str:
        cid = re.sub(r"[^A-Za-z0-9_.-]+", "-", cid).strip("-")[:90] or "claim"
        base, n = cid, 2
        while cid in self._ids:
            cid, n = f"{base}-{n}", n + 1
        self._ids.add(cid)
        entry: dict[str, Any] = {"id": cid, "kind": kind, "quote": quote}
        entry.update({k: v for k, v in fields.items() if v is not None})
        if self.reference and "source" not in entry and self.source:
            entry["source"] = self.source
        self.claims.append(entry)
        return cid

    def value(self, cid: str, quote: str, measure: str, fig: Fig, **extra: Any) -> str:
        return self.claim(cid, "value", quote, measure=measure, **fig.fields(), **extra)

    def describe(self, key: str, text: str) -> None:
        self.measures[key] = text

    @property
    def text(self) -> str:
        return "\n\n".join([*self.header, *self.paras]) + "\n"

    def check_quotes(self) -> None:
        """Every quote verbatim in the text; hedge words where (and only where) claimed."""
        text = self.text
        for c in self.claims:
            quote = c["quote"]
            fragments = quote if isinstance(quote, list) else [quote]
            if self.has_text:
                for frag in fragments:
                    if frag not in text:
                        raise AssertionError(f"{self.doc_id}:{c['id']}: {frag!r} not in the text")
            joined = " ".join(fragments).lower()
            hedge = c.get("hedge")
            if hedge:
                if f"{hedge} " not in joined:
                    raise AssertionError(f"{self.doc_id}:{c['id']}: hedge {hedge!r} not quoted")
            elif c["kind"] in ("value", "enumeration", "span", "multiple", "share", "duration"):
                for word in ALL_HEDGE_WORDS:
                    if re.search(rf"(?:^|\s){re.escape(word)} [$€£¥]?\d", joined):
                        raise AssertionError(f"{self.doc_id}:{c['id']}: exact but {word!r}")

    def render(self, text_name: str | None, seed: int) -> str:
        lines: list[str] = []
        what = "reference file" if self.reference else "article"
        lines.append(f"# Synthetic {what} generated by benchmarks/make_corpus.py (seed {seed}).")
        lines.append("# The figures are random, not facts: it exists to benchmark factcheck.")
        if self.plant is not None:
            lines.append(f"# Planted contradiction ({self.plant.rule}): {self.plant.description}")
        lines.append("")
        table = "reference" if self.reference else "article"
        lines.append(f"[{table}]")
        lines.append(f"id = {toml_value(self.doc_id)}")
        lines.append(f"title = {toml_value(self.title)}")
        if self.reference:
            if self.published is not None:
                lines.append(f"compiled = {toml_value(self.published)}")
        else:
            assert self.published is not None
            lines.append(f"published = {toml_value(self.published)}")
        if text_name is not None:
            lines.append(f"text = {toml_value(text_name)}")
        if self.publisher:
            lines.append(f"publisher = {toml_value(self.publisher)}")
        if self.ref_note:
            lines.append(f"note = {toml_value(self.ref_note)}")
        if self.tolerances:
            lines += ["", "[tolerances]"]
            lines += [f"{toml_value(k)} = {toml_value(v)}" for k, v in self.tolerances.items()]
        defined = {c["measure"] for c in self.claims if isinstance(c.get("measure"), str)}
        for c in self.claims:
            for name in ("of", "since", "until"):
                key = c.get(name)
                if isinstance(key, str) and "." in key and key not in defined:
                    self.measures.setdefault(key, "A measure of a reference file or another claim")
        measures = self.measures
        if measures:
            lines += ["", "[measures]"]
            lines += [f"{toml_value(k)} = {toml_value(v)}" for k, v in sorted(measures.items())]
        for c in self.claims:
            lines += ["", "[[claim]]"]
            lines += [f"{k} = {toml_value(v)}" for k, v in c.items()]
        for ack in self.acks:
            lines += ["", "[[acknowledge]]"]
            lines += [f"{k} = {toml_value(v)}" for k, v in ack.items()]
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# The world: every true value, drawn once
# --------------------------------------------------------------------------------------------


@dataclass
class Op:
    key: str
    name: str
    agency: Agency
    announced: dt.date
    arrests: int
    drugs_kg: int
    drugs_hedged: bool
    firearms: int
    cash: int  # in the agency's currency


@dataclass
class Election:
    country: Country
    year: int
    day: dt.date
    registered: int
    cast: int
    parties: dict[str, tuple[int, int]]  # party -> (votes, seats)
    seats: int
    women_seats: int

    @property
    def winner(self) -> str:
        return max(self.parties, key=lambda p: self.parties[p][0])


class World:
    """The hidden true values from which every figure of the corpus is written."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        rng = random.Random(f"{seed}|world")
        self.op_names: set[str] = set()
        self.history: dict[str, list[Op]] = {}
        for agency in AGENCIES:
            ops = []
            year = rng.randint(2014, 2016)
            arrests = rng.randint(20, 90)
            for _ in range(rng.randint(4, 7)):
                day = random_date(rng, dt.date(year, 1, 10), dt.date(year, 12, 10))
                arrests = max(8, int(arrests * rng.uniform(0.7, 2.2)))
                drugs = rng.randint(40, 900)
                ops.append(
                    Op(self.op_key(rng), "", agency, day, arrests, drugs, rng.random() < 0.25,
                       rng.randint(5, 80), rng.randint(1, 40) * 10**6 + rng.randint(0, 999) * 10**3)
                )  # fmt: skip
                year += 1
                if year > 2021:
                    break
            for op in ops:
                op.name = self.op_name_of(op.key)
            self.history[agency.key] = ops
        # Annual series 2012-2024: exports (billions), deaths by cause.
        self.exports: dict[str, dict[int, Fraction]] = {}
        self.exports_ev: dict[str, dict[int, Fraction]] = {}
        self.deaths: dict[tuple[str, str], dict[int, int]] = {}
        for c in COUNTRIES:
            base = Fraction(rng.randint(300, 16000), 10)  # billions of the currency unit
            if c.currency == "JPY":
                base *= 100
            if c.currency == "INR":
                base *= 60
            ex: dict[int, Fraction] = {}
            for year in range(2012, 2025):
                ex[year] = base
                base = base * Fraction(rng.randint(930, 1110), 1000)
            self.exports[c.key] = ex
            share = Fraction(rng.randint(5, 40), 10000)  # of all exports, growing fast
            evs: dict[int, Fraction] = {}
            for year in range(2012, 2025):
                evs[year] = ex[year] * share
                step = Fraction(rng.choice((110, 150, 190, 205, 240, 280, 310)), 100)
                share = min(share * step, Fraction(12, 100) * Fraction(rng.randint(80, 100), 100))
            self.exports_ev[c.key] = evs
            for cause, *_ in HEALTH_CAUSES:
                level = rng.randint(800, 60000)
                series: dict[int, int] = {}
                for year in range(2012, 2026):
                    series[year] = level
                    level = int(level * rng.uniform(0.9, 1.18))
                self.deaths[(c.key, cause)] = series
        # Elections every four years (a Sunday), census every ten years.
        self.elections: dict[str, list[Election]] = {}
        for key in ELECTION_COUNTRIES:
            c = COUNTRY_BY_KEY[key]
            first = rng.randint(2007, 2010)
            registered = rng.randint(9, 62) * 10**6 + rng.randint(0, 999_999)
            parties = rng.sample(PARTIES, rng.randint(5, 7))
            seats_total = rng.choice((150, 200, 300, 350, 400, 460, 598, 630))
            elections = []
            for year in range(first, 2025, 4):
                day = random_date(rng, dt.date(year, 3, 1), dt.date(year, 11, 20))
                day += dt.timedelta(days=(6 - day.weekday()) % 7)  # a Sunday
                registered = int(registered * rng.uniform(1.0, 1.04))
                cast = int(registered * rng.uniform(0.52, 0.83))
                weights = [rng.uniform(0.3, 1.0) ** 2 for _ in parties]
                weights[rng.randrange(len(parties))] *= rng.uniform(1.5, 3.5)
                total = sum(weights)
                shares = zip(parties, weights, strict=True)
                votes = {p: int(cast * w / total * 0.97) for p, w in shares}
                seats = {p: round(seats_total * v / sum(votes.values())) for p, v in votes.items()}
                over = sum(seats.values()) - seats_total
                seats[max(seats, key=seats.__getitem__)] -= over
                women = int(seats_total * rng.uniform(0.22, 0.46))
                elections.append(
                    Election(c, year, day, registered, cast,
                             {p: (votes[p], seats[p]) for p in parties}, seats_total, women)
                )  # fmt: skip
            self.elections[key] = elections
        self.census: dict[str, dict[int, int]] = {}
        for c in COUNTRIES:
            pop = rng.randint(4_000_000, 120_000_000)
            growth = rng.uniform(0.97, 1.12)
            offset = rng.choice((0, 1))
            series = {}
            for year in range(1970 + offset, 2022 + offset, 10):
                series[year] = pop
                pop = int(pop * growth * rng.uniform(0.97, 1.03))
            self.census[c.key] = series
        # Central-bank decisions (dates), 2020-2024.
        self.decisions: dict[str, list[dt.date]] = {}
        for bank in sorted({c.bank_key for c in COUNTRIES}):
            days = []
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(5, 40))
            while day < dt.date(2025, 1, 1):
                days.append(day)
                day += dt.timedelta(days=rng.randint(35, 56))
            self.decisions[bank] = days

    def op_key(self, rng: random.Random) -> str:
        for _ in range(10_000):
            name = f"{rng.choice(OP_ADJECTIVES)} {rng.choice(OP_NOUNS)}"
            if name not in self.op_names:
                self.op_names.add(name)
                return name.lower().replace(" ", "_")
        n = len(self.op_names)
        self.op_names.add(str(n))
        return f"op_{n}"

    @staticmethod
    def op_name_of(key: str) -> str:
        return "Operation " + " ".join(w.capitalize() for w in key.split("_"))

    def rng_for(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}|{key}")

    def deaths_12m(self, country: str, cause: str, end: dt.date) -> int:
        """Deaths in the 12 months ending with the month of ``end``."""
        s = self.deaths[(country, cause)]
        m = end.month
        return (s[end.year] * m + s[end.year - 1] * (12 - m)) // 12

    def part_share(self, key: str) -> Fraction:
        return Fraction(self.rng_for(key).randint(180, 780), 1000)


REF_LAST_YEAR = 2022  # the annual reference series stop here: later years only in articles

# --------------------------------------------------------------------------------------------
# Story templates
# --------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    world: World
    rng: random.Random
    number: int
    plant: str | None

    @property
    def tag(self) -> str:
        """A measure-key segment unique to the article, for facts only it reports."""
        return f"n{self.number + 1:04d}"


def countries_for(rng: random.Random, n: int, must: str | None = None) -> list[str]:
    pool = [c for c in COUNTRY_CONTINENT if c != must]
    chosen = rng.sample(pool, n - (1 if must else 0))
    if must:
        chosen.insert(rng.randrange(len(chosen) + 1), must)
    return chosen


def listing(items: Sequence[str], the: bool = True) -> str:
    def name(x: str) -> str:
        needs = the and x in ("United States", "United Kingdom", "Netherlands", "Philippines",
                              "Czech Republic")  # fmt: skip
        return f"the {x}" if needs else x

    names = [name(x) for x in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def continents(items: Sequence[str]) -> int:
    return len({COUNTRY_CONTINENT[x] for x in items})


def weekday_of(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def title_case(s: str) -> str:
    return s[:1].upper() + s[1:]


PLANTS: dict[str, dict[str, str]] = {
    "police": {
        "value-mismatch": "FC101", "part-exceeds-whole": "FC201", "multiple-refuted": "FC202",
        "superlative-beaten": "FC203", "names-exceed-count": "FC301",
        "span-impossible": "FC304", "weekday-mismatch": "FC401", "cross-source": "FC501",
    },
    "economy": {
        "value-mismatch": "FC101", "share-refuted": "FC202", "multiple-refuted": "FC202",
        "complete-list-short": "FC302", "date-mismatch": "FC402", "cross-source": "FC501",
    },
    "health": {
        "share-refuted": "FC202", "part-exceeds-whole": "FC201", "period-mismatch": "FC403",
        "superlative-beaten": "FC203", "cross-source": "FC501",
    },
    "election": {
        "weekday-mismatch": "FC401", "share-refuted": "FC202", "part-exceeds-whole": "FC201",
        "cross-source": "FC501",
    },
    "census": {
        "share-refuted": "FC202", "part-exceeds-whole": "FC201", "cross-source": "FC501",
        "value-mismatch": "FC101",
    },
}  # fmt: skip


def planted(doc: Doc, kind: str, template: str, claims: list[str], description: str) -> None:
    doc.plant = Plant(kind, PLANTS[template][kind], claims, description)


def police_story(ctx: Ctx) -> Doc:
    rng, world, plant = ctx.rng, ctx.world, ctx.plant
    agency = rng.choice(AGENCIES)
    history = world.history[agency.key]
    prev = history[-1]
    top = max(op.arrests for op in history)
    op_key = world.op_key(rng)
    op_name = world.op_name_of(op_key)
    published = random_date(rng, dt.date(2022, 3, 1), dt.date(2024, 12, 20))
    m = f"police.{agency.key}.{op_key}"
    doc = Doc(
        f"{op_key.replace('_', '-')}-{published.isoformat()}",
        "",
        published=published,
        publisher=rng.choice(PUBLISHERS),
        template="police",
    )
    cur = CURRENCIES[agency.currency]
    # -- the true figures
    if plant == "multiple-refuted":
        ratio = Fraction(rng.randint(140, 180), 100)
        phrase: tuple[str, int, str] | None = ("more than", 2, "double")
    else:
        phrase = rng.choice([
            ("more than", 2, "double"), ("nearly", 2, "double"), ("more than", 3, "triple"),
            ("nearly", 3, "triple"), None,
        ])  # fmt: skip
        lo, hi = {
            ("more than", 2): (210, 270), ("nearly", 2): (188, 196), ("more than", 3): (315, 390),
            ("nearly", 3): (280, 292), None: (60, 400),
        }[(phrase[0], phrase[1]) if phrase else None]  # fmt: skip
        ratio = Fraction(rng.randint(lo, hi), 100)
    arrests = max(12, round(prev.arrests * ratio))
    if plant == "superlative-beaten":
        arrests = max(5, min(arrests, int(top * 0.8)))
        phrase = None
    if phrase is not None:
        check = multiple_phrase(Fraction(arrests, prev.arrests))
        if plant != "multiple-refuted" and (check is None or check[:2] != phrase[:2]):
            phrase = None
    n_countries = rng.randint(3, 12)
    countries = countries_for(rng, n_countries, agency.home)
    complete = rng.random() < 0.3
    if plant == "span-impossible":
        europe = [c for c in COUNTRY_CONTINENT if COUNTRY_CONTINENT[c] == "Europe"]
        n_countries = rng.randint(3, 6)
        countries = rng.sample(europe, n_countries)
        complete = True
    n_named = max(2, n_countries - rng.randint(1, 3))
    named = countries if complete else rng.sample(countries, n_named)
    if not complete:
        named = [c for c in countries if c in named]
    if plant == "names-exceed-count":
        complete = False
        named = countries
        n_countries = len(countries) - 1
    span = continents(countries)
    drug_key, drug_name, drug_words = rng.choice(DRUGS)
    drugs = rng.randint(60, 4000) if rng.random() < 0.8 else rng.randint(4000, 60000)
    part = max(1, int(drugs * rng.uniform(0.05, 0.45)))
    if plant == "part-exceeds-whole":
        part = int(drugs * rng.uniform(1.2, 1.6))
    firearms = rng.randint(8, 400)
    cash = rng.randint(2, 180) * 10**6 + rng.randint(0, 999) * 10**3
    lead = agency.home if agency.home in countries else countries[0]
    lead_arrests = max(1, int(arrests * rng.uniform(0.18, 0.72)))
    vendors = rng.randint(40, 900)
    warrants = rng.randint(20, 1500)
    websites = rng.randint(2, 14)
    announced = published
    weekday = weekday_of(announced)
    if plant == "weekday-mismatch":
        weekday = WEEKDAYS[(announced.weekday() + rng.randint(2, 5)) % 7]
    launch = random_date(
        rng, published - dt.timedelta(days=900), published - dt.timedelta(days=150)
    )
    months_run = math.floor((published - launch).days / 30.4375) - 1
    # -- the text and its claims
    hedge_first = count_fig(rng, arrests, "suspects", p_hedge=0.9, classes=("nearly", "about",
                                                                              "more"))  # fmt: skip
    if plant == "value-mismatch":
        wrong = int(arrests * rng.choice((0.55, 0.6, 1.5, 1.7)))
        cls = "about"
        n = nice(Fraction(wrong), cls) or Fraction(wrong)
        hedge_first = Fig(f"about {int(n):,} suspects", int(n), "suspects", "about")
        assert not admits(Fraction(arrests), hedge_first.value, "about")
    doc.title = rng.choice((
        f"{title_case(hedge_first.text)} arrested in {op_name}",
        f"{op_name}: {agency.short}-led crackdown nets {arrests:,} arrests",
        f"Police in {small(n_countries)} countries strike at {drug_name} trafficking networks",
    ))  # fmt: skip
    city = {"United States": "WASHINGTON", "Netherlands": "THE HAGUE", "United Kingdom": "LONDON",
            "Germany": "WIESBADEN", "Canada": "OTTAWA", "Australia": "CANBERRA",
            "Spain": "MADRID", "Brazil": "BRASÍLIA"}[agency.home]  # fmt: skip
    doc.header = [doc.title, f"{city}, {us_date(published)} ({doc.publisher})"]
    q_suspects = f"arrested {hedge_first.text}"
    q_weekday = f"officials announced on {weekday}"
    c_suspects = doc.value("arrests-" + hedge_first.text.replace(" ", "-"), q_suspects,
                           f"{m}.arrests", hedge_first)  # fmt: skip
    # The announcement is the publication day's news: a same-day report (within_days = 0), so a
    # planted wrong weekday contradicts it (a bare weekday would read as the most recent one).
    c_weekday = doc.claim("announced-" + weekday.lower(), "weekday", q_weekday, weekday=weekday,
                          measure=f"{m}.announcement", within_days=0)  # fmt: skip
    doc.p(
        f"In a sweeping crackdown on {drug_name} trafficking, law enforcement agencies led by"
        f" {agency.name} have {q_suspects} and seized drugs, cash and weapons, {q_weekday}."
    )
    sentences = []
    q_span = f"spanned {small(span)} continents"
    q_count = f"involved the collaboration of {small(n_countries)} countries"
    c_span = None
    span_stated = span + (rng.randint(1, 2) if plant == "span-impossible" else 0)
    q_span = f"spanned {small(span_stated)} continents"
    if plant != "names-exceed-count":
        sentences.append(f"The operation, dubbed {op_name}, {q_span} and {q_count}.")
        c_span = doc.claim(
            f"continents-{span_stated}",
            "span",
            q_span,
            measure=f"{m}.continents",
            of=f"{m}.countries",
            count=span_stated,
            unit="continents",
        )
    else:
        sentences.append(f"The operation, dubbed {op_name}, {q_count}.")
    c_count = doc.value(f"countries-{n_countries}", q_count, f"{m}.countries",
                        Fig(small(n_countries), n_countries, "countries"))  # fmt: skip
    if rng.random() < 0.5:
        sentences.append(
            f"It was coordinated by {agency.name}, which has run a series of operations against"
            " online drug markets since 2014."
        )
    doc.p(*sentences)
    # seizures
    q_arrests = f"netted {arrests:,} arrests"
    c_arrests = doc.value(f"arrests-{arrests}", q_arrests, f"{m}.arrests",
                          Fig(f"{arrests:,}", arrests, "arrests"))  # fmt: skip
    if drugs >= 5000 and rng.random() < 0.5:
        tonnes = to_decimal(Fraction(drugs, 1000), 1)
        drugs_fig = Fig(f"{num(tonnes)} tonnes", tonnes, "tonnes")
        assert admits(Fraction(drugs, 1000), tonnes, None)
    else:
        drugs_fig = Fig(f"{drugs:,} kilograms", drugs, "kg")
    q_drugs = f"{drugs_fig.text} of drugs"
    q_part = f"{part:,} kilograms of {drug_words}"
    c_drugs = doc.value(f"drugs-{drugs_fig.value}-{drugs_fig.unit}", q_drugs,
                        f"{m}.seized.drugs", drugs_fig)  # fmt: skip
    c_part = doc.value(f"{drug_key}-{part}-kg", q_part, f"{m}.seized.{drug_key}",
                       Fig(f"{part:,}", part, "kg"))  # fmt: skip
    lb = Fraction(drugs) / Fraction(45359237, 10**8)
    lb_text = ""
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            lb_int = round(lb)
            lb_fig = Fig(f"{lb_int:,} pounds", lb_int, "lb", precision=1)
            note = "A converted figure, rounded to the pound."
        else:
            n_lb = nice(lb, "about")
            assert n_lb is not None
            word = rng.choice(("about", "roughly", "some"))
            lb_fig = Fig(f"{word} {int(n_lb):,} pounds", int(n_lb), "lb", word)
            note = "A converted figure."
            assert admits(lb, lb_fig.value, lb_fig.hedge)
        lb_text = f" ({lb_fig.text})"
        doc.value(f"drugs-{lb_fig.value}-lb", lb_fig.text, f"{m}.seized.drugs", lb_fig, note=note)
    q_within = f"{q_drugs}{lb_text}, including {q_part}"
    c_within = doc.claim(f"{drug_key}-within-drugs", "part", q_within,
                         measure=f"{m}.seized.{drug_key}", of=f"{m}.seized.drugs")  # fmt: skip
    cash_fig = money_fig(rng, Fraction(cash), cur)
    q_cash = f"{cash_fig.text} in cash and virtual currencies"
    doc.value(
        "cash-" + cash_fig.text.replace(" ", "-").strip("$€£¥"),
        q_cash,
        f"{m}.seized.cash_and_virtual_currency",
        cash_fig,
    )
    fire_fig = count_fig(rng, firearms, "firearms")
    doc.value(f"firearms-{firearms}", fire_fig.text, f"{m}.seized.firearms", fire_fig)
    doc.p(
        f"The operation {q_arrests} and led to the seizure of {q_within},"
        f" {q_cash} and {fire_fig.text}."
    )
    # records and comparisons
    sentences = []
    if arrests > top or plant == "superlative-beaten":
        q_most = f"the most ever for any {agency.short} operation"
        c_most = doc.claim("arrests-most-ever", "superlative",
                           f"The total number of arrests was {q_most}", measure=f"{m}.arrests",
                           among=[f"police.{agency.key}.history.*.arrests"])  # fmt: skip
        sentences.append(f"The total number of arrests was {q_most}")
        if plant == "superlative-beaten":
            best = max(history, key=lambda op: op.arrests)
            planted(doc, "superlative-beaten", "police", [c_most, c_arrests],
                    f"{arrests} arrests is called the most ever, but {best.name} made"
                    f" {best.arrests} (reference file)")  # fmt: skip
    c_mult = None
    if phrase is not None:
        hedge, factor, word = phrase
        q_mult = f"{hedge} {word} that of the previous operation"
        c_mult = doc.claim(f"arrests-{hedge}-{word}-previous".replace(" ", "-"), "multiple",
                           q_mult, measure=f"{m}.arrests",
                           of=f"police.{agency.key}.history.{prev.key}.arrests",
                           factor=factor if rng.random() < 0.6 else word, hedge=hedge,
                           note=f"The previous {agency.short} operation: {prev.name}.")  # fmt: skip
        doc.describe(
            f"police.{agency.key}.history.{prev.key}.arrests",
            f"Arrests in {prev.name}, the {agency.short} operation before this one",
        )
        if sentences:
            sentences[-1] += f" and {q_mult}, officials said."
        else:
            sentences.append(f"The number of arrests was {q_mult}, officials said.")
        if plant == "multiple-refuted":
            planted(doc, "multiple-refuted", "police", [c_mult, c_arrests],
                    f"{arrests} arrests is {float(Fraction(arrests, prev.arrests)):.2f} times the"
                    f" {prev.arrests} of {prev.name}, not {hedge} {word}")  # fmt: skip
    elif sentences:
        sentences[-1] += ", officials said."
    if rng.random() < 0.5 and plant != "cross-source":
        q_prev_date = f"{prev.name} in {month_year(prev.announced)}"
        doc.claim(f"{prev.key}-date".replace("_", "-"), "date", q_prev_date,
                  measure=f"police.{agency.key}.history.{prev.key}.announcement",
                  date=f"{prev.announced.year}-{prev.announced.month:02d}")  # fmt: skip
        sentences.append(f"The previous operation was {q_prev_date}.")
    doc.p(*sentences)
    # previous operation's drugs (a measure shared with the reference file)
    if rng.random() < 0.55 or plant == "cross-source":
        prev_drugs = prev.drugs_kg
        if plant == "cross-source":
            prev_drugs = int(prev.drugs_kg * rng.choice((0.5, 0.6, 1.5, 1.8)))
        q_prev = f"the {prev_drugs:,} kilograms seized in {prev.name}"
        c_prev = doc.value(f"{prev.key}-drugs".replace("_", "-"), q_prev,
                           f"police.{agency.key}.history.{prev.key}.seized.drugs",
                           Fig(f"{prev_drugs:,}", prev_drugs, "kg"))  # fmt: skip
        mp = multiple_phrase(Fraction(drugs, prev_drugs))
        if mp is not None and plant not in ("cross-source", "part-exceeds-whole"):
            hedge, factor, word = mp
            q = f"{hedge} {word}"
            doc.claim(f"drugs-{hedge}-{word}".replace(" ", "-"), "multiple", f"{q} {q_prev}",
                      measure=f"{m}.seized.drugs",
                      of=f"police.{agency.key}.history.{prev.key}.seized.drugs", factor=factor,
                      hedge=hedge)  # fmt: skip
            doc.p(f"The drug haul was {q} {q_prev}.")
        else:
            doc.p(f"Investigators compared the haul with {q_prev}.")
        if plant == "cross-source":
            planted(doc, "cross-source", "police", [c_prev],
                    f"the article gives {prev_drugs:,} kg for {prev.name}; the reference file"
                    f" gives {'~' if prev.drugs_hedged else ''}{prev.drugs_kg:,} kg")  # fmt: skip
    # countries named
    if complete:
        q_list = f"in {small(n_countries)} countries: {listing(named)}"
    else:
        q_list = f"in {small(n_countries)} countries, including {listing(named)}"
    c_list = doc.claim(f"countries-{n_countries}-named", "enumeration", q_list,
                       measure=f"{m}.countries", count=n_countries, unit="countries",
                       items=named, complete=complete, item_type="country")  # fmt: skip
    doc.p(f"Officials said they collaborated with law enforcement agencies {q_list}.")
    if plant == "names-exceed-count":
        planted(
            doc,
            "names-exceed-count",
            "police",
            [c_list],
            f"{len(named)} countries are named for a count of {n_countries}",
        )
    if plant == "span-impossible":
        assert c_span is not None
        planted(doc, "span-impossible", "police", [c_span, c_list],
                f"a complete list of {n_countries} European countries cannot span"
                f" {small(span_stated)} continents")  # fmt: skip
    if not complete and rng.random() < 0.15 and plant is None:
        doc.acks.append({
            "rule": "FC303",
            "claims": [c_list],
            "note": f"{n_countries - len(named)} of the countries are not named in the article;"
            f" {agency.short}'s own release lists them.",
        })  # fmt: skip
    # share of arrests in the lead country
    share_text, share_field, share_hedge = share_phrase(rng, lead_arrests, arrests)
    q_share = f"{title_case(share_text)} of the arrests were made in {listing([lead])}"
    q_lead = f"{lead_arrests:,} people"
    doc.claim(f"arrests-{lead.lower().replace(' ', '-')}-share", "share", q_share,
              measure=f"{m}.arrests_{lead.lower().replace(' ', '_')}", of=f"{m}.arrests",
              fraction=share_field, hedge=share_hedge)  # fmt: skip
    doc.value(f"arrests-{lead.lower().replace(' ', '-')}", q_lead,
              f"{m}.arrests_{lead.lower().replace(' ', '_')}",
              Fig(f"{lead_arrests:,}", lead_arrests, "people"))  # fmt: skip
    doc.p(f"{q_share}, where {q_lead} were detained.")
    # the markets and their vendors
    sentences = []
    if rng.random() < 0.6:
        markets = rng.sample(("Hydra", "Monopoly", "Bohemia", "Nexus", "Abacus", "Archetyp",
                              "Kingdom", "Vice City", "Incognito", "Tor2Door", "Cypher"),
                             rng.randint(2, 3))  # fmt: skip
        q_markets = f"{small(len(markets))} darknet markets, {listing(markets, the=False)}"
        doc.claim(f"markets-{len(markets)}", "enumeration", q_markets, measure=f"{m}.markets",
                  count=len(markets), unit="markets", items=markets, complete=True)  # fmt: skip
        sentences.append(f"Investigators targeted {q_markets}.")
    vend = count_fig(rng, vendors, "vendors", p_hedge=0.7, classes=("more", "nearly", "about"))
    doc.value("vendors", f"{vend.text} were identified", f"{m}.vendors", vend)
    sentences.append(f"Police said {vend.text} were identified.")
    q_warrants = f"executed {warrants:,} search warrants"
    doc.value(f"warrants-{warrants}", q_warrants, f"{m}.warrants",
              Fig(f"{warrants:,}", warrants, "warrants"))  # fmt: skip
    sentences.append(f"Officers {q_warrants} across the participating countries.")
    if rng.random() < 0.5:
        q_sites = f"took down {small(websites)} websites"
        doc.value(f"websites-{websites}", q_sites, f"{m}.websites",
                  Fig(small(websites), websites, "websites"))  # fmt: skip
        sentences.append(f"Cybercrime units {q_sites}.")
    doc.p(*sentences)
    # how long it ran
    founded = published.year - rng.randint(3, 9)
    years_ran = published.year - founded - 1
    if rng.random() < 0.6 and years_ran >= 2:
        q_founded = f"founded in {founded}"
        q_ran = f"had been running for more than {small(years_ran)} years"
        doc.claim(f"network-{years_ran}-years", "duration", [q_founded, q_ran], hedge="more than",
                  value=years_ran, unit="years", since=str(founded))  # fmt: skip
        doc.p(f"The largest of the networks, {q_founded}, {q_ran}, according to prosecutors.")
    sentences = []
    if months_run >= 3:
        q_launch = f"launched in {month_year(launch)}"
        c_launch = doc.claim("investigation-launched", "date", q_launch, measure=f"{m}.launch",
                             date=f"{launch.year}-{launch.month:02d}")  # fmt: skip
        q_lasted = f"lasted more than {months_run} months"
        doc.claim(f"investigation-{months_run}-months", "duration", q_lasted, hedge="more than",
                  value=months_run, unit="months", since=f"{m}.launch",
                  until=f"{m}.announcement")  # fmt: skip
        del c_launch
        sentences.append(f"The investigation, {q_launch}, {q_lasted}.")
    sinaloa = rng.choice(("a cartel-linked supply network", "a money-laundering ring",
                          "an encrypted-phone service used by traffickers"))  # fmt: skip
    event = published - dt.timedelta(days=rng.randint(20, 300))
    phrase_rel = relative_phrase(event, published)
    if phrase_rel:
        q_rel = f"{title_case(phrase_rel)}, {agency.name} announced charges against {sinaloa}"
        doc.claim("charges-" + phrase_rel.replace(" ", "-"), "relative_date", q_rel,
                  phrase=phrase_rel, measure=f"{m}.related_charges")  # fmt: skip
        sentences.append(q_rel + ".")
    doc.p(*sentences)
    if rng.random() < 0.5:
        frozen = rng.randint(1, 60) * 10**6 + rng.randint(0, 99) * 10**4
        fig = money_fig(rng, Fraction(frozen), cur, p_hedge=0.8)
        q = f"assets worth {fig.text} were frozen"
        doc.value("assets-frozen", q, f"{m}.assets_frozen", fig)
        doc.p(f"Prosecutors said {q} pending trial.")
    doc.p(
        "“Criminals who believe they can hide behind encryption and cryptocurrency will find that"
        " they cannot,” a spokesperson said at a press conference."
    )
    if plant == "part-exceeds-whole":
        planted(
            doc,
            "part-exceeds-whole",
            "police",
            [c_within, c_drugs, c_part],
            f"{part:,} kg of {drug_name} cannot be part of {drugs:,} kg of drugs",
        )
    if plant == "value-mismatch":
        planted(
            doc,
            "value-mismatch",
            "police",
            [c_suspects, c_arrests],
            f"'{hedge_first.text}' and '{arrests:,} arrests' are the same measure",
        )
    if plant == "weekday-mismatch":
        planted(
            doc,
            "weekday-mismatch",
            "police",
            [c_weekday],
            f"published (and announced) on {weekday_of(published)}, the text says {weekday}",
        )
    del c_count, c_suspects
    return doc


def economy_story(ctx: Ctx) -> Doc:
    rng, world, plant = ctx.rng, ctx.world, ctx.plant
    country = rng.choice(COUNTRIES)
    cur = CURRENCIES[country.currency]
    year = rng.choice((2021, 2022, 2023))
    published = random_date(rng, dt.date(year + 1, 1, 20), dt.date(year + 1, 6, 28))
    k = f"econ.{country.key}"
    doc = Doc(f"econ-{country.key}-{year}-{published.isoformat()}", "", published=published,
              publisher=rng.choice(PUBLISHERS), template="economy")  # fmt: skip
    if rng.random() < 0.2:
        doc.tolerances["about"] = "5%"
    ex = world.exports[country.key]
    exports = ex[year] * 10**9
    imports_ratio = world.part_share(f"{k}.imports.{year}") + Fraction(1, 2)
    imports = exports * imports_ratio
    balance = exports - imports
    eu_key = "the European Union" if country.currency != "EUR" else "the rest of the euro area"
    exports_eu = exports * world.part_share(f"{k}.exports_eu.{year}")
    ev_now, ev_before = world.exports_ev[country.key][year], world.exports_ev[country.key][year - 1]
    doc.title = rng.choice((
        f"{country.name}'s exports hit a record in {year}" if ex[year] == max(ex.values())
        else f"{country.name}'s trade figures for {year} show a mixed picture",
        f"{country.stats} publishes {year} trade figures",
    ))  # fmt: skip
    doc.header = [doc.title, f"{country.capital.upper()}, {uk_date(published)} ({doc.publisher})"]
    weekday = weekday_of(published)
    q_day = f"{country.stats} said on {weekday}"
    doc.claim(f"published-{weekday.lower()}", "weekday", q_day, weekday=weekday,
              measure=f"{k}.trade_release.{ctx.tag}")  # fmt: skip

    def money(amount: Fraction, **kw: Any) -> Fig:
        return money_fig(rng, amount, cur, **kw)

    ex_fig = money(exports)
    q_ex = f"Exports of goods reached {ex_fig.text} in {year}"
    c_ex = doc.value(f"exports-{year}", q_ex, f"{k}.exports.{year}", ex_fig)
    prev_amount = ex[year - 1] * 10**9
    if plant == "cross-source":
        prev_amount = prev_amount * Fraction(rng.choice((80, 85, 118, 125)), 100)
    prev_fig = money(prev_amount)
    q_prev = (
        f"up from {prev_fig.text} a year earlier"
        if ex[year] > ex[year - 1]
        else (f"down from {prev_fig.text} a year earlier")
    )
    c_prev = doc.value(f"exports-{year - 1}", prev_fig.text, f"{k}.exports.{year - 1}", prev_fig)
    doc.p(f"{q_ex}, {q_prev}, {q_day}.")
    if plant == "cross-source":
        planted(
            doc,
            "cross-source",
            "economy",
            [c_prev],
            f"the article's exports for {year - 1} disagree with the reference file",
        )
    sentences = []
    im_fig = money(imports)
    doc.value(f"imports-{year}", f"imports of {im_fig.text}", f"{k}.imports.{year}", im_fig)
    word = "surplus" if balance > 0 else "deficit"
    bal_fig = money(abs(balance), p_hedge=0.4, classes=("about", "more", "nearly"))
    q_bal = f"a trade {word} of {bal_fig.text}"
    doc.value(f"trade-{word}", q_bal, f"{k}.trade_{word}.{year}", bal_fig)
    sentences.append(f"With imports of {im_fig.text}, the country ran {q_bal}.")
    part = int(exports_eu // 10**6) * 10**6
    eu_fig = money(Fraction(part))
    if plant == "share-refuted":
        real = Fraction(part) / exports
        shown = real + Fraction(rng.choice((-12, -9, 9, 12)), 100)
        text, frac, hedge = f"{int(to_decimal(shown * 100, 0))}%", "", None
        frac = text
    else:
        text, frac, hedge = share_phrase(rng, part, exports)
    q_share = f"{text} of all exports"
    q_eu = f"Sales to {eu_key}, worth {eu_fig.text}, made up {q_share}"
    c_eushare = doc.claim("exports-eu-share", "share", q_share, measure=f"{k}.exports_eu.{year}",
                          of=f"{k}.exports.{year}", fraction=frac, hedge=hedge)  # fmt: skip
    c_eu = doc.value("exports-eu", f"worth {eu_fig.text}", f"{k}.exports_eu.{year}", eu_fig)
    sentences.append(q_eu + ".")
    doc.p(*sentences)
    if plant == "share-refuted":
        planted(
            doc,
            "share-refuted",
            "economy",
            [c_eushare, c_eu, c_ex],
            f"{eu_fig.text} of {ex_fig.text} is not {text}",
        )
    # electric vehicles: a multiple
    ev_fig = money(ev_now * 10**9)
    evb_fig = money(ev_before * 10**9)
    mp = multiple_phrase(ev_now / ev_before)
    if plant == "multiple-refuted":
        mp = refuted_multiple(ev_now / ev_before)
    q_evn = f"{ev_fig.text} in {year}"
    q_evb = f"{evb_fig.text} in {year - 1}"
    c_evn = doc.value(f"ev-exports-{year}", q_evn, f"{k}.exports_ev.{year}", ev_fig)
    c_evb = doc.value(f"ev-exports-{year - 1}", q_evb, f"{k}.exports_ev.{year - 1}", evb_fig)
    if mp is not None:
        hedge_m, factor, word_m = mp
        q_m = f"{hedge_m} {past_tense(word_m)}"
        c_m = doc.claim(f"ev-exports-{q_m}".replace(" ", "-"), "multiple", f"{q_m} to {q_evn}",
                        measure=f"{k}.exports_ev.{year}", of=f"{k}.exports_ev.{year - 1}",
                        factor=factor, hedge=hedge_m)  # fmt: skip
        doc.p(f"Exports of electric vehicles {q_m} to {q_evn}, from {q_evb}.")
        if plant == "multiple-refuted":
            planted(
                doc,
                "multiple-refuted",
                "economy",
                [c_m, c_evn, c_evb],
                f"{ev_fig.text} against {evb_fig.text} is not '{q_m}'",
            )
    else:
        doc.p(f"Exports of electric vehicles rose to {q_evn}, from {q_evb}.")
        if plant == "multiple-refuted":
            raise AssertionError("multiple-refuted needs a multiple")
    # records
    if ex[year] == max(ex.values()):
        q_rec = "the highest annual exports on record"
        doc.claim("exports-record", "superlative", f"The figure was {q_rec}",
                  measure=f"{k}.exports.{year}", among=[f"{k}.exports.*"],
                  note="Records in the reference file go back to 2012.")  # fmt: skip
        doc.p(f"The figure was {q_rec}, the office said.")
    # top markets
    partners = world.rng_for(f"{k}.top_markets.{year}").sample(
        [c for c in COUNTRY_CONTINENT if c != country.name], 5
    )
    n_top = rng.choice((3, 4, 5))
    top = partners[:n_top]
    shown_top = top
    if plant == "complete-list-short":
        shown_top = top[:-1]
        planted_list = True
    else:
        planted_list = False
    q_top = f"The {small(n_top)} largest export markets were {listing(shown_top)}"
    c_top = doc.claim(f"top-{n_top}-markets", "enumeration", q_top,
                      measure=f"{k}.top_{n_top}_markets.{year}", count=n_top, unit="markets",
                      items=shown_top, complete=True, item_type="country")  # fmt: skip
    sentences = [q_top + "."]
    sp = continents(top)
    if rng.random() < 0.5 and not planted_list:
        q_sp = f"spread over {small(sp)} continents"
        doc.claim(
            f"markets-{sp}-continents",
            "span",
            q_sp,
            measure=f"{k}.top_{n_top}_markets_continents.{year}",
            of=f"{k}.top_{n_top}_markets.{year}",
            count=sp,
            unit="continents",
        )
        sentences.append(f"Those markets are {q_sp}.")
    doc.p(*sentences)
    if planted_list:
        planted(
            doc,
            "complete-list-short",
            "economy",
            [c_top],
            f"the {small(n_top)} largest markets are listed with {n_top - 1} names",
        )
    # jobs and unemployment
    labour = world.rng_for(f"{k}.labour.{year}").randint(3_000_000, 90_000_000)
    unemployed = int(labour * world.part_share(f"{k}.unemployed.{year}") / 5)
    rate_text, rate_field, rate_hedge = share_phrase(rng, unemployed, labour)
    un_fig = scaled_fig(rng, Fraction(unemployed, 10**6), "million", " people",
                        "million people", p_hedge=0.5, classes=("about",))  # fmt: skip
    lab_fig = scaled_fig(rng, Fraction(labour, 10**6), "million", "", "million people")
    q_rate = f"the unemployment rate stood at {rate_text}"
    q_un = f"{un_fig.text} out of work"
    q_lab = f"a labour force of {lab_fig.text}"
    doc.claim("unemployment-rate", "share", q_rate, measure=f"{k}.unemployed.{year}",
              of=f"{k}.labour_force.{year}", fraction=rate_field, hedge=rate_hedge)  # fmt: skip
    doc.value("unemployed", q_un, f"{k}.unemployed.{year}", un_fig)
    doc.value("labour-force", q_lab, f"{k}.labour_force.{year}", lab_fig)
    jobs = world.rng_for(f"{k}.jobs.{year}").randint(20_000, 600_000)
    manuf = int(jobs * world.part_share(f"{k}.jobs_manufacturing.{year}"))
    q_jobs = f"created {jobs:,} jobs"
    q_man = f"{manuf:,} of them in manufacturing"
    c_jobs = doc.value("jobs-created", q_jobs, f"{k}.jobs.{year}", Fig(f"{jobs:,}", jobs, "jobs"))
    c_man = doc.value("jobs-manufacturing", q_man, f"{k}.jobs_manufacturing.{year}",
                      Fig(f"{manuf:,}", manuf, "jobs"))  # fmt: skip
    doc.claim("manufacturing-within-jobs", "part", f"{q_jobs}, {q_man}",
              measure=f"{k}.jobs_manufacturing.{year}", of=f"{k}.jobs.{year}")  # fmt: skip
    doc.p(f"At the end of {year}, {q_rate}, with {q_un} in {q_lab}. The economy {q_jobs}, {q_man}.")
    if plant == "value-mismatch":
        wrong = int(jobs * rng.choice((0.6, 0.7, 1.4, 1.6)))
        fig = count_fig(rng, wrong, "jobs", p_hedge=1.0, classes=("about",), noun="new jobs")
        assert not admits(Fraction(jobs), fig.value, fig.hedge)
        q = f"{fig.text} in {year}"
        c = doc.value("jobs-summary", q, f"{k}.jobs.{year}", fig)
        doc.p(f"The labour ministry's own summary spoke of {q}.")
        planted(
            doc,
            "value-mismatch",
            "economy",
            [c_jobs, c],
            f"{jobs:,} jobs and '{fig.text}' are the same measure",
        )
    del c_man
    # the central bank, dated against the reference file
    decisions = world.decisions[country.bank_key]
    earlier = [d for d in decisions if d < published]
    if plant == "date-mismatch":
        far = [d for d in earlier if 3 <= month_index(published) - month_index(d) <= 9]
        day = rng.choice(far)
        phrase = "last month"
    else:
        day = earlier[-1]
        phrase = relative_phrase(day, published) or ""
    if phrase:
        key = f"events.{country.bank_key}.rate_decision.{day.isoformat().replace('-', '_')}"
        q_cb = f"{title_case(phrase)}, {country.bank} raised its key interest rate"
        c_cb = doc.claim("rate-decision-" + phrase.replace(" ", "-"), "relative_date", q_cb,
                         phrase=phrase, measure=key)  # fmt: skip
        doc.describe(key, f"The {country.bank} decision of {day.isoformat()}")
        doc.p(
            f"{q_cb}, a move economists said would weigh on investment and, eventually, on"
            " demand for exports."
        )
        if plant == "date-mismatch":
            planted(
                doc,
                "date-mismatch",
                "economy",
                [c_cb],
                f"'last month' for a decision the reference file dates {day.isoformat()}",
            )
    # FDI over a 12-month period, grain, companies, a support package, a trade deal
    end = add_months(published.replace(day=1), -rng.randint(2, 5))
    fdi = world.rng_for(f"{k}.fdi.{end:%Y_%m}").randint(4_000, 90_000) * 10**6
    fdi_fig = money(Fraction(fdi))
    q_period = f"the 12 months to {month_year(end)}"
    pkey = f"{k}.fdi_period.{end:%Y_%m}"
    doc.claim("fdi-period", "period", q_period, measure=pkey, length=12, unit="months",
              end=f"{end.year}-{end.month:02d}")  # fmt: skip
    doc.value("fdi", f"{fdi_fig.text} in foreign direct investment", f"{k}.fdi.{end:%Y_%m}",
              fdi_fig)  # fmt: skip
    wheat = Fraction(world.rng_for(f"{k}.wheat.{year}").randint(30, 6_000), 100)  # Mt
    wheat_fig = scaled_fig(rng, wheat, "million", " tonnes", "million tonnes")
    wheat2 = scaled_fig(rng, wheat, "million", " tonnes", "million tonnes", p_hedge=1.0,
                        classes=("nearly", "about", "more"))  # fmt: skip
    q_w1 = f"shipped {wheat_fig.text} of grain"
    doc.value("grain-exports", q_w1, f"{k}.grain_exports.{year}", wheat_fig)
    doc.p(
        f"The country attracted {fdi_fig.text} in foreign direct investment in {q_period}."
        f" Farmers {q_w1} abroad."
    )
    companies = world.rng_for(f"{k}.new_exporters.{year}").randint(800, 20_000)
    comp = count_fig(rng, companies, "companies", p_hedge=0.8, classes=("about", "more"))
    sentences = [
        f"Grain shipments of {wheat2.text} were a lifeline for rural areas, the farm ministry"
        " said.",
        f"{title_case(comp.text)} exported for the first time.",
    ]
    doc.value("grain-exports-hedged", wheat2.text, f"{k}.grain_exports.{year}", wheat2)
    doc.value("new-exporters", title_case(comp.text), f"{k}.new_exporters.{year}", comp)
    if rng.random() < 0.7:
        pkg = world.rng_for(f"{k}.export_support.{year}").randint(50, 3000) * 10**6
        pkg_fig = money_fig(rng, Fraction(pkg), cur, p_hedge=0.3, classes=("about", "more"),
                            places=1)  # fmt: skip
        q_pkg = f"a {pkg_fig.text} support package"
        doc.value("support-package", q_pkg, f"{k}.export_support.{year}", pkg_fig)
        sentences.append(f"The government announced {q_pkg} for small exporters.")
    doc.p(*sentences)
    deal = world.rng_for(f"{k}.trade_agreement")
    since = deal.randint(2005, 2016)
    partner = deal.choice([c for c in COUNTRY_CONTINENT if c != country.name])
    years = published.year - since - 1
    q_since = f"in force since {since}"
    q_for = f"for more than {small(years)} years"
    doc.claim(f"trade-agreement-{years}-years", "duration", [q_since, q_for],
              measure=f"{k}.trade_agreement_{partner.lower().replace(' ', '_')}.age",
              hedge="more than", value=years, unit="years", since=str(since))  # fmt: skip
    doc.p(
        f"Trade with {listing([partner])} benefited from an agreement {q_since}, which has cut"
        f" tariffs {q_for}, officials said."
    )
    del c_ex, c_prev, c_evb
    return doc


def health_story(ctx: Ctx) -> Doc:
    rng, world, plant = ctx.rng, ctx.world, ctx.plant
    country = rng.choice(COUNTRIES)
    cause, cause_words, part_words, part_key = rng.choice(HEALTH_CAUSES)
    published = random_date(rng, dt.date(2022, 3, 1), dt.date(2024, 12, 20))
    k = f"health.{country.key}.{cause}"
    end = add_months(published.replace(day=1), -rng.randint(2, 8))
    if plant == "period-mismatch":
        end = add_months(published.replace(day=1), rng.randint(1, 3))
    if plant == "superlative-beaten":
        year = rng.choice([y for y in range(2014, REF_LAST_YEAR + 1)
                           if world.deaths[(country.key, cause)][y] < max(
                               v for yy, v in world.deaths[(country.key, cause)].items()
                               if yy <= REF_LAST_YEAR) * 0.93] or [2013])  # fmt: skip
    else:
        year = published.year - 1
    doc = Doc(f"health-{country.key}-{cause}-{published.isoformat()}", "", published=published,
              publisher=rng.choice(PUBLISHERS), template="health")  # fmt: skip
    period_key = f"{k}.period_12m.{end:%Y_%m}"
    deaths = world.deaths_12m(country.key, cause, end)
    share = world.part_share(f"{k}.{part_key}_12m.{end:%Y_%m}") * Fraction(5, 4)
    share = min(share, Fraction(9, 10))
    part = int(deaths * share)
    dkey, pkey = f"{k}.deaths_12m.{end:%Y_%m}", f"{k}.{part_key}_12m.{end:%Y_%m}"
    first = count_fig(rng, deaths, "lives", p_hedge=1.0, classes=("more", "nearly", "about"))
    doc.title = rng.choice((
        f"{cause_words.capitalize()} claimed {first.text} in a year, {country.health} says",
        f"{country.name}: {cause_words} deaths remain high",
    ))  # fmt: skip
    doc.header = [doc.title, f"{country.capital.upper()}, {us_date(published)} ({doc.publisher})"]
    weekday = weekday_of(published)
    q_day = f"{country.health} said on {weekday}"
    doc.claim(f"report-{weekday.lower()}", "weekday", q_day, weekday=weekday,
              measure=f"{k}.report.{ctx.tag}")  # fmt: skip
    q_first = f"claimed {first.text}"
    q_period = f"the 12-month period ending in {month_year(end)}"
    c_first = doc.value("deaths-" + first.text.replace(" ", "-"), q_first, dkey, first)
    c_period = doc.claim("period-12-months", "period", q_period, measure=period_key, length=12,
                         unit="months", end=f"{end.year}-{end.month:02d}")  # fmt: skip
    doc.p(f"{cause_words.capitalize()} {q_first} in {country.name} in {q_period}, {q_day}.")
    if plant == "period-mismatch":
        planted(doc, "period-mismatch", "health", [c_period],
                f"a completed 12-month period ending in {month_year(end)}, after publication on"
                f" {published.isoformat()}")  # fmt: skip
    del c_first
    # the share of the deaths, and its figures
    shedge: str | None
    if plant == "share-refuted":
        part = int(deaths * Fraction(rng.randint(40, 56), 100))
        stext, sfield, shedge = "more than two-thirds", "2/3", "more than"
    else:
        stext, sfield, shedge = share_phrase(rng, part, deaths)
    q_share = f"{title_case(part_words)} accounted for {stext} of the deaths"
    c_share = doc.claim(f"{part_key}-share".replace("_", "-"), "share", q_share, measure=pkey,
                        of=dkey, fraction=sfield, hedge=shedge)  # fmt: skip
    q_total = f"{deaths:,} deaths in all"
    q_part = f"{part:,} of them"
    c_total = doc.value(f"deaths-{deaths}", q_total, dkey, Fig(f"{deaths:,}", deaths, "deaths"))
    c_part = doc.value(f"{part_key}-{part}".replace("_", "-"), q_part, pkey,
                       Fig(f"{part:,}", part, "deaths"))  # fmt: skip
    doc.p(f"{q_share}: the agency counted {q_total}, {q_part} linked to {part_words}.")
    if plant == "share-refuted":
        planted(
            doc,
            "share-refuted",
            "health",
            [c_share, c_total, c_part],
            f"{part:,} of {deaths:,} is {float(Fraction(part, deaths)):.0%}, not {stext}",
        )
    # under-25s: a part
    young = int(deaths * Fraction(world.rng_for(f"{k}.under_25.{end:%Y_%m}").randint(3, 20), 100))
    if plant == "part-exceeds-whole":
        young = int(part * Fraction(rng.randint(115, 150), 100))
    q_young = f"{young:,} of the dead were younger than 25"
    c_young = doc.value(f"under-25-{young}", q_young, f"{k}.under_25_12m.{end:%Y_%m}",
                        Fig(f"{young:,}", young, "deaths"))  # fmt: skip
    if plant == "part-exceeds-whole":
        q_in = f"{q_young}, all of them counted among the {part:,}"
        c_in = doc.claim("under-25-within-part", "part", q_in, measure=f"{k}.under_25_12m"
                         f".{end:%Y_%m}", of=pkey)  # fmt: skip
        doc.p(f"The report said {q_in}.")
        planted(
            doc,
            "part-exceeds-whole",
            "health",
            [c_in, c_young, c_part],
            f"{young:,} under-25 deaths cannot be part of {part:,}",
        )
    else:
        q_in = f"{q_young}, out of the {deaths:,}"
        doc.claim("under-25-within-deaths", "part", q_in,
                  measure=f"{k}.under_25_12m.{end:%Y_%m}", of=dkey)  # fmt: skip
        doc.p(f"Young people were hit hard: {q_in}.")
    del c_young
    kids = int(young * Fraction(world.rng_for(f"{k}.children.{end:%Y_%m}").randint(5, 40), 100))
    q_kids = f"{kids:,} were children"
    doc.value(f"children-{kids}", q_kids, f"{k}.children_12m.{end:%Y_%m}",
              Fig(f"{kids:,}", kids, "children"))  # fmt: skip
    doc.claim(
        "children-within-under-25",
        "part",
        [q_young, q_kids],
        measure=f"{k}.children_12m.{end:%Y_%m}",
        of=f"{k}.under_25_12m.{end:%Y_%m}",
    )
    city = country.cities[0]
    city_deaths = int(deaths * Fraction(world.rng_for(f"{k}.city.{end:%Y_%m}").randint(4, 25), 100))
    q_city = f"In {city}, {city_deaths:,} people died"
    ckey = f"{k}.deaths_12m_{slug(city).replace('-', '_')}.{end:%Y_%m}"
    doc.value(f"deaths-{slug(city)}", q_city, ckey, Fig(f"{city_deaths:,}", city_deaths, "people"))
    doc.claim(f"deaths-{slug(city)}-within-country", "part", [q_city, q_total], measure=ckey,
              of=dkey)  # fmt: skip
    calls = world.rng_for(f"{k}.calls.{end:%Y_%m}").randint(5_000, 400_000)
    calls_fig = count_fig(rng, calls, "items", p_hedge=0.8, classes=("more", "about", "nearly"),
                          noun="calls")  # fmt: skip
    doc.value("hotline-calls", calls_fig.text, f"{k}.hotline_calls_12m.{end:%Y_%m}", calls_fig)
    doc.p(
        f"Among them, {q_kids}. {q_city}, and a national hotline received {calls_fig.text}"
        " over the period."
    )
    # annual figures, shared with the reference file
    series = world.deaths[(country.key, cause)]
    annual = series[year]
    q_annual = f"In {year}, {annual:,} people died"
    c_annual = doc.value(f"deaths-{year}", q_annual, f"{k}.deaths.{year}",
                         Fig(f"{annual:,}", annual, "people"))  # fmt: skip
    sentences = []
    before = series[year - 1]
    if plant == "cross-source" and year - 1 <= REF_LAST_YEAR:
        before = int(before * rng.choice((0.7, 0.8, 1.25, 1.35)))
        planted_cross = True
    else:
        planted_cross = False
    direction = "up from" if annual > before else "down from"
    q_before = f"{before:,} the year before"
    c_before = doc.value(f"deaths-{year - 1}", q_before, f"{k}.deaths.{year - 1}",
                         Fig(f"{before:,}", before, "deaths"))  # fmt: skip
    if planted_cross:
        planted(
            doc,
            "cross-source",
            "health",
            [c_before],
            f"the article's {year - 1} deaths disagree with the reference file",
        )
    elif plant == "cross-source":
        raise AssertionError("cross-source needs a reference year")
    q_most = ""
    whole_max = max(series.values())
    if annual == whole_max or plant == "superlative-beaten":
        q_most = ", the most on record"
        c_most = doc.claim(f"deaths-{year}-record", "superlative", f"{annual:,} people died"
                           f" of {cause_words}{q_most}", measure=f"{k}.deaths.{year}",
                           among=[f"{k}.deaths.*"])  # fmt: skip
        if plant == "superlative-beaten":
            best = max((y for y in series if y <= REF_LAST_YEAR), key=series.__getitem__)
            planted(doc, "superlative-beaten", "health", [c_most, c_annual],
                    f"{annual:,} deaths in {year} is called the most on record, but the reference"
                    f" file has {series[best]:,} in {best}")  # fmt: skip
    sentences.append(f"{q_annual} of {cause_words}{q_most}, {direction} {q_before}.")
    base_year = 2015
    mp = multiple_phrase(Fraction(annual, series[base_year]))
    if mp is not None and year != base_year and plant != "superlative-beaten":
        hedge_m, factor, word_m = mp
        q_base = f"the {series[base_year]:,} deaths recorded in {base_year}"
        q_mult = f"{hedge_m} {word_m} {q_base}"
        doc.claim(f"deaths-{hedge_m}-{word_m}-{base_year}".replace(" ", "-"), "multiple", q_mult,
                  measure=f"{k}.deaths.{year}", of=f"{k}.deaths.{base_year}", factor=factor,
                  hedge=hedge_m)  # fmt: skip
        doc.value(f"deaths-{base_year}", q_base, f"{k}.deaths.{base_year}",
                  Fig(f"{series[base_year]:,}", series[base_year], "deaths"))  # fmt: skip
        sentences.append(f"That is {q_mult}.")
    doc.p(*sentences)
    del c_annual
    # where a new substance was detected: countries and continents
    if rng.random() < 0.6:
        n = rng.randint(4, 14)
        where = countries_for(rng, n, country.name)
        full = rng.random() < 0.25
        chosen = set(rng.sample(where, max(2, n - rng.randint(1, 4))))
        named = where if full else [c for c in where if c in chosen]
        q_list = f"{small(n)} countries" + (
            f": {listing(named)}" if full else f", including {listing(named)}"
        )
        mkey = f"{k}.new_substance_countries.{ctx.tag}"
        doc.claim(f"countries-{n}-named", "enumeration", q_list, measure=mkey, count=n,
                  unit="countries", items=named, complete=full, item_type="country")  # fmt: skip
        sp = continents(where)
        q_sp = f"on {small(sp)} continents"
        doc.claim(f"continents-{sp}", "span", q_sp, measure=f"{mkey}_continents", of=mkey,
                  count=sp, unit="continents")  # fmt: skip
        doc.p(
            f"A new synthetic substance has now been detected in {q_list}, {q_sp}, according to"
            " an international early-warning network."
        )
    # hospital admissions, a programme, doses, women
    adm = world.rng_for(f"{k}.admissions.{end:%Y_%m}").randint(300, 60_000)
    adm_fig = count_fig(rng, adm, "patients", p_hedge=0.8, classes=("more", "nearly", "about"))
    doc.value("hospital-admissions", f"{adm_fig.text} were admitted to hospital",
              f"{k}.admissions_12m.{end:%Y_%m}", adm_fig)  # fmt: skip
    women = int(deaths * Fraction(world.rng_for(f"{k}.women.{end:%Y_%m}").randint(18, 45), 100))
    w_text, w_field, w_hedge = share_phrase(rng, women, deaths)
    q_w = f"women made up {w_text} of those who died"
    doc.claim("women-share", "share", q_w, measure=f"{k}.women_12m.{end:%Y_%m}", of=dkey,
              fraction=w_field, hedge=w_hedge)  # fmt: skip
    doc.p(f"In the same period {adm_fig.text} were admitted to hospital, and {q_w}.")
    cur = CURRENCIES[country.currency]
    budget = world.rng_for(f"{k}.programme.{published.year}").randint(20, 4000) * 10**6
    bfig = money_fig(rng, Fraction(budget), cur, places=1)
    q_prog = f"a {bfig.text} prevention programme"
    doc.value("prevention-programme", q_prog, f"{k}.programme.{published:%Y_%m_%d}", bfig)
    doses = world.rng_for(f"{k}.doses.{published.year}").randint(50_000, 4_000_000)
    if doses >= 1_000_000:
        dfig = scaled_fig(rng, Fraction(doses, 10**6), "million", " doses", "million doses")
    else:
        dfig = count_fig(rng, doses, "doses", p_hedge=0.5, classes=("about", "more"))
    q_doses = f"distribute {dfig.text}"
    doc.value("doses", q_doses, f"{k}.doses.{published:%Y_%m_%d}", dfig)
    medicine = {"overdose": "of naloxone", "road": "of tetanus vaccine", "flu": "of vaccine"}[cause]
    doc.p(f"The government has promised {q_prog}, which will {q_doses} {medicine}.")
    sentences = []
    event = published - dt.timedelta(days=rng.randint(3, 200))
    rel = relative_phrase(event, published)
    if rel:
        q_rel = f"{title_case(rel)}, the health minister met families of victims"
        doc.claim("minister-met-" + rel.replace(" ", "-"), "relative_date", q_rel, phrase=rel,
                  measure=f"{k}.minister_meeting.{ctx.tag}")  # fmt: skip
        sentences.append(q_rel + ".")
    before_report = published - dt.timedelta(days=rng.randint(200, 700))
    q_before_report = f"its first since {month_year(before_report)}"
    doc.claim("previous-report", "date", q_before_report,
              measure=f"{k}.report_before.{ctx.tag}",
              date=f"{before_report.year}-{before_report.month:02d}")  # fmt: skip
    sentences.append(f"The report was {q_before_report}.")
    years_c = rng.randint(8, 25)
    since = published.year - years_c
    q_c = f"for more than {small(years_c - 1)} years"
    doc.claim(f"campaign-{years_c - 1}-years", "duration", [f"since {since}", q_c],
              hedge="more than", value=years_c - 1, unit="years", since=str(since))  # fmt: skip
    sentences.append(
        f"Campaigners, who have lobbied since {since}, said they had warned of the crisis {q_c}."
    )
    doc.p(*sentences)
    return doc


def election_story(ctx: Ctx) -> Doc:
    rng, world, plant = ctx.rng, ctx.world, ctx.plant
    key = rng.choice(ELECTION_COUNTRIES)
    country = COUNTRY_BY_KEY[key]
    elections = world.elections[key]
    latest = [e for e in elections if e.year >= 2020]
    e = rng.choice(latest)
    prev = elections[elections.index(e) - 1]
    published = e.day + dt.timedelta(days=rng.randint(1, 4))
    k = f"elections.{key}.{e.year}"
    doc = Doc(f"election-{key}-{e.year}-{published.isoformat()}", "", published=published,
              publisher=rng.choice(PUBLISHERS), template="election")  # fmt: skip
    winner = e.winner
    w_votes, w_seats = e.parties[winner]
    pkey = winner.lower().replace("'", "").replace(" ", "_")
    doc.title = f"{winner} win the general election in {listing([country.name])}"
    doc.header = [doc.title, f"{country.capital.upper()}, {uk_date(published)} ({doc.publisher})"]
    weekday = "Sunday"
    if plant == "weekday-mismatch":
        weekday = rng.choice(("Saturday", "Monday"))
    q_date = f"the {uk_date(e.day)} election"
    q_wd = f"Voters went to the polls on {weekday}"
    c_date = doc.claim("election-date", "date", q_date, measure=f"{k}.day", date=e.day)
    c_wd = doc.claim(f"polls-{weekday.lower()}", "weekday", q_wd, weekday=weekday,
                     measure=f"{k}.day", within_days=6)  # fmt: skip
    if plant == "weekday-mismatch":
        planted(
            doc,
            "weekday-mismatch",
            "election",
            [c_date, c_wd],
            f"{uk_date(e.day)} was a Sunday, the text says {weekday}",
        )
    cast_fig = scaled_fig(rng, Fraction(e.cast, 10**6), "million", " votes", "million votes")
    reg_fig = scaled_fig(rng, Fraction(e.registered, 10**6), "million", " registered voters",
                         "million voters")  # fmt: skip
    turnout = Fraction(e.cast, e.registered)
    if plant == "share-refuted":
        t_text = f"{int(to_decimal(turnout * 100 + rng.choice((-9, -7, 7, 9)), 0))}%"
        t_field, t_hedge = t_text, None
    else:
        t_text, t_field, t_hedge = share_phrase(rng, e.cast, e.registered)
    q_turn = f"turnout was {t_text}"
    doc.p(
        f"{q_wd} in {q_date}, and {q_turn}: {cast_fig.text} were cast by {reg_fig.text},"
        " the electoral commission said."
    )
    c_turn = doc.claim("turnout", "share", q_turn, measure=f"{k}.votes_cast",
                       of=f"{k}.registered_voters", fraction=t_field, hedge=t_hedge)  # fmt: skip
    c_cast = doc.value("votes-cast", cast_fig.text, f"{k}.votes_cast", cast_fig)
    c_reg = doc.value("registered-voters", reg_fig.text, f"{k}.registered_voters", reg_fig)
    if plant == "share-refuted":
        planted(
            doc,
            "share-refuted",
            "election",
            [c_turn, c_cast, c_reg],
            f"{cast_fig.text} of {reg_fig.text} is not a turnout of {t_text}",
        )
    # the winner
    wv_fig = scaled_fig(rng, Fraction(w_votes, 10**6), "million", " votes", "million votes",
                        places=2 if w_votes < 10**7 else 1)  # fmt: skip
    s_text, s_field, s_hedge = share_phrase(rng, w_votes, e.cast)
    q_wv = f"The {winner} won {wv_fig.text}"
    q_ws = f"{s_text} of the votes cast"
    doc.value("winner-votes", q_wv, f"{k}.winner_votes", wv_fig)
    doc.claim("winner-share", "share", q_ws, measure=f"{k}.winner_votes", of=f"{k}.votes_cast",
              fraction=s_field, hedge=s_hedge)  # fmt: skip
    seats_shown = w_seats
    if plant == "part-exceeds-whole":
        seats_shown = e.seats + rng.randint(5, 40)
    q_seats = f"{seats_shown} of the {e.seats} seats"
    c_ws = doc.value("winner-seats", q_seats, f"{k}.{pkey}.seats",
                     Fig(str(seats_shown), seats_shown, "seats"))  # fmt: skip
    c_total = doc.value("total-seats", q_seats, f"{k}.seats", Fig(str(e.seats), e.seats, "seats"))
    c_within = doc.claim("winner-seats-within-parliament", "part", q_seats,
                         measure=f"{k}.{pkey}.seats", of=f"{k}.seats")  # fmt: skip
    if plant == "part-exceeds-whole":
        planted(
            doc,
            "part-exceeds-whole",
            "election",
            [c_within, c_ws, c_total],
            f"{seats_shown} seats cannot be part of {e.seats}",
        )
    doc.p(f"{q_wv}, {q_ws}, and {q_seats} in parliament.")
    sentences = []
    ranked = sorted(e.parties, key=lambda p: e.parties[p][0], reverse=True)
    runner = ranked[1]
    r_votes, r_seats = e.parties[runner]
    rkey = runner.lower().replace("'", "").replace(" ", "_")
    rv_fig = scaled_fig(rng, Fraction(r_votes, 10**6), "million", " votes", "million votes",
                        places=2)  # fmt: skip
    q_rs = f"{r_seats} seats"
    doc.value("runner-up-votes", rv_fig.text, f"{k}.{rkey}.votes", rv_fig)
    doc.value("runner-up-seats", f"{rv_fig.text} and {q_rs}", f"{k}.{rkey}.seats",
              Fig(str(r_seats), r_seats, "seats"))  # fmt: skip
    doc.claim("runner-up-seats-within-parliament", "part", [f"{rv_fig.text} and {q_rs}",
              q_seats], measure=f"{k}.{rkey}.seats", of=f"{k}.seats")  # fmt: skip
    inv = int(e.cast * Fraction(world.rng_for(f"{k}.invalid").randint(5, 30), 1000))
    q_inv = f"{inv:,} ballots were declared invalid"
    doc.value("invalid-ballots", q_inv, f"{k}.invalid_ballots", Fig(f"{inv:,}", inv, "votes"))
    doc.claim("invalid-within-cast", "part", [q_inv, cast_fig.text],
              measure=f"{k}.invalid_ballots", of=f"{k}.votes_cast")  # fmt: skip
    stood = world.rng_for(f"{k}.stood").randint(len(e.parties) + 3, 30)
    q_stood = f"{stood} parties stood"
    doc.value("parties-stood", q_stood, f"{k}.parties_stood", Fig(str(stood), stood, "items"))
    doc.p(f"The runner-up, the {runner}, won {rv_fig.text} and {q_rs}. In all, {q_stood}; {q_inv}.")
    prev_seats = prev.parties[winner][1]
    shown_prev = prev_seats
    if plant == "cross-source":
        shown_prev = max(1, int(prev_seats * rng.choice((0.5, 0.7, 1.4, 1.6))))
        if shown_prev == prev_seats:
            shown_prev += 7
    q_prev = f"its {prev.year} tally of {shown_prev} seats"
    c_prev = doc.value(f"seats-{prev.year}", q_prev, f"elections.{key}.{prev.year}.{pkey}.seats",
                       Fig(str(shown_prev), shown_prev, "seats"))  # fmt: skip
    if plant == "cross-source":
        planted(
            doc,
            "cross-source",
            "election",
            [c_prev],
            f"the reference file gives the {winner} {prev_seats} seats in {prev.year}",
        )
    mp = multiple_phrase(Fraction(w_seats, prev_seats)) if plant is None and prev_seats else None
    if mp is not None:
        hedge_m, factor, word_m = mp
        q_m = f"{hedge_m} {word_m} {q_prev}"
        doc.claim("seats-multiple", "multiple", q_m, measure=f"{k}.{pkey}.seats",
                  of=f"elections.{key}.{prev.year}.{pkey}.seats", factor=factor,
                  hedge=hedge_m)  # fmt: skip
        sentences.append(f"The result is {q_m}.")
    else:
        sentences.append(f"The party compared the result with {q_prev}.")
    if w_votes == max(el.parties[el.winner][0] for el in elections):
        q_rec = f"the most votes won by any party in a {country.name} election"
        doc.claim(
            "winner-votes-record",
            "superlative",
            f"It was {q_rec}",
            measure=f"{k}.winner_votes",
            among=[f"elections.{key}.*.winner_votes"],
        )
        sentences.append(f"It was {q_rec} since records began.")
    doc.p(*sentences)
    # the parties in parliament
    seated = [p for p, (_v, s) in e.parties.items() if s >= 5]
    q_parties = f"{small(len(seated)).capitalize()} parties won seats: {listing(seated, False)}"
    doc.claim(f"parties-{len(seated)}", "enumeration", q_parties, measure=f"{k}.parties_seated",
              count=len(seated), unit="items", items=seated, complete=True)  # fmt: skip
    doc.p(q_parties + ".")
    # observers: a partial list of countries, and continents
    wrng = world.rng_for(f"{k}.observers")
    n = wrng.randint(5, 16)
    obs = countries_for(wrng, n)
    chosen = set(rng.sample(obs, rng.randint(2, min(6, n - 1))))
    named = [c for c in obs if c in chosen]
    q_obs = f"Observers from {small(n)} countries, including {listing(named)}"
    doc.claim(f"observer-countries-{n}", "enumeration", q_obs, measure=f"{k}.observer_countries",
              count=n, unit="countries", items=named, item_type="country")  # fmt: skip
    sp = continents(obs)
    q_sp = f"from {small(sp)} continents"
    doc.claim(f"observer-continents-{sp}", "span", q_sp, measure=f"{k}.observer_continents",
              of=f"{k}.observer_countries", count=sp, unit="continents")  # fmt: skip
    stations = world.rng_for(f"{k}.stations").randint(4_000, 90_000)
    st_fig = count_fig(rng, stations, "items", p_hedge=1.0, classes=("about",),
                       noun="polling stations")  # fmt: skip
    doc.value("polling-stations", st_fig.text, f"{k}.polling_stations", st_fig)
    doc.p(
        f"{q_obs}, monitored {st_fig.text}. The observers, {q_sp}, reported no serious"
        " irregularities."
    )
    # women in parliament
    sentences = []
    q_women = f"{e.women_seats} women"
    doc.value("women-seats", f"{q_women} were elected", f"{k}.women_seats",
              Fig(str(e.women_seats), e.women_seats, "seats"))  # fmt: skip
    wt, wf, wh = share_phrase(rng, e.women_seats, e.seats)
    q_wsh = f"{wt} of the seats"
    doc.claim("women-share", "share", q_wsh, measure=f"{k}.women_seats", of=f"{k}.seats",
              fraction=wf, hedge=wh)  # fmt: skip
    sentences.append(f"{q_women} were elected, {q_wsh}.")
    in_power = rng.randint(5, 16)
    q_power = f"in power for more than {small(in_power - 1)} years"
    doc.claim(f"in-power-{in_power - 1}-years", "duration", q_power, hedge="more than",
              value=in_power - 1, unit="years",
              measure=f"elections.{key}.incumbent_in_power.{ctx.tag}")  # fmt: skip
    sentences.append(f"The outgoing prime minister had been {q_power}.")
    event = published - dt.timedelta(days=rng.randint(40, 400))
    rel = relative_phrase(event, published)
    if rel:
        q_rel = f"{title_case(rel)}, parliament changed the electoral law"
        doc.claim(
            "electoral-law-" + rel.replace(" ", "-"),
            "relative_date",
            q_rel,
            phrase=rel,
            measure=f"elections.{key}.electoral_law_change.{ctx.tag}",
        )
        sentences.append(q_rel + ".")
    doc.p(*sentences)
    return doc


def census_story(ctx: Ctx) -> Doc:
    rng, world, plant = ctx.rng, ctx.world, ctx.plant
    country = rng.choice(COUNTRIES)
    series = world.census[country.key]
    years = sorted(series)
    year, before = years[-1], years[-2]
    published = random_date(rng, dt.date(year + 1, 3, 1), dt.date(year + 2, 10, 30))
    k = f"census.{country.key}"
    doc = Doc(f"census-{country.key}-{year}-{published.isoformat()}", "", published=published,
              publisher=rng.choice(PUBLISHERS), template="census")  # fmt: skip
    pop = series[year]
    doc.title = f"{year} census: {country.name} counts {pop:,} residents"
    doc.header = [doc.title, f"{country.capital.upper()}, {us_date(published)} ({doc.publisher})"]
    weekday = weekday_of(published)
    q_day = f"{country.stats} said on {weekday}"
    doc.claim(f"results-{weekday.lower()}", "weekday", q_day, weekday=weekday,
              measure=f"{k}.{year}.results_release.{ctx.tag}")  # fmt: skip
    q_pop = f"{pop:,} residents"
    c_pop = doc.value(f"population-{year}", q_pop, f"{k}.population.{year}",
                      Fig(f"{pop:,}", pop, "residents"))  # fmt: skip
    shown_before = Fraction(series[before], 10**6)
    if plant == "cross-source":
        shown_before *= Fraction(rng.choice((80, 86, 115, 120)), 100)
    bfig = scaled_fig(rng, shown_before, "million", "", "million people")
    q_before = (
        f"up from {bfig.text} in {before}"
        if pop > series[before]
        else (f"down from {bfig.text} in {before}")
    )
    c_before = doc.value(f"population-{before}", bfig.text, f"{k}.population.{before}", bfig)
    doc.p(f"The {year} census counted {q_pop}, {q_before}, {q_day}.")
    if plant == "cross-source":
        planted(
            doc,
            "cross-source",
            "census",
            [c_before],
            f"the article's {before} population disagrees with the reference file",
        )
    if plant == "value-mismatch":
        wrong = Fraction(pop * rng.choice((6, 7, 14, 15)), 10 * 10**6)
        wfig = scaled_fig(rng, wrong, "million", " people", "million people", p_hedge=1.0,
                          classes=("about",))  # fmt: skip
        # "about 50 million" stands for [45, 55.1) million: the true figure must be outside it
        assert not admits(Fraction(pop, 10**6), wfig.value, wfig.hedge, scaled=True)
        c_w = doc.value("population-headline", f"a nation of {wfig.text}",
                        f"{k}.population.{year}", wfig)  # fmt: skip
        doc.p(f"Officials described {country.name} as a nation of {wfig.text}.")
        planted(
            doc,
            "value-mismatch",
            "census",
            [c_pop, c_w],
            f"{pop:,} residents and '{wfig.text}' are the same measure",
        )
    sentences = []
    first_year = years[0]
    mp = multiple_phrase(Fraction(pop, series[first_year]))
    if mp is not None:
        hedge_m, factor, word_m = mp
        q_first = f"the {series[first_year]:,} counted in {first_year}"
        q_m = f"{hedge_m} {word_m} {q_first}"
        doc.claim(f"population-{hedge_m}-{word_m}".replace(" ", "-"), "multiple", q_m,
                  measure=f"{k}.population.{year}", of=f"{k}.population.{first_year}",
                  factor=factor, hedge=hedge_m)  # fmt: skip
        doc.value(f"population-{first_year}", q_first, f"{k}.population.{first_year}",
                  Fig(f"{series[first_year]:,}", series[first_year], "people"))  # fmt: skip
        sentences.append(f"The population is now {q_m}.")
    if pop == max(series.values()):
        q_rec = "the largest population ever recorded"
        doc.claim("population-record", "superlative", f"It is {q_rec}",
                  measure=f"{k}.population.{year}", among=[f"{k}.population.*"])  # fmt: skip
        sentences.append(f"It is {q_rec}.")
    doc.p(*sentences)
    # older people: a share
    old = int(pop * Fraction(world.rng_for(f"{k}.{year}.aged_65").randint(120, 290), 1000))
    oh: str | None
    if plant == "share-refuted":
        old = int(pop * Fraction(rng.randint(12, 22), 100))
        ot, of_, oh = "more than a third", "1/3", "more than"
    else:
        ot, of_, oh = share_phrase(rng, old, pop)
    q_old = f"{ot} of residents were 65 or older"
    c_old = doc.claim("aged-65-share", "share", q_old, measure=f"{k}.aged_65_plus.{year}",
                      of=f"{k}.population.{year}", fraction=of_, hedge=oh)  # fmt: skip
    ofig = Fig(f"{old:,}", old, "people")
    c_oldv = doc.value("aged-65", f"{old:,} people", f"{k}.aged_65_plus.{year}", ofig)
    kids = int(pop * Fraction(world.rng_for(f"{k}.{year}.children").randint(120, 230), 1000))
    kfig = scaled_fig(rng, Fraction(kids, 10**6), "million", " children", "million children")
    kt, kf, kh = share_phrase(rng, kids, pop)
    q_kids = f"{kfig.text} aged 14 or younger"
    q_kshare = f"{kt} of the total"
    doc.value("children", q_kids, f"{k}.children.{year}", kfig)
    doc.claim("children-share", "share", q_kshare, measure=f"{k}.children.{year}",
              of=f"{k}.population.{year}", fraction=kf, hedge=kh)  # fmt: skip
    doc.p(f"The census found that {q_old}, or {old:,} people. There were {q_kids}, {q_kshare}.")
    if plant == "share-refuted":
        planted(
            doc,
            "share-refuted",
            "census",
            [c_old, c_oldv, c_pop],
            f"{old:,} of {pop:,} is not {ot}",
        )
    # cities
    cities = list(country.cities)
    q_cities = f"The {small(len(cities))} largest cities were {listing(cities, False)}"
    doc.claim("largest-cities", "enumeration", q_cities, measure=f"{k}.largest_cities.{year}",
              count=len(cities), unit="cities", items=cities, complete=True)  # fmt: skip
    cap = int(pop * Fraction(world.rng_for(f"{k}.{year}.capital").randint(20, 160), 1000))
    if plant == "part-exceeds-whole":
        cap = int(pop * Fraction(rng.randint(103, 115), 100))
    q_cap = f"{cap:,} people lived in {country.capital}"
    c_cap = doc.value("capital-population", q_cap, f"{k}.capital_population.{year}",
                      Fig(f"{cap:,}", cap, "people"))  # fmt: skip
    c_in = doc.claim("capital-within-country", "part", [q_cap, q_pop],
                     measure=f"{k}.capital_population.{year}",
                     of=f"{k}.population.{year}")  # fmt: skip
    second = next(c for c in cities if c != country.capital)
    c2 = int(pop * Fraction(world.rng_for(f"{k}.{year}.second").randint(10, 90), 1000))
    q_c2 = f"{second} had {c2:,} inhabitants"
    c2key = f"{k}.city_population_{slug(second).replace('-', '_')}.{year}"
    doc.value(f"{slug(second)}-population", q_c2, c2key, Fig(f"{c2:,}", c2, "people"))
    doc.claim(f"{slug(second)}-within-country", "part", [q_c2, q_pop], measure=c2key,
              of=f"{k}.population.{year}")  # fmt: skip
    doc.p(f"{q_cities}. In the capital, {q_cap}; {q_c2}.")
    if plant == "part-exceeds-whole":
        planted(
            doc,
            "part-exceeds-whole",
            "census",
            [c_in, c_cap, c_pop],
            f"the capital's {cap:,} cannot be part of {pop:,}",
        )
    # households, foreign-born, countries of birth
    hh = Fraction(int(pop / Fraction(world.rng_for(f"{k}.{year}.hh").randint(210, 290), 100)))
    hfig = scaled_fig(rng, hh / 10**6, "million", " households", "million households", places=1)
    doc.value("households", hfig.text, f"{k}.households.{year}", hfig)
    foreign = int(pop * Fraction(world.rng_for(f"{k}.{year}.foreign").randint(40, 300), 1000))
    ft, ff, fh = share_phrase(rng, foreign, pop)
    q_f = f"{foreign:,} residents, {ft} of the population, were born abroad"
    doc.value("foreign-born", f"{foreign:,} residents", f"{k}.foreign_born.{year}",
              Fig(f"{foreign:,}", foreign, "residents"))  # fmt: skip
    doc.claim("foreign-born-share", "share", f"{ft} of the population",
              measure=f"{k}.foreign_born.{year}", of=f"{k}.population.{year}", fraction=ff,
              hedge=fh)  # fmt: skip
    n_birth = world.rng_for(f"{k}.{year}.birth_countries").randint(90, 190)
    births = rng.sample([c for c in COUNTRY_CONTINENT if c != country.name], 3)
    q_birth = f"{n_birth} countries, most often {listing(births)}"
    doc.claim("countries-of-birth", "enumeration", q_birth, measure=f"{k}.birth_countries.{year}",
              count=n_birth, unit="countries", items=births, item_type="country")  # fmt: skip
    online = int(hh * Fraction(world.rng_for(f"{k}.{year}.online").randint(30, 85), 100))
    ot2, of2, oh2 = share_phrase(rng, online, hh)
    q_online = f"{ot2} of households answered online"
    doc.claim("online-share", "share", q_online, measure=f"{k}.households_online.{year}",
              of=f"{k}.households.{year}", fraction=of2, hedge=oh2)  # fmt: skip
    doc.p(f"The country has {hfig.text}; {q_online}. {title_case(q_f)}, in {q_birth}.")
    crng = world.rng_for(f"{k}.{year}.centenarians")
    cent = crng.randint(300, 25_000)
    cent_before = int(cent / crng.uniform(1.3, 3.5))
    q_cent = f"{cent:,} people aged 100 or older"
    q_cent_b = f"{cent_before:,} in {before}"
    doc.value("centenarians", q_cent, f"{k}.centenarians.{year}", Fig(f"{cent:,}", cent, "people"))
    doc.value(f"centenarians-{before}", q_cent_b, f"{k}.centenarians.{before}",
              Fig(f"{cent_before:,}", cent_before, "people"))  # fmt: skip
    mp_c = multiple_phrase(Fraction(cent, cent_before))
    if mp_c is not None:
        q_mc = f"{mp_c[0]} {mp_c[2]} the {q_cent_b}"
        doc.claim("centenarians-multiple", "multiple", q_mc, measure=f"{k}.centenarians.{year}",
                  of=f"{k}.centenarians.{before}", factor=mp_c[1], hedge=mp_c[0])  # fmt: skip
        doc.p(f"The census counted {q_cent}, {q_mc}.")
    else:
        doc.p(f"The census counted {q_cent}, against {q_cent_b}.")
    # the census itself
    day = dt.date(year, 3, 1) + dt.timedelta(days=world.rng_for(f"{k}.{year}.day").randint(0, 60))
    q_day2 = f"the census day, {us_date(day)}"
    doc.claim("census-day", "date", q_day2, measure=f"{k}.{year}.census_day", date=day)
    q_between = f"the ten years between {before} and {year}"
    doc.claim("intercensal-period", "period", q_between, measure=f"{k}.intercensal.{year}",
              start=str(before), end=str(year), length=10, unit="years")  # fmt: skip
    enum = world.rng_for(f"{k}.{year}.enumerators").randint(5_000, 160_000)
    efig = count_fig(rng, enum, "items", p_hedge=0.6, classes=("about", "more"),
                     noun="enumerators")  # fmt: skip
    doc.value("enumerators", title_case(efig.text), f"{k}.{year}.enumerators", efig)
    cost = world.rng_for(f"{k}.{year}.cost").randint(30, 2500) * 10**6
    cfig = money_fig(rng, Fraction(cost), CURRENCIES[country.currency], p_hedge=0.3,
                     classes=("about", "more"))  # fmt: skip
    q_cost = f"cost {cfig.text}"
    doc.value("census-cost", q_cost, f"{k}.{year}.cost", cfig)
    doc.p(
        f"Households were counted as of {q_day2}. {title_case(efig.text)} took part; the count"
        f" {q_cost}. The population grew in {q_between} mostly through migration."
    )
    event = dt.date(year + 1, 1, 15) + dt.timedelta(
        days=world.rng_for(f"{k}.{year}.pre").randint(0, 40)
    )
    rel = relative_phrase(event, published)
    if rel:
        q_rel = f"{title_case(rel)}, the office published preliminary figures"
        doc.claim("preliminary-" + rel.replace(" ", "-"), "relative_date", q_rel, phrase=rel,
                  measure=f"{k}.{year}.preliminary_release")  # fmt: skip
        doc.p(q_rel + ".")
    return doc


TEMPLATES: dict[str, tuple[float, Callable[[Ctx], Doc]]] = {
    "police": (0.30, police_story),
    "economy": (0.25, economy_story),
    "health": (0.25, health_story),
    "election": (0.10, election_story),
    "census": (0.10, census_story),
}

# --------------------------------------------------------------------------------------------
# Reference files
# --------------------------------------------------------------------------------------------


def references(world: World) -> list[Doc]:
    docs = []
    # 1. police operations, with a source text
    d = Doc("ref-police-operations", "Past operations of law enforcement agencies, as announced",
            reference=True, published=dt.date(2022, 1, 31), template="reference")  # fmt: skip
    d.ref_note = "Figures as first announced; later tallies may differ."
    d.header = [d.title]
    for agency in AGENCIES:
        for op in world.history[agency.key]:
            src = f"{agency.short} press release, {op.announced.isoformat()}"
            m = f"police.{agency.key}.history.{op.key}"
            cur = CURRENCIES[agency.currency]
            cash = money_fig(random.Random(op.key), Fraction(op.cash), cur, use_words=True)
            drugs = (f"approximately {op.drugs_kg:,} kilograms of drugs" if op.drugs_hedged
                     else f"{op.drugs_kg:,} kilograms of drugs")  # fmt: skip
            head = f"{op.name}, announced by {agency.name} on {us_date(op.announced)}"
            q_arrests = f"{head}, led to {op.arrests:,} arrests"
            sentence = (f"{q_arrests} and the seizure of {drugs}, {op.firearms} firearms and"
                        f" {cash.text} in cash and virtual currencies.")  # fmt: skip
            d.p(sentence)
            d.claim(f"{op.key}-date", "date", head, measure=f"{m}.announcement",
                    date=op.announced, source=src)  # fmt: skip
            d.claim(f"{op.key}-arrests", "value", q_arrests, measure=f"{m}.arrests",
                    value=op.arrests, unit="arrests", source=src)  # fmt: skip
            d.claim(f"{op.key}-drugs", "value", drugs, measure=f"{m}.seized.drugs",
                    hedge="approximately" if op.drugs_hedged else None, value=op.drugs_kg,
                    unit="kg", source=src)  # fmt: skip
            d.claim(f"{op.key}-firearms", "value", f"{op.firearms} firearms and {cash.text}",
                    measure=f"{m}.seized.firearms", value=op.firearms, unit="firearms",
                    source=src)  # fmt: skip
            d.value(
                f"{op.key}-cash",
                f"{cash.text} in cash and virtual currencies",
                f"{m}.seized.cash_and_virtual_currency",
                cash,
                source=src,
            )
    docs.append(d)
    # 2. trade statistics (no source text: quotes are table labels)
    d = Doc("ref-trade-statistics", "Annual exports of goods by country, 2012-2022",
            reference=True, published=dt.date(2023, 3, 31), template="reference",
            has_text=False)  # fmt: skip
    for c in COUNTRIES:
        cur = CURRENCIES[c.currency]
        for year in range(2012, REF_LAST_YEAR + 1):
            amount = world.exports[c.key][year] * 10**9
            size, scale = (10**12, "trillion") if amount >= 10**12 else (10**9, "billion")
            value = to_decimal(amount / size, 2)
            sym = f"{cur.symbol}{num(value)}" if cur.symbol else num(value)
            words = "" if cur.symbol else f" {cur.words}"
            d.claim(f"{c.key}-exports-{year}", "value",
                    f"{c.name}, exports of goods, {year}: {sym} {scale}{words}",
                    measure=f"econ.{c.key}.exports.{year}", value=value,
                    unit=f"{scale} {cur.code}",
                    source=f"{c.stats}, annual trade statistics {year + 1}")  # fmt: skip
    docs.append(d)
    # 3. health statistics
    d = Doc("ref-health-statistics", "Annual deaths by cause and country, 2012-2022",
            reference=True, published=dt.date(2023, 6, 30), template="reference",
            has_text=False)  # fmt: skip
    for c in COUNTRIES:
        for cause, words, *_ in HEALTH_CAUSES:
            for year in range(2012, REF_LAST_YEAR + 1):
                n = world.deaths[(c.key, cause)][year]
                d.claim(f"{c.key}-{cause}-{year}", "value",
                        f"{c.name}, deaths from {words}, {year}: {n:,} deaths",
                        measure=f"health.{c.key}.{cause}.deaths.{year}", value=n, unit="deaths",
                        source=f"{c.health}, mortality statistics")  # fmt: skip
    docs.append(d)
    # 4. elections and censuses, with a source text
    d = Doc("ref-elections-and-census", "Past election results and census counts",
            reference=True, published=dt.date(2023, 1, 15), template="reference")  # fmt: skip
    d.header = [d.title]
    for key in ELECTION_COUNTRIES:
        c = COUNTRY_BY_KEY[key]
        for e in world.elections[key]:
            if e.year >= 2020:
                continue
            src = f"{c.name} electoral commission, final results {e.year}"
            wv = e.parties[e.winner][0]
            head = f"{c.name}, general election of {us_date(e.day)}"
            d.p(f"{head}: {wv:,} votes for the winning party.")
            d.claim(f"{key}-{e.year}-day", "date", head, measure=f"elections.{key}.{e.year}.day",
                    date=e.day, source=src)  # fmt: skip
            d.claim(f"{key}-{e.year}-winner-votes", "value", f"{wv:,} votes for the winning party",
                    measure=f"elections.{key}.{e.year}.winner_votes", value=wv, unit="votes",
                    source=src)  # fmt: skip
            parts = []
            for party, (_v, seats) in e.parties.items():
                pk = party.lower().replace("'", "").replace(" ", "_")
                q = f"{party} {seats} seats ({c.name}, {e.year})"
                parts.append(q)
                d.claim(f"{key}-{e.year}-{pk}-seats", "value", q,
                        measure=f"elections.{key}.{e.year}.{pk}.seats", value=seats,
                        unit="seats", source=src)  # fmt: skip
            d.p("Seats: " + "; ".join(parts) + ".")
    for c in COUNTRIES:
        years = sorted(world.census[c.key])
        for year in years[:-1]:
            n = world.census[c.key][year]
            q = f"{c.name}, census of {year}: {n:,} people"
            d.p(q + ".")
            d.claim(f"{c.key}-census-{year}", "value", q,
                    measure=f"census.{c.key}.population.{year}", value=n, unit="people",
                    source=f"{c.stats}, census {year}")  # fmt: skip
    docs.append(d)
    # 5. central-bank decisions (dates)
    d = Doc("ref-central-bank-decisions", "Interest-rate decisions of central banks, 2020-2024",
            reference=True, published=dt.date(2025, 1, 2), template="reference",
            has_text=False)  # fmt: skip
    banks = {c.bank_key: c.bank for c in COUNTRIES}
    for key, days in sorted(world.decisions.items()):
        for day in days:
            d.claim(f"{key}-{day.isoformat()}", "date",
                    f"{banks[key]}: rate decision of {us_date(day)}",
                    measure=f"events.{key}.rate_decision.{day.isoformat().replace('-', '_')}",
                    date=day, source=f"{banks[key]}, monetary policy calendar")  # fmt: skip
    docs.append(d)
    return docs


# --------------------------------------------------------------------------------------------
# Writing the corpus
# --------------------------------------------------------------------------------------------


def slug(text: str, limit: int = 48) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].rstrip("-")


def generate(
    out: Path,
    articles: int = DEFAULT_ARTICLES,
    seed: int = DEFAULT_SEED,
    rate: float = 0.05,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Write the corpus into ``out`` (emptied first) and return the manifest."""
    if out.exists():
        for sub in ("articles", "references"):
            if (out / sub).exists():
                shutil.rmtree(out / sub)
        (out / MANIFEST).unlink(missing_ok=True)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "references").mkdir(parents=True, exist_ok=True)
    world = World(seed)
    rng = random.Random(seed)
    names = list(TEMPLATES)
    weights = [TEMPLATES[n][0] for n in names]
    n_plants = round(articles * rate)
    plant_at = set(rng.sample(range(articles), n_plants)) if n_plants else set()
    manifest: dict[str, Any] = {
        "seed": seed,
        "articles": articles,
        "contradiction_rate": rate,
        "generated_by": "benchmarks/make_corpus.py",
        "references": [],
        "files": [],
        "planted": [],
        "templates": {},
    }
    claims = 0
    total_bytes = 0
    for d in references(world):
        d.check_quotes()
        name = f"reference-{d.doc_id.removeprefix('ref-')}"
        text_name = f"{name}.txt" if d.has_text else None
        if text_name:
            (out / "references" / text_name).write_text(d.text, encoding="utf-8")
            total_bytes += len(d.text.encode())
        body = d.render(text_name, seed)
        (out / "references" / f"{name}.toml").write_text(body, encoding="utf-8")
        total_bytes += len(body.encode())
        claims += len(d.claims)
        manifest["references"].append(f"references/{name}.toml")
    seen_ids: set[str] = set()
    for i in range(articles):
        template = rng.choices(names, weights)[0]
        plant = None
        if i in plant_at:
            plant = rng.choice(sorted(PLANTS[template]))
        doc = None
        for attempt in range(50):
            article_rng = random.Random(f"{seed}|article|{i}|{attempt}")
            try:
                doc = TEMPLATES[template][1](Ctx(world, article_rng, i, plant))
            except (IndexError, AssertionError, ValueError, ZeroDivisionError):
                if attempt == 49:
                    raise
                continue
            if plant is not None and (doc.plant is None or doc.plant.kind != plant):
                continue
            break
        assert doc is not None
        if doc.doc_id in seen_ids:  # two outlets covered the same story on the same day
            doc.doc_id = f"{doc.doc_id}-{slug(doc.publisher or '')}"
        if doc.doc_id in seen_ids:
            doc.doc_id = f"{doc.doc_id}-{i + 1}"
        seen_ids.add(doc.doc_id)
        doc.check_quotes()
        stem = f"article-{i + 1:04d}-{slug(doc.doc_id)}"
        (out / "articles" / f"{stem}.txt").write_text(doc.text, encoding="utf-8")
        body = doc.render(f"{stem}.txt", seed)
        (out / "articles" / f"{stem}.toml").write_text(body, encoding="utf-8")
        total_bytes += len(body.encode()) + len(doc.text.encode())
        claims += len(doc.claims)
        manifest["files"].append(f"articles/{stem}.toml")
        manifest["templates"][template] = manifest["templates"].get(template, 0) + 1
        if doc.plant is not None:
            manifest["planted"].append({
                "file": f"articles/{stem}.toml",
                "doc": doc.doc_id,
                "kind": doc.plant.kind,
                "rule": doc.plant.rule,
                "claims": doc.plant.claims,
                "description": doc.plant.description,
            })  # fmt: skip
        if log and (i + 1) % 250 == 0:
            log(f"  {i + 1:,} articles written")
    manifest["claims"] = claims
    manifest["bytes"] = total_bytes
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def corpus_files(out: Path, manifest: dict[str, Any], articles: int | None = None) -> list[Path]:
    """The reference files and the first ``articles`` article claim files of a corpus."""
    files = [out / p for p in manifest["references"]]
    chosen = manifest["files"] if articles is None else manifest["files"][:articles]
    return files + [out / p for p in chosen]


def verify(out: Path, manifest: dict[str, Any]) -> int:
    """Load every claim file with factcheck; print every error; return how many there were."""
    try:
        from factcheck.loader import load_collecting
    except ImportError as exc:
        print(f"--verify needs factcheck installed: {exc}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    loaded, errors = load_collecting(corpus_files(out, manifest))
    took = time.perf_counter() - start
    print(
        f"verify: {len(loaded.files):,} files loaded, {loaded.claim_count:,} claims,"
        f" {len(errors)} errors ({took:.1f} s)"
    )
    for error in errors[:50]:
        print(f"  {error}")
    if len(errors) > 50:
        print(f"  ... and {len(errors) - 50} more")
    return len(errors)


def iter_sizes(manifest: dict[str, Any]) -> Iterator[tuple[str, int]]:
    yield "articles", manifest["articles"]
    yield "claims", manifest["claims"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, metavar="N",
                        help="number of articles (default %(default)s)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="random seed (default %(default)s)")  # fmt: skip
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="output folder (default benchmarks/corpus/); emptied first",
    )
    parser.add_argument(
        "--contradiction-rate",
        type=float,
        default=0.05,
        metavar="RATE",
        help="share of articles with a planted contradiction (default 0.05)",
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="load every file with factcheck.load and report every error",
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error(f"--articles={args.articles} must be at least 1")
    if not 0 <= args.contradiction_rate <= 1:
        parser.error(f"--contradiction-rate={args.contradiction_rate} must be between 0 and 1")
    start = time.perf_counter()
    print(f"generating {args.articles:,} articles into {args.out} (seed {args.seed})")
    manifest = generate(args.out, args.articles, args.seed, args.contradiction_rate, print)
    took = time.perf_counter() - start
    files = len(manifest["files"]) + len(manifest["references"])
    print(
        f"wrote {files:,} claim files ({len(manifest['files']):,} articles,"
        f" {len(manifest['references'])} references), {manifest['claims']:,} claims,"
        f" {manifest['bytes'] / 1e6:.1f} MB (claim files and texts) in {took:.1f} s"
    )
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(manifest["templates"].items()))
    print(f"stories: {kinds}")
    print(f"planted contradictions: {len(manifest['planted'])} (listed in {args.out / MANIFEST})")
    if args.verify:
        return 1 if verify(args.out, manifest) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
