from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.domain.rules import DEFAULT_RULE_SETS, RuleSet, rule_set_in_force
from integration_desk.domain.weeks import DaysOff

RULES_2016, RULES_2016_HEALTH, RULES_2024 = DEFAULT_RULE_SETS


def test_default_rule_sets_are_in_date_order_with_distinct_dates() -> None:
    dates = [rules.effective_from for rules in DEFAULT_RULE_SETS]
    assert dates == sorted(dates) == [date(2016, 1, 1), date(2016, 6, 1), date(2024, 1, 1)]


def test_2016_rule_set() -> None:
    assert RULES_2016.name == "Integrationsloven 2016"
    assert RULES_2016.health_assessment_deadline_months is None
    assert RULES_2016.min_notice_days == 30
    assert RULES_2016.contract_deadline_months == 1
    assert RULES_2016.danish_referral_deadline_months == 1
    assert RULES_2016.first_offer_deadline_days == 14
    assert (RULES_2016.programme_default_months, RULES_2016.programme_max_months) == (36, 36)
    assert RULES_2016.weekly_hours_target == Decimal("37")
    assert RULES_2016.danish_classes_weekly_cap == Decimal("15")
    assert (RULES_2016.self_payment_cap_single, RULES_2016.self_payment_cap_couple) == (
        Decimal(2122),
        Decimal(3885),
    )
    assert RULES_2016.base_grant_months == 36


def test_health_rule_set_differs_only_in_the_health_deadline() -> None:
    assert RULES_2016_HEALTH.health_assessment_deadline_months == 6
    assert (
        replace(
            RULES_2016_HEALTH,
            effective_from=RULES_2016.effective_from,
            name=RULES_2016.name,
            health_assessment_deadline_months=None,
        )
        == RULES_2016
    )


def test_2024_rule_set() -> None:
    assert RULES_2024.name == "Selvforsørgelses- og hjemrejseprogram 2024"
    assert RULES_2024.first_offer_deadline_days == 30
    assert (RULES_2024.programme_default_months, RULES_2024.programme_max_months) == (12, 60)
    assert (RULES_2024.self_payment_cap_single, RULES_2024.self_payment_cap_couple) == (
        Decimal(2546),
        Decimal(4665),
    )
    assert RULES_2024.health_assessment_deadline_months == 6


def test_amounts_are_decimals_and_no_days_off_by_default() -> None:
    for rules in DEFAULT_RULE_SETS:
        for amount in (
            rules.base_grant_monthly,
            rules.result_grant_job,
            rules.result_grant_education,
            rules.result_grant_danish_test,
            rules.housing_refund_per_day,
        ):
            assert isinstance(amount, Decimal) and amount > 0
        assert rules.days_off() == DaysOff()


def test_days_off_follows_the_flags() -> None:
    rules = replace(RULES_2016, constitution_day_off=True, new_years_eve_off=True)
    assert rules.days_off() == DaysOff(constitution_day=True, christmas_eve=False, new_years_eve=True)


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (date(2016, 1, 1), "Integrationsloven 2016"),
        (date(2016, 5, 31), "Integrationsloven 2016"),
        (date(2016, 6, 1), "Integrationsloven 2016, helbredsvurdering"),
        (date(2023, 12, 31), "Integrationsloven 2016, helbredsvurdering"),
        (date(2024, 1, 1), "Selvforsørgelses- og hjemrejseprogram 2024"),
        (date(2030, 1, 1), "Selvforsørgelses- og hjemrejseprogram 2024"),
    ],
)
def test_rule_set_in_force_boundaries(on: date, name: str) -> None:
    assert rule_set_in_force(DEFAULT_RULE_SETS, on).name == name


def test_order_of_the_input_does_not_matter() -> None:
    shuffled = (RULES_2024, RULES_2016, RULES_2016_HEALTH)
    assert rule_set_in_force(shuffled, date(2016, 7, 1)) is RULES_2016_HEALTH
    assert rule_set_in_force(iter(shuffled), date(2016, 7, 1)) is RULES_2016_HEALTH


def test_no_rule_set_in_force_is_a_domain_error() -> None:
    with pytest.raises(DomainError):
        rule_set_in_force(DEFAULT_RULE_SETS, date(2015, 12, 31))
    with pytest.raises(DomainError):
        rule_set_in_force([], date(2016, 1, 1))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"programme_default_months": 0}, "programme_default_months"),
        ({"programme_default_months": 37}, "programme_default_months"),
        ({"min_notice_days": -1}, "min_notice_days"),
        ({"first_offer_deadline_days": -1}, "first_offer_deadline_days"),
        ({"health_assessment_deadline_months": -6}, "health_assessment_deadline_months"),
    ],
)
def test_rule_set_rejects_nonsense(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        replace(RULES_2016, **changes)
    assert caught.value.field == field


def test_rule_set_is_frozen() -> None:
    rules: RuleSet = RULES_2016
    with pytest.raises(AttributeError):
        rules.min_notice_days = 10  # type: ignore[misc]
