"""FC501, sources-disagree: A figure that a figure from another source (another article, a
reference file) refutes.

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
    "FC501",
    "sources-disagree",
    "contradiction",
    "the figures for {measure} disagree across sources: {figures}",
    runs=False,
)
def sources_disagree(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A figure that a figure from another source (another article, a reference file) refutes.

    What it checks
    --------------
    Claims about the same measure key from different sources (two articles, an article and a
    reference file) must agree, exactly as claims of one article must (FC101). Several claim
    files for one article text count as one source. This is how an article meets a reference
    file.

    Why it matters
    --------------
    The article may misreport a figure that an official source states; or two articles of the
    same newsroom may disagree with each other.

    Example
    -------
    An article says ``Operation Dark HunTor made 200 arrests``; the reference file says 150 for
    ``jcode.dark_huntor.arrests``: FC501 names both claims and both files.
    """
    message, explanation = value_message(core, ctx)
    files = sorted({e.file.path for e in core})
    return message.replace("disagree:", "disagree across sources:"), (
        explanation + f"\nThe claims come from {', '.join(files)}."
    )
