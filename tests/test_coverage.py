"""Coverage (FC902): the quantitative statements of each article that no claim quotes, the
coverage per article in the reports, and --min-coverage."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
pytest_plugins = ["pytester"]
HEADER = """\
[article]
id = "a"
title = "A"
published = 2024-03-14
text = "a.txt"
"""
TEXT = "Police arrested 12 people and seized 3 kilograms of heroin on Tuesday.\n\nNo more.\n"
ARRESTS = """
[[claim]]
id = "arrests-12"
kind = "value"
quote = "arrested 12 people"
measure = "x.arrests"
value = 12
unit = "people"
"""


def write(tmp_path: Path, claims: str, text: str = TEXT) -> Path:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.toml").write_text(HEADER + claims, encoding="utf-8")
    return tmp_path / "a.toml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_each_unquoted_statement_is_a_warning_naming_its_line(tmp_path):
    """A figure and a weekday no claim quotes are FC902 warnings, with the article's line."""
    report = factcheck.check(factcheck.load(write(tmp_path, ARRESTS)))
    found = [f for f in report.findings if f.rule == "FC902"]
    assert [f.message for f in found] == [
        f"line 1 of {tmp_path / 'a.txt'}: “3 kilograms” is a figure no claim quotes",
        f"line 1 of {tmp_path / 'a.txt'}: “Tuesday” is a weekday no claim quotes",
    ] or [f.message.split(": ", 1)[1] for f in found] == [
        "“3 kilograms” is a figure no claim quotes",
        "“Tuesday” is a weekday no claim quotes",
    ]
    assert all(f.severity == "warning" and f.article_line == 1 for f in found)
    assert report.exit_code == 0
    (coverage,) = report.coverage
    assert (coverage.statements, coverage.covered) == (3, 1)


def test_a_quote_covers_every_place_its_words_stand(tmp_path):
    """A statement repeated word for word is covered by one claim quoting those words."""
    text = "Police made 12 arrests. Later, 12 arrests were confirmed.\n"
    claims = ARRESTS.replace("arrested 12 people", "12 arrests").replace('"people"', '"arrests"')
    report = factcheck.check(factcheck.load(write(tmp_path, claims, text)))
    assert report.coverage[0].percent == 100


def test_min_coverage_fails_the_run(tmp_path):
    """--min-coverage N exits 1 when an article is covered less than N percent, 0 otherwise."""
    path = write(tmp_path, ARRESTS)
    code, out, _err = run("check", str(path), "--min-coverage", "90")
    assert code == 1
    assert "1 of 3 statements quoted (33%)  below --min-coverage 90%" in out
    assert out.rstrip().splitlines()[-1].startswith("FAILED")
    code, _out, _err = run("check", str(path), "--min-coverage", "30")
    assert code == 0
    code, _out, err = run("check", str(path), "--min-coverage", "150")
    assert code == 2 and "between 0 and 100" in err


def test_json_summary_gives_coverage_per_article(tmp_path):
    """The JSON summary lists each article's statements, covered count and percent."""
    code, out, _err = run("check", str(write(tmp_path, ARRESTS)), "--format", "json")
    assert code == 0
    data = json.loads(out)
    (coverage,) = data["summary"]["coverage"]
    assert (coverage["statements"], coverage["covered"], coverage["percent"]) == (3, 1, 33.33)
    uncovered = [f for f in data["findings"] if f["rule"] == "FC902"]
    assert uncovered[0]["claims"] == [] and uncovered[0]["article_line"] == 1
    assert uncovered[0]["file"] == str(tmp_path / "a.toml")


def test_years_are_not_statements(tmp_path):
    """A bare year ('the 2024 election', 'in 2019') needs no claim."""
    text = "In 2019 the council, elected in the 2018 election, arrested 12 people.\n"
    report = factcheck.check(factcheck.load(write(tmp_path, ARRESTS, text)))
    assert report.coverage[0].percent == 100


@pytest.mark.parametrize(
    "folder",
    [
        "claims",
        "docs/examples",
        "docs/gallery/darknet-2024",
        "docs/gallery/election-2024-07-05.toml",
        "docs/gallery/operation-lodestar-2025-06",
    ],
)
def test_the_seed_examples_and_gallery_are_fully_covered(folder):
    """Every quantitative statement of the seed, the docs' examples and the gallery is quoted."""
    report = factcheck.check(factcheck.load(ROOT / folder))
    assert [(c.article, c.percent) for c in report.coverage if c.percent < 100] == []
    assert [f.message for f in report.findings if f.rule == "FC902"] == []


def test_removing_a_seed_claim_is_reported(tmp_path):
    """The seed without its '117 firearms' claim: FC902 names line 5 and the words."""
    shutil.copy(ROOT / "claims" / "article-2023-05-02-operation-spector.txt", tmp_path)
    source = (ROOT / "claims" / "article-2023-05-02-operation-spector.toml").read_text("utf-8")
    start = source.index('[[claim]]\nid = "firearms-117"')
    end = source.index("[[claim]]", start + 1)
    (tmp_path / "seed.toml").write_text(source[:start] + source[end:], encoding="utf-8")
    report = factcheck.check(factcheck.load(tmp_path / "seed.toml"))
    (found,) = [f for f in report.findings if f.rule == "FC902"]
    assert "line 5 of" in found.message and "“117 firearms”" in found.message


def test_pytest_lists_an_unquoted_statement_as_a_warning_item(pytester):
    """Under pytest, a statement no claim quotes is a warning item named by its article line."""
    source = (ROOT / "claims" / "article-2023-05-02-operation-spector.toml").read_text("utf-8")
    start = source.index('[[claim]]\nid = "firearms-117"')
    end = source.index("[[claim]]", start + 1)
    folder = pytester.path / "claims"
    folder.mkdir()
    shutil.copy(ROOT / "claims" / "article-2023-05-02-operation-spector.txt", folder)
    shutil.copy(ROOT / "claims" / "reference-jcode-operations.toml", folder)
    (folder / "seed.toml").write_text(source[:start] + source[end:], encoding="utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider", "claims/")
    result.stdout.fnmatch_lines(["*claims/seed.toml::FC902:line-5*", "*“117 firearms”*"])
    assert result.ret == 0


def test_an_article_split_into_files_is_reported_alike_in_any_order(tmp_path):
    """An article whose claims are in two files: its FC902 warnings and its coverage name the
    same home file and list the files in the same order, whichever file is loaded first."""
    write(tmp_path, ARRESTS)
    (tmp_path / "b.toml").write_text(HEADER.replace('id = "a"', 'id = "b"'), encoding="utf-8")
    paths = [tmp_path / "a.toml", tmp_path / "b.toml"]
    seen = []
    for order in (paths, paths[::-1]):
        report = factcheck.check(factcheck.load(*order))
        warnings = [(f.file, f.message, f.explanation) for f in report.findings]
        seen.append((warnings, [c.files for c in report.coverage]))
    assert seen[0][0] and seen[0] == seen[1]
