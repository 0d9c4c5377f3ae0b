"""Roles enforced by PostgreSQL itself: each user signs in with their own login in a group role.

Runs against the real local server; the login roles carry the pid in their names (see conftest).
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import select, text

from integration_desk.db.models import AuditEvent, HealthRecord, Household, Person, User
from integration_desk.db.pg_roles import init_roles
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.services import contracts, housing_register, people
from integration_desk.services.access import CPR_HIDDEN
from integration_desk.services.context import AppContext
from integration_desk.services.signin import SignInRefused, sign_in
from integration_desk.services.users import NewUser, add_user, disable_user, list_users
from tests.access.conftest import Logins

pytestmark = pytest.mark.postgres
PASSWORD = "Hemmelig-123"


@pytest.fixture
def pg(postgres_ctx: AppContext) -> AppContext:
    """A database with the roles set up (twice: idempotent) and one resident with CPR and health data."""
    init_roles(postgres_ctx.engine)
    init_roles(postgres_ctx.engine)
    with UnitOfWork(postgres_ctx.engine, "setup") as uow:
        person = Person(
            household=Household(display_name="Haile"),
            given_name="Selam",
            family_name="Haile",
            cpr="0105901234",
            birth_date=date(1990, 5, 1),
        )
        uow.session.add(person)
        uow.session.flush()
        uow.session.add(HealthRecord(person_id=person.id, notes="sensitive"))
        uow.commit()
    return postgres_ctx


@pytest.fixture
def person_id(pg: AppContext) -> int:
    with UnitOfWork(pg.engine, "setup", readonly=True) as uow:
        return uow.session.scalars(select(Person.id)).one()


def _user(pg: AppContext, logins: Logins, role: str) -> str:
    name = logins.name(role)
    add_user(pg, NewUser(name, f"Test {role}", role, PASSWORD))
    return name


def _connect(pg: AppContext, login: str) -> psycopg.Connection:
    url = pg.engine.url
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        dbname=url.database,
        user=login,
        password=PASSWORD,
        autocommit=True,
    )


def _url(pg: AppContext) -> str:
    return pg.engine.url.render_as_string(hide_password=False)


def test_housing_login_is_refused_health_records_and_cpr_by_the_database(
    pg: AppContext, logins: Logins
) -> None:
    housing = _user(pg, logins, "housing")
    with _connect(pg, housing) as connection:
        assert connection.execute("SELECT given_name FROM persons").fetchall() == [("Selam",)]
        assert connection.execute("SELECT count(*) FROM allocations").fetchone() == (0,)
        for query in (
            "SELECT * FROM health_records",
            "SELECT cpr FROM persons",
            "SELECT * FROM persons",
            "SELECT * FROM contracts",
            "SELECT * FROM contract_activities",
            "SELECT * FROM hour_entries",
            "UPDATE persons SET given_name = 'X'",
            "UPDATE audit_events SET username = 'X'",
            "DELETE FROM audit_events",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(query)


def test_housing_signed_in_through_the_app(pg: AppContext, logins: Logins, person_id: int) -> None:
    housing = _user(pg, logins, "housing")
    ctx = sign_in(_url(pg), housing, PASSWORD, today=pg.today())
    try:
        assert ctx.engine.url.username == housing
        detail = people.get_person(ctx, person_id)
        assert detail.given_name == "Selam" and detail.cpr == CPR_HIDDEN
        assert [r.id for r in people.list_people(ctx, "Selam")] == [person_id]
        assert housing_register.add_site(ctx, "Nyvej 3") > 0
        with pytest.raises(PermissionDeniedError):
            contracts.list_contracts(ctx)
        # Without the app's own check the database still refuses (its refusal is translated too).
        for statement in (select(HealthRecord.notes), select(Person.cpr), text("SELECT cpr FROM persons")):
            with (
                UnitOfWork(ctx.engine, housing) as uow,
                pytest.raises(PermissionDeniedError, match="Databasen afviste"),
            ):
                uow.session.execute(statement).all()
        with UnitOfWork(ctx.engine, housing) as uow:
            person = uow.session.get(Person, person_id)
            assert person is not None
            with pytest.raises(PermissionDeniedError, match="Databasen afviste"):
                _ = person.cpr
    finally:
        ctx.engine.dispose()


def test_readonly_login_cannot_write(pg: AppContext, logins: Logins, person_id: int) -> None:
    readonly = _user(pg, logins, "readonly")
    with _connect(pg, readonly) as connection:
        assert connection.execute("SELECT cpr FROM persons").fetchone() == ("0105901234",)
        for query in (
            "INSERT INTO households (display_name, notes, version, created_at, created_by, updated_at, updated_by)"
            " VALUES ('X', '', 1, now(), 'x', now(), 'x')",
            "UPDATE persons SET given_name = 'X'",
            "DELETE FROM health_records",
            "UPDATE users SET role = 'admin'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(query)
    ctx = sign_in(_url(pg), readonly, PASSWORD, today=pg.today())
    try:
        assert (
            people.get_person(ctx, person_id).cpr == "010590-1234"
        )  # the view is logged: it may insert that
        with pytest.raises(PermissionDeniedError):
            housing_register.add_site(ctx, "Nyvej 4")
        with (
            UnitOfWork(ctx.engine, readonly) as uow,
            pytest.raises(PermissionDeniedError, match="Databasen afviste"),
        ):
            uow.session.execute(text("UPDATE persons SET given_name = 'X'"))
    finally:
        ctx.engine.dispose()


def test_admin_adds_and_disables_users_without_sql(pg: AppContext, logins: Logins) -> None:
    admin = _user(pg, logins, "admin")
    ctx = sign_in(_url(pg), admin, PASSWORD, today=pg.today())
    try:
        worker = logins.name("caseworker")
        add_user(ctx, NewUser(worker, "Ny Sagsbehandler", "caseworker", PASSWORD))
        with pg.engine.connect() as connection:
            groups = connection.execute(
                text(
                    "SELECT g.rolname, u.rolcanlogin FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                    " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u"
                ),
                {"u": worker},
            ).all()
            verifier = connection.execute(
                text("SELECT rolpassword FROM pg_authid WHERE rolname = :u"), {"u": worker}
            ).scalar_one()
        assert groups == [("integration_desk_caseworker", True)]
        assert verifier.startswith("SCRAM-SHA-256$")  # the plain password never reached the server
        assert {u.username: (u.role, u.active) for u in list_users(ctx)}[worker] == ("caseworker", True)
        disable_user(ctx, worker)
        with pg.engine.connect() as connection:
            assert (
                connection.execute(
                    text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :u"), {"u": worker}
                ).scalar_one()
                is False
            )
        assert {u.username: u.active for u in list_users(ctx)}[worker] is False
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            _connect(pg, worker)
        with pytest.raises(SignInRefused):
            sign_in(_url(pg), worker, PASSWORD)
    finally:
        ctx.engine.dispose()
    # A caseworker's login may not call the administrator's functions.
    other = _user(pg, logins, "caseworker")
    with _connect(pg, other) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT integration_desk_add_user('x', 'x', 'admin', 'x')")


def test_five_failures_lock_the_login_in_the_database(pg: AppContext, logins: Logins) -> None:
    """This server trusts local logins, so the failures are reported as the app reports them."""
    worker = _user(pg, logins, "caseworker")
    url = pg.engine.url
    signin = dict(host=url.host, port=url.port or 5432, dbname=url.database, user="integration_desk_signin")
    with psycopg.connect(**signin, autocommit=True) as connection:
        results = [
            connection.execute("SELECT integration_desk_sign_in_failed(%s)", (worker,)).fetchone()[0]  # type: ignore[index]
            for _ in range(5)
        ]
        assert results[:4] == [None] * 4 and results[4] is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT * FROM users")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(pg, worker)
    with pytest.raises(SignInRefused, match="spærret"):
        sign_in(_url(pg), worker, PASSWORD)
    with UnitOfWork(pg.engine, "setup") as uow:
        failed = uow.session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.username == worker, AuditEvent.action == "login_failed"
            )
        ).all()
        assert len(failed) == 6  # five failures and the refused attempt while locked
        # The quarter of an hour has passed:
        uow.session.execute(
            text("UPDATE users SET locked_until = now() - interval '1 minute' WHERE username = :u"),
            {"u": worker},
        )
        uow.commit()
    ctx = sign_in(_url(pg), worker, PASSWORD)
    ctx.engine.dispose()
    with UnitOfWork(pg.engine, "setup", readonly=True) as uow:
        user = uow.session.scalars(select(User).where(User.username == worker)).one()
        assert (user.failed_logins, user.locked_until) == (0, None)
        assert (
            uow.session.scalars(
                select(AuditEvent.action).where(AuditEvent.username == worker).order_by(AuditEvent.id.desc())
            ).first()
            == "login"
        )


def test_commands_set_up_roles_and_users(
    pg: AppContext, logins: Logins, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from integration_desk.cli import main

    url = _url(pg)
    assert main(["--database", url, "db", "init-roles"]) == 0  # once more: idempotent
    login = logins.name("readonly")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert (
        main(
            [
                "--database",
                url,
                "--user",
                "postgres",
                "user",
                "add",
                login,
                "--role",
                "readonly",
                "--password-stdin",
            ]
        )
        == 0
    )
    with _connect(pg, login) as connection:
        assert connection.execute("SELECT count(*) FROM persons").fetchone() == (1,)
    assert main(["--database", url, "--user", "postgres", "user", "disable", login]) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(pg, login)
    capsys.readouterr()
    assert main(["--database", url, "user", "list"]) == 0
    assert f"{login}\treadonly\tdisabled" in capsys.readouterr().out


def test_a_table_a_later_migration_makes_is_granted_by_default(pg: AppContext) -> None:
    with pg.engine.begin() as connection:
        connection.execute(text("CREATE TABLE later_table (id serial PRIMARY KEY)"))
        rights = connection.execute(
            text(
                "SELECT has_table_privilege(:g, 'later_table', 'INSERT'), has_table_privilege(:r, 'later_table', 'SELECT'),"
                " has_table_privilege(:r, 'later_table', 'INSERT'), has_table_privilege(:h, 'later_table', 'SELECT')"
            ),
            {
                "g": "integration_desk_caseworker",
                "r": "integration_desk_readonly",
                "h": "integration_desk_housing",
            },
        ).one()
    # Caseworkers write it, read-only reads it, the housing role gets nothing until init-roles says so.
    assert tuple(rights) == (True, True, False, False)
