"""``kind = "enumeration"``: a stated count and the items named: "eight countries, including
Austria, France, ...", "three cartels: A, B and C".

The count reads as a figure of the set's measure (at its written precision and hedge, as counts
are read); the items named are at least that many (rule FC301), and exactly that many when the
list is complete (FC302). Items are counted once whatever their spelling: countries by their
code in the country data ("UK" and "United Kingdom" are one), other items by their words. Lists
of one set in several claims or files give it every item any of them names.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck.kinds.base import HEDGE_SYMBOL, ClaimBase, MeasureKey, _Counted
from factcheck.numbers import Interval

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = ["EnumerationClaim", "canonical_item", "distinct_items", "item_type_of"]


class EnumerationClaim(ClaimBase, _Counted):
    """A stated count and the items named: "eight countries, including Austria, France, ..."."""

    states_relation: ClassVar[bool] = True

    kind: Literal["enumeration"] = "enumeration"
    measure: MeasureKey = Field(description="The count of the set, e.g. 'jcode.spector.countries'.")
    items: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=1_000, description="The items the text names."
    )
    complete: bool = Field(
        default=False,
        description="true: the text names every item ('eight countries: A, B, ...'); "
        "false: some only ('including ...').",
    )
    item_type: Literal["country"] | None = Field(
        default=None,
        description="'country' lets the engine place items on continents (the only item type; "
        "leave it out for other items).",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def dimensions(self) -> Iterator[tuple[str, str]]:
        yield self.measure, "[countable]"

    def figure_interval(self, entry: Entry) -> tuple[Interval, str] | None:
        return self.count_reading(entry)

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, add_quantity, qvar

        counted = self.count_reading(entry)
        if counted is not None:
            add_quantity(entry, self.measure, counted[0], self.unit, out)
        src = frozenset([entry.index])
        kind = item_type_of(ctx.by_measure.get(self.measure, ()))
        names = len(distinct_items(self.items, kind))
        if names:
            out.add(Linear(((qvar(self.measure), Fraction(1)),), ">=", Fraction(names), src))
        if self.complete:
            out.add(Linear(((qvar(self.measure), Fraction(1)),), "<=", Fraction(names), src))

    def assertion(self, entry: Entry, ctx: Context) -> str:
        from factcheck.quantities import format_quantity

        if self.count is None:
            count = f"{self.measure}: no count stated"
        else:
            figure = format_quantity(self.count, self.unit)
            count = f"{self.measure} {HEDGE_SYMBOL[self.hedge]} {figure}"
        kind = "all" if self.complete else "some"
        # An item named twice in two spellings ("the U.S.", "United States") is named once.
        kind_of_items = item_type_of(ctx.by_measure[self.measure])
        named = list(distinct_items(self.items, kind_of_items).values())
        names = ", ".join(named[:12]) or "-"
        if len(named) > 12:
            names += f" and {len(named) - 12} more"
        return f"{count}; names {kind}: {names}"

    def figure_text(self) -> str | None:
        return self.count_text()

    @field_validator("item_type", mode="before")
    @classmethod
    def _item_type(cls, value: Any) -> Any:
        if value is None or value == "country":
            return value
        words = " ".join(value.lower().split()) if isinstance(value, str) else ""
        hint = "; did you mean 'country'?" if words in ("countries", "nation", "nations") else ""
        if words == "country":
            hint = "; write it in lowercase, 'country'"
        raise ValueError(
            f"item_type={value!r} is not known: the only item type is 'country' (countries imply"
            f" continents); leave item_type out for other items{hint}"
        )

    @field_validator("items")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for item in value:
            key = " ".join(item.lower().split())
            if key in seen:
                raise ValueError(f"{item!r} is named twice")
            seen.add(key)
        return value


def item_type_of(entries: Sequence[Entry]) -> str | None:
    """What the items of a set are: the ``item_type`` any of its lists gives."""
    for entry in entries:
        kind = entry.claim.__dict__.get("item_type")
        if kind is not None:
            return str(kind)
    return None


#: The nations of the United Kingdom, which news copy counts as countries ("the four countries of
#: the UK") although the country data places them all in the UK: each counts as an item of its
#: own (ISO 3166-2 codes), in Europe like the UK.
_UK_NATIONS: dict[str, str] = {
    "england": "GB-ENG",
    "scotland": "GB-SCT",
    "wales": "GB-WLS",
    "northern ireland": "GB-NIR",
}


def canonical_item(name: str, item_type: str | None) -> str:
    """One spelling per item, so "UK" and "United Kingdom" count once."""
    plain = " ".join(name.lower().removeprefix("the ").split())
    if item_type == "country":
        from factcheck.geography import lookup_country

        if plain in _UK_NATIONS:
            return _UK_NATIONS[plain]
        country = lookup_country(name)
        if country is not None:
            return str(country.code)
    return plain


def distinct_items(items: Sequence[str], item_type: str | None) -> dict[str, str]:
    """The items of a list, one per item named ("the UK" and "the United Kingdom" are one):
    canonical key -> the first name the list gives it."""
    named: dict[str, str] = {}
    for item in items:
        named.setdefault(canonical_item(item, item_type), item)
    return named
