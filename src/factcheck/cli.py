"""The command line: ``factcheck check | draft | rules | schema``.

``main(argv)`` parses the arguments, runs one command and returns the exit code; the output streams
are parameters, so tests call it directly. Exit codes:

- 0: no unacknowledged contradiction (``check``), or the command succeeded;
- 1: at least one unacknowledged contradiction;
- 2: bad input: a claim file that does not load (each one is reported on stderr with its file,
  line, claim and field), a usage error, an output file that already exists;
- 3: an internal error, that is a bug in factcheck: one line on stderr, the traceback only with
  ``FACTCHECK_DEBUG=1``.

Commands start fast: this module imports only the standard library at the top; the loader, the
engine and pydantic are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from factcheck.errors import ClaimFileError

__all__ = ["EXIT_BAD_INPUT", "EXIT_CONTRADICTION", "EXIT_INTERNAL", "EXIT_OK", "main"]

EXIT_OK = 0
EXIT_CONTRADICTION = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

#: The default claim folder of ``factcheck check``.
DEFAULT_PATH = "claims/"
#: The largest article `factcheck draft` reads (as for claim files' article texts).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
#: Where to report a bug.
ISSUES = "the factcheck issue tracker"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_MAIN_EPILOG = """\
examples:
  factcheck check                     check the claim files under claims/
  factcheck check claims/ --format json
  factcheck draft article.txt -o article.toml
                                      draft the claim file of an article
  factcheck rules                     list the rules the engine applies
  factcheck schema --output claim-file.schema.json

exit codes: 0 no unacknowledged contradiction; 1 at least one; 2 bad input
(a claim file that does not load); 3 internal error (set FACTCHECK_DEBUG=1
for the traceback).
"""

_CHECK_EPILOG = """\
examples:
  factcheck check                       every claim file under claims/
  factcheck check claims/article-2023-05-02-operation-spector.toml \\
                  claims/reference-jcode-operations.toml
  factcheck check --quiet               findings and the counts only
  factcheck check --format json | jq '.findings[] | .rule'
  factcheck check --format html -o report.html
                                        the articles with every figure marked

The files are checked together: claims about the same measure in two files
must agree. Exit 0 when no unacknowledged contradiction remains, 1 when one
does, 2 when a claim file does not load (each problem is reported on stderr
with its file, line, claim and field).
"""

_DRAFT_EPILOG = """\
examples:
  factcheck draft claims/article.txt -o claims/article.toml
  factcheck draft article.txt --published 2024-03-14 > article.toml
  factcheck draft article.txt --format json | jq '.mentions[] | [.value, .unit]'

The draft quotes every quantitative statement of the article and proposes
a claim for each; what only a person can tell is marked TODO, and every
proposed measure key starts with 'todo.' until it is renamed (factcheck
check reports each as FC903). -o never replaces an existing file. Exit 0:
drafted; 2: the article cannot be read, the output file exists, or the
publication date is unknown (give --published).
"""

_RULES_EPILOG = """\
examples:
  factcheck rules
  factcheck rules --format json | jq -r '.[].code'
"""

_SCHEMA_EPILOG = """\
examples:
  factcheck schema > claim-file.schema.json
  factcheck schema --output claim-file.schema.json --force

To have an editor validate and complete claim files (VS Code with Even Better
TOML, or any Taplo-based editor), point it at the schema, e.g. in .taplo.toml:

  [[rule]]
  include = ["claims/**/*.toml"]
  [rule.schema]
  path = "./claim-file.schema.json"
"""


class _Streams:
    """The two output streams of one run of `main`."""

    def __init__(self, stdout: TextIO, stderr: TextIO) -> None:
        self.out = stdout
        self.err = stderr

    def error(self, message: str) -> None:
        print(f"factcheck: {message}", file=self.err)


def _version() -> str:
    from factcheck import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Fact-check the numbers in news articles: find the claims that cannot all "
        "be true.",
        epilog=_MAIN_EPILOG,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check claim files together and report the findings",
        description="Check claim files together and report every finding: contradictions "
        "(claims that cannot all be true), warnings and acknowledged findings, grouped by "
        "claim file, with the article's words.",
        epilog=_CHECK_EPILOG,
        formatter_class=formatter,
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"claim files, or folders to search for *.toml claim files (default: {DEFAULT_PATH})",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default="text",
        help="text for people (default), json for programs, html for one self-contained page "
        "with the articles marked (use with -o)",
    )
    check.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the report to FILE instead of stdout; an existing FILE is refused unless "
        "it is an HTML report factcheck wrote, or --force is given",
    )
    check.add_argument(
        "-f", "--force", action="store_true", help="overwrite FILE even when it is not a report"
    )
    check.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report: auto (default) when the output is a terminal and "
        "NO_COLOR is not set",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="show the findings and the counts only, not the checks that held",
    )
    check.add_argument(
        "--min-gap",
        type=_percent,
        default=None,
        metavar="PCT",
        help="contradictions whose gap (the relative distance between the nearest values the "
        "claims admit) is below PCT percent are listed as minor and do not fail the run",
    )
    check.add_argument(
        "--min-coverage",
        type=_coverage_percent,
        default=None,
        metavar="N",
        help="fail the run (exit 1) when an article has less than N percent of its quantitative "
        "statements quoted by a claim (FC902 lists the others)",
    )
    check.set_defaults(run=_cmd_check)

    draft = commands.add_parser(
        "draft",
        help="draft the claim file of an article, or list its quantity mentions",
        description="Draft a claim file from an article's text: a claim for every quantitative "
        "statement (figures, ranges, vague quantities, shares, multiples, lists, breakdowns, "
        "dates), each quoting the article, with the measures to confirm marked TODO.",
        epilog=_DRAFT_EPILOG,
        formatter_class=formatter,
    )
    draft.add_argument("article", metavar="ARTICLE", help="the article's text (UTF-8)")
    draft.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the draft to FILE (never replaced if it exists)",
    )
    draft.add_argument(
        "--format",
        choices=("toml", "json"),
        default="toml",
        help='toml: the draft claim file (default); json: {"mentions": [...], "dates": [...]}',
    )
    draft.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="the publication date (2024-03-14); default: a date in the file name or dateline",
    )
    draft.add_argument("--title", help="the headline (default: the first sentence, marked TODO)")
    draft.add_argument(
        "--dollar",
        type=_currency_code,
        default="USD",
        metavar="CODE",
        help="with --format json: the currency a bare '$' stands for (AUD for Australian copy;"
        " default USD)",
    )
    draft.set_defaults(run=_cmd_draft)

    rules = commands.add_parser(
        "rules",
        help="list the rules: code, name, severity, summary",
        description="List every rule of the engine: its code, name, severity and one-line summary.",
        epilog=_RULES_EPILOG,
        formatter_class=formatter,
    )
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(run=_cmd_rules)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a claim file",
        description="Print the JSON Schema of a claim file, for editors and validators.",
        epilog=_SCHEMA_EPILOG,
        formatter_class=formatter,
    )
    schema.add_argument(
        "-o", "--output", metavar="FILE", help="write the schema to FILE instead of stdout"
    )
    schema.add_argument("-f", "--force", action="store_true", help="overwrite FILE when it exists")
    schema.set_defaults(run=_cmd_schema)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    streams = _Streams(stdout or sys.stdout, stderr or sys.stderr)
    parser = _parser()
    try:
        with contextlib.redirect_stdout(streams.out), contextlib.redirect_stderr(streams.err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    run: Callable[[argparse.Namespace, _Streams], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(streams.err)
        return EXIT_BAD_INPUT
    try:
        return run(args, streams)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``factcheck check | head``): not an error of ours.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, streams.out.fileno())
        return EXIT_OK
    except Exception as exc:
        return _internal_error(exc, streams)


def _internal_error(exc: BaseException, streams: _Streams) -> int:
    if os.environ.get("FACTCHECK_DEBUG") == "1":
        traceback.print_exception(exc, file=streams.err)
    detail = str(exc).splitlines()[0] if str(exc) else ""
    streams.error(
        f"internal error ({type(exc).__name__}{': ' + detail if detail else ''}). This is a bug "
        f"in factcheck {_version()}: please report it to {ISSUES} with the command you ran "
        "(FACTCHECK_DEBUG=1 shows the traceback)."
    )
    return EXIT_INTERNAL


# --- check ---------------------------------------------------------------------------------------


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _report_errors(errors: Sequence[ClaimFileError], streams: _Streams, given: bool) -> None:
    """Every claim file that failed, each with its located problems; then one line of counts."""
    files = sorted({e.path for e in errors})
    for error in errors:
        print(str(error), file=streams.err)
    if not given and any(e.problem == "no such file or folder" for e in errors):
        streams.error(
            f"no {DEFAULT_PATH} folder here: run from the project's root, or name the claim files"
        )
    noun = "claim file" if len(files) == 1 else "claim files"
    streams.error(f"{len(files)} {noun} could not be loaded; nothing was checked.")


def _percent(text: str) -> Fraction:
    """``--min-gap 1`` or ``1.5%``: a percentage, as a fraction (0.01)."""
    try:
        value = Fraction(text.strip().removesuffix("%"))
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage such as 1 or 0.5") from None
    if value < 0 or value > 100:
        raise argparse.ArgumentTypeError(f"{text!r} must be a percentage between 0 and 100")
    return value / 100


def _coverage_percent(text: str) -> float:
    """``--min-coverage 90`` or ``90%``: a percentage."""
    try:
        value = float(text.strip().removesuffix("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage such as 90") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} must be a percentage between 0 and 100")
    return value


def _cmd_check(args: argparse.Namespace, streams: _Streams) -> int:
    from factcheck import engine
    from factcheck.errors import ClaimFileError
    from factcheck.loader import load_collecting

    paths: list[str] = list(args.paths) or [DEFAULT_PATH]
    loaded, errors = load_collecting(paths)
    if errors:
        _report_errors(errors, streams, given=bool(args.paths))
        if args.format == "json":  # a program reading stdout learns why too
            print(_errors_json(errors), file=streams.out)
        return EXIT_BAD_INPUT
    if not loaded.files:
        streams.error(f"no claim files (*.toml) in {', '.join(paths)}")
        return EXIT_BAD_INPUT
    try:
        report = engine.check(loaded, min_gap=args.min_gap, min_coverage=args.min_coverage)
    except ClaimFileError as exc:
        _report_errors([exc], streams, given=True)
        return EXIT_BAD_INPUT
    if args.format == "html":
        from factcheck.html_report import render_html

        rendered = render_html(loaded, report)
    elif args.format == "json":
        rendered = report.render_json() + "\n"
    else:
        colour = args.output is None and _use_color(args.color, streams.out)
        rendered = report.render_text(color=colour, verbose=not args.quiet)
    if args.output is not None:
        if not _write_report(Path(args.output), rendered, args.force, streams):
            return EXIT_BAD_INPUT
        print(f"wrote {args.output}", file=streams.err)
    else:
        streams.out.write(rendered)
    streams.out.flush()
    return report.exit_code


def _write_report(target: Path, text: str, force: bool, streams: _Streams) -> bool:
    """Write a report to ``target``. A file that is there already is overwritten only when it is
    an HTML report factcheck wrote (its marker) or with ``--force``: never a file of the user's."""
    from factcheck.html_report import is_html_report, replace_file

    if target.is_dir():
        streams.error(f"{target} is a folder; name a file for the report")
        return False
    if target.exists() and not force and not is_html_report(target):
        streams.error(
            f"{target} exists and is not a report factcheck wrote; use --force to overwrite "
            "it, or name another file"
        )
        return False
    try:
        replace_file(target, text)
    except OSError as exc:
        streams.error(f"cannot write {target}: {exc.strerror or exc}")
        return False
    return True


def _errors_json(errors: Sequence[Any]) -> str:
    """Claim files that did not load, as JSON: every problem with its file, line, claim, field."""
    problems = []
    for error in errors:
        for problem in error.problems or [error]:
            problems.append(
                {
                    "file": problem.path,
                    "line": problem.line,
                    "claim": problem.claim,
                    "field": problem.field,
                    "message": problem.problem,
                }
            )
    return json.dumps({"errors": problems}, indent=2, ensure_ascii=False)


# --- draft ---------------------------------------------------------------------------------------


def _iso_date(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2024-03-14") from None


def _currency_code(value: str) -> str:
    """An ISO 4217 code the unit registry knows as a currency ('AUD'), for ``--dollar``."""
    from factcheck.units import UnitError, unit_info

    code = value.strip().upper()
    try:
        info = unit_info(code)
    except UnitError:
        info = None
    if info is None or info.dimension != f"[currency_{code}]":
        raise argparse.ArgumentTypeError(
            f"--dollar={value!r} must be a currency code factcheck knows, such as AUD or CAD"
        )
    return code


def _cmd_draft(args: argparse.Namespace, streams: _Streams) -> int:
    source = Path(args.article)
    try:
        data = source.read_bytes()
    except OSError as exc:
        streams.error(f"{source}: cannot read the article ({exc.strerror or exc})")
        return EXIT_BAD_INPUT
    if len(data) > MAX_ARTICLE_BYTES:
        streams.error(f"{source}: the article is larger than {MAX_ARTICLE_BYTES:,} bytes")
        return EXIT_BAD_INPUT
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        streams.error(
            f"{source}:{line}: the article is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        )
        return EXIT_BAD_INPUT
    if args.format == "json":
        from factcheck.draft import mentions, time_mentions

        document = {
            "mentions": [m.to_json() for m in mentions(text, dollar=args.dollar)],
            "dates": [t.to_json() for t in time_mentions(text)],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False), file=streams.out)
        return EXIT_OK
    from factcheck.draft.claimfile import draft

    target = Path(args.output) if args.output else None
    if target is not None and target.exists():
        streams.error(
            f"{target} exists; factcheck draft never replaces a file (choose another name)"
        )
        return EXIT_BAD_INPUT
    folder = target.resolve().parent if target is not None else source.resolve().parent
    text_path = os.path.relpath(source.resolve(), folder)
    try:
        drafted = draft(
            text, name=source.name, text_path=Path(text_path).as_posix(),
            published=args.published, title=args.title,
        )  # fmt: skip
    except ValueError:
        streams.error(
            f"{source}: cannot tell when the article was published (no date in its file name or"
            " first line); give --published 2024-03-14"
        )
        return EXIT_BAD_INPUT
    rendered = drafted.render()
    if target is None:
        streams.out.write(rendered)
        return EXIT_OK
    try:
        with target.open("x", encoding="utf-8") as handle:
            handle.write(rendered)
    except FileExistsError:
        streams.error(
            f"{target} exists; factcheck draft never replaces a file (choose another name)"
        )
        return EXIT_BAD_INPUT
    except OSError as exc:
        streams.error(f"cannot write {target}: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    print(f"wrote {target}: {len(drafted.claims)} claims to confirm", file=streams.err)
    return EXIT_OK


# --- rules ---------------------------------------------------------------------------------------


def _cmd_rules(args: argparse.Namespace, streams: _Streams) -> int:
    from factcheck.engine import RULES

    rules = [RULES[code] for code in sorted(RULES)]
    if args.format == "json":
        listing = [r.to_json() for r in rules]
        print(json.dumps(listing, indent=2, ensure_ascii=False), file=streams.out)
        return EXIT_OK
    if not rules:
        print("No rules are registered.", file=streams.out)
        return EXIT_OK
    name_width = max(len(r.name) for r in rules)
    for r in rules:
        line = f"{r.code}  {r.name:<{name_width}}  {r.severity:<13}  {r.summary}"
        print(line, file=streams.out)
    return EXIT_OK


# --- schema --------------------------------------------------------------------------------------


def claim_file_schema() -> dict[str, Any]:
    """The JSON Schema of a claim file: the pydantic models' schema, with the ``[measures]``
    table (which the loader reads before validation) and the ``$schema`` dialect."""
    from factcheck import claims

    body = claims.ClaimFile.model_json_schema()
    defs: dict[str, Any] = body.setdefault("$defs", {})
    for model in claims.CLAIM_KINDS.values():
        # The loader requires `kind` (it picks the model); pydantic leaves it optional.
        definition = defs.get(model.__name__)
        if definition is not None and "kind" not in definition.setdefault("required", []):
            definition["required"].insert(0, "kind")
    defs["MeasureTable"] = {
        "type": "object",
        "description": "Dotted measure keys written bare: nested tables of descriptions.",
        "propertyNames": {"pattern": claims._KEY_RE.pattern},
        "additionalProperties": {
            "anyOf": [{"type": "string"}, {"$ref": "#/$defs/MeasureTable"}],
        },
    }
    properties: dict[str, Any] = body.setdefault("properties", {})
    properties["measures"] = {
        "title": "Measures",
        "description": 'Measures this file names, key = "description", e.g. '
        '"jcode.spector.arrests" = "Arrests in Operation SpecTor". A claim\'s measure is '
        "defined by using it; declare here the measures that relations (of, since, until) "
        "refer to without any claim stating them.",
        "type": "object",
        "propertyNames": {"pattern": claims._KEY_RE.pattern},
        "additionalProperties": {
            "anyOf": [{"type": "string"}, {"$ref": "#/$defs/MeasureTable"}],
        },
    }
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "title": "factcheck claim file",
        "description": "A claim file: for one article (an [article] table) or reference source "
        "(a [reference] table), every quantitative claim quoting the text, and the findings "
        "the fact-checker acknowledges.",
    }
    schema.update({k: v for k, v in body.items() if k not in ("title", "description")})
    return schema


def _cmd_schema(args: argparse.Namespace, streams: _Streams) -> int:
    text = json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        streams.out.write(text)
        return EXIT_OK
    target = Path(args.output)
    try:
        with target.open("w" if args.force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        streams.error(f"{target} exists; use --force to overwrite it")
        return EXIT_BAD_INPUT
    except OSError as exc:
        streams.error(f"cannot write {target}: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    print(f"wrote {target}", file=streams.err)
    return EXIT_OK
