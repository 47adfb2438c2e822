"""``kind = "share"``: a share of a whole: "more than two-thirds of the deaths", "68% of the
vote", "one in five", "10-15%".

The fraction reads as an interval (written precision and hedge); the part is that fraction of
the whole, and within it (rules FC202, FC201).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from factcheck import numbers
from factcheck.kinds.base import (
    FractionNum,
    FractionRange,
    MeasureKey,
    Pair,
    PairRelation,
    _distinct_of,
    _Figure,
    _interval,
    _range_hedge,
    _range_text,
    ratio_assertion,
)
from factcheck.numbers import Hedge, Interval

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["ShareClaim"]


class ShareClaim(PairRelation, _Figure):
    """A share of a whole: "more than two-thirds of the deaths"; the part is within the whole."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC202"

    kind: Literal["share"] = "share"
    measure: MeasureKey = Field(description="The part.")
    of: MeasureKey = Field(description="The whole.")
    fraction: FractionNum | None = Field(
        default=None, description="'2/3', 'two-thirds', '68%', 0.68, 'half' or 'one in five'."
    )
    range: FractionRange | None = Field(
        default=None,
        description="Instead of fraction, a range of shares the text gives: ['10%', '15%'] for"
        " '10-15%', ['a third', 'half'] for 'between a third and a half'.",
    )

    _range_hedge = field_validator("range")(_range_hedge)

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, add_ratio, qvar

        add_ratio(entry, self.measure, self.of, self.interval(entry.tolerance(self.hedge)), out)
        terms = ((qvar(self.measure), Fraction(1)), (qvar(self.of), Fraction(-1)))
        out.add(Linear(terms, "<=", Fraction(0), frozenset([entry.index])))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        interval = self.interval(entry.tolerance(self.hedge))
        return ratio_assertion(self.measure, self.of, self.said, self.hedge, self.figure, interval)

    @property
    def figure(self) -> Fraction | None:
        """The one fraction the claim states; None for a range."""
        return None if self.fraction is None else Fraction(self.fraction)

    @property
    def said(self) -> str:
        """The share as the claim states it, hedge included: ``more than 2/3``, ``10% to 15%``."""
        hedge = "" if self.hedge is Hedge.EXACT else f"{self.hedge.value} "
        if self.range is not None:
            low, high = (numbers.format_fraction(Fraction(x) * 100) for x in self.range)
            return f"{hedge}{low}% to {high}%"
        assert self.fraction is not None
        return hedge + numbers.format_fraction(Fraction(self.fraction))

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The fractions the claim allows."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        if self.range is not None:
            return numbers.range_interval(*self.range, self.hedge, tol, precision=self.precision)
        assert self.fraction is not None
        return _interval(self.fraction, None, self.hedge, tol, self.precision)

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("fraction")
    @classmethod
    def _share(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and not 0 <= value <= 1:
            raise ValueError(f"fraction={value} must be between 0 and 1 (or 0% and 100%)")
        return value

    @field_validator("range")
    @classmethod
    def _shares(cls, value: Pair | None, info: ValidationInfo) -> Pair | None:
        if value is not None and value[1] > 1:
            raise ValueError(f"range={_range_text(value)} must be between 0 and 1 (or 0% and 100%)")
        if value is not None and info.data.get("fraction") is not None:
            raise ValueError(
                "a share gives fraction (one figure) or range (two: '10-15%'), not both"
            )
        return value

    @model_validator(mode="after")
    def _a_fraction(self) -> ShareClaim:
        if self.fraction is None and self.range is None:
            raise ValueError(
                "'fraction' is missing; a 'share' claim needs fraction ('2/3', '68%') or range"
                " (['10%', '15%'] for '10-15%')"
            )
        return self
