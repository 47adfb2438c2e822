"""FC101, value-conflict: Two figures of one article for the same measure that no single value
satisfies.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.registry import rule
from factcheck.engine.rules.figures import value_message


@rule(
    "FC101",
    "value-conflict",
    "contradiction",
    "the figures for {measure} disagree: {figures}",
    runs=False,
)
def value_conflict(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """Two figures of one article for the same measure that no single value satisfies.

    What it checks
    --------------
    Every figure claim (``value``, an enumeration's ``count``, a ``duration``) is an interval:
    its written precision widened by its hedge. Claims about one measure must share a value.

    Why it matters
    --------------
    An article that says "nearly 300 suspects" and "281 arrests" is fine; one that says
    "nearly 250 suspects" and "281 arrests" contradicts itself, however the hedge is read.

    Example
    -------
    ``nearly 300 suspects`` is [270, 300); ``281 arrests`` lies in it: no finding.
    ``nearly 250 suspects`` is [225, 250); 281 does not: FC101 names both claims.
    """
    return value_message(core, ctx)
