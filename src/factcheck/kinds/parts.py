"""``kind = "parts"``: parts that together are within their whole: "41.2%, 33.5% and 14.8% of
the vote", "65 in the United States and 47 in Germany of the 150 arrests". The parts add up to at
most the whole, exactly the whole when they are all of it (``complete``; rule FC201).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, model_validator

from factcheck.kinds.base import ClaimBase, MeasureKey

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["PartsClaim"]


class PartsClaim(ClaimBase):
    """Parts that together are within their whole: "41.2%, 33.5% and 14.8% of the vote"."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC201"

    kind: Literal["parts"] = "parts"
    parts: list[MeasureKey] = Field(
        min_length=2,
        max_length=1_000,
        description="The parts: measures that do not overlap (nothing is counted in two).",
    )
    of: MeasureKey = Field(description="The whole; the parts together can be at most the whole.")
    complete: bool = Field(
        default=False,
        description="true: the parts make up the whole exactly (every seat is in one of them).",
    )

    def measures(self) -> tuple[str, ...]:
        return (*self.parts, self.of)

    def dimension_links(
        self, ctx: Context, kinds: Mapping[str, MeasureKind]
    ) -> Iterator[tuple[str, str]]:
        for part in self.parts:
            yield part, self.of

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, qvar

        whole = ((qvar(self.of), Fraction(-1)),)
        summed = tuple((qvar(part), Fraction(1)) for part in self.parts) + whole
        src = frozenset([entry.index])
        out.add(Linear(summed, "==" if self.complete else "<=", Fraction(0), src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        op = "=" if self.complete else "≤"
        return f"{' + '.join(self.parts)} {op} {self.of} (parts within their whole)"

    @model_validator(mode="after")
    def _distinct_parts(self) -> PartsClaim:
        if self.of in self.parts:
            raise ValueError(f"the whole {self.of!r} is also listed among the parts")
        twice = sorted({p for p in self.parts if self.parts.count(p) > 1})
        if twice:
            raise ValueError(f"parts lists {', '.join(map(repr, twice))} more than once")
        return self
