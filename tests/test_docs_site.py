"""The documentation site (mkdocs.yml): its nav lists every page of docs/, every page it lists
exists, and the API reference names every public name. Read without mkdocs or a YAML library:
the nav is a list of ``- Title: page.md`` lines, which a line-based reading gets right."""

from __future__ import annotations

import re
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"


def _top_level_block(text: str, key: str) -> str:
    """The lines of a top-level key of mkdocs.yml, up to the next top-level key."""
    found = re.search(rf"^{key}:(.*?)(?=^\S|\Z)", text, re.MULTILINE | re.DOTALL)
    return found[1] if found else ""


def _nav_pages() -> list[str]:
    nav = _top_level_block(CONFIG.read_text(encoding="utf-8"), "nav")
    return re.findall(r"^\s*-\s+(?:[^:\n]+:\s+)?([\w./-]+\.md)\s*$", nav, re.MULTILINE)


def _not_in_nav() -> list[str]:
    """The patterns of ``not_in_nav: |`` (one a line), the pages deliberately left out."""
    block = _top_level_block(CONFIG.read_text(encoding="utf-8"), "not_in_nav")
    lines = [line.strip() for line in block.strip().lstrip("|").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def test_the_nav_lists_every_page_of_docs() -> None:
    """A page under docs/ that the nav does not list (nor not_in_nav leaves out on purpose) is
    missing from the site's menus."""
    listed = set(_nav_pages())
    excluded = _not_in_nav()
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    missing = sorted(
        page
        for page in pages - listed
        if not any(Path(page).match(pattern.lstrip("/")) for pattern in excluded)
    )
    assert not missing, f"mkdocs.yml's nav does not list {missing} (add them, or to not_in_nav)"


def test_every_page_the_nav_lists_exists() -> None:
    pages = _nav_pages()
    assert "index.md" in pages and "tutorial.md" in pages
    assert len(pages) == len(set(pages)), "a page is listed twice"
    for page in pages:
        assert (DOCS / page).is_file(), f"mkdocs.yml lists {page}, which docs/ does not have"


def test_the_api_reference_names_every_public_name() -> None:
    """docs/api.md has a ``::: factcheck.NAME`` for each name of ``factcheck.__all__``."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"^::: factcheck\.(\w+)$", text, re.MULTILINE))
    public = {name for name in factcheck.__all__ if not name.startswith("_")}
    assert sorted(public - shown) == [], "docs/api.md does not show these public names"
    assert sorted(shown - public) == [], "docs/api.md shows names factcheck does not export"


def test_the_site_is_configured_to_fail_on_broken_links() -> None:
    """mkdocs build --strict turns warnings into errors; these make broken links warnings."""
    text = CONFIG.read_text(encoding="utf-8")
    assert re.search(r"^strict: true$", text, re.MULTILINE)
    validation = _top_level_block(text, "validation")
    for key in ("omitted_files", "absolute_links", "unrecognized_links", "anchors"):
        assert re.search(rf"^\s+{key}: warn$", validation, re.MULTILINE), key
