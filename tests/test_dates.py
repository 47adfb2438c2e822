"""Dates as written: partial dates, relative phrases against the publication date, month spans."""

from __future__ import annotations

import re
from datetime import date

import pytest

from factcheck.dates import DateRange, months_span_days, parse_partial_date, relative_range

D = date
#: The seed article's publication date, a Tuesday.
PUBLISHED = date(2023, 5, 2)


def refused(message):
    """pytest.raises for a ValueError whose message is exactly ``message``."""
    return pytest.raises(ValueError, match=f"^{re.escape(message)}$")


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [("2023-05-02", D(2023, 5, 2), D(2023, 5, 2)),
     (D(2023, 5, 2), D(2023, 5, 2), D(2023, 5, 2)),
     ("2023-05", D(2023, 5, 1), D(2023, 5, 31)),
     ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
     ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
     (2022, D(2022, 1, 1), D(2022, 12, 31)),
     ("2022", D(2022, 1, 1), D(2022, 12, 31)),
     ("August 2022", D(2022, 8, 1), D(2022, 8, 31)),
     ("Aug 2022", D(2022, 8, 1), D(2022, 8, 31)),
     ("Aug. 2022", D(2022, 8, 1), D(2022, 8, 31)),
     ("sept 2022", D(2022, 9, 1), D(2022, 9, 30)),
     ("2 May 2023", D(2023, 5, 2), D(2023, 5, 2)),
     ("May 2, 2023", D(2023, 5, 2), D(2023, 5, 2)),
     ("  may  2 2023 ", D(2023, 5, 2), D(2023, 5, 2))],
)  # fmt: skip
def test_partial_dates_stand_for_every_day_they_cover(written, first, last):
    """A date is read at the precision written: a day, a month or a year."""
    assert parse_partial_date(written) == DateRange(first, last)


@pytest.mark.parametrize(
    ("written", "reason"),
    [("2023-02-30", "day is out of range for month"),
     ("2023-02-29", "day is out of range for month"),
     ("February 30, 2023", "day is out of range for month"),
     ("30 Feb 2023", "day is out of range for month"),
     ("2023-13", "month must be in 1..12"),
     ("2023-00-10", "month must be in 1..12")],
)  # fmt: skip
def test_impossible_dates_are_refused_readably(written, reason):
    """A date that does not exist (2023-02-30) is refused, saying why."""
    with refused(f"{written!r} is not a real date ({reason})"):
        parse_partial_date(written)


@pytest.mark.parametrize(
    "written",
    ["Smarch 2022", "2023-5-2", "05/02/2023", "", "next spring", True, 0, 10000, None, 2023.0,
     "2023-05-02" * 5],
)  # fmt: skip
def test_other_values_are_not_dates(written):
    """Anything else is refused with examples of the accepted forms."""
    with refused(f"{written!r} is not a date such as 2023-05-02, 2023-05, 2022 or 'August 2022'"):
        parse_partial_date(written)


def test_date_range_describe():
    """A range shows as first..last, a single day as itself."""
    assert parse_partial_date("2023-04").describe() == "2023-04-01..2023-04-30"
    assert parse_partial_date("2023-04-14").describe() == "2023-04-14"


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [("today", D(2023, 5, 2), D(2023, 5, 2)),
     ("yesterday", D(2023, 5, 1), D(2023, 5, 1)),
     ("tomorrow", D(2023, 5, 3), D(2023, 5, 3)),
     ("last month", D(2023, 4, 1), D(2023, 4, 30)),
     ("Last Month", D(2023, 4, 1), D(2023, 4, 30)),
     ("this month", D(2023, 5, 1), D(2023, 5, 31)),
     ("next month", D(2023, 6, 1), D(2023, 6, 30)),
     ("earlier this month", D(2023, 5, 1), D(2023, 5, 2)),
     ("this year", D(2023, 1, 1), D(2023, 12, 31)),
     ("last year", D(2022, 1, 1), D(2022, 12, 31)),
     ("earlier this year", D(2023, 1, 1), D(2023, 5, 2)),
     ("later this year", D(2023, 5, 2), D(2023, 12, 31)),
     ("last week", D(2023, 4, 24), D(2023, 4, 30)),
     ("this week", D(2023, 5, 1), D(2023, 5, 7)),
     ("next week", D(2023, 5, 8), D(2023, 5, 14)),
     ("three years ago", D(2020, 1, 1), D(2020, 12, 31)),
     ("3 years ago", D(2020, 1, 1), D(2020, 12, 31)),
     ("a year ago", D(2022, 1, 1), D(2022, 12, 31)),
     ("two months ago", D(2023, 3, 1), D(2023, 3, 31)),
     ("10 days ago", D(2023, 4, 22), D(2023, 4, 22)),
     ("a week ago", D(2023, 4, 22), D(2023, 4, 28))],
)  # fmt: skip
def test_relative_phrases_against_the_publication_date(phrase, first, last):
    """A relative phrase stands for the days it names, seen from publication (2023-05-02)."""
    assert relative_range(phrase, PUBLISHED) == DateRange(first, last)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("Tuesday", D(2023, 5, 2)), ("on Tuesday", D(2023, 5, 2)), ("Monday", D(2023, 5, 1)),
     ("on sunday", D(2023, 4, 30)), ("Wednesday", D(2023, 4, 26))],
)  # fmt: skip
def test_weekday_is_the_last_such_day_up_to_publication(phrase, day):
    """'on Tuesday' is the last Tuesday on or before publication (the day itself if a Tuesday)."""
    assert relative_range(phrase, PUBLISHED) == DateRange(day, day)


def test_weeks_run_monday_to_sunday():
    """Seen from a Sunday, "this week" began on the Monday six days before."""
    sunday = D(2023, 5, 7)
    assert relative_range("this week", sunday) == DateRange(D(2023, 5, 1), sunday)
    assert relative_range("last week", sunday) == DateRange(D(2023, 4, 24), D(2023, 4, 30))


@pytest.mark.parametrize(
    ("published", "first", "last"),
    [(D(2023, 3, 31), D(2023, 2, 1), D(2023, 2, 28)),
     (D(2024, 3, 31), D(2024, 2, 1), D(2024, 2, 29)),
     (D(2023, 1, 15), D(2022, 12, 1), D(2022, 12, 31))],
)  # fmt: skip
def test_last_month_is_a_whole_calendar_month(published, first, last):
    """'last month' is the whole previous calendar month, across year ends and leap Februaries."""
    assert relative_range("last month", published) == DateRange(first, last)


@pytest.mark.parametrize(
    "phrase",
    ["recently", "the other Tuesday", "last Tuesdays", "next weekend", "in the spring", "ago", ""],
)
def test_unknown_phrases_are_refused_with_examples(phrase):
    """A phrase factcheck does not understand is refused with examples of ones it does."""
    with refused(
        f"phrase={phrase!r} is not a relative date factcheck understands; use e.g. 'last month',"
        " 'yesterday', 'this year', 'earlier this week', 'three years ago' or a weekday"
    ):
        relative_range(phrase, PUBLISHED)


@pytest.mark.parametrize(
    ("published", "phrase", "day"),
    [(PUBLISHED, "last Sunday", D(2023, 4, 30)),
     (PUBLISHED, "Last Monday", D(2023, 5, 1)),
     (PUBLISHED, "last Tuesday", D(2023, 4, 25)),
     (PUBLISHED, "on last Wednesday", D(2023, 4, 26)),
     (PUBLISHED, "this past Monday", D(2023, 5, 1)),
     (D(2023, 5, 7), "last Sunday", D(2023, 4, 30)),
     (D(2023, 5, 7), "last Saturday", D(2023, 5, 6))],
)  # fmt: skip
def test_last_weekday_is_the_nearest_such_day_strictly_before_publication(published, phrase, day):
    """'last Sunday' is the nearest Sunday before publication: 7 days before if published on a
    Sunday ('this past Sunday' is the same day)."""
    assert relative_range(phrase, published) == DateRange(day, day)


@pytest.mark.parametrize(
    ("published", "phrase", "day"),
    [(PUBLISHED, "next Friday", D(2023, 5, 5)),
     (PUBLISHED, "next Monday", D(2023, 5, 8)),
     (PUBLISHED, "next Tuesday", D(2023, 5, 9)),
     (PUBLISHED, "this coming Sunday", D(2023, 5, 7)),
     (D(2023, 5, 7), "next Sunday", D(2023, 5, 14))],
)  # fmt: skip
def test_next_weekday_is_the_nearest_such_day_strictly_after_publication(published, phrase, day):
    """'next Friday' is the first Friday after publication, a week on if published on one."""
    assert relative_range(phrase, published) == DateRange(day, day)


@pytest.mark.parametrize("phrase", ["this Sunday", "This monday", "on this Tuesday"])
def test_this_weekday_is_refused_as_ambiguous(phrase):
    """'this Sunday' may be the Sunday before publication or the one after: it is refused, with
    the way out."""
    day = phrase.split()[-1].title()
    with refused(
        f"phrase={phrase!r} is ambiguous (the {day} before publication or the one after?);"
        " give the day it means in a 'date' claim"
    ):
        relative_range(phrase, PUBLISHED)


@pytest.mark.parametrize(
    ("published", "first", "last"),
    [(PUBLISHED, D(2023, 4, 29), D(2023, 4, 30)),
     (D(2023, 5, 1), D(2023, 4, 29), D(2023, 4, 30)),
     (D(2023, 5, 6), D(2023, 4, 29), D(2023, 4, 30)),
     (D(2023, 5, 7), D(2023, 4, 29), D(2023, 4, 30)),
     (D(2023, 5, 8), D(2023, 5, 6), D(2023, 5, 7))],
)  # fmt: skip
def test_last_weekend_is_the_saturday_and_sunday_of_last_week(published, first, last):
    """'last weekend' is the weekend of last week (weeks run Monday to Sunday): from a Saturday
    or a Sunday, the weekend before the one under way."""
    assert relative_range("last weekend", published) == DateRange(first, last)


@pytest.mark.parametrize(
    ("fortnights", "weeks"),
    [("a fortnight ago", "two weeks ago"), ("one fortnight ago", "2 weeks ago"),
     ("2 fortnights ago", "four weeks ago")],
)  # fmt: skip
def test_a_fortnight_ago_is_two_weeks_ago(fortnights, weeks):
    """'a fortnight ago' is read as 'two weeks ago': the week around the day 14 days before."""
    assert relative_range(fortnights, PUBLISHED) == relative_range(weeks, PUBLISHED)
    assert relative_range("a fortnight ago", PUBLISHED) == DateRange(D(2023, 4, 15), D(2023, 4, 21))


_LAST_SUNDAY_TEXT = "The raid took place last Sunday, police said.\n"
_LAST_SUNDAY_CLAIMS = """
[[claim]]
id = "raid-last-sunday"
kind = "relative_date"
quote = "The raid took place last Sunday"
phrase = "last Sunday"
measure = "raid.day"
"""


@pytest.mark.parametrize(("raid", "rules"), [("2023-04-30", []), ("2023-04-23", ["FC402"])])
def test_last_sunday_in_a_claim_file_is_checked_against_a_date(write_claims, raid, rules):
    """A claim file may say 'last Sunday'; a reference date for the event agrees with it (the
    Sunday before the Tuesday of publication) or contradicts it (FC402)."""
    import factcheck

    path = write_claims(_LAST_SUNDAY_CLAIMS, article=_LAST_SUNDAY_TEXT)
    reference = path.parent / "reference.toml"
    reference.write_text(
        '[reference]\nid = "police"\ntitle = "Police log"\n\n'
        f'[[claim]]\nid = "raid-date"\nkind = "date"\nquote = "The raid"\n'
        f'measure = "raid.day"\ndate = {raid}\nsource = "Police log"\n',
        encoding="utf-8",
    )
    report = factcheck.check(factcheck.load(path.parent))
    assert sorted(f.rule for f in report.findings) == rules


@pytest.mark.parametrize("phrase", ["20000 years ago", "2500 years ago", "999999 days ago"])
def test_phrases_reaching_before_year_one_are_refused(phrase):
    """'2500 years ago' from 2000 is refused readably, not with a calendar error."""
    with refused(f"{phrase!r} reaches too far back"):
        relative_range(phrase, D(2000, 1, 1))


def test_twelve_months_span_365_or_366_days():
    """Any 12 consecutive calendar months hold 365 or 366 days."""
    assert months_span_days(12) == (365, 366)


def test_one_month_spans_28_to_31_days():
    """A calendar month holds 28 to 31 days."""
    assert months_span_days(1) == (28, 31)


def test_two_months_span_59_to_62_days():
    """Two consecutive months hold 59 (Jan-Feb) to 62 (Jul-Aug) days."""
    assert months_span_days(2) == (59, 62)
