"""Checking budget: the whole check of a 1,000-article corpus against reading it with tomllib.

    python benchmarks/make_corpus.py              # once: benchmarks/corpus/ (1,000 articles)
    python benchmarks/check_corpus.py             # 5 alternating rounds + linearity check
    python benchmarks/check_corpus.py --rounds 9 --json
    python benchmarks/check_corpus.py --profile   # cProfile of load + check, top 15 cumulative

Budget (issue 3): "checking stays linear in the number of claims: check a corpus of 1,000
articles' claim files and report claims per second next to the time tomllib alone takes to read
the same files; goal: the whole check within 2x of that floor".

What is measured, each in a fresh subprocess (no cache carries over from one run to the next),
alternating floor and check over ``--rounds`` rounds:

* the floor: read every claim file and ``tomllib.loads`` it; and, as a second variant, the same
  plus reading each article's (and reference's) text, which the loader must also do;
* the check: ``factcheck.check(factcheck.load(*files))`` in-process, timed from just before
  ``load`` to just after ``check``. Start-up (``import factcheck`` and building the pint
  registry) is timed separately and is not part of the ratio; ``startup.py`` budgets it.

Then the linearity check: the check alone on the first 100, 300 and 1,000 articles (``--sizes``;
the reference files are always included), reporting time per claim for each size. Linear means
a flat time per claim; the growth exponent between the smallest and largest size is 1.0 for
linear and 2.0 for quadratic. Finally, the planted contradictions of the corpus manifest: one is
found when a contradiction finding names a claim of its article (and "exactly" when it names one
of the planted claims); contradictions in articles without a planted one are listed as unexpected.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _common import ROOT, describe_machine, machine, median, quartiles, seconds, write_json

GOAL = 2.0
DEFAULT_CORPUS = ROOT / "benchmarks" / "corpus"

# --------------------------------------------------------------------------------------------
# Workers: run in a fresh interpreter, print one JSON object on stdout
# --------------------------------------------------------------------------------------------


def floor_claims(files: list[Path]) -> float:
    """Read and parse every claim file."""
    start = time.perf_counter()
    for path in files:
        tomllib.loads(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def floor_texts(files: list[Path]) -> float:
    """The same, and read the text each file names, as the loader must."""
    start = time.perf_counter()
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        header = data.get("article") or data.get("reference") or {}
        if isinstance(header, dict) and isinstance(header.get("text"), str):
            (path.parent / header["text"]).read_text(encoding="utf-8")
    return time.perf_counter() - start


def worker_floor(files: list[Path], texts_first: bool) -> dict[str, Any]:
    # One untimed parse first, as the check has run plenty of code before its timer starts;
    # the two variants take turns at going first (the parent alternates them by round).
    tomllib.loads(files[0].read_text(encoding="utf-8"))
    if texts_first:
        with_texts = floor_texts(files)
        claims_only = floor_claims(files)
    else:
        claims_only = floor_claims(files)
        with_texts = floor_texts(files)
    return {"floor_s": claims_only, "floor_texts_s": with_texts}


def worker_check(files: list[Path]) -> dict[str, Any]:
    t0 = time.perf_counter()
    import factcheck

    t1 = time.perf_counter()
    try:
        from factcheck.units import registry

        registry()
    except ImportError:  # pragma: no cover - older layouts build it during load
        pass
    t2 = time.perf_counter()
    loaded = factcheck.load(*files)
    t3 = time.perf_counter()
    report = factcheck.check(loaded)
    t4 = time.perf_counter()
    contradictions = [
        {
            "rule": f.rule,
            "acknowledged": f.acknowledged,
            "claims": [[c.doc, c.id] for c in f.claims],
            "message": f.message[:300],
        }
        for f in report.findings
        if f.severity == "contradiction"
    ]
    return {
        "module": str(Path(factcheck.__file__).resolve().parent),
        "import_s": t1 - t0,
        "registry_s": t2 - t1,
        "load_s": t3 - t2,
        "check_s": t4 - t3,
        "files": len(loaded.files),
        "claims": loaded.claim_count,
        "findings": dict(Counter(f"{f.rule} {f.severity}" for f in report.findings)),
        "checks": len(getattr(report, "checks", ())),
        "contradictions": contradictions,
    }


def worker_profile(files: list[Path], out: Path) -> dict[str, Any]:
    import cProfile

    import factcheck
    from factcheck.units import registry

    registry()
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    factcheck.check(factcheck.load(*files))
    profiler.disable()
    took = time.perf_counter() - start
    profiler.dump_stats(str(out))
    return {"profiled_s": took}


# Solver calls, counted in runs of their own (never in the timed ones): the consistency deciders
# of the installed engine, whatever its version, are wrapped before the check and each call is
# attributed to the connected group of constraints whose claims it decides. Each public decider
# is a thin front of a private one (`propagate`, `propagation_conflict` and `propagated_domains`
# each one propagation pass; `witness` and `has_witness` each one witness search), so a call is
# counted once whichever front the engine uses.
_DECIDERS = {
    "propagation": ("propagate", "propagation_conflict", "propagated_domains"),
    "witness": ("witness", "has_witness", "_has_witness"),
    "interval": ("_interval_cores",),  # before the diagnosis: one-variable groups, no solver
}


def _wrap_everywhere(original: Any, wrapper: Any) -> None:
    """Replace ``original`` by ``wrapper`` in every factcheck module that holds it."""
    for name, module in list(sys.modules.items()):
        if name == "factcheck" or name.startswith("factcheck."):
            for attr, value in list(vars(module).items()):
                if value is original:
                    setattr(module, attr, wrapper)


def _sources(constraints: Any) -> frozenset[int]:
    return frozenset().union(*(c.sources for c in constraints)) if constraints else frozenset()


def worker_count(files: list[Path]) -> dict[str, Any]:
    import factcheck
    import factcheck.engine as engine
    from factcheck.engine import solver

    calls: list[tuple[str, frozenset[int]]] = []
    captured: dict[str, Any] = {}
    for kind, names in _DECIDERS.items():
        for name in names:
            original = getattr(solver, name, None)
            if original is None:
                continue

            def counted(*a: Any, _f: Any = original, _k: str = kind, **kw: Any) -> Any:
                calls.append((_k, _sources(a[0])))
                return _f(*a, **kw)

            _wrap_everywhere(original, counted)
    z3_class = getattr(solver, "Z3", None) or getattr(solver, "_Z3", None)
    if z3_class is not None:
        z3_consistent = z3_class.consistent

        def z3_counted(self: Any, claims: set[int]) -> bool:
            calls.append(("z3", frozenset(claims)))
            return bool(z3_consistent(self, claims))

        z3_class.consistent = z3_counted
    compile_claims = engine.compile_claims

    def capture(ctx: Any) -> Any:
        compiled = compile_claims(ctx)
        captured.update(ctx=ctx, compiled=compiled)
        return compiled

    engine.compile_claims = capture
    report = factcheck.check(factcheck.load(*files))
    ctx, compiled = captured["ctx"], captured["compiled"]
    # The connected groups (constraints that share a variable), one definition for every version.
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def names(c: Any) -> list[str]:
        return [c.var] if hasattr(c, "var") else [n for n, _ in c.terms]

    for c in compiled.constraints:
        first, *rest = names(c)
        for other in rest:
            parent[root(other)] = root(first)
    groups: dict[str, list[Any]] = {}
    for c in compiled.constraints:
        groups.setdefault(root(names(c)[0]), []).append(c)
    group_of: dict[int, str] = {}
    for key, members in groups.items():
        for i in _sources(members):
            group_of[i] = key
    # Which groups cannot hold: decided after the check, with the counters' records left alone.
    recorded = list(calls)
    has_witness = getattr(solver, "has_witness", None) or solver._has_witness
    stable: dict[str, str] = {}
    inconsistent: set[str] = set()
    for key, members in groups.items():
        claims = _sources(members)
        if not claims:
            continue
        refs = sorted(f"{ctx.entries[i].ref.doc}:{ctx.entries[i].ref.id}" for i in claims)
        stable[key] = refs[0]
        if not has_witness(members, compiled) and (
            solver.propagation_conflict(members, compiled) is not None
            or not z3_consistent(z3_class(members, compiled), set(claims))
        ):
            inconsistent.add(key)
    per_group: dict[str, dict[str, int]] = {}
    for kind, claims in recorded:
        key = next((group_of[i] for i in claims if i in group_of), None)
        if key is None or key not in stable:
            continue
        row = per_group.setdefault(stable[key], {})
        row[kind] = row.get(kind, 0) + 1
    return {
        "module": str(Path(factcheck.__file__).resolve().parent),
        "groups": len(stable),
        "inconsistent": sorted(stable[k] for k in inconsistent),
        "calls": per_group,
        "total": dict(Counter(kind for kind, _ in recorded)),
        "findings": dict(Counter(f"{f.rule} {f.severity}" for f in report.findings)),
    }


def run_worker(
    kind: str,
    files: Path,
    timeout: float | None,
    extra: Sequence[str] = (),
    python: str | None = None,
) -> dict[str, Any]:
    """Run a worker in a fresh interpreter (``python``, or this one); its result, and the wall
    time of the process."""
    argv = [python or sys.executable, str(Path(__file__).resolve()), "--worker", kind,
            "--list", str(files)]  # fmt: skip
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [*argv, *extra], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-12:])
        return {"error": f"exit {proc.returncode}:\n{tail}", "wall_s": wall}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


def load_manifest(corpus: Path, generate: bool) -> dict[str, Any]:
    manifest_path = corpus / "manifest.json"
    if not manifest_path.exists():
        if not generate:
            raise SystemExit(
                f"no corpus at {corpus}: run `python benchmarks/make_corpus.py --out {corpus}`"
            )
        import make_corpus

        print(f"no corpus at {corpus}: generating the default one (make_corpus.py) ...")
        make_corpus.generate(corpus)
    manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    return manifest


def file_list(corpus: Path, manifest: dict[str, Any], articles: int, folder: Path) -> Path:
    """Write the reference files and the first ``articles`` claim files to a list file."""
    paths = [corpus / p for p in manifest["references"]]
    paths += [corpus / p for p in manifest["files"][:articles]]
    out = folder / f"files-{articles}.txt"
    out.write_text("\n".join(str(p) for p in paths) + "\n", encoding="utf-8")
    return out


def corpus_size(list_file: Path) -> tuple[int, int]:
    """Claim files and bytes (claim files and their texts) of a file list."""
    files = [Path(p) for p in list_file.read_text(encoding="utf-8").split()]
    size = 0
    for path in files:
        size += path.stat().st_size
        text = path.with_suffix(".txt")
        if text.exists():
            size += text.stat().st_size
    return len(files), size


# --------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------


def spread(values: Sequence[float]) -> str:
    q1, q3 = quartiles(values)
    return f"{seconds(median(values))}  (q1 {seconds(q1)}, q3 {seconds(q3)}, n={len(values)})"


def planted_report(
    manifest: dict[str, Any], result: dict[str, Any], articles: int
) -> dict[str, Any]:
    """The planted contradictions of the articles checked (the first ``articles`` files)."""
    checked = set(manifest["files"][:articles])
    planted = {p["doc"]: p for p in manifest["planted"] if p["file"] in checked}
    found: set[str] = set()
    exact: set[str] = set()
    unexpected: list[dict[str, Any]] = []
    for f in result["contradictions"]:
        if f["acknowledged"]:
            continue
        docs = {doc for doc, _ in f["claims"]}
        hits = docs & planted.keys()
        found |= hits
        for doc, cid in f["claims"]:
            if doc in planted and cid in planted[doc]["claims"]:
                exact.add(doc)
        if not hits:
            unexpected.append(f)
    by_kind: dict[str, list[int]] = {}
    for doc, p in planted.items():
        row = by_kind.setdefault(f"{p['kind']} ({p['rule']})", [0, 0])
        row[0] += 1
        row[1] += doc in found
    return {
        "planted": len(planted),
        "found": len(found),
        "found_exact": len(exact),
        "by_kind": by_kind,
        "missed": [planted[d] for d in sorted(planted.keys() - found)],
        "unexpected": len(unexpected),
        "unexpected_by_rule": dict(Counter(f["rule"] for f in unexpected)),
        "unexpected_patterns": Counter(pattern(f) for f in unexpected).most_common(12),
        "unexpected_examples": unexpected[:8],
    }


def pattern(finding: dict[str, Any]) -> str:
    """A finding's message without its claim id and figures: what kind of problem it is."""
    text = re.sub(r"^claim [^:]+: ", "", finding["message"])
    text = re.sub(r"\d[\d,.]*", "N", text)
    return f"{finding['rule']}: {text}"


def print_planted(rep: dict[str, Any]) -> None:
    print(
        f"\nplanted contradictions found: {rep['found']} of {rep['planted']}"
        f" ({rep['found_exact']} naming a planted claim)"
    )
    for kind, (n, hit) in sorted(rep["by_kind"].items()):
        print(f"  {kind:<32} {hit:>3} / {n}")
    for p in rep["missed"][:10]:
        print(f"  missed: {p['file']}: {p['kind']}: {p['description']}")
    print(f"unexpected contradictions (no planted claim involved): {rep['unexpected']}")
    if rep["unexpected"]:
        rules = ", ".join(f"{r} x{n}" for r, n in sorted(rep["unexpected_by_rule"].items()))
        print(f"  by rule: {rules}")
        print("  most frequent (figures replaced by N):")
        for text, n in rep["unexpected_patterns"][:8]:
            print(f"  {n:>5} x {text[:150]}")
        for f in rep["unexpected_examples"][:3]:
            where = ", ".join(f"{d}:{c}" for d, c in f["claims"][:3])
            print(f"  e.g. {f['rule']} {where}: {f['message'][:150]}")


def print_profile(path: Path, top: int) -> None:
    import io
    import pstats

    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        stats = pstats.Stats(str(path), stream=buffer)
        stats.strip_dirs().sort_stats(key).print_stats(top)
        text = buffer.getvalue()
        body = text[text.find("   ncalls") :] if "   ncalls" in text else text
        print(f"\ncProfile of load + check, top {top} by {key}:")
        print(body.rstrip())


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def compare(
    name: str,
    other: list[dict[str, Any]],
    this: list[dict[str, Any]],
    floor_t: list[float],
    floor_texts: list[float],
) -> dict[str, Any]:
    """The other install's figures next to this one's, each against the same floor."""
    total = [r["load_s"] + r["check_s"] for r in other]
    mine = [r["load_s"] + r["check_s"] for r in this]
    print(f"\n{name}: {other[0]['module']}")
    print(f"{name}: load:                     {spread([r['load_s'] for r in other])}")
    print(f"{name}: check:                    {spread([r['check_s'] for r in other])}")
    print(f"{name}: load + check:             {spread(total)}")
    ratio = median(total) / median(floor_t)
    print(
        f"ratio against the floor: this {median(mine) / median(floor_t):,.2f},"
        f" {name} {ratio:,.2f}; this / {name} (medians): {median(mine) / median(total):,.3f}"
    )
    findings = ", ".join(f"{k} x{v}" for k, v in sorted(other[0]["findings"].items()))
    print(f"{name}: findings: {findings or 'none'}")
    return {
        "label": name,
        "module": other[0]["module"],
        "claims": other[0]["claims"],
        "load_s": [r["load_s"] for r in other],
        "check_s": [r["check_s"] for r in other],
        "total_s": total,
        "ratio": ratio,
        "ratio_with_texts": median(total) / median(floor_texts),
        "this_over_other": median(mine) / median(total),
        "findings": other[0]["findings"],
    }


def linearity_rows(
    name: str, per: dict[int, list[dict[str, Any]]], sizes: Sequence[int]
) -> dict[str, Any]:
    rows = []
    print(f"  {name}:")
    for s in sizes:
        if not per[s]:
            continue
        t = median([r["load_s"] + r["check_s"] for r in per[s]])
        n = per[s][0]["claims"]
        rows.append({"articles": s, "claims": n, "total_s": t, "us_per_claim": 1e6 * t / n})
        print(f"  {s:>8,} {n:>8,} {seconds(t):>14} {1e6 * t / n:>8,.0f} us")
    out: dict[str, Any] = {"rows": rows}
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        growth = math.log(b["total_s"] / a["total_s"])
        out["exponent"] = growth / math.log(b["claims"] / a["claims"])
        print(f"  growth exponent {out['exponent']:.2f} (1.0 = linear, 2.0 = quadratic)")
    return out


def print_counts(counted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Solver calls per inconsistent group, for each install, and group by group between them."""
    print("\nsolver calls (counted in runs of their own, not timed):")
    out: dict[str, Any] = {}
    for name, r in counted.items():
        if "error" in r:
            print(f"  {name}: failed: {r['error']}")
            continue
        bad = r["inconsistent"]
        per = [sum(r["calls"].get(g, {}).values()) for g in bad]
        good = [sum(v.values()) for g, v in r["calls"].items() if g not in set(bad)]
        kinds = Counter()
        for g in bad:
            kinds.update(r["calls"].get(g, {}))
        shown = ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())) or "none"
        print(
            f"  {name}: {r['groups']:,} groups, {len(bad)} that cannot hold;"
            f" calls per group that cannot hold: median {median(per) if per else 0:g},"
            f" max {max(per, default=0)}, total {sum(per):,} ({shown});"
            f" per consistent group: median {median(good) if good else 0:g},"
            f" max {max(good, default=0)}"
        )
        out[name] = {"groups": r["groups"], "inconsistent": len(bad), "per_group": per,
                     "by_kind": dict(kinds), "total": r["total"]}  # fmt: skip
    names = [n for n in counted if "error" not in counted[n]]
    if len(names) == 2:
        a, b = (counted[n] for n in names)
        shared = sorted(set(a["inconsistent"]) & set(b["inconsistent"]))
        extra = [
            sum(a["calls"].get(g, {}).values()) - sum(b["calls"].get(g, {}).values())
            for g in shared
        ]
        if extra:
            print(
                f"  {names[0]} minus {names[1]}, group by group ({len(shared)} groups that"
                f" cannot hold in both): median {median(extra):+g}, max {max(extra):+d},"
                f" min {min(extra):+d}"
            )
        only = sorted(set(a["inconsistent"]) ^ set(b["inconsistent"]))
        if only:
            print(f"  groups that cannot hold in one install only: {only[:5]}")
        out["difference"] = extra
    return out


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s.replace("_", "").replace(",", "")) for s in text.split(":")})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--sizes={text!r}: give sizes such as 100:300:1000"
        ) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"--sizes={text!r}: sizes must be positive")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time the check of a 1,000-article corpus against tomllib (budget: <= 2x).",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="corpus folder made by make_corpus.py (default benchmarks/corpus/;"
                        " generated if missing)")  # fmt: skip
    parser.add_argument(
        "--articles",
        type=int,
        default=1000,
        help="articles of the corpus in the main comparison (default 1000)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (default 5)")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=[100, 300, 1000],
        metavar="A:B:C",
        help="article counts of the linearity check (default 100:300:1000)",
    )
    parser.add_argument(
        "--linearity-rounds",
        type=int,
        default=3,
        metavar="N",
        help="rounds of the linearity check (default 3; 0 skips it)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=3600,
        help="seconds after which one run is abandoned (default 3600)",
    )
    parser.add_argument("--json", action="store_true", help="write results to benchmarks/results/")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile load + check on the corpus; print the top entries",
    )
    parser.add_argument("--top", type=int, default=15, help="entries printed by --profile")
    parser.add_argument(
        "--python",
        metavar="PATH",
        help="also time the check with another interpreter and the factcheck it imports (a"
        " venv with an older commit installed): the same corpus, in the same alternating rounds"
        " and linearity check, each with its ratio against the floor; and count both engines'"
        " solver calls per inconsistent group",
    )
    parser.add_argument(
        "--label",
        default=None,
        help="what to call the --python install in the output (default: its factcheck folder)",
    )
    parser.add_argument(
        "--count",
        action="store_true",
        help="count the solver calls per connected group (their own runs, not timed)",
    )
    parser.add_argument(
        "--worker", choices=("floor", "check", "profile", "count"), help=argparse.SUPPRESS
    )
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--texts-first", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        files = [Path(p) for p in args.list.read_text(encoding="utf-8").split()]
        if args.worker == "floor":
            result = worker_floor(files, args.texts_first)
        elif args.worker == "check":
            result = worker_check(files)
        elif args.worker == "count":
            result = worker_count(files)
        else:
            result = worker_profile(files, args.out)
        print(json.dumps(result))
        return 0

    if args.rounds < 1:
        parser.error(f"--rounds={args.rounds} must be at least 1")
    manifest = load_manifest(args.corpus, generate=args.corpus == DEFAULT_CORPUS)
    available = manifest["articles"]
    if args.articles > available:
        parser.error(
            f"--articles={args.articles}: the corpus has {available}; make a bigger one with"
            f" make_corpus.py --articles {args.articles} --out <folder> and pass --corpus"
        )
    info = machine()
    print("checking budget: factcheck.check(factcheck.load(corpus)) vs tomllib alone")
    print(describe_machine(info))
    results: dict[str, Any] = {"benchmark": "check_corpus", "machine": info, "goal": GOAL}
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        folder = Path(tmp)
        main_list = file_list(args.corpus, manifest, args.articles, folder)
        n_files, n_bytes = corpus_size(main_list)
        print(
            f"corpus: {args.corpus} (seed {manifest['seed']}): {args.articles:,} articles +"
            f" {len(manifest['references'])} reference files = {n_files:,} claim files,"
            f" {n_bytes / 1e6:.1f} MB with their texts"
        )
        # -- the main comparison
        other = args.label or (args.python and "other")
        pythons: dict[str, str | None] = {"this": None}
        if args.python:
            pythons[other] = args.python
        floors: list[dict[str, Any]] = []
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in pythons}
        kinds = ["floor", *pythons]
        print(f"timing {args.rounds} rounds, floor and check alternating, each in a fresh process")
        for i in range(args.rounds):
            # rotate who goes first, and reverse every other round (A B C, C B A, B C A, ...)
            turn = kinds[i // 2 % len(kinds):] + kinds[: i // 2 % len(kinds)]
            order = turn if i % 2 == 0 else list(reversed(turn))
            for kind in order:
                extra = ["--texts-first"] if kind == "floor" and i % 2 else []
                worker = "floor" if kind == "floor" else "check"
                python = None if kind == "floor" else pythons[kind]
                r = run_worker(worker, main_list, args.timeout, extra, python)
                if "error" in r:
                    print(f"  round {i + 1}: the {kind} run failed: {r['error']}")
                    if kind == "this":
                        results["error"] = r["error"]
                        print("  (no check figures: is the engine in a working state?)")
                    continue
                if kind == "floor":
                    floors.append(r)
                    continue
                runs[kind].append(r)
                name = "check" if kind == "this" else f"check ({kind})"
                print(
                    f"  round {i + 1}: {name} {seconds(r['load_s'] + r['check_s'])}"
                    f" (load {seconds(r['load_s'])}, check {seconds(r['check_s'])})"
                )
            if "error" in results:
                break
        checks = runs["this"]
        floor_t = [r["floor_s"] for r in floors]
        floor_texts = [r["floor_texts_s"] for r in floors]
        print(f"\nfloor, tomllib.loads of every claim file:         {spread(floor_t)}")
        print(f"floor, the same and reading the article texts:    {spread(floor_texts)}")
        results["floor_s"] = floor_t
        results["floor_texts_s"] = floor_texts
        if checks:
            claims = checks[0]["claims"]
            total = [r["load_s"] + r["check_s"] for r in checks]
            startup = [r["import_s"] + r["registry_s"] for r in checks]
            print(f"factcheck: load:                                  "
                  f"{spread([r['load_s'] for r in checks])}")  # fmt: skip
            print(f"factcheck: check:                                 "
                  f"{spread([r['check_s'] for r in checks])}")  # fmt: skip
            print(f"factcheck: load + check (the whole check):        {spread(total)}")
            print(f"start-up, not in the ratio (import + registry):   {spread(startup)}")
            ratio = median(total) / median(floor_t)
            ratio_texts = median(total) / median(floor_texts)
            print(
                f"\n{claims:,} claims in {checks[0]['files']:,} files:"
                f" {claims / median(total):,.0f} claims/s checked;"
                f" tomllib reads {claims / median(floor_t):,.0f} claims/s"
            )
            verdict = "within budget" if ratio <= GOAL else "OVER BUDGET"
            print(f"ratio check / floor (medians): {ratio:,.1f}  (goal <= {GOAL:g}): {verdict}")
            print(f"ratio check / floor with texts: {ratio_texts:,.1f}")
            results.update(
                claims=claims,
                files=checks[0]["files"],
                bytes=n_bytes,
                load_s=[r["load_s"] for r in checks],
                check_s=[r["check_s"] for r in checks],
                total_s=total,
                startup_s=startup,
                ratio=ratio,
                ratio_with_texts=ratio_texts,
                within_budget=ratio <= GOAL,
                findings=checks[0]["findings"],
            )
            findings = ", ".join(f"{k} x{v}" for k, v in sorted(checks[0]["findings"].items()))
            print(f"findings: {findings or 'none'}")
            rep = planted_report(manifest, checks[0], args.articles)
            print_planted(rep)
            results["planted"] = rep
        if args.python and checks and runs[other]:
            results["other"] = compare(other, runs[other], checks, floor_t, floor_texts)
        # -- linearity
        sizes = [s for s in args.sizes if s <= available]
        skipped = [s for s in args.sizes if s > available]
        if args.linearity_rounds > 0 and "error" not in results and sizes:
            print(f"\nlinearity: the check alone on {', '.join(f'{s:,}' for s in sizes)} articles,"
                  f" {args.linearity_rounds} rounds, sizes alternating")  # fmt: skip
            lists = {s: file_list(args.corpus, manifest, s, folder) for s in sizes}
            by_install: dict[str, dict[int, list[dict[str, Any]]]] = {
                name: {s: [] for s in sizes} for name in pythons
            }
            if args.articles in sizes and checks:
                # Same measurement as the main comparison's check runs: reuse them.
                for name in pythons:
                    by_install[name][args.articles] = list(runs[name])
                print(f"  ({args.articles:,} articles: the {len(checks)} check runs above)")
            for i in range(args.linearity_rounds):
                for s in sizes if i % 2 == 0 else list(reversed(sizes)):
                    if s == args.articles and checks:
                        continue
                    names = list(pythons) if (i + s) % 2 == 0 else list(reversed(pythons))
                    for name in names:
                        r = run_worker("check", lists[s], args.timeout, (), pythons[name])
                        if "error" in r:
                            print(f"  {s} articles ({name}): failed: {r['error']}")
                            continue
                        by_install[name][s].append(r)
            per = by_install["this"]
            if args.python:
                results["other_linearity"] = linearity_rows(other, by_install[other], sizes)
                print("  this install:")
            rows = []
            print(f"  {'articles':>8} {'claims':>8} {'load + check':>14} {'per claim':>11}"
                  f" {'check only':>11}")  # fmt: skip
            for s in sizes:
                if not per[s]:
                    continue
                t = median([r["load_s"] + r["check_s"] for r in per[s]])
                c = median([r["check_s"] for r in per[s]])
                n = per[s][0]["claims"]
                rows.append({"articles": s, "claims": n, "total_s": t, "check_s": c,
                             "us_per_claim": 1e6 * t / n})  # fmt: skip
                print(f"  {s:>8,} {n:>8,} {seconds(t):>14} {1e6 * t / n:>8,.0f} us"
                      f" {1e6 * c / n:>8,.0f} us")  # fmt: skip
            if len(rows) >= 2:
                a, b = rows[0], rows[-1]
                growth = b["us_per_claim"] / a["us_per_claim"]
                exponent = math.log(b["total_s"] / a["total_s"]) / math.log(
                    b["claims"] / a["claims"]
                )
                print(
                    f"  time per claim grows {growth:.2f}x from {a['articles']:,} to"
                    f" {b['articles']:,} articles; growth exponent {exponent:.2f}"
                    " (1.0 = linear, 2.0 = quadratic)"
                )
                results["linearity"] = {"rows": rows, "growth": growth, "exponent": exponent}
            if skipped:
                print(
                    f"  skipped {skipped}: the corpus has {available:,} articles (make a bigger"
                    " one with make_corpus.py --articles 3000 --out <folder>; pass --corpus)"
                )
        # -- solver calls per connected group
        if (args.count or args.python) and "error" not in results:
            counted = {name: run_worker("count", main_list, args.timeout, (), py)
                       for name, py in pythons.items()}  # fmt: skip
            results["solver_calls"] = print_counts(counted)
        # -- profile
        if args.profile and "error" not in results:
            prof = folder / "check.prof"
            r = run_worker("profile", main_list, args.timeout, ["--out", str(prof)])
            if "error" in r:
                print(f"\n--profile failed: {r['error']}")
            else:
                print(f"\nprofiled run: {seconds(r['profiled_s'])} (cProfile slows it down)")
                print_profile(prof, args.top)
                if args.json:
                    from _common import RESULTS

                    RESULTS.mkdir(parents=True, exist_ok=True)
                    kept = RESULTS / f"check-{time.strftime('%Y%m%d-%H%M%S')}.prof"
                    kept.write_bytes(prof.read_bytes())
                    print(f"profile kept in {kept.relative_to(ROOT)} (python -m pstats)")
    if args.json:
        path = write_json("check_corpus", results)
        print(f"\nresults written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    # The workers inherit it: set iteration orders, and so the engine's path, repeat run to run.
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
