"""Words for findings: what each claim asserts, and what the figures known for a measure are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from factcheck.dates import WEEKDAYS
from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context, Entry, value_interval
from factcheck.engine.registry import RULES
from factcheck.numbers import Interval, format_fraction
from factcheck.quantities import format_quantity
from factcheck.report import Check, Finding
from factcheck.units import unit_info

__all__ = [
    "Known",
    "assertion",
    "check",
    "elapsed",
    "figure_text",
    "finding",
    "known",
    "lead_order",
    "listing",
    "quoted",
]


@dataclass(frozen=True)
class Known:
    """What a set of figure claims says of one measure: an interval in a display unit."""

    interval: Interval
    unit: str
    entries: tuple[Entry, ...]
    #: The figure as a claim writes it, when that claim's reading is the whole interval
    #: ("64 kg" for [63.5, 64.5) kg).
    written: str | None = None

    def describe(self) -> str:
        """``281 arrests``, ``64 kg``, ``[270, 300) suspects``."""
        if self.written is not None and not self.interval.is_empty():
            return self.written
        return format_quantity(self.interval, self.unit)

    @property
    def point(self) -> Fraction | None:
        """The value when the interval is a single point."""
        i = self.interval
        return i.lo if i.lo is not None and i.lo == i.hi else None


def _intersect(a: Interval, b: Interval) -> Interval:
    lo, lo_open = a.lo, a.lo_open
    if b.lo is not None and (lo is None or b.lo > lo or (b.lo == lo and b.lo_open)):
        lo, lo_open = b.lo, b.lo_open
    hi, hi_open = a.hi, a.hi_open
    if b.hi is not None and (hi is None or b.hi < hi or (b.hi == hi and b.hi_open)):
        hi, hi_open = b.hi, b.hi_open
    return Interval(lo, hi, lo_open, hi_open)


_MISSING = object()


def known(
    ctx: Context,
    measure: str,
    within: Iterable[Entry] | None = None,
    compiled: Compiled | None = None,
) -> Known | None:
    """The figures the claims (all but those at fault, or those ``within``) give ``measure``,
    intersected.

    Claims left out of the check (``compiled.excluded``) are ignored. None when no claim gives
    the measure a figure.
    """
    if within is None and compiled is None:
        memo = ctx.known_cache.get(measure, _MISSING)
        if memo is _MISSING:
            trusted = [e for e in ctx.by_measure.get(measure, []) if e.index not in ctx.doubted]
            memo = ctx.known_cache[measure] = known(ctx, measure, trusted)
        return memo if isinstance(memo, Known) else None
    allowed = None if within is None else {e.index for e in within}
    result: Interval | None = None
    unit = ""
    used: list[Entry] = []
    readings: list[tuple[Interval, Interval, str, Entry]] = []
    factor = Fraction(1)
    for entry in ctx.by_measure.get(measure, []):
        if allowed is not None and entry.index not in allowed:
            continue
        if compiled is not None and entry.index in compiled.excluded:
            continue
        if entry.claim.__dict__.get("measure", None) != measure:
            continue
        found = value_interval(entry)
        if found is None:
            continue
        interval, claim_unit = found
        if not unit:
            unit, factor = claim_unit, unit_info(claim_unit).factor
            base = interval
        else:
            base = interval.scaled(unit_info(claim_unit).factor / factor)
        result = base if result is None else _intersect(result, base)
        used.append(entry)
        readings.append((base, interval, claim_unit, entry))
    if result is None:
        return None
    # the figure as a claim writes it when its reading is what they all admit ("1874 lb"
    # with "850 kg"), in that claim's unit, whichever claim comes first
    for base, own, own_unit, entry in readings:
        if base == result:
            written = entry.claim.written_figure(own_unit)
            if written is not None:
                return Known(own, own_unit, tuple(used), written)
    return Known(result, unit, tuple(used), None)


def number(x: Fraction | Decimal | int) -> str:
    """A figure for people."""
    return format_fraction(Fraction(x))


def assertion(entry: Entry, ctx: Context) -> str:
    """What the claim asserts, in the engine's terms."""
    return entry.claim.assertion(entry, ctx)


def listing(entries: Sequence[Entry], ctx: Context) -> str:
    """What each claim asserts, in the engine's terms, one per line (the quotes are shown with
    the finding's claims)."""
    return "\n".join(f"- {entry.ref.id}: {assertion(entry, ctx)}" for entry in entries)


def lead_order(entry: Entry) -> tuple[bool, bool, int]:
    """Order of a finding's claims: the article's before references', relations first."""
    figure = entry.claim.gives_figure
    return (entry.file.model.reference is not None, figure, entry.index)



def quoted(entry: Entry) -> str:
    """The claim's quote in quotation marks."""
    return f"“{entry.ref.quote}”"


def figure_text(entry: Entry) -> str | None:
    """The figure a claim gives, as the text would say it: ``36 arrests``, ``about 65 arrests``,
    ``more than 8 countries``; None for a claim without a figure of its own."""
    return entry.claim.figure_text()


def finding(code: str, entries: Sequence[Entry], message: str, explanation: str) -> Finding:
    """A finding of rule ``code`` about ``entries``."""
    rule = RULES[code]
    ordered = sorted(entries, key=lead_order)
    return Finding(
        rule=code,
        name=rule.name,
        severity=rule.severity,
        claims=tuple(e.ref for e in ordered),
        message=message,
        explanation=explanation,
    )


def unflagged(
    entries: Iterable[Entry], compiled: Compiled, flagged: frozenset[int]
) -> list[Entry]:
    """The claims a confirmation may list: neither held at fault by a finding (``flagged``)
    nor left out of the solver (``compiled.excluded``)."""
    return [e for e in entries if e.index not in flagged and e.index not in compiled.excluded]


def check(code: str, entries: Sequence[Entry], message: str, *, holds: bool = True) -> Check:
    """A check of rule ``code`` that held (or could not be decided)."""
    unique = {e.index: e for e in entries}
    ordered = sorted(unique.values(), key=lead_order)
    return Check(
        rule=code,
        name=RULES[code].name,
        status="holds" if holds else "unchecked",
        claims=tuple(e.ref for e in ordered),
        message=message,
    )


def weekday_name(day: date) -> str:
    """``Tuesday``."""
    return WEEKDAYS[day.weekday()].title()


def elapsed(start: date, end: date, unit: str = "years") -> str:
    """The calendar time from ``start`` to ``end`` (``end`` excluded), in the terms of ``unit``:
    ``25 years 7 months 15 days`` for years, ``18 months`` for months, ``4 days`` otherwise."""
    if end <= start:
        return "0 days"
    info = unit_info(unit)
    if info.factor < unit_info("month").factor:
        days = (end - start).days
        return f"{days:,} day{'s' * (days != 1)}"
    gap = relativedelta(end, start)
    months = gap.years * 12 + gap.months
    parts = [(gap.years, "year"), (gap.months, "month")]
    if info.factor < unit_info("year").factor:
        parts = [(months, "month")]
    parts.append((gap.days, "day"))
    shown = [f"{n:,} {word}{'s' * (n != 1)}" for n, word in parts if n]
    return " ".join(shown)
