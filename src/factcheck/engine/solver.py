"""Joint consistency: which claims cannot all hold, as minimal sets.

Constraints are split into groups that share no variable. A group whose constraints all bound a
single variable is decided exactly in rational interval arithmetic (an infeasible set of bounds
always contains an infeasible pair, so the minimal set is found directly). Every other group goes
to the z3 SMT solver with one tracking literal per claim; an unsatisfiable core is shrunk by
deletion until it is minimal: removing any one of its claims makes the rest satisfiable.

After each contradiction one of its claims is set aside and the rest checked again: the claim
whose removal makes everything else consistent if there is one (so one wrong figure gives one
finding, not a cascade), else the vaguest. Contradictions that setting it aside would hide are
then looked for with it back (`_shadows`): the set-aside claim may be the right one.
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

__all__ = ["Core", "find_cores"]


@dataclass(frozen=True)
class Core:
    """A minimal set of claims (indices) that cannot all hold."""

    claims: frozenset[int]
    #: For a contradiction that setting a claim aside hid: the contradiction whose set-aside
    #: claim it shares. The engine reports one of another kind as a finding of its own (a wrong
    #: weekday behind a wrong duration of the same event) and names one of the same kind in the
    #: first finding (the same figure against one more claim).
    shadow_of: frozenset[int] | None = None


def _groups(compiled: Compiled) -> list[list[Constraint]]:
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


def find_cores(compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]) -> list[Core]:
    """Every contradiction among the constraints, as disjoint minimal sets of claims.

    ``keep_order`` ranks claims: when a minimal set could be formed in several ways, claims that
    rank higher are dropped first (the engine drops vaguer claims first, so a contradiction is
    shown with the most precise figures).
    """
    cores: list[Core] = []
    hard: list[Constraint] = []
    solver_groups: list[list[Constraint]] = []

    def canonical(c: Constraint) -> tuple[Any, ...]:
        ranks = sorted(keep_order(i) for i in c.sources)
        body = (
            (c.var, c.modulus, c.remainder) if isinstance(c, Congruence) else (c.terms, c.op, c.rhs)
        )
        return (ranks, repr(body))

    for unordered in _groups(compiled):
        # Preferred claims first: propagation then derives its bounds from them first, and the
        # order in which constraints were produced changes nothing.
        group = sorted(unordered, key=canonical)
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


def propagation_conflict(group: Sequence[Constraint], compiled: Compiled) -> frozenset[int] | None:
    """Claims that bound propagation proves inconsistent together (not always minimal), or None
    when propagation finds no empty domain (the claims may still be inconsistent)."""
    linear, domains, users, _ = _setup(group, compiled)
    try:
        _propagate(linear, domains, compiled.integer, users)
    except _Empty as empty:
        return empty.why
    return None


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
) -> bool:
    """The cheap try first: each variable at a value its own bounds allow (most figures are
    stated outright), then every constraint verified. ``domains`` are bounds already derived
    (by propagation), or None to start from the single-variable constraints alone."""
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
                return False
        rests = (residues if residues is not None else found_residues).get(name, [])
        picked = _pick(domain, name in compiled.integer, rests)
        if picked is None:
            return False
        values[name] = picked
    return all(_holds(c, values) for c in group)


_FLIP: dict[str, str] = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "=="}


def _has_witness(group: Sequence[Constraint], compiled: Compiled) -> bool:
    """True when a value for every variable satisfying all constraints is found: propagation
    of bounds, then values chosen one variable at a time, then every constraint verified
    exactly. False means "not shown": the solver decides."""
    if _quick_witness(group, None, None, compiled):
        return True
    linear, domains, users, residues = _setup(group, compiled)
    values: dict[str, Fraction] = {}

    def width(name: str) -> tuple[int, Fraction]:
        d = domains[name]
        if d.lo is None or d.hi is None:
            return (1, Fraction(0))
        return (0, d.hi - d.lo)

    try:
        _propagate(linear, domains, compiled.integer, users)
        if _quick_witness(group, domains, residues, compiled):
            return True  # every variable at a value its narrowed bounds allow
        for name in sorted(domains, key=width):
            value = _pick(domains[name], name in compiled.integer, residues.get(name, []))
            if value is None:
                return False
            values[name] = value
            domains[name] = _Domain(value, False, value, False)
            _propagate(linear, domains, compiled.integer, users, list(users[name]))
    except _Empty:
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


class _Z3:
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
        return bool(self.solver.check(literals) != self.z3.unsat)

    def core(self) -> set[int]:
        """The claims of the last unsatisfiable check's core."""
        return {
            self.by_name[str(lit)] for lit in self.solver.unsat_core() if str(lit) in self.by_name
        }


def _z3_group_cores(
    group: list[Constraint], compiled: Compiled, keep_order: Callable[[int], tuple[Any, ...]]
) -> list[Core]:
    """The contradictions of one group that no witness showed consistent.

    Bound propagation, which records the claims behind every bound it derives, usually names
    a small inconsistent set at once, and that set is minimised with propagation and witnesses
    deciding each subset (z3 only where neither settles one). When propagation finds nothing,
    z3 decides on the whole group.
    """
    active: set[int] = set().union(*(c.sources for c in group))
    levels = sorted({keep_order(i)[0] for i in active})
    whole: _Z3 | None = None
    cores: list[Core] = []
    set_aside: list[tuple[int, frozenset[int]]] = []

    def kept(claims: set[int]) -> list[Constraint]:
        return [c for c in group if c.sources <= claims]

    while active and not _has_witness(kept(active), compiled):
        seed: set[int] | None = None
        for level in levels:  # prefer a contradiction among the most precise claims
            subset = {i for i in active if keep_order(i)[0] <= level}
            found = propagation_conflict(kept(subset), compiled)
            if found is not None:
                seed = set(found)
                break
        if seed is not None:
            core = _minimise(_oracle(kept(seed), compiled), seed, keep_order)
        if seed is None:
            if whole is None:
                whole = _Z3(group, compiled)
            if whole.consistent(active):
                break
            for level in levels:
                subset = {i for i in active if keep_order(i)[0] <= level}
                if not whole.consistent(subset):
                    break
            core = _minimise(whole.consistent, whole.core() or subset, keep_order)
        cores.append(Core(frozenset(core)))
        rest = set(active)

        def consistent_without(gone: set[int], rest: set[int] = rest) -> bool:
            return _has_witness(kept(rest - gone), compiled)

        culprit = _culprit(core, consistent_without, keep_order)
        active.discard(culprit)
        set_aside.append((culprit, frozenset(core)))
    return cores + _shadows(set_aside, active, group, compiled, keep_order, cores)


def _shadows(
    set_aside: list[tuple[int, frozenset[int]]],
    active: set[int],
    group: list[Constraint],
    compiled: Compiled,
    keep_order: Callable[[int], tuple[Any, ...]],
    found: list[Core],
) -> list[Core]:
    """Contradictions hidden by setting a claim aside: with every claim that is left (which are
    consistent) and the set-aside claim back, but one of the other claims of its contradiction
    left out, whatever still cannot hold is another contradiction the set-aside claim is part of
    (a date that is right, between a wrong weekday and a wrong duration).

    As in the main search, a witness settles most sets at once and propagation names a small
    inconsistent set to minimise; z3 decides only what neither settles."""
    seen = {core.claims for core in found}
    shadows: list[Core] = []
    whole: _Oracle | None = None
    for culprit, core in set_aside:
        for other in sorted(core - {culprit}, key=keep_order):
            if other not in active:
                continue
            claims = (active | {culprit}) - {other}
            kept = [c for c in group if c.sources <= claims]
            if _has_witness(kept, compiled):
                continue
            seed = propagation_conflict(kept, compiled)
            if seed is not None:
                within = [c for c in kept if c.sources <= seed]  # z3, if needed, on these only
                shadow = _minimise(_oracle(within, compiled), set(seed), keep_order)
            else:
                whole = whole or _oracle(group, compiled)
                if whole(claims):
                    continue
                shadow = _minimise(whole, claims, keep_order)
            if frozenset(shadow) not in seen:
                seen.add(frozenset(shadow))
                shadows.append(Core(frozenset(shadow), shadow_of=core))
    return shadows


_Oracle = Callable[[set[int]], bool]


def _oracle(group: Sequence[Constraint], compiled: Compiled) -> _Oracle:
    """Whether a set of claims of ``group`` is consistent: proved inconsistent by propagation,
    or consistent by a verified witness, and only when neither settles it, by z3."""
    solver: _Z3 | None = None

    def consistent(claims: set[int]) -> bool:
        nonlocal solver
        kept = [c for c in group if c.sources <= claims]
        if propagation_conflict(kept, compiled) is not None:
            return False
        if _has_witness(kept, compiled):
            return True
        if solver is None:
            solver = _Z3(group, compiled)
        return solver.consistent(claims)

    return consistent


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
