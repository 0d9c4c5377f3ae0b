"""Optimistic locking across clicks: a widget saves with the version it showed the user."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.base import Editable
from integration_desk.db.models import User
from integration_desk.db.uow import conflict_error


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
