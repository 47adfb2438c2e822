"""The unit registry: counts, currencies, scale words, exact conversions and the strict grammar."""

from __future__ import annotations

import time
from fractions import Fraction

import pytest

from factcheck import units
from factcheck.units import UnitError, is_known_unit, registry, unit_info, validate_unit_string


def test_registry_is_built_once():
    """Every caller gets the same pint registry, so quantities from anywhere combine."""
    assert registry() is registry()


def test_unit_info_comes_from_the_one_registry():
    """Units are resolved through the process's registry (pint quantities from it combine)."""
    reg = registry()
    mass = reg.Quantity(Fraction(850), "kg") + reg.Quantity(Fraction(1874), "lb")
    assert mass.to("kg").magnitude == 850 + 1874 * unit_info("lb").factor


@pytest.mark.parametrize(
    "unit",
    ["arrests", "arrest", "suspects", "countries", "country", "lives", "people", "firearms",
     "continents", "cartels", "items"],
)  # fmt: skip
def test_counts_of_things_share_one_dimension(unit):
    """Counts of things (arrests, suspects, countries, lives...) are one dimension, one each."""
    info = unit_info(unit)
    assert info.dimension == "[countable]"
    assert info.is_count
    assert info.factor == 1


def test_arrests_and_suspects_are_comparable():
    """Arrests and suspects compare: "281 arrests" may be "nearly 300 suspects"."""
    assert unit_info("arrests").dimension == unit_info("suspects").dimension


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [("USD", "[currency_USD]"), ("dollars", "[currency_USD]"), ("$", "[currency_USD]"),
     ("EUR", "[currency_EUR]"), ("€", "[currency_EUR]"), ("GBP", "[currency_GBP]"),
     ("BTC", "[currency_BTC]")],
)  # fmt: skip
def test_each_currency_is_its_own_dimension(unit, dimension):
    """A currency (by code, name or symbol) is a dimension of its own."""
    assert unit_info(unit).dimension == dimension
    assert not unit_info(unit).is_count


def test_dollars_and_euros_are_incompatible():
    """No exchange rate is assumed: USD and EUR never compare."""
    assert unit_info("USD").dimension != unit_info("EUR").dimension
    assert unit_info("million USD").dimension != unit_info("million EUR").dimension


def test_money_mass_and_counts_are_different_dimensions():
    """Kilograms against dollars (or against arrests) is a dimension mismatch."""
    dimensions = {unit_info(u).dimension for u in ("kg", "USD", "arrests", "years")}
    assert dimensions == {"[mass]", "[currency_USD]", "[countable]", "[time]"}


@pytest.mark.parametrize(
    ("unit", "scale"),
    [("million USD", 10**6), ("USD million", 10**6), ("million $", 10**6),
     ("billion EUR", 10**9), ("thousand kg", 10**3), ("thousand people", 10**3),
     ("dozen items", 12), ("millions USD", 10**6)],
)  # fmt: skip
def test_scale_words_set_factor_and_scale(unit, scale):
    """A scale word multiplies the unit and is remembered as the written scale."""
    info = unit_info(unit)
    assert info.scale == scale
    assert info.factor == scale


def test_million_usd_factor_and_scale():
    """A "million USD" is 10**6 dollars, written at the scale of a million."""
    info = unit_info("million USD")
    assert (info.dimension, info.factor, info.scale) == ("[currency_USD]", 10**6, 10**6)


def test_plural_scale_word_keeps_its_scale():
    """The plural "millions USD" is read like "million USD", scale included."""
    info = unit_info("millions USD")
    assert (info.dimension, info.factor, info.scale) == ("[currency_USD]", 10**6, 10**6)


@pytest.mark.parametrize("unit", ["kg", "USD", "arrests", "lb", "km/h"])
def test_no_scale_word_means_scale_one(unit):
    """Without a scale word the scale is 1 (whole numbers stay exact)."""
    assert unit_info(unit).scale == 1


def test_pound_is_an_exact_fraction_of_a_kilogram():
    """1 lb is exactly 45359237/100000000 kg, a Fraction, never a float."""
    factor = unit_info("lb").factor
    assert isinstance(factor, Fraction)
    assert factor == Fraction(45359237, 100000000)
    assert unit_info("kg").factor == 1


def test_mass_comparison_is_exact():
    """1,874 lb is compared with 850 kg exactly: 850.03210138 kg, just above 850."""
    in_kg = 1874 * unit_info("lb").factor
    assert in_kg == Fraction("850.03210138")
    assert in_kg > 850


def test_tonne_and_gram_are_exact():
    """Metric mass units convert by exact powers of ten."""
    assert unit_info("tonne").factor == 1000
    assert unit_info("g").factor == Fraction(1, 1000)


def test_time_units_share_the_time_dimension():
    """Days, weeks, months and years are all [time], with exact factors in seconds."""
    assert {unit_info(u).dimension for u in ("day", "weeks", "months", "years")} == {"[time]"}
    assert unit_info("day").factor == 86400
    assert unit_info("week").factor == 7 * 86400


@pytest.mark.parametrize(
    "text", ["kg", "million USD", "km/h", "m**2", "m^2", "kg per m**3", "USD / year", "$"]
)
def test_grammar_accepts_unit_expressions(text):
    """Names joined by spaces, '*', '/' or 'per', with small integer powers, are accepted."""
    assert validate_unit_string(f"  {text} ") == text
    assert is_known_unit(text)


def test_powers_of_units_are_read():
    """A unit with a power (m**2) gives its dimension instead of crashing."""
    assert unit_info("m**2").dimension == "[length]**2"
    assert unit_info("kg/m**3").dimension == "[length]**-3 * [mass]"
    assert unit_info("km/h").factor == Fraction(5, 18)


_NOT_A_UNIT = (
    "unit={!r} is not a unit expression: use unit names joined by spaces, '*', '/' or 'per', with"
    " small integer powers ('kg', 'million USD', 'km/h', 'm**2'); numbers go in the value field"
)


@pytest.mark.parametrize(
    "text",
    ["9^9^9 kg", "2*kg", "kg + 1", "__import__('os')", "1e9 kg", "kg**9", "(kg)", "kg.m", "1/s",
     "kg\x00", "kg; rm -rf /", "kg # comment", "", "   "],
)  # fmt: skip
def test_grammar_rejects_arithmetic_and_code_before_pint(monkeypatch, text):
    """Arithmetic, numbers and code are refused by the grammar; pint never sees them."""

    def no_pint():
        raise AssertionError("pint was asked")  # pragma: no cover

    monkeypatch.setattr(units, "registry", no_pint)
    start = time.perf_counter()
    with pytest.raises(UnitError) as info:
        unit_info(text)
    assert time.perf_counter() - start < 0.1
    assert str(info.value) == _NOT_A_UNIT.format(text)


@pytest.mark.parametrize(
    "text", ["kg " * 100, "a" * 81, "9^" * 1000 + "9", "per " * 19 + "!", "a per " * 13 + "!"]
)
def test_long_and_adversarial_strings_are_rejected_quickly(monkeypatch, text):
    """Very long or backtracking-prone strings are refused by the grammar within milliseconds."""
    monkeypatch.setattr(units, "registry", None)  # never reached
    start = time.perf_counter()
    with pytest.raises(UnitError, match=r"^(a unit must be at most 80|unit=.* is not a unit expr)"):
        unit_info(text)
    assert time.perf_counter() - start < 0.1


def test_long_unit_message():
    """A unit over the length limit says what the limit is."""
    with pytest.raises(UnitError, match=r"^a unit must be at most 80 characters long$"):
        validate_unit_string("kg " * 100)


@pytest.mark.parametrize("value", [5, None, ["kg"], b"kg"])
def test_unit_must_be_a_string(value):
    """A non-string unit is refused with an example of what is wanted."""
    with pytest.raises(UnitError) as info:
        validate_unit_string(value)
    assert str(info.value) == (
        f"a unit must be a string such as 'kg' or 'million USD', not {value!r}"
    )


@pytest.mark.parametrize("text", ["degC", "degF", "degree_Celsius", "celsius"])
def test_offset_units_are_rejected(text):
    """Units with an offset (degC) cannot be scaled, so they are refused."""
    with pytest.raises(UnitError) as info:
        unit_info(text)
    assert str(info.value) == f"unit={text!r} has an offset (like degC) and cannot be compared"


def test_unknown_unit_is_named_in_the_message():
    """An unknown unit is refused with a message naming it and the way out for counts."""
    with pytest.raises(UnitError) as info:
        unit_info("zwidgets")
    assert str(info.value) == (
        "unit='zwidgets' is not a known unit ('zwidgets' is not defined in the unit registry);"
        " for a count of things factcheck does not name, use 'items'; for money, a currency code"
        " such as 'GBP' or 'million USD'"
    )
    assert not is_known_unit("zwidgets")


def test_unit_error_is_a_value_error():
    """UnitError is a ValueError, so pydantic turns it into a validation error."""
    assert issubclass(UnitError, ValueError)


def test_unit_info_is_cached():
    """The same unit string is resolved once."""
    assert unit_info("million USD") is unit_info("million USD")


_EVERY_DEFINITION = """
import json
from importlib import resources
from factcheck import units
text = (resources.files("factcheck") / "data" / "units.txt").read_text(encoding="utf-8")
reg = units.registry()
print(json.dumps({
    name: str(reg.Quantity(1, name).to_base_units().units)
    for name in [*(name for name, _ in units._definitions(text)), "bags"]
}))
"""


@pytest.mark.parametrize("cache", ["off", "fresh", "warm"])
def test_every_definition_means_the_same_with_or_without_the_unit_cache(tmp_path, cache):
    """A name factcheck redefines over pint's ("bag": pint's 94 lb cement bag, factcheck's count)
    resolves to factcheck's meaning whether the registry is built fresh, from the disk cache, or
    with the cache off."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, FACTCHECK_UNIT_CACHE="off" if cache == "off" else str(tmp_path))

    def resolve() -> dict[str, str]:
        out = subprocess.run(
            [sys.executable, "-c", _EVERY_DEFINITION],
            env=env, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return dict(json.loads(out.stdout))

    if cache == "warm":
        resolve()
    resolved = resolve()
    assert resolved["bag"] == resolved["bags"] == "item"
    assert resolved["kilos"] == "kilogram"
    assert resolved["offense"] == "item"
    assert resolved["pence"] == "pound_sterling"
    assert resolved["cent"] == "US_dollar"
    assert set(resolved.values()) <= {
        "item", "kilogram", "dimensionless", "pound_sterling", "US_dollar", "euro", "second"
    }, resolved  # fmt: skip
    assert resolved["decade"] == "second"  # ten years, not pint's ratio of ten


def test_a_registry_from_the_warm_cache_works_out_few_root_units(tmp_path):
    """Start-up guard (not a timing): built from pint's disk cache, the registry checks the few
    root units pint had worked out before factcheck's definitions were loaded, not every name
    and definition of units.txt (285 of them, parsed at every start)."""
    import os
    import subprocess
    import sys

    code = (
        "import pint\n"
        "from pint.facets.plain.registry import GenericPlainRegistry as Registry\n"
        "calls = []\n"
        "original = Registry._get_root_units\n"
        "def counted(self, *args, **kwargs):\n"
        "    calls.append(1)\n"
        "    return original(self, *args, **kwargs)\n"
        "Registry._get_root_units = counted\n"
        "from factcheck import units\n"
        "units.registry()\n"
        "print(len(calls))\n"
    )
    env = dict(os.environ, FACTCHECK_UNIT_CACHE=str(tmp_path))
    command = [sys.executable, "-c", code]
    runs = [
        subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
        for _ in range(2)
    ]
    cold, warm = (int(run.stdout) for run in runs)
    assert cold > 285  # the first build: pint works out every unit, then factcheck's are rebuilt
    assert warm < 150, warm  # about 60 (21 kept by pint, the rest its unit systems'); 586 before


@pytest.mark.parametrize("text", ["tons", "ton", "million tons"])
def test_tons_are_refused_as_ambiguous(text):
    """'tons' is a US short ton to pint and usually a metric tonne in international copy: the
    claim file must say which."""
    with pytest.raises(UnitError) as info:
        unit_info(text)
    assert "is ambiguous (pint reads it as the US short ton, 907 kg); write 'short_ton" in str(
        info.value
    )
    assert unit_info("short_tons").factor == Fraction(45359237, 50000)
    assert unit_info("tonnes").factor == 1000


# --- currency sub-units ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "dimension", "currency"),
    [("pence", "[currency_GBP]", "GBP"), ("penny", "[currency_GBP]", "GBP"),
     ("GBX", "[currency_GBP]", "GBP"), ("cents", "[currency_USD]", "USD"),
     ("cent", "[currency_USD]", "USD"), ("US_cents", "[currency_USD]", "USD"),
     ("euro_cents", "[currency_EUR]", "EUR"), ("eurocent", "[currency_EUR]", "EUR")],
)  # fmt: skip
def test_currency_sub_units_are_exact_hundredths_of_their_currency(unit, dimension, currency):
    """184 pence is 1.84 GBP and 99 cents 0.99 USD, exactly, in the currency's own dimension."""
    info = unit_info(unit)
    assert info.dimension == dimension == unit_info(currency).dimension
    assert info.factor == Fraction(1, 100)
    assert info.scale == 1
    assert not info.is_count


def test_sub_units_take_scale_words():
    """ "million pence" is a million hundredths of a pound, written at the scale of a million."""
    info = unit_info("million pence")
    assert (info.dimension, info.factor, info.scale) == ("[currency_GBP]", 10**4, 10**6)


@pytest.mark.parametrize("text", ["p", "GBp", "pennies"])
def test_ambiguous_sub_unit_spellings_are_not_units(text):
    """'p' (pint's pico prefix), 'GBp' (a typo away from GBP) and 'pennies' (US pennies are
    cents) are not defined: a claim file must write 'pence' or 'GBX'."""
    with pytest.raises(UnitError, match="is not a known unit"):
        unit_info(text)


def test_sub_units_leave_pints_neighbouring_names_alone():
    """Defining 'cent' and 'penny' changes neither 'percent', 'centimeter' nor 'pennyweight'."""
    assert unit_info("percent").dimension == "dimensionless"
    assert unit_info("percent").factor == Fraction(1, 100)
    assert unit_info("centimeter").dimension == "[length]"
    assert unit_info("pennyweight").dimension == "[mass]"


def test_unknown_unit_message_points_to_currency_codes():
    """The refusal of an unknown unit names both ways out, for counts and for money, on one
    line."""
    with pytest.raises(UnitError) as info:
        unit_info("quid")
    message = str(info.value)
    assert "use 'items'" in message
    assert "a currency code such as 'GBP' or 'million USD'" in message
    assert "\n" not in message


def test_quotes_read_pence_and_cents_as_sub_units():
    """The quote reader finds "184 pence a share" in pence and "99 cents" in US cents (it reads
    the word after a figure through the unit registry, so the definitions are enough)."""
    from factcheck.quotes import numbers_in

    (pence,) = numbers_in("Shares closed at 184 pence a share")
    assert (pence.value, pence.unit_text, pence.unit) == (184, "pence", unit_info("pence"))
    (cents,) = numbers_in("A stamp costs 99 cents")
    assert (cents.value, cents.unit_text, cents.unit) == (99, "cents", unit_info("US_cents"))
    (euro,) = numbers_in("A coffee costs 99 euro cents")
    assert (euro.value, euro.unit_text, euro.unit) == (99, "euro cents", unit_info("euro_cents"))


_SHARE_ARTICLE = "Shares closed at 184 pence, up from £{pounds}; a stamp costs 73 cents.\n"
_SHARE_CLAIMS = """
[[claim]]
id = "close-pence"
kind = "value"
quote = "Shares closed at 184 pence"
measure = "share.close"
value = 184
unit = "pence"

[[claim]]
id = "close-pounds"
kind = "value"
quote = "up from £{pounds}"
measure = "share.close"
value = "{pounds}"
unit = "GBP"

[[claim]]
id = "stamp-cents"
kind = "value"
quote = "a stamp costs 73 cents"
measure = "stamp.price"
value = 73
unit = "cents"
"""


@pytest.mark.parametrize(("pounds", "rules"), [("1.84", []), ("1.80", ["FC101"])])
def test_pence_and_pounds_compare_on_one_measure(write_claims, pounds, rules):
    """184 pence and "£1.84" are one figure; 184 pence and "£1.80" contradict (FC101). Each quote
    agrees with its claim's unit (no FC102)."""
    import factcheck

    article = _SHARE_ARTICLE.format(pounds=pounds)
    path = write_claims(_SHARE_CLAIMS.format(pounds=pounds), article=article)
    report = factcheck.check(factcheck.load(path.parent))
    assert sorted(f.rule for f in report.findings) == rules


def test_points_are_refused_as_ambiguous():
    """'points' is a typographic point to pint; percentage points are 'percent'."""
    with pytest.raises(UnitError, match="write 'percent' for percentage points"):
        unit_info("points")
