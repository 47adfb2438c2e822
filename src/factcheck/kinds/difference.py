"""``kind = "difference"``: one measure is more or less than another by an amount: "500 more
arrests than last year", "down 3 points", "fell by more than 3".

The amount reads as an interval in its unit (written precision and hedge), the difference
``measure - of`` lies in it (rule FC205), and its unit fixes the measures' dimension.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck.kinds.base import (
    MeasureKey,
    PairRelation,
    SignedNum,
    Unit,
    _distinct_of,
    _Figure,
    _interval,
    hedge_word,
)
from factcheck.numbers import Hedge, Interval
from factcheck.units import UnitInfo, unit_info

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["DifferenceClaim"]


class DifferenceClaim(PairRelation, _Figure):
    """One measure is more or less than another by an amount: "500 more arrests than last year",
    "up 3 points"."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC205"

    kind: Literal["difference"] = "difference"
    measure: MeasureKey = Field(description="The measure compared.")
    of: MeasureKey = Field(description="The measure it is compared with.")
    by: SignedNum = Field(
        description="How much more (positive) or less (negative) measure is than of, as written:"
        " 500, -3, '+12.5'. The hedge applies to the size of the difference."
    )
    unit: Unit = Field(
        description="The unit of the difference: 'arrests', 'million USD'; 'percent' for"
        " percentage points."
    )

    def dimensions(self) -> Iterator[tuple[str, str]]:
        yield self.measure, self.unit_info.dimension

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, qvar

        src = frozenset([entry.index])
        gap = self.interval(entry.tolerance(self.hedge)).scaled(self.unit_info.factor)
        terms = ((qvar(self.measure), Fraction(1)), (qvar(self.of), Fraction(-1)))
        if gap.lo is not None:
            out.add(Linear(terms, ">" if gap.lo_open else ">=", gap.lo, src))
        if gap.hi is not None:
            out.add(Linear(terms, "<" if gap.hi_open else "<=", gap.hi, src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        from factcheck.quantities import format_quantity

        interval = self.interval(entry.tolerance(self.hedge))
        sign = "+" if self.by >= 0 else "−"
        said = f"{sign}{format_quantity(abs(Fraction(self.by)), self.unit)}"
        text = f"{self.measure} − {self.of} = {hedge_word(self.hedge)}{said}"
        if self.hedge is not Hedge.EXACT or interval.lo != interval.hi:
            text += f", i.e. in {format_quantity(interval, self.unit)}"
        return text

    @property
    def unit_info(self) -> UnitInfo:
        """The difference's unit, resolved."""
        return unit_info(self.unit)

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The values measure - of may take, in the claim's unit ("fell by more than 3": below
        -3)."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        magnitude = -self.by if self.by < 0 else self.by
        size = _interval(magnitude, self.unit_info, self.hedge, tol, self.precision)
        if self.by >= 0:
            return size
        return Interval(
            None if size.hi is None else -size.hi,
            None if size.lo is None else -size.lo,
            size.hi_open,
            size.lo_open,
        )

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        unit_info(value)
        return value
