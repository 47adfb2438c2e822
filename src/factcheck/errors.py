"""Errors for people: a malformed claim file names the file, the line, the claim and the field.

Keep two things apart: a claim file that cannot be read is an *error* (this module; the command
exits 2); claims that disagree are *findings* (the report).
"""

from __future__ import annotations

__all__ = ["ClaimFileError", "FactcheckError"]


def _clip(text: str, limit: int) -> str:
    """``text`` cut in the middle to about ``limit`` characters: a message stays on one screen
    whatever a claim file holds (the end, which says what is needed, is kept)."""
    if len(text) <= limit:
        return text
    head, tail = limit * 2 // 3, limit // 3
    return f"{text[:head]} ...[{len(text) - head - tail:,} characters]... {text[-tail:]}"


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class ClaimFileError(ValueError, FactcheckError):
    """A claim file (or the article it points to) cannot be loaded.

    The structured fields say where; ``str(error)`` is the one-screen message shown to people:
    ``claims/x.toml:12: claim 'arrests', field 'value': 'abc' is not a number ...``.
    """

    def __init__(
        self,
        path: str,
        problem: str,
        *,
        line: int | None = None,
        claim: str | None = None,
        field: str | None = None,
        problems: list[ClaimFileError] | None = None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        self.claim = claim
        self.field = field
        #: Further problems found in the same file (the first one is this error itself).
        self.problems: list[ClaimFileError] = problems or []
        super().__init__(self.problem)

    def location(self) -> str:
        """``path:line`` (or just the path when the line is unknown)."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def one_line(self) -> str:
        """This problem alone, on one line."""
        where = []
        if self.claim:
            where.append(f"claim {_clip(repr(self.claim), 80)}")
        if self.field:
            where.append(f"field {_clip(repr(self.field), 80)}")
        context = ", ".join(where)
        return f"{self.location()}: {context + ': ' if context else ''}{_clip(self.problem, 400)}"

    def __str__(self) -> str:
        lines = [self.one_line()]
        shown = self.problems[1:10]
        lines.extend(problem.one_line() for problem in shown)
        if len(self.problems) > 10:
            lines.append(f"... and {len(self.problems) - 10} more problems in {self.path}")
        return "\n".join(lines)
