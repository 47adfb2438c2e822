"""FC902, uncovered-statement: A quantitative statement of an article that no claim quotes.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context
from factcheck.engine.coverage import checked_coverage
from factcheck.engine.registry import RULES, rule
from factcheck.report import Finding

_WHAT = {
    "date": "a date",
    "weekday": "a weekday",
    "relative_date": "a relative date",
    "period": "a period",
    "range": "a range",
    "vague": "a vague quantity",
    "percent": "a percentage",
    "fraction": "a fraction",
    "multiple": "a multiple",
}


@rule(
    "FC902",
    "uncovered-statement",
    "warning",
    "line {line} of {article}: “{words}” is {what} no claim quotes",
)
def uncovered_statement(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A quantitative statement of an article that no claim quotes.

    What it checks
    --------------
    The engine reads every article text the claim files refer to as ``factcheck draft`` does:
    every figure ("281 arrests", "$53.4 million", "two-thirds", "double", "between 10 and 20
    kilograms", "dozens of people") and every date, weekday, relative date and period ("May 2,
    2023", "on Tuesday", "last month", "the 12-month period ending in August 2022"). A
    statement is covered when the quote of some claim of the article's claim files holds its
    words; each one that no quote holds is reported with its line. The report's summary gives
    each article's coverage, and ``factcheck check --min-coverage 100`` fails the run when an
    article is covered less.

    Why it matters
    --------------
    A claim file checks only what it states: a figure nobody wrote a claim for is a figure
    nobody checked, however wrong. Like code coverage, this shows what the checks leave out,
    so the missed figures of a long article are found before it runs.

    Example
    -------
    A claim file of the seed article without a claim for "117 firearms": FC902 says line 5 of
    the article has “117 firearms”, a figure no claim quotes. Add the claim (``factcheck
    draft`` proposes one); a bare year ("the 2024 election") is not a statement.
    """
    findings = []
    template = RULES["FC902"].message
    for article in checked_coverage(ctx):
        home = article.files[0].path
        for s in article.uncovered:
            words = " ".join(s.text.split())
            message = template.format(
                line=s.line, article=article.coverage.article, words=words,
                what=_WHAT.get(s.kind, "a figure"),
            )  # fmt: skip
            explanation = (
                f"No claim of {', '.join(article.coverage.files)} quotes these words. Add a claim"
                " for the statement (`factcheck draft` proposes one), or widen the quote of the"
                " claim that states it."
            )
            findings.append(
                Finding(
                    rule="FC902",
                    name=RULES["FC902"].name,
                    severity="warning",
                    claims=(),
                    message=message,
                    explanation=explanation,
                    file=home,
                    article_line=s.line,
                )
            )
    return findings
