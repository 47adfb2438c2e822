"""The joint solver: minimal sets of claims that cannot all hold, on every path it takes."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine.constraints import Compiled, Congruence, Linear
from factcheck.engine.solver import _Z3, find_cores, propagation_conflict


def lin(terms: dict[str, int], op: str, rhs: int, *sources: int) -> Linear:
    """A linear constraint from claims ``sources``."""
    return Linear(
        tuple((k, Fraction(v)) for k, v in terms.items()),
        op,  # type: ignore[arg-type]
        Fraction(rhs),
        frozenset(sources),
    )


def compiled(*constraints: Linear | Congruence, integer: set[str] | None = None) -> Compiled:
    """Constraints as the engine compiles them, every variable non-negative."""
    out = Compiled(integer=set(integer or ()))
    for c in constraints:
        out.add(c)
        names = [c.var] if isinstance(c, Congruence) else [n for n, _ in c.terms]
        out.nonnegative.update(names)
    return out


def order(index: int) -> tuple[int, int]:
    """Every claim equally precise; ties by index."""
    return (0, index)


def cores(c: Compiled) -> list[set[int]]:
    """The minimal sets found directly (not those a set-aside claim hid), as sets."""
    return [set(core.claims) for core in find_cores(c, order) if core.shadow_of is None]


def shadows(c: Compiled) -> list[tuple[set[int], set[int]]]:
    """The contradictions a set-aside claim hid, each with the one it was found behind."""
    return [
        (set(core.claims), set(core.shadow_of))
        for core in find_cores(c, order)
        if core.shadow_of is not None
    ]


def test_consistent_claims_give_no_core() -> None:
    """a = 281, b = 150, a > 1.5 b: consistent, nothing found."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        Linear((("a", Fraction(1)), ("b", Fraction(-3, 2))), ">", Fraction(0), frozenset([2])),
    )
    assert cores(c) == []


def test_three_claims_that_only_fail_together() -> None:
    """a = 281, b = 150, a > 2b: each pair can hold, the three cannot; the core is all three."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
        lin({"c": 1}, "==", 5, 3),
    )
    assert cores(c) == [{0, 1, 2}]


def test_core_is_minimal_when_more_claims_are_involved() -> None:
    """Redundant claims on the same measures stay out of the minimal set."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"a": 1}, "<=", 300, 1),
        lin({"b": 1}, "==", 150, 2),
        lin({"b": 1}, ">=", 100, 3),
        lin({"a": 1, "b": -2}, ">", 0, 4),
    )
    assert cores(c) == [{0, 2, 4}]


def test_a_contradiction_hidden_by_the_set_aside_claim_is_found_too() -> None:
    """d = 10 is right; "d is odd" (a wrong weekday) and "e - d > 5" with e = 13 (a wrong
    duration) are wrong. Setting d aside explains both at once, so the second contradiction is
    looked for with d back and each other claim of the first left out in turn."""
    c = compiled(
        lin({"d": 1}, "==", 10, 0),
        Congruence("d", 2, 1, frozenset([1])),
        lin({"e": 1}, "==", 13, 2),
        lin({"e": 1, "d": -1}, ">", 5, 3),
        integer={"d", "e"},
    )
    found = cores(c) + [claims for claims, _ in shadows(c)]
    assert sorted(map(sorted, found)) == [[0, 1], [0, 2, 3]]
    assert all(0 in behind for _, behind in shadows(c))


def test_consistent_groups_have_no_shadows() -> None:
    """Nothing set aside, nothing hidden."""
    c = compiled(lin({"a": 1}, "==", 281, 0), lin({"a": 1, "b": -1}, ">=", 0, 1))
    assert shadows(c) == []


def test_propagation_names_an_inconsistent_set() -> None:
    """Bound propagation records which claims made each bound."""
    group = [
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
    ]
    c = compiled(*group)
    assert propagation_conflict(group, c) == frozenset({0, 1, 2})


def test_weekday_conflict_needs_the_solver() -> None:
    """A day fixed by one claim and a weekday residue from another: propagation cannot see the
    conflict (it ignores residues), z3 finds the minimal pair."""
    day = 738642  # an ordinal day
    group = [
        lin({"d": 1}, ">=", day - 6, 0),
        lin({"d": 1}, "<=", day, 0),
        Congruence("d", 7, (day + 1) % 7, frozenset([0])),
        lin({"d": 1}, "==", day - 2, 1),
        lin({"e": 1, "d": -1}, "==", 0, 2),
    ]
    c = compiled(*group, integer={"d", "e"})
    assert propagation_conflict(group, c) is None
    assert cores(c) == [{0, 1}]


def test_the_solver_tracks_claims_in_its_own_context() -> None:
    """The z3 wrapper answers per set of claims, and its core names claims, not constraints."""
    group = [
        lin({"a": 1}, "==", 3, 0),
        lin({"a": 1}, "==", 4, 1),
        lin({"b": 1}, "==", 1, 2),
    ]
    solver = _Z3(group, compiled(*group))
    assert solver.consistent({0, 2})
    assert not solver.consistent({0, 1, 2})
    assert solver.core() <= {0, 1, 2}
    assert {0, 1} <= solver.core()


@pytest.mark.parametrize("rotation", range(4))
def test_cores_do_not_depend_on_constraint_order(rotation: int) -> None:
    """The same constraints in another order give the same minimal sets."""
    group = [
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
        lin({"a": 1}, "<", 300, 3),
    ]
    rotated = group[rotation:] + group[:rotation]
    assert cores(compiled(*rotated)) == [{0, 1, 2}]
