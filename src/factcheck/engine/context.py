"""What the rules see: every claim of every loaded file, and what is known of each measure."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from typing import Any, Literal

from factcheck.claims import (
    BreakdownClaim,
    ClaimBase,
    DateClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    Pair,
    PartClaim,
    PeriodClaim,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    ValueClaim,
    WeekdayClaim,
    measure_pattern,
)
from factcheck.kinds.base import count_interval as count_interval
from factcheck.loader import Loaded, LoadedFile
from factcheck.numbers import Hedge, Interval
from factcheck.report import ClaimRef
from factcheck.units import unit_info

__all__ = ["Context", "Entry", "MeasureKind"]

MeasureKind = Literal["quantity", "date", "period"]


@dataclass(frozen=True, eq=False)
class Entry:
    """One claim with its file and its place in the check."""

    index: int
    file: LoadedFile
    claim: ClaimBase
    ref: ClaimRef

    @property
    def published(self) -> date | None:
        """The date relative phrases are read from: the article's publication date, or when a
        reference was compiled."""
        if self.file.model.article is not None:
            return self.file.model.article.published
        assert self.file.model.reference is not None
        return self.file.model.reference.compiled

    def tolerance(self, hedge: Hedge) -> Fraction | None:
        """The file's default tolerance for ``hedge``, if it sets one."""
        return self.file.model.tolerance_for(hedge)

    @property
    def vague_readings(self) -> dict[str, Pair]:
        """The file's own readings of vague words (its ``[vague]`` table)."""
        return self.file.model.vague

    @property
    def source(self) -> str:
        """What the claim's figures come from: the article text (several claim files may cover
        one article), or the reference file."""
        article = self.file.model.article
        if article is not None:
            return f"article:{self.file.text_path or article.text}"
        return f"reference:{self.file.doc_id}"

    @property
    def vagueness(self) -> int:
        """How loosely the claim pins its figure (1 for a hedged figure or a range, else 0): when
        claims could form a minimal set in several ways, the engine shows the most precise
        figures."""
        if not isinstance(self.claim, FIGURE_KINDS):
            return 0
        if self.claim.__dict__.get("range") is not None:
            return 1
        return 0 if self.claim.__dict__.get("hedge", Hedge.EXACT) is Hedge.EXACT else 1


def _ref(loaded: LoadedFile, claim: ClaimBase, part: str = "", kind: str = "") -> ClaimRef:
    anchors = loaded.anchors.get(f"{claim.id}#{part}" if part else claim.id)
    anchors = anchors or loaded.anchors.get(claim.id)
    return ClaimRef(
        file=loaded.path,
        id=claim.id,
        quote=claim.quote_text,
        doc=loaded.doc_id,
        kind=kind or str(claim.__dict__.get("kind", "")),
        line=loaded.claim_line(claim.id),
        article_line=anchors[0].line if anchors else None,
        part=part,
    )


#: Fields that name or document a claim and say nothing of the world.
_NAMING = {"id", "quote", "note", "source"}
#: The fields through which a figure claim gives its figure, read together as its interval.
_FIGURE = {"value", "count", "unit", "precision", "tolerance", "range", "vague", "reading"}


def _bound(value: Fraction | None, infinite: int) -> tuple[int, Fraction]:
    return (infinite, Fraction(0)) if value is None else (0, value)


def _meaning_key(entry: Entry) -> tuple[str, tuple[Any, ...]]:
    """What a claim says, as a sort key: its fields but those that name it, and a figure as
    the values its reading admits in the base unit of its dimension. "152 kg" written with
    ``precision = 1`` (its default) or as "152,000 g" to the kilogram says what "152 kg" says,
    and takes its place in the canonical order."""
    claim = entry.claim
    figure = claim.figure_interval(entry)
    if figure is None:
        return claim.model_dump_json(exclude=_NAMING), ()
    interval, unit = figure
    info = unit_info(unit)
    base = interval.scaled(info.factor)
    reading = (
        info.dimension,
        _bound(base.lo, -1),
        base.lo_open,
        _bound(base.hi, 1),
        base.hi_open,
    )
    return claim.model_dump_json(exclude=_NAMING | _FIGURE), reading


@dataclass
class Context:
    """Every claim, in a canonical order, and indexes over measures."""

    loaded: Loaded
    entries: list[Entry] = field(default_factory=list)
    #: Claims about each measure (as subject, or as the other side of a relation).
    by_measure: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    #: What each measure key names.
    kinds: dict[str, MeasureKind] = field(default_factory=dict)
    #: Measures declared under [measures], with their descriptions.
    declared: dict[str, str] = field(default_factory=dict)
    _keys: set[str] | None = None
    _members: dict[int, list[str]] = field(default_factory=dict)
    _sorted_keys: list[str] | None = None
    _lists: set[str] | None = None
    _by_kind: dict[str, list[Entry]] = field(default_factory=dict)
    #: Claims at fault (set once the diagnosis is done): what is known of a measure leaves
    #: them out.
    doubted: frozenset[int] = frozenset()
    #: Memo of `explain.known` for whole measures.
    known_cache: dict[str, object] = field(default_factory=dict)
    #: Memo of `engine.coverage.checked_coverage`: the coverage of each article, read by FC902
    #: and by the report.
    coverage_cache: list[Any] | None = None

    @classmethod
    def build(cls, loaded: Loaded) -> Context:
        """Index the loaded files. Claims are ordered by what they say (`_meaning_key`), then by
        quote, id and file, so that the order in which files and claims are written, how claims
        are split into files, and fields that change no reading (a figure's unit, its precision
        written out or left to its default) change no finding."""
        ctx = cls(loaded)
        # A claim that states several things (a breakdown) is checked as the claims it implies.
        unplaced = [
            Entry(-1, f, sub, _ref(f, sub, part, str(c.__dict__.get("kind", ""))))
            for f in loaded.files
            for c in f.model.claim
            for part, sub in c.implied()
        ]
        ordered = sorted(
            unplaced,
            key=lambda e: (
                _meaning_key(e), e.claim.quote_text, e.claim.id, e.ref.part, e.file.doc_id
            ),
        )
        files = sorted(loaded.files, key=lambda f: (f.doc_id, f.path))
        for index, unindexed in enumerate(ordered):
            entry = replace(unindexed, index=index)
            ctx.entries.append(entry)
            for key in entry.claim.measures():
                ctx.by_measure[key].append(entry)
        for loaded_file in files:
            ctx.declared.update(loaded_file.model_measures)
        return ctx

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def of_kind(self, kind: str) -> list[Entry]:
        """The claims of one kind (``"rate"``), in the canonical order."""
        found = self._by_kind.get(kind)
        if found is None:
            found = [e for e in self.entries if e.claim.__dict__.get("kind") == kind]
            self._by_kind[kind] = found
        return found

    def all_measure_keys(self) -> set[str]:
        """Every measure key a claim names or a file declares."""
        if self._keys is None:
            keys = set(self.by_measure) | set(self.declared)
            for entry in self.entries:
                for name in ("since", "until"):
                    value = entry.claim.__dict__.get(name)
                    if isinstance(value, str) and not value[:1].isdigit():
                        keys.add(value)
            self._keys = keys
        return self._keys

    def _implied_lists(self) -> set[str]:
        """The measures counting a breakdown's items on their default key (`<measure>.items`)."""
        if self._lists is None:
            self._lists = {
                claim.counted
                for loaded_file in self.loaded.files
                for claim in loaded_file.model.claim
                if isinstance(claim, BreakdownClaim) and claim.list_measure is None
            }
        return self._lists

    def superlative_members(self, claim: SuperlativeClaim) -> list[str]:
        """The other measures of a superlative's group, sorted."""
        found = self._members.get(id(claim))
        if found is None:
            if self._sorted_keys is None:
                self._sorted_keys = sorted(self.all_measure_keys())
            keys = self._sorted_keys
            members: set[str] = set()
            for pattern in claim.among:
                # Only keys that start with the pattern's literal prefix can match it.
                prefix = re.split(r"[*?\[]", pattern, maxsplit=1)[0]
                matcher = measure_pattern(pattern)
                start = bisect.bisect_left(keys, prefix)
                for key in itertools.islice(keys, start, None):
                    if not key.startswith(prefix):
                        break
                    if matcher.match(key):
                        members.add(key)
            members.discard(claim.measure)
            # A breakdown's own count of its items, on the default key under its whole
            # ("x.runs.items" beside "x.runs.nair"), is no member of a group of the items'
            # figures unless the pattern names it: "top-scored" is not against a list's length.
            members -= {m for m in self._implied_lists() if m not in claim.among}
            found = sorted(members)
            self._members[id(claim)] = found
        return found


def value_interval(entry: Entry) -> tuple[Interval, str] | None:
    """The interval a figure claim gives its measure, in the claim's unit, and that unit. It
    depends on the claim's own fields and its file's tolerances alone."""
    return entry.claim.figure_interval(entry)


FIGURE_KINDS = (ValueClaim, DurationClaim, EnumerationClaim, SpanClaim)
DATE_KINDS = (DateClaim, WeekdayClaim, RelativeDateClaim)
RELATION_KINDS = (MultipleClaim, ShareClaim, PartClaim, SuperlativeClaim)
PERIOD_KINDS = (PeriodClaim,)
