"""From a diagnosis to findings: one finding per claim at fault, in a fact-checker's words.

A `Suspicion` names the claims at fault and the claims that contradict them. Its finding is
classified into a rule by the kinds of claims of a minimal set it is part of (`classify`), and
explained by that rule, with the suspect first, every contradicting source listed once, and the
size of the discrepancy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from fractions import Fraction

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
from factcheck.engine.constraints import Compiled, canonical_item, item_type_of
from factcheck.engine.context import Context, Entry
from factcheck.engine.diagnosis import Suspicion
from factcheck.engine.explain import known, lead_order, listing, quoted
from factcheck.engine.registry import RULES
from factcheck.engine.rules.figures import figures_against
from factcheck.numbers import format_fraction
from factcheck.report import Finding

__all__ = ["classify", "suspicion_finding"]


def classify(
    core: Sequence[Entry], ctx: Context, compiled: Compiled, suspect: Entry | None = None
) -> str:
    """The rule a minimal set of claims falls under, from the kinds of claims it holds; when
    the claim at fault (``suspect``) states a relation (a difference, a multiple or share, a
    superlative, parts of a whole), that relation's rule (its kind's ``suspect_rule``), so that
    the rule of a finding follows the claim at fault and not which of its minimal sets was found
    first."""
    if suspect is not None and suspect.claim.suspect_rule is not None:
        return suspect.claim.suspect_rule
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


def _entries(ctx: Context, claims: Iterable[int]) -> list[Entry]:
    return sorted((ctx.entries[i] for i in claims), key=lambda e: e.index)


def _weight(x: Fraction) -> str:
    """``1``, ``0.667``, ``4.5``: a weight for people."""
    return format_fraction(x) if x.denominator in (1, 2, 4, 5, 10) else f"{float(x):.3g}"


def suspicion_finding(
    suspicion: Suspicion, ctx: Context, compiled: Compiled, weights: Mapping[int, Fraction]
) -> Finding:
    """The finding of one suspicion (a claim at fault, or a dispute)."""
    core = _entries(ctx, suspicion.core)
    suspects = sorted(_entries(ctx, suspicion.suspects), key=lead_order)
    evidence = sorted(_entries(ctx, suspicion.evidence), key=lead_order)
    code = classify(core, ctx, compiled, None if suspicion.sides else suspects[0])
    if suspicion.sides and len({(e.file.path, e.claim.id) for e in suspects}) == 1:
        # the sides are parts of one claim (a breakdown's items and its total): that claim is
        # at fault, whichever of its figures is wrong
        suspicion = replace(suspicion, sides=())
    value_rule = code in ("FC101", "FC501")
    if value_rule:
        sources = {e.source for e in (*suspects, *evidence)}
        code = "FC501" if len(sources) > 1 else "FC101"
    if suspicion.sides and value_rule:
        message, explanation = _dispute(suspicion, ctx, weights)
        members = [e for side in suspicion.sides for e in _entries(ctx, side)]
        shown = sorted(members, key=lead_order)[:6]
        explanation += (
            "\nAs the claims read (hedges and written precision taken into account):\n"
            + listing(shown, ctx)
        )
    elif suspicion.sides:
        explain = RULES[code].func
        assert explain is not None
        message, explanation = explain(core, ctx, compiled)
        explanation += "\n" + _dispute(suspicion, ctx, weights)[1]
    elif value_rule:
        message, explanation = figures_against(suspects, evidence, ctx)
    else:
        explain = RULES[code].func
        assert explain is not None
        message, explanation = explain(core, ctx, compiled)
        lead = ", ".join(f"{quoted(e)} ({e.ref.doc})" for e in suspects)
        explanation = f"At fault: {lead}.\n{explanation}"
        if len(suspicion.core) > 1 and quoted(suspects[0]) not in message:
            message = f"{quoted(suspects[0])} is at fault: {message}"
    for more in suspicion.also:
        others = _entries(ctx, more)
        other_code = classify(others, ctx, compiled)
        explain = RULES[other_code].func
        assert explain is not None
        new = [e for e in others if e.index not in suspicion.suspects | suspicion.core]
        names = ", ".join(f"{quoted(e)} ({e.ref.id})" for e in new[:3])
        if other_code == code:
            explanation += f"\nIt cannot hold with {names} either."
        else:
            other_message, _ = explain(others, ctx, compiled)
            explanation += f"\nIt cannot hold with {names} either ({other_code}: {other_message})."
    if suspicion.gap is not None and suspicion.gap.relative != 0:
        explanation += (
            f"\nThe nearest values the claims admit are {suspicion.gap.describe()} apart."
        )
    if not suspicion.sides:
        explanation += _cost_line(suspicion)
    related = [
        e
        for more in suspicion.also
        for e in sorted(_entries(ctx, more), key=lead_order)
        if e.index not in suspicion.suspects | suspicion.evidence
    ]
    claims = list({e.index: e for e in (*suspects, *evidence, *related)}.values())
    if suspicion.sides:
        claims = [
            e for side in suspicion.sides for e in sorted(_entries(ctx, side), key=lead_order)
        ]
        claims += [e for e in evidence if e.index not in suspicion.suspects]
    rule = RULES[code]
    return Finding(
        rule=code,
        name=rule.name,
        severity=rule.severity,
        claims=tuple(e.ref for e in claims),
        message=message,
        explanation=explanation,
        suspects=tuple(e.ref for e in suspects) if not suspicion.sides else tuple(
            e.ref for e in claims if e.index in suspicion.suspects
        ),
        status="disputed" if suspicion.sides else "suspect",
        sides=tuple(
            tuple(e.ref for e in sorted(_entries(ctx, side), key=lead_order))
            for side in suspicion.sides
        ),
        gap=suspicion.gap,
    )


def _cost_line(suspicion: Suspicion) -> str:
    if suspicion.core <= suspicion.suspects:
        return ""  # a claim that cannot hold on its own
    if suspicion.alternative is None:
        return "\nThe other claims cannot all hold with it, whichever else is doubted."
    return (
        f"\nDoubting it weighs {_weight(suspicion.cost)}; keeping it would mean doubting other"
        f" claims that weigh {_weight(suspicion.alternative)} or more in its place (weights:"
        " docs/engine.md)."
    )


def _dispute(
    suspicion: Suspicion, ctx: Context, weights: Mapping[int, Fraction]
) -> tuple[str, str]:
    """A dispute's message (for figures) and the lines that name its sides."""
    sides = [sorted(_entries(ctx, side), key=lead_order) for side in suspicion.sides]
    shown = []
    lines = []
    one_source = len({e.source for side in sides for e in side}) == 1
    for number, side in enumerate(sides, 1):
        figures = _summary(side)
        weight = sum((weights.get(e.index, Fraction(1)) for e in side), Fraction(0))
        docs = ", ".join(dict.fromkeys(e.ref.doc for e in side))
        shown.append(figures if one_source else f"{figures} ({docs})")
        lines.append(f"- side {number}: {figures} ({docs}), weight {_weight(weight)}")
    measure = _subject(sides[0])
    message = f"disputed: {' against '.join(shown[:3])}" + (f" for {measure}" if measure else "")
    if len(shown) > 3:
        message += f" and {len(shown) - 3} more"
    explanation = (
        "The sides weigh the same, so factcheck does not pick one: any of them may be the wrong"
        " one. Find what settles it, then correct or acknowledge the other side"
    )
    if any(len(side) > 1 for side in sides):
        explanation += ":\n" + "\n".join(lines)
    else:
        explanation += "."
    return message, explanation


def _subject(entries: Sequence[Entry]) -> str:
    measures = {m for e in entries for m in e.claim.measures()}
    return ", ".join(sorted(measures)) if len(measures) <= 2 else ""


def _summary(entries: Sequence[Entry]) -> str:
    from factcheck.engine.explain import figure_text

    figures = list(dict.fromkeys(figure_text(e) or quoted(e) for e in entries))
    return " / ".join(figures[:3]) + (f" and {len(figures) - 3} more" if len(figures) > 3 else "")

