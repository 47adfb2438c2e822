"""FC201, part-exceeds-whole: A part that the figures make larger than the whole it belongs to.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import (
    PartClaim,
    PartsClaim,
    ShareClaim,
)
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    known,
    listing,
    number,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.engine.rules.relation_figures import against_its_whole, core_claim, figure_of
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


@rule(
    "FC201",
    "part-exceeds-whole",
    "contradiction",
    "the part {part} ({part_figure}) is larger than its whole {whole} ({whole_figure})",
    runs=False,
)
def part_exceeds_whole(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A part that the figures make larger than the whole it belongs to.

    What it checks
    --------------
    A ``part`` claim says one measure is within another (``64 kilograms of fentanyl`` within
    ``850 kilograms of drugs``); with the figures given for both, in any units of the same
    dimension, the part must not exceed the whole. A ``parts`` claim says several measures that
    do not overlap are together within their whole (vote shares, seats, the regions of a
    total): their sum must not exceed it, or must equal it when the parts are ``complete``.

    Why it matters
    --------------
    "850 kilograms of drugs, including 2,000 pounds of fentanyl" cannot be true: 2,000 lb is
    907 kg. Mixed units hide such slips from a reader.

    Example
    -------
    64 kg within 850 kg: holds. 64 kg within 850 lb (385.6 kg): holds. 2,000 lb within 850 kg:
    FC201 names the part claim and both figures. Vote shares of 41.2%, 33.5%, 14.8% and 12.9%
    as the parts of one vote: FC201, they add up to 102.4%.
    """
    if any(isinstance(e.claim, PartsClaim) for e in core):
        return _parts_exceed_whole(core, ctx)
    entry = core_claim(core, PartClaim)
    claim = entry.claim
    assert isinstance(claim, PartClaim)
    part, whole = figure_of(ctx, claim.measure, core), figure_of(ctx, claim.of, core)
    message = f"the part {claim.measure} ({part}) is larger than its whole {claim.of} ({whole})"
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    return message, explanation


def _parts_exceed_whole(core: Sequence[Entry], ctx: Context) -> tuple[str, str]:
    entry = next(e for e in core if isinstance(e.claim, PartsClaim))
    claim = entry.claim
    assert isinstance(claim, PartsClaim)
    more = "do not add up to" if claim.complete else "add up to more than"
    message = f"the {len(claim.parts)} parts of {claim.of} {more} their whole"
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    shares = {
        e.claim.measure: Fraction(e.claim.fraction)
        for e in core
        if isinstance(e.claim, ShareClaim) and e.claim.of == claim.of and e.claim.fraction
    }
    if set(claim.parts) <= set(shares):
        total = sum(shares.values(), Fraction(0))
        explanation += f"\nThe shares as written add up to {number(total * 100)}% of {claim.of}."
    figures = [known(ctx, part, core) for part in claim.parts]
    whole = known(ctx, claim.of, core)
    points = [f for f in figures if f is not None and f.point is not None]
    if len(points) == len(figures) and figures:
        unit = whole.unit if whole is not None else points[0].unit
        base = unit_info(unit).factor
        # each part in the whole's unit (counts of any noun add up; kg and lb convert)
        terms = [f.point * unit_info(f.unit).factor / base for f in points if f.point is not None]
        shown = " + ".join(number(t) for t in terms[:8]) + (" + ..." if len(terms) > 8 else "")
        total = sum(terms, Fraction(0))
        explanation += f"\nThe parts add up to {shown} = {format_quantity(total, unit)}"
        explanation += f"; the whole is {whole.describe()}." if whole else "."
    return message, explanation


@confirms("FC201")
def confirm_parts(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC201 checks that held (a part within its whole, parts that add up), or that lack a
    figure."""
    checks = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if isinstance(claim, PartsClaim):
            figures = [(m, known(ctx, m)) for m in (*claim.parts, claim.of)]
            involved = [entry, *(e for _, f in figures if f for e in f.entries)]
            lacking = [m for m, f in figures if f is None]
            shown = ", ".join(f"{f.describe()} ({m})" for m, f in figures if f is not None)
            message = f"“{entry.ref.quote}”: {shown or 'no figures'}"
            if lacking:
                message += f"; no figure for {', '.join(lacking)}"
            dimensions = {unit_info(f.unit).dimension for _, f in figures if f is not None}
            if len(dimensions) > 1:  # FC103 says which: the sum cannot be taken
                message += "; the figures are in units that cannot be added"
            checks.append(
                check("FC201", involved, message, holds=not lacking and len(dimensions) <= 1)
            )
        elif isinstance(claim, PartClaim):
            checks.append(against_its_whole("FC201", entry, claim, ctx))
    return checks
