"""Temporary housing: sites, units, rooms and who lives in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from integration_desk.db.models import Allocation, Household, HousingSite, HousingUnit, Room
from integration_desk.services import labels
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class RoomRow:
    room_id: int
    site: str
    unit: str
    room: str
    beds: int
    household: str
    persons: int
    starts_on: date | None
    ends_on: date | None
    status: str


def list_rooms(ctx: AppContext, on: date | None = None) -> list[RoomRow]:
    """Every room in service with the household living there on ``on`` (today by default)."""
    on = on or ctx.today()
    current = (
        select(Allocation)
        .where(Allocation.starts_on <= on, or_(Allocation.ends_on.is_(None), Allocation.ends_on > on))
        .subquery()
    )
    query = (
        select(HousingSite.name, HousingUnit.name, Room, Household.display_name, current)
        .join(HousingUnit, Room.unit_id == HousingUnit.id)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .outerjoin(current, current.c.room_id == Room.id)
        .outerjoin(Household, Household.id == current.c.household_id)
        .where(or_(Room.retired_on.is_(None), Room.retired_on > on))
        .order_by(HousingSite.name, HousingUnit.name, Room.name)
    )
    with ctx.uow(readonly=True) as uow:
        return [
            RoomRow(
                room_id=row.Room.id,
                site=row[0],
                unit=row[1],
                room=row.Room.name,
                beds=row.Room.beds,
                household=row.display_name or "",
                persons=row.persons or 0,
                starts_on=row.starts_on,
                ends_on=row.ends_on,
                status=labels.allocation_status(row.status) if row.status else "",
            )
            for row in uow.session.execute(query)
        ]


@dataclass(frozen=True)
class Occupancy:
    rooms: int
    beds: int
    #: persons with a bed (the persons of the stays that day, not the households)
    beds_used: int
    #: beds in rooms nobody lives in, not out of service (a room holds one household), today only
    free_beds: int | None = None
    #: persons announced to arrive by today who have no bed (also the rest of a family partly housed)
    without_bed: int | None = None


def occupancy(ctx: AppContext, on: date | None = None) -> Occupancy:
    """The rooms in service on ``on`` and the persons in them; for today also the free beds and the
    persons without a bed, by the same rule as the bed-shortage outlook (``domain.housing_beds``)."""
    from integration_desk.services.housing_board import outlook

    rows = list_rooms(ctx, on)
    free = without = None
    if on is None or on == ctx.today():
        today = outlook(ctx, days=1)[0]
        free, without = today.free_beds, today.waiting_persons
    return Occupancy(len(rows), sum(r.beds for r in rows), sum(r.persons for r in rows), free, without)
