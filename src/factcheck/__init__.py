"""factcheck: fact-check the numbers in a text.

Each quantitative statement of an article becomes a typed claim (`ValueClaim`, `MultipleClaim`,
`EnumerationClaim`, ...); `load` reads claim files, `check` finds the claims that cannot all be
true and returns a `Report` of `Finding` objects.

    >>> import factcheck
    >>> report = factcheck.check(factcheck.load("claims/"))    # doctest: +SKIP
    >>> [f.rule for f in report.findings]                      # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.claims import (
        CLAIM_KINDS,
        Acknowledgement,
        ArticleInfo,
        BreakdownClaim,
        Claim,
        ClaimFile,
        ConversionClaim,
        DateClaim,
        DifferenceClaim,
        DurationClaim,
        EnumerationClaim,
        MultipleClaim,
        PartClaim,
        PartsClaim,
        PeriodClaim,
        RateClaim,
        ReferenceInfo,
        RelativeDateClaim,
        ShareClaim,
        SpanClaim,
        SuperlativeClaim,
        ValueClaim,
        WeekdayClaim,
    )
    from factcheck.engine import (
        RULES,
        Rule,
        check,
    )
    from factcheck.errors import (
        ClaimFileError,
        FactcheckError,
    )
    from factcheck.loader import (
        Loaded,
        LoadedFile,
        from_claims,
        load,
        load_file,
    )
    from factcheck.numbers import (
        Hedge,
        Interval,
    )
    from factcheck.report import (
        Check,
        ClaimRef,
        Finding,
        Report,
    )

# Public names are imported on first use (PEP 562): `import factcheck` stays cheap for the
# pytest plugin and the command line, which import only what a command needs.
_WHERE: dict[str, str] = {
    "CLAIM_KINDS": "factcheck.claims",
    "Acknowledgement": "factcheck.claims",
    "ArticleInfo": "factcheck.claims",
    "BreakdownClaim": "factcheck.claims",
    "ConversionClaim": "factcheck.claims",
    "RateClaim": "factcheck.claims",
    "Claim": "factcheck.claims",
    "ClaimFile": "factcheck.claims",
    "DateClaim": "factcheck.claims",
    "DifferenceClaim": "factcheck.claims",
    "DurationClaim": "factcheck.claims",
    "EnumerationClaim": "factcheck.claims",
    "MultipleClaim": "factcheck.claims",
    "PartClaim": "factcheck.claims",
    "PartsClaim": "factcheck.claims",
    "PeriodClaim": "factcheck.claims",
    "ReferenceInfo": "factcheck.claims",
    "RelativeDateClaim": "factcheck.claims",
    "ShareClaim": "factcheck.claims",
    "SpanClaim": "factcheck.claims",
    "SuperlativeClaim": "factcheck.claims",
    "ValueClaim": "factcheck.claims",
    "WeekdayClaim": "factcheck.claims",
    "RULES": "factcheck.engine",
    "Rule": "factcheck.engine",
    "check": "factcheck.engine",
    "ClaimFileError": "factcheck.errors",
    "FactcheckError": "factcheck.errors",
    "Loaded": "factcheck.loader",
    "LoadedFile": "factcheck.loader",
    "from_claims": "factcheck.loader",
    "load": "factcheck.loader",
    "load_file": "factcheck.loader",
    "Hedge": "factcheck.numbers",
    "Interval": "factcheck.numbers",
    "Check": "factcheck.report",
    "ClaimRef": "factcheck.report",
    "Finding": "factcheck.report",
    "Report": "factcheck.report",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "CLAIM_KINDS",
    "RULES",
    "Acknowledgement",
    "ArticleInfo",
    "BreakdownClaim",
    "Check",
    "Claim",
    "ClaimFile",
    "ClaimFileError",
    "ClaimRef",
    "ConversionClaim",
    "DateClaim",
    "DifferenceClaim",
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
    "PartsClaim",
    "PeriodClaim",
    "RateClaim",
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
