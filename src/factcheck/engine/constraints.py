"""Claims -> linear constraints over measures, in exact rational arithmetic.

Every measure becomes a variable: a quantity in base units of its dimension (kilograms, US
dollars, items counted), a date as a day number. A claim becomes the constraints it asserts,
tagged with the claims they come from, so the solver can say which claims cannot all hold.
Before compiling, measures are typed: a measure used with kilograms in one claim and dollars in
another is a dimension conflict (rule FC103), and the claims of the minority dimension are left
out of the numeric check.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

from factcheck.claims import (
    EnumerationClaim,
    SpanClaim,
)
from factcheck.dates import (
    DateRange,
    months_span_days,
)
from factcheck.engine.context import Context, Entry, MeasureKind

# canonical_item, distinct_items and item_type_of moved to factcheck.kinds.enumeration.
from factcheck.kinds.enumeration import (  # noqa: F401 - re-exported
    canonical_item,
    distinct_items,
    item_type_of,
)
from factcheck.numbers import Interval
from factcheck.units import unit_info

__all__ = ["Compiled", "Congruence", "Linear", "compile_claims"]

Op = Literal["<=", "<", ">=", ">", "=="]
_SECONDS_PER_DAY = 86400


@dataclass(frozen=True, slots=True)
class Linear:
    """``sum(coef * var) op rhs``; holds only when all of ``sources`` (claim indices) are kept."""

    terms: tuple[tuple[str, Fraction], ...]
    op: Op
    rhs: Fraction
    sources: frozenset[int]


@dataclass(frozen=True, slots=True)
class Congruence:
    """``var % modulus == remainder`` (a weekday)."""

    var: str
    modulus: int
    remainder: int
    sources: frozenset[int]


Constraint = Linear | Congruence


@dataclass(frozen=True)
class Conflict:
    """Claims that use one measure (or measures they relate) in incompatible ways."""

    measures: tuple[str, ...]
    #: What each use is ("[mass]", "[currency_USD]", "a date") and the claims using it that way.
    uses: tuple[tuple[str, tuple[Entry, ...]], ...]
    #: The use kept for the numeric check.
    kept: str


@dataclass(frozen=True)
class SpanFacts:
    """What the named items of a span's set say: for explanations."""

    named: tuple[str, ...]
    groups: dict[str, str]
    unplaced: tuple[str, ...]
    enumerations: tuple[Entry, ...]
    #: The groups (continents) the span claim names itself.
    told: tuple[str, ...] = ()


@dataclass
class Compiled:
    """The constraints of all claims, and what the engine learned while compiling them."""

    constraints: list[Constraint] = field(default_factory=list)
    integer: set[str] = field(default_factory=set)
    nonnegative: set[str] = field(default_factory=set)
    dimension: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, MeasureKind] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    excluded: set[int] = field(default_factory=set)
    spans: dict[int, SpanFacts] = field(default_factory=dict)
    #: The constraints each claim contributes, by claim index.
    by_entry: dict[int, list[Constraint]] = field(default_factory=lambda: defaultdict(list))

    def add(self, constraint: Constraint) -> None:
        """Record a constraint under every claim it comes from."""
        self.constraints.append(constraint)
        for source in constraint.sources:
            self.by_entry[source].append(constraint)


def union_find_root(parent: dict[str, str], key: str) -> str:
    """The representative of ``key``'s set in a union-find forest (``parent``), with path
    halving; a key seen for the first time is its own set."""
    while parent.setdefault(key, key) != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def qvar(key: str) -> str:
    """The solver variable of a quantity measure."""
    return f"q:{key}"


def dvar(key: str) -> str:
    """The solver variable of a date measure."""
    return f"d:{key}"


def bounds(var: str, interval: Interval, sources: frozenset[int]) -> list[Linear]:
    """Constraints putting ``var`` in ``interval``."""
    out: list[Linear] = []
    one = ((var, Fraction(1)),)
    closed = not interval.lo_open and not interval.hi_open
    if interval.lo is not None and interval.lo == interval.hi and closed:
        return [Linear(one, "==", interval.lo, sources)]
    if interval.lo is not None:
        out.append(Linear(one, ">" if interval.lo_open else ">=", interval.lo, sources))
    if interval.hi is not None:
        out.append(Linear(one, "<" if interval.hi_open else "<=", interval.hi, sources))
    return out


def date_bounds(var: str, rng: DateRange, sources: frozenset[int]) -> list[Linear]:
    """Constraints putting the date variable ``var`` within the days of ``rng``."""
    first, last = Fraction(rng.first.toordinal()), Fraction(rng.last.toordinal())
    return bounds(var, Interval(first, last), sources)


def _uses(ctx: Context) -> dict[str, dict[MeasureKind, list[Entry]]]:
    uses: dict[str, dict[MeasureKind, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for entry in ctx:
        for key, kind in entry.claim.measure_uses(ctx):
            uses[key][kind].append(entry)
    return uses


_KIND_WORDS = {"quantity": "a quantity", "date": "a date", "period": "a period"}


def _type_measures(ctx: Context, out: Compiled) -> None:
    """Decide each measure's kind and dimension; record conflicts, exclude the odd claims."""
    for key, by_kind in sorted(_uses(ctx).items()):
        if len(by_kind) > 1:
            kept = max(by_kind, key=lambda k: (len(by_kind[k]), k == "quantity"))
            uses = tuple((_KIND_WORDS[k], tuple(v)) for k, v in sorted(by_kind.items()))
            out.conflicts.append(Conflict((key,), uses, _KIND_WORDS[kept]))
            for kind, entries in by_kind.items():
                if kind != kept:
                    out.excluded.update(e.index for e in entries)
            out.kinds[key] = kept
        else:
            out.kinds[key] = next(iter(by_kind))
    # Dimensions: measures related by a claim must share one.
    parent: dict[str, str] = {}
    find = functools.partial(union_find_root, parent)

    dims: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
    for entry in ctx:
        if entry.index in out.excluded:
            continue
        claim = entry.claim
        for a, b in claim.dimension_links(ctx, out.kinds):
            parent[find(a)] = find(b)
        for key, dimension in claim.dimensions():
            dims[key].append((dimension, entry))
    components: dict[str, list[str]] = defaultdict(list)
    for key, kind in out.kinds.items():
        if kind == "quantity":
            components[find(key)].append(key)
    for members in components.values():
        found: dict[str, list[Entry]] = defaultdict(list)
        for key in sorted(members):
            for dimension, entry in dims.get(key, []):
                if entry not in found[dimension]:
                    found[dimension].append(entry)
        if not found:
            continue
        counts = Counter({d: len(v) for d, v in found.items()})
        main = min(found, key=lambda d: (-counts[d], min(e.index for e in found[d])))
        if len(found) > 1:
            uses = tuple((d, tuple(v)) for d, v in sorted(found.items()))
            out.conflicts.append(Conflict(tuple(sorted(members)), uses, main))
            for dimension, entries in found.items():
                if dimension != main:
                    out.excluded.update(e.index for e in entries)
        for key in members:
            out.dimension[key] = main
            if main == "[countable]":
                out.integer.add(qvar(key))


def compile_claims(ctx: Context) -> Compiled:
    """Type the measures and turn every claim into constraints."""
    out = Compiled()
    _type_measures(ctx, out)
    for key, kind in out.kinds.items():
        if kind == "quantity":
            out.nonnegative.add(qvar(key))
        elif kind == "date":
            out.integer.add(dvar(key))
    for entry in ctx:
        if entry.index not in out.excluded:
            entry.claim.add_constraints(entry, ctx, out)
    _compile_names(ctx, out)
    return out


def add_quantity(entry: Entry, key: str, interval: Interval, unit: str, out: Compiled) -> None:
    """Put the quantity measure ``key`` in ``interval`` (in ``unit``), as ``entry`` says."""
    for c in bounds(qvar(key), interval.scaled(unit_info(unit).factor), frozenset([entry.index])):
        out.add(c)


def add_ratio(entry: Entry, a: str, b: str, factor: Interval, out: Compiled) -> None:
    """``a`` is ``factor`` times ``b``, as ``entry`` says."""
    src = frozenset([entry.index])
    exact = factor.lo is not None and factor.lo == factor.hi and not factor.lo_open
    if exact and factor.lo is not None and factor.lo.denominator != 1 and qvar(a) in out.integer:
        # "a third of the 1,000 staff": a count is a whole number, so the fraction of another
        # count is rounded to the nearest one (333 for 333.33).
        terms = ((qvar(a), Fraction(1)), (qvar(b), -factor.lo))
        out.add(Linear(terms, ">=", Fraction(-1, 2), src))
        out.add(Linear(terms, "<=", Fraction(1, 2), src))
        return
    if factor.lo is not None:
        terms = ((qvar(a), Fraction(1)), (qvar(b), -factor.lo))
        out.add(Linear(terms, ">" if factor.lo_open else ">=", Fraction(0), src))
    if factor.hi is not None:
        terms = ((qvar(a), Fraction(1)), (qvar(b), -factor.hi))
        out.add(Linear(terms, "<" if factor.hi_open else "<=", Fraction(0), src))


def days_of(length: Interval, unit: str) -> tuple[Fraction | None, Fraction | None]:
    """The fewest and most days a length in ``unit`` may cover (calendar months vary)."""
    info = unit_info(unit)
    month = unit_info("month").factor
    months_per_unit = info.factor / month
    if info.factor >= month and (months_per_unit * 12) % 12 in (0, 6) and months_per_unit >= 1:
        # months, years, decades: count calendar months
        low = high = None
        if length.lo is not None:
            n = int(length.lo * months_per_unit)  # floor: fewer months, fewer days
            low = Fraction(months_span_days(n)[0]) if n > 0 else Fraction(0)
        if length.hi is not None:
            m = -int(-(length.hi * months_per_unit) // 1)  # ceiling
            high = Fraction(months_span_days(m)[1]) if m > 0 else Fraction(0)
        return low, high
    per_day = info.factor / _SECONDS_PER_DAY
    low = None if length.lo is None else length.lo * per_day
    high = None if length.hi is None else length.hi * per_day
    return low, high


def _compile_names(ctx: Context, out: Compiled) -> None:
    """Names given by several lists of one set; spans of named items."""
    lists: dict[str, list[Entry]] = defaultdict(list)
    for entry in ctx:
        if isinstance(entry.claim, EnumerationClaim) and entry.index not in out.excluded:
            lists[entry.claim.measure].append(entry)
    union: dict[str, dict[str, str]] = {}
    for key, entries in lists.items():
        named: dict[str, str] = {}
        kind = item_type_of(entries)
        for entry in entries:
            assert isinstance(entry.claim, EnumerationClaim)
            for item in entry.claim.items:
                named.setdefault(canonical_item(item, kind), item)
        union[key] = named
        most = max(len(e.claim.items) for e in entries if isinstance(e.claim, EnumerationClaim))
        if len(named) > most:
            sources = frozenset(e.index for e in entries if e.claim.__dict__.get("items", None))
            out.add(Linear(((qvar(key), Fraction(1)),), ">=", Fraction(len(named)), sources))
    for entry in ctx:
        claim = entry.claim
        if not isinstance(claim, SpanClaim) or entry.index in out.excluded:
            continue
        from factcheck.geography import CONTINENTS, lookup_country

        # The continents the text names ("three continents: Europe, Asia and Africa") are
        # spanned; when it names them all, they are the only ones.
        told = claim.groups()
        if told:
            own = frozenset([entry.index])
            out.add(Linear(((qvar(claim.measure), Fraction(1)),), ">=", Fraction(len(told)), own))
            if claim.complete:
                out.add(
                    Linear(((qvar(claim.measure), Fraction(1)),), "<=", Fraction(len(told)), own)
                )
        enumerations = tuple(e for e in lists.get(claim.of, []) if e.claim.__dict__.get("items"))
        countries = item_type_of(enumerations) == "country"
        if not enumerations or not countries:
            if told:
                out.spans[entry.index] = SpanFacts((), {}, (), (), told)
            continue

        groups: dict[str, str] = {}
        unplaced: list[str] = []
        for name in union.get(claim.of, {}).values():
            country = lookup_country(name)
            if country is None:
                unplaced.append(name)
            else:
                groups[name] = country.continent
        out.spans[entry.index] = SpanFacts(
            tuple(union.get(claim.of, {}).values()), groups, tuple(unplaced), enumerations, told
        )
        sources = frozenset([entry.index, *(e.index for e in enumerations)])
        k = len(set(groups.values()))
        span, count = qvar(claim.measure), qvar(claim.of)
        # The named continents and those of the named countries are all spanned.
        spanned = len(set(groups.values()) | set(told))
        out.add(Linear(((span, Fraction(1)),), ">=", Fraction(spanned), sources))
        out.add(
            Linear(
                ((span, Fraction(1)), (count, Fraction(-1))),
                "<=",
                Fraction(k - len(groups)),
                sources,
            )
        )
        out.add(
            Linear(
                ((span, Fraction(1)),), "<=", Fraction(len(CONTINENTS)), frozenset([entry.index])
            )
        )
