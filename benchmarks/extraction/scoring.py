"""Scoring of quantity extraction against a labelled set: value, value+unit and value+change
precision, recall and F1, as the CQE paper scores NewsQuant (Almasian et al., EMNLP 2023).

The module reads two formats of labelled set (see README.md beside this file):

- ours, JSON Lines: one sentence per line, ``{"id", "style", "source", "text", "mentions":
  [{"start", "end", "text", "value", "unit", "bound", "change", "concept", "optional"?}],
  "negatives": [...]}``;
- NewsQuant's (CQE's evaluation repository, ``data/formatted_test_set/NewsQuant.json``): a JSON
  list (or JSON Lines) of ``{"text", "quantities": [{"value", "change", "unit",
  "normalized_unit", "referred_concepts"}]}``, where ``value`` is a string (``"12-120"`` for a
  range) and ``change`` is one field for both our ``bound`` and our ``change``.

It has no dependency beyond the standard library, so the test suite can run it.

Matching, per sentence (no offsets are needed, as in CQE): a prediction and a gold mention
*value-match* when their values are equal within a relative 1e-5 (a range only matches a range,
both ends); *value+unit* also needs the same unit key (:func:`unit_key`), *value+change* the same
change key (:func:`change_key`, CQE's single field). Each metric is a maximum one-to-one matching
between the sentence's gold mentions and its predictions under its own criterion (CQE pairs
greedily and can count one prediction's change twice; see README.md, "Deviations").
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Value = float | tuple[float, float]

BOUNDS = ("=", "~", ">", ">=", "<", "<=")
CHANGES = ("up", "down")
METRICS = ("value", "value+unit", "value+change")


@dataclass(frozen=True)
class Mention:
    """One quantity mention, gold or predicted."""

    value: Value
    unit: str = "-"
    bound: str = "="
    change: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    concept: str | None = None
    optional: bool = False


@dataclass
class Sentence:
    id: str
    text: str
    mentions: list[Mention]
    style: str = ""
    source: str = ""
    #: The English of the article ("en-AU"): a tool may take it as context (a bare "$").
    variant: str = ""
    negatives: list[dict[str, Any]] = field(default_factory=list)


class FormatError(ValueError):
    """A labelled set that is neither our format nor NewsQuant's; the message names the line."""


# ---------------------------------------------------------------------------------------------
# Reading


def parse_value(raw: Any) -> Value:
    """A mention's value: a number, ``[lo, hi]``, or NewsQuant's string (``"19.0"``,
    ``"252.0-287.0"``, ``"1.5E-5"``)."""
    if isinstance(raw, bool):
        raise ValueError(f"not a value: {raw!r}")
    if isinstance(raw, int | float):
        return float(raw)
    if isinstance(raw, list | tuple) and len(raw) == 2:
        return (float(raw[0]), float(raw[1]))
    if isinstance(raw, str):
        text = raw.strip().replace(",", "")
        # "12-120" is a range; "-5", "1.5E-5" and "1e-3" are single numbers (as CQE reads them).
        m = re.fullmatch(r"(-?[\d.]+(?:[eE][+-]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][+-]?\d+)?)", text)
        if m and "e" not in text.lower():
            return (float(m.group(1)), float(m.group(2)))
        return float(text)
    raise ValueError(f"not a value: {raw!r}")


def split_newsquant_change(change: str | None) -> tuple[str, str | None]:
    """NewsQuant's one ``change`` field as our (bound, change): ``up``/``down`` are a change with
    bound ``=``; ``=``, ``~``, ``>``, ``<`` (and ``>=``, ``<=`` should they occur) are bounds."""
    c = (change or "=").strip().lower()
    if c in CHANGES:
        return "=", c
    if c in ("+",):
        return "=", "up"
    if c in BOUNDS:
        return c, None
    return "=", None


def _mention_from_ours(obj: dict[str, Any]) -> Mention:
    unit = obj.get("unit")
    return Mention(
        value=parse_value(obj["value"]),
        unit="-" if unit in (None, "") else str(unit),
        bound=str(obj.get("bound") or "="),
        change=obj.get("change") or None,
        start=obj.get("start"),
        end=obj.get("end"),
        text=obj.get("text"),
        concept=obj.get("concept"),
        optional=bool(obj.get("optional", False)),
    )


def _mention_from_newsquant(obj: dict[str, Any]) -> Mention:
    bound, change = split_newsquant_change(obj.get("change"))
    unit = obj.get("normalized_unit", obj.get("unit"))
    concept = obj.get("referred_concepts")
    return Mention(
        value=parse_value(obj["value"]),
        unit="-" if unit in (None, "") else str(unit),
        bound=bound,
        change=change,
        text=None,
        concept=None if concept in (None, "-") else str(concept),
    )


def sentence_from_record(obj: dict[str, Any], index: int) -> Sentence:
    """One record of either format."""
    if "quantities" in obj:
        return Sentence(
            id=str(obj.get("id", f"newsquant-{index:04d}")),
            text=str(obj["text"]),
            mentions=[_mention_from_newsquant(q) for q in obj["quantities"]],
            style=str(obj.get("style", "newsquant")),
            source=str(obj.get("source", "NewsQuant")),
        )
    if "mentions" in obj:
        return Sentence(
            id=str(obj.get("id", f"s{index:04d}")),
            text=str(obj["text"]),
            mentions=[_mention_from_ours(m) for m in obj["mentions"]],
            style=str(obj.get("style", "")),
            source=str(obj.get("source", "")),
            variant=str(obj.get("variant", "")),
            negatives=list(obj.get("negatives", [])),
        )
    raise KeyError("a record needs 'mentions' (our format) or 'quantities' (NewsQuant's)")


def load_set(path: str | Path) -> list[Sentence]:
    """Read a labelled set in our JSON Lines format or NewsQuant's JSON (list or lines)."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    stripped = raw.lstrip()
    records: list[tuple[int, Any]]
    if stripped.startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise FormatError(f"{p}: line {e.lineno}: not JSON: {e.msg}") from None
        records = [(0, r) for r in data]
    else:
        records = []
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((lineno, json.loads(line)))
            except json.JSONDecodeError as e:
                raise FormatError(f"{p}: line {lineno}: not JSON: {e.msg}") from None
    out = []
    for i, (lineno, rec) in enumerate(records):
        where = f"line {lineno}" if lineno else f"record {i}"
        if not isinstance(rec, dict):
            raise FormatError(f"{p}: {where}: expected an object, got {type(rec).__name__}")
        try:
            out.append(sentence_from_record(rec, i))
        except (KeyError, ValueError, TypeError) as e:
            raise FormatError(f"{p}: {where}: {e}") from None
    return out


def to_newsquant(sentences: Iterable[Sentence]) -> list[dict[str, Any]]:
    """Our sentences in NewsQuant's format (optional mentions are left out)."""
    out = []
    for s in sentences:
        qs = []
        for m in s.mentions:
            if m.optional:
                continue
            v = m.value
            value = f"{v[0]}-{v[1]}" if isinstance(v, tuple) else str(v)
            qs.append(
                {
                    "change": change_key(m),
                    "value": value,
                    "unit": m.unit,
                    "normalized_unit": newsquant_unit(m.unit),
                    "referred_concepts": m.concept or "-",
                }
            )
        out.append({"text": s.text, "quantities": qs})
    return out


# ---------------------------------------------------------------------------------------------
# Keys: values, units, changes

REL_TOL = 1e-5
ABS_TOL = 1e-8


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def values_match(gold: Value, pred: Value) -> bool:
    """CQE's rule: numbers within a relative 1e-5; a range matches only a range, both ends."""
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)


def change_key(m: Mention) -> str:
    """CQE's single change field: the bound when there is one, with ``>=`` and ``<=`` read as
    ``>`` and ``<`` (CQE maps 'at least' to '>' and 'up to' to '<'); else ``up``/``down`` for a
    change; else ``=``. A hedged change is its hedge, as NewsQuant labels "up about 19 per
    cent" ``~``."""
    if m.bound != "=":
        return {">=": ">", "<=": "<"}.get(m.bound, m.bound)
    return m.change if m.change in CHANGES else "="


# Currencies: ISO 4217 codes, and the names NewsQuant and quantulum3 use for them.
_CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("dollar", "us dollar", "u.s. dollar", "united states dollar", "$", "us$", "usd$"),
    "EUR": ("euro", "€"),
    "GBP": ("pound sterling", "sterling", "british pound", "£", "pounds sterling"),
    "INR": ("indian rupee", "rupee", "rs", "rs.", "₹"),
    "PKR": ("pakistani rupee",),
    "LKR": ("sri lankan rupee",),
    "AUD": ("australian dollar", "a$", "au$"),
    "CAD": ("canadian dollar", "c$", "ca$"),
    "NZD": ("new zealand dollar", "nz$"),
    "HKD": ("hong kong dollar", "hk$"),
    "SGD": ("singapore dollar", "s$"),
    "JPY": ("japanese yen", "yen", "¥"),
    "CNY": ("chinese yuan", "yuan", "renminbi", "rmb", "yuan renminbi"),
    "CHF": ("swiss franc",),
    "ZAR": ("south african rand", "rand"),
    "NGN": ("nigerian naira", "naira", "₦"),
    "KES": ("kenyan shilling",),
    "DKK": ("danish krone",),
    "SEK": ("swedish krona",),
    "NOK": ("norwegian krone",),
    "BRL": ("brazilian real",),
    "MXN": ("mexican peso",),
    "RUB": ("russian ruble", "russian rouble", "rouble", "ruble"),
    "TRY": ("turkish lira",),
    "KRW": ("south korean won", "won"),
    "AED": ("uae dirham", "united arab emirates dirham"),
    "SAR": ("saudi riyal",),
    "BDT": ("bangladeshi taka", "taka"),
    "PHP": ("philippine peso",),
    "MYR": ("malaysian ringgit", "ringgit"),
    "IDR": ("indonesian rupiah", "rupiah"),
    "BTC": ("bitcoin",),
}
_CURRENCY: dict[str, str] = {}
for _code, _names in _CURRENCY_NAMES.items():
    _CURRENCY[_code.lower()] = _code
    for _n in _names:
        _CURRENCY[_n] = _code

# Spellings of the same unit in pint's names, NewsQuant's and quantulum3's, to one key.
_UNIT_ALIASES: dict[str, str] = {
    "percentage": "percent",
    "per cent": "percent",
    "%": "percent",
    "pct": "percent",
    "percentage point": "percentage point",
    "point": "point",
    "pound mass": "pound",
    "lb": "pound",
    "tonne": "metric ton",
    "metric tonne": "metric ton",
    "t": "metric ton",
    "degree celsius": "degree celsius",
    "celsius": "degree celsius",
    "°c": "degree celsius",
    "degc": "degree celsius",
    "degree fahrenheit": "degree fahrenheit",
    "fahrenheit": "degree fahrenheit",
    "°f": "degree fahrenheit",
    "mph": "mile per hour",
    "miles an hour": "mile per hour",
    "km/h": "kilometer per hour",
    "kph": "kilometer per hour",
    "kmh": "kilometer per hour",
    "time": "count",
    "times": "count",
    "pence": "penny",
    "p": "penny",
    "¢": "cent",
    "person": "people",
    "persons": "people",
    "km": "kilometer",
    "kg": "kilogram",
    # quantulum3's names that CQE's evaluation also mapped (tagger.py, QuantulumTagger)
    "minute of arc": "minute",
    "second of arc": "second",
    "degree angle": "degree",
    "dollar dollar": "USD",
    "yard yard": "yard",
    "cubic centimeter": "milliliter",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "bpd": "barrel per day",
    "barrels a day": "barrel per day",
    "mmbtu": "million btu",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "g": "gram",
    "mg": "milligram",
    "km2": "square kilometer",
    "sq km": "square kilometer",
    "ha": "hectare",
    "l": "liter",
    "ml": "milliliter",
    "hr": "hour",
    "min": "minute",
    "sec": "second",
    "yr": "year",
}
_SPELLING = (("metre", "meter"), ("litre", "liter"))
_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "grandchildren": "grandchild",
    "paise": "paisa",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "news": "news",
    "series": "series",
    "species": "species",
    "data": "data",
    "criteria": "criterion",
    "staff": "staff",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "aircraft": "aircraft",
    "personnel": "personnel",
    "pence": "penny",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "thieves": "thief",
    "leaves": "leaf",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "indices": "index",
    "crises": "crisis",
    "analyses": "analysis",
    "diagnoses": "diagnosis",
}
_NO_UNIT = {"", "-", "dimensionless", "unk", "unknown", "none", "null", "number", "% -"}


def singular(word: str) -> str:
    """A plain English singular (enough for the counted nouns of news copy)."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is", "ous")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return w[:-2]
    return w[:-1]


def unit_key(unit: str | None) -> str:
    """One key for the spellings of a unit in both vocabularies: ISO currency codes for
    currencies (NewsQuant's 'dollar' is USD, 'pound sterling' GBP), pint's names with
    American spelling for physical units ('metre' and 'meter' agree, 'tonne' is 'metric ton',
    'percentage' is 'percent', 'year of age' is 'year'), and the singular of a counted noun
    ('arrests' is 'arrest', 'person' and 'persons' are 'people'). No unit is '-'."""
    if unit is None:
        return "-"
    raw = unit.strip()
    if raw.upper() in {c for c in _CURRENCY_NAMES} and raw.isupper():
        return raw.upper()
    u = raw.lower().replace("_", " ")
    u = re.sub(r"\s+", " ", u).strip()
    if u in _NO_UNIT:
        return "-"
    if u in _CURRENCY:
        return _CURRENCY[u]
    if u.endswith(" of age"):
        u = u[: -len(" of age")]
    u = u.replace("pound-mass", "pound mass")
    for brit, amer in _SPELLING:
        u = u.replace(brit, amer)
    if u in _UNIT_ALIASES:
        return _UNIT_ALIASES[u]
    # "kilometer / hour", "dollar a month", "dollar per barrel": each side keyed alone.
    parts = re.split(r"\s*/\s*|\s+per\s+|\s+an?\s+", u)
    if len(parts) == 2 and all(parts):
        return f"{unit_key(parts[0])} per {unit_key(parts[1])}"
    words = [w for w in re.split(r"[\s-]+", u) if w]
    words = [singular(w) for w in words]
    key = " ".join(words)
    return _UNIT_ALIASES.get(key, key)


def units_match(gold: str, pred: str) -> bool:
    """Equal keys; or, for counted nouns written as phrases, the same head noun ('heart
    transplant' and 'transplant'), or a one-word key that is a word of the other phrase
    (NewsQuant's 'people responsible creation rich league' and 'people')."""
    g, p = unit_key(gold), unit_key(pred)
    if g == p:
        return True
    if g == "-" or p == "-" or g.isupper() or p.isupper():
        return False
    gw, pw = g.split(), p.split()
    if len(gw) > 1 or len(pw) > 1:
        if gw[-1] == pw[-1]:
            return True
        if len(gw) == 1 and gw[0] in pw:
            return True
        if len(pw) == 1 and pw[0] in gw:
            return True
    return False


def newsquant_unit(unit: str) -> str:
    """A unit of ours as NewsQuant writes ``normalized_unit`` (for :func:`to_newsquant`)."""
    if unit.isupper() and unit in _CURRENCY_NAMES:
        return {
            "USD": "dollar",
            "EUR": "euro",
            "GBP": "pound sterling",
            "JPY": "japanese yen",
            "CNY": "chinese yuan",
            "BTC": "bitcoin",
        }.get(unit, _CURRENCY_NAMES[unit][0])
    key = unit_key(unit)
    return {"percent": "percentage", "metric ton": "metric ton", "-": "-"}.get(
        key, key.replace("meter", "metre").replace("liter", "litre")
    )


# ---------------------------------------------------------------------------------------------
# Matching and metrics

Criterion = Callable[[Mention, Mention], bool]


def _crit_value(g: Mention, p: Mention) -> bool:
    return values_match(g.value, p.value)


def _crit_unit(g: Mention, p: Mention) -> bool:
    return values_match(g.value, p.value) and units_match(g.unit, p.unit)


def _crit_change(g: Mention, p: Mention) -> bool:
    return values_match(g.value, p.value) and change_key(g) == change_key(p)


CRITERIA: dict[str, Criterion] = {
    "value": _crit_value,
    "value+unit": _crit_unit,
    "value+change": _crit_change,
}


def _overlaps(a: Mention, b: Mention) -> bool | None:
    if None in (a.start, a.end, b.start, b.end):
        return None
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return a.start < b.end and b.start < a.end


def _with_overlap(crit: Criterion) -> Criterion:
    def both(g: Mention, p: Mention) -> bool:
        return crit(g, p) and _overlaps(g, p) is not False

    return both


def max_matching(
    gold: Sequence[Mention], pred: Sequence[Mention], crit: Criterion
) -> dict[int, int]:
    """A maximum one-to-one matching {gold index: prediction index} (augmenting paths; a
    sentence has a handful of mentions). Ties go to the earlier prediction, and to one whose
    span overlaps the gold span."""
    edges: list[list[int]] = []
    for g in gold:
        cands = [j for j, p in enumerate(pred) if crit(g, p)]
        cands.sort(key=lambda j: (_overlaps(g, pred[j]) is not True, j))
        edges.append(cands)
    match_pred: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_pred or augment(match_pred[j], seen):
                match_pred[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in match_pred.items()}


@dataclass
class Counts:
    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class SentenceScore:
    sentence: Sentence
    predictions: list[Mention]
    counted: list[int]  # indices of predictions that count (not neutral)
    matches: dict[str, dict[int, int]]  # metric -> {required gold index: prediction index}
    required: list[int]  # indices of the required gold mentions


def score_sentence(
    sentence: Sentence, predictions: Sequence[Mention], *, require_overlap: bool = False
) -> SentenceScore:
    """Match one sentence's predictions to its gold mentions, for every metric.

    Optional gold mentions (conventions that differ between annotators, README.md) neither
    count as misses nor make a prediction wrong: a prediction that no required mention takes
    (by value) and that overlaps an optional mention's span, or has its value when there are
    no offsets, is neutral and left out of every count."""
    required = [i for i, m in enumerate(sentence.mentions) if not m.optional]
    optional = [m for m in sentence.mentions if m.optional]
    gold = [sentence.mentions[i] for i in required]
    preds = list(predictions)
    crit_v = _with_overlap(_crit_value) if require_overlap else _crit_value
    taken = set(max_matching(gold, preds, crit_v).values())
    counted = []
    for j, p in enumerate(preds):
        if j not in taken and any(
            (_overlaps(o, p) if _overlaps(o, p) is not None else values_match(o.value, p.value))
            for o in optional
        ):
            continue
        counted.append(j)
    pool = [preds[j] for j in counted]
    matches: dict[str, dict[int, int]] = {}
    for metric, crit in CRITERIA.items():
        c = _with_overlap(crit) if require_overlap else crit
        local = max_matching(gold, pool, c)
        matches[metric] = {required[i]: counted[j] for i, j in local.items()}
    return SentenceScore(sentence, preds, counted, matches, required)


# Categories of a gold mention, for the breakdown of recall.
_VAGUE_RE = re.compile(
    r"\b(dozens|scores|hundreds|thousands|millions|billions|tens of|several|a few|a handful|"
    r"a couple|many|numerous)\b",
    re.I,
)
_SCALE_RE = re.compile(
    r"\d\s*(?:million|billion|trillion|bn|m|mn|k|crore|lakh|lakhs|crores|thousand)\b", re.I
)
_WORD_NUM_RE = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|dozen|half|third|quarter|thousand|million|billion)\b",
    re.I,
)
_PHYSICAL = {
    "kilogram",
    "gram",
    "milligram",
    "metric ton",
    "pound",
    "ounce",
    "ton",
    "kilometer",
    "meter",
    "centimeter",
    "millimeter",
    "mile",
    "foot",
    "inch",
    "yard",
    "square kilometer",
    "square meter",
    "square mile",
    "hectare",
    "acre",
    "liter",
    "milliliter",
    "gallon",
    "barrel",
    "degree celsius",
    "degree fahrenheit",
    "kilometer per hour",
    "mile per hour",
    "megawatt",
    "gigawatt",
    "kilowatt",
    "kilowatt hour",
    "megawatt hour",
    "gigawatt hour",
    "cubic meter",
    "millimeter per hour",
    "knot",
    "nautical mile",
    "stone",
    "carat",
    "tonne",
}
_TIME = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}


def categories(m: Mention) -> list[str]:
    """The kinds of figure a gold mention is: one of currency / percent / physical / time /
    count / bare for its unit, plus range, vague, hedged, change, number-word, scale-word,
    fraction as they apply."""
    key = unit_key(m.unit)
    text = m.text or ""
    if key.isupper() or key in ("cent", "penny"):
        kind = "currency"
    elif key in ("percent", "percentage point"):
        kind = "percent"
    elif key in _TIME:
        kind = "time"
    elif key in _PHYSICAL or " per " in key:
        kind = "physical"
    elif key == "-":
        kind = "bare"
    else:
        kind = "count"
    out = [kind]
    if isinstance(m.value, tuple):
        out.append("vague" if _VAGUE_RE.search(text) else "range")
    elif _VAGUE_RE.search(text):
        out.append("vague")
    if m.bound != "=":
        out.append("hedged")
    if m.change:
        out.append("change")
    if text and not re.search(r"\d", text) and _WORD_NUM_RE.search(text):
        out.append("number-word")
    if _SCALE_RE.search(text):
        out.append("scale-word")
    if not isinstance(m.value, tuple) and 0 < abs(m.value) < 1 and kind in ("bare", "count"):
        out.append("fraction")
    return out


@dataclass
class Report:
    totals: dict[str, Counts]
    by_style: dict[str, dict[str, Counts]]
    by_category: dict[str, dict[str, Counts]]  # recall only: tp and gold
    sentences: list[SentenceScore]
    negatives_hit: int = 0
    negatives_total: int = 0

    def table(self) -> dict[str, dict[str, float]]:
        out = {}
        for metric, c in self.totals.items():
            p, r, f = c.prf()
            out[metric] = {"P": p, "R": r, "F1": f, "tp": c.tp, "gold": c.gold, "pred": c.pred}
        return out


def score(
    sentences: Sequence[Sentence],
    predictions: Sequence[Sequence[Mention]],
    *,
    require_overlap: bool = False,
) -> Report:
    """Score predictions (one list per sentence, in order) against the set."""
    if len(sentences) != len(predictions):
        raise ValueError(f"{len(sentences)} sentences but {len(predictions)} prediction lists")
    totals = {m: Counts() for m in METRICS}
    by_style: dict[str, dict[str, Counts]] = defaultdict(lambda: {m: Counts() for m in METRICS})
    by_cat: dict[str, dict[str, Counts]] = defaultdict(lambda: {m: Counts() for m in METRICS})
    scores = []
    neg_hit = neg_total = 0
    for s, preds in zip(sentences, predictions, strict=True):
        sc = score_sentence(s, preds, require_overlap=require_overlap)
        scores.append(sc)
        for metric in METRICS:
            c = Counts(len(sc.matches[metric]), len(sc.required), len(sc.counted))
            totals[metric].add(c)
            by_style[s.style or "-"][metric].add(c)
            for i in sc.required:
                hit = int(i in sc.matches[metric])
                for cat in categories(s.mentions[i]):
                    by_cat[cat][metric].add(Counts(hit, 1, 0))
        for neg in s.negatives:
            neg_total += 1
            probe = Mention(value=0.0, start=neg["start"], end=neg["end"])
            if any(_overlaps(probe, preds[j]) for j in sc.counted):
                neg_hit += 1
    return Report(totals, dict(by_style), dict(by_cat), scores, neg_hit, neg_total)
