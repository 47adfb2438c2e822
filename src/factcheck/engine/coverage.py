"""Coverage: which quantitative statements of each article some claim quotes.

Like code coverage for tests, coverage says what the claim files leave out: every quantity
mention of an article's text (`factcheck.draft.mentions`: figures, percentages, fractions,
multiples, ranges, vague quantities) and every date, weekday, relative date and period
(`factcheck.draft.times`) is a statement; it is *covered* when the quote of some claim of the
article's claim files holds it, wherever those words stand in the text. Bare years ("the 2024
election") are not statements of their own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.loader import Loaded, LoadedFile
from factcheck.report import Coverage

if TYPE_CHECKING:
    from factcheck.engine.context import Context

__all__ = ["Statement", "article_coverage", "checked_coverage", "statements"]


@dataclass(frozen=True, slots=True)
class Statement:
    """A quantity or time expression of an article: where it is and its words."""

    start: int
    end: int
    line: int
    text: str
    kind: str


@functools.lru_cache(maxsize=64)
def statements(text: str) -> tuple[Statement, ...]:
    """Every quantity mention and time expression of an article text, in order."""
    from factcheck.draft import mentions, time_mentions

    found: list[tuple[int, int, str, str]] = [
        (m.start, m.end, m.text, m.kind) for m in mentions(text)
    ]
    found += [(t.start, t.end, t.text, t.kind) for t in time_mentions(text)]
    found.sort()
    out: list[Statement] = []
    for start, end, words, kind in found:
        if out and out[-1].start <= start and end <= out[-1].end:
            continue  # "12-month" inside "the 12-month period ending in August 2022"
        out.append(Statement(start, end, text.count("\n", 0, start) + 1, words, kind))
    return tuple(out)


def _quoted_spans(files: Iterable[LoadedFile], text: str) -> list[tuple[int, int]]:
    """Every place of the text that a claim of the files quotes: each fragment's anchor, and
    every other place its words stand as written."""
    spans: list[tuple[int, int]] = []
    for loaded in files:
        for anchors in loaded.anchors.values():
            for a in anchors:
                spans.append((a.start, a.end))
                words = text[a.start : a.end]
                at = text.find(words, a.end)
                while at >= 0 and words:
                    spans.append((at, at + len(words)))
                    at = text.find(words, at + 1)
    return spans


@dataclass(frozen=True, slots=True)
class ArticleCoverage:
    """The statements of one article text, and those no claim quotes."""

    coverage: Coverage
    files: tuple[LoadedFile, ...]
    uncovered: tuple[Statement, ...]


def article_coverage(loaded: Loaded) -> list[ArticleCoverage]:
    """Coverage of every article text the loaded files refer to (files that share one text,
    such as an article split in parts, count together, listed by id and path whatever order
    they were loaded in)."""
    groups: dict[str, list[LoadedFile]] = {}
    for f in sorted(loaded.files, key=lambda f: (f.doc_id, f.path)):
        if f.model.article is not None and f.text is not None and f.text_path is not None:
            groups.setdefault(f.text_path, []).append(f)
    result = []
    for path, files in sorted(groups.items()):
        text = files[0].text
        assert text is not None
        found = statements(text)
        spans = _quoted_spans(files, text)
        missing = tuple(s for s in found if not any(a <= s.start and s.end <= b for a, b in spans))
        result.append(
            ArticleCoverage(
                Coverage(
                    article=path,
                    files=tuple(f.path for f in files),
                    statements=len(found),
                    covered=len(found) - len(missing),
                ),
                tuple(files),
                missing,
            )
        )
    return result


def checked_coverage(ctx: Context) -> list[ArticleCoverage]:
    """`article_coverage` of the files of one check, found once (rule FC902 and the report's
    coverage both read it; finding the statements of an article is most of its cost)."""
    if ctx.coverage_cache is None:
        ctx.coverage_cache = article_coverage(ctx.loaded)
    return ctx.coverage_cache
