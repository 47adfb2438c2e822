"""Findings and the report: immutable records, and their text and JSON renderings.

A `Finding` is a set of claims that cannot all be true (severity ``contradiction``) or that look
suspicious or incomplete (``warning``). A `Check` is a rule applied to some claims that holds, or
that could not be decided for lack of figures: the report lists those too, so a reader sees what
was confirmed and what was not checked at all. Every output format is built from these fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

__all__ = [
    "Check",
    "ClaimRef",
    "Coverage",
    "Finding",
    "Gap",
    "Note",
    "Report",
    "Severity",
    "Status",
    "finding_order",
]

Severity = Literal["contradiction", "warning"]
#: What a contradiction says of its claims: ``suspect`` names the claims at fault (the cheapest
#: correction), ``disputed`` two or more sides that weigh the same, none chosen.
Status = Literal["suspect", "disputed"]


@dataclass(frozen=True, slots=True)
class Gap:
    """The size of a discrepancy: the relative gap between the nearest values the claims admit
    (0.446 for 36 arrests against 65), or, between dates, a number of days."""

    relative: Fraction | None = None
    days: int | None = None

    def describe(self) -> str:
        """``44.6%``, ``0.16%``, ``3 days``."""
        if self.days is not None:
            return f"{self.days:,} day{'s' * (self.days != 1)}"
        if self.relative is None:
            return "?"
        percent = float(self.relative * 100)
        if percent == 0:
            return "0%"
        return f"{percent:.1f}%" if percent >= 1 else f"{percent:.2g}%"

    def to_json(self) -> dict[str, Any]:
        """``{"relative": 0.446, "percent": 44.6, "days": null, "text": "44.6%"}``."""
        relative = None if self.relative is None else float(self.relative)
        percent = None if relative is None else round(relative * 100, 3)
        return {"relative": relative, "percent": percent, "days": self.days,
                "text": self.describe()}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim as a finding names it: where it is and what the article says."""

    #: Path of the claim file, as given.
    file: str
    #: The claim's id in its file.
    id: str
    #: The article's words.
    quote: str
    #: The id of the claim file's article or reference.
    doc: str = ""
    #: The claim's kind.
    kind: str = ""
    #: Line of the claim in the claim file.
    line: int | None = None
    #: Line of the quote in the article text, when the text is loaded.
    article_line: int | None = None
    #: The part of the claim this is, for a claim that states several things (a breakdown's
    #: item, "United States"); "" for the claim as a whole.
    part: str = ""

    @property
    def qualified_id(self) -> str:
        """``doc:id``, unique across files."""
        return f"{self.doc}:{self.id}" if self.doc else self.id

    def to_json(self) -> dict[str, Any]:
        """The contract's keys (file, id, quote) and the rest."""
        return {
            "file": self.file,
            "id": self.id,
            "quote": self.quote,
            "doc": self.doc,
            "kind": self.kind,
            "line": self.line,
            "article_line": self.article_line,
            "part": self.part,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """Claims that cannot all be true, or that deserve a second look."""

    #: Rule code, e.g. ``FC202``.
    rule: str
    #: Rule name, e.g. ``ratio-refuted``.
    name: str
    severity: Severity
    #: The claims involved; for a contradiction, a minimal set that cannot all hold.
    claims: tuple[ClaimRef, ...]
    #: One line.
    message: str
    #: Why, quoting the article.
    explanation: str
    acknowledged: bool = False
    #: The fact-checker's note, when acknowledged.
    note: str | None = None
    #: For a contradiction: the claims at fault (``status="suspect"``), or every claim of a
    #: dispute (``status="disputed"``); they lead ``claims``.
    suspects: tuple[ClaimRef, ...] = ()
    status: Status | None = None
    #: For a dispute: the sides, each the claims that stand or fall together.
    sides: tuple[tuple[ClaimRef, ...], ...] = ()
    #: How big the discrepancy is, when it can be measured.
    gap: Gap | None = None
    #: Smaller than the run's ``--min-gap``: listed apart, and it does not fail the run.
    minor: bool = False
    #: For a finding that names no claim (a statement no claim quotes, FC902): the claim file
    #: it belongs to, and the line of the article text.
    file: str | None = None
    article_line: int | None = None

    @property
    def key(self) -> str:
        """A stable name: the rule and the claims at fault (all its claims when none is named),
        e.g. ``FC202:spector:double``. It does not change when more evidence is loaded."""
        named = self.suspects or self.claims
        if not named:  # a statement no claim quotes: its file and line
            return f"{self.rule}:{self.file}:{self.article_line}:{self.message}"
        return f"{self.rule}:" + "+".join(sorted(c.qualified_id for c in named))

    def to_json(self) -> dict[str, Any]:
        """The finding as the JSON report gives it."""
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "acknowledged": self.acknowledged,
            "note": self.note,
            "message": self.message,
            "explanation": self.explanation,
            "claims": [c.to_json() for c in self.claims],
            "suspects": [c.to_json() for c in self.suspects],
            "status": self.status,
            "sides": [[c.to_json() for c in side] for side in self.sides],
            "gap": None if self.gap is None else self.gap.to_json(),
            "minor": self.minor,
            "file": self.home,
            "article_line": self.article_line,
        }

    @property
    def home(self) -> str | None:
        """The claim file the reports list the finding under: its first claim's (the suspect's,
        for a contradiction), or for a finding that names no claim, its own ``file``."""
        return self.claims[0].file if self.claims else self.file


@dataclass(frozen=True, slots=True)
class Check:
    """A rule applied to some claims that found nothing wrong: it holds, or it could not be
    decided because a figure is missing (``status="unchecked"``)."""

    rule: str
    name: str
    status: Literal["holds", "unchecked"]
    claims: tuple[ClaimRef, ...]
    message: str

    @property
    def key(self) -> str:
        """A stable name, like `Finding.key`."""
        return f"{self.rule}:" + "+".join(sorted(c.qualified_id for c in self.claims))

    def to_json(self) -> dict[str, Any]:
        """The check as the JSON report gives it."""
        return {
            "rule": self.rule,
            "name": self.name,
            "status": self.status,
            "message": self.message,
            "claims": [c.to_json() for c in self.claims],
        }


@dataclass(frozen=True, slots=True)
class Note:
    """Something the check could not compare, said for the reader: not a finding (nothing is
    known to be wrong) and not a check. A quote's count noun factcheck does not know ("three
    nephews") is not compared with the claim's unit (FC102)."""

    rule: str
    claims: tuple[ClaimRef, ...]
    message: str

    def to_json(self) -> dict[str, Any]:
        """The note as the JSON report gives it."""
        return {
            "rule": self.rule,
            "message": self.message,
            "claims": [c.to_json() for c in self.claims],
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of an article's quantitative statements (figures, ranges, vague quantities,
    dates...) the quotes of its claim files hold."""

    #: The article text, as the claim files name it.
    article: str
    #: The claim files that cover it.
    files: tuple[str, ...]
    #: Its statements, and how many of them some claim quotes.
    statements: int
    covered: int

    @property
    def percent(self) -> float:
        """Covered statements in percent (100 for an article without any)."""
        return 100.0 if not self.statements else 100 * self.covered / self.statements

    def describe(self) -> str:
        """``25 of 25 statements quoted (100%)``."""
        share = _pct(self.percent)
        return f"{self.covered} of {_count(self.statements, 'statement')} quoted ({share})"

    def to_json(self) -> dict[str, Any]:
        """Article, files, statements, covered and percent."""
        return {
            "article": self.article,
            "files": list(self.files),
            "statements": self.statements,
            "covered": self.covered,
            "percent": round(self.percent, 2),
        }


def _pct(value: float) -> str:
    return f"{value:.0f}%" if value == int(value) or value >= 10 else f"{value:.1f}%"


_SEVERITY_ORDER = {"contradiction": 0, "warning": 1}


@dataclass(frozen=True)
class Report:
    """What `factcheck.check` returns: every finding, and the checks that held."""

    #: The claim files checked.
    files: tuple[str, ...]
    #: How many claims they hold.
    claim_count: int
    findings: tuple[Finding, ...]
    checks: tuple[Check, ...] = field(default=())
    #: Coverage of each article text the claim files refer to.
    coverage: tuple[Coverage, ...] = field(default=())
    #: The run's ``--min-coverage`` (percent), if given: an article covered less fails the run.
    min_coverage: float | None = None
    #: What the check could not compare (a count noun factcheck does not know), for readers.
    notes: tuple[Note, ...] = field(default=())

    @property
    def undercovered(self) -> tuple[Coverage, ...]:
        """Articles whose coverage is below the run's ``--min-coverage``."""
        if self.min_coverage is None:
            return ()
        return tuple(c for c in self.coverage if c.percent < self.min_coverage)

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        """Unacknowledged contradictions: these make the check fail."""
        return tuple(
            f
            for f in self.findings
            if f.severity == "contradiction" and not f.acknowledged and not f.minor
        )

    @property
    def minor(self) -> tuple[Finding, ...]:
        """Unacknowledged contradictions smaller than the run's ``--min-gap``: listed apart;
        they do not fail the run."""
        return tuple(f for f in self.findings if f.minor and not f.acknowledged)

    @property
    def exit_code(self) -> int:
        """0 when no unacknowledged contradiction remains and every article is covered at
        least ``min_coverage``, else 1."""
        return 1 if self.contradictions or self.undercovered else 0

    def summary(self) -> dict[str, Any]:
        """Counts: files, claims, contradictions and warnings (unacknowledged), acknowledged,
        minor contradictions, checks that held and checks left unchecked; and the coverage of
        each article."""
        return {
            "files": len(self.files),
            "claims": self.claim_count,
            "contradictions": len(self.contradictions),
            "disputed": sum(1 for f in self.contradictions if f.status == "disputed"),
            "minor": len(self.minor),
            "warnings": sum(
                1 for f in self.findings if f.severity == "warning" and not f.acknowledged
            ),
            "acknowledged": sum(1 for f in self.findings if f.acknowledged),
            "holds": sum(1 for c in self.checks if c.status == "holds"),
            "unchecked": sum(1 for c in self.checks if c.status == "unchecked"),
            "coverage": [c.to_json() for c in self.coverage],
        }

    def to_json(self) -> dict[str, Any]:
        """The JSON report of the public contract (``summary`` and ``findings``), plus checks."""
        report: dict[str, Any] = {
            "summary": self.summary(),
            "files": list(self.files),
            "findings": [f.to_json() for f in sorted(self.findings, key=finding_order)],
            "checks": [c.to_json() for c in self.checks],
        }
        if self.notes:  # only when there are: reports without any stay as they were
            report["notes"] = [n.to_json() for n in self.notes]
        return report

    def render_json(self) -> str:
        """`to_json` as indented text."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)

    def render_text(self, *, color: bool = False, verbose: bool = True) -> str:
        """The human report: findings grouped by claim file, quotes shown; then what held and
        what could not be checked (``verbose``); then the counts."""
        return "\n".join(_text_lines(self, color=color, verbose=verbose)) + "\n"


_COLORS = {"red": "\x1b[31m", "yellow": "\x1b[33m", "green": "\x1b[32m", "dim": "\x1b[2m",
           "bold": "\x1b[1m", "reset": "\x1b[0m"}  # fmt: skip


def _paint(text: str, colour: str, on: bool) -> str:
    return f"{_COLORS[colour]}{text}{_COLORS['reset']}" if on else text


def _claim_line(ref: ClaimRef) -> str:
    where = f"{ref.file}:{ref.line}" if ref.line else ref.file
    article = f", article line {ref.article_line}" if ref.article_line else ""
    part = f" [{ref.part}]" if ref.part else ""
    return f"{ref.id}{part} ({where}{article}): “{ref.quote}”"


def finding_block(finding: Finding, *, color: bool = False, indent: str = "") -> list[str]:
    """A finding as a short block of lines: the rule, the message, each claim, the explanation."""
    if finding.acknowledged:
        status = _paint("acknowledged", "dim", color)
    elif finding.severity == "contradiction" and finding.minor:
        status = _paint("minor", "dim", color)
    elif finding.severity == "contradiction":
        status = _paint("contradiction", "red", color)
    else:
        status = _paint("warning", "yellow", color)
    notes = ["disputed"] if finding.status == "disputed" else []
    if finding.gap is not None:
        notes.append(f"gap {finding.gap.describe()}")
    size = f" {', '.join(notes)}" if notes else ""
    lines = [f"{indent}{_paint(finding.rule, 'bold', color)} {finding.name} [{status}]{size}",
             f"{indent}  {finding.message}"]  # fmt: skip
    suspects = {ref for ref in finding.suspects}
    side_of = {ref: n for n, side in enumerate(finding.sides, 1) for ref in side}
    for ref in finding.claims:
        if ref in side_of:
            mark = f"side {side_of[ref]}: "
        elif ref in suspects:
            mark = "suspect: "
        else:
            mark = ""
        lines.append(f"{indent}  - {mark}{_claim_line(ref)}")
    for paragraph in finding.explanation.splitlines():
        lines.append(f"{indent}  {paragraph}" if paragraph else "")
    if finding.note:
        lines.append(f"{indent}  Note: {finding.note}")
    return lines


def _rank(finding: Finding) -> tuple[Any, ...]:
    """Unacknowledged first, contradictions before warnings, the largest relative gap first,
    then gaps in days (largest first), then findings without a gap; ties by rule and key."""
    gap = finding.gap
    if gap is not None and gap.relative is not None:
        size: tuple[int, Fraction] = (0, -gap.relative)
    elif gap is not None and gap.days is not None:
        size = (1, -Fraction(gap.days))
    else:
        size = (2, Fraction(0))
    severity = _SEVERITY_ORDER[finding.severity]
    return (finding.acknowledged, severity, size, finding.rule, finding.key)


def finding_order(finding: Finding) -> tuple[Any, ...]:
    """The order of findings in every report: by claim file (`Finding.home`), and a file's
    findings unacknowledged first, contradictions before warnings, the largest relative gap
    first (then gaps in days, then findings without a gap), ties by rule and `Finding.key`."""
    return (finding.home or "", *_rank(finding))


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=_rank)


def _text_lines(report: Report, *, color: bool, verbose: bool) -> list[str]:
    lines: list[str] = []
    by_file: dict[str, list[Finding]] = {}
    minor = [f for f in report.findings if f.minor and not f.acknowledged]
    for finding in report.findings:
        if finding.minor and not finding.acknowledged:
            continue
        by_file.setdefault(finding.home or "(no claim)", []).append(finding)
    for path in sorted(by_file):
        lines.append(_paint(path, "bold", color))
        for finding in _ordered(by_file[path]):
            lines.extend(finding_block(finding, color=color, indent="  "))
            lines.append("")
    if minor:
        lines.append(f"Minor, a gap below the run's --min-gap ({len(minor)})")
        for finding in _ordered(minor):
            lines.extend(finding_block(finding, color=color, indent="  "))
            lines.append("")
    if verbose:
        held = [c for c in report.checks if c.status == "holds"]
        unchecked = [c for c in report.checks if c.status == "unchecked"]
        if held:
            lines.append(_paint(f"Confirmed ({len(held)})", "green", color))
            lines.extend(f"  {c.rule} {c.message}" for c in held)
            lines.append("")
        if unchecked:
            lines.append(f"Not checked, a figure is missing ({len(unchecked)})")
            lines.extend(f"  {c.rule} {c.message}" for c in unchecked)
            lines.append("")
        if report.notes:
            count = len(report.notes)
            lines.append(f"Not compared, a count noun factcheck does not know ({count})")
            lines.extend(f"  {n.rule} {n.message}" for n in report.notes)
            lines.append("")
    if report.coverage:
        lines.append("Coverage (statements of each article that a claim quotes)")
        for c in report.coverage:
            low = c in report.undercovered
            mark = (
                _paint(f"  below --min-coverage {report.min_coverage:g}%", "red", color)
                if low
                else ""
            )
            lines.append(f"  {c.article}: {c.describe()}{mark}")
        lines.append("")
    s = report.summary()
    verdict = _paint("FAILED", "red", color) if report.exit_code else _paint("OK", "green", color)
    minor_count = f", {s['minor']} minor" if s["minor"] else ""
    lines.append(
        f"{verdict}: {_count(s['files'], 'file')}, {_count(s['claims'], 'claim')}; "
        f"{_count(s['contradictions'], 'contradiction')}, {_count(s['warnings'], 'warning')}, "
        f"{s['acknowledged']} acknowledged{minor_count}; {_count(s['holds'], 'check')} held, "
        f"{s['unchecked']} not checked"
    )
    return lines


def _count(n: int, noun: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
