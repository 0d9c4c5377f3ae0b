"""Optimistic locking refuses a stale save; stamps and audit changes are written, CPR masked."""

from __future__ import annotations

import json
from datetime import date

import pytest

from integration_desk.db.models import AuditAction, AuditEvent, Household, Person
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import ConflictError
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.locking import check_version


def _new_household(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        household = Household(display_name="Familien Tesfay")
        uow.session.add(household)
        uow.commit()
    assert (household.version, household.created_by, household.updated_by) == (1, "tester", "tester")
    return household.id


def test_a_save_based_on_an_old_version_is_refused_not_overwritten(ctx: AppContext) -> None:
    household_id = _new_household(ctx)
    with ctx.uow(readonly=True) as uow:  # I open the record ...
        shown_version = uow.session.get_one(Household, household_id).version
    with UnitOfWork(ctx.engine, "colleague") as uow:  # ... a colleague saves first ...
        uow.session.get_one(Household, household_id).display_name = "Familien Tesfay Gebre"
        uow.commit()
    with ctx.uow() as uow, pytest.raises(ConflictError, match="En anden har gemt"):  # ... then I save.
        row = uow.session.get_one(Household, household_id)
        check_version(row, shown_version)
        row.display_name = "Familien Tesfaye"
        uow.commit()
    with ctx.uow(readonly=True) as uow:
        stored = uow.session.get_one(Household, household_id)
    assert (stored.display_name, stored.version, stored.updated_by) == (
        "Familien Tesfay Gebre",
        2,
        "colleague",
    )


@pytest.mark.postgres
def test_the_version_counter_refuses_a_race_inside_two_transactions(postgres_ctx: AppContext) -> None:
    # On SQLite writers queue behind BEGIN IMMEDIATE, so this race can only happen on PostgreSQL.
    ctx, engine = postgres_ctx, postgres_ctx.engine
    household_id = _new_household(ctx)
    with ctx.uow() as mine, UnitOfWork(engine, "colleague") as theirs:
        my_row = mine.session.get_one(Household, household_id)
        theirs.session.get_one(Household, household_id).display_name = "Theirs"
        theirs.commit()
        my_row.display_name = "Mine"
        with pytest.raises(ConflictError):
            mine.commit()


def test_audit_changes_mask_the_cpr_number(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        household = Household(display_name="H")
        uow.session.add(household)
        uow.session.flush()
        person = Person(
            household_id=household.id, given_name="Selam", family_name="Tesfay", birth_date=date(1990, 1, 1)
        )
        uow.session.add(person)
        uow.session.flush()
        person.cpr = "0101904562"
        person.given_name = "Selamawit"
        changes = audit.changes_of(person)
        audit.record(uow, AuditAction.UPDATE, "persons", person.id, person_id=person.id, changes=changes)
        uow.commit()
    assert changes["cpr"] == [None, "***"]
    assert changes["given_name"] == ["Selam", "Selamawit"]
    with ctx.uow(readonly=True) as uow:
        event = uow.session.query(AuditEvent).one()
    assert "0101904562" not in event.changes
    assert json.loads(event.changes)["given_name"] == ["Selam", "Selamawit"]
