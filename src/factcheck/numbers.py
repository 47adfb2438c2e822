"""Written numbers, their precision, and hedges: every stated figure becomes an exact interval.

A number in an article is not a float. "$53.4 million" is a rounded figure, any amount in
[53.35, 53.45) million; "281 arrests" is exact; "nearly 300" is just below 300; "more than 100,000"
is any amount above 100,000. This module turns what was written into `Interval` objects over exact
fractions, so that the engine never compares floats.

Precision rules (a claim's ``precision`` field overrides them):

* a number with decimals is rounded to its last digit: ``53.4`` is [53.35, 53.45);
* a whole number followed by a scale word in its unit ("3 million") is rounded to one of that
  scale: [2.5, 3.5) million;
* any other whole number is exact: ``281``, ``100,000``, ``8``;
* a fraction written as ``"2/3"`` is exact; a percentage ``"68%"`` is rounded like a decimal.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

__all__ = [
    "BOUNDING_HEDGES",
    "DEFAULT_TOLERANCE",
    "HEDGE_SYNONYMS",
    "Hedge",
    "Interval",
    "NumberError",
    "hedged_interval",
    "parse_number",
    "parse_tolerance",
    "range_interval",
    "stated_interval",
    "written_interval",
]

Number = Decimal | Fraction


class NumberError(ValueError):
    """A value that cannot be read as a finite number."""


class Hedge(enum.StrEnum):
    """How a figure is qualified in the text. Each member's docstring is its exact meaning."""

    EXACT = "exact"
    NEARLY = "nearly"
    ABOUT = "about"
    MORE_THAN = "more than"
    AT_LEAST = "at least"
    LESS_THAN = "less than"
    AT_MOST = "at most"

    @property
    def meaning(self) -> str:
        """The hedge's meaning in one line, for docs and explanations (t is the tolerance)."""
        return _MEANINGS[self]


_MEANINGS: dict[Hedge, str] = {
    Hedge.EXACT: "the written figure, within its written precision",
    Hedge.NEARLY: "just below the figure: at least (1 - t) x figure and below it",
    Hedge.ABOUT: "either side of the figure: between (1 - t) x and (1 + t) x figure",
    Hedge.MORE_THAN: "above the figure (up to (1 + t) x figure only if a tolerance is given)",
    Hedge.AT_LEAST: "the figure or above (up to (1 + t) x figure only if a tolerance is given)",
    Hedge.LESS_THAN: "below the figure (down to (1 - t) x figure only if a tolerance is given)",
    Hedge.AT_MOST: "the figure or below (down to (1 - t) x figure only if a tolerance is given)",
}

#: The words an article uses for each hedge; a claim file may use any of them.
HEDGE_SYNONYMS: dict[str, Hedge] = {
    "exact": Hedge.EXACT,
    "exactly": Hedge.EXACT,
    "nearly": Hedge.NEARLY,
    "almost": Hedge.NEARLY,
    "close to": Hedge.NEARLY,
    "just under": Hedge.NEARLY,
    "just below": Hedge.NEARLY,
    "about": Hedge.ABOUT,
    "approximately": Hedge.ABOUT,
    "roughly": Hedge.ABOUT,
    "around": Hedge.ABOUT,
    "some": Hedge.ABOUT,
    "an estimated": Hedge.ABOUT,
    "estimated": Hedge.ABOUT,
    "estimated at": Hedge.ABOUT,
    "est.": Hedge.ABOUT,
    "more than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "above": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "in excess of": Hedge.MORE_THAN,
    "at least": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "less than": Hedge.LESS_THAN,
    "fewer than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "below": Hedge.LESS_THAN,
    "at most": Hedge.AT_MOST,
    "up to": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
}

#: Default tolerance of each hedge, as a fraction of the figure. Override per claim (``tolerance``)
#: or per file (``[tolerances]``). ``None``: the hedge has no second bound unless one is given.
DEFAULT_TOLERANCE: dict[Hedge, Fraction | None] = {
    Hedge.EXACT: None,
    Hedge.NEARLY: Fraction(1, 10),
    Hedge.ABOUT: Fraction(1, 10),
    Hedge.MORE_THAN: None,
    Hedge.AT_LEAST: None,
    Hedge.LESS_THAN: None,
    Hedge.AT_MOST: None,
}


def parse_hedge(value: Any) -> Hedge:
    """Read a hedge from a claim file: a canonical name or any of `HEDGE_SYNONYMS`."""
    if isinstance(value, Hedge):
        return value
    if isinstance(value, str):
        key = " ".join(value.lower().replace("_", " ").split())
        if key in HEDGE_SYNONYMS:
            return HEDGE_SYNONYMS[key]
    import difflib

    words = ", ".join(repr(h.value) for h in Hedge)
    close = difflib.get_close_matches(str(value).lower(), list(HEDGE_SYNONYMS), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(
        f"hedge={value!r} is not a known hedge; use one of {words} (or a synonym such as"
        f" 'almost', 'over', 'up to'; see docs/hedges.md){hint}"
    )


_NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_FRACTION_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_MAX_DIGITS = 40


def parse_number(value: Any, *, allow_percent: bool = False) -> Number:
    """Read a number as written: ``281``, ``53.4``, ``"1,874"``, ``"2/3"`` (``"68%"`` if allowed).

    Decimals keep their written digits (``Decimal("53.40")``) so their precision is known; a
    fraction is exact. NaN, infinities, booleans and anything else raise `NumberError`.
    """
    if isinstance(value, bool):
        raise NumberError(f"{value!r} is a boolean, not a number")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        value = Decimal(value)  # then checked for its digits, as a decimal
    if isinstance(value, float):
        value = Decimal(repr(value)) if value == value and abs(value) != float("inf") else value
        if isinstance(value, float):
            raise NumberError(f"{value!r} is not a finite number")
    if isinstance(value, Decimal):
        # TOML's nan and inf arrive as Decimal: name them as written, not as "Decimal('NaN')".
        if not value.is_finite():
            written = str(value).lower().replace("infinity", "inf")
            raise NumberError(f"{written} is not a finite number")
        if len(value.as_tuple().digits) > _MAX_DIGITS or abs(value.adjusted()) > 30:
            raise NumberError(f"{value} has too many digits")
        return value
    if isinstance(value, str):
        text = value.strip()
        if allow_percent and text.endswith("%"):
            inner = parse_number(text[:-1].strip())
            if isinstance(inner, Fraction):
                return inner / 100
            return inner.scaleb(-2)
        match = _FRACTION_RE.match(text)
        if match:
            denominator = int(match.group(2))
            if denominator == 0:
                raise NumberError(f"{value!r} divides by zero")
            if len(text) > _MAX_DIGITS:
                raise NumberError(f"{value!r} has too many digits")
            return Fraction(int(match.group(1)), denominator)
        if len(text) <= _MAX_DIGITS and _NUMBER_RE.match(text):
            try:
                return parse_number(Decimal(text.replace(",", "")))
            except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
                pass
        raise NumberError(f"{value!r} is not a number such as 281, 53.4, '1,874' or '2/3'")
    raise NumberError(f"{value!r} is not a number")


def parse_tolerance(value: Any) -> Fraction:
    """A tolerance as a fraction of the figure: ``0.1``, ``"10%"`` or ``"1/10"``; in [0, 1)."""
    number = as_fraction(parse_number(value, allow_percent=True))
    if not 0 <= number < 1:
        raise NumberError(f"a tolerance must be at least 0 and below 1 (10% is 0.1), not {value!r}")
    return number


def as_fraction(number: Number) -> Fraction:
    """The exact value of a parsed number."""
    return number if isinstance(number, Fraction) else Fraction(number)


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of numbers between two bounds; ``None`` is unbounded. Open ends exclude the bound."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, int | Fraction | Decimal):
            return False
        value = Fraction(x)
        if self.lo is not None and (value < self.lo or (self.lo_open and value == self.lo)):
            return False
        return not (
            self.hi is not None and (value > self.hi or (self.hi_open and value == self.hi))
        )

    def is_empty(self) -> bool:
        """Whether no number lies in the interval ("less than 0" of an amount, [1, 1))."""
        if self.lo is None or self.hi is None:
            return False
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def scaled(self, factor: Fraction) -> Interval:
        """This interval multiplied by a positive factor (a unit conversion)."""
        return Interval(
            None if self.lo is None else self.lo * factor,
            None if self.hi is None else self.hi * factor,
            self.lo_open,
            self.hi_open,
        )

    def describe(self) -> str:
        """The interval in mathematical notation with plain decimals, e.g. ``[270, 300)``."""
        left = "(" if self.lo_open or self.lo is None else "["
        right = ")" if self.hi_open or self.hi is None else "]"
        lo = "-inf" if self.lo is None else format_fraction(self.lo)
        hi = "inf" if self.hi is None else format_fraction(self.hi)
        if self.lo is not None and self.lo == self.hi:
            return lo
        return f"{left}{lo}, {hi}{right}"


def format_fraction(x: Fraction, digits: int = 6) -> str:
    """A fraction as a short decimal: ``Fraction(1067, 4)`` -> ``266.75``; 2/3 -> ``0.666667``."""
    if x.denominator == 1:
        return f"{x.numerator:,}" if abs(x.numerator) >= 10_000 else str(x.numerator)
    if abs(x) >= 10**digits:  # exactly: a float is inexact here and overflows past 1e308
        cents = round(abs(x) * 100)
        return f"{'-' if x < 0 else ''}{cents // 100:,}.{cents % 100:02d}"
    text = f"{float(x):.{digits}g}"
    if "e" in text:
        text = f"{float(x):,.2f}"
    return text


def written_interval(
    number: Number, *, precision: Number | None = None, scaled: bool = False
) -> Interval:
    """The set of true values a written figure stands for, before any hedge.

    ``precision`` is the rounding step in the same unit (``10`` for "rounded to tens"; ``0`` for
    exact). Without it, decimals are rounded to their last digit, whole numbers that are rounded
    (``scaled``: with a scale word, or of a measured quantity, see `UnitInfo.rounds_whole`) to
    one, other whole numbers (counts) are exact.
    """
    value = as_fraction(number)
    if precision is not None:
        step = as_fraction(precision)
    elif isinstance(number, Fraction):
        step = Fraction(0)
    else:
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)
        if exponent < 0:
            step = Fraction(1, 10**-exponent)
        elif scaled:
            step = Fraction(10**exponent)
        else:
            step = Fraction(0)
    if step == 0:
        return Interval(value, value)
    half = step / 2
    return Interval(
        max(value - half, Fraction(0)) if value >= 0 else value - half, value + half, False, True
    )


#: The hedges that bound a figure from one side ("nearly", "more than", "at most"...).
BOUNDING_HEDGES = frozenset(
    {Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.AT_MOST}
)


def stated_interval(
    number: Number,
    hedge: Hedge,
    tolerance: Fraction | None = None,
    *,
    precision: Number | None = None,
    scaled: bool = False,
) -> Interval:
    """The values a hedged figure allows, as a claim states it.

    An exact or "about" figure is read within its written precision (`written_interval`). A
    bounding hedge bounds by the figure as written: "more than 3 million" is above 3 million and
    "nearly 1.5 times" below 1.5, whatever 3 million or 1.5 may round from; an explicit
    ``precision`` widens the figure first for those too.

    >>> stated_interval(Decimal("1.5"), Hedge.NEARLY).describe()
    '[1.35, 1.5)'
    >>> stated_interval(Decimal("1.5"), Hedge.EXACT).describe()
    '[1.45, 1.55)'
    """
    if hedge in BOUNDING_HEDGES and precision is None:
        written = written_interval(number, precision=Fraction(0))
    else:
        written = written_interval(number, precision=precision, scaled=scaled)
    return hedged_interval(written, hedge, tolerance)


def hedged_interval(written: Interval, hedge: Hedge, tolerance: Fraction | None) -> Interval:
    """Apply a hedge to a written figure's interval. Always the lenient reading: a claim is only
    called false when no reasonable reading of it holds."""
    assert written.lo is not None and written.hi is not None
    lo, hi = written.lo, written.hi
    exact = lo == hi
    if hedge is Hedge.EXACT:
        return written
    if hedge is Hedge.NEARLY:
        t = tolerance if tolerance is not None else DEFAULT_TOLERANCE[Hedge.NEARLY]
        assert t is not None
        return Interval(lo * (1 - t), hi, False, True)
    if hedge is Hedge.ABOUT:
        t = tolerance if tolerance is not None else DEFAULT_TOLERANCE[Hedge.ABOUT]
        assert t is not None
        return Interval(lo * (1 - t), hi * (1 + t), False, written.hi_open and t == 0)
    if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        top = None if tolerance is None else hi * (1 + tolerance)
        return Interval(lo, top, hedge is Hedge.MORE_THAN, False)
    # LESS_THAN, AT_MOST
    bottom = Fraction(0) if tolerance is None else lo * (1 - tolerance)
    return Interval(bottom, hi, False, hedge is Hedge.LESS_THAN or not exact)


#: The hedges a range may take: "about 10 to 15" widens both ends. A range already bounds its
#: figure on both sides, so "more than", "nearly" or "up to" before it add nothing a claim states.
RANGE_HEDGES = frozenset({Hedge.EXACT, Hedge.ABOUT})


def range_interval(
    low: Number,
    high: Number,
    hedge: Hedge = Hedge.EXACT,
    tolerance: Fraction | None = None,
    *,
    precision: Number | None = None,
    scaled: bool = False,
) -> Interval:
    """The values a range the text gives allows ("between 10 and 20", "1.5-2.5 million").

    Both ends are included, each read at its written precision: "10 to 20" is [10, 20],
    "1.5-2.5 million" is [1.45, 2.55) million (from the least that rounds to 1.5 to below the
    least that rounds to 2.6). "about" widens the whole range by its tolerance, as it does one
    figure; no other hedge applies to a range.

    >>> range_interval(Decimal("1.5"), Decimal("2.5")).describe()
    '[1.45, 2.55)'
    >>> range_interval(Decimal(10), Decimal(20), Hedge.ABOUT).describe()
    '[9, 22]'
    """
    if hedge not in RANGE_HEDGES:
        raise ValueError(f"a range takes no hedge {hedge.value!r}")
    first = written_interval(low, precision=precision, scaled=scaled)
    last = written_interval(high, precision=precision, scaled=scaled)
    written = Interval(first.lo, last.hi, first.lo_open, last.hi_open)
    return hedged_interval(written, hedge, tolerance)
