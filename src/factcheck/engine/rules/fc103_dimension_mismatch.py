"""FC103, dimension-mismatch: One measure (or measures a claim relates) given in units that cannot
be compared.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context
from factcheck.engine.explain import (
    finding,
    listing,
)
from factcheck.engine.registry import rule
from factcheck.report import Finding


@rule(
    "FC103",
    "dimension-mismatch",
    "contradiction",
    "{measure} is given in incompatible units: {uses}",
)
def dimension_mismatch(ctx: Context, compiled: Compiled) -> list[Finding]:
    """One measure (or measures a claim relates) given in units that cannot be compared.

    What it checks
    --------------
    Every claim about a measure must use units of one dimension: kilograms and pounds are both
    mass and convert exactly; kilograms and dollars do not. Measures related by a part, a share,
    a multiple or a superlative must share a dimension too. A measure used as a date in one
    claim and as a quantity in another is reported here as well.

    Why it matters
    --------------
    It is almost always a slip in the claim file (a wrong measure key or unit), and it would
    make every comparison with that measure meaningless. The claims of the minority use are
    left out of the other checks until it is fixed.

    Example
    -------
    ``850 kilograms of drugs`` with ``unit = "kg"`` and another claim on the same measure with
    ``unit = "million USD"``: FC103.
    """
    findings = []
    for conflict in compiled.conflicts:
        entries = [e for _, group in conflict.uses for e in group]
        uses = "; ".join(
            f"{use} in {', '.join(e.ref.id for e in group)}" for use, group in conflict.uses
        )
        message = f"{', '.join(conflict.measures)} is given in incompatible units: {uses}"
        explanation = (
            "These claims use one measure in ways that cannot be compared; the engine kept "
            f"{conflict.kept} and left the others out of the other checks:\n"
            + listing(entries, ctx)
        )
        findings.append(finding("FC103", entries, message, explanation))
    return findings
