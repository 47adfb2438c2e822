"""`factcheck draft`: a claim file drafted from an article's text loads, quotes every statement,
and marks what a person must decide."""

from __future__ import annotations

import io
import json
import shutil
import tomllib
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "article-2023-05-02-operation-spector.txt"
if not SEED.is_file():  # the shared copy is the one in claims/
    SEED = ROOT / "claims" / "article-2023-05-02-operation-spector.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def drafted(tmp_path: Path, text: str, name: str = "article-2024-03-14-harlow.txt", *extra: str):
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    target = tmp_path / (article.stem + ".toml")
    code, _out, err = run("draft", str(article), "-o", str(target), *extra)
    assert code == 0, err
    return target, factcheck.check(factcheck.load(target))


def by_kind(path: Path) -> dict[str, list[dict]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    kinds: dict[str, list[dict]] = {}
    for claim in data["claim"]:
        kinds.setdefault(claim["kind"], []).append(claim)
    return kinds


def test_the_seed_draft_loads_and_quotes_every_statement(tmp_path):
    """The draft of the seed article, untouched, loads, and every statement is quoted (100%)."""
    shutil.copy(SEED, tmp_path / SEED.name)
    target = tmp_path / "draft.toml"
    code, _out, err = run("draft", str(tmp_path / SEED.name), "-o", str(target))
    assert code == 0, err
    report = factcheck.check(factcheck.load(target))
    (coverage,) = report.coverage
    assert coverage.statements >= 18
    assert coverage.covered == coverage.statements
    assert [f for f in report.findings if f.rule == "FC902"] == []
    assert not [f for f in report.findings if f.rule in ("FC102", "FC104")]
    kinds = by_kind(target)
    assert {"value", "multiple", "share", "part", "enumeration", "span", "weekday",
            "relative_date", "period", "duration", "date"} <= set(kinds)  # fmt: skip
    countries = kinds["enumeration"][0]
    assert countries["count"] == 8 and countries["item_type"] == "country"
    assert countries["items"][-1] == "United Kingdom" and countries["complete"] is False
    values = {(c["value"], c["unit"]) for c in kinds["value"]}
    assert {
        (281, "arrests"),
        (117, "firearms"),
        ("53.4", "million USD"),
        (850, "kilograms"),
    } <= values


def test_every_proposed_measure_is_reported_until_renamed(tmp_path):
    """Each drafted claim's measure is a 'todo.' proposal that check names (FC903), and the
    draft's relations have their other side declared, so the file loads and exits 0."""
    shutil.copy(SEED, tmp_path / SEED.name)
    target = tmp_path / "draft.toml"
    run("draft", str(tmp_path / SEED.name), "-o", str(target))
    report = factcheck.check(factcheck.load(target))
    placeholders = [f for f in report.findings if f.rule == "FC903"]
    assert len(placeholders) == report.claim_count
    assert "todo.operation_spector." in placeholders[0].message
    assert report.exit_code == 0
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert all(key.startswith("todo.") for key in data["measures"])
    assert "# TODO" in target.read_text(encoding="utf-8")


def test_renaming_the_measures_makes_the_draft_check_like_the_hand_written_file(tmp_path):
    """With the measures filled in by hand, the draft meets the reference file: FC202 again."""
    shutil.copy(SEED, tmp_path / SEED.name)
    target = tmp_path / "draft.toml"
    run("draft", str(tmp_path / SEED.name), "-o", str(target))
    text = target.read_text(encoding="utf-8")
    for proposed, meant in [
        ("todo.operation_spector.arrests_other", "jcode.dark_huntor.arrests"),
        ("todo.operation_spector.suspects", "jcode.spector.arrests"),
        ("todo.operation_spector.arrests", "jcode.spector.arrests"),
    ]:
        text = text.replace(f'"{proposed}"', f'"{meant}"')
    target.write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "claims" / "reference-jcode-operations.toml", tmp_path)
    report = factcheck.check(factcheck.load(tmp_path))
    assert "FC202" in {f.rule for f in report.contradictions}


def test_output_file_is_never_replaced(tmp_path):
    """-o refuses an existing file: exit 2, a one-line message, the file untouched."""
    article = tmp_path / "article-2024-01-02-x.txt"
    article.write_text("Police arrested 12 people.", encoding="utf-8")
    target = tmp_path / "mine.toml"
    target.write_text("# my work\n", encoding="utf-8")
    code, out, err = run("draft", str(article), "-o", str(target))
    assert code == 2 and out == ""
    assert "exists" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "# my work\n"


def test_without_a_publication_date_the_draft_asks_for_one(tmp_path):
    """No date in the file name or first line: exit 2 naming --published; given, it drafts."""
    article = tmp_path / "story.txt"
    article.write_text("Police arrested 12 people on Tuesday.", encoding="utf-8")
    code, _out, err = run("draft", str(article))
    assert code == 2 and "--published" in err
    code, out, _err = run("draft", str(article), "--published", "2024-01-02")
    assert code == 0 and "published = 2024-01-02" in out


def test_unreadable_articles_are_bad_input(tmp_path):
    """A missing file or one that is not UTF-8: exit 2, the file named."""
    code, _out, err = run("draft", str(tmp_path / "nope.txt"))
    assert code == 2 and "nope.txt" in err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"12 \xff arrests")
    code, _out, err = run("draft", str(bad), "--published", "2024-01-02")
    assert code == 2 and "UTF-8" in err


def test_json_lists_mentions_and_dates(tmp_path):
    """--format json prints {"mentions": [...], "dates": [...]} with offsets into the text."""
    article = tmp_path / "a.txt"
    text = "Last month police seized nearly 300 kilograms of cocaine, up 12%."
    article.write_text(text, encoding="utf-8")
    code, out, _err = run("draft", str(article), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [m["text"] for m in data["mentions"]] == ["300 kilograms", "12%"]
    first = data["mentions"][0]
    assert text[first["start"] : first["end"]] == first["text"]
    assert (first["value"], first["unit"], first["bound"], first["concept"]) == (
        300, "kilogram", "~", "cocaine",
    )  # fmt: skip
    assert data["mentions"][1]["change"] == "up"
    assert [d["kind"] for d in data["dates"]] == ["relative_date"]


WIRE = """\
Police arrest 212 in global dark web sweep

WASHINGTON (Wire) - Police in nine countries arrested 212 people, officials said on
Wednesday. The arrests: United States (88), Germany (41), the United Kingdom (30) and Brazil (3).

Agents seized between 1,200 and 1,300 kilograms of drugs and $54.9 million in cash, up 40%
on the previous sweep. Dozens of vendors were identified. The market had more than 1.2 million
users, about two-thirds of them in Europe.
"""


def test_a_wire_report_drafts_breakdowns_ranges_and_vague_words(tmp_path):
    """An article nobody here wrote claims for: a breakdown, a range, a vague quantity, a share
    and a change, and the draft loads with every statement quoted."""
    target, report = drafted(tmp_path, WIRE, "wire-2024-05-15.txt")
    kinds = by_kind(target)
    (breakdown,) = kinds["breakdown"]
    assert [i["name"] for i in breakdown["items"]] == [
        "United States", "Germany", "the United Kingdom", "Brazil",
    ]  # fmt: skip
    assert breakdown["item_type"] == "country"
    assert any(c.get("range") == [1200, 1300] for c in kinds["value"])
    assert any(c.get("vague") == "dozens" for c in kinds["value"])
    assert any(c.get("fraction") == "two-thirds" for c in kinds["share"])
    assert any(c.get("change") == "+40%" for c in kinds["multiple"])
    (coverage,) = report.coverage
    assert coverage.covered == coverage.statements


@pytest.mark.parametrize(
    "text",
    [
        "Council spending rose 4.5 per cent to £12.3m this year, a rise of £530,000.",
        "Fewer than 40 people attended, down from a record 1,200 in 2019.",
        "The A$2.1 billion project employs some 3,400 workers across six sites.",
        "Rainfall of 120mm fell in 24 hours, three times the monthly average.",
        "He was jailed for six years and fined $25,000; his two accomplices got 18 months each.",
    ],
)
def test_drafts_of_varied_copy_load(tmp_path, text):
    """Copy in other outlets' styles drafts to a file that loads, FC102-clean."""
    _target, report = drafted(tmp_path, text, "copy-2025-01-02.txt")
    assert not [f for f in report.findings if f.rule == "FC102"], [
        f.message for f in report.findings if f.rule == "FC102"
    ]
