"""What FC102 (quote-mismatch) and FC104 (hedge-mismatch) share: the figures a claim expects its
quote to write, and the figures and ranges the quote reader finds in a quote (read once per
quote)."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from factcheck.claims import (
    DifferenceClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PeriodClaim,
    ShareClaim,
    SpanClaim,
    ValueClaim,
)
from factcheck.engine.context import Entry
from factcheck.numbers import HEDGE_SYNONYMS
from factcheck.quotes import QuoteNumber, QuoteRange, numbers_in, ranges_in
from factcheck.units import unit_info


def quote_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%$€£¥.,'-]+", " ", text.lower()).split())


def expected_figures(entry: Entry) -> list[tuple[str, Fraction, str | None]]:
    """(field, figure as the text would write it, unit) the quote should contain."""
    claim = entry.claim
    out: list[tuple[str, Fraction, str | None]] = []
    if expected_range(entry) is not None:
        return out  # a range: see `_range_problems`
    if isinstance(claim, ValueClaim | DurationClaim):
        if claim.value is None:
            return out  # a vague quantity
        if unit_info(claim.unit).name == "percent":
            out.append(("value in percent", Fraction(claim.value), claim.unit))  # "63.1%", "63.1"
        else:
            out.append(("value", Fraction(claim.value) * unit_info(claim.unit).scale, claim.unit))
    elif isinstance(claim, EnumerationClaim | SpanClaim) and claim.count is not None:
        out.append(("count", Fraction(claim.count) * unit_info(claim.unit).scale, claim.unit))
    elif isinstance(claim, DifferenceClaim):
        size = Fraction(claim.by) * claim.unit_info.scale
        out.append(("by", -size if size < 0 else size, claim.unit))  # "500 more", "up 3 points"
    elif isinstance(claim, MultipleClaim) and claim.change is not None:
        size = Fraction(claim.change)
        out.append(("change", -size if size < 0 else size, None))  # "rose 12 percent"
    elif isinstance(claim, MultipleClaim):
        out.append(("factor", claim.ratio, None))
    elif isinstance(claim, ShareClaim) and claim.fraction is not None:
        out.append(("fraction", Fraction(claim.fraction), None))
    elif isinstance(claim, PeriodClaim) and claim.length is not None:
        out.append(("length", Fraction(claim.length), claim.unit))
    return out


def figure_matches(figure: Fraction, found: QuoteNumber, field: str) -> bool:
    """Whether a figure of the quote is the claim's: its value, or for a malformed figure
    ("2,4000") any of the figures it probably meant (FC107 reports the typo)."""
    return any(same_figure(figure, v, field) for v in (found.value, *found.readings))


def same_figure(figure: Fraction, value: Fraction, field: str) -> bool:
    if value == figure:
        return True
    # "68%" and "68 percent" for 0.68 (or for 68 percent); "two-thirds" for 0.67 is not exact
    return field in ("fraction", "value in percent") and value * 100 == figure


def expected_range(entry: Entry) -> tuple[str, Fraction, Fraction, str | None] | None:
    """(field, low end, high end as the text would write them, unit) of a claim that states a
    range; None for other claims."""
    claim = entry.claim
    changes = claim.__dict__.get("change_range")
    if changes is not None:  # "fell 10-15%": the sizes of the changes, as written
        return "change", abs(Fraction(changes[0])), abs(Fraction(changes[1])), None
    pair = claim.__dict__.get("range")
    if pair is None:
        return None
    low, high = Fraction(pair[0]), Fraction(pair[1])
    if isinstance(claim, ValueClaim | DurationClaim):
        if unit_info(claim.unit).name == "percent":
            return "value in percent", low, high, None
        scale = unit_info(claim.unit).scale
        return "value", low * scale, high * scale, claim.unit
    return ("fraction" if isinstance(claim, ShareClaim) else "factor"), low, high, None


def range_matches(
    low: Fraction, high: Fraction, unit: str | None, written: QuoteRange, field: str
) -> bool:
    """Whether a range of the quote is the claim's: the same ends as written, or the same
    amounts in another unit of time or mass ("six months to two years" for 6 to 24 months)."""
    if same_figure(low, written.low, field) and same_figure(high, written.high, field):
        return True
    if unit is None or written.unit is None:
        return False
    info = unit_info(unit)
    if info.dimension != written.unit.dimension or info.dimension == "[countable]":
        return False
    size = info.factor / info.scale
    return (low * size, high * size) == (
        written.low * written.unit.factor,
        written.high * written.unit.factor,
    )


@functools.lru_cache(maxsize=65536)
def quote_ranges(quote: str) -> tuple[QuoteRange, ...]:
    """The ranges of a quote (read once per quote, as `quote_figures`)."""
    return tuple(ranges_in(quote, quote_figures(quote)))


#: The hedge words as word sequences, longest first ("just under" before "under").
HEDGE_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(w.split()), w) for w in HEDGE_SYNONYMS), key=lambda p: -len(p[0])
)


@functools.lru_cache(maxsize=65536)
def quote_figures(quote: str) -> tuple[QuoteNumber, ...]:
    """The figures of a quote (FC102 and FC104 both read them; the cache holds a large corpus's
    quotes, so each is read once)."""
    return tuple(numbers_in(quote))
