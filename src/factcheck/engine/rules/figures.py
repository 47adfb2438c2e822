"""What FC101 and FC501 share: how a measure's figures are described, the explanation of a claim
held at fault against the figures of other sources (`figures_against`, used by the findings),
and the confirmed checks of figures that agree (FC101 within one source, FC501 across sources)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import (
    DurationClaim,
    EnumerationClaim,
    SpanClaim,
    ValueClaim,
)
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry, value_interval
from factcheck.engine.explain import (
    check,
    figure_text,
    known,
    listing,
    quoted,
)
from factcheck.engine.registry import confirms
from factcheck.quantities import format_quantity
from factcheck.report import Check
from factcheck.units import unit_info


def _measures_of(core: Sequence[Entry]) -> list[str]:
    seen: list[str] = []
    for entry in core:
        key = entry.claim.__dict__.get("measure", None)
        if isinstance(key, str) and key not in seen:
            seen.append(key)
    return seen


def value_message(core: Sequence[Entry], ctx: Context) -> tuple[str, str]:
    measures = _measures_of(core)
    figures = []
    for entry in core:
        claim = entry.claim
        if isinstance(claim, ValueClaim | DurationClaim):
            figures.append(claim.stated)
        elif isinstance(claim, EnumerationClaim | SpanClaim) and claim.count is not None:
            figures.append(format_quantity(Fraction(claim.count), claim.unit, hedge=claim.hedge))
    subject = measures[0] if len(measures) == 1 else ", ".join(measures)
    message = f"the figures for {subject} disagree: " + " vs ".join(figures)
    explanation = (
        "These claims cannot all be true; no single value fits them all (hedges and written "
        "precision taken into account):\n" + listing(core, ctx)
    )
    return message, explanation


def few_names(docs: Sequence[str], most: int = 4) -> str:
    """``ap, reuters, bbc and 2 more``: a few names, and how many more."""
    shown = ", ".join(docs[:most])
    return shown + (f" and {len(docs) - most} more" if len(docs) > most else "")


def _sources(entries: Sequence[Entry]) -> list[str]:
    """The sources of some claims, once each (the file's article or reference id)."""
    return list(dict.fromkeys(e.ref.doc for e in entries))


def _reading(entry: Entry) -> object:
    """What a figure claim admits, in base units (claims that admit the same are one figure)."""
    found = value_interval(entry)
    if found is None:
        return entry.index
    interval, unit = found
    return interval.scaled(unit_info(unit).factor)


def figures_against(
    suspects: Sequence[Entry], evidence: Sequence[Entry], ctx: Context
) -> tuple[str, str]:
    """Message and explanation of a figure at fault against the figures that refute it:
    ``36 arrests for op.arrests.us (cyberscoop) against 65 arrests in 5 sources``."""
    lead = suspects[0]
    measure = str(lead.claim.__dict__.get("measure", ""))
    said = figure_text(lead) or quoted(lead)
    by_reading: dict[object, list[Entry]] = {}
    for entry in evidence:  # "288 arrests" and "288 people" are one figure
        by_reading.setdefault(_reading(entry), []).append(entry)
    groups = sorted(by_reading.values(), key=lambda g: (-len(_sources(g)), g[0].index))
    by_figure = {figure_text(g[0]) or quoted(g[0]): g for g in groups}
    one_source = len({e.source for e in (*suspects, *evidence)}) == 1
    parts = []
    for figure, entries in by_figure.items():
        n = len(_sources(entries))
        parts.append(figure if one_source else f"{figure} in {n} source{'s' * (n != 1)}")
    against = " and ".join(parts[:2]) + (
        f" and {len(parts) - 2} other figures" if len(parts) > 2 else ""
    )
    described = ctx.declared.get(measure)
    subject = f"{measure} ({described})" if described else measure
    whose = "" if one_source else f" ({few_names(_sources(suspects))})"
    message = f"{said} for {subject}{whose} against {against}"
    lines = [f"At fault: {said}, {', '.join(f'{quoted(e)} ({e.ref.doc})' for e in suspects)}."]
    lines.append("Against it:")
    for figure, entries in by_figure.items():
        docs = _sources(entries)
        n = len(docs)
        counted = "" if one_source else f" ({n} source{'s' * (n != 1)})"
        lines.append(f"- {figure}: {few_names(docs)}{counted}")
    fit = known(ctx, measure, evidence)
    if fit is not None and len(by_figure) > 1:
        lines.append(f"Together they admit {fit.describe()}.")
    lines.append("As the claims read (hedges and written precision taken into account):")
    lines.append(listing([lead, *evidence[:3]], ctx))
    if len(evidence) > 3:
        lines.append(f"- and {len(evidence) - 3} more claims of the same figures")
    return message, "\n".join(lines)


@confirms("FC101")
def confirm_values(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC101/FC501 checks that held: measures with several figure claims that agree. Claims at
    fault are left out (the finding names them); the others that agree are confirmed, with the
    one interval they all admit."""
    checks = []
    for measure in sorted(ctx.by_measure):
        entries = [
            e
            for e in ctx.by_measure[measure]
            if e.claim.__dict__.get("measure", None) == measure
            and isinstance(e.claim, ValueClaim | DurationClaim | EnumerationClaim | SpanClaim)
            and e.claim.__dict__.get("count", 0) is not None
            and e.index not in compiled.excluded
            and e.index not in flagged
        ]
        if len(entries) < 2:
            continue
        fit = known(ctx, measure, entries)
        if fit is None or fit.interval.is_empty():
            continue
        code = "FC501" if len({e.source for e in entries}) > 1 else "FC101"
        quotes = list(dict.fromkeys(f"“{e.ref.quote}”" for e in entries))
        figures = few_names(quotes)
        sources = len(_sources(entries))
        within = f" in {sources} sources" if sources > 1 else ""
        message = f"{measure}: {figures}{within} agree ({fit.describe()})"
        checks.append(check(code, entries, message))
    return checks
