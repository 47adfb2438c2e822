"""FC304, span-impossible: A span ("spanned three continents") that the named items and the count
rule out.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import (
    SpanClaim,
)
from factcheck.engine.constraints import (
    Compiled,
    SpanFacts,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    known,
    listing,
    unflagged,
)
from factcheck.engine.registry import confirms, rule
from factcheck.quantities import format_quantity
from factcheck.report import Check


def _span_reasoning(facts: SpanFacts, unnamed: int | None, complete: bool = False) -> str:
    groups = sorted(set(facts.groups.values()))
    if not facts.groups and not facts.enumerations:
        return f"it names {len(facts.told)}: {', '.join(facts.told)}"
    text = f"The {len(facts.groups)} placed items span {len(groups)}: {', '.join(groups) or 'none'}"
    if facts.unplaced:
        text += f" (not placed: {', '.join(facts.unplaced)})"
    if unnamed is not None:
        text += f"; {unnamed} more item(s) may add at most {unnamed} more."
    else:
        text += "."
    if facts.told:
        text += f" The text names {', '.join(facts.told)}"
        outside = sorted({name for name, group in facts.groups.items() if group not in facts.told})
        empty = [group for group in facts.told if group not in groups]
        if complete and outside:
            lying = ", ".join(f"{n} ({facts.groups[n]})" for n in outside)
            verb = "lies" if len(outside) == 1 else "lie"
            text += f" as all the continents spanned, but {lying} {verb} elsewhere"
        if empty:
            text += f"; no named item lies in {' or '.join(empty)}"
        text += "."
    return text


@rule(
    "FC304",
    "span-impossible",
    "contradiction",
    "“{quote}” is impossible with the items named: {reason}",
    runs=False,
)
def span_impossible(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A span ("spanned three continents") that the named items and the count rule out.

    What it checks
    --------------
    A ``span`` claim counts the continents the items of an enumerated set lie on. The countries
    named (``item_type = "country"``) place some continents for sure; each unnamed item may add
    at most one more. So the span lies between the continents of the named items and that plus
    the number of unnamed items (and at most seven).

    Why it matters
    --------------
    Geography is easy to get wrong and hard for a reader to check: seven European countries and
    Brazil cannot span four continents if only one country is left unnamed.

    Example
    -------
    Eight countries, seven named (six in Europe, Brazil in South America): "three continents"
    holds if the eighth lies elsewhere, e.g. in North America; "four continents": FC304.
    """
    entry = next(e for e in core if isinstance(e.claim, SpanClaim))
    claim = entry.claim
    assert isinstance(claim, SpanClaim)
    facts = compiled.spans.get(entry.index)
    count = known(ctx, claim.of, core)
    unnamed = None
    if count is not None and count.interval.hi is not None and facts is not None:
        unnamed = max(0, int(count.interval.hi) - len(facts.groups))
    reason = _span_reasoning(facts, unnamed, claim.complete) if facts else "the count rules it out"
    message = f"“{entry.ref.quote}” is impossible with the items named: {reason}"
    return message, "These claims cannot all be true:\n" + listing(core, ctx)


@confirms("FC304")
def confirm_spans(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC304 checks that held, or had no named items to place."""
    checks = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if not isinstance(claim, SpanClaim):
            continue
        facts = compiled.spans.get(entry.index)
        if facts is None or not facts.enumerations:
            message = f"“{entry.ref.quote}”: no named items to place"
            checks.append(check("FC304", [entry], message, holds=False))
            continue
        involved = [entry, *facts.enumerations]
        groups = sorted(set(facts.groups.values()))
        told = f" (the text names {', '.join(facts.told)})" if facts.told else ""
        checks.append(
            check(
                "FC304",
                involved,
                f"“{entry.ref.quote}”: named items span {', '.join(groups)}; "
                f"{format_quantity(Fraction(claim.count or 0), claim.unit)} possible{told}",
            )
        )
    return checks
