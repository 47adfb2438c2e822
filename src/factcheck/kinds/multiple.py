"""``kind = "multiple"``: one measure is a multiple of another, or changed by a fraction of it:
"more than double that of the previous operation", "rose 12 percent", "fell by a third", "50 to
100 times".

The claim reads as an interval of factors (a change of +12% is the factor 1.12, a fall of 12% the
factor 0.88), each end at the written precision and hedge of the figure; the engine holds
``measure`` within those factors of ``of`` (rule FC202 when the figures refute it).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from factcheck import numbers
from factcheck.kinds.base import (
    ChangeNum,
    ChangeRange,
    FactorNum,
    FactorRange,
    MeasureKey,
    PairRelation,
    _distinct_of,
    _Figure,
    _interval,
    _range_hedge,
    _range_text,
    hedge_word,
    ratio_assertion,
)
from factcheck.numbers import Hedge, Interval

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["MultipleClaim"]


class MultipleClaim(PairRelation, _Figure):
    """One measure is a multiple of another: "more than double that of the previous operation"."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC202"

    kind: Literal["multiple"] = "multiple"
    measure: MeasureKey = Field(description="The larger (or compared) measure.")
    of: MeasureKey = Field(description="The measure it is a multiple of.")
    factor: FactorNum | None = Field(
        default=None,
        description="2 for double/twice, 3 for triple, 2.5 for 2.5 times, '1/2' for half as much.",
    )
    change: ChangeNum | None = Field(
        default=None,
        description="Instead of factor, a change relative to the other measure: '+12%' for"
        " 'rose 12 percent', '-12%' for 'fell 12 percent', '-a third' for 'fell by a third'. The"
        " hedge applies to the size of the change.",
    )
    range: FactorRange | None = Field(
        default=None,
        description="Instead of factor, a range of factors the text gives: [50, 100] for '50 to"
        " 100 times', ['double', 'triple'] for 'double to triple'.",
    )
    change_range: ChangeRange | None = Field(
        default=None,
        description="Instead of change, a range of changes the text gives, each signed, the"
        " smaller first: ['-10%', '-15%'] for 'fell 10-15%', ['+20%', '+30%'] for 'rose by"
        " between 20 and 30 per cent'. Both ends included, each at its written precision.",
    )

    _range_hedge = field_validator("range", "change_range")(_range_hedge)

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import add_ratio

        add_ratio(entry, self.measure, self.of, self.interval(entry.tolerance(self.hedge)), out)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        interval = self.interval(entry.tolerance(self.hedge))
        if self.change_range is not None:
            verb = "rose" if self.change_range[0] > 0 else "fell"
            low, high = (
                numbers.format_fraction(abs(Fraction(x)) * 100) for x in self.change_range
            )
            return (
                f"{self.measure} {verb} by {hedge_word(self.hedge)}{low}% to {high}% from"
                f" {self.of} (factor in {interval.describe()})"
            )
        if self.change is None:
            return ratio_assertion(
                self.measure, self.of, self.said, self.hedge, self.figure, interval
            )
        size = Fraction(self.change)
        verb = "rose" if size >= 0 else "fell"
        return (
            f"{self.measure} {verb} by {hedge_word(self.hedge)}"
            f"{numbers.format_fraction(abs(size) * 100)}% from {self.of} (factor in"
            f" {interval.describe()})"
        )

    @property
    def ratio(self) -> Fraction:
        """The factor as written, or 1 + the change: 1.12 for "rose 12 percent" (a range has
        none: see `figure`)."""
        if self.factor is not None:
            return Fraction(self.factor)
        if self.change is None:
            raise ValueError("a range of factors or of changes has no single ratio")
        return 1 + Fraction(self.change)

    @property
    def figure(self) -> Fraction | None:
        """The one factor the claim states (1 + the change for a change); None for a range."""
        if self.range is not None or self.change_range is not None:
            return None
        return self.ratio

    @property
    def said(self) -> str:
        """The factor as the claim states it, hedge included: ``more than 2``, ``50 to 100``."""
        hedge = "" if self.hedge is Hedge.EXACT else f"{self.hedge.value} "
        if self.range is not None:
            return hedge + _range_text(self.range)
        if self.change_range is not None:
            sign = "+" if self.change_range[0] > 0 else "-"
            low, high = (
                numbers.format_fraction(abs(Fraction(x)) * 100) for x in self.change_range
            )
            return f"{hedge}{sign}{low}% to {sign}{high}%"
        return hedge + numbers.format_fraction(self.ratio)

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The factors the claim allows ("rose more than 12 percent": above 1.12; "fell more
        than 12 percent": below 0.88)."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        if self.range is not None:
            return numbers.range_interval(*self.range, self.hedge, tol, precision=self.precision)
        if self.factor is not None:
            return _interval(self.factor, None, self.hedge, tol, self.precision)
        if self.change_range is not None:
            first, second = self.change_range
            low, high = (first, second) if first > 0 else (-first, -second)  # as written
            sizes = numbers.range_interval(low, high, self.hedge, tol, precision=self.precision)
            return _factor_of_change(sizes, rise=self.change_range[0] > 0)
        assert self.change is not None
        magnitude = -self.change if self.change < 0 else self.change
        size = _interval(magnitude, None, self.hedge, tol, self.precision)
        return _factor_of_change(size, rise=self.change >= 0)

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("factor")
    @classmethod
    def _positive(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value <= 0:
            raise ValueError(f"factor={value} must be positive")
        return value

    @field_validator("change")
    @classmethod
    def _possible(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value < -1:
            raise ValueError(
                f"change={value} is a fall of more than 100%, which is not possible for an"
                " amount; a fall is written '-12%' for 'fell 12 percent', '-100%' for 'to zero'"
            )
        return value

    @model_validator(mode="after")
    def _factor_or_change(self) -> MultipleClaim:
        fields = ("factor", "change", "range", "change_range")
        given = [n for n in fields if self.__dict__.get(n) is not None]
        if len(given) != 1:
            said = f"{' and '.join(given)} were" if given else "none was"
            raise ValueError(
                f"a multiple needs a factor (2 for 'double'), a change ('+12%' for 'rose 12"
                f" percent'), a range ([50, 100] for '50 to 100 times') or a change_range"
                f" (['-10%', '-15%'] for 'fell 10-15%'), one of them; {said} given"
            )
        if self.change is not None and self.interval().is_empty():
            raise ValueError(
                f"change={self.change} with hedge {self.hedge.value!r} allows no value (a fall"
                " of more than 100%, or nearly no change); check the sign and the hedge"
            )
        return self


def _factor_of_change(size: Interval, *, rise: bool) -> Interval:
    """The factors a change of ``size`` (a fraction of the other measure) allows: a rise of
    [0.1, 0.15] is [1.1, 1.15], a fall of it [0.85, 0.9]; a fall that may reach 100% or more
    reaches zero."""
    assert size.lo is not None
    if rise:
        hi = None if size.hi is None else 1 + size.hi
        return Interval(1 + size.lo, hi, size.lo_open, size.hi_open)
    if size.hi is None:
        return Interval(Fraction(0), 1 - size.lo, False, size.lo_open)
    if size.hi > 1 or (size.hi == 1 and not size.hi_open):  # a fall to zero is possible
        return Interval(Fraction(0), 1 - size.lo, False, size.lo_open)
    return Interval(1 - size.hi, 1 - size.lo, size.hi_open, size.lo_open)
