"""The housing register: sites, units, rooms and closures — created, edited, retired."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, or_, select

from integration_desk.db.models import Allocation, AuditAction, HousingSite, HousingUnit, Room, RoomClosure
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.housing import fmt_day
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.locking import check_version

C = "housing"
CLOSURE_REASONS = ("repair", "cleaning", "other")


def _name(text: str) -> str:
    name = text.strip()
    if not name:
        raise ValidationError(tr(C, "Enter a name."), "name")
    return name


def _same_name(rows: object, name: str, ignore: int | None) -> bool:
    """Names compared case-insensitively in Python: SQLite's lower() folds only ASCII (Å, Ø, Æ …)."""
    wanted = name.casefold()
    return any(row_id != ignore and other.casefold() == wanted for row_id, other in rows)  # type: ignore[attr-defined]


def _site_name_free(uow: UnitOfWork, name: str, site_id: int | None = None) -> None:
    rows = uow.session.execute(select(HousingSite.id, HousingSite.name))
    if _same_name(rows, name, site_id):
        raise ValidationError(tr(C, "There is already a site called {name}.").format(name=name), "name")


def _unit_name_free(uow: UnitOfWork, site_id: int, name: str, unit_id: int | None = None) -> None:
    rows = uow.session.execute(select(HousingUnit.id, HousingUnit.name).where(HousingUnit.site_id == site_id))
    if _same_name(rows, name, unit_id):
        raise ValidationError(tr(C, "The site already has a unit called {name}.").format(name=name), "name")


def _room_name_free(uow: UnitOfWork, unit_id: int, name: str, room_id: int | None = None) -> None:
    rows = uow.session.execute(select(Room.id, Room.name).where(Room.unit_id == unit_id))
    if _same_name(rows, name, room_id):
        raise ValidationError(tr(C, "The unit already has a room called {name}.").format(name=name), "name")


def _check_max_persons(max_persons: int) -> None:
    if max_persons < 1:
        raise ValidationError(
            tr(C, "At least one person must be able to share the kitchen and bath."), "max_persons"
        )


def _check_beds(beds: int) -> None:
    if beds < 1:
        raise ValidationError(tr(C, "A room has at least one bed."), "beds")


def add_site(ctx: AppContext, name: str, address: str = "", notes: str = "") -> int:
    with ctx.uow() as uow:
        _site_name_free(uow, _name(name))
        row = HousingSite(name=_name(name), address=address.strip(), notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "housing_sites", row.id, changes=audit.created(row))
        uow.commit()
        return row.id


def add_unit(ctx: AppContext, site_id: int, name: str, max_persons: int, notes: str = "") -> int:
    _check_max_persons(max_persons)
    with ctx.uow() as uow:
        site = _site(uow, site_id)
        if site.retired_on is not None:
            raise ValidationError(
                tr(C, "{name} is out of use from {date}.").format(
                    name=site.name, date=fmt_day(site.retired_on)
                ),
                "site",
            )
        _unit_name_free(uow, site_id, _name(name))
        row = HousingUnit(site_id=site_id, name=_name(name), max_persons=max_persons, notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "housing_units", row.id, changes=audit.created(row))
        uow.commit()
        return row.id


def add_room(ctx: AppContext, unit_id: int, name: str, beds: int, notes: str = "") -> int:
    _check_beds(beds)
    with ctx.uow() as uow:
        unit = _unit(uow, unit_id)
        if unit.retired_on is not None:
            raise ValidationError(
                tr(C, "{name} is out of use from {date}.").format(
                    name=unit.name, date=fmt_day(unit.retired_on)
                ),
                "unit",
            )
        _room_name_free(uow, unit_id, _name(name))
        row = Room(unit_id=unit_id, name=_name(name), beds=beds, notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "rooms", row.id, changes=audit.created(row))
        uow.commit()
        return row.id


def _room(uow: UnitOfWork, room_id: int) -> Room:
    room = uow.session.get(Room, room_id)
    if room is None:
        raise NotFoundError(tr(C, "The room no longer exists."))
    return room


def delete_room(ctx: AppContext, room_id: int, version: int) -> None:
    """Only a room that never held anyone can be deleted; the others are retired from a date."""
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        check_version(room, version)
        if uow.session.scalar(select(exists().where(Allocation.room_id == room_id))):
            raise ValidationError(
                tr(
                    C, "Room {room} has had residents and cannot be deleted; retire it from a date instead."
                ).format(room=room.name),
                "room",
            )
        for closure in uow.session.scalars(select(RoomClosure).where(RoomClosure.room_id == room_id)):
            uow.session.delete(closure)
        audit.record(uow, AuditAction.DELETE, "rooms", room.id, changes={"name": [room.name, None]})
        uow.session.delete(room)
        uow.commit()


def _stay_past(uow: UnitOfWork, room_ids: list[int], on: date) -> tuple[str, date] | None:
    """The room name and moving-in day of a stay in one of ``room_ids`` still running on ``on``."""
    row = uow.session.execute(
        select(Room.name, Allocation.starts_on)
        .join(Room, Allocation.room_id == Room.id)
        .where(Allocation.room_id.in_(room_ids), or_(Allocation.ends_on.is_(None), Allocation.ends_on > on))
        .order_by(Allocation.starts_on)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def _retire_rooms(uow: UnitOfWork, rooms: list[Room], on: date) -> None:
    """Every room out of use from ``on`` (an earlier retirement stays); refused while a stay runs past it."""
    busy = _stay_past(uow, [r.id for r in rooms], on)
    if busy is not None:
        raise ValidationError(
            tr(C, "Room {room} has a stay running past {date}; end or move it first.").format(
                room=busy[0], date=fmt_day(on)
            ),
            "retired_on",
        )
    for room in rooms:
        if room.retired_on is None or room.retired_on > on:
            room.retired_on = on
            audit.record(uow, AuditAction.UPDATE, "rooms", room.id, changes=audit.changes_of(room))


def retire_room(ctx: AppContext, room_id: int, version: int, on: date) -> bool:
    """The room is out of use from ``on``; refused while a stay runs past that day."""
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        check_version(room, version)
        _retire_rooms(uow, [room], on)
        uow.commit()
        return True


def _site(uow: UnitOfWork, site_id: int) -> HousingSite:
    site = uow.session.get(HousingSite, site_id)
    if site is None:
        raise NotFoundError(tr(C, "The site no longer exists."))
    return site


def _unit(uow: UnitOfWork, unit_id: int) -> HousingUnit:
    unit = uow.session.get(HousingUnit, unit_id)
    if unit is None:
        raise NotFoundError(tr(C, "The unit no longer exists."))
    return unit


def _closure(uow: UnitOfWork, closure_id: int) -> RoomClosure:
    closure = uow.session.get(RoomClosure, closure_id)
    if closure is None:
        raise NotFoundError(tr(C, "The closure no longer exists."))
    return closure


def retire_unit(ctx: AppContext, unit_id: int, version: int, on: date) -> bool:
    """The unit and all its rooms are out of use from ``on``."""
    with ctx.uow() as uow:
        unit = _unit(uow, unit_id)
        check_version(unit, version)
        rooms = list(uow.session.scalars(select(Room).where(Room.unit_id == unit_id)))
        _retire_rooms(uow, rooms, on)
        if unit.retired_on is None or unit.retired_on > on:
            unit.retired_on = on
            audit.record(uow, AuditAction.UPDATE, "housing_units", unit.id, changes=audit.changes_of(unit))
        uow.commit()
        return True


def retire_site(ctx: AppContext, site_id: int, version: int, on: date) -> bool:
    """The site with all its units and rooms is out of use from ``on``."""
    with ctx.uow() as uow:
        site = _site(uow, site_id)
        check_version(site, version)
        units = list(uow.session.scalars(select(HousingUnit).where(HousingUnit.site_id == site_id)))
        rooms = list(
            uow.session.scalars(select(Room).where(Room.unit_id.in_([u.id for u in units]))) if units else []
        )
        _retire_rooms(uow, rooms, on)
        for unit in units:
            if unit.retired_on is None or unit.retired_on > on:
                unit.retired_on = on
                audit.record(
                    uow, AuditAction.UPDATE, "housing_units", unit.id, changes=audit.changes_of(unit)
                )
        if site.retired_on is None or site.retired_on > on:
            site.retired_on = on
            audit.record(uow, AuditAction.UPDATE, "housing_sites", site.id, changes=audit.changes_of(site))
        uow.commit()
        return True


def _reinstate(uow: UnitOfWork, row: HousingSite | HousingUnit | Room, table: str) -> None:
    row.retired_on = None
    audit.record(uow, AuditAction.UPDATE, table, row.id, changes=audit.changes_of(row))


def reinstate(ctx: AppContext, kind: str, entry_id: int, version: int) -> bool:
    """A site, unit or room retired by mistake (or needed again) is in use again.

    Its units and rooms that were retired on the same day come back with it; ones retired on
    their own, earlier, stay retired. A room comes back only with its unit and site in use.
    """
    with ctx.uow() as uow:
        row: HousingSite | HousingUnit | Room
        if kind == "site":
            row = _site(uow, entry_id)
        elif kind == "unit":
            row = _unit(uow, entry_id)
        else:
            row = _room(uow, entry_id)
        check_version(row, version)
        day = row.retired_on
        if day is None:
            return True
        if isinstance(row, HousingUnit | Room):
            parent: HousingSite | HousingUnit = (
                _site(uow, row.site_id) if isinstance(row, HousingUnit) else _unit(uow, row.unit_id)
            )
            if parent.retired_on is not None:
                raise ValidationError(
                    tr(C, "{name} is out of use from {date}.").format(
                        name=parent.name, date=fmt_day(parent.retired_on)
                    ),
                    "retired_on",
                )
        if isinstance(row, HousingSite):
            units = list(uow.session.scalars(select(HousingUnit).where(HousingUnit.site_id == row.id)))
            for unit in units:
                if unit.retired_on == day:
                    _reinstate(uow, unit, "housing_units")
            unit_ids = [u.id for u in units if u.retired_on is None]
        elif isinstance(row, HousingUnit):
            unit_ids = [row.id]
        else:
            unit_ids = []
        for room in uow.session.scalars(select(Room).where(Room.unit_id.in_(unit_ids))) if unit_ids else ():
            if room.retired_on == day:
                _reinstate(uow, room, "rooms")
        table = {"site": "housing_sites", "unit": "housing_units"}.get(kind, "rooms")
        _reinstate(uow, row, table)
        uow.commit()
        return True


def edit_site(ctx: AppContext, site_id: int, version: int, name: str, address: str, notes: str) -> int:
    """Name, address and notes of a site; returns the new version."""
    with ctx.uow() as uow:
        site = _site(uow, site_id)
        check_version(site, version)
        _site_name_free(uow, _name(name), site_id)
        site.name, site.address, site.notes = _name(name), address.strip(), notes.strip()
        changes = audit.changes_of(site)
        uow.session.flush()
        if changes:
            audit.record(uow, AuditAction.UPDATE, "housing_sites", site.id, changes=changes)
        uow.commit()
        return site.version


def edit_unit(ctx: AppContext, unit_id: int, version: int, name: str, max_persons: int, notes: str) -> int:
    """Name, notes and the most persons sharing the unit's kitchen and bath; returns the new version."""
    _check_max_persons(max_persons)
    with ctx.uow() as uow:
        unit = _unit(uow, unit_id)
        check_version(unit, version)
        _unit_name_free(uow, unit.site_id, _name(name), unit_id)
        unit.name, unit.max_persons, unit.notes = _name(name), max_persons, notes.strip()
        changes = audit.changes_of(unit)
        uow.session.flush()
        if changes:
            audit.record(uow, AuditAction.UPDATE, "housing_units", unit.id, changes=changes)
        uow.commit()
        return unit.version


def edit_room(ctx: AppContext, room_id: int, version: int, name: str, beds: int, notes: str) -> int:
    """Name, beds and notes of a room; fewer beds than a stay from today on needs is refused."""
    _check_beds(beds)
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        check_version(room, version)
        _room_name_free(uow, room.unit_id, _name(name), room_id)
        crowded = uow.session.scalar(
            select(func.max(Allocation.persons)).where(
                Allocation.room_id == room_id,
                or_(Allocation.ends_on.is_(None), Allocation.ends_on > ctx.today()),
            )
        )
        if crowded is not None and crowded > beds:
            raise ValidationError(
                tr(
                    C, "A stay in room {room} has {persons} persons; the room needs at least as many beds."
                ).format(room=room.name, persons=crowded),
                "beds",
            )
        room.name, room.beds, room.notes = _name(name), beds, notes.strip()
        changes = audit.changes_of(room)
        uow.session.flush()
        if changes:
            audit.record(uow, AuditAction.UPDATE, "rooms", room.id, changes=changes)
        uow.commit()
        return room.version


def _check_closure(uow: UnitOfWork, room: Room, starts_on: date, last_day: date, reason: str) -> None:
    if last_day < starts_on:
        raise ValidationError(tr(C, "The last day must be on or after the first day."), "ends_on")
    if reason not in CLOSURE_REASONS:
        raise ValidationError(tr(C, "Choose a reason."), "reason")
    clash = uow.session.scalar(
        select(Allocation)
        .where(
            Allocation.room_id == room.id,
            Allocation.starts_on <= last_day,
            or_(Allocation.ends_on.is_(None), Allocation.ends_on > starts_on),
        )
        .order_by(Allocation.starts_on)
        .limit(1)
    )
    if clash is not None:
        raise ValidationError(
            tr(C, "Room {room} is allocated from {date} in that period; move the stay first.").format(
                room=room.name, date=fmt_day(clash.starts_on)
            ),
            "starts_on",
        )


def add_closure(
    ctx: AppContext, room_id: int, starts_on: date, last_day: date, reason: str, notes: str = ""
) -> int:
    """Out of service ``starts_on`` … ``last_day``; refused over a stay (no one lives in a closed room)."""
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        _check_closure(uow, room, starts_on, last_day, reason)
        row = RoomClosure(room_id=room_id, starts_on=starts_on, ends_on=last_day, reason=reason, notes=notes)
        uow.session.add(row)
        changes = audit.changes_of(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "room_closures", row.id, changes=changes)
        uow.commit()
        return row.id


def edit_closure(
    ctx: AppContext, closure_id: int, version: int, starts_on: date, last_day: date, reason: str, notes: str
) -> int:
    """New period, reason or notes of a closure, checked like a new one; returns the new version."""
    with ctx.uow() as uow:
        closure = _closure(uow, closure_id)
        check_version(closure, version)
        room = _room(uow, closure.room_id)
        _check_closure(uow, room, starts_on, last_day, reason)
        closure.starts_on, closure.ends_on, closure.reason, closure.notes = starts_on, last_day, reason, notes
        changes = audit.changes_of(closure)
        uow.session.flush()
        if changes:
            audit.record(uow, AuditAction.UPDATE, "room_closures", closure.id, changes=changes)
        uow.commit()
        return closure.version


def delete_closure(ctx: AppContext, closure_id: int, version: int) -> None:
    with ctx.uow() as uow:
        closure = _closure(uow, closure_id)
        check_version(closure, version)
        audit.record(
            uow,
            AuditAction.DELETE,
            "room_closures",
            closure.id,
            changes={
                "starts_on": [closure.starts_on.isoformat(), None],
                "ends_on": [closure.ends_on.isoformat(), None],
            },
        )
        uow.session.delete(closure)
        uow.commit()


def list_sites(ctx: AppContext) -> list[tuple[int, str]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (i, n)
            for i, n in uow.session.execute(
                select(HousingSite.id, HousingSite.name)
                .where(HousingSite.retired_on.is_(None))
                .order_by(HousingSite.name)
            )
        ]


def list_units(ctx: AppContext) -> list[tuple[int, str]]:
    """(unit id, "site — unit") of every unit."""
    query = (
        select(HousingUnit.id, HousingSite.name, HousingUnit.name)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .where(HousingUnit.retired_on.is_(None))
        .order_by(HousingSite.name, HousingUnit.name)
    )
    with ctx.uow(readonly=True) as uow:
        return [(i, f"{site} — {unit}") for i, site, unit in uow.session.execute(query)]


def room_version(ctx: AppContext, room_id: int) -> int:
    with ctx.uow(readonly=True) as uow:
        return _room(uow, room_id).version
