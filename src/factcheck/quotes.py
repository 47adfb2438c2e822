"""The figures written in a quote: "nearly 300 suspects", "$53.4 million", "two-thirds", "double".

The engine compares what a claim says with the words it quotes, so that a typo in a claim file
(``value = 218`` for "281 arrests", ``unit = "lb"`` for "850 kilograms") is caught, not trusted.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from factcheck.numbers import HEDGE_SYNONYMS, Hedge
from factcheck.units import (
    CURRENCY_SYMBOLS,
    SCALE_WORDS,
    UnitError,
    UnitInfo,
    registry,
    unit_info,
)

__all__ = [
    "QuoteNumber",
    "QuoteRange",
    "counted_noun",
    "hedge_before",
    "numbers_in",
    "range_hedge",
    "ranges_in",
    "written_figure",
]

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
#: Dollars (and reais) of other countries, as newsrooms write them: "C$5 million", "$US31.6
#: million" (Australian and New Zealand papers put the country after the sign).
_CURRENCY_PREFIXES = {"US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
                      "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "₹": "INR",
                      "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD",
                      "$HK": "HKD", "$S": "SGD"}  # fmt: skip
#: Currencies written as a word before the figure: "Rs 4,000 crore", "Rs4,000". Three-letter
#: codes ("EUR 50.8 million", "USD 53.4m") are read from the unit registry.
_CURRENCY_WORDS = {"Rs": "INR", "Rs.": "INR",
                   # the financial press's signs written onto a figure: "DKr48bn", "SFr44.2bn",
                   # "SKr1.1bn", "NKr", "TL28.5" (Turkish lira)
                   "DKr": "DKK", "SKr": "SEK", "NKr": "NOK", "SFr": "CHF", "TL": "TRY"}  # fmt: skip
#: The rand's "R", only onto a figure with decimals or grouped digits ("R4.6bn", "R12,500"):
#: "R2-D2" and "R101" are names.
_RAND_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
#: Abbreviated scale words of money figures: "$53.4m", "£2bn", "€300k".
_MONEY_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
#: Of those, the ones that are scale words even without a currency symbol: "1.2bn euros".
_PLAIN_SCALES = {"mn", "bn", "tn"}
#: Scale words of quotes: the claim files' own, their plurals ("4,000 crores"), and "lac", the
#: other spelling of "lakh".
_QUOTE_SCALES: dict[str, int] = {
    **SCALE_WORDS,
    **{f"{w}s": n for w, n in SCALE_WORDS.items() if w in ("lakh", "crore")},
    "lac": 10**5,
    "lacs": 10**5,
}
#: Words that follow a figure but are never its unit, though pint knows some ("in" is an inch).
_NOT_UNITS = frozenset(
    "a an and are as at be by for from in into is it its of on or per than that the this to"
    " was were with while who which".split()
)
#: Units that "a" or "an" stands for one of: "a year", "nearly a decade", "an hour", "a tonne".
_ONE_OF = frozenset(
    "year decade century millennium month week fortnight day hour minute tonne ton kilogram kilo"
    " mile kilometre kilometer litre liter".split()
)

#: Spaces that group thousands: "1 234 567" (SI and many style guides), thin or no-break.
_THIN_SPACES = "\u00a0\u2009\u202f"
_TOKEN_RE = re.compile(
    r"(?P<currency>(?:US|C|CA|A|AU|NZ|HK|S|R)\$|\$(?:US|AU|A|NZ|HK|C|S)(?![A-Za-z])|R\$|[$€£¥₹]+)?"
    r"\s?(?P<number>\d{1,3}(?:[" + _THIN_SPACES + r"]\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"
    r"|\d(?:\d|[.,]+(?=\d))*)(?P<pct>\s?%)?"
    r"|(?P<word>Rs\.?(?=\s?\d)|[A-Za-z]+(?:-[A-Za-z]+)*)"
)
_WESTERN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: Indian grouping: lakhs and crores in twos, "12,34,567" (1,234,567).
_INDIAN_RE = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
#: Continental grouping with points, only where no English figure reads the same: two groups or
#: more ("1.234.567"), or a decimal comma after them ("1.234,5").
_CONTINENTAL_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+")
#: A decimal comma, read as one only before a percent sign ("3,5 %").
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
#: Separators written twice ("3..5", "1,,000").
_DOUBLED_RE = re.compile(r"\d+(?:[.,]\d+)*(?:\.\.+|,,+|[.,]{2,})\d+(?:[.,]\d+)*")
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan"
    " feb mar apr jun jul aug sep sept oct nov dec".split()
)


@functools.lru_cache(maxsize=8192)
def _digits(text: str, percent: bool) -> tuple[Fraction, tuple[Fraction, ...]] | None:
    """A figure written in digits: its value, and for a malformed one ("2,4000", "3..5") the
    figures it probably meant, most likely first (its value is the first). None when the digits
    are not one figure ("5.6.2024", a date; "1.2.3"): they are read as the figures they start."""
    plain = text.replace(" ", "").translate({ord(c): None for c in _THIN_SPACES})
    if plain != text:
        return Fraction(plain), ()  # "1 234 567"
    if _WESTERN_RE.fullmatch(text):
        return Fraction(text.replace(",", "")), ()
    if _INDIAN_RE.fullmatch(text):
        return Fraction(text.replace(",", "")), ()  # "12,34,567"
    if _CONTINENTAL_RE.fullmatch(text):
        return Fraction(text.replace(".", "").replace(",", ".")), ()  # "1.234.567", "1.234,5"
    if percent and _DECIMAL_COMMA_RE.fullmatch(text):
        return Fraction(text.replace(",", ".")), ()  # "3,5 %"
    if _DOUBLED_RE.fullmatch(text):
        meant = re.sub(r"([.,])[.,]+", r"\1", text)  # "3..5" -> 3.5, "1,,000" -> 1,000
        read = _digits(meant, percent)
        if read is not None:
            return read[0], (read[0], *read[1])
        return None
    if "." not in text and "," in text:
        return _misgrouped(text)
    return None


def _misgrouped(text: str) -> tuple[Fraction, tuple[Fraction, ...]]:
    """The readings of digits grouped by commas in no style ("2,4000", "1,23,4", "12,5"): the
    digits without the commas, then a decimal comma ("12,5" as 12.5), then each long group cut
    to three digits ("2,4000" as 2,400)."""
    groups = text.split(",")
    readings = [Fraction("".join(groups))]
    if len(groups) == 2 and len(groups[1]) < 3:
        readings.append(Fraction(f"{groups[0]}.{groups[1]}"))  # a decimal comma: "12,5"
    if len(groups[0]) <= 3 and all(len(g) >= 3 for g in groups[1:]):
        cut = Fraction("".join(groups[:1] + [g[:3] for g in groups[1:]]))
        if cut not in readings:
            readings.append(cut)  # a digit too many: "2,4000" as 2,400
    return readings[0], tuple(readings)


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
    #: Where in the quote the figure starts (its currency symbol or code included).
    start: int = 0
    #: What is wrong with a malformed figure ("2,4000", "3..5", "$$5"); None for a figure
    #: written in some style's way.
    malformed: str | None = None
    #: The figures a malformed figure probably meant, most likely first (``value`` is the
    #: first): "2,4000" -> 24,000 or 2,400. Empty for a well-formed figure.
    readings: tuple[Fraction, ...] = ()
    #: For an amount of money written with what it is paid per ("$3.12 a gallon", "£9.50/kg",
    #: "$17 an hour", "£3.3bn a year"), the price per unit: ``USD / gallon``; ``unit`` stays the
    #: currency and ``text`` the amount, so the words after it are read on their own as well.
    rate: UnitInfo | None = None
    #: The words of the rate after the amount, as written: "a gallon", "/kg", "per hour".
    rate_text: str | None = None

    def units(self) -> list[tuple[UnitInfo, str | None]]:
        """The units a claim may give this figure in, with their words as written (see
        `written_units`)."""
        return written_units(self.unit, self.unit_text, self.rate, self.rate_text)


def written_units(
    unit: UnitInfo | None, unit_text: str | None, rate: UnitInfo | None, rate_text: str | None
) -> list[tuple[UnitInfo, str | None]]:
    """The units a claim may give a figure of a quote in, with their words as written: its
    unit; for money per unit, the price per unit ("$3.12 a gallon": USD per gallon, not USD);
    for money a year, the price per year or the amount, a yearly sum ("£3.3bn a year": GBP per
    year, or GBP). Empty for a figure written without a unit."""
    if unit is None:
        return []
    if rate is None:
        return [(unit, unit_text)]
    gap = "" if (rate_text or "").startswith("/") else " "  # "£/kg", "$ a gallon"
    readings: list[tuple[UnitInfo, str | None]] = [(rate, f"{unit_text}{gap}{rate_text}")]
    yearly = unit.factor / unit_info("year").factor
    if rate.dimension.endswith("[time]**-1") and rate.factor == yearly:
        readings.append((unit, unit_text))  # "£3.3bn a year": a yearly sum
    return readings


def _word_number(words: list[str], i: int) -> tuple[Fraction, int] | None:
    """A number written in words starting at ``words[i]``: value and words used."""
    word = words[i].lower()
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _ONES and parts[1] in _FRACTIONS:
        return _ONES[parts[0]] * _FRACTIONS[parts[1]], 1  # two-thirds
    if len(parts) >= 2 and parts[0] in _ONES and parts[1] not in _ONES:
        return Fraction(_ONES[parts[0]]), 1  # "six-month", "two-year", "three-day"
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    if word in ("a", "an", "one") and following == "hundred":
        return Fraction(100), 2  # "a hundred people"; "a hundred thousand": the scale follows
    if word in ("a", "an") and following in _QUOTE_SCALES:
        return Fraction(1), 1  # "a million people": the scale word follows
    if word in ("a", "an") and following.removesuffix("s") in _ONE_OF:
        return Fraction(1), 1  # "a year", "nearly a decade", "an hour": one of the unit
    if word == "half" and following in ("a", "an") and i + 2 < len(words):
        after = words[i + 2].lower()
        if after in _QUOTE_SCALES:
            return Fraction(_QUOTE_SCALES[after], 2), 3  # "half a million"
        if after in _ONE_OF:
            return Fraction(1, 2), 2  # "half a year": the unit follows
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        value = Fraction(_TENS[parts[0]] + _ONES[parts[1]])  # twenty-five
    elif word in _ONES:
        value = Fraction(_ONES[word])
    elif word in _TENS:
        value = Fraction(_TENS[word])
    elif word in ("a", "one") and following in _FRACTIONS:
        part = _FRACTIONS[following]
        rest = [w.lower() for w in words[i + 2 : i + 5]]
        if len(rest) == 3 and rest[:2] in (["of", "a"], ["of", "an"]):
            if rest[2] in _QUOTE_SCALES:
                return part * _QUOTE_SCALES[rest[2]], 5  # "a quarter of a million"
            if rest[2] in _ONE_OF:
                return part, 4  # "a quarter of a century": the unit follows
        return part, 2
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
        read_digits = _digits(text, False)
        if read_digits is None:
            return None
        value, used = read_digits[0], 1
    elif kind == "word":
        read = _word_number([t[0] for t in tokens], k)
        if read is None or read[0].denominator != 1:
            return None
        value, used = read
    else:
        return None
    if k + used < len(words) and words[k + used] in _QUOTE_SCALES:  # "one in 5 million"
        value *= _QUOTE_SCALES[words[k + used]]
        used += 1
    return (value, k + used - j, k - j) if value > 0 else None


#: Words a claim file may not use as units (they are ambiguous) but a quote may: "5 tons" is a
#: ton of some kind, and the quote check accepts any kind of ton for it.
_QUOTE_SPELLINGS = {"ton": "short_ton", "tons": "short_tons", "pc": "percent", "quid": "GBP"}
#: Abbreviations pint reads as something news copy never means, or as one of two things: "3 pts"
#: (points, not pints), "15kt" (kilotonnes or knots), "3nm" (nanometres or nautical miles). A
#: quote's figure with one of them has no unit to compare.
_NOT_QUOTE_UNITS = frozenset({"pt", "pts", "kt", "nm", "has"})
#: pint's units whose names news English uses as ordinary words: "22 shots", "two counts of
#: fraud", "23 league games", "5 bars", "3 cups", "the 12th" (thou), "30 St Mary Axe" (stokes).
#: After a figure in a quote they are the words, not units.
_WORDS_NOT_UNITS = frozenset(
    "shot count league thou stokes barn bar cup link chain hand rod bit gray rem radian rads"
    " denier tex mil grade grain peck gauss".split()
)
#: The SI prefixes news copy writes on the units it writes them on ("km", "mg", "MW", "kWh",
#: "hPa", "Mt"). pint reads other words as prefixed units that copy never means: "camps"
#: (centi-amperes), "cats" (centi-atmospheres), "rare" (ronto-ares), "7.15am" (attometres).
_NEWS_PREFIXES = frozenset("kilo centi milli mega giga tera micro deci hecto".split())
_PREFIXED_BASES = frozenset(
    "meter gram liter watt watt_hour joule calorie hertz byte bit pascal volt second".split()
)
_PREFIXED_TONNES = frozenset({"kilo", "mega", "giga"})  # "Mt" is megatonnes, "mt" not millitonnes


def _news_unit_name(text: str) -> bool:
    """Whether a word after a figure may be read as pint reads it: not an ordinary word that is
    also a unit's name ("shots", "counts"), nor a prefix on a unit copy never prefixes."""
    try:
        parses = registry().parse_unit_name(text)
    except (AttributeError, ValueError):  # pragma: no cover - pint's parser refuses the word
        return True
    if not parses:
        return True  # a unit of factcheck's own, or a spelling pint resolves otherwise
    for prefix, base, _suffix in parses:
        if not prefix and base not in _WORDS_NOT_UNITS:
            return True
        if base == "metric_ton" and prefix in _PREFIXED_TONNES:
            return True
        if prefix in _NEWS_PREFIXES and base in _PREFIXED_BASES:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _unit_of(text: str) -> UnitInfo | None:
    if len(text) < 2 or text.lower() in _NOT_UNITS or text.lower() in _QUOTE_SCALES:
        return None
    if text.lower() in _NOT_QUOTE_UNITS:
        return None
    spelled = _QUOTE_SPELLINGS.get(text.lower(), text)
    if spelled.isalpha() and not _news_unit_name(spelled):
        return None
    try:
        return unit_info(spelled)
    except UnitError:
        return None


#: Units written as one letter, read only where copy writes them so: "10g" or "10 g" is grams
#: ("5G" is a network); "5 m", "3 l", "2 t", with a space, are metres, litres and tonnes ("5m"
#: is five million in British copy, and "$5m" always is).
_LETTER_UNITS = {"g": "g", "m": "m", "l": "l", "L": "l", "t": "t"}
_SPACES = frozenset(" " + _THIN_SPACES)


def _letter_unit(
    quote: str, tokens: list[Token], starts: list[int], i: int, j: int
) -> UnitInfo | None:
    """The unit a one-letter word at token ``j`` writes after the figure at token ``i``."""
    letter = tokens[j][0]
    if letter not in _LETTER_UNITS or tokens[i][1] != "number":
        return None
    end = quote.find(tokens[i][0], starts[i]) + len(tokens[i][0])
    gap = quote[end : starts[j]]
    if not (gap == "" and letter == "g") and not (len(gap) == 1 and gap in _SPACES):
        return None
    after = quote[starts[j] + 1 : starts[j] + 2]
    if after and (after.isalnum() or after in "'’$"):
        return None
    following = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    if letter == "m" and following and tokens[j + 1][1] == "word":
        info = _unit_of(following)
        if info is not None and info.dimension == "[countable]":
            return None  # "5 m people": million, as "5m people" is
    return unit_info(_LETTER_UNITS[letter])


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
    end = quote.find(tokens[j - 1][0], starts[j - 1]) + len(tokens[j - 1][0])  # past "$" too
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


def _currency_code(written: str) -> str:
    """The unit a currency written before a figure stands for: "$" -> "USD", "A$" -> "AUD",
    "Rs" -> "INR", "EUR" -> "EUR"."""
    return (
        _CURRENCY_PREFIXES.get(written)
        or CURRENCY_SYMBOLS.get(written)
        or _CURRENCY_WORDS.get(written)
        or ("ZAR" if written == "R" else None)
        or written
    )


@functools.lru_cache(maxsize=1024)
def _is_currency_word(word: str) -> bool:
    """Whether a word before a figure is its currency: "EUR 50.8 million", "Rs 4,000 crore"."""
    if word in _CURRENCY_WORDS:
        return True
    if len(word) != 3 or not word.isupper():
        return False
    info = _unit_of(word)
    return info is not None and info.dimension.startswith("[currency_")


_SIGNS = frozenset("$€£¥₹")
_SPLIT_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
Token = tuple[str, str | None, str | None]


def _tokens(
    quote: str,
) -> tuple[list[Token], list[int], dict[int, tuple[Fraction, tuple[Fraction, ...]]]]:
    """The quote's words and figures in digits: (text, kind, currency) each, where each starts,
    and each figure's value with, for a malformed figure, the figures it probably meant. A
    currency word before a figure ("EUR 50.8 million") becomes the figure's currency."""
    tokens: list[Token] = []
    starts: list[int] = []
    values: dict[int, tuple[Fraction, tuple[Fraction, ...]]] = {}
    for match in _TOKEN_RE.finditer(quote):
        number = match.group("number")
        if not number:
            tokens.append((match.group("word"), "word", None))
            starts.append(match.start())
            continue
        currency = match.group("currency")
        pct = bool(match.group("pct"))
        sort = "percent" if pct else "number"
        start = match.start()
        if (
            currency is None
            and tokens
            and _is_currency_word(tokens[-1][0])
            and not quote[starts[-1] + len(tokens[-1][0]) : match.start("number")].strip()
        ):
            currency, start = tokens[-1][0], starts[-1]  # "EUR 50.8 million", "Rs4,000"
            tokens.pop()
            starts.pop()
        if (
            currency is None
            and tokens
            and tokens[-1][0] == "R"
            and _glued_to_a_word(quote, tokens, starts, match.start("number"))
            and _RAND_FIGURE.fullmatch(number)
        ):
            currency, start = "R", starts[-1]  # "R4.6bn": rand
            tokens.pop()
            starts.pop()
        if currency is None and _glued_to_a_word(quote, tokens, starts, match.start("number")):
            # "Twenty20", "G7", "MH17", "Covid19": a name written with digits, not a figure
            tokens[-1] = (tokens[-1][0], "name", None)
            tokens.append((number, "name", None))
            starts.append(match.start("number"))
            continue
        doubled = currency is not None and len(currency) > 1 and set(currency) <= _SIGNS
        if doubled:
            currency = currency[-1]  # "$$5"
        previous = tokens[-1][0].lower().rstrip(".") if tokens else ""
        pieces: list[tuple[str, int]] = [(number, match.start("number"))]
        read = None if " " in number and previous in _MONTHS else _digits(number, pct)
        if read is None:  # "5.6.2024", "May 5 200 people": the figures they start with
            offset = match.start("number")
            pieces = [(m[0], offset + m.start()) for m in _SPLIT_RE.finditer(number)]
        for n, (piece, at) in enumerate(pieces):
            last = n == len(pieces) - 1
            values[len(tokens)] = (
                read if read is not None else (Fraction(piece.replace(",", "")), ())
            )
            if doubled:
                values[len(tokens)] = (values[len(tokens)][0], (values[len(tokens)][0],))
            tokens.append((piece, sort if last else "number", currency if n == 0 else None))
            starts.append(start if n == 0 else at)
    return tokens, starts, values


def _glued_to_a_word(quote: str, tokens: list[Token], starts: list[int], at: int) -> bool:
    """Whether the figure at `at` is written onto the word before it, with no space: a name
    ("Twenty20", "G7", "MH17", "COP28"), whose digits and number word are not figures."""
    if not tokens or tokens[-1][1] != "word":
        return False
    word = tokens[-1][0]
    return starts[-1] + len(word) == at and word[-1:].isalpha()


def _what_is_malformed(text: str, currency: str | None) -> str:
    """What is wrong with a malformed figure, in a few words."""
    if re.search(r"[.,]{2,}", text):
        return "a separator written twice"
    if "," in text:
        return "commas that group its digits in no style (thousands go in threes)"
    return "a currency sign written twice"


def _scale_at(tokens: list[Token], j: int, currency: str | None) -> int | None:
    """The size of a scale word at token ``j`` ("million", "crore", "m" after a currency)."""
    if j >= len(tokens) or tokens[j][1] != "word":
        return None
    word = tokens[j][0].lower()
    if word in _QUOTE_SCALES:
        return _QUOTE_SCALES[word]
    if word in _MONEY_SCALES and (currency is not None or word in _PLAIN_SCALES):
        return _MONEY_SCALES[word]  # "$53.4m", "£2bn"
    return None


def _counted_scale(
    quote: str, tokens: list[Token], starts: list[int], i: int, j: int
) -> int | None:
    """ "m" or "k" written onto a figure without a currency, before a count noun: "5m people",
    "3.2m users", "40k fans" (British copy); before anything else "5m" may be metres."""
    if j + 1 >= len(tokens) or tokens[j][1] != "word" or tokens[j][0] not in ("m", "k"):
        return None
    end = quote.find(tokens[i][0], starts[i]) + len(tokens[i][0])
    if quote[end : starts[j]] or tokens[j + 1][1] != "word":
        return None
    info = _unit_of(tokens[j + 1][0])
    if info is None or info.dimension != "[countable]":
        return None
    return _MONEY_SCALES[tokens[j][0]]


_OPEN_RE = re.compile(r"\s*\(\s*")
_CLOSE_RE = re.compile(r"\s*\)\s*")


def _shared_scale(quote: str, tokens: list[Token], starts: list[int], j: int) -> str | None:
    """The scale word after a conversion in brackets that follows a figure without one:
    "million" in "$US31.6 ($42) million"; None otherwise."""
    if j + 1 >= len(tokens) or tokens[j][1] != "number" or tokens[j][2] is None:
        return None
    before = quote[quote.find(tokens[j - 1][0], starts[j - 1]) + len(tokens[j - 1][0]) : starts[j]]
    end = quote.find(tokens[j][0], starts[j]) + len(tokens[j][0])
    after = quote[end : starts[j + 1]]
    if not _OPEN_RE.fullmatch(before) or not _CLOSE_RE.fullmatch(after):
        return None
    return tokens[j + 1][0] if _scale_at(tokens, j + 1, tokens[j][2]) is not None else None


def numbers_in(quote: str) -> list[QuoteNumber]:
    """Every figure in a quote, with the unit or currency written next to it.

    >>> [str(n.value) for n in numbers_in("$53.4 million in cash and 117 firearms")]
    ['53400000', '117']
    """
    tokens, starts, read_digits = _tokens(quote)
    words = [t[0] for t in tokens]
    found: list[QuoteNumber] = []
    i = 0
    while i < len(tokens):
        text, kind, currency = tokens[i]
        value: Fraction | None = None
        used = 1
        readings: tuple[Fraction, ...] = ()
        if kind in ("number", "percent"):
            value, readings = read_digits[i]
            if kind == "percent":
                value /= 100
                readings = tuple(r / 100 for r in readings)
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
        if j < len(tokens) and tokens[j][1] == "word" and tokens[j][0].lower() in _PERCENT_WORDS:
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
        shared: str | None = None  # a scale word written after a bracketed conversion
        scale = _scale_at(tokens, j, currency)
        if scale is None and currency is None and kind == "number":
            scale = _counted_scale(quote, tokens, starts, i, j)  # "5m people", "40k fans"
        if scale is not None:
            value *= scale
            j += 1
            if (
                scale == 10**5
                and j < len(tokens)
                and tokens[j][1] == "word"
                and tokens[j][0].lower() in ("crore", "crores")
            ):
                value *= 10**7  # "Rs 8.04 lakh crore": a lakh of crores, 10^12
                j += 1
        elif kind == "number" and (scale_word := _shared_scale(quote, tokens, starts, j)):
            # "$US31.6 ($42) million": the conversion in brackets shares the scale word
            value *= _scale_at(tokens, j + 1, tokens[j][2]) or 1
            shared = scale_word
        unit: UnitInfo | None = None
        unit_text: str | None = None
        price: tuple[UnitInfo, str] | None = None  # money per unit
        if currency is not None:
            unit_text = currency
            unit = _unit_of(_currency_code(currency))
            if unit is not None and (per := _per(quote, tokens, starts, j, unit.name)):
                # "$3.12 a gallon", "£9.50/kg": a price per unit (the words after the amount
                # stay to be read, so "an hour" is still a figure of its own)
                end = quote.find(tokens[j - 1][0], starts[j - 1]) + len(tokens[j - 1][0])
                last = starts[j + per[1] - 1] + len(tokens[j + per[1] - 1][0])
                price = (per[0], quote[end:last].strip())
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
            if (
                unit is None
                and j == i + used
                and (letter := _letter_unit(quote, tokens, starts, i, j))
            ):
                unit, unit_text = letter, tokens[j][0]  # "10 g", "5 m", "2 t"
                j += 1
        raw = " ".join(words[i:j]) if shared is None else f"{words[i]} {shared}"
        malformed = None
        if readings:
            base = readings[0]
            readings = tuple(r * value / base for r in readings) if base else readings
            malformed = _what_is_malformed(text, currency)
        found.append(
            QuoteNumber(
                value, raw, unit, unit_text, starts[i], malformed=malformed, readings=readings,
                rate=price[0] if price else None, rate_text=price[1] if price else None,
            )
        )  # fmt: skip
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
    #: For money per unit, the price per unit written after the high end ("$3-$4 a gallon"),
    #: as `QuoteNumber.rate`, and its words.
    rate: UnitInfo | None = None
    rate_text: str | None = None

    def units(self) -> list[tuple[UnitInfo, str | None]]:
        """The units a claim may give this range in (see `written_units`)."""
        return written_units(self.unit, self.unit_text, self.rate, self.rate_text)


#: What joins the ends of a range; "and" only after "between".
_JOIN_RE = re.compile(
    r"(?P<pct>\s?%)?\s*(?:(?P<word>to|and|or|up\s+to)\b|[-\u2010\u2011\u2012\u2013\u2014])\s*"
)
#: Words before "from" that make "from A to B" a change, not a range ("rose from 10 to 20").
_CHANGE_WORDS = frozenset(
    "rose rise rises risen rising increase increased increases increasing grew grow grows grown"
    " growing jumped jump jumps climbed climb climbs soared surged fell fall falls fallen falling"
    " dropped drop drops declined decline declines decreased decrease decreases shrank shrunk"
    " went go goes gone moved changed raised lowered reduced cut boosted slashed up down"
    " doubled tripled halved revised widened widen widens narrowed narrow narrows trimmed eased"
    " slipped gained improved expanded contracted shed lifted".split()
)
_PERCENT_AFTER_RE = re.compile(r"[\d.,]+\s?%")
#: Words after a figure that make it a percentage: "12 percent", "12pc" (British papers), "12
#: pct" (wires).
_PERCENT_WORDS = frozenset({"percent", "pc", "pct"})


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


def figure_start(quote: str, n: QuoteNumber) -> int:
    """Where a figure's first character is (its currency symbol included)."""
    start = n.start
    while start < len(quote) and quote[start].isspace():
        start += 1
    return start


def figure_end(quote: str, n: QuoteNumber) -> int:
    """Where a figure's words end in the quote."""
    pos = n.start
    for word in n.text.split():
        found = quote.find(word, pos)
        if found < 0:
            break
        pos = found + len(word)
    return pos


_NEXT_WORD_RE = re.compile(r"[ \t\u00a0\u2009\u202f]+([A-Za-z]+(?:-[A-Za-z]+)*)(?![\w.'’])")


def declared_unit(word: str, nouns: Mapping[str, str]) -> UnitInfo | None:
    """The unit of what a noun a claim file declares counts (its ``[nouns]`` table: ``nephews
    = "people"``), the noun written in the singular or the plural and in any letter case; None
    for a word it does not declare."""
    if not nouns:
        return None
    low = word.lower()
    forms = {low, f"{low}s", f"{low}es", low.removesuffix("s"), low.removesuffix("es")}
    if low.endswith("ies"):
        forms.add(low[:-3] + "y")
    if low.endswith("y"):
        forms.add(low[:-1] + "ies")
    for form in sorted(forms):
        if form in nouns:
            return unit_info(nouns[form])
    return None


def counted_noun(
    quote: str, n: QuoteNumber, nouns: Mapping[str, str] | None = None
) -> tuple[str, UnitInfo] | None:
    """The count noun a figure counts, as written, and its unit: the noun after it, after at
    most two describing words ("300 lost dogs", "some 40 stolen cars", "nearly 2,000 new
    homes"), and of nouns written together the last ("27 member states", "1.2 million user
    accounts", "44 search warrants"). A noun of ``nouns`` (a claim file's ``[nouns]`` table)
    counts what the table says ("three nephews": people). None when the figure has another
    unit ("10 kg") or no count noun factcheck knows follows it in the same phrase."""
    head: tuple[str, UnitInfo] | None = None
    if n.unit is not None:
        if n.unit.dimension != "[countable]" or n.unit_text is None:
            return None
        head = (n.unit_text, n.unit)
    pos, described = figure_end(quote, n), 0
    while (match := _NEXT_WORD_RE.match(quote, pos)) is not None:
        word, pos = match[1], match.end()
        info = _unit_of(word) or declared_unit(word, nouns or {})
        if info is not None and info.dimension == "[countable]":
            head = (word, info)
            continue
        if head is not None or info is not None or described == 2:
            break  # the noun phrase ends, or a word that is not a describing one
        if not word.islower() or word in _NOT_UNITS or word in _QUOTE_SCALES:
            break
        described += 1
    return head


#: Words ending in "s" after a figure that are not nouns: "281 was", "12 others", "3 plus".
_NOT_NOUNS = frozenset(
    "has his its thus plus less unless across always perhaps besides us yes sometimes towards"
    " afterwards others those these ours yours theirs hers whereas was is as".split()
)


def unknown_noun(quote: str, n: QuoteNumber, nouns: Mapping[str, str] | None = None) -> str | None:
    """The word after a figure that reads as a count noun factcheck does not know ("three
    nephews", "40 stolen goats"): a plural in lower case, after at most two describing words,
    that is neither a unit nor a noun of ``nouns``; None when the figure has a unit, counts a
    noun factcheck knows, or no such word follows it ("281 were arrested")."""
    if n.unit is not None or counted_noun(quote, n, nouns) is not None:
        return None
    pos, described = figure_end(quote, n), 0
    while (match := _NEXT_WORD_RE.match(quote, pos)) is not None and described < 3:
        word, pos = match[1], match.end()
        if not word.islower() or word in _NOT_UNITS or word in _NOT_NOUNS:
            return None
        if word in _QUOTE_SCALES or _unit_of(word) is not None:
            return None
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return word
        described += 1
    return None


def _scale_of(n: QuoteNumber) -> int:
    """The scale word a figure is written with ("3 million", "$3m"): its size, or 1."""
    for word in n.text.lower().split()[1:]:
        if word in _QUOTE_SCALES and word != "dozen":
            return _QUOTE_SCALES[word]
        if word in _MONEY_SCALES and (_written_before(n) or word in _PLAIN_SCALES):
            return _MONEY_SCALES[word]
    return 1


def scale_word(figure: QuoteNumber) -> tuple[str, int] | None:
    """The scale word a figure is written with, as written, and its size: ("million", 10**6)
    for "$3 million", ("m", 10**6) for "$3m"; None for a figure without one."""
    size = _scale_of(figure)
    if size == 1:
        return None
    for word in figure.text.split()[1:]:
        if _QUOTE_SCALES.get(word.lower()) == size or _MONEY_SCALES.get(word.lower()) == size:
            return word, size
    return None


def _written_before(n: QuoteNumber) -> bool:
    """Whether a figure's unit is written before it: a currency sign or code ("$2", "EUR 2")."""
    return n.unit_text is not None and not n.text.endswith(n.unit_text)


def _is_percent(quote: str, n: QuoteNumber) -> bool:
    words = n.text.lower().split()
    return (
        bool(_PERCENT_WORDS.intersection(words))
        or "cent" in words
        or bool(_PERCENT_AFTER_RE.match(quote, figure_start(quote, n)))
    )


def ranges_in(quote: str, figures: Sequence[QuoteNumber] | None = None) -> list[QuoteRange]:
    """Every range written in a quote, each end read as `numbers_in` reads figures, and what
    one end writes carried over to the other ("2 to 3 million", "10-15%", "$2-3 million").

    Two figures are a range when "to" or a dash joins them ("50 to 100 times", "10-15%", "3 to 5
    years", "$2m-$3m"), "and" after "between" ("between 10 and 20"), "up to" after "from" ("from
    200 up to 300"), or "or" between two close figures ("two or three times", "one or two
    arrests": the second at most twice the first and one), and the second is the larger. "from
    10 to 20" after a verb of change ("rose from 10 to 20") is a change, and two
    figures in different units ("rose 5% to 300") are two figures.

    >>> [(str(r.low), str(r.high)) for r in ranges_in("between 2 and 3 million people")]
    [('2000000', '3000000')]
    """
    read = numbers_in(quote) if figures is None else figures  # the figures, when already read
    ordered = sorted({n.start: n for n in reversed(read)}.values(), key=lambda n: n.start)
    found: list[QuoteRange] = []
    for a, b in itertools.pairwise(ordered):
        end, a_start, b_start = figure_end(quote, a), figure_start(quote, a), figure_start(quote, b)
        join = _JOIN_RE.fullmatch(quote, end, b_start)
        repeated = None
        if join is None and a.unit is None:
            join = repeated = _repeated_unit(quote, end, b_start, figure_end(quote, b))
        if join is None:
            continue
        before = quote[:a_start].lower().split()
        between = bool(before) and before[-1] == "between"
        if join.group("word") == "and" and not between:
            continue  # "10 and 20 people": two figures
        if join.group("word") == "or" and (a.unit is not None or b.value > 2 * a.value + 1):
            continue  # "two or three times" is a range; "5 kg or 300 people", "1 or 10" are not
        if join.group("word") not in (None, "to", "and", "or") and (
            not before or before[-1] != "from"
        ):
            continue  # "up to" joins a range only after "from": "from 200 up to 300"
        changed = any(w.strip(",.") in _CHANGE_WORDS for w in before[-5:-1])
        if (
            before
            and before[-1] == "by"
            and changed
            and (a.unit or _is_percent(quote, a) or repeated is not None)
        ):
            continue  # "rose by 3.5% to 12.5%", "cut by 3p to 27p": the change, then the level
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
        if a.unit is not None and b.unit is None and not _written_before(a):
            continue  # "3 years to 5": a unit is written on the last end, or on both
        scale_a, scale_b = _scale_of(a), _scale_of(b)
        if scale_b > 1 and scale_a == 1 and low < b.value / scale_b:
            low *= scale_b  # "2 to 3 million"; not "500 to 3 million"
        if low >= b.value:
            continue  # "a 3-1 win", "1990-91"
        start = a_start
        if before and before[-1] in ("between", "from"):
            start = quote.lower().rfind(before[-1], 0, a_start)
        last = figure_end(quote, b)
        if repeated is not None:  # "20 g to 30 g": the second "g" too
            last = quote.index(repeated.group("unit"), last) + len(repeated.group("unit"))
        if b_percent and quote[last : last + 2].strip().startswith("%"):
            last = quote.index("%", last) + 1
        rate, rate_text = (b.rate, b.rate_text) if b.rate else (a.rate, a.rate_text)
        found.append(
            QuoteRange(
                low, b.value, quote[start:last], unit, unit_text, start, (a.start, b.start),
                rate, rate_text,
            )
        )  # fmt: skip
    return found


# --- Hedges: the word right before a figure that qualifies it ("nearly 300", "more than $5m") ---

#: The words before a figure: a word (maybe abbreviated, "est.") or any other single character.
_WORD_BEFORE = re.compile(r"[a-z]+(?:['-][a-z]+)*\.?|\S")
#: The hedge words as word sequences, longest first ("just under" before "under").
_HEDGE_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(w.split()), w) for w in HEDGE_SYNONYMS), key=lambda p: -len(p[0])
)
#: Hedge words that are also prepositions of place or time: "spread over three continents",
#: "over a 10-month period", "about a 12-year-old boy" say where, when or what, not how many.
_PREPOSITIONS = frozenset({"over", "under", "above", "below", "around", "about"})
#: Words after which "over" (and "under", "above", "below") spreads something over the figure:
#: "spread over three continents", "carried out over two days".
_SPREAD = frozenset(
    "spread spreads spreading span spans spanned spanning stretched stretches stretching"
    " scattered distributed place occurred happened fought played across out conducted held"
    " staged unfolded executed mounted split divided".split()
)
#: Words after which "over" a time is "more than" it ("lasted over 30 hours", "for over ten
#: years"); after other words "over" a time is when ("raids over two days": during them).
_FOR_A_TIME = frozenset(
    "for lasted lasting lasts last took take takes taking spent spend spends spending to of in"
    " after than served serving serve is was were be been are within aged just".split()
)
#: Words before "up to" that make it "rising to" or a phrasal verb, not "at most": "rose up to
#: 300", "adds up to 300", "signed up to 10 deals".
_UP_TO_VERBS = frozenset(
    "rose rise rises risen rising climbed climb climbs climbing jumped jump jumps went go goes"
    " going gone moved move moves moving edged crept shot soared surged increased increase"
    " increases increasing grew grow grows growing grown added add adds adding sum sums summed"
    " summing totted signed sign signs stepped step steps pushed push ticked tick counted"
    " built build lead led run".split()
)
#: Hedge words that may qualify a year ("around 2020"); before the others a year is a date
#: ("up to 2024" is until 2024, "under a 2019 law" is a law of 2019).
_YEAR_HEDGES = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                          "circa", "estimated", "an estimated"})  # fmt: skip
_ADJECTIVE_RE = re.compile(r"[\w,.]+-(?P<noun>[a-z]+)")
_YEAR_RE = re.compile(r"(?:1[89]|20|21)\d\d")


def _is_year(quote: str, figure: QuoteNumber) -> bool:
    """Whether a figure is a year: four digits from 1800 to 2199, no unit, no comma."""
    return (
        figure.unit is None
        and figure.value.denominator == 1
        and bool(_YEAR_RE.fullmatch(figure.text))
        and quote[figure_start(quote, figure) :].startswith(figure.text)
    )


def _is_adjective(quote: str, figure: QuoteNumber) -> bool:
    """Whether a figure is written as part of an adjective: "10-month", "16-year-old",
    "two-day" (not "two-thirds" or "twenty-five", which are figures)."""
    chunk = quote[figure_start(quote, figure) :].split(maxsplit=1)
    found = _ADJECTIVE_RE.match(chunk[0].lower()) if chunk else None
    if found is None:
        return False
    noun = found["noun"]
    return noun not in _ONES and noun not in _FRACTIONS and noun not in ("odd", "plus")


def _bracketed_after(
    quote: str, figure: QuoteNumber, figures: Sequence[QuoteNumber]
) -> QuoteNumber | None:
    """The figure a bracketed figure converts: "€50m" for "$53m" in "about €50m ($53m)"."""
    start = figure_start(quote, figure)
    opening = quote.rfind("(", 0, start)
    if opening < 0 or quote[opening + 1 : start].strip():
        return None
    for other in figures:
        if other.start < opening and not quote[figure_end(quote, other) : opening].strip():
            return other
    return None


def hedge_before(
    quote: str, figure: QuoteNumber, figures: Sequence[QuoteNumber] | None = None
) -> str | None:
    """The hedge word (a key of `factcheck.numbers.HEDGE_SYNONYMS`) that qualifies a figure of
    the quote: the one right before it, an article allowed between ("nearly a third", "more than
    a million"); None when none does.

    A hedge word in another sense is not one: a preposition ("over the weekend", "spread over
    three continents", "raids carried out over two days", "over a 10-month period", "about a
    12-year-old boy"), "up to" as "rising to" or a phrasal verb ("rose up to 300", "adds up to
    300", "up to 2024"), "some" as a determiner ("some 16-year-olds"), any hedge word before
    "the" ("about the 300 arrests", "more than the 300 of last year") or before a year used as a
    date ("under a 2019 law"). A conversion in brackets shares the hedge of the figure it
    converts: "$53m" in "about €50m ($53m)" is "about".

    >>> quote = "about €50m ($53m) over a 10-month period"
    >>> [hedge_before(quote, n) for n in numbers_in(quote)]
    ['about', 'about', None]
    """
    read = numbers_in(quote) if figures is None else figures
    converted = _bracketed_after(quote, figure, read)
    if converted is not None:
        return hedge_before(quote, converted, read)
    return _hedge_at(quote, figure.start, figure)


def range_hedge(quote: str, written: QuoteRange) -> str | None:
    """The hedge word that qualifies a whole range: only "about" and its synonyms ("about 10 to
    15 people"); "up to 50 to 100 times" is the range, not "at most"."""
    first = next((n for n in numbers_in(quote) if n.start == written.ends[0]), None)
    word = _hedge_at(quote, written.start, first)
    return word if word is not None and HEDGE_SYNONYMS[word] is Hedge.ABOUT else None


def written_figure(figure: QuoteNumber) -> str:
    """A figure as the quote writes it, its currency before it: "$5 million", "EUR 50.8m"."""
    if figure.unit_text is None or figure.text.endswith(figure.unit_text):
        return figure.text
    space = " " if figure.unit_text[-1].isalpha() else ""
    return f"{figure.unit_text}{space}{figure.text}"  # the currency before the figure


def _hedge_at(quote: str, start: int, figure: QuoteNumber | None) -> str | None:
    """The hedge word right before ``start`` (an article allowed between) that qualifies what
    starts there, unless it is used in another sense."""
    words = _WORD_BEFORE.findall(quote[:start].lower())
    skipped = ""
    for _ in range(2):
        for phrase, word in _HEDGE_PHRASES:
            if len(words) >= len(phrase) and tuple(words[len(words) - len(phrase) :]) == phrase:
                before = words[-len(phrase) - 1] if len(words) > len(phrase) else ""
                return None if _other_sense(quote, figure, word, before, skipped) else word
        if not words or words[-1] not in ("a", "an", "the"):
            break
        skipped, words = words[-1], words[:-1]
    return None


def _other_sense(
    quote: str, figure: QuoteNumber | None, word: str, before: str, skipped: str
) -> bool:
    """Whether a hedge word before a figure is used in another sense (see `hedge_before`)."""
    if skipped == "the":
        return True  # "over the 42.195 km", "about the 300 arrests"
    if word == "up to" and (before in _UP_TO_VERBS or _WESTERN_RE.fullmatch(before)):
        return True  # "rose up to 300", "from 200 up to 300"
    if figure is None:
        return word in _PREPOSITIONS and before in _SPREAD
    if _is_year(quote, figure) and word not in _YEAR_HEDGES:
        return True  # "up to 2024", "under a 2019 law"
    if word in _PREPOSITIONS:
        if before in _SPREAD:
            return True  # "spread over three continents"
        if skipped and _is_adjective(quote, figure):
            return True  # "over a 10-month period", "about a 12-year-old boy"
        if (
            skipped
            and figure.value > 1
            and figure.text.split()[0].isdigit()
            and (not any(w in _QUOTE_SCALES for w in figure.text.lower().split()))
        ):
            return True  # "under a 2019 law", "about a 300-strong crowd": "a" is not the figure's
        timed = figure.unit is not None and figure.unit.dimension == "[time]"
        if word == "over" and timed and before and before not in _FOR_A_TIME:
            return True  # "raids over two days": during them
    return word == "some" and not skipped and _is_adjective(quote, figure)  # "some 16-year-olds"


def figure_words(quote: str, value: Fraction) -> str | None:
    """The words of a quote that write a figure of this value with its currency, scale word and
    hedge word ("about €50m" in "about €50m ($53m)"); the whole quote when the figure shares
    words with another (a conversion in brackets shares the scale word or the hedge of the
    figure it converts: "$US31.6 ($42) million", "about €50m ($53m)"); None when the quote
    does not write the figure."""
    figures = numbers_in(quote)
    for n in figures:
        if value not in (n.value, *n.readings):
            continue
        start, end = figure_start(quote, n), figure_end(quote, n)
        if ")" in quote[start:end] or any(start < o.start < end for o in figures if o is not n):
            return quote  # "$US31.6 ($42) million": the scale word is both figures'
        word = hedge_before(quote, n, figures)
        if word is not None and _bracketed_after(quote, n, figures) is not None:
            return quote  # "about €50m ($53m)": the hedge is the converted figure's
        if word is not None:
            at = quote.lower().rfind(word, 0, start)
            start = at if at >= 0 else start
        return quote[start:end]
    return None


#: Words after a hedge word that make it a preposition or an adverb: "around the world", "about
#: the operation", "over the weekend", "up to now", "over it".
_NOT_HEDGED = frozenset(
    "the this that these those its it their them his him her our us my your now date which"
    " what whom whose who there here".split()
)
_PHRASE_RE = re.compile(
    r"(?<![\w-])(?P<hedge>"
    + "|".join(re.escape(w) for _, w in _HEDGE_PHRASES)
    + r")(?![\w-])(?:\s+(?P<next>[\w']+))?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)
def hedge_words_in(quote: str) -> tuple[str, ...]:
    """The hedge words of a quote, wherever they stand, that may hedge a figure: not those used
    as prepositions or adverbs before a determiner or pronoun ("around the world", "about the
    operation", "over the weekend", "up to now"). Keys of `HEDGE_SYNONYMS`, in order."""
    found = []
    for match in _PHRASE_RE.finditer(quote):
        following = match["next"] or ""
        if following.lower() in _NOT_HEDGED and not following.isupper():  # "US$5m" is not "us"
            continue
        found.append(" ".join(match["hedge"].lower().split()))
    return tuple(found)
