"""factcheck: fact-check the numbers in a text.

Each quantitative statement of an article becomes a typed claim (`ValueClaim`, `MultipleClaim`,
`EnumerationClaim`, ...); `load` reads claim files, `check` finds the claims that cannot all be
true and returns a `Report` of `Finding` objects.

    >>> import factcheck
    >>> report = factcheck.check(factcheck.load("claims/"))    # doctest: +SKIP
    >>> [f.rule for f in report.findings]                      # doctest: +SKIP
"""

from __future__ import annotations

from factcheck.claims import (
    CLAIM_KINDS,
    Acknowledgement,
    ArticleInfo,
    Claim,
    ClaimFile,
    DateClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PartClaim,
    PeriodClaim,
    ReferenceInfo,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    ValueClaim,
    WeekdayClaim,
)
from factcheck.engine import RULES, Rule, check
from factcheck.errors import ClaimFileError, FactcheckError
from factcheck.loader import Loaded, LoadedFile, from_claims, load, load_file
from factcheck.numbers import Hedge, Interval
from factcheck.report import Check, ClaimRef, Finding, Report

__version__ = "0.1.0"

__all__ = [
    "CLAIM_KINDS",
    "RULES",
    "Acknowledgement",
    "ArticleInfo",
    "Check",
    "Claim",
    "ClaimFile",
    "ClaimFileError",
    "ClaimRef",
    "DateClaim",
    "DurationClaim",
    "EnumerationClaim",
    "FactcheckError",
    "Finding",
    "Hedge",
    "Interval",
    "Loaded",
    "LoadedFile",
    "MultipleClaim",
    "PartClaim",
    "PeriodClaim",
    "ReferenceInfo",
    "RelativeDateClaim",
    "Report",
    "Rule",
    "ShareClaim",
    "SpanClaim",
    "SuperlativeClaim",
    "ValueClaim",
    "WeekdayClaim",
    "__version__",
    "check",
    "from_claims",
    "load",
    "load_file",
]
