"""What the room board shows: rooms, stays and closures in a window, the waiting list, capacity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select

from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    Household,
    HousingSite,
    HousingUnit,
    Person,
    Room,
    RoomClosure,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.housing import Closure, Period, RoomInfo, Stay, StayState, stay_state
from integration_desk.domain.housing_beds import BedState
from integration_desk.domain.housing_planning import (
    CapacityDay,
    Plan,
    Waiting,
    capacity_outlook,
    suggest_rooms,
)
from integration_desk.services.context import AppContext
from integration_desk.services.housing_needs import NEEDS_A_BED, bed_states

OUTLOOK_DAYS = 90


@dataclass(frozen=True)
class BoardRoom:
    id: int
    site_id: int
    site: str
    unit_id: int
    unit: str
    unit_max_persons: int
    name: str
    beds: int
    notes: str
    retired_on: date | None


@dataclass(frozen=True)
class BoardStay:
    id: int
    version: int
    room_id: int
    household_id: int
    household: str
    persons: int
    starts_on: date
    ends_on: date | None
    end_reason: str | None
    state: StayState


@dataclass(frozen=True)
class BoardClosure:
    id: int
    version: int
    room_id: int
    starts_on: date
    ends_on: date  # last day out of service
    reason: str
    notes: str


@dataclass(frozen=True)
class WaitingHousehold:
    household_id: int
    name: str
    #: the persons who need a bed (also those who have one already)
    persons: int
    expected_on: date
    arrived: bool
    person_id: int | None
    #: how many have a bed on the day they need one (``with_bed`` of ``persons``)
    beds: BedState

    @property
    def without_bed(self) -> int:
        return self.beds.missing


@dataclass(frozen=True)
class Board:
    first: date
    days: int
    rooms: tuple[BoardRoom, ...]
    stays: tuple[BoardStay, ...]
    closures: tuple[BoardClosure, ...]
    waiting: tuple[WaitingHousehold, ...]
    #: days of the outlook (from today) where waiting arrivals exceed free beds
    short_days: frozenset[date]


def _rooms(uow: UnitOfWork, first: date) -> list[BoardRoom]:
    query = (
        select(Room, HousingUnit, HousingSite.name)
        .join(HousingUnit, Room.unit_id == HousingUnit.id)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .where(or_(Room.retired_on.is_(None), Room.retired_on > first))
        .order_by(HousingSite.name, HousingUnit.name, Room.name)
    )
    return [
        BoardRoom(
            room.id,
            unit.site_id,
            site,
            unit.id,
            unit.name,
            unit.max_persons,
            room.name,
            room.beds,
            room.notes,
            room.retired_on,
        )
        for room, unit, site in uow.session.execute(query)
    ]


def _stays(uow: UnitOfWork, first: date, end: date, today: date) -> list[BoardStay]:
    query = (
        select(Allocation, Household.display_name)
        .join(Household, Allocation.household_id == Household.id)
        .where(Allocation.starts_on < end, or_(Allocation.ends_on.is_(None), Allocation.ends_on > first))
    )
    return [
        BoardStay(
            a.id,
            a.version,
            a.room_id,
            a.household_id,
            name,
            a.persons,
            a.starts_on,
            a.ends_on,
            a.end_reason,
            stay_state(Period(a.starts_on, a.ends_on), today),
        )
        for a, name in uow.session.execute(query)
    ]


def _closures(uow: UnitOfWork, first: date, end: date) -> list[BoardClosure]:
    query = select(RoomClosure).where(RoomClosure.starts_on < end, RoomClosure.ends_on >= first)
    return [
        BoardClosure(c.id, c.version, c.room_id, c.starts_on, c.ends_on, c.reason, c.notes)
        for c in uow.session.scalars(query)
    ]


def _waiting(uow: UnitOfWork, today: date) -> list[WaitingHousehold]:
    """Announced or arrived households, still in the municipality's care, not every person of which
    has a bed on the day they need one (their arrival, or today): ``domain.housing_beds``."""
    persons = (
        select(func.count(Person.id))
        .where(Person.household_id == Household.id, Person.status.in_(NEEDS_A_BED))
        .scalar_subquery()
    )
    first_person = select(func.min(Person.id)).where(Person.household_id == Household.id).scalar_subquery()
    latest = (
        select(ArrivalNotice.household_id, func.max(ArrivalNotice.id).label("notice_id"))
        .group_by(ArrivalNotice.household_id)
        .subquery()
    )
    query = (
        select(Household.id, Household.display_name, ArrivalNotice, first_person)
        .join(latest, latest.c.household_id == Household.id)
        .join(ArrivalNotice, and_(ArrivalNotice.id == latest.c.notice_id))
        .where(persons > 0)
    )
    candidates = list(uow.session.execute(query))
    days = {
        hid: max(today, notice.arrived_on or notice.expected_arrival_on) for hid, _, notice, _ in candidates
    }
    states = {hid: state for (hid, _), state in bed_states(uow.session, days.items()).items()}
    rows = [
        WaitingHousehold(
            hid,
            name,
            states[hid].size,
            notice.arrived_on or notice.expected_arrival_on,
            notice.arrived_on is not None,
            person_id,
            states[hid],
        )
        for hid, name, notice, person_id in candidates
        if not states[hid].complete
    ]
    return sorted(rows, key=lambda w: (w.expected_on, w.name))


def waiting_list(ctx: AppContext) -> tuple[WaitingHousehold, ...]:
    with ctx.uow(readonly=True) as uow:
        return tuple(_waiting(uow, ctx.today()))


def load_board(ctx: AppContext, first: date, days: int) -> Board:
    today = ctx.today()
    end = first + timedelta(days=days)
    with ctx.uow(readonly=True) as uow:
        rooms = _rooms(uow, first)
        stays = _stays(uow, first, end, today)
        closures = _closures(uow, first, end)
        waiting = _waiting(uow, today)
        if first <= today + timedelta(days=OUTLOOK_DAYS) and end > today:
            outlook = _outlook(uow, today, OUTLOOK_DAYS, waiting)
            short = frozenset(d.day for d in outlook if d.short)
        else:
            short = frozenset()
    return Board(first, days, tuple(rooms), tuple(stays), tuple(closures), tuple(waiting), short)


def _planning_inputs(
    uow: UnitOfWork, first: date, end: date
) -> tuple[list[RoomInfo], list[Stay], list[Closure]]:
    rooms = [RoomInfo(r.id, r.unit_id, r.beds, r.retired_on) for r in uow.session.scalars(select(Room))]
    stays = [
        Stay(a.id, a.room_id, a.household_id, "", a.persons, Period(a.starts_on, a.ends_on))
        for a in uow.session.scalars(
            select(Allocation).where(or_(Allocation.ends_on.is_(None), Allocation.ends_on > first))
        )
    ]
    closures = [
        Closure(c.id, c.room_id, c.starts_on, c.ends_on, c.reason)
        for c in uow.session.scalars(select(RoomClosure).where(RoomClosure.ends_on >= first))
    ]
    return rooms, stays, closures


def _outlook(
    uow: UnitOfWork, today: date, days: int, waiting: list[WaitingHousehold]
) -> tuple[CapacityDay, ...]:
    rooms, stays, closures = _planning_inputs(uow, today, today + timedelta(days=days))
    arrivals = [Waiting(w.household_id, w.persons, w.expected_on) for w in waiting]
    return capacity_outlook(today, days, rooms, stays, closures, arrivals)


def outlook(ctx: AppContext, days: int = OUTLOOK_DAYS) -> tuple[CapacityDay, ...]:
    """Per day from today: free beds against persons announced to arrive who have no room yet."""
    today = ctx.today()
    with ctx.uow(readonly=True) as uow:
        return _outlook(uow, today, days, _waiting(uow, today))


def suggestions(ctx: AppContext) -> Plan:
    """Free rooms for the persons of every waiting household who have no bed, and the households
    nothing fits (see domain.housing_planning.suggest_rooms)."""
    today = ctx.today()
    with ctx.uow(readonly=True) as uow:
        waiting = _waiting(uow, today)
        rooms, stays, closures = _planning_inputs(uow, today, today)
    wanted = [Waiting(w.household_id, w.persons, w.expected_on) for w in waiting]
    return suggest_rooms(wanted, rooms, stays, closures, today=today)


def first_person_of(ctx: AppContext, household_id: int) -> int | None:
    """The household's first person, whose file shows the whole household."""
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.min(Person.id)).where(Person.household_id == household_id))
