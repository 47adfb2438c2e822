"""FC402, date-mismatch: A relative date ("last month") or a date that another claim about the
event refutes.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    DateClaim,
    RelativeDateClaim,
    WeekdayClaim,
)
from factcheck.dates import relative_range
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    listing,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.report import Check


@rule("FC402", "date-mismatch", "contradiction", "“{quote}” does not match {other}", runs=False)
def date_mismatch(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A relative date ("last month") or a date that another claim about the event refutes.

    What it checks
    --------------
    A ``relative_date`` is resolved against the publication date ("last month" in an article of
    2023-05-02 is April 2023); a ``date`` is a day, month or year as written. Claims dating the
    same event (the same measure key, in any file) must overlap.

    Why it matters
    --------------
    Relative dates go stale when copy is reused, and they hide the actual date from the reader.

    Example
    -------
    "Last month, the Justice Department announced charges" (2023-05-02) with a reference
    dating the announcement 2023-04-14: holds. With 2023-03-14: FC402.
    """
    first = core[0]
    others = ", ".join(f"“{e.ref.quote}”" for e in core[1:]) or "the publication date"
    message = f"“{first.ref.quote}” does not match {others}"
    return message, "These claims cannot all be true:\n" + listing(core, ctx)


@confirms("FC402")
def confirm_relative_dates(
    ctx: Context, compiled: Compiled, flagged: frozenset[int]
) -> list[Check]:
    """FC402 checks that held: relative dates ("last month") against the other dates of their
    event, or "not checked" when there is none."""
    checks: list[Check] = []
    dated: dict[str, list[Entry]] = {}
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if isinstance(claim, DateClaim | RelativeDateClaim | WeekdayClaim) and claim.measure:
            dated.setdefault(claim.measure, []).append(entry)
    for measure, entries in sorted(dated.items()):
        relative = [
            e for e in entries if isinstance(e.claim, RelativeDateClaim) and e.published is not None
        ]
        if not relative:
            continue
        shown = []
        for e in relative:
            assert isinstance(e.claim, RelativeDateClaim) and e.published is not None
            rng = relative_range(e.claim.phrase, e.published)
            shown.append(f"“{e.ref.quote}” = {rng.describe()}")
        others = [e for e in entries if not isinstance(e.claim, RelativeDateClaim)]
        if others:
            against = ", ".join(f"“{e.ref.quote}”" for e in others)
            checks.append(check("FC402", entries, f"{measure}: {'; '.join(shown)} fits {against}"))
        else:
            message = f"{measure}: {'; '.join(shown)}; no other date for it"
            checks.append(check("FC402", entries, message, holds=False))
    return checks
