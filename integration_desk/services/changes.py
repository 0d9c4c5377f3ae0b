"""Hearing of other users' writes: LISTEN/NOTIFY on PostgreSQL, a cheap poll on SQLite.

Each write transaction of the program sends ``NOTIFY integration_desk_changes, '<table>'`` on
PostgreSQL (``db.uow``). SQLite has no such channel: ``table_stamps`` reads, per table, the row
count and the newest ``updated_at``, which moves with every insert, update and delete.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select

from integration_desk.db import written
from integration_desk.db.base import Base
from integration_desk.db.uow import CHANGES_CHANNEL

if TYPE_CHECKING:  # psycopg is imported only on PostgreSQL (SQLite start-up does not pay for it)
    import psycopg

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
    import psycopg

    url = engine.url.set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
    return connection


def notified_tables(
    connection: psycopg.Connection,
    timeout_s: float,
    stop_after: int | None = None,
    *,
    ignore_pids: Iterable[int] = (),
) -> Iterator[str]:
    """The table names notified within ``timeout_s`` seconds (or until ``stop_after`` came), but
    not those sent by the backends in ``ignore_pids`` (the program's own connections)."""
    own = frozenset(ignore_pids)
    for notify in connection.notifies(timeout=timeout_s, stop_after=stop_after):
        if notify.pid not in own:
            yield notify.payload


def foreign_tables(engine: Engine, connection: psycopg.Connection, timeout_s: float) -> Iterator[str]:
    """Tables other programs changed: the program's own writes are broadcast when they are made."""
    return notified_tables(connection, timeout_s, ignore_pids=written.own_backend_pids(engine))


class StampWatch:
    """SQLite: which tables changed since the last ``poll``, the program's own commits left out.

    After each of the program's own commits the written tables are stamped again at once; a poll
    compares with those stamps. (Another PC's write within those few milliseconds is heard only
    with its next change.)
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._own: dict[str, Stamp] = {}
        self._stamps = table_stamps(engine, editable_tables())
        self._stop = written.on_commit(self._committed)

    def _committed(self, bind: Engine, tables: frozenset[str]) -> None:
        if not written.same_database(bind, self.engine):
            return
        stamps = table_stamps(self.engine, tables)
        with self._lock:
            self._own.update(stamps)

    def poll(self) -> list[str]:
        stamps = table_stamps(self.engine, editable_tables())
        with self._lock:
            before = {**self._stamps, **self._own}
            self._own.clear()
            self._stamps = stamps
        return changed_tables(before, stamps)

    def stop(self) -> None:
        self._stop()
