"""The pytest plugin: the claim files as test items, and the factcheck report at the end of the run.

Installing factcheck registers this module (entry point ``pytest11``). ``pytest`` at the project's
root then runs ``tests/`` and the consistency report together; ``pytest claims/`` runs the report
alone. The claim files are the ``*.toml`` files under the paths (or globs) of the ini option
``factcheck_paths`` (default ``claims``, relative to the ini file), or of ``--factcheck-paths``
(repeatable, relative to the current folder), and what the command line names: a ``*.toml``
file, or a folder (its claim files: ``pytest drafts/``), as pytest runs the test files it is named.
``--no-factcheck`` turns the plugin off. pytest only
visits the folders it is asked to (``testpaths`` or the arguments), so list the claim folders in
``testpaths`` too.

All the configured claim files are loaded and checked once per session (the engine checks files
together: an article meets its reference files), and each collected file gets its items:

- ``<file>::<claim id>``, one per claim: passes when the claim loaded (it parses, its quote is in
  the article, its units are valid; the loader guarantees these once the file loads);
- ``<file>::<RULE>:<claim ids>``, one per finding and per check of the engine, on the file of the
  claim that states the relation checked (else of an article's claim; see `_filed_under`); the
  ids are sorted, a claim of another file is written ``doc-id:claim-id``, and a
  repeated name gets ``[2]``, ``[3]``: ``-k arrests-281`` or ``-k FC301`` select what a person
  expects, and the names are the same from one run (and one xdist worker) to the next;
- ``<file>::<file name>``, alone, when the file does not load: it fails with the located message
  (file, line, claim, field), and the other files still report.

Outcomes:

- an unacknowledged contradiction fails with a short block (rule, message, each claim's quote with
  its file and line, the explanation) and no Python traceback;
- a warning passes, and is visible: a `FactcheckWarning` located at the claim's line (pytest's
  warnings summary shows it; ``-W error::factcheck.pytest_plugin.FactcheckWarning`` makes warnings
  fail) and a line in the factcheck section;
- an acknowledged finding is an *expected failure*: the item carries
  ``xfail(reason=<the note>, strict=True, raises=FactcheckFailure)`` and its test raises the
  finding. ``raises`` means that only the finding itself counts as expected: a bug elsewhere still
  fails. ``strict=True`` is set on the marker, whatever the project's ``xfail_strict``, so the
  item could never pass unnoticed. The case that makes strictness matter, an acknowledgement whose
  finding no longer occurs, has no finding to attach an item to: the engine reports it as rule
  FC901, an unacknowledged contradiction naming the acknowledging claims, and that item fails.
  ``--runxfail`` shows every acknowledged finding as a failure with its full block, for review;
- a check that held passes;
- a check left unchecked (a figure is missing) is *skipped*, with the reason. Skipped is what
  pytest means by "could not be run because a precondition is missing", which is exactly the
  case; passing it would count as confirmed a relation nobody verified, and ``-ra`` lists the skips
  with their reasons, so the gaps stay in view.

A "factcheck" section at the end of the run lists every finding of the report with its status
(contradiction, warning, acknowledged), every claim file that did not load, and the counts. Under
pytest-xdist the controller collects nothing: it loads and checks the same configured paths to
write the section. All state lives on ``config.stash``.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import glob
import os
import shlex
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest

if TYPE_CHECKING:
    from factcheck.errors import ClaimFileError
    from factcheck.loader import LoadedFile
    from factcheck.report import Check, ClaimRef, Finding, Report

__all__ = [
    "ClaimFileFailure",
    "ClaimFileNode",
    "FactcheckFailure",
    "FactcheckItem",
    "FactcheckRun",
    "FactcheckSummary",
    "FactcheckWarning",
    "InternalFailure",
]

DEFAULT_PATHS = ("claims",)
MARKER = "factcheck"


class FactcheckWarning(UserWarning):
    """A warning finding of the engine: suspicious or incomplete, not a contradiction.

    Built from its message alone (``finding`` is optional), as pytest-xdist rebuilds warnings.
    """

    def __init__(self, message: str, finding: Finding | None = None) -> None:
        super().__init__(message)
        self.finding = finding

    @classmethod
    def of(cls, finding: Finding) -> FactcheckWarning:
        """The warning of a finding."""
        return cls(f"{finding.rule} {finding.name}: {finding.message}", finding)


class FactcheckFailure(Exception):
    """Raised by the item of a contradiction (or of an acknowledged finding)."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        super().__init__(f"{finding.rule} {finding.name}: {finding.message}")


class ClaimFileFailure(Exception):
    """Raised by the item of a claim file that does not load."""

    def __init__(self, errors: Sequence[ClaimFileError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class InternalFailure(Exception):
    """Raised by the items of a file when the loader or the engine crashed: a bug of factcheck."""

    def __init__(self, details: str) -> None:
        self.details = details
        super().__init__(details)


# --- The session's run: configured paths, loaded and checked once ---------------------------------


EntryKind = Literal["claim", "finding", "check", "load-error", "internal-error"]


@dataclass(frozen=True)
class _Entry:
    """What one item of a claim file stands for."""

    name: str
    kind: EntryKind
    #: 1-based line in the claim file.
    line: int | None
    label: str
    finding: Finding | None = None
    check: Check | None = None
    errors: tuple[ClaimFileError, ...] = ()
    details: str = ""


@dataclass(frozen=True)
class _Result:
    """The configured claim files, loaded and checked together."""

    #: Every configured claim file (absolute, as found), in order.
    files: tuple[Path, ...]
    #: Items of each file, by resolved path.
    entries: dict[Path, tuple[_Entry, ...]]
    #: The engine's report on the files that loaded (None when it crashed).
    report: Report | None
    #: Every claim file problem, by resolved path.
    errors: dict[Path, tuple[ClaimFileError, ...]]
    #: A crash of the loader or the engine, with its traceback.
    internal_error: str | None = None


@dataclass
class FactcheckRun:
    """One session's factcheck state (on ``config.stash``): the configured paths, and the claim
    files loaded and checked once, on first use."""

    #: (base folder, path or glob) pairs.
    patterns: tuple[tuple[Path, str], ...]
    rootpath: Path
    #: Folders named on the command line: their claim files are checked too.
    folders: tuple[Path, ...] = ()
    #: Folder names pytest does not enter (the ``norecursedirs`` ini option).
    skipped: tuple[str, ...] = ()
    #: Whether the paths were configured by the user (a missing one is then worth a warning).
    explicit: bool = False
    #: Whether the session selected at least one factcheck item (the section is written then).
    selected: bool = False
    #: Claim files met during collection that lie outside the configured paths.
    outside: list[Path] = field(default_factory=list)
    _files: tuple[Path, ...] | None = field(default=None, repr=False)
    _resolved: frozenset[Path] = field(default=frozenset(), repr=False)
    _missing: tuple[str, ...] = field(default=(), repr=False)
    _result: _Result | None = field(default=None, repr=False)

    @classmethod
    def from_config(cls, config: pytest.Config) -> FactcheckRun:
        """The paths of ``--factcheck-paths``, else of the ``factcheck_paths`` ini option; and
        what the command line names, as pytest checks the test files it is given: a ``*.toml``
        file (``pytest elsewhere/draft.toml``), and the claim files under a folder (``pytest
        drafts/``). Folders that come from ``testpaths`` (or the folder pytest runs in, when it
        is given nothing) are not named: their claim files are checked when configured."""
        invocation = config.invocation_params.dir
        named = tuple(
            (invocation, arg.split("::")[0])
            for arg in config.args
            if arg.split("::")[0].endswith(".toml")
        )
        folders: tuple[Path, ...] = ()
        if config.args_source is pytest.Config.ArgsSource.ARGS:
            folders = tuple(
                path
                for arg in config.args
                if (path := Path(os.path.normpath(invocation / arg.split("::")[0]))).is_dir()
            )
        skipped = tuple(config.getini("norecursedirs"))
        given: list[str] | None = config.getoption("factcheck_paths")
        if given:
            patterns = tuple((invocation, p) for p in given)
            return cls(patterns + named, config.rootpath, folders, skipped, explicit=True)
        lines: list[str] = config.getini("factcheck_paths")
        base = config.inipath.parent if config.inipath else config.rootpath
        explicit = tuple(lines) != DEFAULT_PATHS
        return cls(
            tuple((base, p) for p in lines) + named,
            config.rootpath,
            folders,
            skipped,
            explicit=explicit,
        )

    def claim_files(self) -> tuple[Path, ...]:
        """Every ``*.toml`` file under the configured paths, sorted per path, each once."""
        if self._files is None:
            files: list[Path] = []
            missing: list[str] = []
            for base, pattern in self.patterns:
                found = _expand(base, pattern)
                if not found:
                    missing.append(pattern)
                files.extend(found)
            for folder in self.folders:
                files.extend(_claim_files_under(folder, self.skipped))
            unique: dict[Path, Path] = {}
            for path in files:
                unique.setdefault(path.resolve(), path)
            self._files = tuple(unique.values())
            self._resolved = frozenset(unique)
            self._missing = tuple(missing)
        return self._files

    @property
    def missing(self) -> tuple[str, ...]:
        """Configured paths or globs that match no claim file."""
        self.claim_files()
        return self._missing

    def is_claim_file(self, path: Path) -> bool:
        """Whether ``path`` is one of the configured claim files."""
        self.claim_files()
        return path.resolve() in self._resolved

    def result(self) -> _Result:
        """The configured claim files, loaded and checked (once)."""
        if self._result is None:
            self._result = _compute(self.claim_files())
        return self._result

    def nodeid(self, path: Path, name: str) -> str:
        """The node id pytest gives the item ``name`` of claim file ``path``."""
        return f"{_relative(path, self.rootpath)}::{name}"


def _expand(base: Path, pattern: str) -> list[Path]:
    full = Path(os.path.normpath(base / os.path.expanduser(pattern)))
    if any(ch in pattern for ch in "*?["):
        matches = [Path(m) for m in sorted(glob.glob(str(full), recursive=True))]
    else:
        matches = [full] if full.exists() else []
    files: list[Path] = []
    for match in matches:
        if match.is_dir():
            files.extend(sorted(p for p in match.rglob("*.toml") if p.is_file()))
        elif match.is_file() and match.suffix == ".toml":
            files.append(match)
    return files


def _claim_files_under(folder: Path, skipped: Sequence[str]) -> list[Path]:
    """The claim files under a folder named on the command line, in the folders pytest visits
    there (not those of ``norecursedirs``, nor virtual environments): the ``*.toml`` files that
    start like claim files, so that ``pytest .`` does not take ``pyproject.toml`` for one."""
    found: list[Path] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if not any(fnmatch.fnmatch(d, pattern) for pattern in skipped)
            and not os.path.exists(os.path.join(top, d, "pyvenv.cfg"))
        )
        for name in sorted(names):
            path = Path(top, name)
            if name.endswith(".toml") and _looks_like_claim_file(path):
                found.append(path)
    return found


def _compute(files: Sequence[Path]) -> _Result:
    """Load the files, keep those that load, check them together; never raise."""
    try:
        return _load_and_check(files)
    except Exception:
        details = "factcheck crashed while loading or checking the claim files (a bug):\n"
        details += traceback.format_exc()
        entry = _Entry(
            "factcheck", "internal-error", None, "factcheck: internal error", details=details
        )
        return _Result(tuple(files), {p.resolve(): (entry,) for p in files}, None, {}, details)


def _load_and_check(files: Sequence[Path]) -> _Result:
    from factcheck import engine
    from factcheck.errors import ClaimFileError
    from factcheck.loader import Loaded, cross_file_errors, load_collecting

    loaded, errors = load_collecting(files)
    by_display: dict[str, Path] = {lf.path: Path(lf.path).resolve() for lf in loaded.files}

    def where(display: str) -> Path:
        return by_display.get(display) or Path(display).resolve()

    bad = {where(e.path) for e in errors}
    good = [lf for lf in loaded.files if where(lf.path) not in bad]
    report: Report | None = None
    internal: str | None = None
    while True:
        # A file excluded for its errors may define a measure another file uses: recheck.
        more = cross_file_errors(Loaded(tuple(good)))
        if not more:
            try:
                report = engine.check(Loaded(tuple(good)))
            except ClaimFileError as exc:  # e.g. kg compared with dollars: the file's error
                more = [exc]
            except Exception:
                internal = "the factcheck engine crashed (a bug):\n" + traceback.format_exc()
                break
            else:
                break
        errors.extend(more)
        bad |= {where(e.path) for e in more}
        before = len(good)
        good = [lf for lf in good if where(lf.path) not in bad]
        if len(good) == before:  # an error naming no loaded file: report it, check no further
            internal = "\n".join(str(e) for e in more)
            break
    errors_by_file: dict[Path, list[ClaimFileError]] = {}
    for error in errors:
        errors_by_file.setdefault(where(error.path), []).append(error)
    loaded_by_path = {where(lf.path): lf for lf in good}
    homeless: list[_Entry] = []
    entries: dict[Path, list[_Entry]] = {}
    for path in files:
        key = path.resolve()
        if key in errors_by_file:
            problems = tuple(errors_by_file[key])
            entries[key] = [
                _Entry(
                    path.name,
                    "load-error",
                    problems[0].line,
                    f"{path.name}: does not load",
                    errors=problems,
                )
            ]
        elif key in loaded_by_path:
            entries[key] = list(_claim_entries(loaded_by_path[key]))
    if internal is not None:
        entry = _Entry(
            "factcheck", "internal-error", None, "factcheck: internal error", details=internal
        )
        for key in loaded_by_path:
            entries.setdefault(key, []).append(entry)
    if report is not None:
        for home, entry in _report_entries(report, where, loaded_by_path):
            if home is not None and home in entries:
                entries[home].append(entry)
            else:
                homeless.append(entry)
        if homeless and loaded_by_path:  # findings naming no claim: on the first file
            entries[next(iter(loaded_by_path))].extend(homeless)
    return _Result(
        tuple(files),
        {key: _unique(items) for key, items in entries.items()},
        report,
        {key: tuple(v) for key, v in errors_by_file.items()},
        internal,
    )


def _claim_entries(lf: LoadedFile) -> Iterator[_Entry]:
    for claim in lf.claims:
        yield _Entry(claim.id, "claim", lf.claim_line(claim.id), f"claim: {claim.id}")


def _report_entries(
    report: Report, where: Callable[[str], Path], loaded: dict[Path, LoadedFile]
) -> Iterator[tuple[Path | None, _Entry]]:
    """Each finding and check with the resolved path of the file it goes to."""
    items: list[tuple[Path | None, _Entry]] = []
    for finding in report.findings:
        home, name, line = _placement(finding.rule, finding.claims, where, loaded)
        label = f"{finding.rule}: {_claims_label(finding.claims)}"
        if not finding.claims and finding.file is not None:
            # A statement no claim quotes (FC902): filed under its claim file, named by the
            # article's line.
            home, name, line = (
                where(finding.file),
                f"{finding.rule}:line-{finding.article_line}",
                None,
            )
            label = f"{finding.rule}: {finding.message}"
        items.append((home, _Entry(name, "finding", line, label, finding=finding)))
    for check in report.checks:
        home, name, line = _placement(check.rule, check.claims, where, loaded)
        label = f"{check.rule}: {_claims_label(check.claims)}"
        items.append((home, _Entry(name, "check", line, label, check=check)))
    # Findings before checks, each by name: the same order in every run and every worker.
    items.sort(key=lambda pair: (pair[1].kind != "finding", pair[1].name))
    yield from items


def _claims_label(claims: Sequence[ClaimRef]) -> str:
    return ", ".join(ref.id for ref in claims) or "(no claim)"


def _placement(
    rule: str,
    claims: Sequence[ClaimRef],
    where: Callable[[str], Path],
    loaded: dict[Path, LoadedFile],
) -> tuple[Path | None, str, int | None]:
    """The file the item goes to (that of the claim it is filed under, see `_filed_under`), its
    name there, and the line of that claim."""
    if not claims:
        return None, f"{rule}:", None
    chosen = _filed_under(claims, where, loaded)
    home: Path = where(chosen.file)
    ids = sorted(
        (where(ref.file) != home, ref.qualified_id if where(ref.file) != home else ref.id)
        for ref in claims
    )
    name = f"{rule}:" + "+".join(dict.fromkeys(text for _, text in ids))
    line = chosen.line
    if line is None and home in loaded:
        line = loaded[home].claim_line(chosen.id)
    return home, name, line


def _filed_under(
    claims: Sequence[ClaimRef], where: Callable[[str], Path], loaded: dict[Path, LoadedFile]
) -> ClaimRef:
    """The claim a finding or check is filed under: the one that states the relation checked
    (a multiple, share, part, superlative, enumeration...: "more than double" rather than the
    figure it is checked against), else a figure of an article rather than of a reference file;
    the first such claim of the finding's (sorted, stable) order."""
    from factcheck.claims import CLAIM_KINDS

    def rank(ref: ClaimRef) -> tuple[bool, bool]:
        kind = CLAIM_KINDS.get(ref.kind)
        relation = kind is not None and kind.states_relation
        home = loaded.get(where(ref.file))
        reference = home is not None and home.model.reference is not None
        return (not relation, reference)

    return min(claims, key=rank)


def _unique(entries: Sequence[_Entry]) -> tuple[_Entry, ...]:
    """The entries, a repeated name made unique with ``[2]``, ``[3]``, ..."""
    seen: dict[str, int] = {}
    result = []
    for entry in entries:
        count = seen.get(entry.name, 0) + 1
        seen[entry.name] = count
        if count > 1:
            entry = dataclasses.replace(entry, name=f"{entry.name}[{count}]")
        result.append(entry)
    return tuple(result)


def _relative(path: Path, start: Path) -> str:
    try:
        return path.relative_to(start).as_posix()
    except ValueError:
        return str(path)


_RUN_KEY = pytest.StashKey[FactcheckRun]()


def _run(config: pytest.Config) -> FactcheckRun | None:
    return config.stash.get(_RUN_KEY, None)


# --- Collection: a File node per claim file, an Item per claim, finding and check -----------------


class ClaimFileNode(pytest.File):
    """A claim file: its claims, and the findings and checks filed under one of its claims."""

    def collect(self) -> Iterator[FactcheckItem]:
        run = _run(self.config)
        assert run is not None
        for entry in run.result().entries.get(self.path.resolve(), ()):
            yield FactcheckItem.from_parent(self, name=entry.name, entry=entry)


class FactcheckItem(pytest.Item):
    """One claim, finding or check of the factcheck report."""

    def __init__(self, *, entry: _Entry, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry
        self.add_marker(MARKER)
        finding, check = entry.finding, entry.check
        if finding is not None and finding.acknowledged:
            reason = f"acknowledged: {finding.note}" if finding.note else "acknowledged"
            self.add_marker(pytest.mark.xfail(reason=reason, strict=True, raises=FactcheckFailure))
        if check is not None and check.status == "unchecked":
            # skipif rather than skip: pytest then reports the skip at the claim's line.
            reason = f"not checked, {check.rule} {check.name}: {check.message}"
            self.add_marker(pytest.mark.skipif(True, reason=reason))

    def runtest(self) -> None:
        """Pass, fail or warn as the entry says (see the module's documentation)."""
        entry = self.entry
        if entry.kind == "load-error":
            raise ClaimFileFailure(entry.errors)
        if entry.kind == "internal-error":
            raise InternalFailure(entry.details)
        finding = entry.finding
        if finding is None:
            return  # a claim that loaded, or a check that held
        if finding.severity == "contradiction" or finding.acknowledged:
            raise FactcheckFailure(finding)
        warnings.warn_explicit(
            FactcheckWarning.of(finding),
            FactcheckWarning,
            filename=_relative(self.path, self.config.rootpath),
            lineno=entry.line or 1,
        )

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        """A short block for a finding or a claim file error; pytest's own for anything else."""
        from factcheck.report import finding_block

        value = excinfo.value
        if isinstance(value, FactcheckFailure | FactcheckWarning) and value.finding is not None:
            return "\n".join(finding_block(value.finding))
        if isinstance(value, ClaimFileFailure):
            return f"{self.path.name} does not load:\n{value}"
        if isinstance(value, InternalFailure):
            return value.details
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        """The claim file, the 0-based line of the (first) claim, ``"CODE: claim"``."""
        line = self.entry.line - 1 if self.entry.line else 0
        return self.path, line, self.entry.label


# --- The factcheck section at the end of the run --------------------------------------------------


@dataclass
class FactcheckSummary:
    """The text of the factcheck section: lines with their terminal markup."""

    lines: list[tuple[str, dict[str, bool]]] = field(default_factory=list)

    def add(self, text: str, **markup: bool) -> None:
        self.lines.append((text, markup))

    @classmethod
    def build(cls, run: FactcheckRun) -> FactcheckSummary:
        """Every finding with its status and item id, every file that did not load, the counts."""
        result = run.result()
        summary = cls()
        ids: dict[int, str] = {}
        for path in result.files:
            for entry in result.entries.get(path.resolve(), ()):
                if entry.finding is not None:
                    ids.setdefault(id(entry.finding), run.nodeid(path, entry.name))
        report = result.report
        if report is not None:
            for finding in sorted(report.findings, key=_finding_order):
                if finding.acknowledged:
                    status, markup = "acknowledged", {}
                elif finding.severity == "contradiction":
                    status, markup = "contradiction", {"red": True, "bold": True}
                else:
                    status, markup = "warning", {"yellow": True}
                where = ids.get(id(finding), _claims_label(finding.claims))
                summary.add(f"{status:<13} {finding.rule} {finding.name}  {where}", **markup)
                summary.add(f"{'':<13} {finding.message}")
                if finding.acknowledged and finding.note:
                    summary.add(f"{'':<13} Note: {finding.note}")
            for note in report.notes:  # a count noun factcheck does not know: not compared
                summary.add(f"{'not compared':<13} {note.rule} {note.message}")
        for path in result.files:
            for error in result.errors.get(path.resolve(), ()):
                summary.add(f"{'error':<13} {error.one_line()}", red=True)
        if result.internal_error is not None:
            first = result.internal_error.strip().splitlines()[-1]
            summary.add(f"{'error':<13} factcheck crashed: {first}", red=True)
        summary.add(_counts(result), bold=True)
        return summary

    def write(self, terminal: Any) -> None:
        """Write the section (only ever called from `pytest_terminal_summary`)."""
        terminal.write_sep("=", "factcheck")
        for text, markup in self.lines:
            terminal.write_line(text, **markup)


def _finding_order(finding: Finding) -> tuple[bool, bool, str, str]:
    """Contradictions, then warnings, then acknowledged findings; by rule, then claims."""
    return (finding.acknowledged, finding.severity != "contradiction", finding.rule, finding.key)


def _counts(result: _Result) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    broken = len(result.errors)
    tail = f"; {plural(broken, 'claim file')} did not load" if broken else ""
    report = result.report
    if report is None:
        return f"{plural(len(result.files), 'claim file')}, not checked{tail}"
    s = report.summary()
    return (
        f"{plural(s['files'], 'file')}, {plural(s['claims'], 'claim')}: "
        f"{plural(s['contradictions'], 'contradiction')}, {plural(s['warnings'], 'warning')}, "
        f"{s['acknowledged']} acknowledged; {plural(s['holds'], 'check')} held, "
        f"{s['unchecked']} not checked{tail}"
    )


# --- Hooks ----------------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: claim files as test items")
    group.addoption(
        "--factcheck-paths",
        action="append",
        dest="factcheck_paths",
        metavar="PATH",
        default=None,
        help="claim file, folder or glob whose claim files form the report (repeatable; "
        "overrides the factcheck_paths ini option)",
    )
    group.addoption(
        "--no-factcheck",
        action="store_true",
        dest="factcheck_disabled",
        default=False,
        help="do not collect claim files nor write the factcheck section",
    )
    parser.addini(
        "factcheck_paths",
        type="linelist",
        default=list(DEFAULT_PATHS),
        help="claim files, folders or globs (relative to the ini file) whose *.toml claim files "
        "are checked together and collected as tests (default: claims)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: an item of the factcheck report (a claim, a finding or a check)"
    )
    if config.getoption("factcheck_disabled"):
        return
    run = FactcheckRun.from_config(config)
    config.stash[_RUN_KEY] = run
    for pattern in run.missing if run.explicit else ():
        config.issue_config_time_warning(
            pytest.PytestConfigWarning(f"factcheck_paths: no claim file matches {pattern!r}"),
            stacklevel=2,
        )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ClaimFileNode | None:
    if file_path.suffix != ".toml":
        return None
    run = _run(parent.config)
    if run is None:
        return None
    if not run.is_claim_file(file_path):
        if _looks_like_claim_file(file_path):
            run.outside.append(file_path)
        return None
    node: ClaimFileNode = ClaimFileNode.from_parent(parent, path=file_path)
    return node


def _looks_like_claim_file(path: Path) -> bool:
    """Whether a TOML file starts like a claim file (an [article] or [reference] table)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b"[article]" in head or b"[reference]" in head


def pytest_collection_finish(session: pytest.Session) -> None:
    run = _run(session.config)
    if run is not None and any(isinstance(item, FactcheckItem) for item in session.items):
        run.selected = True
    if run is not None and run.outside and not run.selected:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            paths = _covering_paths(run.outside, session.config.invocation_params.dir)
            named = " ".join(f"--factcheck-paths {shlex.quote(p)}" for p in paths[:_HINT_PATHS])
            more = f" (and {len(paths) - _HINT_PATHS} more)" if len(paths) > _HINT_PATHS else ""
            reporter.write_line(
                f"factcheck: {len(run.outside)} claim file(s) were not checked because they lie"
                f" outside factcheck_paths; to check them: pytest {named}{more}",
                yellow=True,
            )


#: At most this many paths are named in the hint for claim files outside factcheck_paths.
_HINT_PATHS = 3


def _covering_paths(files: Sequence[Path], start: Path) -> list[str]:
    """What to give ``--factcheck-paths`` (relative to ``start``, the folder pytest runs in) so
    that every one of ``files`` is checked: their common folder, unless that is ``start`` or
    holds it (which would load every TOML file of the project); else, for each folder of
    ``start`` that holds some, the common folder of those; a file in ``start`` itself (or
    outside it) by its own path or folder."""
    start = start.resolve()
    resolved = sorted({path.resolve() for path in files})
    try:
        common: Path | None = Path(os.path.commonpath([path.parent for path in resolved]))
    except ValueError:  # on different drives
        common = None
    if common is not None and not start.is_relative_to(common):
        return [os.path.relpath(common, start)]
    targets: set[Path] = set()
    groups: dict[Path, list[Path]] = {}  # a folder of start -> the folders of its files
    for path in resolved:
        if start.is_relative_to(path.parent):
            targets.add(path)  # in start or above it: the file itself
        elif path.is_relative_to(start):
            top = start / path.relative_to(start).parts[0]
            groups.setdefault(top, []).append(path.parent)
        else:
            targets.add(path.parent)
    targets.update(Path(os.path.commonpath(folders)) for folders in groups.values())
    return [os.path.relpath(target, start) for target in sorted(targets)]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: Any, ids: Sequence[str]) -> None:
    """On the xdist controller, which collects nothing: note whether the workers collected
    factcheck items, to write the section."""
    run = _run(node.config)
    if run is None or run.selected:
        return
    for nodeid in ids:
        path = run.rootpath / nodeid.split("::", 1)[0]
        if path.suffix == ".toml" and run.is_claim_file(path):
            run.selected = True
            return


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):  # an xdist worker: the controller writes the section
        return
    run = _run(config)
    if run is None or not run.selected or config.option.collectonly:
        return
    FactcheckSummary.build(run).write(terminalreporter)
