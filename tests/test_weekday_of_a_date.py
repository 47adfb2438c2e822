"""A weekday that belongs to a date, wherever it lies: 'on Sunday, October 5, 2025' in an
article of 2024 (any_date = true)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_engine import codes, run

TEXT = "The next edition will be held on Sunday, October 5, 2025."


def claims(weekday: str, day: str, any_date: bool = True) -> str:
    return (
        f'[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "held on {weekday}"\n'
        f'weekday = "{weekday}"\nmeasure = "race.next"\nany_date = {str(any_date).lower()}\n\n'
        f'[[claim]]\nid = "day"\nkind = "date"\nquote = "October 5, 2025"\n'
        f'measure = "race.next"\ndate = {day}\n'
    )


@pytest.mark.parametrize(
    ("weekday", "day", "expected"),
    [("Sunday", "2025-10-05", []), ("Saturday", "2025-10-05", ["FC401"])],
)
def test_a_future_date_and_its_weekday(
    tmp_path: Path, weekday: str, day: str, expected: list[str]
) -> None:
    text = TEXT.replace("Sunday", weekday)
    report = run(tmp_path, text, claims(weekday, day), published="2024-10-08")
    assert codes(report) == expected
    if not expected:
        (held,) = [c for c in report.checks if c.rule == "FC401"]
        assert held.message == f"“held on {weekday}”: 2025-10-05 is a Sunday"
    else:
        assert report.findings[0].message == "2025-10-05 is a Sunday, not a Saturday"


def test_without_any_date_the_weekday_is_counted_back_from_publication(tmp_path: Path) -> None:
    """The default reads the weekday as a recent day (a same-day report): a future date is
    then a contradiction, whose explanation points to the window."""
    report = run(tmp_path, TEXT, claims("Sunday", "2025-10-05", False), published="2024-10-08")
    assert codes(report) == ["FC401"]


def test_any_date_needs_a_measure(tmp_path: Path) -> None:
    import factcheck

    (tmp_path / "art.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(factcheck.ClaimFileError, match="any_date = true needs a measure"):
        run(
            tmp_path,
            TEXT,
            '[[claim]]\nid = "wd"\nkind = "weekday"\nquote = "held on Sunday"\n'
            'weekday = "Sunday"\nany_date = true\n',
        )


def test_any_date_with_within_days_is_refused(tmp_path: Path) -> None:
    import factcheck

    with pytest.raises(factcheck.ClaimFileError, match=r"within_days .* does not apply"):
        run(
            tmp_path,
            TEXT,
            claims("Sunday", "2025-10-05").replace(
                "any_date = true", "any_date = true\nwithin_days = 3"
            ),
            published="2024-10-08",
        )
