#!/usr/bin/env python
"""Generate the parts of ``docs/`` that come from the code, so that the docs cannot drift from it.

Each page marks the regions it lets this script write::

    <!-- BEGIN GENERATED: rules -->
    ...
    <!-- END GENERATED -->

Everything outside the markers is written by hand and left alone. What is generated:

- ``docs/rules.md``: the rule table and the rule catalogue, from ``factcheck.engine.RULES`` (each
  rule's code, name, severity, family and the sections of its docstring);
- ``docs/hedges.md``: the hedges with their synonyms, meanings and default tolerances, and the
  intervals written figures stand for (``factcheck.numbers``);
- ``docs/units.md``: count nouns, currencies and scale words (``factcheck/data/units.txt``), and
  how example unit strings are read (``factcheck.units``), and the 850 kg / 1,874 lb report;
- ``docs/claim-files.md``: the fields of every table and claim kind (the pydantic models), an
  example of each kind from the seed claim files, the limits, and the loader's real messages for
  common mistakes;
- ``docs/tutorial.md``, ``docs/engine.md`` and ``docs/library.md``: real reports of the worked
  example in ``docs/examples/`` and of the seed;
- ``docs/cli.md``: the ``--help`` of ``factcheck`` and of each of its commands (a new command
  needs a section there with its ``cli:NAME`` region, or this script says which one is missing);
- ``docs/api.md``: the claim kinds of the API reference, one ``::: factcheck.NAME`` per kind.

Usage::

    python scripts/gen_docs.py           # rewrite the generated regions
    python scripts/gen_docs.py --check   # exit 1 if a page is out of date (nothing is written)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
#: The worked example of docs/tutorial.md.
EXAMPLE_ARTICLE = "measles-2024-03-14"
SEED_ARTICLE = ROOT / "claims" / "article-2023-05-02-operation-spector.toml"
SEED_REFERENCE = ROOT / "claims" / "reference-jcode-operations.toml"

BEGIN_RE = re.compile(r"<!-- BEGIN GENERATED: (?P<name>[a-z0-9:_-]+) -->\n")
END = "<!-- END GENERATED -->"


def begin(name: str) -> str:
    """The opening marker of region ``name``."""
    return f"<!-- BEGIN GENERATED: {name} -->"


# --- Small helpers --------------------------------------------------------------------------------


def code(text: str) -> str:
    """Inline code, safe in a Markdown table cell."""
    return f"`{text}`".replace("|", "\\|")


def cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped, RST literals made Markdown."""
    return md(" ".join(text.split())).replace("|", "\\|")


def md(text: str) -> str:
    """Docstring text (reStructuredText literals ``x``) as Markdown (`x`)."""
    return re.sub(r"``(.+?)``", r"`\1`", text, flags=re.DOTALL)


def fence(body: str, lang: str = "") -> str:
    """A fenced code block."""
    return f"```{lang}\n{body.rstrip()}\n```"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def toml_value(value: Any) -> str:
    """A default value as it would be written in TOML."""
    from enum import Enum

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@contextlib.contextmanager
def scratch(files: dict[str, str]) -> Iterator[Path]:
    """A temporary folder holding ``files`` (plus the worked example's article text), made the
    current folder so that messages name the files as ``name.toml``."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        shutil.copy(EXAMPLES / f"{EXAMPLE_ARTICLE}.txt", base / f"{EXAMPLE_ARTICLE}.txt")
        for name, text in files.items():
            (base / name).write_text(text, encoding="utf-8")
        with contextlib.chdir(base):
            yield base


def cli(*args: str) -> tuple[str, str, int]:
    """Run the ``factcheck`` command line in-process: stdout, stderr and the exit status."""
    from factcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), status


def console(command: str, output: str, status: int) -> str:
    """A shell session: the command, its output, and its exit status."""
    return fence(f"$ {command}\n{output.rstrip()}\n$ echo $?\n{status}", "console")


# --- docs/rules.md --------------------------------------------------------------------------------


def rule_lead(doc: str) -> str:
    """The first paragraph of a rule's docstring (its summary, however many lines it takes)."""
    return " ".join(doc.strip().split("\n\n", 1)[0].split())


def gen_rule_table() -> str:
    from factcheck.engine import RULES

    rows = [
        [
            f"[{r.code}](#{r.code.lower()}-{r.name})",
            code(r.name),
            r.severity,
            cell(rule_lead(r.doc)),
        ]
        for r in (RULES[c] for c in sorted(RULES))
    ]
    return table(["Code", "Name", "Severity", "Summary"], rows)


def gen_rules() -> str:
    from factcheck.engine import RULES
    from factcheck.engine.registry import FAMILIES, SECTIONS

    parts: list[str] = []
    for prefix, family in FAMILIES.items():
        members = [RULES[c] for c in sorted(RULES) if c.startswith(prefix)]
        if not members:
            continue
        parts.append(f"## {prefix}xx: {family}")
        for rule in members:
            parts.append(f"### {rule.code} {rule.name}")
            parts.append(
                f"*{md(rule_lead(rule.doc))}*\n\n"
                f"Severity: **{rule.severity}** · Family: {family} · "
                f"Message: {code(rule.message)}"
            )
            for title in SECTIONS:
                parts.append(f"#### {title}\n\n{md(rule.section(title))}")
    return "\n\n".join(parts)


# --- docs/hedges.md -------------------------------------------------------------------------------


def _interval_text(figure: str, hedge: Any, *, scaled: bool = False, unit: str = "") -> str:
    from factcheck.numbers import parse_number, stated_interval

    number = parse_number(figure, allow_percent=True)
    interval = stated_interval(number, hedge, scaled=scaled)
    return f"{interval.describe()}{unit}"


def gen_hedges() -> str:
    from factcheck.numbers import DEFAULT_TOLERANCE, HEDGE_SYNONYMS, Hedge

    rows = []
    for hedge in Hedge:
        words = [w for w, h in HEDGE_SYNONYMS.items() if h is hedge]
        tolerance = DEFAULT_TOLERANCE[hedge]
        shown = "none" if tolerance is None else f"{tolerance} ({float(tolerance):.0%})"
        written = "" if hedge is Hedge.EXACT else f"{hedge.value} "
        rounded = _interval_text("3", hedge, scaled=True, unit=" million")
        rows.append(
            [
                code(hedge.value),
                ", ".join(code(w) for w in words),
                cell(hedge.meaning),
                shown,
                f"{written}300: {code(_interval_text('300', hedge))}",
                f"{written}3 million: {code(rounded)}",
            ]
        )
    return table(
        ["Hedge", "Words (any may be used)", "Meaning (t: tolerance)", "Default t",
         "Whole number", "Rounded figure"],
        rows,
    )  # fmt: skip


@dataclass(frozen=True)
class Written:
    """A figure as a claim file gives it, for the precision examples."""

    quote: str
    value: str
    unit: str = ""
    precision: str | None = None
    hedge: str = "exact"
    tolerance: str | None = None
    #: The claim's field for the figure: value (and count, length), factor or fraction.
    field: str = "value"


PRECISION_EXAMPLES = (
    Written("281 arrests", "281", "arrests"),
    Written("$53.4 million", "53.4", "million USD"),
    Written("$53.40 million", "53.40", "million USD"),
    Written("3 million people", "3", "million people"),
    Written("3 million people (a count, to the person)", "3", "million people", precision="0"),
    Written("more than 100,000 lives", "100,000", "lives", hedge="more than"),
    Written("280 people (rounded to the ten)", "280", "people", precision="10"),
    Written("1,874 pounds (converted, to the pound)", "1,874", "lb", precision="1"),
    Written("68 percent of the deaths", "68%", field="fraction"),
    Written("two-thirds of the deaths", "2/3", field="fraction"),
    Written("nearly 300 suspects", "300", "suspects", hedge="nearly"),
    Written("nearly 300 suspects", "300", "suspects", hedge="nearly", tolerance="5%"),
    Written("about 500 kilograms", "500", "kg", hedge="about"),
    Written("more than $2 million", "2", "million USD", hedge="more than", tolerance="0.1"),
)


def _describe(interval: Any) -> str:
    """An interval as the report shows it; an exact fraction as a fraction (2/3, not 0.666667)."""
    point = interval.lo if interval.lo is not None and interval.lo == interval.hi else None
    if point is not None and point.denominator != 1:
        return f"{point} exactly"
    return str(interval.describe())


def gen_precision() -> str:
    from fractions import Fraction

    from factcheck.numbers import (
        BOUNDING_HEDGES,
        parse_hedge,
        parse_number,
        parse_tolerance,
        stated_interval,
        written_interval,
    )
    from factcheck.units import unit_info

    rows = []
    for w in PRECISION_EXAMPLES:
        number = parse_number(w.value, allow_percent=True)
        scaled = bool(w.unit) and unit_info(w.unit).scale > 1
        precision = parse_number(w.precision) if w.precision else None
        tolerance = parse_tolerance(w.tolerance) if w.tolerance else None
        hedge = parse_hedge(w.hedge)
        bound = hedge in BOUNDING_HEDGES and precision is None  # the figure as written
        written = written_interval(
            number, precision=Fraction(0) if bound else precision, scaled=scaled
        )
        final = stated_interval(number, hedge, tolerance, precision=precision, scaled=scaled)
        bare = re.fullmatch(r"\d+(?:\.\d+)?", w.value)
        fields = [f"{w.field} = {w.value if bare else toml_value(w.value)}"]
        if w.unit:
            fields.append(f"unit = {toml_value(w.unit)}")
        if w.hedge != "exact":
            fields.append(f"hedge = {toml_value(w.hedge)}")
        if w.precision:
            fields.append(f"precision = {w.precision}")
        if w.tolerance:
            numeric = re.fullmatch(r"[\d.]+", w.tolerance)
            fields.append(f"tolerance = {w.tolerance if numeric else toml_value(w.tolerance)}")
        unit = f" {w.unit}" if w.unit else ""
        rows.append(
            [
                f"“{w.quote}”",
                code(", ".join(fields)),
                code(_describe(written) + unit),
                code(_describe(final) + unit),
            ]
        )
    return table(["The text says", "Claim fields", "Written figure", "With the hedge"], rows)


#: Ranges the docs read, as (the text, the claim's fields as a TOML table body).
RANGE_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("between 10 and 20 kilograms", 'kind = "value"\nrange = [10, 20]\nunit = "kg"'),
    ("1.5-2.5 million people", 'kind = "value"\nrange = [1.5, 2.5]\nunit = "million people"'),
    ("$2m-$3m", 'kind = "value"\nrange = [2, 3]\nunit = "million USD"'),
    ("8,000 to 10,000 sellers", 'kind = "value"\nrange = ["8,000", "10,000"]\nunit = "items"'),
    ("about 10 to 15 people",
     'kind = "value"\nrange = [10, 15]\nunit = "people"\nhedge = "about"'),
    ("from 3 to 5 years", 'kind = "duration"\nrange = [3, 5]\nunit = "years"'),
    ("50 to 100 times", 'kind = "multiple"\nrange = [50, 100]'),
    ("two to three times", 'kind = "multiple"\nrange = ["double", "triple"]'),
    ("10-15% of", 'kind = "share"\nrange = ["10%", "15%"]'),
    ("between a third and a half of", 'kind = "share"\nrange = ["a third", "half"]'),
    ("fell 10-15%", 'kind = "multiple"\nchange_range = ["-10%", "-15%"]'),
    ("rose by between 20 and 30 per cent", 'kind = "multiple"\nchange_range = ["+20%", "+30%"]'),
)  # fmt: skip


def gen_ranges() -> str:
    import tomllib
    from decimal import Decimal

    from factcheck.claims import CLAIM_KINDS

    rows = []
    for text, body in RANGE_EXAMPLES:
        fields = tomllib.loads(body, parse_float=Decimal)
        kind = fields["kind"]
        extra = {"measure": "a.b"}
        if kind in ("multiple", "share"):
            extra["of"] = "a.c"
        claim = CLAIM_KINDS[kind].model_validate({"id": "x", "quote": text, **extra, **fields})
        unit = f" {fields['unit']}" if "unit" in fields else ""
        shown = ", ".join(line for line in body.splitlines() if not line.startswith("kind"))
        rows.append(
            [
                f"“{text}”",
                code(f"kind = {toml_value(kind)}"),
                code(shown),
                code(_describe(claim.interval()) + unit),
            ]
        )  # type: ignore[attr-defined]
    return table(["The text says", "Kind", "Claim fields", "Reads as"], rows)


def gen_vague() -> str:
    from factcheck.vague import VAGUE_READINGS

    small = ("a couple ", "a few ", "a handful ", "several ")
    words = [w for w in VAGUE_READINGS if "-" not in w and not w.startswith(small)]
    words += ["a couple hundred", "a few hundred", "several hundred", "several thousand"]
    words += ["million-dollar", "billion-dollar", "multibillion-dollar"]
    rows = []
    for word in words:
        interval = VAGUE_READINGS[word]
        assert interval.lo is not None and interval.hi is not None
        high = f"below {int(interval.hi):,}" if interval.hi_open else f"{int(interval.hi):,}"
        rows.append(
            [
                code(f"vague = {toml_value(word)}"),
                code(interval.describe()),
                f"{int(interval.lo):,} to {high}",
            ]
        )
    return table(["Claim field", "Reads as", "That is"], rows)


# --- docs/units.md --------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitLine:
    """One definition of data/units.txt: ``name = definition = symbol = alias ...``."""

    name: str
    definition: str
    aliases: tuple[str, ...]


def unit_lines() -> list[UnitLine]:
    from factcheck.units import definition_lines

    text = (resources.files("factcheck") / "data" / "units.txt").read_text(encoding="utf-8")
    return [UnitLine(*line) for line in definition_lines(text)]


def gen_count_nouns() -> str:
    from factcheck.units import COUNTED_KINDS, UnitError, unit_info

    groups: dict[str | None, list[str]] = {kind: [] for kind in (*COUNTED_KINDS, None)}
    for line in unit_lines():
        try:
            info = unit_info(line.name)
        except UnitError:
            continue
        if not info.is_count or line.name in COUNTED_KINDS or line.name == "item":
            continue
        names = [line.name, *line.aliases]
        plural = f"{line.name}s"
        if not line.aliases and not line.name.endswith("s"):  # pint reads a plain plural itself
            try:
                if unit_info(plural).is_count:
                    names.append(plural)
            except UnitError:
                pass
        groups[info.counts].append(" / ".join(code(n) for n in names))
    total = sum(len(v) for v in groups.values())
    titles = {
        "person": "**People** (`person` / `people`)",
        "place": "**Places** (`place` / `places`)",
        "organisation": "**Organisations** (`organisation` / `organisations`)",
        "object": "**Objects** (`object` / `objects`)",
        "animal": "**Animals** (`animal` / `animals`)",
        None: "**Any kind** (`item` / `items`, and nouns that may count more than one kind)",
    }
    parts = [f"- {titles[kind]}: " + ", ".join(entries) + "." for kind, entries in groups.items()]
    return (
        f"The {total} count nouns factcheck knows, all of dimension `[countable]`, by the kind of"
        " thing they count, each with the other names it accepts (a plural made by adding “s”"
        " is accepted for every noun; an irregular plural only when it is listed):\n\n"
        + "\n".join(parts)
    )


def gen_currencies() -> str:
    from factcheck.units import CURRENCY_SYMBOLS

    symbols = {unit: symbol for symbol, unit in CURRENCY_SYMBOLS.items()}
    rows = []
    for line in unit_lines():
        if not line.definition.startswith("[currency_"):
            continue
        code_name = line.aliases[0] if line.aliases else line.name
        others = [line.name, *line.aliases[1:]]
        symbol = symbols.get(code_name, "")
        rows.append(
            [code(code_name), ", ".join(code(n) for n in others), code(symbol) if symbol else "",
             code(line.definition)]
        )  # fmt: skip
    return table(["Code", "Other names", "Symbol", "Dimension"], rows)


def gen_scale_words() -> str:
    from factcheck.quotes import _MONEY_SCALES
    from factcheck.units import SCALE_WORDS

    rows = [[code(word), f"{value:,}"] for word, value in SCALE_WORDS.items()]
    words = table(["Scale word", "Multiplies by"], rows)
    abbreviations = ", ".join(f"{code(a)} ({v:,})" for a, v in _MONEY_SCALES.items())
    return (
        words
        + "\n\nIn a quote (not in a `unit` field), a money figure may also use the abbreviations "
        + abbreviations
        + ": “$53.4m”, “£2bn”."
    )


UNIT_EXAMPLES = (
    "kg", "kilograms", "lb", "pounds", "tonnes", "arrests", "thousand people", "million USD",
    "USD million", "$", "EUR", "years", "months", "km/h", "km per hour", "m**2",
    "clinics", "injuries", "bn USD", "M USD", "tons", "short_tons", "2 kg", "kg + lb",
    "9^9^9 kg", "%", "degC",
)  # fmt: skip


def gen_unit_examples() -> str:
    from factcheck.units import UnitError, unit_info

    rows = []
    for text in UNIT_EXAMPLES:
        try:
            info = unit_info(text)
        except UnitError as exc:
            rows.append([code(text), "refused", cell(str(exc))])
            continue
        size = f"{info.factor.numerator:,}"
        if info.factor.denominator != 1:
            size = f"{info.factor} = {float(info.factor):.6g}"
        rows.append([code(text), code(info.dimension), size])
    return table(
        ["`unit =`", "Dimension", "Size in base units (kg, s, m, items, the currency), or why "
         "the unit is refused"],
        rows,
    )  # fmt: skip


KG_LB_TEXT = "Agents seized 850 kilograms (1,874 pounds) of drugs.\n"
KG_LB_CLAIMS = """\
[article]
id = "seizure"
title = "A seizure reported in two units"
published = 2024-03-14
text = "seizure.txt"

[[claim]]
id = "drugs-kg"
kind = "value"
quote = "850 kilograms"
measure = "seizure.drugs"
value = 850
unit = "kg"

[[claim]]
id = "drugs-lb"
kind = "value"
quote = "1,874 pounds"
measure = "seizure.drugs"
value = "1,874"
unit = "lb"
"""


def _check_files(files: dict[str, str], *args: str) -> str:
    with scratch(files):
        out, err, status = cli("check", *args)
    return console(f"factcheck check {' '.join(args)}", out + err, status)


def gen_kg_lb() -> str:
    converted = _check_files(
        {"seizure.txt": KG_LB_TEXT, "seizure.toml": KG_LB_CLAIMS}, "seizure.toml"
    )
    exact_claims = KG_LB_CLAIMS.replace('unit = "lb"\n', 'unit = "lb"\nprecision = 0\n')
    exact_claims = exact_claims.replace('unit = "kg"\n', 'unit = "kg"\nprecision = 0\n')
    assert exact_claims != KG_LB_CLAIMS
    exact = _check_files({"seizure.txt": KG_LB_TEXT, "seizure.toml": exact_claims}, "seizure.toml")
    return (
        "The article (`seizure.txt`):\n\n"
        + fence(KG_LB_TEXT, "text")
        + "\n\nThe claim file (`seizure.toml`):\n\n"
        + fence(KG_LB_CLAIMS, "toml")
        + "\n\n"
        + converted
        + "\n\nWith `precision = 0` on both claims (both figures declared exact), they cannot"
        " both be true:\n\n" + exact + "\n"
    )


def _max_items(model: str, name: str) -> int:
    """The max_length a claim model sets on a list field."""
    from factcheck import claims

    info = getattr(claims, model).model_fields[name]
    return next(int(m.max_length) for m in info.metadata if getattr(m, "max_length", None))


# --- docs/claim-files.md --------------------------------------------------------------------------

#: Words for the fields whose model gives no description.
EXTRA_DESCRIPTIONS = {
    ("ClaimBase", "kind"): "The kind of claim (this section's title).",
}
_FIRST_FIELDS = ("kind", "id", "quote", "measure", "of")
_LAST_FIELDS = ("hedge", "tolerance", "precision", "note", "source")


#: Fields of which a claim gives exactly one (the figure, or a range instead of it).
_ONE_OF: tuple[tuple[str, ...], ...] = (
    ("value", "range", "vague"),
    ("factor", "change", "range"),
    ("fraction", "range"),
)


def field_rows(model: type[Any], *, kind: str | None = None) -> list[list[str]]:
    """One table row per field: name, required or default, meaning."""
    from pydantic_core import PydanticUndefined

    fields = model.model_fields
    names = [n for n in _FIRST_FIELDS if n in fields]
    names += [n for n in fields if n not in _FIRST_FIELDS and n not in _LAST_FIELDS]
    names += [n for n in _LAST_FIELDS if n in fields]
    group = next((g for g in _ONE_OF if all(n in fields for n in g)), ())
    if group:  # the alternatives together, in their order, where the first one stands
        at = min(names.index(n) for n in group)
        rest = [n for n in names if n not in group]
        names = rest[:at] + list(group) + rest[at:]
    rows = []
    for name in names:
        info = fields[name]
        if name in group:
            need = "one of " + ", ".join(code(n) for n in group)
        elif name == "kind" and kind is not None:
            need = f"required: {code(f'kind = {toml_value(kind)}')}"
        elif info.is_required():
            need = "required"
        elif info.default_factory is not None:
            need = f"optional, default {code(toml_value(info.default_factory()))}"
        elif info.default is None or info.default is PydanticUndefined:
            need = "optional"
        else:
            need = f"optional, default {code(toml_value(info.default))}"
        if name == "source" and kind is not None:
            need = "optional; required in a reference file"
        owner = next(
            (c.__name__ for c in model.__mro__ if name in getattr(c, "__annotations__", {})),
            model.__name__,
        )
        description = info.description or EXTRA_DESCRIPTIONS.get(
            (model.__name__, name), EXTRA_DESCRIPTIONS.get((owner, name), "")
        )
        if not description and name == "kind":
            description = EXTRA_DESCRIPTIONS[("ClaimBase", "kind")]
        rows.append([code(name), need, cell(description)])
    return rows


def fields_table(model: type[Any], *, kind: str | None = None) -> str:
    return table(["Field", "Required?", "Meaning"], field_rows(model, kind=kind))


def claim_block(path: Path, claim_id: str) -> str:
    """The ``[[claim]]`` table of ``claim_id``, exactly as the file writes it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.strip() != "[[claim]]":
            continue
        end = i + 1
        while end < len(lines) and not lines[end].startswith(("[", "#")):
            end += 1
        block = "\n".join(lines[i:end]).rstrip()
        if re.search(rf'^id = "{re.escape(claim_id)}"$', block, re.MULTILINE):
            return block
    raise LookupError(f"no claim {claim_id!r} in {path}")


DARKNET = DOCS / "gallery" / "darknet-2024"
#: The seed claim that illustrates each kind.
KIND_EXAMPLES = {
    "value": [(SEED_ARTICLE, "arrests-nearly-300"), (SEED_ARTICLE, "cash-53.4-million")],
    "multiple": [(SEED_ARTICLE, "arrests-more-than-double-previous")],
    "share": [(SEED_ARTICLE, "synthetic-opioids-two-thirds")],
    "part": [(SEED_ARTICLE, "fentanyl-within-drugs")],
    "parts": [(DOCS / "gallery" / "election-2024-07-05.toml", "shares-of-the-vote")],
    "breakdown": [(DARKNET / "europol-2024-05-14.toml", "arrests-by-country")],
    "conversion": [(DARKNET / "europol-2024-05-14.toml", "seized-eur-usd")],
    "rate": [(DARKNET / "reference-fx-2024-05.toml", "eur-usd-2024-05-14")],
    "difference": [(DOCS / "gallery" / "election-2024-07-05.toml", "turnout-up-3-points")],
    "superlative": [(SEED_ARTICLE, "arrests-most-ever")],
    "enumeration": [(SEED_ARTICLE, "countries-eight-named"), (SEED_ARTICLE, "two-major-cartels")],
    "span": [(SEED_ARTICLE, "continents-three")],
    "date": [(SEED_REFERENCE, "sinaloa-charges-date")],
    "weekday": [(SEED_ARTICLE, "announced-tuesday")],
    "relative_date": [(SEED_ARTICLE, "sinaloa-action-last-month")],
    "period": [(SEED_ARTICLE, "overdose-period-12-months")],
    "duration": [(SEED_ARTICLE, "sinaloa-flooding-15-years")],
}


def gen_kind(kind: str) -> Callable[[], str]:
    def generate() -> str:
        from factcheck.claims import CLAIM_KINDS

        model = CLAIM_KINDS[kind]
        doc = " ".join((model.__doc__ or "").split())
        if kind not in KIND_EXAMPLES:
            raise RegionError(
                f"claim-files.md: kind {kind!r} has no example; add (claim file, claim id) of one"
                " to KIND_EXAMPLES in scripts/gen_docs.py"
            )
        examples = []
        for path, claim_id in KIND_EXAMPLES[kind]:
            where = path.relative_to(ROOT).as_posix()
            examples.append(f"From `{where}`:\n\n" + fence(claim_block(path, claim_id), "toml"))
        return f"*{md(doc)}*\n\n" + fields_table(model, kind=kind) + "\n\n" + "\n\n".join(examples)

    return generate


def gen_table_fields(name: str) -> Callable[[], str]:
    def generate() -> str:
        from factcheck import claims
        from factcheck.kinds.breakdown import BreakdownItem

        model = {"article": claims.ArticleInfo, "reference": claims.ReferenceInfo,
                 "acknowledge": claims.Acknowledgement, "weights": claims.Weights,
                 "breakdown-item": BreakdownItem}[name]  # fmt: skip
        return fields_table(model)

    return generate


def gen_kinds_overview() -> str:
    from factcheck.claims import CLAIM_KINDS

    rows = []
    for kind, model in CLAIM_KINDS.items():
        doc = " ".join((model.__doc__ or "").split())
        rows.append([f"[{code(kind)}](#{kind})", cell(doc)])
    return table(["`kind =`", "For statements like"], rows)


def gen_limits() -> str:
    from factcheck import claims, loader, numbers, units

    size = f"{loader.MAX_FILE_BYTES:,} bytes ({loader.MAX_FILE_BYTES // 2**20} MiB)"
    items = _max_items("EnumerationClaim", "items")
    groups = _max_items("SuperlativeClaim", "among")
    rows = [
        ["Size of a claim file, and of an article text", size],
        ["Claims in one file", f"{loader.MAX_CLAIMS:,}"],
        ["Length of a quote (or of each fragment), a note, a source",
         f"{claims.MAX_TEXT:,} characters"],
        ["Length of a claim id", "100 characters"],
        ["Length of a measure key", "200 characters"],
        ["Length of a unit", f"{units._MAX_UNIT_LENGTH} characters"],
        ["Digits of a number", f"{numbers._MAX_DIGITS}"],
        ["Items of an enumeration; groups of a superlative", f"{items:,}; {groups:,}"],
    ]  # fmt: skip
    return table(["Limit", "Value"], rows)


MISTAKE_HEADER = f"""\
[article]
id = "harlow-measles-2024-03-14"
title = "Measles outbreak in Harlow County reaches 58 cases"
published = 2024-03-14
text = "{EXAMPLE_ARTICLE}.txt"

"""
GOOD_CLAIM = """\
[[claim]]
id = "cases-58"
kind = "value"
quote = "confirmed 58 cases of measles"
measure = "harlow.measles_2024.cases"
value = 58
unit = "cases"
"""


@dataclass(frozen=True)
class Mistake:
    """A common mistake: what the claim file says, and why."""

    title: str
    why: str
    body: str
    #: A whole file, when the mistake is outside the claims (else MISTAKE_HEADER + body).
    whole: bool = False


MISTAKES = (
    Mistake(
        "A quote that is not the article's words",
        "Transposed digits, a paraphrase or a corrected typo: the loader says where the quote "
        "departs from the article.",
        GOOD_CLAIM.replace("confirmed 58 cases", "confirmed 85 cases"),
    ),
    Mistake(
        "A misspelt field",
        "Every table accepts only its own fields, so a typo is never silently ignored.",
        GOOD_CLAIM.replace("measure =", "mesure ="),
    ),
    Mistake(
        "A claim kind that does not exist",
        "",
        GOOD_CLAIM.replace('kind = "value"', 'kind = "values"'),
    ),
    Mistake(
        "The unit inside the value",
        "Numbers and units are separate fields.",
        GOOD_CLAIM.replace("value = 58", 'value = "58 cases"'),
    ),
    Mistake(
        "A number inside the unit",
        "A unit is names only; scale words are allowed (`million USD`), digits are not.",
        GOOD_CLAIM.replace('value = 58\nunit = "cases"', 'value = 1.2\nunit = "1000000 USD"'),
    ),
    Mistake(
        "A count noun factcheck does not know",
        "Use `items` (or a known noun such as `cases`); what is counted is said by the measure "
        "key.",
        GOOD_CLAIM.replace('unit = "cases"', 'unit = "clinics"'),
    ),
    Mistake(
        "A hedge factcheck does not know",
        "See [hedges.md](hedges.md) for every hedge and its synonyms.",
        GOOD_CLAIM.replace('unit = "cases"\n', 'unit = "cases"\nhedge = "approx"\n'),
    ),
    Mistake(
        "A required field left out",
        "",
        GOOD_CLAIM.replace('unit = "cases"\n', ""),
    ),
    Mistake(
        "A measure key with capitals or spaces",
        "",
        GOOD_CLAIM.replace('"harlow.measles_2024.cases"', '"Harlow measles cases"'),
    ),
    Mistake(
        "A percentage written as a whole number",
        'Write `fraction = "90%"`, `0.9` or `"9/10"`.',
        """\
[[claim]]
id = "unvaccinated-more-than-90-percent"
kind = "share"
quote = "More than 90 percent of these patients were never vaccinated"
measure = "harlow.measles_2024.unvaccinated"
of = "harlow.measles_2024.cases"
fraction = 90
hedge = "more than"
""",
    ),
    Mistake(
        "The same id twice",
        "",
        GOOD_CLAIM + "\n" + GOOD_CLAIM.replace("confirmed 58 cases of measles", "58 cases"),
    ),
    Mistake(
        "A relation to a measure no loaded file defines",
        "Declare the measure under `[measures]`, or load the reference file that gives its "
        "figure (this error comes from `factcheck.load`, which checks the files together).",
        """\
[[claim]]
id = "cases-nearly-triple-last-year"
kind = "multiple"
quote = "nearly triple last year's total"
measure = "harlow.measles_2024.cases"
of = "harlow.measles_2023.cases"
factor = "triple"
hedge = "nearly"
""",
    ),
    Mistake(
        "A claim of a reference file without its source",
        "",
        """\
[reference]
id = "state-measles-2023"
title = "State Department of Health: measles cases by county, 2023"

[[claim]]
id = "harlow-cases-2023"
kind = "value"
quote = "Harlow County: 21 cases"
measure = "harlow.measles_2023.cases"
value = 21
unit = "cases"
""",
        whole=True,
    ),
    Mistake(
        "Acknowledging a claim the file does not have",
        "",
        GOOD_CLAIM
        + """
[[acknowledge]]
rule = "FC202"
claims = ["case-58"]
note = "Checked with the county."
""",
    ),
    Mistake(
        "Not valid TOML",
        'A missing quote mark, a missing `=`, or an unescaped `"` inside a string.',
        GOOD_CLAIM.replace('unit = "cases"', 'unit = "cases'),
    ),
    Mistake(
        "A day that does not exist",
        "",
        """\
[[claim]]
id = "first-case-february-20"
kind = "date"
quote = "on February 20"
measure = "harlow.measles_2024.first_case"
date = 2024-02-30
""",
    ),
    Mistake(
        "A relative date factcheck does not read",
        "",
        """\
[[claim]]
id = "first-case-last-month"
kind = "relative_date"
quote = "was reported last month"
phrase = "a few weeks back"
measure = "harlow.measles_2024.first_case"
""",
    ),
    Mistake(
        "A list counted in a unit that does not count things",
        "",
        """\
[[claim]]
id = "counties-three"
kind = "enumeration"
quote = "spread to three neighbouring counties: Ashby, Corran and Tiller"
measure = "harlow.measles_2024.counties_reached"
count = 3
unit = "kg"
items = ["Ashby", "Corran", "Tiller"]
""",
    ),
)


def mistake_message(mistake: Mistake) -> str:
    """What ``factcheck check`` prints for the broken file (on stderr, exit status 2)."""
    from factcheck import ClaimFileError, load

    text = mistake.body if mistake.whole else MISTAKE_HEADER + mistake.body
    with scratch({"measles.toml": text}):
        try:
            load("measles.toml")
        except ClaimFileError as exc:
            return str(exc)
    raise AssertionError(f"the mistake {mistake.title!r} loads without an error")


def gen_mistakes() -> str:
    parts = [
        "Each example below is the example article's claim file with one mistake; the first "
        "claim starts on line 7, after this header:\n\n" + fence(MISTAKE_HEADER, "toml")
    ]
    for mistake in MISTAKES:
        lead = f"{mistake.why}\n\n" if mistake.why else ""
        parts.append(
            f"#### {mistake.title}\n\n{lead}"
            + fence(mistake.body, "toml")
            + "\n\n"
            + fence(mistake_message(mistake), "text")
        )
    return "\n\n".join(parts)


# --- docs/tutorial.md, docs/engine.md, docs/library.md: real reports ------------------------------


EXAMPLE_CLAIMS = EXAMPLES / f"{EXAMPLE_ARTICLE}.toml"
EXAMPLE_REFERENCE = EXAMPLES / "reference-state-measles-2023.toml"


def table_block(path: Path, header: str) -> str:
    """A table (``[article]``, ``[[acknowledge]]``...) exactly as the file writes it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(header)
    end = start + 1
    while end < len(lines) and not lines[end].startswith(("[", "#")):
        end += 1
    return "\n".join(lines[start:end]).rstrip()


def gen_example_text() -> str:
    text = (EXAMPLES / f"{EXAMPLE_ARTICLE}.txt").read_text(encoding="utf-8")
    return fence(text, "text")


def gen_example_tables(*headers: str) -> Callable[[], str]:
    def generate() -> str:
        return fence("\n\n".join(table_block(EXAMPLE_CLAIMS, h) for h in headers), "toml")

    return generate


def gen_example_claims(*ids: str) -> Callable[[], str]:
    def generate() -> str:
        return fence("\n\n".join(claim_block(EXAMPLE_CLAIMS, i) for i in ids), "toml")

    return generate


def gen_example_reference() -> str:
    return fence(EXAMPLE_REFERENCE.read_text(encoding="utf-8"), "toml")


def _example_first_run() -> tuple[str, int]:
    """The report of the example article alone, before its ``[[acknowledge]]`` was written."""
    from factcheck import check, load_file
    from factcheck.loader import Loaded

    with contextlib.chdir(ROOT):
        loaded_file = load_file(f"docs/examples/{EXAMPLE_ARTICLE}.toml")
    loaded_file.model = loaded_file.model.model_copy(update={"acknowledge": []})
    report = check(Loaded((loaded_file,)))
    return report.render_text(), report.exit_code


def gen_first_run() -> str:
    text, status = _example_first_run()
    return console(f"factcheck check docs/examples/{EXAMPLE_ARTICLE}.toml", text, status)


def gen_final_run() -> str:
    with contextlib.chdir(ROOT):
        out, err, status = cli("check", "docs/examples/")
    return console("factcheck check docs/examples/", out + err, status)


# --- docs/draft.md --------------------------------------------------------------------------------


def gen_draft_example() -> str:
    """``factcheck draft`` of the walkthrough's article, and ``check`` of the draft."""
    with contextlib.chdir(ROOT):
        out, err, status = cli(
            "draft", f"docs/examples/{EXAMPLE_ARTICLE}.txt", "--published", "2024-03-14"
        )
    return console(
        f"factcheck draft docs/examples/{EXAMPLE_ARTICLE}.txt --published 2024-03-14",
        out + err,
        status,
    )


def gen_draft_json() -> str:
    """``factcheck draft --format json`` of one sentence."""
    with scratch({"copy.txt": DRAFT_SENTENCE}):
        out, err, status = cli("draft", "copy.txt", "--format", "json")
    return console("factcheck draft copy.txt --format json", out + err, status)


DRAFT_SENTENCE = (
    "Last month police seized nearly 300 kilograms of cocaine worth $12.5m, up 40% on 2023,"
    " and arrested dozens of people in three countries: France, Spain and Italy.\n"
)


def gen_draft_check() -> str:
    """``factcheck check`` of the drafted example: what is left to do."""
    with scratch({}):
        cli("draft", f"{EXAMPLE_ARTICLE}.txt", "--published", "2024-03-14",
            "-o", f"{EXAMPLE_ARTICLE}.toml")  # fmt: skip
        out, err, status = cli("check", f"{EXAMPLE_ARTICLE}.toml", "--quiet")
    lines = out.splitlines()
    shown = "\n".join([*lines[:14], "  ...", *lines[-5:]]) + err
    return console(f"factcheck check {EXAMPLE_ARTICLE}.toml --quiet", shown, status)


def gen_lodestar_report() -> str:
    """The multi-source gallery example's report: the findings only, minor ones apart."""
    folder = "docs/gallery/operation-lodestar-2025-06/"
    with contextlib.chdir(ROOT):
        out, err, status = cli("check", "-q", "--min-gap", "1", folder)
    return console(f"factcheck check -q --min-gap 1 {folder}", out + err, status)


def gen_wt20_report() -> str:
    """The multi-outlet gallery example's report (a cricket final): the findings only."""
    folder = "docs/gallery/wt20-final-2025-11/"
    with contextlib.chdir(ROOT):
        out, err, status = cli("check", "-q", folder)
    return console(f"factcheck check -q {folder}", out + err, status)


def gen_seed_finding() -> str:
    from factcheck import check, load
    from factcheck.report import finding_block

    with contextlib.chdir(ROOT):
        report = check(load("claims/"))
    found = next(f for f in report.findings if f.rule == "FC202")
    return fence("\n".join(finding_block(found)), "text")


ONE_WRONG_TEXT = (
    "Police arrested nearly 300 suspects in the operation. It netted 218 arrests, officials "
    "said. More than 250 people were detained.\n"
)
ONE_WRONG_CLAIMS = """\
[article]
id = "raid"
title = "One wrong figure"
published = 2024-03-14
text = "raid.txt"

[[claim]]
id = "suspects-nearly-300"
kind = "value"
quote = "arrested nearly 300 suspects"
measure = "raid.arrests"
hedge = "nearly"
value = 300
unit = "suspects"

[[claim]]
id = "arrests-218"
kind = "value"
quote = "netted 218 arrests"
measure = "raid.arrests"
value = 218
unit = "arrests"

[[claim]]
id = "people-more-than-250"
kind = "value"
quote = "More than 250 people were detained"
measure = "raid.arrests"
hedge = "more than"
value = 250
unit = "people"
"""


def gen_one_wrong() -> str:
    report = _check_files({"raid.txt": ONE_WRONG_TEXT, "raid.toml": ONE_WRONG_CLAIMS}, "raid.toml")
    return (
        "The article (`raid.txt`):\n\n"
        + fence(ONE_WRONG_TEXT, "text")
        + "\n\nThe claim file (`raid.toml`):\n\n"
        + fence(ONE_WRONG_CLAIMS, "toml")
        + "\n\n"
        + report
    )


def gen_json_example() -> str:
    with contextlib.chdir(ROOT):
        out, _, _ = cli("check", "docs/examples/", "--format", "json")
    data = json.loads(out)
    data["checks"] = [*data["checks"][:1], "..."]
    return fence(json.dumps(data, indent=2, ensure_ascii=False), "json")


#: The Python examples of docs/library.md, run in order in one namespace (from the repository's
#: root); each region shows the code and what it prints.
LIBRARY_SNIPPETS: dict[str, str] = {
    "load": """\
import factcheck

loaded = factcheck.load("claims/")          # files and folders; every *.toml under a folder
report = factcheck.check(loaded)
print(report.exit_code, report.summary())
for finding in report.findings:
    print(finding.rule, finding.name, finding.severity, "acknowledged:", finding.acknowledged)
    for ref in finding.claims:
        print("   ", ref.qualified_id, f"{ref.file}:{ref.line}", "article line", ref.article_line)
""",
    "checks": """\
for check in report.checks:
    if check.status == "unchecked":
        print(check.rule, check.name, "-", check.message)
print(sum(1 for check in report.checks if check.status == "holds"), "checks held")
""",
    "error": """\
import tempfile
from pathlib import Path

folder = Path(tempfile.mkdtemp())
(folder / "draft.toml").write_text(
    '[article]\\nid = "draft"\\ntitle = "A draft"\\npublished = 2024-03-14\\n', encoding="utf-8"
)
try:
    factcheck.load(folder / "draft.toml")
except factcheck.ClaimFileError as error:
    print("line", error.line, "field", repr(error.field))
    print(error.problem)
""",
    "build": """\
from datetime import date

from factcheck import ArticleInfo, Loaded, ShareClaim, ValueClaim, from_claims

text = "Of the 58 patients, 49 had not been vaccinated: more than 90 percent of them."
article = ArticleInfo(id="draft", title="A draft", published=date(2024, 3, 14), text="draft.txt")
claims = [
    ValueClaim(id="patients", quote="58 patients", measure="outbreak.cases",
               value=58, unit="patients"),
    ValueClaim(id="unvaccinated", quote="49 had not been vaccinated",
               measure="outbreak.unvaccinated", value=49, unit="patients"),
    ShareClaim(id="share", quote="more than 90 percent", measure="outbreak.unvaccinated",
               of="outbreak.cases", fraction="90%", hedge="more than"),
]
draft = from_claims(claims, article=article, text=text)   # quotes are found in `text`
report = factcheck.check(Loaded((draft,)))
for finding in report.findings:
    print(finding.rule, finding.message)
""",
    "invalid": """\
import pydantic

try:
    ValueClaim(id="patients", quote="58 patients", measure="outbreak.cases",
               value=58, unit="clinics")
except pydantic.ValidationError as error:
    print(error.errors()[0]["msg"])
""",
    "write": """\
from factcheck import ClaimFile
from factcheck.writer import dumps, write

model = ClaimFile(article=article, claim=claims)
print(dumps(model, measures={"outbreak.cases": "Measles cases of the outbreak"}))
path = write(folder / "draft-claims.toml", model)       # refuses to replace an existing file
try:
    write(path, model)
except factcheck.ClaimFileError as error:
    print(error.problem)
""",
    "rules": """\
rule = factcheck.RULES["FC202"]
print(rule.code, rule.name, rule.severity, rule.family)
print(rule.section("Example"))
""",
    "properties": """\
from hypothesis import given, settings

from factcheck.strategies import falsify, true_claims, worlds


@settings(max_examples=20, deadline=None)
@given(worlds().flatmap(true_claims))
def test_no_false_alarms(written):
    \"\"\"Claims written from a true world never contradict each other.\"\"\"
    assert factcheck.check(written.loaded()).exit_code == 0


@settings(max_examples=20, deadline=None)
@given(worlds().flatmap(true_claims))
def test_a_false_figure_is_found(written):
    \"\"\"A claim made false beyond its hedge is named by a contradiction.\"\"\"
    for claim in written.claims:
        broken = falsify(written, claim.id)
        if broken is None:
            continue
        report = factcheck.check(broken.loaded())
        assert any(claim.id in {ref.id for ref in f.claims} for f in report.contradictions)
        return


test_no_false_alarms()
test_a_false_figure_is_found()
""",
}


def run_library_snippets() -> dict[str, str]:
    """What each snippet prints (run once, in order, from the repository's root)."""
    namespace: dict[str, Any] = {"__name__": "library_md"}
    printed: dict[str, str] = {}
    with contextlib.chdir(ROOT):
        for name, source in LIBRARY_SNIPPETS.items():
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(source, f"<library.md:{name}>", "exec"), namespace)
            printed[name] = out.getvalue()
    folder = namespace.get("folder")
    if isinstance(folder, Path):  # the scratch folder the examples write to
        shutil.rmtree(folder, ignore_errors=True)
    return printed


_SNIPPET_OUTPUT: dict[str, str] = {}


def gen_snippet(name: str) -> Callable[[], str]:
    def generate() -> str:
        if not _SNIPPET_OUTPUT:
            _SNIPPET_OUTPUT.update(run_library_snippets())
        shown = fence(LIBRARY_SNIPPETS[name], "python")
        if _SNIPPET_OUTPUT[name].strip():
            shown += "\n\nIt prints:\n\n" + fence(_SNIPPET_OUTPUT[name], "text")
        return shown

    return generate


def _pytest(args: Sequence[str], *, acknowledged: bool = True) -> str:
    """``pytest`` on a copy of docs/examples/ (as ``claims/``), its output made reproducible:
    the header (versions, folders) and the timing left out."""
    import os
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "claims").mkdir()
        for path in sorted(EXAMPLES.iterdir()):
            if path.suffix in (".toml", ".txt"):
                text = path.read_text(encoding="utf-8")
                if path == EXAMPLE_CLAIMS and not acknowledged:
                    text = text[: text.index("[[acknowledge]]")].rstrip() + "\n"
                (base / "claims" / path.name).write_text(text, encoding="utf-8")
        (base / "pyproject.toml").write_text(
            '[tool.pytest.ini_options]\ntestpaths = ["claims"]\n', encoding="utf-8"
        )
        # pytest prints full summary lines when it believes it runs on CI (CI, BUILD_NUMBER)
        hidden = ("CI", "BUILD_NUMBER")
        env = {
            k: v for k, v in os.environ.items() if not k.startswith("PYTEST_") and k not in hidden
        }
        env["COLUMNS"] = "100"
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
            cwd=base, env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    lines = result.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("collected")), -1)
    kept = [line for line in lines[start + 1 :] if line.strip()] if start >= 0 else lines
    text = "\n".join(kept)
    text = re.sub(r" in \d+\.\d+s", "", text)
    text = re.sub(  # re-centre the result line, shorter without its timing
        r"^=+ (.+?) =+$", lambda m: f" {m[1]} ".center(100, "="), text, flags=re.MULTILINE
    )
    shown = " ".join(["pytest", *args])
    return fence(f"$ {shown}\n{text}\n$ echo $?\n{result.returncode}", "console")


def gen_pytest_failure() -> str:
    return _pytest([], acknowledged=False)


def gen_pytest_final() -> str:
    return _pytest(["-rxs"])


def gen_pytest_items() -> str:
    return _pytest(["--collect-only", "-q"])


# --- docs/api.md and docs/cli.md ----------------------------------------------------------------


def gen_api_kinds() -> str:
    """The claim kinds of the API reference: a table to their fields in claim-files.md, and a
    mkdocstrings directive for each class."""
    from factcheck.claims import CLAIM_KINDS

    rows = [
        [code(model.__name__), code(kind), f"[{kind}](claim-files.md#{kind})"]
        for kind, model in CLAIM_KINDS.items()
    ]
    directives = "\n\n".join(f"::: factcheck.{model.__name__}" for model in CLAIM_KINDS.values())
    return table(["Class", "`kind =`", "Fields"], rows) + "\n\n" + directives


def cli_commands() -> list[str]:
    """The subcommands of ``factcheck``, in the order its help lists them."""
    from factcheck.cli import _parser

    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def gen_cli_help(*command: str) -> Callable[[], str]:
    """``factcheck [COMMAND] --help``, as a terminal 100 columns wide shows it."""

    def generate() -> str:
        import os

        saved = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = "100"
        try:
            out, err, status = cli(*command, "--help")
        finally:
            if saved is None:
                del os.environ["COLUMNS"]
            else:
                os.environ["COLUMNS"] = saved
        assert status == 0, err
        return fence(f"$ factcheck {' '.join((*command, '--help'))}\n{out.rstrip()}", "console")

    return generate


# --- The pages and their regions ------------------------------------------------------------------


def generators() -> dict[str, dict[str, Callable[[], str]]]:
    """Page (relative to docs/) -> region name -> the function that writes it."""
    from factcheck.claims import CLAIM_KINDS

    claim_files: dict[str, Callable[[], str]] = {
        "kinds": gen_kinds_overview,
        "fields:article": gen_table_fields("article"),
        "fields:reference": gen_table_fields("reference"),
        "fields:acknowledge": gen_table_fields("acknowledge"),
        "fields:weights": gen_table_fields("weights"),
        "fields:breakdown-item": gen_table_fields("breakdown-item"),
        "limits": gen_limits,
        "mistakes": gen_mistakes,
    }
    claim_files.update({f"kind:{kind}": gen_kind(kind) for kind in CLAIM_KINDS})
    return {
        "tutorial.md": {
            "example:text": gen_example_text,
            "example:article": gen_example_tables("[article]"),
            "example:values": gen_example_claims(
                "cases-58",
                "patients-58",
                "unvaccinated-49",
                "funding-1.2-million",
                "clinics-350000",
            ),
            "example:relations": gen_example_claims(
                "unvaccinated-among-patients",
                "unvaccinated-more-than-90-percent",
                "clinics-within-funding",
                "cases-nearly-triple-last-year",
            ),
            "example:measures": gen_example_tables("[measures]"),
            "example:lists-dates": gen_example_claims(
                "counties-three",
                "confirmed-wednesday",
                "first-case-last-month",
                "first-case-february-20",
            ),
            "first-run": gen_first_run,
            "example:reference": gen_example_reference,
            "example:acknowledge": gen_example_tables("[[acknowledge]]"),
            "final-run": gen_final_run,
        },
        "claim-files.md": claim_files,
        "hedges.md": {
            "hedges": gen_hedges,
            "precision": gen_precision,
            "ranges": gen_ranges,
            "vague": gen_vague,
        },
        "units.md": {
            "count-nouns": gen_count_nouns,
            "currencies": gen_currencies,
            "scale-words": gen_scale_words,
            "unit-examples": gen_unit_examples,
            "kg-lb": gen_kg_lb,
        },
        "rules.md": {"rule-table": gen_rule_table, "rules": gen_rules},
        "pytest.md": {
            "pytest-items": gen_pytest_items,
            "pytest-failure": gen_pytest_failure,
            "pytest-final": gen_pytest_final,
        },
        "engine.md": {"seed-finding": gen_seed_finding, "one-wrong": gen_one_wrong},
        "gallery/operation-lodestar-2025-06/EXPECTED.md": {"report": gen_lodestar_report},
        "gallery/wt20-final-2025-11/EXPECTED.md": {"report": gen_wt20_report},
        "api.md": {"api:kinds": gen_api_kinds},
        "cli.md": {
            "cli:help": gen_cli_help(),
            **{f"cli:{name}": gen_cli_help(name) for name in cli_commands()},
        },
        "draft.md": {
            "draft-example": gen_draft_example,
            "draft-json": gen_draft_json,
            "draft-check": gen_draft_check,
        },
        "library.md": {
            "json": gen_json_example,
            **{f"py:{name}": gen_snippet(name) for name in LIBRARY_SNIPPETS},
        },
    }


class RegionError(ValueError):
    """A page whose markers do not match the regions this script writes."""


def regions_in(text: str) -> list[str]:
    """The names of the generated regions of a page, in order."""
    return [m["name"] for m in BEGIN_RE.finditer(text)]


def render(text: str, contents: dict[str, str], page: str) -> str:
    """``text`` with every generated region replaced by its new contents."""
    found = regions_in(text)
    missing = sorted(set(contents) - set(found))
    unknown = sorted(set(found) - set(contents))
    if missing or unknown:
        raise RegionError(f"{page}: regions missing {missing}, unknown {unknown}")
    out: list[str] = []
    pos = 0
    for match in BEGIN_RE.finditer(text):
        end = text.find(END, match.end())
        if end < 0:
            raise RegionError(f"{page}: region {match['name']!r} has no {END}")
        out.append(text[pos : match.end()])
        out.append("\n" + contents[match["name"]].strip("\n") + "\n\n")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def build() -> dict[Path, str]:
    """Every page that has generated regions, with its regions rewritten."""
    pages: dict[Path, str] = {}
    for page, regions in generators().items():
        path = DOCS / page
        text = path.read_text(encoding="utf-8")
        contents = {name: generate() for name, generate in regions.items()}
        pages[path] = render(text, contents, page)
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a page is out of date; write nothing"
    )
    args = parser.parse_args(argv)
    try:
        with contextlib.chdir(ROOT):
            pages = build()
    except RegionError as exc:
        print(f"gen_docs: {exc}", file=sys.stderr)
        return 1
    stale = [path for path, text in pages.items() if path.read_text(encoding="utf-8") != text]
    for path in stale:
        shown = path.relative_to(ROOT).as_posix()
        if args.check:
            print(f"gen_docs: {shown} is out of date; run python scripts/gen_docs.py",
                  file=sys.stderr)  # fmt: skip
        else:
            path.write_text(pages[path], encoding="utf-8")
            print(f"gen_docs: wrote {shown}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
