"""Weekly programme hours: planned against attended, absence by reason."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from integration_desk.db.models import ContractActivity, HourEntry, Person
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import labels
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class HourRow:
    entry_id: int
    person: str
    activity: str
    planned: Decimal
    attended: Decimal
    absent_sick: Decimal
    absent_valid: Decimal
    absent_unexcused: Decimal
    note: str
    approved: bool


def list_week(ctx: AppContext, week: IsoWeek) -> list[HourRow]:
    query = (
        select(HourEntry, Person.given_name, Person.family_name, ContractActivity.kind)
        .join(Person, HourEntry.person_id == Person.id)
        .outerjoin(ContractActivity, HourEntry.activity_id == ContractActivity.id)
        .where(HourEntry.iso_year == week.year, HourEntry.iso_week == week.week)
        .order_by(Person.family_name, Person.given_name, HourEntry.id)
    )
    with ctx.uow(readonly=True) as uow:
        return [
            HourRow(
                entry_id=entry.id,
                person=f"{given} {family}",
                activity=labels.activity_kind(kind),
                planned=entry.planned,
                attended=entry.attended,
                absent_sick=entry.absent_sick,
                absent_valid=entry.absent_valid,
                absent_unexcused=entry.absent_unexcused,
                note=entry.note,
                approved=entry.approved,
            )
            for entry, given, family, kind in uow.session.execute(query)
        ]
