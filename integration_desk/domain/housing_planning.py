"""Planning ahead: room suggestions for waiting households, and the capacity outlook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from integration_desk.domain.housing import Closure, Period, RoomInfo, Stay
from integration_desk.domain.housing_beds import bed_state, beds_needed, fewest_rooms, spread

#: How far past the expected arrival a suggestion may start, when nothing fits on the day.
SEARCH_DAYS = 60


@dataclass(frozen=True)
class Waiting:
    household_id: int
    #: the persons of the household who need a bed (all of them, also those who have one)
    persons: int
    wanted_from: date


@dataclass(frozen=True)
class Suggestion:
    household_id: int
    room_id: int
    persons: int
    starts_on: date


@dataclass(frozen=True)
class Unplaced:
    """A waiting household no suggestion could house: ``persons`` still without a bed."""

    household_id: int
    persons: int
    #: the unit the family lives in already (the rest must join it), None when it has no room yet
    unit_id: int | None


@dataclass(frozen=True)
class Plan:
    suggestions: tuple[Suggestion, ...]
    unplaced: tuple[Unplaced, ...]


def _busy(
    rooms: Sequence[RoomInfo], stays: Sequence[Stay], closures: Sequence[Closure]
) -> dict[int, list[Period]]:
    busy: dict[int, list[Period]] = {room.id: [] for room in rooms}
    for stay in stays:
        busy.setdefault(stay.room_id, []).append(stay.period)
    for closure in closures:
        busy.setdefault(closure.room_id, []).append(closure.period)
    for room in rooms:
        if room.retired_on is not None:
            busy[room.id].append(Period(room.retired_on))
    return busy


def _free_from(periods: list[Period], start: date) -> bool:
    """Free from ``start`` on for good: an open stay there would never have to move again."""
    wanted = Period(start)
    return not any(p.overlaps(wanted) for p in periods)


def suggest_rooms(
    waiting: Sequence[Waiting],
    rooms: Sequence[RoomInfo],
    stays: Sequence[Stay],
    closures: Sequence[Closure],
    *,
    today: date,
) -> Plan:
    """Free rooms for the persons of waiting households who have no bed: a family in ONE unit (the
    unit it lives in already, when part of it has a room), several rooms of it when one is too
    small, in rooms free from its day on for good (no move later), the earliest day that fits;
    households in order of their wanted day, each suggestion taken into account for the next.
    The households nothing fits are returned as ``unplaced``."""
    busy = _busy(rooms, stays, closures)
    unit_of = {room.id: room.unit_id for room in rooms}
    units: dict[int, list[RoomInfo]] = {}
    for room in sorted(rooms, key=lambda r: r.id):
        units.setdefault(room.unit_id, []).append(room)
    result: list[Suggestion] = []
    unplaced: list[Unplaced] = []
    for household in sorted(waiting, key=lambda w: (w.wanted_from, w.household_id)):
        own = [s for s in stays if s.household_id == household.household_id]
        first = max(household.wanted_from, today)
        placed = False
        needed_first = beds_needed(household.persons, Period(first), own)
        lives_in = sorted({unit_of[s.room_id] for s in own if s.period.end > first and s.room_id in unit_of})
        for offset in range(SEARCH_DAYS + 1):
            day = first + timedelta(days=offset)
            needed = beds_needed(household.persons, Period(day), own)
            if needed == 0:
                placed = True
                break
            allowed = lives_in or list(units)
            best: tuple[tuple[int, int], tuple[RoomInfo, ...]] | None = None
            for unit_id in allowed:
                free = [r for r in units.get(unit_id, []) if _free_from(busy[r.id], day)]
                chosen = fewest_rooms(free, needed)
                if chosen is None:
                    continue
                key = (len(chosen), sum(r.beds for r in chosen) - needed)
                if best is None or key < best[0]:
                    best = (key, chosen)
            if best is None:
                continue
            for room, persons in spread(needed, best[1]):
                result.append(Suggestion(household.household_id, room.id, persons, day))
                busy[room.id].append(Period(day))
            placed = True
            break
        if not placed:
            unplaced.append(Unplaced(household.household_id, needed_first, lives_in[0] if lives_in else None))
    return Plan(tuple(result), tuple(unplaced))


@dataclass(frozen=True)
class CapacityDay:
    day: date
    free_beds: int
    #: persons announced to arrive by this day who have no bed that day
    waiting_persons: int
    arriving_persons: int

    @property
    def short(self) -> bool:
        return self.waiting_persons > self.free_beds


def capacity_outlook(
    first: date,
    days: int,
    rooms: Sequence[RoomInfo],
    stays: Sequence[Stay],
    closures: Sequence[Closure],
    arrivals: Sequence[Waiting],
) -> tuple[CapacityDay, ...]:
    """Per day: the beds of rooms free that day (a room holds one household, so an occupied room
    has no free bed) against the persons announced to arrive by then who have no bed that day
    (``bed_state``: a household partly housed counts its persons without a bed)."""
    busy = _busy(rooms, stays, closures)
    end = first + timedelta(days=days)
    free = [0] * days
    for room in rooms:
        taken = [False] * days
        for period in busy[room.id]:
            start = max(period.starts_on, first)
            stop = min(period.end, end)
            if start < stop:
                a, b = (start - first).days, (stop - first).days
                taken[a:b] = [True] * (b - a)
        for index in range(days):
            if not taken[index]:
                free[index] += room.beds
    own: dict[int, list[Stay]] = {a.household_id: [] for a in arrivals}
    for stay in stays:
        if stay.household_id in own:
            own[stay.household_id].append(stay)
    result: list[CapacityDay] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        missing = {
            a.household_id: bed_state(a.persons, day, own[a.household_id]).missing
            for a in arrivals
            if a.wanted_from <= day
        }
        waiting = sum(missing.values())
        arriving = sum(missing[a.household_id] for a in arrivals if a.wanted_from == day)
        result.append(CapacityDay(day, free[offset], waiting, arriving))
    return tuple(result)
