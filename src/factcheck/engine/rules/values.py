"""FC1xx, values and units; FC5xx, cross-source."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from fractions import Fraction

from factcheck.claims import (
    DateClaim,
    DifferenceClaim,
    DurationClaim,
    EnumerationClaim,
    MultipleClaim,
    PeriodClaim,
    RelativeDateClaim,
    ShareClaim,
    SpanClaim,
    ValueClaim,
    WeekdayClaim,
)
from factcheck.dates import parse_partial_date
from factcheck.engine.constraints import Compiled
from factcheck.engine.context import Context, Entry, value_interval
from factcheck.engine.explain import (
    check,
    figure_text,
    finding,
    known,
    listing,
    number,
    quoted,
)
from factcheck.engine.registry import rule
from factcheck.numbers import HEDGE_SYNONYMS, Hedge
from factcheck.quantities import format_quantity
from factcheck.quotes import QuoteNumber, QuoteRange, numbers_in, ranges_in
from factcheck.report import Check, Finding
from factcheck.units import UnitInfo, unit_info
from factcheck.vague import VagueWord, vague_in


def _measures_of(core: Sequence[Entry]) -> list[str]:
    seen: list[str] = []
    for entry in core:
        key = entry.claim.__dict__.get("measure", None)
        if isinstance(key, str) and key not in seen:
            seen.append(key)
    return seen


def _value_message(core: Sequence[Entry], ctx: Context) -> tuple[str, str]:
    measures = _measures_of(core)
    figures = []
    for entry in core:
        claim = entry.claim
        if isinstance(claim, ValueClaim | DurationClaim):
            figures.append(claim.stated)
        elif isinstance(claim, EnumerationClaim | SpanClaim) and claim.count is not None:
            figures.append(format_quantity(Fraction(claim.count), claim.unit, hedge=claim.hedge))
    subject = measures[0] if len(measures) == 1 else ", ".join(measures)
    message = f"the figures for {subject} disagree: " + " vs ".join(figures)
    explanation = (
        "These claims cannot all be true; no single value fits them all (hedges and written "
        "precision taken into account):\n" + listing(core, ctx)
    )
    return message, explanation


def _names(docs: Sequence[str], most: int = 4) -> str:
    """``ap, reuters, bbc and 2 more``: a few names, and how many more."""
    shown = ", ".join(docs[:most])
    return shown + (f" and {len(docs) - most} more" if len(docs) > most else "")


def _sources(entries: Sequence[Entry]) -> list[str]:
    """The sources of some claims, once each (the file's article or reference id)."""
    return list(dict.fromkeys(e.ref.doc for e in entries))


def _reading(entry: Entry) -> object:
    """What a figure claim admits, in base units (claims that admit the same are one figure)."""
    found = value_interval(entry)
    if found is None:
        return entry.index
    interval, unit = found
    return interval.scaled(unit_info(unit).factor)


def figures_against(
    suspects: Sequence[Entry], evidence: Sequence[Entry], ctx: Context
) -> tuple[str, str]:
    """Message and explanation of a figure at fault against the figures that refute it:
    ``36 arrests for op.arrests.us (cyberscoop) against 65 arrests in 5 sources``."""
    lead = suspects[0]
    measure = str(lead.claim.__dict__.get("measure", ""))
    said = figure_text(lead) or quoted(lead)
    by_reading: dict[object, list[Entry]] = {}
    for entry in evidence:  # "288 arrests" and "288 people" are one figure
        by_reading.setdefault(_reading(entry), []).append(entry)
    groups = sorted(by_reading.values(), key=lambda g: (-len(_sources(g)), g[0].index))
    by_figure = {figure_text(g[0]) or quoted(g[0]): g for g in groups}
    one_source = len({e.source for e in (*suspects, *evidence)}) == 1
    parts = []
    for figure, entries in by_figure.items():
        n = len(_sources(entries))
        parts.append(figure if one_source else f"{figure} in {n} source{'s' * (n != 1)}")
    against = " and ".join(parts[:2]) + (
        f" and {len(parts) - 2} other figures" if len(parts) > 2 else ""
    )
    described = ctx.declared.get(measure)
    subject = f"{measure} ({described})" if described else measure
    whose = "" if one_source else f" ({_names(_sources(suspects))})"
    message = f"{said} for {subject}{whose} against {against}"
    lines = [f"At fault: {said}, {', '.join(f'{quoted(e)} ({e.ref.doc})' for e in suspects)}."]
    lines.append("Against it:")
    for figure, entries in by_figure.items():
        docs = _sources(entries)
        n = len(docs)
        counted = "" if one_source else f" ({n} source{'s' * (n != 1)})"
        lines.append(f"- {figure}: {_names(docs)}{counted}")
    fit = known(ctx, measure, evidence)
    if fit is not None and len(by_figure) > 1:
        lines.append(f"Together they admit {fit.describe()}.")
    lines.append("As the claims read (hedges and written precision taken into account):")
    lines.append(listing([lead, *evidence[:3]], ctx))
    if len(evidence) > 3:
        lines.append(f"- and {len(evidence) - 3} more claims of the same figures")
    return message, "\n".join(lines)


@rule(
    "FC101",
    "value-conflict",
    "contradiction",
    "the figures for {measure} disagree: {figures}",
    runs=False,
)
def value_conflict(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """Two figures of one article for the same measure that no single value satisfies.

    What it checks
    --------------
    Every figure claim (``value``, an enumeration's ``count``, a ``duration``) is an interval:
    its written precision widened by its hedge. Claims about one measure must share a value.

    Why it matters
    --------------
    An article that says "nearly 300 suspects" and "281 arrests" is fine; one that says
    "nearly 250 suspects" and "281 arrests" contradicts itself, however the hedge is read.

    Example
    -------
    ``nearly 300 suspects`` is [270, 300); ``281 arrests`` lies in it: no finding.
    ``nearly 250 suspects`` is [225, 250); 281 does not: FC101 names both claims.
    """
    return _value_message(core, ctx)


@rule(
    "FC501",
    "sources-disagree",
    "contradiction",
    "the figures for {measure} disagree across sources: {figures}",
    runs=False,
)
def sources_disagree(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A figure that a figure from another source (another article, a reference file) refutes.

    What it checks
    --------------
    Claims about the same measure key from different sources (two articles, an article and a
    reference file) must agree, exactly as claims of one article must (FC101). Several claim
    files for one article text count as one source. This is how an article meets a reference
    file.

    Why it matters
    --------------
    The article may misreport a figure that an official source states; or two articles of the
    same newsroom may disagree with each other.

    Example
    -------
    An article says ``Operation Dark HunTor made 200 arrests``; the reference file says 150 for
    ``jcode.dark_huntor.arrests``: FC501 names both claims and both files.
    """
    message, explanation = _value_message(core, ctx)
    files = sorted({e.file.path for e in core})
    return message.replace("disagree:", "disagree across sources:"), (
        explanation + f"\nThe claims come from {', '.join(files)}."
    )


@rule(
    "FC103",
    "dimension-mismatch",
    "contradiction",
    "{measure} is given in incompatible units: {uses}",
)
def dimension_mismatch(ctx: Context, compiled: Compiled) -> list[Finding]:
    """One measure (or measures a claim relates) given in units that cannot be compared.

    What it checks
    --------------
    Every claim about a measure must use units of one dimension: kilograms and pounds are both
    mass and convert exactly; kilograms and dollars do not. Measures related by a part, a share,
    a multiple or a superlative must share a dimension too. A measure used as a date in one
    claim and as a quantity in another is reported here as well.

    Why it matters
    --------------
    It is almost always a slip in the claim file (a wrong measure key or unit), and it would
    make every comparison with that measure meaningless. The claims of the minority use are
    left out of the other checks until it is fixed.

    Example
    -------
    ``850 kilograms of drugs`` with ``unit = "kg"`` and another claim on the same measure with
    ``unit = "million USD"``: FC103.
    """
    findings = []
    for conflict in compiled.conflicts:
        entries = [e for _, group in conflict.uses for e in group]
        uses = "; ".join(
            f"{use} in {', '.join(e.ref.id for e in group)}" for use, group in conflict.uses
        )
        message = f"{', '.join(conflict.measures)} is given in incompatible units: {uses}"
        explanation = (
            "These claims use one measure in ways that cannot be compared; the engine kept "
            f"{conflict.kept} and left the others out of the other checks:\n"
            + listing(entries, ctx)
        )
        findings.append(finding("FC103", entries, message, explanation))
    return findings


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%$€£¥.,'-]+", " ", text.lower()).split())


def _expected_figures(entry: Entry) -> list[tuple[str, Fraction, str | None]]:
    """(field, figure as the text would write it, unit) the quote should contain."""
    claim = entry.claim
    out: list[tuple[str, Fraction, str | None]] = []
    if _expected_range(entry) is not None:
        return out  # a range: see `_range_problems`
    if isinstance(claim, ValueClaim | DurationClaim):
        if claim.value is None:
            return out  # a vague quantity
        if unit_info(claim.unit).name == "percent":
            out.append(("value in percent", Fraction(claim.value), None))  # "63.1%" or "63.1"
        else:
            out.append(("value", Fraction(claim.value) * unit_info(claim.unit).scale, claim.unit))
    elif isinstance(claim, EnumerationClaim | SpanClaim) and claim.count is not None:
        out.append(("count", Fraction(claim.count) * unit_info(claim.unit).scale, claim.unit))
    elif isinstance(claim, DifferenceClaim):
        size = Fraction(claim.by) * claim.unit_info.scale
        out.append(("by", -size if size < 0 else size, claim.unit))  # "500 more", "up 3 points"
    elif isinstance(claim, MultipleClaim) and claim.change is not None:
        size = Fraction(claim.change)
        out.append(("change", -size if size < 0 else size, None))  # "rose 12 percent"
    elif isinstance(claim, MultipleClaim):
        out.append(("factor", claim.ratio, None))
    elif isinstance(claim, ShareClaim) and claim.fraction is not None:
        out.append(("fraction", Fraction(claim.fraction), None))
    elif isinstance(claim, PeriodClaim) and claim.length is not None:
        out.append(("length", Fraction(claim.length), claim.unit))
    return out


def _matches(figure: Fraction, found: QuoteNumber, field: str) -> bool:
    return _same(figure, found.value, field)


def _same(figure: Fraction, value: Fraction, field: str) -> bool:
    if value == figure:
        return True
    # "68%" and "68 percent" for 0.68 (or for 68 percent); "two-thirds" for 0.67 is not exact
    return field in ("fraction", "value in percent") and value * 100 == figure


def _expected_range(entry: Entry) -> tuple[str, Fraction, Fraction, str | None] | None:
    """(field, low end, high end as the text would write them, unit) of a claim that states a
    range; None for other claims."""
    claim = entry.claim
    pair = claim.__dict__.get("range")
    if pair is None:
        return None
    low, high = Fraction(pair[0]), Fraction(pair[1])
    if isinstance(claim, ValueClaim | DurationClaim):
        if unit_info(claim.unit).name == "percent":
            return "value in percent", low, high, None
        scale = unit_info(claim.unit).scale
        return "value", low * scale, high * scale, claim.unit
    return ("fraction" if isinstance(claim, ShareClaim) else "factor"), low, high, None


def _range_matches(
    low: Fraction, high: Fraction, unit: str | None, written: QuoteRange, field: str
) -> bool:
    """Whether a range of the quote is the claim's: the same ends as written, or the same
    amounts in another unit of time or mass ("six months to two years" for 6 to 24 months)."""
    if _same(low, written.low, field) and _same(high, written.high, field):
        return True
    if unit is None or written.unit is None:
        return False
    info = unit_info(unit)
    if info.dimension != written.unit.dimension or info.dimension == "[countable]":
        return False
    size = info.factor / info.scale
    return (low * size, high * size) == (
        written.low * written.unit.factor,
        written.high * written.unit.factor,
    )


def _range_text(low: Fraction, high: Fraction) -> str:
    return f"{number(low)} to {number(high)}"


def _range_problems(entry: Entry) -> list[tuple[str, str]]:
    """A claim's range against the quote's: the quote must give the range (in any spelling:
    "10 to 20", "10-20", "between 10 and 20"), and a claim of one figure that the quote gives as
    an end of a range should state the range."""
    quote = entry.claim.quote_text
    written = _ranges(quote)
    expected = _expected_range(entry)
    if expected is None:
        problems = []
        for field, figure, _unit in _expected_figures(entry):
            alone = [
                n
                for n in _figures(quote)
                if _matches(figure, n, field) and not any(n.start in r.ends for r in written)
            ]
            ends = [
                r for r in written if _same(figure, r.low, field) or _same(figure, r.high, field)
            ]
            if ends and not alone:
                r = ends[0]
                shown = _range_text(r.low, r.high)
                problems.append(
                    (
                        field,
                        f"the quote gives a range, '{r.text}', but the claim's"
                        f" {field} is one figure, {number(figure)}; state the range"
                        f" ({shown}) with range = [low, high]",
                    )
                )
        return problems
    field, low, high, unit = expected
    hits = [r for r in written if _range_matches(low, high, unit, r, field)]
    claimed = _range_text(low, high)
    if not hits:
        if written:
            shown = ", ".join(f"'{r.text}'" for r in written)
            return [("range", f"the claim's range is {claimed} but the quote has {shown}")]
        figures = ", ".join(f"'{n.text}'" for n in _figures(quote)) or "no figure"
        return [
            (
                "range",
                f"the claim's range is {claimed} but the quote gives no range (it has {figures})",
            )
        ]
    as_written = [r for r in hits if _same(low, r.low, field) and _same(high, r.high, field)]
    if unit is None or len(as_written) < len(hits):
        return []  # a range in another unit of the dimension is the claim's, converted
    info = unit_info(unit)
    units = [r.unit for r in hits if r.unit is not None]
    if units and not any(_same_unit(u, info.dimension, info.factor / info.scale) for u in units):
        shown = next(r.unit_text or "" for r in hits if r.unit is not None)
        return [
            ("unit", f"the quote gives the range in '{shown}' but the claim's unit is '{unit}'")
        ]
    return []


@functools.lru_cache(maxsize=65536)
def _vague_words(quote: str) -> tuple[VagueWord, ...]:
    """The vague quantities of a quote ("dozens", "several hundred"), read once per quote."""
    return tuple(vague_in(quote))


def _vague_problems(entry: Entry) -> list[tuple[str, str]]:
    """A vague claim's word must be the quote's: "dozens" is not "hundreds"."""
    word = entry.claim.__dict__.get("vague")
    if word is None:
        return []
    quote = entry.claim.quote_text
    said = _vague_words(quote)
    if any(v.word == word for v in said):
        return []
    if said:
        shown = ", ".join(f"'{v.text}'" for v in said)
        return [("vague", f"the claim's vague quantity is {word!r} but the quote says {shown}")]
    figures = ", ".join(f"'{n.text}'" for n in _figures(quote)) or "no figure"
    return [
        (
            "vague",
            f"the claim's vague quantity is {word!r} but the quote does not say it"
            f" (it has {figures})",
        )
    ]


@functools.lru_cache(maxsize=65536)
def _ranges(quote: str) -> tuple[QuoteRange, ...]:
    """The ranges of a quote (read once per quote, as `_figures`)."""
    return tuple(ranges_in(quote, _figures(quote)))


#: Words whose unit depends on the country: "tons" may be metric, "pounds" may be money.
_LOOSE_WORDS: dict[str, set[str]] = {
    "ton": {"[mass]"},
    "short_ton": {"[mass]"},
    "long_ton": {"[mass]"},
    "metric_ton": {"[mass]"},
    "pound": {"[mass]", "[currency_GBP]"},
}
#: Currencies whose hundredth is called a cent.
_CENT_CURRENCIES = frozenset(
    f"[currency_{code}]" for code in ("USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "ZAR")
)
_TONS = {"ton", "short_ton", "long_ton", "metric_ton"}  # pint's names ("ton" is the short ton)


@functools.cache
def _ton_factors() -> frozenset[Fraction]:
    """The sizes of tons of every kind (spelled so that the unit grammar accepts them)."""
    return frozenset(unit_info(t).factor for t in ("short_ton", "long_ton", "metric_ton"))


def _same_unit(found: UnitInfo, dimension: str, factor: Fraction) -> bool:
    """Whether a unit written in a quote is the claim's unit (tons of any kind are tons;
    "pounds" may be sterling; "cents" may be euro cents)."""
    if found.dimension == dimension and found.factor == factor:
        return True
    if found.name == "point" and dimension == "dimensionless":
        return True  # "up 3 points" of a rate in percent: percentage points
    if found.name == "US_cent" and dimension in _CENT_CURRENCIES:
        return factor == Fraction(1, 100)  # "99 cents" of euros, Canadian dollars...
    if found.name in _LOOSE_WORDS and dimension in _LOOSE_WORDS[found.name]:
        if dimension == "[currency_GBP]":
            return True
        return found.name in _TONS and factor in _ton_factors()
    return False


#: Words that say which way a change goes ("sales fell 12 percent", "500 fewer arrests").
_UP_WORDS = frozenset(
    "rose rise rises risen rising increase increased increases grew grow grows grown gained"
    " climbed jumped soared up higher".split()
)
_DOWN_WORDS = frozenset(
    "fell fall falls fallen falling decrease decreased decreases declined decline declines"
    " dropped drop drops shrank shrunk cut down lower fewer less".split()
)
_RISE = {1: "rise", -1: "fall"}


def _sign_of(claim: object) -> int | None:
    """+1 or -1 for a change or difference that has a direction; None for other claims."""
    if isinstance(claim, MultipleClaim) and claim.change is not None and claim.change != 0:
        return 1 if claim.change > 0 else -1
    if isinstance(claim, DifferenceClaim) and claim.by != 0:
        return 1 if claim.by > 0 else -1
    return None


def _direction_said(quote: str) -> tuple[int, str] | None:
    """The direction the quote's words give a change, and the word; None when they give none
    or both ("rose, then fell")."""
    text = f" {' '.join(re.findall(r'[a-z]+', quote.lower()))} "
    for phrase, _ in _HEDGE_PHRASES:  # "up to", "fewer than" are hedges, not directions
        text = text.replace(f" {' '.join(phrase)} ", " ")
    words = text.split()
    up = [w for w in words if w in _UP_WORDS]
    down = [w for w in words if w in _DOWN_WORDS]
    if up and not down:
        return 1, up[0]
    if down and not up:
        return -1, down[0]
    return None


def _quote_problems(entry: Entry) -> list[tuple[str, str]]:
    claim = entry.claim
    quote = claim.quote_text
    found = _figures(quote)
    problems = _range_problems(entry) or _vague_problems(entry)
    if problems:
        return problems
    for field, figure, unit in _expected_figures(entry):
        hits = [n for n in found if _matches(figure, n, field)]
        if not hits and unit is not None and unit_info(unit).dimension == "[time]":
            # A time written in other units or parts: "2 hours 1 minute 9 seconds" for 121.15
            # minutes, "2:02:40" for 7,360 seconds.
            claimed = unit_info(unit)
            size = figure * claimed.factor / claimed.scale
            hits = [n for n in found if n.unit is not None and n.value * n.unit.factor == size]
            if hits:
                continue
        if not hits and not found and _vague_words(quote):
            vague = _vague_words(quote)[0]
            problems.append(
                (
                    field,
                    f"the claim's {field} is {number(figure)} but the quote has no"
                    f" figure; it says '{vague.text}', a vague quantity: state it with"
                    f" vague = {vague.word!r} instead of {field}",
                )
            )
            continue
        if not hits:
            written = ", ".join(f"'{n.text}'" for n in found) or "no figure"
            problems.append(
                (field, f"the claim's {field} is {number(figure)} but the quote has {written}")
            )
            continue
        if unit is None:
            continue
        claimed = unit_info(unit)
        units = [n.unit for n in hits if n.unit is not None]
        plain = claimed.factor / claimed.scale  # the unit without its scale words
        if units and not any(_same_unit(u, claimed.dimension, plain) for u in units):
            shown = next(n.unit_text for n in hits if n.unit is not None)
            problems.append(
                (
                    "unit",
                    f"the quote gives the figure in '{shown}' but the claim's unit is '{unit}'",
                )
            )
    sign = _sign_of(claim)
    if sign is not None:
        said = _direction_said(quote)
        if said is not None and said[0] != sign:
            if isinstance(claim, MultipleClaim):
                field, what = "change", f"a {_RISE[sign]}"
            else:
                field, what = "by", "positive (more)" if sign > 0 else "negative (less)"
            problems.append(
                (field, f"the quote says '{said[1]}' but the claim's {field} is {what}")
            )
    if isinstance(claim, EnumerationClaim | SpanClaim):
        text = _words(quote)
        missing = [item for item in claim.items if _words(item) not in text]
        if missing:
            shown = ", ".join(repr(item) for item in missing[:5])
            more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            what = "item" if len(missing) == 1 else "items"
            verb = "is" if len(missing) == 1 else "are"
            problems.append(("items", f"{what} {shown}{more} {verb} not in the quote"))
    if isinstance(claim, WeekdayClaim) and claim.weekday.strip().lower() not in quote.lower():
        problems.append(("weekday", f"the quote does not say {claim.weekday!r}"))
    if isinstance(claim, RelativeDateClaim) and not re.search(
        rf"(?<!\w){re.escape(_words(claim.phrase))}(?!\w)", _words(quote)
    ):
        problems.append(("phrase", f"the quote does not say {claim.phrase!r}"))
    dates: list[tuple[str, object]] = []
    if isinstance(claim, DateClaim):
        dates.append(("date", claim.date))
    if isinstance(claim, PeriodClaim):
        dates.extend((name, claim.__dict__.get(name)) for name in ("start", "end"))
    years = {int(n.value) for n in found if n.value.denominator == 1 and 1000 <= n.value <= 2999}
    for field, value in dates:
        if value is None or not years:
            continue
        rng = parse_partial_date(value)
        if rng.first.year not in years and rng.last.year not in years:
            problems.append(
                (field, f"{field} is in {rng.first.year} but the quote says {sorted(years)}")
            )
    return problems


@rule("FC102", "quote-mismatch", "contradiction", "claim {claim}: {problem}")
def quote_mismatch(ctx: Context, compiled: Compiled) -> list[Finding]:
    """The figure, unit, item or date written in a claim's quote disagrees with the claim itself.

    What it checks
    --------------
    The quote is the article's own words; the claim's fields restate them. The engine reads the
    figures in the quote ("nearly 300 suspects", "$53.4 million", "two-thirds", "double",
    "eight") with the unit or currency written next to them, and checks that the claim's value
    (scale words included), factor, fraction, count or length is among them, that a unit written
    in the quote is the claim's unit, that every named item of an enumeration is in the quote,
    and that a weekday, relative phrase or year the claim states is written there. A claim's
    ``range`` must be a range of the quote, in any spelling ("10 to 20", "10-20", "between 10
    and 20", "10-15%", "$2m-$3m"), and a claim of one figure that the quote gives as an end of a
    range is reported too: it should state the range. A claim's ``vague`` word ("dozens",
    "several hundred") must be among the quote's, and a claim of a figure whose quote holds no
    figure but a vague word is told to state the word.

    Why it matters
    --------------
    A typo in a claim file (``value = 218`` for "281 arrests", ``unit = "lb"`` for "850
    kilograms") would otherwise be trusted, and every check built on it would be wrong.

    Example
    -------
    ``quote = "850 kilograms of drugs"`` with ``value = 850, unit = "lb"``: FC102 says the quote
    gives the figure in 'kilograms' but the claim's unit is 'lb'.
    """
    findings = []
    for entry in ctx:
        for field, problem in _quote_problems(entry):
            message = f"claim {entry.ref.id}: {problem}"
            explanation = (
                f"The claim's {field} must restate what its quote says; fix the claim file (or "
                f"the quote):\n" + listing([entry], ctx)
            )
            findings.append(finding("FC102", [entry], message, explanation))
    return findings


#: The words before a figure: a word (maybe abbreviated, "est.") or any other single character.
_WORD_BEFORE = re.compile(r"[a-z]+(?:['-][a-z]+)*\.?|\S")
#: The hedge words as word sequences, longest first ("just under" before "under").
_HEDGE_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(w.split()), w) for w in HEDGE_SYNONYMS), key=lambda p: -len(p[0])
)
#: Words that may stand between a hedge and its figure: "nearly a third", "about the 300".
_ARTICLES = frozenset({"a", "an", "the"})
_HEDGE_WORDS: dict[Hedge, list[str]] = {}
for _word, _hedge in HEDGE_SYNONYMS.items():
    _HEDGE_WORDS.setdefault(_hedge, []).append(_word)


@functools.lru_cache(maxsize=65536)
def _figures(quote: str) -> tuple[QuoteNumber, ...]:
    """The figures of a quote (FC102 and FC104 both read them; the cache holds a large corpus's
    quotes, so each is read once)."""
    return tuple(numbers_in(quote))


#: Hedge words that are also prepositions, and the words after which they are one: "spread over
#: three continents" says where, not "more than three".
_PREPOSITIONS = frozenset({"over", "under", "above", "below"})
_SPREAD = frozenset(
    "spread spreads spreading span spans spanned spanning stretched stretches stretching"
    " scattered distributed place occurred happened fought played across".split()
)


def _hedge_word_before(text: str) -> str | None:
    """The hedge word that ends ``text`` (the quote up to a figure), skipping an article:
    "more than" in "more than ", "nearly" in "nearly " + "a third"."""
    words = _WORD_BEFORE.findall(text.lower())
    skipped = ""
    for _ in range(2):
        for phrase, word in _HEDGE_PHRASES:
            if len(words) >= len(phrase) and tuple(words[len(words) - len(phrase) :]) == phrase:
                before = words[-len(phrase) - 1] if len(words) > len(phrase) else ""
                if word in _PREPOSITIONS and (before in _SPREAD or skipped == "the"):
                    return None  # "spread over three continents", "over the 42.195 km"
                return word
        if not words or words[-1] not in _ARTICLES:
            break
        skipped, words = words[-1], words[:-1]
    return None


def hedges_of_figure(entry: Entry) -> list[tuple[str, str | None]]:
    """Each place the quote writes the claim's own figure: the figure as written ("$5 million")
    and the hedge word right before it (None when there is none). Empty when the quote does not
    write the figure."""
    quote = entry.claim.quote_text
    out: list[tuple[str, str | None]] = []
    expected = _expected_range(entry)
    if expected is not None:
        field, low, high, _unit = expected
        for r in _ranges(quote):
            if _range_matches(low, high, _unit, r, field):
                word = _hedge_word_before(quote[: r.start])
                # Only "about" qualifies a range: "up to 50 to 100 times" is the range.
                about = word is not None and HEDGE_SYNONYMS[word] is Hedge.ABOUT
                out.append((r.text, word if about else None))
        return out
    for field, figure, _unit in _expected_figures(entry):
        for n in _figures(quote):
            if _matches(figure, n, field):
                shown = n.text
                if n.unit_text is not None and not n.text.endswith(n.unit_text):
                    shown = n.unit_text + shown  # the currency before the figure
                out.append((shown, _hedge_word_before(quote[: n.start])))
    return out


@rule(
    "FC104",
    "hedge-mismatch",
    "warning",
    "claim {claim}: the quote says '{written}' but the claim's hedge is '{hedge}'",
)
def hedge_mismatch(ctx: Context, compiled: Compiled) -> list[Finding]:
    """A claim whose hedge the quote does not use, or an exact claim whose quote hedges.

    What it checks
    --------------
    The hedge word that counts is the one right before the claim's own figure in the quote (a
    currency symbol or an article may stand between: "more than $5 million", "nearly a third");
    hedge words before the quote's other figures are not the claim's. When the claim is exact,
    no hedge word may stand right before its figure; when it has a hedge (nearly, about, more
    than...), the word right before its figure must not be another hedge's, and one of its
    hedge's words must be in the quote.

    Why it matters
    --------------
    The hedge decides what the figure allows: "nearly 300" excludes 310, "about 300" admits it.
    A hedge copied wrong makes the engine raise or miss contradictions.

    Example
    -------
    ``quote = "arrested nearly 300 suspects"`` with ``hedge = "about"``: FC104. ``quote = "131
    people were aged over 60"`` with ``value = 131`` and no hedge: no finding, "over" is 60's.
    """
    findings = []
    for entry in ctx:
        claim = entry.claim
        hedge = claim.__dict__.get("hedge", None)
        if not isinstance(hedge, Hedge):
            continue
        placed = hedges_of_figure(entry)
        said = [Hedge.EXACT if w is None else HEDGE_SYNONYMS[w] for _, w in placed]
        if hedge in said:
            continue  # a place of the figure has the claim's hedge (exact: no hedge word)
        other = [(f, w) for f, w in placed if w is not None]
        if placed and len(other) == len(placed):
            figure, word = other[0]  # every place of the figure has another hedge's word
            meant = HEDGE_SYNONYMS[word]
            message = (
                f"claim {entry.ref.id}: the quote says '{word}' but the claim's hedge is"
                f" '{hedge.value}'"
            )
            meaning = "" if word == meant.value else f" (the hedge '{meant.value}')"
            intro = (
                f"The quote puts '{word}'{meaning} right before the claim's figure '{figure}';"
                f' write hedge = "{word}" if it qualifies this figure, or fix the quote:'
            )
        elif hedge is Hedge.EXACT:
            continue  # the quote does not write the figure (FC102), or writes it unhedged
        elif placed:
            figure = placed[0][0]  # the figure is written, and no hedge word comes before it
            message = (
                f"claim {entry.ref.id}: the quote has no word for the hedge '{hedge.value}'"
                f" before '{figure}'"
            )
            intro = (
                f"The claim's hedge is '{hedge.value}', but the quote writes its figure '{figure}'"
                " without a hedge word before it (a word after it, as in '500 more than last"
                " year', is a comparison, not a hedge); fix the claim's hedge, or quote the"
                " words that hedge the figure:"
            )
        else:
            text = f" {_words(claim.quote_text)} "
            if any(f" {w} " in text for w in _HEDGE_WORDS[hedge]):
                continue  # the hedge is in the quote, if not right before the figure
            words = ", ".join(f"'{w}'" for w in _HEDGE_WORDS[hedge])
            message = f"claim {entry.ref.id}: the quote has no word for the hedge '{hedge.value}'"
            intro = (
                f"The claim's hedge is '{hedge.value}', but none of its words ({words}) is in the"
                " quote; quote the words that hedge the figure, or fix the claim's hedge:"
            )
        findings.append(finding("FC104", [entry], message, intro + "\n" + listing([entry], ctx)))
    return findings


def confirm_values(ctx: Context, compiled: Compiled, flagged: dict[str, set[int]]) -> list[Check]:
    """FC101/FC501 checks that held: measures with several figure claims that agree. Claims at
    fault are left out (the finding names them); the others that agree are confirmed, with the
    one interval they all admit."""
    checks = []
    bad = set().union(*flagged.values())
    for measure in sorted(ctx.by_measure):
        entries = [
            e
            for e in ctx.by_measure[measure]
            if e.claim.__dict__.get("measure", None) == measure
            and isinstance(e.claim, ValueClaim | DurationClaim | EnumerationClaim | SpanClaim)
            and e.claim.__dict__.get("count", 0) is not None
            and e.index not in compiled.excluded
            and e.index not in bad
        ]
        if len(entries) < 2:
            continue
        fit = known(ctx, measure, entries)
        if fit is None or fit.interval.is_empty():
            continue
        code = "FC501" if len({e.source for e in entries}) > 1 else "FC101"
        quotes = list(dict.fromkeys(f"“{e.ref.quote}”" for e in entries))
        figures = _names(quotes)
        sources = len(_sources(entries))
        within = f" in {sources} sources" if sources > 1 else ""
        message = f"{measure}: {figures}{within} agree ({fit.describe()})"
        checks.append(check(code, entries, message))
    return checks
