"""The consistency engine: one example of a finding and of a non-finding per rule.

Tests assert on rule codes and the claims involved; each message's wording is pinned once in
`test_message_wording`.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import factcheck
from factcheck import Report

HEADER = """\
[article]
id = "{doc}"
title = "Test article"
published = {published}
text = "{doc}.txt"
"""


def run(
    tmp_path: Path,
    text: str,
    claims: str,
    *,
    published: str = "2023-05-02",
    doc: str = "art",
    others: dict[str, str] | None = None,
) -> Report:
    """Write an article and its claim file (and other claim files), load and check them."""
    (tmp_path / f"{doc}.txt").write_text(text, encoding="utf-8")
    body = HEADER.format(doc=doc, published=published) + textwrap.dedent(claims)
    (tmp_path / f"{doc}.toml").write_text(body, encoding="utf-8")
    for name, content in (others or {}).items():
        (tmp_path / name).write_text(textwrap.dedent(content), encoding="utf-8")
    return factcheck.check(factcheck.load(tmp_path))


def codes(report: Report) -> list[str]:
    """The rule codes of the unacknowledged findings, sorted; FC902 (a figure of the article no
    claim quotes) left out: these articles are snippets for one rule each (test_coverage.py)."""
    return sorted(f.rule for f in report.findings if not f.acknowledged and f.rule != "FC902")


def ids(report: Report, rule: str) -> set[str]:
    """The claim ids of the findings of one rule."""
    return {c.id for f in report.findings if f.rule == rule for c in f.claims}


def value(cid: str, quote: str, measure: str, figure: str, unit: str, hedge: str = "") -> str:
    """A value claim in TOML."""
    extra = f'hedge = "{hedge}"\n' if hedge else ""
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "value"\nquote = "{quote}"\nmeasure = "{measure}"\n'
        f'value = {figure}\nunit = "{unit}"\n{extra}\n'
    )


ARRESTS = "Police arrested nearly 300 suspects. The operation netted 281 arrests."


# --- FC101 value-conflict -----------------------------------------------------------------------


def test_fc101_hedged_value_that_holds(tmp_path: Path) -> None:
    """'nearly 300 suspects' holds for 281 arrests: no finding, and the check is confirmed."""
    report = run(
        tmp_path,
        ARRESTS,
        value("near", "nearly 300 suspects", "op.arrests", "300", "suspects", "nearly")
        + value("exact", "281 arrests", "op.arrests", "281", "arrests"),
    )
    assert codes(report) == []
    assert any(c.rule == "FC101" and c.status == "holds" for c in report.checks)


def test_fc101_hedge_the_value_breaks(tmp_path: Path) -> None:
    """'nearly 250 suspects' cannot be 281 arrests: FC101 names both claims."""
    report = run(
        tmp_path,
        ARRESTS.replace("300", "250"),
        value("near", "nearly 250 suspects", "op.arrests", "250", "suspects", "nearly")
        + value("exact", "281 arrests", "op.arrests", "281", "arrests"),
    )
    assert codes(report) == ["FC101"]
    assert ids(report, "FC101") == {"near", "exact"}
    assert report.exit_code == 1


def test_fc101_written_precision(tmp_path: Path) -> None:
    """'$53.4 million' admits 53.449 million but not 53.451 million (whole dollars are read to the
    dollar)."""
    text = "It seized $53.4 million in cash. The total was $53,449,000 and later $53,451,000."
    ok = value("rounded", "$53.4 million", "op.cash", "53.4", "million USD") + value(
        "exact", "$53,449,000", "op.cash", "53449000", "USD"
    )
    (tmp_path / "a").mkdir()
    assert codes(run(tmp_path / "a", text, ok)) == []
    bad = value("rounded", "$53.4 million", "op.cash", "53.4", "million USD") + value(
        "exact", "$53,451,000", "op.cash", "53451000", "USD"
    )
    (tmp_path / "b").mkdir()
    assert codes(run(tmp_path / "b", text, bad)) == ["FC101"]


def test_fc101_restated_in_another_unit(tmp_path: Path) -> None:
    """850 kg and 1,874 lb of one measure agree when '1,874' is read as 'about'."""
    text = "They seized 850 kilograms of drugs, about 1,874 pounds."
    report = run(
        tmp_path,
        text,
        value("kg", "850 kilograms", "op.drugs", "850", "kg")
        + value("lb", "about 1,874 pounds", "op.drugs", '"1,874"', "lb", "about"),
    )
    assert codes(report) == []


# --- FC501 sources-disagree ---------------------------------------------------------------------

REFERENCE = """\
[reference]
id = "ref"
title = "Reference"

[[claim]]
id = "ref-arrests"
kind = "value"
quote = "150 arrests"
measure = "prev.arrests"
value = 150
unit = "arrests"
source = "Politico, 2021-10-26"
"""


def test_fc501_article_against_reference(tmp_path: Path) -> None:
    """An article's figure that a reference file contradicts: FC501 names both files' claims."""
    report = run(
        tmp_path,
        "The previous operation made 200 arrests.",
        value("prev", "200 arrests", "prev.arrests", "200", "arrests"),
        others={"ref.toml": REFERENCE},
    )
    assert codes(report) == ["FC501"]
    assert {c.doc for c in report.findings[0].claims} == {"art", "ref"}


def test_fc501_agreeing_sources(tmp_path: Path) -> None:
    """An article that agrees with the reference file: no finding."""
    report = run(
        tmp_path,
        "The previous operation made about 150 arrests.",
        value("prev", "about 150 arrests", "prev.arrests", "150", "arrests", "about"),
        others={"ref.toml": REFERENCE},
    )
    assert codes(report) == []


# --- FC102 quote-mismatch, FC104 hedge-mismatch -------------------------------------------------


def test_fc102_value_typo(tmp_path: Path) -> None:
    """A claim whose value is not the figure its quote writes: FC102 on that claim."""
    report = run(tmp_path, ARRESTS, value("typo", "281 arrests", "op.arrests", "218", "arrests"))
    assert codes(report) == ["FC102"]
    assert ids(report, "FC102") == {"typo"}


def test_fc102_unit_typo(tmp_path: Path) -> None:
    """A claim in pounds quoting kilograms: FC102."""
    report = run(
        tmp_path, "850 kilograms of drugs", value("u", "850 kilograms", "op.d", "850", "lb")
    )
    assert codes(report) == ["FC102"]


def test_fc102_scale_words_and_words(tmp_path: Path) -> None:
    """Figures with scale words and numbers in words match their claims: no finding."""
    text = "It seized $53.4 million and worked with eight countries for more than 15 years."
    report = run(
        tmp_path,
        text,
        value("cash", "$53.4 million", "op.cash", "53.4", "million USD")
        + value("n", "eight countries", "op.countries", "8", "countries")
        + value("y", "more than 15 years", "op.years", "15", "years", "more than"),
    )
    assert codes(report) == []


def test_fc104_hedge_not_in_quote(tmp_path: Path) -> None:
    """A claim hedged 'about' whose quote says 'nearly': FC104 warning, exit 0."""
    report = run(
        tmp_path, ARRESTS, value("h", "nearly 300 suspects", "op.a", "300", "suspects", "about")
    )
    assert codes(report) == ["FC104"]
    assert report.findings[0].severity == "warning"
    assert report.exit_code == 0


def test_fc104_exact_claim_of_hedged_quote(tmp_path: Path) -> None:
    """An exact claim whose quote hedges the figure: FC104."""
    report = run(tmp_path, ARRESTS, value("h", "nearly 300 suspects", "op.a", "300", "suspects"))
    assert codes(report) == ["FC104"]


@pytest.mark.parametrize(
    ("quote", "figure", "unit"),
    [("131 people, were aged over 60", "131", "people"),
     ("Children under 5 made up 40", "40", "percent"),
     ("1,604, or about 65 percent", '"1,604"', "people"),
     ("More than 2,300 residents were evacuated from 14 villages", "14", "villages")],
)  # fmt: skip
def test_fc104_hedge_word_of_another_figure_is_not_the_claims(
    tmp_path: Path, quote: str, figure: str, unit: str
) -> None:
    """An exact claim whose quote hedges another figure, not the claim's: no finding."""
    report = run(tmp_path, quote, value("c", quote, "op.a", figure, unit))
    assert codes(report) == []


@pytest.mark.parametrize(
    ("quote", "figure", "unit", "written"),
    [("The ransom was more than $5 million", "5", "million USD", "more than"),
     ("Children under 5 made up nearly 40", "40", "percent", "nearly"),
     ("evacuated from just under 14 villages", "14", "villages", "just under"),
     ("an estimated 3,000 people fled", '"3,000"', "people", "an estimated")],
)  # fmt: skip
def test_fc104_exact_claim_whose_own_figure_is_hedged(
    tmp_path: Path, quote: str, figure: str, unit: str, written: str
) -> None:
    """An exact claim whose own figure has a hedge word right before it (past a currency
    symbol): FC104 names that word."""
    report = run(tmp_path, quote, value("c", quote, "op.a", figure, unit))
    assert codes(report) == ["FC104"]
    assert report.findings[0].message == (
        f"claim c: the quote says '{written}' but the claim's hedge is 'exact'"
    )
    assert "right before the claim's figure" in report.findings[0].explanation


def test_fc104_hedge_before_the_claims_own_figure_holds(tmp_path: Path) -> None:
    """A hedged claim whose hedge word is right before its own figure, while another figure of
    the quote has another hedge: no finding; the claim of that other figure, hedged 'nearly', is
    FC104 (its figure says 'more than')."""
    quote = "More than 2,300 residents were evacuated from nearly 14 villages"
    report = run(
        tmp_path,
        quote,
        value("villages", quote, "op.villages", "14", "villages", "nearly")
        + value("residents", quote, "op.residents", '"2,300"', "residents", "nearly"),
    )
    assert codes(report) == ["FC104"]
    assert ids(report, "FC104") == {"residents"}
    assert report.findings[0].message == (
        "claim residents: the quote says 'more than' but the claim's hedge is 'nearly'"
    )


@pytest.mark.parametrize(("hedge", "expected"), [("nearly", []), ("", ["FC104"])])
def test_fc104_hedge_of_a_ratio_in_words(tmp_path: Path, hedge: str, expected: list[str]) -> None:
    """'nearly one in five adults': the hedge is the ratio's, found where 'one' starts."""
    text = "Nearly one in five adults smoke; one in four did."
    extra = f'hedge = "{hedge}"\n' if hedge else ""
    claims = (
        '[[claim]]\nid = "s"\nkind = "share"\nquote = "Nearly one in five adults smoke"\n'
        f'measure = "x.smokers"\nof = "x.adults"\nfraction = "1/5"\n{extra}\n'
        '[measures]\n"x.adults" = "Adults"\n'
    )
    assert codes(run(tmp_path, text, claims)) == expected


@pytest.mark.parametrize(
    ("quote", "figure", "unit"),
    [("Damages are estimated at €310 million", "310", "million EUR"),
     ("an estimated 3,000 people fled", '"3,000"', "people"),
     ("The crowd, est. 40,000 people", '"40,000"', "people")],
)  # fmt: skip
def test_fc104_estimated_is_about(tmp_path: Path, quote: str, figure: str, unit: str) -> None:
    """'estimated at', 'an estimated' and 'est.' are words of the hedge 'about': a claim hedged
    'about' holds; the same claim left exact is FC104."""
    hedged = run(tmp_path, quote, value("c", quote, "op.a", figure, unit, "about"))
    assert codes(hedged) == []
    (tmp_path / "exact").mkdir()
    exact = run(tmp_path / "exact", quote, value("c", quote, "op.a", figure, unit))
    assert codes(exact) == ["FC104"]
    assert "(the hedge 'about')" in exact.findings[0].explanation


def test_fc104_hedge_before_an_article_or_a_fraction_word(tmp_path: Path) -> None:
    """'nearly a third', 'just under half': the hedge is the fraction's, past the article."""
    text = "Nearly a third of the deaths, just under half of the cases."
    claims = (
        '[[claim]]\nid = "third"\nkind = "share"\nquote = "Nearly a third of the deaths"\n'
        'measure = "x.a"\nof = "x.b"\nfraction = "1/3"\nhedge = "nearly"\n\n'
        '[[claim]]\nid = "half"\nkind = "share"\nquote = "just under half of the cases"\n'
        'measure = "x.c"\nof = "x.d"\nfraction = "1/2"\n\n'
        '[measures]\n"x.b" = "All deaths"\n"x.d" = "All cases"\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC104"]
    assert ids(report, "FC104") == {"half"}
    assert "says 'just under'" in report.findings[0].message


# --- FC103 dimension-mismatch -------------------------------------------------------------------


def test_fc103_kg_against_dollars(tmp_path: Path) -> None:
    """One measure in kilograms and in dollars: FC103, and no numeric finding."""
    text = "They seized 850 kilograms of drugs, worth $850."
    report = run(
        tmp_path,
        text,
        value("kg", "850 kilograms", "op.drugs", "850", "kg")
        + value("usd", "$850", "op.drugs", "850", "USD"),
    )
    assert codes(report) == ["FC103"]
    assert ids(report, "FC103") == {"kg", "usd"}


def test_fc103_mass_against_mass(tmp_path: Path) -> None:
    """Kilograms and pounds are one dimension: no FC103."""
    text = "They seized 850 kilograms of drugs, including 64 pounds of fentanyl."
    claims = value("kg", "850 kilograms", "op.drugs", "850", "kg") + value(
        "lb", "64 pounds", "op.fentanyl", "64", "lb"
    )
    claims += '[[claim]]\nid = "p"\nkind = "part"\nquote = "including 64 pounds of fentanyl"\n'
    claims += 'measure = "op.fentanyl"\nof = "op.drugs"\n'
    assert codes(run(tmp_path, text, claims)) == []


# --- FC201 part-exceeds-whole -------------------------------------------------------------------

PART = """
[[claim]]
id = "part"
kind = "part"
quote = "including"
measure = "op.fentanyl"
of = "op.drugs"
"""


@pytest.mark.parametrize(
    ("fentanyl", "unit", "expected"),
    [("64", "kilograms", []), ("850", "pounds", []), ("2,000", "pounds", ["FC201"])],
)
def test_fc201_part_across_units(
    tmp_path: Path, fentanyl: str, unit: str, expected: list[str]
) -> None:
    """A part within its whole in any mass unit: 2,000 lb (907 kg) cannot be within 850 kg."""
    text = f"850 kilograms of drugs, including {fentanyl} {unit} of fentanyl"
    pint_unit = "kg" if unit == "kilograms" else "lb"
    claims = value("whole", "850 kilograms", "op.drugs", "850", "kg")
    claims += value("f", f"{fentanyl} {unit}", "op.fentanyl", f'"{fentanyl}"', pint_unit) + PART
    report = run(tmp_path, text, claims)
    assert codes(report) == expected
    if expected:
        assert ids(report, "FC201") == {"whole", "f", "part"}


# --- FC202 ratio-refuted ------------------------------------------------------------------------

DOUBLE = """
[[claim]]
id = "double"
kind = "multiple"
quote = "more than double that of the previous operation"
measure = "op.arrests"
of = "prev.arrests"
factor = 2
hedge = "more than"
"""


def test_fc202_more_than_double_refuted(tmp_path: Path) -> None:
    """281 is not more than double 150: FC202 with the three claims."""
    text = "The operation netted 281 arrests, more than double that of the previous operation."
    report = run(
        tmp_path,
        text,
        value("n", "281 arrests", "op.arrests", "281", "arrests") + DOUBLE,
        others={"ref.toml": REFERENCE},
    )
    assert codes(report) == ["FC202"]
    assert ids(report, "FC202") == {"n", "double", "ref-arrests"}


def test_fc202_unknown_reference_constrains_without_alarm(tmp_path: Path) -> None:
    """Without the reference file the previous figure is unknown: no finding, check unchecked."""
    text = "The operation netted 281 arrests, more than double that of the previous operation."
    claims = '[measures]\n"prev.arrests" = "Arrests of the previous operation"\n\n'
    claims += value("n", "281 arrests", "op.arrests", "281", "arrests") + DOUBLE
    report = run(tmp_path, text, claims)
    assert codes(report) == []
    assert any(c.rule == "FC202" and c.status == "unchecked" for c in report.checks)


def test_fc202_share(tmp_path: Path) -> None:
    """'more than two-thirds of the deaths' with 60,000 of 100,000: FC202."""
    text = (
        "100,000 deaths; synthetic opioids were behind more than two-thirds of the deaths, 60,000."
    )
    claims = value("all", "100,000 deaths", "d.all", "100000", "deaths")
    claims += value("syn", "60,000", "d.syn", "60000", "deaths")
    claims += (
        '[[claim]]\nid = "share"\nkind = "share"\nquote = "more than two-thirds of the deaths"\n'
        'measure = "d.syn"\nof = "d.all"\nfraction = "2/3"\nhedge = "more than"\n'
    )
    assert codes(run(tmp_path, text, claims)) == ["FC202"]


# --- FC203 superlative-beaten -------------------------------------------------------------------

MOST = """
[[claim]]
id = "most"
kind = "superlative"
quote = "the most ever"
measure = "jc.spector.arrests"
among = ["jc.*.arrests"]
"""


@pytest.mark.parametrize(("rival", "expected"), [("179", []), ("300", ["FC203"])])
def test_fc203_most_ever(tmp_path: Path, rival: str, expected: list[str]) -> None:
    """'the most ever' holds against 179 and is beaten by 300."""
    text = f"281 arrests, the most ever. The other operation had {rival} arrests."
    claims = value("n", "281 arrests", "jc.spector.arrests", "281", "arrests") + MOST
    claims += value("o", f"{rival} arrests", "jc.other.arrests", rival, "arrests")
    report = run(tmp_path, text, claims)
    assert codes(report) == expected
    if expected:
        assert ids(report, "FC203") == {"n", "most", "o"}


# --- FC204 jointly-impossible -------------------------------------------------------------------


def test_fc204_three_relations_without_figures(tmp_path: Path) -> None:
    """A > 2B, C within B, C at least 60% of A: impossible together, no figures needed."""
    text = "A was more than double B. B included C. C was at least 60% of A."
    claims = """
[[claim]]
id = "ab"
kind = "multiple"
quote = "more than double B"
measure = "x.a"
of = "x.b"
factor = 2
hedge = "more than"

[[claim]]
id = "cb"
kind = "part"
quote = "B included C"
measure = "x.c"
of = "x.b"

[[claim]]
id = "ca"
kind = "share"
quote = "at least 60% of A"
measure = "x.c"
of = "x.a"
fraction = "60%"
hedge = "at least"
"""
    measures = '[measures]\n"x.b" = "B"\n'
    report = run(tmp_path, text, measures + claims)
    assert "FC204" in codes(report)
    assert {"ab", "cb", "ca"} <= ids(report, "FC204")


# --- FC301, FC302, FC303 enumerations -----------------------------------------------------------

COUNTRIES = (
    "in eight countries, including Austria, France, Germany, Netherlands, Poland, Brazil"
    " and the United Kingdom"
)


def enumeration(count: int, items: list[str], complete: bool, quote: str = COUNTRIES) -> str:
    """An enumeration claim of countries in TOML."""
    names = ", ".join(f'"{i}"' for i in items)
    return (
        f'[[claim]]\nid = "list"\nkind = "enumeration"\nquote = "{quote}"\n'
        f'measure = "op.countries"\ncount = {count}\nunit = "countries"\nitems = [{names}]\n'
        f'complete = {str(complete).lower()}\nitem_type = "country"\n\n'
    )


SEVEN = ["Austria", "France", "Germany", "Netherlands", "Poland", "Brazil", "United Kingdom"]


def test_fc303_partial_list_warns_with_unnamed_count(tmp_path: Path) -> None:
    """Seven named of 'eight countries, including': FC303 warning, 1 unnamed, exit 0."""
    text = f"Officials worked {COUNTRIES}. The U.S. led it."
    report = run(tmp_path, text, enumeration(8, SEVEN, complete=False))
    assert codes(report) == ["FC303"]
    finding = report.findings[0]
    assert finding.severity == "warning"
    assert "1 unnamed" in finding.message
    assert "United States" in finding.explanation
    assert report.exit_code == 0


def test_fc301_more_names_than_count(tmp_path: Path) -> None:
    """'six countries, including' and seven names: FC301 on the list alone."""
    quote = COUNTRIES.replace("eight", "six")
    report = run(tmp_path, f"Officials worked {quote}.", enumeration(6, SEVEN, False, quote))
    assert codes(report) == ["FC301"]
    assert ids(report, "FC301") == {"list"}


def test_fc302_complete_list_short(tmp_path: Path) -> None:
    """A complete list of seven names for 'eight countries': FC302."""
    text = f"Officials worked {COUNTRIES}."
    report = run(tmp_path, text, enumeration(8, SEVEN, complete=True))
    assert codes(report) == ["FC302"]


def test_fc302_complete_list_that_holds(tmp_path: Path) -> None:
    """'one of two major cartels ... the other one is Jalisco' complete: no finding."""
    text = "The Sinaloa is one of two major cartels. The other one is the Jalisco cartel."
    claims = (
        '[[claim]]\nid = "two"\nkind = "enumeration"\n'
        'quote = "The Sinaloa is one of two major cartels. The other one is the Jalisco cartel."\n'
        'measure = "cartels"\ncount = 2\nunit = "cartels"\nitems = ["Sinaloa", "Jalisco"]\n'
        "complete = true\n"
    )
    assert codes(run(tmp_path, text, claims)) == []


def test_fc301_names_of_two_lists_count_once_each(tmp_path: Path) -> None:
    """Two partial lists of one set naming nine countries between them exceed 'eight'."""
    text = f"Officials worked {COUNTRIES}. Partners were Spain and Italy."
    claims = enumeration(8, SEVEN, False) + (
        '[[claim]]\nid = "more"\nkind = "enumeration"\nquote = "Partners were Spain and Italy"\n'
        'measure = "op.countries"\nitems = ["Spain", "Italy", "UK"]\nitem_type = "country"\n'
    )
    report = run(
        tmp_path,
        text.replace("and Italy", "and Italy, UK"),
        claims.replace("Spain and Italy", "Spain and Italy, UK"),
    )
    assert codes(report) == ["FC301"]
    assert ids(report, "FC301") == {"list", "more"}


# --- FC304 span-impossible ----------------------------------------------------------------------


def span(count: int, word: str) -> str:
    """A span claim in TOML."""
    return (
        f'[[claim]]\nid = "span"\nkind = "span"\nquote = "spanned {word} continents"\n'
        f'measure = "op.continents"\nof = "op.countries"\ncount = {count}\nunit = "continents"\n\n'
    )


@pytest.mark.parametrize(
    ("count", "word", "expected"),
    [(2, "two", ["FC303"]), (3, "three", ["FC303"]), (4, "four", ["FC303", "FC304"])],
)
def test_fc304_span_with_one_unnamed(
    tmp_path: Path, count: int, word: str, expected: list[str]
) -> None:
    """Seven named in Europe and South America, one unnamed: two or three continents, not four."""
    text = f"It spanned {word} continents. Officials worked {COUNTRIES}."
    report = run(tmp_path, text, span(count, word) + enumeration(8, SEVEN, complete=False))
    assert codes(report) == expected


def test_fc304_complete_list_fixes_the_span(tmp_path: Path) -> None:
    """A complete list of European countries cannot span two continents."""
    quote = "in three countries: Austria, France and Germany"
    text = f"It spanned two continents. Officials worked {quote}."
    claims = span(2, "two") + enumeration(3, ["Austria", "France", "Germany"], True, quote)
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC304"]
    assert ids(report, "FC304") == {"span", "list"}


# --- FC401, FC402, FC403 dates ------------------------------------------------------------------


def weekday(day: str, within: int = 0) -> str:
    """A weekday claim in TOML."""
    return (
        f'[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "announced on {day}"\n'
        f'weekday = "{day}"\nwithin_days = {within}\n'
    )


@pytest.mark.parametrize(
    ("day", "within", "expected"),
    [("Tuesday", 0, []), ("Wednesday", 0, ["FC401"]), ("Friday", 6, [])],
)
def test_fc401_weekday(tmp_path: Path, day: str, within: int, expected: list[str]) -> None:
    """2023-05-02 was a Tuesday; a Friday lies within the week before."""
    report = run(tmp_path, f"Officials announced on {day}.", weekday(day, within))
    assert codes(report) == expected


FIRE = "The fire broke out on Saturday, August 11, and was contained on August 14."


def fire(day: str, date: str = "2024-08-11") -> str:
    """A weekday claim and a date claim for the start of the fire."""
    return (
        f'[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "broke out on {day}"\n'
        f'weekday = "{day}"\nmeasure = "fire.start"\nwithin_days = 6\n\n'
        f'[[claim]]\nid = "d"\nkind = "date"\nquote = "August 11"\nmeasure = "fire.start"\n'
        f"date = {date}\n"
    )


def test_fc401_weekday_of_a_dated_event_names_the_date(tmp_path: Path) -> None:
    """The date of the event pins the day: FC401 says which weekday it was."""
    report = run(tmp_path, FIRE, fire("Saturday"), published="2024-08-15")
    assert codes(report) == ["FC401"]
    (found,) = report.findings
    assert found.message == "2024-08-11 was a Sunday, not a Saturday"
    assert "Together they leave only 2024-08-11, a Sunday." in found.explanation
    assert "between 2024-08-09 and 2024-08-15 (within_days = 6" in found.explanation


def test_fc401_weekday_of_a_dated_event_that_fits(tmp_path: Path) -> None:
    """'Sunday, August 11' in 2024: no finding."""
    text = FIRE.replace("Saturday", "Sunday")
    assert codes(run(tmp_path, text, fire("Sunday"), published="2024-08-15")) == []


def test_fc401_weekday_and_a_date_outside_its_days(tmp_path: Path) -> None:
    """A date outside the weekday's days before publication: no day fits, and the explanation
    gives both ranges."""
    report = run(tmp_path, FIRE, fire("Saturday", "2024-08-03"), published="2024-08-15")
    assert codes(report) == ["FC401"]
    (found,) = report.findings
    assert found.message.startswith("no day fits “broke out on Saturday”")
    assert "“August 11” dates fire.start 2024-08-03" in found.explanation
    assert "No day is in all of these." in found.explanation


def test_fc401_bare_weekday_is_the_most_recent_such_day(tmp_path: Path) -> None:
    """'on Sunday' published on Thursday 2024-08-15 is, by default, the Sunday before
    (2024-08-11): no finding, and the check names that day. A same-day report
    (within_days = 0) gets FC401 on the publication date, with a hint at within_days = 4; a
    window too short for the day (within_days = 2) says no Sunday lies in it."""
    text = "The fire broke out on Sunday, August 11."
    claim = '[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "on Sunday"\nweekday = "Sunday"\n'
    report = run(tmp_path, text, claim, published="2024-08-15")
    assert codes(report) == []
    (held,) = [c for c in report.checks if c.rule == "FC401"]
    assert held.message == "“on Sunday”: 2024-08-11, 4 days before publication, was a Sunday"
    (tmp_path / "b").mkdir()
    same_day = run(tmp_path / "b", text, claim + "within_days = 0\n", published="2024-08-15")
    (found,) = same_day.findings
    assert found.message == "2024-08-15 (the publication date) was a Thursday, not a Sunday"
    assert "set within_days = N to let it lie up to N days before publication" in (
        found.explanation
    )
    assert "the last Sunday before 2024-08-15 was 2024-08-11, 4 days before (within_days = 4)" in (
        found.explanation
    )
    (tmp_path / "c").mkdir()
    short = run(tmp_path / "c", text, claim + "within_days = 2\n", published="2024-08-15")
    assert short.findings[0].message == (
        "no Sunday lies between 2024-08-13 and 2024-08-15 (the publication date)"
    )
    assert "(within_days = 4)" in short.findings[0].explanation


def test_bare_weekday_on_the_publication_day_and_a_date_that_disagrees(tmp_path: Path) -> None:
    """By default a weekday that is the publication day's is that day ("on Tuesday" in a Tuesday
    paper), and a date claim for the same event a week earlier contradicts it: the default
    reaches back 6 days, not into the week before."""
    text = "Officials announced on Tuesday the arrests made on April 25."
    claims = (
        '[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "announced on Tuesday"\n'
        'weekday = "Tuesday"\nmeasure = "op.announcement"\n\n'
        '[[claim]]\nid = "on"\nkind = "date"\nquote = "April 25"\n'
        'measure = "op.announcement"\ndate = 2023-04-25\n'
    )
    assert codes(run(tmp_path, text, claims, published="2023-05-02")) == ["FC401"]
    (tmp_path / "b").mkdir()
    week = claims.replace('weekday = "Tuesday"\n', 'weekday = "Tuesday"\nwithin_days = 13\n')
    assert codes(run(tmp_path / "b", text, week, published="2023-05-02")) == []


RELATIVE = """
[[claim]]
id = "rel"
kind = "relative_date"
quote = "Last month, the department announced charges"
phrase = "last month"
measure = "doj.charges"
"""


@pytest.mark.parametrize(("dated", "expected"), [("2023-04-14", []), ("2023-03-14", ["FC402"])])
def test_fc402_last_month_against_a_dated_reference(
    tmp_path: Path, dated: str, expected: list[str]
) -> None:
    """'last month' in an article of 2023-05-02 is April 2023."""
    reference = (
        '[reference]\nid = "ref"\ntitle = "r"\n\n[[claim]]\nid = "d"\nkind = "date"\n'
        f'quote = "charges"\nmeasure = "doj.charges"\ndate = {dated}\nsource = "DOJ"\n'
    )
    text = "Last month, the department announced charges."
    report = run(tmp_path, text, RELATIVE, others={"ref.toml": reference})
    assert codes(report) == expected


@pytest.mark.parametrize(("end", "expected"), [("2022-08", []), ("2023-08", ["FC403"])])
def test_fc403_period_over_by_publication(tmp_path: Path, end: str, expected: list[str]) -> None:
    """A 12-month period ending in August 2023 cannot be reported on 2023-05-02."""
    year = end[:4]
    text = f"in the 12-month period ending in August {year}."
    claims = (
        '[[claim]]\nid = "p"\nkind = "period"\n'
        f'quote = "the 12-month period ending in August {year}"\nmeasure = "cdc.period"\n'
        f'length = 12\nunit = "months"\nend = "{end}"\n'
    )
    assert codes(run(tmp_path, text, claims)) == expected


def test_fc403_period_length_against_its_ends(tmp_path: Path) -> None:
    """'the 12-month period from March 2021 to August 2022' is 18 months: FC403."""
    text = "the 12-month period from March 2021 to August 2022"
    claims = (
        f'[[claim]]\nid = "p"\nkind = "period"\nquote = "{text}"\nmeasure = "cdc.period"\n'
        'length = 12\nunit = "months"\nstart = "2021-03"\nend = "2022-08"\n'
    )
    assert codes(run(tmp_path, text, claims)) == ["FC403"]


@pytest.mark.parametrize(("since", "expected"), [("2005", []), ("2010", ["FC403"])])
def test_fc403_duration_since(tmp_path: Path, since: str, expected: list[str]) -> None:
    """'for more than 15 years' since 2010 is false in 2023; since 2005 it holds."""
    text = "The cartel has been active for more than 15 years."
    claims = (
        '[[claim]]\nid = "dur"\nkind = "duration"\nquote = "for more than 15 years"\n'
        f'value = 15\nunit = "years"\nhedge = "more than"\nsince = "{since}"\n'
    )
    assert codes(run(tmp_path, text, claims)) == expected


def duration(quote: str, figure: str, unit: str, hedge: str, since: str, until: str = "") -> str:
    """A duration claim in TOML."""
    extra = f'until = "{until}"\n' if until else ""
    return (
        f'[[claim]]\nid = "dur"\nkind = "duration"\nquote = "{quote}"\nvalue = {figure}\n'
        f'unit = "{unit}"\nhedge = "{hedge}"\nsince = "{since}"\n{extra}\n'
    )


@pytest.mark.parametrize(("since", "expected"), [("1990", []), ("1999", ["FC403"])])
def test_fc403_duration_gives_the_arithmetic(
    tmp_path: Path, since: str, expected: list[str]
) -> None:
    """'more than 30 years, since 1999' in 2024: the explanation says how long it can have been
    and what the claim needs; since 1990 it holds."""
    quote = f"tracked the virus for more than 30 years, since {since}"
    claims = duration(quote, "30", "years", "more than", since)
    report = run(tmp_path, f"The lab {quote}.", claims, published="2024-08-15")
    assert codes(report) == expected
    if expected:
        assert report.findings[0].explanation.endswith(
            "\nFrom 1999 to 2024-08-15 (the publication date) is at most 25 years 7 months 15"
            " days (days counted inclusively); the claim needs more than 30 years."
        )


@pytest.mark.parametrize(("days", "expected"), [("3", []), ("5", ["FC403"])])
def test_fc403_duration_between_dated_events(
    tmp_path: Path, days: str, expected: list[str]
) -> None:
    """From the dated start of the fire to its dated end: at most 4 days, counted inclusively."""
    text = f"The fire broke out on August 11 and burned for more than {days} days until August 14."
    claims = (
        '[[claim]]\nid = "start"\nkind = "date"\nquote = "broke out on August 11"\n'
        'measure = "fire.start"\ndate = 2024-08-11\n\n'
        '[[claim]]\nid = "end"\nkind = "date"\nquote = "until August 14"\n'
        'measure = "fire.contained"\ndate = 2024-08-14\n\n'
    ) + duration(
        f"for more than {days} days", days, "days", "more than", "fire.start", "fire.contained"
    )
    report = run(tmp_path, text, claims, published="2024-08-15")
    assert codes(report) == expected
    if expected:
        assert (
            "From fire.start (2024-08-11) to fire.contained (2024-08-14) is at most 4 days (days"
            " counted inclusively); the claim needs more than 5 days."
        ) in report.findings[0].explanation


def test_fc403_period_not_over_gives_the_dates(tmp_path: Path) -> None:
    """A completed period ending after publication: the explanation gives both dates."""
    text = "in the 12-month period ending in August 2023."
    claims = (
        '[[claim]]\nid = "p"\nkind = "period"\n'
        'quote = "the 12-month period ending in August 2023"\nmeasure = "cdc.period"\n'
        'length = 12\nunit = "months"\nend = "2023-08"\n'
    )
    (found,) = run(tmp_path, text, claims).findings
    assert (
        "\nThe period ends 2023-08, after the publication date 2023-05-02; a completed period"
        " (completed = true, the default) is over by then (completed = false: still under way)."
    ) in found.explanation


@pytest.mark.parametrize(("length", "expected"), [("18", []), ("12", ["FC403"])])
def test_fc403_period_length_against_its_ends_gives_the_arithmetic(
    tmp_path: Path, length: str, expected: list[str]
) -> None:
    """'from March 2021 to August 2022' is 16 to 18 months: 18 fits, 12 is FC403 with both."""
    text = f"the {length}-month period from March 2021 to August 2022"
    claims = (
        f'[[claim]]\nid = "p"\nkind = "period"\nquote = "{text}"\nmeasure = "cdc.period"\n'
        f'length = {length}\nunit = "months"\nstart = "2021-03"\nend = "2022-08"\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == expected
    if expected:
        assert report.findings[0].explanation.endswith(
            "\nFrom 2021-03 to 2022-08 is between 16 months 2 days and 18 months (days counted"
            " inclusively); the claim needs 12 months."
        )


def test_fc403_period_from_a_start_ends_too_late(tmp_path: Path) -> None:
    """A 12-month period from December 2022, reported 2023-05-02: it ends 2023-11-30 at the
    earliest."""
    text = "the 12-month period from December 2022"
    claims = (
        f'[[claim]]\nid = "p"\nkind = "period"\nquote = "{text}"\nmeasure = "cdc.period"\n'
        'length = 12\nunit = "months"\nstart = "2022-12"\n'
    )
    (found,) = run(tmp_path, text, claims).findings
    assert "\nA period of 12 months from 2022-12 ends 2023-11-30 at the earliest" in (
        found.explanation
    )


# --- FC901 stale acknowledgement, acknowledgements ----------------------------------------------


def test_acknowledged_finding_does_not_fail(tmp_path: Path) -> None:
    """An acknowledged contradiction stays in the report, marked, and the check exits 0."""
    claims = value("near", "nearly 250 suspects", "op.a", "250", "suspects", "nearly")
    claims += value("exact", "281 arrests", "op.a", "281", "arrests")
    claims += '[[acknowledge]]\nrule = "FC101"\nclaims = ["near"]\nnote = "Seen; reported."\n'
    report = run(tmp_path, ARRESTS.replace("300", "250"), claims)
    assert [(f.rule, f.acknowledged, f.note) for f in report.findings] == [
        ("FC101", True, "Seen; reported.")
    ]
    assert report.exit_code == 0


def test_fc901_stale_acknowledgement(tmp_path: Path) -> None:
    """An acknowledgement that matches no finding is FC901 and fails the check."""
    claims = value("exact", "281 arrests", "op.a", "281", "arrests")
    claims += '[[acknowledge]]\nrule = "FC101"\nclaims = ["exact"]\nnote = "Seen."\n'
    report = run(tmp_path, ARRESTS, claims)
    assert codes(report) == ["FC901"]
    assert report.exit_code == 1


# --- Joint reasoning, ordering ------------------------------------------------------------------


def test_one_wrong_figure_gives_one_finding(tmp_path: Path) -> None:
    """Four claims agree and one is off: a single finding that names the odd one out."""
    text = "281 arrests. 281 arrests again. nearly 300 arrests. about 280 arrests. 150 arrests."
    claims = (
        value("a", "281 arrests.", "op.a", "281", "arrests")
        + value("b", "281 arrests again", "op.a", "281", "arrests")
        + value("c", "nearly 300 arrests", "op.a", "300", "arrests", "nearly")
        + value("d", "about 280 arrests", "op.a", "280", "arrests", "about")
        + value("e", "150 arrests", "op.a", "150", "arrests")
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC101"]
    assert "e" in ids(report, "FC101")


def test_findings_do_not_depend_on_claim_order(tmp_path: Path) -> None:
    """Reordering the claims of a file changes no finding."""
    parts = [
        value("near", "nearly 250 suspects", "op.a", "250", "suspects", "nearly"),
        value("exact", "281 arrests", "op.a", "281", "arrests"),
        value("other", "150 arrests", "op.b", "150", "arrests"),
    ]
    text = ARRESTS.replace("300", "250") + " 150 arrests."
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    first = run(tmp_path / "1", text, "".join(parts))
    second = run(tmp_path / "2", text, "".join(reversed(parts)))
    assert [(f.rule, f.message, [c.id for c in f.claims]) for f in first.findings] == [
        (f.rule, f.message, [c.id for c in f.claims]) for f in second.findings
    ]


def test_a_figure_written_another_way_to_the_same_reading_changes_no_finding(
    tmp_path: Path,
) -> None:
    """A wrong figure breaks two relations (part of a 5 kg haul, double a 3 kg one): the finding
    is filed under the same rule, with the same claims, however the 3 kg is written, as long as
    it reads the same ("3 kg", with its default precision = 1 written out, "3,000 g" to the
    kilogram). The engine once ordered claims by their fields as written and named FC201 for one
    spelling and FC202 for another."""
    text = "Police seized 10 kg of drugs, part of the 5 kg haul. That is double {z} of last year."
    relations = """
[[claim]]
id = "part"
kind = "part"
quote = "part of the"
measure = "w.x"
of = "w.y"

[[claim]]
id = "double"
kind = "multiple"
quote = "double"
measure = "w.x"
of = "w.z"
factor = 2
"""
    spellings = [("3 kg", "3", "kg", ""), ("3 kg", "3", "kg", "precision = 1\n")]
    spellings.append(("3,000 g", "3000", "g", "precision = 1000\n"))
    found = []
    for n, (quote, figure, unit, extra) in enumerate(spellings):
        claims = (
            value("x", "10 kg", "w.x", "10", "kg")
            + value("y", "5 kg", "w.y", "5", "kg")
            + relations
            + value("z", quote, "w.z", figure, unit)
            + extra
        )
        (tmp_path / str(n)).mkdir()
        report = run(tmp_path / str(n), text.format(z=quote), claims)
        found.append(
            [
                (f.rule, [s.id for s in f.suspects], sorted(c.id for c in f.claims))
                for f in report.findings
                if f.rule != "FC902"
            ]
        )
    assert [suspects for _, suspects, _ in found[0]] == [["x"]]
    assert found[1] == found[0] and found[2] == found[0]


# --- Wording ------------------------------------------------------------------------------------


def test_message_wording(tmp_path: Path) -> None:
    """The one-line messages, pinned once."""
    (tmp_path / "a").mkdir()
    report = run(
        tmp_path / "a",
        ARRESTS.replace("300", "250"),
        value("near", "nearly 250 suspects", "op.a", "250", "suspects", "nearly")
        + value("exact", "281 arrests", "op.a", "281", "arrests"),
    )
    assert report.findings[0].message == (
        "nearly 250 suspects for op.a against 281 arrests"
    )
    (tmp_path / "b").mkdir()
    report = run(tmp_path / "b", "Officials announced on Wednesday.", weekday("Wednesday"))
    assert report.findings[0].message == (
        "2023-05-02 (the publication date) was a Tuesday, not a Wednesday"
    )
    (tmp_path / "c").mkdir()
    report = run(tmp_path / "c", f"Officials worked {COUNTRIES}.", enumeration(8, SEVEN, False))
    assert report.findings[0].message == "7 of 8 countries are named; 1 unnamed"


# --- Found in review: each of these once went wrong -------------------------------------------


def test_relative_date_in_a_reference_without_a_date_does_not_crash(tmp_path: Path) -> None:
    """A reference file without `compiled` cannot resolve 'last month': no finding, no crash."""
    reference = (
        '[reference]\nid = "ref"\ntitle = "r"\n\n[[claim]]\nid = "when"\nkind = "relative_date"\n'
        'quote = "last month"\nphrase = "last month"\nmeasure = "x.when"\nsource = "somewhere"\n'
    )
    report = run(tmp_path, "281 arrests", value("n", "281 arrests", "op.a", "281", "arrests"),
                 others={"ref.toml": reference})  # fmt: skip
    assert codes(report) == []


@pytest.mark.parametrize(
    ("quote", "figure", "unit", "since", "until", "expected"),
    [
        ("for 15 years, since 2008", "15", "years", "2008", None, []),
        ("for 3 months, since February 2023", "3", "months", "February 2023", None, []),
        ("for more than two weeks", "2", "weeks", "2023-03-01", "2023-03-15", []),
        ("for more than 15 years, since 2010", "15", "years", "2010", None, ["FC403"]),
    ],
)
def test_durations_between_dates_read_as_calendar_time(
    tmp_path: Path, quote: str, figure: str, unit: str, since: str, until: str | None,
    expected: list[str],
) -> None:  # fmt: skip
    """Whole years and months between dates are calendar time, days counted inclusively."""
    hedge = 'hedge = "more than"\n' if "more than" in quote else ""
    anchor = f'until = "{until}"\n' if until else ""
    claims = (
        f'[[claim]]\nid = "d"\nkind = "duration"\nquote = "{quote}"\nvalue = {figure}\n'
        f'unit = "{unit}"\nsince = "{since}"\n{anchor}{hedge}'
    )
    assert codes(run(tmp_path, f"It went on {quote}.", claims)) == expected


@pytest.mark.parametrize(
    ("quote", "figure", "unit"),
    [
        ("850 kilos", "850", "kg"),
        ("2 million pounds", "2", "million GBP"),
        ("30 tons", "30", "tonnes"),
        ("250 units", "250", "items"),
        ("a six-month period", "6", "months"),
        ("A million people", "1", "million people"),
        ("1.2bn euros", "1.2", "billion EUR"),
    ],
)
def test_newsroom_ways_of_writing_figures(tmp_path: Path, quote: str, figure: str, unit: str
                                          ) -> None:  # fmt: skip
    """Kilos, pounds sterling, tons, units, numbers in words and 'bn' match their claims."""
    report = run(tmp_path, f"They reported {quote}.", value("v", quote, "x.v", figure, unit))
    assert codes(report) == []


def test_one_list_gives_the_item_type_of_the_set(tmp_path: Path) -> None:
    """'UK' and 'United Kingdom' count once even when only one list says they are countries."""
    text = "Police worked in two countries: France and the UK. Among them was the United Kingdom."
    claims = (
        '[[claim]]\nid = "a"\nkind = "enumeration"\nquote = "two countries: France and the UK"\n'
        'measure = "op.c"\ncount = 2\nunit = "countries"\nitems = ["France", "UK"]\n'
        'complete = true\nitem_type = "country"\n\n'
        '[[claim]]\nid = "b"\nkind = "enumeration"\nquote = "Among them was the United Kingdom"\n'
        'measure = "op.c"\nitems = ["United Kingdom"]\n'
    )
    assert codes(run(tmp_path, text, claims)) == []


def test_nearly_with_a_scale_word_stays_narrow(tmp_path: Path) -> None:
    """'nearly 1.5 million people' cannot be 1.1 million: FC101."""
    text = "Nearly 1.5 million people fled; officials said 1.1 million people fled."
    claims = value("n", "Nearly 1.5 million people", "x.f", "1.5", "million people", "nearly")
    claims += value("s", "1.1 million people", "x.f", "1.1", "million people")
    assert codes(run(tmp_path, text, claims)) == ["FC101"]


def test_nearly_with_no_tolerance_contradicts_itself(tmp_path: Path) -> None:
    """'nearly 300' with tolerance 0 leaves no value: the claim alone is a contradiction."""
    claims = value("n", "nearly 300 kg", "x.w", "300", "kg", "nearly") + "tolerance = 0\n"
    report = run(tmp_path, "It weighed nearly 300 kg.", claims)
    assert codes(report) == ["FC101"]
    assert ids(report, "FC101") == {"n"}


def test_superlative_direction_words(tmp_path: Path) -> None:
    """'fewest' is read as direction 'least'."""
    text = "Town A had the fewest crimes: 3 crimes, against 10 crimes in town B."
    claims = value("a", "3 crimes", "t.a.crimes", "3", "crimes")
    claims += value("b", "10 crimes", "t.b.crimes", "10", "crimes")
    claims += (
        '[[claim]]\nid = "few"\nkind = "superlative"\nquote = "the fewest crimes"\n'
        'measure = "t.a.crimes"\namong = ["t.*.crimes"]\ndirection = "fewest"\n'
    )
    assert codes(run(tmp_path, text, claims)) == []


def test_fc305_unknown_country(tmp_path: Path) -> None:
    """A misspelt country in a country list is a warning naming it."""
    quote = "in two countries, including France and Brasil"
    claims = (
        f'[[claim]]\nid = "list"\nkind = "enumeration"\nquote = "{quote}"\nmeasure = "op.c"\n'
        'count = 2\nunit = "countries"\nitems = ["France", "Brasil"]\nitem_type = "country"\n'
    )
    report = run(tmp_path, f"Police worked {quote}.", claims)
    assert codes(report) == ["FC305"]
    assert report.findings[0].message == "'Brasil' is not a country factcheck knows"
    assert report.exit_code == 0


def test_duration_since_a_toml_year_or_date(tmp_path: Path) -> None:
    """`since = 2008` and `since = 2008-05-01` (TOML integer and date) are dates, as documented."""
    for since in ("2008", "2008-05-01"):
        folder = tmp_path / since
        folder.mkdir()
        claims = (
            '[[claim]]\nid = "d"\nkind = "duration"\nquote = "for more than 14 years"\n'
            f'value = 14\nunit = "years"\nhedge = "more than"\nsince = {since}\n'
        )
        assert codes(run(folder, "It went on for more than 14 years.", claims)) == []


def test_stale_acknowledgement_says_where_the_entry_is(tmp_path: Path) -> None:
    """FC901's explanation gives the file and line of the [[acknowledge]] entry to remove."""
    claims = value("exact", "281 arrests", "op.a", "281", "arrests")
    claims += '[[acknowledge]]\nrule = "FC101"\nclaims = ["exact"]\nnote = "Seen."\n'
    report = run(tmp_path, ARRESTS, claims)
    line = next(
        n for n, text in enumerate((tmp_path / "art.toml").read_text().splitlines(), 1)
        if text.startswith("[[acknowledge]]")
    )  # fmt: skip
    assert f"art.toml:{line})" in report.findings[0].explanation


def test_a_wrong_figure_that_breaks_a_relation_too_is_read_against_the_figures(
    tmp_path: Path,
) -> None:
    """'14 arrests' where two outlets say 35 also breaks 'birch had 15 more than alder' (alder
    would be -1): one finding, the figure against the other outlets' figures (FC501), the
    relation named as what it cannot hold with either."""
    others = {}
    for doc, figure in (("herald", 35), ("courier", 35)):
        (tmp_path / f"{doc}.txt").write_text(f"Birch saw {figure} arrests.", encoding="utf-8")
        others[f"{doc}.toml"] = HEADER.format(doc=doc, published="2023-05-02") + value(
            "birch", f"{figure} arrests", "op.birch", str(figure), "arrests"
        )
    claims = value("birch", "14 arrests", "op.birch", "14", "arrests") + textwrap.dedent("""\
        [[claim]]
        id = "gap"
        kind = "difference"
        quote = "15 more arrests in Birch than in Alder"
        measure = "op.birch"
        of = "op.alder"
        by = 15
        unit = "arrests"

        [measures]
        "op.alder" = "Arrests in Alder"
        """)
    text = "Birch saw 14 arrests, 15 more arrests in Birch than in Alder."
    report = run(tmp_path, text, claims, others=others)
    (found,) = [f for f in report.findings if f.severity == "contradiction"]
    assert found.rule == "FC501"
    assert [(c.doc, c.id) for c in found.suspects] == [("art", "birch")]
    assert "gap" in found.explanation
