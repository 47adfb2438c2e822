"""``kind = "weekday"``: a weekday: "officials announced on Tuesday". The event falls on that
day of the week, within ``within_days`` days before publication (or on the weekday of its date
wherever it lies, with ``any_date``); rule FC401 when it cannot.

News copy names a weekday for a day of the past week: "on Tuesday" in a Thursday paper is the
Tuesday two days before. So by default (`DEFAULT_WITHIN_DAYS`, 6) the weekday is the most
recent such day, the publication day included: exactly one day of the seven. A same-day report
that wants the publication day itself says ``within_days = 0``; an earlier week, a larger number.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from factcheck.dates import WEEKDAYS, DateRange
from factcheck.kinds.base import ClaimBase, MeasureKey

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["DEFAULT_WITHIN_DAYS", "WeekdayClaim"]

#: How many days before publication a bare weekday may lie: the most recent such day.
DEFAULT_WITHIN_DAYS = 6


class WeekdayClaim(ClaimBase):
    """A weekday: "officials announced on Tuesday"."""

    kind: Literal["weekday"] = "weekday"
    weekday: str = Field(description="Monday ... Sunday.")
    measure: MeasureKey | None = Field(
        default=None, description="The dated event; lets other claims date it too."
    )
    within_days: int = Field(
        default=DEFAULT_WITHIN_DAYS,
        ge=0,
        le=366,
        description="How many days before publication the event may lie. 6 (default): the most"
        " recent such weekday, the publication day included, as news copy means 'on Tuesday';"
        " 0: the publication date itself (a same-day report); 13: this week's or last week's.",
    )
    any_date: bool = Field(
        default=False,
        description="true: the weekday of the event's date wherever it lies, given by a date "
        "claim on the same measure ('on Sunday, October 5, 2025' in a 2024 article), not a day "
        "counted back from publication.",
    )

    @model_validator(mode="after")
    def _dated(self) -> WeekdayClaim:
        if self.any_date and "within_days" in self.model_fields_set and self.within_days:
            raise ValueError(
                "any_date = true takes the weekday of the event's date wherever it lies;"
                " within_days (days before publication) does not apply: leave it out"
            )
        if self.any_date and self.measure is None:
            raise ValueError(
                "any_date = true needs a measure, which a date claim dates: the weekday is that"
                " date's"
            )
        return self

    def window(self, published: date) -> DateRange | None:
        """The days the weekday may fall on, counted back from publication (None with
        ``any_date``: any day the event's other claims allow)."""
        if self.any_date:
            return None
        return DateRange(date.fromordinal(published.toordinal() - self.within_days), published)

    @field_validator("weekday")
    @classmethod
    def _weekday(cls, value: str) -> str:
        if value.strip().lower() not in WEEKDAYS:
            raise ValueError(f"weekday={value!r} is not a day of the week such as 'Tuesday'")
        return value

    @property
    def weekday_index(self) -> int:
        """0 for Monday ... 6 for Sunday."""
        return WEEKDAYS.index(self.weekday.strip().lower())

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        if self.measure is not None:
            yield self.measure, "date"

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Congruence, date_bounds, dvar

        src = frozenset([entry.index])
        var = dvar(self.measure) if self.measure else f"d:#{entry.index}"
        out.integer.add(var)
        window = self.window(entry.published) if entry.published is not None else None
        if window is not None:
            for c in date_bounds(var, window, src):
                out.add(c)
        out.add(Congruence(var, 7, (self.weekday_index + 1) % 7, src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        day = WEEKDAYS[self.weekday_index].title()
        if self.any_date:
            return f"{self.measure} is a {day}"
        target = self.measure or "the event"
        when = (
            "the publication date"
            if self.within_days == 0
            else f"the publication date or up to {self.within_days} days before it"
        )
        return f"{target} is a {day}, on {when}"
