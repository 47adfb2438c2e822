"""FC202, ratio-refuted: A multiple ("more than double") or share ("two-thirds of") that the
figures refute.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from factcheck.claims import (
    MultipleClaim,
    ShareClaim,
)
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    known,
    listing,
    number,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.engine.rules.relation_figures import against_its_whole, shown_figure
from factcheck.numbers import Hedge
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


@rule(
    "FC202",
    "ratio-refuted",
    "contradiction",
    "“{quote}” does not hold: {measure} is {figure}, {of} is {of_figure}",
    runs=False,
)
def ratio_refuted(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A multiple ("more than double") or share ("two-thirds of") that the figures refute.

    What it checks
    --------------
    A ``multiple`` claim says measure = factor × other; a ``share`` claim says part = fraction ×
    whole (and the part is within the whole). The hedge applies to the factor: "more than
    double" is a > 2b. With the figures known for both measures, in any files, the relation
    must be satisfiable.

    Why it matters
    --------------
    Comparisons with earlier events are where articles go wrong most: the figure for the
    earlier event is rarely in the article, and a reference file brings it in.

    Example
    -------
    "281 arrests ... more than double that of the previous operation", with the reference
    file's 150 arrests for Dark HunTor: 281 is not more than 2 × 150 = 300, FC202.
    """
    entry = next(e for e in core if isinstance(e.claim, MultipleClaim | ShareClaim))
    claim = entry.claim
    assert isinstance(claim, MultipleClaim | ShareClaim)
    a = known(ctx, claim.measure, core)
    b = known(ctx, claim.of, core)
    factor = claim.figure  # None for a range
    message = (
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {shown_figure(a)}, "
        f"{claim.of} is {shown_figure(b)}"
    )
    ratios = [e.claim for e in core if isinstance(e.claim, MultipleClaim | ShareClaim)]
    pairs = {(r.measure, r.of) for r in ratios}
    if a is None and b is None and len(ratios) > 1 and len(pairs) == 1:
        # ratios of one pair of measures that disagree among themselves
        stated = ", ".join(r.said for r in ratios)
        message = (
            f"{len(ratios)} claims give {claim.measure} different ratios to {claim.of}"
            f" ({stated}); at most one can hold"
        )
    tail = ""
    if a is not None and b is not None and a.point is not None and b.point is not None:
        scale = unit_info(b.unit).factor / unit_info(a.unit).factor  # b's unit in a's units
        other = b.point * scale
        allowed = claim.interval(entry.tolerance(claim.hedge))
        if allowed.lo is not None and a.point <= allowed.lo * other:
            bound, side = allowed.lo, "at least" if not allowed.lo_open else "more than"
        else:
            assert allowed.hi is not None or factor is not None  # a range has both ends
            bound = allowed.hi if allowed.hi is not None else Fraction(factor or 0)
            side = "less than" if allowed.hi_open else "at most"
        written = claim.said if factor is None else number(factor)
        shown = written if bound == factor else f"{number(bound)} ({written} as written)"
        tail = (
            f"\nThe claim needs {claim.measure} {side} {shown} × {format_quantity(b.point, b.unit)}"
            f" = {format_quantity(bound * other, a.unit)}; it is {format_quantity(a.point, a.unit)}"
        )
        if other:
            ratio = a.point / other
            tail += f", {float(ratio):.3g} times the other."
            tail += _rounding_hint(claim, ratio)
    explanation = "These claims cannot all be true:\n" + listing(core, ctx) + tail
    return message, explanation


def _rounding_hint(claim: MultipleClaim | ShareClaim, ratio: Fraction) -> str:
    """How to say that the article rounds, for an exact whole or word factor ("three times",
    "two-thirds") that the figures miss by less than 10%; "" when that is not the case."""
    written = claim.factor if isinstance(claim, MultipleClaim) else claim.fraction
    if written is None or claim.hedge is not Hedge.EXACT or claim.precision is not None:
        return ""  # a change in percent, a hedged figure, or one whose precision is given
    exponent = written.as_tuple().exponent if isinstance(written, Decimal) else 0
    if isinstance(exponent, int) and exponent < 0:
        return ""  # a decimal ("2.5 times") is already read to its last digit
    figure = Fraction(written)
    if figure == 0 or abs(ratio / figure - 1) >= Fraction(1, 10):
        return ""
    ways = 'hedge = "about" (within 10%)'
    if abs(ratio - figure) < Fraction(1, 20):
        ways += " or precision = 0.1 (to the tenth)"
    return (
        f"\nA whole factor or a fraction without a hedge is exact. If the article rounds"
        f" ({float(ratio):.3g} written as {number(figure)}), say so in the claim: {ways}."
    )


@confirms("FC202")
def confirm_ratios(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC202 checks that held (multiples and shares), or that lack a figure."""
    return [
        against_its_whole("FC202", entry, entry.claim, ctx)
        for entry in unflagged(ctx, compiled, flagged)
        if isinstance(entry.claim, MultipleClaim | ShareClaim)
    ]
