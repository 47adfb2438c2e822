"""FC3xx, enumerations and geography: counts against the items named, spans of the items."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import EnumerationClaim, SpanClaim
from factcheck.engine.constraints import (
    Compiled,
    SpanFacts,
    canonical_item,
    distinct_items,
    item_type_of,
)
from factcheck.engine.context import Context, Entry, count_interval
from factcheck.engine.explain import check, finding, known, listing, number
from factcheck.engine.registry import rule
from factcheck.numbers import Hedge
from factcheck.quantities import format_quantity
from factcheck.report import Check, Finding


def _lists(core: Sequence[Entry], ctx: Context) -> tuple[list[EnumerationClaim], str | None]:
    """The lists among ``core``'s claims, and the item type of their sets."""
    lists = [e.claim for e in core if isinstance(e.claim, EnumerationClaim)]
    sets = [e for claim in lists for e in ctx.by_measure[claim.measure]]
    return lists, item_type_of([e for e in core if e.claim in lists] + sets)


def _names(core: Sequence[Entry], ctx: Context) -> dict[str, str]:
    lists, kind = _lists(core, ctx)
    return distinct_items([item for claim in lists for item in claim.items], kind)


def _named_count(entry: Entry, ctx: Context) -> int:
    return len(_names([entry], ctx))


def _same_items(core: Sequence[Entry], ctx: Context) -> str:
    """A sentence naming the items that a list gives twice under two names, or ""."""
    lists, kind = _lists(core, ctx)
    doubles: list[str] = []
    for claim in lists:
        names: dict[str, list[str]] = {}
        for item in claim.items:
            names.setdefault(canonical_item(item, kind), []).append(item)
        doubles.extend(
            " and ".join(f"“{n}”" for n in group) for group in names.values() if len(group) > 1
        )
    if not doubles:
        return ""
    return f"{'; '.join(doubles)} name the same {kind or 'item'}, counted once.\n"


@rule(
    "FC301",
    "names-exceed-count",
    "contradiction",
    "{named} items are named but the count is {count}",
    runs=False,
)
def names_exceed_count(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """More items named than the stated count allows.

    What it checks
    --------------
    An ``enumeration`` claim names items of a set whose count is a measure; the names of every
    list of that set, together, are a lower bound on the count. Items are counted, not names:
    the same country named in two lists counts once, "UK" and "United Kingdom" too, while
    England, Scotland, Wales and Northern Ireland count as four countries.

    Why it matters
    --------------
    "Eight countries, including" followed by nine names is a slip in the article or the claim
    file; either way a reader cannot trust the list.

    Example
    -------
    ``count = 8`` with nine ``items``: FC301, the claim alone.
    """
    named = _names(core, ctx)
    measure = next(e.claim.measure for e in core if isinstance(e.claim, EnumerationClaim))
    fig = known(
        ctx, measure, [e for e in core if not isinstance(e.claim, EnumerationClaim)] or core
    )
    count = fig.describe() if fig else "smaller"
    for entry in core:
        claim = entry.claim
        if isinstance(claim, EnumerationClaim) and claim.count is not None:
            count = format_quantity(Fraction(claim.count), claim.unit, hedge=claim.hedge)
            break
    message = f"{len(named)} items are named but the count of {measure} is {count}"
    explanation = (
        f"Named: {', '.join(named.values())}.\n{_same_items(core, ctx)}"
        "These claims cannot all be true:\n" + listing(core, ctx)
    )
    return message, explanation


@rule(
    "FC302",
    "complete-list-short",
    "contradiction",
    "the complete list names {named} but the count is {count}; or: but {extra} is named too",
    runs=False,
)
def complete_list_short(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A list said to be complete that names fewer items than the count.

    What it checks
    --------------
    An ``enumeration`` with ``complete = true`` ("the eight countries: A, B, ...", "one of two
    cartels ... the other one is ...") names every item: its count must equal the number of
    names, in that claim and in every other claim about the same count; and no other list of
    the same set may name an item it leaves out.

    Why it matters
    --------------
    A complete list with a missing name misleads more than a partial one: the reader believes
    the list is whole.

    Example
    -------
    "two major Mexican cartels" with one name and ``complete = true``: FC302. "The countries
    taking part were France, Germany and Spain" (complete, no count) and, further down, "police
    in Italy also took part" (a list of the same set): FC302 names Italy, the item the complete
    list leaves out.
    """
    whole = next(
        e for e in core if isinstance(e.claim, EnumerationClaim) and e.claim.complete
    ).claim
    assert isinstance(whole, EnumerationClaim)
    measure = whole.measure
    _, kind = _lists(core, ctx)
    listed = distinct_items(whole.items, kind)
    extra = [name for key, name in _names(core, ctx).items() if key not in listed]
    names = format_quantity(len(listed), whole.unit)
    if extra:
        shown = ", ".join(extra[:5]) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        verb = "is" if len(extra) == 1 else "are"
        message = f"the complete list of {measure} names {names}, but {shown} {verb} named too"
    else:
        others = [
            e for e in core if not (isinstance(e.claim, EnumerationClaim) and e.claim.complete)
        ]
        fig = known(ctx, measure, others or core)
        count = fig.describe() if fig else "larger"
        message = f"the complete list names {names} but the count of {measure} is {count}"
    explanation = _same_items(core, ctx) + "These claims cannot all be true:\n" + listing(core, ctx)
    return message, explanation


def _span_reasoning(facts: SpanFacts, unnamed: int | None, complete: bool = False) -> str:
    groups = sorted(set(facts.groups.values()))
    if not facts.groups and not facts.enumerations:
        return f"it names {len(facts.told)}: {', '.join(facts.told)}"
    text = f"The {len(facts.groups)} placed items span {len(groups)}: {', '.join(groups) or 'none'}"
    if facts.unplaced:
        text += f" (not placed: {', '.join(facts.unplaced)})"
    if unnamed is not None:
        text += f"; {unnamed} more item(s) may add at most {unnamed} more."
    else:
        text += "."
    if facts.told:
        text += f" The text names {', '.join(facts.told)}"
        outside = sorted({name for name, group in facts.groups.items() if group not in facts.told})
        empty = [group for group in facts.told if group not in groups]
        if complete and outside:
            lying = ", ".join(f"{n} ({facts.groups[n]})" for n in outside)
            verb = "lies" if len(outside) == 1 else "lie"
            text += f" as all the continents spanned, but {lying} {verb} elsewhere"
        if empty:
            text += f"; no named item lies in {' or '.join(empty)}"
        text += "."
    return text


@rule(
    "FC304",
    "span-impossible",
    "contradiction",
    "“{quote}” is impossible with the items named: {reason}",
    runs=False,
)
def span_impossible(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A span ("spanned three continents") that the named items and the count rule out.

    What it checks
    --------------
    A ``span`` claim counts the continents the items of an enumerated set lie on. The countries
    named (``item_type = "country"``) place some continents for sure; each unnamed item may add
    at most one more. So the span lies between the continents of the named items and that plus
    the number of unnamed items (and at most seven).

    Why it matters
    --------------
    Geography is easy to get wrong and hard for a reader to check: seven European countries and
    Brazil cannot span four continents if only one country is left unnamed.

    Example
    -------
    Eight countries, seven named (six in Europe, Brazil in South America): "three continents"
    holds if the eighth lies elsewhere, e.g. in North America; "four continents": FC304.
    """
    entry = next(e for e in core if isinstance(e.claim, SpanClaim))
    claim = entry.claim
    assert isinstance(claim, SpanClaim)
    facts = compiled.spans.get(entry.index)
    count = known(ctx, claim.of, core)
    unnamed = None
    if count is not None and count.interval.hi is not None and facts is not None:
        unnamed = max(0, int(count.interval.hi) - len(facts.groups))
    reason = _span_reasoning(facts, unnamed, claim.complete) if facts else "the count rules it out"
    message = f"“{entry.ref.quote}” is impossible with the items named: {reason}"
    return message, "These claims cannot all be true:\n" + listing(core, ctx)


def _candidates(entry: Entry, facts: SpanFacts | None, named: dict[str, str]) -> str:
    text = entry.file.text
    if not text:
        return ""
    from factcheck.geography import countries_mentioned

    named_codes = set(named)
    found = [(c, n) for c, n in countries_mentioned(text) if c.code not in named_codes]
    if not found:
        return ""
    shown = ", ".join(f"{c.name} ({c.continent}, {n} mention{'s' * (n > 1)})" for c, n in found)
    return f"The article also mentions {shown}."


@rule("FC303", "partial-list", "warning", "{named} of {count} {unit} are named; {unnamed} unnamed")
def partial_list(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A partial list ("eight countries, including ...") that leaves items unnamed.

    What it checks
    --------------
    An ``enumeration`` with ``complete = false`` and a stated count that exceeds the items
    named (by all lists of the same set). The warning says how many are unnamed, what a
    ``span`` claim on the set then requires of them, and, for countries, which other countries
    the article mentions: the likeliest candidates.

    Why it matters
    --------------
    Readers take "eight countries, including" followed by seven names as the whole list less a
    slip; a fact-checker should know which item is missing before the article runs.

    Example
    -------
    "eight countries, including Austria, France, Germany, Netherlands, Poland, Brazil and the
    United Kingdom": FC303, 7 of 8 named, 1 unnamed; the article also mentions the United
    States, which led the operation.
    """
    findings = []
    for entry in ctx:
        claim = entry.claim
        if not isinstance(claim, EnumerationClaim) or claim.complete or claim.count is None:
            continue
        if entry.index in compiled.excluded:
            continue
        others = [e for e in ctx.by_measure[claim.measure] if isinstance(e.claim, EnumerationClaim)]
        named = _names(others, ctx)
        counted = claim.interval(entry.tolerance(claim.hedge))
        assert counted is not None
        interval = count_interval(counted, claim.hedge, claim.unit)  # "nearly 5" admits 4
        if interval.lo is None:
            continue
        least = int(interval.lo) + (1 if interval.lo_open and interval.lo.denominator == 1 else 0)
        if interval.lo.denominator != 1:
            least = int(interval.lo) + 1
        unnamed = least - len(named)
        if unnamed <= 0:
            continue
        count = f"{'' if claim.hedge is Hedge.EXACT else claim.hedge.value + ' '}"
        count += number(Fraction(claim.count))
        at_least = "at least " if least != claim.count else ""
        message = f"{len(named)} of {count} {claim.unit} are named; {at_least}{unnamed} unnamed"
        lines: list[str] = []
        for span_entry in ctx.by_measure[claim.measure]:
            span = span_entry.claim
            if isinstance(span, SpanClaim) and span.of == claim.measure:
                facts = compiled.spans.get(span_entry.index)
                if facts is None or span.count is None:
                    continue
                groups = sorted(set(facts.groups.values()))
                need = int(span.count) - len(groups)
                if need > 0:
                    rest = "unnamed or unplaced items" if facts.unplaced else "unnamed items"
                    lines.append(
                        f"“{span_entry.ref.quote}” ({span_entry.ref.id}): the named items span "
                        f"{len(groups)} ({', '.join(groups)}), so {need} of the {rest} must"
                        f" lie outside {' and '.join(groups)}."
                    )
                else:
                    lines.append(
                        f"“{span_entry.ref.quote}” ({span_entry.ref.id}): the named items already "
                        f"span {len(groups)} ({', '.join(groups)})."
                    )
        if claim.item_type == "country":
            candidates = _candidates(entry, None, named)
            if candidates:
                lines.append(candidates)
        findings.append(finding("FC303", [entry], message, "\n".join(lines)))
    return findings


def confirm_enumerations(
    ctx: Context, compiled: Compiled, flagged: dict[str, set[int]]
) -> list[Check]:
    """FC302/FC304 checks that held."""
    checks = []
    for entry in ctx:
        claim = entry.claim
        if any(entry.index in v for v in flagged.values()) or entry.index in compiled.excluded:
            continue
        if isinstance(claim, EnumerationClaim) and claim.complete:
            checks.append(
                check(
                    "FC302",
                    [entry],
                    f"“{entry.ref.quote}”: {_named_count(entry, ctx)} named, the complete list",
                )
            )
        elif isinstance(claim, EnumerationClaim) and claim.count is not None:
            checks.append(
                check(
                    "FC301",
                    [entry],
                    f"“{entry.ref.quote}”: {_named_count(entry, ctx)} named, within the count",
                )
            )
        elif isinstance(claim, SpanClaim):
            facts = compiled.spans.get(entry.index)
            if facts is None or not facts.enumerations:
                checks.append(
                    check(
                        "FC304",
                        [entry],
                        f"“{entry.ref.quote}”: no named items to place",
                        holds=False,
                    )
                )
                continue
            involved = [entry, *facts.enumerations]
            groups = sorted(set(facts.groups.values()))
            told = f" (the text names {', '.join(facts.told)})" if facts.told else ""
            checks.append(
                check(
                    "FC304",
                    involved,
                    f"“{entry.ref.quote}”: named items span {', '.join(groups)}; "
                    f"{format_quantity(Fraction(claim.count or 0), claim.unit)} possible{told}",
                )
            )
    return checks


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
