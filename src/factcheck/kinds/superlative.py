"""``kind = "superlative"``: a measure beats every other member of a group: "the most ever for
any JCODE operation", "the smallest of the five". The group is every measure any loaded file
names that matches ``among`` (keys or patterns); the measure is above (or below) each of them
(rule FC203).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema, field_validator

from factcheck.kinds.base import ClaimBase, MeasureKey, measure_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

__all__ = ["SuperlativeClaim"]


_DIRECTIONS = {
    "most": "most", "largest": "most", "highest": "most", "biggest": "most", "greatest": "most",
    "least": "least", "smallest": "least", "lowest": "least", "fewest": "least",
}  # fmt: skip


def _direction(value: Any) -> Any:
    if isinstance(value, str):
        return _DIRECTIONS.get(value.strip().lower(), value)
    return value


class SuperlativeClaim(ClaimBase):
    """A measure beats every other member of a group: "the most ever for any JCODE operation"."""

    states_relation: ClassVar[bool] = True
    suspect_rule: ClassVar[str | None] = "FC203"

    kind: Literal["superlative"] = "superlative"
    measure: MeasureKey = Field(description="The measure said to be the most (or least).")
    among: list[Annotated[str, Field(max_length=200)]] = Field(
        min_length=1,
        max_length=1000,
        description="The group: measure keys or patterns, where * is any part of one segment "
        "('jcode.*.arrests') and a segment ** any number of segments ('jcode.**.arrests'); the "
        "group is every measure any loaded file names that matches.",
    )
    direction: Annotated[
        Literal["most", "least"],
        BeforeValidator(_direction),
        WithJsonSchema({"type": "string", "enum": sorted(_DIRECTIONS)}),
    ] = Field(
        default="most",
        description="most (or largest, highest, biggest, greatest), or least (or smallest, "
        "lowest, fewest).",
    )
    strict: bool = Field(default=True, description="false: a tie with another member is allowed.")

    @field_validator("among")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for pattern in value:
            measure_pattern(pattern)
        return value

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        yield self.measure, "quantity"
        for key in ctx.superlative_members(self):
            yield key, "quantity"

    def dimension_links(
        self, ctx: Context, kinds: Mapping[str, MeasureKind]
    ) -> Iterator[tuple[str, str]]:
        for key in ctx.superlative_members(self):
            if kinds.get(key) == "quantity":
                yield key, self.measure

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, qvar

        src = frozenset([entry.index])
        for member in ctx.superlative_members(self):
            if out.kinds.get(member) != "quantity":
                continue
            terms = ((qvar(self.measure), Fraction(1)), (qvar(member), Fraction(-1)))
            if self.direction == "most":
                out.add(Linear(terms, ">" if self.strict else ">=", Fraction(0), src))
            else:
                out.add(Linear(terms, "<" if self.strict else "<=", Fraction(0), src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        members = ctx.superlative_members(self)
        op = ">" if self.strict else "≥"
        if self.direction == "least":
            op = "<" if self.strict else "≤"
        return f"{self.measure} {op} each of {', '.join(members) or '(no other member loaded)'}"

    def matches(self, key: str) -> bool:
        """Whether measure ``key`` belongs to the group."""
        return any(measure_pattern(pattern).match(key) for pattern in self.among)
