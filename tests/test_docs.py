"""The documentation: rules documented, generated regions up to date, examples that load and check
with the exit status the docs state, links that lead somewhere."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import factcheck
from factcheck.cli import main as cli_main
from factcheck.engine.registry import SECTIONS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
GEN_DOCS = ROOT / "scripts" / "gen_docs.py"
#: The pages this project's documentation writers own (others write geography and performance).
PAGES = (
    "index", "tutorial", "claim-files", "hedges", "units", "rules", "engine", "cli", "library",
    "api", "pytest", "extending",
)  # fmt: skip


def _gen_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_docs", GEN_DOCS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_docs", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _page(name: str) -> str:
    return (DOCS / f"{name}.md").read_text(encoding="utf-8")


def _rule_sections(text: str) -> dict[str, str]:
    """The text of each rule's entry in rules.md, by code."""
    parts = re.split(r"^### (FC\d{3}) ", text, flags=re.MULTILINE)
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    return {code: body.split("\n## ", 1)[0] for code, body in pairs}


def test_registry_docstrings_have_every_section() -> None:
    """Every registered rule's docstring has its three sections: What it checks, Why, Example."""
    for rule in factcheck.RULES.values():
        for title in SECTIONS:
            assert rule.section(title), f"{rule.code} has no {title!r} section"


def test_every_registered_rule_is_documented_with_its_sections() -> None:
    """docs/rules.md has an entry per registered rule, with its name and all three sections."""
    entries = _rule_sections(_page("rules"))
    for code, rule in factcheck.RULES.items():
        assert code in entries, f"{code} is not documented in docs/rules.md"
        entry = entries[code]
        assert entry.startswith(rule.name)
        for title in SECTIONS:
            assert f"#### {title}\n" in entry, f"{code}: no {title!r} in docs/rules.md"
            first = rule.section(title).replace("``", "`").splitlines()[0]
            assert first in entry, f"{code}: the {title!r} section differs from the docstring"


def test_rules_md_documents_only_registered_rules() -> None:
    """docs/rules.md documents no rule the registry does not have."""
    assert set(_rule_sections(_page("rules"))) == set(factcheck.RULES)


def test_generated_regions_are_up_to_date() -> None:
    """`scripts/gen_docs.py --check` passes: every generated region matches the code."""
    result = subprocess.run(
        [sys.executable, str(GEN_DOCS), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_render_replaces_regions_and_keeps_hand_written_text() -> None:
    """Rendering a page rewrites its generated regions and leaves the text around them alone."""
    gen = _gen_docs()
    page = f"Before.\n{gen.begin('x')}\nold\n{gen.END}\nAfter.\n"
    assert gen.render(page, {"x": "new"}, "page.md") == (
        f"Before.\n{gen.begin('x')}\n\nnew\n\n{gen.END}\nAfter.\n"
    )
    with pytest.raises(gen.RegionError):
        gen.render(page, {"y": "new"}, "page.md")


def _documented_run(page: str, command: str) -> tuple[str, int]:
    """The output and exit status a page shows for a shell command."""
    pattern = re.escape(f"$ {command}\n") + r"(?P<out>.*?)\n\$ echo \$\?\n(?P<status>\d+)\n"
    found = re.search(pattern, _page(page), re.DOTALL)
    assert found, f"docs/{page}.md shows no run of {command!r}"
    return found["out"], int(found["status"])


def test_examples_check_with_the_documented_exit_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """`factcheck check docs/examples/` prints the report and exit status docs/tutorial.md shows."""
    output, status = _documented_run("tutorial", "factcheck check docs/examples/")
    monkeypatch.chdir(ROOT)
    out, err = io.StringIO(), io.StringIO()
    assert cli_main(["check", "docs/examples/"], stdout=out, stderr=err) == status
    assert (out.getvalue() + err.getvalue()).rstrip() == output.rstrip()


def test_every_example_claim_file_loads_alone_and_together() -> None:
    """Each claim file under docs/examples/ loads by itself, and the folder loads and checks."""
    files = sorted(EXAMPLES.glob("*.toml"))
    assert files
    for path in files:
        factcheck.load_file(path)
    report = factcheck.check(factcheck.load(EXAMPLES))
    assert report.claim_count == sum(len(factcheck.load_file(p).claims) for p in files)


def _complete_snippets() -> list[str]:
    text = _page("claim-files")
    return re.findall(r'^```toml title="complete"\n(.*?)^```$', text, re.MULTILINE | re.DOTALL)


def test_complete_snippets_of_claim_files_md_load(tmp_path: Path) -> None:
    """Every TOML block marked complete in docs/claim-files.md is a claim file that loads and
    checks (next to the example article, which its [article] tables name)."""
    snippets = _complete_snippets()
    assert len(snippets) >= 2
    for text in EXAMPLES.glob("*.txt"):
        shutil.copy(text, tmp_path / text.name)
    for number, snippet in enumerate(snippets, 1):
        path = tmp_path / f"snippet-{number}.toml"
        path.write_text(snippet, encoding="utf-8")
        report = factcheck.check(factcheck.load(path))
        assert report.exit_code == 0, report.render_text()


def _anchors(text: str) -> set[str]:
    """The anchors GitHub gives a page's headings."""
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


def test_links_between_pages_lead_somewhere() -> None:
    """Every relative link of the documentation names a file that exists, and a heading in it."""
    for name in PAGES:
        text = re.sub(r"^```.*?^```$", "", _page(name), flags=re.MULTILINE | re.DOTALL)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            file, _, anchor = target.partition("#")
            path = (DOCS / file) if file else DOCS / f"{name}.md"
            assert path.exists(), f"docs/{name}.md links to missing {target}"
            if anchor:
                assert anchor in _anchors(path.read_text(encoding="utf-8")), (
                    f"docs/{name}.md links to {target}, which has no such heading"
                )


def test_the_gallery_claim_files_load_and_end_clean() -> None:
    """docs/gallery/ holds more worked examples, each checked with its findings acknowledged; a
    multi-source example in a folder of its own, with an EXPECTED.md of the errors it holds on
    purpose, is tested against that list instead (tests/test_gallery_corpus.py)."""
    gallery = EXAMPLES.parent / "gallery"
    corpora = {p.parent for p in gallery.glob("*/EXPECTED.md")}
    files = [p for p in sorted(gallery.rglob("*.toml")) if not corpora & set(p.parents)]
    report = factcheck.check(factcheck.load(*files))
    assert report.claim_count > 0
    assert report.exit_code == 0
    assert all(f.acknowledged for f in report.findings if f.severity == "contradiction")
