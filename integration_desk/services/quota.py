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


@dataclass(frozen=True)
class QuotaProgress:
    starts_on: date
    ends_on: date
    quota: int
    arrived: int
    announced: int
    months: tuple[QuotaMonth, ...] = ()

    @property
    def remaining(self) -> int:
        return self.quota - self.arrived - self.announced

    @property
    def exceeded(self) -> bool:
        """Announced plus arrived is more than the quota: the team must tell the immigration service."""
        return self.arrived + self.announced > self.quota


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


def quota_progress(ctx: AppContext, on: date | None = None) -> QuotaProgress | None:
    """The quota period in force on ``on``, with arrived and announced quota persons per month."""
    on = on or ctx.today()
    with ctx.uow(readonly=True) as uow:
        quota = uow.session.scalars(
            select(Quota).where(Quota.starts_on <= on, Quota.ends_on >= on).order_by(Quota.starts_on)
        ).first()
        if quota is None:
            return None
        return progress_of(uow.session, quota)


def progress_of(session: Session, quota: Quota, *conditions: ColumnElement[bool]) -> QuotaProgress:
    """Arrived and announced quota persons of ``quota`` per month; ``conditions`` on ``Person``
    narrow the persons counted (the reports' filters)."""
    rows = session.execute(
        select(ArrivalNotice.arrived_on, ArrivalNotice.expected_arrival_on)
        .join(Person, Person.household_id == ArrivalNotice.household_id)
        .where(ArrivalNotice.quota_id == quota.id, Person.kind == PersonKind.QUOTA, *conditions)
    )
    arrived: dict[date, int] = defaultdict(int)
    announced: dict[date, int] = defaultdict(int)
    for arrived_on, expected_on in rows:
        if arrived_on is not None:
            arrived[arrived_on.replace(day=1)] += 1
        else:
            announced[expected_on.replace(day=1)] += 1
    months = []
    month = quota.starts_on.replace(day=1)
    while month <= quota.ends_on:
        months.append(QuotaMonth(month, arrived.pop(month, 0), announced.pop(month, 0)))
        month = add_months(month, 1)
    # Dates outside the period's months (an arrival registered late) still count in the totals.
    return QuotaProgress(
        quota.starts_on,
        quota.ends_on,
        quota.persons,
        sum(m.arrived for m in months) + sum(arrived.values()),
        sum(m.announced for m in months) + sum(announced.values()),
        tuple(months),
    )
