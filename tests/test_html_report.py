"""The HTML report: ``factcheck check --format html -o report.html`` writes one self-contained page
with every claim's quote marked in its article, coloured by status, and escaped throughout."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.html_report import MARKER, STATUSES, is_html_report, render_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims"
LODESTAR = ROOT / "docs" / "gallery" / "operation-lodestar-2025-06"


class Page(HTMLParser):
    """A parsed report: its tags, its text, the highlight pieces and the embedded data."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(source)
        self.close()
        data = next(attrs for tag, attrs in self.tags if attrs.get("id") == "factcheck-data")
        assert data is not None
        self.data = json.loads(self.scripts[0])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def segments(self) -> list[dict[str, str | None]]:
        """The highlight pieces in the texts and the reference lists (each lists its claims)."""
        return [
            a for t, a in self.tags if "seg" in (a.get("class") or "").split() and "data-u" in a
        ]

    def highlighted(self) -> set[str]:
        """Numbers of the claims some highlight covers."""
        return {n for a in self.segments() for n in (a["data-u"] or "").split()}


def _report(*paths: Path | str, **options) -> tuple[str, factcheck.Loaded, factcheck.Report]:
    loaded = factcheck.load(*paths)
    report = factcheck.check(loaded)
    return render_html(loaded, report, **options), loaded, report


@pytest.fixture(scope="module")
def seed() -> tuple[str, factcheck.Loaded, factcheck.Report]:
    return _report(SEED)


@pytest.fixture(scope="module")
def lodestar() -> tuple[str, factcheck.Loaded, factcheck.Report]:
    return _report(LODESTAR)


@pytest.mark.parametrize("name", ["seed", "lodestar"])
def test_every_claim_is_highlighted_in_its_text_or_listed(name, request):
    source, loaded, _ = request.getfixturevalue(name)
    page = Page(source)
    claims = page.data["claims"]
    marked = page.highlighted()
    for lf in loaded:
        for claim in lf.claims:
            numbers = [n for n, c in claims.items() if c["file"] == lf.path and c["id"] == claim.id]
            assert numbers, f"{lf.path}:{claim.id} has no card"
            assert set(numbers) & marked, f"{lf.path}:{claim.id} is not marked"
    cards = {a["data-card"] for t, a in page.tags if "data-card" in a}
    assert cards == set(claims)


def test_each_text_is_shown_whole(seed):
    source, loaded, _ = seed
    page = Page(source)
    shown = "".join(page.text)
    for lf in loaded:
        if lf.text is not None:
            assert lf.text in shown


def test_statuses_follow_the_findings(lodestar):
    source, _loaded, report = lodestar
    claims = Page(source).data["claims"]

    def status(ref) -> str:
        found = [
            c["status"]
            for c in claims.values()
            if (c["file"], c["id"], c["part"]) == (ref.file, ref.id, ref.part)
        ] or [c["status"] for c in claims.values() if (c["file"], c["id"]) == (ref.file, ref.id)]
        return found[0]

    assert report.contradictions
    for finding in report.contradictions:
        expected = "disputed" if finding.status == "disputed" else "suspect"
        for ref in finding.suspects:
            assert status(ref) in ("suspect", "disputed"), ref
            assert list(STATUSES).index(status(ref)) <= list(STATUSES).index(expected)
    held = {(r.file, r.id) for c in report.checks if c.status == "holds" for r in c.claims}
    flagged = {(r.file, r.id) for f in report.findings for r in (f.suspects or f.claims)}
    for c in claims.values():
        if (c["file"], c["id"]) in held - flagged and not c["part"]:
            assert c["status"] == "holds", c


def test_acknowledged_findings_are_marked_so(seed):
    source, _loaded, report = seed
    claims = Page(source).data["claims"]
    acknowledged = {
        (r.file, r.id) for f in report.findings if f.acknowledged for r in (f.suspects or f.claims)
    }
    assert acknowledged
    for c in claims.values():
        if (c["file"], c["id"]) in acknowledged:
            assert c["status"] == "acknowledged"


def test_findings_list_links_every_claim_to_the_text(lodestar):
    source, _loaded, report = lodestar
    page = Page(source)
    ids = {a.get("id") for _t, a in page.tags}
    findings = [a for t, a in page.tags if t == "li" and "finding" in (a.get("class") or "")]
    assert len(findings) == len(report.findings)
    links = [a for t, a in page.tags if t == "a" and "data-open" in a]
    assert links
    for link in links:
        assert (link["href"] or "")[1:] in ids, link


def test_several_sources_get_a_table_of_who_said_what(lodestar):
    source, _, _ = lodestar
    table = source[source.index('<section id="measures">') :]
    table = table[: table.index("</section>")]
    # Each figure at fault appears in the table, marked.
    claims = Page(source).data["claims"]
    suspects = [n for n, c in claims.items() if c["status"] == "suspect"]
    assert suspects
    marked = re.findall(r'class="open fig st-suspect"[^>]*data-open="(\d+)"', table)
    assert marked
    assert set(marked) <= set(suspects)
    assert "✗" in table


def test_escaped_throughout(write_claims, tmp_path):
    """Article text and every claim field are untrusted: a planted script is shown, never run."""
    article = (
        'Police said <script>alert("text")</script> 281 arrests were made. <!-- hidden -->\n'
        "Later, officials said </script><img src=x onerror=alert(2)> 300 arrests were made.\n"
    )
    header = (
        '[article]\nid = "planted"\ntitle = "<script>alert(\'title\')</script>"\n'
        'published = 2023-05-02\ntext = "article.txt"\n'
        'publisher = "\\"><script>alert(3)</script>"\n'
        'url = "javascript:alert(4)"\n'
        '[measures]\n"op.arrests" = "<!-- arrests </script><script>alert(5)</script>"\n'
    )
    path = write_claims(
        """
        [[claim]]
        id = "arrests-281"
        kind = "value"
        quote = '<script>alert("text")</script> 281 arrests'
        measure = "op.arrests"
        value = 281
        unit = "arrests"
        note = '</script><script>alert("note")</script><!--'

        [[claim]]
        id = "arrests-300"
        kind = "value"
        quote = "</script><img src=x onerror=alert(2)> 300 arrests"
        measure = "op.arrests"
        value = 300
        unit = "arrests"
        source = "<img src=x onerror=alert(6)>"
        """,
        article=article,
        header=header,
        name="evil<!--x.toml",
    )
    source, loaded, report = _report(path)
    assert report.findings, "the two figures contradict: findings quote the planted text"
    page = Page(source)
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 2  # the data block and the page's own script
    assert not [t for t, _a in page.tags if t == "img"]
    assert not [k for _t, a in page.tags for k in a if k.startswith("on")]
    assert not [
        a for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("javascript")
    ]
    text = "".join(page.text)
    assert '<script>alert("text")</script> 281 arrests' in text  # shown as text
    assert "<img src=x onerror=alert(2)>" in text
    # The embedded JSON cannot end its <script> nor open a comment; it still reads back.
    raw = source[source.index('id="factcheck-data">') :]
    raw = raw[raw.index(">") + 1 : raw.index("</script>")]
    assert "<" not in raw and ">" not in raw
    assert {c["file"] for c in page.data["claims"].values()} == {str(loaded.files[0].path)}
    assert "<!--" in page.data["claims"]["0"]["file"]
    assert len(re.findall(r"<script", source, re.IGNORECASE)) == 2


def test_self_contained(lodestar):
    source, _, _ = lodestar
    page = Page(source)
    assert not [t for t, _a in page.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for _t, a in page.tags if "src" in a]
    assert "url(" not in source and "@import" not in source
    assert MARKER in source[:1000]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    text: str


def test_figures_no_claim_covers_are_marked_uncovered(write_claims):
    path = write_claims(
        """
        [[claim]]
        id = "arrests"
        kind = "value"
        quote = "281 arrests"
        measure = "op.arrests"
        value = 281
        unit = "arrests"
        """
    )
    text = path.with_name("article.txt").read_text()

    def reader(words: str) -> list[_Mention]:
        found = []
        for figure in ("281 arrests", "850 kilograms", "$53.4 million"):
            at = words.index(figure)
            found.append(_Mention(at, at + len(figure), figure))
        return found

    source, _, _ = _report(path, mentions=reader)
    uncovered = re.findall(r'<span class="seg uncovered"[^>]*>([^<]*)</span>', source)
    assert uncovered == ["850 kilograms", "$53.4 million"]
    assert "281 arrests" in text
    plain, _, _ = _report(path, mentions=False)
    assert "seg uncovered" not in plain


# --- the command line ----------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_the_page(tmp_path):
    target = tmp_path / "report.html"
    code, out, err = _run("check", str(LODESTAR), "--format", "html", "-o", str(target))
    assert code == 1  # Lodestar has contradictions: the exit code is the report's
    assert out == ""
    assert f"wrote {target}" in err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert is_html_report(target)


def test_cli_html_to_stdout():
    code, out, _err = _run("check", str(SEED), "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


def test_cli_refuses_to_overwrite_a_users_file(tmp_path):
    target = tmp_path / "notes.html"
    target.write_text("<p>my notes</p>", encoding="utf-8")
    code, _out, err = _run("check", str(SEED), "--format", "html", "-o", str(target))
    assert code == 2
    assert str(target) in err and "--force" in err
    assert "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "<p>my notes</p>"
    code, _out, _err = _run("check", str(SEED), "--format", "html", "-o", str(target), "--force")
    assert code == 0
    assert is_html_report(target)


def test_cli_overwrites_its_own_report(tmp_path):
    target = tmp_path / "report.html"
    assert _run("check", str(SEED), "--format", "html", "-o", str(target))[0] == 0
    first = target.read_text(encoding="utf-8")
    assert _run("check", str(LODESTAR), "--format", "html", "-o", str(target))[0] == 1
    assert target.read_text(encoding="utf-8") != first
    assert not list(tmp_path.glob(".*tmp*"))


def test_cli_output_for_other_formats_and_bad_targets(tmp_path):
    target = tmp_path / "report.json"
    assert _run("check", str(SEED), "--format", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 2
    # A JSON file carries no marker: it is not overwritten without --force.
    code, _out, err = _run("check", str(SEED), "--format", "json", "-o", str(target))
    assert code == 2 and "--force" in err
    code, _out, err = _run("check", str(SEED), "--format", "html", "-o", str(tmp_path))
    assert code == 2 and "folder" in err
    code, _out, err = _run("check", str(SEED), "-o", str(tmp_path / "missing" / "r.html"))
    assert code == 2 and "cannot write" in err


def test_by_default_the_statements_fc902_reports_are_marked(write_claims):
    path = write_claims(
        """
        [[claim]]
        id = "arrests"
        kind = "value"
        quote = "281 arrests"
        measure = "op.arrests"
        value = 281
        unit = "arrests"
        """
    )
    source, _, report = _report(path)
    uncovered = re.findall(r'<span class="seg uncovered"[^>]*>([^<]*)</span>', source)
    fc902 = [f.message for f in report.findings if f.rule == "FC902"]
    assert fc902 and len(uncovered) == len(fc902)
    assert any("850 kilograms" in words for words in uncovered)
    assert not any("281 arrests" in words for words in uncovered)


NEPHEWS = """
[[claim]]
id = "held"
kind = "value"
quote = "three nephews"
measure = "case.nephews_held"
value = 3
unit = "people"
"""


@pytest.mark.parametrize("declared", [False, True])
def test_a_count_noun_nobody_declared_is_listed_as_not_compared(write_claims, declared):
    """A quote counting a noun factcheck does not know ("three nephews") is listed under "Not
    compared" with its claim (a link to its words), its file:line, the noun and the [nouns] entry
    to add; once the file's [nouns] table declares the noun, the section is gone."""
    nouns = '[nouns]\nnephews = "people"\n' if declared else ""
    path = write_claims(nouns + NEPHEWS, article="Police held three nephews of the mayor.\n")
    source, _, report = _report(path)
    section = re.search(r'<section id="notes">.*?</section>', source, re.S)
    if declared:
        assert report.notes == () and section is None and 'href="#notes"' not in source
        return
    assert section is not None and len(report.notes) == 1
    notes = Page(section[0] + '<script id="factcheck-data">{}</script>')
    words = " ".join("".join(notes.text).split())
    line = path.read_text(encoding="utf-8").splitlines().index('id = "held"')  # [[claim]] line
    assert "Not compared (1)" in words and "claim held" in words
    assert f"{path}:{line}" in words and "“three nephews”" in words
    assert "Noun: nephews" in words and '[nouns] nephews = "..."' in words
    assert "the quote counts 'nephews', which factcheck does not know" in words
    links = [a for t, a in notes.tags if t == "a" and a.get("data-open") is not None]
    assert len(links) == 1 and (links[0]["href"] or "").startswith("#t-")
    assert 'href="#notes">1 count noun not compared</a>' in source
    assert report.exit_code == 0 and "Contradictions to fix" not in source
