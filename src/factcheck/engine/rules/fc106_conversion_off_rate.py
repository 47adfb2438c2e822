"""FC106, conversion-off-rate: One amount given in two currencies whose figures the day's exchange
rate does not join.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    known,
    listing,
    number,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.kinds.conversion import CurrencyPair, RateClaim, rates_for
from factcheck.report import Check
from factcheck.units import unit_info


def rate_words(rate_entry: Entry, per: Fraction, pair: CurrencyPair) -> str:
    rate = rate_entry.claim
    assert isinstance(rate, RateClaim)
    when = rate.days().describe()
    return f"{pair.base}/{pair.quoted} {number(per)} on {when} ({rate_entry.ref.id})"


def _in_base(ctx: Context, measure: str, core: Sequence[Entry]) -> tuple[Fraction, str, str] | None:
    """A measure's figure (the middle of its interval) in whole units of its currency, as
    described, and the unit it is written in."""
    fig = known(ctx, measure, core)
    if fig is None or fig.interval.lo is None or fig.interval.hi is None:
        return None
    middle = (fig.interval.lo + fig.interval.hi) / 2
    return middle * unit_info(fig.unit).factor, fig.describe(), fig.unit


@rule(
    "FC106",
    "conversion-off-rate",
    "contradiction",
    "“{quote}”: {converted} is not {amount} at the rate of the day",
    runs=False,
)
def conversion_off_rate(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """One amount given in two currencies whose figures the day's exchange rate does not join.

    What it checks
    --------------
    A ``conversion`` claim ("EUR 50.8 million (USD 54.9 million)") says the second figure is the
    first converted into another currency. With a ``rate`` claim for the two currencies on the
    conversion's day (its ``date``, else the publication date; or the latest rate of the seven
    days before), the second figure must lie within the tolerance (default 3%, overridable by
    the conversion's ``rate_tolerance`` or the rate's ``tolerance``) of the first times the rate,
    both figures read at their written precision. Without a rate the conversion is "not
    checked".

    Why it matters
    --------------
    A conversion is the figure a reader of the other currency remembers; one made at a stale
    rate, or from a misread figure, misstates the amount while both figures look precise.

    Example
    -------
    ``EUR 50.8 million (USD 54.9 million)`` on 2024-05-14 with the rate EUR/USD 1.0802: 50.8 ×
    1.0802 = 54.87, within 3% of 54.9, no finding. ``(USD 59.9 million)``: 9.2% off, FC106.
    """
    entry = next(e for e in core if isinstance(e.claim, CurrencyPair))
    pair = entry.claim
    assert isinstance(pair, CurrencyPair)
    rates = [r for r in rates_for(entry, ctx) if r[0] in core] or rates_for(entry, ctx)
    first = _in_base(ctx, pair.measure, core)
    second = _in_base(ctx, pair.of, core)
    amount = first[1] if first else pair.measure
    converted = second[1] if second else pair.of
    message = f"“{entry.ref.quote}”: {converted} is not {amount} at the rate of the day"
    lines = ["These claims cannot all be true:", listing(core, ctx)]
    if rates and first is not None and second is not None and first[0] > 0:
        rate_entry, per, tolerance = rates[0]
        expected = first[0] * per
        off = (second[0] - expected) / expected
        scale = unit_info(second[2]).factor
        shown = number(Fraction(round(expected / scale * 100), 100))
        lines.append(
            f"At {rate_words(rate_entry, per, pair)}, {amount} is {shown} {second[2]};"
            f" {converted} is"
            f" {number(round(abs(off) * 1000) / Fraction(10))}%"
            f" {'more' if off > 0 else 'less'}, beyond the tolerance of {number(tolerance * 100)}%."
            " Outlets convert at the rate of the day and round; a larger gap is a misread figure,"
            " or a conversion of another day (give the conversion its date)."
        )
    return message, "\n".join(lines)


@confirms("FC106")
def confirm_conversions(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC106 checks that held, and conversions without a rate ("not checked")."""
    checks = []
    for entry in unflagged(ctx.of_kind("conversion"), compiled, flagged):
        pair = entry.claim
        if not isinstance(pair, CurrencyPair):
            continue
        a, b = known(ctx, pair.measure), known(ctx, pair.of)
        involved = [entry, *(a.entries if a else ()), *(b.entries if b else ())]
        rates = rates_for(entry, ctx)
        if not rates:
            days = pair.day(entry)
            when = f" on {days.describe()}" if days else ""
            message = f"“{entry.ref.quote}”: no {pair.base}/{pair.quoted} rate{when} is loaded"
            checks.append(check("FC106", involved, message, holds=False))
            continue
        shown = "; ".join(rate_words(r, per, pair) for r, per, _ in rates)
        involved += [r for r, _, _ in rates]
        message = f"“{entry.ref.quote}”: the figures agree at {shown}"
        checks.append(check("FC106", involved, message))
    return checks
