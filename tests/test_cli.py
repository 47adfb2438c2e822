"""The command line: ``factcheck check | rules | schema``, exit codes, streams and snapshots."""

from __future__ import annotations

import datetime
import decimal
import difflib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import factcheck.engine
from factcheck.cli import claim_file_schema, main
from factcheck.loader import Loaded
from factcheck.report import Check, ClaimRef, Finding, Report
from planted import PLANTED, PLANTED_TEXT

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
ARTICLE = "claims/article-2023-05-02-operation-spector.toml"
REFERENCE = "claims/reference-jcode-operations.toml"

SUMMARY_KEYS = {"files", "claims", "contradictions", "warnings", "acknowledged"}
FINDING_KEYS = {"rule", "severity", "acknowledged", "message", "explanation", "claims"}
CLAIM_KEYS = {"file", "id", "quote"}


class Run:
    """One call of `main`: its exit code and what it wrote."""

    def __init__(self, *argv: str) -> None:
        out, err = io.StringIO(), io.StringIO()
        self.code = main(list(argv), stdout=out, stderr=err)
        self.out = out.getvalue()
        self.err = err.getvalue()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder holding a copy of the seed claims/, as the current directory."""
    shutil.copytree(SEED, tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _ref(claim_id: str, quote: str, file: str = ARTICLE, line: int = 1) -> ClaimRef:
    doc = "operation-spector-2023-05-02" if file == ARTICLE else "jcode-operations"
    return ClaimRef(file=file, id=claim_id, quote=quote, doc=doc, kind="value", line=line)


ARRESTS_281 = _ref("arrests-281", "The operation netted 281 arrests", line=51)
NEARLY_300 = _ref("arrests-nearly-300", "arrested nearly 300 suspects", line=18)
HUNTOR = _ref("dark-huntor-arrests", "150 arrests", file=REFERENCE, line=120)

CONTRADICTION = Finding(
    rule="FC101",
    name="value-conflict",
    severity="contradiction",
    claims=(ARRESTS_281, HUNTOR),
    message="the figures for jcode.spector.arrests disagree: 281, 150",
    explanation="“The operation netted 281 arrests” says 281; “150 arrests” says 150.",
)
WARNING = Finding(
    rule="FC303",
    name="partial-list",
    severity="warning",
    claims=(NEARLY_300,),
    message="7 of 8 countries are named; 1 unnamed",
    explanation="The article names seven of the eight countries.",
)
ACKNOWLEDGED = Finding(
    rule="FC202",
    name="ratio-refuted",
    severity="contradiction",
    claims=(NEARLY_300, HUNTOR),
    message="“more than double” does not hold",
    explanation="281 is not more than double 150... it is.",
    acknowledged=True,
    note="Checked with the DOJ release: the article rounds.",
)
HELD = Check("FC201", "part-exceeds-whole", "holds", (ARRESTS_281,), "64 kg within 850 kg")


def fake_engine(monkeypatch, *findings: Finding, checks: tuple[Check, ...] = ()) -> None:
    """Make `factcheck.engine.check` return these findings for whatever it is given."""

    def check(loaded: Loaded, **options: object) -> Report:
        return Report(
            files=tuple(f.path for f in loaded.files),
            claim_count=loaded.claim_count,
            findings=findings,
            checks=checks,
        )

    monkeypatch.setattr(factcheck.engine, "check", check)


def require_engine() -> None:
    """Tests of real findings need the engine's rules; until they land these tests xfail."""
    if not factcheck.engine.RULES:
        pytest.xfail("engine not landed: factcheck.engine.RULES is empty")


def plant_contradiction(folder: Path) -> Path:
    """A claim file whose two claims give one measure two exact, different figures."""
    (folder / "claims").mkdir(exist_ok=True)
    (folder / "claims" / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
    path = folder / "claims" / "planted.toml"
    path.write_text(PLANTED, encoding="utf-8")
    return path


# --- check: exit codes ----------------------------------------------------------------------------


def test_check_seed_exits_0_or_1_with_a_report(project):
    """`factcheck check` on the seed prints a report ending in the counts, exit 0 or 1."""
    run = Run("check")
    assert run.code in (0, 1), run.err
    assert run.err == ""
    assert re.search(r"^(OK|FAILED): 2 files, \d+ claims; ", run.out, re.MULTILINE)


def test_check_defaults_to_claims_folder(project):
    """Without paths, `factcheck check` checks claims/, the same as naming it."""
    assert Run("check").out == Run("check", "claims/").out


def test_check_exits_0_when_no_contradiction(project, monkeypatch):
    """No finding: exit 0 and an OK verdict."""
    fake_engine(monkeypatch)
    run = Run("check", "claims/")
    assert run.code == 0
    assert run.out.startswith("OK: 2 files, 38 claims; 0 contradictions")


def test_check_exits_0_with_only_warnings_and_acknowledged(project, monkeypatch):
    """Warnings and acknowledged contradictions do not fail the check."""
    fake_engine(monkeypatch, WARNING, ACKNOWLEDGED)
    run = Run("check")
    assert run.code == 0
    assert "FC303 partial-list [warning]" in run.out
    assert "FC202 ratio-refuted [acknowledged]" in run.out
    assert "Note: Checked with the DOJ release: the article rounds." in run.out


def test_check_exits_1_on_unacknowledged_contradiction(project, monkeypatch):
    """An unacknowledged contradiction: exit 1, the block quotes the article, grouped by file."""
    fake_engine(monkeypatch, CONTRADICTION)
    run = Run("check")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0] == ARTICLE
    assert "  FC101 value-conflict [contradiction]" in lines
    assert f"    - arrests-281 ({ARTICLE}:51): “The operation netted 281 arrests”" in lines
    assert lines[-1].startswith("FAILED: 2 files, 38 claims; 1 contradiction, ")


def test_check_planted_contradiction_real_engine(tmp_path, monkeypatch):
    """The real engine finds two exact, different figures for one measure: exit 1, quoted."""
    require_engine()
    plant_contradiction(tmp_path)
    monkeypatch.chdir(tmp_path)
    run = Run("check", "claims/planted.toml")
    assert run.code == 1, run.out + run.err
    assert "[contradiction]" in run.out
    assert "“Police made 281 arrests”" in run.out
    assert "“counted 218 arrests”" in run.out


def test_check_exits_2_on_broken_file_naming_file_line_claim_field(project):
    """A broken claim file: exit 2, stderr names file, line, claim and field; no traceback."""
    path = project / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace("value = 281\n", 'value = "abc"\n'),
        encoding="utf-8",
    )
    run = Run("check")
    assert run.code == 2
    assert run.out == ""
    assert "Traceback" not in run.err
    first = run.err.splitlines()[0]
    assert re.match(rf"{re.escape(ARTICLE)}:\d+: claim 'arrests-281', field 'value': ", first)
    assert run.err.splitlines()[-1] == (
        "factcheck: 1 claim file could not be loaded; nothing was checked."
    )


def test_check_reports_every_broken_file(project):
    """Every claim file that fails to load is reported, not just the first."""
    (project / "claims" / "a-bad.toml").write_text("[article\n", encoding="utf-8")
    (project / "claims" / "b-bad.toml").write_text(
        '[article]\nid = "b"\ntitle = "B"\npublished = 2024-01-01\ntext = "missing.txt"\n',
        encoding="utf-8",
    )
    run = Run("check")
    assert run.code == 2
    assert "claims/a-bad.toml:1: not valid TOML" in run.err
    assert re.search(
        r"claims/b-bad.toml:\d+: field 'text': the article text .* does not exist", run.err
    )
    assert "2 claim files could not be loaded" in run.err
    assert "Traceback" not in run.err


def test_check_missing_path_exits_2(project):
    """A path that does not exist is bad input, exit 2, said on stderr."""
    run = Run("check", "nowhere/")
    assert run.code == 2
    assert "nowhere: no such file or folder" in run.err


def test_check_without_claims_folder_explains(tmp_path, monkeypatch):
    """Run away from the project root, the error says where claim files are looked for."""
    monkeypatch.chdir(tmp_path)
    run = Run("check")
    assert run.code == 2
    assert "no claims/ folder here" in run.err


def test_check_empty_folder_exits_2(tmp_path, monkeypatch):
    """A folder without claim files is bad input rather than a vacuous OK."""
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    run = Run("check", "empty")
    assert run.code == 2
    assert "no claim files (*.toml) in empty" in run.err


def test_check_internal_error_exits_3_without_traceback(project, monkeypatch):
    """A bug in the engine: exit 3, one line asking to report it, no traceback."""

    def broken(loaded: Loaded, **options: object) -> Report:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(factcheck.engine, "check", broken)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    run = Run("check")
    assert run.code == 3
    assert "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert "internal error (ZeroDivisionError: division by zero)" in run.err
    assert "please report it" in run.err


def test_check_internal_error_traceback_with_debug(project, monkeypatch):
    """FACTCHECK_DEBUG=1 adds the traceback to the internal error."""

    def broken(loaded: Loaded, **options: object) -> Report:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(factcheck.engine, "check", broken)
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    run = Run("check")
    assert run.code == 3
    assert "Traceback (most recent call last)" in run.err


# --- check: rendering -----------------------------------------------------------------------------


def test_check_text_has_no_color_when_not_a_terminal(project, monkeypatch):
    """Colour is off by default when stdout is not a terminal; --color always forces it."""
    fake_engine(monkeypatch, CONTRADICTION)
    assert "\x1b[" not in Run("check").out
    assert "\x1b[31m" in Run("check", "--color", "always").out
    assert "\x1b[" not in Run("check", "--color", "never").out


def test_check_quiet_omits_the_checks_that_held(project, monkeypatch):
    """--quiet shows the findings and the counts, not the checks that held."""
    fake_engine(monkeypatch, WARNING, checks=(HELD,))
    assert "Confirmed (1)" in Run("check").out
    quiet = Run("check", "--quiet").out
    assert "Confirmed" not in quiet
    assert "FC303 partial-list [warning]" in quiet
    assert "1 check held" in quiet.splitlines()[-1]


def _assert_contract(document: dict[str, Any]) -> None:
    assert set(document["summary"]) >= SUMMARY_KEYS
    assert all(isinstance(document["summary"][k], int) for k in SUMMARY_KEYS)
    assert isinstance(document["findings"], list)
    for finding in document["findings"]:
        assert set(finding) >= FINDING_KEYS, finding
        assert finding["severity"] in ("contradiction", "warning")
        assert isinstance(finding["acknowledged"], bool)
        assert isinstance(finding["message"], str) and finding["message"]
        assert isinstance(finding["explanation"], str)
        assert finding["claims"], finding
        for claim in finding["claims"]:
            assert set(claim) >= CLAIM_KEYS, claim
            assert all(isinstance(claim[k], str) for k in CLAIM_KEYS)


def test_check_json_has_the_contract_keys(project, monkeypatch):
    """--format json: summary and every finding carry the contract's keys."""
    fake_engine(monkeypatch, CONTRADICTION, WARNING, ACKNOWLEDGED)
    run = Run("check", "--format", "json")
    assert run.code == 1
    document = json.loads(run.out)
    _assert_contract(document)
    counts = {k: document["summary"][k] for k in SUMMARY_KEYS}
    assert counts == {
        "files": 2,
        "claims": 38,
        "contradictions": 1,
        "warnings": 1,
        "acknowledged": 1,
    }
    assert [f["rule"] for f in document["findings"]] == ["FC101", "FC303", "FC202"]
    first = document["findings"][0]["claims"][0]
    assert (first["file"], first["id"], first["quote"]) == (
        ARTICLE,
        "arrests-281",
        "The operation netted 281 arrests",
    )


def test_check_json_of_the_seed_matches_the_contract(project):
    """The real engine's JSON report of the seed has the contract's keys for every finding."""
    run = Run("check", "--format", "json")
    assert run.code in (0, 1), run.err
    document = json.loads(run.out)
    _assert_contract(document)
    assert document["summary"]["files"] == 2
    assert run.code == (1 if document["summary"]["contradictions"] else 0)


def test_check_text_report_snapshot(project):
    """The text report of the seed is tests/snapshots/seed-report.txt."""
    text = Run("check", "--color", "never").out
    snapshot = SNAPSHOTS / "seed-report.txt"
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS") == "1":
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.exists(), (
        f"{snapshot} is missing; create it with: FACTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest "
        "tests/test_cli.py -k snapshot"
    )
    expected = snapshot.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            text.splitlines(keepends=True),
            "tests/snapshots/seed-report.txt",
            "factcheck check --color never",
        )
    )
    assert text == expected, (
        "the text report of the seed changed; if the change is intended, regenerate the "
        "snapshot with: FACTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_cli.py -k "
        f"snapshot\n{diff}"
    )


# --- rules ----------------------------------------------------------------------------------------


def test_rules_lists_every_registered_rule(monkeypatch):
    """`factcheck rules` prints one line per registered rule: code, name, severity, summary."""
    run = Run("rules")
    assert run.code == 0
    if not factcheck.engine.RULES:
        assert run.out == "No rules are registered.\n"
        return
    lines = run.out.splitlines()
    assert len(lines) == len(factcheck.engine.RULES)
    for line, code in zip(lines, sorted(factcheck.engine.RULES), strict=True):
        rule = factcheck.engine.RULES[code]
        assert line.startswith(f"{code}  {rule.name}")
        assert rule.severity in line
        assert rule.summary in line


def test_rules_json(monkeypatch):
    """`factcheck rules --format json` is a list of {code, name, severity, summary}."""
    run = Run("rules", "--format", "json")
    assert run.code == 0
    rules = json.loads(run.out)
    assert [r["code"] for r in rules] == sorted(factcheck.engine.RULES)
    for entry in rules:
        assert {"code", "name", "severity", "summary"} <= set(entry)


def test_rules_with_empty_registry(monkeypatch):
    """With no rule registered, `rules` says so (text) or prints [] (JSON), exit 0."""
    monkeypatch.setattr(factcheck.engine, "RULES", {})
    assert Run("rules").out == "No rules are registered.\n"
    assert json.loads(Run("rules", "--format", "json").out) == []


# --- schema ---------------------------------------------------------------------------------------


def _as_json_data(value: Any) -> Any:
    """TOML values as an editor's validator sees them: dates as strings, numbers as numbers."""
    if isinstance(value, dict):
        return {k: _as_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json_data(v) for v in value]
    if isinstance(value, datetime.date | datetime.datetime | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def test_schema_is_json_schema_with_measures():
    """`factcheck schema` prints a JSON Schema with $schema, a title and the [measures] table."""
    run = Run("schema")
    assert run.code == 0
    schema = json.loads(run.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "factcheck claim file"
    assert schema["type"] == "object"
    assert {"article", "reference", "claim", "acknowledge", "measures"} <= set(schema["properties"])
    assert schema["properties"]["measures"]["additionalProperties"]


@pytest.mark.parametrize("seed", sorted(p.name for p in SEED.glob("*.toml")))
def test_schema_validates_the_seed(seed):
    """Each seed claim file, parsed with tomllib, is valid against the schema."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = claim_file_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = _as_json_data(tomllib.loads((SEED / seed).read_text(encoding="utf-8")))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_schema_rejects_what_the_loader_rejects():
    """An unknown field, a bad kind and a bad measure key are schema errors too."""
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(claim_file_schema())
    header = {"article": {"id": "a", "title": "A", "published": "2024-01-01", "text": "a.txt"}}
    claim = {
        "id": "c",
        "kind": "value",
        "quote": "3 arrests",
        "measure": "x.arrests",
        "value": 3,
        "unit": "arrests",
    }
    assert validator.is_valid({**header, "claim": [claim]})
    assert not validator.is_valid({**header, "claim": [{**claim, "bogus": 1}]})
    assert not validator.is_valid({**header, "claim": [{**claim, "kind": "valeu"}]})
    assert not validator.is_valid(
        {**header, "claim": [{k: v for k, v in claim.items() if k != "kind"}]}
    )
    assert not validator.is_valid({**header, "measures": {"Not A Key": "x"}})
    assert validator.is_valid({**header, "measures": {"x": {"arrests": "Arrests in X"}}})


def test_schema_output_refuses_to_overwrite(tmp_path):
    """--output writes the file; an existing file is kept unless --force (exit 2 then)."""
    target = tmp_path / "claim-file.schema.json"
    first = Run("schema", "--output", str(target))
    assert first.code == 0 and first.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "factcheck claim file"
    target.write_text("mine", encoding="utf-8")
    second = Run("schema", "--output", str(target))
    assert second.code == 2
    assert "exists; use --force" in second.err
    assert target.read_text(encoding="utf-8") == "mine"
    third = Run("schema", "--output", str(target), "--force")
    assert third.code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["$schema"]


# --- help, version, usage, startup ----------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["schema"]])
def test_help_has_an_example(command):
    """--help on every command exits 0 and shows an example."""
    run = Run(*command, "--help")
    assert run.code == 0
    assert run.out.startswith("usage: factcheck")
    assert "examples:\n  factcheck " in run.out


def test_version():
    """--version prints the package version."""
    run = Run("--version")
    assert run.code == 0
    assert run.out == f"factcheck {factcheck.__version__}\n"


def test_no_command_is_a_usage_error():
    """`factcheck` alone prints the help on stderr and exits 2."""
    run = Run()
    assert run.code == 2
    assert "usage: factcheck" in run.err


def test_unknown_option_is_a_usage_error():
    """An unknown option or choice is a usage error: exit 2, said on stderr."""
    run = Run("check", "--format", "xml")
    assert run.code == 2
    assert "invalid choice: 'xml'" in run.err


def test_python_dash_m_and_startup_do_not_load_the_solver():
    """`python -m factcheck` works, and --help, rules and schema do not import z3."""
    code = (
        "import sys, io\n"
        "from factcheck.cli import main\n"
        "for argv in (['--help'], ['rules'], ['schema']):\n"
        "    main(argv, stdout=io.StringIO(), stderr=io.StringIO())\n"
        "print('z3' in sys.modules)\n"
    )
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "False"
    version = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.returncode == 0
    assert version.stdout.startswith("factcheck ")


def test_a_check_compiles_only_the_country_regexes_its_phrases_call_for():
    """Start-up guard (not a timing): checking the seed, whose partial list of countries makes
    FC303 read every phrase of capitalised words of the article ("In", "Tuesday", "Attorney
    General Merrick Garland"), compiles a few of the 250 country regexes, not all of them."""
    code = (
        "import io, sys\n"
        "from factcheck.cli import main\n"
        f"main(['check', {str(ROOT / 'claims')!r}, '--format', 'json'], stdout=io.StringIO(),"
        " stderr=io.StringIO())\n"
        "import factcheck.geography as g\n"
        "print(g._matches.cache_info().currsize, g._pattern.cache_info().currsize,"
        " len(g._data().records))\n"
    )
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    phrases, compiled, countries = map(int, probe.stdout.split())
    assert phrases > 40  # the article was read
    assert countries == 250
    assert compiled < 25, f"{compiled} of the {countries} country regexes compiled"


def test_json_format_reports_load_errors_on_stdout(tmp_path):
    """With --format json, a claim file that does not load is described on stdout too (exit 2)."""
    (tmp_path / "a.txt").write_text("281 arrests", encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntitle = "t"\npublished = 2023-05-02\ntext = "a.txt"\n\n'
        '[[claim]]\nid = "n"\nkind = "value"\nquote = "281 arrests"\nmeasure = "x.n"\n'
        'value = "abc"\nunit = "arrests"\n',
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    status = main(["check", str(tmp_path / "a.toml"), "--format", "json"], stdout=out, stderr=err)
    assert status == 2
    problem = json.loads(out.getvalue())["errors"][0]
    assert (problem["line"], problem["claim"], problem["field"]) == (12, "n", "value")
