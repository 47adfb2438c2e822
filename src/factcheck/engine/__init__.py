"""The consistency engine: ``check(loaded)`` finds every set of claims that cannot all be true.

1. `Context` orders the claims canonically and indexes them by measure.
2. `compile_claims` types the measures (FC103 on conflicts) and turns claims into constraints.
3. `find_cores` solves them jointly and returns minimal sets of claims that cannot all hold;
   each is classified into a rule by the kinds of claims it holds, and explained.
4. Rules that run on their own (quotes, partial lists...) add their findings.
5. Acknowledgements in claim files mark findings; one that matches nothing is FC901.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from factcheck.claims import (
    DateClaim,
    DifferenceClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PartClaim,
    PartsClaim,
    PeriodClaim,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    WeekdayClaim,
)
from factcheck.engine import rules as _rules
from factcheck.engine.constraints import (
    Compiled,
    canonical_item,
    compile_claims,
    item_type_of,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import finding, known
from factcheck.engine.registry import RULES, Rule
from factcheck.engine.solver import find_cores
from factcheck.loader import Loaded, table_line
from factcheck.report import Check, Finding, Report

__all__ = ["RULES", "Rule", "check", "classify"]

_CONFIRMERS = (
    _rules.values.confirm_values,
    _rules.relations.confirm_relations,
    _rules.enumerations.confirm_enumerations,
    _rules.dates.confirm_dates,
    _rules.currency.confirm_conversions,
)


def classify(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> str:
    """The rule a minimal set of claims falls under, from the kinds of claims it holds."""
    kinds = {type(e.claim) for e in core}
    own = sorted({k.core_rule for k in kinds if k.core_rule is not None})
    if own:
        return own[0]  # a kind whose contradictions are its own rule's
    if SpanClaim in kinds:
        return "FC304"
    if WeekdayClaim in kinds:
        return "FC401"
    if PeriodClaim in kinds or any(
        isinstance(e.claim, DurationClaim) and (e.claim.since or e.claim.until) for e in core
    ):
        return "FC403"
    if DateClaim in kinds or RelativeDateClaim in kinds:
        return "FC402"
    if PartsClaim in kinds:
        return "FC201"  # parts over their whole, whatever gave the parts their figures
    families = set()
    if PartClaim in kinds:
        families.add("FC201")
    if MultipleClaim in kinds or ShareClaim in kinds:
        families.add("FC202")
    if DifferenceClaim in kinds:
        families.add("FC205")
    if SuperlativeClaim in kinds:
        families.add("FC203")
    lists = [e for e in core if isinstance(e.claim, EnumerationClaim) and e.claim.items]
    if lists:
        families.add("FC3xx")
    if len(families) > 1:
        return "FC204"
    if families == {"FC3xx"}:
        kind = item_type_of(lists)
        names = {
            canonical_item(item, kind)
            for e in lists
            if isinstance(e.claim, EnumerationClaim)
            for item in e.claim.items
        }
        measure = lists[0].claim.measure  # type: ignore[attr-defined]
        count = known(ctx, measure, core, compiled)
        if count is not None and count.interval.hi is not None and count.interval.hi < len(names):
            return "FC301"
        if any(isinstance(e.claim, EnumerationClaim) and e.claim.complete for e in lists):
            return "FC302"
        families.clear()
    if families:
        return families.pop()
    return "FC501" if len({e.source for e in core}) > 1 else "FC101"


def _keep_order(ctx: Context) -> Any:
    def order(index: int) -> tuple[int, int]:
        return (ctx.entries[index].vagueness, index)

    return order


def check(loaded: Loaded) -> Report:
    """Check loaded claim files together and report every finding, and every check that held.

    >>> import factcheck
    >>> report = factcheck.check(factcheck.load("claims/"))  # doctest: +SKIP
    >>> report.exit_code  # doctest: +SKIP
    0
    """
    ctx = Context.build(loaded)
    compiled = compile_claims(ctx)
    findings: list[Finding] = []
    flagged: dict[str, set[int]] = {}
    codes: dict[frozenset[int], str] = {}
    primary: dict[frozenset[int], int] = {}  # a contradiction's claims -> its finding
    for core in find_cores(compiled, _keep_order(ctx)):
        entries = sorted((ctx.entries[i] for i in core.claims), key=lambda e: e.index)
        code = codes[core.claims] = classify(entries, ctx, compiled)
        flagged.setdefault(code, set()).update(core.claims)  # never "confirmed"
        first = primary.get(core.shadow_of) if core.shadow_of is not None else None
        if core.shadow_of is not None and first is not None:
            common = sorted(core.claims & core.shadow_of)
            shared = " and ".join(f"“{ctx.entries[i].ref.quote}”" for i in common)
            verb = "is" if len(common) == 1 else "are"
            others = [e for e in entries if e.index not in core.shadow_of]
            measures = {m for i in core.shadow_of for m in ctx.entries[i].claim.measures()}
            restated = all(set(e.claim.measures()) <= measures for e in others)
            if codes[core.shadow_of] == code and restated:
                # The set-aside claim against other figures of the same measures ("nearly 300"
                # beside 281): one finding, which names them (one wrong figure, one finding).
                # Another relation of the same kind is a finding of its own.
                named = ", ".join(f"“{e.ref.quote}” ({e.ref.id})" for e in others)
                line = f"\n{shared} also cannot hold with {named}."
                findings[first] = replace(
                    findings[first], explanation=findings[first].explanation + line
                )
                continue
        explain = RULES[code].func
        assert explain is not None
        message, explanation = explain(entries, ctx, compiled)
        if core.shadow_of is not None and first is not None:
            # A contradiction of another kind that setting the shared claim aside had hidden:
            # its own finding, and each says that the other shares the claim.
            before = findings[first]
            explanation += (
                f"\n{shared} {verb} also part of the {before.rule} {before.name} finding"
                f" ({before.message}). If {shared} {verb} wrong, both findings go; if not, each"
                " holds another wrong claim."
            )
            line = (
                f"\n{shared} {verb} also part of an {code} {RULES[code].name} finding ({message})."
            )
            findings[first] = replace(before, explanation=before.explanation + line)
        else:
            primary[core.claims] = len(findings)
        findings.append(finding(code, entries, message, explanation))
    by_ref = {e.ref: e.index for e in ctx}
    for rule in RULES.values():
        if rule.runs and rule.func is not None:
            for found in rule.func(ctx, compiled):
                findings.append(found)
                if found.severity == "contradiction":
                    involved = {by_ref[ref] for ref in found.claims if ref in by_ref}
                    flagged.setdefault(found.rule, set()).update(involved)
    checks: list[Check] = []
    for confirm in _CONFIRMERS:
        checks.extend(confirm(ctx, compiled, flagged))
    findings = _acknowledge(findings, ctx)
    findings.sort(key=lambda f: (f.rule, f.key))
    checks.sort(key=lambda c: (c.rule, c.key))
    return Report(
        files=tuple(f.path for f in loaded.files),
        claim_count=loaded.claim_count,
        findings=tuple(findings),
        checks=tuple(checks),
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
