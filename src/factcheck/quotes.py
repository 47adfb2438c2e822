"""The figures written in a quote: "nearly 300 suspects", "$53.4 million", "two-thirds", "double".

The engine compares what a claim says with the words it quotes, so that a typo in a claim file
(``value = 218`` for "281 arrests", ``unit = "lb"`` for "850 kilograms") is caught, not trusted.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from factcheck.units import CURRENCY_SYMBOLS, SCALE_WORDS, UnitError, UnitInfo, unit_info

__all__ = ["QuoteNumber", "numbers_in"]

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_FRACTIONS = {
    "half": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fifth": Fraction(1, 5),
    "fifths": Fraction(1, 5), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10),
}  # fmt: skip
_MULTIPLIERS: dict[str, int | Fraction] = {
    "double": 2, "doubled": 2, "twice": 2, "triple": 3, "tripled": 3, "thrice": 3,
    "quadruple": 4, "quadrupled": 4, "halved": Fraction(1, 2),
}  # fmt: skip
#: Dollars (and reais) of other countries, as newsrooms write them: "C$5 million".
_CURRENCY_PREFIXES = {"US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
                      "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "₹": "INR"}  # fmt: skip
#: Abbreviated scale words of money figures: "$53.4m", "£2bn", "€300k".
_MONEY_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
#: Of those, the ones that are scale words even without a currency symbol: "1.2bn euros".
_PLAIN_SCALES = {"mn", "bn", "tn"}
#: Words that follow a figure but are never its unit, though pint knows some ("in" is an inch).
_NOT_UNITS = frozenset(
    "a an and are as at be by for from in into is it its of on or per than that the this to"
    " was were with while who which".split()
)

_TOKEN_RE = re.compile(
    r"(?P<currency>(?:US|C|CA|A|AU|NZ|HK|S|R)\$|[$€£¥₹]|R\$)?\s?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s?%)?"
    r"|(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*)"
)


@dataclass(frozen=True, slots=True)
class QuoteNumber:
    """A figure found in a quote."""

    #: The figure, scale word included: "$53.4 million" -> 53400000.
    value: Fraction
    #: The words it was read from.
    text: str
    #: The unit written after it (or the currency before it), if any was recognised.
    unit: UnitInfo | None = None
    #: The unit's words as written.
    unit_text: str | None = None
    #: Where in the quote the figure starts (its currency symbol included).
    start: int = 0


def _word_number(words: list[str], i: int) -> tuple[Fraction, int] | None:
    """A number written in words starting at ``words[i]``: value and words used."""
    word = words[i].lower()
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _ONES and parts[1] in _FRACTIONS:
        return _ONES[parts[0]] * _FRACTIONS[parts[1]], 1  # two-thirds
    if len(parts) >= 2 and parts[0] in _ONES and parts[1] not in _ONES:
        return Fraction(_ONES[parts[0]]), 1  # "six-month", "two-year", "three-day"
    if word in ("a", "an") and i + 1 < len(words) and words[i + 1].lower() in SCALE_WORDS:
        return Fraction(1), 1  # "a million people": the scale word follows
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        value = Fraction(_TENS[parts[0]] + _ONES[parts[1]])  # twenty-five
    elif word in _ONES:
        value = Fraction(_ONES[word])
    elif word in _TENS:
        value = Fraction(_TENS[word])
    elif word in ("a", "one") and i + 1 < len(words) and words[i + 1].lower() in _FRACTIONS:
        return _FRACTIONS[words[i + 1].lower()], 2
    elif word in ("half", "halves"):
        return Fraction(1, 2), 1  # "more than half"
    elif word in _MULTIPLIERS:
        return Fraction(_MULTIPLIERS[word]), 1
    elif word == "dozen":
        return Fraction(12), 1
    else:
        return None
    used = 1
    if i + 1 < len(words) and words[i + 1].lower() == "hundred":
        value *= 100
        used += 1
    if i + used < len(words) and words[i + used].lower() in _FRACTIONS and value < 20:
        return value * _FRACTIONS[words[i + used].lower()], used + 1  # two thirds
    return value, used


def _and_a_fraction(words: list[str], j: int) -> tuple[Fraction, int] | None:
    """ "and a half" (or "and a quarter", "and three-quarters") after a whole number."""
    if j + 1 >= len(words) or words[j].lower() != "and":
        return None
    if words[j + 1].lower() in ("a", "one") and j + 2 < len(words):
        part = _FRACTIONS.get(words[j + 2].lower())
        return (part, 3) if part is not None and part < 1 else None
    read = _word_number(words, j + 1)
    if read is not None and 0 < read[0] < 1:
        return read[0], 1 + read[1]  # "and three-quarters"
    return None


def _one_in(
    tokens: list[tuple[str, str | None, str | None]], j: int
) -> tuple[Fraction, int, int] | None:
    """ "in five", "in every 150", "out of ten", "in 5 million" after a count: the denominator,
    the tokens it takes, and where the denominator's own figure starts."""
    words = [t[0].lower() for t in tokens]
    k = j
    if k < len(words) and words[k] == "in":
        k += 1
    elif k + 1 < len(words) and words[k : k + 2] == ["out", "of"]:
        k += 2
    else:
        return None
    if k < len(words) and words[k] == "every":
        k += 1
    if k >= len(tokens):
        return None
    text, kind, currency = tokens[k]
    if kind == "number" and currency is None:
        if re.fullmatch(r"1[89]\d\d|2[01]\d\d", text):
            return None  # "5 in 2024": a year, not one in 2,024
        value = Fraction(text.replace(",", ""))
        used = 1
    elif kind == "word":
        read = _word_number([t[0] for t in tokens], k)
        if read is None or read[0].denominator != 1:
            return None
        value, used = read
    else:
        return None
    if k + used < len(words) and words[k + used] in SCALE_WORDS:  # "one in 5 million"
        value *= SCALE_WORDS[words[k + used]]
        used += 1
    return (value, k + used - j, k - j) if value > 0 else None


#: Words a claim file may not use as units (they are ambiguous) but a quote may: "5 tons" is a
#: ton of some kind, and the quote check accepts any kind of ton for it.
_QUOTE_SPELLINGS = {"ton": "short_ton", "tons": "short_tons", "pc": "percent"}
#: Abbreviations pint reads as something news copy never means, or as one of two things: "3 pts"
#: (points, not pints), "15kt" (kilotonnes or knots), "3nm" (nanometres or nautical miles). A
#: quote's figure with one of them has no unit to compare.
_NOT_QUOTE_UNITS = frozenset({"pt", "pts", "kt", "nm"})


@functools.lru_cache(maxsize=4096)
def _unit_of(text: str) -> UnitInfo | None:
    if len(text) < 2 or text.lower() in _NOT_UNITS or text.lower() in SCALE_WORDS:
        return None
    if text.lower() in _NOT_QUOTE_UNITS:
        return None
    try:
        return unit_info(_QUOTE_SPELLINGS.get(text.lower(), text))
    except UnitError:
        return None


#: Words after a rate's "a"/"an" that make it a date instead: "850 kilograms a year ago".
_NOT_A_RATE = frozenset({"ago", "earlier", "before", "later", "after", "since"})


def _per(
    quote: str,
    tokens: list[tuple[str, str | None, str | None]],
    starts: list[int],
    j: int,
    name: str,
) -> tuple[UnitInfo, int] | None:
    """A unit over another written after the unit ``name`` that ends before token ``j``: "km/h",
    "km per hour", "kilometres an hour". The rate's unit and the tokens it adds."""
    if j >= len(tokens) or tokens[j][1] != "word":
        return None
    end = starts[j - 1] + len(tokens[j - 1][0])
    if quote[end : starts[j]].strip() == "/":
        over, used = tokens[j][0], 1
    elif tokens[j][0].lower() in ("per", "a", "an") and j + 1 < len(tokens):
        if tokens[j + 1][1] != "word":
            return None
        after = tokens[j + 2][0].lower() if j + 2 < len(tokens) else ""
        if tokens[j][0].lower() != "per" and after in _NOT_A_RATE:
            return None
        over, used = tokens[j + 1][0], 2
    else:
        return None
    if over.lower() in _NOT_UNITS:
        return None
    info = _unit_of(f"{name}/{over}")
    return (info, used) if info is not None else None


def numbers_in(quote: str) -> list[QuoteNumber]:
    """Every figure in a quote, with the unit or currency written next to it.

    >>> [str(n.value) for n in numbers_in("$53.4 million in cash and 117 firearms")]
    ['53400000', '117']
    """
    tokens: list[tuple[str, str | None, str | None]] = []  # (text, kind, currency)
    starts: list[int] = []  # where each token starts in the quote
    for match in _TOKEN_RE.finditer(quote):
        if match.group("number"):
            sort = "percent" if match.group("pct") else "number"
            tokens.append((match.group("number"), sort, match.group("currency")))
            starts.append(match.start())
        else:
            tokens.append((match.group("word"), "word", None))
            starts.append(match.start())
    words = [t[0] for t in tokens]
    found: list[QuoteNumber] = []
    i = 0
    while i < len(tokens):
        text, kind, currency = tokens[i]
        value: Fraction | None = None
        used = 1
        if kind in ("number", "percent"):
            value = Fraction(text.replace(",", ""))
            if kind == "percent":
                value /= 100
        elif kind == "word":
            read = _word_number(words, i)
            if read is not None:
                value, used = read
        if value is None:
            i += 1
            continue
        j = i + used
        if value.denominator == 1 and kind != "percent":
            half = _and_a_fraction(words, j)  # "one and a half times"
            if half is not None:
                value += half[0]
                j += half[1]
            elif value <= 10 and (ratio := _one_in(tokens, j)) is not None and ratio[0] > value:
                # "one in five", "three out of ten": a fraction; and the two figures as written
                # ("4 in 12 raids" may be a count and a count), the second read on its own next
                found.append(QuoteNumber(value, " ".join(words[i:j]), start=starts[i]))
                ratio_text = " ".join(words[i : j + ratio[1]])
                found.append(QuoteNumber(value / ratio[0], ratio_text, start=starts[i]))
                i = j + ratio[2]
                continue
        if j < len(tokens) and tokens[j][1] == "word" and tokens[j][0].lower() == "percent":
            value /= 100
            j += 1
        elif (
            j + 1 < len(tokens)
            and tokens[j][0].lower() == "per"
            and tokens[j + 1][0].lower() == "cent"
        ):
            value /= 100
            j += 2
        if j < len(tokens) and tokens[j][1] == "word" and tokens[j][0].lower() == "times":
            j += 1  # "three times": a multiplier
        if j < len(tokens) and tokens[j][1] == "word" and tokens[j][0].lower() in SCALE_WORDS:
            value *= SCALE_WORDS[tokens[j][0].lower()]
            j += 1
        elif (
            j < len(tokens)
            and tokens[j][1] == "word"
            and tokens[j][0].lower() in _MONEY_SCALES
            and (currency is not None or tokens[j][0].lower() in _PLAIN_SCALES)
        ):
            value *= _MONEY_SCALES[tokens[j][0].lower()]  # "$53.4m", "£2bn"
            j += 1
        unit: UnitInfo | None = None
        unit_text: str | None = None
        if currency is not None:
            unit_text = currency
            unit = _unit_of(_CURRENCY_PREFIXES.get(currency) or CURRENCY_SYMBOLS[currency])
        elif j < len(tokens) and tokens[j][1] == "word":
            for span in (2, 1):
                if j + span > len(tokens) or any(t[1] != "word" for t in tokens[j : j + span]):
                    continue
                if any(t[0].lower() in _NOT_UNITS for t in tokens[j : j + span]):
                    continue
                candidate = " ".join(t[0] for t in tokens[j : j + span])
                # Two words only as one unit's name ("metric tons"), never as a product.
                name = candidate.replace("-", "_").replace(" ", "_")
                info = _unit_of(name)
                if info is not None:
                    unit, unit_text = info, candidate
                    j += span
                    rate = _per(quote, tokens, starts, j, name)  # "km/h", "km per hour"
                    if rate is not None:
                        unit, used = rate
                        unit_text = (
                            quote[starts[j - span] : starts[j + used - 1]] + words[j + used - 1]
                        )
                        j += used
                    break
        raw = " ".join(words[i:j])
        found.append(QuoteNumber(value, raw, unit, unit_text, starts[i]))
        i = max(j, i + 1)
    return found + _clock_times(quote) + _compound_durations(quote, found)


_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
_SEPARATOR = re.compile(r"[\s,]*(?:and\s+)?")


def _clock_times(quote: str) -> list[QuoteNumber]:
    """Race times written "2:02:40" (hours, minutes, seconds), as seconds."""
    second = _unit_of("seconds")
    return [
        QuoteNumber(
            Fraction(int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3])), m[0], second, m[0], m.start()
        )
        for m in _CLOCK.finditer(quote)
    ]


def _compound_durations(quote: str, found: list[QuoteNumber]) -> list[QuoteNumber]:
    """ "2 hours 1 minute 9 seconds" (and "2 hours, 1 minute and 9 seconds"): the sum, in the
    smallest unit written, besides each part."""
    out: list[QuoteNumber] = []
    run: list[QuoteNumber] = []

    def close() -> None:
        if len(run) > 1:
            last = run[-1]
            assert last.unit is not None
            total = sum((n.value * n.unit.factor for n in run if n.unit), Fraction(0))
            text = " ".join(n.text for n in run)
            out.append(QuoteNumber(total / last.unit.factor, text, last.unit, last.unit_text,
                                   run[0].start))  # fmt: skip
        run.clear()

    for n in found:
        timed = n.unit is not None and n.unit.dimension == "[time]"
        if timed and run:
            previous = run[-1]
            assert previous.unit is not None and n.unit is not None
            gap = quote[previous.start : n.start]
            words = gap.split()
            between = " ".join(words[len(previous.text.split()) :]) if words else ""
            if n.unit.factor < previous.unit.factor and _SEPARATOR.fullmatch(between + " "):
                run.append(n)
                continue
            close()
        if timed:
            run.append(n)
        else:
            close()
    close()
    return out


# --- Ranges: "50 to 100 times", "between 10 and 20", "10-15%", "$2m-$3m" ---------------------


@dataclass(frozen=True, slots=True)
class QuoteRange:
    """A range written in a quote: two figures joined by "to", a dash, or "between ... and"."""

    #: The low end, scale word, percent and currency of the high end carried over ("2 to 3
    #: million" is 2 million to 3 million; "10-15%" is 10% to 15%).
    low: Fraction
    #: The high end, as `QuoteNumber.value` reads it.
    high: Fraction
    #: The words it was read from, from its first word ("between", "from") to its last.
    text: str
    #: The unit written after the high end (or the currency before either end), if recognised.
    unit: UnitInfo | None
    #: The unit's words as written.
    unit_text: str | None
    #: Where in the quote the range starts ("between" and "from" included).
    start: int
    #: Where the two figures start (as `QuoteNumber.start`).
    ends: tuple[int, int]


#: What joins the ends of a range; "and" only after "between".
_JOIN_RE = re.compile(
    r"(?P<pct>\s?%)?\s*(?:(?P<word>to|and)\b|[-\u2010\u2011\u2012\u2013\u2014])\s*"
)
#: Words before "from" that make "from A to B" a change, not a range ("rose from 10 to 20").
_CHANGE_WORDS = frozenset(
    "rose rise rises risen rising increase increased increases increasing grew grow grows grown"
    " growing jumped jump jumps climbed climb climbs soared surged fell fall falls fallen falling"
    " dropped drop drops declined decline declines decreased decrease decreases shrank shrunk"
    " went go goes gone moved changed raised lowered reduced cut boosted slashed up down"
    " doubled tripled halved revised".split()
)
_PERCENT_AFTER_RE = re.compile(r"[\d.,]+\s?%")


#: A unit the reader does not take as one, repeated after each end: "20 g to 30 g".
_UNIT_JOIN_RE = re.compile(
    r"(?P<pct>)\s*(?P<unit>[^\W\d]+)\s*(?:(?P<word>to|and)\b|[-\u2010\u2011\u2012\u2013\u2014])\s*"
)


def _repeated_unit(quote: str, end: int, start: int, last: int) -> re.Match[str] | None:
    """The join of two ends that each carry the same word the reader does not take for a unit
    ("20 g to 30 g"); None when the words differ."""
    join = _UNIT_JOIN_RE.fullmatch(quote, end, start)
    if join is None:
        return None
    after = quote[last:].split()
    return join if after and after[0].strip(".,;:") == join.group("unit") else None


def _start_of(quote: str, n: QuoteNumber) -> int:
    """Where a figure's first character is (its currency symbol included)."""
    start = n.start
    while start < len(quote) and quote[start].isspace():
        start += 1
    return start


def _end_of(quote: str, n: QuoteNumber) -> int:
    """Where a figure's words end in the quote."""
    pos = n.start
    for word in n.text.split():
        found = quote.find(word, pos)
        if found < 0:
            break
        pos = found + len(word)
    return pos


def _scale_of(n: QuoteNumber) -> int:
    """The scale word a figure is written with ("3 million", "$3m"): its size, or 1."""
    for word in n.text.lower().split()[1:]:
        if word in SCALE_WORDS and word != "dozen":
            return SCALE_WORDS[word]
        if word in _MONEY_SCALES and (
            n.unit_text in _CURRENCY_PREFIXES
            or n.unit_text in CURRENCY_SYMBOLS
            or word in _PLAIN_SCALES
        ):
            return _MONEY_SCALES[word]
    return 1


def _is_percent(quote: str, n: QuoteNumber) -> bool:
    words = n.text.lower().split()
    return (
        "percent" in words
        or "cent" in words
        or bool(_PERCENT_AFTER_RE.match(quote, _start_of(quote, n)))
    )


def ranges_in(quote: str, figures: Sequence[QuoteNumber] | None = None) -> list[QuoteRange]:
    """Every range written in a quote, each end read as `numbers_in` reads figures, and what
    one end writes carried over to the other ("2 to 3 million", "10-15%", "$2-3 million").

    Two figures are a range when "to" or a dash joins them ("50 to 100 times", "10-15%", "3 to 5
    years", "$2m-$3m"), or "and" after "between" ("between 10 and 20"), and the second is the
    larger. "from 10 to 20" after a verb of change ("rose from 10 to 20") is a change, and two
    figures in different units ("rose 5% to 300") are two figures.

    >>> [(str(r.low), str(r.high)) for r in ranges_in("between 2 and 3 million people")]
    [('2000000', '3000000')]
    """
    read = numbers_in(quote) if figures is None else figures  # the figures, when already read
    ordered = sorted({n.start: n for n in reversed(read)}.values(), key=lambda n: n.start)
    found: list[QuoteRange] = []
    for a, b in itertools.pairwise(ordered):
        end, a_start, b_start = _end_of(quote, a), _start_of(quote, a), _start_of(quote, b)
        join = _JOIN_RE.fullmatch(quote, end, b_start)
        repeated = None
        if join is None and a.unit is None:
            join = repeated = _repeated_unit(quote, end, b_start, _end_of(quote, b))
        if join is None:
            continue
        before = quote[:a_start].lower().split()
        between = bool(before) and before[-1] == "between"
        if join.group("word") == "and" and not between:
            continue  # "10 and 20 people": two figures
        if (
            before
            and before[-1] == "from"
            and any(w.strip(",.") in _CHANGE_WORDS for w in before[-5:-1])
        ):
            continue  # "rose from 10 to 20": a change
        low, unit, unit_text = a.value, b.unit or a.unit, b.unit_text or a.unit_text
        a_percent = bool(join.group("pct")) or _is_percent(quote, a)
        b_percent = _is_percent(quote, b)
        if a_percent and not b_percent:
            continue  # "rose 5% to 300"
        if b_percent and not a_percent:
            low /= 100  # "10-15%"
        if a.unit is not None and b.unit is not None:
            if a.unit.dimension != b.unit.dimension:
                continue  # "12 kg to 300 people"
            low = low * a.unit.factor / b.unit.factor  # "six months to two years": in years
        if (
            a.unit is not None
            and b.unit is None
            and a.unit_text not in CURRENCY_SYMBOLS
            and a.unit_text not in _CURRENCY_PREFIXES
        ):
            continue  # "3 years to 5": a unit is written on the last end, or on both
        scale_a, scale_b = _scale_of(a), _scale_of(b)
        if scale_b > 1 and scale_a == 1 and low < b.value / scale_b:
            low *= scale_b  # "2 to 3 million"; not "500 to 3 million"
        if low >= b.value:
            continue  # "a 3-1 win", "1990-91"
        start = a_start
        if before and before[-1] in ("between", "from"):
            start = quote.lower().rfind(before[-1], 0, a_start)
        last = _end_of(quote, b)
        if repeated is not None:  # "20 g to 30 g": the second "g" too
            last = quote.index(repeated.group("unit"), last) + len(repeated.group("unit"))
        if b_percent and quote[last : last + 2].strip().startswith("%"):
            last = quote.index("%", last) + 1
        found.append(
            QuoteRange(low, b.value, quote[start:last], unit, unit_text, start, (a.start, b.start))
        )
    return found
