"""Helpers shared by the benchmark scripts: statistics, machine description, result files."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """First and third quartiles (the spread of a benchmark); the value itself if only one."""
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def summary(values: Sequence[float]) -> dict[str, float]:
    q1, q3 = quartiles(values)
    return {"median": median(values), "min": min(values), "max": max(values), "q1": q1, "q3": q3}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def seconds(value: float) -> str:
    return f"{value:,.3f} s" if value < 10 else f"{value:,.1f} s"


def git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def machine() -> dict[str, Any]:
    """What the figures were measured on, and which code they measured."""
    try:
        load = os.getloadavg()
    except OSError:  # pragma: no cover - not on every platform
        load = (float("nan"),) * 3
    dirty = git("status", "--porcelain", "--", "src")
    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "loadavg": [round(x, 2) for x in load],
        "commit": git("rev-parse", "--short", "HEAD"),
        "src_modified": bool(dirty),
        "engine_last_commit": git(
            "log", "-1", "--format=%h %ad %s", "--date=short", "--", "src/factcheck/engine"
        ),
    }


def describe_machine(info: dict[str, Any]) -> str:
    state = " (src/ has uncommitted changes)" if info["src_modified"] else ""
    return (
        f"{info['date']}  {info['cpus']} CPUs  {info['platform']}  Python {info['python']}\n"
        f"commit {info['commit']}{state}; load average {info['loadavg'][0]}"
    )


def write_json(name: str, data: dict[str, Any]) -> Path:
    """Write ``data`` to benchmarks/results/<name>-<timestamp>.json and return the path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"{name}-{stamp}.json"
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return path
