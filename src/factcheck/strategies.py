"""Hypothesis strategies for factcheck, public like hypothesis' own: figures, hedges, claims,
claim files, and *true worlds*.

A `World` is a random assignment of values to measures (quantities, sets of countries, dated
events, periods). `true_claims` writes claims that are true of a world, quotes included, the way
an article and a reference source would: every measure is pinned by an exact "reference" claim,
and hedged restatements, relations, lists, spans and dates are written on top. `falsify` turns
one of them false beyond its hedge. The engine's promises are then properties:

* no false alarms: ``check`` finds no contradiction in claims written from a true world;
* no misses: after ``falsify``, a contradiction names the falsified claim.

    >>> from hypothesis import given
    >>> from factcheck.strategies import worlds, true_claims
    >>> @given(worlds().flatmap(true_claims))
    ... def test_no_false_alarms(written): ...

The shapes written (each one true of the world, and each one falsified its own way):

* values: exact anchors, hedged restatements in other units; figures of time as ``duration``
  claims ("lasted nearly 3 years"); ranges in every spelling ("between 10 and 20 kg", "10-20
  kg", "from 10 to 20 kg", "about 10 kg to 20 kg"), falsified above or below the truth; vague
  quantities ("dozens of people", "several hundred kg", "a billion-dollar sum in USD", "lasted
  several weeks"), falsified by a near word whose reading misses the truth;
* relations: parts; multiples as decimals ("at least 2.3 times") and in words ("three times as
  much as", "more than double", "half as much as", "a quarter as much as"), and ranges of them
  ("between 2 and 3 times"); changes in percent and ranges of them ("rose 12%", "fell
  10-15% from", "rose between 20% and 30% from"); shares as ranges ("10-15% of", "between 10%
  and 15% of"); shares as percentages ("68%", "68.4 percent", "more than 67%") and fractions
  ("two-thirds", "nearly half", "a fifth");
  superlatives in both directions ("the most", "the fewest", "the lowest"), strict or not;
* sets of countries: an exact list (count in digits or words, "a dozen"), lists whose count is
  hedged ("more than five countries", "nearly a dozen countries, including ..."), spans exact
  and hedged ("at least three continents");
* breakdowns: a whole and all of its items ("w.split was 212 people: Alder (65), Birch
  (147)"), or some ("including ..."), the whole maybe hedged; falsified by one item's figure or
  the whole's;
* events: exact dates in several spellings, months and years, weekdays, relative dates ("three
  weeks ago", "earlier this month", "last year", "on Friday"), durations since (and until) an
  event, a date or a year, in days, weeks, months or years, exact or hedged;
* periods: exact ends as reference dates, and periods stated by any of start, end and length
  together ("the 12-month period from September 2021 to August 2022", "a period of more than
  11 months to August 2022"), at day, month or year precision, completed or still under way.

Requires hypothesis (in factcheck's ``test`` extra).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeVar

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from factcheck.claims import (
    ArticleInfo,
    BreakdownClaim,
    ClaimBase,
    DateClaim,
    DifferenceClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PartClaim,
    PartialDate,
    PartsClaim,
    PeriodClaim,
    ReferenceInfo,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    ValueClaim,
    WeekdayClaim,
)
from factcheck.dates import WEEKDAYS, months_span_days, parse_partial_date, relative_range
from factcheck.engine.context import count_interval
from factcheck.loader import Loaded, LoadedFile, from_claims
from factcheck.numbers import Hedge, Interval, stated_interval, written_interval
from factcheck.numbers import range_interval as numbers_range_interval
from factcheck.units import unit_info
from factcheck.vague import VAGUE_READINGS

__all__ = [
    "COUNTRIES",
    "UNITS",
    "Label",
    "Newsroom",
    "Planted",
    "Source",
    "World",
    "Written",
    "as_decimal",
    "claim_files",
    "falsify",
    "hedged_values",
    "newsrooms",
    "true_claims",
    "values_with_units",
    "worlds",
]

#: Units the strategies write, by dimension; conversions between them are exact.
UNITS: dict[str, tuple[str, ...]] = {
    "[mass]": ("kg", "g", "lb", "tonnes"),
    "[currency_USD]": ("USD", "thousand USD", "million USD"),
    "[countable]": ("arrests", "people", "thousand people"),
    "[time]": ("years", "months", "weeks"),
}
#: Countries the strategies name, with their continents.
COUNTRIES: dict[str, str] = {
    "Austria": "Europe",
    "France": "Europe",
    "Germany": "Europe",
    "Netherlands": "Europe",
    "Poland": "Europe",
    "Brazil": "South America",
    "United Kingdom": "Europe",
    "United States": "North America",
    "Mexico": "North America",
    "China": "Asia",
    "Japan": "Asia",
    "Nigeria": "Africa",
    "Kenya": "Africa",
    "Australia": "Oceania",
    "Argentina": "South America",
    "Canada": "North America",
}
_HEDGED = (
    Hedge.NEARLY,
    Hedge.ABOUT,
    Hedge.MORE_THAN,
    Hedge.AT_LEAST,
    Hedge.LESS_THAN,
    Hedge.AT_MOST,
)
#: Words the strategies write for each hedge (a subset of `factcheck.numbers.HEDGE_SYNONYMS`).
_HEDGE_WORDS: dict[Hedge, tuple[str, ...]] = {
    Hedge.EXACT: ("",),
    Hedge.NEARLY: ("nearly", "almost", "close to", "just under"),
    Hedge.ABOUT: ("about", "approximately", "roughly", "around"),
    Hedge.MORE_THAN: ("more than", "over", "upwards of"),
    Hedge.AT_LEAST: ("at least", "no fewer than", "no less than"),
    Hedge.LESS_THAN: ("less than", "fewer than", "under", "below"),
    Hedge.AT_MOST: ("at most", "up to", "no more than"),
}
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
#: Words of a superlative, by direction (the claim's ``direction`` takes any of them).
_SUPERLATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "most": ("most", "highest", "largest", "biggest", "greatest"),
    "least": ("least", "fewest", "lowest", "smallest"),
}
#: Factors a multiple is written with: exact value, the claim's ``factor``, the words.
_FACTORS: tuple[tuple[Fraction, str | int, str], ...] = (
    (Fraction(1, 4), "1/4", "a quarter as much as"),
    (Fraction(1, 3), "1/3", "a third as much as"),
    (Fraction(1, 2), "half", "half as much as"),
    (Fraction(2), "twice", "twice as much as"),
    (Fraction(2), "double", "double"),
    (Fraction(3), 3, "three times as much as"),
    (Fraction(3), "triple", "triple"),
    (Fraction(4), 4, "four times as much as"),
    (Fraction(5), 5, "five times as much as"),
    (Fraction(10), 10, "ten times as much as"),
)
#: Fractions a share is written with: exact value, the claim's ``fraction``, the words.
_FRACTIONS: tuple[tuple[Fraction, str, str], ...] = (
    (Fraction(1, 10), "1/10", "a tenth"),
    (Fraction(1, 5), "1/5", "a fifth"),
    (Fraction(1, 4), "a quarter", "a quarter"),
    (Fraction(1, 3), "a third", "a third"),
    (Fraction(2, 5), "2/5", "two-fifths"),
    (Fraction(1, 2), "half", "half"),
    (Fraction(2, 3), "two-thirds", "two-thirds"),
    (Fraction(3, 4), "three-quarters", "three-quarters"),
)
#: Units of time the strategies write durations and lengths in: days per unit, or months per unit.
_DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_MONTH_UNITS = {"month": 1, "months": 1, "year": 12, "years": 12}
#: Days of slack when a duration's truth is judged: inclusive or exclusive counting of days.
_SLACK = 2


@dataclass(frozen=True)
class World:
    """The truth: values of quantities (in a unit), sets of countries, dated events, periods."""

    published: date
    #: measure key -> (exact value in ``unit``, unit)
    quantities: dict[str, tuple[Fraction, str]]
    #: count measure key -> the countries of the set
    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: date measure key -> the day
    events: dict[str, date] = field(default_factory=dict)
    #: period measure key -> (first day, last day), both included; it may end after publication
    periods: dict[str, tuple[date, date]] = field(default_factory=dict)
    #: whole measure key -> the names of its items (each a quantity '<whole>.<name>', in the
    #: whole's unit), when the items are all of the whole (True) or not (False)
    breakdowns: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)

    def base(self, key: str) -> Fraction:
        """A quantity in base units of its dimension."""
        value, unit = self.quantities[key]
        return value * unit_info(unit).factor

    def dimension(self, key: str) -> str:
        """A quantity's dimension."""
        return unit_info(self.quantities[key][1]).dimension

    def dated(self) -> dict[str, date]:
        """Every date measure and its day: the events, and the ends of the periods
        (``<key>.start``, ``<key>.end``)."""
        days = dict(self.events)
        for key, (start, end) in self.periods.items():
            days[f"{key}.start"] = start
            days[f"{key}.end"] = end
        return days


@dataclass(frozen=True)
class Written:
    """Claims written from a world, the article text quoting them, and which are references."""

    world: World
    claims: tuple[ClaimBase, ...]
    text: str
    #: Ids of the exact claims that pin each measure (the "reference" of the world).
    anchors: frozenset[str]

    def loaded(self, *, split: int | None = None) -> Loaded:
        """The claims as loaded files: one, or two when ``split`` gives where to cut."""
        parts = [self.claims] if split is None else [self.claims[:split], self.claims[split:]]
        files = []
        for n, part in enumerate(parts):
            article = ArticleInfo(
                id=f"world-{n}",
                title="A true world",
                published=self.world.published,
                text="world.txt",
            )
            files.append(from_claims(part, article=article, text=self.text, path=f"world-{n}"))
        return Loaded(tuple(files))


def as_decimal(value: Fraction, places: int) -> Decimal | None:
    """``value`` as a decimal of at most ``places`` places, as written (no trailing zeros)."""
    scaled = value * 10**places
    if scaled.denominator != 1:
        return None
    text = format(Decimal(scaled.numerator).scaleb(-places), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def _text(number: Decimal | Fraction) -> str:
    if isinstance(number, Fraction):
        return str(number)
    text = format(number, "f")
    return text


#: How style guides group a figure's thousands: none, commas, spaces, narrow no-break spaces
#: (SI), Indian lakhs and crores.
_GROUPINGS = ("", ",", " ", "\u202f", "indian")
#: Words before a figure's sentence in which hedge words are not hedges: "over the weekend",
#: "around the world", "up to now".
_OTHER_SENSES = ("", "Over the weekend, ", "Around the world, ", "Up to now, ",
                 "Officials talked about the operation; ", "Over a 10-month period, ")  # fmt: skip


def _grouped(number: Decimal, grouping: str) -> str:
    """A figure with its thousands grouped as a style guide writes them: "1,234,567",
    "1 234 567", "12,34,567"."""
    whole, dot, decimals = format(number, "f").partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    if not grouping or len(digits) <= 3:
        return format(number, "f")
    if grouping == "indian":
        head, tail = digits[:-3], digits[-3:]
        pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        text = ",".join([*pairs, tail])
    else:
        groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
        text = grouping.join(groups)
    return f"{sign}{text}{dot}{decimals}"


def _spelled(number: Decimal, style: int) -> tuple[str, str]:
    """The figure of a value claim's quote, in one of the styles (0 is plain digits), after
    words that use hedge words in another sense."""
    return _OTHER_SENSES[style // len(_GROUPINGS) % len(_OTHER_SENSES)], _grouped(
        number, _GROUPINGS[style % len(_GROUPINGS)]
    )


def values_with_units(dimension: str | None = None) -> st.SearchStrategy[tuple[Fraction, str]]:
    """An exact value (whole, or with up to two decimals) with a unit of ``dimension`` (any of
    `UNITS` when None). Counts of things are whole numbers in base units."""
    dims = st.sampled_from(sorted(UNITS)) if dimension is None else st.just(dimension)

    def build(dim: str) -> st.SearchStrategy[tuple[Fraction, str]]:
        if dim == "[countable]":
            return st.tuples(st.integers(1, 2_000_000).map(Fraction), st.just("people"))
        cents = st.integers(1, 10**8).map(lambda n: Fraction(n, 100))
        return st.tuples(cents, st.sampled_from(UNITS[dim]))

    return dims.flatmap(build)


@st.composite
def hedged_values(draw: st.DrawFn, value: Fraction) -> tuple[Hedge, Decimal]:
    """A hedge and a written figure that is true of ``value`` (a whole or two-decimal number)."""
    hedge = draw(st.sampled_from((Hedge.EXACT, *_HEDGED)))
    whole = int(value)
    if hedge is Hedge.EXACT:
        written = as_decimal(value, 2)
    elif hedge is Hedge.NEARLY and value >= 20:
        written = Decimal(whole + 1)
    elif hedge is Hedge.ABOUT and value >= 20:
        written = Decimal(round(value))
    elif hedge is Hedge.MORE_THAN and whole >= 2:
        written = Decimal(draw(st.integers(1, whole - 1)))
    elif hedge is Hedge.AT_LEAST and whole >= 1:
        written = Decimal(draw(st.integers(1, whole)))
    elif hedge is Hedge.LESS_THAN or hedge is Hedge.AT_MOST:
        written = Decimal(draw(st.integers(whole + 1, 2 * whole + 2)))
    else:
        hedge, written = Hedge.EXACT, as_decimal(value, 2)
    assert written is not None
    interval = stated_interval(written, hedge)
    assert value in interval, (value, hedge, written)
    return hedge, written


def _day_before(published: date) -> st.SearchStrategy[date]:
    """A day on or before ``published``: a few days, weeks, years, or whole months back."""
    days = st.one_of(st.integers(0, 10), st.integers(0, 800), st.integers(0, 8000))
    months = st.integers(1, 240).map(lambda n: published - relativedelta(months=n))
    return st.one_of(days.map(lambda n: published - timedelta(days=n)), months)


@st.composite
def _period(draw: st.DrawFn, published: date) -> tuple[date, date]:
    """A period's first and last day: whole calendar months (from a month's first day or any
    other), whole years, or some days. Most are over by ``published``; some are still under
    way."""
    style = draw(st.sampled_from(("months", "years", "days")))
    if style == "months":
        length = draw(st.integers(1, 36))
        last = published.year * 12 + published.month - 1 - draw(st.integers(-6, 60))
        end = date(last // 12, last % 12 + 1, 1) + relativedelta(months=1, days=-1)
        first = last - length + 1
        return date(first // 12, first % 12 + 1, 1), end
    if style == "years":
        length = draw(st.integers(1, 5))
        last_year = published.year - draw(st.integers(-1, 20))
        return date(last_year - length + 1, 1, 1), date(last_year, 12, 31)
    start = published - timedelta(days=draw(st.integers(0, 1500)))
    if draw(st.booleans()):  # whole calendar months from any day: March 15 to March 14
        after = start + relativedelta(months=draw(st.integers(1, 30)))
        if after.day == start.day:
            return start, after - timedelta(days=1)
    return start, start + timedelta(days=draw(st.integers(0, 120)))


@st.composite
def worlds(draw: st.DrawFn, max_quantities: int = 6, max_countries: int = 12) -> World:
    """A random world: quantities in several dimensions, maybe a set of (at most
    ``max_countries``) countries, dated events, and periods."""
    published = draw(st.dates(date(2001, 1, 1), date(2035, 12, 31)))
    count = draw(st.integers(1, max_quantities))
    quantities: dict[str, tuple[Fraction, str]] = {}
    dims = draw(st.lists(st.sampled_from(sorted(UNITS)), min_size=count, max_size=count))
    for i, dim in enumerate(dims):
        quantities[f"w.q{i}"] = draw(values_with_units(dim))
    sets: dict[str, tuple[str, ...]] = {}
    if draw(st.booleans()):
        names = draw(
            st.lists(
                st.sampled_from(sorted(COUNTRIES)),
                min_size=1,
                max_size=max(1, min(max_countries, len(COUNTRIES))),
                unique=True,
            )
        )
        sets["w.countries"] = tuple(names)
    events: dict[str, date] = {}
    for i in range(draw(st.integers(0, 2))):
        events[f"w.event{i}"] = draw(_day_before(published))
    periods: dict[str, tuple[date, date]] = {}
    for i in range(draw(st.integers(0, 1))):
        periods[f"w.period{i}"] = draw(_period(published))
    breakdowns: dict[str, tuple[tuple[str, ...], bool]] = {}
    if draw(st.booleans()):
        names = draw(st.lists(st.sampled_from(_ITEM_NAMES), min_size=1, max_size=4, unique=True))
        figures = draw(st.lists(st.integers(0, 500), min_size=len(names), max_size=len(names)))
        rest = draw(st.integers(0, 300)) if len(names) > 1 else draw(st.integers(1, 300))
        quantities["w.split"] = (Fraction(sum(figures) + rest), "people")
        for name, figure in zip(names, figures, strict=True):
            quantities[f"w.split.{name.lower()}"] = (Fraction(figure), "people")
        breakdowns["w.split"] = (tuple(names), rest == 0)
    return World(published, quantities, sets, events, periods, breakdowns)


#: Names of a breakdown's items (no country: they are not placed, and not counted as one).
_ITEM_NAMES = ("Alder", "Birch", "Cedar", "Rowan", "Willow")


class _Writer:
    """Builds claims with unique ids and the quotes they need."""

    def __init__(self) -> None:
        self.claims: list[ClaimBase] = []
        self.quotes: list[str] = []
        self.anchors: set[str] = set()

    def add(self, claim: ClaimBase, *, anchor: bool = False) -> None:
        self.claims.append(claim)
        self.quotes.append(claim.quote_text)
        if anchor:
            self.anchors.add(claim.id)

    def next_id(self, stem: str) -> str:
        return f"{stem}-{len(self.claims)}"


_Option = TypeVar("_Option", bound=tuple[Any, ...])


def _by_hedge(options: Sequence[_Option]) -> st.SearchStrategy[_Option]:
    """One of ``options`` (tuples whose first item is a hedge), each hedge equally likely: an
    exact figure that is true only one way is drawn as often as a one-sided hedge."""
    hedges = sorted({o[0] for o in options}, key=list(Hedge).index)
    return st.sampled_from(hedges).flatmap(
        lambda hedge: st.sampled_from([o for o in options if o[0] is hedge])
    )


def _hedge_words(hedge: Hedge) -> str:
    return "" if hedge is Hedge.EXACT else f"{hedge.value} "


def _said(hedge: Hedge, word: int = 0) -> str:
    """One of the words the strategies write for ``hedge``, with a space after it (none for an
    exact figure); ``word`` picks which."""
    words = _HEDGE_WORDS[hedge]
    chosen = words[word % len(words)]
    return f"{chosen} " if chosen else ""


def _count_text(n: int, words: bool) -> str:
    """A count as an article writes it: digits, or words ("eight", "a dozen")."""
    if words and n == 12:
        return "a dozen"
    if words and 0 < n < len(_NUMBER_WORDS):
        return _NUMBER_WORDS[n]
    return str(n)


def _value_claim(
    cid: str,
    key: str,
    hedge: Hedge,
    written: Decimal,
    unit: str,
    *,
    exact: bool = False,
    style: int = 0,
) -> ValueClaim:
    before, figure = _spelled(written, style)
    quote = f"{before}{key} was {_hedge_words(hedge)}{figure} {unit}"
    precision = Decimal(0) if exact else None
    return ValueClaim(
        id=cid, quote=quote, measure=key, value=written, unit=unit, hedge=hedge, precision=precision
    )


def _figure_duration(
    cid: str, key: str, hedge: Hedge, written: Decimal, unit: str, style: int = 0
) -> DurationClaim:
    before, figure = _spelled(written, style)
    quote = f"{before}{key} lasted {_hedge_words(hedge)}{figure} {unit}"
    return DurationClaim(id=cid, quote=quote, measure=key, value=written, unit=unit, hedge=hedge)


def _restated(value: Fraction, unit: str, other: str) -> Fraction:
    return value * unit_info(unit).factor / unit_info(other).factor


# --- Ranges: "10 to 20 kg", "between 2 and 3 times", "10-15%" ---------------------------------

#: How articles join the ends of a range; ``{u}`` is the unit after the low end, when repeated.
_RANGE_STYLES = (
    "{lo} to {hi}",
    "between {lo} and {hi}",
    "{lo}-{hi}",
    "{lo}\u2013{hi}",
    "from {lo} to {hi}",
    "{lo}{u} to {hi}",
)


def _range_words(low: str, high: str, unit: str, style: int, hedge: Hedge) -> str:
    """A range as an article writes it, its unit after the high end (and maybe the low):
    "between 10 and 20 kg", "10-20 kg", "about 10 kg to 20 kg"."""
    pattern = _RANGE_STYLES[style % len(_RANGE_STYLES)]
    about = "" if hedge is Hedge.EXACT else "about "
    spaced = f" {unit}" if unit else ""
    return about + pattern.format(lo=low, hi=high, u=spaced) + spaced


def _range_ends(value: Fraction, width: int, places: int) -> tuple[Decimal, Decimal]:
    """Two figures around ``value``, to ``places`` decimals: the low end at or below it, the high
    end ``width`` steps above the low end (always above ``value``)."""
    step = Fraction(1, 10**places)
    low = Fraction(math.floor(value / step)) * step
    high = low + width * step
    low_text, high_text = as_decimal(low, places), as_decimal(high, places)
    assert low_text is not None and high_text is not None
    return low_text, high_text


@st.composite
def _true_range(draw: st.DrawFn, value: Fraction) -> tuple[Hedge, Decimal, Decimal]:
    """A hedge (exact or about) and a range of whole or one-decimal figures that holds
    ``value``."""
    places = draw(st.sampled_from((0, 0, 1)))
    low, high = _range_ends(value, draw(st.integers(1, 20)), places)
    hedge = draw(st.sampled_from((Hedge.EXACT, Hedge.ABOUT)))
    assert value in numbers_range_interval(low, high, hedge), (value, low, high)
    return hedge, low, high


def _false_range(
    truth: Fraction, variant: int, *, scaled: bool
) -> tuple[Hedge, Decimal, Decimal] | None:
    """A range that ``truth`` lies outside, above it or below it by ``variant``, on the widest
    reading of its ends."""
    whole = int(truth)
    options: list[tuple[Hedge, int, int]] = [(Hedge.EXACT, 2 * whole + 3, 2 * whole + 10)]
    if whole >= 8:
        options.append((Hedge.EXACT, max(1, whole // 4), whole // 2))
        options.append((Hedge.ABOUT, max(1, whole // 4), whole // 2))
    options.append((Hedge.ABOUT, 2 * whole + 3, 2 * whole + 10))
    hedge, low, high = options[variant % len(options)]
    interval = numbers_range_interval(Decimal(low), Decimal(high), hedge, scaled=scaled)
    if truth in interval or low >= high:
        return None
    return hedge, Decimal(low), Decimal(high)


def _range_value_claim(
    cid: str,
    key: str,
    hedge: Hedge,
    low: Decimal,
    high: Decimal,
    unit: str,
    style: int,
    *,
    duration: bool = False,
) -> ValueClaim | DurationClaim:
    """ "w.q0 was between 10 and 20 kg" (a value) or "w.q0 lasted 3 to 5 years" (a figure of
    time), with its quote."""
    words = _range_words(_text(low), _text(high), unit, style, hedge)
    pair = [low, high]
    if duration:
        quote = f"{key} lasted {words}"
        return DurationClaim(id=cid, quote=quote, measure=key, range=pair, unit=unit, hedge=hedge)
    quote = f"{key} was {words}"
    return ValueClaim(id=cid, quote=quote, measure=key, range=pair, unit=unit, hedge=hedge)


#: How articles write a range of percentages.
_SHARE_RANGE_STYLES = (
    "{lo}-{hi}%",
    "{lo}% to {hi}%",
    "between {lo}% and {hi}%",
    "{lo} to {hi} percent",
    "{lo}\u2013{hi} per cent",
)


def _factor_range(ratio: Fraction, width: int, true: bool) -> tuple[int, int] | None:
    """Whole factors ``width`` apart that hold ``ratio`` (or, with ``true`` False, lie above or
    below it); None when there are none."""
    whole = math.floor(ratio)
    if true:
        return (whole, whole + width) if whole >= 1 else None
    if width % 2 == 0 and whole >= 3:
        return 1, whole - 1  # below: the truth is at least whole
    return whole + 1, whole + 1 + width  # above: the truth is below whole + 1


def _multiple_range_claim(
    cid: str, measure: str, of: str, low: int, high: int, style: int
) -> MultipleClaim:
    """ "w.q1 was between 2 and 3 times w.q0", with its quote."""
    words = _range_words(str(low), str(high), "times", style, Hedge.EXACT)
    quote = f"{measure} was {words} {of}"
    return MultipleClaim(id=cid, quote=quote, measure=measure, of=of, range=[low, high])


def _share_range(share: Fraction, width: int, true: bool) -> tuple[int, int] | None:
    """Whole percentages ``width`` points apart that hold ``share`` (or, with ``true`` False,
    lie above or below it on the widest reading of their ends)."""
    percent = share * 100
    if true:
        low = max(0, math.floor(percent) - width // 2)
        high = min(100, low + width)
        return (low, high) if low < high and low <= percent <= high else None
    if width % 2 == 0 and math.floor(percent) - 2 >= 1:
        high = math.floor(percent) - 2
        return max(0, high - width), high
    low = math.ceil(percent) + 2
    return (low, low + width) if low + width <= 100 else None


def _share_range_claim(
    cid: str, measure: str, of: str, low: int, high: int, style: int
) -> ShareClaim:
    """ "w.q0 was 10-15% of w.q1", with its quote."""
    pattern = _SHARE_RANGE_STYLES[style % len(_SHARE_RANGE_STYLES)]
    quote = f"{measure} was {pattern.format(lo=low, hi=high)} of {of}"
    return ShareClaim(id=cid, quote=quote, measure=measure, of=of, range=[f"{low}%", f"{high}%"])


def _change_range(ratio: Fraction, width: int, true: bool) -> tuple[int, int, bool] | None:
    """Whole percents ``width`` apart, and whether a rise, of a range of changes that holds the
    change from 1 to ``ratio`` (or, with ``true`` False, misses it on the widest reading of its
    ends, each to its last digit); None when there is none."""
    if ratio == 1:
        return None
    rise = ratio > 1
    size = (ratio - 1 if rise else 1 - ratio) * 100
    if true:
        low = max(1, math.floor(size) - width // 2)
        high = low + width
        if not low <= size <= high or (not rise and high > 100):
            return None
        return low, high, rise
    if width % 2 == 0 and math.floor(size) - 2 >= 2:
        high = math.floor(size) - 2
        return max(1, high - width), high, rise
    low = math.ceil(size) + 2
    if not rise and low + width > 100:
        return None
    return low, low + width, rise


def _change_range_claim(
    cid: str, measure: str, of: str, low: int, high: int, rise: bool, style: int
) -> MultipleClaim:
    """ "w.q1 fell 10-15% from w.q0", "w.q1 rose between 20% and 30% from w.q0", with its
    quote."""
    pattern = _SHARE_RANGE_STYLES[style % len(_SHARE_RANGE_STYLES)]
    verb, sign = ("rose", "+") if rise else ("fell", "-")
    quote = f"{measure} {verb} {pattern.format(lo=low, hi=high)} from {of}"
    changes = [f"{sign}{low}%", f"{sign}{high}%"]
    return MultipleClaim(id=cid, quote=quote, measure=measure, of=of, change_range=changes)


# --- Vague quantities: "dozens of people", "several hundred kg", "a billion-dollar sum" --------


def _vague_words(value: Fraction, unit: str, true: bool) -> list[str]:
    """The vague words whose default reading holds ``value`` in ``unit`` (or, with ``true``
    False, does not; the nearest misses first). Units with a scale word get none."""
    info = unit_info(unit)
    if info.scale != 1:
        return []
    money = info.dimension.startswith("[currency")
    found = []
    for word, plain in VAGUE_READINGS.items():
        if "-" in word and not money:
            continue
        if (value in plain) is true:
            assert plain.lo is not None
            found.append((abs(plain.lo - value) / (value + 1), word))
    return [word for _, word in sorted(found)]


def _vague_claim(cid: str, key: str, word: str, unit: str, duration: bool) -> ClaimBase:
    """ "w.q0 was dozens of people", "w.q0 was several hundred kg", "w.q0 was a billion-dollar
    sum in USD", "w.q0 lasted several weeks", with its quote."""
    if "-" in word:
        words = f"a {word} sum in {unit}"
    elif word in VAGUE_READINGS and word.endswith("s") and " " not in word.removesuffix("s"):
        words = f"{word} of {unit}"  # "dozens of", "thousands of"
    else:
        words = f"{word} {unit}"
    if duration:
        return DurationClaim(
            id=cid, quote=f"{key} lasted {words}", measure=key, vague=word, unit=unit
        )
    return ValueClaim(id=cid, quote=f"{key} was {words}", measure=key, vague=word, unit=unit)


# --- Durations and lengths of time -------------------------------------------------------------


def _fewest_days(n: Fraction, unit: str) -> Fraction:
    """The fewest days ``n`` units of time can mean on any reading: calendar months (28 to 31
    days), or months of 365.25 / 12 days; days and weeks are exact."""
    if unit in _DAY_UNITS:
        return n * _DAY_UNITS[unit]
    months = math.floor(n * _MONTH_UNITS[unit])
    return Fraction(months_span_days(months)[0]) if months > 0 else Fraction(0)


def _most_days(n: Fraction, unit: str) -> Fraction:
    """The most days ``n`` units of time can mean on any reading (see `_fewest_days`)."""
    if unit in _DAY_UNITS:
        return n * _DAY_UNITS[unit]
    months = math.ceil(n * _MONTH_UNITS[unit])
    return Fraction(months_span_days(months)[1]) if months > 0 else Fraction(0)


def _holds(interval: Interval, unit: str, lo: int, hi: int) -> bool:
    """Whether every reading of ``interval`` (a length in ``unit``) allows every elapsed time
    from ``lo`` to ``hi`` days, with days of slack for how days are counted."""
    if interval.lo is not None and _most_days(interval.lo, unit) + _SLACK > lo:
        return False
    return interval.hi is None or hi + _SLACK <= _fewest_days(interval.hi, unit)


def _refuted(interval: Interval, unit: str, lo: int, hi: int) -> bool:
    """Whether no reading of ``interval`` (a length in ``unit``) allows any elapsed time from
    ``lo`` to ``hi`` days, with days of slack for how days are counted."""
    if interval.lo is not None and hi + _SLACK < _fewest_days(interval.lo, unit):
        return True
    return interval.hi is not None and _most_days(interval.hi, unit) + _SLACK < lo


def _time_units(lo: int, hi: int) -> list[str]:
    """Units a span of ``lo`` to ``hi`` days is naturally written in."""
    units = []
    if hi <= 150:
        units.append("days")
    if 14 <= lo <= 800:
        units.append("weeks")
    if 45 <= lo <= 3000:
        units.append("months")
    if lo >= 400:
        units.append("years")
    return units


def _per_unit(unit: str) -> Fraction:
    if unit in _DAY_UNITS:
        return Fraction(_DAY_UNITS[unit])
    return Fraction(36525, 1200) * _MONTH_UNITS[unit]


def _singular(unit: str, n: Fraction | int) -> str:
    return unit.removesuffix("s") if n == 1 else unit


def _true_lengths(unit: str, lo: int, hi: int) -> list[tuple[Hedge, int]]:
    """Hedged whole figures in ``unit`` that every reading of them makes true of an elapsed
    time from ``lo`` to ``hi`` days."""
    middle = Fraction(lo + hi, 2) / _per_unit(unit)
    found = []
    for n in range(max(1, math.floor(middle) - 2), math.ceil(middle) + 3):
        for hedge in _HEDGED:
            interval = stated_interval(Decimal(n), hedge)
            if _holds(interval, unit, lo, hi):
                found.append((hedge, n))
    return found


def _false_lengths(unit: str, lo: int, hi: int) -> list[tuple[Hedge, int]]:
    """Hedged whole figures in ``unit`` that no reading of them makes true of an elapsed time
    from ``lo`` to ``hi`` days (an exact whole figure is read as rounded, the widest reading):
    the nearest first, one per hedge."""
    above = 1
    while _fewest_days(Fraction(above), unit) <= hi + _SLACK:
        above += 1
    below = math.floor(Fraction(lo) / _per_unit(unit))
    while below >= 1 and _most_days(Fraction(below), unit) + _SLACK >= lo:
        below -= 1
    tries = [
        (Hedge.MORE_THAN, above),
        (Hedge.EXACT, above + 1),
        (Hedge.LESS_THAN, below),
        (Hedge.AT_LEAST, above),
        (Hedge.NEARLY, below),
        (Hedge.AT_MOST, below),
        (Hedge.ABOUT, 2 * above + 2),
    ]
    found = []
    for hedge, n in tries:
        if n < 1:
            continue
        if hedge is Hedge.EXACT:
            interval = written_interval(Decimal(n), precision=Decimal(1))
        else:
            interval = stated_interval(Decimal(n), hedge)
        if _refuted(interval, unit, lo, hi):
            found.append((hedge, n))
    return found


def _date_text(value: PartialDate) -> str:
    """A date field as an article writes it: "September 1, 2021", "September 2021", "2021"."""
    rng = parse_partial_date(value)
    if rng.first == rng.last:
        return f"{rng.first.strftime('%B')} {rng.first.day}, {rng.first.year}"
    if rng.first.month == 1 and rng.last.month == 12 and rng.first.year == rng.last.year:
        return str(rng.first.year)
    return rng.first.strftime("%B %Y")


def _partial(day: date, precision: str, spelling: int = 0) -> PartialDate:
    """``day`` as a date field at ``precision`` (day, month or year), in one of its spellings."""
    if precision == "year":
        return day.year if spelling % 2 == 0 else str(day.year)
    if precision == "month":
        return day.strftime("%Y-%m") if spelling % 2 == 0 else day.strftime("%B %Y")
    spellings: tuple[PartialDate, ...] = (
        day,
        day.isoformat(),
        f"{day.strftime('%B')} {day.day}, {day.year}",
    )
    return spellings[spelling % len(spellings)]


def _shifted(value: PartialDate, years: int) -> PartialDate:
    """A date field moved by whole ``years``, at the precision and in the spelling it has."""
    rng = parse_partial_date(value)
    if isinstance(value, int):
        return value + years
    moved: date = rng.first + relativedelta(years=years)
    if isinstance(value, date):
        return moved
    if rng.first == rng.last:
        return moved.isoformat() if value[:1].isdigit() else _partial(moved, "day", 2)
    if rng.first.month == 1 and rng.last.month == 12 and rng.first.year == rng.last.year:
        return str(moved.year)
    return moved.strftime("%Y-%m") if value[:1].isdigit() else moved.strftime("%B %Y")


def _range_of(world: World, anchor: PartialDate | None) -> tuple[date, date]:
    """The days a duration's ``since`` or ``until`` stands for (None: publication)."""
    if anchor is None:
        return world.published, world.published
    dated = world.dated()
    if isinstance(anchor, str) and anchor in dated:
        return dated[anchor], dated[anchor]
    rng = parse_partial_date(anchor)
    return rng.first, rng.last


def _elapsed(world: World, since: PartialDate | None, until: PartialDate | None) -> tuple[int, int]:
    """The fewest and most days from ``since`` to ``until`` in ``world``."""
    first, last = _range_of(world, since)
    end_first, end_last = _range_of(world, until)
    return (end_first - last).days, (end_last - first).days


def _duration_quote(
    hedge: Hedge, word: int, n: int, unit: str, since: PartialDate, until: PartialDate | None
) -> str:
    def said(anchor: PartialDate) -> str:
        return anchor if isinstance(anchor, str) and anchor.startswith("w.") else _date_text(anchor)

    quote = f"for {_said(hedge, word)}{n} {unit} since {said(since)}"
    return quote if until is None else f"{quote} until {said(until)}"


def _calendar_exact(
    world: World, since: PartialDate, until: PartialDate | None
) -> list[tuple[int, str]]:
    """Exact whole durations between two exact days: in days, and in calendar months or years
    when the days fall on the same day of the month."""
    first, last = _range_of(world, since)
    end, end_last = _range_of(world, until)
    if first != last or end != end_last or end <= first:
        return []
    found = [((end - first).days, "days")]
    for unit, months in (("months", 1), ("years", 12)):
        total = (end.year - first.year) * 12 + end.month - first.month
        calendar = first.day == end.day and first + relativedelta(months=total) == end
        if total > 0 and total % months == 0 and calendar:
            found.append((total // months, unit))
    return found


def _write_duration(
    draw: st.DrawFn, world: World, out: _Writer, since: PartialDate, until: PartialDate | None
) -> None:
    """A duration true of the time from ``since`` to ``until`` (a date measure or a date)."""
    lo, hi = _elapsed(world, since, until)
    if lo < 1:
        return
    options: list[tuple[Hedge, int, str]] = [
        (hedge, n, unit) for unit in _time_units(lo, hi) for hedge, n in _true_lengths(unit, lo, hi)
    ]
    options += [(Hedge.EXACT, n, unit) for n, unit in _calendar_exact(world, since, until)]
    if not options:
        return
    hedge, n, unit = draw(_by_hedge(options))
    unit = _singular(unit, n)
    word = draw(st.integers(0, 3))
    out.add(
        DurationClaim(
            id=out.next_id("dur"),
            quote=_duration_quote(hedge, word, n, unit, since, until),
            value=n,
            unit=unit,
            hedge=hedge,
            since=since,
            until=until,
        )
    )


# --- Quantities and relations ------------------------------------------------------------------


def _write_quantities(draw: st.DrawFn, world: World, out: _Writer) -> None:
    """Exact anchors, hedged restatements in other units; durations for figures of time."""
    for key in sorted(world.quantities):
        value, unit = world.quantities[key]
        exact = as_decimal(value, 2)
        assert exact is not None
        anchor = _value_claim(out.next_id("ref"), key, Hedge.EXACT, exact, unit, exact=True)
        out.add(anchor, anchor=True)
        for _ in range(draw(st.integers(0, 2))):
            other = draw(st.sampled_from(UNITS[world.dimension(key)]))
            restated = _restated(value, unit, other)
            if restated.denominator != 1 and as_decimal(restated, 2) is None:
                continue
            timed = world.dimension(key) == "[time]" and draw(st.booleans())
            vague = _vague_words(restated, other, True)
            if vague and draw(st.integers(0, 3)) == 0:  # a vague quantity: "dozens of people"
                word = draw(st.sampled_from(vague))
                out.add(_vague_claim(out.next_id("vague"), key, word, other, timed))
                continue
            if draw(st.integers(0, 3)) == 0:  # a range: "between 10 and 20 kg"
                hedge, low, high = draw(_true_range(restated))
                style = draw(st.integers(0, len(_RANGE_STYLES) - 1))
                out.add(
                    _range_value_claim(
                        out.next_id("range"), key, hedge, low, high, other, style, duration=timed
                    )
                )
                continue
            hedge, written = draw(hedged_values(restated))
            style = draw(st.integers(0, len(_GROUPINGS) * len(_OTHER_SENSES) - 1))
            if timed:
                out.add(_figure_duration(out.next_id("lasted"), key, hedge, written, other, style))
            else:
                out.add(_value_claim(out.next_id("val"), key, hedge, written, other, style=style))


def _multiple_claim(
    cid: str,
    measure: str,
    of: str,
    factor: str | int | Decimal,
    words: str,
    hedge: Hedge,
    word: int,
) -> MultipleClaim:
    """A multiple in words ("more than double w.q1", "half as much as w.q1") or as a decimal
    ("at least 2.3 times w.q1"), with its quote."""
    quote = f"{measure} was {_said(hedge, word)}{words} {of}"
    return MultipleClaim(id=cid, quote=quote, measure=measure, of=of, factor=factor, hedge=hedge)


def _share_claim(
    cid: str, measure: str, of: str, fraction: str, words: str, hedge: Hedge, word: int
) -> ShareClaim:
    """A share as a percentage ("68%", "68.4 percent") or a fraction ("two-thirds"), with its
    quote."""
    quote = f"{measure} was {_said(hedge, word)}{words} of {of}"
    return ShareClaim(id=cid, quote=quote, measure=measure, of=of, fraction=fraction, hedge=hedge)


def _factor_options(
    ratio: Fraction, true: bool
) -> list[tuple[Hedge, str | int | Decimal, str, Fraction]]:
    """(hedge, factor, words, exact factor) of multiples in words and decimals that ``ratio``
    makes true (or, with ``true`` False, false; then the nearest misses first, words and
    decimals taking turns)."""
    found: list[tuple[Hedge, str | int | Decimal, str, Fraction]] = []
    specs: list[tuple[str | int | Decimal, str]] = [(f, w) for _, f, w in _FACTORS]
    whole = int(ratio)
    for figure in (whole, whole + 1, whole + 2):
        if figure >= 2:
            specs.append((figure, f"{figure} times"))
    tenths = Decimal(int(ratio * 10)) / 10
    if tenths >= 1:
        specs += [(tenths, f"{_text(tenths)} times"), (tenths + 1, f"{_text(tenths + 1)} times")]
    for factor, words in specs:
        for hedge in (Hedge.EXACT, *_HEDGED):
            claim = MultipleClaim(
                id="x", quote="x", measure="a.b", of="a.c", factor=factor, hedge=hedge
            )
            if (ratio in claim.interval()) is true:
                found.append((hedge, factor, words, claim.ratio))
    if true:
        return found
    return _near_first(found, lambda o: abs(o[3] - ratio) / ratio, lambda o: "times" in o[2])


def _change_options(ratio: Fraction, true: bool) -> list[tuple[Hedge, str, str, Fraction]]:
    """(hedge, change, words, exact factor) of changes in percent ("rose 12 percent", "fell
    nearly 20%") that ``ratio`` makes true (or, with ``true`` False, false; nearest first)."""
    percent = math.floor((ratio - 1) * 100 + Fraction(1, 2))
    specs: list[str] = []
    for p in (percent - 1, percent, percent + 1):
        if p != 0 and p > -100:
            specs.append(f"{p:+d}%")
    tenth = Decimal(math.floor((ratio - 1) * 1000 + Fraction(1, 2))).scaleb(-1)
    if tenth != 0 and tenth > -100:
        specs.append(f"{'+' if tenth > 0 else ''}{tenth}%")
    found = []
    for change in specs:
        for hedge in (Hedge.EXACT, *_HEDGED):
            try:
                claim = MultipleClaim(
                    id="x", quote="x", measure="a.b", of="a.c", change=change, hedge=hedge
                )
            except ValueError:
                continue  # a hedge that leaves the change no value
            if (ratio in claim.interval()) is true:
                size = change.lstrip("+-")
                verb = "rose" if not change.startswith("-") else "fell"
                found.append((hedge, change, f"{verb} {{said}}{size}", claim.ratio))
    if true:
        return found
    return _near_first(found, lambda o: abs(o[3] - ratio), lambda o: "." in o[1])


def _change_claim(
    cid: str, measure: str, of: str, change: str, words: str, hedge: Hedge, word: int
) -> MultipleClaim:
    """ "w.q2 rose more than 12% from w.q1": a change in percent, with its quote."""
    quote = f"{measure} {words.format(said=_said(hedge, word))} from {of}"
    return MultipleClaim(id=cid, quote=quote, measure=measure, of=of, change=change, hedge=hedge)


def _fraction_options(share: Fraction, true: bool) -> list[tuple[Hedge, str, str, Fraction]]:
    """(hedge, fraction, words, exact fraction) of shares as percentages and fractions that
    ``share`` makes true (or, with ``true`` False, false; then the nearest misses first,
    percentages and fractions taking turns)."""
    specs: list[tuple[str, str]] = [(f, w) for _, f, w in _FRACTIONS]
    percent = math.floor(share * 100 + Fraction(1, 2))
    for p in (percent - 1, percent, percent + 1, percent + 2):
        if 0 < p <= 100:
            specs += [(f"{p}%", f"{p}%"), (f"{p}%", f"{p} percent")]
    tenth = Decimal(math.floor(share * 1000 + Fraction(1, 2))).scaleb(-1)
    for figure in (tenth, tenth + Decimal("0.1")):
        if 0 < figure <= 100:
            specs += [(f"{figure}%", f"{figure}%"), (f"{figure}%", f"{figure} per cent")]
    found = []
    for fraction, words in specs:
        for hedge in (Hedge.EXACT, *_HEDGED):
            claim = ShareClaim(
                id="x", quote="x", measure="a.b", of="a.c", fraction=fraction, hedge=hedge
            )
            if (share in claim.interval()) is true:
                found.append((hedge, fraction, words, Fraction(claim.figure or 0)))
    if true:
        return found
    return _near_first(found, lambda o: abs(o[3] - share), lambda o: "%" in o[1])


def _near_first(
    options: Sequence[_Option],
    distance: Callable[[_Option], Fraction],
    style: Callable[[_Option], bool],
) -> list[_Option]:
    """``options`` nearest first by ``distance``, the two ``style``s taking turns: the first few
    falsifications are near misses, in both ways of writing the figure."""
    groups = [sorted((o for o in options if style(o) is s), key=distance) for s in (True, False)]
    merged: list[_Option] = []
    for pair in itertools.zip_longest(*groups):
        merged.extend(o for o in pair if o is not None)
    return merged


def _write_relations(draw: st.DrawFn, world: World, out: _Writer) -> None:
    """Parts, multiples, shares and superlatives between quantities of one dimension."""
    by_dim: dict[str, list[str]] = {}
    for key in sorted(world.quantities):
        by_dim.setdefault(world.dimension(key), []).append(key)
    for group in by_dim.values():
        for a, b in itertools.pairwise(group):
            va, vb = world.base(a), world.base(b)
            small, large = (a, b) if va <= vb else (b, a)
            kind = draw(
                st.sampled_from(("part", "multiple", "change", "share", "difference", "none"))
            )
            word = draw(st.integers(0, 3))
            if kind == "part":
                out.add(
                    PartClaim(
                        id=out.next_id("part"),
                        quote=f"{small} within {large}",
                        measure=small,
                        of=large,
                    )
                )
            elif kind == "multiple" and world.base(small) > 0 and draw(st.integers(0, 3)) == 0:
                span = _factor_range(
                    world.base(large) / world.base(small), draw(st.integers(1, 5)), True
                )
                if span is not None:
                    out.add(_multiple_range_claim(out.next_id("mrange"), large, small, *span, word))
            elif kind == "multiple" and world.base(small) > 0:
                measure, of = draw(st.sampled_from(((large, small), (small, large))))
                options = _factor_options(world.base(measure) / world.base(of), True)
                if options:
                    hedge, factor, words, _ = draw(_by_hedge(options))
                    out.add(
                        _multiple_claim(
                            out.next_id("mult"), measure, of, factor, words, hedge, word
                        )
                    )
            elif kind == "change" and world.base(small) > 0 and draw(st.integers(0, 3)) == 0:
                measure, of = draw(st.sampled_from(((large, small), (small, large))))
                ratio = world.base(measure) / world.base(of)
                found = _change_range(ratio, draw(st.integers(1, 10)), True)
                if found is not None:
                    out.add(_change_range_claim(out.next_id("crange"), measure, of, *found, word))
            elif kind == "change" and world.base(small) > 0:
                measure, of = draw(st.sampled_from(((large, small), (small, large))))
                changes = _change_options(world.base(measure) / world.base(of), True)
                if changes:
                    hedge, change, words, _ = draw(_by_hedge(changes))
                    out.add(
                        _change_claim(out.next_id("chg"), measure, of, change, words, hedge, word)
                    )
            elif kind == "difference":
                measure, of = draw(st.sampled_from(((large, small), (small, large))))
                claim = _true_difference(draw, world, out.next_id("diff"), measure, of, word)
                if claim is not None:
                    out.add(claim)
            elif kind == "share" and world.base(large) > 0 and draw(st.integers(0, 3)) == 0:
                part = _share_range(
                    world.base(small) / world.base(large), draw(st.integers(1, 10)), True
                )
                if part is not None:
                    out.add(_share_range_claim(out.next_id("srange"), small, large, *part, word))
            elif kind == "share" and world.base(large) > 0:
                shares = _fraction_options(world.base(small) / world.base(large), True)
                if shares:
                    hedge, fraction, words, _ = draw(_by_hedge(shares))
                    out.add(
                        _share_claim(
                            out.next_id("share"), small, large, fraction, words, hedge, word
                        )
                    )
        if len(group) >= 2:
            for direction in ("most", "least"):
                _write_superlative(draw, world, out, group, direction)


def _difference_claim(
    cid: str, measure: str, of: str, hedge: Hedge, size: Decimal, sign: int, unit: str, word: int
) -> DifferenceClaim:
    """ "w.q2 was more than 12 kg more than w.q1": a signed difference, the hedge on its size."""
    more = "more" if sign >= 0 else "less"
    quote = f"{measure} was {_said(hedge, word)}{_text(size)} {unit} {more} than {of}"
    by = size if sign >= 0 else -size
    return DifferenceClaim(
        id=cid, quote=quote, measure=measure, of=of, by=by, unit=unit, hedge=hedge
    )


def _true_difference(
    draw: st.DrawFn, world: World, cid: str, measure: str, of: str, word: int
) -> DifferenceClaim | None:
    """measure - of, in measure's unit, written true (exactly or hedged); None when it is zero
    or has more than two decimals."""
    unit = world.quantities[measure][1]
    gap = (world.base(measure) - world.base(of)) / unit_info(unit).factor
    size = abs(gap)
    if gap == 0 or as_decimal(size, 2) is None:
        return None
    hedge, written = draw(hedged_values(size))
    return _difference_claim(cid, measure, of, hedge, written, 1 if gap > 0 else -1, unit, word)


def _write_superlative(
    draw: st.DrawFn, world: World, out: _Writer, group: list[str], direction: str
) -> None:
    """The group's top (or bottom) member: strict when it is alone there, else not strict."""
    pick = max if direction == "most" else min
    top = pick(group, key=world.base)
    alone = sum(1 for k in group if world.base(k) == world.base(top)) == 1
    strict = alone and draw(st.booleans())
    words = _SUPERLATIVE_WORDS[direction]
    word = words[draw(st.integers(0, len(words) - 1))]
    quote = f"{top} was the {word}" if strict else f"{top} was among the {word}, with none past it"
    others = [k for k in group if k != top]
    out.add(
        SuperlativeClaim(
            id=out.next_id(direction),
            quote=quote,
            measure=top,
            among=others,
            direction=word,
            strict=strict,
        )
    )


# --- Sets of countries -------------------------------------------------------------------------


def _count_options(truth: int, true: bool, cap: int | None = None) -> list[tuple[Hedge, int]]:
    """(hedge, figure) of counts near ``truth`` that it makes true (or, with ``true`` False,
    false), on the documented reading of hedges (no figure above ``cap``)."""
    found = []
    top = truth + 3 if cap is None else min(cap, truth + 3)
    for figure in range(max(1, truth - 3), top + 1):
        for hedge in (Hedge.EXACT, *_HEDGED):
            interval = stated_interval(Decimal(figure), hedge)
            # A count: "nearly N countries" admits N - 1 of them (hedges.md).
            interval = count_interval(interval, hedge, "countries")
            if (truth in interval) is true:
                found.append((hedge, figure))
    return found


def _list_quote(said: str, count: str, unit: str, items: Sequence[str], complete: bool) -> str:
    quote = f"{said}{count} {unit}"
    if items:
        quote += f", {'namely' if complete else 'including'} {', '.join(items)}"
    return quote


def _write_sets(draw: st.DrawFn, world: World, out: _Writer) -> None:
    """A set of countries: its exact list, lists with a hedged count, exact and hedged spans."""
    for key, names in sorted(world.sets.items()):
        named = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
        complete = len(named) == len(names)
        words = draw(st.booleans())
        quote = _list_quote("", _count_text(len(names), words), "countries", named, complete)
        out.add(
            EnumerationClaim(
                id=out.next_id("list"),
                quote=quote,
                measure=key,
                count=len(names),
                unit="countries",
                items=named,
                complete=complete,
                item_type="country",
            ),
            anchor=True,
        )
        hedged = [(h, n) for h, n in _count_options(len(names), True) if h is not Hedge.EXACT]
        if draw(st.booleans()) and hedged:
            hedge, figure = draw(_by_hedge(hedged))
            some = draw(st.lists(st.sampled_from(names), max_size=len(names) - 1, unique=True))
            said = _said(hedge, draw(st.integers(0, 3)))
            quote = _list_quote(
                said, _count_text(figure, draw(st.booleans())), "countries", some, False
            )
            out.add(
                EnumerationClaim(
                    id=out.next_id("some"),
                    quote=quote,
                    measure=key,
                    count=figure,
                    unit="countries",
                    items=some,
                    hedge=hedge,
                    item_type="country",
                )
            )
        continents = len({COUNTRIES[n] for n in names})
        out.add(
            SpanClaim(
                id=out.next_id("span"),
                quote=f"spanned {continents} continents",
                measure=f"{key}.continents",
                of=key,
                count=continents,
                unit="continents",
            )
        )
        spans = [(h, n) for h, n in _count_options(continents, True, 7) if h is not Hedge.EXACT]
        if draw(st.booleans()) and spans:
            hedge, figure = draw(_by_hedge(spans))
            said = _said(hedge, draw(st.integers(0, 3)))
            out.add(
                SpanClaim(
                    id=out.next_id("spans"),
                    quote=f"across {said}{_count_text(figure, True)} continents",
                    measure=f"{key}.continents",
                    of=key,
                    count=figure,
                    unit="continents",
                    hedge=hedge,
                )
            )


def _breakdown_claim(
    cid: str, world: World, key: str, names: Sequence[str], figures: Sequence[int],
    hedge: Hedge, total: Decimal | Fraction, complete: bool,
) -> BreakdownClaim:  # fmt: skip
    """A breakdown of ``key`` into ``names``: "w.split was 212 people: Alder (65), Birch (47)"."""
    items = [f"{name} ({figure})" for name, figure in zip(names, figures, strict=True)]
    joined = ", ".join(items) if complete else "including " + ", ".join(items)
    return BreakdownClaim(
        id=cid, quote=f"{key} was {_hedge_words(hedge)}{_text(total)} people: {joined}",
        measure=key, value=total, unit="people", hedge=hedge, complete=complete,
        items=[{"name": n, "value": f} for n, f in zip(names, figures, strict=True)],
    )  # fmt: skip


def _write_breakdowns(draw: st.DrawFn, world: World, out: _Writer) -> None:
    """A breakdown of each whole: all its items or some (then partial), the whole maybe hedged."""
    for key, (names, complete) in sorted(world.breakdowns.items()):
        some = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
        told = complete and len(some) == len(names) and len(names) > 1
        figures = [int(world.quantities[f"{key}.{n.lower()}"][0]) for n in some]
        hedge, total = draw(hedged_values(world.quantities[key][0]))
        out.add(_breakdown_claim(out.next_id("split"), world, key, some, figures, hedge, total,
                                 told))  # fmt: skip


def _false_breakdown(world: World, claim: BreakdownClaim, variant: int) -> ClaimBase | None:
    """One item's figure made wrong (its anchor pins it), or the whole's."""
    names = [item.name for item in claim.items]
    figures = [int(item.value) for item in claim.items]
    pick = variant % (len(names) + 1)
    total = claim.value
    assert total is not None
    hedge = claim.hedge
    if pick == len(names):
        falsehood = _false_figure(world.quantities[claim.measure][0], variant, scaled=False)
        if falsehood is None:
            return None
        hedge, total = falsehood
    else:
        figures[pick] += 1 + variant
    return _breakdown_claim(
        claim.id, world, claim.measure, names, figures, hedge, total, claim.complete
    )


# --- Dates, relative dates, periods ------------------------------------------------------------


def _relative_phrases(day: date, published: date) -> list[str]:
    """Relative phrases near ``day`` (as seen on ``published``), true and false: "N
    days|weeks|months|years ago" around the truth and weekday names, taking turns with the fixed
    phrases ("last month", "earlier this year", "tomorrow")."""
    fixed = [
        "today", "yesterday", "this week", "last week", "earlier this week", "this month",
        "last month", "earlier this month", "this year", "last year", "earlier this year",
        "tomorrow", "next week", "next month",
    ]  # fmt: skip
    back = (published - day).days
    months = (published.year - day.year) * 12 + published.month - day.month
    around = {
        "day": back,
        "week": round(Fraction(back, 7)),
        "month": months,
        "year": published.year - day.year,
    }
    counted: list[str] = []
    for unit, n in around.items():
        for m in (n, n - 1, n + 1):
            if m < 1:
                continue
            if m == 1:
                said = "a" if unit not in ("day", "year") or m != n else "one"
                counted.append(f"{said} {unit} ago")
            elif m <= 12 and m % 2 == 0:
                counted.append(f"{_NUMBER_WORDS[m]} {unit}s ago")
            else:
                counted.append(f"{m} {unit}s ago")
    counted += [name.title() for name in WEEKDAYS]
    phrases: list[str] = []
    for pair in itertools.zip_longest(counted, fixed):
        phrases.extend(p for p in pair if p is not None)
    return phrases


def _relative_split(day: date, published: date) -> tuple[list[str], list[str]]:
    """The phrases of `_relative_phrases` that hold for ``day``, and those that do not."""
    true: list[str] = []
    false: list[str] = []
    for phrase in _relative_phrases(day, published):
        rng = relative_range(phrase, published)
        (true if rng.first <= day <= rng.last else false).append(phrase)
    return true, false


def _relative_quote(key: str, phrase: str) -> str:
    return f"{key} on {phrase}" if phrase.lower() in WEEKDAYS else f"{key} {phrase}"


def _write_relative(draw: st.DrawFn, world: World, out: _Writer, key: str, day: date) -> None:
    true, _ = _relative_split(day, world.published)
    if not true:
        return
    for phrase in draw(st.lists(st.sampled_from(true), max_size=2, unique=True)):
        out.add(
            RelativeDateClaim(
                id=out.next_id("rel"),
                quote=_relative_quote(key, phrase),
                phrase=phrase,
                measure=key,
            )
        )


def _write_event(draw: st.DrawFn, world: World, out: _Writer, key: str, day: date) -> None:
    """An exact date, and a weekday, relative dates, a month or year, durations on top."""
    spelling = draw(st.integers(0, 2))
    exact = _partial(day, "day", spelling)
    out.add(
        DateClaim(
            id=out.next_id("date"),
            quote=f"{key} on {_date_text(exact)}" if spelling else f"{key} on {day.isoformat()}",
            measure=key,
            date=exact,
        ),
        anchor=True,
    )
    back = (world.published - day).days
    if back <= 6:
        name = WEEKDAYS[day.weekday()].title()
        out.add(
            WeekdayClaim(
                id=out.next_id("wd"),
                quote=f"{key} on {name}",
                weekday=name,
                measure=key,
                within_days=draw(st.integers(back, 6)),
            )
        )
    _write_relative(draw, world, out, key, day)
    if draw(st.booleans()):
        month = day.strftime("%B %Y")
        out.add(
            DateClaim(id=out.next_id("month"), quote=f"{key} in {month}", measure=key, date=month)
        )
    else:
        out.add(
            DateClaim(
                id=out.next_id("year"), quote=f"{key} in {day.year}", measure=key, date=day.year
            )
        )
    if back >= 400:
        end = date(day.year, day.month, 1) - timedelta(days=1)
        quote = f"the 12-month period ending in {end.strftime('%B %Y')}"
        out.add(
            PeriodClaim(
                id=out.next_id("period"),
                quote=quote,
                measure=f"{key}.period",
                length=12,
                unit="months",
                end=end.strftime("%Y-%m"),
            )
        )


def _period_lengths(start: date, end: date) -> list[tuple[int, str]]:
    """Exact lengths of a period: in days (both ends counted), weeks, and calendar months or
    years when the day after it falls on its first day's day of the month ("the 12 months from
    March 15, 2022 to March 14, 2023"; never a day clipped at a month's end)."""
    days = (end - start).days + 1
    found = [(days, "days")]
    if days % 7 == 0:
        found.append((days // 7, "weeks"))
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if months > 0 and after.day == start.day and start + relativedelta(months=months) == after:
        found.append((months, "months"))
        if months % 12 == 0:
            found.append((months // 12, "years"))
    return found


def _period_quote(
    key: str,
    start: PartialDate | None,
    end: PartialDate | None,
    length: int | None,
    unit: str,
    hedge: Hedge,
    word: int,
    still: bool,
) -> str:
    """How an article states a period: "the 12-month period from September 2021 to August
    2022", "a period of more than 11 months to August 2022"; ``still``: "..., still going on"."""
    if length is None:
        quote = f"{key}: the period"
    elif hedge is Hedge.EXACT:
        quote = f"{key}: the {length}-{_singular(unit, 1)} period"
    else:
        quote = f"{key}: a period of {_said(hedge, word)}{length} {_singular(unit, length)}"
    if start is not None:
        quote += f" from {_date_text(start)}"
    if end is not None:
        quote += f" to {_date_text(end)}"
    return f"{quote}, still going on" if still else quote


def _write_period(
    draw: st.DrawFn, world: World, out: _Writer, key: str, start: date, end: date
) -> None:
    """Exact ends as reference dates, then periods stated by start, end and length."""
    over = end <= world.published
    for which, day in (("start", start), ("end", end)):
        out.add(
            DateClaim(
                id=out.next_id(which),
                quote=f"{key} {'began' if which == 'start' else 'ended'} on {day.isoformat()}",
                measure=f"{key}.{which}",
                date=day,
            ),
            anchor=True,
        )
    days = (end - start).days + 1
    exact = [(Hedge.EXACT, n, unit) for n, unit in _period_lengths(start, end)]
    hedged = [(h, n, u) for u in _time_units(days, days) for h, n in _true_lengths(u, days, days)]
    for _ in range(draw(st.integers(1, 2))):
        fields = draw(st.sets(st.sampled_from(("start", "end", "length")), min_size=1))
        precision = st.sampled_from(("day", "month", "year"))
        stated_start = (
            _partial(start, draw(precision), draw(st.integers(0, 2))) if "start" in fields else None
        )
        stated_end = (
            _partial(end, draw(precision), draw(st.integers(0, 2))) if "end" in fields else None
        )
        hedge, length, unit = Hedge.EXACT, None, "months"
        if "length" in fields:
            hedge, n, unit = draw(_by_hedge(exact + hedged))
            length = n
            unit = _singular(unit, n)
        completed = over and draw(st.integers(0, 3)) > 0
        word = draw(st.integers(0, 3))
        out.add(
            PeriodClaim(
                id=out.next_id("per"),
                quote=_period_quote(
                    key, stated_start, stated_end, length, unit, hedge, word, not over
                ),
                measure=key,
                start=stated_start,
                end=stated_end,
                length=length,
                unit=unit,
                hedge=hedge,
                completed=completed,
            )
        )
    if over:
        _write_relative(draw, world, out, f"{key}.end", end)
    which, day = draw(st.sampled_from((("start", start), ("end", end))))
    month = day.strftime("%B %Y")
    verb = "began" if which == "start" else "ended"
    out.add(
        DateClaim(
            id=out.next_id("month"),
            quote=f"{key} {verb} in {month}",
            measure=f"{key}.{which}",
            date=month,
        )
    )


def _write_durations(draw: st.DrawFn, world: World, out: _Writer) -> None:
    """Durations since dated measures or dates (a year, a month, a day), until publication, a
    later dated measure or a date."""
    dated = sorted((k, d) for k, d in world.dated().items() if d <= world.published)
    for key, day in dated:
        if not draw(st.booleans()):
            continue
        kind = draw(st.sampled_from(("key", "year", "month", "day")))
        since: PartialDate = key if kind == "key" else _partial(day, kind, draw(st.integers(0, 2)))
        later = [(k, d) for k, d in dated if d > day]
        until: PartialDate | None = None
        if draw(st.booleans()) and later:
            other, other_day = draw(st.sampled_from(later))
            until = other if draw(st.booleans()) else _partial(other_day, "day", 0)
        _write_duration(draw, world, out, since, until)


@st.composite
def true_claims(draw: st.DrawFn, world: World) -> Written:
    """Claims true of ``world``, with the article text that quotes them.

    Every measure is pinned by an exact anchor (a value, a complete count, an exact day); the
    shapes the module docstring lists are written on top, each true on every documented reading
    of its hedge and written precision (docs/hedges.md), in a random order."""
    out = _Writer()
    _write_quantities(draw, world, out)
    _write_relations(draw, world, out)
    _write_sets(draw, world, out)
    _write_breakdowns(draw, world, out)
    for key, day in sorted(world.events.items()):
        _write_event(draw, world, out, key, day)
    for key, (start, end) in sorted(world.periods.items()):
        _write_period(draw, world, out, key, start, end)
    _write_durations(draw, world, out)
    order = draw(st.permutations(range(len(out.claims))))
    claims = tuple(out.claims[i] for i in order)
    text = ". ".join(out.quotes) + "."
    return Written(world, claims, text, frozenset(out.anchors))


# --- Falsification -----------------------------------------------------------------------------


def falsify(written: Written, claim_id: str, variant: int = 0) -> Written | None:
    """The same claims with ``claim_id`` made false beyond its hedge (its quote rewritten to
    match), or None when this claim cannot be falsified that way (anchors are never falsified,
    except lists). ``variant`` picks among the ways a claim can be false: a wrong exact figure
    or a hedge the truth breaks (values, durations, counts, multiples and shares), another
    member or the other direction (superlatives), a wrong length, a moved end or a period said
    to be over (periods), a near-miss phrase (relative dates)."""
    index = next(i for i, c in enumerate(written.claims) if c.id == claim_id)
    claim = written.claims[index]
    if claim_id in written.anchors and not isinstance(claim, EnumerationClaim):
        return None
    new = _falsified(written, claim, variant)
    if new is None:
        return None
    claims = list(written.claims)
    claims[index] = type(new).model_validate(new.model_dump())
    text = written.text + " " + new.quote_text + "."
    return replace(written, claims=tuple(claims), text=text)


def _falsified(written: Written, claim: ClaimBase, variant: int) -> ClaimBase | None:
    world = written.world
    if isinstance(claim, ValueClaim | DurationClaim) and claim.vague is not None:
        assert claim.measure is not None
        truth = _restated(*world.quantities[claim.measure], claim.unit)
        misses = _vague_words(truth, claim.unit, False)
        if not misses:
            return None
        word = misses[variant % min(len(misses), 4)]  # a near miss
        return _vague_claim(
            claim.id, claim.measure, word, claim.unit, isinstance(claim, DurationClaim)
        )
    if isinstance(claim, ValueClaim | DurationClaim) and claim.range is not None:
        assert claim.measure is not None
        truth = _restated(*world.quantities[claim.measure], claim.unit)
        wrong_range = _false_range(truth, variant, scaled=unit_info(claim.unit).rounds_whole)
        if wrong_range is None:
            return None
        hedge, low, high = wrong_range
        return _range_value_claim(
            claim.id,
            claim.measure,
            hedge,
            low,
            high,
            claim.unit,
            variant,
            duration=isinstance(claim, DurationClaim),
        )
    if isinstance(claim, ValueClaim):
        truth = _restated(*world.quantities[claim.measure], claim.unit)
        falsehood = _false_figure(truth, variant, scaled=unit_info(claim.unit).rounds_whole)
        if falsehood is None:
            return None
        hedge, wrong = falsehood
        return _value_claim(claim.id, claim.measure, hedge, wrong, claim.unit)
    if isinstance(claim, PartClaim):
        if world.base(claim.measure) < world.base(claim.of):
            return claim.model_copy(
                update={
                    "measure": claim.of,
                    "of": claim.measure,
                    "quote": f"{claim.of} within {claim.measure}",
                }
            )
        return None
    if isinstance(claim, MultipleClaim) and claim.range is not None:
        span = _factor_range(world.base(claim.measure) / world.base(claim.of), variant + 1, False)
        if span is None:
            return None
        return _multiple_range_claim(claim.id, claim.measure, claim.of, *span, variant)
    if isinstance(claim, ShareClaim) and claim.range is not None:
        part = _share_range(world.base(claim.measure) / world.base(claim.of), variant + 2, False)
        if part is None:
            return None
        return _share_range_claim(claim.id, claim.measure, claim.of, *part, variant)
    if isinstance(claim, MultipleClaim) and claim.change_range is not None:
        ratio = world.base(claim.measure) / world.base(claim.of)
        found = _change_range(ratio, variant + 2, False)
        if found is None:
            return None
        return _change_range_claim(claim.id, claim.measure, claim.of, *found, variant)
    if isinstance(claim, MultipleClaim) and claim.change is not None:
        ratio = world.base(claim.measure) / world.base(claim.of)
        changes = _change_options(ratio, False)
        if not changes:
            return None
        hedge, change, words, _ = changes[variant % len(changes)]
        return _change_claim(claim.id, claim.measure, claim.of, change, words, hedge, variant)
    if isinstance(claim, MultipleClaim):
        ratio = world.base(claim.measure) / world.base(claim.of)
        options = _factor_options(ratio, False)
        hedge, factor, words, _ = options[variant % len(options)]
        return _multiple_claim(claim.id, claim.measure, claim.of, factor, words, hedge, variant)
    if isinstance(claim, DifferenceClaim):
        gap = (world.base(claim.measure) - world.base(claim.of)) / claim.unit_info.factor
        if variant % 3 == 2:  # the other way round: "more" for "less"
            size = as_decimal(abs(gap), 2)
            if size is None or gap == 0:
                return None
            sign = -1 if gap > 0 else 1
            return _difference_claim(
                claim.id, claim.measure, claim.of, Hedge.EXACT, size, sign, claim.unit, variant
            )
        falsehood = _false_figure(abs(gap), variant, scaled=claim.unit_info.rounds_whole)
        if falsehood is None:
            return None
        hedge, wrong = falsehood
        sign = 1 if gap >= 0 else -1
        return _difference_claim(
            claim.id, claim.measure, claim.of, hedge, wrong, sign, claim.unit, variant
        )
    if isinstance(claim, ShareClaim):
        share = world.base(claim.measure) / world.base(claim.of)
        shares = _fraction_options(share, False)
        hedge, fraction, words, _ = shares[variant % len(shares)]
        return _share_claim(claim.id, claim.measure, claim.of, fraction, words, hedge, variant)
    if isinstance(claim, SuperlativeClaim):
        return _false_superlative(world, claim, variant)
    if isinstance(claim, EnumerationClaim):
        return _false_list(world, claim, variant)
    if isinstance(claim, BreakdownClaim):
        return _false_breakdown(world, claim, variant)
    if isinstance(claim, SpanClaim):
        return _false_span(written, claim, variant)
    if isinstance(claim, WeekdayClaim):
        assert claim.measure is not None
        day = world.events[claim.measure]
        name = WEEKDAYS[(day.weekday() + 1) % 7].title()
        return claim.model_copy(
            update={"weekday": name, "quote": f"{claim.measure} on {name}", "within_days": 0}
        )
    if isinstance(claim, RelativeDateClaim):
        assert claim.measure is not None
        _, false = _relative_split(world.dated()[claim.measure], world.published)
        phrase = false[variant % len(false)]
        return claim.model_copy(
            update={"phrase": phrase, "quote": _relative_quote(claim.measure, phrase)}
        )
    if isinstance(claim, DateClaim):
        day = world.dated()[claim.measure]
        other = f"{day.year - 1}-{day.month:02d}"
        return claim.model_copy(
            update={"date": other, "quote": f"{claim.measure} in {day.year - 1}"}
        )
    if isinstance(claim, DurationClaim):
        return _false_duration(world, claim, variant)
    if isinstance(claim, PeriodClaim):
        if claim.measure in world.periods:
            return _false_period(world, claim, variant)
        quote = claim.quote_text.replace("12-month", "3-month")
        return claim.model_copy(
            update={"length": Decimal(3), "quote": quote, "start": _month_before(claim, 12)}
        )
    return None


def _false_superlative(world: World, claim: SuperlativeClaim, variant: int) -> ClaimBase | None:
    """Another member said to be the top (or bottom), or the claim's own member said to be at
    the other end; each beaten by some member."""
    members = [claim.measure, *claim.among]
    options: list[tuple[str, str]] = []
    for direction in (claim.direction, "least" if claim.direction == "most" else "most"):
        for member in members:
            if member == claim.measure and direction == claim.direction:
                continue
            if direction != claim.direction and member != claim.measure:
                continue
            value = world.base(member)
            if direction == "most":
                beaten = any(world.base(m) > value for m in members)
            else:
                beaten = any(world.base(m) < value for m in members)
            if beaten:
                options.append((member, direction))
    if not options:
        return None
    member, turned = options[variant % len(options)]
    side: Literal["most", "least"] = "most" if turned == "most" else "least"
    word = _SUPERLATIVE_WORDS[side][variant % len(_SUPERLATIVE_WORDS[side])]
    rest = [m for m in members if m != member]
    quote = f"{member} was the {word}" if claim.strict else f"{member} was among the {word}"
    return SuperlativeClaim(
        id=claim.id,
        quote=quote,
        measure=member,
        among=rest,
        direction=side,
        strict=claim.strict,
    )


def _false_list(world: World, claim: EnumerationClaim, variant: int) -> ClaimBase | None:
    """An exact list made complete while it names some only, or given a count one short; a
    list with a hedged count given a count (and hedge) the truth breaks."""
    names = world.sets[claim.measure]
    if claim.hedge is Hedge.EXACT:
        if len(claim.items) < len(names):
            quote = f"{len(names)} countries, namely {', '.join(claim.items)}"
            return claim.model_copy(update={"complete": True, "quote": quote})
        if len(names) >= 2:
            quote = f"{len(names) - 1} countries, namely {', '.join(claim.items)}"
            return claim.model_copy(update={"count": Decimal(len(names) - 1), "quote": quote})
        return None
    options = _count_options(len(names), False)
    hedge, figure = options[variant % len(options)]
    said = _said(hedge, variant)
    quote = _list_quote(
        said, _count_text(figure, variant % 2 == 1), "countries", claim.items, False
    )
    return claim.model_copy(update={"count": Decimal(figure), "hedge": hedge, "quote": quote})


def _false_span(written: Written, claim: SpanClaim, variant: int) -> ClaimBase | None:
    """An exact span given a count the named countries make impossible; a hedged span given a
    count (and hedge) the true number of continents breaks."""
    world = written.world
    names = world.sets[claim.of]
    if claim.hedge is not Hedge.EXACT:
        continents = len({COUNTRIES[n] for n in names})
        options = _count_options(continents, False, 7)
        hedge, figure = options[variant % len(options)]
        said = _said(hedge, variant)
        quote = f"across {said}{_count_text(figure, True)} continents"
        return claim.model_copy(update={"count": Decimal(figure), "hedge": hedge, "quote": quote})
    listed = next(
        c
        for c in written.claims
        if isinstance(c, EnumerationClaim) and c.measure == claim.of and c.id in written.anchors
    )
    placed = len({COUNTRIES[n] for n in listed.items})
    most = min(7, placed + len(names) - len(listed.items))
    if most >= 7:
        return None
    return claim.model_copy(
        update={"count": Decimal(most + 1), "quote": f"spanned {most + 1} continents"}
    )


def _false_duration(world: World, claim: DurationClaim, variant: int) -> ClaimBase | None:
    """A duration given a figure (and hedge) the truth breaks: the time since (and until) its
    dates, or the measure's value for a figure of time."""
    unit = claim.unit
    if claim.since is None:
        assert claim.measure is not None
        truth = _restated(*world.quantities[claim.measure], unit)
        falsehood = _false_figure(truth, variant, scaled=unit_info(unit).rounds_whole)
        if falsehood is None:
            return None
        hedge, wrong = falsehood
        return _figure_duration(claim.id, claim.measure, hedge, wrong, unit)
    lo, hi = _elapsed(world, claim.since, claim.until)
    options = _false_lengths(unit, lo, hi)
    if not options:
        return None
    hedge, n = options[variant % len(options)]
    unit = _singular(unit.removesuffix("s") + "s", n)
    quote = _duration_quote(hedge, variant, n, unit, claim.since, claim.until)
    return claim.model_copy(
        update={"value": Decimal(n), "unit": unit, "hedge": hedge, "quote": quote}
    )


def _false_period(world: World, claim: PeriodClaim, variant: int) -> ClaimBase | None:
    """A period given a length the truth breaks, an end a year late, a start a year early, or
    said to be over while it is still going on."""
    start, end = world.periods[claim.measure]
    options: list[dict[str, object]] = []
    if claim.length is not None:
        days = (end - start).days + 1
        unit = claim.unit.removesuffix("s") + "s"
        for hedge, n in _false_lengths(unit, days, days)[:3]:
            options.append({"length": Decimal(n), "hedge": hedge, "unit": _singular(unit, n)})
    if claim.end is not None:
        options.append({"end": _shifted(claim.end, 1)})
    if claim.start is not None:
        options.append({"start": _shifted(claim.start, -1)})
    if end > world.published and not claim.completed:
        options.append({"completed": True})
    if not options:
        return None
    update = options[variant % len(options)]
    new = claim.model_copy(update=update)
    length = None if new.length is None else int(new.length)
    still = end > world.published and not new.completed
    quote = _period_quote(
        new.measure, new.start, new.end, length, new.unit, new.hedge, variant, still
    )
    return new.model_copy(update={"quote": quote})


def _false_figure(truth: Fraction, variant: int, *, scaled: bool) -> tuple[Hedge, Decimal] | None:
    """A hedge and a whole figure that ``truth`` does not satisfy, by ``variant``."""
    whole = int(truth)
    choices: list[tuple[Hedge, int]] = [(Hedge.EXACT, 2 * whole + 3)]
    if truth >= 1:
        choices.append((Hedge.NEARLY, whole))  # nearly n means below n: truth >= n breaks it
        choices.append((Hedge.LESS_THAN, whole))
        choices.append((Hedge.MORE_THAN, whole + 1))
    if truth >= 4:
        choices.append((Hedge.ABOUT, whole // 2))
    if truth > 1:
        choices.append((Hedge.AT_MOST, whole - 1 if Fraction(whole) == truth else whole))
    choices.append((Hedge.AT_LEAST, whole + 2))
    hedge, figure = choices[variant % len(choices)]
    written = Decimal(figure)
    if truth in stated_interval(written, hedge, scaled=scaled):
        return None
    return hedge, written


def _month_before(claim: PeriodClaim, months: int) -> str:
    assert claim.end is not None
    year, month = (int(x) for x in str(claim.end).split("-")[:2])
    total = year * 12 + month - 1 - (months - 1)
    return f"{total // 12}-{total % 12 + 1:02d}"


def claim_files(
    world_strategy: st.SearchStrategy[World] | None = None,
) -> st.SearchStrategy[LoadedFile]:
    """Whole claim files (loaded, in memory) of claims true of a random world."""
    source = world_strategy if world_strategy is not None else worlds()
    return source.flatmap(true_claims).map(lambda w: w.loaded().files[0])


def renamed(written: Written, rename: Callable[[str], str]) -> Written:
    """The same claims with every id renamed."""
    claims = tuple(c.model_copy(update={"id": rename(c.id)}) for c in written.claims)
    return replace(written, claims=claims, anchors=frozenset(rename(a) for a in written.anchors))


def reordered(written: Written, order: Sequence[int]) -> Written:
    """The same claims in another order."""
    return replace(written, claims=tuple(written.claims[i] for i in order))


# --- Newsrooms: several sources on one world, with planted errors ------------------------------

#: A claim of a newsroom, whatever file or id it is rendered with: (source, claim name).
Label = tuple[str, str]

_OUTLETS = ("wire", "herald", "courier", "gazette", "tribune", "post", "ledger")
_PLACES = ("alder", "birch", "cedar", "rowan")
_STEMS = (("op.arrests", "arrests"), ("op.seized", "kg"), ("op.charged", "people"))


@dataclass(frozen=True)
class Source:
    """One outlet's article (or a reference): its claims, each id the claim's name."""

    name: str
    reference: bool
    claims: tuple[ClaimBase, ...]

    @property
    def text(self) -> str:
        """The article's text: every quote, in the claims' first order (it is one text however
        its claims are later ordered or split into files)."""
        return ". ".join(c.quote_text for c in self.claims) + "."


@dataclass(frozen=True)
class Planted:
    """A planted error: claims that give one wrong figure (or relation) for ``measure``."""

    measure: str
    wrong: frozenset[Label]
    #: The claims that contradict it: the other sources' figures of the measure (for a relation,
    #: of the measures it relates).
    right: frozenset[Label]


@dataclass(frozen=True)
class Newsroom:
    """Sources on one world, true but for the planted errors and ties.

    Every error is cheaper to doubt than what contradicts it (its claims weigh less than the
    right figures of its measure, with the default weights: an article 1, a reference 3, a
    hedged figure 2/3 of its source's), and errors share no claims with each other, so the one
    cheapest correction is to doubt exactly the wrong claims. A tie is a measure of its own
    that two sides of equal weight give differently: no side is cheaper.
    """

    published: date
    #: measure key -> (true value, unit)
    truth: dict[str, tuple[int, str]]
    sources: tuple[Source, ...]
    errors: tuple[Planted, ...]
    #: each tie's two sides
    ties: tuple[tuple[frozenset[Label], frozenset[Label]], ...]

    def files(
        self,
        *,
        claim_orders: dict[str, Sequence[int]] | None = None,
        cuts: dict[str, Sequence[int]] | None = None,
        rename: Callable[[str], str] | None = None,
        extra: Sequence[Source] = (),
    ) -> tuple[list[LoadedFile], dict[tuple[str, str], Label]]:
        """The sources as claim files (in memory), and each rendered (doc, claim id)'s label.

        ``claim_orders`` reorders a source's claims (a permutation); ``cuts`` splits an
        article's claims (after reordering) into several files at those positions, each file
        with its own doc id and the article's one text, so they are one source; ``rename``
        renames every claim id; ``extra`` sources are added at the end."""
        files: list[LoadedFile] = []
        labels: dict[tuple[str, str], Label] = {}
        for source in (*self.sources, *extra):
            order = (claim_orders or {}).get(source.name, range(len(source.claims)))
            claims = [source.claims[i] for i in order]
            points = sorted(set((cuts or {}).get(source.name, ()))) if not source.reference else []
            bounds = [0, *(p for p in points if 0 < p < len(claims)), len(claims)]
            for n, (lo, hi) in enumerate(itertools.pairwise(bounds)):
                doc = source.name if n == 0 else f"{source.name}-part{n}"
                chunk = []
                for claim in claims[lo:hi]:
                    cid = rename(claim.id) if rename is not None else claim.id
                    labels[(doc, cid)] = (source.name, claim.id)
                    chunk.append(claim.model_copy(update={"id": cid}))
                files.append(self._file(source, doc, chunk))
        return files, labels

    def _file(self, source: Source, doc: str, claims: Sequence[ClaimBase]) -> LoadedFile:
        path = f"{doc}.toml"
        if source.reference:
            info = ReferenceInfo(id=doc, title=f"{source.name} figures", compiled=self.published)
            return from_claims(claims, reference=info, path=path)
        article = ArticleInfo(
            id=doc, title=f"{source.name} report", published=self.published,
            text=f"{source.name}.txt",
        )  # fmt: skip
        return from_claims(claims, article=article, text=source.text, path=path)

    def agreeing(self, name: str = "latecomer") -> st.SearchStrategy[Source]:
        """Another article whose figures are all true (of measures no tie is about)."""
        return _agreeing(self, name)


@st.composite
def _agreeing(draw: st.DrawFn, room: Newsroom, name: str) -> Source:
    tied = {label for tie in room.ties for side in tie for label in side}
    tied_measures = {
        str(c.__dict__.get("measure"))
        for s in room.sources
        for c in s.claims
        if (s.name, c.id) in tied
    }
    keys = [k for k in sorted(room.truth) if k not in tied_measures]
    chosen = draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))
    claims = []
    for key in chosen:
        value, unit = room.truth[key]
        hedge, written = draw(_true_figure(value))
        cid = key.replace(".", "-")
        claims.append(_figure(cid, key, hedge, written, unit))
    return Source(name, False, tuple(claims))


def _figure(cid: str, key: str, hedge: Hedge, written: int, unit: str) -> ValueClaim:
    quote = f"{key} was {_hedge_words(hedge)}{written} {unit}"
    return ValueClaim(id=cid, quote=quote, measure=key, value=written, unit=unit, hedge=hedge)


@st.composite
def _true_figure(draw: st.DrawFn, value: int) -> tuple[Hedge, int]:
    """A figure true of ``value`` (20 or more): exact, "about" a round figure, "nearly" the next
    round one; always within 12% of the value."""
    hedge = draw(st.sampled_from((Hedge.EXACT, Hedge.EXACT, Hedge.ABOUT, Hedge.NEARLY)))
    if hedge is Hedge.ABOUT:
        rounded = round(value / 10) * 10
        written = rounded if abs(rounded - value) * 10 <= rounded else value
    elif hedge is Hedge.NEARLY:
        up = (value // 10 + 1) * 10
        written = up if value * 10 >= up * 9 else value + 1
    else:
        written = value
    return hedge, written


def _weight(source: Source, claim: ClaimBase) -> Fraction:
    weight = Fraction(3) if source.reference else Fraction(1)
    if claim.__dict__.get("hedge", Hedge.EXACT) is not Hedge.EXACT:
        weight *= Fraction(2, 3)
    return weight


def _bounds(claim: ValueClaim) -> tuple[Fraction, Fraction]:
    interval = claim.interval()
    assert interval.lo is not None and interval.hi is not None
    return interval.lo, interval.hi


def _figures(said: dict[str, list[ClaimBase]]) -> dict[Label, ValueClaim]:
    return {(s, c.id): c for s, claims in said.items() for c in claims if isinstance(c, ValueClaim)}


def _disjoint(a: ValueClaim, b: ValueClaim) -> bool:
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return ahi < blo or bhi < alo


@st.composite
def newsrooms(draw: st.DrawFn, *, ties: int = 0) -> Newsroom:
    """Several outlets (and maybe a reference) on one invented operation, with planted errors.

    One or two groups of measures, each a whole and two or three parts tied by a ``parts``
    claim (complete) and maybe a ``difference`` between two parts, so a group is connected;
    each source gives some of the figures, exact or hedged. Errors are planted independently:
    a wrong figure of a measure, given by some of its sources (the same figure in each) against
    right figures that weigh more; and a wrong difference against the parts' right figures.
    ``ties`` adds that many measures of their own, each given by two sources one way and two
    another, the sides weighing the same.
    """
    n_articles = draw(st.integers(4 if ties else 3, 6))
    names = list(_OUTLETS[:n_articles])
    reference = draw(st.booleans())
    if reference:
        names.append("release")
    is_ref = {n: n == "release" for n in names}
    said: dict[str, list[ClaimBase]] = {n: [] for n in names}
    truth: dict[str, tuple[int, str]] = {}
    errors: list[Planted] = []
    stems = draw(st.lists(st.sampled_from(_STEMS), min_size=1, max_size=2, unique=True))

    def weigh(labels: Sequence[Label] | frozenset[Label]) -> Fraction:
        by = {(s, c.id): c for s in names for c in said[s]}
        total = Fraction(0)
        for s, cid in labels:
            total += _weight(Source(s, is_ref[s], ()), by[(s, cid)])
        return total

    for stem, unit in stems:
        places = _PLACES[: draw(st.integers(2, 3))]
        parts = [f"{stem}.{p}" for p in places]
        values = [draw(st.integers(20, 400)) for _ in parts]
        truth.update({p: (v, unit) for p, v in zip(parts, values, strict=True)})
        truth[stem] = (sum(values), unit)
        tag = stem.split(".")[1]
        stated: dict[str, list[Label]] = {}
        for key in [stem, *parts]:
            stated[key] = []
            for name in names:
                if draw(st.integers(0, 2)) == 0:
                    continue
                value, _ = truth[key]
                hedge, written = draw(_true_figure(value))
                cid = f"{key.rsplit('.', 1)[-1]}-{tag}" if key != stem else f"total-{tag}"
                said[name].append(_figure(cid, key, hedge, written, unit))
                stated[key].append((name, cid))
        # the relations: the parts make up the whole (at least one source says so)
        whole_by = draw(st.lists(st.sampled_from(names), min_size=1, unique=True))
        for name in whole_by:
            quote = f"{', '.join(parts)} made up {stem}"
            said[name].append(
                PartsClaim(id=f"parts-{tag}", quote=quote, parts=parts, of=stem, complete=True)
            )
        difference: list[Label] = []
        a, b = parts[0], parts[1]
        gap = truth[a][0] - truth[b][0]
        if gap != 0 and draw(st.booleans()):
            for name in draw(st.lists(st.sampled_from(names), min_size=1, unique=True)):
                said[name].append(_difference(f"gap-{tag}", a, b, gap, unit))
                difference.append((name, f"gap-{tag}"))
        # the planted errors: wrong figures of measures (each its own measure) ...
        flawed: set[str] = set()
        for key in [stem, *parts]:
            if len(stated[key]) < 2 or not draw(st.booleans()):
                continue
            picks = draw(st.lists(st.sampled_from(stated[key]), min_size=1, unique=True))
            wrong = sorted(picks, key=lambda lb: -weigh([lb]))
            hedge = draw(st.sampled_from((Hedge.EXACT, Hedge.ABOUT)))
            factors = (Fraction(2, 5), Fraction(3, 5), Fraction(3, 2), Fraction(2))
            factor = draw(st.sampled_from(factors))
            figure = round(truth[key][0] * factor)
            new = _figure("new", key, hedge, figure, unit)
            while wrong:  # the right figures must outweigh the wrong one (as written wrong)
                right = [lb for lb in stated[key] if lb not in wrong]
                weight = sum(_weight(Source(s, is_ref[s], ()), new) for s, _ in wrong)
                if right and weight < weigh(right):
                    break
                wrong.pop(0)
            if not wrong:
                continue
            for name, cid in wrong:
                said[name] = [
                    _figure(cid, key, hedge, figure, unit) if c.id == cid else c
                    for c in said[name]
                ]
            right = [lb for lb in stated[key] if lb not in wrong]
            by = _figures(said)
            assert all(_disjoint(by[w], by[r]) for w in wrong for r in right), (key, figure)
            errors.append(Planted(key, frozenset(wrong), frozenset(right)))
            flawed.add(key)
        # ... and a wrong difference, against parts no error touches
        if difference and a not in flawed and b not in flawed:
            right_a, right_b = stated[a], stated[b]
            planted = draw(st.booleans())
            if right_a and right_b and planted:
                wrong = draw(st.lists(st.sampled_from(difference), min_size=1, unique=True))
                by = _figures(said)
                lo = min(_bounds(by[x])[0] for x in right_a)
                hi = max(_bounds(by[x])[1] for x in right_a)
                blo = min(_bounds(by[x])[0] for x in right_b)
                bhi = max(_bounds(by[x])[1] for x in right_b)
                # beyond anything one right figure of each part allows
                margin = math.ceil(hi - lo + bhi - blo) + 1
                sign = draw(st.sampled_from((1, -1)))
                false_gap = gap + sign * max(margin, abs(gap) // 2 + 1)
                weight = weigh(wrong)
                if false_gap != 0 and weight < min(weigh(right_a), weigh(right_b)):
                    for name, cid in wrong:
                        said[name] = [
                            _difference(cid, a, b, false_gap, unit) if c.id == cid else c
                            for c in said[name]
                        ]
                    against = frozenset(right_a) | frozenset(right_b)
                    errors.append(Planted(f"{a} - {b}", frozenset(wrong), against))
    tie_sides: list[tuple[frozenset[Label], frozenset[Label]]] = []
    for n in range(ties):
        key, unit = f"op.tie{'abc'[n]}.firearms", "items"
        value = draw(st.integers(20, 400))
        truth[key] = (value, unit)
        articles = [name for name in names if not is_ref[name]]
        four = draw(st.permutations(articles))[:4]
        hedged = draw(st.booleans())  # one hedged figure on each side, or none
        factor = draw(st.sampled_from((Fraction(2, 5), Fraction(3, 2), Fraction(2))))
        sides: list[frozenset[Label]] = []
        for figure, pair in ((value, four[:2]), (round(value * factor), four[2:])):
            side = []
            for k, name in enumerate(pair):
                cid = f"firearms-{'abc'[n]}"
                hedge = Hedge.ABOUT if hedged and k == 1 else Hedge.EXACT
                written = figure if hedge is Hedge.EXACT else round(figure / 10) * 10
                if hedge is Hedge.ABOUT and abs(written - figure) * 10 > written:
                    written = figure
                said[name].append(_figure(cid, key, hedge, written, unit))
                side.append((name, cid))
            sides.append(frozenset(side))
        tie_sides.append((sides[0], sides[1]))
    sources = []
    for name in names:
        order = draw(st.permutations(range(len(said[name]))))
        sources.append(Source(name, is_ref[name], tuple(said[name][i] for i in order)))
    if reference:
        sources = [
            replace(
                s,
                claims=tuple(c.model_copy(update={"source": "the agency's release"})
                             for c in s.claims),
            ) if s.reference else s
            for s in sources
        ]  # fmt: skip
    return Newsroom(
        date(2025, 6, 3), truth, tuple(s for s in sources if s.claims), tuple(errors),
        tuple(tie_sides),
    )  # fmt: skip


def _difference(cid: str, measure: str, of: str, gap: int, unit: str) -> DifferenceClaim:
    return _difference_claim(
        cid, measure, of, Hedge.EXACT, Decimal(abs(gap)), 1 if gap > 0 else -1, unit, 0
    )
