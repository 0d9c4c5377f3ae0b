"""The live 37-hour summary of a programme: planned hours per ISO week, averages, short weeks.

A week's expected hours follow its working days inside the programme: a week with Easter Monday
expects four fifths of the target, the first and last weeks only their days in the period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from integration_desk.domain.programme import ActivityPlan, planned_hours
from integration_desk.domain.rules import RuleSet
from integration_desk.domain.weeks import IsoWeek, is_working_day
from integration_desk.i18n import tr

DANISH_CLASSES = "danish_classes"
_TENTH = Decimal("0.1")


@dataclass(frozen=True)
class WeekHours:
    week: IsoWeek
    total: Decimal
    danish: Decimal
    expected: Decimal  # the target scaled to the week's working days in the programme


@dataclass(frozen=True)
class ProgrammeSummary:
    weeks: tuple[WeekHours, ...]
    average: Decimal
    danish_average: Decimal
    target: Decimal
    danish_cap: Decimal

    @property
    def meets_target(self) -> bool:
        return bool(self.weeks) and self.average >= self.target

    @property
    def danish_over_cap(self) -> bool:
        return self.danish_average > self.danish_cap

    @property
    def gaps(self) -> tuple[tuple[IsoWeek, IsoWeek], ...]:
        """Runs of weeks with working days but no planned hours at all."""
        return _runs([w.week for w in self.weeks if w.total == 0 and w.expected > 0])

    @property
    def short_weeks(self) -> tuple[tuple[IsoWeek, IsoWeek], ...]:
        """Runs of weeks with some, but fewer than the expected, planned hours."""
        return _runs([w.week for w in self.weeks if 0 < w.total < w.expected])


def _runs(weeks: Sequence[IsoWeek]) -> tuple[tuple[IsoWeek, IsoWeek], ...]:
    runs: list[tuple[IsoWeek, IsoWeek]] = []
    for week in weeks:
        if runs and runs[-1][1].next() == week:
            runs[-1] = (runs[-1][0], week)
        else:
            runs.append((week, week))
    return tuple(runs)


def summarise(activities: Sequence[ActivityPlan], start: date, end: date, rules: RuleSet) -> ProgrammeSummary:
    """Planned hours week by week from ``start`` to ``end`` and the averages per full working week.

    The average divides all planned hours by the programme's working days counted in weeks
    (five working days = one week), so holidays neither lower nor raise it.
    """
    agreed = rules.days_off()
    weeks: list[WeekHours] = []
    total_hours = danish_hours = Decimal(0)
    working_days = 0
    if end >= start:
        for week in IsoWeek.range(IsoWeek.of(start), IsoWeek.of(end)):
            days = sum(
                1 for d in week.days() if start <= d <= end and d.weekday() < 5 and is_working_day(d, agreed)
            )
            total = danish = Decimal(0)
            for activity in activities:
                hours = planned_hours(activity, week, agreed)
                total += hours
                if activity.kind == DANISH_CLASSES:
                    danish += hours
            expected = rules.weekly_hours_target * days / 5
            weeks.append(WeekHours(week, total, danish, expected))
            total_hours += total
            danish_hours += danish
            working_days += days
    full_weeks = Decimal(working_days) / 5
    average = total_hours / full_weeks if full_weeks else Decimal(0)
    danish_average = danish_hours / full_weeks if full_weeks else Decimal(0)
    return ProgrammeSummary(
        weeks=tuple(weeks),
        average=average.quantize(_TENTH, rounding=ROUND_HALF_UP),
        danish_average=danish_average.quantize(_TENTH, rounding=ROUND_HALF_UP),
        target=rules.weekly_hours_target,
        danish_cap=rules.danish_classes_weekly_cap,
    )


def describe_runs(runs: Sequence[tuple[IsoWeek, IsoWeek]], limit: int = 6) -> str:
    """Runs of weeks as Danes name them: "uge 12 2016, uge 14–16 2016, …"."""
    parts = []
    for first, last in runs[:limit]:
        if first == last:
            parts.append(tr("domain", "week {week} {year}").format(week=first.week, year=first.year))
        elif first.year == last.year:
            parts.append(
                tr("domain", "weeks {first}–{last} {year}").format(
                    first=first.week, last=last.week, year=first.year
                )
            )
        else:
            parts.append(
                tr("domain", "week {first} {year}–week {last} {last_year}").format(
                    first=first.week, year=first.year, last=last.week, last_year=last.year
                )
            )
    if len(runs) > limit:
        parts.append("…")
    return ", ".join(parts)
