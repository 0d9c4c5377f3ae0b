"""Which tables the program's own committed transactions wrote, and which database sessions are
its own.

The program broadcasts its own writes at once, naming the view that made them (``ui.ops``); the
change watcher must not report them a second time as another user's change. On PostgreSQL the
watcher ignores notifications sent by the program's own backend processes (``own_backend_pids``);
on SQLite it re-reads the stamps of the tables each own commit wrote (``on_commit``), right after
that commit — a foreign write in those few milliseconds is only heard with the next change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

WRITTEN_KEY = "written_tables"
CommitHook = Callable[[Engine, frozenset[str]], None]

_hooks: list[CommitHook] = []
_lock = threading.Lock()
_backend_pids: dict[int, set[int]] = {}  # id(pool) -> backend pids of its connections


def on_commit(hook: CommitHook) -> Callable[[], None]:
    """Call ``hook(engine, tables)`` after each committed write; returns the function that stops it."""
    with _lock:
        _hooks.append(hook)

    def stop() -> None:
        with _lock:
            if hook in _hooks:
                _hooks.remove(hook)

    return stop


def same_database(a: Engine, b: Engine) -> bool:
    """Two engines (or an engine and its option-wrapped copy) share one connection pool."""
    return a.pool is b.pool


def track_backend_pids(engine: Engine) -> None:
    """Remember the PostgreSQL backend pid of every connection ``engine`` opens."""
    pids = _backend_pids.setdefault(id(engine.pool), set())

    def connected(dbapi_connection: Any, _record: Any) -> None:
        pids.add(int(dbapi_connection.info.backend_pid))  # psycopg knows it; no query, no transaction

    event.listen(engine.pool, "connect", connected)


def own_backend_pids(engine: Engine) -> frozenset[int]:
    return frozenset(_backend_pids.get(id(engine.pool), ()))


def _pool_of(session: Session) -> Pool | None:
    bind = session.get_bind()
    return getattr(bind, "pool", None)


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    tables = session.info.setdefault(WRITTEN_KEY, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = getattr(obj, "__tablename__", None)
        if name:
            tables.add(name)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    tables = frozenset(session.info.pop(WRITTEN_KEY, ()))
    if not tables:
        return
    bind = session.get_bind()
    with _lock:
        hooks = list(_hooks)
    for hook in hooks:
        hook(bind, tables)  # type: ignore[arg-type]


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session: Session, _previous_transaction: Any) -> None:
    session.info.pop(WRITTEN_KEY, None)
