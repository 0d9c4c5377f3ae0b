"""The funding rules: six continuous months at 20 h/week, base-grant months, amounts by date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.funding import (
    FundingKind,
    JobPeriod,
    base_grant_month_starts,
    base_grant_months_until,
    expected_amount,
    job_qualification,
    validate_event_date,
    validate_job,
)
from integration_desk.domain.rules import DEFAULT_RULE_SETS


def job(start: date, end: date | None, hours: int | str) -> JobPeriod:
    return JobPeriod(start, end, Decimal(hours))


def test_25_hours_for_six_months_qualifies_on_the_last_day() -> None:
    result = job_qualification([job(date(2017, 3, 1), date(2017, 8, 31), 25)])
    assert result is not None
    assert (result.starts_on, result.earned_on, result.average) == (
        date(2017, 3, 1),
        date(2017, 8, 31),
        Decimal("25.00"),
    )


def test_one_day_short_of_six_months_does_not_qualify() -> None:
    assert job_qualification([job(date(2017, 3, 1), date(2017, 8, 30), 25)]) is None


def test_15_hours_a_week_does_not_qualify() -> None:
    assert job_qualification([job(date(2017, 3, 1), None, 15)]) is None


def test_a_gap_breaks_continuity() -> None:
    jobs = [job(date(2017, 3, 1), date(2017, 5, 31), 30), job(date(2017, 6, 2), date(2017, 12, 1), 30)]
    # 1 June is not covered: the first run is too short; the second qualifies on its own, later.
    result = job_qualification(jobs)
    assert result is not None
    assert (result.starts_on, result.earned_on) == (date(2017, 6, 2), date(2017, 12, 1))
    assert (
        job_qualification(
            [job(date(2017, 3, 1), date(2017, 5, 31), 30), job(date(2017, 6, 2), date(2017, 9, 1), 30)]
        )
        is None
    )


def test_consecutive_jobs_count_together_and_hours_are_averaged_by_days() -> None:
    jobs = [job(date(2017, 1, 1), date(2017, 3, 31), 15), job(date(2017, 4, 1), None, 25)]
    result = job_qualification(jobs)
    assert result is not None
    # 90 days at 15 and 91 days at 25: (1350 + 2275) / 181 = 20.03 h/week.
    assert (result.starts_on, result.earned_on, result.average) == (
        date(2017, 1, 1),
        date(2017, 6, 30),
        Decimal("20.03"),
    )


def test_an_open_job_qualifies_from_its_start() -> None:
    result = job_qualification([job(date(2017, 8, 31), None, 20)])
    assert result is not None and result.earned_on == date(2018, 2, 27)


def test_base_grant_months_count_across_the_new_year() -> None:
    takeover = date(2016, 11, 15)
    starts = base_grant_month_starts(takeover, 36, date(2016, 12, 1), date(2017, 3, 31))
    assert starts == [date(2016, 12, 15), date(2017, 1, 15), date(2017, 2, 15), date(2017, 3, 15)]
    assert base_grant_months_until(takeover, 36, date(2017, 2, 14)) == 3
    assert base_grant_months_until(takeover, 36, date(2017, 2, 15)) == 4
    assert base_grant_months_until(takeover, 36, date(2016, 11, 14)) == 0
    assert base_grant_months_until(takeover, 36, date(2030, 1, 1)) == 36
    # Month 36 begins on 15 Oct 2019 and is the last one.
    assert base_grant_month_starts(takeover, 36)[-1] == date(2019, 10, 15)
    # A takeover on the 31st: the month begins on the last day of shorter months.
    assert base_grant_month_starts(date(2016, 1, 31), 3) == [
        date(2016, 1, 31),
        date(2016, 2, 29),
        date(2016, 3, 31),
    ]


def test_amounts_come_from_the_rule_set_in_force_on_the_event_date() -> None:
    for kind in FundingKind:
        in_2016 = expected_amount(kind, date(2016, 9, 1), DEFAULT_RULE_SETS)
        in_2024 = expected_amount(kind, date(2024, 9, 1), DEFAULT_RULE_SETS)
        assert in_2016 != in_2024, kind
    assert expected_amount(FundingKind.DANISH_TEST_PASSED, date(2016, 9, 1), DEFAULT_RULE_SETS) == Decimal(
        "36331"
    )
    assert expected_amount(FundingKind.DANISH_TEST_PASSED, date(2024, 9, 1), DEFAULT_RULE_SETS) == Decimal(
        "45414"
    )
    assert expected_amount(FundingKind.JOB_SIX_MONTHS, date(2023, 12, 31), DEFAULT_RULE_SETS) == Decimal(
        "48440"
    )


def test_validation_of_jobs_and_event_dates() -> None:
    with pytest.raises(ValidationError) as error:
        validate_job(date(2017, 1, 2), date(2017, 1, 1), Decimal(20), "Arla")
    assert error.value.field == "ends_on"
    with pytest.raises(ValidationError) as error:
        validate_job(date(2017, 1, 2), None, Decimal(0), "Arla")
    assert error.value.field == "hours_per_week"
    with pytest.raises(ValidationError) as error:
        validate_job(date(2017, 1, 2), None, Decimal(20), "  ")
    assert error.value.field == "employer"
    validate_job(date(2017, 1, 2), None, Decimal(20), "Arla")
    today = date(2016, 10, 3)
    with pytest.raises(ValidationError):
        validate_event_date(date(2016, 10, 4), today, None)
    with pytest.raises(ValidationError):
        validate_event_date(date(2016, 6, 30), today, date(2016, 7, 1))
    validate_event_date(date(2016, 7, 1), today, date(2016, 7, 1))
