"""What the list rules (FC301-FC303) share: the lists among a minimal set's claims, their distinct
named items, and how lists that name the same items are said."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    EnumerationClaim,
)
from factcheck.engine.constraints import (
    canonical_item,
    distinct_items,
    item_type_of,
)
from factcheck.engine.context import Context, Entry


def enumerations_of(
    core: Sequence[Entry], ctx: Context
) -> tuple[list[EnumerationClaim], str | None]:
    """The lists among ``core``'s claims, and the item type of their sets."""
    lists = [e.claim for e in core if isinstance(e.claim, EnumerationClaim)]
    sets = [e for claim in lists for e in ctx.by_measure[claim.measure]]
    return lists, item_type_of([e for e in core if e.claim in lists] + sets)


def item_names(core: Sequence[Entry], ctx: Context) -> dict[str, str]:
    lists, kind = enumerations_of(core, ctx)
    return distinct_items([item for claim in lists for item in claim.items], kind)


def named_count(entry: Entry, ctx: Context) -> int:
    return len(item_names([entry], ctx))


def same_items(core: Sequence[Entry], ctx: Context) -> str:
    """A sentence naming the items that a list gives twice under two names, or ""."""
    lists, kind = enumerations_of(core, ctx)
    doubles: list[str] = []
    for claim in lists:
        names: dict[str, list[str]] = {}
        for item in claim.items:
            names.setdefault(canonical_item(item, kind), []).append(item)
        doubles.extend(
            " and ".join(f"“{n}”" for n in group) for group in names.values() if len(group) > 1
        )
    if not doubles:
        return ""
    return f"{'; '.join(doubles)} name the same {kind or 'item'}, counted once.\n"
