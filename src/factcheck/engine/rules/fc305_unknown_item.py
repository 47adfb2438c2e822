"""FC305, unknown-item: An item of a country list that the country data does not know.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.claims import (
    EnumerationClaim,
)
from factcheck.engine.constraints import (
    Compiled,
    item_type_of,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    finding,
    listing,
)
from factcheck.engine.registry import rule
from factcheck.report import Finding


@rule("FC305", "unknown-item", "warning", "{item!r} is not a country factcheck knows")
def unknown_item(ctx: Context, compiled: Compiled) -> list[Finding]:
    """An item of a country list that the country data does not know.

    What it checks
    --------------
    Every item of an ``enumeration`` whose set has ``item_type = "country"`` is looked up in
    the country data shipped with factcheck (names, official names, common abbreviations such
    as "UK" and "U.S."). An item it cannot place is neither counted once with its other
    spellings nor placed on a continent, so spans and counts of the set are checked with less.

    Why it matters
    --------------
    It is usually a typo ("Brasil", "Netherland") or a region that is not a country, and either
    deserves a look before the article runs.

    Example
    -------
    ``items = ["France", "Brasil"]`` with ``item_type = "country"``: FC305 for 'Brasil'.
    """
    from factcheck.geography import lookup_country

    findings = []
    lists: dict[str, list[Entry]] = {}
    for entry in ctx:
        if isinstance(entry.claim, EnumerationClaim) and entry.index not in compiled.excluded:
            lists.setdefault(entry.claim.measure, []).append(entry)
    for entries in lists.values():
        if item_type_of(entries) != "country":
            continue
        for entry in entries:
            assert isinstance(entry.claim, EnumerationClaim)
            unknown = [item for item in entry.claim.items if lookup_country(item) is None]
            if not unknown:
                continue
            shown = ", ".join(repr(item) for item in unknown[:5])
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            verb = "is not a country" if len(unknown) == 1 else "are not countries"
            message = f"{shown}{more} {verb} factcheck knows"
            explanation = (
                "The item is not counted once with its other spellings nor placed on a continent."
                " Check its spelling; docs/geography.md lists the names understood.\n"
                + listing([entry], ctx)
            )
            findings.append(finding("FC305", [entry], message, explanation))
    return findings
