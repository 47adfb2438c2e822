"""FC203, superlative-beaten: A superlative ("the most ever", "the largest") that another member of
the group beats.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    SuperlativeClaim,
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
from factcheck.engine.rules.relation_figures import core_claim, figure_of
from factcheck.report import Check


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
    entry = core_claim(core, SuperlativeClaim)
    claim = entry.claim
    assert isinstance(claim, SuperlativeClaim)
    rivals = [
        m for m in ctx.superlative_members(claim) if any(m == e.claim.__dict__.get("measure", None)
                                                          for e in core)
    ]  # fmt: skip
    shown = ", ".join(f"{m} is {figure_of(ctx, m, core)}" for m in rivals) or "another member"
    beaten = "beaten or tied" if claim.strict else "beaten"
    own = figure_of(ctx, claim.measure, core)
    message = (
        f"“{entry.ref.quote}” does not hold: {claim.measure} is {own} and is {beaten}: {shown}"
    )
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    return message, explanation


@confirms("FC203")
def confirm_superlatives(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC203 checks that held, or had no figures for the group."""
    checks = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if not isinstance(claim, SuperlativeClaim):
            continue
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
