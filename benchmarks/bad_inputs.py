"""Time every bad input of tests/test_bad_inputs.py through the real command line.

    python benchmarks/bad_inputs.py                  # 5 rounds, each check a fresh process
    python benchmarks/bad_inputs.py --rounds 11 --only "two bad files" "too many claims"
    python benchmarks/bad_inputs.py --in-process     # factcheck.cli.main in this process

Each input of ``BAD_INPUTS`` (the tests' own table, so the two cannot drift) is built once, with
the real limits (a real claim file over ``MAX_FILE_BYTES``, a real file of ``MAX_CLAIMS + 1``
claims), then checked ``--rounds`` times as ``python -m factcheck check PATH...`` in a
subprocess, round by round (each round checks every input once, so a change of load on a shared
machine hits all alike). Start-up is timed apart, on a good one-claim file checked the same way in
every round (``python -m factcheck --version`` is shown too, for the bare interpreter). An input
is flagged when its median exceeds start-up by more than ``--budget`` seconds (default 1), when
it times out, exits with another code than the tests expect, or prints a traceback. With
``--in-process`` each round calls `factcheck.cli.main` after a warm-up, so there is no start-up
to subtract and the budget applies to the median itself.

The exit status is 1 when an input is flagged, so the script can gate a CI job. Timings come from
a shared machine: read the medians, and rerun with more rounds before believing one slow round.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import conftest  # noqa: E402  (the tests' write_claims fixture)
import test_bad_inputs  # noqa: E402  (BAD_INPUTS: the inputs and their exit codes)
from factcheck.cli import main  # noqa: E402

#: How long one check may take before it is stopped and flagged.
TIMEOUT = 60.0


@dataclass
class Timing:
    """The rounds of one input: exit code, seconds per round, and what went wrong."""

    name: str
    expected: int | None
    code: int | None = None
    seconds: list[float] | None = None
    problem: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.seconds or [float("nan")])

    @property
    def worst(self) -> float:
        return max(self.seconds or [float("nan")])


def writer(folder: Path):
    """The write_claims fixture's function, writing into ``folder``."""
    fixture = conftest.write_claims
    return getattr(fixture, "__wrapped__", fixture)(folder)


def run_once(paths: list[str], cwd: Path, in_process: bool) -> tuple[int | None, float, str]:
    """Check ``paths`` once: (exit code or None on timeout, seconds, stdout + stderr)."""
    if in_process:
        import os

        out, err = io.StringIO(), io.StringIO()
        here = Path.cwd()
        os.chdir(cwd)
        try:
            start = time.perf_counter()
            code = main(["check", *paths], stdout=out, stderr=err)
            elapsed = time.perf_counter() - start
        finally:
            os.chdir(here)
        return code, elapsed, out.getvalue() + err.getvalue()
    command = [sys.executable, "-m", "factcheck", "check", *paths]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start, ""
    return done.returncode, time.perf_counter() - start, done.stdout + done.stderr


def measure_once(timing: Timing, paths: list[str], cwd: Path, in_process: bool) -> None:
    """One more round of ``timing``'s input (none once it has timed out)."""
    assert timing.seconds is not None
    if timing.code is None and timing.seconds:
        return
    code, elapsed, output = run_once(paths, cwd, in_process)
    timing.seconds.append(elapsed)
    timing.code = code
    if code is None:
        timing.problem = f"timed out after {TIMEOUT:.0f} s"
    elif "Traceback" in output:
        timing.problem = "traceback"
    elif timing.expected is not None and code != timing.expected:
        timing.problem = f"exit {code}, expected {timing.expected}"


def main_(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="checks per input (default 5)")
    parser.add_argument("--budget", type=float, default=1.0, help="seconds beyond start-up")
    parser.add_argument("--in-process", action="store_true", help="time main() in this process")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these inputs only")
    args = parser.parse_args(argv)
    cases = test_bad_inputs.BAD_INPUTS
    unknown = set(args.only or ()) - set(cases)
    if unknown:
        parser.error(f"no such input: {', '.join(sorted(unknown))}; see tests/test_bad_inputs.py")
    names = args.only or list(cases)
    mode = "in-process (factcheck.cli.main)" if args.in_process else "python -m factcheck"

    with tempfile.TemporaryDirectory(prefix="factcheck-bad-inputs-") as tmp:
        base = Path(tmp)
        good = base / "good"
        paths = [writer(good)(test_bad_inputs.VALUE, name="good.toml").name]
        if args.in_process:
            run_once(paths, good, True)  # warm-up: imports, the unit registry
        startup = Timing("good file (start-up)", 0, seconds=[])
        runs = [(startup, paths, good)]
        for n, name in enumerate(names):
            folder = base / f"{n:02d}"
            folder.mkdir()
            timing = Timing(name, cases[name].exit_code, seconds=[])
            runs.append((timing, cases[name].build(writer(folder)), folder))
        # Round by round, so that a change of load on the machine hits every input alike.
        for _ in range(args.rounds):
            for timing, case_paths, folder in runs:
                measure_once(timing, case_paths, folder, args.in_process)
        timings = [timing for timing, _, _ in runs]

    offset = 0.0 if args.in_process else startup.median
    width = max(len(t.name) for t in timings)
    print(f"{len(names)} bad inputs, {args.rounds} rounds each, {mode}")
    if not args.in_process:
        bare = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            version = [sys.executable, "-m", "factcheck", "--version"]
            subprocess.run(version, capture_output=True, check=False)
            bare.append(time.perf_counter() - start)
        print(f"start-up (median of a good one-claim file): {startup.median:.3f} s;"
              f" `python -m factcheck --version`: {statistics.median(bare):.3f} s")  # fmt: skip
    print()
    print(f"{'input':<{width}}  exit  median s  max s  beyond start-up  flag")
    flagged = 0
    for timing in timings:
        beyond = timing.median - offset
        flag = timing.problem
        if not flag and timing is not startup and beyond > args.budget:
            flag = f"over {args.budget:g} s"
        flagged += bool(flag) and timing is not startup
        code = "-" if timing.code is None else str(timing.code)
        extra = "" if timing is startup else f"{beyond:+.3f}"
        print(
            f"{timing.name:<{width}}  {code:>4}  {timing.median:8.3f}  {timing.worst:5.3f}"
            f"  {extra:>15}  {flag}"
        )
    slowest = max(timings[1:], key=lambda t: t.median)
    print()
    print(f"slowest: {slowest.name}, median {slowest.median:.3f} s; max of all rounds "
          f"{max(t.worst for t in timings[1:]):.3f} s; {flagged} flagged")  # fmt: skip
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main_())
