"""Optimistic locking across clicks: a widget saves with the version it showed the user."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from integration_desk.db.base import Editable
from integration_desk.db.models import User
from integration_desk.db.uow import conflict_error
from integration_desk.domain.errors import ConcurrentWrite

T = TypeVar("T")
#: a save that keeps losing races this often gives up with the plain conflict message
RACE_ATTEMPTS = 3
#: what ``one_at_a_time`` serialises (the first key of a PostgreSQL advisory lock)
HOUSEHOLD_PLACEMENT = 1801


def check_version(row: Editable, expected_version: int) -> None:
    """Refuse the save when someone else changed the row since the user loaded it.

    Within one transaction SQLAlchemy's version counter guards the same race once more
    (``UPDATE ... WHERE version = n``), so a save that slips between check and write is refused too.
    """
    if row.version != expected_version:
        raise conflict_error()


def editor_name(session: Session, username: str) -> str:
    """Who saved a row last, as the conflict dialog names them."""
    user = session.scalar(select(User).where(User.username == username))
    return user.display_name if user is not None else username


def merging_races(save: Callable[[], T]) -> T:
    """Run a save that merges a stale edit (one given the ``base`` the user loaded).

    A save whose write lost a race (someone's save was committed between its version check and its
    UPDATE) is refused by the unit of work as ``ConcurrentWrite``; it ran in a transaction that is
    rolled back, so it is run again: its version check now sees the other save and raises the merge
    conflict, exactly as for a slower stale save.
    """
    for _attempt in range(RACE_ATTEMPTS - 1):
        try:
            return save()
        except ConcurrentWrite:
            continue
    return save()


def one_at_a_time(session: Session, topic: int, key: int) -> None:
    """Until this action's transaction ends, no other action on ``(topic, key)`` gets past here.

    For a rule no key can state (a household's stays together hold at most its persons): the check
    and the write of two users cannot interleave. PostgreSQL: a transaction-level advisory lock
    (needs no privilege on any table, so the housing role may take it). SQLite: nothing to do, a
    writing transaction holds the database's write lock from its start (``db.engine``).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:topic, :key)"), {"topic": topic, "key": key})
