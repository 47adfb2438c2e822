"""The claim kinds: built in Python they validate, and refuse bad input, exactly as loading does."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
import tomli_w
from pydantic import TypeAdapter, ValidationError

from factcheck import (
    CLAIM_KINDS,
    Acknowledgement,
    ArticleInfo,
    BreakdownClaim,
    Claim,
    ClaimFile,
    ClaimFileError,
    ConversionClaim,
    DateClaim,
    DifferenceClaim,
    DurationClaim,
    EnumerationClaim,
    Interval,
    MultipleClaim,
    PartClaim,
    PartsClaim,
    PeriodClaim,
    RateClaim,
    ReferenceInfo,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    SuperlativeClaim,
    ValueClaim,
    WeekdayClaim,
    load_file,
)
from factcheck.dates import DateRange
from factcheck.numbers import Hedge

F = Fraction
COMMON = {"id": "c", "quote": "281 arrests"}

#: A valid claim of every kind, as the fields of a claim file's [[claim]] table.
VALID: dict[str, dict[str, object]] = {
    "value": {"measure": "x.arrests", "value": 281, "unit": "arrests"},
    "multiple": {"measure": "x.a", "of": "x.b", "factor": "double", "hedge": "more than"},
    "share": {"measure": "x.a", "of": "x.b", "fraction": "two-thirds", "hedge": "more than"},
    "part": {"measure": "x.a", "of": "x.b"},
    "parts": {"parts": ["x.a", "x.b"], "of": "x.c"},
    "breakdown": {"measure": "x.arrests", "value": 281, "unit": "arrests",
                  "items": [{"name": "A", "value": 200}, {"name": "B", "value": 81}]},
    "conversion": {"measure": "x.eur", "value": 50.8, "unit": "million EUR",
                   "converted_value": 54.9, "converted_unit": "million USD"},
    "rate": {"pair": "EUR/USD", "rate": 1.0802, "date": "2024-05-14"},
    "difference": {"measure": "x.a", "of": "x.b", "by": "-3", "unit": "percent"},
    "superlative": {"measure": "x.a", "among": ["x.*"]},
    "enumeration": {"measure": "x.countries", "count": 8, "unit": "countries",
                    "items": ["Austria", "France"]},
    "span": {"measure": "x.continents", "of": "x.countries", "count": 3, "unit": "continents"},
    "date": {"measure": "x.a", "date": "August 2022"},
    "weekday": {"weekday": "Tuesday"},
    "relative_date": {"phrase": "last month"},
    "period": {"measure": "x.p", "length": 12, "unit": "months", "end": "2022-08"},
    "duration": {"value": 15, "unit": "years", "hedge": "more than", "since": "2008"},
}  # fmt: skip


def build(kind, **changes):
    fields = {**COMMON, **VALID[kind], **changes}
    return CLAIM_KINDS[kind](**fields)


def test_every_kind_has_a_valid_example():
    """The examples here cover every claim kind there is."""
    assert set(VALID) == set(CLAIM_KINDS)
    assert len(CLAIM_KINDS) == 17


@pytest.mark.parametrize("kind", sorted(VALID))
def test_every_kind_builds_in_python(kind):
    """Each claim kind is built from keyword arguments, with its kind filled in."""
    claim = build(kind)
    assert isinstance(claim, CLAIM_KINDS[kind])
    assert claim.kind == kind
    assert claim.id == "c"


@pytest.mark.parametrize("kind", sorted(VALID))
def test_claim_union_is_discriminated_on_kind(kind):
    """A claim table is read as the model its `kind` names."""
    claim = TypeAdapter(Claim).validate_python({"kind": kind, **COMMON, **VALID[kind]})
    assert type(claim) is CLAIM_KINDS[kind]


def test_unknown_kind_is_refused_by_the_union():
    """A kind that is not a claim kind is refused by the discriminator."""
    with pytest.raises(ValidationError) as info:
        TypeAdapter(Claim).validate_python({"kind": "valeu", **COMMON})
    assert [e["type"] for e in info.value.errors()] == ["union_tag_invalid"]


def test_missing_kind_is_refused_by_the_union():
    """A claim table without a kind is refused by the discriminator."""
    with pytest.raises(ValidationError) as info:
        TypeAdapter(Claim).validate_python(dict(COMMON))
    assert [e["type"] for e in info.value.errors()] == ["union_tag_not_found"]


@pytest.mark.parametrize("kind", sorted(VALID))
def test_claims_round_trip_through_json(kind):
    """A claim dumped to JSON-ready data validates back to an equal claim."""
    claim = build(kind)
    assert type(claim).model_validate(claim.model_dump(mode="json")) == claim


def test_claims_are_frozen():
    """A claim cannot be changed after it is built (it may be shared by findings)."""
    claim = build("value")
    with pytest.raises(ValidationError):
        claim.value = Decimal(3)  # type: ignore[misc]


# --- bad input: refused in Python, with the same message as in a claim file ---------------------

#: (kind, field, bad value, the field the error names, the message)
BAD = [
    ("value", "unit", "2*kg", "unit",
     "unit='2*kg' is not a unit expression: use unit names joined by spaces, '*', '/' or 'per',"
     " with small integer powers ('kg', 'million USD', 'km/h', 'm**2'); numbers go in the value"
     " field"),
    ("value", "unit", "frobs", "unit",
     "unit='frobs' is not a known unit ('frobs' is not defined in the unit registry); for a count"
     " of things factcheck does not name, use 'items'; for money, a currency code such as 'GBP'"
     " or 'million USD'"),
    ("value", "unit", "degC", "unit",
     "unit='degC' has an offset (like degC) and cannot be compared"),
    ("value", "value", -1, "value",
     "value=-1 is negative; figures are amounts: write a fall or a loss as a positive value of a"
     " measure named for it, such as 'sales.decline'"),
    ("value", "value", "lots", "value",
     "'lots' is not a number such as 281, 53.4, '1,874' or '2/3'"),
    ("value", "value", float("nan"), "value", "nan is not a finite number"),
    ("value", "value", True, "value", "True is a boolean, not a number"),
    ("value", "hedge", "nearlyy", "hedge",
     "hedge='nearlyy' is not a known hedge; use one of 'exact', 'nearly', 'about', 'more than',"
     " 'at least', 'less than', 'at most' (or a synonym such as 'almost', 'over', 'up to'; see"
     " docs/hedges.md); did you mean 'nearly'?"),
    ("value", "tolerance", 2, "tolerance",
     "a tolerance must be at least 0 and below 1 (10% is 0.1), not 2"),
    ("value", "precision", -1, "precision",
     "precision=-1 is negative; it is a rounding step such as 10"),
    ("value", "measure", "Bad Key", "measure",
     "'Bad Key' is not a measure key: use lowercase words joined by dots, such as"
     " 'jcode.spector.arrests' (letters, digits, '_' and '-')"),
    ("value", "id", "two words", "id",
     "'two words' is not a claim id: use letters, digits, '_', '-' and '.', such as"
     " 'arrests-total'"),
    ("multiple", "factor", 0, "factor", "factor=0 must be positive"),
    ("multiple", "change", "-120%", "change",
     "change=-1.20 is a fall of more than 100%, which is not possible for an amount; a fall is"
     " written '-12%' for 'fell 12 percent', '-100%' for 'to zero'"),
    ("multiple", "of", "x.a", "of", "measure and of are both 'x.a'; name two measures"),
    ("share", "fraction", "3/2", "fraction",
     "fraction=3/2 must be between 0 and 1 (or 0% and 100%)"),
    ("share", "fraction", "150%", "fraction",
     "fraction=1.50 must be between 0 and 1 (or 0% and 100%)"),
    ("share", "of", "x.a", "of", "measure and of are both 'x.a'; name two measures"),
    ("part", "of", "x.a", "of", "measure and of are both 'x.a'; name two measures"),
    ("superlative", "among", ["Bad Pattern"], "among",
     "'Bad Pattern' is not a measure key or pattern such as 'jcode.*.arrests'"),
    ("enumeration", "count", -1, "count", "count=-1 is negative"),
    ("enumeration", "unit", "kg", "unit",
     "unit='kg' does not count things; use e.g. 'countries'"),
    ("enumeration", "items", ["France", "france "], "items", "'france ' is named twice"),
    ("enumeration", "item_type", "us_state", "item_type",
     "item_type='us_state' is not known: the only item type is 'country' (countries imply"
     " continents); leave item_type out for other items"),
    ("enumeration", "item_type", "countries", "item_type",
     "item_type='countries' is not known: the only item type is 'country' (countries imply"
     " continents); leave item_type out for other items; did you mean 'country'?"),
    ("span", "unit", "kg", "unit", "unit='kg' does not count things; use e.g. 'countries'"),
    ("date", "date", "2023-02-30", "date",
     "'2023-02-30' is not a real date (day is out of range for month)"),
    ("weekday", "weekday", "Tusday", "weekday",
     "weekday='Tusday' is not a day of the week such as 'Tuesday'"),
    ("relative_date", "phrase", "recently", "phrase",
     "phrase='recently' is not a relative date factcheck understands; use e.g. 'last month',"
     " 'yesterday', 'this year', 'earlier this week', 'three years ago' or a weekday"),
    ("period", "length", 0, "length", "length=0 must be positive"),
    ("period", "unit", "kg", "unit", "unit='kg' is not a unit of time such as 'month' or 'year'"),
    ("duration", "unit", "kg", "unit", "unit='kg' is not a unit of time such as 'years'"),
    ("duration", "since", "not a date!", "since",
     "'not a date!' is neither a date nor a measure key"),
]  # fmt: skip


def _bad_id(case):
    kind, field, value = case[:3]
    return f"{kind}-{field}-{value!r}"


@pytest.mark.parametrize("case", BAD, ids=[_bad_id(c) for c in BAD])
def test_bad_input_is_refused_in_python(case):
    """A claim built in Python with a bad field raises a ValidationError naming field and why."""
    kind, field, value, names, message = case
    with pytest.raises(ValidationError) as info:
        build(kind, **{field: value})
    errors = info.value.errors()
    assert len(errors) == 1
    assert errors[0]["loc"] == (names,)
    assert errors[0]["msg"] == f"Value error, {message}"


@pytest.mark.parametrize("case", BAD, ids=[_bad_id(c) for c in BAD])
def test_bad_input_is_refused_in_a_claim_file_with_the_same_message(write_claims, case):
    """Loading the same claim from a file fails with the same message, on the same field."""
    kind, field, value, names, message = case
    table = {"kind": kind, **COMMON, **VALID[kind], field: value}
    path = write_claims("\n[[claim]]\n" + tomli_w.dumps(table))
    with pytest.raises(ClaimFileError) as info:
        load_file(path)
    error = info.value
    assert (error.claim, error.field, error.problem) == (table["id"], names, message)
    assert error.line is not None


@pytest.mark.parametrize(
    ("kind", "changes", "loc", "error_type"),
    [("value", {"vaule": 3}, ("vaule",), "extra_forbidden"),
     ("value", {"quote": ""}, ("quote",), "too_short"),
     ("value", {"quote": []}, ("quote",), "too_short"),
     ("value", {"unit": 5}, ("unit",), "string_type"),
     ("superlative", {"among": []}, ("among",), "too_short"),
     ("superlative", {"direction": "hugest"}, ("direction",), "literal_error"),
     ("span", {"attribute": "country"}, ("attribute",), "literal_error"),
     ("weekday", {"within_days": 400}, ("within_days",), "less_than_equal"),
     ("date", {"date": True}, ("date", "date"), "date_type")],
)  # fmt: skip
def test_structural_errors_are_validation_errors(kind, changes, loc, error_type):
    """Unknown fields, empty quotes, wrong types and out-of-range values are refused."""
    with pytest.raises(ValidationError) as info:
        build(kind, **changes)
    assert (info.value.errors()[0]["loc"], info.value.errors()[0]["type"]) == (loc, error_type)


def test_period_needs_start_end_or_length():
    """A period with none of start, end and length says so."""
    with pytest.raises(ValidationError, match="a period needs at least one of start, end and "):
        PeriodClaim(**COMMON, measure="x.p")


def test_a_missing_required_field_is_refused():
    """A claim without its required fields is refused, naming each."""
    with pytest.raises(ValidationError) as info:
        ValueClaim(**COMMON, measure="x.a")  # type: ignore[call-arg]
    assert {e["loc"] for e in info.value.errors()} == {("value",), ("unit",)}
    assert {e["type"] for e in info.value.errors()} == {"missing"}


# --- measure keys and ids ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    ["jcode.spector.arrests", "cdc.overdose_deaths.12_months_to_2022_08", "a", "a-b.c_d.9",
     "x" * 200],
)  # fmt: skip
def test_measure_keys_are_lowercase_words_joined_by_dots(key):
    """Measure keys are lowercase words (letters, digits, '_', '-') joined by dots."""
    assert build("value", measure=key).measure == key


@pytest.mark.parametrize(
    "key",
    ["Jcode.spector", "jcode..arrests", ".arrests", "arrests.", "two words", "jcode/arrests",
     "_x", "x.-y", "jcode.*.arrests", "", "x" * 201],
)  # fmt: skip
def test_other_measure_keys_are_refused(key):
    """Capitals, empty parts, spaces, patterns and overlong keys are not measure keys."""
    with pytest.raises(ValidationError) as info:
        build("value", measure=key)
    assert info.value.errors()[0]["loc"] == ("measure",)


@pytest.mark.parametrize("claim_id", ["arrests-281", "cash-53.4-million", "A_1"])
def test_claim_ids(claim_id):
    """Claim ids are letters, digits, '_', '-' and '.'."""
    assert build("value", id=claim_id).id == claim_id


# --- what the claims mean ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "measures"),
    [("value", ("x.arrests",)), ("multiple", ("x.a", "x.b")), ("share", ("x.a", "x.b")),
     ("part", ("x.a", "x.b")), ("superlative", ("x.a",)), ("enumeration", ("x.countries",)),
     ("span", ("x.continents", "x.countries")), ("date", ("x.a",)), ("weekday", ()),
     ("relative_date", ()), ("period", ("x.p",)), ("duration", ()),
     ("difference", ("x.a", "x.b")), ("parts", ("x.a", "x.b", "x.c"))],
)  # fmt: skip
def test_measures_a_claim_is_about(kind, measures):
    """Each claim names the measures it constrains (group patterns excluded)."""
    assert build(kind).measures() == measures


def test_value_claim_keeps_the_written_number():
    """The figure is kept as written (Decimal), and its unit resolved."""
    claim = ValueClaim(
        id="arrests",
        quote="281 arrests",
        measure="jcode.spector.arrests",
        value=281,
        unit="arrests",
    )
    assert claim.value == Decimal("281")
    assert claim.unit_info.is_count
    assert claim.hedge is Hedge.EXACT


def test_value_claim_accepts_written_forms():
    """value may be written "1,874" or 53.4; the unit may carry a scale word."""
    assert build("value", value="1,874", unit="lb").value == 1874
    cash = build("value", value=53.4, unit="million USD")
    assert cash.interval() == Interval(F("53.35"), F("53.45"), False, True)
    assert cash.unit_info.factor == 10**6


@pytest.mark.parametrize(
    ("written", "fraction"),
    [("two-thirds", F(2, 3)), ("2/3", F(2, 3)), ("half", F(1, 2)), ("a third", F(1, 3)),
     ("three-quarters", F(3, 4)), ("68%", Decimal("0.68")), (0.68, Decimal("0.68"))],
)  # fmt: skip
def test_share_fraction_forms(written, fraction):
    """A share is written as words, a fraction, a percentage or a decimal."""
    assert build("share", fraction=written).fraction == fraction


@pytest.mark.parametrize(
    ("written", "factor"),
    [("double", 2), ("twice", 2), ("triple", 3), ("quadruple", 4), ("half", F(1, 2)), (2.5, 2.5)],
)
def test_multiple_factor_forms(written, factor):
    """A factor is written as a word (double, twice, triple...) or a number."""
    assert build("multiple", factor=written).factor == Fraction(str(factor))


def test_more_than_double_is_any_factor_above_two():
    """'more than double' allows any factor above 2."""
    assert build("multiple").interval() == Interval(F(2), None, True, False)


def test_superlative_group_is_a_pattern():
    """A superlative's group is every measure matching its patterns."""
    claim = build("superlative", among=["jcode.*.arrests"])
    assert claim.matches("jcode.dark_huntor.arrests")
    assert not claim.matches("jcode.dark_huntor.seized.drugs")
    assert claim.direction == "most" and claim.strict


def test_enumeration_without_count_has_no_interval():
    """An enumeration that states no count constrains no number."""
    assert build("enumeration", count=None).interval() is None
    assert build("enumeration").interval() == Interval(F(8), F(8))


def test_date_claim_range():
    """A date claim stands for the days its date covers."""
    assert build("date").range() == DateRange(date(2022, 8, 1), date(2022, 8, 31))
    assert build("date", date=date(2023, 5, 2)).range() == DateRange(date(2023, 5, 2),
                                                                    date(2023, 5, 2))  # fmt: skip
    assert build("date", date=2018).range().first == date(2018, 1, 1)


def test_weekday_is_read_in_any_case():
    """A weekday is read regardless of case and spacing; Monday is 0."""
    assert build("weekday", weekday=" tuesday ").weekday_index == 1
    assert build("weekday", weekday="Monday").weekday_index == 0


def test_period_length_interval():
    """A period's stated length is an exact interval in its unit unless hedged."""
    assert build("period").length_interval() == Interval(F(12), F(12))
    assert build("period", length=None).length_interval() is None


def test_duration_anchors_are_dates_or_measure_keys():
    """A duration's since/until is a date (2008, 'August 2022') or a measure key."""
    assert build("duration", since="jcode.spector.announcement").since == (
        "jcode.spector.announcement"
    )
    assert build("duration", since="August 2022", until="2023-05-02").until == "2023-05-02"


def test_quote_may_be_several_fragments():
    """A quote spread over the text is a list of fragments, joined with an ellipsis for display."""
    claim = build("value", quote=["281 arrests", "850 kilograms"])
    assert claim.fragments == ("281 arrests", "850 kilograms")
    assert claim.quote_text == "281 arrests … 850 kilograms"
    assert build("value").fragments == ("281 arrests",)


# --- the claim file model ------------------------------------------------------------------------

ARTICLE = ArticleInfo(id="a", title="t", published=date(2023, 5, 2), text="a.txt")


def test_claim_file_needs_a_header():
    """A claim file without an [article] or [reference] table is refused, saying so."""
    with pytest.raises(ValidationError, match=re.escape("the file has no [article] table")):
        ClaimFile()


def test_claim_file_cannot_have_two_headers():
    """A claim file with both an [article] and a [reference] table is refused, saying so."""
    reference = ReferenceInfo(id="r", title="r")
    with pytest.raises(ValidationError, match=re.escape("both an [article] and a [reference]")):
        ClaimFile(article=ARTICLE, reference=reference)


def test_claim_file_holds_claims_of_any_kind():
    """A claim file's claims are read through the discriminated union."""
    model = ClaimFile.model_validate(
        {
            "article": ARTICLE.model_dump(),
            "claim": [{"kind": k, **COMMON, **VALID[k]} for k in VALID],
        }
    )
    assert [type(c) for c in model.claim] == list(CLAIM_KINDS.values())
    assert model.doc_id == "a"


def test_claim_file_tolerances_accept_synonyms():
    """[tolerances] keys are hedges or their synonyms."""
    model = ClaimFile(article=ARTICLE, tolerances={"almost": "5%"})  # type: ignore[dict-item]
    assert model.tolerance_for(Hedge.NEARLY) == F(1, 20)


@pytest.mark.parametrize("word", ["estimated", "estimated at", "est.", "An Estimated"])
def test_estimated_is_about_in_the_loader_and_the_schema(write_claims, word):
    """'estimated', 'estimated at' and 'est.' are the hedge 'about', as a claim's hedge and as a
    [tolerances] key; the JSON Schema accepts them too."""
    from factcheck.cli import claim_file_schema

    table = {"kind": "value", **COMMON, **VALID["value"], "hedge": word}
    path = write_claims(f'\n[tolerances]\n"{word}" = 0.2\n\n[[claim]]\n' + tomli_w.dumps(table))
    loaded = load_file(path)
    assert loaded.model.claim[0].hedge is Hedge.ABOUT  # type: ignore[union-attr]
    assert loaded.model.tolerance_for(Hedge.ABOUT) == F(1, 5)
    jsonschema = pytest.importorskip("jsonschema")
    header = {"article": {"id": "a", "title": "A", "published": "2024-01-01", "text": "a.txt"}}
    document = {**header, "tolerances": {word: 0.2}, "claim": [table]}
    assert jsonschema.Draft202012Validator(claim_file_schema()).is_valid(document)


@pytest.mark.parametrize(("item_type", "valid"), [("country", True), ("us_state", False)])
def test_item_type_in_the_loader_and_the_schema(write_claims, item_type, valid):
    """item_type = 'country' loads and the JSON Schema accepts it; any other item type is
    refused by both, the loader saying what item_type is for."""
    from factcheck.cli import claim_file_schema

    table = {"kind": "enumeration", **COMMON, **VALID["enumeration"], "item_type": item_type}
    path = write_claims("\n[[claim]]\n" + tomli_w.dumps(table))
    if valid:
        assert load_file(path).model.claim[0].item_type == "country"  # type: ignore[union-attr]
    else:
        with pytest.raises(ClaimFileError, match="the only item type is 'country'"):
            load_file(path)
    jsonschema = pytest.importorskip("jsonschema")
    header = {"article": {"id": "a", "title": "A", "published": "2024-01-01", "text": "a.txt"}}
    document = {**header, "claim": [table]}
    assert jsonschema.Draft202012Validator(claim_file_schema()).is_valid(document) is valid


@pytest.mark.parametrize("rule", ["FC1", "fc303", "FC3030", "303"])
def test_acknowledgement_names_a_rule_code(rule):
    """An acknowledgement names a rule by its code, FC and three digits."""
    with pytest.raises(ValidationError, match=re.escape(f"rule={rule!r} is not a rule code")):
        Acknowledgement(rule=rule, claims=["c"], note="seen")
    assert Acknowledgement(rule="FC303", claims=["c"], note="seen").rule == "FC303"


def test_claim_models_are_exported():
    """Every claim kind's model is importable from factcheck."""
    exported = {ValueClaim, MultipleClaim, ShareClaim, PartClaim, PartsClaim, BreakdownClaim,
                ConversionClaim, RateClaim, DifferenceClaim, SuperlativeClaim, EnumerationClaim,
                SpanClaim, DateClaim, WeekdayClaim, RelativeDateClaim, PeriodClaim,
                DurationClaim}  # fmt: skip
    assert exported == set(CLAIM_KINDS.values())


@pytest.mark.parametrize(
    ("fields", "given"),
    [
        ({"factor": 2, "change": "+12%"}, "factor and change were"),
        ({"factor": 2, "range": [2, 3]}, "factor and range were"),
        ({}, "none was"),
    ],
)
def test_a_multiple_has_a_factor_or_a_change(write_claims, fields, given):
    """Exactly one of factor, change, range and change_range: the message says which way to
    write it."""
    table = {"kind": "multiple", **COMMON, "measure": "x.a", "of": "x.b", **fields}
    path = write_claims("\n[[claim]]\n" + tomli_w.dumps(table))
    with pytest.raises(ClaimFileError) as info:
        load_file(path)
    assert info.value.claim == table["id"]
    assert info.value.problem == (
        "a multiple needs a factor (2 for 'double'), a change ('+12%' for 'rose 12 percent'), a"
        " range ([50, 100] for '50 to 100 times') or a change_range (['-10%', '-15%'] for 'fell"
        f" 10-15%'), one of them; {given} given"
    )


@pytest.mark.parametrize(
    ("change", "hedge", "shown"),
    [("+12%", "exact", "[1.115, 1.125)"), ("-20%", "more than", "[0, 0.8)"),
     ("-a quarter", "exact", "0.75"), (0.5, "nearly", "[1.45, 1.5)"),
     ("-1/3", "exact", "0.666667"), ("-100%", "nearly", "(0, 0.1]"),
     ("-100%", "exact", "[0, 0.005]")],
)  # fmt: skip
def test_a_change_is_a_factor_around_one(change, hedge, shown):
    """'rose 12 percent' is a factor of 1.12 as written; 'fell more than 20 percent' below 0.8."""
    claim = build("multiple", factor=None, change=change, hedge=hedge)
    assert claim.interval().describe() == shown


def test_a_change_survives_a_round_trip_through_toml(tmp_path):
    """'-a third' is written back as '-1/3', which reads as the same change."""
    from factcheck.writer import claim_table

    claim = build("multiple", factor=None, change="-a third")
    again = build("multiple", factor=None, change=claim_table(claim)["change"])
    assert again.change == claim.change == Fraction(-1, 3)


@pytest.mark.parametrize(
    ("parts", "message"),
    [(["x.a", "x.c"], "the whole 'x.c' is also listed among the parts"),
     (["x.a", "x.a", "x.b"], "parts lists 'x.a' more than once")],
)  # fmt: skip
def test_parts_are_distinct_from_each_other_and_the_whole(parts, message):
    with pytest.raises(ValidationError) as info:
        build("parts", parts=parts)
    assert info.value.errors()[0]["msg"] == f"Value error, {message}"


@pytest.mark.parametrize(
    ("change", "hedge", "says"),
    [("--50%", "exact", "has two signs"),
     ("-100%", "more than", "allows no value"),
     ("+0%", "nearly", "allows no value")],
)  # fmt: skip
def test_a_change_that_allows_no_value_is_refused(change, hedge, says):
    with pytest.raises(ValidationError, match=says):
        build("multiple", factor=None, change=change, hedge=hedge)


def test_a_half_is_a_fraction_word():
    assert build("share", fraction="a half").fraction == Fraction(1, 2)
    assert build("multiple", factor=None, change="-a half").change == Fraction(-1, 2)


@pytest.mark.parametrize("kind", sorted(CLAIM_KINDS))
def test_a_kinds_own_rules_explain_minimal_sets(kind: str) -> None:
    """The rule a kind names for its contradictions (core_rule) or for a finding with a claim
    of it at fault (suspect_rule) is a registered rule that explains solver findings, so that
    classify never files a finding under a code that cannot explain it."""
    from factcheck.engine.registry import RULES

    model = CLAIM_KINDS[kind]
    for code in (model.core_rule, model.suspect_rule):
        if code is not None:
            assert code in RULES and not RULES[code].runs and RULES[code].func is not None
