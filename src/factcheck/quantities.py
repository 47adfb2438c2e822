"""How a quantity is written for people: the one formatting of figures with their units.

Every message and explanation of the engine writes its figures through `format_quantity`, so
that they read alike everywhere: ``281 arrests`` and ``1 arrest`` (the unit agrees in number with
the figure), ``nearly 300 suspects`` (a hedge, never the word "exact"), ``[270, 300) suspects``
(an interval in the notation of `Interval.describe`), ``53.4 million USD``.

    >>> format_quantity(1, "arrests")
    '1 arrest'
    >>> format_quantity(Fraction(300), "suspects", hedge=Hedge.NEARLY)
    'nearly 300 suspects'
"""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction

from factcheck.numbers import Hedge, Interval, format_fraction
from factcheck.units import SCALE_WORDS, UnitError, registry, unit_info

__all__ = ["format_quantity", "singular_unit", "unit_for"]


def format_quantity(
    amount: Fraction | Decimal | int | Interval, unit: str, *, hedge: Hedge | None = None
) -> str:
    """A figure (or an interval of figures) with its unit, and its hedge word if it has one:
    ``1 arrest``, ``281 arrests``, ``more than 2 kg``, ``[270, 300) suspects``. The unit is
    written as the claim writes it, in the singular when the figure is one (`unit_for`)."""
    if isinstance(amount, Interval):
        point = amount.lo if amount.lo is not None and amount.lo == amount.hi else None
        figure = amount.describe()
    else:
        point = Fraction(amount)
        figure = format_fraction(point)
    said = "" if hedge is None or hedge is Hedge.EXACT else f"{hedge.value} "
    return f"{said}{figure} {unit_for(point, unit)}".rstrip()


def unit_for(amount: Fraction | Decimal | int | None, unit: str) -> str:
    """``unit`` in agreement with ``amount``: singular for one (``1 arrest``, ``1 kilogram``,
    ``1 person``), as written otherwise; an interval or no figure (None) keeps the plural."""
    if amount is None or abs(Fraction(amount)) != 1:
        return unit
    return singular_unit(unit)


@functools.lru_cache(maxsize=1024)
def singular_unit(unit: str) -> str:
    """The singular of a unit written as one word (``arrests`` -> ``arrest``, ``people`` ->
    ``person``, ``kilograms`` -> ``kilogram``, ``inches`` -> ``inch``); symbols, codes, words
    already singular and units of several words (``million USD``, ``km/h``) as they are."""
    word = unit.strip()
    if not word.isalpha() or word.lower() in SCALE_WORDS:
        return unit
    try:
        info = unit_info(word)
    except UnitError:
        return unit
    if info.is_count:
        noun = info.noun
        return noun if noun and noun.isalpha() else unit
    for suffix in ("s", "es"):  # "kilograms", "inches": the singular is a unit of one size
        stem = word.removesuffix(suffix)
        if stem == word or len(stem) < 2:
            continue
        try:
            same = unit_info(stem)
        except UnitError:
            continue
        if same.dimension == info.dimension and same.factor == info.factor:
            return stem
    name = info.name
    if name.isalpha() and name != word and registry().get_symbol(word) != word:
        return name  # "feet" -> "foot", "pence" -> "penny"; not "kg" -> "kilogram"
    return unit
