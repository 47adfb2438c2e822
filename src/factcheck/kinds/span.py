"""``kind = "span"``: how many groups the items of a set span: "spanned three continents",
"three continents: North America, South America and Europe".

The count reads as a figure of its own measure; with a list of countries for the set (an
``enumeration`` with ``item_type = "country"``), the continents of the countries named are
spanned (at least that many), and a set of N items spans at most as many continents as the
continents of its named items plus the items not named (rule FC304). Continents the claim names
are spanned too, and are all of them when it names them all (``complete``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck.kinds.base import ClaimBase, MeasureKey, _Counted
from factcheck.numbers import Interval

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["SpanClaim"]


class SpanClaim(ClaimBase, _Counted):
    """How many groups the items of a set span: "spanned three continents"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["span"] = "span"
    measure: MeasureKey = Field(description="The number spanned, e.g. 'jcode.spector.continents'.")
    of: MeasureKey = Field(description="The enumerated set whose items are placed.")
    attribute: Literal["continent"] = Field(default="continent", description="What is spanned.")
    items: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list,
        max_length=7,
        description="The continents the text names ('three continents: North America, South"
        " America and Europe').",
    )
    complete: bool = Field(
        default=False,
        description="true: the text names every continent spanned ('three continents: A, B and"
        " C'); false: some only ('including Europe').",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    def dimensions(self) -> Iterator[tuple[str, str]]:
        yield self.measure, "[countable]"
        yield self.of, "[countable]"

    def figure_interval(self, entry: Entry) -> tuple[Interval, str] | None:
        return self.count_reading(entry)

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        # The continents of the items named, which need every list of the set, are compiled
        # with the lists (engine/constraints.py, _compile_names).
        from factcheck.engine.constraints import add_quantity

        counted = self.count_reading(entry)
        if counted is not None:
            add_quantity(entry, self.measure, counted[0], self.unit, out)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        from factcheck.quantities import format_quantity

        figure = format_quantity(self.count or 0, self.unit, hedge=self.hedge)
        told = ""
        if self.items:
            told = f", {'namely' if self.complete else 'including'} {', '.join(self.items)}"
        return f"the items of {self.of} span {figure}{told}"

    def figure_text(self) -> str | None:
        return self.count_text()

    @field_validator("items")
    @classmethod
    def _continents(cls, value: list[str]) -> list[str]:
        from factcheck.geography import continent_named

        seen: dict[str, str] = {}
        for name in value:
            continent = continent_named(name)
            if continent in seen:
                raise ValueError(
                    f"{seen[continent]!r} and {name!r} are one continent; name it once"
                )
            seen[continent] = name
        return value

    def groups(self) -> tuple[str, ...]:
        """The continents named, as the country data names them ('Europe')."""
        from factcheck.geography import continent_named

        return tuple(continent_named(name) for name in self.items)
