"""The rule table: every rule's code, name, severity, message template and documentation.

A rule is registered with `rule`, on the function that runs it; its docstring is its documentation
and must have the sections "What it checks", "Why it matters" and "Example". Each rule is one module
of `factcheck.engine.rules`, named after its code and name (``fc102_quote_mismatch.py``); the
module may also register, with `confirms`, the function that lists the rule's checks that held.
``factcheck rules`` and the rule catalogue in ``docs/rules.md`` both read this table, so they
cannot drift. A code is
never reused: retired codes stay listed in `RETIRED`.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from factcheck.report import Severity

__all__ = ["CONFIRMERS", "FAMILIES", "RETIRED", "RULES", "Rule", "confirms", "rule"]

#: The families of rule codes.
FAMILIES: dict[str, str] = {
    "FC1": "Values and units",
    "FC2": "Relations",
    "FC3": "Enumerations and geography",
    "FC4": "Dates",
    "FC5": "Cross-source",
    "FC9": "Claim files",
}
#: Codes once used and withdrawn; never to be given to another rule.
RETIRED: frozenset[str] = frozenset()

SECTIONS = ("What it checks", "Why it matters", "Example")
_CODE_RE = re.compile(r"^FC[1-9]\d{2}$")


@dataclass(frozen=True)
class Rule:
    """One rule of the engine."""

    code: str
    name: str
    severity: Severity
    #: The finding's one-line message, with ``{placeholders}`` filled by the rule.
    message: str
    #: The rule's documentation, from its docstring.
    doc: str
    #: The function registered: ``run(ctx, compiled) -> findings`` for a rule that runs on its
    #: own, ``explain(core, ctx, compiled) -> (message, explanation)`` for a rule whose
    #: findings are minimal sets of the joint solver, classified by the claims they hold.
    func: Callable[..., Any] | None = None
    #: Whether ``func`` runs on its own (else it explains solver findings).
    runs: bool = True

    @property
    def summary(self) -> str:
        """The first paragraph of the documentation, on one line."""
        first = " ".join(self.doc.strip().split("\n\n")[0].split())
        return first.replace("``", "")

    @property
    def family(self) -> str:
        """The family the code belongs to."""
        return FAMILIES[self.code[:3]]

    def section(self, title: str) -> str:
        """One section of the documentation, e.g. ``rule.section("Example")``."""
        text = self.doc
        pattern = re.compile(rf"^{re.escape(title)}\s*\n-+\s*\n", re.MULTILINE)
        match = pattern.search(text)
        if match is None:
            return ""
        rest = text[match.end() :]
        following = re.search(r"^\S[^\n]*\n-+\s*$", rest, re.MULTILINE)
        return (rest[: following.start()] if following else rest).strip()

    def to_json(self) -> dict[str, str]:
        """Code, name, severity, family and one-line summary."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "family": self.family,
            "summary": self.summary,
        }


RULES: dict[str, Rule] = {}

F = TypeVar("F", bound=Callable[..., Any])


def rule(code: str, name: str, severity: Severity, message: str, *, runs: bool = True
         ) -> Callable[[F], F]:  # fmt: skip
    """Register the decorated function as rule ``code``; its docstring is the rule's doc.

    ``runs=False`` registers a rule whose findings come from the joint solver (the function then
    only carries the documentation and how to explain a minimal set).
    """

    def register(func: F) -> F:
        if not _CODE_RE.match(code) or code[:3] not in FAMILIES:
            raise ValueError(f"rule code {code!r} is not of the form FC<family><nn>")
        if code in RULES or code in RETIRED:
            raise ValueError(f"rule code {code} is already taken")
        doc = inspect.getdoc(func) or ""
        missing = [s for s in SECTIONS if not re.search(rf"^{s}\s*\n-+", doc, re.MULTILINE)]
        if missing:
            raise ValueError(f"rule {code} documentation lacks the sections {missing}")
        RULES[code] = Rule(code, name, severity, message, doc, func, runs)
        return func

    return register


#: The functions that list checks that held (or could not be decided), with the rule they confirm:
#: ``confirm(ctx, compiled, flagged) -> checks``, where ``flagged`` holds the indexes of claims
#: a finding holds at fault (never listed as confirmed).
CONFIRMERS: list[tuple[str, Callable[..., Any]]] = []


def confirms(code: str) -> Callable[[F], F]:
    """Register the decorated function as the one that lists rule ``code``'s checks that held."""

    def register(func: F) -> F:
        CONFIRMERS.append((code, func))
        return func

    return register
