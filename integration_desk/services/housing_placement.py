"""Placing persons in a room: how many fit, and where the rest of the family can live.

Every way the board puts persons in a room — a household dropped on it, "Allocate a room …",
a bar dragged to another room, F2, Ctrl+M — first asks ``plan_placement``. When the room is too
small for the persons it must house, the plan offers the other rooms of the same unit that are
free for the same dates (families stay together in one unit), or says why there are none; the
board then asks the user, and never stores a smaller stay on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from integration_desk.db.models import Allocation, Household, HousingUnit, Room, RoomClosure
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.housing import Closure, Period, RoomInfo, describe_period
from integration_desk.domain.housing_beds import beds_needed, fewest_rooms, room_free, spread
from integration_desk.i18n import tr
from integration_desk.services.context import AppContext
from integration_desk.services.housing_allocations import AllocationInput, _check, _room_label, _stays
from integration_desk.services.housing_needs import household_sizes

C = "housing"


def persons_text(n: int) -> str:
    return tr(C, "1 person") if n == 1 else tr(C, "{n} persons").format(n=n)


def beds_text(n: int) -> str:
    return tr(C, "1 bed") if n == 1 else tr(C, "{n} beds").format(n=n)


@dataclass(frozen=True)
class FreeRoom:
    room_id: int
    name: str
    beds: int


@dataclass(frozen=True)
class Placement:
    household_id: int
    household: str
    room_id: int
    #: the room with its unit, as messages name it: "1 (Gang A)"
    room: str
    unit: str
    beds: int
    starts_on: date
    ends_on: date | None
    #: the persons this stay and the rooms beside it must house
    total: int
    #: of them, in the chosen room
    persons: int
    #: the other rooms of the unit free for all of the period
    free_rooms: tuple[FreeRoom, ...]
    #: the fewest of them that take the rest (room ids), empty when they cannot
    proposal: tuple[int, ...]
    end_reason: str | None = None

    @property
    def rest(self) -> int:
        return self.total - self.persons

    @property
    def period(self) -> Period:
        return Period(self.starts_on, self.ends_on)

    def question(self) -> str:
        """What the user is asked when the room is too small."""
        return tr(
            C,
            "{room} has room for {persons} of the {total} persons of {household}. Where do the other {rest} live {period}? The free rooms of {unit}:",
        ).format(
            room=self.room,
            persons=self.persons,
            total=self.total,
            household=self.household,
            rest=persons_text(self.rest),
            period=describe_period(self.period),
            unit=self.unit,
        )

    def refusal(self) -> str | None:
        """Why the rest of the family has nowhere to live beside this room; None when it has."""
        free = sum(r.beds for r in self.free_rooms)
        if self.rest <= 0 or free >= self.rest:
            return None
        start = tr(C, "{room} has room for {persons} of the {total} persons of {household}.").format(
            room=self.room, persons=self.persons, total=self.total, household=self.household
        )
        if free == 0:
            where = tr(C, "No other room of {unit} is free {period} for the other {rest}.")
        else:
            where = tr(C, "The free rooms of {unit} {period} have only {free} for the other {rest}.")
        end = tr(
            C,
            "A family lives together in one unit: choose a bigger room, or a unit with room for all of them.",
        )
        detail = where.format(
            unit=self.unit,
            period=describe_period(self.period),
            rest=persons_text(self.rest),
            free=beds_text(free),
        )
        return f"{start} {detail} {end}"

    def stays(self, rooms: Sequence[int] = ()) -> tuple[AllocationInput, ...]:
        """The stay in the chosen room, and the rest of the family in ``rooms`` (biggest first)."""
        main = AllocationInput(
            self.room_id, self.household_id, self.persons, self.starts_on, self.ends_on, self.end_reason
        )
        chosen = [RoomInfo(r.room_id, 0, r.beds) for r in self.free_rooms if r.room_id in rooms]
        extra = spread(self.rest, chosen)
        if sum(n for _, n in extra) < self.rest:
            raise ValidationError(
                tr(C, "Choose rooms with beds for the other {rest}.").format(rest=persons_text(self.rest)),
                "room",
            )
        return (
            main,
            *(
                AllocationInput(room.id, self.household_id, n, self.starts_on, self.ends_on, self.end_reason)
                for room, n in extra
            ),
        )


def plan_placement(
    ctx: AppContext,
    household_id: int,
    room_id: int,
    starts_on: date,
    ends_on: date | None = None,
    *,
    persons: int | None = None,
    keep: int | None = None,
    ignore: int | None = None,
    end_reason: str | None = None,
) -> Placement:
    """How ``room_id`` houses the household over ``starts_on`` … ``ends_on``.

    ``persons``: how many the user wants in this room (None: as many as need a bed and fit).
    A new stay must house every person without another bed in the period; a changed stay
    (``ignore``: its id, ``keep``: its persons) at least those it housed. What the room cannot
    take is the ``rest``, with the free rooms of the same unit to house it. Refused (with the
    reason) when those rooms cannot take the rest; the room itself is checked like a save (clash,
    closure, retired), so a refusal comes before any question.
    """
    period = Period(starts_on, ends_on)
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        room = session.get(Room, room_id)
        if room is None:
            raise NotFoundError(tr(C, "The room no longer exists."))
        unit = session.get(HousingUnit, room.unit_id)
        household = session.get(Household, household_id)
        if household is None:
            raise NotFoundError(tr(C, "The household no longer exists."))
        assert unit is not None
        size = household_sizes(session, [household_id])[household_id]
        unit_rooms = list(session.scalars(select(Room).where(Room.unit_id == unit.id).order_by(Room.name)))
        unit_ids = [r.id for r in unit_rooms]
        stays = _stays(uow, period, Allocation.household_id == household_id, Allocation.room_id.in_(unit_ids))
        own = [s for s in stays if s.household_id == household_id]
        needed = beds_needed(size, period, own, ignore=ignore)
        wanted = needed if persons is None else persons
        must = needed if keep is None else min(keep, needed)
        if keep is None and must == 0:
            raise ValidationError(
                tr(C, "Every person of {household} already has a bed {period}.").format(
                    household=household.display_name, period=describe_period(period)
                ),
                "persons",
            )
        total = max(must, min(wanted, needed))
        in_room = min(wanted, room.beds)
        if in_room < 1:
            raise ValidationError(tr(C, "At least one person must live in the room."), "persons")
        # The room itself: clash, closure, retirement, beds — refused now, before any question.
        main = AllocationInput(room_id, household_id, in_room, starts_on, ends_on, end_reason)
        _check(uow, main, ignore=ignore)
        closures = [
            Closure(c.id, c.room_id, c.starts_on, c.ends_on, c.reason)
            for c in session.scalars(
                select(RoomClosure).where(
                    RoomClosure.room_id.in_(unit_ids),
                    RoomClosure.ends_on >= period.starts_on,
                    RoomClosure.starts_on < period.end,
                )
            )
        ]
        free = [
            r
            for r in unit_rooms
            if r.id != room_id
            and room_free(
                RoomInfo(r.id, r.unit_id, r.beds, r.retired_on), period, stays, closures, ignore=ignore
            )
        ]
        rest = max(0, total - in_room)
        chosen = fewest_rooms([RoomInfo(r.id, r.unit_id, r.beds) for r in free], rest) if rest else ()
        placement = Placement(
            household_id,
            household.display_name,
            room_id,
            _room_label(room, unit),
            unit.name,
            room.beds,
            starts_on,
            ends_on,
            in_room + rest,
            in_room,
            tuple(FreeRoom(r.id, r.name, r.beds) for r in free),
            tuple(r.id for r in chosen or ()),
            end_reason,
        )
    refusal = placement.refusal()
    if refusal is not None:
        raise ValidationError(refusal, "room")
    return placement
