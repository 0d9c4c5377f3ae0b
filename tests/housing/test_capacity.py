"""Room capacity on SQLite and PostgreSQL: a household of 3 in a room of 2 beds is not housed — the
waiting list, the overview and the outlook say so; the placement offers the rooms beside it or
refuses; several stays are saved together or not at all; the database refuses an over-full room."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from integration_desk.db.models import Allocation, ArrivalNotice, Room
from integration_desk.domain.errors import ValidationError
from integration_desk.services import housing_allocations as allocations
from integration_desk.services import housing_board, overview
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput
from integration_desk.services.housing_placement import plan_placement

ARRIVES = date(2016, 10, 10)


def announce(ctx: AppContext, household: int, expected: date = ARRIVES) -> None:
    with ctx.uow() as uow:
        uow.session.add(
            ArrivalNotice(household_id=household, reference=f"US-{household}", received_on=date(2016, 9, 1),
                          decision_on=date(2016, 9, 1), expected_arrival_on=expected,
                          takeover_on=date(2016, 11, 1))
        )  # fmt: skip
        uow.commit()


def rows(ctx: AppContext) -> list[tuple[int, int, int, date, date | None]]:
    with ctx.uow(readonly=True) as uow:
        return sorted(
            (a.room_id, a.household_id, a.persons, a.starts_on, a.ends_on)
            for a in uow.session.scalars(select(Allocation))
        )


def test_a_partly_housed_household_stays_waiting_and_counts_its_persons_without_a_bed(
    ctx: AppContext, world: Any
) -> None:
    announce(ctx, world.ali)
    announce(ctx, world.hansen)
    allocations.allocate(ctx, AllocationInput(world.room2, world.hansen, 2, ARRIVES))
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, ARRIVES))
    assert saved.warnings == (
        "Familien Ali: kun 2 af 3 personer har seng den 10-10-2016; husstanden bliver på ventelisten.",
    )
    (waiting,) = housing_board.waiting_list(ctx)
    assert (waiting.household_id, waiting.persons, waiting.beds.with_bed) == (world.ali, 3, 2)
    arrivals = {a.household: a for a in overview.upcoming_arrivals(ctx)}
    assert not arrivals["Familien Ali"].room_planned and arrivals["Familien Hansen"].room_planned
    day = next(d for d in housing_board.outlook(ctx) if d.day == ARRIVES)
    assert (day.waiting_persons, day.free_beds, day.short) == (1, 0, True)


def test_the_rest_of_the_family_in_the_room_beside_it_houses_it(ctx: AppContext, world: Any) -> None:
    announce(ctx, world.ali)
    placement = plan_placement(ctx, world.ali, world.room1, ARRIVES)
    assert (placement.total, placement.persons, placement.rest) == (3, 2, 1)
    assert [r.room_id for r in placement.free_rooms] == [world.room2]
    assert placement.proposal == (world.room2,)
    batch = allocations.save_stays(ctx, create=placement.stays(placement.proposal))
    assert batch.warnings == ()
    assert rows(ctx) == [
        (world.room1, world.ali, 2, ARRIVES, None),
        (world.room2, world.ali, 1, ARRIVES, None),
    ]
    assert housing_board.waiting_list(ctx) == ()
    assert next(a for a in overview.upcoming_arrivals(ctx)).room_planned
    # One transaction undoes both.
    allocations.save_stays(ctx, delete=[(s.id, s.version) for s in batch.created])
    assert rows(ctx) == []


def test_no_free_room_for_the_rest_is_refused_with_the_reason(ctx: AppContext, world: Any) -> None:
    announce(ctx, world.ali)
    allocations.allocate(ctx, AllocationInput(world.room2, world.hansen, 2, date(2016, 10, 1)))
    with pytest.raises(ValidationError) as refused:
        plan_placement(ctx, world.ali, world.room1, ARRIVES)
    assert str(refused.value) == (
        "1 (Gang A) har plads til 2 af de 3 personer i Familien Ali. Intet andet værelse i Gang A er "
        "ledigt fra 10-10-2016 (uden slutdato) til resten af familien (1 person). En familie bor samlet "
        "i én bolig: vælg et større værelse eller en bolig med plads til dem alle."
    )
    assert rows(ctx) == [(world.room2, world.hansen, 2, date(2016, 10, 1), None)]


def test_a_change_keeps_the_persons_it_housed(ctx: AppContext, world: Any) -> None:
    saved = allocations.allocate(ctx, AllocationInput(world.room2, world.ali, 3, ARRIVES))
    # To the smaller room: the rest is asked for, and room 2 (left by the move) is free for it.
    moved = plan_placement(ctx, world.ali, world.room1, ARRIVES, persons=3, keep=3, ignore=saved.id)
    assert (moved.persons, moved.rest, moved.proposal) == (2, 1, (world.room2,))
    # Fewer persons in the same room: the one without a bed must go somewhere too.
    fewer = plan_placement(ctx, world.ali, world.room2, ARRIVES, persons=2, keep=3, ignore=saved.id)
    assert (fewer.persons, fewer.rest, fewer.proposal) == (2, 1, (world.room1,))
    # Other dates, same persons: nothing to ask.
    later = plan_placement(
        ctx, world.ali, world.room2, date(2016, 10, 12), persons=3, keep=3, ignore=saved.id
    )
    assert later.rest == 0


def test_stays_saved_together_are_saved_all_or_nothing(ctx: AppContext, world: Any) -> None:
    allocations.allocate(ctx, AllocationInput(world.room2, world.hansen, 2, date(2016, 10, 1)))
    with pytest.raises(ValidationError, match="Familien Hansen"):
        allocations.save_stays(
            ctx,
            create=[
                AllocationInput(world.room1, world.ali, 2, ARRIVES),
                AllocationInput(world.room2, world.ali, 1, ARRIVES),
            ],
        )
    assert rows(ctx) == [(world.room2, world.hansen, 2, date(2016, 10, 1), None)]


def test_the_database_refuses_more_persons_than_beds(ctx: AppContext, world: Any) -> None:
    saved = allocations.allocate(ctx, AllocationInput(world.room1, world.ali, 2, ARRIVES))
    stamps = "1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'"
    insert = text(
        "INSERT INTO allocations (room_id, household_id, persons, starts_on, status, "
        "version, created_at, created_by, updated_at, updated_by) "
        f"VALUES ({world.room2}, {world.hansen}, 4, '2016-10-01', 'planned', {stamps})"
    )
    with (
        pytest.raises(IntegrityError, match="ck_allocations_room_capacity"),
        ctx.engine.begin() as connection,
    ):
        connection.execute(insert)
    grow = text(f"UPDATE allocations SET persons = 3 WHERE id = {saved.id}")
    with (
        pytest.raises(IntegrityError, match="ck_allocations_room_capacity"),
        ctx.engine.begin() as connection,
    ):
        connection.execute(grow)
    move = text(f"UPDATE allocations SET room_id = {world.room1}, persons = 1 WHERE id = {saved.id}")
    with ctx.engine.begin() as connection:  # within the beds: fine
        connection.execute(move)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count(Allocation.id))) == 1
        assert uow.session.get(Room, world.room1).beds == 2
    assert rows(ctx) == [(world.room1, world.ali, 1, ARRIVES, None)]
