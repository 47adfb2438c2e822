"""FC901, stale-acknowledgement: An [[acknowledge]] entry that matches no finding.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.engine.registry import rule


@rule(
    "FC901",
    "stale-acknowledgement",
    "contradiction",
    "{file} acknowledges {rule} on {claims}, which no longer occurs",
    runs=False,
)
def stale_acknowledgement() -> None:
    """An ``[[acknowledge]]`` entry that matches no finding.

    What it checks
    --------------
    Each acknowledgement names a rule code and the claims of a finding the fact-checker has
    seen. When no finding of that rule involves those claims any more (the article or the
    claims were corrected, or the ids changed), the acknowledgement is stale.

    Why it matters
    --------------
    A claim file's acknowledgements are its record of known problems; a stale one hides the
    fact that something changed, and might later silence a different finding. The check fails
    until the acknowledgement is removed or updated, as pytest's strict xfail does.

    Example
    -------
    ``[[acknowledge]] rule = "FC202", claims = ["arrests-more-than-double-previous"]`` after
    the article was corrected to "nearly double": FC901.
    """
