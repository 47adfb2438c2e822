"""``kind = "period"``: a period: "the 12-month period ending in August 2022". Its ends are the
date measures ``<measure>.start`` and ``<measure>.end``, each within the days its written date
covers; its length (in calendar months and years, or days) is the time between them, and a
completed period is over by publication (rule FC403 when the ends and the length disagree).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from factcheck import numbers
from factcheck.dates import parse_partial_date
from factcheck.kinds.base import CheckedDate, ClaimBase, MeasureKey, Num, Unit, _Figure, _interval
from factcheck.numbers import Interval
from factcheck.units import unit_info

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["PeriodClaim"]


class PeriodClaim(ClaimBase, _Figure):
    """A period: "the 12-month period ending in August 2022"; start and end are dates."""

    kind: Literal["period"] = "period"
    measure: MeasureKey = Field(
        description="The period; its ends are the date measures '<key>.start' and '<key>.end'."
    )
    start: CheckedDate | None = Field(default=None, description="When it begins, if stated.")
    end: CheckedDate | None = Field(default=None, description="When it ends, if stated.")
    length: Num | None = Field(default=None, description="Its length in `unit`, if stated.")
    unit: Unit = Field(default="month", description="Unit of the length: day, week, month, year.")
    completed: bool = Field(
        default=True, description="true (default): the period is over by the publication date."
    )

    @field_validator("unit")
    @classmethod
    def _time_unit(cls, value: str) -> str:
        if unit_info(value).dimension != "[time]":
            raise ValueError(f"unit={value!r} is not a unit of time such as 'month' or 'year'")
        return value

    @model_validator(mode="after")
    def _something(self) -> PeriodClaim:
        if self.start is None and self.end is None and self.length is None:
            raise ValueError("a period needs at least one of start, end and length")
        return self

    @field_validator("length")
    @classmethod
    def _positive(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value <= 0:
            raise ValueError(f"length={value} must be positive")
        return value

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        yield self.measure, "period"
        yield f"{self.measure}.start", "date"
        yield f"{self.measure}.end", "date"

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, date_bounds, days_of, dvar

        src = frozenset([entry.index])
        start, end = dvar(f"{self.measure}.start"), dvar(f"{self.measure}.end")
        out.integer.update((start, end))
        out.add(Linear(((end, Fraction(1)), (start, Fraction(-1))), ">=", Fraction(0), src))
        if self.start is not None:
            for c in date_bounds(start, parse_partial_date(self.start), src):
                out.add(c)
        if self.end is not None:
            for c in date_bounds(end, parse_partial_date(self.end), src):
                out.add(c)
        if self.completed and entry.published is not None:
            day = Fraction(entry.published.toordinal())
            out.add(Linear(((end, Fraction(1)),), "<=", day, src))
        length = self.length_interval(entry.tolerance(self.hedge))
        if length is not None:
            low, high = days_of(length, self.unit)
            diff = ((end, Fraction(1)), (start, Fraction(-1)))
            if low is not None:
                out.add(Linear(diff, ">=", low - 1, src))
            if high is not None:
                out.add(Linear(diff, "<=", high - 1, src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        from factcheck.quantities import format_quantity

        parts = [f"period {self.measure}"]
        if self.length is not None:
            parts.append(format_quantity(Fraction(self.length), self.unit, hedge=self.hedge))
        if self.start is not None:
            parts.append(f"from {self.start}")
        if self.end is not None:
            parts.append(f"to {self.end}")
        if self.completed and entry.published is not None:
            parts.append(f"over by {entry.published.isoformat()}")
        return ", ".join(parts)

    def length_interval(self, tolerance: Fraction | None = None) -> Interval | None:
        """The lengths the claim allows, in its unit."""
        if self.length is None:
            return None
        tol = self.tolerance if self.tolerance is not None else tolerance
        return _interval(self.length, None, self.hedge, tol, self.precision)
