"""The audit trail: every read of a person's file and every change, in the same transaction.

Values of special-category fields (CPR, health notes) are masked: the log says *that* they
changed, never what they were.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, inspect, select

from integration_desk.db.models import AuditAction, AuditEvent
from integration_desk.db.uow import UnitOfWork

MASKED_FIELDS = frozenset({"cpr", "notes_health", "password_hash"})
MASKED_ENTITY_FIELDS = frozenset({("health_records", "notes")})
MASK = "***"
_SKIPPED = frozenset({"version", "created_at", "created_by", "updated_at", "updated_by"})


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _masked(entity: str, field: str, value: Any) -> Any:
    if value is None:
        return None
    if field in MASKED_FIELDS or (entity, field) in MASKED_ENTITY_FIELDS:
        return MASK
    return _plain(value)


_CPR_LIKE = re.compile(r"\d[\d\s-]{4,}\d")


def masked_text(text: str) -> str:
    """Free text (a search, a filter) with every run of six or more digits masked: a CPR number,
    whole or in part, never reaches the log in clear."""
    return _CPR_LIKE.sub(lambda m: MASK if sum(c.isdigit() for c in m.group()) >= 6 else m.group(), text)


def changes_of(obj: Any) -> dict[str, list[Any]]:
    """{field: [old, new]} for the pending changes of an ORM object (before flush)."""
    state = inspect(obj)
    entity = obj.__tablename__
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if state.pending or old != new:
            result[key] = [_masked(entity, key, old), _masked(entity, key, new)]
    return result


def record(
    uow: UnitOfWork,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    *,
    person_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Write one audit row in the unit of work's transaction.

    PostgreSQL: through ``integration_desk_audit`` (migration 0007), which names the database
    login itself (only the owner's connection may name the program's user) and tells the
    database's triggers that this row change is logged. SQLite: the row itself (the program is the
    only writer there; access to the file is the boundary)."""
    text = json.dumps(changes or {}, ensure_ascii=False, sort_keys=True)
    session = uow.session
    if session.get_bind().dialect.name == "postgresql":
        call = func.integration_desk_audit(action.value, entity, entity_id, person_id, text, uow.username)
        session.execute(select(call))
        return
    session.add(
        AuditEvent(
            username=uow.username,
            action=action.value,
            entity=entity,
            entity_id=entity_id,
            person_id=person_id,
            changes=text,
        )
    )
