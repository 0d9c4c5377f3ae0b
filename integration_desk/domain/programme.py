"""Planned programme hours: one activity's hours in one ISO week, holidays taken off.

Shared by the contract editor (the live 37-hour summary) and the weekly hour grid (pre-filled
planned hours), so both always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from integration_desk.domain.weeks import DaysOff, IsoWeek, is_working_day

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
_QUARTER = Decimal("0.01")


@dataclass(frozen=True)
class ActivityPlan:
    """An activity of a contract as far as hours go: its period and its weekly hours.

    ``weekday_hours`` (``{"mon": Decimal("7.4"), ...}``) says on which weekdays the hours fall;
    without it the weekly hours are spread evenly over Monday to Friday.
    """

    kind: str
    starts_on: date
    ends_on: date
    hours_per_week: Decimal
    weekday_hours: Mapping[str, Decimal] = field(default_factory=dict)

    def hours_on(self, day: date) -> Decimal:
        """The hours planned on ``day`` before holidays: zero outside the period and at weekends."""
        if not self.starts_on <= day <= self.ends_on or day.weekday() >= 5:
            return Decimal(0)
        if self.weekday_hours:
            return Decimal(self.weekday_hours.get(WEEKDAYS[day.weekday()], 0))
        return self.hours_per_week / 5


def planned_hours(activity: ActivityPlan, week: IsoWeek, agreed: DaysOff) -> Decimal:
    """Hours planned for ``activity`` in ``week``: its days in the period, holidays and days off excluded."""
    total = sum(
        (activity.hours_on(day) for day in week.days() if is_working_day(day, agreed)),
        start=Decimal(0),
    )
    return total.quantize(_QUARTER, rounding=ROUND_HALF_UP)


def planned_week(activities: Iterable[ActivityPlan], week: IsoWeek, agreed: DaysOff) -> Decimal:
    """All activities' planned hours in ``week``."""
    return sum((planned_hours(a, week, agreed) for a in activities), start=Decimal(0))
