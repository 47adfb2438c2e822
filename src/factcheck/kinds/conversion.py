"""``kind = "conversion"`` and ``kind = "rate"``: one amount in two currencies, and the exchange
rates it is checked against.

"EUR 50.8 million (USD 54.9 million)" states one amount twice: the second figure is the first
converted at some day's rate and rounded. A ``conversion`` claim says so. It implies a ``value``
of each figure (each currency's amount is a measure of its own, since a measure has one unit
dimension) and a relation between the two, which this module compiles: with a ``rate`` claim
for the pair of currencies on the day (usually in a reference file, citing its source),

    rate × (1 − tolerance) × first ≤ second ≤ rate × (1 + tolerance) × first

in exact arithmetic, the written precision of both figures taken into account. The default
tolerance, `DEFAULT_RATE_TOLERANCE`, is 3%: outlets convert at the rate of the day they write
(or of the day before, or at their bank's rate rather than a central bank's reference rate), and
a day's move of a major pair is well under 1%. Without a rate for the day, the relation adds no
constraint and the report lists it as "not checked"; it is never confirmed. A pair the rate
refutes is rule FC106.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from factcheck.dates import DateRange, parse_partial_date
from factcheck.kinds.base import (
    CheckedDate,
    ClaimBase,
    MeasureKey,
    Num,
    Tolerance,
    Unit,
    _Valued,
)
from factcheck.kinds.value import ValueClaim
from factcheck.quotes import figure_words
from factcheck.units import unit_info

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

__all__ = [
    "DEFAULT_RATE_TOLERANCE",
    "RATE_LOOKBACK_DAYS",
    "ConversionClaim",
    "CurrencyPair",
    "RateClaim",
    "currency_of",
    "rates_for",
]

#: How far a converted figure may lie from the rate's conversion, as a fraction of it.
DEFAULT_RATE_TOLERANCE = Fraction(3, 100)
#: A conversion on a day without a rate (a weekend, a holiday) uses the latest rate of the days
#: before, at most this many days before.
RATE_LOOKBACK_DAYS = 7


def currency_of(unit: str) -> str | None:
    """The currency code of a unit of money ('million EUR' -> 'EUR'), or None."""
    found = re.fullmatch(r"\[currency_([A-Z]{3})\]", unit_info(unit).dimension)
    return found[1] if found else None


def _money(value: str) -> str:
    if currency_of(value) is None:
        raise ValueError(
            f"unit={value!r} is not an amount of money; a conversion is one amount in two"
            " currencies (use a code such as 'EUR' or 'million USD'). One figure in two units of"
            " one dimension ('180 km/h (112 mph)', '850 kg (1,874 lb)') is two value claims of"
            " one measure: the engine checks that they agree"
        )
    return value


class RateClaim(ClaimBase):
    """An exchange rate on a day: "1 EUR = 1.0802 USD" (reference rates of a central bank)."""

    kind: Literal["rate"] = "rate"
    pair: Annotated[str, Field(max_length=7)] = Field(
        description="The currencies, base first, as in 'EUR/USD': the rate is how many of the"
        " second one of the first buys."
    )
    rate: Num = Field(description="Units of the second currency per unit of the first: 1.0802.")
    date: CheckedDate = Field(
        description="The day of the rate (2024-05-14); a month or a year for an average rate."
    )
    tolerance: Tolerance | None = Field(
        default=None,
        description="How far a conversion at this rate may be off (default 3%); a conversion's"
        " rate_tolerance overrides it.",
    )

    @field_validator("pair")
    @classmethod
    def _pair(cls, value: str) -> str:
        found = re.fullmatch(r"\s*([A-Za-z]{3})\s*/\s*([A-Za-z]{3})\s*", value)
        if not found:
            raise ValueError(f"pair={value!r} is not a pair of currency codes such as 'EUR/USD'")
        codes = [found[1].upper(), found[2].upper()]
        for code in codes:
            try:
                _money(code)
            except Exception:
                raise ValueError(f"pair={value!r}: {code!r} is not a currency code") from None
        if codes[0] == codes[1]:
            raise ValueError(f"pair={value!r} names one currency twice")
        return f"{codes[0]}/{codes[1]}"

    @field_validator("rate")
    @classmethod
    def _positive(cls, value: Any) -> Any:
        if value <= 0:
            raise ValueError(f"rate={value} must be positive")
        return value

    @property
    def currencies(self) -> tuple[str, str]:
        """The base currency and the quoted one."""
        base, quoted = self.pair.split("/")
        return base, quoted

    def days(self) -> DateRange:
        """The days the rate is for."""
        return parse_partial_date(self.date)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        return (
            f"1 {self.currencies[0]} = {self.rate} {self.currencies[1]} on {self.days().describe()}"
        )

    def per(self, base: str, quoted: str) -> Fraction | None:
        """Units of ``quoted`` per unit of ``base`` at this rate (the inverse for the pair
        written the other way), or None for other currencies."""
        if (base, quoted) == self.currencies:
            return Fraction(self.rate)
        if (quoted, base) == self.currencies:
            return 1 / Fraction(self.rate)
        return None


class CurrencyPair(ClaimBase):
    """What a conversion asserts of its two measures: one amount, at the day's rate. Built by
    `ConversionClaim.implied`, not written in claim files."""

    kind: Literal["conversion"] = "conversion"
    measure: MeasureKey
    of: MeasureKey
    base: str
    quoted: str
    on: CheckedDate | None = None
    tolerance: Tolerance | None = None

    core_rule: ClassVar[str | None] = "FC106"

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    def day(self, entry: Entry) -> DateRange | None:
        """The days the conversion is of: its date, else the publication date."""
        if self.on is not None:
            return parse_partial_date(self.on)
        if entry.published is None:
            return None
        return DateRange(entry.published, entry.published)

    def assertion(self, entry: Entry, ctx: Context) -> str:
        return (
            f"{self.of} is {self.measure} converted from {self.base} to {self.quoted} at the"
            " rate of the day"
        )

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        from factcheck.engine.constraints import Linear, qvar

        base_factor = unit_info(self.base).factor
        quoted_factor = unit_info(self.quoted).factor
        for rate_entry, per, tolerance in rates_for(entry, ctx):
            # Both measures are in base units of their currency.
            ratio = per * base_factor / quoted_factor
            src = frozenset([entry.index, rate_entry.index])
            low = ((qvar(self.of), Fraction(1)), (qvar(self.measure), -ratio * (1 - tolerance)))
            high = ((qvar(self.of), Fraction(1)), (qvar(self.measure), -ratio * (1 + tolerance)))
            out.add(Linear(low, ">=", Fraction(0), src))
            out.add(Linear(high, "<=", Fraction(0), src))


def rates_for(entry: Entry, ctx: Context) -> list[tuple[Entry, Fraction, Fraction]]:
    """The rates a conversion is checked against, with the rate (quoted currency per base
    currency) and the tolerance: every rate claim for its currencies whose days meet the
    conversion's; when none does, the latest of the `RATE_LOOKBACK_DAYS` days before."""
    pair = entry.claim
    assert isinstance(pair, CurrencyPair)
    days = pair.day(entry)
    if days is None:
        return []
    found: list[tuple[Entry, Fraction, DateRange]] = []
    for other in ctx.of_kind("rate"):
        rate = other.claim
        assert isinstance(rate, RateClaim)
        per = rate.per(pair.base, pair.quoted)
        if per is not None:
            found.append((other, per, rate.days()))
    meeting = [f for f in found if f[2].first <= days.last and days.first <= f[2].last]
    if not meeting:
        earliest = days.first - timedelta(days=RATE_LOOKBACK_DAYS)
        before = [f for f in found if earliest <= f[2].last < days.first]
        latest = max((f[2].last for f in before), default=None)
        meeting = [f for f in before if f[2].last == latest]
    out = []
    for other, per, _ in meeting:
        rate = other.claim
        assert isinstance(rate, RateClaim)
        tolerance = pair.tolerance if pair.tolerance is not None else rate.tolerance
        out.append((other, per, DEFAULT_RATE_TOLERANCE if tolerance is None else tolerance))
    return out


class ConversionClaim(ClaimBase, _Valued):
    """One amount in two currencies: "EUR 50.8 million (USD 54.9 million)"; checked against a
    rate of the day."""

    kind: Literal["conversion"] = "conversion"
    states_relation: ClassVar[bool] = True
    measure: MeasureKey = Field(description="The amount in the first currency: 'x.seized.eur'.")
    converted_value: Num = Field(description="The second figure as written: 54.9.")
    converted_unit: Unit = Field(description="Its unit, another currency: 'million USD'.")
    converted_measure: MeasureKey | None = Field(
        default=None,
        description="The amount in the second currency; default: the measure's key with the"
        " currency code in place of its last word if that is the first currency's code"
        " ('x.seized.eur' -> 'x.seized.usd'), else appended ('x.seized' -> 'x.seized.usd').",
    )
    date: CheckedDate | None = Field(
        default=None,
        description="The day of the rate the figures were converted at; default: the"
        " publication date.",
    )
    rate_tolerance: Tolerance | None = Field(
        default=None,
        description="How far the second figure may lie from the first at the rate (default 3%,"
        " or the rate claim's).",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.other_measure)

    @field_validator("unit", "converted_unit")
    @classmethod
    def _money_unit(cls, value: str) -> str:
        return _money(value)

    @field_validator("converted_value")
    @classmethod
    def _non_negative_converted(cls, value: Any) -> Any:
        if value < 0:
            raise ValueError(f"converted_value={value} is negative; figures are amounts")
        return value

    @model_validator(mode="after")
    def _two_currencies(self) -> ConversionClaim:
        if self.range is not None or self.vague is not None:
            what = "a range" if self.range is not None else "a vague quantity"
            raise ValueError(
                "a conversion takes one figure in each currency (value and converted_value),"
                f" not {what}; write it as two value claims"
            )
        if self.base == self.quoted:
            raise ValueError(
                f"unit and converted_unit are both in {self.base}: a conversion is between two"
                " currencies (one figure in two units of one currency is two value claims)"
            )
        if self.other_measure == self.measure:
            raise ValueError("measure and converted_measure are one key; name two measures")
        return self

    @property
    def base(self) -> str:
        """The first figure's currency."""
        code = currency_of(self.unit)
        assert code is not None
        return code

    @property
    def quoted(self) -> str:
        """The second figure's currency."""
        code = currency_of(self.converted_unit)
        assert code is not None
        return code

    @property
    def other_measure(self) -> str:
        """The measure of the second figure."""
        if self.converted_measure is not None:
            return self.converted_measure
        stem, _, last = self.measure.rpartition(".")
        if stem and last == self.base.lower():
            return f"{stem}.{self.quoted.lower()}"
        return f"{self.measure}.{self.quoted.lower()}"

    def _words(self, index: int, figure: Decimal | Fraction) -> str | list[str]:
        """The words of one figure: the quote's own fragment when it has one per figure, else
        the figure with its currency and scale word as the quote writes them ("EUR 50.8
        million"), else the whole quote."""
        fragments = self.fragments
        if len(fragments) == 2:
            return fragments[index]
        unit = self.unit if index == 0 else self.converted_unit
        for fragment in fragments:
            words = figure_words(fragment, Fraction(figure) * unit_info(unit).scale)
            if words is not None:
                return words
        for fragment in fragments:
            words = _figure_words(fragment, figure)
            if words is not None:
                return words
        return self.quote

    def implied(self) -> tuple[tuple[str, ClaimBase], ...]:
        """The first figure's value (by its currency code), the second's, and the pair ("")."""
        common = {"id": self.id, "note": self.note, "source": self.source}
        assert self.value is not None  # a conversion has no range or vague quantity
        first = ValueClaim(
            **common, quote=self._words(0, self.value), measure=self.measure, value=self.value,
            unit=self.unit, hedge=self.hedge, tolerance=self.tolerance, precision=self.precision,
        )  # fmt: skip
        second = ValueClaim(
            **common, quote=self._words(1, self.converted_value), measure=self.other_measure,
            value=self.converted_value, unit=self.converted_unit, hedge=self.hedge,
            tolerance=self.tolerance,
        )  # fmt: skip
        pair = CurrencyPair(
            **common, quote=self.quote, measure=self.measure, of=self.other_measure,
            base=self.base, quoted=self.quoted, on=self.date, tolerance=self.rate_tolerance,
        )  # fmt: skip
        return ((self.base, first), (self.quoted, second), ("", pair))


_SCALES = r"million|billion|thousand|trillion|mn|bn|tn|m|k"
_CODES = r"[A-Z]{3}|[A-Z]{1,2}\$|\$[A-Z]{2}|[$€£¥₹]"


def _figure_words(fragment: str, figure: Decimal | Fraction) -> str | None:
    """A figure with the currency and scale word around it, as written in ``fragment``."""
    shown = [str(figure)] if isinstance(figure, Fraction) else [format(figure, "f")]
    if isinstance(figure, Decimal) and figure >= 1000:
        shown.append(f"{figure:,}")
    for text in shown:
        pattern = (
            rf"(?<![\w.,])(?:(?:{_CODES})\s?)?{re.escape(text)}(?![\d])"
            rf"(?:\s?(?:{_SCALES})\b)?(?:\s(?:[A-Z]{{3}}\b|euros?\b|dollars?\b|pounds?\b))?"
        )
        found = re.search(pattern, fragment)
        if found:
            return found[0]
    return None
