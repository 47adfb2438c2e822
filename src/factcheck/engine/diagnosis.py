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
a verified witness, and by z3 only when neither settles a set (`solver`: one solver per group,
asked about each set through assumption literals). It is monotone and depends only on the
constraints a set keeps, so a set whose constraints lie within those a witness or model satisfies,
or hold those of a conflict already found, is decided without a call.

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
    Propagation,
    Values,
    constraint_groups,
    has_witness,
    minimise,
    propagate,
    satisfied,
    witness,
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
    #: The kept claims that contradict the suspects directly: each on its own for a figure
    #: (the other sources' figures of its measure), else the core's other claims.
    evidence: frozenset[int]
    #: How far apart the nearest admissible values are, when it can be measured.
    gap: Gap | None
    #: For a dispute: the sides, each a set of claims that stand or fall together; else empty.
    sides: tuple[frozenset[int], ...] = ()
    #: Further minimal sets the suspects are part of (the same figure against a relation).
    also: tuple[frozenset[int], ...] = ()
    #: The weight of doubting the suspects, and at least what the other claims to doubt in
    #: their place would weigh (None when they cannot be kept, or for a dispute).
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
        found.extend(_Group(group, compiled, weights, keep_order, tried=True).diagnose())
    return found


class _Group:
    """The diagnosis of one connected group of constraints that has no solution."""

    def __init__(
        self,
        group: Sequence[Constraint],
        compiled: Compiled,
        weights: Mapping[int, Fraction],
        keep_order: Order,
        tried: bool = False,
    ) -> None:
        """``tried``: a witness of the whole group was looked for and not found."""
        self.group = group
        #: Each constraint's place in the group (kept constraints keep the group's order).
        self.place = {id(c): n for n, c in enumerate(group)}
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
        #: Each constraint as what it asserts (a number per distinct body): whether claims can
        #: hold depends on the constraints they keep, not on which claims state them, so two
        #: sets of claims that keep the same constraints (a figure restated by another source)
        #: are decided alike.
        bodies: dict[tuple[Any, ...], int] = {}
        self._body = {id(c): bodies.setdefault(constraint_body(c), len(bodies)) for c in group}
        self._hard_bodies = frozenset(self._body[id(c)] for c in self.hard)
        #: Sets of constraints (as bodies) shown to hold together, and shown not to: the
        #: constraints a witness or a z3 model satisfies, a propagation conflict's, a set z3
        #: refutes. Consistency is monotone (constraints within a set that holds can hold;
        #: constraints holding a set that cannot, cannot), so a set of claims whose constraints
        #: lie within one of the first, or hold one of the second, needs no solver.
        self._holds: list[frozenset[int]] = []
        self._fails: list[frozenset[int]] = []
        #: What propagation derived from each set of claims it was run on (a conflict, or the
        #: bounds): the seed of its minimal set, or the bounds of a gap, without a second pass.
        self._propagated: dict[frozenset[int], Propagation] = {}
        self._tried = tried
        #: One z3 solver for the whole group, asked about each set of claims through their
        #: assumption literals (built when propagation and a witness first fail to decide).
        self._z3: Any = None

    # --- consistency ---------------------------------------------------------------------------

    def kept(self, claims: Iterable[int]) -> list[Constraint]:
        """The constraints that hold when ``claims`` are kept (and the hard ones)."""
        chosen = set(claims)
        seen: dict[int, Constraint] = {}
        for i in chosen:
            for c in self.by_claim.get(i, ()):
                if c.sources <= chosen:
                    seen[id(c)] = c
        return self.hard + sorted(seen.values(), key=lambda c: self.place[id(c)])

    def content(self, claims: frozenset[int]) -> frozenset[int]:
        """The constraints kept when ``claims`` are kept (and the hard ones), as bodies."""
        out = set(self._hard_bodies)
        for i in claims:
            for c in self.by_claim.get(i, ()):
                if c.sources <= claims:
                    out.add(self._body[id(c)])
        return frozenset(out)

    def consistent(self, claims: set[int] | frozenset[int]) -> bool:
        key = frozenset(claims)
        answer = self._known(key)
        if answer is None:
            answer = self._memo[key] = self._decide(key)
        return answer

    def _known(self, key: frozenset[int]) -> bool | None:
        """Whether ``key`` can hold, when what was decided already says so (monotonicity)."""
        answer = self._memo.get(key)
        if answer is None:
            if any(mus <= key for mus in self.pool):
                answer = False
            else:
                content = self.content(key)
                if any(content <= known for known in self._holds):
                    answer = True
                elif any(known <= content for known in self._fails):
                    answer = False
            if answer is not None:
                self._memo[key] = answer
        return answer

    def _propagation(self, claims: frozenset[int]) -> Propagation:
        found = self._propagated.get(claims)
        if found is None:
            found = self._propagated[claims] = propagate(self.kept(claims), self.compiled)
        return found

    def _decide(self, claims: frozenset[int]) -> bool:
        """Decide whether ``claims`` can hold, and record what the deciding showed: the
        constraints of a propagation conflict (any set holding them cannot hold either), or
        every constraint of the group that the witness or model showing ``claims`` hold also
        satisfies (any set within them can hold: the same values are a solution of it)."""
        found = self._propagation(claims)
        if found.conflict is not None:
            self._fails.append(self.content(found.conflict))
            return False
        tried = self._tried and claims == self.active  # diagnose() looked for this one
        values = None if tried else witness(self.kept(claims), self.compiled)
        if values is not None:
            self._holds.append(self._satisfied_by(values))
            return True
        if self._z3 is None:
            from factcheck.engine.solver import Z3

            self._z3 = Z3(self.group, self.compiled)
        if not self._z3.consistent(set(claims)):
            self._fails.append(self.content(claims))
            return False
        self._holds.append(self._satisfied_by(self._z3.model()) | self.content(claims))
        return True

    def _satisfied_by(self, values: Values) -> frozenset[int]:
        """The constraints of the group that ``values`` satisfy (values that are whole and not
        below zero where they must be: a witness's, a z3 model's), as bodies."""
        return frozenset(self._body[id(c)] for c in self.group if satisfied(c, values))

    def minimal_set(self, claims: frozenset[int]) -> frozenset[int]:
        """A minimal inconsistent subset of ``claims`` (which are inconsistent)."""
        seed = self._propagation(claims).conflict
        start = set(seed) & claims if seed is not None else set(claims)
        if seed is None or self.consistent(start):
            start = set(claims)
        return frozenset(minimise(self.consistent, start, self.keep_order))

    # --- the cheapest correction ---------------------------------------------------------------

    def optimum(
        self, keep: frozenset[int] = frozenset(), limit: Fraction | None = None
    ) -> frozenset[int] | Fraction | None:
        """A cheapest set of claims (none of ``keep``) whose removal leaves the rest consistent,
        or None when ``keep`` cannot all hold. With ``limit``: as soon as every such set is
        shown to weigh more than ``limit``, that lower bound (a weight) instead."""
        while True:
            if limit is not None:
                floor = _packing_bound(self.pool, self.weight, keep)
                if floor is not None and floor > limit:
                    return floor
            hitting = _cheapest_hitting_set(self.pool, self.weight, keep, self.keep_order)
            if hitting is None:
                return None
            if limit is not None and self.cost(hitting) > limit:
                return self.cost(hitting)
            rest = self.active - hitting
            if self.consistent(rest):
                return hitting
            # Collect a correction's worth of minimal sets at once: after each, set aside its
            # cheapest claim (as a greedy correction would) and look again, so one hitting set
            # is computed per round rather than per minimal set.
            probe = rest
            while not self.consistent(probe):
                found = self.minimal_set(probe)
                self.pool.append(found)
                free = found - keep
                if not free:
                    break
                probe = probe - {min(free, key=self._drop_first)}
                if limit is not None:
                    floor = _packing_bound(self.pool, self.weight, keep)
                    if floor is not None and floor > limit:
                        return floor

    def _drop_first(self, claim: int) -> tuple[Any, ...]:
        """Cheapest first; among equals, the claims ranked to be dropped first."""
        return (self.weight[claim], tuple(-x for x in self.keep_order(claim)))

    def cost(self, claims: Iterable[int]) -> Fraction:
        return sum((self.weight[i] for i in claims), Fraction(0))

    def diagnose(self) -> list[Suspicion]:
        best = self.optimum()
        assert isinstance(best, frozenset)
        cheapest = self.cost(best)
        alternatives: list[frozenset[int]] = []
        definite: dict[int, Fraction | None] = {}  # suspect -> what keeping it weighs at least
        for claim in sorted(best, key=self.keep_order):
            if any(claim not in alt for alt in alternatives):
                continue  # already shown to be avoidable
            other = self.optimum(frozenset([claim]), limit=cheapest)
            if isinstance(other, frozenset) and self.cost(other) == cheapest:
                alternatives.append(other)
            else:
                total = other if isinstance(other, Fraction) else (
                    None if other is None else self.cost(other)
                )
                # what keeping it would add: the others it would take to doubt, past itself
                definite[claim] = None if total is None else total - cheapest + self.weight[claim]
        optima = [best, *alternatives]
        while True:  # every other cheapest correction, each with claims no other one removes
            disputed = frozenset().union(*optima) - set(definite)
            other = self.optimum(disputed, limit=cheapest) if disputed else None
            if not isinstance(other, frozenset) or self.cost(other) != cheapest:
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

    def _with_restatements(self, claims: frozenset[int], pool: frozenset[int]) -> frozenset[int]:
        """``claims`` and the claims of ``pool`` that assert the same as one of them (another
        source's identical figure contradicts the suspect just as much)."""
        # A claim whose every constraint it shares with another claim (a conversion, with its
        # rate; a rate) asserts nothing alone: an empty signature is no restatement of another.
        said = {sig for i in claims if (sig := self.signature(i))}
        return claims | {i for i in pool if self.signature(i) in said}

    def _contradicting(self, claim: int, candidates: frozenset[int]) -> list[int]:
        """The claims among ``candidates`` that contradict ``claim`` on their own."""
        names = _variables(self.by_claim[claim])
        near = [i for i in candidates if names & _variables(self.by_claim[i])]
        return sorted(self._against(claim, sorted(near, key=self.keep_order)), key=self.keep_order)

    def _against(self, claim: int, others: list[int]) -> list[int]:
        """The claims of ``others`` that cannot hold with ``claim`` (each pair decided exactly),
        asked of them together first: most of a claim's neighbours agree with it, and a set
        that holds with it answers for each of them, a propagation conflict of two names one
        that does not (and every claim that restates it). When a set cannot hold and names no
        pair, the pairs left are asked one by one."""
        against: list[int] = []
        pending = list(others)
        together = True
        while pending:
            left: list[int] = []
            for i in pending:
                known = self._known(frozenset([claim, i]))
                if known is None:
                    left.append(i)
                elif not known:
                    against.append(i)
            if not left:
                break
            if len(left) == 1 or not together:
                against.extend(i for i in left if not self.consistent(frozenset([claim, i])))
                break
            if self.consistent(frozenset([claim, *left])):
                break
            # went on together only while a conflict of the set names a pair that cannot hold
            together = any(self._known(frozenset([claim, i])) is False for i in left)
            pending = left
        return against

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
            # another figure of the same measure when one contradicts it (a relation the figure
            # also breaks is named as what it cannot hold with either), the heaviest first
            own = _variables(self.by_claim[lead])
            partner = min(
                pairs, key=lambda i: (_variables(self.by_claim[i]) != own, -self.weight[i])
            )
            core = frozenset([lead, partner])
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
        evidence = self._with_restatements(evidence, trusted)
        alternatives = [kept_cost.get(i) for i in suspects if i in kept_cost]
        known = [a for a in alternatives if a is not None]
        gaps = (self.gap(lead, c) for c in (core, *also))
        return Suspicion(
            suspects,
            core,
            evidence - suspects,
            next((g for g in gaps if g is not None), None),
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
            for mus in self.pool:  # every kept claim the dispute's minimal sets hold
                if mus & members:
                    evidence |= mus & (rest - members)
            evidence = self._with_restatements(evidence, rest - members)
            gap = self._dispute_gap(sides, members, rest) or self.gap(lead, core)
            out.append(Suspicion(frozenset(members), core, evidence, gap, tuple(sides)))
        return out

    # --- the size of a discrepancy -------------------------------------------------------------

    def _dispute_gap(
        self, sides: Sequence[frozenset[int]], members: set[int], rest: frozenset[int]
    ) -> Gap | None:
        """The smallest gap any side's claim has against the others: the dispute is only as
        large as its smallest correction ("151 against 150" is 0.66%, not 13 against 12)."""
        gaps = []
        for side in sides:
            lead = min(side, key=self.keep_order)
            others = (rest - members) | (frozenset(members) - side) | {lead}
            if self.consistent(others):
                continue
            found = self.gap(lead, self.minimal_set(others))
            if found is not None and found.relative is not None:
                gaps.append(found)
        return min(gaps, key=_gap_key) if gaps else None

    def gap(self, claim: int, core: frozenset[int]) -> Gap | None:
        """How far ``claim`` is from what the rest of ``core`` admits: the relative gap between
        the nearest admissible values (days, between dates)."""
        domains = self._propagation(core - {claim}).domains
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
    (or in days, between dates). None when the domains do not bound the side that matters."""
    low_terms: list[Fraction] | None = []
    high_terms: list[Fraction] | None = []
    for name, coef in c.terms:
        lo, hi = domains.get(name, (None, None))
        small, large = (lo, hi) if coef > 0 else (hi, lo)
        if low_terms is not None:
            low_terms = None if small is None else [*low_terms, coef * small]
        if high_terms is not None:
            high_terms = None if large is None else [*high_terms, coef * large]
    low = None if low_terms is None else sum(low_terms, Fraction(0))
    high = None if high_terms is None else sum(high_terms, Fraction(0))
    misses: list[tuple[Fraction, list[Fraction]]] = []
    if c.op in ("<=", "<", "==") and low is not None and low_terms is not None:
        misses.append((low - c.rhs, low_terms))
    if c.op in (">=", ">", "==") and high is not None and high_terms is not None:
        misses.append((c.rhs - high, high_terms))
    if not misses:
        return None
    miss, at = max(misses, key=lambda m: m[0])
    if miss <= 0:
        return Gap(relative=Fraction(0))
    if all(name.startswith("d:") for name, _ in c.terms):
        return Gap(days=math.ceil(miss))
    plus = sum((v for v in at if v > 0), Fraction(0)) + (-c.rhs if c.rhs < 0 else Fraction(0))
    minus = -sum((v for v in at if v < 0), Fraction(0)) + (c.rhs if c.rhs > 0 else Fraction(0))
    scale = max(plus, minus)
    return Gap(relative=miss / scale if scale else None)


def _packing_bound(
    sets: Sequence[frozenset[int]], weight: Mapping[int, Fraction], keep: frozenset[int]
) -> Fraction | None:
    """A lower bound on what any set meeting every one of ``sets`` (none of ``keep``) weighs:
    disjoint sets, each costing at least its cheapest claim. None when a set lies in ``keep``."""
    open_sets = [s - keep for s in sets]
    if any(not s for s in open_sets):
        return None
    used: set[int] = set()
    total = Fraction(0)
    for s in sorted(open_sets, key=lambda s: (-min(weight[i] for i in s), len(s), sorted(s))):
        if not s & used:
            used |= s
            total += min(weight[i] for i in s)
    return total


def _cheapest_hitting_set(
    sets: Sequence[frozenset[int]],
    weight: Mapping[int, Fraction],
    keep: frozenset[int],
    keep_order: Order,
    budget: int = 20_000,
) -> frozenset[int] | None:
    """The cheapest set of claims (none of ``keep``) that meets every one of ``sets``; ties go
    to the claims ``keep_order`` ranks last (a canonical choice: the engine reports ties as
    disputes anyway). None when a set lies wholly in ``keep``.

    Exact by branch and bound, one component of overlapping sets at a time, after dropping
    supersets; the bound is a packing of disjoint open sets, each of which costs at least its
    cheapest claim. Past ``budget`` search steps in a component, the best set found so far is
    kept (a greedy one at worst): it still meets every set, so the diagnosis stays sound, if not
    always the cheapest.
    """
    candidates = {s - keep for s in sets}
    if any(not s for s in candidates):
        return None
    minimal = [s for s in candidates if not any(t < s for t in candidates)]
    rank = {i: keep_order(i) for s in minimal for i in s}
    key = {i: (weight[i], tuple(-x if isinstance(x, int) else x for x in rank[i])) for i in rank}
    parent = {i: i for i in rank}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for s in minimal:
        first, *rest = sorted(s)
        for other in rest:
            parent[root(other)] = root(first)
    components: dict[int, list[frozenset[int]]] = defaultdict(list)
    for s in minimal:
        components[root(min(s))].append(s)
    chosen: set[int] = set()
    for part in components.values():
        chosen |= _hit_component(part, weight, key, budget)
    return frozenset(chosen)


def _hit_component(
    sets: Sequence[frozenset[int]],
    weight: Mapping[int, Fraction],
    key: Mapping[int, tuple[Any, ...]],
    budget: int,
) -> set[int]:
    sets = sorted(sets, key=lambda s: sorted(key[i] for i in s))
    elements = sorted({i for s in sets for i in s}, key=key.__getitem__)
    bit = {e: 1 << n for n, e in enumerate(elements)}
    hits = {e: 0 for e in elements}  # element -> mask of the sets it meets
    members: list[int] = []  # set -> mask of its elements
    cheapest: list[Fraction] = []
    for n, s in enumerate(sets):
        mask = 0
        for e in s:
            hits[e] |= 1 << n
            mask |= bit[e]
        members.append(mask)
        cheapest.append(min(weight[e] for e in s))
    full = (1 << len(sets)) - 1
    by_cost = sorted(range(len(sets)), key=lambda n: -cheapest[n])
    by_size = sorted(range(len(sets)), key=lambda n: len(sets[n]))
    ordered = {n: sorted(sets[n], key=key.__getitem__) for n in range(len(sets))}

    greedy: list[int] = []
    covered = 0
    for n in range(len(sets)):
        if not covered >> n & 1:
            e = ordered[n][0]
            greedy.append(e)
            covered |= hits[e]
    best_cost = sum((weight[e] for e in greedy), Fraction(0))
    best = sorted(greedy, key=key.__getitem__)
    steps = budget

    def bound(covered: int) -> Fraction:
        used = 0
        total = Fraction(0)
        for n in by_cost:
            if not covered >> n & 1 and not members[n] & used:
                used |= members[n]
                total += cheapest[n]
        return total

    def search(covered: int, cost: Fraction, picked: list[int]) -> None:
        nonlocal best, best_cost, steps
        if steps <= 0:
            return
        steps -= 1
        if covered == full:
            if cost < best_cost:
                best, best_cost = sorted(picked, key=key.__getitem__), cost
            elif cost == best_cost:
                tie = sorted(picked, key=key.__getitem__)
                if [key[e] for e in tie] < [key[e] for e in best]:
                    best = tie
            return
        if cost + bound(covered) > best_cost:
            return
        target = next(n for n in by_size if not covered >> n & 1)
        for e in ordered[target]:
            search(covered | hits[e], cost + weight[e], [*picked, e])

    search(0, Fraction(0), [])
    return set(best)
