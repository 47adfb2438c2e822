"""The pytest plugin, end to end with ``pytester``: items, outcomes, failure blocks, the section.

Tests named ``*_fake_engine`` replace the engine with `FAKE_CONFTEST` (findings listed in a JSON
file, acknowledgements applied as the engine's contract says), through a conftest so that xdist
workers use it too. Tests named ``*_real_engine`` run the real engine; until its rules land
(``factcheck.engine.RULES`` empty) they xfail with the reason "engine not landed".
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import factcheck
import factcheck.engine
from planted import PLANTED, PLANTED_TEXT

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims"
ARTICLE = "claims/article-2023-05-02-operation-spector.toml"
REFERENCE = "claims/reference-jcode-operations.toml"
SPECTOR = "operation-spector-2023-05-02"
JCODE = "jcode-operations"

INI = """\
[pytest]
addopts = -ra --strict-markers --strict-config
xfail_strict = true
"""

FAKE_CONFTEST = '''
"""A stand-in engine: the findings and checks of fake_engine.json, on the loaded claims."""
import dataclasses
import json
from pathlib import Path

import factcheck.engine
from factcheck.report import Check, ClaimRef, Finding, Report

SPEC = Path(__file__).with_name("fake_engine.json")
REAL = factcheck.engine.check


def refs(loaded, ids):
    known = {}
    for lf in loaded.files:
        for claim in lf.claims:
            anchors = lf.anchors.get(claim.id) or ()
            known[f"{lf.doc_id}:{claim.id}"] = ClaimRef(
                lf.path, claim.id, claim.quote_text, lf.doc_id, claim.kind,
                lf.claim_line(claim.id), anchors[0].line if anchors else None)
    return tuple(known[i] for i in ids if i in known)


def fake_check(loaded):
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    findings = []
    for f in spec.get("findings", []):
        claims = refs(loaded, f["claims"])
        if claims:
            findings.append(Finding(f["rule"], f["name"], f["severity"], claims, f["message"],
                                    f["explanation"]))
    for lf in loaded.files:
        for ack in lf.model.acknowledge:
            ids = sorted(c if ":" in c else f"{lf.doc_id}:{c}" for c in ack.claims)
            hits = [i for i, f in enumerate(findings)
                    if f.rule == ack.rule and sorted(c.qualified_id for c in f.claims) == ids]
            for i in hits:
                findings[i] = dataclasses.replace(findings[i], acknowledged=True, note=ack.note)
            if not hits:
                findings.append(Finding(
                    "FC901", "stale-acknowledgement", "contradiction", refs(loaded, ids),
                    f"{lf.path} acknowledges {ack.rule} on {', '.join(ids)}, which no longer "
                    "occurs", "Remove the [[acknowledge]] table, or fix the claims."))
    checks = [Check(c["rule"], c["name"], c["status"], refs(loaded, c["claims"]), c["message"])
              for c in spec.get("checks", [])]
    return Report(tuple(f.path for f in loaded.files), loaded.claim_count, tuple(findings),
                  tuple(checks))


def pytest_configure(config):
    factcheck.engine.check = fake_check


def pytest_unconfigure(config):
    factcheck.engine.check = REAL
'''


#: An [[acknowledge]] table, up to the next table.
ACKNOWLEDGE_RE = re.compile(r"^\[\[acknowledge\]\]\n(?:(?!\[).*\n?)*", re.MULTILINE)

#: What the fake engine reports on the planted file.
PLANTED_FINDING = {
    "rule": "FC101",
    "name": "value-conflict",
    "severity": "contradiction",
    "claims": ["planted:arrests-281", "planted:arrests-218"],
    "message": "the figures for planted.operation.arrests disagree: 281, 218",
    "explanation": "Both claims give the exact number of arrests of one operation.",
}


def setup(
    pytester: pytest.Pytester,
    *,
    seed: bool = True,
    planted: str | None = None,
    fake: dict[str, Any] | None = None,
    ini: str = "",
) -> Path:
    """A pytester project: pytest.ini, the seed claims, a planted file, a fake engine (the seed's
    acknowledgements are then left out: the fake engine does not find what they acknowledge)."""
    pytester.makefile(".ini", pytest=INI + ini)
    claims = pytester.path / "claims"
    if seed:
        shutil.copytree(SEED, claims)
        for path in claims.glob("*.toml") if fake is not None else ():
            text = ACKNOWLEDGE_RE.sub("", path.read_text(encoding="utf-8"))
            path.write_text(text, encoding="utf-8")
    claims.mkdir(exist_ok=True)
    if planted is not None:
        (claims / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
        (claims / "planted.toml").write_text(planted, encoding="utf-8")
    if fake is not None:
        (pytester.path / "fake_engine.json").write_text(json.dumps(fake), encoding="utf-8")
        pytester.makeconftest(FAKE_CONFTEST)
    return claims


def require_engine() -> None:
    """The real engine's findings are needed; until its rules land, xfail."""
    if not factcheck.engine.RULES:
        pytest.xfail("engine not landed: factcheck.engine.RULES is empty")


def real_planted_finding() -> factcheck.Finding:
    """The real engine's contradiction on the planted file (loaded from a scratch copy)."""
    require_engine()
    return real_findings(PLANTED, "contradiction")[0]


def real_findings(claim_file: str, severity: str) -> list[factcheck.Finding]:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
        (folder / "planted.toml").write_text(claim_file, encoding="utf-8")
        report = factcheck.engine.check(factcheck.load(folder / "planted.toml"))
    found = [f for f in report.findings if f.severity == severity]
    assert found, f"the real engine found no {severity} in the planted file: {report.findings}"
    return found


def acknowledging(rule: str, claims: list[str], note: str) -> str:
    """The planted file with an [[acknowledge]] table."""
    listed = ", ".join(json.dumps(c) for c in claims)
    return PLANTED + f'\n[[acknowledge]]\nrule = "{rule}"\nclaims = [{listed}]\nnote = "{note}"\n'


# --- The seed -------------------------------------------------------------------------------------


def test_seed_items_are_named_by_claim_id(pytester):
    """Each claim of the seed is an item named <file>::<claim id>."""
    setup(pytester, fake={})
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            f"{ARTICLE}::arrests-nearly-300",
            f"{ARTICLE}::arrests-281",
            f"{REFERENCE}::dark-huntor-arrests",
            "38 tests collected*",
        ]
    )


def test_seed_all_claims_pass_fake_engine(pytester):
    """The seed's 38 claims load: 37 passed, and the factcheck section closes the run."""
    setup(pytester, fake={})
    result = pytester.runpytest()
    result.assert_outcomes(passed=38)
    result.stdout.fnmatch_lines(
        [
            "*= factcheck =*",
            "2 files, 38 claims: 0 contradictions, 0 warnings, 0 acknowledged; 0 checks held, "
            "0 not checked",
        ]
    )


def test_seed_outcomes_match_the_real_engine(pytester):
    """The seed's outcomes are exactly the real engine's report (fail, xfail, skip, pass)."""
    claims = setup(pytester)
    report = factcheck.engine.check(factcheck.load(claims))
    unacknowledged = [f for f in report.findings if not f.acknowledged]
    expected = {
        "failed": len(report.contradictions),
        "xfailed": sum(1 for f in report.findings if f.acknowledged),
        "skipped": sum(1 for c in report.checks if c.status == "unchecked"),
        "passed": report.claim_count
        + sum(1 for f in unacknowledged if f.severity == "warning")
        + sum(1 for c in report.checks if c.status == "holds"),
    }
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(**expected)
    assert result.ret == (1 if report.contradictions else 0)
    result.stdout.fnmatch_lines(["*= factcheck =*", "2 files, 38 claims: *"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_claims_folder_alone_runs_the_report(pytester):
    """`pytest claims/` runs the report alone; a Python test elsewhere is not collected."""
    setup(pytester, fake={})
    pytester.makepyfile(test_other="def test_other():\n    pass\n")
    result = pytester.runpytest("claims/")
    result.assert_outcomes(passed=38)
    all_of_it = pytester.runpytest()
    all_of_it.assert_outcomes(passed=39)


# --- Selecting and running: -k, -x, --junitxml, -n 2 ----------------------------------------------


FINDINGS = {
    "findings": [
        {
            "rule": "FC101",
            "name": "value-conflict",
            "severity": "contradiction",
            "claims": [f"{SPECTOR}:arrests-281", f"{JCODE}:dark-huntor-arrests"],
            "message": "the figures for jcode.spector.arrests disagree: 281, 150",
            "explanation": "“The operation netted 281 arrests” says 281; “150 arrests” says 150.",
        },
        {
            "rule": "FC202",
            "name": "ratio-refuted",
            "severity": "contradiction",
            "claims": [f"{SPECTOR}:arrests-more-than-double-previous", f"{SPECTOR}:arrests-281"],
            "message": "“more than double” does not hold",
            "explanation": "281 against 150.",
        },
        {
            "rule": "FC303",
            "name": "partial-list",
            "severity": "warning",
            "claims": [f"{SPECTOR}:countries-eight-named"],
            "message": "7 of 8 countries are named; 1 unnamed",
            "explanation": "The article names seven of the eight countries.",
        },
    ],
    "checks": [
        {
            "rule": "FC201",
            "name": "part-exceeds-whole",
            "status": "holds",
            "claims": [f"{SPECTOR}:fentanyl-within-drugs"],
            "message": "64 kg of fentanyl within 850 kg of drugs",
        },
        {
            "rule": "FC203",
            "name": "superlative-beaten",
            "status": "unchecked",
            "claims": [f"{SPECTOR}:largest-darknet-operation"],
            "message": "no figures for the group jcode.*.arrests",
        },
    ],
}


def test_finding_items_are_named_rule_and_claims_fake_engine(pytester):
    """Findings and checks are items <file of first claim>::<RULE>:<sorted claim ids>."""
    setup(pytester, fake=FINDINGS)
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            f"{ARTICLE}::FC101:arrests-281+{JCODE}:dark-huntor-arrests",
            f"{ARTICLE}::FC202:arrests-281+arrests-more-than-double-previous",
            f"{ARTICLE}::FC303:countries-eight-named",
            f"{ARTICLE}::FC201:fentanyl-within-drugs",
            f"{ARTICLE}::FC203:largest-darknet-operation",
            "43 tests collected*",
        ]
    )


def test_outcomes_per_finding_fake_engine(pytester):
    """Contradiction fails, warning passes and warns, held check passes, unchecked skips."""
    setup(pytester, fake=FINDINGS)
    result = pytester.runpytest("-rs")
    result.assert_outcomes(failed=2, passed=38 + 2, skipped=1, warnings=1)
    result.stdout.fnmatch_lines(
        [
            f"  {ARTICLE}:*: FactcheckWarning: FC303 partial-list: 7 of 8 countries are named; "
            "1 unnamed",
            f"SKIPPED [[]1[]] {ARTICLE}:*: not checked, FC203 superlative-beaten: no figures for "
            "the group jcode.*.arrests",
        ]
    )
    assert result.ret == 1


def test_k_selects_by_claim_id_and_rule_fake_engine(pytester):
    """-k arrests-281 selects the claim and the findings naming it; -k FC303 the one finding."""
    setup(pytester, fake=FINDINGS)
    by_claim = pytester.runpytest("-k", "arrests-281", "-v")
    by_claim.assert_outcomes(passed=1, failed=2)
    by_claim.stdout.fnmatch_lines([f"{ARTICLE}::arrests-281 PASSED*"])
    by_rule = pytester.runpytest("-k", "FC303", "-v")
    by_rule.assert_outcomes(passed=1, warnings=1)
    by_rule.stdout.fnmatch_lines([f"{ARTICLE}::FC303:countries-eight-named PASSED*"])


def test_x_stops_at_the_first_contradiction_fake_engine(pytester):
    """-x stops the run at the first failing finding."""
    setup(pytester, fake=FINDINGS)
    result = pytester.runpytest("-x", "-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 1
    assert outcomes.get("passed", 0) < 39
    result.stdout.fnmatch_lines(["*= factcheck =*", "*stopping after 1 failures*"])


def test_junitxml_records_the_failure_block_fake_engine(pytester):
    """--junitxml: a testcase per item; a contradiction's failure text is the readable block."""
    setup(pytester, fake=FINDINGS)
    pytester.runpytest("--junitxml=report.xml")
    tree = ET.parse(pytester.path / "report.xml")
    cases = {case.get("name"): case for case in tree.iter("testcase")}
    assert len(cases) == 43
    failure = cases[f"FC101:arrests-281+{JCODE}:dark-huntor-arrests"].find("failure")
    assert failure is not None
    assert "FC101 value-conflict [contradiction]" in (failure.text or "")
    assert "“The operation netted 281 arrests”" in (failure.text or "")
    assert cases["arrests-281"].find("failure") is None
    assert cases["FC203:largest-darknet-operation"].find("skipped") is not None


def test_xdist_two_workers_fake_engine(pytester):
    """-n 2 gives the same outcomes, and the controller writes the factcheck section."""
    setup(pytester, fake=FINDINGS)
    result = pytester.runpytest("-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2, passed=40, skipped=1, warnings=1)
    result.stdout.fnmatch_lines(
        [
            "*= factcheck =*",
            "contradiction FC101 value-conflict  "
            f"{ARTICLE}::FC101:arrests-281+{JCODE}:dark-huntor-arrests",
            "*2 contradictions, 1 warning, 0 acknowledged; 1 check held, 1 not checked",
        ]
    )


def test_xdist_two_workers_real_engine(pytester):
    """-n 2 with the real engine collects the same items and gives the same outcomes."""
    setup(pytester)
    plain = pytester.runpytest("-p", "no:cacheprovider").parseoutcomes()
    plain.pop("warnings", None)
    result = pytester.runpytest("-n", "2", "-p", "no:cacheprovider")
    parallel = result.parseoutcomes()
    parallel.pop("warnings", None)
    assert parallel == plain
    result.stdout.fnmatch_lines(["*= factcheck =*", "2 files, 38 claims: *"])
    result.stdout.no_fnmatch_line("*Different tests were collected*")


# --- Contradictions, acknowledgements -------------------------------------------------------------


def test_planted_contradiction_fails_with_a_block_fake_engine(pytester):
    """A contradiction fails with a block quoting the article; no Python traceback."""
    setup(pytester, seed=False, planted=PLANTED, fake={"findings": [PLANTED_FINDING]})
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ FC101: arrests-281, arrests-218 _*",
            "FC101 value-conflict [contradiction]",
            "  the figures for planted.operation.arrests disagree: 281, 218",
            "  - arrests-281 (claims/planted.toml:7, article line 1): “Police made 281 arrests”",
            "  - arrests-218 (claims/planted.toml:15, article line 3): “counted 218 arrests”",
            "  Both claims give the exact number of arrests of one operation.",
            "FAILED claims/planted.toml::FC101:arrests-218+arrests-281*",
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*pytest_plugin.py*")
    result.stdout.no_fnmatch_line("*raise FactcheckFailure*")


def test_planted_contradiction_fails_with_a_block_real_engine(pytester):
    """The real engine's contradiction on the planted file fails, quoting the article."""
    real_planted_finding()
    setup(pytester, seed=False, planted=PLANTED)
    result = pytester.runpytest()
    assert result.parseoutcomes()["failed"] >= 1
    result.stdout.fnmatch_lines(
        [
            "FC* [[]contradiction[]] disputed, gap 22.4%",
            "  - side 1: arrests-* (claims/planted.toml:*, article line *): “*”",
        ]
    )
    result.stdout.fnmatch_lines(["*“Police made 281 arrests”*"])
    result.stdout.fnmatch_lines(["*“counted 218 arrests”*"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_acknowledged_finding_is_xfail_with_note_fake_engine(pytester):
    """An acknowledged contradiction is an xfail whose reason is the note; the run passes."""
    note = "The later statement corrects the first; see the editor's note."
    planted = acknowledging("FC101", ["arrests-281", "arrests-218"], note)
    setup(pytester, seed=False, planted=planted, fake={"findings": [PLANTED_FINDING]})
    result = pytester.runpytest("-rx")
    result.assert_outcomes(passed=2, xfailed=1)
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [f"XFAIL claims/planted.toml::FC101:arrests-218+arrests-281 - acknowledged: {note}"]
    )


def test_acknowledged_finding_fails_under_runxfail_fake_engine(pytester):
    """--runxfail shows an acknowledged finding as a failure with its block and note."""
    planted = acknowledging("FC101", ["arrests-281", "arrests-218"], "Seen.")
    setup(pytester, seed=False, planted=planted, fake={"findings": [PLANTED_FINDING]})
    result = pytester.runpytest("--runxfail")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["FC101 value-conflict [[]acknowledged[]]", "  Note: Seen."])


def test_acknowledged_finding_is_xfail_real_engine(pytester):
    """With the real engine, acknowledging its contradiction makes it an xfail with the note."""
    finding = real_planted_finding()
    note = "Seen: the later statement corrects the first."
    planted = acknowledging(finding.rule, [c.id for c in finding.claims], note)
    setup(pytester, seed=False, planted=planted)
    result = pytester.runpytest("-rx")
    assert result.parseoutcomes()["xfailed"] >= 1
    result.stdout.fnmatch_lines(
        [f"XFAIL claims/planted.toml::{finding.rule}:* - acknowledged: {note}"]
    )
    result.stdout.no_fnmatch_line("*FC901*")


def test_stale_acknowledgement_fails_fake_engine(pytester):
    """An acknowledgement of a finding that does not occur is FC901, which fails."""
    planted = acknowledging("FC101", ["arrests-281", "arrests-218"], "Seen.")
    setup(pytester, seed=False, planted=planted, fake={})
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "FC901 stale-acknowledgement [[]contradiction[]]",
            "FAILED claims/planted.toml::FC901:arrests-218+arrests-281*",
        ]
    )


def test_stale_acknowledgement_fails_real_engine(pytester):
    """With the real engine, acknowledging a finding that does not occur fails as FC901."""
    require_engine()
    if "FC901" not in factcheck.engine.RULES:
        pytest.xfail("engine not landed: no FC901 rule")
    consistent = PLANTED.replace("value = 218", "value = 281").replace(
        "counted 218 arrests", "Police made 281 arrests"
    )
    planted = (
        consistent + '\n[[acknowledge]]\nrule = "FC101"\nclaims = ["arrests-281"]\nnote = "x"\n'
    )
    setup(pytester, seed=False, planted=planted)
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        ["FC901 * [[]contradiction[]]", "FAILED claims/planted.toml::FC901:*"]
    )
    assert result.ret == 1


# --- Broken claim files, crashes ------------------------------------------------------------------


def test_broken_file_is_one_failed_item_other_files_report(pytester):
    """A broken claim file is one failed item with the located error; other files report."""
    claims = setup(pytester, fake={})
    article = claims / "article-2023-05-02-operation-spector.toml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("value = 281\n", 'value = "abc"\n'),
        encoding="utf-8",
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1, passed=17)
    result.stdout.fnmatch_lines(
        [
            "*_ article-2023-05-02-operation-spector.toml: does not load _*",
            "article-2023-05-02-operation-spector.toml does not load:",
            f"{ARTICLE}:*: claim 'arrests-281', field 'value': *",
            f"FAILED {ARTICLE}::article-2023-05-02-operation-spector.toml*",
        ]
    )
    result.stdout.fnmatch_lines(
        ["*= factcheck =*", f"error         {ARTICLE}:*: claim 'arrests-281'*"]
    )
    result.stdout.no_fnmatch_line("*Traceback*")


def test_invalid_toml_is_one_failed_item(pytester):
    """Invalid TOML is reported at its line, as a failed item, not a collection error."""
    claims = setup(pytester, fake={})
    (claims / "broken.toml").write_text('[article]\nid = "x"\ntitle = \n', encoding="utf-8")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1, passed=38)
    result.stdout.fnmatch_lines(["claims/broken.toml:3: not valid TOML*"])
    result.stdout.no_fnmatch_line("*error during collection*")


def test_engine_crash_fails_items_without_stopping_collection(pytester):
    """An engine crash fails one item per file with its traceback; claims still pass."""
    setup(pytester)
    pytester.makeconftest(
        "import factcheck.engine\n"
        "REAL = factcheck.engine.check\n"
        "def boom(loaded):\n"
        "    raise ZeroDivisionError('engine bug')\n"
        "def pytest_configure(config):\n"
        "    factcheck.engine.check = boom\n"
        "def pytest_unconfigure(config):\n"
        "    factcheck.engine.check = REAL\n"
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=2, passed=38)
    result.stdout.fnmatch_lines(
        ["the factcheck engine crashed (a bug):", "ZeroDivisionError: engine bug"]
    )


# --- Options and the section ----------------------------------------------------------------------


def test_summary_section_lists_every_finding_fake_engine(pytester):
    """The factcheck section lists each finding: status, rule, item id, message; counts."""
    planted = acknowledging("FC101", ["arrests-281", "arrests-218"], "Seen.")
    fake = {"findings": [*FINDINGS["findings"], PLANTED_FINDING], "checks": FINDINGS["checks"]}
    setup(pytester, planted=planted, fake=fake)
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        [
            "*= factcheck =*",
            f"contradiction FC101 value-conflict  {ARTICLE}::FC101:arrests-281+{JCODE}:*",
            "              the figures for jcode.spector.arrests disagree: 281, 150",
            f"contradiction FC202 ratio-refuted  {ARTICLE}::FC202:*",
            f"warning       FC303 partial-list  {ARTICLE}::FC303:countries-eight-named",
            "              7 of 8 countries are named; 1 unnamed",
            "acknowledged  FC101 value-conflict  claims/planted.toml::FC101:*",
            "              Note: Seen.",
            "3 files, 40 claims: 2 contradictions, 1 warning, 1 acknowledged; 1 check held, "
            "1 not checked",
            "*short test summary info*",
        ]
    )


def test_no_section_when_no_claim_file_is_selected(pytester):
    """A run of Python tests only (or with --no-factcheck) has no factcheck section."""
    setup(pytester, fake={})
    pytester.makepyfile(test_other="def test_other():\n    pass\n")
    only_python = pytester.runpytest("test_other.py")
    only_python.assert_outcomes(passed=1)
    only_python.stdout.no_fnmatch_line("*= factcheck =*")
    disabled = pytester.runpytest("--no-factcheck")
    disabled.assert_outcomes(passed=1)
    disabled.stdout.no_fnmatch_line("*= factcheck =*")


def test_ini_option_takes_paths_and_globs(pytester):
    """factcheck_paths in the ini names the claim files (globs allowed); others are ignored
    (when the command line names no path)."""
    setup(pytester, fake={}, ini="factcheck_paths =\n    claims/article-*.toml\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=21)
    result.stdout.fnmatch_lines(["1 file, 21 claims: *"])


def test_command_line_option_overrides_the_ini(pytester):
    """--factcheck-paths overrides the ini option; a folder named on the command line is
    checked as well."""
    setup(pytester, fake={}, ini="factcheck_paths = nowhere\n")
    result = pytester.runpytest(f"--factcheck-paths={REFERENCE}")
    result.assert_outcomes(passed=17)
    result = pytester.runpytest("claims/", f"--factcheck-paths={REFERENCE}")
    result.assert_outcomes(passed=38)


def test_toml_file_named_on_the_command_line_is_checked_with_the_rest(pytester):
    """A *.toml named as an argument is collected and checked with the configured files."""
    setup(pytester, fake={})
    drafts = pytester.path / "drafts"
    drafts.mkdir()
    (drafts / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
    (drafts / "planted.toml").write_text(PLANTED, encoding="utf-8")
    result = pytester.runpytest("drafts/planted.toml")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["3 files, 40 claims: *"])


def test_warning_fails_under_W_error_with_its_block_fake_engine(pytester):
    """-W error::...FactcheckWarning turns a warning finding into a failure showing its block."""
    setup(pytester, fake=FINDINGS)
    result = pytester.runpytest(
        "-k", "FC303", "-W", "error::factcheck.pytest_plugin.FactcheckWarning"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["FC303 partial-list [[]warning[]]", "  7 of 8 countries are named*"]
    )


def test_configured_path_matching_nothing_warns(pytester):
    """A configured path or glob that matches no claim file is a PytestConfigWarning."""
    setup(pytester, fake={}, ini="factcheck_paths = nowhere/*.toml\n")
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        ["*PytestConfigWarning: factcheck_paths: no claim file matches 'nowhere/*.toml'"]
    )


def test_help_lists_the_options(pytester):
    """pytest --help shows the factcheck group and the ini option."""
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(
        ["factcheck: claim files as test items:", "*--factcheck-paths=PATH*", "*--no-factcheck*"]
    )
    result.stdout.fnmatch_lines(["*factcheck_paths (linelist):*"])


def test_reportinfo_points_at_the_claim_fake_engine(pytester):
    """Items report the claim file and the line of their (first) claim, as -rs shows."""
    claims = setup(pytester, fake=FINDINGS)
    loaded = factcheck.load_file(claims / "article-2023-05-02-operation-spector.toml")
    line = loaded.claim_line("largest-darknet-operation")
    result = pytester.runpytest("-rs")
    result.stdout.fnmatch_lines([f"SKIPPED [[]1[]] {ARTICLE}:{line}: not checked, FC203 *"])


def test_a_folder_named_on_the_command_line_is_checked(pytester: pytest.Pytester) -> None:
    """`pytest drafts/` checks the claim files under drafts/ (subfolders included) with the
    configured ones, as pytest runs the test files of a folder it is given; other TOML files
    there, and folders pytest does not enter, are left alone."""
    setup(pytester, fake={})
    write_outside(pytester, ["drafts", "drafts/monday"])
    (pytester.path / "drafts" / "settings.toml").write_text('[tool]\nname = "x"\n')
    hidden = pytester.path / "drafts" / ".cache"
    hidden.mkdir()
    (hidden / "planted.toml").write_text("[article]\nbroken = \n", encoding="utf-8")
    result = pytester.runpytest("drafts", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["4 files, 42 claims: *"])
    assert "were not checked" not in result.stdout.str()
    collected = pytester.runpytest("drafts/monday", "--collect-only", "-q")
    collected.stdout.fnmatch_lines(["drafts/monday/planted.toml::arrests-281", "*2 tests*"])


def test_a_folder_of_testpaths_is_not_named(pytester: pytest.Pytester) -> None:
    """A folder pytest visits because testpaths lists it is not a path named on the command
    line: its claim files are checked only when configured (the configured files are)."""
    setup(pytester, fake={}, ini="testpaths = claims drafts\n")
    write_outside(pytester, ["drafts"])
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=38)
    result.stdout.fnmatch_lines(["2 files, 38 claims: *"])


def test_xdist_workers_check_a_named_folder_too(pytester: pytest.Pytester) -> None:
    """Under -n 2 the workers and the controller (which writes the section) check the same
    files when a folder is named."""
    setup(pytester, fake={})
    write_outside(pytester, ["drafts"])
    result = pytester.runpytest("drafts", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["3 files, 40 claims: *"])


def test_claim_files_outside_the_paths_are_pointed_out(pytester: pytest.Pytester) -> None:
    """`pytest` meeting claim files outside factcheck_paths (in a folder of testpaths) says how
    to check them."""
    pytester.makefile(".ini", pytest=INI + "testpaths = drafts\n")
    drafts = pytester.mkdir("drafts")
    (drafts / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
    (drafts / "planted.toml").write_text(PLANTED, encoding="utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*claim file(s) were not checked*--factcheck-paths drafts*"])


def write_outside(pytester: pytest.Pytester, folders: list[str]) -> list[str]:
    """The planted claim file (with an id of its own) in each folder; their paths."""
    paths = []
    for n, name in enumerate(folders):
        folder = pytester.path / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
        claims = PLANTED.replace('id = "planted"', f'id = "planted-{n}"')
        (folder / "planted.toml").write_text(claims, encoding="utf-8")
        paths.append(f"{name}/planted.toml")
    return paths


HINT = (
    "factcheck: {n} claim file(s) were not checked because they lie outside factcheck_paths;"
    " to check them: pytest {options}"
)


def test_claim_files_in_subfolders_are_pointed_to_by_their_common_folder(
    pytester: pytest.Pytester,
) -> None:
    """`pytest probes/` with claim files in subfolders of probes/ names probes, not one of the
    subfolders; the command it gives collects every one of them."""
    files = write_outside(pytester, ["probes/comparative-than", "probes/hedges/more", "probes/x"])
    pytester.makefile(".ini", pytest=INI + "testpaths = probes\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.stdout.fnmatch_lines([HINT.format(n=3, options="--factcheck-paths probes")])
    hinted = pytester.runpytest(
        "--factcheck-paths", "probes", "--collect-only", "-q", "-p", "no:cacheprovider"
    )
    hinted.stdout.fnmatch_lines([f"{path}::arrests-281" for path in files], consecutive=False)
    assert "were not checked" not in hinted.stdout.str()


def test_claim_files_in_several_folders_are_each_named(pytester: pytest.Pytester) -> None:
    """Claim files in two folders of the project are named by both folders (quoted for the
    shell when needed), never by the project's root, which would load every TOML file."""
    write_outside(pytester, ["drafts", "my notes/a", "my notes/b"])
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ntestpaths = ["drafts", "my notes"]\n')
    result = pytester.runpytest("-p", "no:cacheprovider")
    options = "--factcheck-paths drafts --factcheck-paths 'my notes'"
    result.stdout.fnmatch_lines([HINT.format(n=3, options=options)])


def test_claim_files_in_many_folders_name_a_few(pytester: pytest.Pytester) -> None:
    """Beyond three folders, the hint names three and counts the others."""
    write_outside(pytester, ["a", "b", "c", "d/e"])
    pytester.makefile(".ini", pytest=INI + "testpaths = a b c d\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    options = "--factcheck-paths a --factcheck-paths b --factcheck-paths c (and 1 more)"
    result.stdout.fnmatch_lines([HINT.format(n=4, options=options)])


def test_a_claim_file_at_the_root_is_named_by_its_path(pytester: pytest.Pytester) -> None:
    """A claim file in the folder pytest runs in is named itself, not the folder ('.')."""
    write_outside(pytester, [".", "probes"])
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [HINT.format(n=2, options="--factcheck-paths planted.toml --factcheck-paths probes")]
    )


# --- Which file an item of a check goes to --------------------------------------------------------

FILED_ARTICLE = """\
[article]
id = "today"
title = "Today"
published = 2023-05-02
text = "today.txt"

[[claim]]
id = "zz-arrests-281"
kind = "value"
quote = "281 arrests"
measure = "ops.new.arrests"
value = 281
unit = "arrests"
"""

FILED_REFERENCE = """\
[reference]
id = "annual"
title = "Annual figures"

[[claim]]
id = "aa-previous-120"
kind = "value"
quote = "the previous operation made 120 arrests"
measure = "ops.old.arrests"
value = 120
unit = "arrests"
source = "Annual report, p. 3"

[[claim]]
id = "aa-new-281"
kind = "value"
quote = "the new one 281 arrests"
measure = "ops.new.arrests"
value = 281
unit = "arrests"
source = "Annual report, p. 3"

[[claim]]
id = "ab-more-than-double"
kind = "multiple"
quote = "more than double the previous operation's"
measure = "ops.new.arrests"
of = "ops.old.arrests"
factor = 2
hedge = "more than"
source = "Annual report, p. 4"
"""


def test_a_check_goes_to_the_file_of_the_claim_that_states_the_relation(
    pytester: pytest.Pytester,
) -> None:
    """The item of a check goes to the file of the claim stating the relation ("more than
    double", in the reference file here), not to that of its alphabetically first claim; a check
    of two figures, one an article's and one a reference's, goes to the article."""
    require_engine()
    pytester.makefile(".ini", pytest=INI)
    claims = pytester.mkdir("claims")
    (claims / "today.txt").write_text("The operation made 281 arrests.", encoding="utf-8")
    (claims / "today.toml").write_text(FILED_ARTICLE, encoding="utf-8")
    (claims / "annual.toml").write_text(FILED_REFERENCE, encoding="utf-8")
    result = pytester.runpytest("--collect-only", "-q", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "claims/annual.toml::FC202:aa-new-281+aa-previous-120+ab-more-than-double+today:zz-arrests-281",
            "claims/today.toml::zz-arrests-281",
            "claims/today.toml::FC501:zz-arrests-281+annual:aa-new-281",
        ],
        consecutive=False,
    )
    assert "today.toml::FC202" not in result.stdout.str()
