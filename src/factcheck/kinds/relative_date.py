"""``kind = "relative_date"``: a date relative to publication: "last month", "yesterday",
"three years ago". The phrase is read from the publication date (or the date a reference was
compiled) as the days it covers, and the event's date measure lies within them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator

from factcheck.dates import is_relative_phrase, relative_range
from factcheck.kinds.base import ClaimBase, MeasureKey

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["RelativeDateClaim"]


class RelativeDateClaim(ClaimBase):
    """A date relative to publication: "last month", "yesterday", "three years ago"."""

    kind: Literal["relative_date"] = "relative_date"
    phrase: str = Field(max_length=100, description="'last month', 'this year', 'yesterday'...")
    measure: MeasureKey | None = Field(default=None, description="The dated event.")

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        if not is_relative_phrase(value):
            relative_range(value, date(2000, 1, 1))  # raises the readable message
        return value

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        if self.measure is not None:
            yield self.measure, "date"

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import date_bounds, dvar

        if entry.published is None or self.measure is None:
            return
        days = relative_range(self.phrase, entry.published)
        for c in date_bounds(dvar(self.measure), days, frozenset([entry.index])):
            out.add(c)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        if entry.published is None:
            return f"'{self.phrase}'"
        rng = relative_range(self.phrase, entry.published)
        return f"{self.measure or 'the event'} '{self.phrase}' = {rng.describe()}"
