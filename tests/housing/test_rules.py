"""The pure housing rules: periods, clashes, closures, peaks, suggestions and the capacity outlook."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_desk.domain.errors import ValidationError
from integration_desk.domain.housing import (
    Closure,
    Period,
    RoomInfo,
    Stay,
    StayState,
    check_allocation,
    clash,
    peak_persons,
    stay_state,
)
from integration_desk.domain.housing_planning import Waiting, capacity_outlook, suggest_rooms

D = date(2016, 10, 1)
days = st.integers(min_value=0, max_value=60)


def _period(start: int, length: int | None) -> Period:
    return Period(D + timedelta(days=start), None if length is None else D + timedelta(days=start + length))


@given(days, st.one_of(st.none(), st.integers(1, 30)), days, st.one_of(st.none(), st.integers(1, 30)))
def test_overlap_is_symmetric_and_agrees_with_the_days(
    a: int, la: int | None, b: int, lb: int | None
) -> None:
    p, q = _period(a, la), _period(b, lb)
    assert p.overlaps(q) == q.overlaps(p)
    shared = any(p.contains(D + timedelta(days=i)) and q.contains(D + timedelta(days=i)) for i in range(200))
    assert p.overlaps(q) == shared


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError):
        Period(D, D)


def test_state_of_a_stay() -> None:
    assert stay_state(Period(D + timedelta(days=1)), D) is StayState.PLANNED
    assert stay_state(Period(D), D) is StayState.OCCUPIED
    assert stay_state(Period(D, D + timedelta(days=14)), D) is StayState.ENDING_SOON
    assert stay_state(Period(D, D + timedelta(days=15)), D) is StayState.OCCUPIED
    assert stay_state(Period(D - timedelta(days=5), D), D) is StayState.ENDED


def test_clash_and_peak() -> None:
    stays = [
        Stay(1, 10, 1, "A", 2, _period(0, 10)),
        Stay(2, 10, 2, "B", 1, _period(10, None)),
        Stay(3, 11, 3, "C", 3, _period(5, 10)),
    ]
    assert clash(_period(9, 1), 10, stays) == stays[0]
    assert clash(_period(9, 1), 10, stays, ignore=1) is None
    assert clash(_period(10, 3), 10, stays) == stays[1]
    assert peak_persons(_period(0, 30), stays) == 5
    assert peak_persons(_period(15, 5), stays) == 1


def test_check_allocation_refuses_closure_and_retired_room() -> None:
    room = RoomInfo(10, 1, 2, retired_on=D + timedelta(days=20))
    args = dict(room_name="1", household_id=1, household_size=2, persons=2, stays=[], closures=[])
    check_allocation(room=room, period=_period(0, 20), **args)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        check_allocation(room=room, period=_period(0, None), **args)  # type: ignore[arg-type]
    closure = Closure(1, 10, D + timedelta(days=3), D + timedelta(days=3), "repair")
    with pytest.raises(ValidationError):
        check_allocation(room=room, period=_period(3, 1), **{**args, "closures": [closure]})  # type: ignore[arg-type]
    check_allocation(room=room, period=_period(4, 5), **{**args, "closures": [closure]})  # type: ignore[arg-type]


def test_suggestions_keep_a_family_in_one_unit_and_never_double_book() -> None:
    rooms = [RoomInfo(1, 1, 2), RoomInfo(2, 2, 2), RoomInfo(3, 2, 2), RoomInfo(4, 1, 1)]
    stays = [Stay(9, 1, 9, "X", 2, _period(0, 5))]
    waiting = [Waiting(100, 4, D), Waiting(101, 2, D), Waiting(102, 1, D)]
    result = suggest_rooms(waiting, rooms, stays, [], today=D).suggestions
    by_household: dict[int, list[int]] = {}
    for s in result:
        by_household.setdefault(s.household_id, []).append(s.room_id)
    assert sorted(by_household[100]) == [2, 3]  # the only unit with 4 free beds
    assert by_household[102] == [4]  # one person: the single room
    assert by_household[101] == [1]
    assert [s.starts_on for s in result if s.household_id == 101] == [D + timedelta(days=5)]  # earliest fit
    assert len({s.room_id for s in result}) == len(result)


def test_capacity_outlook_marks_days_short_of_beds() -> None:
    rooms = [RoomInfo(1, 1, 2), RoomInfo(2, 1, 3)]
    stays = [Stay(1, 1, 1, "A", 2, _period(0, 2))]
    closures = [Closure(1, 2, D, D, "cleaning")]
    outlook = capacity_outlook(D, 3, rooms, stays, closures, [Waiting(5, 4, D + timedelta(days=1))])
    assert [d.free_beds for d in outlook] == [0, 3, 5]
    assert [d.short for d in outlook] == [False, True, False]
