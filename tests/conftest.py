"""Fixtures shared by the test modules: small claim files written to a temporary folder."""

from __future__ import annotations

import io
import textwrap
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main

#: The article text `write_claims` writes unless told otherwise.
ARTICLE = (
    "Officials announced on Tuesday that the operation netted 281 arrests,\n"
    "850 kilograms of drugs and $53.4 million in cash.\n"
)

WriteClaims = Callable[..., Path]


@pytest.fixture
def write_claims(tmp_path: Path) -> WriteClaims:
    """Write an article text and a claim file under ``tmp_path``; return the claim file's path.

    ``write_claims(claims="", *, article=ARTICLE, name="article.toml", text="article.txt",
    header=None)``: ``claims`` is the TOML after the header (dedented); the header defaults to an
    ``[article]`` table (id: the file's stem, published 2023-05-02) pointing at the text. The
    file starts with the header's lines, so a claim's lines follow from its place in ``claims``.
    """

    def write(
        claims: str = "",
        *,
        article: str | None = ARTICLE,
        name: str = "article.toml",
        text: str = "article.txt",
        header: str | None = None,
    ) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if article is not None:
            (path.parent / text).write_text(article, encoding="utf-8")
        if header is None:
            header = (
                f'[article]\nid = "{path.stem}"\ntitle = "A test article"\n'
                f'published = 2023-05-02\ntext = "{text}"\n'
            )
        path.write_text(header + textwrap.dedent(claims), encoding="utf-8")
        return path

    return write


DraftCopy = Callable[[str], tuple[dict[str, Any], factcheck.Report]]


@pytest.fixture
def draft_copy(tmp_path: Path) -> DraftCopy:
    """Draft a claim file of ``text`` with ``factcheck draft -o`` (the article dated by its file
    name, 2025-01-02), and return the drafted file as TOML data and the report of checking it
    untouched."""
    def draft(text: str) -> tuple[dict[str, Any], factcheck.Report]:
        article = tmp_path / "copy-2025-01-02.txt"
        article.write_text(text, encoding="utf-8")
        target = tmp_path / "copy.toml"
        err = io.StringIO()
        code = main(["draft", str(article), "-o", str(target)], stdout=io.StringIO(), stderr=err)
        assert code == 0, err.getvalue()
        data = tomllib.loads(target.read_text(encoding="utf-8"))
        return data, factcheck.check(factcheck.load(target))

    return draft
