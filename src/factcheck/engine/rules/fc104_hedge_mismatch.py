"""FC104, hedge-mismatch: A claim whose hedge the quote does not use, or an exact claim whose quote
hedges.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    finding,
    listing,
)
from factcheck.engine.registry import rule
from factcheck.engine.rules.quoted_figures import (
    expected_figures,
    expected_range,
    figure_matches,
    quote_figures,
    quote_ranges,
    range_matches,
)
from factcheck.numbers import HEDGE_SYNONYMS, Hedge
from factcheck.quotes import hedge_before, hedge_words_in, range_hedge, written_figure
from factcheck.report import Finding
from factcheck.units import unit_info

_HEDGE_WORDS: dict[Hedge, list[str]] = {}
for _word, _hedge in HEDGE_SYNONYMS.items():
    _HEDGE_WORDS.setdefault(_hedge, []).append(_word)


def hedges_of_figure(entry: Entry) -> list[tuple[str, str | None]]:
    """Each place the quote writes the claim's own figure: the figure as written ("$5 million")
    and the hedge word right before it (None when there is none). Empty when the quote does not
    write the figure."""
    quote = entry.claim.quote_text
    out: list[tuple[str, str | None]] = []
    expected = expected_range(entry)
    if expected is not None:
        field, low, high, _unit = expected
        for r in quote_ranges(quote):
            if range_matches(low, high, _unit, r, field):
                word = range_hedge(quote, r)
                # Only "about" qualifies a range: "up to 50 to 100 times" is the range.
                about = word is not None and HEDGE_SYNONYMS[word] is Hedge.ABOUT
                out.append((r.text, word if about else None))
        return out
    figures = quote_figures(quote)
    for field, figure, unit in expected_figures(entry):
        hits = [n for n in figures if figure_matches(figure, n, field)]
        if not hits and unit is not None and unit_info(unit).dimension == "[time]":
            claimed = unit_info(unit)  # "nearly a decade" for 10 years, as FC102 reads it
            size = figure * claimed.factor / claimed.scale
            hits = [n for n in figures if n.unit is not None and n.value * n.unit.factor == size]
        out.extend((written_figure(n), hedge_before(quote, n, figures)) for n in hits)
    return out


@rule(
    "FC104",
    "hedge-mismatch",
    "warning",
    "claim {claim}: the quote says '{written}' but the claim's hedge is '{hedge}'",
)
def hedge_mismatch(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A claim whose hedge the quote does not use, or an exact claim whose quote hedges.

    What it checks
    --------------
    The hedge word that counts is the one right before the claim's own figure in the quote (a
    currency symbol or an article may stand between: "more than $5 million", "nearly a third");
    hedge words before the quote's other figures are not the claim's. When the claim is exact,
    no hedge word may stand right before its figure; when it has a hedge (nearly, about, more
    than...), the word right before its figure must not be another hedge's, and one of its
    hedge's words must be in the quote.

    Why it matters
    --------------
    The hedge decides what the figure allows: "nearly 300" excludes 310, "about 300" admits it.
    A hedge copied wrong makes the engine raise or miss contradictions.

    Example
    -------
    ``quote = "arrested nearly 300 suspects"`` with ``hedge = "about"``: FC104. ``quote = "131
    people were aged over 60"`` with ``value = 131`` and no hedge: no finding, "over" is 60's.
    """
    findings = []
    for entry in ctx:
        claim = entry.claim
        hedge = claim.__dict__.get("hedge", None)
        if not isinstance(hedge, Hedge):
            continue
        placed = hedges_of_figure(entry)
        said = [Hedge.EXACT if w is None else HEDGE_SYNONYMS[w] for _, w in placed]
        if hedge in said:
            continue  # a place of the figure has the claim's hedge (exact: no hedge word)
        other = [(f, w) for f, w in placed if w is not None]
        if placed and len(other) == len(placed):
            figure, word = other[0]  # every place of the figure has another hedge's word
            meant = HEDGE_SYNONYMS[word]
            message = (
                f"claim {entry.ref.id}: the quote says '{word}' but the claim's hedge is"
                f" '{hedge.value}'"
            )
            meaning = "" if word == meant.value else f" (the hedge '{meant.value}')"
            intro = (
                f"The quote puts '{word}'{meaning} right before the claim's figure '{figure}';"
                f' write hedge = "{word}" if it qualifies this figure, or fix the quote:'
            )
        elif hedge is Hedge.EXACT:
            continue  # the quote does not write the figure (FC102), or writes it unhedged
        elif placed:
            figure = placed[0][0]  # the figure is written, and no hedge word comes before it
            message = (
                f"claim {entry.ref.id}: the quote has no word for the hedge '{hedge.value}'"
                f" before '{figure}'"
            )
            intro = (
                f"The claim's hedge is '{hedge.value}', but the quote writes its figure '{figure}'"
                " without a hedge word before it (a word after it, as in '500 more than last"
                " year', is a comparison, not a hedge); fix the claim's hedge, or quote the"
                " words that hedge the figure:"
            )
        else:
            if any(HEDGE_SYNONYMS[w] is hedge for w in hedge_words_in(claim.quote_text)):
                continue  # the hedge is in the quote, if not right before the figure
            words = ", ".join(f"'{w}'" for w in _HEDGE_WORDS[hedge])
            message = f"claim {entry.ref.id}: the quote has no word for the hedge '{hedge.value}'"
            intro = (
                f"The claim's hedge is '{hedge.value}', but none of its words ({words}) is in the"
                " quote; quote the words that hedge the figure, or fix the claim's hedge:"
            )
        findings.append(finding("FC104", [entry], message, intro + "\n" + listing([entry], ctx)))
    return findings
