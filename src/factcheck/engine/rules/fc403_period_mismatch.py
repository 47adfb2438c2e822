"""FC403, period-mismatch: A period ("the 12-month period ending in August 2022") or duration ("for
more than 15 years") whose length, ends or dates do not fit together or with the publication
date.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from factcheck.claims import (
    DateClaim,
    DurationClaim,
    PeriodClaim,
    RelativeDateClaim,
    WeekdayClaim,
)
from factcheck.dates import DateRange, is_partial_date, parse_partial_date, relative_range
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    elapsed,
    listing,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.numbers import Hedge, Interval
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


@rule(
    "FC403",
    "period-mismatch",
    "contradiction",
    "the period or duration of “{quote}” does not fit",
    runs=False,
)
def period_mismatch(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A period ("the 12-month period ending in August 2022") or duration ("for more than 15
    years") whose length, ends or dates do not fit together or with the publication date.

    What it checks
    --------------
    A ``period`` has a start, an end and a length (months count as calendar months: 12 months
    are 365 or 366 days); what is stated must fit, and a completed period must be over by the
    publication date. A ``duration`` with ``since`` (a date or a dated measure) must fit the
    time from then to ``until`` (default: the publication date).

    Why it matters
    --------------
    "the 12-month period ending in August 2023" in an article of May 2023 describes data that
    do not exist yet; "more than 15 years" since 2010 in 2023 is false.

    Example
    -------
    ``length = 12, unit = "months", end = "2022-08"`` published 2023-05-02: holds. With
    ``end = "2023-08"``: FC403, the period is not over by the publication date. The explanation
    gives the arithmetic: for "more than 15 years" since 2010, "from 2010 to 2023-05-02 (the
    publication date) is at most 13 years 4 months 2 days (days counted inclusively); the claim
    needs more than 15 years".
    """
    entry = next(e for e in core if isinstance(e.claim, PeriodClaim | DurationClaim))
    message = f"the period or duration of “{entry.ref.quote}” does not fit"
    if len(core) == 1 and isinstance(entry.claim, PeriodClaim) and entry.published is not None:
        message += f" (published {entry.published.isoformat()})"
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    timed = [e for e in core if isinstance(e.claim, PeriodClaim | DurationClaim)]
    for e in timed:
        lines = _period_arithmetic(e, core) if isinstance(e.claim, PeriodClaim) else []
        if isinstance(e.claim, DurationClaim):
            lines = _duration_arithmetic(e, core)
        for line in lines:
            lead = f"“{e.ref.quote}”: " if len(timed) > 1 else ""
            explanation += f"\n{lead}{line[0].upper()}{line[1:]}."
    return message, explanation


def _date_of(measure: str, core: Sequence[Entry]) -> DateRange | None:
    """The days the claims of ``core`` leave a date measure (a dated event, or an end of a
    period); None when they say nothing of it, or leave no day."""
    first, last = date.min, date.max
    found = False
    for entry in core:
        claim = entry.claim
        rng: DateRange | None = None
        if isinstance(claim, DateClaim) and claim.measure == measure:
            rng = claim.range()
        elif isinstance(claim, RelativeDateClaim) and claim.measure == measure:
            if entry.published is not None:
                rng = relative_range(claim.phrase, entry.published)
        elif isinstance(claim, WeekdayClaim) and claim.measure == measure:
            if entry.published is not None:
                rng = claim.window(entry.published)
        elif isinstance(claim, PeriodClaim) and measure == f"{claim.measure}.start":
            rng = None if claim.start is None else parse_partial_date(claim.start)
        elif isinstance(claim, PeriodClaim) and measure == f"{claim.measure}.end":
            rng = None if claim.end is None else parse_partial_date(claim.end)
        if rng is not None:
            found = True
            first, last = max(first, rng.first), min(last, rng.last)
    return DateRange(first, last) if found and first <= last else None


def _days_of(rng: DateRange) -> str:
    """A range of days as written when it is a whole month or year: ``2023-08``, ``2021``."""
    first, last = rng.first, rng.last
    whole_year = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    if whole_year and first.year == last.year:
        return str(first.year)
    month_end = calendar.monthrange(last.year, last.month)[1]
    same_month = (first.year, first.month) == (last.year, last.month)
    if same_month and first.day == 1 and last.day == month_end:
        return f"{first.year:04d}-{first.month:02d}"
    return rng.describe()


def _shown_date(text: object, rng: DateRange) -> str:
    """A date as the claim file writes it, with its days when it is not one day: ``1999``,
    ``fire.start (2024-08-11)``."""
    written = text.isoformat() if isinstance(text, date) else str(text)
    if isinstance(text, str) and not is_partial_date(text):  # a measure key
        return f"{written} ({_days_of(rng)})"
    return written


def _needs(claim: DurationClaim | PeriodClaim, interval: Interval) -> str:
    """What a claim needs, as written and as the engine reads it: ``more than 30 years``,
    ``15 years (read as [14.5, 15.5) years)``."""
    figure = claim.value if isinstance(claim, DurationClaim) else claim.length
    if figure is None:  # a range
        said = f"{claim.said} {claim.unit}" if isinstance(claim, DurationClaim) else ""
    else:
        said = format_quantity(Fraction(figure), claim.unit, hedge=claim.hedge)
    lo, hi = interval.lo, interval.hi
    plain = claim.hedge in (Hedge.LESS_THAN, Hedge.AT_MOST) and lo == 0  # "less than 3 years"
    if lo is not None and hi is not None and lo != hi and not plain:
        said += f" (read as {format_quantity(interval, claim.unit)})"
    return said


def _span(claim: DurationClaim | PeriodClaim, least: str, most: str) -> str:
    """How long the dates allow, on the side the claim's hedge needs."""
    if claim.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        return f"at most {most}"
    if claim.hedge in (Hedge.LESS_THAN, Hedge.AT_MOST):
        return f"at least {least}"
    return most if least == most else f"between {least} and {most}"


def _duration_arithmetic(entry: Entry, core: Sequence[Entry]) -> list[str]:
    """From since to until: how long the dates allow, and what the duration needs."""
    claim = entry.claim
    assert isinstance(claim, DurationClaim)
    if claim.since is None:
        return []
    ends: list[tuple[DateRange, str]] = []
    for text in (claim.since, claim.until):
        if text is None:
            if entry.published is None:
                return []
            day = entry.published
            ends.append((DateRange(day, day), f"{day.isoformat()} (the publication date)"))
            continue
        if isinstance(text, str) and not is_partial_date(text):
            rng = _date_of(text, core)
        else:
            rng = parse_partial_date(text)
        if rng is None:
            return []
        ends.append((rng, _shown_date(text, rng)))
    (since, since_shown), (until, until_shown) = ends
    # Days are counted inclusively, as the engine does: 2024-08-11 to 2024-08-14 is 4 days.
    most = elapsed(since.first, _next(until.last), claim.unit)
    least = elapsed(since.last, until.first, claim.unit)
    interval = claim.elapsed_interval(
        entry.tolerance(claim.hedge), entry.vague_readings
    )  # "for 15 years": to the year
    span = _span(claim, least, most)
    counted = "" if span.startswith("at least") else " (days counted inclusively)"
    needs = _needs(claim, interval)
    return [f"from {since_shown} to {until_shown} is {span}{counted}; the claim needs {needs}"]


def _period_arithmetic(entry: Entry, core: Sequence[Entry]) -> list[str]:
    """A period's ends against the publication date, and its length against its ends."""
    claim = entry.claim
    assert isinstance(claim, PeriodClaim)
    start = _date_of(f"{claim.measure}.start", core)
    end = _date_of(f"{claim.measure}.end", core)
    published = entry.published
    lines: list[str] = []
    over = claim.completed and published is not None
    if over and published is not None and end is not None and end.first > published:
        lines.append(
            f"the period ends {_days_of(end)}, after the publication date"
            f" {published.isoformat()}; a completed period (completed = true, the default) is"
            " over by then (completed = false: still under way)"
        )
    interval = claim.length_interval(entry.tolerance(claim.hedge))
    if interval is None:
        return lines
    needs = _needs(claim, interval)
    if start is not None and end is not None:
        most = elapsed(start.first, _next(end.last), claim.unit)
        least = elapsed(start.last, _next(end.first), claim.unit)
        lines.append(
            f"from {_days_of(start)} to {_days_of(end)} is {_span(claim, least, most)} (days"
            f" counted inclusively); the claim needs {needs}"
        )
    elif start is not None and over and published is not None and interval.lo is not None:
        earliest = _after(start.first, interval.lo, claim.unit)
        if earliest is not None and earliest > published:
            lines.append(
                f"a period of {needs} from {_days_of(start)} ends {earliest.isoformat()} at the"
                f" earliest, after the publication date {published.isoformat()}; a completed"
                " period (completed = true, the default) is over by then (completed = false:"
                " still under way)"
            )
    return lines


def _after(day: date, length: Fraction, unit: str) -> date | None:
    """The last day of a period of ``length`` ``unit`` from ``day`` (calendar months for months
    and years, whole days, rounded down, otherwise); None past the calendar's end."""
    info = unit_info(unit)
    try:
        if info.factor >= unit_info("month").factor:
            months = math.floor(length * info.factor / unit_info("month").factor)
            moved: date = day + relativedelta(months=months, days=-1)
            return moved
        days = math.floor(length * info.factor / unit_info("day").factor)
        return day + timedelta(days=days - 1)
    except (OverflowError, ValueError):
        return None


def _next(day: date) -> date:
    """The day after ``day`` (the last day of the calendar stays itself)."""
    return day if day == date.max else day + timedelta(days=1)


@confirms("FC403")
def confirm_periods(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC403 checks that held: periods, and durations counted from a date."""
    checks: list[Check] = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if isinstance(claim, PeriodClaim):
            checks.append(check("FC403", [entry], f"“{entry.ref.quote}”: fits"))
        elif isinstance(claim, DurationClaim) and claim.since:
            checks.append(check("FC403", [entry], f"“{entry.ref.quote}”: fits since {claim.since}"))
    return checks
