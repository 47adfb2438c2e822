"""`factcheck draft`'s promise as a whole: the untouched draft of any article checks without
contradicting itself (issue 10). A draft may leave work to a person (FC902, FC903, claims not
checked), but it never asserts two things that disagree."""

from __future__ import annotations

import io
import shutil
import tomllib
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
_SEED = ROOT.parent / "shared" / "seed"  # the seed beside the repository, as CI has it


def _articles() -> list[Path]:
    found = sorted((ROOT / "docs" / "gallery").rglob("*.txt"))
    found += sorted((ROOT / "docs" / "examples").glob("*.txt"))
    seeds = sorted(_SEED.glob("*.txt")) if _SEED.is_dir() else []
    found += seeds or sorted((ROOT / "claims").glob("*.txt"))
    found += sorted((ROOT / "tests" / "data" / "drafts").glob("*.txt"))  # a trial article
    return found


def _published(article: Path) -> str | None:
    """The publication date the article's hand-written claim file gives, if any."""
    claim_file = article.with_suffix(".toml")
    if not claim_file.is_file():
        return None
    data = tomllib.loads(claim_file.read_text(encoding="utf-8"))
    published = data.get("article", {}).get("published") or data.get("reference", {}).get(
        "compiled"
    )
    return None if published is None else str(published)


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_an_untouched_draft_never_contradicts_itself(tmp_path: Path, article: Path) -> None:
    """The draft of every gallery, example and seed article loads and has no contradiction."""
    shutil.copy(article, tmp_path / article.name)
    target = tmp_path / "draft.toml"
    extra = []
    published = _published(article)
    if published is not None:
        extra = ["--published", published]
    out, err = io.StringIO(), io.StringIO()
    code = main(["draft", str(tmp_path / article.name), "-o", str(target), *extra],
                stdout=out, stderr=err)  # fmt: skip
    assert code == 0, err.getvalue()
    report = factcheck.check(factcheck.load(target))
    assert [(f.rule, f.message) for f in report.contradictions] == []
