"""Dated rule sets: the figures of the law that change with the year or with amendments.

The live rule sets are stored in the database and edited by an administrator; the defaults below
only seed a new installation.

UNCONFIRMED PLACEHOLDERS: ``base_grant_monthly``, ``result_grant_job``, ``result_grant_education``,
``result_grant_danish_test`` and ``housing_refund_per_day`` are not given in DOMAIN.md.  The result
grants are the published 2015 levels (48,440 / 48,440 / 36,331 kr), the base grant and the housing
refund are rough guesses, and ``base_grant_months`` for 2024 is simply carried over from 2016.  The
2024 amounts are the 2015 levels raised by about 25 % (a rough price index), only so that an event
in 2024 is not priced at the 2016 rates.  The administrator must check all of them against the
current rate notice (satsvejledning) before the figures are used for anything.

``programme_extension_notice_weeks`` (8) is the team's own choice, not a figure of the law: the
programme must be extended while the person has neither an ordinary job or education nor a passed
Danish test (up to 5 years in all, today's rules), and the reminder comes this many weeks before the
signed contract's programme end so that a new version can be agreed and signed in time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.domain.weeks import DaysOff
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr


@dataclass(frozen=True)
class RuleSet:
    effective_from: date
    name: str
    min_notice_days: int
    contract_deadline_months: int
    danish_referral_deadline_months: int
    first_offer_deadline_days: int
    health_assessment_deadline_months: int | None  # None: no such deadline in force
    programme_default_months: int
    programme_max_months: int
    weekly_hours_target: Decimal
    danish_classes_weekly_cap: Decimal
    self_payment_cap_single: Decimal
    self_payment_cap_couple: Decimal
    base_grant_monthly: Decimal
    base_grant_months: int
    result_grant_job: Decimal
    result_grant_education: Decimal
    result_grant_danish_test: Decimal
    housing_refund_per_day: Decimal
    constitution_day_off: bool
    christmas_eve_off: bool
    new_years_eve_off: bool
    #: how many weeks before a signed contract's programme end the caseworker is reminded to extend
    #: or end it (UNCONFIRMED: the law gives no figure; a team choice, see module docstring)
    programme_extension_notice_weeks: int = 8

    def __post_init__(self) -> None:
        # Only what would make the deadline arithmetic meaningless; amounts are the admin's call.
        if not 1 <= self.programme_default_months <= self.programme_max_months:
            raise ValidationError(
                tr("domain", "The default programme length must be between 1 month and the maximum length."),
                field="programme_default_months",
            )
        counts = {
            "min_notice_days": self.min_notice_days,
            "contract_deadline_months": self.contract_deadline_months,
            "danish_referral_deadline_months": self.danish_referral_deadline_months,
            "first_offer_deadline_days": self.first_offer_deadline_days,
            "health_assessment_deadline_months": self.health_assessment_deadline_months or 0,
            "base_grant_months": self.base_grant_months,
            "programme_extension_notice_weeks": self.programme_extension_notice_weeks,
        }
        for field, value in counts.items():
            if value < 0:
                raise ValidationError(tr("domain", "The value cannot be negative."), field=field)

    def days_off(self) -> DaysOff:
        return DaysOff(
            constitution_day=self.constitution_day_off,
            christmas_eve=self.christmas_eve_off,
            new_years_eve=self.new_years_eve_off,
        )


_INTEGRATION_ACT_2016 = RuleSet(
    effective_from=date(2016, 1, 1),
    name="Integrationsloven 2016",
    min_notice_days=30,
    contract_deadline_months=1,
    danish_referral_deadline_months=1,
    first_offer_deadline_days=14,
    health_assessment_deadline_months=None,
    programme_default_months=36,
    programme_max_months=36,
    weekly_hours_target=Decimal("37"),
    danish_classes_weekly_cap=Decimal("15"),
    self_payment_cap_single=Decimal("2122"),
    self_payment_cap_couple=Decimal("3885"),
    base_grant_monthly=Decimal("3300"),  # placeholder, see module docstring
    base_grant_months=36,
    result_grant_job=Decimal("48440"),  # placeholder (2015 level)
    result_grant_education=Decimal("48440"),  # placeholder (2015 level)
    result_grant_danish_test=Decimal("36331"),  # placeholder (2015 level)
    housing_refund_per_day=Decimal("150"),  # placeholder, see module docstring
    constitution_day_off=False,
    christmas_eve_off=False,
    new_years_eve_off=False,
)

DEFAULT_RULE_SETS: tuple[RuleSet, ...] = (
    _INTEGRATION_ACT_2016,
    replace(
        _INTEGRATION_ACT_2016,
        effective_from=date(2016, 6, 1),
        name="Integrationsloven 2016, helbredsvurdering",
        health_assessment_deadline_months=6,
    ),
    replace(
        _INTEGRATION_ACT_2016,
        effective_from=date(2024, 1, 1),
        name="Selvforsørgelses- og hjemrejseprogram 2024",
        first_offer_deadline_days=30,
        health_assessment_deadline_months=6,
        programme_default_months=12,
        programme_max_months=60,
        self_payment_cap_single=Decimal("2546"),
        self_payment_cap_couple=Decimal("4665"),
        base_grant_monthly=Decimal("4125"),  # placeholder, see module docstring
        result_grant_job=Decimal("60550"),  # placeholder, see module docstring
        result_grant_education=Decimal("60550"),  # placeholder, see module docstring
        result_grant_danish_test=Decimal("45414"),  # placeholder, see module docstring
        housing_refund_per_day=Decimal("188"),  # placeholder, see module docstring
    ),
)


def rule_set_in_force(rule_sets: Iterable[RuleSet], on: date) -> RuleSet:
    """The rule set with the latest ``effective_from`` on or before ``on``.

    Two sets with the same date are an administration error the database prevents; should it
    happen, the first one given wins so the choice is at least stable.
    """
    in_force: RuleSet | None = None
    for rule_set in rule_sets:
        if rule_set.effective_from <= on and (
            in_force is None or rule_set.effective_from > in_force.effective_from
        ):
            in_force = rule_set
    if in_force is None:
        raise DomainError(tr("domain", "No rule set is in force on {date}.").format(date=fmt_date(on)))
    return in_force
