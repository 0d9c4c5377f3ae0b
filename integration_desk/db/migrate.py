"""Schema migrations (Alembic, shipped inside the package) run by the program itself.

Start-up takes a fast path: when the database already stands at ``SCHEMA_HEAD`` Alembic is not
even imported. A test keeps ``SCHEMA_HEAD`` equal to the newest migration file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from integration_desk.db.engine import describe
from integration_desk.db.errors import DatabaseMissing, DatabaseUnreachable, SchemaTooNew
from integration_desk.i18n import tr

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0006"
# The server's words when the named database is not there (psycopg gives no SQLSTATE for a refused
# connection, only libpq's text; a server with Danish lc_messages gives the general message).
_NO_SUCH_DATABASE = re.compile(r'FATAL:\s+database "(?P<name>[^"]+)" does not exist')


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def unreachable(engine: Engine, error: BaseException | None = None) -> DatabaseUnreachable:
    """The one line for a database that does not answer; ``error`` (the driver's) may tell more."""
    found = _NO_SUCH_DATABASE.search(str(error)) if error is not None else None
    if found is not None and engine.url.get_backend_name() == "postgresql":
        return DatabaseMissing(
            tr(
                "db",
                "The database \u201c{name}\u201d does not exist on the server {server}. "
                "Check the database name in the address; nothing was created.",
            ).format(name=found["name"], server=f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}")
        )
    return DatabaseUnreachable(
        tr(
            "db", "Cannot reach the database ({where}). Check the address and that the server is running."
        ).format(where=describe(engine.url))
    )


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as error:
        raise unreachable(engine, error) from error
    except DatabaseError as error:  # e.g. SQLite: "file is not a database"
        raise DatabaseUnreachable(
            tr("db", "This is not a database Integration Desk can open ({where}).").format(
                where=describe(engine.url)
            )
        ) from error


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; refuse a database written by a newer program."""
    revision = current_revision(engine)
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise SchemaTooNew(
            tr(
                "db",
                "The database was made by a newer version of Integration Desk (schema {revision}). "
                "Install the newer version; this one will not change it.",
            ).format(revision=revision)
        )
    return revision


def upgrade(engine: Engine) -> bool:
    """Bring the schema up to this program's head; True when anything was migrated."""
    if check_not_newer(engine) == SCHEMA_HEAD:
        return False
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as error:
        raise unreachable(engine, error) from error
    return True
