"""The engine's promises, as properties over random true worlds (see factcheck.strategies).

The suite runs a modest number of examples; ``HYPOTHESIS_PROFILE=nightly`` runs many more.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Report
from factcheck.numbers import written_interval
from factcheck.strategies import (
    UNITS,
    Written,
    as_decimal,
    falsify,
    renamed,
    reordered,
    true_claims,
    worlds,
)
from factcheck.units import unit_info
from factcheck.writer import dumps

settings.register_profile(
    "default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "nightly", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

written_worlds = worlds().flatmap(true_claims)


def contradictions(report: Report) -> list[tuple[str, frozenset[str]]]:
    """(rule, claim ids) of every contradiction."""
    return sorted(
        (f.rule, frozenset(c.id for c in f.claims))
        for f in report.findings
        if f.severity == "contradiction"
    )


def findings(report: Report) -> list[tuple[str, frozenset[str]]]:
    """(rule, claim ids) of every finding."""
    return sorted((f.rule, frozenset(c.id for c in f.claims)) for f in report.findings)


@given(written_worlds)
def test_no_false_alarms(written: Written) -> None:
    """Claims written from a true world never contradict each other."""
    report = factcheck.check(written.loaded())
    note(written.text)
    assert contradictions(report) == []


@given(written_worlds, st.data())
def test_no_misses(written: Written, data: st.DataObject) -> None:
    """One claim made false beyond its hedge gives a contradiction whose minimal set holds it."""
    candidates = [c.id for c in written.claims]
    claim_id = data.draw(st.sampled_from(candidates))
    broken = falsify(written, claim_id, data.draw(st.integers(0, 6)))
    assume(broken is not None)
    assert broken is not None
    note(broken.text)
    report = factcheck.check(broken.loaded())
    assert any(
        f.severity == "contradiction" and f.rule != "FC102" and claim_id in {c.id for c in f.claims}
        for f in report.findings
    ), [(f.rule, f.message) for f in report.findings]


def _broken(written: Written, data: st.DataObject) -> Written:
    """The world's claims, maybe with one falsified (so that invariances see findings too)."""
    if data.draw(st.booleans()):
        claim_id = data.draw(st.sampled_from([c.id for c in written.claims]))
        broken = falsify(written, claim_id)
        if broken is not None:
            return broken
    return written


@given(written_worlds, st.data())
def test_reordering_claims_changes_nothing(written: Written, data: st.DataObject) -> None:
    """Claims in another order give the same findings."""
    written = _broken(written, data)
    order = data.draw(st.permutations(range(len(written.claims))))
    first = factcheck.check(written.loaded())
    second = factcheck.check(reordered(written, order).loaded())
    assert findings(first) == findings(second)


@given(written_worlds, st.data())
def test_splitting_a_file_changes_nothing(written: Written, data: st.DataObject) -> None:
    """The same claims in two files give the same findings (and the same across file order)."""
    written = _broken(written, data)
    cut = data.draw(st.integers(0, len(written.claims)))
    whole = factcheck.check(written.loaded())
    split = written.loaded(split=cut)
    assert findings(factcheck.check(split)) == findings(whole)
    swapped = factcheck.Loaded(tuple(reversed(split.files)))
    assert findings(factcheck.check(swapped)) == findings(whole)


@given(written_worlds, st.data())
def test_renaming_ids_changes_nothing(written: Written, data: st.DataObject) -> None:
    """Renaming every claim id renames the findings' claims and changes nothing else."""
    written = _broken(written, data)
    prefix = data.draw(st.sampled_from(["x-", "zz.", "a1_"]))
    before = findings(factcheck.check(written.loaded()))
    after = findings(factcheck.check(renamed(written, lambda i: prefix + i).loaded()))
    assert [(r, frozenset(prefix + i for i in ids)) for r, ids in before] == after


@given(written_worlds, st.data())
def test_restating_a_value_in_another_unit_changes_nothing(
    written: Written, data: st.DataObject
) -> None:
    """A value restated exactly in another unit of its dimension changes no finding."""
    written = _broken(written, data)
    values = [c for c in written.claims if isinstance(c, factcheck.ValueClaim)]
    claim = data.draw(st.sampled_from(values))
    other = data.draw(st.sampled_from(UNITS[unit_info(claim.unit).dimension]))
    ratio = unit_info(claim.unit).factor / unit_info(other).factor
    figure = as_decimal(Fraction(claim.value) * ratio, 12)
    assume(figure is not None)
    assert figure is not None
    interval = written_interval(
        claim.value, precision=claim.precision, scaled=unit_info(claim.unit).scale > 1
    )
    assert interval.lo is not None and interval.hi is not None
    step = (interval.hi - interval.lo) * ratio
    hedge = "" if claim.hedge is factcheck.Hedge.EXACT else f"{claim.hedge.value} "
    quote = f"{claim.measure} was {hedge}{format(figure, 'f')} {other}"
    restated = factcheck.ValueClaim(
        id=claim.id,
        quote=quote,
        measure=claim.measure,
        value=figure,
        unit=other,
        hedge=claim.hedge,
        tolerance=claim.tolerance,
        precision=step,
    )
    claims = tuple(restated if c.id == claim.id else c for c in written.claims)
    moved = Written(written.world, claims, written.text + " " + quote + ".", written.anchors)
    assert findings(factcheck.check(moved.loaded())) == findings(factcheck.check(written.loaded()))


@given(written_worlds)
def test_round_trip_through_toml(written: Written) -> None:
    """Claims built in Python, written to TOML and loaded again are the same claims."""
    loaded = written.loaded().files[0]
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "world.txt").write_text(written.text, encoding="utf-8")
        path = Path(folder, "world.toml")
        path.write_text(dumps(loaded.model), encoding="utf-8")
        again = factcheck.load_file(path)
    assert again.model == loaded.model


toml_scalars = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.lists(st.integers(), max_size=3),
)
toml_documents = st.dictionaries(
    st.sampled_from(
        [
            "article",
            "reference",
            "claim",
            "measures",
            "acknowledge",
            "tolerances",
            "id",
            "kind",
            "x",
        ]
    ),
    st.recursive(
        toml_scalars,
        lambda inner: st.one_of(
            st.dictionaries(
                st.sampled_from(
                    [
                        "id",
                        "kind",
                        "quote",
                        "measure",
                        "value",
                        "unit",
                        "items",
                        "title",
                        "published",
                        "text",
                        "rule",
                        "claims",
                        "note",
                        "hedge",
                        "of",
                        "count",
                    ]
                ),
                inner,
                max_size=6,
            ),
            st.lists(
                st.dictionaries(
                    st.sampled_from(
                        ["id", "kind", "quote", "measure", "value", "unit", "of", "count", "items"]
                    ),
                    inner,
                    max_size=6,
                ),
                max_size=3,
            ),
        ),
        max_leaves=12,
    ),
    max_size=5,
)


@given(st.one_of(st.text(), st.binary().map(lambda b: b.decode("latin-1"))))
def test_loader_on_arbitrary_text(text: str) -> None:
    """Any text at all loads or raises ClaimFileError; nothing else escapes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "x.toml")
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        with contextlib.suppress(factcheck.ClaimFileError):
            factcheck.load(path)


@given(toml_documents)
def test_loader_on_arbitrary_toml(document: dict[str, object]) -> None:
    """Any TOML document loads or raises ClaimFileError; nothing else escapes."""
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "a.txt").write_text("281 arrests", encoding="utf-8")
        path = Path(folder, "x.toml")
        path.write_text(text, encoding="utf-8")
        try:
            report = factcheck.check(factcheck.load(path))
        except factcheck.ClaimFileError:
            return
        assert report.exit_code in (0, 1)


@pytest.mark.parametrize("dimension", sorted(UNITS))
def test_strategy_units_convert_exactly(dimension: str) -> None:
    """The units the strategies restate values in belong to one dimension each."""
    assert {unit_info(u).dimension for u in UNITS[dimension]} == {dimension}
