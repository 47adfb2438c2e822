"""Joint consistency: whether a set of claims can all hold, and minimal sets that cannot.

Constraints are split into groups that share no variable (`constraint_groups`). Whether a set of
constraints has a solution is decided by the cheapest means that settles it: bound propagation
that records the claims behind every bound it derives (`propagation_conflict` names an
inconsistent set when a domain empties), a witness built from the bounds and verified exactly
(`has_witness`), and only when neither settles it, the z3 SMT solver with one tracking literal per
claim (`Z3`). `minimise` shrinks an inconsistent set of claims to a minimal one (QuickXplain).
Which claims are at fault is decided on top of these, in `diagnosis`.
"""

from __future__ import annotations

import functools
import math
import operator
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.engine.constraints import (
    Compiled,
    Congruence,
    Constraint,
    Linear,
    union_find_root,
)

__all__ = [
    "Z3",
    "Propagation",
    "constraint_groups",
    "has_witness",
    "minimise",
    "propagate",
    "propagated_domains",
    "propagation_conflict",
    "satisfied",
    "witness",
]

#: An assignment of a value to each variable (a witness, or a z3 model).
Values = dict[str, Fraction]


def constraint_groups(compiled: Compiled) -> list[list[Constraint]]:
    parent: dict[str, str] = {}
    find = functools.partial(union_find_root, parent)

    for constraint in compiled.constraints:
        names = (
            [constraint.var]
            if isinstance(constraint, Congruence)
            else [v for v, _ in constraint.terms]
        )
        first = find(names[0])
        for name in names[1:]:
            parent[find(name)] = first
    groups: dict[str, list[Constraint]] = defaultdict(list)
    for constraint in compiled.constraints:
        var = constraint.var if isinstance(constraint, Congruence) else constraint.terms[0][0]
        groups[find(var)].append(constraint)
    return list(groups.values())


# --- several variables, the common case: a proof of consistency without a solver -------------


@dataclass
class _Domain:
    lo: Fraction | None = None
    lo_strict: bool = False
    hi: Fraction | None = None
    hi_strict: bool = False
    #: The claims whose constraints gave each bound (explained propagation).
    lo_why: frozenset[int] = frozenset()
    hi_why: frozenset[int] = frozenset()

    def empty(self, integer: bool) -> bool:
        if self.lo is None or self.hi is None:
            return False
        if integer:
            return _int_lo(self) > _int_hi(self)
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_strict or self.hi_strict))

    def tighten_hi(self, value: Fraction, strict: bool, why: frozenset[int] = frozenset()) -> bool:
        tighter = value == self.hi and strict and not self.hi_strict
        if self.hi is None or value < self.hi or tighter:
            self.hi, self.hi_strict, self.hi_why = value, strict, why
            return True
        return False

    def tighten_lo(self, value: Fraction, strict: bool, why: frozenset[int] = frozenset()) -> bool:
        tighter = value == self.lo and strict and not self.lo_strict
        if self.lo is None or value > self.lo or tighter:
            self.lo, self.lo_strict, self.lo_why = value, strict, why
            return True
        return False


class _Empty(Exception):
    """A domain emptied: ``why`` are the claims whose constraints emptied it (unsat together)."""

    def __init__(self, why: frozenset[int]) -> None:
        super().__init__()
        self.why = why


def _int_lo(d: _Domain) -> Fraction:
    assert d.lo is not None
    value = math.floor(d.lo) + 1 if d.lo_strict and d.lo.denominator == 1 else math.ceil(d.lo)
    return Fraction(value)


def _int_hi(d: _Domain) -> Fraction:
    assert d.hi is not None
    value = math.ceil(d.hi) - 1 if d.hi_strict and d.hi.denominator == 1 else math.floor(d.hi)
    return Fraction(value)


def _narrow(c: Linear, domains: dict[str, _Domain], integer: set[str]) -> list[str]:
    """Tighten the domains of ``c``'s variables by ``c`` alone: the names that moved. Raises
    `_Empty` with the claims responsible when a domain empties."""
    moved: list[str] = []
    ops = ("<=",) if c.op in ("<=", "<") else (">=",) if c.op in (">=", ">") else ("<=", ">=")
    strict_op = c.op in ("<", ">")
    for op in ops:
        sign = 1 if op == "<=" else -1  # rewrite as sum(sign*coef*x) <= sign*rhs
        for j, (name, coef) in enumerate(c.terms):
            if coef == 0:
                continue
            rest_min = Fraction(0)
            strict = strict_op
            why = c.sources
            for i, (other, other_coef) in enumerate(c.terms):
                if i == j:
                    continue
                k = sign * other_coef
                d = domains[other]
                if k > 0:
                    bound, bound_strict, bound_why = d.lo, d.lo_strict, d.lo_why
                else:
                    bound, bound_strict, bound_why = d.hi, d.hi_strict, d.hi_why
                if bound is None:
                    break
                rest_min += k * bound
                strict = strict or bound_strict
                why = why | bound_why
            else:
                k = sign * coef
                limit = (sign * c.rhs - rest_min) / k
                d = domains[name]
                if k > 0:
                    changed = d.tighten_hi(limit, strict, why)
                else:
                    changed = d.tighten_lo(limit, strict, why)
                if changed:
                    if d.empty(name in integer):
                        raise _Empty(d.lo_why | d.hi_why)
                    moved.append(name)
    return moved


def _propagate(
    linear: list[Linear],
    domains: dict[str, _Domain],
    integer: set[str],
    users: dict[str, list[int]],
    start: list[int] | None = None,
) -> None:
    """Narrow the domains by the constraints until nothing changes (a work list: only the
    constraints of a variable that moved are looked at again); raises `_Empty` when a domain
    empties.

    Narrowing stops after a bounded number of steps (strict bounds can creep forever); that is
    safe because a witness is verified exactly afterwards.
    """
    queue = deque(range(len(linear)) if start is None else start)
    queued = set(queue)
    budget = 20 * len(linear) + 50
    while queue and budget:
        budget -= 1
        index = queue.popleft()
        queued.discard(index)
        for name in _narrow(linear[index], domains, integer):
            for other in users[name]:
                if other != index and other not in queued:
                    queued.add(other)
                    queue.append(other)


_Residues = dict[str, list[tuple[int, int]]]


def _setup(
    group: Sequence[Constraint], compiled: Compiled
) -> tuple[list[Linear], dict[str, _Domain], dict[str, list[int]], _Residues]:
    linear = [c for c in group if isinstance(c, Linear)]
    residues: dict[str, list[tuple[int, int]]] = defaultdict(list)
    names: set[str] = set()
    for c in group:
        if isinstance(c, Congruence):
            residues[c.var].append((c.modulus, c.remainder))
            names.add(c.var)
        else:
            names.update(name for name, _ in c.terms)
    domains = {name: _Domain() for name in sorted(names)}
    for name in names & compiled.nonnegative:
        domains[name].tighten_lo(Fraction(0), False)
    users: dict[str, list[int]] = defaultdict(list)
    for index, c in enumerate(linear):
        for name, _ in c.terms:
            users[name].append(index)
    return linear, domains, users, residues


Bounds = dict[str, tuple[Fraction | None, Fraction | None]]


@dataclass(frozen=True)
class Propagation:
    """What bound propagation derives from a set of constraints: either a ``conflict`` (claims
    that cannot hold together, not always minimal) or the ``domains`` each variable is bounded
    to (sound, not always tight)."""

    conflict: frozenset[int] | None
    domains: Bounds | None


def _propagation(group: Sequence[Constraint], compiled: Compiled) -> Propagation:
    linear, domains, users, _ = _setup(group, compiled)
    try:
        _propagate(linear, domains, compiled.integer, users)
    except _Empty as empty:
        return Propagation(empty.why, None)
    return Propagation(None, {name: (d.lo, d.hi) for name, d in domains.items()})


def propagate(group: Sequence[Constraint], compiled: Compiled) -> Propagation:
    """One propagation pass over ``group``: its conflict, or the bounds it derives (what
    `propagation_conflict` and `propagated_domains` each give, from one pass)."""
    return _propagation(group, compiled)


def propagation_conflict(group: Sequence[Constraint], compiled: Compiled) -> frozenset[int] | None:
    """Claims that bound propagation proves inconsistent together (not always minimal), or None
    when propagation finds no empty domain (the claims may still be inconsistent)."""
    return _propagation(group, compiled).conflict


def propagated_domains(group: Sequence[Constraint], compiled: Compiled) -> Bounds | None:
    """The bounds propagation derives for each variable of a consistent ``group`` (sound, not
    always tight), or None when propagation finds the group inconsistent."""
    return _propagation(group, compiled).domains


def _pick(d: _Domain, integer: bool, residues: list[tuple[int, int]]) -> Fraction | None:
    if integer:
        lo = _int_lo(d) if d.lo is not None else None
        hi = _int_hi(d) if d.hi is not None else None
        if lo is not None and hi is not None:
            start = Fraction(math.floor((lo + hi) / 2)) if not residues else lo
        else:
            fallback = min(hi, Fraction(0)) if hi is not None else Fraction(0)
            start = lo if lo is not None else fallback
        if residues:
            modulus, remainder = residues[0]
            start += (remainder - int(start)) % modulus
            if any(int(start) % m != r for m, r in residues) or (hi is not None and start > hi):
                return None
        return start
    if d.lo is not None and d.hi is not None:
        return (d.lo + d.hi) / 2
    if d.lo is not None:
        return d.lo + 1 if d.lo_strict else d.lo
    if d.hi is not None:
        return min(d.hi - 1, Fraction(0)) if d.hi_strict or d.hi > 0 else d.hi
    return Fraction(0)


def _holds(c: Constraint, values: dict[str, Fraction]) -> bool:
    if isinstance(c, Congruence):
        return int(values[c.var]) % c.modulus == c.remainder
    total = sum((coef * values[name] for name, coef in c.terms), Fraction(0))
    return bool(_COMPARE[c.op](total, c.rhs))


def satisfied(c: Constraint, values: Values) -> bool:
    """Whether ``values`` satisfy ``c`` exactly (False when one of its variables has none, or
    a residue is asked of a value that is not whole)."""
    if isinstance(c, Congruence):
        value = values.get(c.var)
        return value is not None and value.denominator == 1 and (
            int(value) % c.modulus == c.remainder
        )
    total = Fraction(0)
    for name, coef in c.terms:
        value = values.get(name)
        if value is None:
            return False
        total += coef * value
    return _COMPARE[c.op](total, c.rhs)


_COMPARE: dict[str, Callable[[Fraction, Fraction], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
    "==": operator.eq,
}


def _quick_witness(
    group: Sequence[Constraint],
    domains: dict[str, _Domain] | None,
    residues: dict[str, list[tuple[int, int]]] | None,
    compiled: Compiled,
) -> Values | None:
    """The cheap try first: each variable at a value its own bounds allow (most figures are
    stated outright), then every constraint verified: the values, or None. ``domains`` are
    bounds already derived (by propagation), or None to start from the single-variable
    constraints alone."""
    lo: dict[str, tuple[Fraction, bool]] = {}
    hi: dict[str, tuple[Fraction, bool]] = {}
    names: dict[str, None] = {}
    found_residues: dict[str, list[tuple[int, int]]] = {}
    for c in group:
        if isinstance(c, Congruence):
            names[c.var] = None
            found_residues.setdefault(c.var, []).append((c.modulus, c.remainder))
            continue
        for name, _ in c.terms:
            names[name] = None
        if len(c.terms) != 1 or domains is not None:
            continue
        name, coef = c.terms[0]
        if coef == 0:
            continue
        value = c.rhs / coef
        op = c.op if coef > 0 else _FLIP[c.op]
        if op in (">", ">=", "=="):
            old = lo.get(name)
            if old is None or value > old[0] or (value == old[0] and op == ">"):
                lo[name] = (value, op == ">")
        if op in ("<", "<=", "=="):
            old = hi.get(name)
            if old is None or value < old[0] or (value == old[0] and op == "<"):
                hi[name] = (value, op == "<")
    values: dict[str, Fraction] = {}
    for name in names:
        if domains is not None:
            domain = domains[name]
        else:
            low = lo.get(name)
            if low is None and name in compiled.nonnegative:
                low = (Fraction(0), False)
            high = hi.get(name)
            domain = _Domain(
                low[0] if low else None, low[1] if low else False,
                high[0] if high else None, high[1] if high else False,
            )  # fmt: skip
            if name in compiled.nonnegative and domain.lo is not None and domain.lo < 0:
                domain.lo, domain.lo_strict = Fraction(0), False
            if domain.empty(name in compiled.integer):
                return None
        rests = (residues if residues is not None else found_residues).get(name, [])
        picked = _pick(domain, name in compiled.integer, rests)
        if picked is None:
            return None
        values[name] = picked
    return values if all(_holds(c, values) for c in group) else None


_FLIP: dict[str, str] = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "=="}


def _witness(group: Sequence[Constraint], compiled: Compiled) -> Values | None:
    quick = _quick_witness(group, None, None, compiled)
    if quick is not None:
        return quick
    linear, domains, users, residues = _setup(group, compiled)
    values: Values = {}

    def width(name: str) -> tuple[int, Fraction]:
        d = domains[name]
        if d.lo is None or d.hi is None:
            return (1, Fraction(0))
        return (0, d.hi - d.lo)

    try:
        _propagate(linear, domains, compiled.integer, users)
        narrowed = _quick_witness(group, domains, residues, compiled)
        if narrowed is not None:
            return narrowed  # every variable at a value its narrowed bounds allow
        for name in sorted(domains, key=width):
            value = _pick(domains[name], name in compiled.integer, residues.get(name, []))
            if value is None:
                return None
            values[name] = value
            domains[name] = _Domain(value, False, value, False)
            _propagate(linear, domains, compiled.integer, users, list(users[name]))
    except _Empty:
        return None
    return values if all(_holds(c, values) for c in group) else None


def witness(group: Sequence[Constraint], compiled: Compiled) -> Values | None:
    """A value for every variable of ``group`` that satisfies all its constraints (integers
    where a variable is whole, none below zero where it cannot be), found by propagation of
    bounds and values chosen one variable at a time, then every constraint verified exactly;
    None means "not shown": the solver decides."""
    return _witness(group, compiled)


def has_witness(group: Sequence[Constraint], compiled: Compiled) -> bool:
    """True when a value for every variable satisfying all constraints is found (`witness`).
    False means "not shown": the solver decides."""
    return _witness(group, compiled) is not None


# --- several variables: z3 ----------------------------------------------------------------------


class Z3:
    """z3 over one set of constraints, in a fresh context of its own (so its answers and the
    cores it returns depend on these constraints alone), one tracking literal per claim."""

    def __init__(self, group: Sequence[Constraint], compiled: Compiled) -> None:
        import z3

        self.z3 = z3
        self.context = z3.Context()
        self.compiled = compiled
        self.variables: dict[str, Any] = {}
        self.literals: dict[int, Any] = {}
        self.solver = z3.Solver(ctx=self.context)
        floors: set[str] = set()
        for c in group:
            names = [c.var] if isinstance(c, Congruence) else [name for name, _ in c.terms]
            floors.update(name for name in names if name in compiled.nonnegative)
            if c.sources:
                guard = z3.And([self.literal(i) for i in sorted(c.sources)])
                self.solver.add(z3.Implies(guard, self.expression(c)))
            else:
                self.solver.add(self.expression(c))
        for name in sorted(floors):
            self.solver.add(self.var(name) >= 0)
        self.by_name = {str(lit): i for i, lit in self.literals.items()}
        self.satisfied = False

    def var(self, name: str) -> Any:
        if name not in self.variables:
            make = self.z3.Int if name in self.compiled.integer else self.z3.Real
            self.variables[name] = make(name, self.context)
        return self.variables[name]

    def literal(self, index: int) -> Any:
        if index not in self.literals:
            self.literals[index] = self.z3.Bool(f"claim{index}", self.context)
        return self.literals[index]

    def expression(self, c: Constraint) -> Any:
        z3 = self.z3
        if isinstance(c, Congruence):
            return self.var(c.var) % c.modulus == c.remainder
        scale = math.lcm(c.rhs.denominator, *(coef.denominator for _, coef in c.terms))
        total = z3.Sum([self.var(name) * int(coef * scale) for name, coef in c.terms])
        rhs = int(c.rhs * scale)
        if all(name in self.compiled.integer for name, _ in c.terms):
            rhs_expr: Any = z3.IntVal(rhs, self.context)
        else:
            rhs_expr = z3.RealVal(rhs, self.context)
        return {
            "<=": total <= rhs_expr,
            "<": total < rhs_expr,
            ">=": total >= rhs_expr,
            ">": total > rhs_expr,
            "==": total == rhs_expr,
        }[c.op]

    def consistent(self, claims: set[int]) -> bool:
        literals = [self.literal(i) for i in sorted(claims) if i in self.literals]
        answer = self.solver.check(literals)
        #: Whether the last check found a model (not "unknown"): `model` reads it.
        self.satisfied = answer == self.z3.sat
        return bool(answer != self.z3.unsat)

    def model(self) -> Values:
        """The values of the last check's model (empty unless it was satisfiable; a variable
        whose value is not a rational number is left out)."""
        if not self.satisfied:
            return {}
        model = self.solver.model()
        values: Values = {}
        for name, var in self.variables.items():
            value = model.eval(var, model_completion=True)
            if self.z3.is_int_value(value):
                values[name] = Fraction(value.as_long())
            elif self.z3.is_rational_value(value):
                values[name] = Fraction(value.numerator_as_long(), value.denominator_as_long())
        return values

    def core(self) -> set[int]:
        """The claims of the last unsatisfiable check's core."""
        return {
            self.by_name[str(lit)] for lit in self.solver.unsat_core() if str(lit) in self.by_name
        }


def minimise(
    consistent: Callable[[set[int]], bool],
    start: set[int],
    keep_order: Callable[[int], tuple[Any, ...]],
) -> set[int]:
    """A minimal subset of ``start`` (which is inconsistent) that is still inconsistent.

    QuickXplain (Junker, 2004): divide and conquer over the claims ordered by preference (the
    most precise first), about k·log(n/k) consistency checks for a set of k among n claims.
    Only the solver's sat/unsat answers are used, never the cores it happens to return, so the
    minimal set depends on the claims alone, not on the solver's history.
    """
    order = sorted(start, key=keep_order)

    def explain(background: set[int], changed: bool, candidates: list[int]) -> list[int]:
        if changed and not consistent(background):
            return []
        if len(candidates) == 1:
            return candidates
        half = len(candidates) // 2
        first, second = candidates[:half], candidates[half:]
        kept_second = explain(background | set(first), True, second)
        kept_first = explain(background | set(kept_second), bool(kept_second), first)
        return kept_first + kept_second

    return set(explain(set(), False, order))
