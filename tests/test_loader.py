"""Loading claim files: the seed, quote anchoring, folders, and one pinned message per error kind.

Every error is a `ClaimFileError` naming the file, the line where there is one, the claim and the
field. The tests run in the temporary folder, so files are shown by their plain names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck
from factcheck import ClaimFileError, FactcheckError, load, load_file
from factcheck import loader as loader_module
from factcheck.loader import anchor

SEED = Path(__file__).resolve().parent.parent / "claims"
SEED_ARTICLE = SEED / "article-2023-05-02-operation-spector.toml"
SEED_REFERENCE = SEED / "reference-jcode-operations.toml"

VALUE = """
[[claim]]
id = "arrests"
kind = "value"
quote = "281 arrests"
measure = "ops.arrests"
value = 281
unit = "arrests"
"""


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line of ``path`` that contains ``needle``."""
    found = [n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return found[nth - 1]


def error_of(*paths) -> ClaimFileError:
    """The error `factcheck.load` raises for ``paths`` (it must raise a ClaimFileError)."""
    with pytest.raises(ClaimFileError) as info:
        load(*paths)
    return info.value


def where(error: ClaimFileError) -> tuple[str, int | None, str | None, str | None]:
    return (error.path, error.line, error.claim, error.field)


# --- the seed ------------------------------------------------------------------------------------


def test_seed_loads_two_files_and_37_claims():
    """The seed folder holds the article's claim file and the JCODE reference file: 38 claims."""
    loaded = load(SEED)
    assert len(loaded) == 2
    assert loaded.claim_count == 38
    assert [Path(f.path).name for f in loaded] == [SEED_ARTICLE.name, SEED_REFERENCE.name]
    assert {f.doc_id for f in loaded} == {"operation-spector-2023-05-02", "jcode-operations"}


def test_seed_article_claims_are_anchored_with_their_lines():
    """Every claim of the seed article has its quote found in the text, with the line it is on."""
    article = load_file(SEED_ARTICLE)
    assert article.text is not None
    assert len(article.claims) == 21
    assert set(article.anchors) == {c.id for c in article.claims}
    text_lines = article.text.splitlines()
    for claim in article.claims:
        (place,) = article.anchors[claim.id]
        assert place.line == article.text.count("\n", 0, place.start) + 1
        words = " ".join(article.text[place.start : place.end].split())
        assert words == " ".join(claim.quote_text.split()), claim.id
        assert words.split()[0] in text_lines[place.line - 1]


@pytest.mark.parametrize(
    ("claim_id", "line"),
    [("arrests-nearly-300", 1), ("arrests-281", 5), ("largest-darknet-operation", 9),
     ("countries-eight-named", 13), ("synthetic-opioids-two-thirds", 29)],
)  # fmt: skip
def test_seed_quotes_are_on_the_right_lines(claim_id, line):
    """The seed's quotes are anchored on the article lines a reader finds them on."""
    assert load_file(SEED_ARTICLE).anchors[claim_id][0].line == line


def test_seed_claims_know_their_line_in_the_claim_file():
    """Each claim knows the line of its [[claim]] table, which starts with that table."""
    for path in (SEED_ARTICLE, SEED_REFERENCE):
        loaded = load_file(path)
        lines = loaded.source.splitlines()
        for claim in loaded.claims:
            start = loaded.claim_line(claim.id)
            assert start is not None
            assert lines[start - 1].strip() == "[[claim]]"
            assert f'id = "{claim.id}"' in lines[start : start + 3]


def test_seed_reference_has_sources_and_no_text():
    """The reference file cites a source for every claim and has no text to anchor quotes in."""
    reference = load_file(SEED_REFERENCE)
    assert reference.model.reference is not None
    assert reference.text is None and reference.anchors == {}
    assert len(reference.claims) == 17
    assert all(c.source for c in reference.claims)


def test_seed_files_load_on_their_own():
    """The seed article declares the reference measures it relies on, so each file loads alone."""
    assert load(SEED_ARTICLE).claim_count == 21
    assert load(SEED_REFERENCE).claim_count == 17


def test_seed_measures_table_is_read():
    """The [measures] table declares measures with descriptions."""
    measures = load_file(SEED_ARTICLE).measures
    assert "jcode.dark_huntor.arrests" in measures
    assert measures["jcode.dark_huntor.arrests"].startswith("Arrests in Operation Dark HunTor")


# --- quotes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "text"),
    [("the cartel's operation", "the cartel’s operation"),
     ("the cartel’s operation", "the cartel's operation"),
     ('called it "the largest"', "called it “the largest”"),
     ("fentanyl-laced", "fentanyl–laced"),
     ("281   arrests", "281\n  arrests"),
     ("  281 arrests ", "netted 281 arrests,")],
)  # fmt: skip
def test_quotes_match_whatever_the_whitespace_and_quote_marks(quote, text):
    """A quote is found even when whitespace, apostrophes, quote marks or dashes differ."""
    assert anchor(quote, text) is not None


def test_anchor_gives_offsets_and_line():
    """An anchor gives the quote's character offsets and the line it starts on."""
    text = "First line.\nThe cartel’s operation\nlast."
    place = anchor("cartel's\noperation", text)
    assert place is not None
    assert (place.start, place.end, place.line) == (16, 34, 2)
    assert text[place.start : place.end] == "cartel’s operation"


def test_anchor_is_not_fooled_by_other_words():
    """Different words (or letter case) are not the same quote."""
    assert anchor("281 arrest", "281 Arrests") is None
    assert anchor("", "anything") is None


@pytest.mark.parametrize(
    ("article", "quote", "inside", "line"),
    [("Police held 1,300 suspects.\n", "300 suspects", "1,300 suspects", 1),
     ("Police held\n1.300 suspects.\n", "300 suspects", "1.300 suspects", 2),
     ("It ran for 115 years.\n", "15 years", "115 years", 1),
     ("Police held 1,300 suspects.\n", "1,30", "1,300", 1),
     ("Police held 1,300 suspects.\n", "300 suspect", "1,300 suspects", 1)],
)  # fmt: skip
def test_quote_inside_a_longer_number_is_refused(write_claims, article, quote, inside, line):
    """A quote found only inside a longer number ("300 suspects" in "1,300 suspects") is not the
    article's figure: it is refused, showing the whole number and its line in the article."""
    path = write_claims(
        VALUE.replace('quote = "281 arrests"', f'quote = "{quote}"'), article=article
    )
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line_of(path, 'quote = ')}: claim 'arrests', field 'quote': quote"
        f" {quote!r} is only found inside {inside!r} (line {line} of article.txt); quote whole"
        " words"
    )
    assert where(error) == ("article.toml", line_of(path, "quote = "), "arrests", "quote")


@pytest.mark.parametrize(
    ("quote", "text"),
    [("ten", "Raids often ended in arrests."),
     ("ten ended", "Raids often ended in arrests."),
     ("281 arrest", "It netted 281 arrests."),
     ("ids often", "Raids often ended in arrests.")],
)  # fmt: skip
def test_quote_inside_a_longer_word_is_not_found(quote, text):
    """A quote that starts or ends inside a word ("ten" in "often") is not found."""
    assert anchor(quote, text) is None


def test_quote_inside_a_longer_word_is_refused_with_the_whole_words(write_claims):
    """The error shows the whole words the quote was found inside, so the fix is plain."""
    path = write_claims(
        VALUE.replace('quote = "281 arrests"', 'quote = "ten ended in"'),
        article="Officials said so.\nRaids often\nended in arrests.\n",
    )
    assert error_of(path.name).problem == (
        "quote 'ten ended in' is only found inside 'often ended in' (line 2 of article.txt);"
        " quote whole words"
    )


def test_quote_inside_a_longer_word_of_a_text_given_in_python():
    """`from_claims` with a text refuses a quote found only inside a longer number the same way."""
    from datetime import date

    claim = factcheck.ValueClaim(
        id="n", quote="81 arrests", measure="ops.arrests", value=81, unit="arrests"
    )
    info = factcheck.ArticleInfo(id="a", title="t", published=date(2023, 5, 2), text="a.txt")
    with pytest.raises(ClaimFileError) as caught:
        loader_module.from_claims([claim], article=info, text="It netted 281 arrests.")
    assert str(caught.value) == (
        "<memory>: claim 'n', field 'quote': quote '81 arrests' is only found inside"
        " '281 arrests' (line 1 of the text); quote whole words"
    )


@pytest.mark.parametrize(
    ("quote", "text", "found"),
    [('"the largest"', "called it “the largest” ever", "“the largest”"),
     ("in cash.", "and $53.4 million in cash.\nMore", "in cash."),
     ("$53.4 million", "seized US$53.4 million", "$53.4 million"),
     ("(281 arrests)", "the raids (281 arrests) ended", "(281 arrests)"),
     (", 850 kilograms", "281 arrests, 850 kilograms", ", 850 kilograms"),
     ("1,300 suspects", "held 1,300 suspects", "1,300 suspects"),
     ("fentanyl-laced", "sold fentanyl–laced pills", "fentanyl–laced"),
     ("281 arrests", "281 arrests", "281 arrests")],
)  # fmt: skip
def test_quote_starting_or_ending_with_punctuation_still_matches(quote, text, found):
    """Punctuation at either end of a quote, or of the text, is a word boundary."""
    place = anchor(quote, text)
    assert place is not None
    assert text[place.start : place.end] == found


@pytest.mark.parametrize(
    ("quote", "text", "line"),
    [("300 suspects", "In all 1,300 suspects were held;\n300 suspects were freed.", 2),
     ("300\nsuspects", "In all 1,300 suspects were held;\n300  suspects were freed.", 2),
     ("ten days", "It was often days before;\nthen ten days later.", 2),
     ("15 years", "For 115 years, 2.15 years and then 15 years.", 1),
     ("ten", "often " * 50 + "\nten", 2),
     ("300 suspects", "1,300 suspects; " * 50 + "\n300 suspects", 2),
     ("300\nsuspects", "1,300  suspects; " * 50 + "\n300 suspects", 2)],
)  # fmt: skip
def test_a_quote_anchors_at_its_first_whole_word_occurrence(quote, text, line):
    """A quote found first inside a longer word is anchored where it stands as whole words, even
    past many places inside longer words."""
    place = anchor(quote, text)
    assert place is not None
    assert place.line == line
    assert " ".join(text[place.start : place.end].split()) == " ".join(quote.split())
    assert not text[place.start - 1].isalnum() and text[place.start - 2] not in ",."
    if quote == "15 years":
        assert text[place.start - 5 : place.start] == "then "


def test_seed_quotes_are_anchored_at_word_boundaries():
    """The seed still loads, and every quote of its article stands in the text as whole words."""
    article = load_file(SEED_ARTICLE)
    assert article.text is not None
    for claim in article.claims:
        for place in article.anchors[claim.id]:
            before = article.text[place.start - 1] if place.start else " "
            after = article.text[place.end] if place.end < len(article.text) else " "
            quoted = article.text[place.start : place.end]
            assert not (before.isalnum() and quoted[0].isalnum()), claim.id
            assert not (after.isalnum() and quoted[-1].isalnum()), claim.id


def test_curly_quotes_in_the_article_match_straight_ones_in_the_file(write_claims):
    """A claim file with straight quote marks loads against an article with curly ones."""
    path = write_claims(
        """
        [[claim]]
        id = "garland"
        kind = "value"
        quote = ["Garland's words: \\"281 arrests\\"", "1,874 pounds"]
        measure = "ops.arrests"
        value = 281
        unit = "arrests"
        """,
        article="Garland’s words: “281 arrests”\nand\n1,874 pounds.\n",
    )
    loaded = load_file(path)
    first, second = loaded.anchors["garland"]
    assert (first.line, second.line) == (1, 3)


# --- folders -------------------------------------------------------------------------------------


def test_folders_are_expanded_to_their_toml_files(write_claims, tmp_path):
    """A folder stands for every *.toml file under it (sorted); other files are ignored."""
    write_claims(VALUE, name="claims/b.toml")
    write_claims(VALUE, name="claims/a.toml")
    write_claims(VALUE, name="claims/more/c.toml")
    (tmp_path / "claims" / "notes.txt").write_text("not a claim file")
    (tmp_path / "claims" / "README.md").write_text("# claims")
    loaded = load("claims")
    assert [f.path for f in loaded] == ["claims/a.toml", "claims/b.toml", "claims/more/c.toml"]


def test_a_file_named_twice_is_loaded_once(write_claims):
    """A file given both directly and through its folder is loaded once."""
    write_claims(VALUE, name="claims/a.toml")
    loaded = load("claims/a.toml", "claims", Path("claims/a.toml").resolve())
    assert len(loaded) == 1


def test_missing_path():
    """A path that does not exist is an error naming it."""
    error = error_of("nowhere.toml")
    assert str(error) == "nowhere.toml: no such file or folder"
    assert where(error) == ("nowhere.toml", None, None, None)


def test_empty_folder_loads_nothing(tmp_path):
    """An empty folder loads no files (nothing to check is not an error here)."""
    (tmp_path / "empty").mkdir()
    assert load("empty").claim_count == 0


# --- one pinned message per error kind -----------------------------------------------------------


def test_errors_are_claim_file_errors():
    """ClaimFileError is a ValueError and a FactcheckError, importable from factcheck."""
    assert issubclass(ClaimFileError, ValueError)
    assert issubclass(ClaimFileError, FactcheckError)
    assert factcheck.ClaimFileError is ClaimFileError


def test_malformed_toml(write_claims):
    """Malformed TOML is reported with its line."""
    path = write_claims(VALUE.replace("value = 281", "value = = 281"))
    line = line_of(path, "value = = 281")
    error = error_of(path.name)
    assert str(error) == f"article.toml:{line}: not valid TOML: Invalid value"
    assert where(error) == ("article.toml", line, None, None)


def test_unterminated_string(write_claims):
    """An unterminated string is reported on its line."""
    path = write_claims(VALUE.replace('quote = "281 arrests"', 'quote = "281 arrests'))
    line = line_of(path, 'quote = "281 arrests')
    assert (
        str(error_of(path.name)) == f"article.toml:{line}: not valid TOML: Illegal character '\\n'"
    )


def test_binary_file(write_claims):
    """A binary file is refused as such."""
    path = write_claims()
    path.write_bytes(b"\x00\x01\x02PK")
    error = error_of(path.name)
    assert str(error) == "article.toml: the claim file is binary, not UTF-8 text"
    assert where(error) == ("article.toml", None, None, None)


def test_non_utf8_file(write_claims):
    """A file in another encoding is refused, with the line of the first bad byte."""
    path = write_claims(VALUE)
    text = path.read_text().replace("281 arrests", "281 arrests café")
    path.write_bytes(text.encode("latin-1"))
    data = path.read_bytes()
    offset = data.index(b"\xe9")
    line = data[:offset].count(b"\n") + 1
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: the claim file is not UTF-8 text (byte {offset} on line {line});"
        " save it as UTF-8"
    )
    assert where(error) == ("article.toml", line, None, None)


@pytest.mark.parametrize("content", ["", "   \n\n  \t\n"])
def test_empty_file(write_claims, content):
    """An empty (or blank) claim file is refused, saying what it needs."""
    path = write_claims()
    path.write_text(content)
    error = error_of(path.name)
    assert str(error) == "article.toml: the claim file is empty; it needs an [article] table"


def test_file_without_article_table(write_claims):
    """A file of claims with no [article] or [reference] table says it needs one."""
    path = write_claims(VALUE, header="# claims only\n")
    assert str(error_of(path.name)) == (
        "article.toml: the file has no [article] table (or [reference] table); it needs one"
    )


def test_missing_field(write_claims):
    """A missing field is named, with the claim's line and every field its kind needs."""
    path = write_claims(VALUE.replace("value = 281\n", ""))
    line = line_of(path, "[[claim]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'value': 'value' is missing; a 'value'"
        " claim needs value (one figure: 281) or range (two: [10, 20] for 'between 10 and 20')"
    )
    assert where(error) == ("article.toml", line, "arrests", "value")


def test_misspelled_field(write_claims):
    """A misspelt field is reported first, where it is, with the field it was meant to be."""
    path = write_claims(VALUE.replace("value = 281", "vaule = 281"))
    line = line_of(path, "vaule = 281")
    claim_line = line_of(path, "[[claim]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'vaule': 'vaule' is not a field of a 'value'"
        " claim; did you mean 'value'?\n"
        f"article.toml:{claim_line}: claim 'arrests', field 'value': 'value' is missing; a 'value'"
        " claim needs value (one figure: 281) or range (two: [10, 20] for 'between 10 and 20')"
    )
    assert where(error) == ("article.toml", line, "arrests", "vaule")
    assert len(error.problems) == 2


def test_misspelled_article_field(write_claims):
    """A misspelt field of the [article] table is named with the right one."""
    path = write_claims(VALUE)
    path.write_text(path.read_text().replace("published =", "publised ="))
    line = line_of(path, "publised")
    error = error_of(path.name)
    assert str(error).splitlines()[0] == (
        f"article.toml:{line}: field 'publised': 'publised' is not a field of the [article]"
        " table; did you mean 'published'?"
    )
    assert str(error).splitlines()[1] == (
        "article.toml:1: field 'published': 'published' is missing; the [article] table needs"
        " id, title, published, text"
    )


def test_publication_date_that_is_not_a_date(write_claims):
    """An [article] date that is not a TOML date says what a date looks like."""
    path = write_claims(VALUE)
    path.write_text(path.read_text().replace("published = 2023-05-02", 'published = "May 2"'))
    error = error_of(path.name)
    assert str(error) == (
        "article.toml:4: field 'published': published='May 2' is not a date such as 2023-05-02"
    )


def test_unknown_top_level_table(write_claims):
    """An unknown top-level key is named, with the one it was probably meant to be."""
    path = write_claims(VALUE)
    path.write_text('measure = "x"\n' + path.read_text())
    error = error_of(path.name)
    assert str(error) == (
        "article.toml: field 'measure': 'measure' is not a field of a claim file (at its top"
        " level); did you mean 'measures'?"
    )


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [('unit = "arrests"', "unit = 5", "unit=5 is not valid: input should be a valid string"),
     ("value = 281", "value = [281]", "[281] is not a number"),
     ("value = 281", 'value = "lots"',
      "'lots' is not a number such as 281, 53.4, '1,874' or '2/3'"),
     ("value = 281", "value = true", "True is a boolean, not a number")],
)  # fmt: skip
def test_wrong_type(write_claims, before, after, message):
    """A value of the wrong type is named with what was given and what is needed."""
    path = write_claims(VALUE.replace(before, after))
    line = line_of(path, after)
    error = error_of(path.name)
    field = after.split()[0]
    assert str(error) == f"article.toml:{line}: claim 'arrests', field '{field}': {message}"
    assert where(error) == ("article.toml", line, "arrests", field)


@pytest.mark.parametrize(("written", "shown"), [("nan", "nan"), ("inf", "inf"), ("-inf", "-inf")])
def test_nan_and_infinite_values(write_claims, written, shown):
    """TOML's nan and inf are refused as figures, shown as written."""
    path = write_claims(VALUE.replace("value = 281", f"value = {written}"))
    line = line_of(path, f"value = {written}")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'value': {shown} is not a finite number"
    )
    assert where(error) == ("article.toml", line, "arrests", "value")


def test_negative_value(write_claims):
    """A negative figure is refused, saying how to state a fall or a loss."""
    path = write_claims(VALUE.replace("value = 281", "value = -281"))
    line = line_of(path, "value = -281")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'value': value=-281 is negative; figures"
        " are amounts: write a fall or a loss as a positive value of a measure named for it,"
        " such as 'sales.decline'"
    )
    assert where(error) == ("article.toml", line, "arrests", "value")


def test_negative_count(write_claims):
    """A negative count in an enumeration is refused."""
    path = write_claims(
        """
        [[claim]]
        id = "countries"
        kind = "enumeration"
        quote = "281 arrests"
        measure = "ops.countries"
        count = -8
        unit = "countries"
        """
    )
    line = line_of(path, "count = -8")
    error = error_of(path.name)
    assert (
        str(error) == f"article.toml:{line}: claim 'countries', field 'count': count=-8 is negative"
    )
    assert where(error) == ("article.toml", line, "countries", "count")


DATE = """
[[claim]]
id = "announced"
kind = "date"
quote = "Officials announced on Tuesday"
measure = "ops.announcement"
date = {date}
"""


def test_impossible_date_string(write_claims):
    """A date string naming a day that does not exist is refused, saying why."""
    path = write_claims(DATE.format(date='"2023-02-30"'))
    line = line_of(path, "date = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'announced', field 'date': '2023-02-30' is not a real date"
        " (day is out of range for month)"
    )
    assert where(error) == ("article.toml", line, "announced", "date")


def test_impossible_toml_date(write_claims):
    """A TOML date literal naming a day that does not exist is reported as such, on its line."""
    path = write_claims(DATE.format(date="2023-02-30"))
    line = line_of(path, "date = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: not valid TOML: 2023-02-30 is not a real date (day is out of range"
        " for month)"
    )
    assert where(error) == ("article.toml", line, None, None)


def test_boolean_date(write_claims):
    """date = true is refused (it must not be read as the year 1)."""
    path = write_claims(DATE.format(date="true"))
    line = line_of(path, "date = ")
    assert str(error_of(path.name)) == (
        f"article.toml:{line}: claim 'announced', field 'date': date=True is not a date such as"
        " 2023-05-02"
    )


def test_unknown_kind(write_claims):
    """An unknown kind lists the kinds and suggests the closest."""
    path = write_claims(VALUE.replace('kind = "value"', 'kind = "valeu"'))
    line = line_of(path, "[[claim]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'kind': kind='valeu' is not a claim kind;"
        " use one of value, multiple, share, part, parts, breakdown, conversion, rate, difference,"
        " superlative, enumeration, span, date, weekday, relative_date, period, duration; did"
        " you mean 'value'?"
    )
    assert where(error) == ("article.toml", line, "arrests", "kind")


def test_missing_kind(write_claims):
    """A claim without a kind lists the kinds."""
    path = write_claims(VALUE.replace('kind = "value"\n', ""))
    error = error_of(path.name)
    assert error.problem == (
        "'kind' is missing; a claim's kind is one of value, multiple, share, part, parts,"
        " breakdown, conversion, rate, difference, superlative, enumeration, span, date, weekday,"
        " relative_date, period, duration"
    )
    assert where(error) == ("article.toml", line_of(path, "[[claim]]"), "arrests", "kind")


def test_unknown_unit(write_claims):
    """An unknown unit is named, with the way out for counts of things."""
    path = write_claims(VALUE.replace('unit = "arrests"', 'unit = "zwidgets"'))
    line = line_of(path, "unit = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'unit': unit='zwidgets' is not a known unit"
        " ('zwidgets' is not defined in the unit registry); for a count of things factcheck"
        " does not name, use 'items'; for money, a currency code such as 'GBP' or 'million USD'"
    )
    assert where(error) == ("article.toml", line, "arrests", "unit")


def test_arithmetic_unit(write_claims):
    """A unit with arithmetic in it is refused by the grammar, pointing to the value field."""
    path = write_claims(VALUE.replace('unit = "arrests"', 'unit = "9^9^9 kg"'))
    line = line_of(path, "unit = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'unit': unit='9^9^9 kg' is not a unit"
        " expression: use unit names joined by spaces, '*', '/' or 'per', with small integer"
        " powers ('kg', 'million USD', 'km/h', 'm**2'); numbers go in the value field"
    )
    assert where(error) == ("article.toml", line, "arrests", "unit")


def test_unit_with_a_power_loads(write_claims):
    """A unit with a power (km**2) loads instead of crashing."""
    path = write_claims(VALUE.replace('unit = "arrests"', 'unit = "km**2"'))
    assert load_file(path).claims[0].unit_info.dimension == "[length]**2"  # type: ignore[attr-defined]


def test_duplicate_claim_ids(write_claims):
    """A claim id used twice in a file is reported at the second claim."""
    path = write_claims(VALUE + VALUE)
    line = line_of(path, "[[claim]]", nth=2)
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'id': id 'arrests' is used twice (claims #1"
        " and #2); ids must be unique in a file"
    )
    assert where(error) == ("article.toml", line, "arrests", "id")


@pytest.mark.parametrize(
    ("quote", "why"),
    [("281 arrests were reported", "the article has '281 arrests' then 'and', not 'were'"),
     ("netted 281 arrests and 851 kilograms",
      "the article has 'netted 281 arrests and' then '850', not '851'"),
     ("$53.4 million in cash and crypto",
      "the article has '$53.4 million in cash' then '.', not 'and'"),
     ("in cash. And more", "the article has 'in cash.' then ends, not 'And'"),
     ("999 arrests", "not even its first word, '999', is in the article"),
     ("81 arrests were made",
      "not even its first word, '81', is in the article as a whole word (only inside '281')"),
     ("   ", "the quote is blank")],
)  # fmt: skip
def test_quote_not_in_the_article(write_claims, quote, why):
    """A quote the article does not hold is reported with where it departs from the text."""
    article = (
        "Officials announced that the operation netted 281 arrests and\n"
        "850 kilograms of drugs and $53.4 million in cash.\n"
    )
    path = write_claims(
        VALUE.replace('quote = "281 arrests"', f'quote = "{quote}"'), article=article
    )
    line = line_of(path, "quote = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'quote': quote {quote!r} is not in"
        f" article.txt: {why}"
    )
    assert where(error) == ("article.toml", line, "arrests", "quote")


def test_missing_article_file(write_claims):
    """An article text that does not exist is reported on the [article] table's text line."""
    path = write_claims(VALUE, text="missing.txt", article=None)
    line = line_of(path, "text = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: field 'text': the article text 'missing.txt' does not exist"
    )
    assert where(error) == ("article.toml", line, None, "text")


def test_binary_article_text(write_claims, tmp_path):
    """An article text that is binary is reported on the text line."""
    path = write_claims(VALUE)
    (tmp_path / "article.txt").write_bytes(b"\x00\x01")
    assert str(error_of(path.name)) == (
        f"article.toml:{line_of(path, 'text = ')}: field 'text': the article text 'article.txt'"
        " is binary, not UTF-8 text"
    )


PART = """
[[claim]]
id = "fentanyl-within-drugs"
kind = "part"
quote = "850 kilograms of drugs"
measure = "ops.seized.fentanyl"
of = "ops.seized.drugs"
"""

DRUGS = """
[[claim]]
id = "drugs"
kind = "value"
quote = "850 kilograms of drugs"
measure = "ops.seized.drugs"
value = 850
unit = "kg"
"""


def test_relation_to_a_measure_nothing_defines(write_claims):
    """A relation whose `of` measure no loaded file defines is an error on its `of` line."""
    path = write_claims(PART)
    line = line_of(path, "of = ")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'fentanyl-within-drugs', field 'of': measure"
        " 'ops.seized.drugs' is not defined by any loaded file; load the file that defines it"
        " too, name it in a claim's measure, or declare it under [measures] with a description"
    )
    assert where(error) == ("article.toml", line, "fentanyl-within-drugs", "of")


def test_measure_defined_in_another_file_is_found_across_files(write_claims):
    """The `of` measure may be defined by another file loaded with it."""
    part = write_claims(PART, name="part.toml")
    drugs = write_claims(DRUGS, name="drugs.toml")
    assert load(part, drugs).claim_count == 2
    error = error_of(part.name)
    assert error.field == "of"


def test_measure_declared_under_measures_is_defined(write_claims):
    """A [measures] declaration defines a measure for relations."""
    path = write_claims('\n[measures]\n"ops.seized.drugs" = "All drugs seized"\n' + PART)
    assert load(path).claim_count == 1


def test_near_miss_measure_is_suggested(write_claims):
    """An undefined measure close to a defined one is suggested."""
    path = write_claims(DRUGS + PART.replace('of = "ops.seized.drugs"', 'of = "ops.seized.drug"'))
    assert "did you mean 'ops.seized.drugs'? " in error_of(path.name).problem


ACK = """
[[acknowledge]]
rule = "FC202"
claims = [{claims}]
note = "Seen; correction requested."
"""


def test_acknowledgement_of_an_unknown_claim(write_claims):
    """An acknowledgement naming a claim the file does not have suggests the closest id."""
    path = write_claims(VALUE + ACK.format(claims='"arrest"'))
    line = line_of(path, "[[acknowledge]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: field 'claims': acknowledges claim 'arrest', which this file does"
        " not have; did you mean 'arrests'?"
    )
    assert where(error) == ("article.toml", line, None, "claims")


def test_acknowledgement_of_an_unknown_claim_in_another_file(write_claims):
    """An acknowledgement naming another file's claim needs that file loaded and holding it."""
    path = write_claims(VALUE + ACK.format(claims='"arrests", "elsewhere:arrests"'))
    line = line_of(path, "[[acknowledge]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: field 'claims': acknowledges claim 'elsewhere:arrests', which no"
        " loaded file has"
    )
    other = write_claims(VALUE, name="elsewhere.toml")
    assert load(path, other).claim_count == 2


def test_acknowledgement_with_a_bad_rule_code(write_claims):
    """An acknowledgement's rule must be a rule code; the error names the rule field."""
    path = write_claims(VALUE + ACK.format(claims='"arrests"').replace("FC202", "FC2"))
    line = line_of(path, "rule = ")
    error = error_of(path.name)
    assert (
        str(error)
        == f"article.toml:{line}: field 'rule': rule='FC2' is not a rule code such as 'FC303'"
    )
    assert where(error) == ("article.toml", line, None, "rule")


def test_two_files_with_the_same_article_id(write_claims):
    """Two files may not share an article id: the second names the first."""
    header = '[article]\nid = "same"\ntitle = "t"\npublished = 2023-05-02\ntext = "article.txt"\n'
    write_claims(VALUE, name="a.toml", header=header)
    write_claims(VALUE, name="b.toml", header=header)
    error = error_of("a.toml", "b.toml")
    assert str(error) == (
        "b.toml:1: field 'id': id 'same' is also the id of a.toml; ids of articles and references"
        " must be unique"
    )
    assert where(error) == ("b.toml", 1, None, "id")


def test_reference_claim_needs_a_source(write_claims):
    """A claim in a reference file must say where its figure comes from."""
    header = '[reference]\nid = "ref"\ntitle = "Reference figures"\n'
    path = write_claims(VALUE, header=header, article=None)
    line = line_of(path, "[[claim]]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: claim 'arrests', field 'source': a claim in a reference file needs"
        " a source: who published the figure, when"
    )
    assert where(error) == ("article.toml", line, "arrests", "source")


def test_bad_measure_key_in_measures_table(write_claims):
    """A [measures] key that is not a measure key is refused on the table's line."""
    path = write_claims('\n[measures]\n"Bad Key" = "x"\n' + VALUE)
    line = line_of(path, "[measures]")
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml:{line}: field 'measures': 'Bad Key' is not a measure key: use lowercase"
        " words joined by dots, such as 'jcode.spector.arrests' (letters, digits, '_' and '-')"
    )


def test_file_over_the_size_limit(write_claims, monkeypatch):
    """A claim file over the size limit is refused before it is read."""
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", 100)
    path = write_claims(VALUE)
    size = path.stat().st_size
    error = error_of(path.name)
    assert str(error) == (
        f"article.toml: the claim file is {size:,} bytes; the limit is 100 bytes (split the file)"
    )
    assert where(error) == ("article.toml", None, None, None)


def test_article_text_over_the_size_limit(write_claims, monkeypatch):
    """An article text over the size limit is refused on the text line."""
    path = write_claims(VALUE, article="281 arrests " * 100)
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", path.stat().st_size)
    assert str(error_of(path.name)) == (
        f"article.toml:{line_of(path, 'text = ')}: field 'text': the article text 'article.txt'"
        f" is 1,200 bytes; the limit is {path.stat().st_size:,} bytes (split the file)"
    )


def test_file_over_the_claim_count_limit(write_claims, monkeypatch):
    """A claim file with more claims than the limit is refused, saying how many."""
    monkeypatch.setattr(loader_module, "MAX_CLAIMS", 2)
    path = write_claims(
        "".join(VALUE.replace('"arrests"\nkind', f'"c{i}"\nkind') for i in range(3))
    )
    error = error_of(path.name)
    assert (
        str(error) == "article.toml: the claim file has 3 claims; the limit is 2 (split the file)"
    )
    assert where(error) == ("article.toml", None, None, None)


def test_every_problem_of_a_file_is_listed(write_claims):
    """All validation problems of a file are reported together, one per line."""
    second = VALUE.replace('id = "arrests"', 'id = "second"').replace('"arrests"', '"frobs"')
    path = write_claims(VALUE.replace("value = 281", "value = -1") + second)
    error = error_of(path.name)
    assert [(p.claim, p.field) for p in error.problems] == [
        ("arrests", "value"),
        ("second", "unit"),
    ]
    assert len(str(error).splitlines()) == 2


def test_many_problems_are_summarised(write_claims):
    """Past ten problems, the message says how many more there are."""
    claims = "".join(
        VALUE.replace('id = "arrests"', f'id = "c{i}"').replace("value = 281", "value = -1")
        for i in range(12)
    )
    lines = str(error_of(write_claims(claims).name)).splitlines()
    assert len(lines) == 11
    assert lines[-1] == "... and 2 more problems in article.toml"


# --- nothing but ClaimFileError ------------------------------------------------------------------

#: A valid claim of every kind, as TOML lines; each field is then replaced by odd values.
TEMPLATES = {
    "value": {"measure": '"x.a"', "value": "281", "unit": '"arrests"', "hedge": '"nearly"',
              "tolerance": "0.1", "precision": "1"},
    "multiple": {"measure": '"x.a"', "of": '"x.b"', "factor": "2", "hedge": '"more than"'},
    "share": {"measure": '"x.a"', "of": '"x.b"', "fraction": '"2/3"'},
    "part": {"measure": '"x.a"', "of": '"x.b"'},
    "superlative": {"measure": '"x.a"', "among": '["x.*"]', "direction": '"most"'},
    "enumeration": {"measure": '"x.a"', "count": "8", "unit": '"countries"',
                    "items": '["France"]', "item_type": '"country"'},
    "span": {"measure": '"x.a"', "of": '"x.b"', "count": "3", "unit": '"continents"'},
    "date": {"measure": '"x.a"', "date": '"2023-05"'},
    "weekday": {"weekday": '"Tuesday"', "measure": '"x.a"', "within_days": "0"},
    "relative_date": {"phrase": '"last month"', "measure": '"x.a"'},
    "period": {"measure": '"x.a"', "start": '"2021-09"', "end": '"2022-08"', "length": "12",
               "unit": '"months"'},
    "duration": {"measure": '"x.a"', "value": "15", "unit": '"years"', "since": '"2008"',
                 "until": '"x.b"'},
}  # fmt: skip
ODD_VALUES = [
    "nan", "-inf", "true", "-1", "0", "1e400", "1979-05-27T07:32:00", "[]", "{a = 1}", '" "',
    '"m**2"', '"2023-02-30"', '"1/0"', '"double"', '"9^9^9"',
]  # fmt: skip


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_odd_values_in_any_field_give_claim_file_errors_only(write_claims, kind):
    """Whatever value any field of a claim is given, loading succeeds or raises ClaimFileError."""
    path = write_claims()
    header = path.read_text() + '\n[measures]\n"x.b" = "b"\n\n[[claim]]\n'
    fields = TEMPLATES[kind]
    escaped = []
    for name in [*fields, *(("id", "quote", "kind") if kind == "value" else ())]:
        for odd in ODD_VALUES:
            table = {"kind": f'"{kind}"', "id": '"c1"', "quote": '"281 arrests"', **fields}
            table[name] = odd
            path.write_text(header + "".join(f"{key} = {value}\n" for key, value in table.items()))
            try:
                load_file(path.name)
            except ClaimFileError as error:
                if error.path != "article.toml":
                    escaped.append(f"{name} = {odd}: names {error.path!r}")
            except Exception as error:
                escaped.append(f"{name} = {odd}: {type(error).__name__}: {error}")
    assert escaped == []


def test_claim_file_error_message_layout():
    """str(error) is 'path:line: claim ..., field ...: problem', leaving out what is unknown."""
    assert str(ClaimFileError("a.toml", "broken")) == "a.toml: broken"
    assert str(ClaimFileError("a.toml", "broken", line=3)) == "a.toml:3: broken"
    assert str(ClaimFileError("a.toml", "bad", line=3, claim="c", field="value")) == (
        "a.toml:3: claim 'c', field 'value': bad"
    )
    assert re.fullmatch(r"a\.toml: field 'x': bad", str(ClaimFileError("a.toml", "bad", field="x")))


def test_single_bracket_claim_table(write_claims):
    """[claim] instead of [[claim]] says to write double brackets."""
    path = write_claims(VALUE.replace("[[claim]]", "[claim]"))
    error = error_of(path.name)
    assert "[claim] must be written [[claim]], with double brackets" in str(error)


def test_quote_with_other_capitals(write_claims):
    """A quote that differs only in capitals says so, and shows the article's words."""
    path = write_claims(VALUE.replace('quote = "281 arrests"', 'quote = "281 ARRESTS"'))
    error = error_of(path.name)
    assert "the article has it with other capitals: '281 arrests'" in str(error)


def test_tolerance_set_twice_under_two_names(write_claims):
    """[tolerances] with both 'nearly' and 'almost' is refused, naming both."""
    path = write_claims(
        VALUE.replace("[[claim]]", "[tolerances]\nnearly = 0.05\nalmost = 0.2\n\n[[claim]]", 1)
    )
    error = error_of(path.name)
    assert "sets the hedge 'nearly' twice, as 'nearly' and as 'almost'" in str(error)


MOST = """
[[claim]]
id = "arrests"
kind = "value"
quote = "281 arrests"
measure = "ops.spector.arrests"
value = 281
unit = "arrests"

[[claim]]
id = "record"
kind = "superlative"
quote = "the operation netted 281 arrests"
measure = "ops.spector.arrests"
direction = "most"
among = ["ops.*.arrests", "ops.dark_huntr.arrests"]
"""


def test_a_group_member_named_outright_must_exist(write_claims):
    """A key in a superlative's `among` (not a pattern) that nothing defines is refused, with a
    close match; patterns may match nothing."""
    path = write_claims(MOST)
    error = error_of(path.name)
    line = line_of(path, "among = ")
    assert str(error) == (
        f"article.toml:{line}: claim 'record', field 'among': measure 'ops.dark_huntr.arrests' is"
        " not defined by any loaded file; load the file that defines it too, name it in a claim's"
        " measure, or declare it under [measures] with a description"
    )
    assert where(error) == ("article.toml", line, "record", "among")
    path.write_text(path.read_text().replace(', "ops.dark_huntr.arrests"', ""))
    factcheck.load(path)
