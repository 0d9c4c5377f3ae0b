"""The database keeps the audit trail: append-only on both engines, and on PostgreSQL writes made
outside the program (psql, a script) are logged by triggers naming the login."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from integration_desk.db.models import AuditEvent, HealthRecord, Person
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.domain.roles import ROLES
from integration_desk.services import people
from integration_desk.services.context import AppContext
from tests.access.conftest import Logins, drop_logins
from tests.access.test_postgres_roles import _connect, _user, person_id, pg  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def logins() -> Iterator[Logins]:
    made = Logins(prefix=f"t7audit{os.getpid()}_")  # not the access tests' names: both run in one session
    yield made
    drop_logins(made)


def _events(ctx: AppContext, **where: object) -> list[AuditEvent]:
    with UnitOfWork(ctx.engine, "check", readonly=True) as uow:
        query = select(AuditEvent).order_by(AuditEvent.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(uow.session.scalars(query))


def test_audit_rows_cannot_be_changed_or_deleted_even_by_the_owner(
    ctx: AppContext, database_url: str
) -> None:
    with ctx.uow() as uow:
        uow.session.add(AuditEvent(username="x", action="view", entity="persons", entity_id=1, changes="{}"))
        uow.commit()
    for statement in ("UPDATE audit_events SET username = 'y'", "DELETE FROM audit_events"):
        with pytest.raises((DBAPIError, PermissionDeniedError)), ctx.engine.begin() as connection:
            connection.execute(text(statement))
    assert [e.username for e in _events(ctx)] == ["x"]


@pytest.mark.postgres
def test_update_and_delete_of_audit_events_fail_for_every_app_role(
    pg: AppContext,  # noqa: F811
    logins: Logins,
) -> None:
    people.list_people(pg, "Selam")  # at least one row to aim at
    for role in ROLES:
        login = _user(pg, logins, role)
        with _connect(pg, login) as connection:
            for statement in (
                "UPDATE audit_events SET username = 'someone else'",
                "DELETE FROM audit_events",
                "TRUNCATE audit_events",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(statement)
    with pg.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_events")).scalar_one() >= 1


@pytest.mark.postgres
def test_a_direct_sql_update_by_an_app_login_is_logged_with_its_name(
    pg: AppContext,  # noqa: F811
    logins: Logins,
    person_id: int,  # noqa: F811
) -> None:
    worker = _user(pg, logins, "caseworker")
    with _connect(pg, worker) as connection:
        connection.execute("UPDATE persons SET given_name = 'Selamawit', cpr = '0105905678' WHERE id = %s",
                           (person_id,))  # fmt: skip
        connection.execute("UPDATE health_records SET notes = 'other' WHERE person_id = %s", (person_id,))
    logged = _events(pg, username=worker)
    assert [(e.action, e.entity, e.person_id) for e in logged] == [
        ("update", "persons", person_id),
        ("update", "health_records", person_id),
    ]
    person_change = json.loads(logged[0].changes)
    assert person_change["given_name"] == ["Selam", "Selamawit"]
    assert person_change["cpr"] == ["***", "***"]  # masked, never in clear
    assert person_change["_via"] == "database"
    assert json.loads(logged[1].changes)["notes"] == ["***", "***"]
    assert "0105905678" not in logged[0].changes and "sensitive" not in logged[1].changes


@pytest.mark.postgres
def test_the_programs_own_writes_are_logged_once_not_again_by_the_trigger(
    pg: AppContext,  # noqa: F811
    person_id: int,  # noqa: F811
) -> None:
    before = len(_events(pg))
    with UnitOfWork(pg.engine, "tester") as uow:  # the program marks its transaction
        record = uow.session.scalars(select(HealthRecord)).one()
        record.notes = "changed in the program"
        uow.commit()
    assert len(_events(pg)) == before  # the service writes its own row; the trigger stays silent
    with pg.engine.begin() as connection:  # outside a unit of work: logged by the database
        connection.execute(text("DELETE FROM health_records"))
        connection.execute(text("INSERT INTO households (display_name, notes, version, created_at, created_by, "
                                "updated_at, updated_by) VALUES ('Ny', '', 1, now(), 'x', now(), 'x')"))  # fmt: skip
    rows = _events(pg)[before:]
    assert [(e.action, e.entity) for e in rows] == [("delete", "health_records"), ("create", "households")]
    assert rows[0].person_id == person_id and rows[0].username == "postgres"
    with UnitOfWork(pg.engine, "check", readonly=True) as uow:
        assert uow.session.get(Person, person_id) is not None
