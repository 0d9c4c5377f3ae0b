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

from integration_desk.db.models import AuditAction, AuditEvent, HealthRecord, Household, Person
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.domain.roles import ROLES
from integration_desk.services import arrivals, audit, people
from integration_desk.services.context import AppContext
from integration_desk.services.signin import sign_in
from tests.access.conftest import Logins, drop_logins
from tests.access.test_postgres_roles import PASSWORD, _connect, _url, _user, person_id, pg  # noqa: F401 - fixtures
from tests.arrivals.conftest import notice_input


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
    with UnitOfWork(pg.engine, "tester") as uow:  # as a service does: the change and its audit row
        record = uow.session.scalars(select(HealthRecord)).one()
        record.notes = "changed in the program"
        changes = audit.changes_of(record)
        audit.record(
            uow, AuditAction.UPDATE, "health_records", record.id, person_id=person_id, changes=changes
        )
        uow.commit()
    # Logged once, by the program (the owner's connection may name the program's user); the
    # trigger stays silent for a row the program's function logged in the same transaction.
    assert [(e.username, e.action, e.entity) for e in _events(pg)[before:]] == [
        ("tester", "update", "health_records")
    ]
    before = len(_events(pg))
    with UnitOfWork(pg.engine, "tester") as uow:  # a change the program did not log: the trigger does
        uow.session.scalars(select(HealthRecord)).one().notes = "changed, not logged"
        uow.commit()
    assert [(e.username, e.action, e.entity) for e in _events(pg)[before:]] == [
        ("postgres", "update", "health_records")
    ]
    before = len(_events(pg))
    with pg.engine.begin() as connection:  # outside a unit of work: logged by the database
        connection.execute(text("DELETE FROM health_records"))
        connection.execute(text("INSERT INTO households (display_name, notes, version, created_at, created_by, "
                                "updated_at, updated_by) VALUES ('Ny', '', 1, now(), 'x', now(), 'x')"))  # fmt: skip
    rows = _events(pg)[before:]
    assert [(e.action, e.entity) for e in rows] == [("delete", "health_records"), ("create", "households")]
    assert rows[0].person_id == person_id and rows[0].username == "postgres"
    with UnitOfWork(pg.engine, "check", readonly=True) as uow:
        assert uow.session.get(Person, person_id) is not None


# --- no login writes the trail in another's name, nor leaves a change out of it (issue 13) ------

FORGED = (
    "INSERT INTO audit_events (at, username, action, entity, entity_id, person_id, changes)"
    " VALUES (now(), 'mette', 'update', 'persons', %s, %s, '{}')"
)


@pytest.mark.postgres
def test_no_app_login_writes_audit_events_directly_nor_in_another_name(
    pg: AppContext,  # noqa: F811
    logins: Logins,
    person_id: int,  # noqa: F811
) -> None:
    for role in ROLES:
        login = _user(pg, logins, role)
        with _connect(pg, login) as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(FORGED, (person_id, person_id))
            # The program's way in stamps the login itself, whatever user name it is given.
            connection.execute(
                "SELECT integration_desk_audit('view', 'persons', %s, %s, '{}', 'mette')",
                (person_id, person_id),
            )
            for query in ("SELECT * FROM integration_desk_private.audit_logged",
                          "INSERT INTO integration_desk_private.audit_logged VALUES (pg_current_xact_id(), 'persons', 1)"):  # fmt: skip
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(query)
        assert [(e.username, e.action) for e in _events(pg, username=login)] == [(login, "view")]
    assert _events(pg, username="mette") == []


@pytest.mark.postgres
def test_a_login_setting_the_old_marker_by_hand_is_still_logged_by_name(
    pg: AppContext,  # noqa: F811
    logins: Logins,
    person_id: int,  # noqa: F811
) -> None:
    worker = _user(pg, logins, "caseworker")
    with _connect(pg, worker) as connection, connection.transaction():
        connection.execute("SELECT set_config('integration_desk.app_writer', 'on', true)")
        connection.execute("UPDATE persons SET given_name = 'Saba' WHERE id = %s", (person_id,))
    logged = _events(pg, username=worker)
    assert [(e.action, e.entity, e.entity_id) for e in logged] == [("update", "persons", person_id)]
    assert json.loads(logged[0].changes)["given_name"] == ["Selam", "Saba"]


@pytest.mark.postgres
def test_only_a_logged_change_of_the_same_file_silences_the_trigger(
    pg: AppContext,  # noqa: F811
    logins: Logins,
    person_id: int,  # noqa: F811
) -> None:
    with UnitOfWork(pg.engine, "setup") as uow:
        other = Person(household=uow.session.get_one(Person, person_id).household, given_name="Yonas",
                       family_name="Haile")  # fmt: skip
        stranger = Person(household=Household(display_name="Berhe"), given_name="Abel", family_name="Berhe")
        uow.session.add_all([other, stranger])
        uow.commit()
    worker = _user(pg, logins, "caseworker")
    update = "UPDATE persons SET family_name = 'Tesfay' WHERE id = %s"
    with _connect(pg, worker) as connection:
        with connection.transaction():  # a view of the person is no change: the update is logged
            connection.execute(
                "SELECT integration_desk_audit('view', 'persons', %s, %s, '{}')", (person_id,) * 2
            )
            connection.execute(update, (person_id,))
        with connection.transaction():  # a change logged of one person says nothing of another's
            connection.execute(
                "SELECT integration_desk_audit('update', 'persons', %s, %s, '{}')", (person_id,) * 2
            )
            connection.execute(update, (stranger.id,))
            connection.execute("UPDATE health_records SET notes = 'x' WHERE person_id = %s", (person_id,))
    logged = [
        (e.action, e.entity, e.entity_id, json.loads(e.changes).get("_via"))
        for e in _events(pg, username=worker)
    ]
    assert logged == [
        ("view", "persons", person_id, None),
        ("update", "persons", person_id, "database"),
        ("update", "persons", person_id, None),  # its row names the login, and is in the person's trail:
        ("update", "persons", stranger.id, "database"),  # the health record it stands for
    ]


@pytest.mark.postgres
def test_the_program_signed_in_as_a_login_logs_in_its_name_once(
    pg: AppContext,  # noqa: F811
    logins: Logins,
) -> None:
    worker = _user(pg, logins, "caseworker")
    ctx = sign_in(_url(pg), worker, PASSWORD, today=pg.today())
    try:
        before = len(_events(pg))
        arrivals.save_notice(ctx, notice_input())  # a notice, its household and three persons
    finally:
        ctx.engine.dispose()
    rows = [(e.username, e.action, e.entity, "_via" in e.changes) for e in _events(pg)[before:]]
    assert rows == [(worker, "create", "arrival_notices", False)] + [(worker, "create", "persons", False)] * 3


@pytest.mark.postgres
def test_upgrading_a_database_whose_roles_are_set_up_takes_the_direct_insert_away(
    pg: AppContext,  # noqa: F811
) -> None:
    from alembic import command

    from integration_desk.db import migrate

    def rights() -> tuple[bool, bool]:
        with pg.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT has_table_privilege('integration_desk_readonly', 'audit_events', 'INSERT'),"
                    " has_function_privilege('integration_desk_readonly',"
                    " 'integration_desk_audit(text, text, integer, integer, text, text)', 'EXECUTE')"
                )
            ).one()
        return bool(row[0]), bool(row[1])

    assert rights() == (False, True)
    config = migrate.alembic_config()
    with pg.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with pg.engine.connect() as connection:  # as the earlier init-roles left it
        assert connection.execute(
            text("SELECT has_table_privilege('integration_desk_readonly', 'audit_events', 'INSERT')")
        ).scalar_one()
    migrate.upgrade(pg.engine)
    assert rights() == (False, True)
