"""The municipality's quota: periods with a number of persons, and how far the team has come.

Family-reunified persons do not count against the quota. A notice counts against the period
that holds its expected arrival date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from integration_desk.db.models import ArrivalNotice, AuditAction, Person, PersonKind, Quota
from integration_desk.domain.deadlines import add_months
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.quota import QuotaSummary, running_summaries
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.locking import check_version


@dataclass(frozen=True)
class QuotaPeriod:
    id: int
    version: int
    starts_on: date
    ends_on: date
    persons: int
    notes: str


@dataclass(frozen=True)
class QuotaMonth:
    month: date  # the first day of the month
    arrived: int
    announced: int
    running: QuotaSummary  # the period's position after this month (remaining, overrun)


@dataclass(frozen=True)
class QuotaProgress:
    """A quota period and its position; ``summary`` is what every view shows (domain.quota)."""

    starts_on: date
    ends_on: date
    summary: QuotaSummary
    months: tuple[QuotaMonth, ...] = ()


def _period(row: Quota) -> QuotaPeriod:
    return QuotaPeriod(row.id, row.version, row.starts_on, row.ends_on, row.persons, row.notes)


def list_quotas(ctx: AppContext) -> tuple[QuotaPeriod, ...]:
    with ctx.uow(readonly=True) as uow:
        return tuple(_period(q) for q in uow.session.scalars(select(Quota).order_by(Quota.starts_on)))


def save_quota(
    ctx: AppContext,
    starts_on: date,
    ends_on: date,
    persons: int,
    notes: str = "",
    quota_id: int | None = None,
    expected_version: int | None = None,
) -> QuotaPeriod:
    """Create or change a quota period; notices expected inside it are counted against it."""
    if ends_on < starts_on:
        raise ValidationError(tr("quota", "The period must end after it starts."), field="ends_on")
    if not 0 <= persons <= 100_000:
        raise ValidationError(
            tr("quota", "The quota must be a number of persons, 0 or more."), field="persons"
        )
    with ctx.uow() as uow:
        session = uow.session
        overlap = session.scalar(
            select(Quota.id).where(
                Quota.starts_on <= ends_on, Quota.ends_on >= starts_on, Quota.id != (quota_id or -1)
            )
        )
        if overlap is not None:
            raise ValidationError(tr("quota", "The period overlaps another quota period."), field="starts_on")
        if quota_id is None:
            row = Quota(starts_on=starts_on, ends_on=ends_on, persons=persons, notes=notes)
            session.add(row)
            action = AuditAction.CREATE
        else:
            found = session.get(Quota, quota_id)
            if found is None:
                raise NotFoundError(tr("quota", "The quota period no longer exists."))
            row = found
            if expected_version is not None:
                check_version(row, expected_version)
            row.starts_on, row.ends_on, row.persons, row.notes = starts_on, ends_on, persons, notes
            action = AuditAction.UPDATE
        changes = audit.changes_of(row)
        session.flush()
        audit.record(uow, action, "quotas", row.id, changes=changes)
        # Notices follow their expected arrival date into (or out of) the period.
        session.execute(
            update(ArrivalNotice)
            .where(ArrivalNotice.quota_id == row.id)
            .where(
                (ArrivalNotice.expected_arrival_on < starts_on)
                | (ArrivalNotice.expected_arrival_on > ends_on)
            )
            .values(quota_id=None)
        )
        session.execute(
            update(ArrivalNotice)
            .where(
                ArrivalNotice.quota_id.is_(None),
                ArrivalNotice.expected_arrival_on.between(starts_on, ends_on),
            )
            .values(quota_id=row.id)
        )
        result = _period(row)
        uow.commit()
    return result


def period_on(session: Session, on: date) -> Quota | None:
    """The quota period holding ``on``: the one a notice expected then counts against."""
    return session.scalars(
        select(Quota).where(Quota.starts_on <= on, Quota.ends_on >= on).order_by(Quota.starts_on)
    ).first()


def quota_progress(ctx: AppContext, on: date | None = None) -> QuotaProgress | None:
    """The quota period in force on ``on``, with arrived and announced quota persons per month."""
    on = on or ctx.today()
    with ctx.uow(readonly=True) as uow:
        quota = period_on(uow.session, on)
        if quota is None:
            return None
        return progress_of(uow.session, quota)


def progress_of(session: Session, quota: Quota, *conditions: ColumnElement[bool]) -> QuotaProgress:
    """Arrived and announced quota persons of ``quota`` per month; ``conditions`` on ``Person``
    narrow the persons counted (the reports' filters).

    A date outside the period (an arrival registered after its end) counts in the period's
    nearest month, so the months always add up to the period's summary.
    """
    rows = session.execute(
        select(ArrivalNotice.arrived_on, ArrivalNotice.expected_arrival_on)
        .join(Person, Person.household_id == ArrivalNotice.household_id)
        .where(ArrivalNotice.quota_id == quota.id, Person.kind == PersonKind.QUOTA, *conditions)
    )
    first, last = quota.starts_on.replace(day=1), quota.ends_on.replace(day=1)
    arrived: dict[date, int] = defaultdict(int)
    announced: dict[date, int] = defaultdict(int)
    for arrived_on, expected_on in rows:
        counts, on = (arrived, arrived_on) if arrived_on is not None else (announced, expected_on)
        counts[min(max(on.replace(day=1), first), last)] += 1
    spans = []
    month = first
    while month <= last:
        spans.append((month, arrived[month], announced[month]))
        month = add_months(month, 1)
    running = running_summaries(quota.persons, ((a, n) for _m, a, n in spans))
    months = tuple(QuotaMonth(m, a, n, r) for (m, a, n), r in zip(spans, running, strict=True))
    return QuotaProgress(quota.starts_on, quota.ends_on, running[-1], months)


def summary_on(session: Session, on: date) -> QuotaSummary | None:
    """The position of the quota period holding ``on`` (a notice's expected arrival), if any."""
    quota = period_on(session, on)
    return progress_of(session, quota).summary if quota is not None else None
