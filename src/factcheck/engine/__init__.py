"""The consistency engine: ``check(loaded)`` finds every set of claims that cannot all be true.

1. `Context` orders the claims canonically and indexes them by measure.
2. `compile_claims` types the measures (FC103 on conflicts) and turns claims into constraints.
3. `diagnose` solves them jointly and finds, for every group that cannot all hold, the cheapest
   set of claims to doubt (the suspects) and the ties between equally weighted sides (disputes);
   each suspect is one finding, classified into a rule by the kinds of claims of a minimal set
   it is part of, and explained (`findings`).
4. Rules that run on their own (quotes, partial lists...) add their findings.
5. Acknowledgements in claim files mark findings; one that matches nothing is FC901.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from fractions import Fraction
from typing import Any

import factcheck.engine.rules  # noqa: F401  (registers every rule)
from factcheck.engine.constraints import Compiled, compile_claims
from factcheck.engine.context import Context
from factcheck.engine.coverage import checked_coverage
from factcheck.engine.diagnosis import constraint_body, diagnose
from factcheck.engine.explain import finding
from factcheck.engine.findings import classify, suspicion_finding
from factcheck.engine.registry import CONFIRMERS, RULES, Rule
from factcheck.engine.rules.fc102_quote_mismatch import uncompared_nouns
from factcheck.loader import Loaded, table_line
from factcheck.numbers import Hedge
from factcheck.report import Check, Finding, Report, finding_order

__all__ = ["RULES", "Rule", "check", "classify"]


def _keep_order(ctx: Context) -> Any:
    def order(index: int) -> tuple[int, int]:
        return (ctx.entries[index].vagueness, index)

    return order


def claim_weights(ctx: Context, compiled: Compiled) -> dict[int, Fraction]:
    """Each claim's weight in the diagnosis: its file's source weight (a reference outweighs an
    article), times the file's hedged factor for a hedged claim, shared among the claims of one
    source that assert the same (a figure an article restates counts once)."""
    raw: dict[int, Fraction] = {}
    alike: dict[tuple[str, frozenset[Any]], list[int]] = defaultdict(list)
    for entry in ctx:
        model = entry.file.model
        weight = model.source_weight
        if entry.claim.__dict__.get("hedge", Hedge.EXACT) is not Hedge.EXACT:
            weight *= model.hedged_factor
        raw[entry.index] = weight
        body = frozenset(
            constraint_body(c)
            for c in compiled.by_entry.get(entry.index, ())
            if c.sources == {entry.index}
        )
        if body:
            alike[(entry.source, body)].append(entry.index)
    for members in alike.values():
        for i in members:
            raw[i] /= len(members)
    return raw


def check(
    loaded: Loaded, *, min_gap: Fraction | None = None, min_coverage: float | None = None
) -> Report:
    """Check loaded claim files together and report every finding, and every check that held.

    ``min_gap`` (a fraction: 0.01 for 1%) marks contradictions whose discrepancy is smaller as
    *minor*: listed apart, and they do not fail the run. ``min_coverage`` (percent) fails the
    run (`Report.exit_code` 1) when an article's statements are quoted less (FC902).

    Example:
        >>> import factcheck
        >>> report = factcheck.check(factcheck.load("claims/"))  # doctest: +SKIP
        >>> report.exit_code  # doctest: +SKIP
        0
    """
    ctx = Context.build(loaded)
    compiled = compile_claims(ctx)
    findings: list[Finding] = []
    doubted: set[int] = set()
    weights = claim_weights(ctx, compiled)
    for suspicion in diagnose(compiled, weights, _keep_order(ctx)):
        findings.append(suspicion_finding(suspicion, ctx, compiled, weights))
        doubted.update(suspicion.suspects)
    ctx.doubted = frozenset(doubted)
    ctx.known_cache.clear()
    by_ref = {e.ref: e.index for e in ctx}
    flagged = set(doubted)  # never listed as confirmed
    for rule in RULES.values():
        if rule.runs and rule.func is not None:
            for found in rule.func(ctx, compiled):
                findings.append(found)
                if found.severity == "contradiction":
                    flagged.update(by_ref[ref] for ref in found.claims if ref in by_ref)
    checks: list[Check] = []
    for _code, confirm in CONFIRMERS:
        checks.extend(confirm(ctx, compiled, frozenset(flagged)))
    findings = _acknowledge(findings, ctx)
    if min_gap is not None:
        findings = [
            replace(f, minor=True)
            if f.severity == "contradiction"
            and f.gap is not None
            and f.gap.relative is not None
            and f.gap.relative < min_gap
            else f
            for f in findings
        ]
    findings.sort(key=finding_order)
    checks.sort(key=lambda c: (c.rule, c.key))
    return Report(
        files=tuple(f.path for f in loaded.files),
        claim_count=loaded.claim_count,
        findings=tuple(findings),
        checks=tuple(checks),
        coverage=tuple(a.coverage for a in checked_coverage(ctx)),
        min_coverage=min_coverage,
        notes=tuple(uncompared_nouns(ctx)),
    )


def _acknowledge(findings: list[Finding], ctx: Context) -> list[Finding]:
    by_id = {e.ref.qualified_id: e for e in ctx}
    result = list(findings)
    files = sorted(ctx.loaded.files, key=lambda f: (f.doc_id, f.path))
    for loaded_file in files:
        for number, ack in enumerate(loaded_file.model.acknowledge):
            refs = {r if ":" in r else f"{loaded_file.doc_id}:{r}" for r in ack.claims}
            matched = False
            for i, found in enumerate(result):
                ids = {c.qualified_id for c in found.claims}
                if found.rule == ack.rule and refs <= ids:
                    result[i] = replace(found, acknowledged=True, note=ack.note)
                    matched = True
            if not matched:
                entries = [by_id[r] for r in sorted(refs) if r in by_id]
                shown = ", ".join(sorted(ack.claims))
                message = (
                    f"{loaded_file.path} acknowledges {ack.rule} on {shown}, which no longer occurs"
                )
                line = table_line(loaded_file.source, "acknowledge", number)
                where = f"{loaded_file.path}:{line}" if line else loaded_file.path
                explanation = (
                    f"The acknowledgement's note: {ack.note}\nRemove the [[acknowledge]] entry"
                    f" ({where}), or update its rule and claims to the finding it means."
                )
                result.append(finding("FC901", entries, message, explanation))
    return result
