"""``kind = "duration"``: how long something has lasted: "for more than 15 years", "a
three-year investigation", "since 2008".

The figure reads as a value does (written precision, hedge, a range or a vague word) and, with a
``measure``, is that measure's figure in units of time. With two ends, ``since`` and ``until``
(a date or a date measure; ``until`` defaults to the publication date), it is also the time
between them, read as people read it between two dates: calendar months and years, days counted
inclusively, a whole "for 15 years" as about 15 years ([14.5, 15.5)).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck import numbers
from factcheck.dates import is_partial_date, parse_partial_date
from factcheck.kinds.base import ClaimBase, MeasureKey, Pair, PartialDate, _measure_key, _Valued
from factcheck.numbers import Hedge, Interval
from factcheck.units import unit_info

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["DurationClaim"]


class DurationClaim(ClaimBase, _Valued):
    """How long something has lasted: "for more than 15 years"."""

    kind: Literal["duration"] = "duration"
    gives_figure: ClassVar[bool] = True
    measure: MeasureKey | None = Field(default=None, description="The duration, if named.")
    since: PartialDate | None = Field(
        default=None, description="When it began: a date measure key or a date such as 2008."
    )
    until: PartialDate | None = Field(
        default=None,
        description="When it ended: a date measure key or a date; default: the publication date.",
    )

    @field_validator("unit")
    @classmethod
    def _time_unit(cls, value: str) -> str:
        if unit_info(value).dimension != "[time]":
            raise ValueError(f"unit={value!r} is not a unit of time such as 'years'")
        return value

    def elapsed_interval(
        self, tolerance: Fraction | None = None, vague: Mapping[str, Pair] | None = None
    ) -> Interval:
        """The lengths the claim allows between its two dates. People read a whole "for 15
        years" between two dates as about 15 years (to the year, [14.5, 15.5)), and "for 3 to 5
        years" as [2.5, 5.5); other figures as `interval` reads them."""
        if self.vague is not None:
            return self.vague_interval(vague)
        figures = self.range if self.range is not None else (self.value,)
        whole = all(isinstance(f, Decimal) and f.as_tuple().exponent == 0 for f in figures)
        if not (self.hedge is Hedge.EXACT and self.precision is None and whole):
            return self.interval(tolerance)
        if self.range is not None:
            return numbers.range_interval(*self.range, precision=Decimal(1))
        assert self.value is not None
        return numbers.written_interval(self.value, precision=Decimal(1))

    @field_validator("since", "until")
    @classmethod
    def _anchor(cls, value: date | int | str | None) -> date | int | str | None:
        if value is None or not isinstance(value, str):
            if value is not None:
                parse_partial_date(value)  # a TOML date or a year: readable, or a clear error
            return value
        try:
            parse_partial_date(value)
        except ValueError:
            try:
                return _measure_key(value)
            except ValueError:
                raise ValueError(f"{value!r} is neither a date nor a measure key") from None
        return value

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        if self.measure is not None:
            yield self.measure, "quantity"
        for anchor in (self.since, self.until):
            if isinstance(anchor, str) and not is_partial_date(anchor):
                yield anchor, "date"

    def dimensions(self) -> Iterator[tuple[str, str]]:
        if self.measure is not None:
            yield self.measure, "[time]"

    def figure_interval(self, entry: Entry) -> tuple[Interval, str] | None:
        return self.interval(entry.tolerance(self.hedge), entry.vague_readings), self.unit

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, add_quantity, days_of

        interval = self.interval(entry.tolerance(self.hedge), entry.vague_readings)
        if self.measure is not None:
            add_quantity(entry, self.measure, interval, self.unit, out)
        since = _anchor_var(entry, self.since, "since", out)
        until = _anchor_var(entry, self.until, "until", out)
        if since is None or until is None:
            return
        # Between two dates, read a duration as people do: calendar months and years (a year
        # is 365 or 366 days), days counted inclusively, and a whole "for 15 years" as about 15
        # years.
        low, high = days_of(
            self.elapsed_interval(entry.tolerance(self.hedge), entry.vague_readings), self.unit
        )
        diff = ((until, Fraction(1)), (since, Fraction(-1)))
        src = frozenset([entry.index])
        if low is not None:
            out.add(Linear(diff, ">=", low - 1, src))
        if high is not None:
            out.add(Linear(diff, "<=", high, src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        from factcheck.quantities import format_quantity

        if self.measure is not None:
            shown = self.figure_assertion(entry, self.measure)
            if self.since:
                shown += f" since {self.since}"
            return shown
        if self.value is None:
            return f"lasted {self.stated} since {self.since}"  # a range or a vague quantity
        lasted = format_quantity(self.value, self.unit, hedge=self.hedge)
        return f"lasted {lasted} since {self.since}"

    def figure_text(self) -> str | None:
        return self.said_with_unit()


def _anchor_var(
    entry: Entry, text: date | int | str | None, role: str, out: Compiled
) -> str | None:
    """A date variable for a duration's ``since``/``until``: a measure, or a fixed date."""
    from factcheck.engine.constraints import Linear, date_bounds, dvar

    src = frozenset([entry.index])
    if text is None:
        if role == "until" and entry.published is not None:
            var = f"d:#{entry.index}.{role}"
            out.integer.add(var)
            out.add(Linear(((var, Fraction(1)),), "==", Fraction(entry.published.toordinal()), src))
            return var
        return None
    if not isinstance(text, str) or is_partial_date(text):
        var = f"d:#{entry.index}.{role}"
        out.integer.add(var)
        for c in date_bounds(var, parse_partial_date(text), src):
            out.add(c)
        return var
    return dvar(text)
