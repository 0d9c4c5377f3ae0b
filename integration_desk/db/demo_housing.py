"""Demo data, part two: temporary housing, who lived in which room when, and rooms out of service.

Every room keeps a timeline of busy periods ``[start, end)`` (an open stay runs to ``date.max``),
so no two stays in one room overlap and no stay falls in a closure: the database refuses both,
and the demo must be a world the database accepts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from integration_desk.db.demo_names import CLEANING_NOTES, FLOORS, REPAIR_NOTES, ROOM_NOTES, SITES, UNIT_NOTES
from integration_desk.db.models import (
    Allocation,
    AllocationEndReason,
    AllocationStatus,
    ClosureReason,
    HousingSite,
    HousingUnit,
    Room,
    RoomClosure,
)

if TYPE_CHECKING:
    from integration_desk.db.demo_people import Home

ROOMS_PER_SCALE = 40
FIRST_DAY = date(2016, 3, 1)
# Announced households arriving within this many days may already have a room planned.
PLANNED_HORIZON_DAYS = 30
_OPEN = date.max
_UNIT_STYLES = ("Gang {letter}", "Hus {number}", "Lejlighed {number}")


@dataclass(eq=False)
class _Room:
    row: Room
    beds: int
    busy: list[tuple[date, date]] = field(default_factory=list)

    def free(self, start: date, end: date) -> bool:
        return all(not (busy_start < end and start < busy_end) for busy_start, busy_end in self.busy)

    def gaps(self, start: date, end: date) -> list[tuple[date, date]]:
        """The free periods ``[from, to)`` between ``start`` and ``end``."""
        found: list[tuple[date, date]] = []
        cursor = start
        for busy_start, busy_end in sorted(self.busy):
            if busy_start > cursor:
                found.append((cursor, min(busy_start, end)))
            cursor = max(cursor, busy_end)
            if cursor >= end:
                break
        if cursor < end:
            found.append((cursor, end))
        return [(a, b) for a, b in found if a < b]


class HousingPlanner:
    def __init__(self, session: Session, rng: random.Random, scale: int, today: date) -> None:
        self.session = session
        self.rng = rng
        self.scale = scale
        self.today = today
        self.units_rooms: list[list[_Room]] = []
        self.sites = self.units = self.rooms = self.closures = self.allocations = 0
        self.unhoused = 0

    def build(self, homes: list[Home]) -> None:
        for index in range(self.scale):
            self._sites(index)
        arrived = sorted(
            (h for h in homes if h.arrived_on is not None), key=lambda h: (h.arrived_on, h.index)
        )
        for home in arrived:
            self._house(home)
        horizon = self.today + timedelta(days=PLANNED_HORIZON_DAYS)
        announced = sorted(
            (h for h in homes if h.arrived_on is None and h.notice.expected_arrival_on <= horizon),
            key=lambda h: (h.notice.expected_arrival_on, h.index),
        )
        # Most of them have a room planned; the rest wait for one: the housing coordinator's work list.
        planned_count = min(max(1, round(len(announced) * 0.6)), max(1, len(announced) - 1))
        planned = set(self.rng.sample(range(len(announced)), min(planned_count, len(announced))))
        for position, home in enumerate(announced):
            if position in planned:
                start = home.notice.expected_arrival_on
                rooms = self._find_rooms(len(home.persons), start, _OPEN, [])
                if rooms is not None:
                    self._allocate(home, rooms, start, None, AllocationStatus.PLANNED, None)
        self._closures()

    # -- sites, units, rooms ---------------------------------------------------------------------

    def _sites(self, index: int) -> None:
        rng = self.rng
        suffix = "" if index == 0 else f" {index + 1}"
        site_units: list[tuple[HousingSite, int]] = []
        for site_number, (name, street, number, town, notes) in enumerate(SITES):
            site = HousingSite(
                name=f"{name}{suffix}", address=f"{street} {number + 4 * index}, {town}", notes=notes
            )
            self.session.add(site)
            self.sites += 1
            site_units.extend((site, site_number) for _ in range(rng.randint(3, 5)))
        # ROOMS_PER_SCALE rooms over the units, two to five rooms each.
        room_counts = [2] * len(site_units)
        for _ in range(ROOMS_PER_SCALE - 2 * len(site_units)):
            room_counts[rng.choice([i for i, n in enumerate(room_counts) if n < 5])] += 1
        per_site: dict[str, int] = {}
        for (site, style), room_count in zip(site_units, room_counts, strict=True):
            per_site[site.name] = number = per_site.get(site.name, 0) + 1
            unit_name = _UNIT_STYLES[style].format(letter="ABCDEFGH"[number - 1], number=number)
            floor = FLOORS[0] if style == 1 else rng.choice(FLOORS)
            beds = self._beds(room_count)
            floor_note = {"st.": "stueetage, trinfri adgang", "1. sal": "1. sal, ingen elevator"}.get(
                floor, ""
            )
            unit = HousingUnit(
                site=site,
                name=unit_name,
                max_persons=sum(beds),
                notes=floor_note or rng.choice(UNIT_NOTES),
            )
            self.session.add(unit)
            self.units += 1
            rooms = []
            for number_in_unit, bed_count in enumerate(beds, start=1):
                room = Room(
                    unit=unit,
                    name=f"Værelse {number_in_unit}",
                    beds=bed_count,
                    floor=floor,
                    notes=rng.choice(ROOM_NOTES),
                )
                self.session.add(room)
                rooms.append(_Room(room, bed_count))
            self.rooms += len(rooms)
            self.units_rooms.append(rooms)

    def _beds(self, room_count: int) -> list[int]:
        """Beds per room (1-4); a unit sleeps 6-12, which is also the most persons sharing its kitchen."""
        rng = self.rng
        beds = [rng.choice((1, 1, 1, 2, 2, 2, 3, 4)) for _ in range(room_count)]
        while sum(beds) < 6:
            beds[rng.choice([i for i, n in enumerate(beds) if n < 4])] += 1
        while sum(beds) > 12:
            beds[rng.choice([i for i, n in enumerate(beds) if n > 1])] -= 1
        return beds

    # -- stays -----------------------------------------------------------------------------------

    def _house(self, home: Home) -> None:
        """Temporary housing from the arrival day for 2-14 months, sometimes with a move of room."""
        rng, today = self.rng, self.today
        start = home.arrived_on
        assert start is not None
        size = len(home.persons)
        end = start + timedelta(days=round(rng.triangular(60, 425, 120)))
        reason = AllocationEndReason.MOVED_AWAY if rng.random() < 0.08 else AllocationEndReason.PERMANENT_HOME
        # The stay as seen today: over, or still running with a known or an open end.
        if end <= today:
            status, stay_end, end_reason = AllocationStatus.ENDED, end, reason
        elif (end - today).days <= 75 and rng.random() < 0.5:
            status, stay_end, end_reason = AllocationStatus.OCCUPIED, end, reason
        else:
            status, stay_end, end_reason = AllocationStatus.OCCUPIED, None, None
        rooms = self._find_rooms(size, start, stay_end or _OPEN, [])
        if rooms is None:
            self.unhoused += 1
            home.row.notes = "Midlertidigt indkvarteret uden for kommunens egne boliger"
            return
        split = start + timedelta(days=rng.randint(40, max(40, (end - start).days - 40)))
        if (end - start).days >= 150 and split <= today and rng.random() < 0.1:
            later = self._find_rooms(size, split, stay_end or _OPEN, rooms)
            if later is not None:
                self._allocate(
                    home, rooms, start, split, AllocationStatus.ENDED, AllocationEndReason.MOVED_ROOM
                )
                start, rooms = split, later
        self._allocate(home, rooms, start, stay_end, status, end_reason)
        if status is AllocationStatus.ENDED:
            home.left_on = end
            home.moved_away = reason is AllocationEndReason.MOVED_AWAY

    def _find_rooms(self, size: int, start: date, end: date, exclude: list[_Room]) -> list[_Room] | None:
        """Free rooms of ONE unit for ``size`` persons: fewest rooms, then fewest spare beds."""
        best: tuple[int, int] | None = None
        candidates: list[tuple[_Room, ...]] = []
        for unit_rooms in self.units_rooms:
            free = [r for r in unit_rooms if r.free(start, end) and not any(r is x for x in exclude)]
            if sum(r.beds for r in free) < size:
                continue
            for count in range(1, len(free) + 1):
                fitting = [c for c in combinations(free, count) if sum(r.beds for r in c) >= size]
                if not fitting:
                    continue
                for combo in fitting:
                    key = (count, sum(r.beds for r in combo) - size)
                    if best is None or key < best:
                        best, candidates = key, [combo]
                    elif key == best:
                        candidates.append(combo)
                break
        if not candidates:
            return None
        return list(self.rng.choice(candidates))

    def _allocate(
        self,
        home: Home,
        rooms: list[_Room],
        start: date,
        end: date | None,
        status: AllocationStatus,
        end_reason: AllocationEndReason | None,
    ) -> None:
        """One allocation per room; the household's persons split over the rooms, biggest room first."""
        remaining = len(home.persons)
        for room in sorted(rooms, key=lambda r: -r.beds):
            persons = min(room.beds, remaining)
            remaining -= persons
            self.session.add(
                Allocation(
                    room=room.row,
                    household=home.row,
                    persons=persons,
                    starts_on=start,
                    ends_on=end,
                    status=status.value,
                    end_reason=end_reason.value if end_reason else None,
                )
            )
            room.busy.append((start, end or _OPEN))
            self.allocations += 1

    # -- closures --------------------------------------------------------------------------------

    def _closures(self) -> None:
        """A room or two out of service now, and repairs and cleanings in free periods of the past."""
        rng, today = self.rng, self.today
        self.session.flush()  # closures refer to rooms by id
        all_rooms = [room for unit_rooms in self.units_rooms for room in unit_rooms]
        vacant = [r for r in all_rooms if r.free(today - timedelta(days=10), today + timedelta(days=25))]
        for room in rng.sample(vacant, min(self.scale, len(vacant))):
            start = today - timedelta(days=rng.randint(1, 8))
            self._close(room, start, today + timedelta(days=rng.randint(7, 20)), ClosureReason.REPAIR)
        horizon = today + timedelta(days=60)
        for _ in range(4 * self.scale):
            room = rng.choice(all_rooms)
            gaps = [(a, b) for a, b in room.gaps(FIRST_DAY, horizon) if (b - a).days >= 5]
            if not gaps:
                continue
            gap_start, gap_end = rng.choice(gaps)
            if gap_start > FIRST_DAY and rng.random() < 0.5:
                # Cleaning straight after someone moved out.
                self._close(
                    room, gap_start, gap_start + timedelta(days=rng.randint(0, 2)), ClosureReason.CLEANING
                )
            else:
                length = rng.randint(3, min(21, (gap_end - gap_start).days - 1))
                start = gap_start + timedelta(days=rng.randint(0, (gap_end - gap_start).days - length))
                self._close(room, start, start + timedelta(days=length - 1), ClosureReason.REPAIR)

    def _close(self, room: _Room, start: date, last_day: date, reason: ClosureReason) -> None:
        notes = CLEANING_NOTES if reason is ClosureReason.CLEANING else REPAIR_NOTES
        self.session.add(
            RoomClosure(
                room_id=room.row.id,
                starts_on=start,
                ends_on=last_day,
                reason=reason.value,
                notes=self.rng.choice(notes),
            )
        )
        room.busy.append((start, last_day + timedelta(days=1)))
        self.closures += 1
