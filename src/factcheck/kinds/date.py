"""``kind = "date"``: a date at the precision written: "on May 2, 2023", "in August 2022", "in
2018". The date stands for every day it covers (all of August 2022), and the event's date
measure lies within them (rule FC402 when other claims date it elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

from factcheck.dates import DateRange, parse_partial_date
from factcheck.kinds.base import CheckedDate, ClaimBase, MeasureKey

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["DateClaim"]


class DateClaim(ClaimBase):
    """A date, at the precision written: "on May 2, 2023", "in August 2022", "in 2018"."""

    kind: Literal["date"] = "date"
    gives_figure: ClassVar[bool] = True
    measure: MeasureKey = Field(description="The dated event, e.g. 'jcode.spector.announcement'.")
    date: CheckedDate = Field(description="2023-05-02, 2023-05, 2022 or 'August 2022'.")

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        yield self.measure, "date"

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import date_bounds, dvar

        for c in date_bounds(dvar(self.measure), self.range(), frozenset([entry.index])):
            out.add(c)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        return f"{self.measure} on {self.range().describe()}"

    def range(self) -> DateRange:
        """The days the date stands for."""
        return parse_partial_date(self.date)
