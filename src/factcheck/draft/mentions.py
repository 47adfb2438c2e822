"""The quantity mentions of running text: every figure an article writes, where it stands, what it
counts, how it is hedged and whether it is a change.

`mentions` reads a text with the quote reader (`factcheck.quotes.numbers_in`, `ranges_in`,
`factcheck.vague.vague_in`: one reader of figures for claim files and for articles) and adds what
running text needs: character offsets, the hedge before a figure as a bound (``nearly 300``:
``~``; ``more than 100,000``: ``>``), the direction of a change (``rose to``, ``fell by``,
``doubled``), the counted noun (``281 arrests`` counts arrests; ``850 kilograms of drugs``
measures drugs). Dates, weekdays and relative dates are not quantities: `factcheck.draft.times`
finds them.

    >>> [(m.text, m.value, m.unit, m.bound) for m in mentions("arrested nearly 300 suspects")]
    [('300 suspects', Fraction(300, 1), 'suspects', '~')]

The work is a few precompiled regular expressions and one pass of the quote reader per paragraph:
no model, no tagger.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

from factcheck.draft.times import date_spans
from factcheck.numbers import HEDGE_SYNONYMS, Hedge
from factcheck.quotes import (
    QuoteNumber,
    QuoteRange,
    figure_end,
    figure_start,
    numbers_in,
    ranges_in,
    scale_word,
)
from factcheck.units import CURRENCY_SYMBOLS, UnitError, UnitInfo, unit_info
from factcheck.vague import vague_in

__all__ = ["BOUNDS", "Bound", "Change", "Mention", "MentionKind", "mentions"]

Bound = Literal["=", "~", ">", ">=", "<", "<="]
Change = Literal["up", "down"]
#: What a mention is: a figure ("281 arrests", "$53.4 million", "15 years"), a percentage
#: ("68%"), a fraction ("two-thirds"), a multiple ("double", "three times"), a range ("10 to
#: 20 kg") or a vague quantity ("dozens of people").
MentionKind = Literal["figure", "percent", "fraction", "multiple", "range", "vague"]

#: The bound each hedge of factcheck gives a figure ("nearly" and "about" are approximate).
BOUNDS: dict[Hedge, Bound] = {
    Hedge.EXACT: "=",
    Hedge.NEARLY: "~",
    Hedge.ABOUT: "~",
    Hedge.MORE_THAN: ">",
    Hedge.AT_LEAST: ">=",
    Hedge.LESS_THAN: "<",
    Hedge.AT_MOST: "<=",
}
#: Hedge words of news copy that factcheck's claims do not name, with the bound they give.
_EXTRA_HEDGES: dict[str, Bound] = {
    "just over": ">", "well over": ">", "as many as": "<=", "as much as": "<=",
    "as few as": ">=", "as little as": ">=", "close on": "~", "circa": "~", "some": "~",
    "well above": ">", "more than": ">", "over": ">", "nearly": "~", "almost": "~",
    "an estimated": "~", "approximately": "~", "roughly": "~", "about": "~", "around": "~",
    "barely": "~", "topped": ">", "tops": ">", "topping": ">", "exceeding": ">", "exceeds": ">",
    "exceeded": ">", "in excess of": ">", "upwards of": ">", "longer than": ">",
    "reached or exceeded": ">=", "as small as": "<=", "as low as": "<=", "as high as": "<=",
}  # fmt: skip
#: Words a hedge word is not a hedge after ("spread over three continents" says where).
_SPREAD = frozenset(
    "spread spreads spreading span spans spanned spanning stretched stretches stretching"
    " scattered distributed across held".split()
)
_PREPOSITIONS = frozenset({"over", "under", "above", "below"})
#: A duration after "over" is the period ("over five years"), except after these words, where
#: "over" is "more than": "for over 15 years", "took over three hours", "aged over 70".
_DURATION_AFTER = re.compile(
    r"[\w.,-]+(?:\s+[\w-]+)?\s+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b", re.I
)
_OVER_A_HEDGE = frozenset(
    "for of than took take takes lasted lasts last lasting after aged served waited spent".split()
)
#: Verbs after which "up to" is a total: "add up to", "adds up to", "amounted up to".
_ADD_UP = frozenset("add adds added adding sum sums summed totted".split())


def _hedge_re() -> re.Pattern[str]:
    words = sorted(set(HEDGE_SYNONYMS) | set(_EXTRA_HEDGES), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(
        rf"(?:^|(?<=[^\w]))(?P<hedge>{alternatives})\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE
    )


_HEDGE_BEFORE = _hedge_re()
#: Hedges after the figure: "300 or more", "100 or so", "a dozen-plus".
_HEDGE_AFTER = re.compile(r"(?:\s+or\s+(?P<more>more)|\s+(?:and|or)\s+(?P<older>older|over)\b"
                          r"|\s+or\s+(?P<so>so)\b|-?(?P<plus>plus)\b)",
                          re.IGNORECASE)  # fmt: skip

_UP = (
    r"rose|risen|rises|rising|rise|increased|increases|increasing|increase|grew|grown|grows|growing"
    r"|jumped|jumps|jump|climbed|climbs|climbing|soared|soars|surged|surges|gained|gains|up"
    r"|boosted|raised|expanded|swelled|spiked|rebounded|doubled|tripled|quadrupled|higher"
)
_DOWN = (
    r"fell|fallen|falls|falling|fall|dropped|drops|dropping|drop|declined|declines|declining"
    r"|decline|decreased|decreases|decrease|down|cut|cuts|slashed|lost|shrank|shrunk|shrinks"
    r"|shed|sheds|slipped|slips|eased|eases|narrowed|narrows"
    r"|plunged|plummeted|tumbled|slid|sank|slumped|halved|reduced|reduction|lower|dipped"
)
_CONNECT = (
    r"(?P<connect>(?:\s+(?:by|to|from|of|at|some|nearly|almost|about|around|roughly|just|more"
    r"|than|over|under|less|fewer|least|most|an|a|as|much|many|estimated|another|a\s+further"
    r"|further|sharply|steeply|slightly|percent))*)"
)
#: A verb (or noun) of change right before a figure: "rose to", "fell by", "an increase of".
_CHANGE_BEFORE = re.compile(
    rf"(?:^|\W)(?P<verb>(?:(?P<up>{_UP})|(?P<down>{_DOWN}))){_CONNECT}\s*$", re.IGNORECASE
)
#: Hedge words among the connecting words: "rose to about 700" is "to" with a hedge.
_CONNECT_HEDGES = re.compile(
    r"\b(?:at\s+(?:least|most)|up\s+to|more\s+than|less\s+than|fewer\s+than|as\s+(?:much|many)"
    r"\s+as)\b",
    re.IGNORECASE,
)
#: The preposition that says a figure is the level a change reached or started from, not its
#: size: "rose to 158,700", "up from 371,111", "closed 2.4 per cent higher at 1,512.35".
_LEVEL_WORDS = frozenset({"to", "from", "at"})
#: Verbs before "up" that make a phrasal verb, not a rise: "make up 30 per cent", "setting up
#: seven", "add up to".
_PHRASAL_UP = frozenset(
    "make makes made making set sets setting add adds added adding pick picks picked picking"
    " take takes took taking end ends ended ending sign signs signed signing back backs backed"
    " line lines lined open opens opened opening shore shored".split()
)
#: A sign written on a figure: "+49,000" (a change in employment), "-140,000".
_SIGN_BEFORE = frozenset("+-−")
#: A noun of change right after a figure: "a 12% increase", "a 3-point drop".
_CHANGE_AFTER = re.compile(
    r"[\s-]*(?:(?:percentage[\s-])?points?\s+)?(?:(?P<up>increase|rise|jump|gain|growth|hike"
    r"|surge|uptick|higher|more)|(?P<down>drop|decline|fall|decrease|cut|reduction|loss|dip"
    r"|slump|lower|fewer|less))\b",
    re.IGNORECASE,
)
_UP_WORDS = {"doubled", "tripled", "quadrupled"}
_COMPARATIVES = frozenset("higher lower more fewer less".split())
_DOWN_WORDS = {"halved"}
_MULTIPLE_WORDS = frozenset(
    "double doubled twice triple tripled thrice quadruple quadrupled halved".split()
)
_FRACTION_WORDS = re.compile(r"\b(?:halves|half|thirds?|quarters?|fifths?|tenths?)\b", re.I)

#: Words that end a counted noun phrase: "281 arrests, 850 kilograms", "300 suspects and".
_STOP = frozenset(
    """a about above after against ago all along also although among an and any are around as
    at be because been before being below between both but by can could did do does during each
    either else ever every few for from had has have he her here his how if in including into
    is it its itself last least less like many may might more most much must my near nearly
    neither next no nor not now of off on once one only onto or other our out over own past per
    same she should since so some such than that the their them then there these they this
    those though through thus to too toward towards under until up upon us very via was we were
    what when where whether which while who whom whose why will with within without would yet
    you your said says say told reported according""".split()
)
#: Verbs and adverbs copy writes right after a counted figure: they end its noun phrase
#: ("1.2 million new homes built", "Eight cabinet ministers lost their seats", "persons aboard").
_VERBS_AFTER = frozenset(
    """built lost went came remain remains remained died fell rose grew left won got made took
    gave sold paid held met saw ran hit put set kept brought bought became began stood sat
    spent fled voted aboard apiece each clear ahead behind away overall altogether alone north
    south east west""".split()
)
#: Plural acronyms that are counted nouns: "121 MPs", "40 GPs", "12 MEPs".
#: A people noun named by nationality, as a plural: "Americans", "Australians", "Britons",
#: "Pakistanis", "Chinese".
DEMONYMS = re.compile(r"[A-Z][a-z]+(?:ans|ese|ons|is)")
_ACRONYMS = re.compile(r"[A-Z]{2,4}s")
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:[^e]ed|[^e]ied)")
_ED_NOUNS = frozenset("hundred kindred seabed hatred sacred naked".split())
_WORD_AFTER = re.compile(r"\s*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_OF_AFTER = re.compile(
    r"\s+(?:of|in|worth\s+of)\s+(?:(?:the|its|their|his|her|our|all|these|those)\s+)?", re.I
)
#: The pronoun "one" ("the other one", "one of them") and the like are not quantities.
_NOT_A_COUNT_BEFORE = frozenset("the other this that any each every no which no-one".split())
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
#: "a couple of", "a handful of": the vague quantity; "the couple", "a Hamilton couple" is not.
_COUNTED_COUPLE = re.compile(r"(?i)a\s+(?:couple|handful)\s+of\b")
_OF_OR_SCALE = re.compile(r"(?i)\s+(?:of\b|hundred|thousand|million|dozen|more\b|\d)")
#: A code before "-" or a figure before "/", right before a figure: "COVID-19", "9/11".
_GLUED = re.compile(r"(?:\b[A-Z][A-Za-z]+-|\d/)$")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
#: English words pint reads as units: "has" (hectares), "thou", "min" before a name.
_WORDS_NOT_UNITS = frozenset({"has", "thou", "are"})
_LABEL_BEFORE = frozenset("the this that its their his her a an last next our".split())
#: An ISO currency code before a figure: "EUR 50.8 million", "USD54.9m".
_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s?$")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity the text mentions: where, what figure, in what unit, how hedged."""

    #: Where it starts and ends in the text (character offsets, ``text[start:end]``).
    start: int
    end: int
    #: The text's words: ``text[start:end]``.
    text: str
    #: What it is (`MentionKind`).
    kind: MentionKind
    #: The figure, scale words included ("$53.4 million": 53400000); a percentage in percent
    #: (68 for "68%"); a fraction or a multiple as a number (2/3, 2). None for a vague word.
    value: Fraction | None
    #: For a range, the low and high ends (``value`` is None then).
    range: tuple[Fraction, Fraction] | None
    #: A pint unit name ("kilogram", "year"), an ISO currency code ("USD"), "percent", or the
    #: counted noun as written ("arrests", "lives"); None for a bare number.
    unit: str | None
    #: How the text bounds the figure: "=", "~", ">", ">=", "<", "<=".
    bound: Bound
    #: "up" or "down" for a change ("rose to", "fell by", "doubled"), else None.
    change: Change | None
    #: The counted or measured noun phrase: "arrests", "drugs" (of "850 kilograms of drugs"),
    #: "American lives", "deaths" (of "two-thirds of the deaths"); None when none is written.
    concept: str | None
    #: The hedge word as written ("nearly", "more than"), if any.
    hedge: str | None = None
    #: factcheck's hedge for it (for claims), when it is one factcheck names.
    hedge_name: Hedge | None = None
    #: The vague word's name ("dozens", "several hundred"), for a vague mention.
    vague: str | None = None
    #: Where the hedge (or the change word) before the figure starts: a claim's quote starts
    #: there.
    lead: int = -1
    #: Where the counted noun phrase ends (the end of the mention when there is none).
    tail: int = -1
    #: The unit's dimension as factcheck reads it ("[mass]", "[countable]", "[currency_USD]"),
    #: or None.
    dimension: str | None = None
    #: The unit as a claim file writes it ("kg"-like names pint reads: "kilograms", "million
    #: USD", "arrests", "percent"), or None when the unit is not one factcheck knows.
    claim_unit: str | None = None
    #: The figure as written in the text, without its unit ("281", "53.4", "1,874").
    written: str = ""
    #: The scale word the figure is written with, by its name ("million" for "1.2 million
    #: users" and "5m", "lakh"), and its size (``value`` includes it); None and 1 without one.
    scale: str | None = None
    scale_size: int = 1

    def to_json(self) -> dict[str, Any]:
        """The mention as ``factcheck draft --format json`` prints it (docs/draft.md)."""
        value: Any
        if self.range is not None:
            value = [_number(self.range[0]), _number(self.range[1])]
        else:
            value = None if self.value is None else _number(self.value)
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": value,
            "unit": self.unit,
            "bound": self.bound,
            "change": self.change,
            "concept": self.concept,
            "hedge": self.hedge,
            "vague": self.vague,
        }


def _number(value: Fraction) -> int | float:
    if value.denominator == 1:
        return int(value)
    return round(float(value), 6)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The text's paragraphs (split at blank lines; a hard-wrapped paragraph is one) with where
    each starts: the unit the reader works on."""
    start = 0
    for m in _BLANK_LINE.finditer(text):
        if text[start : m.start()].strip():
            yield start, text[start : m.start()]
        start = m.end()
    if text[start:].strip():
        yield start, text[start:]


def _end_of(line: str, n: QuoteNumber) -> int:
    """Where a figure ends in the line: its words, then a unit or a percent sign after them."""
    pos = figure_end(line, n)
    if n.unit_text is not None and line.startswith(n.unit_text, pos):
        pos += len(n.unit_text)  # "12 kg" read as "12" "kg"
    if line.startswith("%", pos):
        pos += 1
    elif line.startswith(" %", pos):
        pos += 2
    return pos


def _is_percent(line: str, n: QuoteNumber, end: int) -> bool:
    words = n.text.lower().split()
    return "percent" in words or "cent" in words or line[:end].rstrip().endswith("%")


def _currency(info: UnitInfo) -> str | None:
    if info.dimension.startswith("[currency_") and info.dimension.endswith("]"):
        return info.dimension[len("[currency_") : -1]
    return None


def _sentence_start(line: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (within the line)."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(line, 0, pos):
        start = m.end()
    return start


def _hedge(line: str, start: int) -> tuple[str, int] | None:
    """The hedge word that ends ``line[:start]`` and where it starts."""
    window_start = max(_sentence_start(line, start), start - 40)
    window = line[window_start:start]
    m = _HEDGE_BEFORE.search(window)
    if m is None:
        return None
    word = " ".join(m.group("hedge").split())
    if word.lower() in _PREPOSITIONS:
        before = window[: m.start("hedge")].split()
        if before and before[-1].lower().strip(",") in _SPREAD:
            return None
        if (
            word.lower() == "over"
            and _DURATION_AFTER.match(line, start)
            and not (before and before[-1].lower().strip(",") in _OVER_A_HEDGE)
        ):
            return None  # "spend $4.5 billion over five years": the period, not "more than"
        if window[m.end("hedge") :].strip().lower() == "the":
            return None  # "over the 42.195 km"
    if word.lower() == "up to":
        before = window[: m.start("hedge")].split()
        if before and before[-1].lower().strip(",") in _ADD_UP:
            return None  # "add up to 102.4%": a total, not a bound
    if word.lower() == "some" and window[m.end("hedge") :].strip():
        return None  # "some of the", "some a"
    return word, window_start + m.start("hedge")


def _concept(line: str, end: int, measured: bool) -> tuple[str | None, int]:
    """The noun phrase a figure counts or measures, and where it ends."""
    pos = end
    if measured:
        of = _OF_AFTER.match(line, pos)
        if of is None:
            return None, end
        pos = of.end()
    words: list[str] = []
    last = pos
    while len(words) < 4:
        m = _WORD_AFTER.match(line, last)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in _STOP or (words and (low.endswith("ed") or low.endswith("ly"))):
            break
        if (
            low in _VERBS_AFTER or (_PARTICIPLE.fullmatch(low) and low not in _ED_NOUNS)
        ) and not _adjective(line, m.end()):
            break  # "240,000 needed", "new homes built in", "43,792 waited"; not "injured people"
        if not words and DEMONYMS.fullmatch(word):
            words.append(word)  # "72.2 million Americans": people, named by their nationality
            last = m.end()
            break
        if word[0].isupper() and not _adjective(line, m.end()) and not _ACRONYMS.fullmatch(word):
            break  # "arrests Tuesday"; not "American lives", "121 MPs"
        words.append(word)
        last = m.end()
        if measured and len(words) >= 1 and line.startswith(" and ", last) and len(words) < 3:
            nxt = _WORD_AFTER.match(line, last + 4)
            if nxt and nxt.group(1).lower() not in _STOP:
                words.append("and")
                last = last + 4
    while words and words[-1] == "and":
        words.pop()
    if not words:
        return None, end
    phrase = " ".join(words)
    return phrase, line.find(words[-1], pos) + len(words[-1])


def _adjective(line: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a lowercase noun, so that a capitalised word before it
    is an adjective ("Mexican cartels", "American lives")."""
    nxt = _WORD_AFTER.match(line, pos)
    return nxt is not None and nxt.group(1).islower() and nxt.group(1) not in _STOP


def _change(line: str, lead: int, end: int, word: str) -> Change | None:
    low = word.lower()
    if low in _UP_WORDS:
        return "up"
    if low in _DOWN_WORDS:
        return "down"
    sign = line[lead - 1 : lead] if lead else ""
    if sign in _SIGN_BEFORE and (lead < 2 or not line[lead - 2].isalnum()):
        return "up" if sign == "+" else "down"  # "(+49,000)": a change written as signed
    window_start = max(_sentence_start(line, lead), lead - 60)
    m = _CHANGE_BEFORE.search(line, window_start, lead)
    if m is not None:
        before = line[window_start : m.start("verb")].split()
        up_word = (m.group("up") or "").lower()
        if up_word == "up" and before and before[-1].lower() in _PHRASAL_UP:
            return None  # "make up 30 per cent": a share, not a rise
        connect = _CONNECT_HEDGES.sub(" ", m.group("connect")).lower().split()
        prepositions = [w for w in connect if w in _LEVEL_WORDS or w in ("by", "of")]
        if prepositions and prepositions[-1] in _LEVEL_WORDS:
            return None  # "rose to 158,700", "up from 371,111": the level, not the change
        return "up" if m.group("up") else "down"
    m = _CHANGE_AFTER.match(line, end)
    if m is None:
        return None
    word = (m.group("up") or m.group("down")).lower()
    if word in _COMPARATIVES and _adjective(line, m.end()):
        return None  # "a 41% lower mortality rate": a difference between groups, not a change
    return "up" if m.group("up") else "down"


@functools.lru_cache(maxsize=256)
def _currency_code(code: str) -> UnitInfo | None:
    """The currency a three-letter code names, if the registry knows it as one."""
    try:
        info = unit_info(code)
    except UnitError:
        return None
    return info if _currency(info) == code else None


def _glued(line: str, start: int, unit_text: str) -> bool:
    """Whether the unit the reader found is written with the figure, not across punctuation
    ("50.8 million (USD 54.9 million)")."""
    if unit_text in CURRENCY_SYMBOLS or unit_text.endswith("$") or unit_text == "₹":
        return True
    at = line.find(unit_text, start)
    between = _DIGIT_GROUPS.sub("", line[start:at])  # "2,233 square feet": not a comma between
    return at >= 0 and not re.search(r"[(),;:\[\]]", between)


_DIGIT_GROUPS = re.compile(r"(?<=\d)[,.](?=\d)")
#: A figure with spaces as thousands separators: "1 240", "12 500 000".
_SPACED_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])")


def _figure(
    line: str, n: QuoteNumber, offset: int, figures_end: int, dollar: str = "USD"
) -> Mention | None:
    start, end = figure_start(line, n), _end_of(line, n)
    first = n.text.split()[0]
    low = first.lower()
    unit_text = n.unit_text
    info = n.unit
    percent = _is_percent(line, n, end)
    value = n.value
    kind: MentionKind = "figure"
    unit: str | None = None
    claim_unit: str | None = None
    dimension = info.dimension if info is not None else None
    written = first
    spaced = _SPACED_GROUPS.match(n.text)
    if spaced is not None and Fraction(spaced.group(0).replace(" ", "")) == n.value:
        written = spaced.group(0)  # "1 240 kilograms": a space between the thousands
    scale_words = [w for w in n.text.split()[1:] if w.lower() in _SCALES]
    if percent:
        kind, value, unit, claim_unit = "percent", value * 100, "percent", "percent"
        dimension = None
    elif n.text.lower().endswith(" times") and not _COMPARED.match(line, end):
        pass  # "13 times since May": a count of times ("three times the size" is a multiple)
    elif low in _MULTIPLE_WORDS or n.text.lower().endswith(" times"):
        kind = "multiple"
    elif _FRACTION_WORDS.search(n.text) or (value.denominator != 1 and not first[0].isdigit()):
        kind = "fraction"
    if _YEAR.fullmatch(first) and not percent and not scale_words and n.text[:1].isdigit():
        before = line[:start].split()
        label = bool(before) and before[-1].lower() in _LABEL_BEFORE
        if info is None or (info.dimension == "[countable]" and label):
            return None  # a year ("in 2023", "the 2024 election"): a date, not a quantity
    if info is not None and unit_text is not None and not _glued(line, start, unit_text):
        info, unit_text, dimension = None, None, None  # "50.8 million (USD": not its unit
        words = n.text.split()
        unit_word = (n.unit_text or "").split()[0]
        kept = words[: words.index(unit_word)] if unit_word in words[1:] else words
        end = _end_of(line, QuoteNumber(n.value, " ".join(kept), start=n.start))
    if info is None and unit_text is None:
        code = _CODE_BEFORE.search(line, max(0, start - 5), start)
        found = _currency_code(code.group(1)) if code is not None else None
        if code is not None and found is not None:
            info, unit_text, dimension = found, code.group(1), found.dimension
            start = code.start(1)
    if unit_text == "$" and info is not None:
        prefix = _DOLLAR_PREFIX.search(line, max(0, start - 4), start)
        found = _currency_code(_PREFIXES[prefix.group(1)]) if prefix is not None else None
        if prefix is not None and found is not None:
            info, unit_text, dimension = found, prefix.group(0), found.dimension
            start = prefix.start(1)  # "MXN$9bn", "NZ$40", "C$1.2bn"
    before_char = line[start - 1 : start] if start else ""
    if before_char == "S" and line[start - 2 : start] == "US" and _CENT_SIGN.match(line, end):
        start -= 2  # "US65.4¢": US cents
    elif first[0].isdigit() and (
        before_char.isalpha() or (before_char in "/-" and _GLUED.search(line, 0, start))
    ):
        return None  # "M25", "G20", "COVID-19", "9/11": a name or code, not a quantity
    if (
        first[0].isdigit()
        and line.startswith("/", start + len(first))
        and line[start + len(first) + 1 : start + len(first) + 2].isdigit()
    ):
        return None  # "9/11", "24/7"
    if first[0].isdigit() and _ORDINAL.match(line, start + len(first)):
        return None  # "12th", "21st": an ordinal, not a quantity
    if (info is None or info.dimension == "[countable]") and not percent and _named(line, start, n):
        return None  # "Boeing 737", "Section 21", "FTSE 100", "BBC Two": a name, not a quantity
    if unit_text is not None and unit_text.lower() in _WORDS_NOT_UNITS:
        info, unit_text, dimension = None, None, None  # "19 has" is not 19 hectares
        end = start + len(first)
    if low in ("a", "an") and not scale_words and value == 1 and kind == "figure":
        hedged = _hedge(line, start)
        if hedged is None or _EXTRA_HEDGES.get(hedged[0].lower()) != "~":
            return None  # "a year", "a month": not a figure the text writes ("roughly a mile" is)
    if (
        low.startswith("one")
        and line.startswith("-", start + 3)
        and not _FRACTION_WORDS.match(line, start + 4)
    ):
        return None  # "one-day", "one-horned", "one-off": a compound adjective
    if first.isdigit() and len(first) == 2 and _YEAR_SPAN.search(line, max(0, start - 5), start):
        return None  # "2023-24": the second year of a span
    if low == "one" and kind == "figure" and info is None:
        before = line[:start].split()
        after = line[end:].lstrip()
        if (
            (before and before[-1].lower() in _NOT_A_COUNT_BEFORE)
            or not after[:1].isalpha()
            or (after.lower().startswith(("of ", "another", "day", "by one", "or ")))
        ):
            return None  # "the other one", "one of two"
    concept: str | None = None
    tail = end
    if info is not None and kind in ("figure", "multiple"):
        currency = _currency(info)
        if currency is not None:
            if currency == "USD" and unit_text == "$" and dollar != "USD":
                currency, dimension = dollar, f"[currency_{dollar}]"  # "$" in Australian copy
            unit = currency
            scale = " ".join(w.lower() for w in scale_words)
            if info.factor != 1 and info.name in _SUBUNITS:
                unit = _SUBUNITS[info.name]  # "42 cents", "86.4 pence": their own unit
                claim_unit = unit_text
            else:
                value = value * info.factor
                claim_unit = f"{scale} {currency}".strip() if not _abbreviated(n.text) else None
            if claim_unit is None:
                word = scale_words[-1].lower()
                claim_unit = f"{_SCALE_NAME.get(word, word)} {currency}"
            concept, tail = _concept(line, end, measured=True)
            per = _per(line, end)
            if per is not None:
                unit, tail = f"{unit}_per_{per[0]}", max(tail, per[1])  # "$1.43 a share"
        elif info.dimension == "[countable]":
            unit = (unit_text or info.name).lower()
            claim_unit = unit_text
            concept, tail = unit, end
            more, more_tail = _concept(line, start + len(first), measured=False)
            if more is not None and more.lower().endswith(unit):
                kept = [w for w in more.split() if w.lower() not in _SCALES]
                concept, tail = " ".join(kept) or unit, max(more_tail, end)
            elif (
                more is not None
                and unit in more.lower().split()[:-1]
                and _PLURAL.fullmatch(more.split()[-1])
                and more.split()[-1].lower() not in _VERBS_AFTER
            ):
                unit, concept, tail = more.split()[-1].lower(), more, max(more_tail, end)
                claim_unit = None  # "4,000 vendor accounts" counts accounts
        else:
            unit = info.name
            claim_unit = unit_text
            concept, tail = _concept(line, end, measured=True)
    elif kind in ("percent", "fraction", "multiple"):
        concept, tail = _concept(line, end, measured=True)
    else:
        subunit = _GLUED_SUBUNIT.match(line, end) if first[0].isdigit() else None
        if subunit is not None:  # "412p", "75¢", "3 paise"
            unit, claim_unit = _GLUED_SUBUNITS[subunit.group(1).strip().lower()]
            dimension = _SUBUNIT_DIMENSION.get(unit)
            end = tail = subunit.end()
            per = _per(line, end)
            if per is not None:
                unit, tail = f"{unit}_per_{per[0]}", per[1]
        elif kind == "figure" and n.text.lower().endswith(" times"):
            unit, concept = "times", "times"
        else:
            concept, tail = _concept(line, end, measured=False)
            if concept is not None:
                unit = concept.split()[-1].lower()
    hedge = _hedge(line, start)
    bound: Bound = "="
    hedge_word: str | None = None
    hedge_name: Hedge | None = None
    lead = start
    if hedge is not None:
        hedge_word, lead = hedge
        key = hedge_word.lower()
        hedge_name = HEDGE_SYNONYMS.get(key)
        bound = BOUNDS[hedge_name] if hedge_name is not None else _EXTRA_HEDGES.get(key, "~")
    trailing = _HEDGE_AFTER.match(line, end)
    if trailing is not None and hedge is None:
        more = trailing.group("more") or trailing.group("older")
        bound = "~" if trailing.group("so") else ">=" if more else ">"
        hedge_word = trailing.group(0).strip()
        end = trailing.end()
        tail = max(tail, end)
    change = _change(line, lead, end, first)
    scale_name, scale_size = _scale(n)
    money = dimension is not None and dimension.startswith("[currency_")
    if scale_name is not None and kind == "figure" and not money and unit != "percent":
        counted = concept is not None and unit == concept.split()[-1].lower()
        base = claim_unit or (unit if counted else None)
        if base is not None and scale_name not in base.lower().split():
            claim_unit = f"{scale_name} {base}"  # "1.2 million users": the unit keeps the scale
    return Mention(
        start=offset + start,
        end=offset + end,
        text=line[start:end],
        kind=kind,
        value=value,
        range=None,
        unit=unit,
        bound=bound,
        change=change,
        concept=concept,
        hedge=hedge_word,
        hedge_name=hedge_name,
        lead=offset + lead,
        tail=offset + max(tail, end),
        dimension=dimension,
        claim_unit=claim_unit,
        written=written,
        scale=scale_name,
        scale_size=scale_size,
    )


def _scale(n: QuoteNumber) -> tuple[str | None, int]:
    """The scale word a figure is written with, by its name, and its size ("5m": million)."""
    found = scale_word(n)
    if found is None:
        return None, 1
    word, size = found
    return _SCALE_NAME.get(word.lower(), word.lower()), size


#: Coins as their own units, as copy writes them: "42 cents" is 42 cents, not 0.42 dollars.
_SUBUNITS = {"US_cent": "cent", "penny": "penny"}
#: Coin signs and letters glued to a figure (or after it), which the quote reader leaves.
_GLUED_SUBUNIT = re.compile(r"(p|¢|\s+paise)(?![\w'’])", re.IGNORECASE)
_GLUED_SUBUNITS = {"p": ("penny", "pence"), "¢": ("cent", "cents"), "paise": ("paisa", None)}
_SUBUNIT_DIMENSION = {"penny": "[currency_GBP]", "cent": "[currency_USD]"}
#: What money is counted per ("$1.43 a share", "£40,000 a week", "$82.15 a barrel", "US$18.20
#: a wet metric tonne", "£9.50/kg"), as the benchmark's units name it. Not "a year": "$117
#: billion a year" is an annual sum, and copy and the benchmark write it as money.
_PER_WORDS = {
    "share": "share", "barrel": "barrel", "ounce": "ounce", "tonne": "metric_ton",
    "metric ton": "metric_ton", "metric tonne": "metric_ton", "ton": "ton", "bushel": "bushel",
    "gallon": "gallon", "litre": "liter", "liter": "liter", "kilogram": "kilogram",
    "kilo": "kilogram", "kg": "kilogram", "pound": "pound", "lb": "pound", "hour": "hour",
    "day": "day", "week": "week", "month": "month", "night": "night",
    "head": "head", "person": "person", "square metre": "square_meter",
    "square meter": "square_meter", "square foot": "square_foot",
    "million british thermal units": "MMBtu",
}  # fmt: skip
_PER = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+|\s?/\s?)(?:(?:wet|dry|fine|troy|imperial|US)\s+)?(?P<per>"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _PER_WORDS), key=len, reverse=True))
    + r")(?:e?s)?\b",
    re.IGNORECASE,
)
#: Words after "N times" that make it a multiple ("three times the size", "four times as many").
_COMPARED = re.compile(
    r"\s+(?:the|as|more|less|bigger|larger|higher|greater|smaller|lower|faster|that|what|its"
    r"|their|his|her|our|over|above|below)\b",
    re.IGNORECASE,
)
#: A capitalised word (or one with a capital inside: "iPhone", "S&P") right before a figure
#: names a thing: "Boeing 737", "Section 21", "FTSE 100", "Channel 4", "BBC Two".
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Za-z][\w&.’'-]*)\s$")
_NOT_NAMES = (
    frozenset(
        """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday just only exactly fully nearly almost roughly approximately around about
    some over under another top bottom mr mrs ms dr st no nos""".split()
    )
    | _STOP
)


#: A list of names with their figures: "Nair 71, Rao 52", "Germany 47; France 12".
_LIST_AFTER = re.compile(r"(?:\s+not\s+out)?\s*[,;]\s*(?:and\s+)?[A-Z][\w'’.-]*\s+\d")
_LIST_BEFORE = re.compile(r"\d(?:\s+not\s+out)?\s*[,;]\s*(?:and\s+)?$")


def _named(line: str, start: int, n: QuoteNumber) -> bool:
    """Whether the figure at ``start`` follows a name it belongs to ("Boeing 737")."""
    if len(n.text.split()) > 1 or (n.text[0].isalpha() and not n.text[0].isupper()):
        return False  # "Earth 16 times a day", "moves City four points clear"
    m = _NAME_BEFORE.search(line, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    if "'" in word or "’" in word:
        return False  # "That's 11 million", "Apple's 15 stores"
    words = [
        w for w in line[_sentence_start(line, start) :][:200].split() if w.lower() not in _STOP
    ]
    if len(words) >= 5 and sum(
        w.lstrip("$£€¥(")[:1].isupper() or w.lstrip("$£€¥(")[:1].isdigit() for w in words
    ) >= 0.8 * len(words):
        return False  # a headline in title case: "Seizures Include 152.1 Kilograms of Drugs"
    if _LIST_AFTER.match(line, start + len(n.text)) or _LIST_BEFORE.search(
        line, max(0, m.start(1) - 30), m.start(1)
    ):
        return False  # "Nair 71, Rao 52, Iyer 38 not out": a list of names and figures
    if word.lower().rstrip(".") in _NOT_NAMES or word.lower() in HEDGE_SYNONYMS:
        return False
    if not any(c.isupper() for c in word):
        return False
    if word.isupper() and len(word) == 3 and _currency_code(word) is not None:
        return False  # "USD 5 billion"
    return not line[start].isupper() or start > _sentence_start(line, start)


#: Dollars with a country prefix the quote reader leaves before the "$": "MXN$9bn", "NZ$40".
_PREFIXES = {"MXN": "MXN", "NZ": "NZD", "C": "CAD", "HK": "HKD", "S": "SGD"}
_DOLLAR_PREFIX = re.compile(r"(?:^|(?<=[\s(]))(MXN|NZ|C|HK|S)\$?$")
_CENT_SIGN = re.compile(r"¢")
_YEAR_SPAN = re.compile(r"\b(?:1[5-9]|20)\d\d[-–/]$")


def _per(line: str, end: int) -> tuple[str, int] | None:
    """What money after ``end`` is counted per, and where that ends."""
    m = _PER.match(line, end)
    if m is None:
        return None
    key = " ".join(m.group("per").lower().split())
    return _PER_WORDS.get(key, _PER_WORDS.get(key.rstrip("s"), key)), m.end()


_SCALES = {"dozen", "thousand", "million", "billion", "trillion", "k", "m", "mn", "bn", "b", "tn"}
#: The scale word each abbreviation stands for (a word written out is its own name).
_SCALE_NAME = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion",
               "tn": "trillion"}  # fmt: skip


def _abbreviated(text: str) -> bool:
    """Whether a money figure's scale word is abbreviated ("$53.4m", "£2bn")."""
    return any(w.lower() in ("k", "m", "mn", "bn", "b", "tn") for w in text.split()[1:])


def _range(line: str, r: QuoteRange, ends: list[Mention], offset: int) -> Mention:
    low_end, high_end = ends
    start = r.start
    while start < len(line) and line[start].isspace():
        start += 1
    end = max(start + len(r.text), high_end.end - offset)
    percent = high_end.kind == "percent"
    scale = Fraction(100) if percent else Fraction(1)
    factor = Fraction(1)
    if high_end.unit is not None and high_end.dimension is not None:
        currency = high_end.dimension.startswith("[currency_")
        factor = high_end.value / r.high if currency and r.high and high_end.value else Fraction(1)
    low, high = r.low * scale * factor, r.high * scale * factor
    hedge = _hedge(line, start)
    bound: Bound = "="
    hedge_word, hedge_name, lead = None, None, start
    if hedge is not None and HEDGE_SYNONYMS.get(hedge[0].lower()) is Hedge.ABOUT:
        hedge_word, lead = hedge
        hedge_name, bound = Hedge.ABOUT, "~"
    return Mention(
        start=offset + start,
        end=offset + end,
        text=line[start:end],
        kind="range",
        value=None,
        range=(low, high),
        unit=high_end.unit or low_end.unit,
        bound=bound,
        change=_change(line, lead, end, ""),
        concept=high_end.concept or low_end.concept,
        hedge=hedge_word,
        hedge_name=hedge_name,
        lead=offset + lead,
        tail=max(high_end.tail, offset + end),
        dimension=high_end.dimension or low_end.dimension,
        claim_unit=high_end.claim_unit or low_end.claim_unit,
        written=r.text,
    )


_VAGUE_UNIT_AFTER = re.compile(r"\s*(?:of\s+)?(?:(?:the|their|its)\s+)?", re.I)


def _vague(line: str, start: int, text: str, word: str, offset: int) -> Mention:
    end = start + len(text)
    rest = line[end:]
    figures = numbers_in(rest[:40]) if rest[:1].isspace() else []
    info = figures[0].unit if figures and figures[0].start <= 1 else None
    concept, tail = _concept(line, end - (3 if text.lower().endswith(" of") else 0),
                             measured=text.lower().endswith(" of"))  # fmt: skip
    unit = concept.split()[-1].lower() if concept else None
    if info is not None:
        unit = info.name
    if "dollar" in word:
        unit = "USD"
    elif "euro" in word:
        unit = "EUR"
    elif "pound" in word:
        unit = "GBP"
    return Mention(
        start=offset + start,
        end=offset + end,
        text=text,
        kind="vague",
        value=None,
        range=None,
        unit=unit,
        bound="~",
        change=_change(line, start, end, ""),
        concept=concept,
        vague=word,
        lead=offset + start,
        tail=offset + max(tail, end),
    )


def _line_mentions(line: str, offset: int, dollar: str = "USD") -> list[Mention]:
    figures = numbers_in(line)
    out: dict[int, Mention] = {}
    by_start: dict[int, Mention] = {}
    for n in figures:
        if n.start in by_start:
            continue  # the quote reader's second reading of a place ("one in five")
        m = _figure(line, n, offset, len(line), dollar)
        if m is None:
            continue
        by_start[n.start] = m
        out[m.start] = m
    for r in ranges_in(line, figures):
        a, b = by_start.get(r.ends[0]), by_start.get(r.ends[1])
        if (
            a is None
            or b is None
            or (a.kind in ("multiple", "fraction")) != (b.kind in ("multiple", "fraction"))
            or (a.unit is not None and b.unit is not None and a.unit != b.unit)
        ):
            continue  # "doubled to 45", "by a fifth to £3bn": a change, not a range
        joined = _range(line, r, [a, b], offset)
        out.pop(a.start, None)
        out.pop(b.start, None)
        out[joined.start] = joined
    taken = sorted((m.start, m.end) for m in out.values())
    for v in vague_in(line):
        start = offset + v.start
        end = start + len(v.text)
        if any(s < end and start < e for s, e in taken):
            continue
        if v.word in ("a couple", "a handful") and not _COUNTED_COUPLE.match(v.text):
            after = line[v.start + len(v.text) :]
            if not _OF_OR_SCALE.match(after):
                continue  # "the Hamilton couple": two people, not a vague quantity
        out[start] = _vague(line, v.start, v.text.rstrip(), v.word, offset)
    return _counted_from_context(line, sorted(out.values(), key=lambda m: m.start), offset)


#: Ages: "aged 33", "ages 16 to 24", "at the age of 72", "a 41-year-old man".
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+(?:between\s+|over\s+|under\s+)?$", re.I)
_YEAR_OLD = re.compile(r"-years?-olds?\b", re.IGNORECASE)
#: "Delgado, 58, won": a figure set off by commas after a name is the person's age.
_NAME_COMMA = re.compile(r"\b[A-Z][a-z’']+,\s$")
_AGE_END = re.compile(r"\s*(?:,|;|\)|\.(?:\s|$)|\s+and\s+[A-Z])")
#: "14 of the team's 22 games", "37 of the 57 seats", "three of their last 20 league games".
_OF_THE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|those|these|all)\s+(?:[\w-]+(?:'s|’s)\s+)?"
    r"(?:(?:last|first|next|remaining|other)\s+)?$",
    re.IGNORECASE,
)
#: "the number of people ... reached 117.3 million", "the death toll rose to 68".
_NUMBER_OF = re.compile(
    r"\bnumbers?\s+of\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[A-Za-z]+[^su\W]s|people|children|men"
    r"|women)\b"
    r"|\b(?P<toll>death\s+toll|toll)\b",
    re.IGNORECASE,
)
#: Verbs that give a subject's figure: "Refugees numbered 43.4 million", "Resettlement places
#: rose to 158,700", "Mental health referrals for children reached 1.2 million".
_SUBJECT_VERBS = frozenset(
    """numbered totalled totaled reached rose fell increased decreased grew climbed dropped
    jumped declined stood hit topped exceeded""".split()
)
#: What may stand between a subject's verb and its figure: "rose to", "stood at about".
_RIGHT_BEFORE = re.compile(
    r"(?:(?:to|at|by|some|about|around|nearly|almost|roughly|just|more|than|over|under|less"
    r"|fewer|a|record|an|estimated|[\d.,]+(?:\s+per)?\s+(?:percent|cent)|[\d.,]+%"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:rate|level|total|high|low|peak|record|figure)"
    r"\s+of)(?:\s+|$))*",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"[A-Za-z]+[^su’'\W]s|people|children|men|women", re.IGNORECASE)
#: Units a bare figure does not take from the figure before it ("for 18 months ... 3").
_NOT_INHERITED = frozenset(
    "year month week day hour minute second decade century percent times".split()
)


def _counted_noun(m: Mention, physical: bool = False, durations: bool = False) -> bool:
    """Whether a bare figure may take ``m``'s unit: a counted noun; a physical unit when
    ``physical``; a duration too when ``durations``."""
    if m.unit is None or m.kind not in ("figure", "range") or _NOT_A_COUNT.search(m.unit):
        return False  # none, a percentage, "percentage_point", money per unit
    written = f"{m.text} {m.concept or ''}".lower()
    if "percentage" in written or "basis" in written:
        return False  # "0.4 percentage point": not a count of points
    if m.dimension is not None and m.dimension.startswith("[currency_"):
        return False
    if m.dimension not in (None, "[countable]") and not physical:
        return False
    return durations or m.unit.rstrip("s") not in _NOT_INHERITED


_NOT_A_COUNT = re.compile(r"_per_|percent|basis")
#: Words that make a bare figure one of the same unit as the figure before it: "2,233 square
#: feet, down from 2,467", "held to 17", "of whom six million", "72 seats, 61 more than".
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|to|than|whom|which|including|among|against|versus|vs\.?|with)\s+$", re.I
)
#: What is said of people after a bare figure: "574 were lost", "12 died", "Eleven of those
#: arrested", "30 were injured".
_PEOPLE_AFTER = re.compile(
    r"\s+(?:of\s+(?:those|them|whom)\s+)?(?:(?:were|are|have\s+been|had\s+been|was)\s+)?"
    r"(?:killed|died|dead|injured|wounded|hurt|arrested|charged|detained|rescued|lost|missing"
    r"|evacuated|displaced|drowned|jailed|convicted|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
_COMPARED_AFTER = re.compile(r"\s+(?:more|fewer|less|of\s+(?:them|those|these|whom))\b", re.I)
#: A comparison with a time, not with the figure before: "1.5 million more than last year",
#: "fewer than a year earlier", "more than in 2019", "more than ever".
_THAN_A_TIME = re.compile(
    r"\s+(?:more|fewer|less|higher|lower)\s+than\s+(?:(?:last|the\s+previous|the\s+same)\s+"
    r"(?:year|month|week|decade|season|quarter|time)|(?:in\s+)?(?:1[5-9]|20)\d\d\b"
    r"|(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|before)"
    r"|(?:the\s+)?(?:year|month|week)\s+(?:before|earlier)|ever\b|usual\b|before\b)",
    re.I,
)
_AGE_SENTENCE = re.compile(
    r"\b(?:(?:youngest|oldest)\b(?:\s+[a-z]+){0,3}?(?:\s+(?:is|was|were|are))?"
    r"|age\b(?:\s+[a-z]+){0,3}?\s+(?:is|was|of))\s+$",
    re.IGNORECASE,
)
#: "a 99-run win", "a 1,100-square-foot apartment": a unit written onto the figure.
_HYPHEN_UNIT = re.compile(r"-([a-z]+(?:-[a-z]+)?)\b")


def _counted_from_context(line: str, found: list[Mention], offset: int) -> list[Mention]:
    """What a bare figure counts, from its sentence: an age ("Delgado, 58,", "aged 33",
    "41-year-old"), the figure after "of the" ("37 of the 57 seats"), the figure before it
    ("389,952 patients ..., up from 371,111"), or the subject ("the number of people ...
    reached 117.3 million", "Refugees numbered 43.4 million")."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        if m.unit is not None or m.kind not in ("figure", "range") or m.concept is not None:
            out.append(m)
            continue
        start, end = m.start - offset, m.end - offset
        sentence = _sentence_start(line, start)
        new: dict[str, Any] = {}
        year_old = _YEAR_OLD.match(line, end)
        integer = m.value is None or (m.value.denominator == 1 and 0 < m.value < 120)
        if year_old is not None:
            grown = m.end + year_old.end() - end
            new = {"unit": "year", "end": grown, "tail": max(m.tail, grown), "claim_unit": "years"}
        elif _AGE_BEFORE.search(line, max(sentence, m.lead - offset - 20), m.lead - offset) or (
            integer
            and (
                (
                    _NAME_COMMA.search(line, max(sentence, start - 30), start)
                    and _AGE_END.match(line, end)
                )
                or _AGE_SENTENCE.search(line, max(sentence, start - 40), start)
            )
        ):
            new = {"unit": "year", "claim_unit": "years"}
        elif (hyphen := _HYPHEN_UNIT.match(line, end)) is not None and m.text[-1:].isdigit():
            word = hyphen.group(1)
            name = word.replace("-", "_")
            try:
                unit = unit_info(name).name
            except UnitError:
                unit = word if "-" not in word else ""
            if unit:
                new = {"unit": unit, "end": m.end + hyphen.end() - end}
        else:
            nxt = found[i + 1] if i + 1 < len(found) else None
            before = [p for p in out if p.start - offset >= sentence]
            prev = next((p for p in reversed(before) if _counted_noun(p, physical=True)), None)
            if _THAN_A_TIME.match(line, end):
                # "72.2 million Americans are to travel at least 50 miles, about 1.5 million
                # more than last year": the same quantity at another time, so what the
                # sentence's first figure counts, not the figure just before
                prev = next((p for p in before if _counted_noun(p, physical=True)), None)
            if prev is not None and (
                "-" in prev.text
                or not (
                    _COMPARED_BEFORE.search(
                        line, max(sentence, m.lead - offset - 20), m.lead - offset
                    )
                    or _COMPARED_AFTER.match(line, end)
                )
            ):
                prev = None  # "made 52 as India reached 187": only "from 48", "61 more than"
            noun = None
            if (
                nxt is not None
                and _counted_noun(nxt, physical=True, durations=True)
                and _OF_THE.match(line[: nxt.start - offset], end)
            ):
                noun = nxt.unit
            elif prev is not None:
                noun = prev.unit
            elif _PEOPLE_AFTER.match(line, end):
                noun = "people"  # "574 were lost", "Eleven of those arrested", "12 died"
            else:
                noun = _subject(line, sentence, start)
            if noun is not None:
                new = {"unit": noun, "concept": noun}
        if new:
            new.setdefault("text", line[start : new.get("end", m.end) - offset])
            m = dataclasses.replace(m, **new)
        out.append(m)
    return out


def _subject(line: str, sentence: int, start: int) -> str | None:
    """The counted noun a sentence's subject names before a figure, if it names one."""
    before = line[sentence:start]
    counted = None
    for m in _NUMBER_OF.finditer(before):
        counted = "deaths" if m.group("toll") else m.group("noun")
    if counted is not None:
        return counted.lower()
    words = before.split()
    for i, word in enumerate(words[:9]):
        if word.lower().strip(",") in _SUBJECT_VERBS:
            if not _RIGHT_BEFORE.fullmatch(" ".join(words[i + 1 :])):
                return None  # the verb is not the figure's: "beat Australia before a crowd of"
            subject = [w.strip(",") for w in words[:i]]
            for j, w in enumerate(subject):
                if _PLURAL.fullmatch(w) and w.lower() not in _STOP:
                    if j + 2 < len(subject) and subject[j + 1].lower() == "of":
                        later = [x for x in subject[j + 2 :] if _PLURAL.fullmatch(x)]
                        if later:
                            return later[-1].lower()  # "Sales of previously owned homes"
                    return w.lower()
            return None
    return None


def mentions(text: str, *, dollar: str = "USD") -> list[Mention]:
    """Every quantity mention of ``text``, in order: figures, percentages, fractions, multiples,
    ranges and vague quantities, each with its offsets, value, unit, bound, change and concept.

    Years, dates, weekdays and relative dates are not among them (see
    `factcheck.draft.times.time_mentions`). ``dollar`` is the currency a bare "$" stands for
    (the article's country: "AUD" for Australian copy, "CAD", "NZD"); "US$", "A$" and the like
    say their own.

    >>> [(m.text, m.unit, m.concept) for m in mentions("850 kilograms of drugs and 117 firearms")]
    [('850 kilograms', 'kilogram', 'drugs'), ('117 firearms', 'firearms', 'firearms')]
    """
    found: list[Mention] = []
    for offset, line in paragraphs(text):
        if not _HAS_FIGURE.search(line):
            continue
        dates = date_spans(line)
        for m in _line_mentions(line, offset, dollar):
            if dates and any(s < m.end - offset and m.start - offset < e for s, e in dates):
                continue  # "May 2, 2023", "10:30": a date or a time of day
            found.append(m)
    return found


#: A cheap test of a line before reading it: a digit, a number word, a vague word.
_HAS_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|half|halves|third"
    r"|thirds|quarter|quarters|fifths?|tenths?|double|doubled|twice|triple|tripled|thrice"
    r"|quadruple|quadrupled|halved|hundreds|thousands|millions|billions|scores|few|handful"
    r"|couple|several|tens)\b",
    re.IGNORECASE,
)
