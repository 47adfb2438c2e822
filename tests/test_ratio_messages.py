"""FC202 messages say what is wrong, with or without figures for the measures."""

from __future__ import annotations

from pathlib import Path

from tests.test_engine import codes, run, value


def multiple(cid: str, factor: str) -> str:
    """A multiple claim on sales this year against last year."""
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "multiple"\nquote = "Sales rose"\n'
        f'measure = "co.sales_2024"\nof = "co.sales_2023"\nfactor = {factor}\n\n'
    )


def test_two_ratios_that_disagree_are_named_with_their_factors(tmp_path: Path) -> None:
    """Two claims giving one pair of measures two ratios: the message gives both factors, not
    'unknown' for measures that have figures elsewhere."""
    text = "Sales rose to $1.12 billion from $1 billion."
    claims = (
        value("now", "to $1.12 billion", "co.sales_2024", "1.12", "billion USD")
        + value("before", "from $1 billion", "co.sales_2023", "1", "billion USD")
        + multiple("twelve", "1.12")
        + multiple("fifteen", "1.15")
    )
    report = run(tmp_path, text, claims)
    assert "FC202" in codes(report)
    messages = [f.message for f in report.findings if f.rule == "FC202"]
    assert messages == [
        "2 claims give co.sales_2024 different ratios to co.sales_2023 (1.12, 1.15);"
        " at most one can hold"
    ]


def test_a_narrowly_refuted_exact_factor_suggests_a_hedge_or_precision(tmp_path: Path) -> None:
    """'three times as many' for 2,466 against 812 (3.04): FC202, and the explanation says how
    to say that the article rounds."""
    text = "This year 2,466 cases, three times as many as the 812 cases reported before."
    claims = (
        value("now", "This year 2,466 cases", "x.now", '"2,466"', "cases")
        + value("before", "the 812 cases reported before", "x.before", "812", "cases")
        + '[[claim]]\nid = "three-times"\nkind = "multiple"\n'
        'quote = "three times as many as the 812 cases"\nmeasure = "x.now"\nof = "x.before"\n'
        'factor = "triple"\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == ["FC202"]
    (found,) = report.findings
    assert (
        "A whole factor or a fraction without a hedge is exact. If the article rounds (3.04"
        ' written as 3), say so in the claim: hedge = "about" (within 10%) or precision = 0.1'
        " (to the tenth)." in found.explanation
    )
    with_precision = claims.replace('factor = "triple"\n', 'factor = "triple"\nprecision = 0.1\n')
    assert codes(run(tmp_path, text, with_precision)) == []


def test_no_rounding_hint_for_a_decimal_factor_or_a_change(tmp_path: Path) -> None:
    """'2.5 times' is read to its last digit already, and a change is in percent: no hint."""
    text = "Sales were $260, 2.5 times last year's $100."
    claims = (
        value("now", "Sales were $260", "s.now", "260", "USD")
        + value("then", "last year's $100", "s.then", "100", "USD")
        + '[[claim]]\nid = "x"\nkind = "multiple"\nquote = "2.5 times last year\'s"\n'
        'measure = "s.now"\nof = "s.then"\nfactor = 2.5\n'
    )
    (found,) = run(tmp_path, text, claims).findings
    assert "without a hedge is exact" not in found.explanation


def test_a_share_of_nothing_is_explained_without_dividing_by_zero(tmp_path: Path) -> None:
    text = "Of the 58 cases, 3 were vaccinated: 0 percent."
    claims = (
        value("cases", "Of the 58 cases", "m.cases", "58", "cases")
        + value("vacc", "3 were vaccinated", "m.vacc", "3", "cases")
        + '[[claim]]\nid = "none"\nkind = "share"\nquote = "0 percent"\n'
        'measure = "m.vacc"\nof = "m.cases"\nfraction = "0%"\n'
    )
    assert codes(run(tmp_path, text, claims)) == ["FC202"]
