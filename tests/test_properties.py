"""The engine's promises, as properties over random true worlds (see factcheck.strategies).

The suite runs a modest number of examples; ``HYPOTHESIS_PROFILE=nightly`` runs many more.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Report
from factcheck.claims import ClaimBase
from factcheck.loader import from_claims
from factcheck.numbers import written_interval
from factcheck.strategies import (
    UNITS,
    Label,
    Newsroom,
    Written,
    as_decimal,
    falsify,
    newsrooms,
    renamed,
    reordered,
    true_claims,
    worlds,
)
from factcheck.units import unit_info
from factcheck.writer import dumps

# The suite's runs are derandomized (the same examples every run, so that a red run is
# reproducible and never luck); the nightly profile explores new examples each run.
settings.register_profile(
    "default",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "nightly",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

written_worlds = worlds().flatmap(true_claims)


def _canonical(pair: tuple[str, frozenset[str]]) -> tuple[str, list[str]]:
    # frozensets compare by inclusion, not in a total order: sort by their sorted ids
    return pair[0], sorted(pair[1])


def contradictions(report: Report) -> list[tuple[str, frozenset[str]]]:
    """(rule, claim ids) of every contradiction."""
    return sorted(
        (
            (f.rule, frozenset(c.id for c in f.claims))
            for f in report.findings
            if f.severity == "contradiction"
        ),
        key=_canonical,
    )


def findings(report: Report) -> list[tuple[str, frozenset[str]]]:
    """(rule, claim ids) of every finding."""
    return sorted(
        ((f.rule, frozenset(c.id for c in f.claims)) for f in report.findings), key=_canonical
    )


@given(written_worlds)
def test_no_false_alarms(written: Written) -> None:
    """Claims written from a true world never contradict each other."""
    report = factcheck.check(written.loaded())
    note(written.text)
    assert contradictions(report) == []


@given(written_worlds, st.data())
def test_no_misses(written: Written, data: st.DataObject) -> None:
    """One claim made false beyond its hedge gives a contradiction whose minimal set holds it."""
    candidates = [
        c.id
        for c in written.claims
        if c.id not in written.anchors or isinstance(c, factcheck.EnumerationClaim)
    ]  # falsify leaves the other anchors alone: drawing them would waste the example
    assume(candidates)
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
    expected = [(r, frozenset(prefix + i for i in ids)) for r, ids in before]
    assert sorted(expected, key=_canonical) == after


@given(written_worlds, st.data())
def test_restating_a_value_in_another_unit_changes_nothing(
    written: Written, data: st.DataObject
) -> None:
    """A value restated exactly in another unit of its dimension changes no finding."""
    written = _broken(written, data)
    values = [
        c for c in written.claims if isinstance(c, factcheck.ValueClaim) and c.value is not None
    ]
    claim = data.draw(st.sampled_from(values))
    other = data.draw(st.sampled_from(UNITS[unit_info(claim.unit).dimension]))
    ratio = unit_info(claim.unit).factor / unit_info(other).factor
    assert claim.value is not None
    figure = as_decimal(Fraction(claim.value) * ratio, 12)
    assume(figure is not None)
    assert figure is not None
    interval = written_interval(
        claim.value, precision=claim.precision, scaled=unit_info(claim.unit).rounds_whole
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
    assert _meanings(moved) == _meanings(written)


def _meaning(claim: ClaimBase) -> object:
    """What a claim says: value claims that allow the same values of one measure are one. A
    minimal set may be formed with either of two such claims, and restating one of them changes
    which one the engine shows (its canonical order), not what is found."""
    if isinstance(claim, factcheck.ValueClaim) and claim.tolerance is None:
        interval = claim.interval().scaled(unit_info(claim.unit).factor)
        return ("value", claim.measure, interval)
    return claim.id


def _meanings(written: Written) -> Counter[tuple[str, frozenset[object]]]:
    """(rule, what its claims say) of every finding."""
    by_id = {c.id: c for c in written.claims}
    report = factcheck.check(written.loaded())
    return Counter(
        (f.rule, frozenset(_meaning(by_id[c.id]) for c in f.claims)) for f in report.findings
    )


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
    # == compares numbers by value: the text also keeps written digits ("68.0%" is not "68%")
    assert dumps(again.model) == dumps(loaded.model)


# Many sources on one event: one finding per wrong figure, whatever else is loaded, in whatever
# order (factcheck.strategies.newsrooms plants independent errors in connected groups).

Labels = tuple[Label, ...]
Signature = tuple[str, str | None, Labels, tuple[Labels, ...], object]


def _named(refs: Sequence[factcheck.ClaimRef], labels: dict[tuple[str, str], Label]) -> Labels:
    """The claims' labels, sorted (sets of labels do not sort in a total order)."""
    return tuple(sorted(labels[(r.doc, r.id)] for r in refs))


def signature(
    report: Report, labels: dict[tuple[str, str], Label], *, gaps: bool = True
) -> list[Signature]:
    """What the findings say, whatever the files and ids: rule, status, the claims at fault
    (every claim for a finding that names none), the sides of a dispute, and the gap (unless
    ``gaps`` is false: more evidence may pin the right figure closer). Not the explanation:
    its lower bounds ("keeping it weighs N or more") depend on how far the search went."""

    found = [
        (
            f.rule,
            f.status,
            _named(f.suspects or f.claims, labels),
            tuple(sorted(_named(side, labels) for side in f.sides)),
            f.gap if gaps else None,
        )
        for f in report.findings
    ]
    return sorted(found, key=repr)


def _checked(
    room: Newsroom, data: st.DataObject | None = None, *, gaps: bool = True, **how: object
) -> list[Signature]:
    """The signature of the room's findings, its files rendered as ``how`` says (and shuffled
    when ``data`` is given)."""
    files, labels = room.files(**how)  # type: ignore[arg-type]
    if data is not None:
        files = [files[i] for i in data.draw(st.permutations(range(len(files))), label="files")]
    return signature(factcheck.check(factcheck.Loaded(tuple(files))), labels, gaps=gaps)


def _planted(room: Newsroom) -> list[tuple[str | None, Labels]]:
    """(status, claims at fault) of each planted error."""
    return sorted((("suspect", tuple(sorted(e.wrong))) for e in room.errors), key=repr)


def _found(findings: Sequence[factcheck.Finding], labels: dict[tuple[str, str], Label]
           ) -> list[tuple[str | None, Labels]]:  # fmt: skip
    """(status, claims at fault) of each finding."""
    return sorted(((f.status, _named(f.suspects, labels)) for f in findings), key=repr)


newsrooms_with_ties = st.integers(0, 1).flatmap(lambda ties: newsrooms(ties=ties))


@given(newsrooms())
def test_each_planted_error_is_one_finding_naming_its_wrong_claims(room: Newsroom) -> None:
    """Independent wrong figures (and wrong differences) in one connected group, each given by
    fewer sources than the right one (by weight): one finding per error, whose suspects are
    exactly the claims that give it; a wrong figure against other sources' figures is FC501;
    nothing else is found."""
    files, labels = room.files()
    report = factcheck.check(factcheck.Loaded(tuple(files)))
    note([(f.rule, f.status, f.message) for f in report.findings])
    assert _found(report.findings, labels) == _planted(room)
    figures = {tuple(sorted(e.wrong)) for e in room.errors if " - " not in e.measure}
    for f in report.findings:
        if _named(f.suspects, labels) in figures:
            assert f.rule == "FC501", f.message


@given(newsrooms(ties=1))
def test_a_tie_is_one_disputed_finding_naming_both_sides(room: Newsroom) -> None:
    """Two sources one way and two another, the sides weighing the same: one disputed finding
    whose sides are the two pairs, beside one finding per planted error."""
    files, labels = room.files()
    report = factcheck.check(factcheck.Loaded(tuple(files)))
    note([(f.rule, f.status, f.message) for f in report.findings])
    ((left, right),) = room.ties
    disputed = [f for f in report.findings if f.status == "disputed"]
    assert len(disputed) == 1
    (dispute,) = disputed
    assert dispute.rule == "FC501"
    assert sorted(_named(side, labels) for side in dispute.sides) == sorted(
        [tuple(sorted(left)), tuple(sorted(right))]
    )
    assert _named(dispute.suspects, labels) == tuple(sorted(left | right))
    others = [f for f in report.findings if f.status != "disputed"]
    assert _found(others, labels) == _planted(room)


@given(newsrooms_with_ties, st.data())
def test_the_order_of_files_changes_no_finding(room: Newsroom, data: st.DataObject) -> None:
    """The same files loaded in another order give the same findings."""
    assert _checked(room, data) == _checked(room)


@given(newsrooms_with_ties, st.data())
def test_the_order_of_claims_in_a_file_changes_no_finding(
    room: Newsroom, data: st.DataObject
) -> None:
    """Each file's claims in another order give the same findings."""
    orders = {
        s.name: data.draw(st.permutations(range(len(s.claims))), label=s.name)
        for s in room.sources
    }
    assert _checked(room, claim_orders=orders) == _checked(room)


@given(newsrooms_with_ties, st.sampled_from(["x-", "zz.", "a1_", "renamed-"]))
def test_renaming_claim_ids_changes_no_finding(room: Newsroom, prefix: str) -> None:
    """Every claim id renamed: the same findings about the same claims."""
    assert _checked(room, rename=lambda i: prefix + i[::-1]) == _checked(room)


@given(newsrooms_with_ties, st.data())
def test_splitting_an_article_into_files_changes_no_finding(
    room: Newsroom, data: st.DataObject
) -> None:
    """An article's claims split into several files (each with the article's text: one source)
    give the same findings as the article in one file; merged back, the same again."""
    cuts = {
        s.name: data.draw(st.lists(st.integers(1, max(1, len(s.claims) - 1)), max_size=2))
        for s in room.sources
        if not s.reference
    }
    assert _checked(room, data, cuts=cuts) == _checked(room)


@given(newsrooms_with_ties, st.data())
def test_an_agreeing_file_adds_no_finding_and_removes_none(
    room: Newsroom, data: st.DataObject
) -> None:
    """Another article whose figures are all true (none of a tie's measure) changes nothing
    (but maybe a gap: a more precise right figure may be further from the wrong one)."""
    extra = data.draw(room.agreeing(), label="extra")
    assert _checked(room, extra=[extra], gaps=False) == _checked(room, gaps=False)


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


# Engine gaps the strategies found, kept as minimal claim files and article texts.


def _one_file(*claims: ClaimBase) -> factcheck.Loaded:
    article = factcheck.ArticleInfo(
        id="gap", title="An engine gap", published=date(2023, 5, 2), text="gap.txt"
    )
    text = ". ".join(c.quote_text for c in claims) + "."
    return factcheck.Loaded((from_claims(claims, article=article, text=text),))


@pytest.mark.parametrize("kind", ["enumeration", "span"])
def test_nearly_a_small_count_of_a_list(kind: str) -> None:
    """ "nearly five countries" of four countries, "nearly four continents" of three: true."""
    if kind == "enumeration":
        loaded = _one_file(
            factcheck.EnumerationClaim(
                id="nearly-five",
                quote="in nearly five countries",
                measure="op.countries",
                count=5,
                unit="countries",
                hedge="nearly",
            )
        )
    else:
        loaded = _one_file(
            factcheck.EnumerationClaim(
                id="three",
                quote="three countries: Austria, Brazil and China",
                measure="op.countries",
                count=3,
                unit="countries",
                items=["Austria", "Brazil", "China"],
                complete=True,
                item_type="country",
            ),
            factcheck.SpanClaim(
                id="nearly-four",
                quote="spanned nearly four continents",
                measure="op.continents",
                of="op.countries",
                count=4,
                unit="continents",
                hedge="nearly",
            ),
        )
    assert contradictions(factcheck.check(loaded)) == []


def test_nearly_a_small_count_of_values_holds() -> None:
    """The rule the lists lack, as value claims have it: "nearly 5 countries" of 4 holds."""
    loaded = _one_file(
        factcheck.ValueClaim(
            id="four", quote="4 countries", measure="op.countries", value=4, unit="countries"
        ),
        factcheck.ValueClaim(
            id="nearly-five",
            quote="nearly 5 countries",
            measure="op.countries",
            value=5,
            unit="countries",
            hedge="nearly",
        ),
    )
    assert contradictions(factcheck.check(loaded)) == []
