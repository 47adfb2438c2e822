"""Diagnosis: which claims are at fault, when claims cannot all hold.

For each connected group of constraints that has no solution, the engine looks for the cheapest
set of claims whose removal makes the rest consistent: a *minimum correction set*, every claim
weighted by how much it is trusted (`weights`: a reference outweighs an article, a hedged figure
is cheaper to doubt than a precise one, and a figure a source restates counts once, so more
independent sources outweigh fewer). Each claim of that set is a *suspect*.

The search is an implicit hitting set loop (as in MaxHS, and in the MARCO family of MUS/MCS
enumerators): minimal sets of claims that cannot hold together are collected one at a time; the
cheapest set of claims that hits every one of them is computed exactly; when the rest is still
inconsistent, a new minimal set is found in the rest, and so on. The cheapest hitting set whose
rest is consistent is a minimum correction set. Consistency is decided by bound propagation and
a verified witness, and by z3 only when neither settles a set (`solver`).

When two corrections weigh the same (two sources say 65, two say 36), none is chosen: a claim
that some but not every cheapest correction removes is *disputed*, and the engine reports one
disputed finding naming both sides. Nothing here depends on the order of claims, files or ids:
weights and consistency depend on what the claims say, and ties are reported, not broken.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.engine.constraints import Compiled, Congruence, Constraint, Linear
from factcheck.engine.solver import (
    constraint_groups,
    has_witness,
    minimise,
    propagated_domains,
    propagation_conflict,
)
from factcheck.report import Gap

__all__ = ["Suspicion", "constraint_body", "diagnose"]

Order = Callable[[int], tuple[Any, ...]]


@dataclass(frozen=True)
class Suspicion:
    """Claims at fault (or in dispute), with what contradicts them."""

    #: The claims at fault: one, or several that give the same figure for the same measure
    #: (two outlets that both say 36). For a dispute, every claim of every side.
    suspects: frozenset[int]
    #: A minimal set of claims that cannot hold, with one suspect and otherwise kept claims:
    #: what the finding is classified and explained by.
    core: frozenset[int]
    #: Every kept claim that contradicts the suspects (the core's other claims included).
    evidence: frozenset[int]
    #: How far apart the nearest admissible values are, when it can be measured.
    gap: Gap | None
    #: For a dispute: the sides, each a set of claims that stand or fall together; else empty.
    sides: tuple[frozenset[int], ...] = ()
    #: Further minimal sets the suspects are part of (the same figure against a relation).
    also: tuple[frozenset[int], ...] = ()
    #: The weight of doubting the suspects, and of the cheapest correction that keeps them
    #: (None when they cannot be kept, or for a dispute).
    cost: Fraction = Fraction(0)
    alternative: Fraction | None = None


def diagnose(
    compiled: Compiled, weights: Mapping[int, Fraction], keep_order: Order
) -> list[Suspicion]:
    """Every suspect and every dispute among the constraints, group by group.

    ``weights`` are the claims' weights (positive); ``keep_order`` ranks claims when a minimal
    set could be formed in several ways (claims that rank higher are dropped first, so findings
    are shown with the most precise figures).
    """
    found: list[Suspicion] = []

    def canonical(c: Constraint) -> tuple[Any, ...]:
        return (sorted(keep_order(i) for i in c.sources), repr(constraint_body(c)))

    for unordered in constraint_groups(compiled):
        # A canonical order: propagation derives its bounds from the preferred claims first,
        # and the order in which constraints were produced changes nothing.
        group = sorted(unordered, key=canonical)
        if not any(c.sources for c in group) or has_witness(group, compiled):
            continue
        found.extend(_Group(group, compiled, weights, keep_order).diagnose())
    return found


class _Group:
    """The diagnosis of one connected group of constraints that has no solution."""

    def __init__(
        self,
        group: Sequence[Constraint],
        compiled: Compiled,
        weights: Mapping[int, Fraction],
        keep_order: Order,
    ) -> None:
        self.group = group
        self.compiled = compiled
        self.keep_order = keep_order
        self.hard = [c for c in group if not c.sources]
        self.by_claim: dict[int, list[Constraint]] = defaultdict(list)
        for c in group:
            for source in c.sources:
                self.by_claim[source].append(c)
        self.active = frozenset(self.by_claim)
        self.weight = {i: weights.get(i, Fraction(1)) for i in self.active}
        #: Minimal sets of claims that cannot hold together, found so far.
        self.pool: list[frozenset[int]] = []
        self._memo: dict[frozenset[int], bool] = {}

    # --- consistency ---------------------------------------------------------------------------

    def kept(self, claims: Iterable[int]) -> list[Constraint]:
        """The constraints that hold when ``claims`` are kept (and the hard ones)."""
        chosen = set(claims)
        seen: dict[int, Constraint] = {}
        for i in chosen:
            for c in self.by_claim.get(i, ()):
                if c.sources <= chosen:
                    seen[id(c)] = c
        return self.hard + sorted(seen.values(), key=self.group.index)

    def consistent(self, claims: set[int] | frozenset[int]) -> bool:
        key = frozenset(claims)
        answer = self._memo.get(key)
        if answer is None:
            answer = self._decide(key)
            self._memo[key] = answer
        return answer

    def _decide(self, claims: frozenset[int]) -> bool:
        kept = self.kept(claims)
        if propagation_conflict(kept, self.compiled) is not None:
            return False
        if has_witness(kept, self.compiled):
            return True
        from factcheck.engine.solver import Z3

        return Z3(kept, self.compiled).consistent(set(claims))

    def minimal_set(self, claims: frozenset[int]) -> frozenset[int]:
        """A minimal inconsistent subset of ``claims`` (which are inconsistent)."""
        seed = propagation_conflict(self.kept(claims), self.compiled)
        start = set(seed) & claims if seed is not None else set(claims)
        if seed is None or self.consistent(start):
            start = set(claims)
        return frozenset(minimise(self.consistent, start, self.keep_order))

    # --- the cheapest correction ---------------------------------------------------------------

    def optimum(self, keep: frozenset[int] = frozenset()) -> frozenset[int] | None:
        """A cheapest set of claims (none of ``keep``) whose removal leaves the rest consistent,
        or None when ``keep`` cannot all hold."""
        while True:
            hitting = _cheapest_hitting_set(self.pool, self.weight, keep, self.keep_order)
            if hitting is None:
                return None
            rest = self.active - hitting
            if self.consistent(rest):
                return hitting
            self.pool.append(self.minimal_set(rest))

    def cost(self, claims: Iterable[int]) -> Fraction:
        return sum((self.weight[i] for i in claims), Fraction(0))

    def diagnose(self) -> list[Suspicion]:
        best = self.optimum()
        assert best is not None
        cheapest = self.cost(best)
        alternatives: list[frozenset[int]] = []
        definite: dict[int, Fraction | None] = {}  # suspect -> cost of keeping it
        for claim in sorted(best, key=self.keep_order):
            if any(claim not in alt for alt in alternatives):
                continue  # already shown to be avoidable
            other = self.optimum(frozenset([claim]))
            if other is not None and self.cost(other) == cheapest:
                alternatives.append(other)
            else:
                definite[claim] = None if other is None else self.cost(other)
        optima = [best, *alternatives]
        while True:  # every other cheapest correction, each with claims no other one removes
            disputed = frozenset().union(*optima) - set(definite)
            other = self.optimum(disputed) if disputed else None
            if other is None or self.cost(other) != cheapest:
                break
            optima.append(other)
        rest = self.active - best
        found = [
            self._suspicion(same, rest, disputed, definite) for same in self._alike(definite)
        ]
        found.extend(self._disputes(disputed, optima, rest))
        return found

    # --- findings ------------------------------------------------------------------------------

    def signature(self, claim: int) -> frozenset[tuple[Any, ...]]:
        """What a claim asserts, as its constraints (claims that assert the same are alike)."""
        return frozenset(constraint_body(c) for c in self.by_claim[claim] if c.sources == {claim})

    def _alike(self, claims: Iterable[int]) -> list[frozenset[int]]:
        """``claims`` grouped by what they assert, in a canonical order."""
        groups: dict[frozenset[tuple[Any, ...]], set[int]] = defaultdict(set)
        for claim in claims:
            groups[self.signature(claim)].add(claim)
        out = [frozenset(g) for g in groups.values()]
        return sorted(out, key=lambda g: min(self.keep_order(i) for i in g))

    def _contradicting(self, claim: int, candidates: frozenset[int]) -> list[int]:
        """The claims among ``candidates`` that contradict ``claim`` on their own."""
        names = _variables(self.by_claim[claim])
        near = [i for i in candidates if names & _variables(self.by_claim[i])]
        return sorted(
            (i for i in near if not self.consistent(frozenset([claim, i]))), key=self.keep_order
        )

    def _suspicion(
        self,
        suspects: frozenset[int],
        rest: frozenset[int],
        disputed: frozenset[int],
        kept_cost: Mapping[int, Fraction | None],
    ) -> Suspicion:
        lead = min(suspects, key=self.keep_order)
        trusted = rest - disputed
        also: list[frozenset[int]] = []
        if not self.consistent(frozenset([lead])):  # it cannot hold on its own
            pairs = self._contradicting(lead, trusted)
            return Suspicion(
                suspects,
                frozenset([lead]),
                frozenset(pairs) - suspects,
                self.gap(lead, frozenset([lead])),
                also=tuple(frozenset([lead, i]) for i in pairs[:1]),
                cost=self.cost(suspects),
                alternative=None,
            )
        pairs = self._contradicting(lead, trusted) or self._contradicting(lead, rest)
        if pairs:
            heaviest = max(self.weight[i] for i in pairs)
            core = frozenset([lead, next(i for i in pairs if self.weight[i] == heaviest)])
            evidence = frozenset(pairs)
            without = (rest - evidence) | {lead}  # the figure against a relation too
            if not self.consistent(without):
                also.append(self.minimal_set(without))
        else:
            core = self.minimal_set(rest | {lead})
            evidence = core - {lead}
            for other in sorted(core - {lead}, key=self.keep_order):  # further minimal sets
                without = (rest - {other}) | {lead}
                if not self.consistent(without):
                    found = self.minimal_set(without)
                    if found not in also:
                        also.append(found)
        for more in also:
            evidence |= more - {lead}
        alternatives = [kept_cost.get(i) for i in suspects if i in kept_cost]
        known = [a for a in alternatives if a is not None]
        return Suspicion(
            suspects,
            core,
            evidence - suspects,
            self.gap(lead, core),
            also=tuple(also),
            cost=self.cost(suspects),
            alternative=min(known) if known and len(known) == len(alternatives) else None,
        )

    def _disputes(
        self, disputed: frozenset[int], optima: Sequence[frozenset[int]], rest: frozenset[int]
    ) -> list[Suspicion]:
        """One suspicion per set of disputed claims that contradict each other, with its sides:
        claims grouped by which of the cheapest corrections remove them."""
        if not disputed:
            return []
        parent = {i: i for i in disputed}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for mus in self.pool:
            linked = sorted(mus & disputed)
            for other in linked[1:]:
                parent[root(other)] = root(linked[0])
        components: dict[int, set[int]] = defaultdict(set)
        for i in disputed:
            components[root(i)].add(i)
        out = []
        for members in components.values():
            by_membership: dict[tuple[bool, ...], set[int]] = defaultdict(set)
            for i in members:
                by_membership[tuple(i in o for o in optima)].add(i)
            sides = sorted(
                (frozenset(s) for s in by_membership.values()),
                key=lambda s: min(self.keep_order(i) for i in s),
            )
            lead = min(sides[0], key=self.keep_order)
            against = frozenset(members) - sides[0]
            pairs = self._contradicting(lead, against)
            if pairs:
                core = frozenset([lead, pairs[0]])
            else:
                core = self.minimal_set((rest - members) | {lead} | against)
            evidence = frozenset(self._contradicting(lead, rest - members)) | (core - {lead})
            gap = self.gap(lead, core)
            out.append(Suspicion(frozenset(members), core, evidence, gap, tuple(sides)))
        return out

    # --- the size of a discrepancy -------------------------------------------------------------

    def gap(self, claim: int, core: frozenset[int]) -> Gap | None:
        """How far ``claim`` is from what the rest of ``core`` admits: the relative gap between
        the nearest admissible values (days, between dates)."""
        others = self.kept(core - {claim})
        domains = propagated_domains(others, self.compiled)
        if domains is None:
            return None
        worst: Gap | None = None
        for c in self.by_claim[claim]:
            if isinstance(c, Congruence) or not c.sources <= core:
                continue
            size = _violation(c, domains)
            if size is None:
                continue
            if worst is None or _gap_key(size) > _gap_key(worst):
                worst = size
        return worst


def constraint_body(c: Constraint) -> tuple[Any, ...]:
    """What a constraint asserts, without the claims it comes from."""
    if isinstance(c, Congruence):
        return ("mod", c.var, c.modulus, c.remainder)
    return (c.terms, c.op, c.rhs)


def _variables(constraints: Iterable[Constraint]) -> set[str]:
    names: set[str] = set()
    for c in constraints:
        if isinstance(c, Congruence):
            names.add(c.var)
        else:
            names.update(name for name, _ in c.terms)
    return names


def _gap_key(gap: Gap) -> tuple[Fraction, int]:
    return (gap.relative or Fraction(0), gap.days or 0)


def _violation(c: Linear, domains: Mapping[str, tuple[Fraction | None, Fraction | None]]
               ) -> Gap | None:  # fmt: skip
    """By how much the values the domains allow miss ``c``: the distance from the nearest
    admissible value of its left side to its bound, relative to the larger of the two sides
    (or in days, between dates)."""
    low_terms: list[Fraction] = []
    high_terms: list[Fraction] = []
    for name, coef in c.terms:
        lo, hi = domains.get(name, (None, None))
        a = None if lo is None else coef * lo
        b = None if hi is None else coef * hi
        if coef < 0:
            a, b = b, a
        if a is None or b is None:
            return None
        low_terms.append(a)
        high_terms.append(b)
    low, high = sum(low_terms, Fraction(0)), sum(high_terms, Fraction(0))
    if c.op in ("<=", "<"):
        miss, at = low - c.rhs, low_terms
    elif c.op in (">=", ">"):
        miss, at = c.rhs - high, high_terms
    else:
        miss, at = max(low - c.rhs, c.rhs - high), low_terms if low > c.rhs else high_terms
    if miss <= 0:
        return Gap(relative=Fraction(0))
    if all(name.startswith("d:") for name, _ in c.terms):
        return Gap(days=math.ceil(miss))
    plus = sum((v for v in at if v > 0), Fraction(0)) + (-c.rhs if c.rhs < 0 else Fraction(0))
    minus = -sum((v for v in at if v < 0), Fraction(0)) + (c.rhs if c.rhs > 0 else Fraction(0))
    scale = max(plus, minus)
    return Gap(relative=miss / scale if scale else None)


def _cheapest_hitting_set(
    sets: Sequence[frozenset[int]],
    weight: Mapping[int, Fraction],
    keep: frozenset[int],
    keep_order: Order,
    budget: int = 200_000,
) -> frozenset[int] | None:
    """The cheapest set of claims (none of ``keep``) that meets every one of ``sets``, by
    branch and bound; ties go to the claims ``keep_order`` ranks last (a canonical choice, and
    the engine reports ties as disputes anyway). None when a set lies wholly in ``keep``.

    Past ``budget`` search steps the best set found so far is returned (a greedy one at worst):
    still a set that meets every minimal set, so the diagnosis stays sound, if not the cheapest.
    """
    candidates = [s - keep for s in sets]
    if any(not s for s in candidates):
        return None
    rank = {i: keep_order(i) for s in candidates for i in s}

    def choice_key(i: int) -> tuple[Any, ...]:
        return (weight[i], tuple(-x if isinstance(x, int) else x for x in rank[i]))

    # A greedy start gives the search a bound to prune by.
    greedy: set[int] = set()
    for s in sorted(candidates, key=len):
        if not s & greedy:
            greedy.add(min(s, key=choice_key))
    best: list[Any] = [sum((weight[i] for i in greedy), Fraction(0)), frozenset(greedy)]
    steps = [budget]

    def search(chosen: frozenset[int], cost: Fraction) -> None:
        if steps[0] <= 0:
            return
        steps[0] -= 1
        open_sets = [s for s in candidates if not s & chosen]
        if not open_sets:
            better = cost < best[0] or (
                cost == best[0] and _tie_key(chosen, choice_key) < _tie_key(best[1], choice_key)
            )
            if better:
                best[0], best[1] = cost, chosen
            return
        # Lower bound: the cheapest claim of the smallest open set must be paid for.
        target = min(open_sets, key=lambda s: (len(s), sorted(map(choice_key, s))))
        if cost + min(weight[i] for i in target) > best[0]:
            return
        for i in sorted(target, key=choice_key):
            search(chosen | {i}, cost + weight[i])

    search(frozenset(), Fraction(0))
    return frozenset(best[1])


def _tie_key(chosen: frozenset[int], key: Callable[[int], Any]) -> list[Any]:
    return sorted(map(key, chosen))
