"""A draft claim file from an article's text: one claim per quantitative statement, each quoting
the article, with what the text cannot tell left as clearly marked proposals.

The draft turns each mention (`factcheck.draft.mentions`) and time expression
(`factcheck.draft.times`) into the claim a fact-checker would write: a ``value`` for "281
arrests", a ``share`` for "more than two-thirds of the deaths", a ``multiple`` for "more than
double that of the previous operation", an ``enumeration`` for "eight countries, including
Austria, France ...", a ``breakdown`` for "United States (65), Germany (47)", a ``part`` for "850
kilograms of drugs, including 64 kilograms of fentanyl", a ``span`` for "spanned three
continents" beside a list of countries, and ``date``, ``weekday``, ``relative_date``, ``period``
and ``duration`` claims. What only a person can decide is proposed and marked:

- every measure key starts with ``todo.`` and is built from the article's subject and the counted
  noun (``todo.operation_spector.arrests``); ``factcheck check`` reports each one (FC903) until
  it is renamed;
- the other side of a relation (``of``) is a ``todo.`` measure declared under ``[measures]``
  with a description saying what the article compares with, so the draft loads and the relation
  is listed as not checked until a figure is given.

Every claim is validated as it is drafted (its model, its quote found in the text); a statement
the draft cannot express is left as a comment, never as a claim that would not load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from factcheck.dates import WEEKDAYS
from factcheck.draft.mentions import DEMONYMS, Mention, mentions, paragraphs
from factcheck.draft.times import TimeMention, time_mentions

__all__ = ["Draft", "DraftClaim", "draft_claims", "subject_of"]

TODO = "todo"


@dataclass
class DraftClaim:
    """One drafted claim: its table (fields in the order written) and comments for a person."""

    table: dict[str, Any]
    #: Where its statement stands in the text (for the order of the file).
    start: int
    #: Comments written above the table.
    notes: list[str] = field(default_factory=list)
    #: Comments written after a field's value, by field name.
    marks: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.table["id"])


@dataclass
class Draft:
    """A drafted claim file: the header, the measures it declares and its claims."""

    article: dict[str, Any]
    article_marks: dict[str, str]
    measures: dict[str, str]
    claims: list[DraftClaim]
    #: Statements left as comments, with why.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    source_name: str = ""

    def render(self) -> str:
        """The claim file as TOML, with its comments."""
        out = [
            f"# A draft by `factcheck draft` of the claims of {self.source_name}.",
            "# Every claim quotes the article. To finish it: confirm each claim (delete what is",
            "# not a claim); rename each proposed measure 'todo.*' to a key that names the thing",
            "# in the world, the same key wherever the same quantity is meant (claim-files.md);",
            "# give the other side of each relation a figure or a key of a reference file.",
            "# `factcheck check` lists what is left (FC903) and what no claim quotes (FC902).",
            "",
            "[article]",
        ]
        for key, value in self.article.items():
            out.append(_line(key, value, self.article_marks.get(key)))
        if self.measures:
            out += ["", "[measures]"]
            for key, description in self.measures.items():
                out.append(f"{_toml(key)} = {_toml(description)}")
        for claim in self.claims:
            out.append("")
            out.extend(f"# {note}" for note in claim.notes)
            out.append("[[claim]]")
            for key, value in claim.table.items():
                out.append(_line(key, value, claim.marks.get(key)))
        if self.skipped:
            out += ["", "# Not drafted (write these by hand if they are claims):"]
            out.extend(f"# - {why}" for _start, why in self.skipped)
        return "\n".join(out) + "\n"


def _toml(value: Any) -> str:
    """A TOML value: strings (JSON escapes are TOML's), integers, booleans, dates, arrays and
    inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} in a draft")  # pragma: no cover - a bug


def _line(key: str, value: Any, mark: str | None) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        body = "\n".join(f"  {_toml(v)}," for v in value)
        text = f"{key} = [\n{body}\n]"
    else:
        text = f"{key} = {_toml(value)}"
    return f"{text}  # {mark}" if mark else text


# --- Names -----------------------------------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def key_word(text: str) -> str:
    """A measure-key word: lowercase letters and digits joined by ``_``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    word = _SLUG.sub("_", folded.replace("'", "").replace("’", "")).strip("_")
    return word[:60].strip("_") or "figure"


def _id_word(text: str) -> str:
    return key_word(text).replace("_", "-")


def subject_of(name: str, text: str) -> str:
    """The article's subject as a measure-key word: its file name without dates and the words
    'article'/'story' ("article-2023-05-02-operation-spector" -> ``operation_spector``), else the
    name the text repeats most."""
    stem = _DATE_IN_NAME.sub(" ", Path(name).stem)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", stem.lower()) if w]
    words = [w for w in words if w not in {"article", "story", "news", "draft", "text", "txt"}]
    words = [w for w in words if not w.isdigit()]
    if words:
        return key_word(" ".join(words[:4]))
    names: dict[str, int] = {}
    for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][A-Za-z]+)+)", text):
        names[m.group(1)] = names.get(m.group(1), 0) + 1
    if names:
        return key_word(max(names, key=lambda n: (names[n], len(n))))
    return "article"


# --- Numbers as a claim writes them --------------------------------------------------------------

_WRITTEN_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def written_number(text: str, value: Fraction) -> int | str:
    """A figure for a claim file as the article writes it: 281, "53.4", "1,874"; a number word
    as its value."""
    if _WRITTEN_NUMBER.match(text):
        return int(text) if text.isdigit() else text
    if value.denominator == 1:
        return int(value)
    return f"{value.numerator}/{value.denominator}"


def _plain(value: Fraction) -> int | str:
    if value.denominator == 1:
        return int(value)
    decimal = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return decimal if Fraction(decimal) == value else f"{value.numerator}/{value.denominator}"


# --- Quotes --------------------------------------------------------------------------------------

_WORD_LEFT = re.compile(r"[\w$€£¥'’.,%-]+\s*$")
_WORD_RIGHT = re.compile(r"^\s*[\w$€£¥'’%-]+")


class _Quotes:
    """Quotes that stand for one place in the text: the statement's words, widened by a word
    at a time, within its sentence, until they occur once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds: list[tuple[int, int]] = [
            (start, start + len(line)) for start, line in paragraphs(text)
        ]

    def _line(self, pos: int) -> tuple[int, int]:
        for start, end in self.bounds:
            if start <= pos <= end:
                return start, end
        return 0, len(self.text)

    def quote(self, start: int, end: int, *, least_words: int = 1) -> str:
        text = self.text
        first, last = self._line(start)
        start, end = _trim(text, start, end)
        for _ in range(12):
            words = text[start:end]
            if len(words.split()) >= least_words and _occurs_once(text, words):
                break
            left = _WORD_LEFT.search(text, first, start)
            right = _WORD_RIGHT.match(text[end:last]) if end < last else None
            before = text[max(first, start - 2) : start]
            if left is not None and not re.search(r"[.!?;:]\s*$", before):
                start = left.start()
            elif right is not None:
                end = end + right.end()
            elif left is not None:
                start = left.start()
            else:
                break
        start, end = _trim(text, start, end)
        return text[start:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:("):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _occurs_once(text: str, words: str) -> bool:
    first = text.find(words)
    return first >= 0 and text.find(words, first + 1) < 0


# --- The draft -----------------------------------------------------------------------------------

_TIME_UNITS = {"[time]"}
_PART_JOIN = re.compile(r"^,?\s*(?:including|of\s+which|among\s+them|among\s+which)\s+$", re.I)
_LIST_LEAD = re.compile(
    r",?\s*(?P<how>including|such\s+as|among\s+them|notably|namely|:|—|–)\s*", re.IGNORECASE
)
#: A named item: capitalised words on one line ("the United Kingdom", "U.S.", "Côte d'Ivoire").
_NAME_WORD = r"[A-Z][\w'’-]*(?:\.(?:[A-Z]\.)+|\.(?=\s*[,)]))?"
#: Space between a list's words: blanks, or one line break of a hard-wrapped paragraph
#: ("South\nAmerica"), never a blank line.
_SP = r"(?:[ \t]*\n(?![ \t]*\n)[ \t]*|[ \t]+)"
_SP0 = rf"(?:{_SP}|)"
_ITEM = (
    rf"(?:the{_SP})?{_NAME_WORD}"
    rf"(?:{_SP}(?:of{_SP}|and{_SP}(?={_NAME_WORD}{_SP}[A-Z]))?{_NAME_WORD})*"
)
_ITEMS = re.compile(
    rf"(?P<items>{_ITEM}(?:[ \t]*,{_SP0}(?:and{_SP}|or{_SP})?{_ITEM}"
    rf"|{_SP}(?:and|or){_SP}{_ITEM})+)"
)
_SPLIT_ITEMS = re.compile(rf"[ \t]*,{_SP0}(?:and{_SP}|or{_SP})?|{_SP}(?:and|or){_SP}")
_BREAKDOWN_ITEM = re.compile(
    rf"(?P<name>{_ITEM})\s*\((?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\)"
)
_BREAKDOWN_GAP = re.compile(r"^\s*,\s*(?:and\s+)?$|^\s+and\s+$")
_WHOLE_BEFORE = re.compile(r"(?P<join>:|,?\s*including)\s*$", re.IGNORECASE)


@dataclass
class _Builder:
    text: str
    subject: str
    published: date | None
    quotes: _Quotes
    claims: list[DraftClaim] = field(default_factory=list)
    measures: dict[str, str] = field(default_factory=dict)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    #: Proposed measure keys and the figure each was given, so one key is not given two figures.
    figures: dict[str, str] = field(default_factory=dict)
    #: Spans of the text a claim already quotes.
    covered: list[tuple[int, int]] = field(default_factory=list)

    def new_id(self, words: str) -> str:
        base = _id_word(words)[:60].strip("-") or "claim"
        if not re.match(r"[a-z0-9]", base):
            base = "claim-" + base
        name, n = base, 2
        while name in self.ids:
            name, n = f"{base}-{n}", n + 1
        self.ids.add(name)
        return name

    def measure(self, concept: str | None, figure: str | None = None) -> str:
        """A proposed measure key for a concept; a key already given another figure gets a
        number, so that the draft never asserts that two figures are one by accident."""
        word = key_word(concept) if concept else "figure"
        base = f"{TODO}.{self.subject}.{word}"
        key, n = base, 2
        while figure is not None and key in self.figures and self.figures[key] != figure:
            key, n = f"{base}_{n}", n + 1
        if figure is not None:
            self.figures[key] = figure
        return key

    def own(self, concept: str | None) -> str:
        """A proposed measure key for a quantity of its own (what a multiple compares, the
        other side of a comparison): a key no other claim was given, so that a multiple and a
        count, or two comparisons, never meet on one placeholder by accident."""
        return self.measure(concept, f"#{len(self.figures)}")

    def declare(self, key: str, description: str) -> str:
        self.measures.setdefault(key, description)
        return key

    def add(self, claim: DraftClaim, span: tuple[int, int]) -> None:
        problem = _invalid(claim.table, self.text)
        if problem is not None:
            self.ids.discard(claim.id)
            self.skipped.append((claim.start, f"“{_short(claim.table['quote'])}”: {problem}"))
            return
        self.claims.append(claim)
        self.covered.append(span)

    def is_covered(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.covered)


def _short(quote: Any) -> str:
    text = " … ".join(quote) if isinstance(quote, list) else str(quote)
    return text if len(text) <= 80 else text[:77] + "..."


def _invalid(table: dict[str, Any], text: str) -> str | None:
    """Why a drafted claim would not load (its model refuses it, or its quote is not found), or
    None."""
    from pydantic import ValidationError

    from factcheck.claims import CLAIM_KINDS
    from factcheck.loader import anchor

    model = CLAIM_KINDS.get(str(table.get("kind")))
    if model is None:
        return f"no claim kind {table.get('kind')!r}"  # pragma: no cover - a bug
    try:
        model.model_validate(table)
    except ValidationError as exc:
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    quotes = table["quote"] if isinstance(table["quote"], list) else [table["quote"]]
    for fragment in quotes:
        if anchor(fragment, text) is None:
            return f"quote {fragment!r} is not found whole in the text"
    return None


def _hedge_fields(m: Mention) -> dict[str, Any]:
    return (
        {"hedge": m.hedge_name.value}
        if m.hedge_name is not None and m.hedge_name.value != "exact"
        else {}
    )


def _claim_unit(m: Mention) -> tuple[str, str | None]:
    """The unit a claim writes for a mention, and a note when it is a stand-in. A figure written
    with a scale word keeps it in the unit ("1.2 million users": "million users"), so that the
    claim's value is the figure as written."""
    from factcheck.units import UnitError, unit_info

    scale = f"{m.scale} " if m.scale is not None and m.kind == "figure" else ""
    candidates = [m.claim_unit]
    if scale and m.unit and not _is_money(m):
        candidates.append(f"{scale}{m.unit}")
    candidates.append(m.unit)
    for candidate in candidates:
        if not candidate:
            continue
        try:
            unit_info(candidate)
        except UnitError:
            continue
        return candidate, None
    if _people(m):
        return f"{scale}people", None
    if m.unit is None:
        return f"{scale}items", "TODO: what does the figure count? 'items' stands in"
    return f"{scale}items", f"'{m.unit}' is not a unit factcheck names: counted as items"


def _is_money(m: Mention) -> bool:
    return m.dimension is not None and m.dimension.startswith("[currency_")


def _people(m: Mention) -> bool:
    """Whether a figure counts people named by a nationality ("72.2 million Americans")."""
    return m.concept is not None and bool(DEMONYMS.fullmatch(m.concept.split()[0]))


def _unit_scale(unit: str) -> int:
    """The size of the scale word a claim's unit is written with ("million users": 10**6), as
    the unit registry reads it."""
    from factcheck.units import UnitError, unit_info

    try:
        return unit_info(unit).scale
    except UnitError:
        return 1


def _ends(m: Mention, unit: str) -> tuple[int | str, int | str]:
    """A range's ends in its claim's unit (scale words and percent as the unit writes them)."""
    assert m.range is not None
    low, high = m.range
    scale = _unit_scale(unit)
    return _plain(low / scale), _plain(high / scale)


def _figure_value(m: Mention, unit: str) -> int | str:
    """The value field of a figure in the claim's unit: as written when the unit carries the
    scale word ("1.2" with "million users"), else the whole figure."""
    assert m.value is not None
    if m.kind == "percent":
        return written_number(m.written, m.value)
    scale = _unit_scale(unit)
    if (
        _WRITTEN_NUMBER.match(m.written)
        and Fraction(m.written.replace(",", "")) * scale == m.value
    ):
        return written_number(m.written, m.value)
    if not _WRITTEN_NUMBER.match(m.written) and scale == 1 and m.scale_size == 1:
        return written_number(m.written, m.value)  # "three", "a dozen": the number's value
    return _plain(m.value / scale)


def _price_unit(m: Mention, unit: str, quote: str) -> str:
    """The unit of a price per unit, "USD per gallon" for "$3.12 a gallon" (the mention's unit
    is ``USD_per_gallon``), when the quote check reads the quote so (docs/units.md); the
    amount's unit otherwise, and for a sum a year ("$117 billion a year" is "billion USD")."""
    from factcheck.quotes import numbers_in
    from factcheck.units import UnitError, unit_info

    if not _is_money(m) or m.unit is None or "_per_" not in m.unit:
        return unit
    candidate = f"{unit} per {m.unit.split('_per_', 1)[1]}"
    try:
        info = unit_info(candidate)
    except UnitError:
        return unit  # "$1.43 a share": a share is not a unit factcheck knows
    rates = [n.rate for n in numbers_in(quote) if n.rate is not None]
    if any(r.dimension == info.dimension and r.factor == info.factor / info.scale for r in rates):
        return candidate
    return unit


def _value_claim(b: _Builder, m: Mention, quote: str, kind: str = "value") -> DraftClaim:
    unit, unit_note = _claim_unit(m) if m.kind != "percent" else ("percent", None)
    unit = _price_unit(m, unit, quote)
    concept = m.concept if m.kind != "percent" else (m.concept or "rate")
    if kind == "duration":
        concept = m.concept or f"duration_{unit}"
    figure: dict[str, Any] = {}
    written: str
    if m.kind == "range":
        low, high = _ends(m, unit)
        figure["range"] = [low, high]
        written = f"{low}-{high}"
    elif m.kind == "vague":
        figure["vague"] = m.vague
        written = str(m.vague)
        if unit == "items" and m.unit is None:
            unit_note = "what is counted? 'items' stands in"
    else:
        value = _figure_value(m, unit)
        figure["value"] = value
        written = str(value)
        if unit == "items" and m.value is not None and m.value.denominator != 1:
            unit = "dimensionless"  # "19.2 overs": not a count of anything, which is whole
            unit_note = "TODO: a figure that is not a whole count: what does it measure?"
    money = m.dimension is not None and m.dimension.startswith("[currency_")
    counted = unit.split()[-1] in ("items", "dimensionless")
    idea = concept or ("amount" if money else None) or ("figure" if counted else unit)
    measure = b.measure(idea, f"{written} {m.bound}")
    table: dict[str, Any] = {
        "id": b.new_id(f"{idea}-{m.hedge or ''}-{written}".replace("--", "-")),
        "kind": kind,
        "quote": quote,
        "measure": measure,
        **figure,
        "unit": unit,
    }
    if m.kind != "vague":
        table.update(_hedge_fields(m))
    claim = DraftClaim(table, m.start)
    claim.marks["measure"] = (
        f"TODO: confirm (proposed from '{idea}')"
        if idea
        else ("TODO: what does this figure count or measure?")
    )
    if unit_note:
        claim.marks["unit"] = unit_note
    if m.change is not None:
        claim.notes.append(
            f"TODO: the text gives a change ({m.change}): a 'multiple' (change = \"+12%\") or"
            " 'difference' claim against the earlier figure says more"
        )
    if m.bound != "=" and m.hedge_name is None and m.kind not in ("vague", "range"):
        claim.notes.append(f"TODO: the text hedges the figure ('{m.hedge}'): choose a hedge")
    return claim


def _relation_of(b: _Builder, m: Mention, what: str) -> str:
    after = b.text[m.end : m.tail if m.tail > m.end else m.end + 60]
    words = " ".join(after.split()[:6]) or "what the text compares with"
    key = b.own(f"{what}_other" if what else "other")
    return b.declare(key, f"TODO: the measure the text compares with: “{m.text} {words}”")


def _subject_before(b: _Builder, m: Mention) -> str | None:
    """The measure a multiple or share is about: the latest drafted measure whose noun the
    sentence names before the figure ("The total number of arrests was ... more than double")."""
    line_start = b.text.rfind("\n", 0, m.start) + 1
    breaks = [b.text.rfind(mark, line_start, m.start) for mark in (". ", "! ", "? ", "; ")]
    sentence = max([line_start] + [at + 2 for at in breaks if at >= 0])
    before = b.text[sentence : m.start].lower()  # the sentence's words, not the one before
    for claim in reversed(b.claims):
        measure = str(claim.table.get("measure", ""))
        if not measure.startswith(f"{TODO}.") or claim.table.get("kind") not in ("value",):
            continue
        word = measure.rsplit(".", 1)[-1].split("_")[0]
        if len(word) > 2 and re.search(rf"\b{re.escape(word)}", before):
            return measure
    return None


def _multiple_claim(b: _Builder, m: Mention, quote: str) -> DraftClaim:
    assert m.value is not None
    measure = _subject_before(b, m) or b.own(m.concept or "figure")
    low = m.text.split()[0].lower()
    factor: int | str = (
        low
        if low in ("double", "twice", "triple", "thrice", "quadruple", "half")
        else _plain(m.value)
    )
    if low in ("doubled", "tripled", "quadrupled", "halved"):
        factor = {
            "doubled": "double",
            "tripled": "triple",
            "quadrupled": "quadruple",
            "halved": "half",
        }[low]
    of = _relation_of(b, m, measure.rsplit(".", 1)[-1])
    table: dict[str, Any] = {
        "id": b.new_id(f"{measure.rsplit('.', 1)[-1]}-{m.hedge or ''}-{factor}-times"),
        "kind": "multiple",
        "quote": quote,
        "measure": measure,
        "of": of,
        "factor": factor,
        **_hedge_fields(m),
    }
    claim = DraftClaim(table, m.start)
    claim.marks["measure"] = "TODO: confirm the measure compared"
    claim.marks["of"] = "TODO: the measure it is a multiple of (declared under [measures])"
    return claim


def _share_claim(b: _Builder, m: Mention, quote: str) -> DraftClaim:
    assert m.value is not None or m.range is not None
    whole = b.measure(m.concept or "whole")
    of = (
        b.declare(whole, f"TODO: the whole: {m.concept or 'what the share is of'}")
        if whole not in b.figures
        else whole
    )
    part = b.measure(f"{m.concept or 'whole'}_part")
    fraction: Any
    if m.kind == "percent":
        fraction = f"{_plain(m.value)}%" if m.value is not None else None
    else:
        fraction = (
            m.text.split()[-1]
            if re.fullmatch(r"[a-z]+-[a-z]+s?|half|a\s+\w+", m.text)
            else (f"{m.value.numerator}/{m.value.denominator}" if m.value is not None else None)
        )
        if m.text.lower() in ("a third", "a quarter", "a fifth", "a tenth", "half", "a half"):
            fraction = m.text.lower()
    table: dict[str, Any] = {
        "id": b.new_id(f"{m.concept or 'share'}-{m.hedge or ''}-{m.text}"),
        "kind": "share",
        "quote": quote,
        "measure": part,
        "of": of,
    }
    if m.kind == "range":
        low, high = m.range or (Fraction(0), Fraction(0))
        table["range"] = [f"{_plain(low)}%", f"{_plain(high)}%"]
    else:
        table["fraction"] = fraction
        table.update(_hedge_fields(m))
    claim = DraftClaim(table, m.start)
    claim.marks["measure"] = "TODO: the part: what the share counts"
    claim.marks["of"] = f"TODO: confirm the whole (proposed from '{m.concept}')"
    return claim


def _change_claim(b: _Builder, m: Mention, quote: str) -> DraftClaim:
    """ "rose 12%": a change of the figure's measure against its earlier value."""
    assert m.value is not None
    sign = "+" if m.change == "up" else "-"
    size = _plain(m.value)
    return _change_multiple(
        b, m, quote, f"{sign}{m.value}%", f"{m.change}-{size}",
        {"change": f"{sign}{size}%", **_hedge_fields(m)},
    )  # fmt: skip


def _change_range_claim(b: _Builder, m: Mention, quote: str) -> DraftClaim:
    """ "fell 10-15%": a range of a change, both ends signed, the smaller change first."""
    assert m.range is not None
    sign = "+" if m.change == "up" else "-"
    low, high = (_plain(end) for end in m.range)
    return _change_multiple(
        b, m, quote, f"{sign}{low}-{high}%", f"{m.change}-{low}-{high}",
        {"change_range": [f"{sign}{low}%", f"{sign}{high}%"]},
    )  # fmt: skip


def _change_multiple(
    b: _Builder, m: Mention, quote: str, written: str, name: str, figure: dict[str, Any]
) -> DraftClaim:
    """A `multiple` claim of a change, its measure and the measure before it left to a person."""
    measure = _subject_before(b, m) or b.measure(m.concept or "figure", written)
    of = _relation_of(b, m, measure.rsplit(".", 1)[-1] + "_before")
    table: dict[str, Any] = {
        "id": b.new_id(f"{measure.rsplit('.', 1)[-1]}-{name}-percent"),
        "kind": "multiple",
        "quote": quote,
        "measure": measure,
        "of": of,
        **figure,
    }
    claim = DraftClaim(table, m.start)
    claim.marks["measure"] = "TODO: the measure after the change"
    claim.marks["of"] = "TODO: the measure before the change (declared under [measures])"
    return claim


def _enumeration(b: _Builder, m: Mention) -> tuple[DraftClaim, int] | None:
    """ "eight countries, including A, B and C": the count and the items named."""
    if m.kind != "figure" or m.value is None or m.value.denominator != 1:
        return None
    if m.dimension not in (None, "[countable]") or not m.unit:
        return None
    lead = _LIST_LEAD.match(b.text, m.tail)
    if lead is None:
        return None
    found = _ITEMS.match(b.text, lead.end())
    if found is None:
        return None
    items = [
        re.sub(r"^the\s+", "", " ".join(i.split()))  # "South\nAmerica": one name
        for i in _SPLIT_ITEMS.split(found["items"])
        if i.strip()
    ]
    if len(items) < 2:
        return None
    from factcheck.geography import lookup_country

    countries = all(lookup_country(i) is not None for i in items)
    complete = lead["how"].lower() in (":", "—", "–", "namely")
    end = found.end()
    quote = " ".join(b.quotes.quote(m.lead, end).split())  # a wrapped line read as one
    unit, note = _claim_unit(m)
    measure = b.measure(m.unit, f"{int(m.value)} {m.bound}")
    table: dict[str, Any] = {
        "id": b.new_id(f"{m.unit}-{int(m.value)}-named"),
        "kind": "enumeration",
        "quote": quote,
        "measure": measure,
        "count": int(m.value),
        "unit": unit,
        "items": items,
        "complete": complete,
    }
    if countries:
        table["item_type"] = "country"
    table.update(_hedge_fields(m))
    claim = DraftClaim(table, m.start)
    claim.marks["measure"] = f"TODO: confirm (proposed from '{m.unit}')"
    claim.marks["complete"] = "true when the text names every item"
    if note:
        claim.marks["unit"] = note
    return claim, end


def _breakdowns(b: _Builder, found: list[Mention]) -> None:
    """ "United States (65), Germany (47) and Brazil (3)": a breakdown per run of two or more
    named figures, with its whole when a figure and a colon (or 'including') lead it."""
    for _offset, line in paragraphs(b.text):
        offset = _offset
        runs: list[list[re.Match[str]]] = []
        for item in _BREAKDOWN_ITEM.finditer(line):
            if runs and _BREAKDOWN_GAP.match(line[runs[-1][-1].end() : item.start()]):
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            if len(run) < 2:
                continue
            _breakdown(b, found, line, offset, run)


def _breakdown(
    b: _Builder, found: list[Mention], line: str, offset: int, run: list[re.Match[str]]
) -> None:
    from factcheck.geography import lookup_country

    start, end = offset + run[0].start(), offset + run[-1].end()
    names = [re.sub(r"^the\s+", "", i["name"]) if False else i["name"] for i in run]
    before = b.text[max(0, start - 60) : start]
    join = _WHOLE_BEFORE.search(before)
    whole: Mention | None = None
    if join is not None:
        at = start - (len(before) - join.start())
        whole = next(
            (m for m in found if m.tail <= at + 1 and at - m.tail <= 2 and m.kind == "figure"), None
        )
    countries = all(lookup_country(n) is not None for n in names)
    unit, note = _claim_unit(whole) if whole is not None else ("items", None)
    quote_start = whole.lead if whole is not None else start
    quote = b.quotes.quote(quote_start, end)
    concept = whole.unit if whole is not None and whole.unit else "items"
    stated = None if whole is None else f"{_figure_value(whole, unit)} {whole.bound}"
    measure = b.measure(f"{concept}_by_item" if whole is None else concept, stated)
    table: dict[str, Any] = {
        "id": b.new_id(f"{concept}-by-{'country' if countries else 'item'}"),
        "kind": "breakdown",
        "quote": quote,
        "measure": measure,
    }
    if whole is not None:
        table["value"] = _figure_value(whole, unit)
    table["unit"] = unit
    table["complete"] = bool(join is not None and join.group("join") == ":" and whole is not None)
    if countries:
        table["item_type"] = "country"
    table["items"] = [
        {"name": n, "value": written_number(i["num"], Fraction(i["num"].replace(",", "")))}
        for n, i in zip(names, run, strict=True)
    ]
    if whole is None:
        b.declare(
            measure,
            "TODO: the whole the items are parts of (give its figure, or another claim's key)",
        )
    claim = DraftClaim(table, quote_start - 0)
    claim.marks["measure"] = "TODO: confirm the whole"
    claim.marks["complete"] = "true when the items are all of the whole"
    if note:
        claim.marks["unit"] = note
    b.add(claim, (min(quote_start, start), end))


def _time_claim(b: _Builder, t: TimeMention) -> DraftClaim | None:
    if t.kind == "period":
        quote = b.quotes.quote(t.start, t.end)
        measure = b.measure(f"period_{t.value}_{t.unit}s")
        table: dict[str, Any] = {
            "id": b.new_id(f"period-{t.value}-{t.unit}s"),
            "kind": "period",
            "quote": quote,
            "measure": measure,
            "length": int(t.value),
            "unit": f"{t.unit}s",
        }
        if t.boundary is not None and t.boundary_kind is not None:
            table[t.boundary_kind] = t.boundary
        claim = DraftClaim(table, t.start)
        claim.marks["measure"] = "TODO: name the period"
        return claim
    if t.kind == "date":
        quote = b.quotes.quote(t.start, t.end)
        claim = DraftClaim(
            {"id": b.new_id(f"date-{t.value}"), "kind": "date", "quote": quote,
             "measure": b.measure(f"event_{t.value}"), "date": t.value},
            t.start,
        )  # fmt: skip
        claim.marks["measure"] = "TODO: the event dated"
        return claim
    if t.kind == "weekday":
        start = t.start
        on = re.search(r"(?:\b\w+\s+)?\bon\s+$", b.text[max(0, t.start - 30) : t.start])
        if on is not None:
            start = t.start - (min(30, t.start) - on.start())
        quote = b.quotes.quote(start, t.end)
        claim = DraftClaim(
            {"id": b.new_id(t.value), "kind": "weekday", "quote": quote,
             "weekday": t.value, "measure": b.measure(f"event_{t.value}")},
            t.start,
        )  # fmt: skip
        claim.marks["measure"] = "TODO: the event on that day"
        days = _days_back(b.published, t.value)
        if days:
            claim.table["within_days"] = days
            claim.marks["within_days"] = (
                f"TODO: confirm: the last {t.value} before publication was {days} day"
                f"{'s' * (days != 1)} before it"
            )
        else:
            claim.notes.append(
                "TODO: the publication day is a " + t.value + ", and the claim reads as that day"
                " (the most recent " + t.value + "); within_days = 7 or more if it is an earlier"
                " one"
            )
        return claim
    quote = b.quotes.quote(t.start, t.end, least_words=2)
    claim = DraftClaim(
        {"id": b.new_id(t.value), "kind": "relative_date", "quote": quote, "phrase": t.value,
         "measure": b.measure(f"event_{t.value}")},
        t.start,
    )  # fmt: skip
    claim.marks["measure"] = "TODO: the event dated"
    return claim


def _days_back(published: date | None, weekday: str) -> int:
    """How many days before publication the last such weekday was (0: the day itself)."""
    day = weekday.lower()
    if published is None or day not in WEEKDAYS:
        return 0
    return (published.weekday() - WEEKDAYS.index(day)) % 7


def _span_of(b: _Builder, m: Mention) -> str | None:
    """The enumeration of countries a count of continents spans, if the draft has one."""
    if (m.unit or "").lower() not in ("continents", "continent"):
        return None
    for claim in b.claims:
        if claim.table.get("kind") == "enumeration" and claim.table.get("item_type") == "country":
            return str(claim.table["measure"])
    return None


def draft_claims(text: str, *, subject: str, published: date | None = None) -> _Builder:
    """Draft the claims of ``text``: every statement, each as the claim that says it."""
    b = _Builder(text, subject, published, _Quotes(text))
    found = mentions(text)
    times = time_mentions(text)
    periods = [(t.start, t.end) for t in times if t.kind == "period"]
    _breakdowns(b, found)
    enumerated: dict[int, tuple[DraftClaim, int]] = {}
    for m in found:
        listed = _enumeration(b, m)
        if listed is not None:
            enumerated[m.start] = listed
    spans: list[Mention] = []
    previous: Mention | None = None
    for m in found:
        if b.is_covered(m.start, m.end) or any(s <= m.start and m.end <= e for s, e in periods):
            previous = m
            continue
        if m.start in enumerated:
            claim, end = enumerated[m.start]
            b.add(claim, (m.lead, end))
            previous = m
            continue
        if _span_candidate(m):
            spans.append(m)
            previous = m
            continue
        _mention_claim(b, m, previous)
        previous = m
    for m in spans:
        of = _span_of(b, m)
        quote = b.quotes.quote(_verb_before(b.text, m.lead), m.end)
        if of is not None and m.value is not None:
            table = {"id": b.new_id(f"continents-{int(m.value)}"), "kind": "span", "quote": quote,
                     "measure": b.measure("continents", f"{int(m.value)} {m.bound}"), "of": of,
                     "count": int(m.value), "unit": "continents"}  # fmt: skip
            claim = DraftClaim(table, m.start)
            claim.marks["measure"] = "TODO: confirm"
            b.add(claim, (m.lead, m.end))
        else:
            _mention_claim(b, m, None)
    for t in times:
        dated = _time_claim(b, t)
        if dated is not None:
            b.add(dated, (t.start, t.end))
    b.claims.sort(key=lambda c: c.start)
    return b


def _span_candidate(m: Mention) -> bool:
    return (m.unit or "").lower() in ("continents", "continent") and m.kind == "figure"


def _verb_before(text: str, lead: int) -> int:
    """Where the word before a figure starts, to quote "spanned three continents"."""
    m = re.search(r"\b\w+\s+$", text[max(0, lead - 30) : lead])
    return lead - (min(30, lead) - m.start()) if m is not None else lead


def _mention_claim(b: _Builder, m: Mention, previous: Mention | None) -> None:
    least = 1 if m.concept or m.unit else 3  # a bare "49": with the words around it
    quote = b.quotes.quote(m.lead, m.tail if m.tail > m.end else m.end, least_words=least)
    span = (m.lead, max(m.tail, m.end))
    if (
        previous is not None
        and _PART_JOIN.match(b.text[previous.tail : m.lead])
        and (
            previous.dimension == m.dimension
            and m.dimension is not None
            and m.kind == previous.kind == "figure"
        )
    ):
        whole = next((c for c in reversed(b.claims) if c.start == previous.start), None)
        claim = _value_claim(b, m, quote)
        b.add(claim, span)
        if whole is not None and claim in b.claims:
            part = DraftClaim(
                {"id": b.new_id(f"{claim.table['measure'].rsplit('.', 1)[-1]}-within-"
                                f"{whole.table['measure'].rsplit('.', 1)[-1]}"),
                 "kind": "part", "quote": b.quotes.quote(previous.lead, m.tail),
                 "measure": claim.table["measure"], "of": whole.table["measure"]},
                m.start,
            )  # fmt: skip
            b.add(part, span)
        return
    if m.kind == "multiple":
        b.add(_multiple_claim(b, m, quote), span)
    elif m.kind in ("percent", "range") and m.change is not None and m.value is not None:
        b.add(_change_claim(b, m, quote), span)
    elif m.kind == "range" and m.unit == "percent" and m.change is not None:
        b.add(_change_range_claim(b, m, quote), span)  # "fell 10-15%"
    elif m.kind == "percent" and m.concept is not None and m.change is None:
        b.add(_share_claim(b, m, quote), span)
    elif m.kind == "fraction":
        if m.change is not None and m.value is not None:
            b.add(_fraction_change(b, m, quote), span)
        else:
            b.add(_share_claim(b, m, quote), span)
    elif m.kind == "range" and m.unit == "percent" and m.concept is not None:
        b.add(_share_claim(b, m, quote), span)
    elif m.dimension in _TIME_UNITS:
        b.add(_value_claim(b, m, quote, kind="duration"), span)
    else:
        b.add(_value_claim(b, m, quote), span)


def _fraction_change(b: _Builder, m: Mention, quote: str) -> DraftClaim:
    claim = _change_claim(b, m, quote)
    words = m.text.lower()
    sign = "+" if m.change == "up" else "-"
    claim.table["change"] = (
        f"{sign}{words}"
        if re.fullmatch(r"(?:a|one)\s+\w+|half|[a-z]+-[a-z]+", words)
        else (
            f"{sign}{m.value.numerator}/{m.value.denominator}"
            if m.value is not None
            else claim.table["change"]
        )
    )
    return claim


def published_date(name: str, text: str) -> date | None:
    """When the article was published, if its file name or first line says: a date in the file
    name ("article-2023-05-02-...") or the first date of the first line."""
    found = _DATE_IN_NAME.search(Path(name).name)
    if found is not None:
        try:
            return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            pass
    first = text.strip().split("\n", 1)[0][:200]
    for t in time_mentions(first):
        if t.kind == "date" and len(t.value) == 10:
            return date.fromisoformat(t.value)
    return None


def title_of(text: str) -> str:
    """A stand-in headline: the first sentence, shortened."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    first = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "..."


def draft(
    text: str,
    *,
    name: str,
    text_path: str,
    published: date | None = None,
    title: str | None = None,
    article_id: str | None = None,
) -> Draft:
    """The draft claim file of an article ``text`` (its file ``name``; ``text_path`` as the claim
    file will refer to it)."""
    subject = subject_of(name, text)
    when = published or published_date(name, text)
    if when is None:
        raise ValueError("published")
    b = draft_claims(text, subject=subject, published=when)
    stem = key_word(Path(name).stem).replace("_", "-")
    article: dict[str, Any] = {
        "id": article_id or stem,
        "title": title or title_of(text),
        "published": when,
        "text": text_path,
    }
    marks = {} if title else {"title": "TODO: the headline"}
    if published is None:
        marks["published"] = "TODO: confirm (read from the file name or the dateline)"
    return Draft(article, marks, b.measures, b.claims, b.skipped, Path(name).name)


def uncovered(text: str, claims: Iterable[DraftClaim]) -> list[Mention]:  # pragma: no cover
    """The mentions no drafted claim's quote holds (for tests and debugging)."""
    spans = []
    for c in claims:
        quote = c.table["quote"]
        for fragment in quote if isinstance(quote, list) else [quote]:
            at = text.find(fragment)
            if at >= 0:
                spans.append((at, at + len(fragment)))
    return [m for m in mentions(text) if not any(s <= m.start and m.end <= e for s, e in spans)]
