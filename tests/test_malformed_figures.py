"""FC105 malformed-figure: a figure written in no style's way is a typo in the article, reported
with the claim, the line of the article and the figures it probably meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

#: Copy with a typo in a figure, in the styles of several outlets, and what each probably meant.
TYPOS = [
    # (article text, quote, claim's figure, unit, hedge, the figure as written, what it meant)
    (
        "WASHINGTON (AP) - The site had\nmore than 2,4000 sellers, prosecutors said.",
        "more than 2,4000 sellers", "24000", "items", "more than", "2,4000", "24,000 or 2,400",
    ),
    (
        "Police said on Tuesday that officers\nseized 3..5 tonnes of cocaine at the port.",
        "seized 3..5 tonnes of cocaine", "3.5", "tonnes", "", "3..5", "3.5",
    ),
    (
        "NEW DELHI: The NCB said\n1,23,4 accounts were frozen.",
        "1,23,4 accounts were frozen", "1234", "items", "", "1,23,4", "1,234",
    ),
    (
        "Cash worth\n\n$$5 million was found in the flat, the Met said.",
        "$$5 million was found", "5", "million USD", "", "$$5", "5 million",
    ),
    (
        "The release said criminal assets of\nEUR 12,5 million had been frozen.",
        "EUR 12,5 million had been frozen", "12.5", "million EUR", "", "EUR 12,5",
        "125 million or 12.5 million",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "figure", "unit", "hedge", "written", "meant"), TYPOS, ids=lambda x: x[:12]
)
def test_a_malformed_figure_is_reported_with_its_line(
    tmp_path: Path,
    text: str,
    quote: str,
    figure: str,
    unit: str,
    hedge: str,
    written: str,
    meant: str,
) -> None:
    """The claim states what the figure meant (FC102 accepts it); FC105 raises the typo."""
    report = run(tmp_path, text, value("c", quote, "x.m", figure, unit, hedge))
    assert codes(report) == ["FC105"]
    (found,) = [f for f in report.findings if f.rule != "FC902"]
    assert found.severity == "warning"
    line = text[: text.index(written)].count("\n") + 1
    assert found.message.startswith(f"claim c: the article writes '{written}")
    assert f"(line {line}), a malformed figure; probably {meant}" in found.message
    assert found.claims[0].file.endswith("art.toml")


def test_a_claim_of_a_piece_of_the_malformed_figure_is_fc102_too(tmp_path: Path) -> None:
    """'2,4000' is not 2 or 4000: a claim reading one piece of it is FC102."""
    text = "The site had 2,4000 sellers."
    report = run(tmp_path, text, value("c", "2,4000 sellers", "x.m", "4000", "items"))
    assert codes(report) == ["FC102", "FC105"]


def test_one_finding_per_place_naming_every_claim_that_quotes_it(tmp_path: Path) -> None:
    text = "Officers\nseized 3..5 tonnes of cocaine worth 3..5 million."
    claims = value("a", "seized 3..5 tonnes", "x.kg", "3.5", "tonnes") + value(
        "b", "seized 3..5 tonnes of cocaine", "x.kg2", "3.5", "tonnes"
    )
    report = run(tmp_path, text, claims)
    (found,) = [f for f in report.findings if f.rule != "FC902"]
    assert {c.id for c in found.claims} == {"a", "b"}
    assert found.message.startswith("claim a, b: the article writes '3..5' (line 2)")


@pytest.mark.parametrize(
    "quote",
    ["24,000 sellers", "12,34,567 accounts", "1 234 567 accounts", "1.234.567 accounts",
     "rose 3,5 %", "on 5.6.2024", "$5 million", "2,400 sellers"],
)  # fmt: skip
def test_figures_of_other_styles_are_not_malformed(tmp_path: Path, quote: str) -> None:
    report = run(tmp_path, f"It said {quote}.", value("c", quote, "x.m", "1", "items"))
    assert "FC105" not in codes(report)


def test_a_reference_file_without_text_names_no_line(tmp_path: Path) -> None:
    ref = (
        '[reference]\nid = "table"\ntitle = "Annex"\n\n[[claim]]\nid = "r"\nkind = "value"\n'
        'quote = "Germany: 2,4000"\nmeasure = "x.de"\nvalue = 24000\nunit = "items"\n'
        'source = "Europol, annex table, 2025"\n'
    )
    report = run(tmp_path, "Nothing here.", "", others={"table.toml": ref})
    (found,) = [f for f in report.findings if f.rule != "FC902"]
    assert found.message == (
        "claim r: the article writes '2,4000', a malformed figure; probably 24,000 or 2,400"
    )
