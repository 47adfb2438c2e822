"""Written numbers: precision, hedges and tolerances; every figure becomes an exact interval."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from factcheck import ValueClaim, load_file
from factcheck.numbers import (
    DEFAULT_TOLERANCE,
    HEDGE_SYNONYMS,
    Hedge,
    Interval,
    NumberError,
    hedged_interval,
    parse_hedge,
    parse_number,
    parse_tolerance,
    written_interval,
)

F = Fraction


def written(value, **kwargs):
    return written_interval(parse_number(value), **kwargs)


def hedged(value, hedge, tolerance=None):
    return hedged_interval(written(value), parse_hedge(hedge), tolerance)


def claim(value, unit="suspects", **kwargs):
    return ValueClaim(id="c", quote="q", measure="x.n", value=value, unit=unit, **kwargs)


# --- parse_number --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "number"),
    [(281, Decimal(281)), (53.4, Decimal("53.4")), ("53.40", Decimal("53.40")),
     ("1,874", Decimal(1874)), ("100,000", Decimal(100000)), (" 281 ", Decimal(281)),
     (Decimal("0.5"), Decimal("0.5")), ("2/3", F(2, 3)), (F(1, 3), F(1, 3)), (0, Decimal(0))],
)  # fmt: skip
def test_parse_number_reads_numbers_as_written(given, number):
    """Integers, decimals, thousands separators and fractions are read exactly."""
    parsed = parse_number(given)
    assert parsed == number
    assert type(parsed) is type(number)


def test_parse_number_keeps_written_digits():
    """A decimal keeps its written digits (53.40 is not 53.4): they carry its precision."""
    assert parse_number("53.40").as_tuple().exponent == -2
    assert parse_number(53.4).as_tuple().exponent == -1


@pytest.mark.parametrize(
    ("given", "message"),
    [(float("nan"), "nan is not a finite number"),
     (float("inf"), "inf is not a finite number"),
     (float("-inf"), "-inf is not a finite number"),
     (Decimal("NaN"), "nan is not a finite number"),
     (Decimal("-Infinity"), "-inf is not a finite number"),
     (True, "True is a boolean, not a number"),
     (False, "False is a boolean, not a number"),
     (None, "None is not a number"),
     ([281], "[281] is not a number"),
     ("2/0", "'2/0' divides by zero"),
     (1e300, "1E+300 has too many digits")],
)  # fmt: skip
def test_parse_number_rejects_non_finite_and_non_numbers(given, message):
    """NaN, infinities, booleans and non-numbers are refused with a message saying what."""
    with pytest.raises(NumberError) as info:
        parse_number(given)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "given",
    ["nan", "inf", "Infinity", "abc", "", "1,87,4", "12 arrests", "0x1F", "1_000", "9" * 41],
)
def test_parse_number_rejects_garbage_strings(given):
    """A string that is not a plain written number is refused, with examples of good ones."""
    with pytest.raises(NumberError) as info:
        parse_number(given)
    assert str(info.value) == f"{given!r} is not a number such as 281, 53.4, '1,874' or '2/3'"


def test_number_error_is_a_value_error():
    """NumberError is a ValueError, so pydantic reports it as a validation error."""
    assert issubclass(NumberError, ValueError)


def test_percent_is_read_only_where_allowed():
    """'68%' is 0.68 (two more decimals) where a share is expected, and refused elsewhere."""
    assert parse_number("68%", allow_percent=True) == Decimal("0.68")
    assert parse_number("68.5 %", allow_percent=True) == Decimal("0.685")
    assert parse_number("2/3", allow_percent=True) == F(2, 3)
    with pytest.raises(NumberError):
        parse_number("68%")


def test_percent_is_rounded_like_a_decimal():
    """68% stands for [67.5%, 68.5%)."""
    share = written_interval(parse_number("68%", allow_percent=True))
    assert share == Interval(F(675, 1000), F(685, 1000), False, True)


# --- written precision ---------------------------------------------------------------------------


def test_decimal_is_rounded_to_its_last_digit():
    """53.4 stands for [53.35, 53.45): 53.35 is in, 53.45 is not."""
    interval = written(53.4)
    assert interval == Interval(F("53.35"), F("53.45"), False, True)
    assert F("53.35") in interval
    assert F("53.449") in interval
    assert F("53.45") not in interval
    assert interval.describe() == "[53.35, 53.45)"


def test_trailing_zero_decimal_is_more_precise():
    """53.40 stands for [53.395, 53.405)."""
    assert written("53.40") == Interval(F("53.395"), F("53.405"), False, True)


@pytest.mark.parametrize(("given", "value"), [(281, 281), ("1,874", 1874), (100000, 100000)])
def test_whole_number_is_exact(given, value):
    """281, "1,874" and 100,000 are exact."""
    interval = written(given)
    assert interval == Interval(F(value), F(value))
    assert value in interval
    assert value - 1 not in interval and value + 1 not in interval


def test_fraction_is_exact():
    """'2/3' is exactly two thirds."""
    assert written("2/3") == Interval(F(2, 3), F(2, 3))


def test_whole_number_with_scale_word_is_rounded_to_one():
    """'$3 million' stands for [2.5, 3.5) million: rounded to one of the scale."""
    assert written(3, scaled=True) == Interval(F(5, 2), F(7, 2), False, True)
    assert claim(3, "million USD").interval() == Interval(F(5, 2), F(7, 2), False, True)


def test_decimal_with_scale_word_is_rounded_to_its_last_digit():
    """'$53.4 million' stands for [53.35, 53.45) million."""
    assert claim(53.4, "million USD").interval() == Interval(F("53.35"), F("53.45"), False, True)


def test_precision_override():
    """precision sets the rounding step: 281 "rounded to tens" is [276, 286)."""
    assert written(281, precision=10) == Interval(F(276), F(286), False, True)
    assert claim(281, precision=10).interval() == Interval(F(276), F(286), False, True)


@pytest.mark.parametrize(("value", "unit"), [(53.4, "million USD"), (3, "million USD")])
def test_precision_zero_means_exact(value, unit):
    """precision = 0 makes even a decimal or a scaled figure exact."""
    exact = F(str(value))
    assert claim(value, unit, precision=0).interval() == Interval(exact, exact)


def test_rounding_never_goes_below_zero():
    """A small rounded figure does not admit negative amounts: 0.4 is [0.35, 0.45), 0 is >= 0."""
    assert written("0.4") == Interval(F("0.35"), F("0.45"), False, True)
    assert written(0, precision=1).lo == 0


# --- hedges --------------------------------------------------------------------------------------


def test_nearly_is_just_below():
    """'nearly 300' admits 281 and 270, not 300 nor 269 (default tolerance 10%)."""
    interval = hedged(300, "nearly")
    assert 281 in interval and 270 in interval and 299 in interval
    assert 300 not in interval and 269 not in interval
    assert interval.describe() == "[270, 300)"


def test_about_is_either_side():
    """'about 300' admits 270 to 330 inclusive (default tolerance 10%)."""
    interval = hedged(300, "about")
    assert 270 in interval and 300 in interval and 330 in interval
    assert 269 not in interval and 331 not in interval


def test_more_than_is_strictly_above_without_limit():
    """'more than 100,000' is any amount above 100,000."""
    interval = hedged(100000, "more than")
    assert 100000 not in interval
    assert 100001 in interval and 10**12 in interval
    assert interval.describe() == "(100,000, inf)"


def test_at_least_includes_the_figure():
    """'at least 8' admits 8 and anything above."""
    interval = hedged(8, "at least")
    assert 8 in interval and 1000 in interval
    assert 7 not in interval


def test_less_than_is_strictly_below_down_to_zero():
    """'less than 300' admits 0 to 299, not 300."""
    interval = hedged(300, "less than")
    assert 0 in interval and 299 in interval
    assert 300 not in interval and -1 not in interval


def test_at_most_includes_the_figure():
    """'at most 300' admits 300 and below, not 301."""
    interval = hedged(300, "at most")
    assert 300 in interval and 0 in interval
    assert 301 not in interval


def test_exact_is_the_written_figure():
    """An unhedged figure is its written interval, nothing more."""
    assert hedged(300, "exact") == Interval(F(300), F(300))
    assert hedged(53.4, "exact") == written(53.4)


def test_hedges_apply_to_the_written_interval():
    """A hedge widens the rounded figure, never the bare number: "about $53.4 million"."""
    interval = hedged(53.4, "about")
    assert interval.lo == F("53.35") * F(9, 10)
    assert interval.hi == F("53.45") * F(11, 10)


def test_more_than_a_rounded_figure_is_lenient():
    """'more than 53.4' is read leniently: anything above 53.35 could be reported so."""
    assert hedged(53.4, "more than") == Interval(F("53.35"), None, True, False)


@pytest.mark.parametrize(
    ("word", "hedge"),
    [("exactly", Hedge.EXACT), ("nearly", Hedge.NEARLY), ("almost", Hedge.NEARLY),
     ("close to", Hedge.NEARLY), ("just under", Hedge.NEARLY), ("about", Hedge.ABOUT),
     ("approximately", Hedge.ABOUT), ("roughly", Hedge.ABOUT), ("around", Hedge.ABOUT),
     ("some", Hedge.ABOUT), ("an estimated", Hedge.ABOUT), ("estimated", Hedge.ABOUT),
     ("estimated at", Hedge.ABOUT), ("est.", Hedge.ABOUT), ("more than", Hedge.MORE_THAN),
     ("over", Hedge.MORE_THAN), ("above", Hedge.MORE_THAN), ("upwards of", Hedge.MORE_THAN),
     ("in excess of", Hedge.MORE_THAN), ("at least", Hedge.AT_LEAST),
     ("no fewer than", Hedge.AT_LEAST), ("no less than", Hedge.AT_LEAST),
     ("less than", Hedge.LESS_THAN), ("fewer than", Hedge.LESS_THAN), ("under", Hedge.LESS_THAN),
     ("below", Hedge.LESS_THAN), ("at most", Hedge.AT_MOST), ("up to", Hedge.AT_MOST),
     ("no more than", Hedge.AT_MOST)],
)  # fmt: skip
def test_synonyms_map_to_the_canonical_hedge(word, hedge):
    """Each word an article uses for a hedge maps to its canonical hedge."""
    assert HEDGE_SYNONYMS[word] is hedge
    assert parse_hedge(word) is hedge
    assert claim(300, hedge=word).hedge is hedge


@pytest.mark.parametrize("word", ["More Than", "more_than", "  up   to ", "ALMOST", Hedge.ABOUT])
def test_hedge_words_ignore_case_spacing_and_underscores(word):
    """Hedges are read regardless of case, spacing and underscores."""
    assert parse_hedge(word) in Hedge


def test_every_hedge_has_a_meaning_and_a_default_tolerance():
    """Every hedge documents its meaning and has a default tolerance entry."""
    for hedge in Hedge:
        assert hedge.meaning
        assert hedge in DEFAULT_TOLERANCE
        assert parse_hedge(hedge.value) is hedge


def test_default_tolerances():
    """nearly and about default to 10%; the one-sided hedges have no second bound."""
    assert DEFAULT_TOLERANCE[Hedge.NEARLY] == F(1, 10)
    assert DEFAULT_TOLERANCE[Hedge.ABOUT] == F(1, 10)
    for hedge in (Hedge.EXACT, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.AT_MOST):
        assert DEFAULT_TOLERANCE[hedge] is None


def test_unknown_hedge_is_refused_with_a_suggestion():
    """A misspelt hedge is refused, listing the hedges and suggesting the closest."""
    with pytest.raises(ValueError, match=r"did you mean 'nearly'\?$") as info:
        parse_hedge("nearlyy")
    assert str(info.value).startswith(
        "hedge='nearlyy' is not a known hedge; use one of 'exact', 'nearly', 'about',"
        " 'more than', 'at least', 'less than', 'at most' (or a synonym such as 'almost',"
        " 'over', 'up to'; see docs/hedges.md)"
    )


# --- tolerance overrides -------------------------------------------------------------------------


@pytest.mark.parametrize("tolerance", [0.05, "5%", "1/20", Decimal("0.05")])
def test_claim_tolerance_overrides_the_default(tolerance):
    """A claim's tolerance replaces the hedge's default: "nearly 300" at 5% is [285, 300)."""
    interval = claim(300, hedge="nearly", tolerance=tolerance).interval()
    assert interval == Interval(F(285), F(300), False, True)
    assert 281 not in interval


def test_tolerance_gives_one_sided_hedges_a_second_bound():
    """With a tolerance, "more than 100" is (100, 110] and "less than 100" is [90, 100)."""
    assert claim(100, hedge="more than", tolerance=0.1).interval() == Interval(
        F(100), F(110), True, False
    )
    assert claim(100, hedge="less than", tolerance=0.1).interval() == Interval(
        F(90), F(100), False, True
    )


def test_tolerance_zero_about_is_the_figure():
    """'about 300' with tolerance 0 admits only 300."""
    assert claim(300, hedge="about", tolerance=0).interval() == Interval(F(300), F(300))


def test_file_default_applies_when_the_claim_sets_none():
    """The file's default tolerance (passed in) is used when the claim has none of its own."""
    assert claim(300, hedge="nearly").interval(F(1, 20)) == Interval(F(285), F(300), False, True)
    own = claim(300, hedge="nearly", tolerance=0.2).interval(F(1, 20))
    assert own == Interval(F(240), F(300), False, True)


def test_file_tolerances_table_sets_the_default_per_hedge(write_claims):
    """A file's [tolerances] table (synonyms allowed) is the default for its claims' hedges."""
    path = write_claims(
        """
        [tolerances]
        almost = "5%"
        about = 0.2

        [[claim]]
        id = "suspects"
        kind = "value"
        quote = "281 arrests"
        measure = "x.suspects"
        hedge = "nearly"
        value = 300
        unit = "suspects"
        """
    )
    loaded = load_file(path)
    assert loaded.model.tolerance_for(Hedge.NEARLY) == F(1, 20)
    assert loaded.model.tolerance_for(Hedge.ABOUT) == F(1, 5)
    assert loaded.model.tolerance_for(Hedge.MORE_THAN) is None
    (suspects,) = loaded.claims
    assert isinstance(suspects, ValueClaim)
    interval = suspects.interval(loaded.model.tolerance_for(suspects.hedge))
    assert interval == Interval(F(285), F(300), False, True)


@pytest.mark.parametrize(
    ("given", "tolerance"), [(0.1, F(1, 10)), ("10%", F(1, 10)), ("1/10", F(1, 10)), (0, F(0))]
)
def test_parse_tolerance_forms(given, tolerance):
    """A tolerance is a fraction of the figure: 0.1, "10%" or "1/10"."""
    assert parse_tolerance(given) == tolerance


@pytest.mark.parametrize("given", [1, "100%", -0.1, "150%", 10])
def test_tolerance_must_be_below_one(given):
    """A tolerance of 100% or more (or below 0) is refused, with the 10% = 0.1 hint."""
    with pytest.raises(NumberError) as info:
        parse_tolerance(given)
    assert str(info.value) == (
        f"a tolerance must be at least 0 and below 1 (10% is 0.1), not {given!r}"
    )


def test_interval_scaled_converts_units():
    """An interval scales exactly by a unit factor (million -> units)."""
    assert written(53.4).scaled(F(10**6)) == Interval(F(53_350_000), F(53_450_000), False, True)


def test_interval_membership_refuses_non_numbers():
    """Only exact numbers are tested for membership: a float or a string is never "in"."""
    interval = written(281)
    assert "281" not in interval
    assert 281.0 not in interval
    assert Decimal(281) in interval
