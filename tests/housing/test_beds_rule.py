"""The one rule behind "this household has a room" (domain.housing_beds), without Qt or a database:
persons with a bed on a day against the household's size — and the planning built on it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.housing import Period, RoomInfo, Stay
from integration_desk.domain.housing_beds import (
    bed_state,
    beds_needed,
    fewest_rooms,
    fully_housed,
    household_beds,
    moving_in_day,
    room_free,
    spread,
)
from integration_desk.domain.housing_planning import Waiting, capacity_outlook, suggest_rooms

D = date(2016, 10, 10)


def _day(n: int) -> date:
    return D + timedelta(days=n)


def _stay(id: int, room: int, persons: int, start: int, end: int | None = None, household: int = 1) -> Stay:
    return Stay(
        id, room, household, "Familien Ali", persons, Period(_day(start), None if end is None else _day(end))
    )


def test_a_household_of_three_in_a_room_of_two_is_not_housed() -> None:
    stays = [_stay(1, 10, 2, 0)]
    state = bed_state(3, D, stays)
    assert (state.with_bed, state.size, state.missing, state.complete) == (2, 3, 1, False)
    assert state.complete_from is None
    assert not fully_housed(3, D, stays)
    # The third person in the room next door: every person has a bed.
    assert fully_housed(3, D, [*stays, _stay(2, 11, 1, 0)])


def test_the_day_decides() -> None:
    stays = [_stay(1, 10, 2, 0, 20), _stay(2, 11, 1, 5)]
    assert bed_state(3, _day(4), stays).with_bed == 2
    assert bed_state(3, _day(4), stays).complete_from == _day(5)
    assert fully_housed(3, _day(5), stays)
    assert bed_state(3, _day(20), stays).with_bed == 1  # the first room's stay has ended
    assert bed_state(3, _day(-1), stays).with_bed == 0
    # Nobody needing a bed (everyone moved on) is housed.
    assert fully_housed(0, D, [])


def test_a_room_from_a_few_days_after_the_arrival_houses_the_household() -> None:
    later = [_stay(1, 10, 3, 2)]
    assert moving_in_day(D, later) == _day(2)
    assert household_beds(3, D, later).complete
    # But a second room for part of the family later leaves it partly housed on the day it moves in.
    partly = [_stay(1, 10, 2, 0), _stay(2, 11, 1, 7)]
    state = household_beds(3, D, partly)
    assert (state.day, state.with_bed, state.complete_from) == (D, 2, _day(7))
    assert not household_beds(3, D, []).complete


stays_strategy = st.lists(
    st.tuples(st.integers(1, 4), st.integers(0, 20), st.one_of(st.none(), st.integers(1, 20))), max_size=5
)


@given(stays_strategy, st.integers(0, 8), st.integers(0, 30))
def test_housed_means_the_persons_in_the_rooms_that_day_cover_the_household(
    raw: list[tuple[int, int, int | None]], size: int, offset: int
) -> None:
    stays = [_stay(i, 10 + i, persons, start, None if length is None else start + length)
             for i, (persons, start, length) in enumerate(raw)]  # fmt: skip
    day = _day(offset)
    in_rooms = sum(s.persons for s in stays if s.period.starts_on <= day < s.period.end)
    state = bed_state(size, day, stays)
    assert state.complete == (in_rooms >= size)
    assert state.with_bed + state.missing == size
    if state.complete_from is not None:
        assert fully_housed(size, state.complete_from, stays) and state.complete_from >= day


def test_beds_needed_counts_the_other_rooms_of_the_family() -> None:
    stays = [_stay(1, 10, 2, 0), _stay(2, 11, 1, 5, 10)]
    assert beds_needed(3, Period(D), stays) == 0
    assert beds_needed(3, Period(D, _day(5)), stays) == 1
    assert beds_needed(3, Period(D), stays, ignore=1) == 2
    assert beds_needed(2, Period(D), stays) == 0


def test_free_rooms_fewest_first_and_the_persons_spread_biggest_room_first() -> None:
    rooms = [RoomInfo(1, 1, 1), RoomInfo(2, 1, 2), RoomInfo(3, 1, 3)]
    assert fewest_rooms(rooms, 1) == (rooms[0],)
    assert fewest_rooms(rooms, 3) == (rooms[2],)
    assert set(fewest_rooms(rooms, 5) or ()) == {rooms[1], rooms[2]}
    assert fewest_rooms(rooms, 7) is None
    assert spread(4, rooms) == ((rooms[2], 3), (rooms[1], 1))
    busy = [_stay(9, 2, 1, 3, 6, household=2)]
    assert not room_free(rooms[1], Period(D, _day(4)), busy, [])
    assert room_free(rooms[1], Period(D, _day(4)), busy, [], ignore=9)
    assert room_free(rooms[1], Period(_day(6)), busy, [])


def test_suggestions_house_the_rest_of_a_partly_housed_family_in_its_own_unit() -> None:
    rooms = [RoomInfo(1, 1, 2), RoomInfo(2, 1, 1), RoomInfo(3, 2, 3)]
    stays = [_stay(1, 1, 2, 0)]  # household 1: 2 of its 3 persons in room 1
    plan = suggest_rooms([Waiting(1, 3, D)], rooms, stays, [], today=D)
    assert [(s.room_id, s.persons, s.starts_on) for s in plan.suggestions] == [(2, 1, D)]
    # Room 2 taken: the bigger room 3 is in another unit, so the rest cannot go there.
    taken = [*stays, _stay(2, 2, 1, 0, household=2)]
    plan = suggest_rooms([Waiting(1, 3, D)], rooms, taken, [], today=D)
    assert plan.suggestions == ()
    assert [(u.household_id, u.persons, u.unit_id) for u in plan.unplaced] == [(1, 1, 1)]


def test_suggestions_use_several_rooms_of_one_unit_or_say_they_cannot() -> None:
    rooms = [RoomInfo(1, 1, 2), RoomInfo(2, 1, 3), RoomInfo(3, 2, 4)]
    plan = suggest_rooms([Waiting(1, 5, D), Waiting(2, 9, D)], rooms, [], [], today=D)
    assert sorted((s.room_id, s.persons) for s in plan.suggestions) == [(1, 2), (2, 3)]
    assert {s.household_id for s in plan.suggestions} == {1}
    assert [(u.household_id, u.persons, u.unit_id) for u in plan.unplaced] == [(2, 9, None)]


def test_the_outlook_counts_the_persons_without_a_bed_not_the_households() -> None:
    rooms = [RoomInfo(1, 1, 2), RoomInfo(2, 1, 3)]
    stays = [_stay(1, 1, 2, 0), _stay(2, 2, 3, 0, household=2)]  # household 1: 2 of 3 housed
    outlook = capacity_outlook(D, 2, rooms, stays, [], [Waiting(1, 3, D)])
    assert [(d.waiting_persons, d.free_beds, d.short) for d in outlook] == [(1, 0, True), (1, 0, True)]
    housed = [*stays, _stay(3, 3, 1, 1)]  # the third person gets a bed from the second day
    outlook = capacity_outlook(D, 2, [*rooms, RoomInfo(3, 1, 1)], housed, [], [Waiting(1, 3, D)])
    assert [d.waiting_persons for d in outlook] == [1, 0]
