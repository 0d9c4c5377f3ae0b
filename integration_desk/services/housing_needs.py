"""Who needs a bed and who has one: the database side of ``domain.housing_beds``.

The waiting list, the overview's arrivals, the bed-shortage outlook and the placing of a household
all read a household's size and stays here, and ask the domain rule whether it is fully housed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from integration_desk.db.models import Allocation, Person, PersonStatus
from integration_desk.domain.housing import Period, Stay
from integration_desk.domain.housing_beds import BedState, household_beds

#: Persons still in the municipality's care for temporary housing: they need a bed.
NEEDS_A_BED = (PersonStatus.EXPECTED.value, PersonStatus.ARRIVED.value)


def household_sizes(session: Session, household_ids: Collection[int]) -> dict[int, int]:
    """The persons of each household who need a bed (expected or arrived)."""
    if not household_ids:
        return {}
    query = (
        select(Person.household_id, func.count(Person.id))
        .where(Person.household_id.in_(household_ids), Person.status.in_(NEEDS_A_BED))
        .group_by(Person.household_id)
    )
    sizes = {household_id: 0 for household_id in household_ids}
    sizes.update({household_id: count for household_id, count in session.execute(query)})
    return sizes


def own_stays(session: Session, household_ids: Collection[int], since: date) -> dict[int, list[Stay]]:
    """Each household's stays running on or after ``since``."""
    stays: dict[int, list[Stay]] = {household_id: [] for household_id in household_ids}
    if not household_ids:
        return stays
    query = select(Allocation).where(
        Allocation.household_id.in_(household_ids),
        or_(Allocation.ends_on.is_(None), Allocation.ends_on > since),
    )
    for a in session.scalars(query):
        stays[a.household_id].append(
            Stay(a.id, a.room_id, a.household_id, "", a.persons, Period(a.starts_on, a.ends_on))
        )
    return stays


def bed_states(session: Session, wanted: Iterable[tuple[int, date]]) -> dict[tuple[int, date], BedState]:
    """For each (household, the day it needs a bed): how many of its persons have one when it moves
    in (``domain.housing_beds.household_beds``)."""
    pairs = set(wanted)
    if not pairs:
        return {}
    households = {household_id for household_id, _ in pairs}
    sizes = household_sizes(session, households)
    stays = own_stays(session, households, min(day for _, day in pairs))
    return {
        (household_id, day): household_beds(sizes[household_id], day, stays[household_id])
        for household_id, day in pairs
    }
