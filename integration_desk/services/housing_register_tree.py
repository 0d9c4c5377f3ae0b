"""The housing register as a tree for the register dialog: sites, units, rooms, closures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from integration_desk.db.models import Allocation, HousingSite, HousingUnit, Room, RoomClosure
from integration_desk.services.context import AppContext
from integration_desk.services.housing_board import BoardClosure

#: a closure in the register is the same record the board shows
ClosureEntry = BoardClosure


@dataclass(frozen=True)
class RoomEntry:
    id: int
    version: int
    unit_id: int
    name: str
    beds: int
    notes: str
    retired_on: date | None
    has_stays: bool
    closures: tuple[ClosureEntry, ...]


@dataclass(frozen=True)
class UnitEntry:
    id: int
    version: int
    site_id: int
    name: str
    max_persons: int
    notes: str
    retired_on: date | None
    rooms: tuple[RoomEntry, ...]


@dataclass(frozen=True)
class SiteEntry:
    id: int
    version: int
    name: str
    address: str
    notes: str
    retired_on: date | None
    units: tuple[UnitEntry, ...]


def register_tree(ctx: AppContext) -> tuple[SiteEntry, ...]:
    """Every site with its units, rooms and closures (retired ones too), ordered by name."""
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        used = set(session.scalars(select(Allocation.room_id).distinct()))
        closures: dict[int, list[ClosureEntry]] = {}
        for c in session.scalars(select(RoomClosure).order_by(RoomClosure.starts_on)):
            closures.setdefault(c.room_id, []).append(
                ClosureEntry(c.id, c.version, c.room_id, c.starts_on, c.ends_on, c.reason, c.notes)
            )
        rooms: dict[int, list[RoomEntry]] = {}
        for r in session.scalars(select(Room).order_by(Room.name)):
            rooms.setdefault(r.unit_id, []).append(
                RoomEntry(r.id, r.version, r.unit_id, r.name, r.beds, r.notes, r.retired_on, r.id in used,
                          tuple(closures.get(r.id, ())))
            )  # fmt: skip
        units: dict[int, list[UnitEntry]] = {}
        for u in session.scalars(select(HousingUnit).order_by(HousingUnit.name)):
            units.setdefault(u.site_id, []).append(
                UnitEntry(u.id, u.version, u.site_id, u.name, u.max_persons, u.notes, u.retired_on,
                          tuple(rooms.get(u.id, ())))
            )  # fmt: skip
        return tuple(
            SiteEntry(s.id, s.version, s.name, s.address, s.notes, s.retired_on, tuple(units.get(s.id, ())))
            for s in session.scalars(select(HousingSite).order_by(HousingSite.name))
        )
