"""Vague quantities: "dozens of people", "several hundred", "millions", "billion-dollar"."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w

import factcheck
from factcheck import ClaimFileError, DurationClaim, ValueClaim
from factcheck.loader import from_claims, load_file
from factcheck.vague import VAGUE_READINGS, parse_vague, reading, vague_in

COPY = Path(__file__).parent / "copy"


def _findings(loaded: factcheck.Loaded) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in factcheck.check(loaded).findings]


def _one(*claims: factcheck.ClaimBase) -> factcheck.Loaded:
    article = factcheck.ArticleInfo(id="v", title="Vague", published="2025-01-02", text="v.txt")
    text = ". ".join(c.quote_text for c in claims) + "."
    return factcheck.Loaded((from_claims(claims, article=article, text=text),))


def _vague_claims() -> list[tuple[Path, str]]:
    return [
        (path, claim.id)
        for path in sorted(COPY.glob("*.toml"))
        for claim in load_file(path).claims
        if claim.__dict__.get("vague") is not None
    ]


@pytest.mark.parametrize(("path", "claim_id"), _vague_claims(), ids=lambda x: getattr(x, "stem", x))
def test_a_vague_claim_of_the_copy_is_read_from_its_quote(path: Path, claim_id: str) -> None:
    """Every vague word of the copy (AP, BBC, a local paper) is the quote's: another word is
    FC102."""
    loaded = load_file(path)
    claims = []
    for claim in loaded.claims:
        if claim.id == claim_id:
            other = "hundreds" if claim.__dict__["vague"] != "hundreds" else "dozens"
            unit = "USD" if "-" in claim.__dict__["vague"] else claim.__dict__["unit"]
            claim = claim.model_copy(update={"vague": other, "unit": unit})
        claims.append(claim)
    assert loaded.model.article is not None
    wrong = from_claims(
        claims, article=loaded.model.article, text=loaded.text, measures=loaded.measures
    )
    found = [rule for rule, message in _findings(factcheck.Loaded((wrong,))) if claim_id in message]
    assert "FC102" in found


SPELLINGS = [
    ("Dozens of people were hurt", "dozens"),
    ("dozens of arrests", "dozens"),
    ("scores of officers", "scores"),
    ("hundreds of packages", "hundreds"),
    ("several hundred troops", "several hundred"),
    ("a few hundred residents", "a few hundred"),
    ("A couple of hundred arrests", "a couple hundred"),
    ("thousands of sellers", "thousands"),
    ("tens of thousands of protesters", "tens of thousands"),
    ("Hundreds of thousands of users", "hundreds of thousands"),
    ("a handful of businesses", "a handful"),
    ("a few in Scotland", "a few"),
    ("several weeks", "several"),
    ("a couple of homes", "a couple"),
    ("millions in drugs", "millions"),
    ("millions of pounds' worth", "millions"),
    ("a billion-dollar trade", "billion-dollar"),
    ("a multi-billion dollar industry", "multibillion-dollar"),
    ("a multimillion-pound trade", "multimillion-pound"),
    ("a million-dollar reserve", "million-dollar"),
]


@pytest.mark.parametrize(("text", "word"), SPELLINGS)
def test_the_quote_reader_names_vague_words(text: str, word: str) -> None:
    """Each spelling (any capitals, with or without "of") is read as the word's name."""
    assert [v.word for v in vague_in(text)] == [word]


def test_a_dozen_is_a_figure_not_a_vague_word() -> None:
    """ "a dozen" is 12, a figure; "the fewest" holds no vague word."""
    assert vague_in("a dozen departments and the fewest arrests") == []


@pytest.mark.parametrize(
    ("word", "inside", "outside"),
    [
        ("dozens", [24, 199], [12, 23, 200]),
        ("hundreds", [200, 1999], [199, 2000]),
        ("thousands", [2000, 30_000], [1999, 2_000_000]),
        ("tens of thousands", [20_000, 199_999], [19_999, 200_000]),
        ("a handful", [2, 6], [1, 7]),
        ("a few", [2, 6], [1, 7]),
        ("several", [3, 9], [2, 10]),
        ("several hundred", [300, 999], [299, 1000]),
        ("billion-dollar", [10**9, 40 * 10**9], [999_999_999, 10**12]),
    ],
)
def test_the_documented_readings(word: str, inside: list[int], outside: list[int]) -> None:
    """Each word is at least two of its unit and below where the next word up begins."""
    interval = reading(word)
    assert all(n in interval for n in inside)
    assert not any(n in interval for n in outside)


def test_every_word_has_a_reading_that_goes_up() -> None:
    """No reading is empty or starts below two (a vague word is never one thing)."""
    for word, interval in VAGUE_READINGS.items():
        assert interval.lo is not None and interval.hi is not None
        assert 2 <= interval.lo < interval.hi or word.endswith(("dollar", "euro", "pound")), word


def test_a_figure_a_vague_word_excludes_is_a_contradiction() -> None:
    """ "Dozens of people" and "12 people" of one measure: FC101; "30 people" agrees."""
    vague = ValueClaim(
        id="v", quote="Dozens of people", measure="a.b", vague="dozens", unit="people"
    )
    for value, rules in ((30, []), (12, ["FC101"]), (500, ["FC101"])):
        figure = ValueClaim(
            id="f", quote=f"{value} people", measure="a.b", value=value, unit="people"
        )
        assert [rule for rule, _ in _findings(_one(vague, figure))] == rules, value


def test_millions_in_drugs_against_a_figure() -> None:
    """ "millions in drugs" holds for $53.4 million; "a billion-dollar" haul does not."""
    figure = ValueClaim(
        id="f", quote="$53.4 million", measure="a.b", value=53.4, unit="million USD"
    )
    millions = ValueClaim(id="m", quote="millions in drugs", measure="a.b", vague="millions",
                          unit="USD")  # fmt: skip
    billion = ValueClaim(id="n", quote="a billion-dollar haul", measure="a.b",
                         vague="billion-dollar", unit="USD")  # fmt: skip
    assert _findings(_one(figure, millions)) == []
    assert [rule for rule, _ in _findings(_one(figure, billion))] == ["FC101"]


def test_a_file_and_a_claim_override_the_reading(write_claims: object) -> None:
    """[vague] dozens = [24, 100] refutes "dozens" of 150; a claim's reading wins over it."""
    text = "Dozens of people were arrested. Police said 150 people were arrested.\n"
    claims = """
        [vague]
        dozens = [24, 100]

        [[claim]]
        id = "dozens"
        kind = "value"
        quote = "Dozens of people were arrested"
        measure = "x.arrests"
        vague = "dozens"
        unit = "people"
        {reading}

        [[claim]]
        id = "figure"
        kind = "value"
        quote = "150 people were arrested"
        measure = "x.arrests"
        value = 150
        unit = "people"
    """
    path = write_claims(claims.format(reading=""), article=text)  # type: ignore[operator]
    assert [rule for rule, _ in _findings(factcheck.load(path))] == ["FC101"]
    path = write_claims(claims.format(reading="reading = [24, 199]"), article=text)  # type: ignore[operator]
    assert _findings(factcheck.load(path)) == []


def test_the_quote_must_hold_the_claims_word() -> None:
    """ "hundreds" claimed of "Dozens of people": FC102 shows the quote's word."""
    claim = ValueClaim(id="v", quote="Dozens of people", measure="a.b", vague="hundreds",
                       unit="people")  # fmt: skip
    assert _findings(_one(claim)) == [
        (
            "FC102",
            "claim v: the claim's vague quantity is 'hundreds' but the quote says 'Dozens of'",
        )
    ]


def test_a_value_quoted_from_a_vague_word_is_told_to_say_so() -> None:
    """ "Dozens of people" claimed as value = 24: FC102 suggests vague = 'dozens'."""
    claim = ValueClaim(id="v", quote="Dozens of people", measure="a.b", value=24, unit="people")
    assert _findings(_one(claim)) == [
        (
            "FC102",
            "claim v: the claim's value is 24 but the quote has no figure; it says 'Dozens of',"
            " a vague quantity: state it with vague = 'dozens' instead of value",
        )
    ]


def test_a_vague_duration() -> None:
    """ "for several weeks" reads 3 to below 10 weeks, and a vague word is not "no figure"."""
    claim = DurationClaim(id="d", quote="for several weeks", measure="a.d", vague="several",
                          unit="weeks")  # fmt: skip
    assert claim.interval().describe() == "[3, 10)"
    assert _findings(_one(claim)) == []


def test_the_word_may_be_written_as_the_article_writes_it() -> None:
    """ "Dozens of", "A couple of hundred", "multi-billion dollar" are stored by their names."""
    assert parse_vague("Dozens of") == "dozens"
    assert parse_vague("A couple of hundred") == "a couple hundred"
    assert parse_vague("multi-billion dollar") == "multibillion-dollar"


BAD = [
    ({"vague": "dozen"}, "vague", "did you mean 'dozens'?"),
    ({"vague": "dozens", "value": 30}, "value", "a claim gives value (one figure) or vague"),
    ({"vague": "dozens", "hedge": "about"}, "vague", "a vague quantity takes no hedge"),
    ({"vague": "dozens", "precision": 10}, "vague", "no written precision"),
    ({"vague": "billion-dollar"}, "unit", "is an amount of money; use a currency"),
    ({"value": 30, "reading": [24, 100]}, "reading", "give it with vague"),
    ({"vague": "dozens", "reading": [100, 24]}, "reading", "goes down"),
]


@pytest.mark.parametrize(("fields", "field", "says"), BAD)
def test_a_bad_vague_claim_is_a_located_error(
    write_claims: object, fields: dict[str, object], field: str, says: str
) -> None:
    """A vague claim that cannot be read: an error naming the claim, the field and its line."""
    table = {"id": "v", "kind": "value", "quote": "281 arrests", "measure": "a.b",
             "unit": "arrests", **fields}  # fmt: skip
    path = write_claims("\n[[claim]]\n" + tomli_w.dumps(table))  # type: ignore[operator]
    with pytest.raises(ClaimFileError) as info:
        load_file(path)
    assert (info.value.claim, info.value.field) == ("v", field)
    assert says in info.value.problem
    assert info.value.line is not None


def test_an_unknown_word_in_the_vague_table_is_a_located_error(write_claims: object) -> None:
    """[vague] dozen = [24, 100]: the file, the line and the close word."""
    path = write_claims("\n[vague]\ndozen = [24, 100]\n")  # type: ignore[operator]
    with pytest.raises(ClaimFileError) as info:
        load_file(path)
    assert "did you mean 'dozens'?" in info.value.problem
    assert info.value.line == 8  # the word's own line
