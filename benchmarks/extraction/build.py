"""Build the labelled set (sentences.jsonl) from the annotated articles in articles/*.txt.

    python benchmarks/extraction/build.py            # write sentences.jsonl
    python benchmarks/extraction/build.py --check    # exit 1 if sentences.jsonl is stale
    python benchmarks/extraction/build.py --newsquant ours.json   # the set in NewsQuant's format
    python benchmarks/extraction/build.py --heldout  # heldout/*.txt -> heldout.jsonl (--check too)

An article file is one sentence a line, with ``# key: value`` header lines (``id``, ``style``,
``variant``, ``source``) and each mention marked inline as ``[span text]{spec}``. The spec is
``VALUE UNIT [BOUND] [up|down] [opt] [c=concept_words]``:

- VALUE: ``281``, ``53.4e6``, ``1/3``, or a range ``10..20``;
- UNIT: a pint unit name (``kilogram``, ``metric_ton``, ``percent``), an ISO 4217 code
  (``USD``), the counted noun's singular (``arrest``), or ``-`` for none;
- BOUND: ``=`` (the default), ``~``, ``>``, ``>=``, ``<``, ``<=``; ``up``/``down``: a change;
- ``opt``: an optional mention (a convention annotators differ on, README.md);
- ``c=``: the concept (underscores for spaces); counted nouns default to the span's noun phrase.

``[span]{neg LABEL}`` marks a hard negative (a year, a date, a phone number, an ordinal, a
name such as "Apollo 11"): not a mention, recorded so the report can say how many a tool took.
See README.md for the annotation guidelines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "sentences.jsonl"
#: The held-out set: written and annotated before any tool was run on it, never tuned against.
HELDOUT_ARTICLES = HERE / "heldout"
HELDOUT_OUT = HERE / "heldout.jsonl"

_MARK = re.compile(r"\[([^\[\]]+)\]\{([^{}]*)\}")
_BOUNDS = {"=", "~", ">", ">=", "<", "<="}
_HEDGE_WORDS = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|approximately|some|more|than|over|under|less|"
    r"fewer|at|least|most|up|to|just|only|as|many|much|well|below|above|close|an|estimated|a|"
    r"of|the|between|and|from|dozens|hundreds|thousands|millions|tens|scores|several|few|"
    r"handful|couple|"
    r"[\d.,/½¼¾-]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|"
    r"third|quarter|m|bn|k|lakh|crore|mn)\s+)+",
    re.I,
)
_NOT_NOUN = re.compile(r"^[A-Z]{3}$|_|^-$")


class MarkupError(ValueError):
    pass


def _number(text: str) -> float:
    if "/" in text:
        a, b = text.split("/")
        return float(Fraction(int(a), int(b)))
    return float(text)


def _value(text: str) -> float | list[float]:
    if ".." in text:
        lo, hi = text.split("..")
        return [_number(lo), _number(hi)]
    return _number(text)


def _default_concept(span: str, unit: str) -> str | None:
    if unit == "-" or _NOT_NOUN.search(unit) or unit in _PINT_LIKE:
        return None
    rest = _HEDGE_WORDS.sub("", span + " ").strip()
    return rest or None


_PINT_LIKE = {
    "kilogram",
    "gram",
    "pound",
    "ounce",
    "ton",
    "kilometer",
    "meter",
    "mile",
    "foot",
    "inch",
    "yard",
    "hectare",
    "acre",
    "liter",
    "gallon",
    "barrel",
    "percent",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "decade",
    "century",
    "centimeter",
    "millimeter",
    "knot",
    "megawatt",
    "gigawatt",
    "kilowatt",
    "cent",
    "penny",
    "stone",
}


def parse_line(line: str, where: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """A sentence's text, gold mentions and hard negatives from one marked-up line."""
    text_parts: list[str] = []
    mentions: list[dict[str, Any]] = []
    negatives: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        before = line[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        span, spec = m.group(1), m.group(2).split()
        start, end = length, length + len(span)
        text_parts.append(span)
        length += len(span)
        pos = m.end()
        if not spec:
            raise MarkupError(f"{where}: empty spec for [{span}]")
        if spec[0] == "neg":
            negatives.append(
                {"start": start, "end": end, "text": span, "label": " ".join(spec[1:]) or "-"}
            )
            continue
        if len(spec) < 2:
            raise MarkupError(f"{where}: [{span}] needs a value and a unit")
        try:
            value = _value(spec[0])
        except ValueError:
            raise MarkupError(f"{where}: [{span}] value {spec[0]!r} is not a number") from None
        unit = spec[1]
        bound, change, optional, concept = "=", None, False, None
        for tok in spec[2:]:
            if tok in _BOUNDS:
                bound = tok
            elif tok in ("up", "down"):
                change = tok
            elif tok == "opt":
                optional = True
            elif tok.startswith("c="):
                concept = tok[2:].replace("_", " ")
            else:
                raise MarkupError(f"{where}: [{span}] unknown spec word {tok!r}")
        mention: dict[str, Any] = {
            "start": start,
            "end": end,
            "text": span,
            "value": value,
            "unit": unit,
            "bound": bound,
            "change": change,
            "concept": concept if concept is not None else _default_concept(span, unit),
        }
        if optional:
            mention["optional"] = True
        mentions.append(mention)
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[" in text and "]{" in text:
        raise MarkupError(f"{where}: unbalanced markup")
    return text, mentions, negatives


def build(articles: Path = ARTICLES) -> list[dict[str, Any]]:
    """The labelled records of every annotated article in ``articles``, in file order."""
    records: list[dict[str, Any]] = []
    ids: set[str] = set()
    for path in sorted(articles.glob("*.txt")):
        header: dict[str, str] = {}
        n = 0
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                key, _, val = line[1:].partition(":")
                header[key.strip()] = val.strip()
                continue
            n += 1
            where = f"{path.name}:{lineno}"
            for key in ("id", "style", "variant", "source"):
                if key not in header:
                    raise MarkupError(f"{where}: the header has no '# {key}:' line")
            text, mentions, negatives = parse_line(line, where)
            sid = f"{header['id']}-{n:02d}"
            if sid in ids:
                raise MarkupError(f"{where}: duplicate id {sid}")
            ids.add(sid)
            records.append(
                {
                    "id": sid,
                    "style": header["style"],
                    "variant": header["variant"],
                    "source": header["source"],
                    "text": text,
                    "mentions": mentions,
                    "negatives": negatives,
                }
            )
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if sentences.jsonl is stale")
    ap.add_argument(
        "--newsquant", type=Path, metavar="OUT", help="also write the set in NewsQuant's format"
    )
    ap.add_argument(
        "--heldout", action="store_true", help="build heldout/*.txt into heldout.jsonl instead"
    )
    args = ap.parse_args(argv)
    out = HELDOUT_OUT if args.heldout else OUT
    try:
        records = build(HELDOUT_ARTICLES if args.heldout else ARTICLES)
    except MarkupError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    text = render(records)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out.name} is stale: run python benchmarks/extraction/build.py")
            return 1
        print(f"{out.name} is up to date ({len(records)} sentences)")
        return 0
    out.write_text(text, encoding="utf-8")
    if args.newsquant:
        sys.path.insert(0, str(HERE))
        import scoring

        if args.newsquant.exists():
            print(f"error: {args.newsquant} exists; not overwritten", file=sys.stderr)
            return 2
        sentences = [scoring.sentence_from_record(r, i) for i, r in enumerate(records)]
        args.newsquant.write_text(
            json.dumps(scoring.to_newsquant(sentences), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {args.newsquant} (NewsQuant's format, optional mentions left out)")
    n_m = sum(len(r["mentions"]) for r in records)
    n_opt = sum(1 for r in records for m in r["mentions"] if m.get("optional"))
    n_neg = sum(len(r["negatives"]) for r in records)
    print(
        f"wrote {out.relative_to(HERE.parents[1])}: {len(records)} sentences, {n_m} mentions "
        f"({n_opt} optional), {n_neg} hard negatives"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
