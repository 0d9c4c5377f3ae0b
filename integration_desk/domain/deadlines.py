"""Programme deadlines, all counted from the day the municipality takes over responsibility."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.rules import RuleSet
from integration_desk.i18n import tr


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later (or earlier); clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    year, month_index = divmod(d.year * 12 + d.month - 1 + months, 12)
    month = month_index + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def takeover_date(decision_on: date) -> date:
    """Responsibility passes at the end of the month after the decision month (15 May → 1 July).

    Takeover can be earlier by agreement; that is recorded on the case, not decided here.
    """
    return add_months(decision_on.replace(day=1), 2)


class DeadlineKind(StrEnum):
    CONTRACT = "contract"
    DANISH_REFERRAL = "danish_referral"
    FIRST_OFFER = "first_offer"
    HEALTH_ASSESSMENT = "health_assessment"
    PROGRAMME_END = "programme_end"
    #: from the signed contract, not the takeover: extend the programme or record why it ends
    PROGRAMME_EXTENSION = "programme_extension"

    def label(self) -> str:
        # Literal tr() calls, one per kind, so that string extraction finds every text.
        match self:
            case DeadlineKind.CONTRACT:
                return tr("domain", "Contract due")
            case DeadlineKind.DANISH_REFERRAL:
                return tr("domain", "Referral to Danish classes due")
            case DeadlineKind.FIRST_OFFER:
                return tr("domain", "First offer due")
            case DeadlineKind.HEALTH_ASSESSMENT:
                return tr("domain", "Health assessment due")
            case DeadlineKind.PROGRAMME_END:
                return tr("domain", "Programme ends")
            case DeadlineKind.PROGRAMME_EXTENSION:
                return tr("domain", "Programme expires — extend or end")


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due_on: date


def contract_deadline(takeover: date, rules: RuleSet) -> date:
    return add_months(takeover, rules.contract_deadline_months)


def danish_referral_deadline(takeover: date, rules: RuleSet) -> date:
    return add_months(takeover, rules.danish_referral_deadline_months)


def first_offer_deadline(takeover: date, rules: RuleSet) -> date:
    return takeover + timedelta(days=rules.first_offer_deadline_days)


def health_assessment_deadline(takeover: date, rules: RuleSet) -> date | None:
    """None when the rule set has no health-assessment deadline (before June 2016)."""
    if rules.health_assessment_deadline_months is None:
        return None
    return add_months(takeover, rules.health_assessment_deadline_months)


def programme_end(start: date, rules: RuleSet, months: int | None = None) -> date:
    """Last day of a programme of ``months`` months (default from the rule set) starting ``start``.

    Normally the day before the same date ``months`` later.  When that date does not exist
    (start 31 Jan, 1 month) the period ends on the last day of the month instead, so a month
    from 31 January ends on 28/29 February rather than a day early.
    """
    length = rules.programme_default_months if months is None else months
    if not 1 <= length <= rules.programme_max_months:
        raise ValidationError(
            tr("domain", "The programme must last between 1 and {max} months.").format(
                max=rules.programme_max_months
            ),
            field="programme_end",
        )
    same_day_later = add_months(start, length)
    if same_day_later.day < start.day:
        return same_day_later
    return same_day_later - timedelta(days=1)


def programme_extension_deadline(programme_end: date, rules: RuleSet) -> date:
    """When to extend the programme or record why it ends: the rule set's weeks before its end.

    ``programme_end`` is the last day of the programme in the newest signed contract.
    """
    return programme_end - timedelta(weeks=rules.programme_extension_notice_weeks)


def deadlines_for(takeover: date, rules: RuleSet, programme_start: date | None = None) -> list[Deadline]:
    """The deadlines of one adult's case from the takeover, in the order the work is usually done.

    The programme extension deadline is not among them: it follows the signed contract
    (``programme_extension_deadline``).
    """
    deadlines = [
        Deadline(DeadlineKind.CONTRACT, contract_deadline(takeover, rules)),
        Deadline(DeadlineKind.DANISH_REFERRAL, danish_referral_deadline(takeover, rules)),
        Deadline(DeadlineKind.FIRST_OFFER, first_offer_deadline(takeover, rules)),
    ]
    health = health_assessment_deadline(takeover, rules)
    if health is not None:
        deadlines.append(Deadline(DeadlineKind.HEALTH_ASSESSMENT, health))
    start = takeover if programme_start is None else programme_start
    deadlines.append(Deadline(DeadlineKind.PROGRAMME_END, programme_end(start, rules)))
    return deadlines


def notice_is_short(received_on: date, expected_arrival_on: date, rules: RuleSet) -> bool:
    """True when the immigration service gave less notice than the rule set expects: warn the team."""
    return (expected_arrival_on - received_on).days < rules.min_notice_days


class DeadlineState(StrEnum):
    OPEN = "open"
    DONE = "done"
    OVERDUE = "overdue"


def deadline_state(due_on: date, done_on: date | None, today: date) -> DeadlineState:
    """Done wins even when done late: lateness is history, not a task."""
    if done_on is not None:
        return DeadlineState.DONE
    if today > due_on:
        return DeadlineState.OVERDUE
    return DeadlineState.OPEN
