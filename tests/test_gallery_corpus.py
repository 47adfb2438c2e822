"""The multi-source corpus of docs/gallery/operation-lodestar-2025-06/ and its manifest of planted
errors (tests/data/operation-lodestar-2025-06-expected.toml) stay in step: the files load, and
every claim the manifest names is there, about the measure and with the figure it says."""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.loader import LoadedFile, load_file

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_PATH = ROOT / "tests" / "data" / "operation-lodestar-2025-06-expected.toml"
MANIFEST: dict[str, Any] = tomllib.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
CORPUS = ROOT / MANIFEST["corpus"]
EXTRA_FILES = [ROOT / e["folder"] / name for e in MANIFEST["extra"] for name in e["files"]]


def _files() -> dict[str, LoadedFile]:
    return {path.name: load_file(path) for path in sorted(CORPUS.glob("*.toml"))}


FILES = _files()


def _refs(manifest: dict[str, Any]) -> list[dict[str, str]]:
    """Every claim reference ({file, id}) anywhere in the manifest."""
    found: list[dict[str, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if set(node) == {"file", "id"}:
                found.append(node)
            else:
                for value in node.values():
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in manifest.items() if k != "extra"})
    return found


def _claim(ref: dict[str, str]) -> Any:
    loaded = FILES[ref["file"]]
    matches = [c for c in loaded.claims if c.id == ref["id"]]
    assert matches, f"{ref['file']} has no claim {ref['id']!r}"
    return matches[0]


def _figure(ref: dict[str, str]) -> Fraction:
    return Fraction(str(_claim(ref).value).replace(",", ""))


def test_the_corpus_and_its_extra_files_load_file_by_file_and_together() -> None:
    """Each claim file of the corpus loads alone and with all the others, the extra files too."""
    assert len(FILES) == MANIFEST["files"]
    for path in EXTRA_FILES:
        load_file(path)
    loaded = factcheck.load(CORPUS, *EXTRA_FILES)
    assert len(loaded) == MANIFEST["files"] + len(EXTRA_FILES)


@pytest.mark.parametrize("ref", _refs(MANIFEST), ids=lambda r: f"{r['file']}:{r['id']}")
def test_every_claim_the_manifest_names_is_in_the_corpus(ref: dict[str, str]) -> None:
    """A claim named by the manifest exists in the file it names."""
    _claim(ref)


@pytest.mark.parametrize("entry", MANIFEST["error"] + MANIFEST["dispute"], ids=lambda e: e["id"])
def test_the_suspects_and_the_sides_are_about_the_measure_named(entry: dict[str, Any]) -> None:
    """The figures a planted error or a dispute opposes are value claims of its measure."""
    refs = list(entry.get("agreeing", []))
    refs += [r for r in entry.get("suspects", []) if _claim(r).kind == "value"]
    refs += [r for side in entry.get("sides", []) for r in side["claims"]]
    for ref in refs:
        claim = _claim(ref)
        assert claim.kind in ("value", "multiple", "conversion"), ref
        assert claim.measure == entry["measure"], ref


def test_each_gap_of_two_exact_counts_is_the_one_their_figures_give() -> None:
    """Where both sides are exact counts, the manifest's gap is |a - b| / max(a, b) of them."""
    checked = 0
    for entry in MANIFEST["error"] + MANIFEST["dispute"]:
        if "sides" in entry:
            a, b = (_figure(side["claims"][0]) for side in entry["sides"])
        else:
            suspect = entry["suspects"][0]
            if _claim(suspect).kind != "value" or _claim(suspect).unit.endswith("USD"):
                continue
            a, b = _figure(suspect), _figure(entry["agreeing"][0])
        assert Fraction(entry["gap"]) == abs(a - b) / max(a, b), entry["id"]
        assert round(float(Fraction(entry["gap"])) * 100, 1) == entry["gap_percent"], entry["id"]
        checked += 1
    assert checked >= 3


def test_the_breakdown_that_does_not_add_up_sums_to_the_figure_given() -> None:
    """The planted breakdown's items add up to one more than its whole, as the manifest says."""
    entry = next(e for e in MANIFEST["error"] if e["id"] == "europe-roles-151")
    total = sum(_figure(ref) for ref in entry["suspect_items"])
    whole = _figure(entry["agreeing"][0])
    assert (total, whole) == (151, 150)
    assert Fraction(entry["gap"]) == (total - whole) / total


def _without(tmp_path: Path, drop: set[tuple[str, str]]) -> Path:
    """A copy of the corpus with the claims `drop` ((file name, claim id)) taken out."""
    for path in CORPUS.iterdir():
        text = path.read_text(encoding="utf-8")
        for name, claim_id in drop:
            if name == path.name:
                start = text.index(f'[[claim]]\nid = "{claim_id}"\n')
                ends = [text.find(mark, start + 1) for mark in ("\n[[", "\n# ")]
                end = min((e for e in ends if e != -1), default=len(text))
                text = text[:start] + text[end + 1 :]
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    return tmp_path


SUSPECTS = {e["id"]: {(r["file"], r["id"]) for r in e["suspects"]} for e in MANIFEST["error"]}
ALL_SUSPECTS = set().union(*SUSPECTS.values())
ONE_SIDE = {(r["file"], r["id"]) for r in MANIFEST["dispute"][0]["sides"][1]["claims"]}


def _contradictions(path: Path, *extra: Path) -> list[set[tuple[str, str]]]:
    report = factcheck.check(factcheck.load(path, *extra))
    return [
        {(Path(c.file).name, c.id) for c in f.claims}
        for f in report.findings
        if f.severity == "contradiction"
    ]


def test_without_the_suspects_and_one_side_of_the_tie_every_claim_holds(tmp_path: Path) -> None:
    """The planted errors and the tie are the only contradictions; the extra files agree."""
    corrected = _without(tmp_path, ALL_SUSPECTS | ONE_SIDE)
    assert _contradictions(corrected) == []
    assert _contradictions(corrected, *EXTRA_FILES) == []


@pytest.mark.parametrize("error", sorted(SUSPECTS))
def test_each_planted_error_alone_is_a_contradiction_of_its_suspect(
    tmp_path: Path, error: str
) -> None:
    """With the others corrected, each planted error still contradicts, through its suspect."""
    found = _contradictions(_without(tmp_path, (ALL_SUSPECTS - SUSPECTS[error]) | ONE_SIDE))
    assert found
    assert all(claims & SUSPECTS[error] for claims in found)


def test_the_tie_alone_is_a_contradiction_between_its_two_sides(tmp_path: Path) -> None:
    """With the planted errors corrected, what remains is the two firearms figures."""
    sides = [{(r["file"], r["id"]) for r in s["claims"]} for s in MANIFEST["dispute"][0]["sides"]]
    found = _contradictions(_without(tmp_path, ALL_SUSPECTS))
    assert found
    assert all(claims & sides[0] and claims & sides[1] for claims in found)
