"""What every claim kind shares: the fields claim files write (measure keys, figures as written,
hedges, ranges, dates), the base model `ClaimBase` and the methods through which the engine reads
a kind, and the hedged figures (`_Figure`, `_Valued`, `_Counted`) that kinds build on.

Each kind lives in a module of its own beside this one (``kinds/value.py``, ``kinds/weekday.py``,
...): its model, its reading as an interval, the constraints it adds, how it types its measures
and the words explanations use for it. The engine (engine/constraints.py, engine/explain.py)
asks a claim through the methods of `ClaimBase` and knows no kind by name.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StrictInt,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from factcheck import numbers
from factcheck.dates import parse_partial_date
from factcheck.numbers import Hedge, Interval, stated_interval
from factcheck.units import UnitInfo, unit_info, validate_unit_string
from factcheck.vague import parse_vague
from factcheck.vague import reading as vague_reading

if TYPE_CHECKING:
    from factcheck.engine.constraints import Compiled
    from factcheck.engine.context import Context, Entry, MeasureKind

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
_CHANGE_RANGE_EXAMPLE = "['-10%', '-15%'] for 'fell 10-15%', ['+20%', '+30%']"
def _change_range(value: Any) -> Pair:
    """A range of changes as written, each signed, the smaller change first: ['-10%', '-15%']
    for "fell 10-15%"."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ValueError(
            f"change_range={value!r} must be two signed changes, the smaller first, such as"
            f" {_CHANGE_RANGE_EXAMPLE}"
        )
    low, high = _change_number(value[0]), _change_number(value[1])
    if low == 0 or high == 0 or (low < 0) != (high < 0):
        raise ValueError(
            f"change_range={value!r} must be two rises ('+20%', '+30%') or two falls ('-10%',"
            " '-15%'): a range of changes from a fall to a rise is a range of factors (range ="
            " [0.9, 1.2])"
        )
    if low == high:
        raise ValueError(
            f"change_range={value!r} has one change at both ends; state it as change instead"
        )
    if (low > high) if low > 0 else (low < high):
        raise ValueError(
            f"change_range={value!r}: write the smaller change first, as the range"
            f" [{value[1]!r}, {value[0]!r}]"
        )
    if high < -1:
        raise ValueError(
            f"change_range={value!r} falls by more than 100%, which is not possible for an amount"
        )
    return low, high


ChangeRange = Annotated[
    Pair,
    PlainValidator(_change_range),
    _PAIR_SERIALIZER,
    WithJsonSchema(
        {
            "type": "array",
            "minItems": 2,
            "maxItems": 2,
            "items": {"anyOf": [{"type": "number"}, {"type": "string"}]},
            "description": "Two signed changes as written, the smaller first:"
            f" {_CHANGE_RANGE_EXAMPLE}.",
        }
    ),
]
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
    """Fields every claim has, and what the engine asks of a kind.

    The methods below are the whole interface between a kind and the engine: each has a
    default that fits a kind which does not need it, and a kind's module overrides those it
    needs. The engine calls them for every claim and never asks which kind a claim is.
    """

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

    #: Whether the claim gives one measure a figure or a date (a value, a duration, a date): a
    #: finding lists such claims after the relations they are checked against.
    gives_figure: ClassVar[bool] = False

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

    #: The rule of a finding whose claim at fault is of this kind, whatever minimal set it was
    #: found in: a wrong difference is an FC205 against its parts' figures alone and with a
    #: figure of their whole too (None: the rule of the minimal set, as `core_rule` or the
    #: kinds in it give it).
    suspect_rule: ClassVar[str | None] = None

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

    # -- how the engine reads the claim (engine/constraints.py, engine/explain.py) ----------

    def measure_uses(self, ctx: Context) -> Iterator[tuple[str, MeasureKind]]:
        """Each measure the claim uses, and as what: a quantity, a date or a period. A measure
        used as two of them is a conflict (rule FC103). By default every measure of
        `measures` is a quantity."""
        for key in self.measures():
            yield key, "quantity"

    def dimension_links(
        self, ctx: Context, kinds: Mapping[str, MeasureKind]
    ) -> Iterator[tuple[str, str]]:
        """Pairs of measures the claim relates, which must therefore share one dimension (a
        part and its whole). ``kinds`` is what each measure was typed as. None by default."""
        return iter(())

    def dimensions(self) -> Iterator[tuple[str, str]]:
        """(measure, dimension) for each measure whose dimension the claim fixes by its unit
        (``[mass]`` for "850 kg"). None by default."""
        return iter(())

    def figure_interval(self, entry: Entry) -> tuple[Interval, str] | None:
        """The interval the claim gives its measure, in the claim's unit, and that unit; None
        for a claim that gives no figure of its own. It depends on the claim's fields and its
        file (``entry``: tolerances, readings of vague words) alone."""
        return None

    def written_figure(self, unit: str) -> str | None:
        """The figure as the claim writes it, in ``unit`` ("64 kg"), when its reading is the
        interval the engine shows; None when the claim writes no such figure."""
        return None

    def add_constraints(self, entry: Entry, ctx: Context, out: Compiled) -> None:
        """Add the constraints the claim asserts to ``out`` (engine/constraints.py). A kind
        checked through the claims it implies adds none."""

    def assertion(self, entry: Entry, ctx: Context) -> str:
        """What the claim asserts, in the engine's terms, for explanations: ``jcode.spector.
        arrests = 288 arrests``. Its quote by default."""
        return self.quote_text

    def figure_text(self) -> str | None:
        """The figure the claim gives, as the text would say it: ``36 arrests``, ``about 65
        arrests``; None for a claim without a figure of its own."""
        return None


class PairRelation(ClaimBase):
    """A claim that relates its ``measure`` to one other measure, ``of``, of the same dimension
    (a multiple, a share, a part, a difference): it is about those two measures and links their
    dimensions. A kind declares both fields, with its own descriptions."""

    if TYPE_CHECKING:
        measure: str
        of: str

    def measures(self) -> tuple[str, ...]:
        return (self.measure, self.of)

    def dimension_links(
        self, ctx: Context, kinds: Mapping[str, MeasureKind]
    ) -> Iterator[tuple[str, str]]:
        yield self.measure, self.of


#: How explanations write a hedge before a figure: ``arrests = 281``, ``arrests > 100``.
HEDGE_SYMBOL = {
    Hedge.EXACT: "=",
    Hedge.NEARLY: "is nearly",
    Hedge.ABOUT: "is about",
    Hedge.MORE_THAN: ">",
    Hedge.AT_LEAST: "≥",
    Hedge.LESS_THAN: "<",
    Hedge.AT_MOST: "≤",
}


def hedge_word(hedge: Hedge) -> str:
    """The hedge as a word before a figure; nothing for an exact figure."""
    return "" if hedge is Hedge.EXACT else f"{hedge.value} "


def ratio_assertion(
    measure: str, of: str, said: str, hedge: Hedge, figure: Fraction | None, interval: Interval
) -> str:
    """What a factor or share says, for explanations: ``a ≥ 2 × b``, ``a > 2 × b (factor in
    (2, ∞))``, ``a = (10% to 15%) × b (factor in [0.095, 0.155))`` for a range (``figure``
    None)."""
    if figure is None:  # a range
        return f"{measure} = ({said}) × {of} (factor in {interval.describe()})"
    text = f"{measure} {HEDGE_SYMBOL[hedge]} {numbers.format_fraction(figure)} × {of}"
    if hedge is not Hedge.EXACT:
        text += f" (factor in {interval.describe()})"
    return text


def count_interval(interval: Interval, hedge: Hedge, unit: str) -> Interval:
    """A count's interval with "nearly N" admitting N - 1 (hedges.md): "nearly 5 arrests" is 4,
    whatever the tolerance says; other intervals as they are."""
    info = unit_info(unit)
    if hedge is Hedge.NEARLY and info.is_count and info.scale == 1 and interval.hi is not None:
        below = Fraction(math.ceil(interval.hi) - 1)
        if interval.lo is None or interval.lo > below:
            return Interval(max(below, Fraction(0)), interval.hi, False, interval.hi_open)
    return interval


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

    def said_with_unit(self) -> str:
        """The figure as the text would say it: ``36 arrests``, ``about 65 arrests``."""
        from factcheck.quantities import unit_for

        return f"{self.said} {unit_for(self.value, self.unit)}"

    def figure_assertion(self, entry: Entry, measure: str) -> str:
        """``measure = 281 arrests``, ``measure is nearly 300 suspects, i.e. in [...]``: what a
        figure says of ``measure``, with its reading when that is not the figure itself."""
        from factcheck.quantities import format_quantity

        interval = self.interval(entry.tolerance(self.hedge), entry.vague_readings)
        if self.value is None:
            said = f"is {self.stated}"  # a range or a vague quantity
        else:
            said = f"{HEDGE_SYMBOL[self.hedge]} {format_quantity(self.value, self.unit)}"
        shown = f"{measure} {said}"
        if self.hedge is not Hedge.EXACT or interval.lo != interval.hi:
            shown += f", i.e. in {format_quantity(interval, self.unit)}"
        return shown


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

    def count_reading(self, entry: Entry) -> tuple[Interval, str] | None:
        """The counts the claim allows (a count read as counts are: "nearly 5" admits 4) and
        its unit; None when it states no count."""
        interval = self.interval(entry.tolerance(self.hedge))
        if interval is None:
            return None
        return count_interval(interval, self.hedge, self.unit), self.unit

    def count_text(self) -> str | None:
        """The count as the text would say it: ``more than 8 countries``; None without one."""
        from factcheck.quantities import format_quantity

        if self.count is None:
            return None
        return format_quantity(Fraction(self.count), self.unit, hedge=self.hedge)
