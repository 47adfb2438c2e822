"""Extraction benchmark: `factcheck draft` (the library's mention finder) and quantulum3 on one
labelled set, scored as CQE scores NewsQuant, and timed, in one run.

    python benchmarks/extraction/run.py                        # our set, both tools, 5 rounds
    python benchmarks/extraction/run.py --set NewsQuant.json   # a set in NewsQuant's format
    python benchmarks/extraction/run.py --tools quantulum3 --rounds 3
    python benchmarks/extraction/run.py --categories --styles  # recall by kind, F1 by outlet
    python benchmarks/extraction/run.py --errors factcheck     # every miss and false positive
    python benchmarks/extraction/run.py --json                 # also benchmarks/results/
    python benchmarks/extraction/run.py --tools factcheck,factcheck-cli   # the CLI's JSON too

Accuracy: value, value+unit and value+change precision/recall/F1 (scoring.py; README.md beside
this file says how a prediction matches a gold mention). Speed: sentences per second, the median
of ``--rounds`` timed passes over every sentence of the set, each tool in turn (alternating
order), after an untimed warm-up pass; imports, pint's registry and quantulum3's classifier load
are start-up and not timed. The time is the process's CPU time (one core; other processes on a
shared machine do not count), and the wall-clock median is reported beside it.

quantulum3 is a benchmark-only dependency: ``pip install -e '.[bench]'``. Without it the run
scores factcheck alone and says so; without factcheck's mention finder it scores quantulum3 alone.
quantulum3 uses its unit classifier when scikit-learn is installed; ``quantulum3-nc`` is the same
tool with the classifier off. The classifier shipped with quantulum3 0.10 does not load with
recent scikit-learn; retrain it once with
``python -c "from quantulum3 import classifier; classifier.train_classifier(store=True)"``.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import scoring  # noqa: E402
from scoring import METRICS, Mention, Report, Sentence  # noqa: E402

DEFAULT_SET = HERE / "sentences.jsonl"
#: CQE's paper, Table 3 (NewsQuant): value, value+unit, value+change F1.
PUBLISHED = {
    "CQE (published)": {"value": 92.0, "value+unit": 85.6, "value+change": 88.1},
    "quantulum3 (published)": {"value": 73.0, "value+unit": 47.2, "value+change": None},
}


class Tool:
    name = ""
    note = ""
    timed = True

    def prepare(self, sentences: Sequence[Sentence]) -> None:  # before the passes
        pass

    def setup(self) -> None:  # imports and models: start-up, not timed
        pass

    def extract(self, text: str, variant: str = "") -> list[Mention]:
        raise NotImplementedError


def _fraction_value(v: Any) -> float:
    return float(v) if v is not None else math.nan


#: The currency of a bare "$" by the article's English, as `mentions(dollar=...)` takes it
#: (``--no-variant`` leaves it USD everywhere).
DOLLARS = {"en-AU": "AUD", "en-NZ": "NZD", "en-CA": "CAD"}
#: NewsQuant's ranges for vague plurals (README.md): the benchmark's convention, not
#: factcheck's own reading of the words (docs/hedges.md), applied to the vague word's name.
VAGUE_RANGES = {
    "dozens": (12.0, 120.0), "scores": (20.0, 200.0), "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4), "tens of thousands": (1e4, 1e5),
    "hundreds of thousands": (1e5, 1e6), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}  # fmt: skip
USE_VARIANT = True


class Factcheck(Tool):
    """`factcheck.draft.mentions(text, dollar=...)`: what `factcheck draft --format json
    [--dollar AUD]` prints, the bare "$" read by the sentence's variant (en-AU: AUD); a vague
    plural's name read as NewsQuant's range."""

    name = "factcheck"

    def setup(self) -> None:
        from factcheck.draft import mentions

        self._mentions: Callable[..., Sequence[Any]] = mentions

    def extract(self, text: str, variant: str = "") -> list[Mention]:
        out = []
        dollar = DOLLARS.get(variant, "USD") if USE_VARIANT else "USD"
        for m in self._mentions(text, dollar=dollar):
            bound = m.bound
            value: scoring.Value
            if m.range is not None:
                value = (float(m.range[0]), float(m.range[1]))
            elif m.vague is not None and m.vague.lower() in VAGUE_RANGES:
                value = VAGUE_RANGES[m.vague.lower()]
                bound = "="  # NewsQuant's range says the vagueness: "dozens" is [12, 120], "="
            else:
                # A vague word without a reading has no value: it cannot match, and counts.
                value = _fraction_value(m.value)
            out.append(
                Mention(
                    value=value,
                    unit=m.unit or "-",
                    bound=bound,
                    change=m.change,
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    concept=m.concept,
                )
            )
        return out


class Quantulum(Tool):
    """quantulum3's ``parser.parse``: value, unit name, span; a value with an uncertainty
    ("between 10 and 20 tonnes" is 15 +/- 5) is read back as its range."""

    name = "quantulum3"
    use_classifier = True

    def setup(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser

            self._clf = classifier
            self._use = self.use_classifier and classifier.USE_CLF
            self._parse = parser.parse
            try:
                self.extract("It weighs 5 kg and costs $3.")
                self.note = "with its unit classifier" if self._use else "no classifier"
            except Exception as e:  # the shipped classifier may not load with this sklearn
                raise SystemExit(
                    f"quantulum3 fails to parse ({type(e).__name__}: {e}). If its classifier "
                    "does not load with the installed scikit-learn, retrain it once:\n"
                    '  python -c "from quantulum3 import classifier; '
                    'classifier.train_classifier(store=True)"\n'
                    "or uninstall scikit-learn to run it without the classifier."
                ) from None

    def extract(self, text: str, variant: str = "") -> list[Mention]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._clf.USE_CLF = self._use  # a module flag: set per call, the tools alternate
            found = self._parse(text)
        for q in found:
            value: scoring.Value = float(q.value)
            if q.uncertainty:
                value = (q.value - q.uncertainty, q.value + q.uncertainty)
            start, end = q.span
            out.append(Mention(value=value, unit=q.unit.name, start=start, end=end, text=q.surface))
        return out


class FactcheckCli(Tool):
    """`factcheck draft --format json FILE` on one file of every sentence (a blank line between
    them), its mentions mapped back to their sentences by offset. Scored, not timed: one run is
    one process, start-up included."""

    name = "factcheck-cli"
    timed = False

    def setup(self) -> None:
        self._cache: dict[str, list[Mention]] = {}

    def prepare(self, sentences: Sequence[Sentence]) -> None:
        import bisect
        import json
        import subprocess
        import tempfile

        texts = [s.text for s in sentences]
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 2
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "sentences.txt"
            path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-m", "factcheck", "draft", "--format", "json", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
        if done.returncode != 0:
            raise ImportError(f"factcheck draft --format json failed: {done.stderr.strip()[:300]}")
        found: list[list[Mention]] = [[] for _ in texts]
        for m in json.loads(done.stdout)["mentions"]:
            i = bisect.bisect_right(starts, m["start"]) - 1
            off = starts[i]
            raw = m.get("value")
            value: scoring.Value = (
                (float(raw[0]), float(raw[1])) if isinstance(raw, list) else _fraction_value(raw)
            )
            bound = m.get("bound") or "="
            if raw is None and str(m.get("vague") or "").lower() in VAGUE_RANGES:
                value, bound = VAGUE_RANGES[str(m["vague"]).lower()], "="
            found[i].append(
                Mention(
                    value=value,
                    unit=m.get("unit") or "-",
                    bound=bound,
                    change=m.get("change"),
                    start=m["start"] - off,
                    end=m["end"] - off,
                    text=m.get("text"),
                    concept=m.get("concept"),
                )
            )
        self._cache = {text: ms for text, ms in zip(texts, found, strict=True)}

    def extract(self, text: str, variant: str = "") -> list[Mention]:
        return self._cache.get(text, [])


class QuantulumNoClassifier(Quantulum):
    """quantulum3 with its unit classifier switched off (its rules for ambiguous units), as it
    runs when scikit-learn is not installed."""

    name = "quantulum3-nc"
    use_classifier = False


TOOLS: dict[str, type[Tool]] = {
    "factcheck": Factcheck,
    "quantulum3": Quantulum,
    "quantulum3-nc": QuantulumNoClassifier,
    "factcheck-cli": FactcheckCli,
}


def available(names: Sequence[str]) -> tuple[list[Tool], list[str]]:
    tools, skipped = [], []
    for name in names:
        tool = TOOLS[name]()
        try:
            tool.setup()
        except ImportError as e:
            hint = (
                "pip install -e '.[bench]'"
                if name == "quantulum3"
                else "factcheck.draft.mentions is not in this checkout"
            )
            skipped.append(f"{name}: skipped ({e}; {hint})")
            continue
        tools.append(tool)
    return tools, skipped


def run_pass(tool: Tool, sentences: Sequence[Sentence]) -> tuple[list[list[Mention]], float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    preds = [tool.extract(s.text, s.variant) for s in sentences]
    return preds, time.process_time() - cpu0, time.perf_counter() - wall0


def fmt_pct(x: float | None) -> str:
    return "   -" if x is None else f"{x:5.1f}"


def print_table(reports: dict[str, Report], speeds: dict[str, dict[str, float]], n: int) -> None:
    print(f"\n{'':24} {'value':>17} {'value+unit':>17} {'value+change':>17} {'sent/s':>8}")
    print(f"{'':24} " + " ".join(f"{'P':>5} {'R':>5} {'F1':>5}" for _ in METRICS))
    for name, rep in reports.items():
        t = rep.table()
        cells = " ".join(
            f"{100 * t[m]['P']:5.1f} {100 * t[m]['R']:5.1f} {100 * t[m]['F1']:5.1f}"
            for m in METRICS
        )
        print(f"{name:24} {cells} {speeds[name]['cpu']:8,.0f}")
    for name, f1 in PUBLISHED.items():
        cells = " ".join(f"{'':5} {'':5} {fmt_pct(f1[m])}" for m in METRICS)
        print(f"{name:24} {cells} {'':>8}")
    print(f"({n} sentences; published rows: CQE paper, NewsQuant, F1 only)")


def print_categories(reports: dict[str, Report]) -> None:
    cats = sorted({c for r in reports.values() for c in r.by_category})
    print("\nRecall by kind of gold mention (value / value+unit / value+change):")
    print(f"{'kind':14} {'n':>4} " + " ".join(f"{name:>20}" for name in reports))
    for cat in cats:
        n = next(iter(reports.values())).by_category[cat]["value"].gold
        cells = []
        for rep in reports.values():
            c = rep.by_category[cat]
            cells.append(
                "/".join(
                    f"{100 * c[m].tp / c[m].gold:3.0f}" if c[m].gold else "  -" for m in METRICS
                )
            )
        print(f"{cat:14} {n:4} " + " ".join(f"{x:>20}" for x in cells))


def print_styles(reports: dict[str, Report]) -> None:
    styles = sorted({s for r in reports.values() for s in r.by_style})
    print("\nF1 by style of outlet (value / value+unit / value+change):")
    print(f"{'style':18} {'gold':>5} " + " ".join(f"{name:>20}" for name in reports))
    for style in styles:
        gold = next(iter(reports.values())).by_style[style]["value"].gold
        cells = [
            "/".join(f"{100 * rep.by_style[style][m].prf()[2]:3.0f}" for m in METRICS)
            for rep in reports.values()
        ]
        print(f"{style:18} {gold:5} " + " ".join(f"{x:>20}" for x in cells))


def _show(m: Mention) -> str:
    v = m.value
    value = f"{v[0]:g}..{v[1]:g}" if isinstance(v, tuple) else f"{v:g}"
    extra = f" {m.bound}" if m.bound != "=" else ""
    extra += f" {m.change}" if m.change else ""
    return f"{m.text!r}={value} {m.unit}{extra}"


def print_errors(rep: Report, metric: str) -> None:
    print(f"\nErrors of {metric} (- missed gold, + false prediction, ~ value matched only):")
    for sc in rep.sentences:
        matched = sc.matches[metric]
        by_value = sc.matches["value"]
        lines = []
        for i in sc.required:
            if i not in matched:
                g = sc.sentence.mentions[i]
                if i in by_value:
                    p = sc.predictions[by_value[i]]
                    lines.append(f"  ~ {_show(g)}  got {_show(p)}")
                else:
                    lines.append(f"  - {_show(g)}")
        taken = set(matched.values()) | set(by_value.values())
        for j in sc.counted:
            if j not in taken:
                lines.append(f"  + {_show(sc.predictions[j])}")
        if lines:
            print(f"{sc.sentence.id}: {sc.sentence.text}")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="our JSONL or NewsQuant JSON")
    ap.add_argument("--tools", default="factcheck,quantulum3")
    ap.add_argument("--rounds", type=int, default=5, help="timed passes per tool (median)")
    ap.add_argument("--require-overlap", action="store_true", help="pairs must overlap in text")
    ap.add_argument("--categories", action="store_true", help="recall by kind of gold mention")
    ap.add_argument("--styles", action="store_true", help="F1 by style of outlet")
    ap.add_argument("--errors", metavar="TOOL", help="print the misses and false predictions")
    ap.add_argument("--metric", default="value+unit", choices=METRICS, help="for --errors")
    ap.add_argument("--json", action="store_true", help="also write benchmarks/results/")
    ap.add_argument(
        "--no-variant",
        action="store_true",
        help="factcheck without the sentence's variant as context (a bare $ is USD everywhere)",
    )
    args = ap.parse_args(argv)
    global USE_VARIANT
    USE_VARIANT = not args.no_variant

    try:
        sentences = scoring.load_set(args.set)
    except (OSError, scoring.FormatError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [n for n in names if n not in TOOLS]
    if unknown:
        print(f"error: unknown tool(s) {', '.join(unknown)}; known: {', '.join(TOOLS)}")
        return 2
    tools, skipped = available(names)
    for line in skipped:
        print(line)
    if not tools:
        print("error: no tool to run", file=sys.stderr)
        return 2

    preds: dict[str, list[list[Mention]]] = {}
    cpu: dict[str, list[float]] = {t.name: [] for t in tools}
    wall: dict[str, list[float]] = {t.name: [] for t in tools}
    for t in list(tools):
        try:
            t.prepare(sentences)
        except ImportError as e:
            skipped.append(f"{t.name}: skipped ({e})")
            print(skipped[-1])
            tools.remove(t)
    if not tools:
        print("error: no tool to run", file=sys.stderr)
        return 2
    for t in tools:  # untimed warm-up pass; its output is what is scored
        preds[t.name], _, _ = run_pass(t, sentences)
    timed = [t for t in tools if t.timed]
    for r in range(args.rounds):
        order = timed if r % 2 == 0 else list(reversed(timed))
        for t in order:
            _, c, w = run_pass(t, sentences)
            cpu[t.name].append(c)
            wall[t.name].append(w)

    n = len(sentences)
    reports = {
        t.name: scoring.score(sentences, preds[t.name], require_overlap=args.require_overlap)
        for t in tools
    }
    speeds = {
        t.name: {
            "cpu": n / statistics.median(cpu[t.name]) if cpu[t.name] else math.nan,
            "wall": n / statistics.median(wall[t.name]) if wall[t.name] else math.nan,
        }
        for t in tools
    }
    print(
        f"set: {args.set} ({n} sentences, "
        f"{sum(len(sc.required) for sc in next(iter(reports.values())).sentences)} gold mentions)"
    )
    for t in tools:
        extra = f" ({t.note})" if t.note else ""
        print(
            f"{t.name}{extra}: {speeds[t.name]['cpu']:,.0f} sentences/s CPU, "
            f"{speeds[t.name]['wall']:,.0f} wall (median of {args.rounds})"
        )
    print_table(reports, speeds, n)
    for name, rep in reports.items():
        if rep.negatives_total:
            print(f"{name}: took {rep.negatives_hit} of {rep.negatives_total} hard negatives")
    if args.categories:
        print_categories(reports)
    if args.styles:
        print_styles(reports)
    if args.errors:
        if args.errors not in reports:
            print(f"error: --errors {args.errors}: not run", file=sys.stderr)
            return 2
        print_errors(reports[args.errors], args.metric)
    if args.json:
        from _common import machine, write_json

        data = {
            "machine": machine(),
            "set": str(args.set),
            "sentences": n,
            "rounds": args.rounds,
            "require_overlap": args.require_overlap,
            "tools": {
                name: {
                    "note": next(t.note for t in tools if t.name == name),
                    "scores": rep.table(),
                    "sentences_per_second_cpu": speeds[name]["cpu"],
                    "sentences_per_second_wall": speeds[name]["wall"],
                    "negatives_taken": [rep.negatives_hit, rep.negatives_total],
                }
                for name, rep in reports.items()
            },
            "skipped": skipped,
        }
        print(f"wrote {write_json('extraction', data)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
