"""``kind = "breakdown"``: a whole and its items, each with a figure, in one claim.

"150 arrests: United States (65), Germany (47), the United Kingdom (21), ... Bulgaria (1)" says
four things at once: the whole has a figure (150 arrests); each item has one (65 arrests in the
United States); the items are parts of the whole (they add up to it, when the list is complete);
and the items form a list (nine countries). A breakdown claim implies exactly those claims, a
``value`` per figure, a ``parts`` (or ``part``) and an ``enumeration``, and the engine's rules
check them as they check claims written one by one: FC101/FC501 for each figure, FC201 for the
sum, FC3xx for the list. Nothing here compiles constraints of its own.

Each item's figure is a measure of its own, so that another article's claim about the same item
meets it: by default ``<measure>.<item>``, the item's name as a key (``spector.arrests.
united_states``; a country by its name in the country data, so "the UK" and "United Kingdom" are
one key), or as the pattern ``item_measure`` gives (``"jcode.dark_huntor.{item}.arrests"``), or
the item's own ``measure``.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from factcheck.kinds.base import (
    ClaimBase,
    HedgeField,
    MeasureKey,
    Num,
    Quote,
    Unit,
    _Figure,
    _measure_key,
    _Model,
)
from factcheck.kinds.enumeration import EnumerationClaim, canonical_item
from factcheck.kinds.part import PartClaim
from factcheck.kinds.parts import PartsClaim
from factcheck.kinds.value import ValueClaim
from factcheck.numbers import Hedge
from factcheck.units import unit_info

__all__ = ["BreakdownClaim", "BreakdownItem", "item_key"]

#: The default pattern of an item's measure key.
DEFAULT_ITEM_MEASURE = "{measure}.{item}"
#: The default measure of the breakdown's list of items (its count).
DEFAULT_LIST_MEASURE = "{measure}.items"


class BreakdownItem(_Model):
    """One item of a breakdown: its name and figure, and optionally its own words and measure."""

    name: Annotated[str, Field(min_length=1, max_length=200)] = Field(
        description="The item as the text names it: 'United States', 'cocaine'."
    )
    value: Num = Field(description="The item's figure as written, without its unit: 65, '1,200'.")
    unit: Unit | None = Field(
        default=None, description="The item's unit, if not the breakdown's (rarely needed)."
    )
    hedge: HedgeField = Field(default=Hedge.EXACT, description="How the text qualifies the figure.")
    precision: Num | None = Field(
        default=None, description="Rounding step of the written figure (as for a value)."
    )
    quote: Quote | None = Field(
        default=None,
        description="The item's own words ('United States (65)'); default: its words in the"
        " breakdown's quote.",
    )
    measure: MeasureKey | None = Field(
        default=None, description="The item's measure key, if not the one item_measure gives."
    )

    @field_validator("value")
    @classmethod
    def _non_negative(cls, value: Any) -> Any:
        if value < 0:
            raise ValueError(f"value={value} is negative; an item's figure is an amount")
        return value


def item_key(name: str, item_type: str | None) -> str:
    """The measure-key word for an item's name: its words in lowercase joined by ``_``, accents
    dropped, a leading "the" left out ("the United Kingdom" -> ``united_kingdom``); a country by
    its name in the country data ("UK" -> ``united_kingdom``, "U.S." -> ``united_states``)."""
    if item_type == "country":
        from factcheck.geography import lookup_country

        country = lookup_country(name)
        if country is not None:
            name = country.name
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"^the\s+", "", folded.strip())
    return re.sub(r"[^a-z0-9]+", "_", folded.replace("'", "")).strip("_")


def _word_end(text: str, at: int) -> int:
    """``at`` moved to the end of the word it is in (a figure's text may be shortened: "212
    arrest" for "212 arrests")."""
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


_NEAR = 40  # characters between an item's name and its figure, at most


def _item_words(quote: str, name: str, figure: Fraction, names: list[str]) -> str | None:
    """The words of ``quote`` that give one item: its name and its figure, as in "United States
    (65)", "Germany: 47" or "65 in the United States"; None when they are not found close."""
    from factcheck.quotes import numbers_in

    at = quote.find(name)
    if at < 0:
        return None
    end = at + len(name)
    others = [quote.find(n, end) for n in names if n != name and quote.find(n, end) >= 0]
    after = quote[end : min([end + _NEAR, *others])]
    for found in numbers_in(after):
        if found.value == figure:
            stop = _word_end(quote, end + found.start + len(found.text))
            if quote[stop : stop + 1] == ")" and "(" in quote[end:stop]:
                stop += 1
            return quote[at:stop]
    before_start = max(0, at - _NEAR)
    before = quote[before_start:at]
    for other in names:
        place = before.rfind(other) if other != name else -1
        if place >= 0:
            before_start += place + len(other)
            before = quote[before_start:at]
    hits = [n for n in numbers_in(before) if n.value == figure]
    if hits:
        return quote[before_start + hits[-1].start : end]
    return None


def _list_default(measure: str) -> str:
    return DEFAULT_LIST_MEASURE.replace("{measure}", measure)


def _item_measure(
    item: BreakdownItem, measure: str, pattern: str, item_type: str | None, number: int = 0
) -> str:
    if item.measure is not None:
        return item.measure
    which = f"item #{number}" if number else "an item"
    word = item_key(item.name, item_type)
    if not word:
        raise ValueError(
            f"{which}: the name {item.name!r} gives no measure key word; give the item a measure"
        )
    key = pattern.replace("{measure}", measure).replace("{item}", word)
    try:
        return _measure_key(key)
    except ValueError:
        raise ValueError(
            f"{which}: {item.name!r} gives the measure {key!r}, which is too long or not a"
            " measure key; give the item a measure"
        ) from None


class BreakdownClaim(ClaimBase, _Figure):
    """A whole and its items, each with a figure: "150 arrests: United States (65), Germany
    (47), ...". Implies a value for the whole and for each item, the parts and the list."""

    kind: Literal["breakdown"] = "breakdown"
    states_relation: ClassVar[bool] = True
    measure: MeasureKey = Field(description="The whole: 'jcode.dark_huntor.arrests'.")
    value: Num | None = Field(
        default=None,
        description="The whole's figure as written (150); leave it out when the text gives the"
        " items only and another claim or file states the whole.",
    )
    unit: Unit = Field(description="The unit of the whole and of the items: 'arrests', 'kg'.")
    complete: bool = Field(
        default=False,
        description="true: the items are all the whole's ('150 arrests: ...'), so their figures"
        " add up to it; false: some only ('including ...'), at most the whole.",
    )
    item_type: Literal["country"] | None = Field(
        default=None,
        description="'country': the items are countries (one key per country whatever its"
        " spelling; spans place them on continents).",
    )
    item_measure: Annotated[str, Field(max_length=200)] = Field(
        default=DEFAULT_ITEM_MEASURE,
        description="The pattern of each item's measure key: {measure} is the whole's key,"
        " {item} the item's name as a key word ('united_states').",
    )
    list_measure: MeasureKey | None = Field(
        default=None,
        description="The measure counting the items (what an enumeration of them uses, e.g."
        " 'jcode.dark_huntor.countries'); default: '<measure>.items'.",
    )
    count: Num | None = Field(
        default=None,
        description="The number of items, if the text states it ('in nine countries').",
    )
    count_unit: Unit = Field(
        default="item", description="The count noun of the items: 'countries', 'drugs'."
    )

    items: list[BreakdownItem] = Field(
        min_length=1,
        max_length=1_000,
        description="The items, in the text's order: { name = 'Germany', value = 47 }, with an"
        " item's own quote, unit, hedge or measure if it needs one.",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    # -- validation ------------------------------------------------------------------------

    @field_validator("value", "count")
    @classmethod
    def _non_negative(cls, value: Any) -> Any:
        if value is not None and value < 0:
            raise ValueError(f"{value} is negative; a figure is an amount")
        return value

    @field_validator("item_measure")
    @classmethod
    def _pattern(cls, value: str) -> str:
        if "{item}" not in value:
            raise ValueError(
                f"item_measure={value!r} has no {{item}}: each item needs a key of its own, such"
                " as '{measure}.{item}' or 'jcode.dark_huntor.{item}.arrests'"
            )
        probe = value.replace("{measure}", "a.b").replace("{item}", "x")
        if "{" in probe or "}" in probe:
            raise ValueError(
                f"item_measure={value!r}: the only placeholders are {{measure}} and {{item}}"
            )
        _measure_key(probe)
        return value

    @field_validator("count_unit")
    @classmethod
    def _count_unit(cls, value: str) -> str:
        if not unit_info(value).is_count:
            raise ValueError(f"count_unit={value!r} does not count things; use e.g. 'countries'")
        return value

    @field_validator("items")
    @classmethod
    def _items(cls, items: list[BreakdownItem], info: ValidationInfo) -> list[BreakdownItem]:
        measure = info.data.get("measure")
        pattern = info.data.get("item_measure")
        if measure is None or pattern is None:
            return items  # reported on those fields
        item_type = info.data.get("item_type")
        taken = {measure, info.data.get("list_measure") or _list_default(measure)}
        seen: dict[str, str] = {}
        keys: dict[str, str] = {}
        for number, item in enumerate(items, 1):
            same = canonical_item(item.name, item_type)
            if same in seen:
                twice = (
                    f"{item.name!r} is named twice"
                    if seen[same] == item.name
                    else f"{seen[same]!r} and {item.name!r} are one item"
                )
                raise ValueError(f"item #{number}: {twice}; list each item once")
            seen[same] = item.name
            key = _item_measure(item, measure, pattern, item_type, number)
            if key in keys:
                raise ValueError(
                    f"item #{number}: {keys[key]!r} and {item.name!r} both get the measure"
                    f" {key!r}; give one of them a measure of its own"
                )
            if key in taken:
                raise ValueError(
                    f"item #{number}: {item.name!r} gets the measure {key!r}, which is the"
                    " whole's or the list's; give it a measure of its own"
                )
            keys[key] = item.name
        return items

    @model_validator(mode="after")
    def _one_item(self) -> BreakdownClaim:
        if self.complete and len(self.items) == 1:
            raise ValueError(
                "a complete breakdown of one item says the item is the whole: write it as a"
                " value of the whole's measure, or set complete = false"
            )
        return self

    def item_measure_of(self, item: BreakdownItem) -> str:
        """The measure key of an item's figure."""
        return _item_measure(item, self.measure, self.item_measure, self.item_type)

    @property
    def counted(self) -> str:
        """The measure counting the items."""
        return self.list_measure or _list_default(self.measure)

    def references(self) -> tuple[tuple[str, str], ...]:
        # Without its figure, the whole is stated elsewhere: another claim or file must define it.
        return (("measure", self.measure),) if self.value is None else ()

    def _words_of(self, item: BreakdownItem) -> str | list[str]:
        """An item's words in the breakdown's quote ("United States (65)"), found by its name
        and figure; the whole quote when they cannot be told apart."""
        scale = unit_info(item.unit or self.unit).scale
        names = [other.name for other in self.items]
        for fragment in self.fragments:
            words = _item_words(fragment, item.name, Fraction(item.value) * scale, names)
            if words is not None:
                return words
        return self.quote

    def _whole_words(self) -> str | list[str]:
        """The breakdown's words up to the whole's figure ("led to 150 arrests"); the whole
        quote when the figure is not found in it."""
        from factcheck.quotes import numbers_in

        assert self.value is not None
        figure = Fraction(self.value) * unit_info(self.unit).scale
        for fragment in self.fragments:
            for found in numbers_in(fragment):
                if found.value == figure:
                    return fragment[: _word_end(fragment, found.start + len(found.text))]
        return self.quote

    # -- what it says ----------------------------------------------------------------------

    def implied(self) -> tuple[tuple[str, ClaimBase], ...]:
        """The claims a breakdown stands for: the whole's value ("total"), each item's value
        (by the item's name), the parts ("") and the list ("list")."""
        out: list[tuple[str, ClaimBase]] = []
        common = {"id": self.id, "note": self.note, "source": self.source}
        if self.value is not None:
            whole = ValueClaim(
                **common, quote=self._whole_words(), measure=self.measure, value=self.value,
                unit=self.unit, hedge=self.hedge, tolerance=self.tolerance,
                precision=self.precision,
            )  # fmt: skip
            out.append(("total", whole))
        keys = []
        fragments = list(self.fragments)
        for item in self.items:
            key = self.item_measure_of(item)
            keys.append(key)
            quote = item.quote if item.quote is not None else self._words_of(item)
            figure = ValueClaim(
                **common, quote=quote, measure=key, value=item.value,
                unit=item.unit or self.unit, hedge=item.hedge, tolerance=self.tolerance,
                precision=item.precision,
            )  # fmt: skip
            out.append((item.name, figure))
            fragments.extend(
                f for f in figure.fragments if not any(f in whole for whole in fragments)
            )
        if len(keys) > 1:
            out.append(("", PartsClaim(
                **common, quote=self.quote, parts=keys, of=self.measure, complete=self.complete
            )))  # fmt: skip
        else:
            out.append(
                ("", PartClaim(**common, quote=self.quote, measure=keys[0], of=self.measure))
            )
        listed = EnumerationClaim(
            **common, quote=fragments if len(fragments) > 1 else fragments[0],
            measure=self.counted, count=self.count, unit=self.count_unit,
            items=[item.name for item in self.items], complete=self.complete,
            item_type=self.item_type,
        )  # fmt: skip
        out.append(("list", listed))
        return tuple(out)
