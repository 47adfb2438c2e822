"""The time expressions of running text: dates, weekdays, relative dates and periods.

These are not quantities (a year such as "2023" is a name of a time, not an amount), so
`factcheck.draft.mentions.mentions` leaves them out; the draft turns each into a `date`,
`weekday`, `relative_date` or `period` claim, and coverage counts them as statements to cover.
Durations ("for more than 15 years") are quantities in a unit of time, and are mentions.

    >>> [(t.kind, t.value) for t in time_mentions("Last month, on Tuesday, May 2, 2023")]
    [('relative_date', 'last month'), ('weekday', 'Tuesday'), ('date', '2023-05-02')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from factcheck.dates import WEEKDAYS, is_relative_phrase

__all__ = ["TimeKind", "TimeMention", "time_mentions"]

TimeKind = Literal["date", "weekday", "relative_date", "period"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{name}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>1[6-9]\d\d|20\d\d)"
_WEEKDAYS = tuple(day.title() for day in WEEKDAYS)
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty)"
)


def _f(pattern: str, name: str) -> str:
    return pattern.format(name=name)


_DATE_RE = re.compile(
    "|".join(
        [
            rf"(?P<iso>\b{_f(_YEAR, 'iy')}-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b)",
            rf"(?P<mdy>\b{_f(_MONTH, 'm1')}\s+{_f(_DAY, 'd1')}(?:,?\s+{_f(_YEAR, 'y1')})?\b)",
            rf"(?P<dmy>\b{_f(_DAY, 'd2')}\s+(?:of\s+)?{_f(_MONTH, 'm2')}"
            rf"(?:,?\s+{_f(_YEAR, 'y2')})?\b)",
            rf"(?P<my>\b{_f(_MONTH, 'm3')},?\s+{_f(_YEAR, 'y3')}\b)",
        ]
    )
)
_WEEKDAY_RE = re.compile(rf"\b(?P<day>{'|'.join(_WEEKDAYS)})\b(?!s\b)")
_RELATIVE_RE = re.compile(
    r"(?<!\bthe\s)(?<!\bthe\s\s)(?<!\bthis\s)\b(?P<phrase>today|yesterday|tomorrow"
    r"|(?:this|last|next|earlier\s+this|later\s+this)\s+(?:week|month|year)"
    rf"|{_NUMBER}\s+(?:days?|weeks?|fortnights?|months?|years?)\s+ago"
    r"|last\s+weekend"
    rf"|(?:last|this\s+past|next|this\s+coming)\s+(?:{'|'.join(_WEEKDAYS)}))\b",
    re.IGNORECASE,
)
_UNIT_WORDS = r"(?P<unit>day|week|month|year)s?"
_PERIOD_RE = re.compile(
    rf"\b(?:the\s+|a\s+)?(?P<length>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    rf"[-\s]{_UNIT_WORDS}\s+period(?:\s+(?P<how>ending|ended|to|through|until|up\s+to|starting"
    r"|started|beginning|from)(?:\s+(?:in|on))?\s+(?P<when>[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}"
    r"|\d{4}))?",
)
_DIGIT = re.compile(r"\d")
#: Words every relative date has: a cheap test before the full pattern.
_RELATIVE_HINT = re.compile(r"(?i)today|yesterday|tomorrow|week|month|year|ago|day")
_LENGTH_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A date, weekday, relative date or period the text writes."""

    start: int
    end: int
    #: ``text[start:end]``.
    text: str
    kind: TimeKind
    #: For a date, the date as a claim writes it ("2023-05-02", "2022-08"); a weekday's name; a
    #: relative phrase, lowercase ("last month"); for a period, its length ("12").
    value: str
    #: For a period: its unit ("month"), and its end or start ("2022-08") with which of the two.
    unit: str | None = None
    boundary: str | None = None
    boundary_kind: Literal["start", "end"] | None = None

    def to_json(self) -> dict[str, Any]:
        """The mention as ``factcheck draft --format json`` prints it under ``times``."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "boundary": self.boundary,
            "boundary_kind": self.boundary_kind,
        }


def _date_value(m: re.Match[str]) -> str | None:
    if m.group("iso"):
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    elif m.group("mdy"):
        if m["y1"] is None:
            return None
        year, month, day = int(m["y1"]), _MONTHS[m["m1"].lower().rstrip(".")], int(m["d1"])
    elif m.group("dmy"):
        if m["y2"] is None:
            return None
        year, month, day = int(m["y2"]), _MONTHS[m["m2"].lower().rstrip(".")], int(m["d2"])
    else:
        return f"{int(m['y3']):04d}-{_MONTHS[m['m3'].lower().rstrip('.')]:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None  # "February 30, 2023": not a day; a malformed date is no claim


def partial_date(text: str) -> str | None:
    """A date written as text ("August 2022", "May 2, 2023") as a claim writes it, or None."""
    m = _DATE_RE.fullmatch(text.strip())
    if m is None:
        return text.strip() if re.fullmatch(r"1[6-9]\d\d|20\d\d", text.strip()) else None
    return _date_value(m)


def time_mentions(text: str) -> list[TimeMention]:
    """Every date (with its year), weekday, relative date and period of ``text``, in order.

    A month without a year ("in August") and a day without a year ("May 2") are left out: a
    claim needs the year. Bare years ("the 2024 election", "since 2008") are left out too.
    """
    found: list[TimeMention] = []
    digits = _DIGIT.search(text) is not None
    for m in _PERIOD_RE.finditer(text) if "period" in text else ():
        length = m["length"]
        value = str(_LENGTH_WORDS.get(length.lower(), length))
        boundary = partial_date(m["when"]) if m["when"] else None
        how = (m["how"] or "").lower()
        which: Literal["start", "end"] | None = None
        if boundary is not None:
            which = "start" if how in ("starting", "started", "beginning", "from") else "end"
        found.append(TimeMention(m.start(), m.end(), m.group(0), "period", value,
                                 m["unit"].lower(), boundary, which))  # fmt: skip
    taken = [(t.start, t.end) for t in found]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for m in _DATE_RE.finditer(text) if digits else ():
        day = _date_value(m)
        if day is not None and free(m.start(), m.end()):
            found.append(TimeMention(m.start(), m.end(), m.group(0), "date", day))
            taken.append((m.start(), m.end()))
    for m in _RELATIVE_RE.finditer(text) if _RELATIVE_HINT.search(text) else ():
        phrase = " ".join(m["phrase"].lower().split())
        if free(m.start(), m.end()) and is_relative_phrase(phrase):
            found.append(TimeMention(m.start(), m.end(), m.group(0), "relative_date", phrase))
            taken.append((m.start(), m.end()))
    for m in _WEEKDAY_RE.finditer(text) if "day" in text else ():
        if free(m.start(), m.end()):
            found.append(TimeMention(m.start(), m.end(), m.group(0), "weekday", m["day"]))
    found.sort(key=lambda t: t.start)
    return found


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes dates (with or without a year), times of day and telephone numbers:
    figures there are not quantities ("May 2", "2023-05-02", "10:30", "1800 333 000")."""
    if _DIGIT.search(text) is None:
        return []
    spans = [(m.start(), m.end()) for m in _DATE_RE.finditer(text)]
    spans.extend((m.start(), m.end()) for m in _CLOCK_RE.finditer(text))
    spans.extend((m.start(), m.end()) for m in _PHONE_RE.finditer(text))
    return spans


#: Telephone numbers: "1800 333 000", "0800 555 0199", "+44 20 7946 0958", "(555) 123-4567".
_PHONE_RE = re.compile(
    r"(?<![\w,.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?"
    r"(?:0\d{2,4}|1[38]00|\d{3,4})(?:[\s-]\d{2,4}){2,3}(?![\w,.]\d)"
    r"|(?<![\w,.])\(\d{3}\)\s?\d{3}-\d{4}\b"
    r"|\+\d{1,3}(?:[\s-]\d{1,4}){2,5}\b"
)


#: Time zones written after a time of day: "12.40 GMT", "9.30 BST", "06.15 IST", "10.48 AEDT".
_TIME_ZONES = (
    "GMT|BST|UTC|WET|CET|CEST|EET|EEST|MSK|IST|PKT|SGT|HKT|JST|KST|AEST|AEDT|ACST|ACDT|AWST"
    "|NZST|NZDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
)
_CLOCK_RE = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:)"
    r"|\b(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\b(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?-i:" + _TIME_ZONES + r")\b",
    re.IGNORECASE,
)
