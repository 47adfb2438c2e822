"""FC205, difference-refuted: A difference ("500 more arrests than last year", "up 3 points") that
the figures refute.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    DifferenceClaim,
)
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    known,
    listing,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.engine.rules.relation_figures import shown_figure
from factcheck.numbers import Interval
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


@rule(
    "FC205",
    "difference-refuted",
    "contradiction",
    "“{quote}” does not hold: {measure} is {figure}, {of} is {of_figure}",
    runs=False,
)
def difference_refuted(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A difference ("500 more arrests than last year", "up 3 points") that the figures refute.

    What it checks
    --------------
    A ``difference`` claim says measure - of = by, in the claim's unit (with its hedge and
    written precision: "more than 500 more" is a difference above 500; "fell by 3" is -3); the
    figures of both measures, in any units of the dimension, must allow it.

    Why it matters
    --------------
    Changes are where figures go wrong most: "up 3 points" from 60.1% to 62.1%, "$12 million more"
    computed from the wrong year. A difference states the arithmetic, so it can be redone.

    Example
    -------
    "Turnout was 63.1%, up 3 points on 2019, when it was 60.1%": holds. With 61.1% for 2019:
    FC205, the difference is 2 points.
    """
    entry = next(e for e in core if isinstance(e.claim, DifferenceClaim))
    claim = entry.claim
    assert isinstance(claim, DifferenceClaim)
    a, b = known(ctx, claim.measure, core), known(ctx, claim.of, core)
    message = (
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {shown_figure(a)}, "
        f"{claim.of} is {shown_figure(b)}"
    )
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    if a is not None and b is not None:
        # The difference the figures allow, in the claim's unit.
        fa = unit_info(a.unit).factor / claim.unit_info.factor
        fb = unit_info(b.unit).factor / claim.unit_info.factor
        ia, ib = a.interval, b.interval
        gap = Interval(
            None if ia.lo is None or ib.hi is None else ia.lo * fa - ib.hi * fb,
            None if ia.hi is None or ib.lo is None else ia.hi * fa - ib.lo * fb,
            ia.lo_open or ib.hi_open,
            ia.hi_open or ib.lo_open,
        )
        allowed = claim.interval(entry.tolerance(claim.hedge))
        explanation += (
            f"\nThe figures make the difference {format_quantity(gap, claim.unit)}; the claim"
            f" needs {format_quantity(allowed, claim.unit)}."
        )
    return message, explanation


@confirms("FC205")
def confirm_differences(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC205 checks that held, or that lack a figure."""
    checks = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if not isinstance(claim, DifferenceClaim):
            continue
        a, b = known(ctx, claim.measure), known(ctx, claim.of)
        involved = [entry, *(a.entries if a else ()), *(b.entries if b else ())]
        if a is None or b is None:
            without = claim.measure if a is None else claim.of
            message = f"“{entry.ref.quote}”: no figure for {without}"
            checks.append(check("FC205", involved, message, holds=False))
        else:
            message = f"“{entry.ref.quote}”: {a.describe()} against {b.describe()}"
            checks.append(check("FC205", involved, message))
    return checks
