"""The HTML report: one self-contained page with each article's text, every claim's quote marked
in place and coloured by what the check found, and a panel that says why.

``render_html(loaded, report)`` returns the page: inline CSS and JavaScript, no network fetch, no
external font. Everything that comes from a claim file or an article is untrusted and escaped
(`html.escape` for the markup; the one JSON block embedded in a ``<script>`` has ``<``, ``>`` and
``&`` written as ``\\u003c``-style escapes, so neither ``</script>`` nor ``<!--`` can end it).

What the page shows:

- the verdict and the counts, and a legend of the statuses with how many claims have each;
- the findings, most serious first, each with its message, its claims (a link to each in the
  text), the size of the discrepancy and the explanation;
- the report's notes, what the check could not compare (a count noun factcheck does not know,
  "three nephews"): each with its claim (a link to it in the text), the claim's file:line, the
  noun and the ``[nouns]`` entry that would let the check compare it;
- for several sources, a table of who said what: each source's figure for each measure that
  more than one source states, the figures at fault marked;
- each article's text with every claim's quote highlighted and coloured by its status
  (`STATUSES`); the statements no claim quotes (FC902, `factcheck.engine.coverage`) are
  marked as uncovered;
- the claims of sources without a text (reference tables), listed.

Clicking a highlight (or Enter or Space on it: each claim's first word is a tab stop) opens the
panel: the claim's kind, figure, unit, hedge, quote and file:line, its findings with their
explanations, the checks that held, and the other figures for the same measure. Escape closes
it; ``n`` and ``p`` go to the next and previous flagged claim.
"""

from __future__ import annotations

import functools
import html
import importlib
import importlib.resources
import itertools
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.report import Check, ClaimRef, Finding, Note, Report

if TYPE_CHECKING:
    from factcheck.claims import ClaimBase
    from factcheck.engine.context import Context, Entry
    from factcheck.loader import Loaded, LoadedFile

__all__ = [
    "MARKER",
    "STATUSES",
    "is_html_report",
    "render_html",
]

#: Written in the page's head: how ``factcheck check -o`` knows a file is a report it wrote (and
#: may overwrite) rather than a file of the user's.
MARKER = '<meta name="generator" content="factcheck html report">'

#: A claim's status, most serious first, with the words the page uses for it and what it means.
STATUSES: dict[str, tuple[str, str]] = {
    "suspect": ("suspect", "at fault in a contradiction: the cheapest correction changes it"),
    "disputed": ("disputed", "in a contradiction whose sides weigh the same: one side is wrong"),
    "warning": ("warning", "suspicious or incomplete, e.g. a partial list"),
    "minor": ("minor", "at fault, but the gap is below the run's --min-gap"),
    "acknowledged": ("acknowledged", "flagged, and the claim file acknowledges it with a note"),
    "holds": ("holds", "a rule checked it against other figures and it holds"),
    "unchecked": ("not checked", "no rule could compare it with another figure"),
}
_RANK = {name: n for n, name in enumerate(STATUSES)}
_FLAGGED = frozenset({"suspect", "disputed", "warning", "minor"})


class _Span(Protocol):
    """A mention of a figure in a text: where it starts and ends, and its words."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


#: Finds the quantity mentions of a text (`factcheck.draft.mentions`).
MentionReader = Callable[[str], Sequence[_Span]]


def is_html_report(path: str | os.PathLike[str]) -> bool:
    """Whether the file at ``path`` is a page this module wrote (its head carries `MARKER`)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return MARKER.encode() in head


def _coverage_uncovered(loaded: Loaded) -> dict[str, list[tuple[int, int, str]]] | None:
    """Each article text's statements no claim quotes, as FC902 reports them
    (`factcheck.engine.coverage`), by the text's path; None where this version has no coverage."""
    try:
        coverage = importlib.import_module("factcheck.engine.coverage")
    except ImportError:
        return None
    found: dict[str, list[tuple[int, int, str]]] = {}
    for article in coverage.article_coverage(loaded):
        where = article.files[0].text_path or article.files[0].path
        found[where] = [(st.start, st.end, st.text) for st in article.uncovered]
    return found


# --- the model of the page -----------------------------------------------------------------------


@dataclass(eq=False)
class _Unit:
    """Something the page marks: a claim, or the part of a claim that has its own quote."""

    n: int
    file: LoadedFile
    claim: ClaimBase
    part: str
    entry: Entry | None
    spans: list[tuple[int, int]]
    findings: list[tuple[int, Finding, str]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    status: str = "unchecked"
    first_segment: str | None = None

    @property
    def label(self) -> str:
        return f"{self.claim.id} [{self.part}]" if self.part else self.claim.id

    @property
    def quote(self) -> str:
        return self.claim.quote_text

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.spans)


@dataclass
class _Text:
    """An article (or reference) text and the claim files that quote it."""

    path: str
    text: str
    files: list[LoadedFile]
    units: list[_Unit] = field(default_factory=list)
    uncovered: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class _Page:
    loaded: Loaded
    report: Report
    ctx: Context
    units: list[_Unit]
    by_key: dict[tuple[str, str, str], _Unit]
    texts: list[_Text]
    findings: list[Finding]
    mentions_available: bool

    def unit_of(self, ref: ClaimRef) -> _Unit | None:
        return self.by_key.get((ref.file, ref.id, ref.part)) or self.by_key.get(
            (ref.file, ref.id, "")
        )


def _order(findings: Iterable[Finding]) -> list[Finding]:
    """Unacknowledged first, contradictions before warnings, minor after, the largest gap first."""

    def size(f: Finding) -> Fraction:
        if f.gap is None:
            return Fraction(0)
        return f.gap.relative if f.gap.relative is not None else Fraction(f.gap.days or 0)

    return sorted(
        findings,
        key=lambda f: (f.acknowledged, f.minor, f.severity != "contradiction", -size(f), f.rule),
    )


def _finding_status(finding: Finding) -> str:
    if finding.acknowledged:
        return "acknowledged"
    if finding.severity == "warning":
        return "warning"
    if finding.minor:
        return "minor"
    if finding.status == "disputed" or (not finding.suspects and len(finding.claims) > 1):
        return "disputed"
    return "suspect"


def _build(loaded: Loaded, report: Report, reader: MentionReader | bool) -> _Page:
    from factcheck.engine.context import Context

    ctx = Context.build(loaded)
    entries = {(e.ref.file, e.ref.id, e.ref.part): e for e in ctx}
    units: list[_Unit] = []
    by_key: dict[tuple[str, str, str], _Unit] = {}
    texts: dict[str, _Text] = {}

    def add(lf: LoadedFile, claim: ClaimBase, part: str, spans: list[tuple[int, int]]) -> None:
        entry = entries.get((lf.path, claim.id, part))
        shown = entry.claim if entry is not None else claim
        unit = _Unit(len(units), lf, shown, part, entry, spans)
        units.append(unit)
        by_key[(lf.path, claim.id, part)] = unit
        if spans and lf.text is not None:
            where = lf.text_path or lf.path
            texts.setdefault(where, _Text(where, lf.text, [])).units.append(unit)

    for lf in loaded:
        if lf.text is not None:
            where = lf.text_path or lf.path
            texts.setdefault(where, _Text(where, lf.text, [])).files.append(lf)
        for claim in lf.model.claim:
            own = [(a.start, a.end) for a in lf.anchors.get(claim.id, ())]
            add(lf, claim, "", own)
            for key, anchors in lf.anchors.items():
                if key.startswith(f"{claim.id}#"):
                    add(lf, claim, key.partition("#")[2], [(a.start, a.end) for a in anchors])

    page = _Page(loaded, report, ctx, units, by_key, list(texts.values()), [], reader is not False)
    page.findings = _order(report.findings)
    for number, finding in enumerate(page.findings):
        status = _finding_status(finding)
        named = set(finding.suspects) or set(finding.claims)
        side_of = {ref: n for n, side in enumerate(finding.sides, 1) for ref in side}
        seen: set[int] = set()
        for ref in finding.claims:
            unit = page.unit_of(ref)
            if unit is None or unit.n in seen:
                continue
            seen.add(unit.n)
            if ref in side_of:
                role = f"side {side_of[ref]}"
            elif ref in named and finding.suspects:
                role = "at fault" if status != "disputed" else "disputed"
            elif ref in named:
                role = "flagged"
            else:
                role = "against it"
            unit.findings.append((number, finding, role))
            if ref in named and _RANK[status] < _RANK[unit.status]:
                unit.status = status
    for check in report.checks:
        seen = set()
        for ref in check.claims:
            unit = page.unit_of(ref)
            if unit is None or unit.n in seen:
                continue
            seen.add(unit.n)
            unit.checks.append(check)
            if check.status == "holds" and _RANK["holds"] < _RANK[unit.status]:
                unit.status = "holds"
    if reader is True:
        uncovered = _coverage_uncovered(loaded)
        page.mentions_available = uncovered is not None
        for text in page.texts:
            text.uncovered = sorted((uncovered or {}).get(text.path, []))
    elif reader is not False:
        for text in page.texts:
            spans = [s for u in text.units for s in u.spans]
            for m in reader(text.text):
                if not any(s < m.end and m.start < e for s, e in spans):
                    text.uncovered.append((m.start, m.end, m.text))
    return page


# --- rendering -----------------------------------------------------------------------------------


def _e(value: object) -> str:
    """Escaped for HTML text and attribute values."""
    return html.escape(str(value), quote=True)


def _script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``</script>``, ``<!--`` or ``]]>`` can be formed."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _badge(status: str) -> str:
    words = STATUSES[status][0] if status in STATUSES else status
    return f'<span class="badge st-{_e(status)}">{_e(words)}</span>'


def _safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def _doc_title(lf: LoadedFile) -> str:
    header = lf.model.article or lf.model.reference
    return header.title if header is not None else lf.doc_id


def _doc_line(lf: LoadedFile) -> str:
    """Publisher, date and link of an article or a reference."""
    bits: list[str] = []
    article, reference = lf.model.article, lf.model.reference
    if article is not None:
        if article.publisher:
            bits.append(_e(article.publisher))
        bits.append(f"published {_e(article.published.isoformat())}")
        url = _safe_url(article.url)
    else:
        assert reference is not None
        bits.append("reference")
        if reference.compiled is not None:
            bits.append(f"compiled {_e(reference.compiled.isoformat())}")
        url = _safe_url(reference.url)
    bits.append(f"claims: <code>{_e(lf.path)}</code>")
    if url:
        bits.append(f'<a href="{_e(url)}" rel="noreferrer noopener">source</a>')
    return " · ".join(bits)


def _explanation(text: str) -> str:
    """The explanation's lines as paragraphs, its ``- `` lines as a list."""
    out: list[str] = []
    items: list[str] = []
    for line in text.splitlines():
        if line.startswith("- "):
            items.append(f"<li>{_e(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            out.append(f"<p>{_e(line)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


def _where(unit: _Unit) -> str:
    line = unit.file.claim_line(unit.claim.id)
    place = f"{unit.file.path}:{line}" if line else unit.file.path
    anchors = unit.file.anchors.get(
        f"{unit.claim.id}#{unit.part}" if unit.part else unit.claim.id, ()
    )
    if anchors and unit.file.text_path:
        place += f" · article {unit.file.text_path}, line {anchors[0].line}"
    return place


def _open_link(unit: _Unit, text: str, cls: str = "open") -> str:
    return (
        f'<a class="{cls} st-{unit.status}" href="#{_e(unit.first_segment or f"u{unit.n}")}" '
        f'data-open="{unit.n}">{text}</a>'
    )


def _figure_entries(page: _Page, measure: str) -> list[tuple[Entry, str]]:
    """The claims that give ``measure`` a figure (or a date), each with that figure."""
    from factcheck.engine.explain import figure_text

    found: list[tuple[Entry, str]] = []
    for entry in page.ctx.by_measure.get(measure, []):
        claim = entry.claim
        if measure not in claim.measures()[:1]:
            continue
        figure = figure_text(entry)
        if figure is None:
            date_range = getattr(claim, "range", None)
            if callable(date_range) and claim.__dict__.get("kind") == "date":
                figure = str(date_range().describe())
        if figure is not None:
            found.append((entry, figure))
    return found


def _card(page: _Page, unit: _Unit) -> str:
    from factcheck.engine.explain import assertion, figure_text

    claim = unit.claim
    kind = str(claim.__dict__.get("kind") or (unit.entry and unit.entry.ref.kind) or "")
    rows: list[tuple[str, str]] = [("kind", _e(kind))]
    figure = figure_text(unit.entry) if unit.entry is not None else None
    said = figure or getattr(claim, "said", None)
    if said:
        rows.append(("figure", _e(said)))
    unit_name = claim.__dict__.get("unit")
    if unit_name:
        rows.append(("unit", _e(unit_name)))
    hedge = claim.__dict__.get("hedge")
    if hedge is not None:
        meaning = getattr(hedge, "meaning", "")
        rows.append(
            ("hedge", f'<span title="{_e(meaning)}">{_e(getattr(hedge, "value", hedge))}</span>')
        )
    for key in claim.measures():
        described = page.ctx.declared.get(key)
        shown = f"<code>{_e(key)}</code>" + (f" — {_e(described)}" if described else "")
        rows.append(("measure", shown))
    if unit.entry is not None:
        try:
            reads = assertion(unit.entry, page.ctx)
        except Exception:  # pragma: no cover - the words are a courtesy, never a failure
            reads = ""
        if reads and reads != claim.quote_text:
            rows.append(("reads as", _e(reads)))
    rows.append(("where", f"<code>{_e(_where(unit))}</code>"))
    source = claim.source or (unit.file.model.reference and unit.file.model.reference.title)
    if source:
        rows.append(("source", _e(source)))
    if claim.note:
        rows.append(("note", _e(claim.note)))
    table = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    doc = _e(_doc_title(unit.file))
    out = [
        f'<article class="card st-{unit.status}" data-card="{unit.n}" id="u{unit.n}">',
        f'<h3>{_badge(unit.status)} <span class="cid">{_e(unit.label)}</span></h3>',
        f'<p class="doc">{doc}</p>',
        f"<blockquote>{_e(unit.quote)}</blockquote>",
    ]
    out.append(_why(unit))
    out.append(f'<table class="fields">{table}</table>')
    if unit.findings:
        out.append("<h4>Findings</h4>")
        for number, finding, role in unit.findings:
            out.append(_card_finding(number, finding, role))
    if unit.checks:
        out.append('<h4>Checks</h4><ul class="checks">')
        for check in unit.checks:
            st = "holds" if check.status == "holds" else "unchecked"
            out.append(f"<li>{_badge(st)} <b>{_e(check.rule)}</b> {_e(check.message)}</li>")
        out.append("</ul>")
    elif not unit.findings:
        out.append(
            '<p class="hint">No rule compared this claim with anything: no other loaded claim '
            "states its measure, and its own figures are consistent.</p>"
        )
    out.append(_same_measure(page, unit))
    out.append("</article>")
    return "".join(out)


def _why(unit: _Unit) -> str:
    """One sentence on top of a flagged claim's card: what is wrong, in the finding's words."""
    for _number, finding, role in unit.findings:
        if role in ("at fault", "flagged", "disputed") or role.startswith("side"):
            gap = f" The figures are {_e(finding.gap.describe())} apart." if finding.gap else ""
            message = finding.message.rstrip(".")
            note = (
                f"<br><b>Acknowledged:</b> {_e(finding.note)}"
                if finding.acknowledged and finding.note
                else ""
            )
            return (
                f'<p class="why st-{_finding_status(finding)}"><b>Why it is flagged '
                f"({_e(finding.rule)}):</b> {_e(message)}.{gap}{note}</p>"
            )
    return ""


def _card_finding(number: int, finding: Finding, role: str) -> str:
    status = _finding_status(finding)
    gap = f' <span class="gap">gap {_e(finding.gap.describe())}</span>' if finding.gap else ""
    own = role in ("at fault", "flagged", "disputed") or role.startswith("side")
    # The card's "why" shows the note of the claim's own finding; the others show it here.
    note = (
        f'<p class="note"><b>Acknowledged:</b> {_e(finding.note)}</p>'
        if finding.note and not own
        else ""
    )
    opened = " open" if own else ""
    return (
        f'<div class="cf st-{status}">'
        f"<p>{_badge(status)} <b>{_e(finding.rule)}</b> {_e(finding.name)}{gap} "
        f'<span class="role">this claim: {_e(role)}</span></p>'
        f'<p class="msg">{_e(finding.message)}</p>'
        f'<details data-expl="f{number}"{opened}><summary>Explanation</summary></details>'
        f'{note}<p><a class="tofinding" href="#f{number}">in the list of findings</a></p></div>'
    )


def _same_measure(page: _Page, unit: _Unit) -> str:
    """The other claims' figures for each measure this claim is about."""
    blocks: list[str] = []
    for key in unit.claim.measures():
        rows: list[str] = []
        for entry, figure in _figure_entries(page, key):
            other = page.unit_of(entry.ref)
            if other is None or other is unit:
                continue
            rows.append(
                f"<li>{_open_link(other, _e(figure))} — {_e(_doc_title(entry.file))} "
                f"{_badge(other.status)}<br><q>{_e(entry.ref.quote)}</q></li>"
            )
        if rows:
            blocks.append(
                f'<h4>Other figures for <code>{_e(key)}</code></h4><ul class="others">'
                + "".join(rows)
                + "</ul>"
            )
    return "".join(blocks)


def _segments(text: _Text) -> str:
    """The text with every claim's quote marked: the text is cut where any quote (or uncovered
    mention) starts or ends, and each piece lists the claims that cover it, the most serious and
    then the shortest first. A piece where a claim starts is a tab stop."""
    cuts = {0, len(text.text)}
    for unit in text.units:
        for s, e in unit.spans:
            cuts.update((s, e))
    for s, e, _words in text.uncovered:
        cuts.update((s, e))
    points = sorted(cuts)
    starts: dict[int, list[_Unit]] = defaultdict(list)
    for unit in text.units:
        for s, _e2 in unit.spans:
            starts[s].append(unit)
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        words = _e(text.text[a:b])
        covering = [u for u in text.units if any(s <= a and b <= e for s, e in u.spans)]
        if not covering:
            if any(s <= a and b <= e for s, e, _w in text.uncovered):
                out.append(
                    f'<span class="seg uncovered" tabindex="0" role="button" data-uncovered="1" '
                    f'title="no claim covers this figure">{words}</span>'
                )
            else:
                out.append(words)
            continue
        covering.sort(key=lambda u: (_RANK[u.status], u.length, u.n))
        top = covering[0].status
        ids = " ".join(str(u.n) for u in covering)
        begins = starts.get(a, [])
        attrs = f'class="seg st-{top}" data-u="{ids}"'
        if begins:
            seg_id = f"{_text_id(text)}-{a}"
            for unit in begins:
                if unit.first_segment is None:
                    unit.first_segment = seg_id
            label = "; ".join(f"{STATUSES[u.status][0]}: {u.label}" for u in covering)
            attrs += (
                f' id="{_e(seg_id)}" tabindex="0" role="button" '
                f'aria-label="{_e(text.text[a:b])} ({_e(label)})"'
            )
        if any(u.status in _FLAGGED or u.status == "acknowledged" for u in begins):
            attrs += ' data-flag="1"'
        out.append(f"<span {attrs}>{words}</span>")
    return "".join(out)


def _summary(page: _Page) -> str:
    s = page.report.summary()
    counts: dict[str, int] = defaultdict(int)
    for unit in page.units:
        if not unit.part:
            counts[unit.status] += 1
    failed = page.report.exit_code != 0
    verdict = (
        '<span class="verdict bad">Contradictions to fix</span>'
        if failed
        else '<span class="verdict ok">No unacknowledged contradiction</span>'
    )
    if s["acknowledged"]:
        noun = "finding" if s["acknowledged"] == 1 else "findings"
        verdict += (
            f' <a href="#findings">{s["acknowledged"]} {noun} acknowledged</a>: flagged, and '
            "seen by the fact-checker (their notes are below)"
        )
    if page.report.notes:
        n = len(page.report.notes)
        verdict += (
            f' <a href="#notes">{n} count noun{"s" * (n != 1)} not compared</a>: factcheck does '
            "not know {} (a note, not a finding)".format("them" if n != 1 else "it")
        )
    facts = (
        f"{s['files']} claim file{'s' * (s['files'] != 1)}, {s['claims']} claims; "
        f"{s['contradictions']} contradiction{'s' * (s['contradictions'] != 1)}, "
        f"{s['warnings']} warning{'s' * (s['warnings'] != 1)}, {s['acknowledged']} acknowledged"
        + (f", {s['minor']} minor" if s["minor"] else "")
        + f"; {s['holds']} checks held, {s['unchecked']} not checked"
    )
    legend = []
    for status, (words, meaning) in STATUSES.items():
        if status == "minor" and not counts[status]:
            continue
        legend.append(
            f'<li><span class="swatch st-{status}">{_e(words)}</span> {counts[status]} '
            f'<span class="meaning">— {_e(meaning)}</span></li>'
        )
    if page.mentions_available:
        n = sum(len(t.uncovered) for t in page.texts)
        legend.append(
            f'<li><span class="swatch uncovered">uncovered</span> {n} <span class="meaning">— '
            "a figure in the text that no claim covers</span></li>"
        )
    sources = []
    for text in page.texts:
        titles = ", ".join(_e(_doc_title(f)) for f in text.files)
        flagged = sum(1 for u in text.units if u.status in _FLAGGED)
        seen = sum(1 for u in text.units if u.status == "acknowledged")
        notes = [f"{flagged} flagged"] * bool(flagged) + [f"{seen} acknowledged"] * bool(seen)
        note = f" — {', '.join(notes)}" if notes else ""
        sources.append(f'<li><a href="#{_e(_text_id(text))}">{titles}</a>{note}</li>')
    for lf in page.loaded:
        if lf.text is None:
            sources.append(
                f'<li><a href="#t-{_e(lf.doc_id)}">{_e(_doc_title(lf))}</a> — a reference '
                f"without text, {len(lf.claims)} claims</li>"
            )
    nav = f'<nav aria-label="Sources"><h2>Sources</h2><ol>{"".join(sources)}</ol></nav>'
    return (
        f'<header class="top"><h1>factcheck report</h1><p>{verdict}</p>'
        f'<p class="facts">{_e(facts)}</p>'
        f'<ul class="legend" aria-label="Statuses">{"".join(legend)}</ul>'
        f'<p class="help">Click a highlighted figure, or Tab to it and press Enter, to see its '
        f"claim and why. <kbd>n</kbd> / <kbd>p</kbd>: next / previous flagged figure; "
        f"<kbd>Esc</kbd> closes the panel.</p>{nav}</header>"
    )


def _text_id(text: _Text) -> str:
    return "t-" + (text.files[0].doc_id if text.files else "text")


def _findings(page: _Page) -> str:
    if not page.findings:
        return (
            '<section id="findings"><h2>Findings</h2><p>No finding: every check held or '
            "could not be made.</p></section>"
        )
    items: list[str] = []
    for number, finding in enumerate(page.findings):
        status = _finding_status(finding)
        gap = f' <span class="gap">gap {_e(finding.gap.describe())}</span>' if finding.gap else ""
        claims: list[str] = []
        shown: set[int] = set()
        suspects = set(finding.suspects)
        for ref in finding.claims:
            unit = page.unit_of(ref)
            if unit is None or unit.n in shown:
                continue
            shown.add(unit.n)
            role = _role_in(finding, ref, suspects)
            claims.append(
                f'<li><span class="role">{_e(role)}</span> '
                f"{_open_link(unit, '“' + _e(ref.quote) + '”', 'open jump')} "
                f'<span class="src">{_e(_doc_title(unit.file))}</span></li>'
            )
        note = (
            f'<p class="note"><b>Acknowledged:</b> {_e(finding.note)}</p>' if finding.note else ""
        )
        items.append(
            f'<li class="finding st-{status}" id="f{number}">'
            f'<p class="fhead">{_badge(status)} <b>{_e(finding.rule)}</b> {_e(finding.name)}'
            f"{gap}</p>"
            f'<p class="msg">{_e(finding.message)}</p>'
            f"{_claim_list(claims)}"
            f'<div class="expl">{_explanation(finding.explanation)}</div>{note}</li>'
        )
    return (
        f'<section id="findings"><h2>Findings ({len(page.findings)})</h2>'
        f'<ol class="findings">{"".join(items)}</ol></section>'
    )


#: The noun a note of FC102 names (`factcheck.engine.rules.fc102_quote_mismatch.uncompared_nouns`).
_NOTE_NOUN = re.compile(r"the quote counts '([^']+)', which factcheck does not know")


def _notes(page: _Page) -> str:
    """What the check could not compare: each note with its claim, the claim's file:line, the
    noun and the ``[nouns]`` entry to add; nothing at all when the report has no note."""
    if not page.report.notes:
        return ""
    items = [_note(page, note) for note in page.report.notes]
    return (
        f'<section id="notes"><h2>Not compared ({len(items)})</h2>'
        "<p>Count nouns factcheck does not know: the quote check (FC102) did not compare them "
        "with the claims' units. Neither findings nor checks, they change no count above. To "
        "compare one, add it to the claim file's <code>[nouns]</code> table with what it "
        "counts: people, places, organisations, objects, animals or items.</p>"
        f'<ul class="findings notes">{"".join(items)}</ul></section>'
    )


def _note(page: _Page, note: Note) -> str:
    claims: list[str] = []
    for ref in note.claims:
        unit = page.unit_of(ref)
        quote = "“" + _e(ref.quote) + "”"
        where = f"{ref.file}:{ref.line}" if ref.line else ref.file
        shown = _open_link(unit, quote, "open jump") if unit is not None else f"<q>{quote}</q>"
        claims.append(
            f'<li><span class="role">claim {_e(ref.id)}</span> {shown} '
            f'<span class="src"><code>{_e(where)}</code></span></li>'
        )
    noun = _NOTE_NOUN.search(note.message)
    todo = ""
    if noun is not None:
        entry = f'[nouns]\n{noun[1]} = "..."'
        todo = (
            f'<p class="note"><b>Noun:</b> <code>{_e(noun[1])}</code>. To compare it, add to '
            "the claim file, with what it counts in place of the dots:</p>"
            f'<pre class="entry"><code>{_e(entry)}</code></pre>'
        )
    return (
        f'<li class="finding st-unchecked note-item">'
        f'<p class="fhead"><span class="badge st-unchecked">not compared</span> '
        f"<b>{_e(note.rule)}</b> a count noun factcheck does not know</p>"
        f'<p class="msg">{_e(note.message)}</p>{_claim_list(claims)}{todo}</li>'
    )


def _claim_list(items: list[str], shown: int = 5) -> str:
    """A finding's claims; beyond ``shown`` of them, the rest one click away."""
    if len(items) <= shown + 1:
        return f'<ul class="fclaims">{"".join(items)}</ul>'
    rest = "".join(items[shown:])
    return (
        f'<ul class="fclaims">{"".join(items[:shown])}</ul><details class="rest"><summary>'
        f'{len(items) - shown} more claims</summary><ul class="fclaims">{rest}</ul></details>'
    )


def _role_in(finding: Finding, ref: ClaimRef, suspects: set[ClaimRef]) -> str:
    for n, side in enumerate(finding.sides, 1):
        if ref in side:
            return f"side {n}"
    if ref in suspects:
        return "disputed" if finding.status == "disputed" else "at fault"
    if suspects:
        return "against it"
    return "claim"


def _measure_table(page: _Page) -> str:
    """Who said what: each source's figures for every measure that two or more sources state."""
    docs = sorted(
        {lf.doc_id: lf for lf in page.loaded}.values(),
        key=lambda lf: (lf.model.reference is not None, lf.path),
    )
    if len(docs) < 2:
        return ""
    rows: list[tuple[str, dict[str, list[tuple[_Unit, str]]]]] = []
    for key in sorted(page.ctx.by_measure):
        cells: dict[str, list[tuple[_Unit, str]]] = defaultdict(list)
        for entry, figure in _figure_entries(page, key):
            unit = page.unit_of(entry.ref)
            if unit is not None:
                cells[entry.file.doc_id].append((unit, figure))
        if len(cells) >= 2:
            rows.append((key, cells))
    if not rows:
        return ""
    # The measures with a figure at fault (or disputed) first: that is where the sources differ.
    rows.sort(
        key=lambda row: (
            min(_RANK[u.status] for figures in row[1].values() for u, _f in figures),
            row[0],
        )
    )
    used = [lf for lf in docs if any(lf.doc_id in cells for _k, cells in rows)]
    head = "".join(
        f'<th scope="col" title="{_e(_doc_title(lf))}">{_e(_short_name(lf))}</th>' for lf in used
    )
    body: list[str] = []
    for key, cells in rows:
        described = page.ctx.declared.get(key)
        label = (f"{_e(described)}<br>" if described else "") + f"<code>{_e(key)}</code>"
        tds = []
        for lf in used:
            shown: dict[tuple[str, str], list[_Unit]] = {}
            for unit, figure in cells.get(lf.doc_id, []):
                shown.setdefault((figure, unit.status), []).append(unit)
            figures = []
            for (figure, status), units in shown.items():
                mark = {"suspect": " ✗", "minor": " ✗", "disputed": " ⚖"}.get(status, "")
                times = f" ×{len(units)}" if len(units) > 1 else ""
                figures.append(_open_link(units[0], _e(figure) + mark + times, "open fig"))
            tds.append(f'<td data-src="{_e(_short_name(lf))}">{"<br>".join(figures)}</td>')
        flagged = any(u.status in _FLAGGED for figs in cells.values() for u, _f in figs)
        cls = ' class="differ"' if flagged else ""
        body.append(f'<tr{cls}><th scope="row">{label}</th>{"".join(tds)}</tr>')
    return (
        '<section id="measures"><h2>Who said what</h2>'
        "<p>Each source's figure for every measure that two or more sources state. "
        "✗ marks a figure at fault, ⚖ a disputed one; click a figure to see its claim.</p>"
        f'<div class="scroll"><table class="measures"><thead><tr><th scope="col">measure</th>'
        f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def _short_name(lf: LoadedFile) -> str:
    article = lf.model.article
    if article is not None and article.publisher:
        return article.publisher
    return lf.doc_id


def _articles(page: _Page) -> str:
    out: list[str] = []
    for text in page.texts:
        head = "".join(
            f'<h2>{_e(_doc_title(lf))}</h2><p class="meta">{_doc_line(lf)}</p>' for lf in text.files
        )
        note = ""
        if text.uncovered:
            note = (
                f'<p class="meta">{len(text.uncovered)} figure'
                f"{'s' * (len(text.uncovered) != 1)} in this text no claim covers "
                "(marked uncovered).</p>"
            )
        out.append(
            f'<section class="article" id="{_e(_text_id(text))}">{head}{note}'
            f'<div class="text">{_segments(text)}</div></section>'
        )
    return "".join(out)


def _references(page: _Page) -> str:
    """Claims of files without a text (reference tables), as a list."""
    blocks: list[str] = []
    for lf in page.loaded:
        if lf.text is not None:
            continue
        items = []
        for unit in page.units:
            if unit.file is lf and not unit.spans:
                unit.first_segment = f"r{unit.n}"
                items.append(
                    f'<li id="r{unit.n}" class="ref seg st-{unit.status}" data-u="{unit.n}" '
                    f'tabindex="0" role="button"'
                    + (' data-flag="1"' if unit.status in _FLAGGED else "")
                    + f">{_badge(unit.status)} <q>{_e(unit.quote)}</q> "
                    f'<span class="cid">{_e(unit.label)}</span></li>'
                )
        blocks.append(
            f'<section class="reference" id="t-{_e(lf.doc_id)}"><h2>{_e(_doc_title(lf))}</h2>'
            f'<p class="meta">{_doc_line(lf)} · no text: the claims quote the source</p>'
            f'<ul class="refs">{"".join(items)}</ul></section>'
        )
    return "".join(blocks)


def render_html(
    loaded: Loaded,
    report: Report,
    *,
    title: str | None = None,
    mentions: MentionReader | bool | None = True,
) -> str:
    """The report as one self-contained HTML page.

    ``mentions``: True (default) marks the statements no claim quotes, as FC902 finds them
    (`factcheck.engine.coverage`); False never does; a callable is used as the mention reader
    instead (it returns objects with ``start``, ``end`` and ``text``; a mention is uncovered when
    no quote overlaps it).
    """
    page = _build(loaded, report, False if mentions is None else mentions)
    articles = _articles(page)  # sets each claim's first segment, which links point to
    references = _references(page)
    body = [
        _summary(page),
        '<div class="layout"><main>',
        _findings(page),
        _notes(page),
        _measure_table(page),
        articles,
        references,
        '</main><aside id="panel" aria-live="polite" aria-label="Claim details" tabindex="-1">'
        '<div class="panel-head"><h2 id="panel-title">Details</h2>'
        '<button type="button" class="close" aria-label="Close the panel">×</button></div>'
        '<div class="panel-body"><p class="hint">Click a highlighted figure in the text, or a '
        "claim in the list of findings, to see the claim, its findings and the other sources' "
        "figures.</p></div></aside></div>",
        '<div id="cards" hidden>',
        "".join(_card(page, u) for u in page.units),
        "</div>",
    ]
    flagged: list[str] = []
    for u in sorted(page.units, key=_reading_order(page)):
        seen = u.status in _FLAGGED or u.status == "acknowledged"
        if seen and u.first_segment and u.first_segment not in flagged:
            flagged.append(u.first_segment)
    data = {
        "version": 1,
        "summary": report.summary(),
        "flagged": flagged,
        "claims": {
            str(u.n): {
                "id": u.claim.id,
                "part": u.part,
                "file": u.file.path,
                "status": u.status,
                "at": u.first_segment,
            }
            for u in page.units
        },
    }
    heading = title or "factcheck report: " + ", ".join(
        _doc_title(lf) for lf in loaded if lf.model.article is not None
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8">{MARKER}'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(heading[:200])}</title><style>{_asset('report.css')}</style></head><body>"
        + "".join(body)
        + f'<script type="application/json" id="factcheck-data">{_script_json(data)}</script>'
        f"<script>{_asset('report.js')}</script></body></html>\n"
    )


def _reading_order(page: _Page) -> Callable[[_Unit], tuple[int, int, int]]:
    """Claims in the order a reader meets them: text by text, then the reference lists."""
    place = {id(u): n for n, t in enumerate(page.texts) for u in t.units}
    last = len(page.texts)
    return lambda u: (place.get(id(u), last), min((s for s, _e in u.spans), default=0), u.n)


def replace_file(path: Path, page: str) -> None:
    """Write the page next to its destination first, then move it in place (no half-written
    report is left behind)."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


@functools.cache
def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped as package data (src/factcheck/data/)."""
    return importlib.resources.files("factcheck").joinpath("data", name).read_text("utf-8")
