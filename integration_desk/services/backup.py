"""Backup and restore of the whole database.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot while
the program may be writing. PostgreSQL: ``pg_dump -Fc`` (custom format) and ``pg_restore``, run as
programs from PATH; the password, if any, goes through ``PGPASSWORD``, never the command line.
A restore only goes into an empty database (no tables at all): it never merges into live data.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, table
from sqlalchemy.engine import URL

from integration_desk.db.engine import make_engine, parse_database_url
from integration_desk.domain.errors import DomainError
from integration_desk.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"


class BackupError(DomainError):
    """A backup or restore was refused or failed; the message is for the user."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    seconds: float


def libpq_url(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def pg_dump_command(url: URL, target: Path) -> list[str]:
    """``pg_dump --format=custom --no-owner --file=TARGET --dbname=URI`` (documented in README)."""
    uri, _env = libpq_url(url)
    return [_program("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", f"--dbname={uri}"]


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


def backup(url_text: str, target: Path) -> BackupResult:
    """Write a backup of the database at ``url_text`` to the new file ``target``."""
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
            source_path = _sqlite_path(url)
            if not source_path.exists():
                raise BackupError(tr("backup", "There is no database file to back up."))
            with _sqlite_connect(source_path) as source, _sqlite_connect(partial) as copy:
                source.backup(copy)
        else:
            _run(pg_dump_command(url, partial), url, tr("backup", "pg_dump failed: {why}"))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(target, target.stat().st_size, time.perf_counter() - started)


def backup_before_upgrade(url_text: str, revision: str) -> BackupResult:
    """Back up a SQLite database beside itself before its schema is migrated from ``revision``."""
    path = _sqlite_path(parse_database_url(url_text))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return backup(
        url_text, path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix or '.sqlite3'}")
    )


def restore(url_text: str, source: Path) -> BackupResult:
    """Restore ``source`` (a backup made by ``backup``) into the empty database at ``url_text``."""
    url = parse_database_url(url_text)
    source = Path(source)
    if not source.is_file():
        raise BackupError(tr("backup", "The backup file {file} does not exist.").format(file=source.name))
    header = _head(source)
    started = time.perf_counter()
    if url.get_backend_name() == "sqlite":
        if not header.startswith(SQLITE_HEADER):
            raise BackupError(tr("backup", "The file is not a SQLite backup of Integration Desk."))
        target_path = _sqlite_path(url)
        _refuse_non_empty(url)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        with _sqlite_connect(source) as backup_db, _sqlite_connect(target_path) as target_db:
            backup_db.backup(target_db)
    else:
        if not header.startswith(PG_DUMP_HEADER):
            raise BackupError(tr("backup", "The file is not a PostgreSQL dump made with pg_dump -Fc."))
        _refuse_non_empty(url)
        _run(pg_restore_command(url, source), url, tr("backup", "pg_restore failed: {why}"))
    return BackupResult(source, source.stat().st_size, time.perf_counter() - started)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


class _sqlite_connect:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(str(path))

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *_exc: object) -> None:
        self.connection.close()


def _refuse_non_empty(url: URL) -> None:
    engine = make_engine(url)
    try:
        tables = inspect(engine).get_table_names()
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
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        why = (result.stderr.strip().splitlines() or [f"exit {result.returncode}"])[-1]
        raise BackupError(message.format(why=why))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table: the check that a restored copy holds what the original held."""
    names = sorted(inspect(engine).get_table_names())
    with engine.connect() as connection:
        return {
            name: int(connection.execute(select(func.count()).select_from(table(name))).scalar_one())
            for name in names
        }
