"""A resident with a signed contract: work placement 25 h and Danish classes 12 h a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from integration_desk.db.models import Contract, ContractActivity, Household, Person
from integration_desk.domain.hours import HourFigures
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import hours
from integration_desk.services.context import AppContext
from integration_desk.services.hours import EntryEdit


@dataclass(frozen=True)
class Resident:
    person_id: int
    placement_id: int
    classes_id: int
    contract_id: int


def add_resident(
    ctx: AppContext,
    *,
    cpr: str | None = "0101904561",
    udl: str | None = "US-1001",
    signed_on: date = date(2016, 3, 1),
) -> Resident:
    with ctx.uow() as uow:
        household = Household(display_name="Familien Haddad")
        person = Person(
            household=household,
            given_name="Rami",
            family_name="Haddad",
            cpr=cpr,
            udl_nr=udl,
            status="arrived",
        )
        contract = Contract(
            person=person,
            version_no=1,
            status="signed",
            signed_on=signed_on,
            programme_start=date(2016, 3, 7),
            programme_end=date(2019, 3, 6),
        )
        placement = ContractActivity(
            contract=contract,
            kind="work_placement",
            provider="Brugsen",
            starts_on=date(2016, 3, 7),
            ends_on=date(2017, 3, 6),
            hours_per_week=Decimal(25),
        )
        classes = ContractActivity(
            contract=contract,
            kind="danish_classes",
            provider="Sprogcenter",
            starts_on=date(2016, 3, 7),
            ends_on=date(2017, 3, 6),
            hours_per_week=Decimal(12),
        )
        uow.session.add_all([household, person, contract, placement, classes])
        uow.session.flush()
        resident = Resident(person.id, placement.id, classes.id, contract.id)
        uow.commit()
    return resident


@pytest.fixture
def resident(ctx: AppContext) -> Resident:
    return add_resident(ctx)


@pytest.fixture
def sqlite_resident(sqlite_ctx: AppContext) -> Resident:
    return add_resident(sqlite_ctx)


def full_week(
    ctx: AppContext, resident: Resident, week: IsoWeek, unexcused: Decimal = Decimal(0)
) -> list[EntryEdit]:
    grid = hours.load_week(ctx, week)
    edits = []
    for row in grid.rows:
        planned = row.figures.planned
        absent = unexcused if row.activity_id == resident.placement_id else Decimal(0)
        note = "Mødte ikke op" if absent else ""
        edits.append(
            EntryEdit(
                row.person_id,
                row.activity_id,
                row.entry_id,
                row.version,
                HourFigures(planned, planned - absent, absent_unexcused=absent, note=note),
            )
        )
    return edits
