"""Retention: closed cases past the team's period are listed for the team lead and anonymised."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from integration_desk.db.models import (
    AuditEvent,
    FundingEvent,
    HealthRecord,
    HourEntry,
    Household,
    Person,
    PersonStatus,
    User,
)
from integration_desk.domain.errors import PermissionDeniedError, ValidationError
from integration_desk.services import retention
from integration_desk.services.context import AppContext


def seed_closed_family(ctx: AppContext, closed_on: date = date(2010, 6, 30)) -> tuple[int, int]:
    with ctx.uow() as uow:
        uow.session.add(User(username="lead", display_name="Lis Leder", role="teamlead"))
        household = Household(display_name="Familien Haddad", notes="Ring til broderen 12345678")
        uow.session.add(household)
        uow.session.flush()
        father = Person(
            household_id=household.id,
            given_name="Omar",
            family_name="Haddad",
            native_name="عمر حداد",
            birth_date=date(1975, 8, 17),
            sex="male",
            nationality="Syrien",
            cpr="1708754321",
            udl_nr="7001",
            status=PersonStatus.ARRIVED,
            closed_on=closed_on,
        )
        kept = Person(
            household_id=household.id,
            given_name="Sara",
            family_name="Haddad",
            birth_date=date(2001, 2, 3),
            nationality="Syrien",
            status=PersonStatus.ARRIVED,
        )
        uow.session.add_all([father, kept])
        uow.session.flush()
        uow.session.add_all(
            [
                HealthRecord(person_id=father.id, offered_on=date(2009, 1, 5), notes="Diabetes type 2"),
                HourEntry(
                    person_id=father.id,
                    iso_year=2009,
                    iso_week=3,
                    attended=Decimal("12.5"),
                    note="Kom for sent",
                    recorded_by="mette",
                ),
                FundingEvent(person_id=father.id, kind="other", occurred_on=date(2009, 3, 1), details="x"),
            ]
        )
        uow.commit()
        return father.id, kept.id


def _lead(ctx: AppContext) -> AppContext:
    return AppContext(ctx.engine, "lead", today=date(2016, 10, 3))


def test_listing_and_anonymising_a_closed_case(ctx: AppContext) -> None:
    father, kept = seed_closed_family(ctx)
    lead = _lead(ctx)
    assert retention.retention_years(lead) == retention.DEFAULT_RETENTION_YEARS
    due = retention.cases_due(lead)
    assert [case.person_id for case in due] == [father]
    with ctx.uow(readonly=True) as uow:
        searches = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "search")).all()
        assert len(searches) == 1 and '"closed_before": "2011-10-03"' in searches[0].changes
    assert due[0].name == "Omar Haddad"

    # A longer period: closed 2010-06-30 is not more than 10 years before 2016-10-03.
    retention.set_retention_years(lead, 10)
    assert retention.cases_due(lead) == []
    retention.set_retention_years(lead, 6)
    assert [case.person_id for case in retention.cases_due(lead)] == [father]

    assert retention.anonymise(lead, [father]) == 1
    with ctx.uow(readonly=True) as uow:
        person = uow.session.get(Person, father)
        assert person is not None
        assert (person.given_name, person.family_name, person.native_name) == ("Anonymiseret", "", "")
        assert uow.session.scalar(select(Person.cpr).where(Person.id == father)) is None
        assert person.udl_nr is None
        # Statistics kept.
        assert person.nationality == "Syrien"
        assert person.birth_date == date(1975, 1, 1)
        assert person.closed_on == date(2010, 6, 30)
        assert person.anonymised_on == date(2016, 10, 3)
        health = uow.session.scalars(select(HealthRecord).where(HealthRecord.person_id == father)).one()
        assert health.notes == "" and health.offered_on == date(2009, 1, 5)
        hours = uow.session.scalars(select(HourEntry).where(HourEntry.person_id == father)).one()
        assert hours.note == "" and hours.attended == Decimal("12.5")
        assert uow.session.scalar(select(func.count()).select_from(FundingEvent)) == 1
        # The other member is untouched, and so is the household (not every member is anonymised).
        other = uow.session.get(Person, kept)
        assert other is not None and other.given_name == "Sara"
        household = uow.session.get(Household, person.household_id)
        assert household is not None and household.display_name == "Familien Haddad"
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "delete", AuditEvent.person_id == father)
        ).all()
        assert len(events) == 1
        changes = json.loads(events[0].changes)
        assert "cpr" in changes and "1708754321" not in events[0].changes
        assert "Diabetes" not in events[0].changes
    assert retention.cases_due(lead) == []


def test_anonymising_refuses_an_open_or_recent_case_and_other_roles(ctx: AppContext) -> None:
    father, kept = seed_closed_family(ctx, closed_on=date(2015, 1, 1))
    lead = _lead(ctx)
    with pytest.raises(ValidationError):
        retention.anonymise(lead, [father])
    with pytest.raises(ValidationError):
        retention.anonymise(lead, [kept])
    with pytest.raises(ValidationError):
        retention.set_retention_years(lead, 0)
    with ctx.uow() as uow:
        uow.session.add(User(username="cw", display_name="Carl", role="caseworker"))
        uow.commit()
    worker = AppContext(ctx.engine, "cw", today=date(2016, 10, 3))
    with pytest.raises(PermissionDeniedError):
        retention.cases_due(worker)
    with pytest.raises(PermissionDeniedError):
        retention.anonymise(worker, [father])
    with ctx.uow(readonly=True) as uow:
        assert uow.session.get(Person, father).given_name == "Omar"  # type: ignore[union-attr]


def test_anonymising_the_whole_household_clears_its_name(ctx: AppContext) -> None:
    father, kept = seed_closed_family(ctx)
    retention.close_case(ctx, kept, date(2009, 1, 1))
    lead = _lead(ctx)
    assert retention.anonymise(lead, [father, kept]) == 2
    with ctx.uow(readonly=True) as uow:
        household = uow.session.scalars(select(Household)).one()
        assert household.display_name == retention.ANONYMOUS_HOUSEHOLD
        assert household.notes == ""


@pytest.mark.postgres
def test_the_housing_role_reads_persons_after_the_retention_migration(
    postgres_ctx: AppContext, logins: Any
) -> None:
    """Roles set up at schema 0002, then 0005 adds columns: the housing login still lists persons."""
    from alembic import command

    from integration_desk.db import migrate
    from integration_desk.db.pg_roles import init_roles
    from integration_desk.services import people
    from integration_desk.services.signin import sign_in
    from integration_desk.services.users import NewUser, add_user

    engine = postgres_ctx.engine
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    init_roles(engine)
    migrate.upgrade(engine)
    seed_closed_family(postgres_ctx)
    name = logins.name("housing")
    add_user(postgres_ctx, NewUser(name, "Test housing", "housing", "Hemmelig-123"))
    housing = sign_in(engine.url.render_as_string(hide_password=False), name, "Hemmelig-123")
    try:
        assert {row.name for row in people.list_people(housing)} >= {"Omar Haddad", "Sara Haddad"}
    finally:
        housing.engine.dispose()
