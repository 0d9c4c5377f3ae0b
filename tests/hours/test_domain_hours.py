"""The pure rules of weekly hours: planned hours around holidays, validation, the 37-hour averages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.hours import (
    HourFigures,
    WeekHours,
    average_per_full_week,
    below_target_weeks,
    hours_text,
    parse_hours_text,
    recent_average,
    running_averages,
    unexcused_weeks,
    validate_figures,
)
from integration_desk.domain.programme import ActivityPlan, planned_hours
from integration_desk.domain.weeks import DaysOff, IsoWeek

FULL = ActivityPlan("work_placement", date(2015, 1, 1), date(2030, 12, 31), D(37))
NONE = DaysOff()


def week(text: str) -> IsoWeek:
    return IsoWeek.parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-W11", D("37.00")),  # the week before Easter 2016
        ("2016-W12", D("22.20")),  # Maundy Thursday 24 March and Good Friday 25 March
        ("2016-W13", D("29.60")),  # Easter Monday 28 March
        ("2016-W14", D("37.00")),
        ("2024-W13", D("22.20")),  # Maundy Thursday 28 March and Good Friday 29 March 2024
        ("2024-W14", D("29.60")),  # Easter Monday 1 April 2024
        ("2023-W18", D("29.60")),  # Great Prayer Day, Friday 5 May 2023
        ("2024-W17", D("37.00")),  # 26 April 2024 would have been Great Prayer Day: abolished
    ],
)
def test_planned_hours_around_easter_and_great_prayer_day(text: str, expected: D) -> None:
    assert planned_hours(FULL, week(text), NONE) == expected


def test_holiday_on_a_day_without_the_activity_takes_nothing_off() -> None:
    classes = ActivityPlan(
        "danish_classes",
        date(2016, 1, 1),
        date(2016, 12, 31),
        D(15),
        {"mon": D("3.75"), "tue": D("3.75"), "wed": D("3.75"), "thu": D("3.75")},
    )
    # Good Friday falls on a free day; Maundy Thursday does not.
    assert planned_hours(classes, week("2016-W12"), NONE) == D("11.25")
    assert planned_hours(classes, week("2016-W13"), NONE) == D("11.25")  # Easter Monday


def test_agreed_days_off_only_when_the_rule_set_says_so() -> None:
    assert planned_hours(FULL, week("2024-W23"), NONE) == D("37.00")  # 5 June 2024, a Wednesday
    assert planned_hours(FULL, week("2024-W23"), DaysOff(constitution_day=True)) == D("29.60")


def test_activity_starting_mid_week_plans_only_its_days() -> None:
    start = ActivityPlan("igu", date(2016, 9, 21), date(2017, 9, 20), D(20))
    assert planned_hours(start, week("2016-W38"), NONE) == D("12.00")


def test_validation_accepts_a_plain_week() -> None:
    assert validate_figures(HourFigures(D(37), D(30), D(7))) == ()


@pytest.mark.parametrize("field", ["planned", "attended", "absent_sick", "absent_valid", "absent_unexcused"])
def test_negative_hours_are_refused(field: str) -> None:
    figures = HourFigures(**{"planned": D(10), field: D(-1)})  # type: ignore[arg-type]
    problems = validate_figures(figures)
    assert [p.field for p in problems] == [field]
    assert "negative" in problems[0].message or "negativ" in problems[0].message


def test_more_than_planned_needs_the_margin() -> None:
    figures = HourFigures(D(37), D(36), D(2))
    assert [p.field for p in validate_figures(figures)] == ["attended"]
    assert "38" in validate_figures(figures)[0].message
    assert validate_figures(figures, margin=D(1)) == ()
    assert validate_figures(figures, margin=D("0.5")) != ()


def test_absence_without_valid_reason_needs_a_note() -> None:
    bare = HourFigures(D(37), D(30), absent_unexcused=D(7))
    assert [p.field for p in validate_figures(bare)] == ["note"]
    assert validate_figures(HourFigures(D(37), D(30), absent_unexcused=D(7), note="   ")) != ()
    assert validate_figures(HourFigures(D(37), D(30), absent_unexcused=D(7), note="Mødte ikke op")) == ()


def test_hours_typed_in_a_cell() -> None:
    assert parse_hours_text("7,4") == D("7.40")
    assert parse_hours_text(" 7.5 ") == D("7.50")
    assert parse_hours_text("") == D(0)
    assert parse_hours_text("abc") is None
    assert parse_hours_text("1e9") is None
    assert parse_hours_text("-2") == D("-2.00")  # typed, then refused by validation
    assert hours_text(D("29.60")) == "29,6"
    assert hours_text(D("37.00")) == "37"


def wk(text: str, credited: str, share: str = "1", unexcused: str = "0") -> WeekHours:
    return WeekHours(week(text), D(37), D(credited), D(0), D(0), D(unexcused), D(share), D(37))


def test_running_average_counts_holiday_weeks_as_part_weeks() -> None:
    weeks = [wk("2016-W11", "37"), wk("2016-W12", "22.2", "0.6"), wk("2016-W13", "29.6", "0.8")]
    assert running_averages(weeks) == [D("37.00"), D("37.00"), D("37.00")]
    assert average_per_full_week(weeks) == D("37.00")
    assert below_target_weeks(weeks) == []


def test_running_average_falls_with_absence_and_recent_average_sees_the_last_four_weeks() -> None:
    weeks = [wk(f"2016-W{n}", "37") for n in range(20, 26)] + [wk("2016-W26", "30", unexcused="7")]
    averages = running_averages(weeks)
    assert averages[-2] == D("37.00")
    assert averages[-1] == D("36.00")  # (6 * 37 + 30) / 7
    assert recent_average(weeks) == D("35.25")  # (3 * 37 + 30) / 4
    assert [w.week for w in below_target_weeks(weeks)] == [week("2016-W26")]
    assert [w.week for w in unexcused_weeks(weeks)] == [week("2016-W26")]


def test_sickness_and_valid_absence_count_as_programme_hours() -> None:
    w = WeekHours(week("2016-W30"), D(37), D(20), D(10), D(7), D(0), D(1), D(37))
    assert w.credited == D(37)
    assert not w.below_target


def test_no_weeks_no_average() -> None:
    assert average_per_full_week([]) is None
    assert recent_average([]) is None
    assert running_averages([]) == []
    christmas_only = [wk("2016-W52", "0", "0")]
    assert average_per_full_week(christmas_only) is None


@given(st.lists(st.decimals(min_value=0, max_value=60, places=2), min_size=1, max_size=30))
def test_average_of_full_weeks_is_the_mean(values: list[D]) -> None:
    weeks = [
        WeekHours(
            IsoWeek.of(date(2016, 1, 4) + (date(2016, 1, 11) - date(2016, 1, 4)) * i),
            D(37),
            v,
            D(0),
            D(0),
            D(0),
            D(1),
            D(37),
        )
        for i, v in enumerate(values)
    ]
    mean = sum(values, start=D(0)) / len(values)
    assert abs(average_per_full_week(weeks) - mean) <= D("0.005")  # type: ignore[operator]
    assert running_averages(weeks)[-1] == average_per_full_week(weeks)
