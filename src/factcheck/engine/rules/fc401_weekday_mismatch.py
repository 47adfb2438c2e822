"""FC401, weekday-mismatch: A weekday that does not match the date it names.

The rule's documentation is its function's docstring (``factcheck rules``, docs/rules.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.claims import (
    DateClaim,
    RelativeDateClaim,
    WeekdayClaim,
)
from factcheck.dates import DateRange, relative_range
from factcheck.engine.constraints import (
    Compiled,
)
from factcheck.engine.context import Context, Entry
from factcheck.engine.explain import (
    check,
    listing,
    unflagged,
    weekday_name,
)
from factcheck.engine.registry import confirms, rule
from factcheck.report import Check


@rule(
    "FC401",
    "weekday-mismatch",
    "contradiction",
    "{date} was a {actual}, not a {weekday}",
    runs=False,
)
def weekday_mismatch(core: Sequence[Entry], ctx: Context, compiled: Compiled) -> tuple[str, str]:
    """A weekday that does not match the date it names.

    What it checks
    --------------
    A ``weekday`` claim ("officials announced on Tuesday") puts its event within
    ``within_days`` days before publication: by default 6, the most recent such weekday (the
    publication day included), as news copy means it; ``within_days = 0`` for the publication
    date itself (a same-day report). The day must be that weekday, and must agree with any other
    claim dating the same event.

    Why it matters
    --------------
    Wire copy is rewritten across days: "on Tuesday" survives into Wednesday's edition and
    becomes wrong.

    Example
    -------
    Published 2023-05-02, a Tuesday: "announced on Tuesday" holds (the publication day);
    "announced on Wednesday" holds too, as the Wednesday before (2023-04-26), unless the claim
    says ``within_days = 0``: then FC401, 2023-05-02 was a Tuesday (the explanation names the
    ``within_days`` that would reach the last Wednesday). "The fire broke out on Saturday" with
    a ``date`` claim of 2024-08-11 for the same event in a paper of 2024-08-15: FC401, the last
    Saturday was 2024-08-10, and 2024-08-11 was a Sunday.
    """
    entry = next(e for e in core if isinstance(e.claim, WeekdayClaim))
    claim = entry.claim
    assert isinstance(claim, WeekdayClaim)
    published = entry.published
    weekday = claim.weekday.title()
    explanation = "These claims cannot all be true:\n" + listing(core, ctx)
    if published is not None and len(core) == 1:
        # The weekday alone: no such day between within_days before publication and then.
        back = (published.weekday() - claim.weekday_index) % 7
        last = date.fromordinal(published.toordinal() - back)
        if claim.within_days == 0:
            message = (
                f"{published.isoformat()} (the publication date) was a"
                f" {weekday_name(published)}, not a {weekday}"
            )
            reading = "With within_days = 0 the weekday is the publication date's, as in a"
            reading += " same-day report."
        else:
            first = date.fromordinal(published.toordinal() - claim.within_days)
            message = (
                f"no {weekday} lies between {first.isoformat()} and {published.isoformat()}"
                " (the publication date)"
            )
            reading = f"With within_days = {claim.within_days} the {weekday} lies up to"
            reading += (
                f" {claim.within_days} day{'s' * (claim.within_days > 1)} before publication."
            )
        explanation += (
            f"\n{reading} If the text means an earlier day, set within_days = N to let it lie up to"
            f" N days before publication: the last {weekday} before {published.isoformat()} was"
            f" {last.isoformat()}, {back} day{'s' * (back > 1)} before (within_days = {back})."
        )
        if claim.measure is not None:
            explanation += (
                f" If it is the weekday of a date given for {claim.measure} (a past or future"
                " date), set any_date = true."
            )
        return message, explanation
    days, said = _event_days(core, entry)
    message = f"no day fits “{entry.ref.quote}” and the other dates of the event"
    if days is not None and days.first == days.last:
        day = days.first
        if day.weekday() != claim.weekday_index:
            tense = "is" if published is not None and day > published else "was"
            message = f"{day.isoformat()} {tense} a {weekday_name(day)}, not a {weekday}"
    if said:
        explanation += "\n" + "; ".join(said) + ". "
        if days is None:
            explanation += "No day is in all of these."
            if not claim.any_date and claim.measure is not None:
                explanation += (
                    " If the weekday is that of the event's date wherever it lies (a past or"
                    " future date, not a recent day), set any_date = true."
                )
        elif days.first == days.last:
            explanation += (
                f"Together they leave only {days.first.isoformat()}, a {weekday_name(days.first)}."
            )
        else:
            fits = any(
                date.fromordinal(d).weekday() == claim.weekday_index
                for d in range(days.first.toordinal(), days.last.toordinal() + 1)
            )
            explanation += (
                f"Together they leave {days.first.isoformat()} to {days.last.isoformat()}"
                + ("." if fits else f", and none of those days is a {weekday}.")
            )
    return message, explanation


def _event_days(core: Sequence[Entry], entry: Entry) -> tuple[DateRange | None, list[str]]:
    """The days the claims of ``core`` leave the event of weekday claim ``entry`` (None: no day),
    and what each claim allows, in words."""
    claim = entry.claim
    assert isinstance(claim, WeekdayClaim)
    first, last = date.min, date.max
    said: list[str] = []
    for other in core:
        c = other.claim
        if other is not entry and (
            claim.measure is None or c.__dict__.get("measure") != claim.measure
        ):
            continue
        if isinstance(c, WeekdayClaim):
            if other.published is None or c.any_date:
                continue
            rng = c.window(other.published)
            assert rng is not None
            when = (
                f"on the publication date, {rng.last.isoformat()}"
                if c.within_days == 0
                else f"between {rng.first.isoformat()} and {rng.last.isoformat()} (within_days ="
                f" {c.within_days}: up to {c.within_days} days before publication)"
            )
            said.append(f"“{other.ref.quote}” puts {c.measure or 'the event'} {when}")
        elif isinstance(c, DateClaim):
            rng = c.range()
            said.append(f"“{other.ref.quote}” dates {c.measure} {rng.describe()}")
        elif isinstance(c, RelativeDateClaim) and other.published is not None:
            rng = relative_range(c.phrase, other.published)
            said.append(f"“{other.ref.quote}” dates {c.measure} {rng.describe()}")
        else:
            continue
        first, last = max(first, rng.first), min(last, rng.last)
    if not said:
        return DateRange(first, last), said
    return (DateRange(first, last) if first <= last else None), said


@confirms("FC401")
def confirm_weekdays(ctx: Context, compiled: Compiled, flagged: frozenset[int]) -> list[Check]:
    """FC401 checks that held, or had no date to check against."""
    checks: list[Check] = []
    for entry in unflagged(ctx, compiled, flagged):
        claim = entry.claim
        if isinstance(claim, WeekdayClaim) and claim.any_date:
            checks.append(_weekday_of_a_date(entry, ctx))
        elif isinstance(claim, WeekdayClaim) and entry.published is not None:
            day: date = entry.published
            back = (day.weekday() - claim.weekday_index) % 7
            if claim.within_days == 0 or back == 0:
                message = f"“{entry.ref.quote}”: {day.isoformat()} was a {weekday_name(day)}"
            elif back <= claim.within_days < 7:
                # One such weekday in the window: name it.
                on = date.fromordinal(day.toordinal() - back)
                message = (
                    f"“{entry.ref.quote}”: {on.isoformat()}, {back} day{'s' * (back > 1)}"
                    f" before publication, was a {weekday_name(on)}"
                )
            else:
                message = (
                    f"“{entry.ref.quote}”: a {claim.weekday.title()} lies between "
                    f"{claim.within_days} day{'s' * (claim.within_days > 1)} before"
                    f" {day.isoformat()} and that day"
                )
            checks.append(check("FC401", [entry], message))
    return checks


def _weekday_of_a_date(entry: Entry, ctx: Context) -> Check:
    """An ``any_date`` weekday that held: the day a date claim gives its event, or "not checked"
    when no claim gives one day."""
    claim = entry.claim
    assert isinstance(claim, WeekdayClaim) and claim.measure is not None
    for other in ctx.by_measure.get(claim.measure, ()):
        if isinstance(other.claim, DateClaim):
            rng = other.claim.range()
            if rng.first == rng.last:
                message = (
                    f"“{entry.ref.quote}”: {rng.first.isoformat()} is a {claim.weekday.title()}"
                )
                return check("FC401", [entry, other], message)
    message = f"“{entry.ref.quote}”: no date claim gives {claim.measure} one day"
    return check("FC401", [entry], message, holds=False)
