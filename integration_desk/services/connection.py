"""Is the database there? A cheap ``SELECT 1`` with a short connect timeout, and safe retries.

Used by the window's background check while the connection is lost. A retry is automatic only when
it is safe: a read (``idempotent``), or a write whose connection failed before anything was sent.
Any other write is left to the user's own save (optimistic locking refuses a duplicate).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from integration_desk.db.errors import DatabaseUnavailable

T = TypeVar("T")
PING_CONNECT_TIMEOUT_S = 2
_ping_engines: dict[str, Engine] = {}


def _ping_engine(engine: Engine) -> Engine:
    key = engine.url.render_as_string(hide_password=False)
    ping = _ping_engines.get(key)
    if ping is None:
        if engine.dialect.name == "postgresql":
            args: dict[str, object] = {"connect_timeout": PING_CONNECT_TIMEOUT_S}
            ping = create_engine(engine.url, poolclass=NullPool, connect_args=args)
        else:
            ping = engine
        _ping_engines[key] = ping
    return ping


def ping(engine: Engine) -> bool:
    """True when the database answers ``SELECT 1`` (at most a couple of seconds when it is away)."""
    try:
        with _ping_engine(engine).connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError:
        return False
    return True


def retry_when_safe(action: Callable[[], T], *, idempotent: bool = False, attempts: int = 2) -> T:
    """Run ``action``; run it again after a lost connection only when that cannot write twice."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except DatabaseUnavailable as error:
            if attempt == attempts or not (idempotent or error.nothing_sent):
                raise
    raise AssertionError("unreachable")
