"""State funding events (DOMAIN.md "State funding events"): what earns the municipality a grant.

- *Base grant*: one grant per person for each month from the takeover date, for as many months as
  the rule set in force on the takeover date says (``base_grant_months``). Month ``n`` begins on the
  takeover date ``n - 1`` months later (takeover 15 Nov 2016: months begin 15 Nov, 15 Dec, 15 Jan …).
- *Job result grant*: earned when the person has held ordinary work for 6 continuous months at an
  average of at least 20 hours a week. The six months are counted from the start of one of the
  person's job periods; every day of them must be covered by a job (a day without one breaks the
  continuity), and the average is the hours per week weighted by the days (two jobs on the same day
  add up). The grant is earned on the last day of the six months, once per person.
- *Education started* and *Danish test passed*: earned on the day recorded.

Every amount comes from the rule set in force on the event's date, never from code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from integration_desk.domain.deadlines import add_months
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.rules import RuleSet, rule_set_in_force
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

C = "funding"
JOB_MONTHS = 6
JOB_MIN_WEEKLY_HOURS = Decimal(20)
MAX_WEEKLY_HOURS = Decimal(80)
_CENT = Decimal("0.01")


class FundingKind(StrEnum):
    """The stored values of ``funding_events.kind`` (``db.models.FundingEventKind`` holds the same)."""

    BASE_GRANT_MONTH = "base_grant_month"
    JOB_SIX_MONTHS = "job_six_months"
    EDUCATION_START = "education_start"
    DANISH_TEST_PASSED = "danish_test_passed"

    def label(self) -> str:
        match self:
            case FundingKind.BASE_GRANT_MONTH:
                return tr(C, "Base grant (months)")
            case FundingKind.JOB_SIX_MONTHS:
                return tr(C, "Job for 6 months")
            case FundingKind.EDUCATION_START:
                return tr(C, "Education started")
            case FundingKind.DANISH_TEST_PASSED:
                return tr(C, "Danish test passed")


def amount_for(kind: FundingKind, rules: RuleSet) -> Decimal:
    """The expected amount of one event of ``kind`` under ``rules`` (one month for the base grant)."""
    match kind:
        case FundingKind.BASE_GRANT_MONTH:
            return rules.base_grant_monthly
        case FundingKind.JOB_SIX_MONTHS:
            return rules.result_grant_job
        case FundingKind.EDUCATION_START:
            return rules.result_grant_education
        case FundingKind.DANISH_TEST_PASSED:
            return rules.result_grant_danish_test


def expected_amount(kind: FundingKind, on: date, rule_sets: Iterable[RuleSet]) -> Decimal:
    """The amount of an event of ``kind`` on ``on``: from the rule set in force on that date."""
    return amount_for(kind, rule_set_in_force(rule_sets, on))


# --- base grant months ------------------------------------------------------------------------


def base_grant_month_starts(
    takeover: date, months: int, first: date | None = None, last: date | None = None
) -> list[date]:
    """The first day of each base-grant month (``months`` of them from ``takeover``) that begins
    within ``first`` … ``last`` (both included; open ends when None)."""
    starts = []
    for n in range(months):
        start = add_months(takeover, n)
        if last is not None and start > last:
            break
        if first is None or start >= first:
            starts.append(start)
    return starts


def base_grant_months_until(takeover: date, months: int, on: date) -> int:
    """How many base-grant months have begun by ``on`` (0 before the takeover, at most ``months``)."""
    return len(base_grant_month_starts(takeover, months, last=on))


# --- jobs: six continuous months at an average of at least 20 hours a week ---------------------


@dataclass(frozen=True)
class JobPeriod:
    """Ordinary work: ``starts_on`` … ``ends_on`` (last working day, included; None: still working)."""

    starts_on: date
    ends_on: date | None
    hours_per_week: Decimal


def validate_job(
    starts_on: date | None, ends_on: date | None, hours_per_week: Decimal, employer: str
) -> None:
    if not employer.strip():
        raise ValidationError(tr(C, "Name the employer."), field="employer")
    if starts_on is None:
        raise ValidationError(tr(C, "Give the day the job started."), field="starts_on")
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(tr(C, "The job cannot end before it starts."), field="ends_on")
    if not hours_per_week.is_finite() or not 0 < hours_per_week <= MAX_WEEKLY_HOURS:
        raise ValidationError(
            tr(C, "The hours per week must be more than 0 and at most 80."), field="hours_per_week"
        )


@dataclass(frozen=True)
class JobQualification:
    """Six continuous months from ``starts_on`` to ``earned_on`` at ``average`` hours a week."""

    starts_on: date
    earned_on: date
    average: Decimal


def six_month_window(start: date) -> tuple[date, date]:
    """(first day, last day) of the six months counted from ``start``."""
    return start, add_months(start, JOB_MONTHS) - timedelta(days=1)


def _hours_on(day: date, jobs: Sequence[JobPeriod]) -> Decimal | None:
    """Hours per week worked on ``day`` (all jobs together); None when no job covers the day."""
    total: Decimal | None = None
    for job in jobs:
        if job.starts_on <= day and (job.ends_on is None or day <= job.ends_on):
            total = (total or Decimal(0)) + job.hours_per_week
    return total


def job_qualification(jobs: Iterable[JobPeriod]) -> JobQualification | None:
    """The first six continuous months at an average of at least 20 h/week, or None.

    The months may lie partly in the future (a job still running): the caller decides whether
    ``earned_on`` has come.
    """
    periods = sorted(jobs, key=lambda j: j.starts_on)
    for start in sorted({j.starts_on for j in periods}):
        first, last = six_month_window(start)
        total = Decimal(0)
        days = 0
        day = first
        continuous = True
        while day <= last:
            hours = _hours_on(day, periods)
            if hours is None:
                continuous = False
                break
            total += hours
            days += 1
            day += timedelta(days=1)
        if not continuous or days == 0:
            continue
        average = (total / days).quantize(_CENT, rounding=ROUND_HALF_UP)
        if average >= JOB_MIN_WEEKLY_HOURS:
            return JobQualification(first, last, average)
    return None


def validate_event_date(on: date | None, today: date, takeover: date | None) -> None:
    """A recorded event (test passed, education started) happened: not in the future, not before
    the municipality took over responsibility."""
    if on is None:
        raise ValidationError(tr(C, "Give the date."), field="occurred_on")
    if on > today:
        raise ValidationError(tr(C, "The date cannot be in the future."), field="occurred_on")
    if takeover is not None and on < takeover:
        raise ValidationError(
            tr(C, "The date is before the takeover date ({date}).").format(date=fmt_date(takeover)),
            field="occurred_on",
        )
