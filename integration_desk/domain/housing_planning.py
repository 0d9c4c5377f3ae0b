"""Planning ahead: room suggestions for waiting households, and the capacity outlook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from integration_desk.domain.housing import Closure, Period, RoomInfo, Stay

#: How far past the expected arrival a suggestion may start, when nothing fits on the day.
SEARCH_DAYS = 60
#: Most rooms tried together for one family (within one unit).
MAX_ROOMS_PER_FAMILY = 4


@dataclass(frozen=True)
class Waiting:
    household_id: int
    persons: int
    wanted_from: date


@dataclass(frozen=True)
class Suggestion:
    household_id: int
    room_id: int
    persons: int
    starts_on: date


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


def _best_rooms(free: list[RoomInfo], persons: int) -> tuple[RoomInfo, ...] | None:
    """Fewest rooms, then fewest spare beds, then the rooms first in order (stable)."""
    for count in range(1, min(len(free), MAX_ROOMS_PER_FAMILY) + 1):
        fitting = [c for c in combinations(free, count) if sum(r.beds for r in c) >= persons]
        if fitting:
            return min(fitting, key=lambda c: sum(r.beds for r in c) - persons)
    return None


def suggest_rooms(
    waiting: Sequence[Waiting],
    rooms: Sequence[RoomInfo],
    stays: Sequence[Stay],
    closures: Sequence[Closure],
    *,
    today: date,
) -> tuple[Suggestion, ...]:
    """Free rooms for waiting households: a family in ONE unit, in rooms free from its day on for
    good (no move later), the earliest day that fits; households in order of their wanted day,
    each suggestion taken into account for the next."""
    busy = _busy(rooms, stays, closures)
    units: dict[int, list[RoomInfo]] = {}
    for room in sorted(rooms, key=lambda r: r.id):
        units.setdefault(room.unit_id, []).append(room)
    result: list[Suggestion] = []
    for household in sorted(waiting, key=lambda w: (w.wanted_from, w.household_id)):
        first = max(household.wanted_from, today)
        for offset in range(SEARCH_DAYS + 1):
            day = first + timedelta(days=offset)
            best: tuple[tuple[int, int], tuple[RoomInfo, ...]] | None = None
            for unit_rooms in units.values():
                free = [r for r in unit_rooms if _free_from(busy[r.id], day)]
                chosen = _best_rooms(free, household.persons)
                if chosen is None:
                    continue
                key = (len(chosen), sum(r.beds for r in chosen) - household.persons)
                if best is None or key < best[0]:
                    best = (key, chosen)
            if best is None:
                continue
            remaining = household.persons
            for room in sorted(best[1], key=lambda r: -r.beds):
                persons = min(room.beds, remaining)
                remaining -= persons
                result.append(Suggestion(household.household_id, room.id, persons, day))
                busy[room.id].append(Period(day))
            break
    return tuple(result)


@dataclass(frozen=True)
class CapacityDay:
    day: date
    free_beds: int
    #: persons announced to arrive by this day who have no room yet
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
    has no free bed) against the persons announced to arrive by then who still have no room."""
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
    result: list[CapacityDay] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        waiting = sum(a.persons for a in arrivals if a.wanted_from <= day)
        arriving = sum(a.persons for a in arrivals if a.wanted_from == day)
        result.append(CapacityDay(day, free[offset], waiting, arriving))
    return tuple(result)
