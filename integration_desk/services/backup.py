"""Backup and restore of the whole database, each checked before it says it is done.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot while
the program may be writing. PostgreSQL: ``pg_dump -Fc`` (custom format) and ``pg_restore``, run as
programs from PATH; the password, if any, goes through ``PGPASSWORD``, never the command line.
A restore only goes into an empty database (no tables at all): it never merges into live data.

Both check what they made (``services.backup_check``): the integrity of the file or dump, the
schema revision, and every table's row count. A backup that fails its check is deleted; a restore
of a damaged file leaves nothing behind: SQLite restores into a temporary file beside the target
and moves it into place only when sound; PostgreSQL reads the whole dump first and restores in one
transaction, and a target that does not hold the backup's rows is emptied again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from integration_desk.db import migrate
from integration_desk.db.engine import make_engine, parse_database_url
from integration_desk.domain.errors import DomainError
from integration_desk.i18n import tr
from integration_desk.services import backup_check as check
from integration_desk.services.backup_check import Contents, Unsound, counts_of, one_line, revision_of

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
T = TypeVar("T")


class BackupError(DomainError):
    """A backup or restore was refused or failed; the message is for the user."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    seconds: float
    contents: Contents = field(default_factory=lambda: Contents(None))


def libpq_url(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def pg_dump_command(url: URL, target: Path, snapshot: str | None = None) -> list[str]:
    """``pg_dump --format=custom --no-owner --file=TARGET --dbname=URI`` (documented in README);
    the program adds ``--snapshot`` so that it can count the rows the dump must hold."""
    uri, _env = libpq_url(url)
    command = [_program("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", f"--dbname={uri}"]
    return command + ([f"--snapshot={snapshot}"] if snapshot else [])


def pg_restore_command(url: URL, source: Path) -> list[str]:
    uri, _env = libpq_url(url)
    return [
        _program("pg_restore"),
        "--no-owner",
        "--no-privileges",  # the target server's roles may differ: `db init-roles` grants afresh
        "--exit-on-error",
        "--single-transaction",
        f"--dbname={uri}",
        str(source),
    ]


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            tr("backup", "The PostgreSQL program {name} is not installed or not on PATH.").format(name=name)
        )
    return found


def _sqlite_path(url: URL) -> Path:
    if url.database in (None, "", ":memory:"):
        raise BackupError(tr("backup", "An in-memory database cannot be backed up or restored."))
    assert url.database is not None
    return Path(url.database).expanduser()


def _reachable(url: URL, action: Callable[[], T]) -> T:
    """``action`` on the database at ``url``; a server that cannot be reached says so in one line."""
    try:
        return action()
    except OperationalError as error:
        engine = make_engine(url)
        try:
            raise migrate.unreachable(engine) from error
        finally:
            engine.dispose()


# --- backup ----------------------------------------------------------------------------------


def backup(url_text: str, target: Path) -> BackupResult:
    """Write a backup of the database at ``url_text`` to the new file ``target``, and check it."""
    url = parse_database_url(url_text)
    target = Path(target)
    if target.exists():
        raise BackupError(
            tr("backup", "The file {file} already exists; choose a new file name.").format(file=target.name)
        )
    started = time.perf_counter()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if url.get_backend_name() == "sqlite":
            expected = _sqlite_backup(url, partial)
            written = _written(lambda: check.sqlite_contents(partial))
        else:
            expected = _reachable(url, lambda: _pg_backup(url, partial))
            written = _written(lambda: check.dump_contents(_pg_read_command(partial), libpq_url(url)[1]))
        if written != expected:
            raise BackupError(
                tr(
                    "backup",
                    "The backup just written does not hold every row of the database ({what}); it was "
                    "deleted. Try again.",
                ).format(what=_difference(expected, written))
            )
        partial.replace(target)
    except OSError as error:
        raise BackupError(
            tr("backup", "The backup could not be written: {why}").format(why=one_line(str(error)))
        ) from error
    finally:
        _remove(partial)
    return BackupResult(target, target.stat().st_size, time.perf_counter() - started, written)


def _written(read: Callable[[], Contents]) -> Contents:
    try:
        return read()
    except Unsound as error:
        raise BackupError(
            tr(
                "backup", "The backup just written failed its check ({why}); it was deleted. Try again."
            ).format(why=error)
        ) from error


def _sqlite_backup(url: URL, partial: Path) -> Contents:
    """Copy the database to ``partial`` and count its rows, both in one read snapshot."""
    source_path = _sqlite_path(url)
    if not source_path.exists():
        raise BackupError(tr("backup", "There is no database file to back up."))
    try:
        with (
            closing(sqlite3.connect(str(source_path), isolation_level=None)) as source,
            closing(sqlite3.connect(str(partial), isolation_level=None)) as copy,
        ):
            source.execute("BEGIN")  # the snapshot the counts and the copy both read
            try:
                expected = check.sqlite_snapshot(source)
                source.backup(copy)
            finally:
                source.execute("ROLLBACK")
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except sqlite3.Error as error:
        raise BackupError(
            tr("backup", "The backup could not be written: {why}").format(why=one_line(str(error)))
        ) from error
    return expected


def _pg_backup(url: URL, partial: Path) -> Contents:
    """``pg_dump`` of an exported snapshot, whose rows are counted in the same snapshot."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                snapshot = str(connection.execute(text("SELECT pg_export_snapshot()")).scalar_one())
                expected = Contents(revision_of(connection), counts_of(connection))
                _run(pg_dump_command(url, partial, snapshot), url, tr("backup", "pg_dump failed: {why}"))
    finally:
        engine.dispose()
    return expected


def _pg_read_command(source: Path) -> list[str]:
    return [_program("pg_restore"), "--file=-", str(source)]


def backup_before_upgrade(url_text: str, revision: str) -> BackupResult:
    """Back up a SQLite database beside itself before its schema is migrated from ``revision``."""
    path = _sqlite_path(parse_database_url(url_text))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return backup(
        url_text, path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix or '.sqlite3'}")
    )


# --- restore ---------------------------------------------------------------------------------


def restore(url_text: str, source: Path) -> BackupResult:
    """Restore ``source`` (a backup made by ``backup``) into the empty database at ``url_text``.

    Nothing is reported restored before the restored copy proved sound; a damaged file is refused
    with one line and leaves no target behind (and the database at ``url_text`` as it was).
    """
    url = parse_database_url(url_text)
    source = Path(source)
    if not source.is_file():
        raise BackupError(tr("backup", "The backup file {file} does not exist.").format(file=source.name))
    header = _head(source)
    started = time.perf_counter()
    if url.get_backend_name() == "sqlite":
        if not header.startswith(SQLITE_HEADER):
            raise BackupError(tr("backup", "The file is not a SQLite backup of Integration Desk."))
        contents = _restore_sqlite(url, source)
    else:
        if not header.startswith(PG_DUMP_HEADER):
            raise BackupError(tr("backup", "The file is not a PostgreSQL dump made with pg_dump -Fc."))
        contents = _reachable(url, lambda: _restore_postgres(url, source))
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
        ).format(what=_difference(expected, restored))
    )


def _restore_sqlite(url: URL, source: Path) -> Contents:
    target = _sqlite_path(url)
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
        for leftover in _with_journals(target) if placed else ():
            leftover.unlink(missing_ok=True)
        _remove(temporary)
        for folder in reversed(created):
            with suppress(OSError):
                folder.rmdir()
        raise
    finally:
        _remove(temporary)


def _remove(database_file: Path) -> None:
    for leftover in _with_journals(database_file):
        leftover.unlink(missing_ok=True)


def _restore_postgres(url: URL, source: Path) -> Contents:
    _refuse_non_empty(url, None)
    _uri, env = libpq_url(url)
    contents = _sound(source, lambda: check.dump_contents(_pg_read_command(source), env))
    functions = _public_functions(url)
    try:
        _run(
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


def _difference(expected: Contents, found: Contents) -> str:
    if expected.revision != found.revision:
        return tr("backup", "schema {expected}, found {found}").format(
            expected=expected.revision, found=found.revision
        )
    for name in sorted(set(expected.counts) | set(found.counts)):
        want, have = expected.counts.get(name), found.counts.get(name)
        if want != have:
            return tr("backup", "{table}: {expected} rows, found {found}").format(
                table=name,
                expected=want if want is not None else "–",
                found=have if have is not None else "–",
            )
    return ""


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def _with_journals(path: Path) -> tuple[Path, ...]:
    return (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    )


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


def _run(command: list[str], url: URL, message: str) -> None:
    _uri, env = libpq_url(url)
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
    if result.returncode != 0:
        why = one_line(result.stderr) or f"exit {result.returncode}"
        raise BackupError(message.format(why=why))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table: the check that a restored copy holds what the original held."""
    with engine.connect() as connection:
        return counts_of(connection)
