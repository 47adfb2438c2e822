"""Small multi-source worlds for tests: several outlets' articles and claim files in one folder.

``write_sources(folder, {"ap": ("AP text", [claim, ...]), ...}, references={...})`` writes one
article text and claim file per outlet (and reference files), so a test reads like a newsroom's
folder. ``figure(...)`` writes a value claim's TOML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path


def figure(
    cid: str,
    quote: str,
    measure: str,
    value: str | int,
    unit: str,
    *,
    hedge: str = "",
    extra: str = "",
) -> str:
    """A value claim in TOML."""
    hedged = f'hedge = "{hedge}"\n' if hedge else ""
    shown = f'"{value}"' if isinstance(value, str) and "," in value else value
    return (
        f'[[claim]]\nid = "{cid}"\nkind = "value"\nquote = "{quote}"\nmeasure = "{measure}"\n'
        f'value = {shown}\nunit = "{unit}"\n{hedged}{extra}\n'
    )


def write_sources(
    folder: Path,
    articles: Mapping[str, tuple[str, Sequence[str]]],
    references: Mapping[str, Sequence[str]] | None = None,
    *,
    published: str = "2025-06-03",
    header_extra: Mapping[str, str] | None = None,
) -> Path:
    """Write each outlet's article and claim file (and each reference file) under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc, (text, claims) in articles.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
        header = (
            f'[article]\nid = "{doc}"\ntitle = "{doc} report"\npublished = {published}\n'
            f'text = "{doc}.txt"\n'
        )
        extra = (header_extra or {}).get(doc, "")
        (folder / f"{doc}.toml").write_text(header + extra + "\n" + "".join(claims), "utf-8")
    for doc, claims in (references or {}).items():
        header = f'[reference]\nid = "{doc}"\ntitle = "{doc} figures"\ncompiled = {published}\n'
        extra = (header_extra or {}).get(doc, "")
        body = "".join(c.replace("[[claim]]\n", '[[claim]]\nsource = "the release"\n', 1)
                       for c in claims)  # fmt: skip
        (folder / f"{doc}.toml").write_text(header + extra + "\n" + body, "utf-8")
    return folder
