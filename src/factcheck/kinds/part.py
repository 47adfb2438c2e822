"""``kind = "part"``: a part within its whole: "850 kilograms of drugs, including 64 kilograms
of fentanyl". The part is at most the whole (rule FC201).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck.kinds.base import MeasureKey, PairRelation, _distinct_of

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["PartClaim"]


class PartClaim(PairRelation):
    """A part within its whole: "850 kilograms of drugs, including 64 kilograms of fentanyl"."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC201"

    kind: Literal["part"] = "part"
    measure: MeasureKey = Field(description="The part.")
    of: MeasureKey = Field(description="The whole; the part can be at most the whole.")

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, qvar

        terms = ((qvar(self.measure), Fraction(1)), (qvar(self.of), Fraction(-1)))
        out.add(Linear(terms, "<=", Fraction(0), frozenset([entry.index])))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        return f"{self.measure} ≤ {self.of} (a part within its whole)"

    _distinct = field_validator("of")(_distinct_of)
