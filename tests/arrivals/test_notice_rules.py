"""The pure rules of a notice, and the deadline rules of a 2016 and a current rule set."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from integration_desk.domain.arrivals import MemberInput, effective_takeover, household_name, validate_notice
from integration_desk.domain.deadlines import DeadlineKind, deadlines_for
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.rules import DEFAULT_RULE_SETS, rule_set_in_force

TODAY = date(2016, 10, 3)
RULES_2016 = rule_set_in_force(DEFAULT_RULE_SETS, date(2016, 3, 1))
RULES_2016_HEALTH = rule_set_in_force(DEFAULT_RULE_SETS, date(2016, 10, 1))
RULES_NOW = rule_set_in_force(DEFAULT_RULE_SETS, date(2025, 1, 1))


def test_takeover_is_computed_unless_agreed_earlier(make_notice: Any) -> None:
    data = make_notice(decision_on=date(2016, 5, 15))
    assert effective_takeover(data) == (date(2016, 7, 1), False)
    assert effective_takeover(replace(data, takeover_on=date(2016, 6, 10))) == (date(2016, 6, 10), True)
    assert effective_takeover(replace(data, takeover_on=date(2016, 7, 1))) == (date(2016, 7, 1), False)


def test_takeover_cannot_be_later_than_the_rule(make_notice: Any) -> None:
    data = make_notice(decision_on=date(2016, 5, 15), takeover_on=date(2016, 7, 2))
    with pytest.raises(ValidationError) as error:
        validate_notice(data, RULES_2016, TODAY)
    assert error.value.field == "takeover_on"


def test_short_notice_is_a_warning_not_an_error(make_notice: Any) -> None:
    data = make_notice(received_on=date(2016, 8, 1), expected_arrival_on=date(2016, 8, 30))
    warnings = validate_notice(data, RULES_2016, TODAY)
    assert len(warnings) == 1 and "29" in warnings[0]
    assert validate_notice(replace(data, expected_arrival_on=date(2016, 8, 31)), RULES_2016, TODAY) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reference": " "}, "reference"),
        ({"decision_on": date(2016, 8, 2)}, "decision_on"),
        ({"expected_arrival_on": date(2016, 7, 31)}, "expected_arrival_on"),
        ({"members": ()}, "members"),
        ({"members": (MemberInput("", ""),)}, "given_name"),
        ({"members": (MemberInput("A", "B", cpr="12345"),)}, "cpr"),
        ({"members": (MemberInput("A", "B", birth_date=date(2017, 1, 1)),)}, "birth_date"),
        ({"members": (MemberInput("A", "B", udl_nr="1"), MemberInput("C", "B", udl_nr="1"))}, "udl_nr"),
        ({"visit_interpreter_needed": True}, "visit_interpreter_language"),
    ],
)
def test_impossible_notices_are_refused_with_the_field(
    make_notice: Any, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        validate_notice(make_notice(**changes), RULES_2016, TODAY)
    assert error.value.field == field


def test_cpr_failing_modulus_11_is_only_a_warning(make_notice: Any) -> None:
    # 010180-1235 fails modulus 11 (it would need a different check digit) but is a valid number.
    member = MemberInput("A", "B", date(1980, 1, 1), cpr="0101801235")
    warnings = validate_notice(make_notice(members=(member,)), RULES_2016, TODAY)
    assert any("modulus 11" in w for w in warnings)


def test_household_name_from_members(make_notice: Any) -> None:
    assert household_name(make_notice()) == "Familien Haddad"
    single = make_notice(members=(MemberInput("Ali", "Darwish"),))
    assert household_name(single) == "Ali Darwish"
    assert household_name(make_notice(household_name=" Hus 3 ")) == "Hus 3"


def test_deadlines_under_the_2016_rule_set() -> None:
    due = {d.kind: d.due_on for d in deadlines_for(date(2016, 4, 1), RULES_2016)}
    assert due == {
        DeadlineKind.CONTRACT: date(2016, 5, 1),
        DeadlineKind.DANISH_REFERRAL: date(2016, 5, 1),
        DeadlineKind.FIRST_OFFER: date(2016, 4, 15),
        DeadlineKind.PROGRAMME_END: date(2019, 3, 31),
    }  # no health assessment before June 2016


def test_deadlines_from_june_2016_add_the_health_assessment() -> None:
    due = {d.kind: d.due_on for d in deadlines_for(date(2016, 10, 1), RULES_2016_HEALTH)}
    assert due[DeadlineKind.HEALTH_ASSESSMENT] == date(2017, 4, 1)


def test_deadlines_under_the_current_rule_set() -> None:
    due = {d.kind: d.due_on for d in deadlines_for(date(2025, 3, 1), RULES_NOW)}
    assert due == {
        DeadlineKind.CONTRACT: date(2025, 4, 1),
        DeadlineKind.DANISH_REFERRAL: date(2025, 4, 1),
        DeadlineKind.FIRST_OFFER: date(2025, 3, 31),
        DeadlineKind.HEALTH_ASSESSMENT: date(2025, 9, 1),
        DeadlineKind.PROGRAMME_END: date(2026, 2, 28),
    }
