"""The housing register: sites, units, rooms and closures — created, edited, retired."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, or_, select

from integration_desk.db.models import Allocation, AuditAction, HousingSite, HousingUnit, Room, RoomClosure
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


def add_site(ctx: AppContext, name: str, address: str = "", notes: str = "") -> int:
    with ctx.uow() as uow:
        row = HousingSite(name=_name(name), address=address.strip(), notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "housing_sites", row.id, changes={"name": [None, row.name]})
        uow.commit()
        return row.id


def add_unit(ctx: AppContext, site_id: int, name: str, max_persons: int, notes: str = "") -> int:
    if max_persons < 1:
        raise ValidationError(
            tr(C, "At least one person must be able to share the kitchen and bath."), "max_persons"
        )
    with ctx.uow() as uow:
        row = HousingUnit(site_id=site_id, name=_name(name), max_persons=max_persons, notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "housing_units", row.id, changes={"name": [None, row.name]})
        uow.commit()
        return row.id


def add_room(ctx: AppContext, unit_id: int, name: str, beds: int, notes: str = "") -> int:
    if beds < 1:
        raise ValidationError(tr(C, "A room has at least one bed."), "beds")
    with ctx.uow() as uow:
        row = Room(unit_id=unit_id, name=_name(name), beds=beds, notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "rooms", row.id, changes={"name": [None, row.name]})
        uow.commit()
        return row.id


def _room(ctx_uow: object, room_id: int) -> Room:
    from integration_desk.db.uow import UnitOfWork

    assert isinstance(ctx_uow, UnitOfWork)
    room = ctx_uow.session.get(Room, room_id)
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


def retire_room(ctx: AppContext, room_id: int, version: int, on: date) -> bool:
    """The room is out of use from ``on``; refused while a stay runs past that day."""
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        check_version(room, version)
        later = uow.session.scalar(
            select(
                exists().where(
                    Allocation.room_id == room_id, or_(Allocation.ends_on.is_(None), Allocation.ends_on > on)
                )
            )
        )
        if later:
            raise ValidationError(
                tr(C, "Room {room} has a stay running past {date}; end or move it first.").format(
                    room=room.name, date=fmt_day(on)
                ),
                "retired_on",
            )
        room.retired_on = on
        audit.record(uow, AuditAction.UPDATE, "rooms", room.id, changes=audit.changes_of(room))
        uow.commit()
        return True


def add_closure(
    ctx: AppContext, room_id: int, starts_on: date, last_day: date, reason: str, notes: str = ""
) -> int:
    """Out of service ``starts_on`` … ``last_day``; refused over a stay (no one lives in a closed room)."""
    if last_day < starts_on:
        raise ValidationError(tr(C, "The last day must be on or after the first day."), "ends_on")
    if reason not in CLOSURE_REASONS:
        raise ValidationError(tr(C, "Choose a reason."), "reason")
    with ctx.uow() as uow:
        room = _room(uow, room_id)
        clash = uow.session.scalar(
            select(Allocation).where(
                Allocation.room_id == room_id,
                Allocation.starts_on <= last_day,
                or_(Allocation.ends_on.is_(None), Allocation.ends_on > starts_on),
            )
        )
        if clash is not None:
            raise ValidationError(
                tr(C, "Room {room} is allocated from {date} in that period; move the stay first.").format(
                    room=room.name, date=fmt_day(clash.starts_on)
                ),
                "starts_on",
            )
        row = RoomClosure(room_id=room_id, starts_on=starts_on, ends_on=last_day, reason=reason, notes=notes)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "room_closures", row.id, changes=audit.changes_of(row))
        uow.commit()
        return row.id


def list_sites(ctx: AppContext) -> list[tuple[int, str]]:
    with ctx.uow(readonly=True) as uow:
        return [
            (i, n)
            for i, n in uow.session.execute(
                select(HousingSite.id, HousingSite.name).order_by(HousingSite.name)
            )
        ]


def list_units(ctx: AppContext) -> list[tuple[int, str]]:
    """(unit id, "site — unit") of every unit."""
    query = (
        select(HousingUnit.id, HousingSite.name, HousingUnit.name)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .order_by(HousingSite.name, HousingUnit.name)
    )
    with ctx.uow(readonly=True) as uow:
        return [(i, f"{site} — {unit}") for i, site, unit in uow.session.execute(query)]


def room_version(ctx: AppContext, room_id: int) -> int:
    with ctx.uow(readonly=True) as uow:
        return _room(uow, room_id).version
