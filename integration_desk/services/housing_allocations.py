"""Placing households in rooms: allocate, move, resize, end, split — one transaction each.

Several stays changed together (a family placed in two rooms of a unit, a move to a smaller room
with the rest of the family in the room next door, and the undo of either) are one transaction
too: ``save_stays``. After every change the household's beds are checked with the one rule
(``domain.housing_beds``): a household left with persons without a bed is named in a warning.

The service checks every rule first so the user reads which household clashes and when; the
database's own overlap guard (exclusion constraint / triggers) catches the race two users can
still run into, and that refusal is turned into the same kind of message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from integration_desk.db.models import (
    Allocation,
    AllocationEndReason,
    AuditAction,
    Household,
    HousingUnit,
    Person,
    PersonStatus,
    Room,
    RoomClosure,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain import housing as rules
from integration_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from integration_desk.domain.housing import Closure, Period, RoomInfo, Stay
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.housing_needs import bed_states
from integration_desk.services.locking import HOUSEHOLD_PLACEMENT, check_version, one_at_a_time

C = "housing"
OVERLAP_GUARD = "ex_allocations_room_overlap"
CAPACITY_GUARD = "ck_allocations_room_capacity"


@dataclass(frozen=True)
class AllocationInput:
    room_id: int
    household_id: int
    persons: int
    starts_on: date
    ends_on: date | None = None
    end_reason: str | None = None


@dataclass(frozen=True)
class Saved:
    id: int
    version: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Batch:
    """What ``save_stays`` did: the changed and the new stays (in the order given)."""

    updated: tuple[Saved, ...]
    created: tuple[Saved, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AllocationDetail:
    id: int
    version: int
    data: AllocationInput
    household: str
    room: str


def _stay(row: Allocation, name: str) -> Stay:
    return Stay(row.id, row.room_id, row.household_id, name, row.persons, Period(row.starts_on, row.ends_on))


def _overlapping(period: Period) -> list[object]:
    return [
        Allocation.starts_on < period.end,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on > period.starts_on),
    ]


def _stays(uow: UnitOfWork, period: Period, *conditions: object) -> list[Stay]:
    query = (
        select(Allocation, Household.display_name)
        .join(Household, Allocation.household_id == Household.id)
        .where(*_overlapping(period), or_(*conditions))  # type: ignore[arg-type]
    )
    return [_stay(row, name) for row, name in uow.session.execute(query)]


def _room_label(room: Room, unit: HousingUnit) -> str:
    return f"{room.name} ({unit.name})"


def _check(uow: UnitOfWork, data: AllocationInput, ignore: int | None = None) -> tuple[str, ...]:
    """Refuse a stay that breaks a rule; the warnings of one that only strains one."""
    period = Period(data.starts_on, data.ends_on)
    session = uow.session
    room = session.get(Room, data.room_id)
    if room is None:
        raise NotFoundError(tr(C, "The room no longer exists."))
    unit = session.get(HousingUnit, room.unit_id)
    assert unit is not None
    # Two users placing one household at the same moment must not both pass the persons check below.
    one_at_a_time(session, HOUSEHOLD_PLACEMENT, data.household_id)
    if session.get(Household, data.household_id) is None:
        raise NotFoundError(tr(C, "The household no longer exists."))
    size = session.scalar(select(func.count(Person.id)).where(Person.household_id == data.household_id)) or 0
    unit_rooms = select(Room.id).where(Room.unit_id == unit.id)
    stays = _stays(
        uow,
        period,
        Allocation.room_id == room.id,
        Allocation.household_id == data.household_id,
        Allocation.room_id.in_(unit_rooms),
    )
    closures = [
        Closure(c.id, c.room_id, c.starts_on, c.ends_on, c.reason)
        for c in session.scalars(select(RoomClosure).where(RoomClosure.room_id == room.id))
    ]
    label = _room_label(room, unit)
    rules.check_allocation(
        room=RoomInfo(room.id, room.unit_id, room.beds, room.retired_on),
        room_name=label,
        household_id=data.household_id,
        household_size=max(size, 1),
        persons=data.persons,
        period=period,
        stays=stays,
        closures=closures,
        ignore=ignore,
    )
    own_rooms = {s.room_id for s in stays if s.household_id == data.household_id and s.id != ignore}
    other_units = session.scalars(
        select(HousingUnit.name).join(Room, Room.unit_id == HousingUnit.id).where(Room.id.in_(own_rooms))
    ).all()
    unit_room_ids = set(session.scalars(unit_rooms))
    return rules.unit_warnings(
        unit_name=unit.name,
        max_persons=unit.max_persons,
        household_id=data.household_id,
        period=period,
        persons=data.persons,
        unit_stays=[s for s in stays if s.room_id in unit_room_ids],
        household_units=list(other_units),
        ignore=ignore,
    )


def _clash_error(ctx: AppContext, data: AllocationInput, ignore: int | None) -> ConflictError:
    """The database refused an overlap the check did not see (someone saved first): say with whom."""
    period = Period(data.starts_on, data.ends_on)
    with ctx.uow(readonly=True) as uow:
        room = uow.session.get(Room, data.room_id)
        unit = uow.session.get(HousingUnit, room.unit_id) if room else None
        stays = _stays(uow, period, Allocation.room_id == data.room_id)
        other = rules.clash(period, data.room_id, stays, ignore=ignore)
        if room is None or unit is None or other is None:
            return ConflictError(
                tr(C, "Someone else booked the room at the same time. Reload and try again.")
            )
        return ConflictError(rules.clash_message(_room_label(room, unit), other))


def _flush(ctx: AppContext, uow: UnitOfWork, data: AllocationInput, ignore: int | None) -> None:
    try:
        uow.session.flush()
    except IntegrityError as error:
        uow.session.rollback()
        if OVERLAP_GUARD in str(error.orig):
            raise _clash_error(ctx, data, ignore) from None
        if CAPACITY_GUARD in str(error.orig):
            raise ConflictError(
                tr(
                    C,
                    "The room has fewer beds than the persons of the stay; someone may have just changed it. Reload and try again.",
                )
            ) from None
        raise


def _apply(row: Allocation, data: AllocationInput, today: date) -> None:
    period = Period(data.starts_on, data.ends_on)
    row.room_id = data.room_id
    row.household_id = data.household_id
    row.persons = data.persons
    row.starts_on = data.starts_on
    row.ends_on = data.ends_on
    row.status = rules.stored_status(period, today)
    row.end_reason = data.end_reason if data.ends_on is not None else None


def _check_reason(reason: str | None) -> None:
    if reason is not None and reason not in {r.value for r in AllocationEndReason}:
        raise ValidationError(tr(C, "Choose why the stay ends."), "end_reason")


def _create(ctx: AppContext, uow: UnitOfWork, data: AllocationInput) -> tuple[Allocation, tuple[str, ...]]:
    warnings = _check(uow, data)
    row = Allocation()
    _apply(row, data, ctx.today())
    uow.session.add(row)
    changes = audit.changes_of(row)
    _flush(ctx, uow, data, None)
    audit.record(uow, AuditAction.CREATE, "allocations", row.id, changes=changes)
    _follow_persons(uow, row, None, row.end_reason)
    return row, warnings


def _update(
    ctx: AppContext, uow: UnitOfWork, allocation_id: int, version: int, data: AllocationInput
) -> tuple[Allocation, tuple[str, ...]]:
    row = _load(uow, allocation_id, version)
    old_reason = row.end_reason if row.ends_on is not None else None
    warnings = _check(uow, data, ignore=row.id)
    _apply(row, data, ctx.today())
    changes = audit.changes_of(row)
    _flush(ctx, uow, data, row.id)
    audit.record(uow, AuditAction.UPDATE, "allocations", row.id, changes=changes)
    _follow_persons(uow, row, old_reason, row.end_reason)
    return row, warnings


def _delete(uow: UnitOfWork, allocation_id: int, version: int) -> None:
    row = _load(uow, allocation_id, version)
    audit.record(uow, AuditAction.DELETE, "allocations", row.id, changes={"room_id": [row.room_id, None]})
    _follow_persons(uow, row, row.end_reason, None)
    uow.session.delete(row)
    uow.session.flush()


def _bed_warnings(uow: UnitOfWork, today: date, rows: list[Allocation]) -> tuple[str, ...]:
    """Households these stays leave with persons without a bed (on the stay's first day, or today)."""
    days: dict[int, date] = {}
    for row in rows:
        day = max(row.starts_on, today)
        if Period(row.starts_on, row.ends_on).contains(day):
            days[row.household_id] = min(days.get(row.household_id, day), day)
    warnings = []
    for (household_id, day), state in sorted(bed_states(uow.session, days.items()).items()):
        if state.complete:
            continue
        household = uow.session.get(Household, household_id)
        assert household is not None
        warnings.append(
            tr(
                C,
                "{household}: only {with_bed} of {size} persons have a bed on {date}; the household stays on the waiting list.",
            ).format(
                household=household.display_name,
                with_bed=state.with_bed,
                size=state.size,
                date=rules.fmt_day(day),
            )
        )
    return tuple(warnings)


def save_stays(
    ctx: AppContext,
    *,
    delete: Sequence[tuple[int, int]] = (),
    update: Sequence[tuple[int, int, AllocationInput]] = (),
    create: Sequence[AllocationInput] = (),
) -> Batch:
    """Several stays at once, in ONE transaction (all or nothing): first the deleted ``(id,
    version)``, then the changed ``(id, version, data)``, then the new ones — each checked against
    the ones before it, as if saved one by one."""
    for data in (*(u[2] for u in update), *create):
        _check_reason(data.end_reason)
    with ctx.uow() as uow:
        warnings: list[str] = []
        for allocation_id, version in delete:
            _delete(uow, allocation_id, version)
        updated, created = [], []
        for allocation_id, version, data in update:
            row, found = _update(ctx, uow, allocation_id, version, data)
            updated.append(row)
            warnings.extend(found)
        for data in create:
            row, found = _create(ctx, uow, data)
            created.append(row)
            warnings.extend(found)
        warnings.extend(_bed_warnings(uow, ctx.today(), [*updated, *created]))
        uow.commit()
        unique = tuple(dict.fromkeys(warnings))
        return Batch(
            tuple(Saved(r.id, r.version, unique) for r in updated),
            tuple(Saved(r.id, r.version, unique) for r in created),
            unique,
        )


def allocate(ctx: AppContext, data: AllocationInput) -> Saved:
    """A new stay of a household in a room."""
    return save_stays(ctx, create=(data,)).created[0]


def _load(uow: UnitOfWork, allocation_id: int, version: int) -> Allocation:
    row = uow.session.get(Allocation, allocation_id)
    if row is None:
        raise NotFoundError(tr(C, "The stay no longer exists; someone may have removed it. Reload."))
    check_version(row, version)
    return row


#: the persons' status once their temporary stay ends for good, by the stay's end reason
LEAVING_STATUS = {
    AllocationEndReason.PERMANENT_HOME.value: PersonStatus.HOUSED_PERMANENTLY.value,
    AllocationEndReason.MOVED_AWAY.value: PersonStatus.MOVED_AWAY.value,
}


def _follow_persons(uow: UnitOfWork, row: Allocation, old_reason: str | None, new_reason: str | None) -> None:
    """The household's persons follow the end of its temporary housing.

    Ending the last stay for a permanent home (or a move away) makes the arrived persons "housed
    permanently" ("moved away"); taking that end back (undo, or another reason) makes them arrived again.
    A stay of the household in another room that runs on past this one keeps them as they are.
    """
    if new_reason == old_reason:
        return
    changes: list[tuple[str, str]] = []
    if old_reason in LEAVING_STATUS:
        changes.append((LEAVING_STATUS[old_reason], PersonStatus.ARRIVED.value))
    if new_reason in LEAVING_STATUS:
        assert row.ends_on is not None
        later = uow.session.scalar(
            select(func.count(Allocation.id)).where(
                Allocation.household_id == row.household_id,
                Allocation.id != row.id,
                or_(Allocation.ends_on.is_(None), Allocation.ends_on > row.ends_on),
            )
        )
        if not later:
            changes.append((PersonStatus.ARRIVED.value, LEAVING_STATUS[new_reason]))
    for before, after in changes:
        for person in uow.session.scalars(
            select(Person).where(Person.household_id == row.household_id, Person.status == before)
        ):
            person.status = after
            audit.record(
                uow, AuditAction.UPDATE, "persons", person.id, person_id=person.id,
                changes=audit.changes_of(person),
            )  # fmt: skip
        uow.session.flush()


def update_allocation(ctx: AppContext, allocation_id: int, version: int, data: AllocationInput) -> Saved:
    """Move, lengthen, shorten, end or restore a stay: every field at once, checked like a new one."""
    return save_stays(ctx, update=((allocation_id, version, data),)).updated[0]


def end_stay(ctx: AppContext, allocation_id: int, version: int, on: date, reason: str) -> Saved:
    """The household moves out on ``on`` (the moving-out day) for ``reason``."""
    current = get_allocation(ctx, allocation_id).data
    if on <= current.starts_on:
        raise ValidationError(
            tr(C, "The moving-out day must come after the moving-in day ({date}).").format(
                date=rules.fmt_day(current.starts_on)
            ),
            "ends_on",
        )
    data = AllocationInput(
        current.room_id, current.household_id, current.persons, current.starts_on, on, reason
    )
    return update_allocation(ctx, allocation_id, version, data)


def split_stay(
    ctx: AppContext, allocation_id: int, version: int, on: date, room_id: int
) -> tuple[Saved, Saved]:
    """The household moves to ``room_id`` on ``on``: this stay ends (moved room), a new one begins."""
    current = get_allocation(ctx, allocation_id).data
    data = AllocationInput(
        room_id, current.household_id, current.persons, on, current.ends_on, current.end_reason
    )
    batch = move_from(ctx, allocation_id, version, on, (data,))
    return batch.updated[0], batch.created[0]


def move_from(
    ctx: AppContext, allocation_id: int, version: int, on: date, stays: Sequence[AllocationInput]
) -> Batch:
    """The household moves on ``on`` to the new ``stays`` (a room, or several rooms of a unit when
    the new one is smaller): this stay ends that day (moved room); one transaction."""
    with ctx.uow(readonly=True) as uow:
        current = _input(_load(uow, allocation_id, version))
    if not current.starts_on < on < (current.ends_on or date.max):
        raise ValidationError(tr(C, "The day of the move must fall within the stay."), "starts_on")
    if not stays or any(s.room_id == current.room_id for s in stays):
        raise ValidationError(tr(C, "Choose another room to move to."), "room")
    first = AllocationInput(
        current.room_id,
        current.household_id,
        current.persons,
        current.starts_on,
        on,
        AllocationEndReason.MOVED_ROOM,
    )
    return save_stays(ctx, update=((allocation_id, version, first),), create=stays)


def delete_allocation(ctx: AppContext, allocation_id: int, version: int) -> None:
    """Remove a stay entered by mistake (or undo its creation)."""
    save_stays(ctx, delete=((allocation_id, version),))


def _input(row: Allocation) -> AllocationInput:
    return AllocationInput(
        row.room_id, row.household_id, row.persons, row.starts_on, row.ends_on, row.end_reason
    )


def get_allocation(ctx: AppContext, allocation_id: int) -> AllocationDetail:
    with ctx.uow(readonly=True) as uow:
        row = uow.session.get(Allocation, allocation_id)
        if row is None:
            raise NotFoundError(tr(C, "The stay no longer exists; someone may have removed it. Reload."))
        household = uow.session.get(Household, row.household_id)
        room = uow.session.get(Room, row.room_id)
        assert household is not None and room is not None
        return AllocationDetail(row.id, row.version, _input(row), household.display_name, room.name)
