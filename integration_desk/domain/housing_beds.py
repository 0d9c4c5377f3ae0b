"""Who has a bed: the one rule behind "this household is housed".

A household is fully housed on a day when its stays running that day hold all its persons (a
family may live in several rooms of one unit; each stay counts the persons in its room). Every
place that says a household "has a room" asks this module: the waiting list, the overview's
arrivals, the bed-shortage outlook, the suggestions, and the placing of a household on the board —
so a household of 3 in a room of 2 beds is never shown as housed, and never silently shrunk to 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from integration_desk.domain.housing import Closure, Period, RoomInfo, Stay, clash, closed, peak_persons

#: Most rooms tried together for one family (within one unit).
MAX_ROOMS_PER_FAMILY = 4


@dataclass(frozen=True)
class BedState:
    """How many of a household's persons have a bed on ``day``."""

    size: int  # the persons who need a bed (expected or arrived, still in temporary housing's care)
    with_bed: int
    day: date
    #: the first day from ``day`` on when every person has a bed (``day`` itself when complete),
    #: None when no known stay gives them all one
    complete_from: date | None

    @property
    def complete(self) -> bool:
        return self.with_bed >= self.size

    @property
    def missing(self) -> int:
        return max(0, self.size - self.with_bed)


def persons_with_bed(day: date, stays: Iterable[Stay]) -> int:
    """The persons the household's ``stays`` give a bed on ``day``."""
    return sum(stay.persons for stay in stays if stay.period.contains(day))


def bed_state(size: int, day: date, stays: Sequence[Stay]) -> BedState:
    """The household's beds on ``day``; ``stays`` are the household's own."""
    with_bed = min(size, persons_with_bed(day, stays))
    if with_bed >= size:
        return BedState(size, with_bed, day, day)
    later = sorted({s.period.starts_on for s in stays if s.period.starts_on > day})
    complete_from = next((d for d in later if persons_with_bed(d, stays) >= size), None)
    return BedState(size, with_bed, day, complete_from)


def fully_housed(size: int, day: date, stays: Sequence[Stay]) -> bool:
    """Every person of the household has a bed on ``day``."""
    return bed_state(size, day, stays).complete


def moving_in_day(needed_from: date, stays: Sequence[Stay]) -> date:
    """The day a household's housing is judged: the day it needs a bed (its arrival, or today) —
    or, when nobody has a bed then but a room is planned later, the day it moves in (a room from
    two days after the expected arrival houses the household; a second room only for part of it
    later does not)."""
    if persons_with_bed(needed_from, stays):
        return needed_from
    later = [s.period.starts_on for s in stays if s.period.starts_on > needed_from]
    return min(later, default=needed_from)


def household_beds(size: int, needed_from: date, stays: Sequence[Stay]) -> BedState:
    """The one answer to "has this household a room": its beds on the day it moves in."""
    return bed_state(size, moving_in_day(needed_from, stays), stays)


def beds_needed(size: int, period: Period, stays: Iterable[Stay], *, ignore: int | None = None) -> int:
    """How many persons still need a bed for all of ``period``, besides the household's other stays
    (``ignore``: the stay being changed). The most persons housed at once elsewhere count, so a stay
    of this many never houses anyone twice."""
    others = [s for s in stays if s.id != ignore]
    return max(0, size - peak_persons(period, others))


def room_free(
    room: RoomInfo,
    period: Period,
    stays: Iterable[Stay],
    closures: Iterable[Closure],
    *,
    ignore: int | None = None,
) -> bool:
    """No other stay, no closure and no retirement in ``room`` during ``period``."""
    if room.retired_on is not None and period.end > room.retired_on:
        return False
    return closed(period, room.id, closures) is None and clash(period, room.id, stays, ignore=ignore) is None


def fewest_rooms(free: Sequence[RoomInfo], persons: int) -> tuple[RoomInfo, ...] | None:
    """Rooms for ``persons``: fewest rooms, then fewest spare beds, then the rooms first in order."""
    for count in range(1, min(len(free), MAX_ROOMS_PER_FAMILY) + 1):
        fitting = [c for c in combinations(free, count) if sum(r.beds for r in c) >= persons]
        if fitting:
            return min(fitting, key=lambda c: sum(r.beds for r in c) - persons)
    return None


def spread(persons: int, rooms: Sequence[RoomInfo]) -> tuple[tuple[RoomInfo, int], ...]:
    """``persons`` over ``rooms``, the biggest room first; rooms left without anyone are dropped."""
    result: list[tuple[RoomInfo, int]] = []
    remaining = persons
    for room in sorted(rooms, key=lambda r: -r.beds):
        if remaining <= 0:
            break
        placed = min(room.beds, remaining)
        result.append((room, placed))
        remaining -= placed
    return tuple(result)
