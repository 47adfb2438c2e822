"""FC301, names-exceed-count: More items named than the stated count allows.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import (
    EnumerationClaim,
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
from factcheck.engine.rules.lists import item_names, named_count, same_items
from factcheck.quantities import format_quantity
from factcheck.report import Check


@rule(
    "FC301",
    "names-exceed-count",
    "contradiction",
    "{named} items are named but the count is {count}",
    runs=False,
)
def names_exceed_count(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """More items named than the stated count allows.

    What it checks
    --------------
    An ``enumeration`` claim names items of a set whose count is a measure; the names of every
    list of that set, together, are a lower bound on the count. Items are counted, not names:
    the same country named in two lists counts once, "UK" and "United Kingdom" too, while
    England, Scotland, Wales and Northern Ireland count as four countries.

    Why it matters
    --------------
    "Eight countries, including" followed by nine names is a slip in the article or the claim
    file; either way a reader cannot trust the list.

    Example
    -------
    ``count = 8`` with nine ``items``: FC301, the claim alone.
    """
    named = item_names(core, ctx)
    measure = next(e.claim.measure for e in core if isinstance(e.claim, EnumerationClaim))
    fig = known(
        ctx, measure, [e for e in core if not isinstance(e.claim, EnumerationClaim)] or core
    )
    count = fig.describe() if fig else "smaller"
    for entry in core:
        claim = entry.claim
        if isinstance(claim, EnumerationClaim) and claim.count is not None:
            count = format_quantity(Fraction(claim.count), claim.unit, hedge=claim.hedge)
            break
    message = f"{len(named)} items are named but the count of {measure} is {count}"
    explanation = (
        f"Named: {', '.join(named.values())}.\n{same_items(core, ctx)}"
        "These claims cannot all be true:\n" + listing(core, ctx)
    )
    return message, explanation


@confirms("FC301")
def confirm_counted_lists(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC301 checks that held: lists (not complete ones, FC302 checks those) that name no more
    items than their count."""
    return [
        check(
            "FC301",
            [entry],
            f"“{entry.ref.quote}”: {named_count(entry, ctx)} named, within the count",
        )
        for entry in unflagged(ctx, compiled, flagged)
        if isinstance(entry.claim, EnumerationClaim)
        and not entry.claim.complete
        and entry.claim.count is not None
    ]
