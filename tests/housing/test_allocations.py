"""Booking rooms: the service refuses a double booking with a message, the database refuses it too,
and two concurrent bookings of one room end with exactly one stay — on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from integration_desk.db.models import Allocation, RoomClosure
from integration_desk.domain.errors import ConflictError, DomainError, ValidationError
from integration_desk.services import housing_allocations as allocations
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput


def _count(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count(Allocation.id))) or 0


def test_an_overlapping_stay_is_refused_naming_the_household_and_dates(ctx: AppContext, world: Any) -> None:
    allocations.allocate(
        ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1), date(2016, 11, 1))
    )
    with pytest.raises(ValidationError) as refused:
        allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, date(2016, 10, 20)))
    assert "Familien Hansen" in str(refused.value)
    assert "01-10-2016 – 31-10-2016" in str(refused.value)
    assert _count(ctx) == 1
    # Moving in the day the other moves out is fine.
    allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, date(2016, 11, 1)))
    assert _count(ctx) == 2


def test_the_database_refuses_a_raw_copy_of_a_stay(ctx: AppContext, world: Any) -> None:
    allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    copy = text(
        "INSERT INTO allocations (room_id, household_id, persons, starts_on, ends_on, status, end_reason, "
        "version, created_at, created_by, updated_at, updated_by) "
        "SELECT room_id, household_id, persons, starts_on, ends_on, status, end_reason, "
        "version, created_at, created_by, updated_at, updated_by FROM allocations"
    )
    with pytest.raises(IntegrityError, match="ex_allocations_room_overlap"), ctx.engine.begin() as connection:
        connection.execute(copy)
    assert _count(ctx) == 1


def test_two_concurrent_bookings_of_one_room_end_with_one_stay(ctx: AppContext, world: Any) -> None:
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def book(household: int) -> None:
        barrier.wait()
        try:
            allocations.allocate(ctx, AllocationInput(world.room1, household, 2, date(2016, 10, 1)))
            outcomes.append("ok")
        except DomainError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=book, args=(h,)) for h in (world.hansen, world.ali)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[-1] == "ok" and outcomes.count("ok") == 1
    refusal = next(o for o in outcomes if o != "ok")
    assert "Familien" in refusal and "01-10-2016" in refusal
    assert _count(ctx) == 1


def test_beds_closures_and_persons_are_checked(ctx: AppContext, world: Any) -> None:
    with pytest.raises(ValidationError, match="3 personer"):
        allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 3, date(2016, 10, 1)))
    with ctx.uow() as uow:
        uow.session.add(
            RoomClosure(room_id=world.room2, starts_on=date(2016, 10, 10), ends_on=date(2016, 10, 12))
        )
        uow.commit()
    with pytest.raises(ValidationError, match="12-10-2016"):
        allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    # The closure's last day is 12 October: moving in on the 13th is fine.
    saved = allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 13)))
    # A person lives in one room at a time: the 3-person family cannot also fill room 1.
    with pytest.raises(ValidationError, match="3 personer"):
        allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 1, date(2016, 10, 20)))
    assert saved.warnings == ()


def test_the_unit_limit_only_warns(ctx: AppContext, world: Any) -> None:
    allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, date(2016, 10, 1)))
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    assert len(saved.warnings) == 1 and "Gang A" in saved.warnings[0]
    assert _count(ctx) == 2


def test_move_end_split_and_delete(ctx: AppContext, world: Any) -> None:
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 1)))
    moved = allocations.update_allocation(
        ctx, saved.id, saved.version, AllocationInput(world.room2, world.hansen, 2, date(2016, 10, 5))
    )
    with pytest.raises(ConflictError):  # a stale version is refused
        allocations.update_allocation(
            ctx, saved.id, saved.version, AllocationInput(world.room1, world.hansen, 2, date(2016, 10, 5))
        )
    first, second = allocations.split_stay(ctx, moved.id, moved.version, date(2016, 11, 1), world.room1)
    detail = allocations.get_allocation(ctx, first.id).data
    assert (detail.room_id, detail.ends_on, detail.end_reason) == (
        world.room2,
        date(2016, 11, 1),
        "moved_room",
    )
    ended = allocations.end_stay(ctx, second.id, second.version, date(2016, 12, 1), "permanent_home")
    assert allocations.get_allocation(ctx, second.id).data.end_reason == "permanent_home"
    allocations.delete_allocation(ctx, second.id, ended.version)
    assert _count(ctx) == 1


def test_persons_follow_a_stay_that_ends_in_a_permanent_home(ctx: AppContext, world: Any) -> None:
    from sqlalchemy import select

    from integration_desk.db.models import Person

    def statuses(household: int) -> set[str]:
        with ctx.uow(readonly=True) as uow:
            return set(uow.session.scalars(select(Person.status).where(Person.household_id == household)))

    first = allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 2, date(2016, 10, 1)))
    second = allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 1, date(2016, 10, 1)))
    # One of the family's two rooms ends first: the others still live in temporary housing.
    saved = allocations.end_stay(ctx, second.id, second.version, date(2016, 11, 1), "permanent_home")
    assert statuses(world.ali) == {"arrived"}
    ended = allocations.end_stay(ctx, first.id, first.version, date(2016, 11, 1), "permanent_home")
    assert statuses(world.ali) == {"housed_permanently"}
    assert statuses(world.hansen) == {"arrived"}
    # Another reason, then the end taken back (what undo does): the status follows each time.
    data = allocations.get_allocation(ctx, first.id).data
    moved = allocations.update_allocation(
        ctx, first.id, ended.version, AllocationInput(data.room_id, data.household_id, data.persons,
                                                      data.starts_on, data.ends_on, "moved_away")
    )  # fmt: skip
    assert statuses(world.ali) == {"moved_away"}
    allocations.update_allocation(
        ctx, first.id, moved.version,
        AllocationInput(data.room_id, data.household_id, data.persons, data.starts_on),
    )  # fmt: skip
    assert statuses(world.ali) == {"arrived"}
    assert saved.version == 2
