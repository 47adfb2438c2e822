"""FC303, partial-list: A partial list ("eight countries, including ...") that leaves items
unnamed.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from fractions import Fraction

from factcheck.claims import (
    EnumerationClaim,
    SpanClaim,
)
from factcheck.engine.constraints import (
    Compiled,
    SpanFacts,
)
from factcheck.engine.context import Context, Entry, count_interval
from factcheck.engine.explain import (
    finding,
    number,
)
from factcheck.engine.registry import rule
from factcheck.engine.rules.lists import item_names
from factcheck.numbers import Hedge
from factcheck.report import Finding


def _candidates(entry: Entry, facts: SpanFacts | None, named: dict[str, str]) -> str:
    text = entry.file.text
    if not text:
        return ""
    from factcheck.geography import countries_mentioned

    named_codes = set(named)
    found = [(c, n) for c, n in countries_mentioned(text) if c.code not in named_codes]
    if not found:
        return ""
    shown = ", ".join(f"{c.name} ({c.continent}, {n} mention{'s' * (n > 1)})" for c, n in found)
    return f"The article also mentions {shown}."


@rule("FC303", "partial-list", "warning", "{named} of {count} {unit} are named; {unnamed} unnamed")
def partial_list(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A partial list ("eight countries, including ...") that leaves items unnamed.

    What it checks
    --------------
    An ``enumeration`` with ``complete = false`` and a stated count that exceeds the items
    named (by all lists of the same set). The warning says how many are unnamed, what a
    ``span`` claim on the set then requires of them, and, for countries, which other countries
    the article mentions: the likeliest candidates.

    Why it matters
    --------------
    Readers take "eight countries, including" followed by seven names as the whole list less a
    slip; a fact-checker should know which item is missing before the article runs.

    Example
    -------
    "eight countries, including Austria, France, Germany, Netherlands, Poland, Brazil and the
    United Kingdom": FC303, 7 of 8 named, 1 unnamed; the article also mentions the United
    States, which led the operation.
    """
    findings = []
    for entry in ctx:
        claim = entry.claim
        if not isinstance(claim, EnumerationClaim) or claim.complete or claim.count is None:
            continue
        if entry.index in compiled.excluded:
            continue
        others = [e for e in ctx.by_measure[claim.measure] if isinstance(e.claim, EnumerationClaim)]
        named = item_names(others, ctx)
        counted = claim.interval(entry.tolerance(claim.hedge))
        assert counted is not None
        interval = count_interval(counted, claim.hedge, claim.unit)  # "nearly 5" admits 4
        if interval.lo is None:
            continue
        least = int(interval.lo) + (1 if interval.lo_open and interval.lo.denominator == 1 else 0)
        if interval.lo.denominator != 1:
            least = int(interval.lo) + 1
        unnamed = least - len(named)
        if unnamed <= 0:
            continue
        count = f"{'' if claim.hedge is Hedge.EXACT else claim.hedge.value + ' '}"
        count += number(Fraction(claim.count))
        at_least = "at least " if least != claim.count else ""
        message = f"{len(named)} of {count} {claim.unit} are named; {at_least}{unnamed} unnamed"
        lines: list[str] = []
        for span_entry in ctx.by_measure[claim.measure]:
            span = span_entry.claim
            if isinstance(span, SpanClaim) and span.of == claim.measure:
                facts = compiled.spans.get(span_entry.index)
                if facts is None or span.count is None:
                    continue
                groups = sorted(set(facts.groups.values()))
                need = int(span.count) - len(groups)
                if need > 0:
                    rest = "unnamed or unplaced items" if facts.unplaced else "unnamed items"
                    lines.append(
                        f"“{span_entry.ref.quote}” ({span_entry.ref.id}): the named items span "
                        f"{len(groups)} ({', '.join(groups)}), so {need} of the {rest} must"
                        f" lie outside {' and '.join(groups)}."
                    )
                else:
                    lines.append(
                        f"“{span_entry.ref.quote}” ({span_entry.ref.id}): the named items already "
                        f"span {len(groups)} ({', '.join(groups)})."
                    )
        if claim.item_type == "country":
            candidates = _candidates(entry, None, named)
            if candidates:
                lines.append(candidates)
        findings.append(finding("FC303", [entry], message, "\n".join(lines)))
    return findings
