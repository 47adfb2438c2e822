"""Claim files -> typed claims, with every quote anchored in its article and every error located.

A claim file is TOML, read with the standard library's `tomllib` (nothing in it is ever evaluated).
It has an ``[article]`` table (or a ``[reference]`` table for facts from other sources), optional
``[measures]`` and ``[tolerances]`` tables, ``[[claim]]`` tables and ``[[acknowledge]]`` tables.
See ``docs/claim-files.md``.

Whatever goes wrong raises `ClaimFileError` naming the file, the line, the claim and the field.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.claims import (
    CLAIM_KINDS,
    Acknowledgement,
    ArticleInfo,
    ClaimBase,
    ClaimFile,
    ReferenceInfo,
)
from factcheck.dates import is_partial_date
from factcheck.errors import ClaimFileError
from factcheck.numbers import Hedge

__all__ = [
    "MAX_CLAIMS",
    "MAX_FILE_BYTES",
    "Anchor",
    "Loaded",
    "LoadedFile",
    "from_claims",
    "load",
    "load_file",
]

#: Largest claim file or article text read, in bytes.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Most claims in one file.
MAX_CLAIMS = 10_000

_QUOTE_CLASSES = {
    "'": "['‘’]", "‘": "['‘’]", "’": "['‘’]",
    '"': '["“”]', "“": '["“”]', "”": '["“”]',
    "-": "[-‐‑–—]", "–": "[-‐‑–—]", "—": "[-‐‑–—]",
}  # fmt: skip
#: Characters that join the digit groups of one number: "1,300", "1.5", "1'300", "1 300" (with a
#: thin or no-break space). A quote may not start or end between such digits.
_DIGIT_JOINERS = frozenset(",.'’\u00a0\u2009\u202f")
#: Characters that are never inside a word or a number.
_BREAKS = frozenset(" \n\t\r")
#: Where a regex may start or end a quote: not inside a word (``\w``, as `_is_word_char` but for
#: combining marks) nor between digit groups. Matches are still checked with `_joined`.
_JOINER_CLASS = f"[{re.escape(''.join(sorted(_DIGIT_JOINERS)))}]"
_BOUNDARY = rf"(?!(?<=\w)\w)(?!(?<=\d{_JOINER_CLASS})\d)(?!(?<=\d){_JOINER_CLASS}\d)"
#: Places inside longer words passed over one by one before `_BOUNDARY` takes over.
_MAX_TRIES = 8
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column (\d+)\)")
#: The tables of a claim file other than claims, with the model that checks each.
_TABLES: dict[str, type[Any]] = {
    "article": ArticleInfo,
    "reference": ReferenceInfo,
    "acknowledge": Acknowledgement,
}


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote fragment is in the article: character offsets and the line it starts on."""

    start: int
    end: int
    line: int


@dataclass
class LoadedFile:
    """One claim file, validated, with its article text and each claim's quote anchored."""

    path: str
    model: ClaimFile
    source: str
    text: str | None = None
    text_path: str | None = None
    anchors: dict[str, tuple[Anchor, ...]] = field(default_factory=dict)
    _lines: dict[str, int] | None = field(default=None, repr=False)

    @property
    def doc_id(self) -> str:
        """The article's (or reference's) id."""
        return self.model.doc_id

    @property
    def claims(self) -> list[ClaimBase]:
        """The file's claims, in file order."""
        return list(self.model.claim)

    @property
    def measures(self) -> dict[str, str]:
        """Measures the file declares: key -> description."""
        return dict(self.model_measures)

    model_measures: dict[str, str] = field(default_factory=dict)

    def claim_line(self, claim_id: str) -> int | None:
        """The line of the claim's table in the claim file."""
        if self._lines is None:
            self._lines = {}
            blocks = _claim_blocks(self.source)
            for claim, (start, _end) in zip(self.model.claim, blocks, strict=False):
                self._lines[claim.id] = start
        return self._lines.get(claim_id)


@dataclass(frozen=True)
class Loaded:
    """Claim files loaded together: the input of `factcheck.check`."""

    files: tuple[LoadedFile, ...]

    def __iter__(self) -> Iterator[LoadedFile]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def claims(self) -> Iterator[tuple[LoadedFile, ClaimBase]]:
        """Every claim with the file it is in."""
        for loaded in self.files:
            for claim in loaded.model.claim:
                yield loaded, claim

    @property
    def claim_count(self) -> int:
        """How many claims the files hold."""
        return sum(len(f.model.claim) for f in self.files)


def _display(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)
    return str(path.absolute()) if relative.startswith("..") else relative


def _claim_blocks(source: str) -> list[tuple[int, int]]:
    """(first line, last line) of each ``[[claim]]`` table, 1-based: a table runs up to the
    line before the next table header."""
    lines = source.splitlines()
    # A claim's own sub-tables ([[claim.items]]) are part of its block.
    headers = [
        i + 1
        for i, line in enumerate(lines)
        if re.match(r"^\s*\[", line) and not re.match(r"^\s*\[\[?\s*claim\s*\.", line)
    ]
    blocks = []
    for n, start in enumerate(headers):
        if re.match(r"^\s*\[\[\s*claim\s*\]\]", lines[start - 1]):
            end = headers[n + 1] - 1 if n + 1 < len(headers) else len(lines)
            blocks.append((start, end))
    return blocks


def _literal(pattern: str) -> bool:
    """Whether a measure pattern of a superlative's group names one key (no wildcards)."""
    return not any(ch in pattern for ch in "*?[")


def _table_line(source: str, table: str, index: int | None = None) -> int | None:
    lines = source.splitlines()
    if index is None:
        pattern = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
        for i, line in enumerate(lines):
            if pattern.match(line):
                return i + 1
        return None
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    found = [i + 1 for i, line in enumerate(lines) if pattern.match(line)]
    return found[index] if index < len(found) else None


def _field_line(source: str, first: int, last: int, name: str) -> int | None:
    lines = source.splitlines()
    pattern = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=")
    for number in range(first, min(last, len(lines)) + 1):
        if pattern.match(lines[number - 1]):
            return number
    return None


def table_line(source: str, table: str, index: int) -> int | None:
    """The line of the ``index``-th ``[[table]]`` of a claim file's source."""
    return _table_line(source, table, index)


def _locate(source: str, loc: Sequence[str | int]) -> int | None:
    """The line a pydantic error location points at, as near as the TOML allows."""
    if not loc:
        return None
    head = loc[0]
    if head in ("claim", "acknowledge") and len(loc) > 1 and isinstance(loc[1], int):
        if head == "claim":
            blocks = _claim_blocks(source)
            if loc[1] >= len(blocks):
                return None
            first, last = blocks[loc[1]]
        else:
            start = _table_line(source, "acknowledge", loc[1])
            if start is None:
                return None
            first, last = start, start + 50
        rest = loc[3:] if len(loc) > 2 and loc[2] in CLAIM_KINDS else loc[2:]
        names = [part for part in rest if isinstance(part, str)]
        if names:
            line = _field_line(source, first, last, names[0])
            if line is not None:
                return line
        return first
    if isinstance(head, str):
        line = _table_line(source, head)
        if line is not None and len(loc) > 1 and isinstance(loc[1], str):
            return _field_line(source, line, line + 200, loc[1]) or line
        return line
    return None


def _claim_id_at(data: dict[str, Any], loc: Sequence[str | int]) -> str | None:
    if len(loc) > 1 and loc[0] == "claim" and isinstance(loc[1], int):
        claims = data.get("claim")
        if isinstance(claims, list) and loc[1] < len(claims) and isinstance(claims[loc[1]], dict):
            claim_id = claims[loc[1]].get("id")
            return claim_id if isinstance(claim_id, str) else f"#{loc[1] + 1}"
        return f"#{loc[1] + 1}"
    return None


def _expected_fields(model: type[Any] | None) -> list[str]:
    if model is None:
        return []
    required = [name for name, info in model.model_fields.items() if info.is_required()]
    return sorted(required, key=lambda name: name not in ("id", "quote"))


def _explain(error: Any, data: dict[str, Any]) -> tuple[str | None, str]:
    """The field name and a readable problem for one pydantic error."""
    loc: tuple[str | int, ...] = tuple(error["loc"])
    names = [p for p in loc if isinstance(p, str)]
    kind = None
    if len(loc) > 2 and loc[0] == "claim" and isinstance(loc[2], str) and loc[2] in CLAIM_KINDS:
        kind = loc[2]
        names = [p for p in loc[3:] if isinstance(p, str)]
    elif len(loc) > 2 and loc[0] in ("claim", "acknowledge"):
        names = [p for p in loc[2:] if isinstance(p, str)]
    elif len(loc) > 1 and loc[0] in ("article", "reference"):
        names = [p for p in loc[1:] if isinstance(p, str)]
    field_name = names[0] if names else None
    if kind and len(loc) > 5 and isinstance(loc[4], int) and isinstance(loc[5], str):
        return _explain_item(error, data, kind, loc)
    # The table a field belongs to, and the model that checks it.
    table = f"[{loc[0]}]" if loc and loc[0] in ("article", "reference") else None
    model: type[Any] | None = CLAIM_KINDS[kind] if kind else None
    if table:
        model = _TABLES[str(loc[0])]
    elif len(loc) > 2 and loc[0] == "acknowledge":
        table, model = "[[acknowledge]]", Acknowledgement
    etype = error["type"]
    given = error.get("input")
    message = str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if len(loc) > 1 and loc[0] == "nouns":
        return "nouns", _explain_noun(loc, given, etype, message)
    if etype == "missing" and message != "Field required":
        return field_name, message  # a claim's own words for a figure left out
    if etype == "missing":
        needs = _expected_fields(model)
        whose = f"a {kind!r} claim" if kind else f"the {table} table" if table else None
        what = f"{whose} needs {', '.join(needs)}" if needs and whose else "it is required"
        return field_name, f"{field_name!r} is missing; {what}"
    if etype == "extra_forbidden":
        allowed = list(model.model_fields) if model else []
        where = f"a {kind!r} claim" if kind else f"the {table} table" if table else "this table"
        if len(loc) == 1:
            allowed = [*ClaimFile.model_fields, "measures"]
            where = "a claim file (at its top level)"
        close = difflib.get_close_matches(str(field_name), allowed, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return field_name, f"{field_name!r} is not a field of {where}{hint}"
    if etype in ("union_tag_invalid", "union_tag_not_found"):
        kinds = ", ".join(CLAIM_KINDS)
        if etype == "union_tag_not_found":
            return "kind", f"'kind' is missing; a claim's kind is one of {kinds}"
        tag = error.get("ctx", {}).get("tag")
        close = difflib.get_close_matches(str(tag), list(CLAIM_KINDS), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return "kind", f"kind={_short(tag)} is not a claim kind; use one of {kinds}{hint}"
    if etype.startswith("date_"):
        return field_name, f"{field_name}={_short(given)} is not a date such as 2023-05-02"
    if etype == "list_type" and loc in (("claim",), ("acknowledge",)):
        return None, (
            f"[{loc[0]}] must be written [[{loc[0]}]], with double brackets: a claim file holds"
            f" a list of {loc[0]} tables"
        )
    if etype.endswith("_type"):
        expected = message[0].lower() + message[1:]
        return field_name, f"{field_name}={_short(given)} is not valid: {expected}"
    if etype == "too_long" and isinstance(given, str):  # a quote: a string or a list of them
        most = error.get("ctx", {}).get("max_length")
        return (
            field_name,
            f"{field_name}={_short(given)} is {len(given):,} characters; at most {most:,}",
        )
    if etype in ("too_short", "too_long", "greater_than_equal", "less_than_equal"):
        return field_name, f"{field_name}={_short(given)}: {message[0].lower() + message[1:]}"
    return field_name, message


def _item_line(source: str, field_line: int, field_name: str, number: int) -> int | None:
    """The line of the ``number``-th table of a list field: its inline table (``{ name = ...
    }``) or its ``[[claim.<field>]]`` header, from the field's line on."""
    lines = source.splitlines()
    found = 0
    header = re.compile(rf"^\s*\[\[\s*claim\s*\.\s*{re.escape(field_name)}\s*\]\]")
    for number_at in range(field_line, len(lines) + 1):
        text = lines[number_at - 1]
        if number_at > field_line and re.match(r"^\s*\[\[\s*claim\s*\]\]", text):
            break
        found += text.count("{") if not header.match(text) else 1
        if found >= number:
            return number_at
    return None


def _explain_noun(loc: tuple[str | int, ...], given: Any, etype: str, message: str) -> str:
    """A problem of an entry of the ``[nouns]`` table, naming its key: a word that is no noun
    factcheck may be told of, or what it counts that is not a count noun."""
    if len(loc) > 2:  # the key itself: "[nouns] arrests: ..."
        return f"[nouns] {loc[1]}: {message}"
    if etype == "string_type":
        message = "what a noun counts is a string: 'people', 'animals', 'hospitals'"
    return f"[nouns] {loc[1]} = {_short(given)}: {message}"


def _explain_item(
    error: Any, data: dict[str, Any], kind: str, loc: tuple[str | int, ...]
) -> tuple[str, str]:
    """The field and a readable problem for an error in one item of a list of tables (a
    breakdown's items): which item, by number and name, and which of its fields."""
    field_name, index, inner = str(loc[3]), int(loc[4]), str(loc[5])
    claims = data.get("claim")
    raw: Any = None
    if isinstance(claims, list) and isinstance(loc[1], int) and loc[1] < len(claims):
        listed = claims[loc[1]].get(field_name) if isinstance(claims[loc[1]], dict) else None
        raw = listed[index] if isinstance(listed, list) and index < len(listed) else None
    name = raw.get("name") if isinstance(raw, dict) else None
    which = f"item #{index + 1}" + (f" ({name!r})" if isinstance(name, str) else "")
    item_model = _item_model(CLAIM_KINDS[kind], field_name)
    etype = error["type"]
    message = str(error["msg"]).removeprefix("Value error, ")
    if etype == "missing":
        needs = _expected_fields(item_model)
        return (
            field_name,
            f"{which} of {field_name} has no {inner!r}; an item needs {', '.join(needs)}",
        )
    if etype == "extra_forbidden":
        allowed = list(item_model.model_fields) if item_model else []
        close = difflib.get_close_matches(inner, allowed, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return field_name, f"{which} of {field_name}: {inner!r} is not a field of an item{hint}"
    if etype.endswith("_type"):
        message = (
            f"{inner}={_short(error.get('input'))} is not valid: {message[0].lower()}{message[1:]}"
        )
    return field_name, f"{which} of {field_name}: {message}"


def _item_model(model: type[Any], field_name: str) -> type[Any] | None:
    """The model of the tables a list field holds (``list[BreakdownItem]``), if any."""
    import typing

    info = model.model_fields.get(field_name)
    for arg in typing.get_args(info.annotation if info else None):
        if isinstance(arg, type) and hasattr(arg, "model_fields"):
            return arg
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _read_text(path: Path, what: str, display: str, **where: Any) -> str:
    # The message starts with the file's own name: name the path only if it is another file.
    if _display(path) != display:
        what = f"{what} {str(path)!r}"
    try:
        size = path.stat().st_size
    except OSError:
        raise ClaimFileError(display, f"{what} does not exist", **where) from None
    if not path.is_file():
        raise ClaimFileError(display, f"{what} is not a file", **where)
    if size > MAX_FILE_BYTES:
        raise ClaimFileError(
            display,
            f"{what} is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes (split the file)",
            **where,
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClaimFileError(
            display, f"{what} cannot be read: {exc.strerror or exc}", **where
        ) from None
    if b"\x00" in data:
        raise ClaimFileError(display, f"{what} is binary, not UTF-8 text", **where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        where.setdefault("line", line)
        raise ClaimFileError(
            display,
            f"{what} is not UTF-8 text (byte {exc.start} on line {line}); save it as UTF-8",
            **where,
        ) from None


def _quote_pattern(fragment: str) -> re.Pattern[str]:
    words = fragment.split()
    parts = []
    for word in words:
        parts.append("".join(_QUOTE_CLASSES.get(ch) or re.escape(ch) for ch in word))
    return re.compile(r"\s+".join(parts))


def _is_word_char(ch: str) -> bool:
    """A letter, a digit, ``_`` or a combining mark: a character that is part of a word."""
    return ch.isalnum() or ch == "_" or (ch > "\x7f" and unicodedata.category(ch)[0] == "M")


def _joined(text: str, at: int) -> bool:
    """Whether ``text[at - 1]`` and ``text[at]`` belong to one word or one number: two word
    characters, or a digit-group separator between digits ("1,300", "1.5", "1 300")."""
    if at <= 0 or at >= len(text):
        return False
    before, after = text[at - 1], text[at]
    if after in _DIGIT_JOINERS:
        return before.isdigit() and at + 1 < len(text) and text[at + 1].isdigit()
    if before in _DIGIT_JOINERS:
        return after.isdigit() and at >= 2 and text[at - 2].isdigit()
    return _is_word_char(before) and _is_word_char(after)


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that starts and ends at word boundaries.

    The first few places inside longer words are passed over one by one; past those, the pattern
    is wrapped in boundary assertions (slower to compile), so that a text where the words occur
    inside other words all along is still scanned once, by the regex engine.
    """
    match = pattern.search(text)
    tries = 0
    while match is not None:
        start, end = match.span()
        if not _joined(text, start) and not _joined(text, end):
            return match
        tries += 1
        if tries == _MAX_TRIES:
            pattern = re.compile(f"{_BOUNDARY}(?:{pattern.pattern}){_BOUNDARY}", pattern.flags)
        match = pattern.search(text, start + 1)
    return None


def _word_around(pattern: re.Pattern[str], text: str) -> tuple[str, int] | None:
    """The first place ``pattern`` is found inside a longer word or number, widened to whole
    words ("300 suspects" -> "1,300 suspects"), and the line it starts on."""
    match = pattern.search(text)
    if match is None:
        return None
    start, end = match.span()
    first, last = start - 100, end + 100  # no word is that long; an odd text is cut short
    while start > first and _joined(text, start):
        start -= 1
    while end < last and _joined(text, end):
        end += 1
    return " ".join(text[start:end].split()), text.count("\n", 0, start) + 1


def _excerpt(text: str) -> str:
    """``text`` quoted for a message: its start and its end when it is long."""
    return repr(text if len(text) <= 60 else f"{text[:28]}...{text[-28:]}")


def _near_miss(fragment: str, text: str) -> str:
    """The longest start of ``fragment`` that the text holds, to show where the quote departs."""
    words = fragment.split()
    if words:
        other_case = _search(re.compile(_quote_pattern(fragment).pattern, re.IGNORECASE), text)
        if other_case is not None:
            return f"the article has it with other capitals: {other_case.group(0)!r}"
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _search(_quote_pattern(" ".join(words[:mid])), text):
            lo = mid
        else:
            hi = mid - 1
    if not words:
        return "the quote is blank"
    if lo == 0:
        inside = _word_around(_quote_pattern(words[0]), text)
        if inside is not None:
            return (
                f"not even its first word, {words[0]!r}, is in the article as a whole word"
                f" (only inside {_excerpt(inside[0])})"
            )
        return f"not even its first word, {words[0]!r}, is in the article"
    found = _search(_quote_pattern(" ".join(words[:lo])), text)
    assert found is not None
    after = text[found.end() :].split(maxsplit=1)
    then = f"then {after[0]!r}" if after else "then ends"
    return f"the article has {' '.join(words[:lo])!r} {then}, not {words[lo]!r}"


def _not_found(fragment: str, text: str, where: str) -> str:
    """Why ``anchor`` did not find a fragment in a text (called ``where`` in the message)."""
    if fragment.split():
        pattern = _quote_pattern(fragment)
        other_case = re.compile(pattern.pattern, re.IGNORECASE)
        inside = _word_around(pattern, text) if _search(other_case, text) is None else None
        if inside is not None:
            words, line = inside
            return (
                f"quote {_short(fragment)} is only found inside {_excerpt(words)} (line {line}"
                f" of {where}); quote whole words"
            )
    return f"quote {_short(fragment)} is not in {where}: {_near_miss(fragment, text)}"


def anchor(fragment: str, text: str) -> Anchor | None:
    """Find a quote fragment in a text, ignoring differences of whitespace and quote marks.

    The fragment must start and end at word boundaries: "300 suspects" is not found in
    "1,300 suspects", nor "ten" in "often". The first such place is the anchor.
    """
    if not fragment.split():
        return None
    stripped = fragment.strip()
    start = text.find(stripped)  # the common case: the words as written
    tries = 0
    while start >= 0 and tries < _MAX_TRIES:
        end = start + len(stripped)
        # A plain space or line break on either side is a boundary: the common case, made cheap.
        if (start == 0 or text[start - 1] in _BREAKS or not _joined(text, start)) and (
            end == len(text) or text[end] in _BREAKS or not _joined(text, end)
        ):
            return Anchor(start, end, text.count("\n", 0, start) + 1)
        start = text.find(stripped, start + 1)
        tries += 1
    match = _search(_quote_pattern(fragment), text)
    if match is None:
        return None
    start, end = match.span()
    return Anchor(start, end, text.count("\n", 0, start) + 1)


def _problems(path: str, source: str, data: dict[str, Any], exc: ValidationError) -> ClaimFileError:
    problems = []
    seen: set[tuple[Any, ...]] = set()
    errors = exc.errors(include_url=False)
    # A misspelt field is both missing and unknown: name the misspelling first, where it is.
    places: dict[tuple[Any, ...], int] = {}
    for error in errors:
        places.setdefault(tuple(error["loc"][:-1]), len(places))
    errors.sort(key=lambda e: (places[tuple(e["loc"][:-1])], e["type"] != "extra_forbidden"))
    for error in errors:
        loc = tuple(error["loc"])
        # A union of number types reports each branch: keep the first per place.
        key = loc[:4]
        if key in seen:
            continue
        seen.add(key)
        field_name, message = _explain(error, data)
        given = error.get("input")
        for shown in {repr(given), str(given)}:
            if len(shown) > 60:  # a long value is shown by its start only
                message = message.replace(shown, shown[:57] + "...")
        line = _locate(source, loc)
        which = re.match(r"item #(\d+)", message)
        if which and line is not None and field_name is not None:
            line = _item_line(source, line, field_name, int(which[1])) or line
        problems.append(
            ClaimFileError(
                path,
                message,
                line=line,
                claim=_claim_id_at(data, loc),
                field=field_name,
            )
        )
    first = problems[0]
    return ClaimFileError(
        path, first.problem, line=first.line, claim=first.claim, field=first.field,
        problems=problems,
    )  # fmt: skip


def load_file(path: str | os.PathLike[str]) -> LoadedFile:
    """Load one claim file: parse, validate, read the article, anchor every quote."""
    file_path = Path(path)
    display = _display(file_path)
    source = _read_text(file_path, "the claim file", display)
    if not source.strip():
        raise ClaimFileError(display, "the claim file is empty; it needs an [article] table")
    try:
        data = tomllib.loads(source, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        text = str(exc)
        match = _TOML_LINE_RE.search(text)
        line = int(match.group(1)) if match else None
        problem = _TOML_LINE_RE.sub("", text).strip()
        if problem.startswith("Invalid date") and line is not None:
            problem = _date_problem(source.splitlines()[line - 1 : line]) or problem
        raise ClaimFileError(display, f"not valid TOML: {problem}", line=line) from None
    except RecursionError:
        raise ClaimFileError(
            display, "not valid TOML: nested too deeply", line=_deep_line(source)
        ) from None
    measures_table = data.pop("measures", {})
    claims_data = data.get("claim")
    if isinstance(claims_data, list) and len(claims_data) > MAX_CLAIMS:
        raise ClaimFileError(
            display,
            f"the claim file has {len(claims_data):,} claims; the limit is {MAX_CLAIMS:,}"
            " (split the file)",
        )
    try:
        model = ClaimFile.model_validate(data)
    except ValidationError as exc:
        raise _problems(display, source, data, exc) from None
    except RecursionError:
        raise ClaimFileError(display, "the claim file is nested too deeply") from None
    measures = _measures(display, source, measures_table)
    loaded = LoadedFile(path=display, model=model, source=source, model_measures=measures)
    _check_ids(loaded)
    _read_article(loaded, file_path)
    return loaded


def _deep_line(source: str, depth_limit: int = 100) -> int | None:
    """The line where brackets first nest ``depth_limit`` deep (counted roughly, strings and all):
    where a file nested too deeply for the TOML parser goes wrong."""
    depth = 0
    for number, line in enumerate(source.splitlines(), 1):
        opened = line.count("[") + line.count("{")
        if depth + opened >= depth_limit:
            return number
        depth += opened - line.count("]") - line.count("}")
    return None


def _date_problem(lines: list[str]) -> str | None:
    """Why a TOML date on the line is invalid, when it names a day that does not exist."""
    from datetime import date

    for found in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", "".join(lines)):
        try:
            date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError as exc:
            return f"{found[0]} is not a real date ({exc})"
    return None


def _measures(display: str, source: str, table: Any) -> dict[str, str]:
    from factcheck.claims import _measure_key

    line = _table_line(source, "measures")
    if not isinstance(table, dict):
        raise ClaimFileError(
            display, '[measures] must be a table of key = "description"', line=line
        )
    result = {}
    for key, description in table.items():
        # Dotted keys written bare become nested tables in TOML: flatten them back.
        for full, text in _flatten(key, description):
            try:
                _measure_key(full)
            except ValueError as exc:
                raise ClaimFileError(display, str(exc), line=line, field="measures") from None
            if not isinstance(text, str):
                raise ClaimFileError(
                    display,
                    f"measure {full!r} must be described by a string, not {_short(text)}",
                    line=line,
                    field="measures",
                )
            result[full] = text
    return result


def _flatten(prefix: str, value: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _flatten(f"{prefix}.{key}", inner)
    else:
        yield prefix, value


def _check_ids(loaded: LoadedFile) -> None:
    seen: dict[str, int] = {}
    for index, claim in enumerate(loaded.model.claim):
        if claim.id in seen:
            blocks = _claim_blocks(loaded.source)
            line = blocks[index][0] if index < len(blocks) else None
            raise ClaimFileError(
                loaded.path,
                f"id {claim.id!r} is used twice (claims #{seen[claim.id] + 1} and #{index + 1});"
                " ids must be unique in a file",
                line=line,
                claim=claim.id,
                field="id",
            )
        seen[claim.id] = index
        if loaded.model.reference is not None and not claim.source:
            raise ClaimFileError(
                loaded.path,
                "a claim in a reference file needs a source: who published the figure, when",
                line=loaded.claim_line(claim.id),
                claim=claim.id,
                field="source",
            )
    for index, ack in enumerate(loaded.model.acknowledge):
        for ref in ack.claims:
            if ":" not in ref and ref not in seen:
                close = difflib.get_close_matches(ref, list(seen), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise ClaimFileError(
                    loaded.path,
                    f"acknowledges claim {ref!r}, which this file does not have{hint}",
                    line=_table_line(loaded.source, "acknowledge", index),
                    field="claims",
                )


def _read_article(loaded: LoadedFile, file_path: Path) -> None:
    header = loaded.model.article or loaded.model.reference
    assert header is not None
    if header.text is None:
        return
    table = "article" if loaded.model.article is not None else "reference"
    line = _table_line(loaded.source, table)
    line = _field_line(loaded.source, line, line + 50, "text") if line else None
    text_path = file_path.parent / header.text
    loaded.text = _read_text(text_path, "the article text", loaded.path, line=line, field="text")
    loaded.text_path = _display(text_path)
    for claim in loaded.model.claim:
        anchors = []
        for fragment in claim.fragments:
            found = anchor(fragment, loaded.text)
            if found is None:
                claim_line = loaded.claim_line(claim.id)
                blocks = _claim_blocks(loaded.source)
                last = next((b[1] for b in blocks if b[0] == claim_line), (claim_line or 0) + 30)
                quote_line = _field_line(loaded.source, claim_line or 1, last, "quote")
                raise ClaimFileError(
                    loaded.path,
                    _not_found(fragment, loaded.text, loaded.text_path),
                    line=quote_line or claim_line,
                    claim=claim.id,
                    field="quote",
                )
            anchors.append(found)
        loaded.anchors[claim.id] = tuple(anchors)
        _anchor_parts(loaded, claim, loaded.text, loaded.text_path)


def _anchor_parts(loaded: LoadedFile, claim: ClaimBase, text: str, where: str) -> None:
    """Anchor the quotes of the parts a claim implies that have their own (a breakdown item's
    own words), under ``"<id>#<part>"``."""
    for part, stated in claim.implied():
        if not part or stated.fragments == claim.fragments:
            continue
        anchors = []
        for fragment in stated.fragments:
            if fragment in claim.fragments:
                anchors.append(loaded.anchors[claim.id][claim.fragments.index(fragment)])
                continue
            found = anchor(fragment, text)
            if found is None:
                start = loaded.claim_line(claim.id)
                line = _field_line(loaded.source, start, start + 200, "items") if start else None
                raise ClaimFileError(
                    loaded.path,
                    f"the quote of {part!r}: " + _not_found(fragment, text, where),
                    line=line or start,
                    claim=claim.id,
                    field="items",
                )
            anchors.append(found)
        loaded.anchors[f"{claim.id}#{part}"] = tuple(anchors)


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.toml") if p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            raise ClaimFileError(_display(path), "no such file or folder")
    seen: set[Path] = set()
    unique = []
    for path in files:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


def load(*paths: str | os.PathLike[str]) -> Loaded:
    """Load claim files and folders (folders: every ``*.toml`` under them) and check that they
    fit together: article ids unique, every measure a claim refers to defined somewhere.

    Raises `ClaimFileError` for the first problem found.
    """
    loaded, errors = load_collecting(paths)
    if errors:
        raise errors[0]
    return loaded


def load_collecting(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[Loaded, list[ClaimFileError]]:
    """Like `load`, but go on past bad files: the files that loaded, and every file's error."""
    errors: list[ClaimFileError] = []
    try:
        files = _expand(paths)
    except ClaimFileError as exc:
        return Loaded(()), [exc]
    loaded_files = []
    for path in files:
        try:
            loaded_files.append(load_file(path))
        except ClaimFileError as exc:
            errors.append(exc)
    loaded = Loaded(tuple(loaded_files))
    errors.extend(cross_file_errors(loaded))
    return loaded, errors


def cross_file_errors(loaded: Loaded) -> list[ClaimFileError]:
    """Problems only seen across files: a doc id used twice, a measure nothing defines, an
    acknowledgement of a rule or claim that does not exist."""
    from factcheck.engine import rules as _registered  # noqa: F401 - registers every rule
    from factcheck.engine.registry import RULES as rules

    errors: list[ClaimFileError] = []
    by_id: dict[str, LoadedFile] = {}
    for lf in loaded.files:
        if lf.doc_id in by_id:
            errors.append(
                ClaimFileError(
                    lf.path,
                    f"id {lf.doc_id!r} is also the id of {by_id[lf.doc_id].path}; ids of articles"
                    " and references must be unique",
                    line=_table_line(lf.source, "article" if lf.model.article else "reference"),
                    field="id",
                )
            )
        by_id[lf.doc_id] = lf
    defined: set[str] = set()
    for lf in loaded.files:
        defined.update(lf.model_measures)
        for claim in lf.model.claim:
            for _part, stated in claim.implied():  # a breakdown defines its items' measures
                subject = stated.__dict__.get("measure")
                if isinstance(subject, str):
                    defined.add(subject)
    for lf in loaded.files:
        for claim in lf.model.claim:
            named = [(name, claim.__dict__.get(name)) for name in ("of", "since", "until")]
            # A superlative's group members named outright (not patterns) must exist too: a typo
            # would silently leave the member out of the group.
            named += [("among", key) for key in claim.__dict__.get("among", ()) if _literal(key)]
            named += [("parts", key) for key in claim.__dict__.get("parts", ())]
            named += list(claim.references())
            for field_name, key in named:
                if not isinstance(key, str) or key in defined or is_partial_date(key):
                    continue
                # Never suggest the claim's own measure: a relation needs two.
                others = sorted(defined - {claim.__dict__.get("measure")})
                close = difflib.get_close_matches(key, others, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                start = lf.claim_line(claim.id)
                line = _field_line(lf.source, start, start + 50, field_name) if start else None
                errors.append(
                    ClaimFileError(
                        lf.path,
                        f"measure {key!r} is not defined by any loaded file; {hint}load the file"
                        " that defines it too, name it in a claim's measure, or declare it under"
                        " [measures] with a description",
                        line=line or start,
                        claim=claim.id,
                        field=field_name,
                    )
                )
        for index, ack in enumerate(lf.model.acknowledge):
            if ack.rule not in rules:
                errors.append(
                    ClaimFileError(
                        lf.path,
                        f"acknowledges rule {ack.rule!r}, which does not exist; the rules are"
                        " listed by 'factcheck rules'",
                        line=_table_line(lf.source, "acknowledge", index),
                        field="rule",
                    )
                )
            for ref in ack.claims:
                if ":" not in ref:
                    continue
                doc, claim_id = ref.split(":", 1)
                other = by_id.get(doc)
                if other is None or all(c.id != claim_id for c in other.model.claim):
                    errors.append(
                        ClaimFileError(
                            lf.path,
                            f"acknowledges claim {ref!r}, which no loaded file has",
                            line=_table_line(lf.source, "acknowledge", index),
                            field="claims",
                        )
                    )
    return errors


def from_claims(
    claims: Iterable[ClaimBase],
    *,
    article: ArticleInfo | None = None,
    reference: ReferenceInfo | None = None,
    text: str | None = None,
    path: str = "<memory>",
    measures: dict[str, str] | None = None,
    acknowledge: Iterable[Acknowledgement] = (),
    tolerances: dict[Hedge, Fraction] | None = None,
) -> LoadedFile:
    """A claim file built in Python: claims validated as if loaded, quotes anchored in ``text``.

    Give exactly one of ``article`` and ``reference``. When ``text`` is given, every quote must
    be in it (`ClaimFileError` otherwise), as when the article file is loaded.

    Example:
        >>> from datetime import date
        >>> from factcheck import ArticleInfo, ValueClaim, check, Loaded
        >>> info = ArticleInfo(id="a", title="t", published=date(2023, 5, 2), text="a.txt")
        >>> one = from_claims([ValueClaim(id="n", quote="281 arrests", measure="ops.arrests",
        ...                              value=281, unit="arrests")], article=info)
        >>> check(Loaded((one,))).exit_code
        0
    """
    try:
        model = ClaimFile(
            article=article,
            reference=reference,
            claim=list(claims),
            acknowledge=list(acknowledge),
            tolerances=dict(tolerances or {}),
        )
    except ValidationError as exc:
        raise _problems(path, "", {}, exc) from None
    loaded = LoadedFile(path=path, model=model, source="", model_measures=dict(measures or {}))
    _check_ids(loaded)
    if text is not None:
        loaded.text = text
        for claim in model.claim:
            anchors = []
            for fragment in claim.fragments:
                found = anchor(fragment, text)
                if found is None:
                    raise ClaimFileError(
                        path,
                        _not_found(fragment, text, "the text"),
                        claim=claim.id,
                        field="quote",
                    )
                anchors.append(found)
            loaded.anchors[claim.id] = tuple(anchors)
            _anchor_parts(loaded, claim, text, "the text")
    return loaded
