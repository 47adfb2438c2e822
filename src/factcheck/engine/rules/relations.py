"""FC2xx, relations between measures: parts, multiples and shares, superlatives."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from factcheck.claims import (
    DifferenceClaim,
    MultipleClaim,
    PartClaim,
    PartsClaim,
    ShareClaim,
    SuperlativeClaim,
)
from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import Known, check, known, listing, number
from factcheck.engine.registry import rule
from factcheck.numbers import Hedge, Interval
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


def _figure(ctx: Context, measure: str, core: Sequence[Entry]) -> str:
    fig = known(ctx, measure, core)
    return fig.describe() if fig else f"{measure} (no figure)"


def _core_claim(core: Sequence[Entry], kind: type) -> Entry:
    return next(e for e in core if isinstance(e.claim, kind))


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
    entry = _core_claim(core, PartClaim)
    claim = entry.claim
    assert isinstance(claim, PartClaim)
    part, whole = _figure(ctx, claim.measure, core), _figure(ctx, claim.of, core)
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
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {_shown(a)}, "
        f"{claim.of} is {_shown(b)}"
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


def _shown(fig: Known | None) -> str:
    return fig.describe() if fig else "unknown"


@rule(
    "FC203",
    "superlative-beaten",
    "contradiction",
    "“{quote}” does not hold: {member} ({member_figure}) is not below {figure}",
    runs=False,
)
def superlative_beaten(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A superlative ("the most ever", "the largest") that another member of the group beats.

    What it checks
    --------------
    A ``superlative`` claim says a measure is greater (``direction = "least"``: smaller) than
    every other member of a group: measure keys or patterns such as ``jcode.*.arrests``,
    matched against every measure any loaded file names. A tie breaks it unless
    ``strict = false``. It is confirmed only when every member has a figure; otherwise the
    report lists it as not checked, with the members that lack one ("since 2012" needs every
    year since 2012 in a reference file).

    Why it matters
    --------------
    Records are quoted from press releases and rarely checked; a reference file of earlier
    events makes them checkable.

    Example
    -------
    "The total number of arrests was the most ever for any JCODE operation": 281 against 8, 61,
    179 and 150 holds; with an operation of 300 arrests in the reference file, FC203.
    """
    entry = _core_claim(core, SuperlativeClaim)
    claim = entry.claim
    assert isinstance(claim, SuperlativeClaim)
    rivals = [
        m for m in ctx.superlative_members(claim) if any(m == e.claim.__dict__.get("measure", None)
                                                          for e in core)
    ]  # fmt: skip
    shown = ", ".join(f"{m} is {_figure(ctx, m, core)}" for m in rivals) or "another member"
    beaten = "beaten or tied" if claim.strict else "beaten"
    message = (
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {_figure(ctx, claim.measure, core)}"
        f" and is {beaten}: {shown}"
    )
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    return message, explanation


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
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {_shown(a)}, "
        f"{claim.of} is {_shown(b)}"
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


@rule(
    "FC204",
    "jointly-impossible",
    "contradiction",
    "{count} claims cannot all be true together",
    runs=False,
)
def jointly_impossible(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """Claims of several kinds (parts, multiples, superlatives, lists) that only fail together.

    What it checks
    --------------
    All numeric claims are solved together as one system of constraints. When the smallest set
    of claims that cannot hold mixes relations of different kinds, no single relation is to
    blame and the set is reported as a whole.

    Why it matters
    --------------
    Each pair of claims can look fine while three together are impossible: a part within a
    whole, the whole less than twice another figure, that figure smaller than the part.

    Example
    -------
    "A is more than double B", "B includes C", "C is at least 60 percent of A": no figures are
    needed for these three to be impossible together: FC204 lists the three.
    """
    message = f"{len(core)} claims cannot all be true together"
    explanation = (
        "No assignment of values satisfies all of these claims; drop or correct any one of them "
        "and the rest can hold:\n" + listing(core, ctx)
    )
    return message, explanation


def confirm_relations(
    ctx: Context, compiled: Compiled, flagged: dict[str, set[int]]
) -> list[Check]:
    """FC201-FC203 and FC205 checks that held, or that lack a figure."""
    checks = []
    for entry in ctx:
        claim = entry.claim
        if any(entry.index in v for v in flagged.values()) or entry.index in compiled.excluded:
            continue
        if isinstance(claim, DifferenceClaim):
            a, b = known(ctx, claim.measure), known(ctx, claim.of)
            involved = [entry, *(a.entries if a else ()), *(b.entries if b else ())]
            if a is None or b is None:
                without = claim.measure if a is None else claim.of
                message = f"“{entry.ref.quote}”: no figure for {without}"
                checks.append(check("FC205", involved, message, holds=False))
            else:
                message = f"“{entry.ref.quote}”: {a.describe()} against {b.describe()}"
                checks.append(check("FC205", involved, message))
            continue
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
            continue
        if isinstance(claim, PartClaim | MultipleClaim | ShareClaim):
            a, b = known(ctx, claim.measure), known(ctx, claim.of)
            code = "FC201" if isinstance(claim, PartClaim) else "FC202"
            involved = [entry, *(a.entries if a else ()), *(b.entries if b else ())]
            if a is None or b is None:
                missing = claim.measure if a is None else claim.of
                checks.append(
                    check(
                        code, involved, f"“{entry.ref.quote}”: no figure for {missing}", holds=False
                    )
                )
                continue
            checks.append(
                check(code, involved, f"“{entry.ref.quote}”: {a.describe()} against {b.describe()}")
            )
        elif isinstance(claim, SuperlativeClaim):
            own = known(ctx, claim.measure)
            figures = [(m, known(ctx, m)) for m in ctx.superlative_members(claim)]
            given = [(m, f) for m, f in figures if f is not None]
            involved = [entry, *(own.entries if own else ())]
            for _, fig in given:
                involved.extend(fig.entries)
            if own is None or not given:
                checks.append(
                    check(
                        "FC203",
                        involved,
                        f"“{entry.ref.quote}”: no figures for the group {claim.among}",
                        holds=False,
                    )
                )
                continue
            others = ", ".join(f"{fig.describe()} ({m})" for m, fig in given)
            message = f"“{entry.ref.quote}”: {own.describe()} against {others}"
            lacking = [m for m, fig in figures if fig is None]
            if lacking:  # held against the figures there are, but not against the whole group
                shown = ", ".join(lacking[:5]) + (
                    f" and {len(lacking) - 5} more" if len(lacking) > 5 else ""
                )
                message += f"; no figure for {len(lacking)} of {len(figures)} members: {shown}"
            checks.append(check("FC203", involved, message, holds=not lacking))
    return checks
