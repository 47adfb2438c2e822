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

import functools
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StrictInt,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factcheck import numbers
from factcheck.dates import WEEKDAYS, DateRange, is_relative_phrase, parse_partial_date
from factcheck.numbers import Hedge, Interval, as_fraction, stated_interval
from factcheck.units import UnitInfo, unit_info, validate_unit_string
from factcheck.vague import parse_vague
from factcheck.vague import reading as vague_reading

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry

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

_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*$")
_PATTERN_RE = re.compile(r"^[a-z0-9_*?\[\]-]+(?:\.[a-z0-9_*?\[\]-]+)*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_RULE_RE = re.compile(r"^FC\d{3}$")
MAX_TEXT = 10_000


@functools.lru_cache(maxsize=1024)
def measure_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression of a measure pattern (a superlative's ``among``), matched against
    whole keys. Patterns are read segment by segment, as path globs are, with the dot as the
    separator: ``*`` is any run of characters within one segment (``jcode.*.arrests`` matches
    ``jcode.spector.arrests``, not ``jcode.spector.us.arrests``), ``?`` one character,
    ``[...]`` one of the characters listed (``y201[3-9]``), and a segment ``**`` any number of
    whole segments (``jcode.**.arrests`` matches both; ``jcode.**`` every key under ``jcode``).
    Raises `ValueError` for a pattern that is not one.

    >>> bool(measure_pattern("jcode.*.arrests").match("jcode.spector.us.arrests"))
    False
    """
    if not _PATTERN_RE.match(pattern):
        raise ValueError(f"{pattern!r} is not a measure key or pattern such as 'jcode.*.arrests'")
    segments: list[str] = []
    for segment in pattern.split("."):
        if segment != "**" or segments[-1:] != ["**"]:  # '**.**' is '**'
            segments.append(segment)
    out = ""
    for index, segment in enumerate(segments):
        first, last = index == 0, index == len(segments) - 1
        if segment == "**":
            if first and last:
                out += r"[^.]+(?:\.[^.]+)*"
            elif first:
                out += r"(?:[^.]+\.)*"  # '**.arrests': any key ending in .arrests, or 'arrests'
            elif last:
                out += r"(?:\.[^.]+)+"  # 'jcode.**': every key under jcode, not jcode itself
            else:
                out += r"(?:\.[^.]+)*"
            continue
        if "**" in segment:
            raise ValueError(
                f"{pattern!r}: '**' stands for whole segments (as in 'jcode.**.arrests');"
                " within a segment write '*'"
            )
        if not first and not (index == 1 and segments[0] == "**"):  # a leading '**' ends in '.'
            out += r"\."
        out += _segment_regex(pattern, segment)
    return re.compile(out + r"\Z")


def _segment_regex(pattern: str, segment: str) -> str:
    out, i = "", 0
    while i < len(segment):
        char = segment[i]
        if char == "*":
            out += "[^.]*"
        elif char == "?":
            out += "[^.]"
        elif char == "[":
            end = segment.find("]", i + 1)
            if end <= i + 1:
                raise ValueError(
                    f"{pattern!r}: '[' opens a set of characters such as '[3-9]' and needs its ']'"
                )
            out += "[" + segment[i + 1 : end].replace("[", "\\[") + "]"
            i = end
        elif char == "]":
            raise ValueError(f"{pattern!r}: ']' without its '['")
        else:
            out += re.escape(char)
        i += 1
    return out


def _measure_key(value: str) -> str:
    if len(value) > 200 or not _KEY_RE.match(value):
        raise ValueError(
            f"{value!r} is not a measure key: use lowercase words joined by dots, such as"
            " 'jcode.spector.arrests' (letters, digits, '_' and '-')"
        )
    return value


def _claim_id(value: str) -> str:
    if len(value) > 100 or not _ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a claim id: use letters, digits, '_', '-' and '.', such as"
            " 'arrests-total'"
        )
    return value


def _number(value: Any) -> numbers.Number:
    return numbers.parse_number(value)


_ONE_IN = re.compile(r"^\s*(\w+)\s+(?:in|out\s+of)\s+(?:every\s+)?([\w,]+)\s*$", re.IGNORECASE)


def _fraction_number(value: Any) -> numbers.Number:
    words = {"half": Fraction(1, 2), "a half": Fraction(1, 2), "a third": Fraction(1, 3),
             "two-thirds": Fraction(2, 3),
             "a quarter": Fraction(1, 4), "three-quarters": Fraction(3, 4)}  # fmt: skip
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    if isinstance(value, str) and _ONE_IN.match(value):  # "one in five", "1 in 150"
        from factcheck.quotes import numbers_in

        ratios = [n.value for n in numbers_in(value) if 0 < n.value < 1]
        if len(ratios) == 1:
            return ratios[0]
        raise ValueError(f"{value!r} is not a ratio such as 'one in five' or '1 in 150'")
    return numbers.parse_number(value, allow_percent=True)


def _change_number(value: Any) -> numbers.Number:
    """A change as a fraction of the other measure: "+12%", "-12%", -0.12, "-a third", "-1/3"."""
    if isinstance(value, str):
        text = value.strip().replace("\u2212", "-")  # a typographic minus
        if text[:1] in "+-":
            rest = text[1:].strip()
            if rest[:1] in "+-":
                raise ValueError(f"{value!r} has two signs; write '+12%' or '-12%'")
            size = _fraction_number(rest)
            return -size if text[0] == "-" else size
        value = text
    return _fraction_number(value)


def _factor_number(value: Any) -> numbers.Number:
    words = {"double": 2, "twice": 2, "triple": 3, "thrice": 3, "quadruple": 4, "half": "1/2"}
    if isinstance(value, str) and value.strip().lower() in words:
        value = words[value.strip().lower()]
    return numbers.parse_number(value)


def _serialize_number(value: numbers.Number) -> int | Decimal | str:
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else value.numerator
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return int(value)  # written as a whole number: keep it one
    return value


_NUMBER_SCHEMA = WithJsonSchema(
    {
        "anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^[0-9., /%-]+$"}],
        "description": "A number as written: 281, 53.4, '1,874', '2/3' (and '68%' for shares).",
    }
)

MeasureKey = Annotated[str, AfterValidator(_measure_key), Field(max_length=200)]
ClaimId = Annotated[str, AfterValidator(_claim_id)]
Num = Annotated[
    Decimal | Fraction,
    PlainValidator(_number),
    PlainSerializer(_serialize_number),
    _NUMBER_SCHEMA,
]
FractionNum = Annotated[
    Decimal | Fraction,
    PlainValidator(_fraction_number),
    PlainSerializer(_serialize_number),
    WithJsonSchema(
        {
            "anyOf": [{"type": "number"}, {"type": "string"}],
            "description": "'2/3', 'two-thirds', '68%', 0.68, 'half' or 'one in five'.",
        }
    ),
]
FactorNum = Annotated[
    Decimal | Fraction,
    PlainValidator(_factor_number),
    PlainSerializer(_serialize_number),
    WithJsonSchema(
        {
            "anyOf": [{"type": "number"}, {"type": "string"}],
            "description": "2, 2.5, 'double', 'twice', 'triple' or 'half'.",
        }
    ),
]


Pair: TypeAlias = tuple[Decimal | Fraction, Decimal | Fraction]


def _range_of(parse: Any, example: str) -> Any:
    """The validator of a ``range`` field: two figures as written, low then high, each read by
    ``parse``."""

    def validate(value: Any) -> Pair:
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise ValueError(
                f"range={value!r} must be two figures, low then high, such as {example}"
            )
        low, high = parse(value[0]), parse(value[1])
        if low < 0:
            raise ValueError(f"range={value!r} starts below zero; figures are amounts")
        if low == high:
            raise ValueError(
                f"range={value!r} has one figure at both ends; state it as one figure instead"
            )
        if low > high:
            raise ValueError(
                f"range={value!r} goes down; write the smaller end first, as the range"
                f" [{value[1]!r}, {value[0]!r}]"
            )
        return low, high

    return PlainValidator(validate)


def _range_schema(example: str) -> WithJsonSchema:
    return WithJsonSchema(
        {
            "type": "array",
            "minItems": 2,
            "maxItems": 2,
            "items": {"anyOf": [{"type": "number"}, {"type": "string"}]},
            "description": f"Two figures as written, low then high: {example}.",
        }
    )


_PAIR_SERIALIZER = PlainSerializer(lambda pair: [_serialize_number(x) for x in pair])
_RANGE_EXAMPLE = "[50, 100], [1.5, 2.5] or ['1,000', '2,000']"
_FACTOR_RANGE_EXAMPLE = "[50, 100] for '50 to 100 times', ['double', 'triple']"
_FRACTION_RANGE_EXAMPLE = "['10%', '15%'] for '10-15%', ['a third', 'half']"
RangeNum = Annotated[
    Pair, _range_of(_number, _RANGE_EXAMPLE), _PAIR_SERIALIZER, _range_schema(_RANGE_EXAMPLE)
]
FactorRange = Annotated[
    Pair,
    _range_of(_factor_number, _FACTOR_RANGE_EXAMPLE),
    _PAIR_SERIALIZER,
    _range_schema(_FACTOR_RANGE_EXAMPLE),
]
FractionRange = Annotated[
    Pair,
    _range_of(_fraction_number, _FRACTION_RANGE_EXAMPLE),
    _PAIR_SERIALIZER,
    _range_schema(_FRACTION_RANGE_EXAMPLE),
]


_ALTERNATIVE = {"range": "two: 'between 10 and 20'", "vague": "a word: 'dozens'"}
VagueName = Annotated[
    str,
    PlainValidator(parse_vague),
    WithJsonSchema(
        {"type": "string", "examples": ["dozens", "hundreds", "a handful", "billion-dollar"],
         "description": "A vague quantity: 'dozens', 'hundreds', 'several hundred', ..."}
    ),
]  # fmt: skip


def _range_text(pair: Pair) -> str:
    """A range for messages: ``50 to 100``."""
    low, high = (numbers.format_fraction(Fraction(x)) for x in pair)
    return f"{low} to {high}"


def _range_hedge(value: Any, info: ValidationInfo) -> Any:
    """A range (checked on ``range``, so that an error names it) goes with ``about`` or no hedge,
    and replaces the single figure."""
    hedge = info.data.get("hedge", Hedge.EXACT)
    if value is not None and hedge not in numbers.RANGE_HEDGES:
        raise ValueError(
            f"a range takes the hedge 'about' ('about 10 to 15') or none; hedge"
            f" {hedge.value!r} bounds one figure ('{hedge.value} 10' is value = 10), and a"
            " range is already bounded at both ends"
        )
    return value


def _signed_number(value: Any) -> numbers.Number:
    if isinstance(value, str):
        value = value.strip().replace("\u2212", "-").removeprefix("+")
    return numbers.parse_number(value)


SignedNum = Annotated[
    Decimal | Fraction,
    PlainValidator(_signed_number),
    PlainSerializer(_serialize_number),
    WithJsonSchema(
        {
            "anyOf": [{"type": "number"}, {"type": "string"}],
            "description": "A signed number as written: 500, -3, '+12.5', '-1,200'.",
        }
    ),
]
ChangeNum = Annotated[
    Decimal | Fraction,
    PlainValidator(lambda value: _change_number(value)),
    PlainSerializer(_serialize_number),
    WithJsonSchema(
        {
            "anyOf": [{"type": "number"}, {"type": "string"}],
            "description": "'+12%', '-12%', 0.12, -0.12, '-a third' or '+1/2'.",
        }
    ),
]
Tolerance = Annotated[
    Fraction,
    PlainValidator(numbers.parse_tolerance),
    PlainSerializer(lambda f: str(f)),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}],
                    "description": "A fraction of the figure: 0.1, '10%' or '1/10'."}),
]  # fmt: skip
HedgeField = Annotated[
    Hedge,
    PlainValidator(numbers.parse_hedge),
    PlainSerializer(lambda h: h.value),
    WithJsonSchema(
        {
            "type": "string",
            "examples": sorted(numbers.HEDGE_SYNONYMS),
            "description": "exact, nearly, about, more than, at least, less than, "
            "at most, or a synonym (any letter case).",
        }
    ),
]
Unit = Annotated[str, AfterValidator(validate_unit_string)]
Quote = Annotated[
    str | list[Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]],
    Field(min_length=1, max_length=MAX_TEXT),
]
PartialDate = Annotated[
    date | StrictInt | str,  # strict: TOML's true must not become the year 1
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "integer"}],
                    "description": "2023-05-02, 2023-05, 2022 or 'August 2022'."}),
]  # fmt: skip


def _distinct_of(value: str, info: ValidationInfo) -> str:
    """A relation's ``of`` must name another measure than its ``measure`` (checked on ``of``, so
    that an error names that field)."""
    if value == info.data.get("measure"):
        raise ValueError(f"measure and of are both {value!r}; name two measures")
    return value


def _check_date(value: date | int | str) -> date | int | str:
    parse_partial_date(value)
    return value


CheckedDate = Annotated[PartialDate, AfterValidator(_check_date)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False)


class ClaimBase(_Model):
    """Fields every claim has."""

    id: ClaimId = Field(description="Unique within the file; how findings and notes name it.")
    quote: Quote = Field(
        description="The article's exact words (whitespace and quote marks may differ); a list "
        "of fragments for a statement spread over several places."
    )
    note: str | None = Field(default=None, max_length=MAX_TEXT, description="Why, for readers.")
    source: str | None = Field(
        default=None, max_length=MAX_TEXT, description="Where the figure comes from (required "
        "in reference files): publisher, date, address."
    )  # fmt: skip

    #: Whether a claim of this kind states a relation (between measures, or between a count and
    #: the items named) rather than a figure or a date of one measure. A check involves such a
    #: claim and the figures it is checked against; reports file the check under the relation.
    states_relation: ClassVar[bool] = False

    @property
    def fragments(self) -> tuple[str, ...]:
        """The quote as a tuple of fragments."""
        return (self.quote,) if isinstance(self.quote, str) else tuple(self.quote)

    @property
    def quote_text(self) -> str:
        """The quote as one line; fragments are joined with an ellipsis."""
        return " … ".join(self.fragments)

    def measures(self) -> tuple[str, ...]:
        """The measure keys this claim is about (patterns of superlatives excluded)."""
        return ()

    #: The rule a minimal set holding this claim falls under, for a kind whose contradictions
    #: are its own (None: the engine tells the rule from the kinds in the set).
    core_rule: ClassVar[str | None] = None

    def implied(self) -> tuple[tuple[str, ClaimBase], ...]:
        """The claims the engine checks for this one, each with the name of the part it states
        ("" for the claim as a whole). Most kinds are checked as they are; a kind that says
        several things at once (a breakdown: a total, each item's figure, the list) gives the
        claims it implies, which the engine's rules then check like any others."""
        return (("", self),)

    def references(self) -> tuple[tuple[str, str], ...]:
        """(field, measure key) of measures this claim refers to but does not define: another
        loaded file must define them (or a [measures] table declare them)."""
        return ()

    def assertion_text(self) -> str:
        """What the claim asserts, in the engine's terms, for a kind the engine does not
        describe itself (see engine/explain.py); its quote by default."""
        return self.quote_text

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> bool:
        """Add this claim's constraints to ``out``, for a kind that compiles itself; False for
        the kinds the engine compiles (see engine/constraints.py)."""
        return False


class _Figure(_Model):
    """A hedged figure: the value as written, its unit, hedge, tolerance and precision."""

    hedge: HedgeField = Field(default=Hedge.EXACT, description="How the text qualifies the figure.")
    tolerance: Tolerance | None = Field(
        default=None, description="Overrides the hedge's default tolerance (0.1 or '10%')."
    )
    precision: Num | None = Field(
        default=None,
        description="Rounding step of the written figure in its unit (10 = to the ten; 0 = exact)."
        " Default: decimals to their last digit, whole numbers of a measured quantity or with a"
        " scale word to one, counts exact.",
    )

    @field_validator("precision")
    @classmethod
    def _non_negative_step(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value < 0:
            raise ValueError(f"precision={value} is negative; it is a rounding step such as 10")
        return value


def _interval(
    figure: numbers.Number,
    info: UnitInfo | None,
    hedge: Hedge,
    tolerance: Fraction | None,
    precision: numbers.Number | None,
) -> Interval:
    return stated_interval(
        figure, hedge, tolerance, precision=precision, scaled=bool(info and info.rounds_whole)
    )


class _Valued(_Figure):
    # ``range`` comes before ``value`` so that the check of ``value`` (run even when it is left
    # out) sees it, and a figure left out is reported on the field ``value``.
    range: RangeNum | None = Field(
        default=None,
        description="Instead of value, a range the text gives, low then high: [10, 20] for"
        " 'between 10 and 20', [1.5, 2.5] for '1.5-2.5 million'. Both ends included, each at its"
        " written precision.",
    )
    vague: VagueName | None = Field(
        default=None,
        description="Instead of value, a vague quantity the text gives: 'dozens', 'hundreds',"
        " 'a handful', 'several hundred', 'tens of thousands', 'millions', 'billion-dollar'. Its"
        " reading is documented (docs/hedges.md#vague-quantities); [vague] or reading overrides"
        " it.",
    )
    reading: RangeNum | None = Field(
        default=None,
        description="With vague, how this claim reads the word, low then high, both included:"
        " [24, 100] for 'dozens'.",
    )
    value: Num | None = Field(
        default=None,
        validate_default=True,
        description="The figure as written, without its unit: 281, 53.4, '1,874'.",
    )
    unit: Unit = Field(description="The unit, scale words included: 'arrests', 'million USD'.")

    _range_hedge = field_validator("range")(_range_hedge)

    @field_validator("vague")
    @classmethod
    def _vague_alone(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        if info.data.get("range") is not None:
            raise ValueError("a claim gives range (two figures) or vague (a word), not both")
        if info.data.get("hedge", Hedge.EXACT) is not Hedge.EXACT:
            raise ValueError(
                f"a vague quantity takes no hedge: {value!r} has its own reading (override it"
                " with reading = [low, high]); leave hedge out"
            )
        if info.data.get("precision") is not None or info.data.get("tolerance") is not None:
            raise ValueError(
                f"a vague quantity has no written precision or tolerance: {value!r} has its own"
                " reading (override it with reading = [low, high])"
            )
        return value

    @field_validator("reading")
    @classmethod
    def _reading_of_vague(cls, value: Pair | None, info: ValidationInfo) -> Pair | None:
        if value is not None and info.data.get("vague") is None and "vague" in info.data:
            raise ValueError(
                "reading says how a vague word is read; give it with vague (vague = 'dozens',"
                " reading = [24, 100])"
            )
        return value

    @field_validator("value")
    @classmethod
    def _one_figure(
        cls, value: numbers.Number | None, info: ValidationInfo
    ) -> numbers.Number | None:
        given = [n for n in ("range", "vague") if info.data.get(n) is not None]
        if value is not None and given:
            raise ValueError(
                f"a claim gives value (one figure) or {given[0]}"
                f" ({_ALTERNATIVE[given[0]]}), not both"
            )
        complete = "range" in info.data and "vague" in info.data  # not when those are invalid
        if value is None and not given and complete:
            kind = cls.model_fields["kind"].default if "kind" in cls.model_fields else "value"
            raise PydanticCustomError(
                "missing",
                "'value' is missing; a {kind} claim needs value (one figure: 281) or range (two:"
                " [10, 20] for 'between 10 and 20')",
                {"kind": repr(kind)},
            )
        return value

    @field_validator("unit")
    @classmethod
    def _money_word(cls, value: str, info: ValidationInfo) -> str:
        word = info.data.get("vague")
        if word and "-" in word and not unit_info(value).dimension.startswith("[currency"):
            raise ValueError(
                f"unit={value!r}: {word!r} is an amount of money; use a currency such as 'USD'"
            )
        return value

    @property
    def said(self) -> str:
        """The figure as the claim states it, hedge included: ``nearly 300``, ``10 to 20``,
        ``dozens``."""
        hedge = "" if self.hedge is Hedge.EXACT else f"{self.hedge.value} "
        if self.range is not None:
            return hedge + _range_text(self.range)
        if self.vague is not None:
            return self.vague
        assert self.value is not None
        return hedge + numbers.format_fraction(Fraction(self.value))

    @property
    def stated(self) -> str:
        """The figure with its unit, for messages: ``nearly 300 suspects``, ``10 to 20 kg``,
        ``dozens of people``, ``billion-dollar (USD)``."""
        if self.vague is not None:
            return (
                f"{self.vague} ({self.unit})"
                if "-" in self.vague
                else f"{self.vague} of {self.unit}"
            )
        if self.range is not None:
            return f"{self.said} {self.unit}"
        from factcheck.quantities import format_quantity

        assert self.value is not None
        return format_quantity(Fraction(self.value), self.unit, hedge=self.hedge)

    def vague_interval(self, readings: Mapping[str, Pair] | None = None) -> Interval:
        """The values a vague claim allows, in its unit: its own reading, else the file's
        ``[vague]`` one (``readings``), else the word's default."""
        assert self.vague is not None
        pair = self.reading or (readings or {}).get(self.vague)
        if pair is not None:
            plain = Interval(Fraction(pair[0]), Fraction(pair[1]))
        else:
            plain = vague_reading(self.vague)
        return plain.scaled(Fraction(1, self.unit_info.scale))

    @field_validator("value")
    @classmethod
    def _non_negative(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value < 0:
            raise ValueError(
                f"value={value} is negative; figures are amounts: write a fall or a loss as a"
                " positive value of a measure named for it, such as 'sales.decline'"
            )
        return value

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        unit_info(value)
        return value

    @property
    def unit_info(self) -> UnitInfo:
        """Dimension and exact size of the claim's unit."""
        return unit_info(self.unit)

    def interval(
        self, tolerance: Fraction | None = None, vague: Mapping[str, Pair] | None = None
    ) -> Interval:
        """The values the claim allows, in its own unit. ``tolerance`` is the file's default;
        ``vague`` the file's readings of vague words."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        if self.vague is not None:
            return self.vague_interval(vague)
        if self.range is not None:
            return numbers.range_interval(
                *self.range,
                self.hedge,
                tol,
                precision=self.precision,
                scaled=self.unit_info.rounds_whole,
            )
        assert self.value is not None
        return _interval(self.value, self.unit_info, self.hedge, tol, self.precision)


class ValueClaim(ClaimBase, _Valued):
    """A value of a measure: "281 arrests", "nearly 300 suspects", "$53.4 million"."""

    kind: Literal["value"] = "value"
    measure: MeasureKey = Field(description="The measure the figure is about.")

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)


class MultipleClaim(ClaimBase, _Figure):
    """One measure is a multiple of another: "more than double that of the previous operation"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["multiple"] = "multiple"
    measure: MeasureKey = Field(description="The larger (or compared) measure.")
    of: MeasureKey = Field(description="The measure it is a multiple of.")
    factor: FactorNum | None = Field(
        default=None,
        description="2 for double/twice, 3 for triple, 2.5 for 2.5 times, '1/2' for half as much.",
    )
    change: ChangeNum | None = Field(
        default=None,
        description="Instead of factor, a change relative to the other measure: '+12%' for"
        " 'rose 12 percent', '-12%' for 'fell 12 percent', '-a third' for 'fell by a third'. The"
        " hedge applies to the size of the change.",
    )
    range: FactorRange | None = Field(
        default=None,
        description="Instead of factor, a range of factors the text gives: [50, 100] for '50 to"
        " 100 times', ['double', 'triple'] for 'double to triple'.",
    )

    _range_hedge = field_validator("range")(_range_hedge)

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    @property
    def ratio(self) -> Fraction:
        """The factor as written, or 1 + the change: 1.12 for "rose 12 percent" (a range has
        none: see `figure`)."""
        if self.factor is not None:
            return Fraction(self.factor)
        if self.change is None:
            raise ValueError("a range of factors has no single ratio")
        return 1 + Fraction(self.change)

    @property
    def figure(self) -> Fraction | None:
        """The one factor the claim states (1 + the change for a change); None for a range."""
        return None if self.range is not None else self.ratio

    @property
    def said(self) -> str:
        """The factor as the claim states it, hedge included: ``more than 2``, ``50 to 100``."""
        hedge = "" if self.hedge is Hedge.EXACT else f"{self.hedge.value} "
        if self.range is not None:
            return hedge + _range_text(self.range)
        return hedge + numbers.format_fraction(self.ratio)

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The factors the claim allows ("rose more than 12 percent": above 1.12; "fell more
        than 12 percent": below 0.88)."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        if self.range is not None:
            return numbers.range_interval(*self.range, self.hedge, tol, precision=self.precision)
        if self.factor is not None:
            return _interval(self.factor, None, self.hedge, tol, self.precision)
        assert self.change is not None
        magnitude = -self.change if self.change < 0 else self.change
        size = _interval(magnitude, None, self.hedge, tol, self.precision)
        assert size.lo is not None
        if self.change >= 0:
            hi = None if size.hi is None else 1 + size.hi
            return Interval(1 + size.lo, hi, size.lo_open, size.hi_open)
        if size.hi is None:
            return Interval(Fraction(0), 1 - size.lo, False, size.lo_open)
        if size.hi > 1 or (size.hi == 1 and not size.hi_open):  # a fall to zero is possible
            return Interval(Fraction(0), 1 - size.lo, False, size.lo_open)
        return Interval(1 - size.hi, 1 - size.lo, size.hi_open, size.lo_open)

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("factor")
    @classmethod
    def _positive(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value <= 0:
            raise ValueError(f"factor={value} must be positive")
        return value

    @field_validator("change")
    @classmethod
    def _possible(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value < -1:
            raise ValueError(
                f"change={value} is a fall of more than 100%, which is not possible for an"
                " amount; a fall is written '-12%' for 'fell 12 percent', '-100%' for 'to zero'"
            )
        return value

    @model_validator(mode="after")
    def _factor_or_change(self) -> MultipleClaim:
        given = [n for n in ("factor", "change", "range") if self.__dict__.get(n) is not None]
        if len(given) != 1:
            said = f"{' and '.join(given)} were" if given else "none was"
            raise ValueError(
                f"a multiple needs a factor (2 for 'double'), a change ('+12%' for 'rose 12"
                f" percent') or a range ([50, 100] for '50 to 100 times'), one of them; {said}"
                " given"
            )
        if self.change is not None and self.interval().is_empty():
            raise ValueError(
                f"change={self.change} with hedge {self.hedge.value!r} allows no value (a fall"
                " of more than 100%, or nearly no change); check the sign and the hedge"
            )
        return self


class ShareClaim(ClaimBase, _Figure):
    """A share of a whole: "more than two-thirds of the deaths"; the part is within the whole."""

    states_relation: ClassVar[bool] = True

    kind: Literal["share"] = "share"
    measure: MeasureKey = Field(description="The part.")
    of: MeasureKey = Field(description="The whole.")
    fraction: FractionNum | None = Field(
        default=None, description="'2/3', 'two-thirds', '68%', 0.68, 'half' or 'one in five'."
    )
    range: FractionRange | None = Field(
        default=None,
        description="Instead of fraction, a range of shares the text gives: ['10%', '15%'] for"
        " '10-15%', ['a third', 'half'] for 'between a third and a half'.",
    )

    _range_hedge = field_validator("range")(_range_hedge)

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    @property
    def figure(self) -> Fraction | None:
        """The one fraction the claim states; None for a range."""
        return None if self.fraction is None else Fraction(self.fraction)

    @property
    def said(self) -> str:
        """The share as the claim states it, hedge included: ``more than 2/3``, ``10% to 15%``."""
        hedge = "" if self.hedge is Hedge.EXACT else f"{self.hedge.value} "
        if self.range is not None:
            low, high = (numbers.format_fraction(Fraction(x) * 100) for x in self.range)
            return f"{hedge}{low}% to {high}%"
        assert self.fraction is not None
        return hedge + numbers.format_fraction(Fraction(self.fraction))

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The fractions the claim allows."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        if self.range is not None:
            return numbers.range_interval(*self.range, self.hedge, tol, precision=self.precision)
        assert self.fraction is not None
        return _interval(self.fraction, None, self.hedge, tol, self.precision)

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("fraction")
    @classmethod
    def _share(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and not 0 <= value <= 1:
            raise ValueError(f"fraction={value} must be between 0 and 1 (or 0% and 100%)")
        return value

    @field_validator("range")
    @classmethod
    def _shares(cls, value: Pair | None, info: ValidationInfo) -> Pair | None:
        if value is not None and value[1] > 1:
            raise ValueError(f"range={_range_text(value)} must be between 0 and 1 (or 0% and 100%)")
        if value is not None and info.data.get("fraction") is not None:
            raise ValueError(
                "a share gives fraction (one figure) or range (two: '10-15%'), not both"
            )
        return value

    @model_validator(mode="after")
    def _a_fraction(self) -> ShareClaim:
        if self.fraction is None and self.range is None:
            raise ValueError(
                "'fraction' is missing; a 'share' claim needs fraction ('2/3', '68%') or range"
                " (['10%', '15%'] for '10-15%')"
            )
        return self


class PartClaim(ClaimBase):
    """A part within its whole: "850 kilograms of drugs, including 64 kilograms of fentanyl"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["part"] = "part"
    measure: MeasureKey = Field(description="The part.")
    of: MeasureKey = Field(description="The whole; the part can be at most the whole.")

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    _distinct = field_validator("of")(_distinct_of)


class DifferenceClaim(ClaimBase, _Figure):
    """One measure is more or less than another by an amount: "500 more arrests than last year",
    "up 3 points"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["difference"] = "difference"
    measure: MeasureKey = Field(description="The measure compared.")
    of: MeasureKey = Field(description="The measure it is compared with.")
    by: SignedNum = Field(
        description="How much more (positive) or less (negative) measure is than of, as written:"
        " 500, -3, '+12.5'. The hedge applies to the size of the difference."
    )
    unit: Unit = Field(
        description="The unit of the difference: 'arrests', 'million USD'; 'percent' for"
        " percentage points."
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    @property
    def unit_info(self) -> UnitInfo:
        """The difference's unit, resolved."""
        return unit_info(self.unit)

    def interval(self, tolerance: Fraction | None = None) -> Interval:
        """The values measure - of may take, in the claim's unit ("fell by more than 3": below
        -3)."""
        tol = self.tolerance if self.tolerance is not None else tolerance
        magnitude = -self.by if self.by < 0 else self.by
        size = _interval(magnitude, self.unit_info, self.hedge, tol, self.precision)
        if self.by >= 0:
            return size
        return Interval(
            None if size.hi is None else -size.hi,
            None if size.lo is None else -size.lo,
            size.hi_open,
            size.lo_open,
        )

    _distinct = field_validator("of")(_distinct_of)

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        unit_info(value)
        return value


class PartsClaim(ClaimBase):
    """Parts that together are within their whole: "41.2%, 33.5% and 14.8% of the vote"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["parts"] = "parts"
    parts: list[MeasureKey] = Field(
        min_length=2,
        max_length=1_000,
        description="The parts: measures that do not overlap (nothing is counted in two).",
    )
    of: MeasureKey = Field(description="The whole; the parts together can be at most the whole.")
    complete: bool = Field(
        default=False,
        description="true: the parts make up the whole exactly (every seat is in one of them).",
    )

    def measures(self) -> tuple[str, ...]:
        return (*self.parts, self.of)

    @model_validator(mode="after")
    def _distinct_parts(self) -> PartsClaim:
        if self.of in self.parts:
            raise ValueError(f"the whole {self.of!r} is also listed among the parts")
        twice = sorted({p for p in self.parts if self.parts.count(p) > 1})
        if twice:
            raise ValueError(f"parts lists {', '.join(map(repr, twice))} more than once")
        return self


_DIRECTIONS = {
    "most": "most", "largest": "most", "highest": "most", "biggest": "most", "greatest": "most",
    "least": "least", "smallest": "least", "lowest": "least", "fewest": "least",
}  # fmt: skip


def _direction(value: Any) -> Any:
    if isinstance(value, str):
        return _DIRECTIONS.get(value.strip().lower(), value)
    return value


class SuperlativeClaim(ClaimBase):
    """A measure beats every other member of a group: "the most ever for any JCODE operation"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["superlative"] = "superlative"
    measure: MeasureKey = Field(description="The measure said to be the most (or least).")
    among: list[Annotated[str, Field(max_length=200)]] = Field(
        min_length=1,
        max_length=1000,
        description="The group: measure keys or patterns, where * is any part of one segment "
        "('jcode.*.arrests') and a segment ** any number of segments ('jcode.**.arrests'); the "
        "group is every measure any loaded file names that matches.",
    )
    direction: Annotated[
        Literal["most", "least"],
        BeforeValidator(_direction),
        WithJsonSchema({"type": "string", "enum": sorted(_DIRECTIONS)}),
    ] = Field(
        default="most",
        description="most (or largest, highest, biggest, greatest), or least (or smallest, "
        "lowest, fewest).",
    )
    strict: bool = Field(default=True, description="false: a tie with another member is allowed.")

    @field_validator("among")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for pattern in value:
            measure_pattern(pattern)
        return value

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def matches(self, key: str) -> bool:
        """Whether measure ``key`` belongs to the group."""
        return any(measure_pattern(pattern).match(key) for pattern in self.among)


class _Counted(_Figure):
    count: Num | None = Field(default=None, description="The stated number of items.")
    unit: Unit = Field(default="item", description="The count noun: 'countries', 'cartels'.")

    @field_validator("unit")
    @classmethod
    def _count_unit(cls, value: str) -> str:
        info = unit_info(value)
        if not info.is_count:
            raise ValueError(f"unit={value!r} does not count things; use e.g. 'countries'")
        return value

    @field_validator("count")
    @classmethod
    def _non_negative(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value < 0:
            raise ValueError(f"count={value} is negative")
        return value

    def interval(self, tolerance: Fraction | None = None) -> Interval | None:
        """The counts the claim allows, or None when it states no count."""
        if self.count is None:
            return None
        tol = self.tolerance if self.tolerance is not None else tolerance
        return _interval(self.count, unit_info(self.unit), self.hedge, tol, self.precision)


class EnumerationClaim(ClaimBase, _Counted):
    """A stated count and the items named: "eight countries, including Austria, France, ..."."""

    states_relation: ClassVar[bool] = True

    kind: Literal["enumeration"] = "enumeration"
    measure: MeasureKey = Field(description="The count of the set, e.g. 'jcode.spector.countries'.")
    items: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=1_000, description="The items the text names."
    )
    complete: bool = Field(
        default=False,
        description="true: the text names every item ('eight countries: A, B, ...'); "
        "false: some only ('including ...').",
    )
    item_type: Literal["country"] | None = Field(
        default=None,
        description="'country' lets the engine place items on continents (the only item type; "
        "leave it out for other items).",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    @field_validator("item_type", mode="before")
    @classmethod
    def _item_type(cls, value: Any) -> Any:
        if value is None or value == "country":
            return value
        words = " ".join(value.lower().split()) if isinstance(value, str) else ""
        hint = "; did you mean 'country'?" if words in ("countries", "nation", "nations") else ""
        if words == "country":
            hint = "; write it in lowercase, 'country'"
        raise ValueError(
            f"item_type={value!r} is not known: the only item type is 'country' (countries imply"
            f" continents); leave item_type out for other items{hint}"
        )

    @field_validator("items")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for item in value:
            key = " ".join(item.lower().split())
            if key in seen:
                raise ValueError(f"{item!r} is named twice")
            seen.add(key)
        return value


class SpanClaim(ClaimBase, _Counted):
    """How many groups the items of a set span: "spanned three continents"."""

    states_relation: ClassVar[bool] = True

    kind: Literal["span"] = "span"
    measure: MeasureKey = Field(description="The number spanned, e.g. 'jcode.spector.continents'.")
    of: MeasureKey = Field(description="The enumerated set whose items are placed.")
    attribute: Literal["continent"] = Field(default="continent", description="What is spanned.")
    items: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list,
        max_length=7,
        description="The continents the text names ('three continents: North America, South"
        " America and Europe').",
    )
    complete: bool = Field(
        default=False,
        description="true: the text names every continent spanned ('three continents: A, B and"
        " C'); false: some only ('including Europe').",
    )

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    @field_validator("items")
    @classmethod
    def _continents(cls, value: list[str]) -> list[str]:
        from factcheck.geography import continent_named

        seen: dict[str, str] = {}
        for name in value:
            continent = continent_named(name)
            if continent in seen:
                raise ValueError(
                    f"{seen[continent]!r} and {name!r} are one continent; name it once"
                )
            seen[continent] = name
        return value

    def groups(self) -> tuple[str, ...]:
        """The continents named, as the country data names them ('Europe')."""
        from factcheck.geography import continent_named

        return tuple(continent_named(name) for name in self.items)


class DateClaim(ClaimBase):
    """A date, at the precision written: "on May 2, 2023", "in August 2022", "in 2018"."""

    kind: Literal["date"] = "date"
    measure: MeasureKey = Field(description="The dated event, e.g. 'jcode.spector.announcement'.")
    date: CheckedDate = Field(description="2023-05-02, 2023-05, 2022 or 'August 2022'.")

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def range(self) -> DateRange:
        """The days the date stands for."""
        return parse_partial_date(self.date)


class WeekdayClaim(ClaimBase):
    """A weekday: "officials announced on Tuesday"."""

    kind: Literal["weekday"] = "weekday"
    weekday: str = Field(description="Monday ... Sunday.")
    measure: MeasureKey | None = Field(
        default=None, description="The dated event; lets other claims date it too."
    )
    within_days: int = Field(
        default=0,
        ge=0,
        le=366,
        description="How many days before publication the event may lie; 0 (default): on the "
        "publication date, as in a same-day report. 6: any day of the week before.",
    )
    any_date: bool = Field(
        default=False,
        description="true: the weekday of the event's date wherever it lies, given by a date "
        "claim on the same measure ('on Sunday, October 5, 2025' in a 2024 article), not a day "
        "counted back from publication.",
    )

    @model_validator(mode="after")
    def _dated(self) -> WeekdayClaim:
        if self.any_date and self.within_days:
            raise ValueError(
                "any_date = true takes the weekday of the event's date wherever it lies;"
                " within_days (days before publication) does not apply: leave it out"
            )
        if self.any_date and self.measure is None:
            raise ValueError(
                "any_date = true needs a measure, which a date claim dates: the weekday is that"
                " date's"
            )
        return self

    def window(self, published: date) -> DateRange | None:
        """The days the weekday may fall on, counted back from publication (None with
        ``any_date``: any day the event's other claims allow)."""
        if self.any_date:
            return None
        return DateRange(date.fromordinal(published.toordinal() - self.within_days), published)

    @field_validator("weekday")
    @classmethod
    def _weekday(cls, value: str) -> str:
        if value.strip().lower() not in WEEKDAYS:
            raise ValueError(f"weekday={value!r} is not a day of the week such as 'Tuesday'")
        return value

    @property
    def weekday_index(self) -> int:
        """0 for Monday ... 6 for Sunday."""
        return WEEKDAYS.index(self.weekday.strip().lower())

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)


class RelativeDateClaim(ClaimBase):
    """A date relative to publication: "last month", "yesterday", "three years ago"."""

    kind: Literal["relative_date"] = "relative_date"
    phrase: str = Field(max_length=100, description="'last month', 'this year', 'yesterday'...")
    measure: MeasureKey | None = Field(default=None, description="The dated event.")

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        if not is_relative_phrase(value):
            from factcheck.dates import relative_range

            relative_range(value, date(2000, 1, 1))  # raises the readable message
        return value

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)


class PeriodClaim(ClaimBase, _Figure):
    """A period: "the 12-month period ending in August 2022"; start and end are dates."""

    kind: Literal["period"] = "period"
    measure: MeasureKey = Field(
        description="The period; its ends are the date measures '<key>.start' and '<key>.end'."
    )
    start: CheckedDate | None = Field(default=None, description="When it begins, if stated.")
    end: CheckedDate | None = Field(default=None, description="When it ends, if stated.")
    length: Num | None = Field(default=None, description="Its length in `unit`, if stated.")
    unit: Unit = Field(default="month", description="Unit of the length: day, week, month, year.")
    completed: bool = Field(
        default=True, description="true (default): the period is over by the publication date."
    )

    @field_validator("unit")
    @classmethod
    def _time_unit(cls, value: str) -> str:
        if unit_info(value).dimension != "[time]":
            raise ValueError(f"unit={value!r} is not a unit of time such as 'month' or 'year'")
        return value

    @model_validator(mode="after")
    def _something(self) -> PeriodClaim:
        if self.start is None and self.end is None and self.length is None:
            raise ValueError("a period needs at least one of start, end and length")
        return self

    @field_validator("length")
    @classmethod
    def _positive(cls, value: numbers.Number | None) -> numbers.Number | None:
        if value is not None and value <= 0:
            raise ValueError(f"length={value} must be positive")
        return value

    def measures(self) -> tuple[str, ...]:
        return (self.measure,)

    def length_interval(self, tolerance: Fraction | None = None) -> Interval | None:
        """The lengths the claim allows, in its unit."""
        if self.length is None:
            return None
        tol = self.tolerance if self.tolerance is not None else tolerance
        return _interval(self.length, None, self.hedge, tol, self.precision)


class DurationClaim(ClaimBase, _Valued):
    """How long something has lasted: "for more than 15 years"."""

    kind: Literal["duration"] = "duration"
    measure: MeasureKey | None = Field(default=None, description="The duration, if named.")
    since: PartialDate | None = Field(
        default=None, description="When it began: a date measure key or a date such as 2008."
    )
    until: PartialDate | None = Field(
        default=None,
        description="When it ended: a date measure key or a date; default: the publication date.",
    )

    @field_validator("unit")
    @classmethod
    def _time_unit(cls, value: str) -> str:
        if unit_info(value).dimension != "[time]":
            raise ValueError(f"unit={value!r} is not a unit of time such as 'years'")
        return value

    def elapsed_interval(
        self, tolerance: Fraction | None = None, vague: Mapping[str, Pair] | None = None
    ) -> Interval:
        """The lengths the claim allows between its two dates. People read a whole "for 15
        years" between two dates as about 15 years (to the year, [14.5, 15.5)), and "for 3 to 5
        years" as [2.5, 5.5); other figures as `interval` reads them."""
        if self.vague is not None:
            return self.vague_interval(vague)
        figures = self.range if self.range is not None else (self.value,)
        whole = all(isinstance(f, Decimal) and f.as_tuple().exponent == 0 for f in figures)
        if not (self.hedge is Hedge.EXACT and self.precision is None and whole):
            return self.interval(tolerance)
        if self.range is not None:
            return numbers.range_interval(*self.range, precision=Decimal(1))
        assert self.value is not None
        return numbers.written_interval(self.value, precision=Decimal(1))

    @field_validator("since", "until")
    @classmethod
    def _anchor(cls, value: date | int | str | None) -> date | int | str | None:
        if value is None or not isinstance(value, str):
            if value is not None:
                parse_partial_date(value)  # a TOML date or a year: readable, or a clear error
            return value
        try:
            parse_partial_date(value)
        except ValueError:
            try:
                return _measure_key(value)
            except ValueError:
                raise ValueError(f"{value!r} is neither a date nor a measure key") from None
        return value

    def measures(self) -> tuple[str, ...]:
        return () if self.measure is None else (self.measure,)


# Kinds with a module of their own (factcheck/kinds/): they build on the models above.
from factcheck.kinds.breakdown import BreakdownClaim  # noqa: E402
from factcheck.kinds.conversion import ConversionClaim, RateClaim  # noqa: E402

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
