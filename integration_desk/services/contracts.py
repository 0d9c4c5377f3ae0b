"""Integration contracts and their programmes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from integration_desk.db.models import Contract, ContractActivity, Person
from integration_desk.services import labels
from integration_desk.services.context import AppContext


@dataclass(frozen=True)
class ContractRow:
    id: int
    person_id: int
    person: str
    version_no: int
    status: str
    concluded_on: date | None
    programme_start: date | None
    programme_end: date | None
    activities: int
    weekly_hours: Decimal


def list_contracts(ctx: AppContext, *, current_only: bool = True) -> list[ContractRow]:
    """Contracts with their programme size; by default only each person's newest version."""
    activities = (
        select(
            ContractActivity.contract_id,
            func.count(ContractActivity.id).label("n"),
            func.sum(ContractActivity.hours_per_week).label("hours"),
        )
        .group_by(ContractActivity.contract_id)
        .subquery()
    )
    query = (
        select(Contract, Person.given_name, Person.family_name, activities.c.n, activities.c.hours)
        .join(Person, Contract.person_id == Person.id)
        .outerjoin(activities, activities.c.contract_id == Contract.id)
        .order_by(Person.family_name, Person.given_name, Contract.version_no)
    )
    if current_only:
        later = aliased(Contract)
        newest = (
            select(func.max(later.version_no)).where(later.person_id == Contract.person_id).scalar_subquery()
        )
        query = query.where(Contract.version_no == newest)
    with ctx.uow(readonly=True) as uow:
        return [
            ContractRow(
                id=contract.id,
                person_id=contract.person_id,
                person=f"{given} {family}",
                version_no=contract.version_no,
                status=labels.contract_status(contract.status),
                concluded_on=contract.concluded_on,
                programme_start=contract.programme_start,
                programme_end=contract.programme_end,
                activities=n or 0,
                weekly_hours=Decimal(hours or 0),
            )
            for contract, given, family, n, hours in uow.session.execute(query)
        ]
