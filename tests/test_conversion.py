"""kind = "conversion" and kind = "rate": one amount in two currencies, checked against the
exchange rate of the day (FC106); without a rate, "not checked"."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

from factcheck import ClaimFileError, ConversionClaim, RateClaim

TEXT = "Investigators seized EUR 50.8 million (USD {usd} million) in cash."


def conversion(usd: str = "54.9", extra: str = "") -> str:
    return (
        f'[[claim]]\nid = "seized"\nkind = "conversion"\n'
        f'quote = "EUR 50.8 million (USD {usd} million)"\nmeasure = "op.seized.eur"\n'
        f'value = 50.8\nunit = "million EUR"\nconverted_value = {usd}\n'
        f'converted_unit = "million USD"\n{extra}\n'
    )


def rates(*rows: tuple[str, str, str], extra: str = "") -> dict[str, str]:
    """A reference file of rates: (pair, rate, date) rows."""
    body = '[reference]\nid = "fx"\ntitle = "Reference rates"\n\n'
    for n, (pair, rate, day) in enumerate(rows):
        body += (
            f'[[claim]]\nid = "rate-{n}"\nkind = "rate"\nquote = "{pair} {rate}"\n'
            f'pair = "{pair}"\nrate = {rate}\ndate = {day}\n{extra}'
            'source = "European Central Bank, euro foreign exchange reference rates"\n\n'
        )
    return {"fx.toml": body}


ECB = ("EUR/USD", "1.0802", "2024-05-14")


def test_figures_that_agree_at_the_days_rate_are_confirmed(tmp_path: Path) -> None:
    """50.8 million EUR at 1.0802 is 54.87 million USD: '54.9' holds, and the check says so."""
    report = run(tmp_path, TEXT.format(usd="54.9"), conversion(), published="2024-05-14",
                 others=rates(ECB))  # fmt: skip
    assert codes(report) == []
    (held,) = [c for c in report.checks if c.rule == "FC106"]
    assert held.status == "holds" and "EUR/USD 1.0802 on 2024-05-14" in held.message
    assert "rate-0" in {c.id for c in held.claims}


def test_a_figure_off_the_rate_is_fc106(tmp_path: Path) -> None:
    """USD 59.9 million for EUR 50.8 million at 1.0802 is 9.2% off: FC106, with the arithmetic."""
    report = run(tmp_path, TEXT.format(usd="59.9"), conversion("59.9"), published="2024-05-14",
                 others=rates(ECB))  # fmt: skip
    assert codes(report) == ["FC106"]
    (found,) = report.findings
    assert found.message == (
        "“EUR 50.8 million (USD 59.9 million)”: 59.9 million USD is not 50.8 million EUR at the"
        " rate of the day"
    )
    assert "50.8 million EUR is 54.87 million USD; 59.9 million USD is 9.2% more" in (
        found.explanation
    )
    assert {(c.id, c.part) for c in found.claims} == {
        ("seized", ""),
        ("seized", "EUR"),
        ("seized", "USD"),
        ("rate-0", ""),
    }


def test_without_a_rate_the_pair_is_not_checked(tmp_path: Path) -> None:
    """No rate loaded: no finding, and the pair is 'not checked', never confirmed."""
    report = run(tmp_path, TEXT.format(usd="99.9"), conversion("99.9"), published="2024-05-14")
    assert codes(report) == []
    (unchecked,) = [c for c in report.checks if c.rule == "FC106"]
    assert unchecked.status == "unchecked"
    assert unchecked.message.endswith("no EUR/USD rate on 2024-05-14 is loaded")


def test_a_rate_of_the_other_direction_is_inverted(tmp_path: Path) -> None:
    """A USD/EUR rate (0.9258 EUR per dollar) checks a EUR-then-USD pair too."""
    report = run(tmp_path, TEXT.format(usd="59.9"), conversion("59.9"), published="2024-05-14",
                 others=rates(("USD/EUR", "0.9258", "2024-05-14")))  # fmt: skip
    assert codes(report) == ["FC106"]


@pytest.mark.parametrize(
    ("day", "status"),
    [("2024-05-10", "holds"), ("2024-05-04", "unchecked"), ('"2024-05"', "holds")],
)
def test_a_day_without_a_rate_takes_the_latest_of_the_week_before(
    tmp_path: Path, day: str, status: str
) -> None:
    """Published on a Sunday: Friday's rate; a rate eight days old is too old; a month's
    average rate applies to each of its days."""
    report = run(tmp_path, TEXT.format(usd="54.9"), conversion(), published="2024-05-12",
                 others=rates(("EUR/USD", "1.0802", day)))  # fmt: skip
    (fc106,) = [c for c in report.checks if c.rule == "FC106"]
    assert fc106.status == status


def test_the_date_of_the_conversion_picks_the_rate(tmp_path: Path) -> None:
    """date = 2024-01-02: the rate of that day is used, not the publication day's."""
    claims = conversion("54.9", "date = 2024-01-02\n")
    two = rates(("EUR/USD", "1.0802", "2024-05-14"), ("EUR/USD", "1.20", "2024-01-02"))
    report = run(tmp_path, TEXT.format(usd="54.9"), claims, published="2024-05-14", others=two)
    assert codes(report) == ["FC106"]


@pytest.mark.parametrize(
    ("where", "tolerance", "expected"),
    [("claim", "10%", []), ("claim", "5%", ["FC106"]), ("rate", "0.1", [])],
)
def test_the_tolerance_may_be_set_by_the_claim_or_the_rate(
    tmp_path: Path, where: str, tolerance: str, expected: list[str]
) -> None:
    """9.2% off passes with rate_tolerance = '10%' (or the rate's tolerance = 0.1), not 5%."""
    line = f'rate_tolerance = "{tolerance}"\n' if where == "claim" else ""
    extra = f"tolerance = {tolerance}\n" if where == "rate" else ""
    report = run(tmp_path, TEXT.format(usd="59.9"), conversion("59.9", line),
                 published="2024-05-14", others=rates(ECB, extra=extra))  # fmt: skip
    assert codes(report) == expected


def test_each_figure_is_a_measure_other_files_meet(tmp_path: Path) -> None:
    """The dollar figure is 'op.seized.usd': another article's '$54.9 million' meets it."""
    other = (
        '[article]\nid = "us"\ntitle = "t"\npublished = 2024-05-14\ntext = "us.txt"\n\n'
        + value("usd", "$58 million", "op.seized.usd", "58", "million USD")
    )
    (tmp_path / "us.txt").write_text("Agents seized $58 million.", encoding="utf-8")
    report = run(tmp_path, TEXT.format(usd="54.9"), conversion(), published="2024-05-14",
                 others={"us.toml": other})  # fmt: skip
    assert codes(report) == ["FC501"]


def test_the_converted_measure_is_named_after_the_currency() -> None:
    """'x.eur' gives 'x.usd'; 'x.cash' gives 'x.cash.usd'; converted_measure overrides both."""
    common = {"id": "c", "quote": "q", "value": 1, "unit": "EUR", "converted_value": 1,
              "converted_unit": "million USD"}  # fmt: skip
    assert ConversionClaim(measure="x.eur", **common).other_measure == "x.usd"
    assert ConversionClaim(measure="x.cash", **common).other_measure == "x.cash.usd"
    given = ConversionClaim(measure="x.cash", converted_measure="y.z", **common)
    assert given.other_measure == "y.z"


def test_each_figure_is_quoted_by_its_own_words(tmp_path: Path) -> None:
    """The two figures are quoted 'EUR 50.8 million' and 'USD 54.9 million' (or by fragments)."""
    claim = ConversionClaim(
        id="c", quote="EUR 50.8 million (USD 54.9 million)", measure="x.eur", value="50.8",
        unit="million EUR", converted_value="54.9", converted_unit="million USD",
    )  # fmt: skip
    quotes = {part: sub.quote for part, sub in claim.implied()}
    assert quotes == {"EUR": "EUR 50.8 million", "USD": "USD 54.9 million",
                      "": "EUR 50.8 million (USD 54.9 million)"}  # fmt: skip
    pounds = ConversionClaim(
        id="c", quote="£43.7m ($54.9m)", measure="x.gbp", value="43.7", unit="million GBP",
        converted_value="54.9", converted_unit="million USD",
    )  # fmt: skip
    assert [sub.quote for _, sub in pounds.implied()][:2] == ["£43.7m", "$54.9m"]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ('unit = "million EUR"', "unit", "unit='kg' is not an amount of money"),
        ('converted_unit = "million USD"', None, "unit and converted_unit are both in EUR"),
    ],
)
def test_a_bad_conversion_is_a_located_error(
    tmp_path: Path, change: str, field: str | None, message: str
) -> None:
    """A conversion in a unit that is not money, or within one currency: exit 2, located."""
    replacement = {'unit = "million EUR"': 'unit = "kg"',
                   'converted_unit = "million USD"': 'converted_unit = "EUR"'}[change]  # fmt: skip
    claims = conversion().replace(change, replacement, 1)
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, TEXT.format(usd="54.9"), claims)
    assert message in str(caught.value) and caught.value.claim == "seized"
    assert caught.value.field == field and caught.value.line is not None


def test_a_conversion_of_units_says_to_write_two_values(tmp_path: Path) -> None:
    """"180 km per hour (112 mph)" is one figure in two units of one dimension, not a
    conversion of currencies: the error says to write two value claims of one measure, and
    those agree (112 mph is 180.2 km/h)."""
    text = "Winds of up to 180 km per hour (112 mph) were recorded.\n"
    bad = """
[[claim]]
id = "winds"
kind = "conversion"
quote = "180 km per hour (112 mph)"
measure = "storm.wind"
value = 180
unit = "km/h"
converted_value = 112
converted_unit = "mph"
"""
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, text, bad)
    assert "two value claims of one measure" in str(caught.value)
    good = """
[[claim]]
id = "winds-kmh"
kind = "value"
quote = "180 km per hour"
measure = "storm.wind"
value = 180
unit = "km/h"

[[claim]]
id = "winds-mph"
kind = "value"
quote = "112 mph"
measure = "storm.wind"
value = 112
unit = "mph"
"""
    report = run(tmp_path, text, good)
    assert report.findings == ()
    assert [c.rule for c in report.checks if c.status == "holds"] == ["FC101"]


@pytest.mark.parametrize(
    ("pair", "rate", "message"),
    [("EURUSD", "1.08", "pair='EURUSD' is not a pair of currency codes such as 'EUR/USD'"),
     ("EUR/XYZ", "1.08", "'XYZ' is not a currency code"),
     ("EUR/EUR", "1", "names one currency twice"),
     ("EUR/USD", "-1.08", "rate=-1.08 must be positive")],
)  # fmt: skip
def test_a_bad_rate_is_a_located_error(tmp_path: Path, pair: str, rate: str, message: str) -> None:
    """A rate whose pair or figure cannot be read: exit 2, naming the field."""
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, TEXT.format(usd="54.9"), conversion(),
            others=rates((pair, rate, "2024-05-14")))  # fmt: skip
    assert message in str(caught.value)
    assert caught.value.field in ("pair", "rate") and caught.value.line is not None


def test_rates_are_built_in_python() -> None:
    """RateClaim converts both ways."""
    rate = RateClaim(id="r", quote="1.25", pair="gbp/usd", rate="1.25", date="2024-05-14")
    assert rate.pair == "GBP/USD"
    assert rate.per("GBP", "USD") == Fraction(5, 4) and rate.per("USD", "GBP") == Fraction(4, 5)
    assert rate.per("EUR", "USD") is None


MANY = (
    "Investigators seized EUR 50.8 million (USD 59.9 million) in cash, £12.4m ($15.6m) in"
    " crypto and ¥300 million (USD 2 million) in gold."
)


def _other_conversion(cid: str, quote: str, base: tuple[str, str], to: tuple[str, str]) -> str:
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "conversion"\nquote = "{quote}"\n'
        f'measure = "op.{cid}.{base[1].split()[-1].lower()}"\nvalue = {base[0]}\n'
        f'unit = "{base[1]}"\nconverted_value = {to[0]}\nconverted_unit = "{to[1]}"\n\n'
    )


def test_a_wrong_conversion_names_its_own_rate_and_figures_only(tmp_path: Path) -> None:
    """FC106 for one conversion lists its figures and its rate, not the file's other
    conversions and rates, which assert nothing the wrong one restates (their constraints are
    all shared with a rate: they were listed as if they said the same)."""
    claims = (
        conversion("59.9")
        + _other_conversion("crypto", "£12.4m ($15.6m)", ("12.4", "million GBP"),
                            ("15.6", "million USD"))
        + _other_conversion("gold", "¥300 million (USD 2 million)", ("300", "million JPY"),
                            ("2", "million USD"))
        + '[[claim]]\nid = "hauls"\nkind = "parts"\nquote = "in cash, £12.4m ($15.6m) in"\n'
        'of = "op.seized_all.usd"\nparts = ["op.seized.usd", "op.crypto.usd", "op.gold.usd"]\n\n'
        '[measures]\n"op.seized_all.usd" = "All that was seized, in dollars"\n'
    )  # fmt: skip  (the parts link the three amounts: one group of constraints)
    others = rates(ECB, ("GBP/USD", "1.2565", "2024-05-14"), ("USD/JPY", "155.60", "2024-05-14"))
    others["release.toml"] = (
        '[reference]\nid = "release"\ntitle = "Europol release"\n\n'
        '[[claim]]\nid = "eur"\nkind = "value"\nquote = "EUR 50.8 million"\n'
        'measure = "op.seized.eur"\nvalue = 50.8\nunit = "million EUR"\nsource = "Europol"\n'
    )  # the euro figure is another source's too: the dollar figure is the one at fault
    report = run(tmp_path, MANY, claims, published="2024-05-14", others=others)
    assert codes(report) == ["FC106"]
    (found,) = report.findings
    named = {c.id.split(" [")[0] for c in found.claims}
    assert named == {"seized", "rate-0", "eur"}
    held = [c for c in report.checks if c.rule == "FC106" and c.status == "holds"]
    assert len(held) == 2
