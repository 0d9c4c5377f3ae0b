"""Backup of the whole database, checked before it says it is done (restoring: ``services.restore``).

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot while
the program may be writing. PostgreSQL: ``pg_dump -Fc`` (custom format) and ``pg_restore``, run as
programs from PATH; the password, if any, goes through ``PGPASSWORD``, never the command line.
A restore only goes into an empty database (no tables at all): it never merges into live data.

Backup and restore both check what they made (``services.backup_check``): the integrity of the
file or dump, the schema revision, and every table's row count. A backup that fails its check is
deleted. The helpers both share (the PostgreSQL programs, the file checks) live here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

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
    command = [program("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", f"--dbname={uri}"]
    return command + ([f"--snapshot={snapshot}"] if snapshot else [])


def pg_restore_command(url: URL, source: Path) -> list[str]:
    uri, _env = libpq_url(url)
    return [
        program("pg_restore"),
        "--no-owner",
        "--no-privileges",  # the target server's roles may differ: `db init-roles` grants afresh
        "--exit-on-error",
        "--single-transaction",
        f"--dbname={uri}",
        str(source),
    ]


def program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            tr("backup", "The PostgreSQL program {name} is not installed or not on PATH.").format(name=name)
        )
    return found


def sqlite_path(url: URL) -> Path:
    if url.database in (None, "", ":memory:"):
        raise BackupError(tr("backup", "An in-memory database cannot be backed up or restored."))
    assert url.database is not None
    return Path(url.database).expanduser()


def reachable(url: URL, action: Callable[[], T]) -> T:
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
            expected = reachable(url, lambda: _pg_backup(url, partial))
            written = _written(lambda: check.dump_contents(pg_read_command(partial), libpq_url(url)[1]))
        if written != expected:
            raise BackupError(
                tr(
                    "backup",
                    "The backup just written does not hold every row of the database ({what}); it was "
                    "deleted. Try again.",
                ).format(what=difference(expected, written))
            )
        partial.replace(target)
    except OSError as error:
        raise BackupError(
            tr("backup", "The backup could not be written: {why}").format(why=one_line(str(error)))
        ) from error
    finally:
        remove_database_file(partial)
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
    source_path = sqlite_path(url)
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
                run_tool(pg_dump_command(url, partial, snapshot), url, tr("backup", "pg_dump failed: {why}"))
    finally:
        engine.dispose()
    return expected


def pg_read_command(source: Path) -> list[str]:
    return [program("pg_restore"), "--file=-", str(source)]


def backup_before_upgrade(url_text: str, revision: str) -> BackupResult:
    """Back up a SQLite database beside itself before its schema is migrated from ``revision``."""
    path = sqlite_path(parse_database_url(url_text))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return backup(
        url_text, path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix or '.sqlite3'}")
    )


def remove_database_file(database_file: Path) -> None:
    for leftover in with_journals(database_file):
        leftover.unlink(missing_ok=True)


def difference(expected: Contents, found: Contents) -> str:
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


def head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def with_journals(path: Path) -> tuple[Path, ...]:
    return (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    )


def run_tool(command: list[str], url: URL, message: str) -> None:
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
