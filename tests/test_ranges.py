"""Ranges as one claim: "between 10 and 20 kg", "50 to 100 times", "10-15%", "3 to 5 years"."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from factcheck import ClaimFileError, DurationClaim, MultipleClaim, ShareClaim, ValueClaim
from factcheck.loader import from_claims, load_file
from factcheck.numbers import Hedge, range_interval
from factcheck.quotes import ranges_in

COPY = Path(__file__).parent / "copy"
#: Copy written in the styles of several outlets, its claims stating ranges.
RANGE_COPY = sorted(COPY.glob("*.toml"))


def _findings(loaded: factcheck.Loaded) -> list[tuple[str, str]]:
    """The findings, FC902 left out: the copy's claim files claim its ranges, not every figure."""
    return [(f.rule, f.message) for f in factcheck.check(loaded).findings if f.rule != "FC902"]


def _one(*claims: factcheck.ClaimBase, text: str | None = None) -> factcheck.Loaded:
    article = factcheck.ArticleInfo(id="r", title="Ranges", published="2025-01-02", text="r.txt")
    body = text if text is not None else ". ".join(c.quote_text for c in claims) + "."
    return factcheck.Loaded((from_claims(claims, article=article, text=body),))


@pytest.mark.parametrize("path", RANGE_COPY, ids=lambda p: p.stem)
def test_copy_in_outlet_styles_raises_nothing(path: Path) -> None:
    """Ranges as AP, Reuters, the BBC, the Guardian and a local paper write them: no finding."""
    assert _findings(factcheck.load(path)) == []


def _range_claims() -> list[tuple[Path, str]]:
    return [
        (path, claim.id)
        for path in RANGE_COPY
        for claim in load_file(path).claims
        if claim.__dict__.get("range") is not None
    ]


@pytest.mark.parametrize(("path", "claim_id"), _range_claims(), ids=lambda x: getattr(x, "stem", x))
def test_a_range_claim_that_misreads_its_quote_is_found(path: Path, claim_id: str) -> None:
    """Every range of the copy is read from its quote: a wrong high end is FC102."""
    loaded = load_file(path)
    claims = []
    for claim in loaded.claims:
        if claim.id == claim_id:
            low, high = claim.__dict__["range"]
            claim = claim.model_copy(update={"range": (low, high + high)})
        claims.append(claim)
    assert loaded.model.article is not None
    wrong = from_claims(
        claims, article=loaded.model.article, text=loaded.text, measures=loaded.measures
    )
    found = _findings(factcheck.Loaded((wrong,)))
    assert [rule for rule, message in found if claim_id in message] == ["FC102"], found


@pytest.mark.parametrize(
    ("low", "high", "unit", "expected"),
    [
        ("1.5", "2.5", "million people", "[1.45, 2.55)"),
        (10, 20, "kg", "[9.5, 20.5)"),
        (10, 20, "people", "[10, 20]"),
        (2, 3, "million USD", "[1.5, 3.5)"),
        ("1,200", "1,500", "offences", "[1200, 1500]"),
    ],
)
def test_a_range_reads_each_end_at_its_written_precision(
    low: object, high: object, unit: str, expected: str
) -> None:
    """Both ends are included, each widened by its written precision as a lone figure is (a
    measured whole figure to one of its unit, a count exact)."""
    claim = ValueClaim(id="r", quote="q", measure="a.b", range=[low, high], unit=unit)
    assert claim.interval().describe() == expected


def test_about_widens_a_range_at_both_ends() -> None:
    """ "about 10 to 20" is [9, 22] under the default 10% tolerance, [8, 24] under 20%."""
    assert range_interval(Decimal(10), Decimal(20), Hedge.ABOUT).describe() == "[9, 22]"
    assert range_interval(Decimal(10), Decimal(20), Hedge.ABOUT, Fraction(1, 5)).describe() == (
        "[8, 24]"
    )


def test_a_figure_outside_a_range_contradicts_it() -> None:
    """ "between 10 and 20 kg" and "25 kg" of one measure: FC101; "15 kg" agrees."""
    ranged = ValueClaim(
        id="range", quote="between 10 and 20 kg", measure="a.b", range=[10, 20], unit="kg"
    )
    inside = ValueClaim(id="in", quote="15 kg", measure="a.b", value=15, unit="kg")
    outside = ValueClaim(id="out", quote="25 kg", measure="a.b", value=25, unit="kg")
    assert _findings(_one(ranged, inside)) == []
    assert [rule for rule, _ in _findings(_one(ranged, outside))] == ["FC101"]
    message = _findings(_one(ranged, outside))[0][1]
    assert message == "disputed: 25 kg against 10 to 20 kg for a.b"


def test_a_range_of_factors_is_checked_against_the_figures() -> None:
    """ "two to three times" of 100 and 350: FC202; of 100 and 250: it holds."""
    base = ValueClaim(id="b", quote="100 arrests", measure="a.before", value=100, unit="arrests")
    for after, rules in ((250, []), (350, ["FC202"])):
        now = ValueClaim(
            id="n", quote=f"{after} arrests", measure="a.after", value=after, unit="arrests"
        )
        grown = MultipleClaim(
            id="g", quote="grew two to three times", measure="a.after", of="a.before",
            range=["double", "triple"],
        )  # fmt: skip
        assert [rule for rule, _ in _findings(_one(base, now, grown))] == rules


def test_a_range_of_shares_is_checked_against_the_figures() -> None:
    """ "10-15% of 200" is 19 to 31 at the widest reading of 10% and 15%: 40 is too many."""
    whole = ValueClaim(id="w", quote="200 people", measure="a.all", value=200, unit="people")
    part = ValueClaim(id="p", quote="40 people", measure="a.some", value=40, unit="people")
    share = ShareClaim(
        id="s", quote="10-15% of them", measure="a.some", of="a.all", range=["10%", "15%"]
    )
    assert [rule for rule, _ in _findings(_one(whole, part, share))] == ["FC202"]


SPELLINGS = [
    ("50 to 100 times", 50, 100),
    ("50-100 times", 50, 100),
    ("50\u2013100 times", 50, 100),
    ("between 50 and 100 times", 50, 100),
    ("from 50 to 100 times", 50, 100),
    ("10-15%", Fraction(1, 10), Fraction(3, 20)),
    ("10% to 15%", Fraction(1, 10), Fraction(3, 20)),
    ("10 to 15 per cent", Fraction(1, 10), Fraction(3, 20)),
    ("$2 million to $3 million", 2_000_000, 3_000_000),
    ("$2m-$3m", 2_000_000, 3_000_000),
    ("$2-3 million", 2_000_000, 3_000_000),
    ("between \u20ac2.5bn and \u20ac3bn", 2_500_000_000, 3_000_000_000),
    ("3 to 5 years", 3, 5),
    ("three to five years", 3, 5),
    ("1.5-2.5 million people", 1_500_000, 2_500_000),
    ("between a third and a half", Fraction(1, 3), Fraction(1, 2)),
    ("20 g to 30 g", 20, 30),
    ("six months to two years", Fraction(1, 2), 2),
]


@pytest.mark.parametrize(("text", "low", "high"), SPELLINGS)
def test_the_quote_reader_reads_a_range_whole(text: str, low: object, high: object) -> None:
    """Every spelling of a range is one range, the units and scale of one end carried over."""
    assert [(r.low, r.high) for r in ranges_in(f"it was {text}, they said")] == [(low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "arrests rose from 150 to 281",
        "it fell from 10 to 5",
        "the council voted 5-4",
        "a 3-1 win",
        "10 and 20 people",
        "sales rose 5% to 300 stores",
        "12 kg to 300 people",
    ],
)
def test_two_figures_that_are_not_a_range(text: str) -> None:
    """A change ("rose from 150 to 281"), a score, or figures in different units: no range."""
    assert ranges_in(text) == []


def test_a_single_figure_quoted_from_a_range_is_a_finding() -> None:
    """ "10 to 20 kilograms" claimed as "at least 10 kg": FC102 says the quote gives a range."""
    claim = ValueClaim(
        id="one", quote="seized 10 to 20 kilograms", measure="a.b", value=10, unit="kg",
        hedge="at least",
    )  # fmt: skip
    found = dict(_findings(_one(claim)))
    assert found["FC102"] == (
        "claim one: the quote gives a range, '10 to 20 kilograms', but the claim's value is one"
        " figure, 10; state the range (10 to 20) with range = [low, high]"
    )


def test_a_range_claim_whose_quote_gives_one_figure_is_a_finding() -> None:
    """A range claimed of "15 kilograms": FC102 says the quote gives no range."""
    claim = ValueClaim(id="r", quote="15 kilograms", measure="a.b", range=[10, 20], unit="kg")
    assert _findings(_one(claim)) == [
        (
            "FC102",
            "claim r: the claim's range is 10 to 20 but the quote gives no range (it has '15"
            " kilograms')",
        )
    ]


def test_a_range_claim_with_other_ends_than_its_quote_is_a_finding() -> None:
    """ "10 to 25 kg" claimed as [10, 20]: FC102 shows the quote's range."""
    claim = ValueClaim(id="r", quote="10 to 25 kg", measure="a.b", range=[10, 20], unit="kg")
    assert _findings(_one(claim)) == [
        ("FC102", "claim r: the claim's range is 10 to 20 but the quote has '10 to 25 kg'")
    ]


def test_a_range_in_other_units_than_the_claim_is_a_finding() -> None:
    """ "10 to 20 pounds" claimed in kg: FC102 names the unit."""
    claim = ValueClaim(id="r", quote="10 to 20 pounds", measure="a.b", range=[10, 20], unit="kg")
    assert _findings(_one(claim)) == [
        ("FC102", "claim r: the quote gives the range in 'pounds' but the claim's unit is 'kg'")
    ]


def test_about_before_a_range_is_its_hedge() -> None:
    """ "about 10 to 15 people" is about; claimed exact, FC104 says so."""
    quote = "about 10 to 15 people"
    about = ValueClaim(
        id="a", quote=quote, measure="a.b", range=[10, 15], unit="people", hedge="about"
    )
    exact = ValueClaim(id="a", quote=quote, measure="a.b", range=[10, 15], unit="people")
    assert _findings(_one(about)) == []
    assert [rule for rule, _ in _findings(_one(exact))] == ["FC104"]


def test_up_to_before_a_range_is_the_range() -> None:
    """ "up to 50 to 100 times" states the range 50 to 100: no finding for an exact range."""
    claim = MultipleClaim(
        id="m", quote="up to 50 to 100 times", measure="a.b", of="a.c", range=[50, 100]
    )
    loaded = _one(claim)
    assert [f for f in _findings(loaded) if f[0] in ("FC102", "FC104")] == []


def test_a_duration_range_between_dates() -> None:
    """ "for 3 to 5 years" since 2020 holds in 2024 and in 2025, not in 2027."""
    for published, rules in (("2024-06-01", []), ("2025-06-01", []), ("2027-06-01", ["FC403"])):
        claim = DurationClaim(
            id="d", quote="for 3 to 5 years", range=[3, 5], unit="years", since=2020
        )
        article = factcheck.ArticleInfo(id="r", title="t", published=published, text="r.txt")
        loaded = factcheck.Loaded((from_claims([claim], article=article, text="for 3 to 5 years"),))
        assert [rule for rule, _ in _findings(loaded)] == rules, published


BAD = [
    ({"value": 15, "range": [10, 20]}, "value", "a claim gives value (one figure) or range"),
    ({"range": [20, 10]}, "range", "range=[20, 10] goes down; write the smaller end first"),
    ({"range": [10, 10]}, "range", "has one figure at both ends"),
    ({"range": [10]}, "range", "must be two figures, low then high"),
    ({"range": [10, 20], "hedge": "more than"}, "range", "a range takes the hedge 'about'"),
    ({"range": ["ten", 20]}, "range", "'ten' is not a number"),
]


@pytest.mark.parametrize(("fields", "field", "says"), BAD)
def test_a_bad_range_is_a_located_error(
    write_claims: object, fields: dict[str, object], field: str, says: str
) -> None:
    """A range that cannot be read: a one-line error naming the claim, the field and its line."""
    import tomli_w

    table = {"id": "r", "kind": "value", "quote": "281 arrests", "measure": "a.b",
             "unit": "arrests", **fields}  # fmt: skip
    path = write_claims("\n[[claim]]\n" + tomli_w.dumps(table))  # type: ignore[operator]
    with pytest.raises(ClaimFileError) as info:
        load_file(path)
    assert (info.value.claim, info.value.field) == ("r", field)
    assert says in info.value.problem
    assert info.value.line is not None


def test_a_share_range_above_all_is_refused() -> None:
    """ "90% to 110%" of a whole: refused, a share is at most all of it."""
    with pytest.raises(ValueError, match="must be between 0 and 1"):
        ShareClaim(id="s", quote="q", measure="a.b", of="a.c", range=["90%", "110%"])
