"""FC102, quote-mismatch: The figure, unit, item or date written in a claim's quote disagrees with
the claim itself.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from fractions import Fraction

from factcheck.claims import (
    DateClaim,
    DifferenceClaim,
    EnumerationClaim,
    MultipleClaim,
    PeriodClaim,
    RelativeDateClaim,
    SpanClaim,
    WeekdayClaim,
)
from factcheck.dates import parse_partial_date
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    finding,
    listing,
    number,
)
from factcheck.engine.registry import rule
from factcheck.engine.rules.quoted_figures import (
    HEDGE_PHRASES,
    expected_figures,
    expected_range,
    figure_matches,
    quote_figures,
    quote_ranges,
    quote_words,
    range_matches,
    same_figure,
)
from factcheck.quotes import QuoteNumber, QuoteRange, counted_noun, unknown_noun
from factcheck.report import Finding, Note
from factcheck.units import UnitInfo, unit_info
from factcheck.vague import VagueWord, vague_in


def _range_text(low: Fraction, high: Fraction) -> str:
    return f"{number(low)} to {number(high)}"


def _range_problems(entry: Entry) -> list[tuple[str, str]]:
    """A claim's range against the quote's: the quote must give the range (in any spelling:
    "10 to 20", "10-20", "between 10 and 20"), and a claim of one figure that the quote gives as
    an end of a range should state the range."""
    quote = entry.claim.quote_text
    written = quote_ranges(quote)
    expected = expected_range(entry)
    if expected is None:
        problems = []
        for field, figure, _unit in expected_figures(entry):
            alone = [
                n
                for n in quote_figures(quote)
                if figure_matches(figure, n, field) and not any(n.start in r.ends for r in written)
            ]
            ends = [
                r
                for r in written
                if same_figure(figure, r.low, field) or same_figure(figure, r.high, field)
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
    hits = [r for r in written if range_matches(low, high, unit, r, field)]
    claimed = _range_text(low, high)
    if not hits:
        if written:
            shown = ", ".join(f"'{r.text}'" for r in written)
            return [("range", f"the claim's range is {claimed} but the quote has {shown}")]
        figures = ", ".join(f"'{n.text}'" for n in quote_figures(quote)) or "no figure"
        return [
            (
                "range",
                f"the claim's range is {claimed} but the quote gives no range (it has {figures})",
            )
        ]
    as_written = [
        r for r in hits if same_figure(low, r.low, field) and same_figure(high, r.high, field)
    ]
    if unit is None or len(as_written) < len(hits):
        return []  # a range in another unit of the dimension is the claim's, converted
    info = unit_info(unit)
    units = [u for r in hits for u in r.units()]
    plain = info.factor / info.scale
    if units and not any(_same_unit(u, info.dimension, plain, w) for u, w in units):
        shown = next(r.units()[0][1] or "" for r in hits if r.unit is not None)
        return [
            ("unit", f"the quote gives the range in '{shown}' but the claim's unit is '{unit}'")
        ]
    other = _other_kind(quote, hits, info, unit, entry.file.model.nouns)
    return [other] if other else []


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
    figures = ", ".join(f"'{n.text}'" for n in quote_figures(quote)) or "no figure"
    return [
        (
            "vague",
            f"the claim's vague quantity is {word!r} but the quote does not say it"
            f" (it has {figures})",
        )
    ]


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


_KIND_WORDS = {
    "person": "people",
    "place": "places",
    "organisation": "organisations",
    "object": "objects",
    "animal": "animals",
}


def _other_kind(
    quote: str,
    hits: Sequence[QuoteNumber | QuoteRange],
    claimed: UnitInfo,
    unit: str,
    declared: Mapping[str, str],
) -> tuple[str, str] | None:
    """A count whose quote counts another kind of thing than the claim's unit: "281 countries"
    (places) for ``unit = "arrests"`` (people). The noun counted may follow describing words
    and end a compound ("40 stolen cars", "27 member states": `counted_noun`); a noun of the
    claim file's ``nouns`` table counts what the table says. Nouns of no kind ("items",
    "cases") and nouns factcheck does not know ("three nephews") are not compared (see
    docs/units.md)."""
    if claimed.counts is None:
        return None
    nouns = [
        counted_noun(quote, h, declared)
        if isinstance(h, QuoteNumber)
        else (h.unit_text or "", h.unit)
        for h in hits
    ]
    if any(n is None or n[1] is None for n in nouns):
        return None  # a place of the figure counts nothing factcheck knows
    found = [(w, u) for w, u in (n for n in nouns if n is not None) if u is not None]
    found = [(w, u) for w, u in found if u.counts is not None]
    if not found or any(u.counts == claimed.counts for _, u in found):
        return None
    word, first = found[0]
    assert first.counts is not None
    return (
        "unit",
        f"the quote counts '{word}' ({_KIND_WORDS[first.counts]}) but the"
        f" claim's unit '{unit}' counts {_KIND_WORDS[claimed.counts]}",
    )


#: The currencies a bare "$" may stand for: an Australian paper's "$48.6 million" is Australian
#: dollars, a Canadian paper's Canadian dollars.
_DOLLARS = frozenset(f"[currency_{code}]" for code in ("USD", "AUD", "CAD", "NZD", "HKD", "SGD"))


def _same_unit(
    found: UnitInfo, dimension: str, factor: Fraction, written: str | None = None
) -> bool:
    """Whether a unit written in a quote is the claim's unit (tons of any kind are tons;
    "pounds" may be sterling; "cents" may be euro cents; a bare "$" is any dollar)."""
    if found.dimension == dimension and found.factor == factor:
        return True
    if written is not None and (written == "$" or written.startswith(("$ ", "$/"))):
        # "$48.6 million" in an Australian paper; "$1.92 a litre" there is AUD per litre
        usd = "[currency_USD]"
        if factor == found.factor and any(
            dollar in dimension and dimension.replace(dollar, usd) == found.dimension
            for dollar in _DOLLARS
        ):
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


#: Words that say two amounts are equal, a factor of one with no figure written: "the same as
#: South Africa", "as much as in 2023", "equal to last year's", "matching the 2023 total".
_EQUAL_RE = re.compile(
    r"\b(?:the same(?: (?:amount|number|sum|figure|total))? as|as (?:much|many) as"
    r"|equal(?:led|ed|s)?(?: to)?|matching|matched|level with|unchanged (?:from|on))\b",
    re.IGNORECASE,
)


#: Words that say there was none, a figure of zero with no figure written: "for the first
#: time" and "their first title" (none before), "had never won", "No deaths", "None of".
_NONE_RE = re.compile(
    r"\b(?:for the first time|(?:their|its|his|her|our|the) first|first-ever|never|no|none"
    r"|nobody|no one|zero|nil)\b",
    re.IGNORECASE,
)


def _says_none(quote: str) -> bool:
    """Whether the quote's words say there was none ("never", "no", "for the first time")."""
    return _NONE_RE.search(quote) is not None


def _says_equal(quote: str) -> bool:
    """Whether the quote's words say that two amounts are equal ("the same as", "as much as")."""
    return _EQUAL_RE.search(quote) is not None


#: The abbreviations of the weekdays that time stamps and listings write: "Sun 16 Nov 2025",
#: "Posted Tue 3 Jun", "Thurs., Oct. 2".
_WEEKDAY_ABBREVIATIONS = {
    "monday": ("mon",), "tuesday": ("tue", "tues"), "wednesday": ("wed", "weds"),
    "thursday": ("thu", "thur", "thurs"), "friday": ("fri",), "saturday": ("sat",),
    "sunday": ("sun",),
}  # fmt: skip


def _says_weekday(quote: str, weekday: str) -> bool:
    """Whether the quote names the weekday, in full ("Sunday", "Sunday's") or abbreviated as a
    word of its own ("Sun 16 Nov 2025", "Thurs., Oct. 2")."""
    day = weekday.strip().lower()
    if day in quote.lower():
        return True
    short = "|".join(_WEEKDAY_ABBREVIATIONS.get(day, ()))
    stamp = rf"\b(?i:{short})\b\.?(?=,?\s+(?:\d|[A-Z][a-z]{{2}}))"  # "Sun 16", "Thurs., Oct."
    return bool(short) and re.search(stamp, quote) is not None


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
    for phrase, _ in HEDGE_PHRASES:  # "up to", "fewer than" are hedges, not directions
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
    found = quote_figures(quote)
    problems = _range_problems(entry) or _vague_problems(entry)
    if problems:
        return problems
    for field, figure, unit in expected_figures(entry):
        hits = [n for n in found if figure_matches(figure, n, field)]
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
        if not hits and field == "factor" and figure == 1 and _says_equal(quote):
            continue  # "the same as South Africa", "as much as in 2023": a factor of one
        if not hits and field == "value" and figure == 0 and _says_none(quote):
            continue  # "for the first time", "had never won", "No deaths": a figure of zero
        if not hits:
            written = ", ".join(f"'{n.text}'" for n in found) or "no figure"
            problems.append(
                (field, f"the claim's {field} is {number(figure)} but the quote has {written}")
            )
            continue
        if unit is None:
            continue
        claimed = unit_info(unit)
        units = [u for n in hits for u in n.units()]
        plain = claimed.factor / claimed.scale  # the unit without its scale words
        if units and any(n.unit is None for n in hits):
            continue  # a place writes the figure without a unit ("over a 10-month period, 10 g")
        if units and not any(_same_unit(u, claimed.dimension, plain, w) for u, w in units):
            shown = next(n.units()[0][1] for n in hits if n.unit is not None)
            problems.append(
                (
                    "unit",
                    f"the quote gives the figure in '{shown}' but the claim's unit is '{unit}'",
                )
            )
        else:
            other = _other_kind(quote, hits, claimed, unit, entry.file.model.nouns)
            if other:
                problems.append(other)
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
        text = quote_words(quote)
        missing = [item for item in claim.items if quote_words(item) not in text]
        if missing:
            shown = ", ".join(repr(item) for item in missing[:5])
            more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            what = "item" if len(missing) == 1 else "items"
            verb = "is" if len(missing) == 1 else "are"
            problems.append(("items", f"{what} {shown}{more} {verb} not in the quote"))
    if isinstance(claim, WeekdayClaim) and not _says_weekday(quote, claim.weekday):
        problems.append(("weekday", f"the quote does not say {claim.weekday!r}"))
    if isinstance(claim, RelativeDateClaim) and not re.search(
        rf"(?<!\w){re.escape(quote_words(claim.phrase))}(?!\w)", quote_words(quote)
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
    in the quote is the claim's unit (for a count, a noun of the same kind of thing: "nearly 300
    suspects" may be a count of arrests, "281 countries" may not; a price per unit, "$3.12 a
    gallon", is money per gallon, not money; see docs/units.md), that every
    named item of an enumeration is in the quote,
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


def uncompared_nouns(ctx: Context) -> list[Note]:
    """The counts whose quote counts a noun factcheck does not know ("three nephews" for
    ``unit = "arrests"``): FC102 cannot compare the noun with the claim's unit, and the report
    says so in a note (not a finding), with the ``[nouns]`` line that would let it."""
    notes = []
    for entry in ctx:
        quote = entry.claim.quote_text
        declared = entry.file.model.nouns
        for field, figure, unit in expected_figures(entry):
            if unit is None or unit_info(unit).counts is None:
                continue  # a unit of no kind ("items") is compared with no noun anyway
            words = [
                word
                for n in quote_figures(quote)
                if figure_matches(figure, n, field)
                and (word := unknown_noun(quote, n, declared)) is not None
            ]
            if words:
                message = (
                    f"claim {entry.ref.id}: the quote counts '{words[0]}', which factcheck does"
                    f" not know, so it is not compared with the unit '{unit}'; to compare it, add"
                    f' {words[0]} = "..." to the file\'s [nouns] table, with what it counts'
                    " (people, places, organisations, objects, animals or items)"
                )
                notes.append(Note("FC102", (entry.ref,), message))
    return notes
