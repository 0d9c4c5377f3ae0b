"""Reading the audit trail: the team lead's viewer and a person's log extract (an access request).

Both are uses of personal data themselves, so each writes its own audit row: viewing the log is a
``view`` of ``audit_events`` with the filter as criteria, the extract an ``export`` about the person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    AuditAction,
    AuditEvent,
    Contract,
    ContractActivity,
    Person,
)
from integration_desk.documents.audit_pdf import LogEntry, PersonLog, render_person_log
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.i18n import tr, translate_noop
from integration_desk.services import audit
from integration_desk.services.access import Permission, require
from integration_desk.services.context import AppContext

C = "audit"
LOG_ENTITY = "audit_events"
DEFAULT_LIMIT = 500
MAX_LIMIT = 5000

_ACTION_LABELS = {
    AuditAction.VIEW: translate_noop(C, "Viewed"),
    AuditAction.SEARCH: translate_noop(C, "Searched"),
    AuditAction.CREATE: translate_noop(C, "Created"),
    AuditAction.UPDATE: translate_noop(C, "Changed"),
    AuditAction.DELETE: translate_noop(C, "Deleted"),
    AuditAction.PRINT: translate_noop(C, "Printed"),
    AuditAction.EXPORT: translate_noop(C, "Exported"),
    AuditAction.LOGIN: translate_noop(C, "Signed in"),
    AuditAction.LOGIN_FAILED: translate_noop(C, "Sign-in failed"),
}


_ENTITY_LABELS = {
    "persons": translate_noop(C, "Person"),
    "households": translate_noop(C, "Household"),
    "arrival_notices": translate_noop(C, "Arrival notice"),
    "deadlines": translate_noop(C, "Deadline"),
    "allocations": translate_noop(C, "Stay"),
    "contracts": translate_noop(C, "Contract"),
    "contract_activities": translate_noop(C, "Contract activity"),
    "hour_entries": translate_noop(C, "Hours"),
    "health_records": translate_noop(C, "Health record"),
    "funding_events": translate_noop(C, "Funding event"),
    "jobs": translate_noop(C, "Job"),
    "users": translate_noop(C, "User"),
    "reports": translate_noop(C, "Report"),
    "import": translate_noop(C, "Import"),
    "audit_events": translate_noop(C, "Audit log"),
    "team_settings": translate_noop(C, "Team settings"),
    "quotas": translate_noop(C, "Quota"),
    "housing_sites": translate_noop(C, "Housing site"),
    "housing_units": translate_noop(C, "Housing unit"),
    "rooms": translate_noop(C, "Room"),
    "room_closures": translate_noop(C, "Room closure"),
}


_KEY_LABELS = {
    "text": translate_noop(C, "search text"),
    "found": translate_noop(C, "found"),
    "report": translate_noop(C, "report"),
    "from": translate_noop(C, "from"),
    "to": translate_noop(C, "to"),
    "rows": translate_noop(C, "rows"),
    "nationality": translate_noop(C, "nationality"),
    "site": translate_noop(C, "site"),
    "caseworker": translate_noop(C, "caseworker"),
    "user": translate_noop(C, "user"),
    "person": translate_noop(C, "person"),
    "action": translate_noop(C, "use"),
    "entries": translate_noop(C, "entries"),
    "persons": translate_noop(C, "persons"),
    "notices": translate_noop(C, "notices"),
    "how": translate_noop(C, "how"),
    "period": translate_noop(C, "period"),
}


def _key(key: str) -> str:
    return tr(C, _KEY_LABELS[key]) if key in _KEY_LABELS else key


def entity_label(entity: str, entity_id: int | None = None) -> str:
    """The kind of record in Danish, with its number: "Kontrakt 12"."""
    name = tr(C, _ENTITY_LABELS[entity]) if entity in _ENTITY_LABELS else entity
    return name if entity_id is None else f"{name} {entity_id}"


def action_label(action: str) -> str:
    try:
        return tr(C, _ACTION_LABELS[AuditAction(action)])
    except ValueError:
        return action


def action_choices() -> list[tuple[str, str]]:
    """(code, Danish label) of every kind of use, in the order the viewer offers them."""
    return [(a.value, action_label(a.value)) for a in AuditAction]


@dataclass(frozen=True)
class LogFilter:
    username: str | None = None
    person_id: int | None = None
    action: str | None = None
    first: date | None = None  # local dates, both included
    last: date | None = None


@dataclass(frozen=True)
class LogRow:
    id: int
    at: datetime  # local time
    username: str
    action: str
    action_label: str
    entity: str
    entity_id: int | None
    record: str  # entity and id in words
    person_id: int | None
    person_name: str
    details: str


@dataclass(frozen=True)
class LogPage:
    rows: tuple[LogRow, ...]
    more: bool  # there are older rows than the last one shown (ask again with ``before_id``)


def _local(value: datetime) -> datetime:
    if value.tzinfo is None:  # SQLite keeps the UTC wall time without its zone
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def _utc_bound(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def describe_changes(changes: str) -> str:
    """The stored JSON as one readable line: ``field: old → new; …`` or the criteria."""
    try:
        data = json.loads(changes or "{}")
    except ValueError:
        return changes
    if not isinstance(data, dict):
        return str(data)
    parts: list[str] = []
    for key, value in data.items():
        if key == "criteria" and isinstance(value, dict):
            parts.extend(f"{_key(k)}: {_show(v)}" for k, v in value.items() if v not in (None, ""))
        elif isinstance(value, list) and len(value) == 2 and key != "period":
            parts.append(f"{_key(key)}: {_show(value[0])} \u2192 {_show(value[1])}")
        else:
            parts.append(f"{_key(key)}: {_show(value)}")
    return "; ".join(parts)


def _show(value: object) -> str:
    if value is None:
        return "\u2013"
    if isinstance(value, bool):
        return tr(C, "yes") if value else tr(C, "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def about_person(session: Session, person_id: int) -> ColumnElement[bool]:
    """Entries about the person: those naming them, and those on their household, its arrival
    notice and stays, and their contracts' activities (rows logged without a person)."""
    household_id = session.scalar(select(Person.household_id).where(Person.id == person_id))
    conditions: list[ColumnElement[bool]] = [
        AuditEvent.person_id == person_id,
        and_(
            AuditEvent.entity == "contract_activities",
            AuditEvent.entity_id.in_(
                select(ContractActivity.id)
                .join(Contract, Contract.id == ContractActivity.contract_id)
                .where(Contract.person_id == person_id)
            ),
        ),
    ]
    if household_id is not None:
        conditions += [
            and_(AuditEvent.entity == "households", AuditEvent.entity_id == household_id),
            and_(
                AuditEvent.entity == "arrival_notices",
                AuditEvent.entity_id.in_(
                    select(ArrivalNotice.id).where(ArrivalNotice.household_id == household_id)
                ),
            ),
            and_(
                AuditEvent.entity == "allocations",
                AuditEvent.entity_id.in_(
                    select(Allocation.id).where(Allocation.household_id == household_id)
                ),
            ),
        ]
    return or_(*conditions)


def _check(log_filter: LogFilter) -> None:
    if log_filter.first and log_filter.last and log_filter.last < log_filter.first:
        raise ValidationError(tr(C, "The period must end after it starts."), field="last")
    if log_filter.action is not None and log_filter.action not in {a.value for a in AuditAction}:
        raise ValidationError(tr(C, "Unknown kind of use."), field="action")


def _rows(session: Session, query: object) -> list[LogRow]:
    found = list(session.scalars(query))  # type: ignore[call-overload]
    ids = {event.person_id for event in found if event.person_id is not None}
    names = {}
    if ids:
        names = {
            pid: f"{given} {family}".strip()
            for pid, given, family in session.execute(
                select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
            )
        }
    return [
        LogRow(
            id=event.id,
            at=_local(event.at),
            username=event.username,
            action=event.action,
            action_label=action_label(event.action),
            entity=event.entity,
            entity_id=event.entity_id,
            record=entity_label(event.entity, event.entity_id),
            person_id=event.person_id,
            person_name=names.get(event.person_id, "") if event.person_id is not None else "",
            details=describe_changes(event.changes),
        )
        for event in found
    ]


def query_log(
    ctx: AppContext, log_filter: LogFilter, *, limit: int = DEFAULT_LIMIT, before_id: int | None = None
) -> LogPage:
    """The newest ``limit`` entries matching the filter (older ones: ``before_id`` = the last id).

    Reading the log is itself logged, with the filter.
    """
    require(ctx, Permission.AUDIT_LOG)
    _check(log_filter)
    limit = max(1, min(limit, MAX_LIMIT))
    with ctx.uow() as uow:
        session = uow.session
        query = select(AuditEvent)
        if log_filter.username:
            query = query.where(AuditEvent.username == log_filter.username)
        if log_filter.person_id is not None:
            query = query.where(about_person(session, log_filter.person_id))
        if log_filter.action:
            query = query.where(AuditEvent.action == log_filter.action)
        if log_filter.first:
            query = query.where(AuditEvent.at >= _utc_bound(log_filter.first))
        if log_filter.last:
            query = query.where(AuditEvent.at < _utc_bound(log_filter.last + timedelta(days=1)))
        if before_id is not None:
            query = query.where(AuditEvent.id < before_id)
        rows = _rows(session, query.order_by(AuditEvent.id.desc()).limit(limit + 1))
        criteria = {
            "user": log_filter.username,
            "person": log_filter.person_id,
            "action": log_filter.action,
            "from": log_filter.first.isoformat() if log_filter.first else None,
            "to": log_filter.last.isoformat() if log_filter.last else None,
        }
        audit.record(
            uow,
            AuditAction.VIEW,
            LOG_ENTITY,
            None,
            person_id=log_filter.person_id,
            changes={"criteria": criteria},
        )
        uow.commit()
    return LogPage(tuple(rows[:limit]), more=len(rows) > limit)


def log_users(ctx: AppContext) -> list[str]:
    """Every user name in the log, for the viewer's filter."""
    require(ctx, Permission.AUDIT_LOG)
    with ctx.uow(readonly=True) as uow:
        return list(
            uow.session.scalars(
                select(AuditEvent.username).distinct().order_by(func.lower(AuditEvent.username))
            )
        )


def person_log(ctx: AppContext, person_id: int) -> PersonLog:
    """Every entry about one person, oldest first; writes the ``export`` audit row of the extract."""
    require(ctx, Permission.AUDIT_LOG)
    with ctx.uow() as uow:
        session = uow.session
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(tr("people", "The person no longer exists."))
        rows = _rows(
            session, select(AuditEvent).where(about_person(session, person_id)).order_by(AuditEvent.id)
        )
        audit.record(
            uow,
            AuditAction.EXPORT,
            LOG_ENTITY,
            None,
            person_id=person_id,
            changes={"criteria": {"extract": "person", "entries": len(rows)}},
        )
        uow.commit()
    entries = tuple(LogEntry(r.at, r.username, r.action_label, r.record, r.details) for r in rows)
    return PersonLog(
        person_id, person.full_name, person.birth_date, datetime.now().astimezone(), ctx.username, entries
    )


def log_extract(ctx: AppContext, person_id: int) -> bytes:
    """The person's log extract as a PDF (for an access request); the extract is itself logged."""
    return render_person_log(person_log(ctx, person_id))
