"""Opening the database: connect, migrate, and put the shipped defaults in place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from integration_desk.db import migrate
from integration_desk.db.engine import make_engine, parse_database_url
from integration_desk.db.errors import BadDatabaseUrl
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import ConcurrentWrite
from integration_desk.i18n import tr
from integration_desk.services.network_drive import network_drive_reason
from integration_desk.services.rules import ensure_default_rule_sets


def open_database(url: str, *, upgrade: bool = True) -> Engine:
    """An engine on an up-to-date schema; raises ``DatabaseSetupError`` with one clear line."""
    engine = make_engine(url)
    if upgrade:
        migrate.upgrade(engine)
        try:
            with UnitOfWork(engine, "system") as uow:
                if ensure_default_rule_sets(uow.session):
                    uow.commit()
        except ConcurrentWrite:
            pass  # another PC starting at the same moment put the same defaults in place
        except OperationalError as error:
            raise migrate.unreachable(engine, error) from error
    else:
        migrate.check_not_newer(engine)
    return engine


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    assert url.database is not None
    return Path(url.database).expanduser()


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when no such file exists (opening it would create it), else None.

    Only ``seed-demo``, ``db upgrade``, ``restore``, the set-up wizard and a user's explicit yes may
    create a database; everything else refuses a missing file (see ``cli.main``). A database missing
    on a PostgreSQL server is reported when connecting (``migrate.unreachable``).
    Raises ``BadDatabaseUrl`` for a malformed URL.
    """
    file = sqlite_file(parse_database_url(url))
    return file if file is not None and not file.exists() else None


def upgrade_pending(url: str) -> str | None:
    """The older schema revision of an existing SQLite database the next start will migrate, else None.

    (A new file, a database already at this program's schema, and PostgreSQL — backed up by IT with
    ``pg_dump`` — give None.) Raises ``DatabaseSetupError`` as ``open_database`` would.
    """
    parsed = parse_database_url(url)
    file = sqlite_file(parsed)
    if file is None or not file.is_file():
        return None
    engine = make_engine(parsed)
    try:
        revision = migrate.check_not_newer(engine)
    finally:
        engine.dispose()
    return revision if revision is not None and revision != migrate.SCHEMA_HEAD else None


def check_database_url(url: str) -> None:
    """Refuse a malformed URL and a SQLite file on a network drive; raise ``DatabaseSetupError``."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and is_network_path(parsed.database):
        raise BadDatabaseUrl(
            tr(
                "db",
                "A SQLite file on a network drive is unsafe when several PCs write to it. "
                "Use PostgreSQL for a shared team database.",
            )
        )


def is_network_path(path: str) -> bool:
    """A UNC path, a mapped network drive (Windows) or an NFS/SMB mount (Linux)."""
    return network_drive_reason(path) is not None
