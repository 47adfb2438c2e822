"""FC903, draft-placeholder: A claim whose measure is still a draft's proposal ('todo.*').

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from typing import Any

from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context
from factcheck.engine.explain import finding, listing
from factcheck.engine.registry import rule
from factcheck.report import Finding

#: The first word of the measure keys `factcheck draft` proposes.
PLACEHOLDER = "todo"


def placeholders(value: Any) -> list[str]:
    """The draft's measure keys among a claim's field values ("todo.spector.arrests")."""
    if isinstance(value, str):
        return [value] if value.split(".", 1)[0] == PLACEHOLDER and "." in value else []
    if isinstance(value, list | tuple):
        return [key for item in value for key in placeholders(item)]
    return []


@rule(
    "FC903",
    "draft-placeholder",
    "warning",
    "claim {claim}: {field} '{key}' is a draft's proposal; rename it to the measure meant",
)
def draft_placeholder(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A claim whose measure is still a draft's proposal (a key starting with ``todo.``).

    What it checks
    --------------
    ``factcheck draft`` proposes a measure key for every claim it drafts, from the article's
    subject and the noun the figure counts (``todo.operation_spector.arrests``), and for the
    other side of every relation (``of``) a key it declares under ``[measures]``. Each claim
    whose ``measure``, ``of`` or other measure field is still such a key is reported, once per
    claim, naming the fields to fill.

    Why it matters
    --------------
    Measure keys are how claims meet: two claims about one key must agree, across articles and
    reference files. A proposed key only groups the figures one article gives for one noun; the
    fact-checker decides which quantity in the world each claim is about ("nearly 300 suspects"
    and "281 arrests" are one measure; the draft proposes two) and gives a relation's other
    side its figure. Until then the file checks the article against itself only.

    Example
    -------
    ``measure = "todo.operation_spector.arrests"`` in a drafted file: FC903 asks for the key
    meant, such as ``jcode.spector.arrests``.
    """
    findings = []
    for entry in ctx:
        if entry.ref.part:
            continue  # a breakdown's item: reported with the breakdown
        fields = {
            name: keys
            for name, value in entry.claim.__dict__.items()
            if name not in ("id", "quote", "note", "source", "kind")
            and (keys := placeholders(value))
        }
        if not fields:
            continue
        name, keys = next(iter(fields.items()))
        rest = [f"{n} '{k}'" for n, ks in fields.items() for k in ks][1:]
        message = (
            f"claim {entry.ref.id}: {name} '{keys[0]}' is a draft's proposal; rename it to the"
            " measure meant"
        )
        if rest:
            message += f" (and {', '.join(rest)})"
        explanation = (
            "Choose the key of the quantity in the world the claim is about (the same key"
            " wherever the same quantity is meant, in any file), and give a relation's other"
            " side a figure or the key a reference file uses; see docs/claim-files.md#measures."
            "\n" + listing([entry], ctx)
        )
        findings.append(finding("FC903", [entry], message, explanation))
    return findings
