"""A campaign of bad inputs, through the real command line: none crashes, hangs or runs code.

Every input in `BAD_INPUTS` goes through ``factcheck check`` (`factcheck.cli.main`, in-process;
a few also as a real ``python -m factcheck`` process). Bad input exits 2 with a located message
on stderr: the file, and the line, claim and field where they apply, on one screen, with no
traceback. Input that is valid but inconsistent exits 1 with a finding. The exact wording of each
loader error is pinned in test_loader.py; here the contract is the command line's.

`BAD_INPUTS` is also what ``benchmarks/bad_inputs.py`` times, so the tests and the benchmark see
the same files. Each builder writes its files with the ``write_claims`` fixture's function into
one folder and returns the paths to check, relative to that folder.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.test_loader import VALUE  # the one valid claim the bad inputs are made from

from factcheck import loader as loader_module
from factcheck.cli import main

WriteClaims = Callable[..., Path]

#: What a user sees on one screen: at most this many lines on stderr, and this many characters.
SCREEN_LINES = 25
SCREEN_CHARS = 25 * 80
#: The real limits (the tests lower them so that over-limit files stay small).
REAL_MAX_FILE_BYTES = loader_module.MAX_FILE_BYTES
REAL_MAX_CLAIMS = loader_module.MAX_CLAIMS


#: Unit strings that are arithmetic or code: refused by the unit grammar before pint sees them.
CODE_UNITS = [
    "9^9^9 kg",
    "__import__('os').system('touch PWNED')",
    "kg; rm -rf /",
    "eval(1)",
    "{0.__class__}",
]


# --- the bad inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadInput:
    """One bad input: a builder of its files, and the exit code it must give."""

    name: str
    build: Callable[[WriteClaims], list[str]]
    exit_code: int = 2


#: Every bad input by name, in the order they are defined.
BAD_INPUTS: dict[str, BadInput] = {}


def bad_input(
    name: str, exit_code: int = 2
) -> Callable[[Callable[[WriteClaims], list[str]]], Callable[[WriteClaims], list[str]]]:
    """Register a builder of a bad input under ``name``."""

    def register(build: Callable[[WriteClaims], list[str]]) -> Callable[[WriteClaims], list[str]]:
        assert name not in BAD_INPUTS, name
        BAD_INPUTS[name] = BadInput(name, build, exit_code)
        return build

    return register


def value_with(write: WriteClaims, old: str, new: str, **options) -> list[str]:
    """A file whose one value claim has ``old`` replaced by ``new``."""
    assert old in VALUE
    return [write(VALUE.replace(old, new), **options).name]


@bad_input("malformed TOML")
def _malformed_toml(write):
    return value_with(write, "value = 281", "value = = 281")


@bad_input("binary file")
def _binary_file(write):
    path = write(VALUE)
    path.write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)))
    return [path.name]


@bad_input("non-UTF-8 file")
def _non_utf8_file(write):
    path = write(VALUE.replace("281 arrests", "281 arrests café"))
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    return [path.name]


@bad_input("empty file")
def _empty_file(write):
    path = write()
    path.write_text("")
    return [path.name]


@bad_input("missing field")
def _missing_field(write):
    return value_with(write, "value = 281\n", "")


@bad_input("misspelled field")
def _misspelled_field(write):
    return value_with(write, "value = 281", "vaule = 281")


@bad_input("wrong type")
def _wrong_type(write):
    return value_with(write, 'unit = "arrests"', "unit = 5")


@bad_input("NaN")
def _nan(write):
    return value_with(write, "value = 281", "value = nan")


@bad_input("infinity")
def _infinity(write):
    return value_with(write, "value = 281", "value = -inf")


ENUMERATION = """
[[claim]]
id = "countries"
kind = "enumeration"
quote = "281 arrests"
measure = "ops.countries"
count = {count}
unit = "countries"
items = [{items}]
"""


@bad_input("negative count")
def _negative_count(write):
    return [write(ENUMERATION.format(count=-8, items='"France"')).name]


DATE = """
[[claim]]
id = "announced"
kind = "date"
quote = "Officials announced on Tuesday"
measure = "ops.announcement"
date = {date}
"""


@bad_input("impossible date")
def _impossible_date(write):
    return [write(DATE.format(date='"2023-02-30"')).name]


@bad_input("impossible TOML date")
def _impossible_toml_date(write):
    return [write(DATE.format(date="2023-02-30")).name]


@bad_input("unknown kind")
def _unknown_kind(write):
    return value_with(write, 'kind = "value"', 'kind = "valeu"')


@bad_input("unknown unit")
def _unknown_unit(write):
    return value_with(write, 'unit = "arrests"', 'unit = "zorkmids"')


def _code_unit(unit: str) -> Callable[[WriteClaims], list[str]]:
    def build(write):
        written = f"'{unit}'" if '"' in unit else f'"{unit}"'
        return value_with(write, 'unit = "arrests"', f"unit = {written}")

    return build


for _unit in CODE_UNITS:
    bad_input(f"unit {_unit}")(_code_unit(_unit))


@bad_input("duplicate ids")
def _duplicate_ids(write):
    return [write(VALUE + VALUE).name]


@bad_input("quote not in the article")
def _quote_not_in_article(write):
    return value_with(write, 'quote = "281 arrests"', 'quote = "291 arrests"')


@bad_input("quote inside a longer number")
def _quote_inside_a_number(write):
    return value_with(write, 'quote = "281 arrests"', 'quote = "81 arrests"')


@bad_input("article missing")
def _article_missing(write):
    return [write(VALUE, text="missing.txt", article=None).name]


@bad_input("article is a folder")
def _article_folder(write):
    path = write(VALUE, text="texts", article=None)
    (path.parent / "texts").mkdir()
    return [path.name]


@bad_input("article is binary")
def _article_binary(write):
    path = write(VALUE, text="article.bin", article=None)
    (path.parent / "article.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return [path.name]


PART = """
[[claim]]
id = "fentanyl-within-drugs"
kind = "part"
quote = "850 kilograms of drugs"
measure = "ops.seized.fentanyl"
of = "ops.seized.drugs"
"""


@bad_input("undefined measure")
def _undefined_measure(write):
    return [write(PART).name]


@bad_input("acknowledged finding that does not exist", exit_code=1)
def _stale_acknowledgement(write):
    ack = '\n[[acknowledge]]\nrule = "FC202"\nclaims = ["arrests"]\nnote = "Seen."\n'
    return [write(VALUE + ack).name]


@bad_input("file over the size limit")
def _file_too_large(write):
    path = write(VALUE)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("# " + "x" * loader_module.MAX_FILE_BYTES + "\n")
    return [path.name]


@bad_input("too many claims")
def _too_many_claims(write):
    claims = (
        VALUE.replace('id = "arrests"', f'id = "arrests-{n}"')
        for n in range(loader_module.MAX_CLAIMS + 1)
    )
    return [write("".join(claims)).name]


@bad_input("arrays nested 10,000 deep")
def _nested_arrays(write):
    return [write(VALUE + "extra = " + "[" * 10_000 + "]" * 10_000 + "\n").name]


@bad_input("inline tables nested 10,000 deep")
def _nested_tables(write):
    return [write(VALUE + "extra = " + "{a = " * 10_000 + "1" + "}" * 10_000 + "\n").name]


@bad_input("quote of 100,000 characters")
def _long_quote(write):
    quote = ("281 arrests " * 10_000)[:100_000]
    return value_with(write, 'quote = "281 arrests"', f'quote = "{quote}"')


@bad_input("enumeration of 10,000 items")
def _many_items(write):
    items = ", ".join(f'"Place {n}"' for n in range(10_000))
    return [write(ENUMERATION.format(count=10_000, items=items)).name]


@bad_input("path that does not exist")
def _no_such_path(write):
    return ["nowhere/claims.toml"]


@bad_input("folder with no claim files")
def _folder_without_claim_files(write):
    path = write(VALUE, name="drafts/article.toml")
    path.unlink()  # the article text stays: a folder of texts, no claim file
    (path.parent / "README.md").write_text("Claim files to come.\n")
    return ["drafts"]


@bad_input("two bad files")
def _two_bad_files(write):
    first = write(VALUE.replace("value = 281", "value = nan"), name="first.toml")
    second = write(VALUE.replace('kind = "value"', 'kind = "valeu"'), name="second.toml")
    return [first.name, second.name]


@bad_input("good file next to a bad one")
def _good_and_bad(write):
    good = write(VALUE, name="good.toml")
    bad = write(VALUE.replace("value = 281", "value = = 281"), name="bad.toml")
    return [good.name, bad.name]


# Inputs that once crashed or hung (fixed at the root; kept here so that they stay fixed).

PERIOD = """
[[claim]]
id = "period"
kind = "period"
quote = "281 arrests"
measure = "ops.period"
start = "2021-09"
end = "2022-08"
length = {length}
unit = "months"
"""


@bad_input("period of 10^20 months", exit_code=1)
def _huge_period(write):
    return [write(PERIOD.format(length=10**20)).name]


@bad_input("integer of 400 digits")
def _huge_figure(write):
    return value_with(write, "value = 281", f"value = {'9' * 400}\nprecision = 1")


@bad_input("value of 9,000 characters")
def _long_value(write):
    return value_with(write, "value = 281", f'value = "{"9" * 9_000}"')


# --- running the command line --------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One run of ``factcheck check``: its exit code and what it wrote."""

    code: int
    out: str
    err: str


def check_in_process(paths: list[str]) -> Result:
    """``factcheck check PATHS`` through `factcheck.cli.main`, in this process."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *paths], stdout=out, stderr=err)
    return Result(code, out.getvalue(), err.getvalue())


def check_in_subprocess(paths: list[str], cwd: Path) -> Result:
    """``python -m factcheck check PATHS`` as a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", *paths],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line of ``path`` that contains ``needle``."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[nth - 1]


def assert_no_crash(result: Result) -> None:
    """No traceback, no internal error, and stderr fits on one screen."""
    for stream in (result.out, result.err):
        assert "Traceback" not in stream
        assert "internal error" not in stream
    assert len(result.err.splitlines()) <= SCREEN_LINES, result.err
    assert len(result.err) <= SCREEN_CHARS, result.err


def assert_bad_input(
    result: Result,
    file: str,
    *,
    line: int | None = None,
    claim: str | None = None,
    field: str | None = None,
    says: str = "",
) -> str:
    """Exit 2, nothing checked, and a message on stderr naming the file, and the line, claim and
    field when given; return that message's first line."""
    assert result.code == 2, result.out + result.err
    assert_no_crash(result)
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[-1].startswith("factcheck: ")
    assert "nothing was checked" in lines[-1] or "no claim files" in lines[-1]
    prefix = f"{file}:{line}: " if line is not None else f"{file}: "
    mine = [text for text in lines if text.startswith(prefix)]
    assert mine, f"no line starts with {prefix!r}:\n{result.err}"
    first = mine[0]
    if claim is not None:
        assert f"claim {claim!r}" in first
    if field is not None:
        assert f"field {field!r}" in first
    assert says in first
    return first


@pytest.fixture(autouse=True)
def _small_limits(tmp_path, monkeypatch):
    """Run in the files' folder, with limits low enough that over-limit files stay small."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", 1_000_000)
    monkeypatch.setattr(loader_module, "MAX_CLAIMS", 100)


def run_input(name: str, write: WriteClaims) -> Result:
    """Build the bad input ``name`` and check it in-process."""
    return check_in_process(BAD_INPUTS[name].build(write))


# --- every input: the exit code, and no crash ----------------------------------------------------


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_every_bad_input_exits_cleanly(write_claims, name):
    """Every bad input gives its exit code (2, or 1 with a finding) with no traceback."""
    paths = BAD_INPUTS[name].build(write_claims)
    result = check_in_process(paths)
    assert result.code == BAD_INPUTS[name].exit_code, result.out + result.err
    assert_no_crash(result)
    if result.code == 2:
        assert result.out == ""
        assert result.err.strip()
    else:  # a finding in the report, about the file
        assert result.err == ""
        assert result.out.startswith(paths[0])


# --- each input: where the message points --------------------------------------------------------


def test_malformed_toml(write_claims, tmp_path):
    """Malformed TOML: exit 2 on the line of the bad value."""
    result = run_input("malformed TOML", write_claims)
    line = line_of(tmp_path / "article.toml", "value = = 281")
    assert_bad_input(result, "article.toml", line=line, says="not valid TOML")


def test_binary_file(write_claims):
    """A binary claim file: exit 2, said to be binary."""
    result = run_input("binary file", write_claims)
    assert_bad_input(result, "article.toml", says="binary, not UTF-8 text")


def test_non_utf8_file(write_claims, tmp_path):
    """A Latin-1 claim file: exit 2 on the line of the first byte that is not UTF-8."""
    result = run_input("non-UTF-8 file", write_claims)
    line = line_of(tmp_path / "article.toml", "281 arrests caf")
    assert_bad_input(result, "article.toml", line=line, says="not UTF-8 text")


def test_empty_file(write_claims):
    """An empty claim file: exit 2, saying what it needs."""
    result = run_input("empty file", write_claims)
    assert_bad_input(result, "article.toml", says="empty; it needs an [article] table")


def test_missing_field(write_claims, tmp_path):
    """A missing field: exit 2 at the claim, naming claim and field."""
    result = run_input("missing field", write_claims)
    line = line_of(tmp_path / "article.toml", "[[claim]]")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="value", says="is missing"
    )


def test_misspelled_field(write_claims, tmp_path):
    """A misspelt field: exit 2 on its line, suggesting the right name."""
    result = run_input("misspelled field", write_claims)
    line = line_of(tmp_path / "article.toml", "vaule")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="vaule",
        says="did you mean 'value'?",
    )  # fmt: skip


def test_wrong_type(write_claims, tmp_path):
    """A value of the wrong type: exit 2 on its line, naming claim and field."""
    result = run_input("wrong type", write_claims)
    line = line_of(tmp_path / "article.toml", "unit = 5")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="unit", says="unit=5"
    )


@pytest.mark.parametrize(("name", "written"), [("NaN", "nan"), ("infinity", "-inf")])
def test_nan_and_infinity(write_claims, tmp_path, name, written):
    """nan and inf are not figures: exit 2 on the value's line."""
    result = run_input(name, write_claims)
    line = line_of(tmp_path / "article.toml", f"value = {written}")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="value",
        says=f"{written} is not a finite number",
    )  # fmt: skip


def test_negative_count(write_claims, tmp_path):
    """A negative count: exit 2 on the count's line."""
    result = run_input("negative count", write_claims)
    line = line_of(tmp_path / "article.toml", "count = -8")
    assert_bad_input(
        result, "article.toml", line=line, claim="countries", field="count", says="negative"
    )


def test_impossible_date(write_claims, tmp_path):
    """A date string naming a day that does not exist: exit 2 on its line, saying why."""
    result = run_input("impossible date", write_claims)
    line = line_of(tmp_path / "article.toml", "date = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="announced", field="date",
        says="'2023-02-30' is not a real date",
    )  # fmt: skip


def test_impossible_toml_date(write_claims, tmp_path):
    """A TOML date literal that does not exist: exit 2 on its line (before any claim is read)."""
    result = run_input("impossible TOML date", write_claims)
    line = line_of(tmp_path / "article.toml", "date = ")
    assert_bad_input(result, "article.toml", line=line, says="2023-02-30 is not a real date")


def test_unknown_kind(write_claims, tmp_path):
    """An unknown kind: exit 2 at the claim, with the closest kind."""
    result = run_input("unknown kind", write_claims)
    line = line_of(tmp_path / "article.toml", "[[claim]]")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="kind",
        says="did you mean 'value'?",
    )  # fmt: skip


def test_unknown_unit(write_claims, tmp_path):
    """An unknown unit: exit 2 on the unit's line."""
    result = run_input("unknown unit", write_claims)
    line = line_of(tmp_path / "article.toml", "unit = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="unit",
        says="unit='zorkmids' is not a known unit",
    )  # fmt: skip


@pytest.mark.parametrize("unit", CODE_UNITS)
def test_unit_that_is_arithmetic_or_code(write_claims, tmp_path, unit):
    """A unit string that is arithmetic or code is refused by the grammar: exit 2, on its line."""
    result = run_input(f"unit {unit}", write_claims)
    line = line_of(tmp_path / "article.toml", "unit = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="unit",
        says="is not a unit expression",
    )  # fmt: skip
    assert not (tmp_path / "PWNED").exists()


AUDIT = """\
import io, json, sys
from factcheck.cli import main

# Warm up: whatever a good file needs is imported now, before the hook is set.
main(["check", "good.toml"], stdout=io.StringIO(), stderr=io.StringIO())
EVENTS = ("import", "exec", "compile", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
          "os.fork", "subprocess.Popen", "ctypes.dlopen", "open")
seen = []

def hook(event, args):
    if event in EVENTS and not (event == "open" and str(args[0]).endswith((".toml", ".txt"))):
        seen.append([event, repr(args[0])[:120]])

sys.addaudithook(hook)
codes = [main(["check", path], stdout=io.StringIO(), stderr=io.StringIO())
         for path in sys.argv[1:]]
print(json.dumps({"codes": codes, "events": seen}))
"""


def test_code_in_units_is_never_run_nor_imports_anything(write_claims, tmp_path):
    """Loading units that are code runs nothing: no module is imported, no process started, no
    code compiled, no file but the claim file and its article opened, and no PWNED file."""
    write_claims(VALUE, name="good.toml")
    paths = []
    for n, unit in enumerate(CODE_UNITS):
        written = f"'{unit}'" if '"' in unit else f'"{unit}"'
        path = write_claims(
            VALUE.replace('unit = "arrests"', f"unit = {written}"), name=f"u{n}.toml"
        )
        paths.append(path.name)
    done = subprocess.run(
        [sys.executable, "-c", AUDIT, *paths],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    audit = json.loads(done.stdout)
    assert audit == {"codes": [2] * len(CODE_UNITS), "events": []}
    assert not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()


def test_duplicate_ids(write_claims, tmp_path):
    """A claim id used twice: exit 2 at the second claim, naming the id field."""
    result = run_input("duplicate ids", write_claims)
    line = line_of(tmp_path / "article.toml", "[[claim]]", nth=2)
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="id", says="used twice"
    )


def test_quote_not_in_the_article(write_claims, tmp_path):
    """A quote the article does not hold: exit 2 on the quote's line, naming the article."""
    result = run_input("quote not in the article", write_claims)
    line = line_of(tmp_path / "article.toml", "quote = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="quote",
        says="is not in article.txt",
    )  # fmt: skip


def test_quote_inside_a_longer_number(write_claims, tmp_path):
    """A quote found only inside a longer number ("81 arrests" in "281 arrests"): exit 2 on the
    quote's line, showing the whole number and where it is in the article."""
    result = run_input("quote inside a longer number", write_claims)
    line = line_of(tmp_path / "article.toml", "quote = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="quote",
        says="quote '81 arrests' is only found inside '281 arrests' (line 1 of article.txt);"
        " quote whole words",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "says"),
    [("article missing", "the article text 'missing.txt' does not exist"),
     ("article is a folder", "the article text 'texts' is not a file"),
     ("article is binary", "the article text 'article.bin' is binary")],
)  # fmt: skip
def test_article_text_that_cannot_be_read(write_claims, tmp_path, name, says):
    """An article text that is missing, a folder or binary: exit 2 on the claim file's text line."""
    result = run_input(name, write_claims)
    line = line_of(tmp_path / "article.toml", "text = ")
    assert_bad_input(result, "article.toml", line=line, field="text", says=says)


def test_unreadable_file(write_claims, monkeypatch):
    """A claim file the system refuses to read: exit 2 saying so, not an internal error."""
    paths = BAD_INPUTS["missing field"].build(write_claims)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = check_in_process(paths)
    assert_bad_input(result, "article.toml", says="cannot be read: Permission denied")


def test_measure_nothing_defines(write_claims, tmp_path):
    """A relation to a measure no loaded file defines: exit 2 on the `of` line."""
    result = run_input("undefined measure", write_claims)
    line = line_of(tmp_path / "article.toml", "of = ")
    assert_bad_input(
        result, "article.toml", line=line, claim="fentanyl-within-drugs", field="of",
        says="'ops.seized.drugs' is not defined by any loaded file",
    )  # fmt: skip


def test_acknowledging_a_finding_that_does_not_exist(write_claims):
    """Acknowledging a finding that does not occur is valid input: exit 1 with FC901, located."""
    result = run_input("acknowledged finding that does not exist", write_claims)
    assert result.code == 1
    assert_no_crash(result)
    assert result.err == ""
    assert "FC901 stale-acknowledgement [contradiction]" in result.out
    assert "article.toml acknowledges FC202 on arrests, which no longer occurs" in result.out
    assert "- arrests (article.toml:" in result.out


def test_file_over_the_size_limit(write_claims):
    """A claim file over MAX_FILE_BYTES: exit 2 naming the size and the limit."""
    result = run_input("file over the size limit", write_claims)
    assert_bad_input(result, "article.toml", says="the limit is 1,000,000 bytes (split the file)")


def test_too_many_claims(write_claims):
    """A claim file with more than MAX_CLAIMS claims: exit 2 saying how many."""
    result = run_input("too many claims", write_claims)
    assert_bad_input(
        result, "article.toml", says="has 101 claims; the limit is 100 (split the file)"
    )


@pytest.mark.parametrize("name", ["arrays nested 10,000 deep", "inline tables nested 10,000 deep"])
def test_deeply_nested_toml(write_claims, tmp_path, name):
    """TOML nested 10,000 deep: exit 2 on the nesting's line, no RecursionError."""
    result = run_input(name, write_claims)
    line = line_of(tmp_path / "article.toml", "extra = ")
    assert_bad_input(result, "article.toml", line=line, says="not valid TOML: nested too deeply")


def test_quote_of_100000_characters(write_claims, tmp_path):
    """A quote of 100,000 characters: exit 2 on its line, in characters, shown by its start."""
    result = run_input("quote of 100,000 characters", write_claims)
    line = line_of(tmp_path / "article.toml", "quote = ")
    first = assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="quote",
        says="is 100,000 characters; at most 10,000",
    )  # fmt: skip
    assert len(first) < 300


def test_enumeration_of_10000_items(write_claims, tmp_path):
    """An enumeration naming 10,000 items: exit 2 on the items line (the limit is 1,000)."""
    result = run_input("enumeration of 10,000 items", write_claims)
    line = line_of(tmp_path / "article.toml", "items = ")
    first = assert_bad_input(
        result, "article.toml", line=line, claim="countries", field="items",
        says="at most 1000 items",
    )  # fmt: skip
    assert len(first) < 300


def test_path_that_does_not_exist(write_claims):
    """A path that does not exist: exit 2 naming it."""
    result = run_input("path that does not exist", write_claims)
    assert_bad_input(result, "nowhere/claims.toml", says="no such file or folder")


def test_folder_with_no_claim_files(write_claims):
    """A folder holding no *.toml file is bad input (exit 2), not a vacuous pass."""
    result = run_input("folder with no claim files", write_claims)
    assert result.code == 2
    assert_no_crash(result)
    assert result.out == ""
    assert result.err == "factcheck: no claim files (*.toml) in drafts\n"


def test_two_bad_files_are_both_reported(write_claims, tmp_path):
    """Two bad files: each is reported with its own line, claim and field; exit 2."""
    result = run_input("two bad files", write_claims)
    assert_bad_input(
        result, "first.toml", line=line_of(tmp_path / "first.toml", "value = nan"),
        claim="arrests", field="value", says="not a finite number",
    )  # fmt: skip
    assert_bad_input(
        result, "second.toml", line=line_of(tmp_path / "second.toml", "[[claim]]"),
        claim="arrests", field="kind", says="not a claim kind",
    )  # fmt: skip
    assert result.err.splitlines()[-1] == (
        "factcheck: 2 claim files could not be loaded; nothing was checked."
    )


def test_good_file_next_to_a_bad_one(write_claims, tmp_path):
    """A good file next to a bad one: only the bad one is reported, nothing is checked; exit 2."""
    result = run_input("good file next to a bad one", write_claims)
    line = line_of(tmp_path / "bad.toml", "value = = 281")
    assert_bad_input(result, "bad.toml", line=line, says="not valid TOML")
    assert "good.toml" not in result.err
    assert result.err.splitlines()[-1] == (
        "factcheck: 1 claim file could not be loaded; nothing was checked."
    )


def test_huge_period_length_is_checked_not_hung(write_claims):
    """A period of 10^20 months is checked (exit 1, its figure disagrees with its quote), not
    enumerated month by month."""
    result = run_input("period of 10^20 months", write_claims)
    assert result.code == 1
    assert_no_crash(result)
    assert "claim period: the claim's length is 100,000,000,000,000,000,000" in result.out


def test_integer_of_400_digits(write_claims, tmp_path):
    """A TOML integer of 400 digits is refused like any figure past the digit limit (it once
    reached the report and overflowed a float)."""
    result = run_input("integer of 400 digits", write_claims)
    line = line_of(tmp_path / "article.toml", "value = 999")
    first = assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="value",
        says="has too many digits",
    )  # fmt: skip
    assert len(first) < 300


def test_long_value_is_shown_by_its_start(write_claims, tmp_path):
    """A 9,000-character value is named by its start, so the message stays on one line."""
    result = run_input("value of 9,000 characters", write_claims)
    line = line_of(tmp_path / "article.toml", "value = ")
    first = assert_bad_input(
        result, "article.toml", line=line, claim="arrests", field="value",
        says="is not a number such as 281",
    )  # fmt: skip
    assert len(first) < 300


# --- real processes: no traceback at the process level -------------------------------------------

PROCESS_INPUTS = [
    "malformed TOML",
    "binary file",
    "inline tables nested 10,000 deep",
    "unit __import__('os').system('touch PWNED')",
    "enumeration of 10,000 items",
    "two bad files",
    "acknowledged finding that does not exist",
]


@pytest.mark.parametrize("name", PROCESS_INPUTS)
def test_real_process_exits_cleanly(write_claims, tmp_path, name):
    """As a real `python -m factcheck check` process, a bad input gives the same exit code and
    message as in-process, and no traceback."""
    paths = BAD_INPUTS[name].build(write_claims)
    process = check_in_subprocess(paths, tmp_path)
    in_process = check_in_process(paths)
    assert process.code == BAD_INPUTS[name].exit_code, process.err
    assert_no_crash(process)
    assert (process.code, process.out, process.err) == (
        in_process.code, in_process.out, in_process.err,
    )  # fmt: skip
    assert not (tmp_path / "PWNED").exists()


def test_real_file_over_the_real_size_limit(write_claims, tmp_path, monkeypatch):
    """A claim file over the real 5 MB limit is refused by a real process before it is parsed."""
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", REAL_MAX_FILE_BYTES)
    paths = BAD_INPUTS["file over the size limit"].build(write_claims)
    assert (tmp_path / paths[0]).stat().st_size > REAL_MAX_FILE_BYTES
    process = check_in_subprocess(paths, tmp_path)
    assert_bad_input(
        process, "article.toml", says=f"the limit is {REAL_MAX_FILE_BYTES:,} bytes (split the file)"
    )
