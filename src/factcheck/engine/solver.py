"""Joint consistency: which claims cannot all hold, as minimal sets.

Constraints are split into groups that share no variable. A group whose constraints all bound a
single variable is decided exactly in rational interval arithmetic (an infeasible set of bounds
always contains an infeasible pair, so the minimal set is found directly). Every other group goes
to the z3 SMT solver with one tracking literal per claim; an unsatisfiable core is shrunk by
deletion until it is minimal: removing any one of its claims makes the rest satisfiable.

After each contradiction one of its claims is set aside and the rest checked again: the claim
whose removal makes everything else consistent if there is one (so one wrong figure gives one
finding, not a cascade), else the vaguest.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.engine.constraints import Compiled, Congruence, Constraint, Linear

__all__ = ["Core", "find_cores"]


@dataclass(frozen=True)
class Core:
    """A minimal set of claims (indices) that cannot all hold."""

    claims: frozenset[int]


def _groups(compiled: Compiled) -> list[list[Constraint]]:
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

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


def find_cores(compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]) -> list[Core]:
    """Every contradiction among the constraints, as disjoint minimal sets of claims.

    ``keep_order`` ranks claims: when a minimal set could be formed in several ways, claims that
    rank higher are dropped first (the engine drops vaguer claims first, so a contradiction is
    shown with the most precise figures).
    """
    cores: list[Core] = []
    hard: list[Constraint] = []
    solver_groups: list[list[Constraint]] = []
    for group in _groups(compiled):
        if not any(c.sources for c in group):
            hard.extend(group)
            continue
        single = (
            all(isinstance(c, Linear) and len(c.terms) == 1 for c in group)
            and len({c.terms[0][0] for c in group if isinstance(c, Linear)}) == 1
        )
        if single:
            cores.extend(_interval_cores(group, compiled, keep_order))
        elif not _has_witness(group, compiled):
            solver_groups.append(group)
    if solver_groups:
        cores.extend(_z3_cores(solver_groups, compiled, keep_order))
    return cores


# --- several variables, the common case: a proof of consistency without a solver -------------


@dataclass
class _Domain:
    lo: Fraction | None = None
    lo_strict: bool = False
    hi: Fraction | None = None
    hi_strict: bool = False

    def empty(self, integer: bool) -> bool:
        if self.lo is None or self.hi is None:
            return False
        if integer:
            return _int_lo(self) > _int_hi(self)
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_strict or self.hi_strict))

    def tighten_hi(self, value: Fraction, strict: bool) -> bool:
        tighter = value == self.hi and strict and not self.hi_strict
        if self.hi is None or value < self.hi or tighter:
            self.hi, self.hi_strict = value, strict
            return True
        return False

    def tighten_lo(self, value: Fraction, strict: bool) -> bool:
        tighter = value == self.lo and strict and not self.lo_strict
        if self.lo is None or value > self.lo or tighter:
            self.lo, self.lo_strict = value, strict
            return True
        return False


def _int_lo(d: _Domain) -> Fraction:
    assert d.lo is not None
    value = math.floor(d.lo) + 1 if d.lo_strict and d.lo.denominator == 1 else math.ceil(d.lo)
    return Fraction(value)


def _int_hi(d: _Domain) -> Fraction:
    assert d.hi is not None
    value = math.ceil(d.hi) - 1 if d.hi_strict and d.hi.denominator == 1 else math.floor(d.hi)
    return Fraction(value)


def _narrow(c: Linear, domains: dict[str, _Domain], integer: set[str]) -> list[str] | None:
    """Tighten the domains of ``c``'s variables by ``c`` alone: the names that moved, or None
    when a domain empties."""
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
            for i, (other, other_coef) in enumerate(c.terms):
                if i == j:
                    continue
                k = sign * other_coef
                d = domains[other]
                bound, bound_strict = (d.lo, d.lo_strict) if k > 0 else (d.hi, d.hi_strict)
                if bound is None:
                    break
                rest_min += k * bound
                strict = strict or bound_strict
            else:
                k = sign * coef
                limit = (sign * c.rhs - rest_min) / k
                d = domains[name]
                if d.tighten_hi(limit, strict) if k > 0 else d.tighten_lo(limit, strict):
                    if d.empty(name in integer):
                        return None
                    moved.append(name)
    return moved


def _propagate(
    linear: list[Linear],
    domains: dict[str, _Domain],
    integer: set[str],
    users: dict[str, list[int]],
    start: list[int] | None = None,
) -> bool:
    """Narrow the domains by the constraints until nothing changes (a work list: only the
    constraints of a variable that moved are looked at again); False if a domain empties.

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
        moved = _narrow(linear[index], domains, integer)
        if moved is None:
            return False
        for name in moved:
            for other in users[name]:
                if other != index and other not in queued:
                    queued.add(other)
                    queue.append(other)
    return True


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
    return {
        "<=": total <= c.rhs,
        "<": total < c.rhs,
        ">=": total >= c.rhs,
        ">": total > c.rhs,
        "==": total == c.rhs,
    }[c.op]


def _quick_witness(
    group: Sequence[Constraint],
    linear: list[Linear],
    names: set[str],
    residues: dict[str, list[tuple[int, int]]],
    compiled: Compiled,
) -> bool:
    """The cheap try first: each variable at a value its own bounds allow (most figures are
    stated outright), then every constraint verified."""
    domains = {name: _Domain() for name in names}
    for name in names & compiled.nonnegative:
        domains[name].tighten_lo(Fraction(0), False)
    for c in linear:
        if len(c.terms) == 1 and _narrow(c, domains, compiled.integer) is None:
            return False
    values: dict[str, Fraction] = {}
    for name in names:
        value = _pick(domains[name], name in compiled.integer, residues.get(name, []))
        if value is None:
            return False
        values[name] = value
    return all(_holds(c, values) for c in group)


def _has_witness(group: Sequence[Constraint], compiled: Compiled) -> bool:
    """True when a value for every variable satisfying all constraints is found: propagation
    of bounds, then values chosen one variable at a time, then every constraint verified
    exactly. False means "not shown": the solver decides."""
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
    if _quick_witness(group, linear, names, residues, compiled):
        return True
    users: dict[str, list[int]] = defaultdict(list)
    for index, c in enumerate(linear):
        for name, _ in c.terms:
            users[name].append(index)
    if not _propagate(linear, domains, compiled.integer, users):
        return False
    values: dict[str, Fraction] = {}

    def width(name: str) -> tuple[int, Fraction]:
        d = domains[name]
        if d.lo is None or d.hi is None:
            return (1, Fraction(0))
        return (0, d.hi - d.lo)

    for name in sorted(names, key=width):
        value = _pick(domains[name], name in compiled.integer, residues.get(name, []))
        if value is None:
            return False
        values[name] = value
        domains[name] = _Domain(value, False, value, False)
        if not _propagate(linear, domains, compiled.integer, users, list(users[name])):
            return False
    return all(_holds(c, values) for c in group)


# --- one variable: exact interval arithmetic ----------------------------------------------------


@dataclass(frozen=True)
class _Bound:
    value: Fraction
    strict: bool
    sources: frozenset[int]


def _interval_cores(
    group: Sequence[Constraint], compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]
) -> list[Core]:
    first = group[0]
    assert isinstance(first, Linear)
    var = first.terms[0][0]
    integer = var in compiled.integer
    lowers: list[_Bound] = []
    uppers: list[_Bound] = []
    if var in compiled.nonnegative:
        lowers.append(_Bound(Fraction(0), False, frozenset()))
    for c in group:
        assert isinstance(c, Linear)
        coef = c.terms[0][1]
        value = c.rhs / coef
        op = c.op if coef > 0 else {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "=="}[c.op]
        if op in (">", ">=", "=="):
            lowers.append(_Bound(value, op == ">", c.sources))
        if op in ("<", "<=", "=="):
            uppers.append(_Bound(value, op == "<", c.sources))

    def rank(b: _Bound) -> tuple[Any, ...]:
        # A bound's claims ranked by how long they are kept (keep_order low = kept longest).
        return tuple(sorted((keep_order(i) for i in b.sources), reverse=True))

    def conflict(removed: set[int]) -> tuple[_Bound, _Bound] | None:
        live_lo = [b for b in lowers if not b.sources & removed]
        live_hi = [b for b in uppers if not b.sources & removed]
        if not live_lo or not live_hi:
            return None

        def tight_lo(b: _Bound) -> tuple[Fraction, bool]:
            return _effective_lo(b, integer), b.strict and not integer

        def tight_hi(b: _Bound) -> tuple[Fraction, bool]:
            return _effective_hi(b, integer), not (b.strict and not integer)

        top = max(tight_lo(b) for b in live_lo)
        lo = min((b for b in live_lo if tight_lo(b) == top), key=rank)
        bottom = min(tight_hi(b) for b in live_hi)
        hi = min((b for b in live_hi if tight_hi(b) == bottom), key=rank)
        lo_value, hi_value = _effective_lo(lo, integer), _effective_hi(hi, integer)
        empty = lo_value > hi_value or (
            lo_value == hi_value and not integer and (lo.strict or hi.strict)
        )
        return (lo, hi) if empty else None

    cores: list[Core] = []
    removed: set[int] = set()
    while (found := conflict(removed)) is not None:
        core = set(found[0].sources | found[1].sources)
        cores.append(Core(frozenset(core)))
        removed.add(_culprit(core, lambda gone: conflict(removed | gone) is None, keep_order))
    return cores


def _culprit(
    core: set[int], consistent_without: Callable[[set[int]], bool], keep_order: Callable[[int], Any]
) -> int:
    """The claim of a minimal set to set aside before looking for further contradictions.

    A claim whose removal leaves everything else consistent explains every contradiction left:
    prefer it, so one wrong figure gives one finding. Otherwise the vaguest claim goes.
    """
    ranked = sorted(core, key=keep_order, reverse=True)
    for index in ranked:
        if consistent_without({index}):
            return index
    return ranked[0]


def _effective_lo(b: _Bound, integer: bool) -> Fraction:
    if not integer:
        return b.value
    value = Fraction(math.floor(b.value) + 1) if b.strict and b.value.denominator == 1 else b.value
    return Fraction(math.ceil(value))


def _effective_hi(b: _Bound, integer: bool) -> Fraction:
    if not integer:
        return b.value
    value = Fraction(math.ceil(b.value) - 1) if b.strict and b.value.denominator == 1 else b.value
    return Fraction(math.floor(value))


# --- several variables: z3 ----------------------------------------------------------------------


def _z3_cores(
    groups: list[list[Constraint]], compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]
) -> list[Core]:
    cores: list[Core] = []
    for group in groups:
        cores.extend(_z3_group_cores(group, compiled, keep_order))
    return cores


def _z3_group_cores(
    group: list[Constraint], compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]
) -> list[Core]:
    """The contradictions of one group. Each group gets a fresh z3 context, so the solver's
    answers, and the cores it returns, depend on this group's claims alone."""
    import z3

    context = z3.Context()
    variables: dict[str, Any] = {}
    literals: dict[int, Any] = {}

    def var(name: str) -> Any:
        if name not in variables:
            make = z3.Int if name in compiled.integer else z3.Real
            variables[name] = make(name, context)
        return variables[name]

    def literal(index: int) -> Any:
        if index not in literals:
            literals[index] = z3.Bool(f"claim{index}", context)
        return literals[index]

    def expression(c: Constraint) -> Any:
        if isinstance(c, Congruence):
            return var(c.var) % c.modulus == c.remainder
        scale = math.lcm(c.rhs.denominator, *(coef.denominator for _, coef in c.terms))
        total = z3.Sum([var(name) * int(coef * scale) for name, coef in c.terms])
        rhs = int(c.rhs * scale)
        if all(name in compiled.integer for name, _ in c.terms):
            rhs_expr: Any = z3.IntVal(rhs, context)
        else:
            rhs_expr = z3.RealVal(rhs, context)
        return {
            "<=": total <= rhs_expr,
            "<": total < rhs_expr,
            ">=": total >= rhs_expr,
            ">": total > rhs_expr,
            "==": total == rhs_expr,
        }[c.op]

    solver = z3.Solver(ctx=context)
    active: set[int] = set()
    floors: set[str] = set()
    for c in group:
        names = [c.var] if isinstance(c, Congruence) else [name for name, _ in c.terms]
        floors.update(name for name in names if name in compiled.nonnegative)
        if c.sources:
            guard = z3.And([literal(i) for i in sorted(c.sources)])
            solver.add(z3.Implies(guard, expression(c)))
            active.update(c.sources)
        else:
            solver.add(expression(c))
    for name in sorted(floors):
        solver.add(var(name) >= 0)

    def consistent(claims: set[int]) -> bool:
        return bool(solver.check([literal(i) for i in sorted(claims)]) != z3.unsat)

    def shown_consistent(claims: set[int]) -> bool:
        """Cheap: a verified witness for the constraints these claims keep (no solver)."""
        kept = [c for c in group if c.sources <= claims]
        return _has_witness(kept, compiled)

    by_name = {str(literal(i)): i for i in active}
    levels = sorted({keep_order(i)[0] for i in active})
    cores: list[Core] = []
    while active and not shown_consistent(active) and not consistent(active):
        # Prefer a contradiction among the most precise claims: try them alone first.
        for level in levels:
            subset = {i for i in active if keep_order(i)[0] <= level}
            if not consistent(subset):
                break
        seed = {by_name[str(lit)] for lit in solver.unsat_core() if str(lit) in by_name}
        core = _minimise(consistent, seed or subset, keep_order)
        cores.append(Core(frozenset(core)))
        rest = set(active)

        def consistent_without(gone: set[int], rest: set[int] = rest) -> bool:
            return shown_consistent(rest - gone)

        active.discard(_culprit(core, consistent_without, keep_order))
    return cores


def _minimise(
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
