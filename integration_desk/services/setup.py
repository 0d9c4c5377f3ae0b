"""First-run set-up: where the database lives, the municipality, and the first administrator.

The wizard (``ui.setup_wizard``) only asks; everything it decides is checked and done here, so the
whole set-up can be tested without a window:

- ``check_sqlite_path``: a SQLite file on this PC; a file on a network drive (a UNC path, a mapped
  network drive on Windows, an NFS/SMB mount on Linux) is refused with the reason.
- ``check_server``: a PostgreSQL server with the login used for the set-up; a missing database is
  fine when that login may create it.
- ``complete_setup``: create and migrate the database, on PostgreSQL set up the group roles,
  add the first administrator and the municipality's letterhead, and save the connection in the
  settings file (never a user name or password).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from integration_desk import settings
from integration_desk.db.engine import make_engine
from integration_desk.db.errors import DatabaseSetupError
from integration_desk.domain.errors import DomainError, ValidationError
from integration_desk.domain.passwords import check_new_password
from integration_desk.i18n import tr
from integration_desk.services import contracts_settings, users
from integration_desk.services.context import AppContext
from integration_desk.services.contracts_settings import MAX_LOGO_BYTES, TeamSettings, is_image
from integration_desk.services.network_drive import network_drive_reason

C = "setup"
DEFAULT_PORT = 5432
MAINTENANCE_DATABASE = "postgres"
_DATABASE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,62}$")
_AUTH_SQLSTATES = {"28P01", "28000"}
log = logging.getLogger(__name__)

State = Literal["missing", "empty", "ready"]


class SetupRefused(DomainError):
    """The chosen place for the database cannot be used; the message says why."""


@dataclass(frozen=True)
class SqliteTarget:
    path: str


@dataclass(frozen=True)
class PostgresTarget:
    """The server and the login used only to test and set up: the password is never stored."""

    host: str
    port: int
    database: str
    username: str
    password: str

    def url(self, *, database: str | None = None, login: bool = True) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username if login else None,
            password=self.password if login and self.password else None,
            host=self.host,
            port=self.port,
            database=database or self.database,
        )


Target = SqliteTarget | PostgresTarget


@dataclass(frozen=True)
class TargetCheck:
    """``missing``: made by the set-up; ``empty``: no administrator yet; ``ready``: set up already."""

    state: State
    message: str


@dataclass(frozen=True)
class Municipality:
    name: str
    address: str
    logo: bytes | None


@dataclass(frozen=True)
class Administrator:
    username: str
    display_name: str
    password: str
    repeated: str


def _state_of(engine: Engine) -> State:
    """``ready`` when an administrator exists (the database is in use); ``empty`` otherwise."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("users"):
                return "empty"
            count = connection.execute(text("SELECT count(*) FROM users WHERE role = 'admin'")).scalar()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":  # not allowed to read users: in use
            return "ready"
        raise
    return "ready" if count else "empty"


def check_sqlite_path(path: str, **lookups: object) -> TargetCheck:
    """Refuse a network drive, a folder or an unwritable place; otherwise say what the set-up does."""
    text_path = path.strip()
    if not text_path:
        raise ValidationError(tr(C, "Choose the file for the database."), field="path")
    reason = network_drive_reason(text_path, **lookups)  # type: ignore[arg-type]
    if reason:
        raise SetupRefused(reason)
    file = Path(text_path).expanduser()
    if file.is_dir():
        raise ValidationError(tr(C, "This is a folder; give the name of a file in it."), field="path")
    if not file.exists():
        folder = file.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            raise SetupRefused(tr(C, "Integration Desk may not write in {folder}.").format(folder=folder))
        return TargetCheck("missing", tr(C, "A new database will be created in this file."))
    engine = make_engine(f"sqlite:///{file.as_posix()}", poolclass=NullPool)
    try:
        state = _state_of(engine)
    except SQLAlchemyError:
        raise SetupRefused(tr(C, "This file is not a database Integration Desk can open.")) from None
    finally:
        engine.dispose()
    if state == "ready":
        return TargetCheck(state, tr(C, "The file holds a database that is set up already; it will be used."))
    return TargetCheck(state, tr(C, "The file will be set up as the database."))


# --- A PostgreSQL server ------------------------------------------------------------------


def check_server_fields(target: PostgresTarget) -> None:
    if not target.host.strip():
        raise ValidationError(tr(C, "Enter the server's name or address."), field="host")
    if not 0 < target.port < 65536:
        raise ValidationError(tr(C, "The port is a number from 1 to 65535."), field="port")
    if not _DATABASE_NAME.match(target.database):
        raise ValidationError(
            tr(C, "A database name is letters, digits, dashes and underscores, starting with a letter."),
            field="database",
        )
    if not target.username.strip():
        raise ValidationError(tr(C, "Enter the user name for the set-up."), field="username")


def _sqlstate(error: BaseException) -> str | None:
    cause: BaseException | None = error
    while cause is not None:
        state = getattr(cause, "sqlstate", None) or getattr(getattr(cause, "orig", None), "sqlstate", None)
        if state:
            return str(state)
        cause = cause.__cause__ or cause.__context__
    return None


def _connect_failure(target: PostgresTarget, error: BaseException) -> SetupRefused:
    message = str(getattr(error, "orig", error))
    refused = ("password authentication failed", 'role "', "no pg_hba.conf entry")
    if _sqlstate(error) in _AUTH_SQLSTATES or any(part in message for part in refused):
        return SetupRefused(
            tr(C, "The server refused the user name or password ({user}).").format(user=target.username)
        )
    return SetupRefused(
        tr(
            C,
            "No connection to {host}:{port}. Check the server's name and port, and that it is running "
            "and lets this PC in.",
        ).format(host=target.host, port=target.port)
    )


def _server_view(target: PostgresTarget) -> tuple[bool, bool] | None:
    """Through the maintenance database: (the database exists, the login may create databases);
    None when the server cannot be reached with this login at all."""
    engine = make_engine(target.url(database=MAINTENANCE_DATABASE), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
            ).scalar()
            allowed = connection.execute(
                text("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
        return bool(exists), bool(allowed)
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def check_server(target: PostgresTarget) -> TargetCheck:
    """Connect with the set-up login; ``SetupRefused`` says in one line what is wrong."""
    check_server_fields(target)
    engine = make_engine(target.url(), poolclass=NullPool)
    try:
        state = _state_of(engine)
    except SQLAlchemyError as error:
        # The server's own wording may be in any language: ask the maintenance database instead.
        view = _server_view(target)
        if view is None:
            raise _connect_failure(target, error) from None
        exists, may_create = view
        if exists:
            raise SetupRefused(
                tr(C, "The server does not let {user} into the database {database}.").format(
                    user=target.username, database=target.database
                )
            ) from None
        if not may_create:
            raise SetupRefused(
                tr(
                    C,
                    "The database {database} does not exist and {user} may not create it. Ask IT to "
                    "create it, or use a login that may.",
                ).format(database=target.database, user=target.username)
            ) from None
        return TargetCheck(
            "missing",
            tr(C, "The connection works. The database {database} will be created.").format(
                database=target.database
            ),
        )
    finally:
        engine.dispose()
    if state == "ready":
        return TargetCheck(
            state, tr(C, "The connection works. The database is set up already and will be used.")
        )
    return TargetCheck(state, tr(C, "The connection works. The database will be set up."))


def _create_database(target: PostgresTarget) -> None:
    engine = make_engine(
        target.url(database=MAINTENANCE_DATABASE), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
            ).scalar()
            if not found:
                connection.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    except SQLAlchemyError as error:
        raise SetupRefused(
            tr(C, "The server refused to create the database {database}: {why}").format(
                database=target.database, why=str(getattr(error, "orig", error)).splitlines()[0]
            )
        ) from None
    finally:
        engine.dispose()


# --- The municipality and the administrator -----------------------------------------------


def read_logo(path: str) -> bytes:
    """The picture in ``path`` when it is a PNG or JPEG of at most 1 MB."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise ValidationError(tr(C, "The file could not be read."), field="logo") from None
    check_logo(data)
    return data


def check_logo(data: bytes) -> None:
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(tr("contracts", "The logo may be at most 1 MB."), field="logo")
    if not is_image(data):
        raise ValidationError(tr("contracts", "The logo must be a PNG or JPEG picture."), field="logo")


def check_municipality(municipality: Municipality) -> None:
    if not municipality.name.strip():
        raise ValidationError(tr("contracts", "Enter the municipality's name."), field="municipality_name")
    if municipality.logo is not None:
        check_logo(municipality.logo)


def check_administrator(admin: Administrator) -> None:
    if not users.USERNAME.match(admin.username.strip().lower()):
        raise ValidationError(
            tr(
                "users",
                "A user name is 2-63 small letters, digits, dots, dashes or underscores, starting with a letter.",
            ),
            field="username",
        )
    check_new_password(admin.password)
    if admin.password != admin.repeated:
        raise ValidationError(tr(C, "The two passwords are not the same."), field="repeated")


# --- Doing it ------------------------------------------------------------------------------


def stored_url(target: Target) -> str:
    """What the settings file keeps: the place of the database, never a login or password."""
    if isinstance(target, SqliteTarget):
        return f"sqlite:///{Path(target.path.strip()).expanduser().as_posix()}"
    return target.url(login=False).render_as_string(hide_password=False)


def target_from_url(url: str | None) -> Target | None:
    """The saved connection as the wizard's starting point (no login: it is never saved)."""
    from integration_desk.db.engine import parse_database_url

    if not url:
        return None
    try:
        parsed = parse_database_url(url)
    except DatabaseSetupError:
        return None
    if parsed.get_backend_name() == "sqlite":
        return SqliteTarget(parsed.database or "") if parsed.database else None
    return PostgresTarget(
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        username=parsed.username or "",
        password="",
    )


def _setup_url(target: Target) -> str:
    if isinstance(target, SqliteTarget):
        return stored_url(target)
    return target.url().render_as_string(hide_password=False)


def complete_setup(
    target: Target,
    *,
    municipality: Municipality | None,
    administrator: Administrator | None,
    save: bool = True,
) -> str:
    """Create (when missing) and migrate the database, add the administrator and the municipality,
    and save the connection; returns the saved URL. Nothing is saved when any step fails."""
    from integration_desk.db.pg_roles import init_roles
    from integration_desk.services.database import open_database

    if isinstance(target, SqliteTarget):
        check_sqlite_path(target.path)
    else:
        check_server_fields(target)
    if municipality is not None:
        check_municipality(municipality)
    if administrator is not None:
        check_administrator(administrator)
    if isinstance(target, PostgresTarget) and check_server(target).state == "missing":
        _create_database(target)
    try:
        engine = open_database(_setup_url(target))
    except DatabaseSetupError as error:
        raise SetupRefused(str(error)) from None
    try:
        if isinstance(target, PostgresTarget) and administrator is not None:
            try:
                init_roles(engine)
            except DBAPIError as error:
                raise SetupRefused(
                    tr(
                        C,
                        "The database refused to set up the roles (the set-up login must own the "
                        "database and may create roles): {why}",
                    ).format(why=str(error.orig).splitlines()[0])
                ) from None
        actor = administrator.username.strip().lower() if administrator is not None else "setup"
        ctx = AppContext(engine, actor)
        if administrator is not None:
            users.add_user(
                ctx,
                users.NewUser(actor, administrator.display_name.strip(), "admin", administrator.password),
            )
        if municipality is not None:
            contracts_settings.save_team_settings(
                ctx, TeamSettings(municipality.name.strip(), municipality.address.strip(), municipality.logo)
            )
    except SQLAlchemyError as error:
        # Log the type only: a driver's message may quote parameters.
        log.error("set-up failed: %s", type(error).__name__)
        raise SetupRefused(
            tr(C, "The set-up failed in the database ({kind}); the connection was not saved.").format(
                kind=type(error).__name__
            )
        ) from None
    finally:
        engine.dispose()
    url = stored_url(target)
    if save:
        settings.save_database_url(url)
    return url
