"""The order of findings in the reports: by claim file, and a file's findings the largest
discrepancy first (docs/library.md#the-json-report), the same in the text and JSON reports and
whatever order the files are loaded in."""

from __future__ import annotations

import json
from pathlib import Path

import factcheck

ARTICLE = """\
[article]
id = "{doc}"
title = "An outlet's report"
published = 2025-06-05
text = "{doc}.txt"
"""
REFERENCE = """\
[reference]
id = "ref"
title = "The agency's release"
compiled = 2025-06-04
"""


def _value(cid: str, quote: str, measure: str, figure: str, unit: str, source: str = "") -> str:
    extra = f'source = "{source}"\n' if source else ""
    return (
        f'\n[[claim]]\nid = "{cid}"\nkind = "value"\nquote = "{quote}"\nmeasure = "{measure}"\n'
        f'value = {figure}\nunit = "{unit}"\n{extra}'
    )


def _corpus(folder: Path) -> list[Path]:
    """Article a: three wrong figures, gaps 0.16% ($31M against $31.6M), 2.4% (281 against 288)
    and 44.6% (36 against 65), their ids in the opposite order; article b: two wrong counts with
    one gap (50%: 10 against 20, 5 against 10) and the largest gap of all (90%)."""
    (folder / "a.txt").write_text(
        "The police made 36 arrests in the US, 281 arrests worldwide and seized $31 million.\n",
        encoding="utf-8",
    )
    a = ARTICLE.format(doc="a") + "".join(
        [
            _value("a-money", "$31 million", "op.money", "31", "million USD"),
            _value("b-world", "281 arrests worldwide", "op.arrests", "281", "arrests"),
            _value("c-us", "36 arrests in the US", "op.arrests.us", "36", "arrests"),
        ]
    )
    (folder / "b.txt").write_text(
        "Officers seized 5 firearms and 10 vehicles and froze 2 accounts.\n", encoding="utf-8"
    )
    b = ARTICLE.format(doc="b") + "".join(
        [
            _value("z-firearms", "5 firearms", "op.firearms", "5", "firearms"),
            _value("y-vehicles", "10 vehicles", "op.vehicles", "10", "vehicles"),
            _value("x-accounts", "2 accounts", "op.accounts", "2", "accounts"),
        ]
    )
    ref = REFERENCE + "".join(
        [
            _value("money", "$31.6 million", "op.money", "31.6", "million USD", "release"),
            _value("world", "288 arrests", "op.arrests", "288", "arrests", "release"),
            _value("us", "65 arrests in the US", "op.arrests.us", "65", "arrests", "release"),
            _value("firearms", "10 firearms", "op.firearms", "10", "firearms", "release"),
            _value("vehicles", "20 vehicles", "op.vehicles", "20", "vehicles", "release"),
            _value("accounts", "20 accounts", "op.accounts", "20", "accounts", "release"),
        ]
    )
    paths = []
    for name, body in (("a.toml", a), ("b.toml", b), ("ref.toml", ref)):
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(folder / name)
    return paths


EXPECTED = [
    ("a.toml", "c-us", "44.6%"),
    ("a.toml", "b-world", "2.4%"),
    ("a.toml", "a-money", "0.16%"),
    ("b.toml", "x-accounts", "90.0%"),
    ("b.toml", "y-vehicles", "50.0%"),  # a tie with z-firearms: by key, y before z
    ("b.toml", "z-firearms", "50.0%"),
]


def test_json_findings_are_by_file_the_largest_gap_first(tmp_path: Path) -> None:
    """The JSON report lists a's findings, then b's; within a file the largest relative gap
    first, and a tie by rule and key; the same whatever order the files are loaded in."""
    paths = _corpus(tmp_path)
    for order in (paths, paths[::-1]):
        data = json.loads(factcheck.check(factcheck.load(*order)).render_json())
        found = [
            (Path(f["file"]).name, f["suspects"][0]["id"], f["gap"]["text"])
            for f in data["findings"]
            if f["rule"] == "FC501"
        ]
        assert found == EXPECTED


def test_text_findings_of_a_file_are_the_largest_gap_first(tmp_path: Path) -> None:
    """The text report lists each file's contradictions in the JSON report's order."""
    text = factcheck.check(factcheck.load(*_corpus(tmp_path))).render_text()
    lines = text.splitlines()
    places = [
        next(n for n, line in enumerate(lines) if f"suspect: {cid} " in line)
        for _, cid, _ in EXPECTED
    ]
    assert places == sorted(places)
    heads = [n for n, line in enumerate(lines) if line.endswith(("a.toml", "b.toml"))]
    assert heads[0] < places[0] and places[2] < heads[1] < places[3]


def test_the_library_report_lists_findings_in_the_same_order(tmp_path: Path) -> None:
    """`Report.findings` is in the reports' order, so a program reads what a person reads."""
    report = factcheck.check(factcheck.load(*_corpus(tmp_path)))
    shown = [f["message"] for f in json.loads(report.render_json())["findings"]]
    assert [f.message for f in report.findings] == shown
