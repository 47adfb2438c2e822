"""The consistency engine: ``check(loaded)`` finds every set of claims that cannot all be true."""

from __future__ import annotations

from factcheck.engine.registry import RULES, Rule
from factcheck.loader import Loaded
from factcheck.report import Report

__all__ = ["RULES", "Rule", "check"]


def check(loaded: Loaded) -> Report:
    """Check loaded claim files together and report every finding (placeholder: no rules yet)."""
    return Report(
        files=tuple(f.path for f in loaded.files),
        claim_count=loaded.claim_count,
        findings=(),
        checks=(),
    )
