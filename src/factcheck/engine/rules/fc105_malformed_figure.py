"""FC105, malformed-figure: A figure the article writes in no style's way ("2,4000 sellers").

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import finding, number
from factcheck.engine.registry import rule
from factcheck.engine.rules.quoted_figures import quote_figures
from factcheck.quotes import QuoteNumber, scale_word
from factcheck.report import Finding


def _written(quote: str, figure: QuoteNumber) -> tuple[int, str]:
    """Where a malformed figure's characters start in the quote, and the characters: its
    currency signs and digits ("$$5", "2,4000")."""
    start = figure.start
    while start < len(quote) and quote[start].isspace():
        start += 1
    digits = figure.text.split()[0]
    end = quote.find(digits, start)
    end = start + len(digits) if end < 0 else end + len(digits)
    return start, quote[start:end]


def _article_line(entry: Entry, written: str) -> int | None:
    """The line of the article that writes the figure, when the article text is loaded."""
    text = entry.file.text
    anchors = entry.file.anchors.get(entry.ref.id, ())
    if text is None or not anchors:
        return entry.ref.article_line
    for anchor in anchors:
        at = text.find(written, anchor.start, max(anchor.end, anchor.start + len(written)))
        if at >= 0:
            return text.count("\n", 0, at) + 1
    return anchors[0].line


def _readings(figure: QuoteNumber) -> str:
    """The figures a malformed figure probably meant: "24,000 or 2,400"."""
    scale = scale_word(figure)
    word, size = scale if scale is not None else ("", 1)
    shown = [
        (f"{(r / size).numerator:,}" if (r / size).denominator == 1 else number(r / size))
        + (f" {word}" if word else "")
        for r in figure.readings
    ]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + f" or {shown[-1]}"


@rule(
    "FC105",
    "malformed-figure",
    "warning",
    "claim {claim}: the article writes '{written}'{where}, a malformed figure; probably {meant}",
)
def malformed_figure(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A figure in a claim's quote that is written in no style's way: a typo in the article.

    What it checks
    --------------
    The quote reader accepts the ways style guides write figures: commas in threes
    ("1,234,567"), Indian grouping in twos ("12,34,567"), spaces, thin or no-break spaces
    ("1 234 567"), points in threes ("1.234.567"), a decimal comma before a percent sign
    ("3,5 %"). A figure written otherwise is malformed: commas that group digits in no style
    ("2,4000", "1,23,4", "12,5 million"), a separator written twice ("3..5", "1,,000"), a
    currency sign written twice ("$$5"). Each is reported once per place in the article, with
    the claims that quote it, the line of the article where it is written (when the article
    text is loaded), and the figures it probably meant: the digits without the stray comma, a
    decimal comma, or a group cut to three digits ("2,4000": 24,000 or 2,400). A claim may state
    any of those figures; FC102 accepts them, so the claim file records what the article
    meant, and this warning stays until the article is corrected or the finding acknowledged.

    Why it matters
    --------------
    A reader cannot tell whether "2,4000 sellers" is 24,000 or 2,400; a fact-checker should
    ask the outlet, not guess silently. A figure copied into a claim file from a typo is the
    kind of error every later check would build on.

    Example
    -------
    ``quote = "more than 2,4000 sellers"`` with ``value = 24000``: FC105, "the article writes
    '2,4000' (line 3), a malformed figure; probably 24,000 or 2,400". ``"24,000 sellers"``: no
    finding.
    """
    places: dict[tuple[str, str, int | str], list[tuple[Entry, str, QuoteNumber]]] = {}
    for entry in ctx:
        quote = entry.claim.quote_text
        for figure in quote_figures(quote):
            if figure.malformed is None:
                continue
            at, written = _written(quote, figure)
            line = _article_line(entry, written)
            key = (entry.source, written, line if line is not None else f"{quote}@{at}")
            places.setdefault(key, []).append((entry, written, figure))
    findings = []
    for found in places.values():
        entries = list({e.ref.id: e for e, _, _ in found}.values())
        lead, written, figure = found[0]
        line = _article_line(lead, written)
        where = f" (line {line})" if line is not None else ""
        claims = ", ".join(e.ref.id for e in entries)
        message = (
            f"claim {claims}: the article writes '{written}'{where}, a malformed figure;"
            f" probably {_readings(figure)}"
        )
        explanation = (
            f"'{written}' has {figure.malformed}: a typo, and a reader cannot be sure which"
            f" figure is meant (probably {_readings(figure)}). Ask the outlet, and have the"
            " article corrected, or acknowledge this finding with a note saying which figure"
            " the claim states."
        )
        findings.append(finding("FC105", entries, message, explanation))
    return findings
