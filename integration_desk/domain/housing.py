"""Temporary housing rules: stays in rooms, closures, what fits, what is free.

A stay is ``[starts_on, ends_on)``: ``ends_on`` is the moving-out day and ``None`` means open
(running on until someone ends it). A closure is ``[starts_on, last_day]``: its ``ends_on`` is the
last day out of service. Everything here is pure: the services feed it plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from integration_desk.domain.errors import ValidationError
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr

C = "housing"
#: A stay ending within this many days is shown as "ending soon".
ENDING_SOON_DAYS = 14
OPEN_END = date.max


@dataclass(frozen=True)
class Period:
    """``[starts_on, ends_on)``; ``ends_on=None`` runs on without end."""

    starts_on: date
    ends_on: date | None = None

    def __post_init__(self) -> None:
        if self.ends_on is not None and self.ends_on <= self.starts_on:
            raise ValidationError(tr(C, "The moving-out day must come after the moving-in day."), "ends_on")

    @property
    def end(self) -> date:
        return self.ends_on or OPEN_END

    def overlaps(self, other: Period) -> bool:
        return self.starts_on < other.end and other.starts_on < self.end

    def contains(self, day: date) -> bool:
        return self.starts_on <= day < self.end

    def days_within(self, first: date, end: date) -> int:
        """How many days of ``[first, end)`` this period covers (person-days need one per person)."""
        start, stop = max(self.starts_on, first), min(self.end, end)
        return max(0, (stop - start).days)


def closure_period(starts_on: date, last_day: date) -> Period:
    """A closure's days as a half-open period (its stored end is the last day out of service)."""
    return Period(starts_on, last_day + timedelta(days=1))


@dataclass(frozen=True)
class Stay:
    """One household's allocation of one room, as the rules need it."""

    id: int
    room_id: int
    household_id: int
    household: str
    persons: int
    period: Period


@dataclass(frozen=True)
class Closure:
    id: int
    room_id: int
    starts_on: date
    ends_on: date  # the last day out of service
    reason: str

    @property
    def period(self) -> Period:
        return closure_period(self.starts_on, self.ends_on)


@dataclass(frozen=True)
class RoomInfo:
    id: int
    unit_id: int
    beds: int
    retired_on: date | None = None


class StayState(StrEnum):
    """How a bar on the board is coloured."""

    PLANNED = "planned"
    OCCUPIED = "occupied"
    ENDING_SOON = "ending_soon"
    ENDED = "ended"


def stay_state(period: Period, today: date) -> StayState:
    if period.end <= today:
        return StayState.ENDED
    if period.starts_on > today:
        return StayState.PLANNED
    if period.ends_on is not None and (period.ends_on - today).days <= ENDING_SOON_DAYS:
        return StayState.ENDING_SOON
    return StayState.OCCUPIED


def stored_status(period: Period, today: date) -> str:
    """The ``allocations.status`` value: planned before moving in, ended after moving out."""
    if period.end <= today:
        return "ended"
    return "planned" if period.starts_on > today else "occupied"


# --- the rules that refuse -------------------------------------------------------------------


def fmt_day(day: date) -> str:
    return fmt_date(day)


def describe_period(period: Period) -> str:
    if period.ends_on is None:
        return tr(C, "from {start} (open)").format(start=fmt_day(period.starts_on))
    last = period.ends_on - timedelta(days=1)
    return tr(C, "{start} – {last}").format(start=fmt_day(period.starts_on), last=fmt_day(last))


def clash(period: Period, room_id: int, stays: Iterable[Stay], *, ignore: int | None = None) -> Stay | None:
    """The first other stay in ``room_id`` overlapping ``period`` (a room holds one household)."""
    for stay in sorted(stays, key=lambda s: s.period.starts_on):
        if stay.room_id == room_id and stay.id != ignore and stay.period.overlaps(period):
            return stay
    return None


def clash_message(room: str, other: Stay) -> str:
    return tr(C, "Room {room} is already allocated to {household} {period}.").format(
        room=room, household=other.household, period=describe_period(other.period)
    )


def closed(period: Period, room_id: int, closures: Iterable[Closure]) -> Closure | None:
    for closure in closures:
        if closure.room_id == room_id and closure.period.overlaps(period):
            return closure
    return None


def closure_message(room: str, closure: Closure) -> str:
    return tr(C, "Room {room} is out of service {start} – {last}.").format(
        room=room, start=fmt_day(closure.starts_on), last=fmt_day(closure.ends_on)
    )


def check_allocation(
    *,
    room: RoomInfo,
    room_name: str,
    household_id: int,
    household_size: int,
    persons: int,
    period: Period,
    stays: Sequence[Stay],
    closures: Sequence[Closure],
    ignore: int | None = None,
) -> None:
    """Raise ValidationError when the stay breaks a rule; ``stays`` are the room's and the household's."""
    if persons < 1:
        raise ValidationError(tr(C, "At least one person must live in the room."), "persons")
    if persons > room.beds:
        text = (
            tr(C, "Room {room} has 1 bed; {persons} persons do not fit.")
            if room.beds == 1
            else tr(C, "Room {room} has {beds} beds; {persons} persons do not fit.")
        )
        raise ValidationError(text.format(room=room_name, beds=room.beds, persons=persons), "persons")
    if room.retired_on is not None and period.end > room.retired_on:
        raise ValidationError(
            tr(C, "Room {room} is retired from {date}.").format(
                room=room_name, date=fmt_day(room.retired_on)
            ),
            "room",
        )
    closure = closed(period, room.id, closures)
    if closure is not None:
        raise ValidationError(closure_message(room_name, closure), "starts_on")
    other = clash(period, room.id, stays, ignore=ignore)
    if other is not None:
        raise ValidationError(clash_message(room_name, other), "room")
    # A person lives in one room at a time: the household's rooms together hold at most its persons.
    own = [
        s for s in stays if s.household_id == household_id and s.id != ignore and s.period.overlaps(period)
    ]
    if persons + peak_persons(period, own) > household_size:
        raise ValidationError(twice_message(household_size, persons), "persons")


def twice_message(household_size: int, persons: int) -> str:
    return tr(
        C,
        "The household has {size} persons; with its other rooms in that period, {persons} more would house someone twice.",
    ).format(size=household_size, persons=persons)


def peak_persons(period: Period, stays: Iterable[Stay]) -> int:
    """The most persons living at once in ``stays`` during ``period``."""
    changes: dict[date, int] = {}
    for stay in stays:
        if not stay.period.overlaps(period):
            continue
        start = max(stay.period.starts_on, period.starts_on)
        changes[start] = changes.get(start, 0) + stay.persons
        if stay.period.end < period.end:
            changes[stay.period.end] = changes.get(stay.period.end, 0) - stay.persons
    peak = current = 0
    for day in sorted(changes):
        current += changes[day]
        peak = max(peak, current)
    return peak


# --- the rules that only warn ----------------------------------------------------------------


def unit_warnings(
    *,
    unit_name: str,
    max_persons: int,
    household_id: int,
    period: Period,
    persons: int,
    unit_stays: Sequence[Stay],
    household_units: Sequence[str],
    ignore: int | None = None,
) -> tuple[str, ...]:
    """Warnings (not refusals): kitchen and bath shared by too many, a family split across units."""
    warnings: list[str] = []
    others = [s for s in unit_stays if s.id != ignore]
    load = persons + peak_persons(period, others)
    if load > max_persons:
        warnings.append(
            tr(
                C,
                "{unit}: {load} persons would share the kitchen and bath; the unit's limit is {limit}.",
            ).format(unit=unit_name, load=load, limit=max_persons)
        )
    elsewhere = sorted({u for u in household_units if u != unit_name})
    if elsewhere:
        warnings.append(
            tr(C, "The family is split across units: it also lives in {units}.").format(
                units=", ".join(elsewhere)
            )
        )
    return tuple(warnings)
