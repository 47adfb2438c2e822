"""The claim kinds: one pydantic model per kind of quantitative statement, on ``kind``.

A claim says what one statement of an article asserts about one or more *measures*: named
quantities in the world, such as ``jcode.spector.arrests``. Measure keys are lowercase words
joined by dots; claims in different files that use the same key are about the same thing, which is
how an article meets a reference file. Building a claim in Python validates exactly as loading it
from a claim file does::

    >>> from factcheck import ValueClaim
    >>> ValueClaim(id="arrests", quote="281 arrests", measure="jcode.spector.arrests",
    ...            value=281, unit="arrests").value
    Decimal('281')
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Annotated, Any, TypeAlias

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from factcheck import numbers

# The fields and bases every kind shares live in factcheck.kinds.base; they are importable from
# here too, as they were before the kinds had modules of their own.
from factcheck.kinds.base import (  # noqa: F401 - re-exported (see pyproject's mypy overrides)
    _KEY_RE,
    _RULE_RE,
    MAX_TEXT,
    ChangeNum,
    CheckedDate,
    ClaimBase,
    ClaimId,
    FactorNum,
    FactorRange,
    FractionNum,
    FractionRange,
    HedgeField,
    MeasureKey,
    Num,
    Pair,
    PartialDate,
    Quote,
    RangeNum,
    SignedNum,
    Tolerance,
    Unit,
    VagueName,
    _change_number,
    _claim_id,
    _Counted,
    _distinct_of,
    _factor_number,
    _Figure,
    _fraction_number,
    _interval,
    _measure_key,
    _Model,
    _number,
    _range_hedge,
    _range_text,
    _serialize_number,
    _signed_number,
    _Valued,
    measure_pattern,
)
from factcheck.numbers import Hedge, as_fraction
from factcheck.units import counted_as, declared_noun

__all__ = [
    "CLAIM_KINDS",
    "Acknowledgement",
    "ArticleInfo",
    "BreakdownClaim",
    "Claim",
    "ClaimFile",
    "ConversionClaim",
    "DateClaim",
    "DifferenceClaim",
    "DurationClaim",
    "EnumerationClaim",
    "MultipleClaim",
    "PartClaim",
    "PartsClaim",
    "PeriodClaim",
    "RateClaim",
    "ReferenceInfo",
    "RelativeDateClaim",
    "ShareClaim",
    "SpanClaim",
    "SuperlativeClaim",
    "ValueClaim",
    "WeekdayClaim",
    "measure_pattern",
]


# Kinds with a module of their own (factcheck/kinds/): they build on the models above.
from factcheck.kinds.breakdown import BreakdownClaim
from factcheck.kinds.conversion import ConversionClaim, RateClaim
from factcheck.kinds.date import DateClaim
from factcheck.kinds.difference import DifferenceClaim
from factcheck.kinds.duration import DurationClaim
from factcheck.kinds.enumeration import EnumerationClaim
from factcheck.kinds.multiple import MultipleClaim
from factcheck.kinds.part import PartClaim
from factcheck.kinds.parts import PartsClaim
from factcheck.kinds.period import PeriodClaim
from factcheck.kinds.relative_date import RelativeDateClaim
from factcheck.kinds.share import ShareClaim
from factcheck.kinds.span import SpanClaim
from factcheck.kinds.superlative import SuperlativeClaim
from factcheck.kinds.value import ValueClaim
from factcheck.kinds.weekday import WeekdayClaim

Claim: TypeAlias = Annotated[
    ValueClaim
    | MultipleClaim
    | ShareClaim
    | PartClaim
    | PartsClaim
    | BreakdownClaim
    | ConversionClaim
    | RateClaim
    | DifferenceClaim
    | SuperlativeClaim
    | EnumerationClaim
    | SpanClaim
    | DateClaim
    | WeekdayClaim
    | RelativeDateClaim
    | PeriodClaim
    | DurationClaim,
    Field(discriminator="kind"),
]

#: Every claim kind, by the name used in claim files.
CLAIM_KINDS: dict[str, type[ClaimBase]] = {
    "value": ValueClaim,
    "multiple": MultipleClaim,
    "share": ShareClaim,
    "part": PartClaim,
    "parts": PartsClaim,
    "breakdown": BreakdownClaim,
    "conversion": ConversionClaim,
    "rate": RateClaim,
    "difference": DifferenceClaim,
    "superlative": SuperlativeClaim,
    "enumeration": EnumerationClaim,
    "span": SpanClaim,
    "date": DateClaim,
    "weekday": WeekdayClaim,
    "relative_date": RelativeDateClaim,
    "period": PeriodClaim,
    "duration": DurationClaim,
}


class ArticleInfo(_Model):
    """The ``[article]`` table: the article the claims come from."""

    id: ClaimId = Field(description="A stable id for the article, used to name its claims.")
    title: str = Field(max_length=1000, description="The article's headline.")
    published: date = Field(description="Publication date (TOML date: 2023-05-02).")
    text: str = Field(max_length=1000, description="Path of the article text, relative to file.")
    url: str | None = Field(default=None, max_length=2000, description="Where it is published.")
    publisher: str | None = Field(default=None, max_length=1000, description="Who published it.")


class ReferenceInfo(_Model):
    """The ``[reference]`` table: facts from other sources, each claim citing its own."""

    id: ClaimId = Field(description="A stable id for the reference, unique among loaded files.")
    title: str = Field(max_length=1000, description="What the reference holds.")
    compiled: date | None = Field(default=None, description="When the facts were gathered.")
    text: str | None = Field(
        default=None, max_length=1000, description="Optional source text; quotes are then found."
    )
    url: str | None = Field(default=None, max_length=2000, description="Where to read it.")
    note: str | None = Field(
        default=None, max_length=MAX_TEXT, description="What a reader should know of the figures."
    )


#: Default weights of the diagnosis (docs/engine.md, "Which claim is at fault").
DEFAULT_WEIGHTS: dict[str, Fraction] = {
    "article": Fraction(1),
    "reference": Fraction(3),
    "hedged": Fraction(2, 3),
}


class Weights(_Model):
    """The ``[weights]`` table: how far the file's claims are trusted when claims disagree."""

    source: Num | None = Field(
        default=None,
        description="Weight of each figure the file gives: the cost of doubting it. Default 1 for"
        " an article, 3 for a reference file.",
    )
    hedged: Num | None = Field(
        default=None,
        description="Factor on the weight of a hedged claim ('nearly 300', 'more than double'),"
        " which says less than a precise one; between 0 and 1, default 2/3.",
    )

    @field_validator("source")
    @classmethod
    def _positive(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value <= 0:
            raise ValueError(f"source={value} must be a positive weight such as 1 or 3")
        return value

    @field_validator("hedged")
    @classmethod
    def _factor(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and not 0 < value <= 1:
            raise ValueError(f"hedged={value} must be a factor above 0 and at most 1, such as 0.5")
        return value


class Acknowledgement(_Model):
    """``[[acknowledge]]``: a finding the fact-checker has seen, with their note."""

    rule: str = Field(description="The rule code, e.g. 'FC303'.")
    claims: list[str] = Field(
        min_length=1,
        description="Ids of the claims involved; 'other-file-id:claim-id' for another file's.",
    )
    note: str = Field(min_length=1, max_length=MAX_TEXT, description="What the checker found.")

    @field_validator("rule")
    @classmethod
    def _rule(cls, value: str) -> str:
        if not _RULE_RE.match(value):
            raise ValueError(f"rule={value!r} is not a rule code such as 'FC303'")
        return value


def _one_per_hedge(value: Any) -> Any:
    """[tolerances] may not set one hedge twice under two of its names ("nearly", "almost")."""
    if isinstance(value, dict):
        seen: dict[Hedge, str] = {}
        for key in value:
            try:
                hedge = numbers.parse_hedge(key)
            except ValueError:
                continue  # reported by the field's own validation
            if hedge in seen:
                raise ValueError(
                    f"[tolerances] sets the hedge {hedge.value!r} twice, as {seen[hedge]!r} and"
                    f" as {key!r}; keep one"
                )
            seen[hedge] = key
    return value


NounName = Annotated[
    str,
    AfterValidator(declared_noun),
    WithJsonSchema({"type": "string", "examples": ["nephews", "goats"],
                    "description": "A count noun as the article writes it, that factcheck does"
                    " not know."}),
]  # fmt: skip
CountedAs = Annotated[
    str,
    AfterValidator(counted_as),
    WithJsonSchema({"type": "string", "examples": ["people", "animals", "hospitals"],
                    "description": "What the noun counts: a kind ('people', 'places',"
                    " 'organisations', 'objects', 'animals', 'items') or a count noun factcheck"
                    " knows."}),
]  # fmt: skip


class ClaimFile(_Model):
    """A whole claim file, as written in TOML."""

    article: ArticleInfo | None = None
    reference: ReferenceInfo | None = None
    tolerances: Annotated[dict[HedgeField, Tolerance], BeforeValidator(_one_per_hedge)] = Field(
        default_factory=dict, description="Default tolerance per hedge for this file's claims."
    )
    vague: dict[VagueName, RangeNum] = Field(
        default_factory=dict,
        description="This file's readings of vague words, low then high, both included:"
        " dozens = [24, 100].",
    )
    weights: Weights = Field(
        default_factory=Weights, description="How far this file's claims are trusted."
    )
    nouns: dict[NounName, CountedAs] = Field(
        default_factory=dict,
        max_length=1_000,
        description="Count nouns factcheck does not know, and what each counts, for the quote"
        " check of this file's claims: nephews = 'people', goats = 'animals'.",
    )
    claim: list[Claim] = Field(default_factory=list, max_length=10_000)
    acknowledge: list[Acknowledgement] = Field(default_factory=list, max_length=10_000)

    @model_validator(mode="after")
    def _header(self) -> ClaimFile:
        if self.article is None and self.reference is None:
            raise ValueError("the file has no [article] table (or [reference] table); it needs one")
        if self.article is not None and self.reference is not None:
            raise ValueError("the file has both an [article] and a [reference] table; keep one")
        return self

    @property
    def doc_id(self) -> str:
        """The id of the article or reference."""
        header = self.article or self.reference
        assert header is not None
        return header.id

    def tolerance_for(self, hedge: Hedge) -> Fraction | None:
        """The file's default tolerance for ``hedge``, if it sets one."""
        return self.tolerances.get(hedge)

    @property
    def source_weight(self) -> Fraction:
        """The weight of each figure the file gives (``[weights] source``, or the default)."""
        if self.weights.source is not None:
            return as_fraction(self.weights.source)
        return DEFAULT_WEIGHTS["reference" if self.reference is not None else "article"]

    @property
    def hedged_factor(self) -> Fraction:
        """The factor on a hedged claim's weight (``[weights] hedged``, or the default)."""
        if self.weights.hedged is not None:
            return as_fraction(self.weights.hedged)
        return DEFAULT_WEIGHTS["hedged"]


def fraction_of(number: numbers.Number) -> Fraction:
    """Exact value of a claim's number."""
    return as_fraction(number)
