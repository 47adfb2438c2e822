"""What the diagnosis asks of the solvers: a group of agreeing sources and one wrong figure is
diagnosed with a handful of propagation passes, witnesses and z3 checks, and agreeing sources
that restate a figure cost nothing more (issue 8's budget, as behaviour: counted by wrapping the
deciders the diagnosis calls, never timed)."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.engine import diagnosis, solver
from factcheck.engine.constraints import Compiled, Linear
from multisource import figure, write_sources

TEXT = "Police made 288 arrests in 9 countries, {us} of them in the US and 55 in the UK."


def outlet(us: int) -> tuple[str, list[str]]:
    """One outlet's article and claims: the total, two countries' figures, the parts relation."""
    text = TEXT.format(us=us)
    parts = (
        '[[claim]]\nid = "parts"\nkind = "parts"\n'
        f'quote = "288 arrests in 9 countries, {us} of them in the US and 55 in the UK"\n'
        'of = "op.arrests"\nparts = ["op.arrests.us", "op.arrests.uk"]\n\n'
    )
    return text, [
        figure("total", "288 arrests", "op.arrests", 288, "arrests"),
        figure("us", f"{us} of them in the US", "op.arrests.us", us, "arrests"),
        figure("uk", "55 in the UK", "op.arrests.uk", 55, "arrests"),
        parts,
    ]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every decider call the diagnosis makes, by kind (propagation, witness, z3)."""
    counted: Counter[str] = Counter()

    def wrap(kind: str, original: Any) -> Any:
        def counting(*args: Any, **kwargs: Any) -> Any:
            counted[kind] += 1
            return original(*args, **kwargs)

        return counting

    for name, kind in (("propagate", "propagation"), ("witness", "witness"),
                       ("has_witness", "witness")):  # fmt: skip
        monkeypatch.setattr(diagnosis, name, wrap(kind, getattr(diagnosis, name)))
    monkeypatch.setattr(solver.Z3, "consistent", wrap("z3", solver.Z3.consistent))
    return counted


def diagnosed(folder: Path, agreeing: int) -> list[factcheck.Finding]:
    """Check ``agreeing`` outlets that say 65 arrests in the US and one that says 36."""
    articles = {f"outlet{n}": outlet(65) for n in range(agreeing)}
    articles["wrong"] = outlet(36)
    report = factcheck.check(factcheck.load(write_sources(folder, articles)))
    return [f for f in report.findings if f.severity == "contradiction"]


@pytest.mark.parametrize("agreeing", [3, 8])
def test_one_wrong_figure_among_agreeing_sources_takes_a_few_solver_calls(
    tmp_path: Path, calls: Counter[str], agreeing: int
) -> None:
    """One outlet's 36 against 65 in every other: one finding naming it, diagnosed with one
    propagation pass per agreeing source (each forms a minimal set with the wrong figure, found
    once) and a handful more, the group's own witness included (the engine of 57644d0 and of
    the first minimum correction sets took about five calls per agreeing source)."""
    found = diagnosed(tmp_path, agreeing)
    assert [[(Path(s.file).stem, s.id) for s in f.suspects] for f in found] == [[("wrong", "us")]]
    assert sum(calls.values()) <= agreeing + 10, calls
    assert calls["z3"] == 0  # propagation and witnesses settle figures and a parts relation


def test_restating_sources_cost_one_propagation_pass_each(
    tmp_path: Path, calls: Counter[str]
) -> None:
    """A source that restates a figure word for word asks nothing the others have not asked:
    twelve more agreeing outlets cost at most twelve more calls, all propagation (the minimal
    set each forms with the wrong figure), and no more witnesses."""
    diagnosed(tmp_path / "few", 4)
    few = calls.copy()
    calls.clear()
    diagnosed(tmp_path / "many", 16)
    assert sum(calls.values()) - sum(few.values()) <= 12, (few, calls)
    assert calls["witness"] <= few["witness"], (few, calls)


def test_a_witness_is_an_assignment_that_satisfies_every_constraint() -> None:
    """`witness` gives the values it found, each constraint verified exactly; `has_witness` is
    whether there is one."""
    group = [
        Linear((("a", Fraction(1)), ("b", Fraction(-1))), ">=", Fraction(3), frozenset({0})),
        Linear((("b", Fraction(1)),), "==", Fraction(2), frozenset({1})),
    ]
    c = Compiled()
    for x in group:
        c.add(x)
    values = solver.witness(group, c)
    assert values is not None and values["b"] == 2 and values["a"] - values["b"] >= 3
    assert all(solver.satisfied(x, values) for x in group)
    assert solver.has_witness(group, c)
    clash = [*group, Linear((("a", Fraction(1)),), "<", Fraction(4), frozenset({2}))]
    assert solver.witness(clash, c) is None
    assert solver.propagate(clash, c).conflict == frozenset({0, 1, 2})
