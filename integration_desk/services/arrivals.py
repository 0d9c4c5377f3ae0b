"""Arrival notices, the quota, and the dated items the calendar shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from integration_desk.db.models import ArrivalNotice, Deadline, Household, Person, PersonKind, Quota
from integration_desk.domain.deadlines import DeadlineKind, DeadlineState, deadline_state
from integration_desk.i18n import tr
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class CalendarItem:
    on: date
    kind: str  # "arrival", "expected_arrival", "visit" or a deadline kind
    title: str
    overdue: bool = False


@dataclass(frozen=True)
class QuotaProgress:
    starts_on: date
    ends_on: date
    quota: int
    arrived: int
    announced: int

    @property
    def remaining(self) -> int:
        return self.quota - self.arrived - self.announced


def calendar_items(ctx: AppContext, start: date, end: date) -> list[CalendarItem]:
    """Arrivals (expected and actual), pre-arrival visits and deadlines with dates in [start, end]."""
    today = ctx.today()
    items: list[CalendarItem] = []
    persons = (
        select(Person.household_id, func.count(Person.id).label("n")).group_by(Person.household_id).subquery()
    )
    with ctx.uow(readonly=True) as uow:
        notices = uow.session.execute(
            select(ArrivalNotice, Household.display_name, persons.c.n)
            .join(Household, ArrivalNotice.household_id == Household.id)
            .join(persons, persons.c.household_id == Household.id)
        )
        for notice, household, n in notices:
            label = tr("calendar", "{household} ({n} pers.)").format(household=household, n=n)
            if notice.arrived_on and start <= notice.arrived_on <= end:
                items.append(
                    CalendarItem(
                        notice.arrived_on,
                        "arrival",
                        tr("calendar", "Arrived: {household}").format(household=label),
                    )
                )
            elif notice.arrived_on is None and start <= notice.expected_arrival_on <= end:
                items.append(
                    CalendarItem(
                        notice.expected_arrival_on,
                        "expected_arrival",
                        tr("calendar", "Expected: {household}").format(household=label),
                    )
                )
            if notice.visit_on and start <= notice.visit_on <= end:
                items.append(
                    CalendarItem(
                        notice.visit_on,
                        "visit",
                        tr("calendar", "Visit to asylum centre: {household}").format(household=label),
                    )
                )
        deadlines = uow.session.execute(
            select(Deadline, Person.given_name, Person.family_name)
            .join(Person, Deadline.person_id == Person.id)
            .where(Deadline.due_on.between(start, end))
        )
        for deadline, given, family in deadlines:
            state = deadline_state(deadline.due_on, deadline.done_on, today)
            items.append(
                CalendarItem(
                    deadline.due_on,
                    deadline.kind,
                    f"{DeadlineKind(deadline.kind).label()}: {given} {family}",
                    overdue=state is DeadlineState.OVERDUE,
                )
            )
    items.sort(key=lambda item: (item.on, item.kind, item.title))
    return items


def quota_progress(ctx: AppContext, on: date | None = None) -> QuotaProgress | None:
    """The quota period in force on ``on``: quota persons arrived and announced (family-reunified excluded)."""
    on = on or ctx.today()
    with ctx.uow(readonly=True) as uow:
        quota = uow.session.scalars(
            select(Quota).where(Quota.starts_on <= on, Quota.ends_on >= on).order_by(Quota.starts_on)
        ).first()
        if quota is None:
            return None
        counted = (
            select(ArrivalNotice.arrived_on.is_not(None).label("arrived"), func.count(Person.id))
            .join(Person, Person.household_id == ArrivalNotice.household_id)
            .where(ArrivalNotice.quota_id == quota.id, Person.kind == PersonKind.QUOTA)
            .group_by(ArrivalNotice.arrived_on.is_not(None))
        )
        counts = {bool(arrived): n for arrived, n in uow.session.execute(counted)}
        return QuotaProgress(
            quota.starts_on, quota.ends_on, quota.persons, counts.get(True, 0), counts.get(False, 0)
        )
