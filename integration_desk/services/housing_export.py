"""Occupancy for a period: per stay with person-days (they drive the state refund), per room per day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from integration_desk.db.models import Allocation, AuditAction, Household, HousingSite, HousingUnit, Room
from integration_desk.documents.housing import Occupancy, StayRow, write_occupancy
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.housing import Period
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.context import AppContext

C = "housing"


def occupancy_between(ctx: AppContext, first: date, last: date) -> Occupancy:
    """Every stay overlapping ``first`` … ``last`` (both included), with its days in the period."""
    if last < first:
        raise ValidationError(tr(C, "The period must end on or after its first day."), "to")
    end = last + timedelta(days=1)
    query = (
        select(Allocation, Household.display_name, Room.name, HousingUnit.name, HousingSite.name)
        .join(Household, Allocation.household_id == Household.id)
        .join(Room, Allocation.room_id == Room.id)
        .join(HousingUnit, Room.unit_id == HousingUnit.id)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .where(Allocation.starts_on < end, or_(Allocation.ends_on.is_(None), Allocation.ends_on > first))
        .order_by(HousingSite.name, HousingUnit.name, Room.name, Allocation.starts_on)
    )
    rooms = (
        select(Room.id, HousingSite.name, HousingUnit.name, Room.name)
        .join(HousingUnit, Room.unit_id == HousingUnit.id)
        .join(HousingSite, HousingUnit.site_id == HousingSite.id)
        .where(or_(Room.retired_on.is_(None), Room.retired_on > first))
        .order_by(HousingSite.name, HousingUnit.name, Room.name)
    )
    with ctx.uow() as uow:
        stays = []
        for a, household, room, unit, site in uow.session.execute(query):
            days = Period(a.starts_on, a.ends_on).days_within(first, end)
            stays.append(
                StayRow(
                    site, unit, room, a.room_id, household, a.persons, a.starts_on, a.ends_on,
                    labels.allocation_status(a.status), days, days * a.persons,
                )
            )  # fmt: skip
        room_rows = tuple((rid, site, unit, name) for rid, site, unit, name in uow.session.execute(rooms))
        audit.record(
            uow,
            AuditAction.EXPORT,
            "allocations",
            None,
            changes={"period": [first.isoformat(), last.isoformat()]},
        )
        uow.commit()
    return Occupancy(first, last, room_rows, tuple(stays))


def export_occupancy(ctx: AppContext, first: date, last: date, path: Path) -> Occupancy:
    data = occupancy_between(ctx, first, last)
    write_occupancy(data, path)
    return data
