from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineState,
    add_months,
    contract_deadline,
    danish_referral_deadline,
    deadline_state,
    deadlines_for,
    first_offer_deadline,
    health_assessment_deadline,
    notice_is_short,
    programme_end,
    takeover_date,
)
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.rules import DEFAULT_RULE_SETS, RuleSet, rule_set_in_force
from integration_desk.i18n import tr

RULES_2016, RULES_2016_HEALTH, RULES_2024 = DEFAULT_RULE_SETS


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2016, 1, 15), 1, date(2016, 2, 15)),
        (date(2016, 1, 31), 1, date(2016, 2, 29)),  # leap year
        (date(2017, 1, 31), 1, date(2017, 2, 28)),
        (date(2016, 2, 29), 12, date(2017, 2, 28)),
        (date(2016, 2, 29), 48, date(2020, 2, 29)),
        (date(2016, 3, 31), 1, date(2016, 4, 30)),
        (date(2016, 11, 30), 2, date(2017, 1, 30)),
        (date(2016, 12, 15), 1, date(2017, 1, 15)),
        (date(2016, 3, 31), -1, date(2016, 2, 29)),
        (date(2016, 1, 15), -1, date(2015, 12, 15)),
        (date(2016, 5, 5), 0, date(2016, 5, 5)),
        (date(2016, 7, 1), 36, date(2019, 7, 1)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(-240, 240))
def test_add_months_properties(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day
    if result.day < start.day:
        assert (result + timedelta(days=1)).day == 1  # clamped only to the month's last day


@pytest.mark.parametrize(
    ("decision", "takeover"),
    [
        (date(2016, 5, 15), date(2016, 7, 1)),
        (date(2016, 1, 31), date(2016, 3, 1)),
        (date(2016, 12, 15), date(2017, 2, 1)),
        (date(2016, 11, 1), date(2017, 1, 1)),
        (date(2016, 5, 1), date(2016, 7, 1)),
        (date(2016, 5, 31), date(2016, 7, 1)),
    ],
)
def test_takeover_date(decision: date, takeover: date) -> None:
    assert takeover_date(decision) == takeover


def test_deadlines_under_2016_rules_have_no_health_deadline() -> None:
    takeover = date(2016, 3, 1)
    rules = rule_set_in_force(DEFAULT_RULE_SETS, takeover)
    assert rules is RULES_2016
    assert deadlines_for(takeover, rules) == [
        Deadline(DeadlineKind.CONTRACT, date(2016, 4, 1)),
        Deadline(DeadlineKind.DANISH_REFERRAL, date(2016, 4, 1)),
        Deadline(DeadlineKind.FIRST_OFFER, date(2016, 3, 15)),
        Deadline(DeadlineKind.PROGRAMME_END, date(2019, 2, 28)),
    ]


def test_deadlines_from_june_2016_include_the_health_assessment() -> None:
    takeover = takeover_date(date(2016, 5, 15))
    rules = rule_set_in_force(DEFAULT_RULE_SETS, takeover)
    assert rules is RULES_2016_HEALTH
    assert deadlines_for(takeover, rules) == [
        Deadline(DeadlineKind.CONTRACT, date(2016, 8, 1)),
        Deadline(DeadlineKind.DANISH_REFERRAL, date(2016, 8, 1)),
        Deadline(DeadlineKind.FIRST_OFFER, date(2016, 7, 15)),
        Deadline(DeadlineKind.HEALTH_ASSESSMENT, date(2017, 1, 1)),
        Deadline(DeadlineKind.PROGRAMME_END, date(2019, 6, 30)),
    ]


def test_deadlines_under_2024_rules() -> None:
    takeover = date(2024, 3, 1)
    rules = rule_set_in_force(DEFAULT_RULE_SETS, takeover)
    assert rules is RULES_2024
    assert deadlines_for(takeover, rules, programme_start=date(2024, 3, 11)) == [
        Deadline(DeadlineKind.CONTRACT, date(2024, 4, 1)),
        Deadline(DeadlineKind.DANISH_REFERRAL, date(2024, 4, 1)),
        Deadline(DeadlineKind.FIRST_OFFER, date(2024, 3, 31)),
        Deadline(DeadlineKind.HEALTH_ASSESSMENT, date(2024, 9, 1)),
        Deadline(DeadlineKind.PROGRAMME_END, date(2025, 3, 10)),
    ]


def test_single_deadline_functions() -> None:
    takeover = date(2016, 1, 31)
    assert contract_deadline(takeover, RULES_2016) == date(2016, 2, 29)
    assert danish_referral_deadline(takeover, RULES_2016) == date(2016, 2, 29)
    assert first_offer_deadline(takeover, RULES_2016) == date(2016, 2, 14)
    assert health_assessment_deadline(takeover, RULES_2016) is None
    assert health_assessment_deadline(takeover, RULES_2016_HEALTH) == date(2016, 7, 31)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2016, 7, 1), None, date(2019, 6, 30)),
        (date(2016, 7, 1), 1, date(2016, 7, 31)),
        (date(2016, 3, 1), 1, date(2016, 3, 31)),
        (date(2016, 7, 15), 12, date(2017, 7, 14)),
        (date(2016, 1, 31), 1, date(2016, 2, 29)),  # no 31 Feb: ends on the month's last day
        (date(2016, 2, 29), 12, date(2017, 2, 28)),
        (date(2016, 7, 1), 36, date(2019, 6, 30)),
    ],
)
def test_programme_end(start: date, months: int | None, end: date) -> None:
    assert programme_end(start, RULES_2016, months) == end


def test_programme_end_defaults_and_maximum_in_2024() -> None:
    assert programme_end(date(2024, 1, 1), RULES_2024) == date(2024, 12, 31)
    assert programme_end(date(2024, 1, 1), RULES_2024, 60) == date(2028, 12, 31)


@pytest.mark.parametrize(
    ("rules", "months"), [(RULES_2016, 37), (RULES_2016, 0), (RULES_2016, -1), (RULES_2024, 61)]
)
def test_programme_length_outside_the_rules_is_rejected(rules: RuleSet, months: int) -> None:
    with pytest.raises(ValidationError) as caught:
        programme_end(date(2016, 7, 1), rules, months)
    assert caught.value.field == "programme_end"


@pytest.mark.parametrize(
    ("received", "arrival", "short"),
    [
        (date(2016, 3, 1), date(2016, 3, 31), False),  # exactly 30 days
        (date(2016, 3, 1), date(2016, 3, 30), True),
        (date(2016, 3, 1), date(2016, 6, 1), False),
        (date(2016, 3, 1), date(2016, 3, 1), True),
        (date(2016, 3, 10), date(2016, 3, 1), True),  # arrival before the notice
    ],
)
def test_notice_is_short(received: date, arrival: date, short: bool) -> None:
    assert notice_is_short(received, arrival, RULES_2016) is short


def test_notice_threshold_comes_from_the_rule_set() -> None:
    relaxed = replace(RULES_2016, min_notice_days=14)
    assert not notice_is_short(date(2016, 3, 1), date(2016, 3, 15), relaxed)


@pytest.mark.parametrize(
    ("done_on", "today", "state"),
    [
        (None, date(2016, 7, 31), DeadlineState.OPEN),
        (None, date(2016, 8, 1), DeadlineState.OPEN),  # due today is not yet overdue
        (None, date(2016, 8, 2), DeadlineState.OVERDUE),
        (date(2016, 7, 20), date(2016, 8, 2), DeadlineState.DONE),
        (date(2016, 8, 10), date(2016, 9, 1), DeadlineState.DONE),  # done late is still done
        (date(2016, 7, 1), date(2016, 7, 1), DeadlineState.DONE),
    ],
)
def test_deadline_state(done_on: date | None, today: date, state: DeadlineState) -> None:
    assert deadline_state(date(2016, 8, 1), done_on, today) is state


def test_every_deadline_kind_has_a_label() -> None:
    labels = {kind: kind.label() for kind in DeadlineKind}
    assert labels[DeadlineKind.CONTRACT] == tr("domain", "Contract due")
    assert all(labels.values())
    assert len(set(labels.values())) == len(DeadlineKind)


def test_kind_values_are_stable_storage_keys() -> None:
    assert [kind.value for kind in DeadlineKind] == [
        "contract",
        "danish_referral",
        "first_offer",
        "health_assessment",
        "programme_end",
        "programme_extension",
    ]
    assert [state.value for state in DeadlineState] == ["open", "done", "overdue"]
