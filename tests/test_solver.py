"""The joint solver and the diagnosis on top of it: which claims are at fault, on every path the
solver takes (propagation, witnesses, z3)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine.constraints import Compiled, Congruence, Linear
from factcheck.engine.diagnosis import Suspicion, diagnose
from factcheck.engine.solver import Z3, propagation_conflict


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


def diagnosis(c: Compiled, **weights: int | Fraction) -> list[Suspicion]:
    """The suspicions, every claim of weight 1 but those given as ``w<index>=...``."""
    given = {int(k[1:]): Fraction(v) for k, v in weights.items()}
    return diagnose(c, given, order)


def suspects(c: Compiled, **weights: int | Fraction) -> list[set[int]]:
    """The claims at fault, one set per finding (disputes left out)."""
    return [set(s.suspects) for s in diagnosis(c, **weights) if not s.sides]


def test_consistent_claims_give_no_core() -> None:
    """a = 281, b = 150, a > 1.5 b: consistent, nothing found."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        Linear((("a", Fraction(1)), ("b", Fraction(-3, 2))), ">", Fraction(0), frozenset([2])),
    )
    assert diagnosis(c) == []


def test_three_claims_that_only_fail_together() -> None:
    """a = 281, b = 150, a > 2b: each pair can hold, the three cannot. The relation weighs least
    (a hedged claim): it is at fault, and the minimal set is all three."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
        lin({"c": 1}, "==", 5, 3),
    )
    (found,) = diagnosis(c, w2=Fraction(1, 2))
    assert found.suspects == {2} and found.core == {0, 1, 2}


def test_equal_weights_make_a_dispute_not_a_choice() -> None:
    """a = 281, b = 150, a > 2b, all of weight 1: any one claim could be wrong, none is picked;
    one dispute names the three sides."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
    )
    (found,) = diagnosis(c)
    assert sorted(map(sorted, found.sides)) == [[0], [1], [2]]


def test_core_is_minimal_when_more_claims_are_involved() -> None:
    """Redundant claims on the same measures stay out of the minimal set."""
    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"a": 1}, "<=", 300, 1),
        lin({"b": 1}, "==", 150, 2),
        lin({"b": 1}, ">=", 100, 3),
        lin({"a": 1, "b": -2}, ">", 0, 4),
    )
    (found,) = diagnosis(c, w4=Fraction(1, 2))
    assert found.suspects == {4} and found.core == {0, 2, 4}


def test_one_wrong_figure_explains_two_contradictions() -> None:
    """d = 10, "d is odd" (a weekday) and "e - d > 5" with e = 13 (a hedged duration): doubting d
    alone makes both hold, so d is the one suspect; when d comes from a reference (weight 3), the
    weekday and the duration are the suspects, each a finding of its own."""
    c = compiled(
        lin({"d": 1}, "==", 10, 0),
        Congruence("d", 2, 1, frozenset([1])),
        lin({"e": 1}, "==", 13, 2),
        lin({"e": 1, "d": -1}, ">", 5, 3),
        integer={"d", "e"},
    )
    assert suspects(c, w3=Fraction(1, 2)) == [{0}]
    found = diagnosis(c, w0=3, w3=Fraction(1, 2))
    assert sorted(map(sorted, (s.suspects for s in found))) == [[1], [3]]
    assert {frozenset(s.core) for s in found} == {frozenset({0, 1}), frozenset({0, 2, 3})}


def test_consistent_groups_have_no_suspects() -> None:
    """Nothing inconsistent, nothing suspected."""
    c = compiled(lin({"a": 1}, "==", 281, 0), lin({"a": 1, "b": -1}, ">=", 0, 1))
    assert diagnosis(c) == []


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
    (found,) = diagnosis(c, w1=Fraction(1, 2))
    assert found.suspects == {1} and found.core == {0, 1}


def test_the_solver_tracks_claims_in_its_own_context() -> None:
    """The z3 wrapper answers per set of claims, and its core names claims, not constraints."""
    group = [
        lin({"a": 1}, "==", 3, 0),
        lin({"a": 1}, "==", 4, 1),
        lin({"b": 1}, "==", 1, 2),
    ]
    solver = Z3(group, compiled(*group))
    assert solver.consistent({0, 2})
    assert not solver.consistent({0, 1, 2})
    assert solver.core() <= {0, 1, 2}
    assert {0, 1} <= solver.core()


@pytest.mark.parametrize("rotation", range(4))
def test_cores_do_not_depend_on_constraint_order(rotation: int) -> None:
    """The same constraints in another order give the same diagnosis."""
    group = [
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
        lin({"a": 1}, "<", 300, 3),
    ]
    rotated = group[rotation:] + group[:rotation]
    (found,) = diagnosis(compiled(*rotated), w2=Fraction(1, 2))
    assert found.suspects == {2} and found.core == {0, 1, 2}


def test_a_set_within_one_that_holds_or_holding_one_that_cannot_needs_no_solver() -> None:
    """Consistency is monotone: once {0, 1, 3} can hold and {0, 1, 2} cannot, the diagnosis
    decides {0, 3}, {1} and {0, 1, 2, 3} without a solver, and gives the same answers."""
    from factcheck.engine.diagnosis import _Group

    c = compiled(
        lin({"a": 1}, "==", 281, 0),
        lin({"b": 1}, "==", 150, 1),
        lin({"a": 1, "b": -2}, ">", 0, 2),
        lin({"a": 1, "c": -1}, "<=", 0, 3),
    )
    group = _Group(list(c.constraints), c, {}, order)
    decided: list[frozenset[int]] = []
    decide = group._decide

    def counted(claims: frozenset[int]) -> bool:
        decided.append(claims)
        return decide(claims)

    group._decide = counted  # type: ignore[method-assign]
    assert group.consistent({0, 1, 3}) and not group.consistent({0, 1, 2})
    assert group.consistent({0, 3}) and group.consistent({1})
    assert not group.consistent({0, 1, 2, 3})
    assert decided == [frozenset({0, 1, 3}), frozenset({0, 1, 2})]
