"""The audit trail: every read of a person's file and every change, in the same transaction.

Every row says what was and what became: an update ``{field: [old, new]}`` (``changes_of``), a
create the values it made (``created``), a list of child rows both lists (``rows_change``).
Values of special-category fields (CPR, health notes) are masked: the log says *that* they
changed, never what they were.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
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


def _values(obj: Any, without: Iterable[str] = ()) -> dict[str, Any]:
    """The row's column values as JSON holds them (unmasked), without the id, the row version and
    the stamps; None and empty text are left out (nothing to say)."""
    skip = _SKIPPED | {"id", *without}
    state = inspect(obj)
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skip or attr.key not in state.dict:
            continue  # a column not loaded (deferred, or hidden from the role) is not read for the log
        value = state.dict[attr.key]
        if value is not None and value != "":
            result[attr.key] = _plain(value)
    return result


def snapshot(obj: Any, without: Iterable[str] = ()) -> dict[str, Any]:
    """What a row holds, masked: the values a create made (before or after its flush)."""
    entity = obj.__tablename__
    return {key: _masked(entity, key, value) for key, value in _values(obj, without).items()}


def created(obj: Any, without: Iterable[str] = ()) -> dict[str, list[Any]]:
    """``{field: [None, value]}`` for every value of a new row (masked): the changes of a create."""
    return {key: [None, value] for key, value in snapshot(obj, without).items()}


def rows_change(old: Sequence[Any], new: Sequence[Any], without: Iterable[str] = ()) -> list[Any] | None:
    """``[old rows, new rows]`` (each a list of snapshots) for a replaced list of child rows, such as
    a contract's activities; None when both hold the same rows, whatever their order.

    ``without`` names the columns that tie the rows to their parent (not yet set on new rows)."""
    skip = tuple(without)

    def key(obj: Any) -> str:
        return json.dumps(_values(obj, skip), sort_keys=True, ensure_ascii=False)

    if sorted(map(key, old)) == sorted(map(key, new)):
        return None
    return [[snapshot(obj, skip) for obj in old], [snapshot(obj, skip) for obj in new]]


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
