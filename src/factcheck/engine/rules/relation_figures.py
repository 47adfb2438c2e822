"""What the relation rules share: a measure's figure as the explanations give it, the claim of a
kind in a minimal set, and the confirmed check of a claim against the measure it relates to
(part, multiple, share)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.claims import (
    MultipleClaim,
    PartClaim,
    ShareClaim,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    Known,
    check,
    known,
)
from factcheck.report import Check


def figure_of(ctx: Context, measure: str, core: Sequence[Entry]) -> str:
    fig = known(ctx, measure, core)
    return fig.describe() if fig else f"{measure} (no figure)"


def core_claim(core: Sequence[Entry], kind: type) -> Entry:
    return next(e for e in core if isinstance(e.claim, kind))


def shown_figure(fig: Known | None) -> str:
    return fig.describe() if fig else "unknown"


def against_its_whole(
    code: str, entry: Entry, claim: PartClaim | MultipleClaim | ShareClaim, ctx: Context
) -> Check:
    """The check of a claim that relates its measure to another (``of``): both figures, or
    "not checked" when either has none."""
    a, b = known(ctx, claim.measure), known(ctx, claim.of)
    involved = [entry, *(a.entries if a else ()), *(b.entries if b else ())]
    if a is None or b is None:
        missing = claim.measure if a is None else claim.of
        return check(code, involved, f"“{entry.ref.quote}”: no figure for {missing}", holds=False)
    return check(code, involved, f"“{entry.ref.quote}”: {a.describe()} against {b.describe()}")
