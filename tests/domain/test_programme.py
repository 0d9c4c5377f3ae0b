"""Planned hours per ISO week: even spread, weekday hours, periods and holidays."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integration_desk.domain.programme import ActivityPlan, planned_hours, planned_week
from integration_desk.domain.weeks import DaysOff, IsoWeek

NONE = DaysOff()
DANISH = ActivityPlan("danish_classes", date(2016, 1, 1), date(2018, 12, 31), Decimal(15))


def test_an_ordinary_week_has_the_weekly_hours() -> None:
    assert planned_hours(DANISH, IsoWeek(2016, 10), NONE) == Decimal("15.00")


def test_easter_week_2016_loses_maundy_thursday_good_friday_and_easter_monday() -> None:
    assert planned_hours(DANISH, IsoWeek(2016, 12), NONE) == Decimal("9.00")  # Thu 24 + Fri 25 March off
    assert planned_hours(DANISH, IsoWeek(2016, 13), NONE) == Decimal("12.00")  # Mon 28 March off


def test_great_prayer_day_counts_in_2023_not_in_2024() -> None:
    activity = ActivityPlan("work_placement", date(2023, 1, 1), date(2024, 12, 31), Decimal(20))
    assert planned_hours(activity, IsoWeek.of(date(2023, 5, 5)), NONE) == Decimal("16.00")
    assert planned_hours(activity, IsoWeek.of(date(2024, 4, 26)), NONE) == Decimal("20.00")


def test_agreed_days_off_count_only_when_agreed() -> None:
    week = IsoWeek.of(date(2016, 6, 6))  # Mon 6 June; 5 June 2016 is a Sunday
    assert planned_hours(DANISH, IsoWeek.of(date(2017, 6, 7)), NONE) == Decimal("12.00")  # Whit Monday
    christmas = IsoWeek.of(date(2018, 12, 24))  # Mon 24 Dec, Tue 25, Wed 26
    assert planned_hours(DANISH, christmas, NONE) == Decimal("9.00")
    assert planned_hours(DANISH, christmas, DaysOff(christmas_eve=True, new_years_eve=True)) == Decimal(
        "6.00"
    )
    assert planned_hours(DANISH, week, DaysOff(constitution_day=True)) == Decimal("15.00")


def test_the_period_cuts_a_week() -> None:
    starts_wednesday = ActivityPlan("mentor", date(2016, 3, 9), date(2016, 3, 31), Decimal(10))
    assert planned_hours(starts_wednesday, IsoWeek(2016, 10), NONE) == Decimal("6.00")
    assert planned_hours(starts_wednesday, IsoWeek(2016, 9), NONE) == Decimal("0.00")


def test_weekday_hours_put_the_holidays_where_they_fall() -> None:
    mondays = ActivityPlan(
        "job_training",
        date(2016, 1, 1),
        date(2016, 12, 31),
        Decimal(22),
        {"mon": Decimal("7.5"), "tue": Decimal("7.5"), "wed": Decimal(7)},
    )
    assert planned_hours(mondays, IsoWeek(2016, 12), NONE) == Decimal("22.00")  # Thu/Fri off: no loss
    assert planned_hours(mondays, IsoWeek(2016, 13), NONE) == Decimal("14.50")  # Easter Monday off


def test_a_week_sums_its_activities() -> None:
    work = ActivityPlan("work_placement", date(2016, 1, 1), date(2016, 12, 31), Decimal(22))
    assert planned_week([DANISH, work], IsoWeek(2016, 10), NONE) == Decimal("37.00")
