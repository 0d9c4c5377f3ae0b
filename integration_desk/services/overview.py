"""The start page: what needs doing now for the signed-in caseworker, and the team's position."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, func, select

from integration_desk.db.models import Allocation, ArrivalNotice, Deadline, Household, Person
from integration_desk.domain.deadlines import DeadlineKind
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.context import AppContext

ARRIVAL_HORIZON_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    person_id: int
    person: str
    label: str
    due_on: date


@dataclass(frozen=True)
class UpcomingArrival:
    household: str
    persons: int
    expected_on: date
    room_planned: bool
    notice_id: int | None = None


def _due(ctx: AppContext, *conditions: object) -> tuple[DueItem, ...]:
    query = (
        select(Deadline, Person.given_name, Person.family_name)
        .join(Person, Deadline.person_id == Person.id)
        .where(Deadline.done_on.is_(None), *conditions)  # type: ignore[arg-type]
        .order_by(Deadline.due_on, Person.family_name)
    )
    if ctx.user.caseload_id is not None:
        query = query.where(Person.caseworker_id == ctx.user.caseload_id)
    with ctx.uow(readonly=True) as uow:
        return tuple(
            DueItem(d.person_id, f"{given} {family}", DeadlineKind(d.kind).label(), d.due_on)
            for d, given, family in uow.session.execute(query)
        )


def upcoming_arrivals(ctx: AppContext, days: int = ARRIVAL_HORIZON_DAYS) -> tuple[UpcomingArrival, ...]:
    today = ctx.today()
    persons = select(func.count(Person.id)).where(Person.household_id == Household.id).scalar_subquery()
    planned = exists().where(Allocation.household_id == Household.id, Allocation.ends_on.is_(None))
    query = (
        select(Household.display_name, persons, ArrivalNotice.expected_arrival_on, planned, ArrivalNotice.id)
        .join(Household, ArrivalNotice.household_id == Household.id)
        .where(
            ArrivalNotice.arrived_on.is_(None),
            ArrivalNotice.expected_arrival_on.between(today, today + timedelta(days=days)),
        )
        .order_by(ArrivalNotice.expected_arrival_on)
    )
    with ctx.uow(readonly=True) as uow:
        return tuple(
            UpcomingArrival(name, n, on, bool(room), notice_id)
            for name, n, on, room, notice_id in uow.session.execute(query)
        )


def overdue(ctx: AppContext) -> tuple[DueItem, ...]:
    """Open deadlines past their date, for the signed-in caseworker's persons."""
    return _due(ctx, Deadline.due_on < ctx.today())


def this_week(ctx: AppContext) -> tuple[DueItem, ...]:
    """Open deadlines from today to Sunday, for the signed-in caseworker's persons."""
    today = ctx.today()
    return _due(ctx, Deadline.due_on.between(today, IsoWeek.of(today).sunday()))
