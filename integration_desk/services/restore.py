"""Restoring a backup into an empty database, and saying so only once the copy proved sound.

SQLite restores into a temporary file beside the target and moves it into place only when
``PRAGMA integrity_check``, the schema revision and every table's row count agree; PostgreSQL reads
the whole dump first (``pg_restore --file=-``), restores in one transaction, compares the row
counts and drops again whatever a failed restore left. A damaged file is refused in one line and
leaves no target behind; the database the program works on is never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from integration_desk.db import migrate
from integration_desk.db.engine import make_engine, parse_database_url
from integration_desk.i18n import tr
from integration_desk.services import backup_check as check
from integration_desk.services.backup import (
    PG_DUMP_HEADER,
    SQLITE_HEADER,
    BackupError,
    BackupResult,
    difference,
    head,
    libpq_url,
    pg_read_command,
    pg_restore_command,
    reachable,
    remove_database_file,
    run_tool,
    sqlite_path,
    with_journals,
)
from integration_desk.services.backup_check import Contents, Unsound, counts_of, one_line, revision_of


def restore(url_text: str, source: Path) -> BackupResult:
    """Restore ``source`` (a backup made by ``backup``) into the empty database at ``url_text``.

    Nothing is reported restored before the restored copy proved sound; a damaged file is refused
    with one line and leaves no target behind (and the database at ``url_text`` as it was).
    """
    url = parse_database_url(url_text)
    source = Path(source)
    if not source.is_file():
        raise BackupError(tr("backup", "The backup file {file} does not exist.").format(file=source.name))
    header = head(source)
    started = time.perf_counter()
    if url.get_backend_name() == "sqlite":
        if not header.startswith(SQLITE_HEADER):
            raise BackupError(tr("backup", "The file is not a SQLite backup of Integration Desk."))
        contents = _restore_sqlite(url, source)
    else:
        if not header.startswith(PG_DUMP_HEADER):
            raise BackupError(tr("backup", "The file is not a PostgreSQL dump made with pg_dump -Fc."))
        contents = reachable(url, lambda: _restore_postgres(url, source))
    return BackupResult(source, source.stat().st_size, time.perf_counter() - started, contents)


def _sound(source: Path, read: Callable[[], Contents]) -> Contents:
    """What the backup holds, once it proved readable and of a schema this program knows."""
    try:
        contents = read()
    except Unsound as error:
        raise BackupError(
            tr("backup", "The backup {file} is damaged or incomplete ({why}); nothing was restored.").format(
                file=source.name, why=error
            )
        ) from error
    if contents.revision is None:
        raise BackupError(
            tr("backup", "The file {file} is not a backup of Integration Desk; nothing was restored.").format(
                file=source.name
            )
        )
    if contents.revision != migrate.SCHEMA_HEAD and contents.revision not in migrate.known_revisions():
        raise BackupError(
            tr(
                "backup",
                "The backup {file} was made by a newer version of Integration Desk (schema {revision}); "
                "install that version to restore it.",
            ).format(file=source.name, revision=contents.revision)
        )
    return contents


def _not_restored(expected: Contents, restored: Contents) -> BackupError:
    return BackupError(
        tr(
            "backup",
            "The restored copy does not hold the backup's rows ({what}); nothing was restored.",
        ).format(what=difference(expected, restored))
    )


def _restore_sqlite(url: URL, source: Path) -> Contents:
    target = sqlite_path(url)
    _refuse_non_empty(url, target)
    created = _make_folders(target.parent)
    temporary = _temporary_beside(target)
    placed = False
    try:
        try:
            shutil.copyfile(source, temporary)
            contents = _sound(source, lambda: check.sqlite_contents(temporary))
            os.replace(temporary, target)
            placed = True
            restored = _counted(url)
        except OSError as error:
            raise BackupError(
                tr("backup", "The backup could not be restored: {why}").format(why=one_line(str(error)))
            ) from error
        if restored.counts != contents.counts:
            raise _not_restored(contents, restored)
        return contents
    except BaseException:
        for leftover in with_journals(target) if placed else ():
            leftover.unlink(missing_ok=True)
        remove_database_file(temporary)
        for folder in reversed(created):
            with suppress(OSError):
                folder.rmdir()
        raise
    finally:
        remove_database_file(temporary)


def _restore_postgres(url: URL, source: Path) -> Contents:
    _refuse_non_empty(url, None)
    _uri, env = libpq_url(url)
    contents = _sound(source, lambda: check.dump_contents(pg_read_command(source), env))
    functions = _public_functions(url)
    try:
        run_tool(
            pg_restore_command(url, source),
            url,
            tr(
                "backup",
                "The backup {file} could not be restored ({why}); the target database was left empty.",
            ).replace("{file}", source.name),
        )
        restored = _counted(url)
        if restored.counts != contents.counts:
            raise _not_restored(contents, restored)
    except BaseException:
        with suppress(DatabaseError):  # one transaction: normally nothing is left; make sure of it
            _empty_postgres(url, functions)
        raise
    return contents


def _counted(url: URL) -> Contents:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return Contents(revision_of(connection), counts_of(connection))
    finally:
        engine.dispose()


_PUBLIC_FUNCTIONS = (
    "SELECT p.oid::regprocedure::text FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace "
    "WHERE n.nspname = 'public' AND NOT EXISTS "
    "(SELECT 1 FROM pg_depend AS d WHERE d.objid = p.oid AND d.deptype = 'e')"
)


def _public_functions(url: URL) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {str(name) for name in connection.execute(text(_PUBLIC_FUNCTIONS)).scalars()}
    finally:
        engine.dispose()


def _empty_postgres(url: URL, functions_before: set[str]) -> None:
    """Drop what a failed restore left in the target (which had no tables): tables and new functions."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            for name in inspect(connection).get_table_names():
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')
            for signature in connection.execute(text(_PUBLIC_FUNCTIONS)).scalars().all():
                if signature not in functions_before:
                    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    finally:
        engine.dispose()


def _temporary_beside(target: Path) -> Path:
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".restoring")
    os.close(handle)
    return Path(name)


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` (and missing parents); the ones created, outermost first."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def _refuse_non_empty(url: URL, sqlite_file: Path | None) -> None:
    """A restore goes only into a database without tables (SQLite: a missing file is fine and is
    not created by this check)."""
    if sqlite_file is not None and not sqlite_file.exists():
        return
    engine = make_engine(url)
    try:
        tables = inspect(engine).get_table_names()
    except DatabaseError as error:
        if isinstance(error, OperationalError) and sqlite_file is None:
            raise
        name = sqlite_file.name if sqlite_file is not None else str(url.database)
        raise BackupError(
            tr("backup", "The target {file} is not an empty database; choose a new file name.").format(
                file=name
            )
        ) from error
    finally:
        engine.dispose()
    if tables:
        raise BackupError(
            tr(
                "backup",
                "The target database is not empty ({count} tables). A backup is only restored into an "
                "empty database; create a new one and try again.",
            ).format(count=len(tables))
        )
