"""FC204, jointly-impossible: Claims of several kinds (parts, multiples, superlatives, lists) that
only fail together.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    listing,
)
from factcheck.engine.registry import rule


@rule(
    "FC204",
    "jointly-impossible",
    "contradiction",
    "{count} claims cannot all be true together",
    runs=False,
)
def jointly_impossible(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """Claims of several kinds (parts, multiples, superlatives, lists) that only fail together.

    What it checks
    --------------
    All numeric claims are solved together as one system of constraints. When the smallest set
    of claims that cannot hold mixes relations of different kinds, no single relation is to
    blame and the set is reported as a whole.

    Why it matters
    --------------
    Each pair of claims can look fine while three together are impossible: a part within a
    whole, the whole less than twice another figure, that figure smaller than the part.

    Example
    -------
    "A is more than double B", "B includes C", "C is at least 60 percent of A": no figures are
    needed for these three to be impossible together: FC204 lists the three.
    """
    message = f"{len(core)} claims cannot all be true together"
    explanation = (
        "No assignment of values satisfies all of these claims; drop or correct any one of them "
        "and the rest can hold:\n" + listing(core, ctx)
    )
    return message, explanation
