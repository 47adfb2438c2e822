"""kind = "breakdown": a whole and its items in one claim, checked as the values, parts and list
it implies."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run, value

import factcheck
from factcheck import BreakdownClaim, ClaimFileError

TEXT = (
    "Operation Dark HunTor led to 150 arrests: United States (65), Germany (47), the United"
    " Kingdom (24), Italy (4), the Netherlands (4), France (3), Switzerland (2) and Bulgaria (1)."
)
ITEMS = [("United States", 65), ("Germany", 47), ("the United Kingdom", 24), ("Italy", 4),
         ("the Netherlands", 4), ("France", 3), ("Switzerland", 2), ("Bulgaria", 1)]  # fmt: skip
QUOTE = TEXT.removeprefix("Operation Dark HunTor ").removesuffix(".")


def breakdown(
    items: list[tuple[str, int]] = ITEMS, *, whole: str = "150", complete: bool = True,
    extra: str = "", quote: str = QUOTE,
) -> str:  # fmt: skip
    """A breakdown claim in TOML."""
    listed = "\n".join(f'  {{ name = "{n}", value = {v} }},' for n, v in items)
    figure = f"value = {whole}\n" if whole else ""
    return (
        f'[[claim]]\nid = "by-country"\nkind = "breakdown"\nquote = "{quote}"\n'
        f'measure = "dh.arrests"\n{figure}unit = "arrests"\ncomplete = {str(complete).lower()}\n'
        f'item_type = "country"\nlist_measure = "dh.countries"\ncount_unit = "countries"\n'
        f"{extra}items = [\n{listed}\n]\n\n"
    )


def test_a_breakdown_that_adds_up_is_confirmed(tmp_path: Path) -> None:
    """Items that add up to the whole: the parts (FC201) and the complete list (FC302) hold."""
    report = run(tmp_path, TEXT, breakdown())
    assert codes(report) == []
    held = {c.rule for c in report.checks if c.status == "holds"}
    assert {"FC201", "FC302"} <= held


def test_items_that_do_not_add_up_to_the_whole_are_fc201(tmp_path: Path) -> None:
    """A complete breakdown whose items add up to 151 of 150: FC201, with the sum."""
    items = [(n, 25 if n == "the United Kingdom" else v) for n, v in ITEMS]
    text = TEXT.replace("(24)", "(25)")
    report = run(tmp_path, text, breakdown(items, quote=QUOTE.replace("(24)", "(25)")))
    assert codes(report) == ["FC201"]
    (found,) = report.findings
    assert "= 151 arrests; the whole is 150 arrests." in found.explanation
    assert found.status == "suspect"
    assert {c.id for c in found.claims} == {"by-country"}
    parts = {c.part for c in found.claims}
    assert {"", "total", "United States", "Bulgaria"} <= parts
    line = next(c for c in found.claims if c.part == "Germany")
    assert line.quote == "Germany (47)"  # each item is shown by its own words


def test_a_partial_breakdown_may_leave_arrests_out(tmp_path: Path) -> None:
    """'including': items that add up to less than the whole are fine, more are not."""
    text = "The 150 arrests included United States (65) and Germany (47)."
    quote = "150 arrests included United States (65) and Germany (47)"
    two = [("United States", 65), ("Germany", 47)]
    assert codes(run(tmp_path, text, breakdown(two, complete=False, quote=quote))) == []
    small = text.replace("150", "100")
    found = run(tmp_path, small, breakdown(two, whole="100", complete=False,
                                           quote=quote.replace("150", "100")))  # fmt: skip
    assert codes(found) == ["FC201"]


def test_another_articles_figure_for_an_item_meets_its_measure(tmp_path: Path) -> None:
    """An item's figure is the measure '<measure>.<item>': another file's value claim meets it."""
    other = (
        '[article]\nid = "other"\ntitle = "t"\npublished = 2021-10-27\ntext = "other.txt"\n\n'
        + value("us", "70 arrests in the US", "dh.arrests.united_states", "70", "arrests")
    )
    (tmp_path / "other.txt").write_text("There were 70 arrests in the US.", encoding="utf-8")
    report = run(tmp_path, TEXT, breakdown(), others={"other.toml": other})
    assert codes(report) == ["FC501"]  # one finding: 70 fits neither the item nor the sum
    (found,) = report.findings
    assert {(c.id, c.part) for c in found.suspects} == {("us", "")}
    assert ("by-country", "United States") in {(c.id, c.part) for c in found.claims}


def test_item_measures_follow_the_pattern_or_the_items_own(tmp_path: Path) -> None:
    """item_measure = 'dh.{item}.arrests' and an item's own measure name the items' keys."""
    claim = BreakdownClaim(
        id="b", quote="x", measure="dh.arrests", unit="arrests", item_type="country",
        item_measure="dh.{item}.arrests",
        items=[{"name": "the UK", "value": 3}, {"name": "Côte d'Ivoire", "value": 2},
               {"name": "Germany", "value": 1, "measure": "bka.dh.arrests"}],
    )  # fmt: skip
    keys = [sub.measures()[0] for part, sub in claim.implied() if part not in ("", "list")]
    assert keys == ["dh.united_kingdom.arrests", "dh.cote_divoire.arrests", "bka.dh.arrests"]


def test_a_breakdown_without_its_whole_needs_the_whole_defined(tmp_path: Path) -> None:
    """No figure for the whole: the whole must be stated or declared elsewhere, else exit 2."""
    two = [("United States", 65), ("Germany", 47)]
    quote = "United States (65), Germany (47)"
    text = f"Arrests by country: {quote}."
    with pytest.raises(ClaimFileError, match=r"'dh\.arrests' is not defined by any loaded file"):
        run(tmp_path, text, breakdown(two, whole="", complete=False, quote=quote))
    declared = '[measures]\n"dh.arrests" = "all arrests"\n\n'
    report = run(tmp_path, text, declared + breakdown(two, whole="", complete=False, quote=quote))
    assert codes(report) == []


def test_the_count_of_items_is_checked_against_the_list(tmp_path: Path) -> None:
    """'in nine countries' with eight items in a complete breakdown: FC302."""
    text = "In nine countries, police made " + TEXT.removeprefix("Operation Dark HunTor led to ")
    quote = text.removesuffix(".")
    report = run(tmp_path, text, breakdown(extra="count = 9\n", quote=quote))
    assert codes(report) == ["FC302"]


def test_acknowledging_the_breakdown_covers_its_parts(tmp_path: Path) -> None:
    """An [[acknowledge]] naming the breakdown's id matches findings about any of its parts."""
    items = [(n, 25 if n == "the United Kingdom" else v) for n, v in ITEMS]
    ack = '[[acknowledge]]\nrule = "FC201"\nclaims = ["by-country"]\nnote = "Asked Europol."\n'
    text = TEXT.replace("(24)", "(25)")
    report = run(tmp_path, text, breakdown(items, quote=QUOTE.replace("(24)", "(25)")) + ack)
    assert codes(report) == [] and report.findings[0].acknowledged


def test_an_items_own_quote_is_found_in_the_article(tmp_path: Path) -> None:
    """An item's quote is anchored in the article (its line is shown), and refused if absent."""
    text = "Arrests: 150.\nBy country:\nUnited States 65\nGermany 47"
    claims = (
        '[[claim]]\nid = "b"\nkind = "breakdown"\nquote = "Arrests: 150."\nmeasure = "dh.arrests"\n'
        'value = 150\nunit = "arrests"\nitems = [\n'
        '  { name = "United States", value = 65, quote = "United States 65" },\n'
        '  { name = "Germany", value = 47, quote = "Germany 47" },\n]\n'
    )
    report = run(tmp_path, text, claims)
    assert codes(report) == []
    (fc201,) = [c for c in report.checks if c.rule == "FC201"]
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, text, claims.replace('Germany 47" }', 'Germany 48" }'))
    assert caught.value.field == "items" and caught.value.line == 13
    assert "the quote of 'Germany': quote 'Germany 48' is not in" in str(caught.value)
    assert fc201.claims


GERMANY, ITALY = '{ name = "Germany", value = 47 }', '{ name = "Italy", value = 4 }'


@pytest.mark.parametrize(
    ("target", "change", "message"),
    [
        (GERMANY, '{ name = "Germany" }', "item #2 ('Germany') of items has no 'value'"),
        (ITALY, '{ name = "Germany", value = 4 }', "item #4: 'Germany' is named twice"),
        (ITALY, '{ name = "UK", value = 4 }', "item #4: 'the United Kingdom' and 'UK' are one"),
        (ITALY, '{ name = "Italy", vlaue = 4 }', "'vlaue' is not a field of an item; did you"),
        (ITALY, "{ value = 4 }", "item #4 of items has no 'name'"),
        (ITALY, '{ name = "Italy", value = "4 arrests" }', "'4 arrests' is not a number"),
        (ITALY, '{ name = "?!", value = 4 }', "the name '?!' gives no measure key word"),
    ],
)
def test_a_bad_item_is_a_located_error(
    tmp_path: Path, target: str, change: str, message: str
) -> None:
    """Each mistake in an item names the file, the claim, the field 'items' and the item's line."""
    with pytest.raises(ClaimFileError) as caught:
        run(tmp_path, TEXT, breakdown().replace(target, change))
    error = caught.value
    assert message in str(error)
    assert error.claim == "by-country" and error.field == "items"
    source = (tmp_path / "art.toml").read_text(encoding="utf-8").splitlines()
    assert error.line is not None and source[error.line - 1].strip() == change + ","


def test_a_bad_breakdown_exits_2_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """factcheck check on a breakdown with a duplicate item: one line on stderr, exit 2."""
    from factcheck.cli import main

    (tmp_path / "art.txt").write_text(TEXT, encoding="utf-8")
    header = '[article]\nid = "art"\ntitle = "t"\npublished = 2021-10-26\ntext = "art.txt"\n\n'
    bad = breakdown().replace('"Italy"', '"Germany"')
    (tmp_path / "art.toml").write_text(header + bad, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "claim 'by-country', field 'items': item #4: 'Germany' is named twice" in err
    assert "Traceback" not in err


def test_a_complete_breakdown_of_one_item_is_refused() -> None:
    """One item said to be all of the whole is a value, not a breakdown."""
    with pytest.raises(ValueError, match="a complete breakdown of one item"):
        BreakdownClaim(id="b", quote="x", measure="a.b", unit="arrests", complete=True,
                       items=[{"name": "x", "value": 1}])  # fmt: skip


def test_a_breakdown_built_in_python_checks_as_loaded() -> None:
    """BreakdownClaim in Python: from_claims and check give the same finding as a file."""
    from datetime import date

    from factcheck.loader import from_claims

    info = factcheck.ArticleInfo(id="a", title="t", published=date(2021, 10, 26), text="a.txt")
    claim = BreakdownClaim(
        id="b", quote="10 arrests: A (6), B (5)", measure="x.arrests", value=10, unit="arrests",
        complete=True, items=[{"name": "A", "value": 6}, {"name": "B", "value": 5}],
    )  # fmt: skip
    loaded = factcheck.Loaded(
        (from_claims([claim], article=info, text="10 arrests: A (6), B (5)"),)
    )
    assert [f.rule for f in factcheck.check(loaded).findings] == ["FC201"]
