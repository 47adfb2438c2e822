"""Claim files from Python: the TOML a newsroom would have written by hand.

`dumps` renders a `ClaimFile` (and its ``[measures]``) as TOML that `factcheck.load` reads back to
the same claims; `write` saves it, and never replaces an existing file unless told to. This is how
tools that draft claims (from raw text, from a spreadsheet) hand their work to people.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import tomli_w

from factcheck.claims import ClaimBase, ClaimFile
from factcheck.errors import ClaimFileError

__all__ = ["claim_table", "dumps", "write"]

_FIRST = ("id", "kind", "quote", "measure", "of")


def claim_table(claim: ClaimBase) -> dict[str, Any]:
    """A claim as the TOML table a person would write: id, kind and quote first, defaults left
    out."""
    data = claim.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
    data["kind"] = getattr(claim, "kind", "")
    ordered = {key: data[key] for key in _FIRST if key in data}
    ordered.update((k, v) for k, v in data.items() if k not in ordered)
    return ordered


def dumps(model: ClaimFile, *, measures: dict[str, str] | None = None) -> str:
    """The claim file as TOML text."""
    document: dict[str, Any] = {}
    header = model.model_dump(mode="python", exclude_none=True, include={"article", "reference"})
    document.update(header)
    if measures:
        document["measures"] = dict(sorted(measures.items()))
    if model.tolerances:
        document["tolerances"] = {h.value: str(t) for h, t in model.tolerances.items()}
    if model.vague:
        document["vague"] = model.model_dump(mode="python", include={"vague"})["vague"]
    if model.claim:
        document["claim"] = [claim_table(c) for c in model.claim]
    if model.acknowledge:
        document["acknowledge"] = [a.model_dump(mode="python") for a in model.acknowledge]
    return tomli_w.dumps(document, multiline_strings=True)


def write(
    path: str | os.PathLike[str],
    model: ClaimFile,
    *,
    measures: dict[str, str] | None = None,
    overwrite: bool = False,
) -> Path:
    """Save the claim file at ``path``; refuse to replace an existing file unless ``overwrite``."""
    target = Path(path)
    text = dumps(model, measures=measures)
    try:
        with target.open("x" if not overwrite else "w", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise ClaimFileError(
            str(target),
            "the file exists; factcheck never replaces an existing file (pass"
            " overwrite=True to replace it)",
        ) from None
    return target
