"""Who else has a record open in an editor: "Redigeres også af Hanne Holm siden 10:14".

An editor calls ``open_edit`` when it shows a record, ``heartbeat`` while it stays open (which
also answers who else is there) and ``close_edit`` when it closes. A row whose heartbeat is older
than ``STALE_AFTER`` belongs to a program that died or lost its connection; it is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from integration_desk.db.base import utcnow
from integration_desk.db.models import EditPresence
from integration_desk.services.context import AppContext

STALE_AFTER = timedelta(minutes=2)
HEARTBEAT_S = 30


@dataclass(frozen=True)
class Editor:
    username: str
    display_name: str
    since: datetime


def _as_utc(value: datetime) -> datetime:
    # SQLite gives naive datetimes back; the program stores UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def open_edit(ctx: AppContext, entity: str, entity_id: int) -> list[Editor]:
    """Note that this user edits the record; returns who else edits it."""
    now = utcnow()
    with ctx.uow() as uow:
        row = uow.session.scalar(
            select(EditPresence).where(
                EditPresence.entity == entity,
                EditPresence.entity_id == entity_id,
                EditPresence.username == ctx.username,
            )
        )
        if row is None:
            row = EditPresence(entity=entity, entity_id=entity_id, username=ctx.username, since=now)
            uow.session.add(row)
        elif _as_utc(row.heartbeat) < now - STALE_AFTER:
            row.since = now
        row.display_name = ctx.user.display_name or ctx.username
        row.heartbeat = now
        uow.commit()
    return others_editing(ctx, entity, entity_id)


def heartbeat(ctx: AppContext, entity: str, entity_id: int) -> list[Editor]:
    return open_edit(ctx, entity, entity_id)


def close_edit(ctx: AppContext, entity: str, entity_id: int) -> None:
    with ctx.uow() as uow:
        uow.session.execute(
            delete(EditPresence).where(
                EditPresence.entity == entity,
                EditPresence.entity_id == entity_id,
                EditPresence.username == ctx.username,
            )
        )
        uow.commit()


def others_editing(ctx: AppContext, entity: str, entity_id: int, now: datetime | None = None) -> list[Editor]:
    """The other users with the record open now (fresh heartbeat), longest first."""
    cutoff = (now or utcnow()) - STALE_AFTER
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.scalars(
            select(EditPresence)
            .where(
                EditPresence.entity == entity,
                EditPresence.entity_id == entity_id,
                EditPresence.username != ctx.username,
            )
            .order_by(EditPresence.since)
        )
        return [
            Editor(r.username, r.display_name, _as_utc(r.since))
            for r in rows
            if _as_utc(r.heartbeat) >= cutoff
        ]
