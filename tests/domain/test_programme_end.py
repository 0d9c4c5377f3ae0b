"""The reminder to extend or end the programme: its date from the signed end, the end reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from integration_desk.domain.deadlines import DeadlineKind, deadlines_for, programme_extension_deadline
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.programme_end import ProgrammeEndReason, check_programme_end
from integration_desk.domain.rules import DEFAULT_RULE_SETS

RULES_2016, _HEALTH, RULES_2024 = DEFAULT_RULE_SETS


@pytest.mark.parametrize(
    ("end", "weeks", "due"),
    [
        (date(2017, 8, 31), 8, date(2017, 7, 6)),  # 56 days before the last day
        (date(2016, 11, 30), 8, date(2016, 10, 5)),
        (date(2017, 3, 5), 8, date(2017, 1, 8)),  # across the turn of the year
        (date(2020, 3, 1), 1, date(2020, 2, 23)),  # leap year: 29 February counts
        (date(2017, 8, 31), 0, date(2017, 8, 31)),  # no warning: on the last day
        (date(2025, 1, 31), 12, date(2024, 11, 8)),
    ],
)
def test_the_reminder_falls_the_rule_sets_weeks_before_the_programme_end(
    end: date, weeks: int, due: date
) -> None:
    assert (
        programme_extension_deadline(end, replace(RULES_2024, programme_extension_notice_weeks=weeks)) == due
    )


def test_the_shipped_rule_sets_warn_eight_weeks_ahead_and_refuse_negative_weeks() -> None:
    assert {rules.programme_extension_notice_weeks for rules in DEFAULT_RULE_SETS} == {8}
    with pytest.raises(ValidationError) as refused:
        replace(RULES_2024, programme_extension_notice_weeks=-1)
    assert refused.value.field == "programme_extension_notice_weeks"


def test_the_reminder_is_not_a_takeover_deadline() -> None:
    kinds = {d.kind for d in deadlines_for(date(2016, 7, 1), RULES_2016)}
    assert DeadlineKind.PROGRAMME_EXTENSION not in kinds
    assert DeadlineKind.PROGRAMME_EXTENSION.label() == "Programmet udløber — forlæng eller afslut"


def test_end_reasons() -> None:
    today = date(2016, 10, 3)
    assert [r.value for r in ProgrammeEndReason] == [
        "job", "education", "danish_test", "moved_away", "maximum_reached"
    ]  # fmt: skip
    assert ProgrammeEndReason.DANISH_TEST.label() == "Bestået danskprøve"
    assert check_programme_end("job", today, date(2016, 9, 1), today) is ProgrammeEndReason.JOB
    assert check_programme_end("moved_away", date(2016, 9, 1), date(2016, 9, 1), today)
    for reason, on, field in (
        ("holiday", today, "reason"),
        ("job", date(2016, 10, 4), "ended_on"),
        ("job", date(2016, 8, 31), "ended_on"),
    ):
        with pytest.raises(ValidationError) as refused:
            check_programme_end(reason, on, date(2016, 9, 1), today)
        assert refused.value.field == field
