"""Dates as the text states them: partial dates, weekdays, relative dates and month arithmetic.

Every date becomes an interval of days (proleptic Gregorian ordinals, `date.toordinal`), so that a
day, a month ("August 2022") and a year ("2022") are all ranges the engine can compare exactly.
Relative phrases ("last month", "three years ago") are resolved against the article's
publication date with python-dateutil's `relativedelta`.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

__all__ = [
    "WEEKDAYS",
    "DateRange",
    "months_span_days",
    "parse_partial_date",
    "relative_range",
]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateRange:
    """The days a date expression may stand for, inclusive at both ends."""

    first: date
    last: date

    def describe(self) -> str:
        """``2023-04-01..2023-04-30``, or a single day."""
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _month_range(year: int, month: int) -> DateRange:
    return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def parse_partial_date(value: Any) -> DateRange:
    """Read a date at the precision written: ``2023-05-02``, ``2023-05``, ``2022``,
    ``"August 2022"``, ``"Aug 2022"``, ``"2 May 2023"``, ``"May 2, 2023"``, or a `date`.

    Raises `ValueError` with a readable message for anything else (including impossible dates).
    """
    if isinstance(value, date):
        return DateRange(value, value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return DateRange(date(value, 1, 1), date(value, 12, 31))
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(
            f"{value!r} is not a date such as 2023-05-02, 2023-05, 2022 or 'August 2022'"
        )
    text = " ".join(value.replace(",", " ").split()).lower()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return DateRange(day, day)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            return _month_range(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})", text):
            return DateRange(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
        if (m := re.fullmatch(r"([a-z]+)\.? (\d{4})", text)) and m[1] in _MONTHS:
            return _month_range(int(m[2]), _MONTHS[m[1]])
        if (m := re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", text)) and m[2] in _MONTHS:
            day = date(int(m[3]), _MONTHS[m[2]], int(m[1]))
            return DateRange(day, day)
        if (m := re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", text)) and m[1] in _MONTHS:
            day = date(int(m[3]), _MONTHS[m[1]], int(m[2]))
            return DateRange(day, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from None
    raise ValueError(f"{value!r} is not a date such as 2023-05-02, 2023-05, 2022 or 'August 2022'")


_UNIT_ALIASES = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def relative_range(phrase: str, published: date) -> DateRange:
    """The days a relative phrase stands for, seen from the publication date.

    Understood: today, yesterday, tomorrow, this/last/next week|month|year, earlier this
    week|month|year, N days|weeks|fortnights|months|years ago (N in digits or words, "a"/"an"
    for one; a fortnight is two weeks), a weekday name ("on Tuesday": the last such day on or
    before publication), "last"/"this past" and "next"/"this coming" with a weekday (the nearest
    such day strictly before, or strictly after, publication) and "last weekend" (the Saturday
    and Sunday of last week). Weeks run Monday to Sunday. Raises `ValueError` for other phrases,
    with its own message for "this Sunday" (before or after publication?).
    """
    text = " ".join(phrase.lower().split()).removeprefix("on ")
    if text == "today":
        return DateRange(published, published)
    if text == "yesterday":
        day = published - relativedelta(days=1)
        return DateRange(day, day)
    if text == "tomorrow":
        day = published + relativedelta(days=1)
        return DateRange(day, day)
    if text in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS.index(text)) % 7
        day = published - relativedelta(days=back)
        return DateRange(day, day)
    m = re.fullmatch(r"(last|this past|next|this coming|this) ([a-z]+)", text)
    if m and m[2] in WEEKDAYS:
        which, target = m[1], WEEKDAYS.index(m[2])
        if which == "this":
            raise ValueError(
                f"phrase={phrase!r} is ambiguous (the {m[2].title()} before publication or the"
                " one after?); give the day it means in a 'date' claim"
            )
        if which in ("last", "this past"):
            day = published - relativedelta(days=(published.weekday() - target) % 7 or 7)
        else:
            day = published + relativedelta(days=(target - published.weekday()) % 7 or 7)
        return DateRange(day, day)
    if text == "last weekend":
        monday = published - relativedelta(days=published.weekday())
        return DateRange(monday - relativedelta(days=2), monday - relativedelta(days=1))
    m = re.fullmatch(r"(this|last|next|earlier this|later this) (week|month|year)", text)
    if m:
        which, unit = m[1], m[2]
        shift = {"last": -1, "next": 1}.get(which, 0)
        if unit == "week":
            monday = (
                published - relativedelta(days=published.weekday()) + relativedelta(weeks=shift)
            )
            first, last = monday, monday + relativedelta(days=6)
        elif unit == "month":
            first = published.replace(day=1) + relativedelta(months=shift)
            last = first + relativedelta(months=1, days=-1)
        else:
            first = date(published.year + shift, 1, 1)
            last = date(published.year + shift, 12, 31)
        if which == "earlier this":
            last = min(last, published)
        elif which == "later this":
            first = max(first, published)
        return DateRange(first, last)
    m = re.fullmatch(r"(\d+|[a-z]+) (day|week|fortnight|month|year)s? ago", text)
    if m and (m[1].isdigit() or m[1] in _NUMBER_WORDS):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        unit = m[2]
        if unit == "fortnight":  # "a fortnight ago" is "two weeks ago"
            n, unit = 2 * n, "week"
        if n > 10_000:
            raise ValueError(f"{phrase!r} reaches too far back")
        try:
            day = published - relativedelta(**{_UNIT_ALIASES[unit]: n})
        except (ValueError, OverflowError):
            raise ValueError(f"{phrase!r} reaches too far back") from None
        if unit == "day":
            return DateRange(day, day)
        if unit == "week":
            return DateRange(day - relativedelta(days=3), day + relativedelta(days=3))
        if unit == "month":
            return _month_range(day.year, day.month)
        return DateRange(date(day.year, 1, 1), date(day.year, 12, 31))
    raise ValueError(
        f"phrase={phrase!r} is not a relative date factcheck understands; use e.g. 'last month',"
        " 'yesterday', 'this year', 'earlier this week', 'three years ago' or a weekday"
    )


def is_partial_date(value: Any) -> bool:
    """Whether `parse_partial_date` reads ``value`` (a date rather than a measure key)."""
    try:
        parse_partial_date(value)
    except ValueError:
        return False
    return True


def is_relative_phrase(phrase: str) -> bool:
    """Whether `relative_range` understands ``phrase``."""
    try:
        relative_range(phrase, date(2000, 1, 1))
    except ValueError:
        return False
    return True


@functools.cache
def months_span_days(months: int) -> tuple[int, int]:
    """The fewest and most days that ``months`` consecutive calendar months can hold.

    12 months -> (365, 366); 1 month -> (28, 31). Computed over a whole 400-year cycle; every
    whole cycle of 4800 months holds exactly 146097 days, so a huge count costs no more.
    """
    cycles, months = divmod(months, 4800)
    if cycles:
        low, high = months_span_days(months)
        return low + cycles * 146097, high + cycles * 146097
    lengths = [calendar.monthrange(2000 + i // 12, i % 12 + 1)[1] for i in range(4800 + months)]
    prefix = [0]
    for length in lengths:
        prefix.append(prefix[-1] + length)
    spans = [prefix[i + months] - prefix[i] for i in range(4800)]
    return min(spans), max(spans)
