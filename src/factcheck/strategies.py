"""Hypothesis strategies for factcheck, public like hypothesis' own: figures, hedges, claims,
claim files, and *true worlds*.

A `World` is a random assignment of values to measures (quantities, sets of countries, dated
events). `true_claims` writes claims that are true of a world, quotes included, the way an
article and a reference source would: every measure is pinned by an exact "reference" claim,
and hedged restatements, relations, lists, spans and dates are written on top. `falsify`
turns one of them false beyond its hedge. The engine's promises are then properties:

* no false alarms: ``check`` finds no contradiction in claims written from a true world;
* no misses: after ``falsify``, a contradiction names the falsified claim.

    >>> from hypothesis import given
    >>> from factcheck.strategies import worlds, true_claims
    >>> @given(worlds().flatmap(true_claims))
    ... def test_no_false_alarms(written): ...

Requires hypothesis (in factcheck's ``test`` extra).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from factcheck.claims import (
    ArticleInfo,
    ClaimBase,
    DateClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PartClaim,
    PeriodClaim,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    ValueClaim,
    WeekdayClaim,
)
from factcheck.dates import WEEKDAYS, relative_range
from factcheck.loader import Loaded, LoadedFile, from_claims
from factcheck.numbers import Hedge, hedged_interval, written_interval
from factcheck.units import unit_info

__all__ = [
    "COUNTRIES",
    "UNITS",
    "World",
    "Written",
    "as_decimal",
    "claim_files",
    "falsify",
    "hedged_values",
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


@dataclass(frozen=True)
class World:
    """The truth: values of quantities (in a unit), sets of countries, dated events."""

    published: date
    #: measure key -> (exact value in ``unit``, unit)
    quantities: dict[str, tuple[Fraction, str]]
    #: count measure key -> the countries of the set
    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: date measure key -> the day
    events: dict[str, date] = field(default_factory=dict)

    def base(self, key: str) -> Fraction:
        """A quantity in base units of its dimension."""
        value, unit = self.quantities[key]
        return value * unit_info(unit).factor

    def dimension(self, key: str) -> str:
        """A quantity's dimension."""
        return unit_info(self.quantities[key][1]).dimension


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
    interval = hedged_interval(written_interval(written), hedge, None)
    assert value in interval, (value, hedge, written)
    return hedge, written


@st.composite
def worlds(draw: st.DrawFn, max_quantities: int = 6) -> World:
    """A random world: quantities in several dimensions, maybe a set of countries, events."""
    published = draw(st.dates(date(2001, 1, 1), date(2035, 12, 31)))
    count = draw(st.integers(1, max_quantities))
    quantities: dict[str, tuple[Fraction, str]] = {}
    dims = draw(st.lists(st.sampled_from(sorted(UNITS)), min_size=count, max_size=count))
    for i, dim in enumerate(dims):
        quantities[f"w.q{i}"] = draw(values_with_units(dim))
    sets: dict[str, tuple[str, ...]] = {}
    if draw(st.booleans()):
        names = draw(
            st.lists(st.sampled_from(sorted(COUNTRIES)), min_size=1, max_size=10, unique=True)
        )
        sets["w.countries"] = tuple(names)
    events: dict[str, date] = {}
    for i in range(draw(st.integers(0, 2))):
        before = draw(st.integers(0, 800))
        events[f"w.event{i}"] = published - timedelta(days=before)
    return World(published, quantities, sets, events)


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


def _hedge_words(hedge: Hedge) -> str:
    return "" if hedge is Hedge.EXACT else f"{hedge.value} "


def _value_claim(
    cid: str, key: str, hedge: Hedge, written: Decimal, unit: str, *, exact: bool = False
) -> ValueClaim:
    quote = f"{key} was {_hedge_words(hedge)}{_text(written)} {unit}"
    precision = Decimal(0) if exact else None
    return ValueClaim(
        id=cid, quote=quote, measure=key, value=written, unit=unit, hedge=hedge, precision=precision
    )


def _restated(value: Fraction, unit: str, other: str) -> Fraction:
    return value * unit_info(unit).factor / unit_info(other).factor


@st.composite
def true_claims(draw: st.DrawFn, world: World) -> Written:
    """Claims true of ``world``, with the article text that quotes them."""
    out = _Writer()
    keys = sorted(world.quantities)
    for key in keys:
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
            hedge, written = draw(hedged_values(restated))
            out.add(_value_claim(out.next_id("val"), key, hedge, written, other))
    # Relations between quantities of one dimension.
    by_dim: dict[str, list[str]] = {}
    for key in keys:
        by_dim.setdefault(world.dimension(key), []).append(key)
    for group in by_dim.values():
        for a, b in itertools.pairwise(group):
            va, vb = world.base(a), world.base(b)
            small, large = (a, b) if va <= vb else (b, a)
            kind = draw(st.sampled_from(("part", "multiple", "share", "none")))
            if kind == "part":
                out.add(
                    PartClaim(
                        id=out.next_id("part"),
                        quote=f"{small} within {large}",
                        measure=small,
                        of=large,
                    )
                )
            elif kind == "multiple" and world.base(small) > 0:
                ratio = world.base(large) / world.base(small)
                factor = Decimal(int(ratio * 10)) / 10
                if factor >= Decimal("1.1"):
                    hedge = Hedge.AT_LEAST
                    quote = f"{large} was at least {_text(factor)} times {small}"
                    out.add(
                        MultipleClaim(
                            id=out.next_id("mult"),
                            quote=quote,
                            measure=large,
                            of=small,
                            factor=factor,
                            hedge=hedge,
                        )
                    )
            elif kind == "share" and world.base(large) > 0:
                percent = int(world.base(small) / world.base(large) * 100)
                if percent >= 1:
                    quote = f"{small} was more than {percent - 1}% of {large}"
                    out.add(
                        ShareClaim(
                            id=out.next_id("share"),
                            quote=quote,
                            measure=small,
                            of=large,
                            fraction=f"{percent - 1}%",
                            hedge=Hedge.MORE_THAN,
                        )
                    )
        if len(group) >= 2:
            top = max(group, key=world.base)
            if sum(1 for k in group if world.base(k) == world.base(top)) == 1:
                others = [k for k in group if k != top]
                out.add(
                    SuperlativeClaim(
                        id=out.next_id("most"),
                        quote=f"{top} was the most",
                        measure=top,
                        among=others,
                    )
                )
    # A set of countries: its count, a list, its span.
    for key, names in sorted(world.sets.items()):
        named = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
        complete = len(named) == len(names)
        join = ", ".join(named)
        quote = f"{len(names)} countries, {'namely' if complete else 'including'} {join}"
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
    # Events: an exact date, and a relative date, weekday or month on top.
    for key, day in sorted(world.events.items()):
        out.add(
            DateClaim(
                id=out.next_id("date"),
                quote=f"{key} on {day.isoformat()}",
                measure=key,
                date=day.isoformat(),
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
                    within_days=back,
                )
            )
        for phrase in ("yesterday", "last week", "last month", "this year", "last year"):
            rng = relative_range(phrase, world.published)
            if rng.first <= day <= rng.last:
                out.add(
                    RelativeDateClaim(
                        id=out.next_id("rel"), quote=f"{key} {phrase}", phrase=phrase, measure=key
                    )
                )
                break
        month = day.strftime("%B %Y")
        out.add(
            DateClaim(id=out.next_id("month"), quote=f"{key} in {month}", measure=key, date=month)
        )
        if back >= 3 * 366:
            years = int((world.published - date(day.year, 12, 31)).days / Fraction(36525, 100))
            if years >= 2:
                quote = f"for more than {years - 1} years since {day.year}"
                out.add(
                    DurationClaim(
                        id=out.next_id("dur"),
                        quote=quote,
                        value=years - 1,
                        unit="years",
                        hedge=Hedge.MORE_THAN,
                        since=str(day.year),
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
    order = draw(st.permutations(range(len(out.claims))))
    claims = tuple(out.claims[i] for i in order)
    text = ". ".join(out.quotes) + "."
    return Written(world, claims, text, frozenset(out.anchors))


def falsify(written: Written, claim_id: str, variant: int = 0) -> Written | None:
    """The same claims with ``claim_id`` made false beyond its hedge (its quote rewritten to
    match), or None when this claim cannot be falsified that way. ``variant`` picks among the
    ways a figure can be false (a wrong exact figure, or a hedge the truth breaks)."""
    index = next(i for i, c in enumerate(written.claims) if c.id == claim_id)
    claim = written.claims[index]
    world = written.world
    new: ClaimBase | None = None
    if claim_id in written.anchors and not isinstance(claim, EnumerationClaim):
        return None
    if isinstance(claim, ValueClaim):
        truth = _restated(*world.quantities[claim.measure], claim.unit)
        falsehood = _false_figure(truth, variant, scaled=unit_info(claim.unit).scale > 1)
        if falsehood is not None:
            hedge, wrong = falsehood
            new = _value_claim(claim.id, claim.measure, hedge, wrong, claim.unit)
    elif isinstance(claim, PartClaim):
        if world.base(claim.measure) < world.base(claim.of):
            new = claim.model_copy(
                update={
                    "measure": claim.of,
                    "of": claim.measure,
                    "quote": f"{claim.of} within {claim.measure}",
                }
            )
    elif isinstance(claim, MultipleClaim):
        ratio = world.base(claim.measure) / world.base(claim.of)
        factor = int(ratio) + 2
        quote = f"{claim.measure} was at least {factor} times {claim.of}"
        new = claim.model_copy(update={"factor": Decimal(factor), "quote": quote})
    elif isinstance(claim, ShareClaim):
        percent = int(world.base(claim.measure) / world.base(claim.of) * 100) + 2
        if percent <= 100:
            quote = f"{claim.measure} was more than {percent}% of {claim.of}"
            new = ShareClaim(
                id=claim.id,
                quote=quote,
                measure=claim.measure,
                of=claim.of,
                fraction=f"{percent}%",
                hedge=Hedge.MORE_THAN,
            )
    elif isinstance(claim, SuperlativeClaim):
        members = [claim.measure, *claim.among]
        low = min(members, key=world.base)
        if world.base(low) < world.base(claim.measure):
            rest = [m for m in members if m != low]
            new = SuperlativeClaim(
                id=claim.id, quote=f"{low} was the most", measure=low, among=rest
            )
    elif isinstance(claim, EnumerationClaim):
        names = world.sets[claim.measure]
        if len(claim.items) < len(names):
            quote = f"{len(names)} countries, namely {', '.join(claim.items)}"
            new = claim.model_copy(update={"complete": True, "quote": quote})
        elif len(names) >= 2:
            quote = f"{len(names) - 1} countries, namely {', '.join(claim.items)}"
            new = claim.model_copy(update={"count": Decimal(len(names) - 1), "quote": quote})
    elif isinstance(claim, SpanClaim):
        names = world.sets[claim.of]
        listed = next(
            c for c in written.claims if isinstance(c, EnumerationClaim) and c.measure == claim.of
        )
        placed = len({COUNTRIES[n] for n in listed.items})
        most = min(7, placed + len(names) - len(listed.items))
        impossible = most + 1 if most < 7 else None
        if impossible is not None:
            new = claim.model_copy(
                update={"count": Decimal(impossible), "quote": f"spanned {impossible} continents"}
            )
    elif isinstance(claim, WeekdayClaim):
        assert claim.measure is not None
        day = world.events[claim.measure]
        name = WEEKDAYS[(day.weekday() + 1) % 7].title()
        new = claim.model_copy(
            update={"weekday": name, "quote": f"{claim.measure} on {name}", "within_days": 0}
        )
    elif isinstance(claim, RelativeDateClaim):
        assert claim.measure is not None
        day = world.events[claim.measure]
        for phrase in ("tomorrow", "next month", "next year"):
            rng = relative_range(phrase, world.published)
            if not rng.first <= day <= rng.last:
                new = claim.model_copy(
                    update={"phrase": phrase, "quote": f"{claim.measure} {phrase}"}
                )
                break
    elif isinstance(claim, DateClaim):
        day = world.events[claim.measure]
        other = f"{day.year - 1}-{day.month:02d}"
        new = claim.model_copy(
            update={"date": other, "quote": f"{claim.measure} in {day.year - 1}"}
        )
    elif isinstance(claim, DurationClaim):
        assert claim.since is not None
        years = (world.published.year - int(str(claim.since))) + 2
        quote = f"for more than {years} years since {claim.since}"
        new = claim.model_copy(update={"value": Decimal(years), "quote": quote})
    elif isinstance(claim, PeriodClaim):
        quote = claim.quote_text.replace("12-month", "3-month")
        new = claim.model_copy(
            update={"length": Decimal(3), "quote": quote, "start": _month_before(claim, 12)}
        )
    if new is None:
        return None
    claims = list(written.claims)
    claims[index] = type(new).model_validate(new.model_dump())
    text = written.text + " " + new.quote_text + "."
    return replace(written, claims=tuple(claims), text=text)


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
    if truth in hedged_interval(written_interval(written, scaled=scaled), hedge, None):
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
