"""Is a backup sound? What ``backup`` checks in the file it wrote and ``restore`` in a backup before
it reports anything restored: the database's own integrity check (SQLite) or a full read of the
dump (PostgreSQL, through ``pg_restore``), the schema revision, and every table's row count.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, inspect, select, table, text

#: the table Alembic keeps the schema revision in
REVISION_TABLE = "alembic_version"
#: how much of a driver's or tool's complaint a message quotes
WHY_LENGTH = 160


class Unsound(Exception):
    """The file is not a sound backup; ``str()`` says why (a tool's own words, one line)."""


@dataclass(frozen=True)
class Contents:
    """What a backup holds: the schema revision (None: not a database of this program), rows per table."""

    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    @property
    def tables(self) -> int:
        return len(self.counts)


def one_line(text_: str) -> str:
    """A tool's complaint in one line: its first "error:" line (pg_restore goes on to quote the
    SQL it ran), else its last line."""
    lines = [line.strip() for line in text_.strip().splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    line = errors[0] if errors else lines[-1] if lines else ""
    return line if len(line) <= WHY_LENGTH else line[: WHY_LENGTH - 1] + "…"


def counts_of(connection: Connection) -> dict[str, int]:
    """Rows per table of the connection's default schema (one statement per table)."""
    names = sorted(inspect(connection).get_table_names())
    return {
        name: int(connection.execute(select(func.count()).select_from(table(name))).scalar_one())
        for name in names
    }


def revision_of(connection: Connection) -> str | None:
    if not inspect(connection).has_table(REVISION_TABLE):
        return None
    value = connection.execute(text(f"SELECT version_num FROM {REVISION_TABLE}")).scalar()
    return str(value) if value is not None else None


# --- SQLite ----------------------------------------------------------------------------------


def sqlite_snapshot(connection: sqlite3.Connection) -> Contents:
    """Revision and row counts, read in the connection's current transaction."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name"
        )
    ]
    counts = {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}
    revision = None
    if REVISION_TABLE in counts:
        row = connection.execute(f"SELECT version_num FROM {REVISION_TABLE}").fetchone()
        revision = str(row[0]) if row else None
    return Contents(revision, counts)


def sqlite_contents(path: Path) -> Contents:
    """``PRAGMA integrity_check`` must answer ok; then what the file holds. Raises ``Unsound``."""
    try:
        with closing(sqlite3.connect(str(path), isolation_level=None)) as connection:
            verdict = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                raise Unsound(one_line(verdict[0] if verdict else "integrity_check"))
            connection.execute("BEGIN")
            try:
                return sqlite_snapshot(connection)
            finally:
                connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise Unsound(one_line(str(error))) from error


# --- PostgreSQL ------------------------------------------------------------------------------


def _table_of(copy_line: str) -> str | None:
    """``COPY public.persons (id, …) FROM stdin;`` → ``persons``; another schema → None."""
    name = copy_line.removeprefix("COPY ").split(" (", 1)[0].split(" ", 1)[0]
    schema, _dot, bare = name.rpartition(".")
    return bare.strip('"') if schema.strip('"') in ("", "public") else None


def dump_contents(command: list[str], env: dict[str, str]) -> Contents:
    """Read a whole ``pg_dump -Fc`` file as SQL (``command`` is ``pg_restore --file=- FILE``): every
    compressed block is unpacked, so a truncated or overwritten file fails; the COPY blocks give
    the rows per table of the schema ``public``. Raises ``Unsound``."""
    counts: dict[str, int] = {}
    revision: str | None = None
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        assert process.stdout is not None
        current: str | None = None
        copying = False
        for line in process.stdout:
            if not copying:
                if line.startswith("COPY ") and line.rstrip().endswith("FROM stdin;"):
                    copying, current = True, _table_of(line)
                    if current is not None:
                        counts.setdefault(current, 0)
            elif line.startswith("\\."):
                copying, current = False, None
            elif current is not None:
                counts[current] += 1
                if current == REVISION_TABLE:
                    revision = line.split("\t", 1)[0].strip()
        code = process.wait()
        errors.seek(0)
        complaint = errors.read().decode("utf-8", "replace")
    if code != 0:
        raise Unsound(one_line(complaint) or f"pg_restore exit {code}")
    return Contents(revision, counts)
