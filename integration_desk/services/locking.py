"""Optimistic locking across clicks: a widget saves with the version it showed the user."""

from __future__ import annotations

from integration_desk.db.base import Editable
from integration_desk.db.uow import conflict_error


def check_version(row: Editable, expected_version: int) -> None:
    """Refuse the save when someone else changed the row since the user loaded it.

    Within one transaction SQLAlchemy's version counter guards the same race once more
    (``UPDATE ... WHERE version = n``), so a save that slips between check and write is refused too.
    """
    if row.version != expected_version:
        raise conflict_error()
