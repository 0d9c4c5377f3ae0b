"""Hearing of other users' writes: LISTEN/NOTIFY on PostgreSQL, a cheap poll on SQLite.

Each write transaction of the program sends ``NOTIFY integration_desk_changes, '<table>'`` on
PostgreSQL (``db.uow``). SQLite has no such channel: ``table_stamps`` reads, per table, the row
count and the newest ``updated_at``, which moves with every insert, update and delete.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import psycopg
from sqlalchemy import Engine, func, select

from integration_desk.db.base import Base
from integration_desk.db.uow import CHANGES_CHANNEL

Stamp = tuple[int, str]


def editable_tables() -> list[str]:
    """Every table users edit (they carry ``updated_at``)."""
    return sorted(name for name, table in Base.metadata.tables.items() if "updated_at" in table.c)


def table_stamps(engine: Engine, tables: Iterable[str]) -> dict[str, Stamp]:
    """One short read transaction: (row count, newest updated_at) per table."""
    wanted = set(tables)
    stamps: dict[str, Stamp] = {}
    with engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            if name in wanted and "updated_at" in table.c:
                count, newest = connection.execute(
                    select(func.count(), func.max(table.c.updated_at)).select_from(table)
                ).one()
                stamps[name] = (int(count), str(newest))
    return stamps


def changed_tables(before: dict[str, Stamp], after: dict[str, Stamp]) -> list[str]:
    return sorted(name for name, stamp in after.items() if before.get(name) != stamp)


def listen_connection(engine: Engine) -> psycopg.Connection:
    """A connection of its own (autocommit) that LISTENs on the changes channel."""
    url = engine.url.set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
    return connection


def notified_tables(
    connection: psycopg.Connection, timeout_s: float, stop_after: int | None = None
) -> Iterator[str]:
    """The table names notified within ``timeout_s`` seconds (or until ``stop_after`` came)."""
    for notify in connection.notifies(timeout=timeout_s, stop_after=stop_after):
        yield notify.payload
