"""FC302, complete-list-short: A list said to be complete that names fewer items than the count.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    EnumerationClaim,
)
from factcheck.engine.constraints import (
    Compiled,
    distinct_items,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    known,
    listing,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.engine.rules.lists import enumerations_of, item_names, named_count, same_items
from factcheck.quantities import format_quantity
from factcheck.report import Check


@rule(
    "FC302",
    "complete-list-short",
    "contradiction",
    "the complete list names {named} but the count is {count}; or: but {extra} is named too",
    runs=False,
)
def complete_list_short(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A list said to be complete that names fewer items than the count.

    What it checks
    --------------
    An ``enumeration`` with ``complete = true`` ("the eight countries: A, B, ...", "one of two
    cartels ... the other one is ...") names every item: its count must equal the number of
    names, in that claim and in every other claim about the same count; and no other list of
    the same set may name an item it leaves out.

    Why it matters
    --------------
    A complete list with a missing name misleads more than a partial one: the reader believes
    the list is whole.

    Example
    -------
    "two major Mexican cartels" with one name and ``complete = true``: FC302. "The countries
    taking part were France, Germany and Spain" (complete, no count) and, further down, "police
    in Italy also took part" (a list of the same set): FC302 names Italy, the item the complete
    list leaves out.
    """
    whole = next(
        e for e in core if isinstance(e.claim, EnumerationClaim) and e.claim.complete
    ).claim
    assert isinstance(whole, EnumerationClaim)
    measure = whole.measure
    _, kind = enumerations_of(core, ctx)
    listed = distinct_items(whole.items, kind)
    extra = [name for key, name in item_names(core, ctx).items() if key not in listed]
    names = format_quantity(len(listed), whole.unit)
    if extra:
        shown = ", ".join(extra[:5]) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        verb = "is" if len(extra) == 1 else "are"
        message = f"the complete list of {measure} names {names}, but {shown} {verb} named too"
    else:
        others = [
            e for e in core if not (isinstance(e.claim, EnumerationClaim) and e.claim.complete)
        ]
        fig = known(ctx, measure, others or core)
        count = fig.describe() if fig else "larger"
        message = f"the complete list names {names} but the count of {measure} is {count}"
    explanation = same_items(core, ctx) + "These claims cannot all be true:\n" + listing(core, ctx)
    return message, explanation


@confirms("FC302")
def confirm_complete_lists(
    ctx: Context, compiled: Compiled, flagged: frozenset[int]
) -> list[Check]:
    """FC302 checks that held: complete lists that name as many items as their count."""
    return [
        check(
            "FC302",
            [entry],
            f"“{entry.ref.quote}”: {named_count(entry, ctx)} named, the complete list",
        )
        for entry in unflagged(ctx, compiled, flagged)
        if isinstance(entry.claim, EnumerationClaim) and entry.claim.complete
    ]
