"""``kind = "value"``: a figure of one measure: "281 arrests", "nearly 300 suspects", "$53.4
million", "between 10 and 20 kg", "dozens of people".

The figure reads as the interval its written precision and hedge allow (docs/hedges.md), a count
as counts are read ("nearly 5 arrests" admits 4); its unit fixes the measure's dimension, so a
measure given in kilograms by one claim and in dollars by another is a conflict (FC103).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

from factcheck.kinds.base import ClaimBase, MeasureKey, _Valued, count_interval
from factcheck.numbers import Hedge, Interval
from factcheck.units import unit_info

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["ValueClaim"]


class ValueClaim(ClaimBase, _Valued):
    """A value of a measure: "281 arrests", "nearly 300 suspects", "$53.4 million"."""

    kind: Literal["value"] = "value"
    gives_figure: ClassVar[bool] = True
    measure: MeasureKey = Field(description="The measure the figure is about.")

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def dimensions(self) -> Iterator[tuple[str, str]]:
        yield self.measure, unit_info(self.unit).dimension

    def figure_interval(self, entry: Entry) -> tuple[Interval, str] | None:
        stated = self.interval(entry.tolerance(self.hedge), entry.vague_readings)
        return count_interval(stated, self.hedge, self.unit), self.unit

    def written_figure(self, unit: str) -> str | None:
        from factcheck.quantities import format_quantity

        if self.unit != unit or self.hedge is not Hedge.EXACT or self.value is None:
            return None
        return format_quantity(Fraction(self.value), unit)

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import add_quantity

        found = self.figure_interval(entry)
        assert found is not None
        add_quantity(entry, self.measure, found[0], self.unit, out)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        return self.figure_assertion(entry, self.measure)

    def figure_text(self) -> str | None:
        return self.said_with_unit()
