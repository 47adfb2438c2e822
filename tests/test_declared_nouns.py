"""A claim file declares the count nouns factcheck does not know in its ``[nouns]`` table
(``nephews = "people"``, ``goats = "animals"``), so the quote check (FC102) compares them with
the claim's unit; a bad entry is a located error (exit 2); a count noun nobody declared is not
compared, and the report says so in a note, not a finding (docs/claim-files.md#nouns)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from tests.test_news_copy import Claim, claim_file, quote_findings, v

import factcheck
from factcheck.cli import main

TEXT = "Police held three nephews of the mayor. Floods killed 40 goats. It runs 14 clinics.\n"


def _file(
    tmp_path: Path, claims: list[Claim], nouns: str = "", text: str = TEXT, doc: str = "copy"
) -> Path:
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    head = f'[article]\nid = "{doc}"\ntitle = "Copy"\npublished = 2025-06-10\ntext = "copy.txt"\n'
    path = tmp_path / "copy.toml"
    path.write_text(head + (f"\n[nouns]\n{nouns}\n" if nouns else "") + "\n" + claim_file(claims))
    return path


def _quote_rules(path: Path) -> list[tuple[str, str]]:
    report = factcheck.check(factcheck.load(path))
    return [(f.rule, f.message) for f in report.findings if f.rule == "FC102"]


@pytest.mark.parametrize(
    ("nouns", "claim", "counted"),
    [
        ('nephews = "people"', v("three nephews", 3, "countries"), "'nephews' (people)"),
        ('goats = "animals"', v("40 goats", 40, "people"), "'goats' (animals)"),
        ('clinics = "hospitals"', v("14 clinics", 14, "countries"), "'clinics' (organisations)"),
        ('nephew = "person"', v("three nephews", 3, "places"), "'nephews' (people)"),  # singular
        ('Goats = "animal"', v("40 goats", 40, "vehicles"), "'goats' (animals)"),  # any case
    ],
)
def test_a_declared_noun_of_another_kind_is_fc102(
    tmp_path: Path, nouns: str, claim: Claim, counted: str
) -> None:
    """A noun the file declares counts what it says: a claim counting another kind is FC102."""
    found = _quote_rules(_file(tmp_path, [claim], nouns))
    assert len(found) == 1 and f"the quote counts {counted}" in found[0][1], found


@pytest.mark.parametrize(
    ("nouns", "claim"),
    [
        ('nephews = "people"', v("three nephews", 3, "arrests")),  # two nouns of one kind
        ('goats = "animals"', v("40 goats", 40, "animals")),
        ('clinics = "organisations"', v("14 clinics", 14, "hospitals")),
        ('goats = "animals"', v("40 goats", 40, "items")),  # items: any kind
    ],
)
def test_a_declared_noun_of_the_same_kind_passes(tmp_path: Path, nouns: str, claim: Claim) -> None:
    """A claim counting the kind the file declares for the noun restates its quote."""
    path = _file(tmp_path, [claim], nouns)
    assert _quote_rules(path) == []
    assert factcheck.check(factcheck.load(path)).notes == ()


def test_a_declared_noun_does_not_change_another_file(tmp_path: Path) -> None:
    """[nouns] is the file's own: another file's claim on the same noun is not compared."""
    declared = tmp_path / "a"
    declared.mkdir()
    other = tmp_path / "b"
    other.mkdir()
    _file(declared, [v("40 goats", 40, "animals")], 'goats = "animals"')
    _file(other, [v("40 goats", 40, "people")], doc="other")
    report = factcheck.check(factcheck.load(declared / "copy.toml", other / "copy.toml"))
    assert [f.rule for f in report.findings if f.rule == "FC102"] == []
    assert [n.claims[0].file for n in report.notes] == [str(other / "copy.toml")]


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ('nephews = "relatives"', "[nouns] nephews = 'relatives': 'relatives' is not a count noun"),
        ('arrests = "people"', "[nouns] arrests: 'arrests' is a count noun factcheck knows"),
        ('pounds = "animals"', "[nouns] pounds: 'pounds' is a unit factcheck knows already"),
        ('"polling booths" = "objects"', "'polling booths' is not one word"),
        ("goats = 3", "[nouns] goats = 3: what a noun counts is a string"),
        ('goats = "million people"', "'million people' is not a count noun factcheck knows"),
        ('goats = "kg"', "[nouns] goats = 'kg': 'kg' is not a count noun"),
    ],
)
def test_a_bad_entry_is_a_located_error(tmp_path: Path, entry: str, says: str) -> None:
    """A bad [nouns] entry stops the check (exit 2) with one located line naming the file, the
    table, the key and its line; never a traceback."""
    path = _file(tmp_path, [v("40 goats", 40, "animals")], entry)
    err = io.StringIO()
    assert main(["check", str(path)], stdout=io.StringIO(), stderr=err) == 2
    first = err.getvalue().splitlines()[0]
    line = path.read_text().splitlines().index(entry) + 1
    assert first.startswith(f"{path}:{line}: field 'nouns': "), first
    assert says in first and "Traceback" not in err.getvalue()


@pytest.mark.parametrize(
    ("quote", "unit", "noun"),
    [
        ("three nephews", "arrests", "nephews"),
        ("40 goats", "people", "goats"),
        ("14 clinics", "countries", "clinics"),
        ("some 12 stolen tractors", "people", "tractors"),
    ],
)
def test_an_undeclared_noun_is_a_note_not_a_finding(
    tmp_path: Path, quote: str, unit: str, noun: str
) -> None:
    """A count noun factcheck does not know is not compared: the report's notes say so, with
    the [nouns] entry to add, and the text report lists it; it is no finding, and the exit
    status is 0."""
    figure = 12 if "12" in quote else {"three": 3, "40": 40, "14": 14}[quote.split()[0]]
    hedge = "about" if quote.startswith("some") else ""
    claim = v(quote, figure, unit, hedge)
    path = _file(tmp_path, [claim], text=quote + ".\n")
    report = factcheck.check(factcheck.load(path))
    assert [f.rule for f in report.findings if f.rule == "FC102"] == []
    (note,) = report.notes
    assert f"the quote counts '{noun}', which factcheck does not know" in note.message
    assert f'add {noun} = "..." to the file\'s [nouns] table' in note.message
    out = io.StringIO()
    assert main(["check", str(path)], stdout=out, stderr=io.StringIO()) == 0
    assert "Not compared, a count noun factcheck does not know (1)" in out.getvalue()
    data = json.loads(report.render_json())
    assert [n["claims"][0]["id"] for n in data["notes"]] == ["c0"]


@pytest.mark.parametrize(
    "claim",
    [
        v("281 were arrested", 281, "arrests"),  # no noun after the figure
        v("12 others were hurt", 12, "people"),
        v("40 goats", 40, "items"),  # a unit of no kind: nothing to compare
        v("281 arrests", 281, "arrests"),  # a noun factcheck knows
        v("12 Belgians", 12, "people"),  # a name, not a count noun
    ],
)
def test_no_note_where_nothing_is_left_uncompared(tmp_path: Path, claim: Claim) -> None:
    """No note, and no "notes" key in the JSON, where every noun is known or none is written."""
    report = factcheck.check(factcheck.load(_file(tmp_path, [claim], text=claim.quote + ".\n")))
    assert report.notes == ()
    assert "notes" not in json.loads(report.render_json())


def test_a_known_animal_is_its_own_kind(tmp_path: Path) -> None:
    """Animals are a kind of their own: "300 lost dogs" claimed in people is FC102."""
    claim = v("About 300 lost dogs", 300, "people", "about")
    found = quote_findings(tmp_path, "About 300 lost dogs.\n", [claim])
    assert [r for r, _ in found] == ["FC102"] and "'dogs' (animals)" in found[0][1]


pytest_plugins = ["pytester"]


def test_the_pytest_section_lists_what_was_not_compared(pytester: pytest.Pytester) -> None:
    """The plugin's "factcheck" section has a "not compared" line for a noun nobody declared."""
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_paths = claims\n")
    claims = pytester.path / "claims"
    claims.mkdir()
    _file(claims, [v("40 goats", 40, "people")], text="Floods killed 40 goats.\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["not compared  FC102 claim c0: the quote counts 'goats'*"])
