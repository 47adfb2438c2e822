"""Start-up budget: ``factcheck check claims/`` and ``factcheck draft`` of the seed article, end to
end, against importing pint and building a registry, the floor any pint-based tool pays.

    python benchmarks/startup.py                 # 15 alternating rounds, medians and the ratio
    python benchmarks/startup.py --rounds 31 --json
    python benchmarks/startup.py --check         # exit 1 when the ratio is over budget
    python benchmarks/startup.py --profile       # the slowest imports (python -X importtime)

Budget (issue 2): median(factcheck check claims/) <= 1.5 x median(python -c "import pint;
pint.UnitRegistry()"), both measured in the same run, alternating, after one untimed warm-up
each. The warm-up matters: factcheck caches pint's parsed unit definitions in the user cache
folder (or ``$FACTCHECK_UNIT_CACHE``); the first run ever builds that cache and is slower.

Each run is a fresh subprocess timed from spawn to exit (wall clock), so interpreter start-up,
imports, loading the claim files and checking them are all included. ``python -c pass`` is timed
too, for reference: it is what no Python tool can go below. The script reports; it does not gate
(exit 0) unless ``--check`` is given. Machines are shared and noisy: read medians and quartiles,
and rerun before believing a change of a few percent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import ROOT, describe_machine, machine, median, ms, quartiles, summary, write_json

GOAL = 1.5
#: The article `factcheck draft` is timed on (issue 10: draft's start-up has the same budget).
DRAFT_ARTICLE = str(ROOT / "claims" / "article-2023-05-02-operation-spector.txt")
FLOOR_CODE = "import pint; pint.UnitRegistry()"


@dataclass(frozen=True)
class Command:
    name: str
    argv: list[str]
    #: Exit codes that mean the command did its job (factcheck check: 0 clean, 1 findings).
    ok: frozenset[int] = frozenset({0})


def factcheck_command(path: str) -> tuple[Command, str]:
    """The installed console script if there is one, else ``python -m factcheck``."""
    here = Path(sys.executable).parent
    for candidate in (here / "factcheck", here / "factcheck.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return Command("factcheck", [str(candidate), "check", path], frozenset({0, 1})), (
                f"console script {candidate}"
            )
    found = shutil.which("factcheck")
    if found:
        return Command("factcheck", [found, "check", path], frozenset({0, 1})), (
            f"console script {found}"
        )
    how = "python -m factcheck (no console script installed)"
    return module_command(path), how


def module_command(path: str) -> Command:
    return Command("factcheck", [sys.executable, "-m", "factcheck", "check", path],
                   frozenset({0, 1}))  # fmt: skip


def run(cmd: Command, *, capture: bool = False) -> tuple[float, int, str]:
    """Wall-clock seconds, exit code and (if captured) stderr of one run."""
    start = time.perf_counter()
    proc = subprocess.run(
        cmd.argv,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
        check=False,
    )
    took = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace") if capture and proc.stderr else ""
    return took, proc.returncode, err


def cache_folder() -> str:
    setting = os.environ.get("FACTCHECK_UNIT_CACHE", "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return "disabled (FACTCHECK_UNIT_CACHE=off): every run parses pint's definitions"
    if setting:
        return setting
    try:
        import platformdirs

        return str(platformdirs.user_cache_path("factcheck", appauthor=False) / "pint")
    except ImportError:
        return "the user cache folder"


def measure(commands: Sequence[Command], rounds: int) -> dict[str, list[float]]:
    """Alternate the commands: A B C, then C B A, ... so drift hits them all alike."""
    times: dict[str, list[float]] = {c.name: [] for c in commands}
    for i in range(rounds):
        order = commands if i % 2 == 0 else list(reversed(commands))
        for cmd in order:
            took, code, _ = run(cmd)
            if code not in cmd.ok:
                raise RuntimeError(f"{' '.join(cmd.argv)} exited {code} in round {i + 1}")
            times[cmd.name].append(took)
        progress(f"round {i + 1}/{rounds}")
    progress("")
    return times


def progress(text: str) -> None:
    """A progress line on a terminal (nothing when stderr is a file or a pipe)."""
    if sys.stderr.isatty():
        print(f"\r  {text:<40}", end="" if text else "\r", file=sys.stderr, flush=True)


_IMPORT_RE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def importtime(path: str, runs: int) -> list[dict[str, Any]]:
    """Per-module self and cumulative import times (median over ``runs``), in microseconds."""
    samples: dict[str, tuple[list[int], list[int], int]] = {}
    order: list[str] = []
    for _ in range(runs):
        cmd = Command("importtime", [sys.executable, "-X", "importtime", "-m", "factcheck",
                                     "check", path], frozenset({0, 1}))  # fmt: skip
        _, code, err = run(cmd, capture=True)
        if code not in cmd.ok:
            raise RuntimeError(f"{' '.join(cmd.argv)} exited {code}:\n{err[-2000:]}")
        for line in err.splitlines():
            m = _IMPORT_RE.match(line)
            if not m:
                continue
            name = m.group(4)
            depth = (len(m.group(3)) - 1) // 2
            if name not in samples:
                samples[name] = ([], [], depth)
                order.append(name)
            samples[name][0].append(int(m.group(1)))
            samples[name][1].append(int(m.group(2)))
    return [
        {
            "module": name,
            "self_us": int(median(samples[name][0])),
            "cumulative_us": int(median(samples[name][1])),
            "depth": samples[name][2],
        }
        for name in order
    ]


def print_profile(rows: list[dict[str, Any]], top: int) -> dict[str, Any]:
    total = sum(r["self_us"] for r in rows)
    print(f"\nimports of python -m factcheck check: {len(rows)} modules, {total / 1000:,.0f} ms"
          " of import time in all (median of the runs; -X importtime)")  # fmt: skip
    print(f"\nslowest by cumulative time (a module and everything it imports), top {top}:")
    print(f"  {'cumulative':>10}  {'self':>8}  module")
    for r in sorted(rows, key=lambda r: -r["cumulative_us"])[:top]:
        indent = "  " * min(r["depth"], 6)
        print(f"  {r['cumulative_us'] / 1000:>8.1f}ms  {r['self_us'] / 1000:>6.1f}ms  {indent}"
              f"{r['module']}")  # fmt: skip
    print(f"\nslowest by self time (the module's own code), top {top}:")
    for r in sorted(rows, key=lambda r: -r["self_us"])[:top]:
        print(f"  {r['self_us'] / 1000:>8.1f}ms  {r['module']}")
    by_package: dict[str, int] = {}
    for r in rows:
        package = r["module"].split(".")[0]
        by_package[package] = by_package.get(package, 0) + r["self_us"]
    print("\nself time by top-level package (who pays for the imports):")
    for package, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {us / 1000:>8.1f}ms  {100 * us / total:>5.1f}%  {package}")
    return {"modules": rows, "by_package_us": by_package, "total_us": total}


def _modules_without_bytecode() -> int:
    """How many of factcheck's modules Python would have to compile at start-up."""
    import importlib.util
    from pathlib import Path

    import factcheck

    root = Path(factcheck.__file__).parent
    sources = list(root.rglob("*.py"))
    return sum(1 for p in sources if not Path(importlib.util.cache_from_source(str(p))).exists())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time `factcheck check claims/` against importing pint (budget: <= 1.5x).",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--path", default="claims/", help="what to check (default claims/)")
    parser.add_argument("--json", action="store_true",
                        help="also write the results to benchmarks/results/")  # fmt: skip
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when the ratio is over the budget ({GOAL}x)")  # fmt: skip
    parser.add_argument("--profile", action="store_true",
                        help="list the slowest imports of python -m factcheck check")  # fmt: skip
    parser.add_argument(
        "--profile-runs",
        type=int,
        default=5,
        metavar="N",
        help="runs of -X importtime to take medians over (default 5)",
    )
    parser.add_argument("--top", type=int, default=20, help="modules listed by --profile")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error(f"--rounds={args.rounds} must be at least 1")

    info = machine()
    print("start-up budget: factcheck check vs import pint + UnitRegistry()")
    print(describe_machine(info))
    fc, how = factcheck_command(args.path)
    floor = Command("floor", [sys.executable, "-c", FLOOR_CODE])
    bare = Command("python", [sys.executable, "-c", "pass"])
    print(f"factcheck: {how}")
    missing = _modules_without_bytecode()
    if missing:
        print(
            f"warning: {missing} of factcheck's modules have no bytecode (an editable install"
            " with PYTHONDONTWRITEBYTECODE set?): they are compiled at every start; run"
            " `python -m compileall -q src` first to measure what an installed copy does"
        )
    print(f"warm-up: one untimed run of each command first; it builds factcheck's cache of"
          f" pint's parsed definitions if missing ({cache_folder()})")  # fmt: skip
    _, code, err = run(fc, capture=True)
    if code not in fc.ok and fc.argv[1:2] == ["check"]:
        print(f"  the console script failed (exit {code}); falling back to python -m factcheck")
        fc = module_command(args.path)
        how = "python -m factcheck (the console script failed)"
        _, code, err = run(fc, capture=True)
    if code not in fc.ok:
        print(f"cannot time factcheck: `{' '.join(fc.argv)}` exited {code}:")
        print("  " + "\n  ".join(err.strip().splitlines()[-10:]))
        print("(is the CLI installed? `pip install -e .[test]`)")
        return 2
    print(f"  factcheck check {args.path} exits {code}")
    run(floor)
    run(bare)

    draft = Command("draft", [*fc.argv[: fc.argv.index("check")], "draft", DRAFT_ARTICLE])
    _, code, err = run(draft, capture=True)
    if code not in draft.ok:
        print(f"cannot time factcheck draft: exited {code}: {err.strip()[-300:]}")
        return 2

    print(f"timing {args.rounds} rounds, alternating the commands ...")
    times = measure([fc, draft, floor, bare], args.rounds)
    fc_med, floor_med, bare_med = (median(times[n]) for n in ("factcheck", "floor", "python"))
    ratio = fc_med / floor_med
    draft_ratio = median(times["draft"]) / floor_med
    within = ratio <= GOAL and draft_ratio <= GOAL
    rows = [
        ("factcheck check " + args.path, "factcheck"),
        ("factcheck draft " + Path(DRAFT_ARTICLE).name, "draft"),
        (f'python -c "{FLOOR_CODE}"', "floor"),
        ('python -c "pass"', "python"),
    ]
    print(f"\n  {'command':<52} {'median':>9} {'q1':>9} {'q3':>9} {'min':>9}")
    for label, name in rows:
        q1, q3 = quartiles(times[name])
        print(f"  {label:<52} {ms(median(times[name])):>9} {ms(q1):>9} {ms(q3):>9}"
              f" {ms(min(times[name])):>9}")  # fmt: skip
    above = fc_med - bare_med
    print(
        f"\nratio factcheck check / floor (medians): {ratio:.3f}  (goal <= {GOAL}):"
        f" {'within budget' if ratio <= GOAL else 'OVER BUDGET'}"
    )
    print(
        f"ratio factcheck draft / floor (medians): {draft_ratio:.3f}  (goal <= {GOAL}):"
        f" {'within budget' if draft_ratio <= GOAL else 'OVER BUDGET'}"
    )
    print(
        f"factcheck spends {ms(above)} above a bare interpreter; the floor spends"
        f" {ms(floor_med - bare_med)}; the budget allows {ms(GOAL * floor_med - bare_med)}"
    )
    result: dict[str, Any] = {
        "benchmark": "startup",
        "machine": info,
        "command": fc.argv,
        "how": how,
        "rounds": args.rounds,
        "seconds": times,
        "summary": {name: summary(v) for name, v in times.items()},
        "ratio": ratio,
        "draft_ratio": draft_ratio,
        "goal": GOAL,
        "within_budget": within,
    }
    if args.profile:
        try:
            rows_p = importtime(args.path, args.profile_runs)
        except RuntimeError as exc:
            print(f"\n--profile failed: {exc}")
        else:
            result["profile"] = print_profile(rows_p, args.top)
    if args.json:
        path = write_json("startup", result)
        print(f"\nresults written to {path.relative_to(ROOT)}")
    if args.check and not within:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
