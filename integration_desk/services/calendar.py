"""The dated items the calendar shows, fetched for one date range only.

Arrivals (expected and actual), pre-arrival visits, deadlines, and the start and end of stays in
temporary housing; filtered by caseworker (the caseworker of the household's persons) and kind.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Subquery, func, select

from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    Deadline,
    Household,
    HousingUnit,
    Person,
    Room,
)
from integration_desk.domain.deadlines import DeadlineKind, DeadlineState, deadline_state
from integration_desk.i18n import tr
from integration_desk.services.context import AppContext


class ItemKind(StrEnum):
    EXPECTED_ARRIVAL = "expected_arrival"
    ARRIVAL = "arrival"
    VISIT = "visit"
    DEADLINE = "deadline"
    MOVE_IN = "move_in"
    MOVE_OUT = "move_out"


class ItemGroup(StrEnum):
    """What the calendar's filter offers."""

    ARRIVALS = "arrivals"
    VISITS = "visits"
    DEADLINES = "deadlines"
    HOUSING = "housing"

    def label(self) -> str:
        match self:
            case ItemGroup.ARRIVALS:
                return tr("calendar", "Arrivals")
            case ItemGroup.VISITS:
                return tr("calendar", "Visits")
            case ItemGroup.DEADLINES:
                return tr("calendar", "Deadlines")
            case ItemGroup.HOUSING:
                return tr("calendar", "Moving in and out")


GROUP_OF = {
    ItemKind.EXPECTED_ARRIVAL: ItemGroup.ARRIVALS,
    ItemKind.ARRIVAL: ItemGroup.ARRIVALS,
    ItemKind.VISIT: ItemGroup.VISITS,
    ItemKind.DEADLINE: ItemGroup.DEADLINES,
    ItemKind.MOVE_IN: ItemGroup.HOUSING,
    ItemKind.MOVE_OUT: ItemGroup.HOUSING,
}


def short_label(kind: DeadlineKind) -> str:
    """A deadline's name short enough for a day cell."""
    match kind:
        case DeadlineKind.CONTRACT:
            return tr("calendar", "contract")
        case DeadlineKind.DANISH_REFERRAL:
            return tr("calendar", "Danish referral")
        case DeadlineKind.FIRST_OFFER:
            return tr("calendar", "first offer")
        case DeadlineKind.HEALTH_ASSESSMENT:
            return tr("calendar", "health assessment")
        case DeadlineKind.PROGRAMME_END:
            return tr("calendar", "programme ends")
        case DeadlineKind.PROGRAMME_EXTENSION:
            return tr("calendar", "extend or end programme")


@dataclass(frozen=True)
class CalendarItem:
    on: date
    kind: ItemKind
    title: str
    overdue: bool = False
    done: bool = False
    person_id: int | None = None
    notice_id: int | None = None
    short: str = ""  # the compact text of a day cell; the title when empty

    @property
    def group(self) -> ItemGroup:
        return GROUP_OF[self.kind]


def _households() -> Subquery:
    """Per household: its size and its caseworker (the first one set on its persons)."""
    return (
        select(
            Person.household_id.label("household_id"),
            func.count(Person.id).label("n"),
            func.min(Person.caseworker_id).label("caseworker_id"),
            func.min(Person.id).label("first_person_id"),
        )
        .group_by(Person.household_id)
        .subquery()
    )


def calendar_items(
    ctx: AppContext,
    start: date,
    end: date,
    *,
    caseworker_id: int | None = None,
    groups: Collection[ItemGroup] | None = None,
) -> list[CalendarItem]:
    """Items dated in [start, end], optionally only one caseworker's and only some groups."""
    today = ctx.today()
    wanted = set(ItemGroup) if groups is None else set(groups)
    items: list[CalendarItem] = []
    homes = _households()
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        if wanted & {ItemGroup.ARRIVALS, ItemGroup.VISITS}:
            query = (
                select(ArrivalNotice, Household.display_name, homes.c.n)
                .join(Household, ArrivalNotice.household_id == Household.id)
                .join(homes, homes.c.household_id == Household.id)
                .where(
                    ArrivalNotice.expected_arrival_on.between(start, end)
                    | ArrivalNotice.arrived_on.between(start, end)
                    | ArrivalNotice.visit_on.between(start, end)
                )
            )
            if caseworker_id is not None:
                query = query.where(homes.c.caseworker_id == caseworker_id)
            for notice, household, n in session.execute(query):
                label = tr("calendar", "{household} ({n} pers.)").format(household=household, n=n)
                if ItemGroup.ARRIVALS in wanted:
                    if notice.arrived_on and start <= notice.arrived_on <= end:
                        title = tr("calendar", "Arrived: {household}").format(household=label)
                        items.append(
                            CalendarItem(notice.arrived_on, ItemKind.ARRIVAL, title, notice_id=notice.id)
                        )
                    elif notice.arrived_on is None and start <= notice.expected_arrival_on <= end:
                        title = tr("calendar", "Expected: {household}").format(household=label)
                        late = notice.expected_arrival_on < today
                        items.append(
                            CalendarItem(
                                notice.expected_arrival_on,
                                ItemKind.EXPECTED_ARRIVAL,
                                title,
                                late,
                                notice_id=notice.id,
                            )
                        )
                if ItemGroup.VISITS in wanted and notice.visit_on and start <= notice.visit_on <= end:
                    title = tr("calendar", "Visit to asylum centre: {household}").format(household=label)
                    short = tr("calendar", "Visit: {household}").format(household=household)
                    items.append(
                        CalendarItem(notice.visit_on, ItemKind.VISIT, title, notice_id=notice.id, short=short)
                    )
        if ItemGroup.DEADLINES in wanted:
            query = (
                select(
                    Deadline.kind,
                    Deadline.due_on,
                    Deadline.done_on,
                    Person.id,
                    Person.given_name,
                    Person.family_name,
                )
                .join(Person, Deadline.person_id == Person.id)
                .where(Deadline.due_on.between(start, end))
            )
            if caseworker_id is not None:
                query = query.where(Person.caseworker_id == caseworker_id)
            for kind, due_on, done_on, person_id, given, family in session.execute(query):
                state = deadline_state(due_on, done_on, today)
                title = f"{DeadlineKind(kind).label()}: {given} {family}"
                short = f"{given} {family}: {short_label(DeadlineKind(kind))}"
                items.append(
                    CalendarItem(
                        due_on,
                        ItemKind.DEADLINE,
                        title,
                        overdue=state is DeadlineState.OVERDUE,
                        done=state is DeadlineState.DONE,
                        person_id=person_id,
                        short=short,
                    )
                )
        if ItemGroup.HOUSING in wanted:
            query = (
                select(
                    Allocation.starts_on,
                    Allocation.ends_on,
                    Household.display_name,
                    Room.name,
                    HousingUnit.name,
                    homes.c.first_person_id,
                )
                .join(Household, Allocation.household_id == Household.id)
                .join(homes, homes.c.household_id == Household.id)
                .join(Room, Allocation.room_id == Room.id)
                .join(HousingUnit, Room.unit_id == HousingUnit.id)
                .where(Allocation.starts_on.between(start, end) | Allocation.ends_on.between(start, end))
            )
            if caseworker_id is not None:
                query = query.where(homes.c.caseworker_id == caseworker_id)
            for starts_on, ends_on, household, room, unit, person_id in session.execute(query):
                where = f"{unit}, {room}"
                if start <= starts_on <= end:
                    title = tr("calendar", "Moves in: {household}, {room}").format(
                        household=household, room=where
                    )
                    short = tr("calendar", "In: {household}").format(household=household)
                    items.append(
                        CalendarItem(starts_on, ItemKind.MOVE_IN, title, person_id=person_id, short=short)
                    )
                if ends_on is not None and start <= ends_on <= end:
                    title = tr("calendar", "Moves out: {household}, {room}").format(
                        household=household, room=where
                    )
                    short = tr("calendar", "Out: {household}").format(household=household)
                    items.append(
                        CalendarItem(ends_on, ItemKind.MOVE_OUT, title, person_id=person_id, short=short)
                    )
    order = list(ItemKind)
    items.sort(key=lambda item: (item.on, order.index(item.kind), item.title))
    return items
