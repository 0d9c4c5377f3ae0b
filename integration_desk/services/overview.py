"""The start page: what needs doing now for the signed-in caseworker, and the team's position."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from integration_desk.db.models import ArrivalNotice, Deadline, Household, Person
from integration_desk.domain.deadlines import DeadlineKind
from integration_desk.domain.housing_beds import BedState
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services.context import AppContext
from integration_desk.services.housing_needs import bed_states

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
    #: every person has a bed on the day of arrival
    room_planned: bool
    notice_id: int | None = None
    beds: BedState | None = None


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
    """Households announced to arrive within ``days``, with how many of them have a bed on the day
    (``domain.housing_beds``: a household of 3 with one room of 2 beds is not housed)."""
    today = ctx.today()
    query = (
        select(Household.id, Household.display_name, ArrivalNotice.expected_arrival_on, ArrivalNotice.id)
        .join(Household, ArrivalNotice.household_id == Household.id)
        .where(
            ArrivalNotice.arrived_on.is_(None),
            ArrivalNotice.expected_arrival_on.between(today, today + timedelta(days=days)),
        )
        .order_by(ArrivalNotice.expected_arrival_on, ArrivalNotice.id)
    )
    with ctx.uow(readonly=True) as uow:
        rows = list(uow.session.execute(query))
        states = bed_states(uow.session, [(household_id, on) for household_id, _, on, _ in rows])
    arrivals = []
    for household_id, name, on, notice_id in rows:
        beds = states[(household_id, on)]
        arrivals.append(UpcomingArrival(name, beds.size, on, beds.complete, notice_id, beds))
    return tuple(arrivals)


def overdue(ctx: AppContext) -> tuple[DueItem, ...]:
    """Open deadlines past their date, for the signed-in caseworker's persons."""
    return _due(ctx, Deadline.due_on < ctx.today())


def this_week(ctx: AppContext) -> tuple[DueItem, ...]:
    """Open deadlines from today to Sunday, for the signed-in caseworker's persons."""
    today = ctx.today()
    return _due(ctx, Deadline.due_on.between(today, IsoWeek.of(today).sunday()))
