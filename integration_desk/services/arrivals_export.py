"""Exporting notices and their persons with deadlines to Excel (audited: it holds personal data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from integration_desk.db.models import ArrivalNotice, AuditAction, Household, Person
from integration_desk.documents.arrivals_xlsx import COLUMNS, write_rows
from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.deadlines import DeadlineKind
from integration_desk.domain.errors import ValidationError
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.access import CPR_HIDDEN, Permission, can
from integration_desk.services.context import AppContext

EXTRA_COLUMNS = ("Overtagelse", "Ankommet", "Status")


def _deadline_columns() -> list[str]:
    columns = []
    for kind in DeadlineKind:
        columns += [kind.label(), tr("export_arrivals", "{deadline}: done").format(deadline=kind.label())]
    return columns


def _sex(code: str | None) -> str:
    return {"female": "K", "male": "M"}.get(code or "", "")


def _cpr_cell(person: Person) -> str:
    return parse_cpr(person.cpr).formatted() if person.cpr else ""


def export_arrivals(ctx: AppContext, path: Path, start: date | None = None, end: date | None = None) -> int:
    """Notices whose expected (or actual) arrival is in [start, end], one row per person. Returns the count."""
    if start is not None and end is not None and end < start:
        raise ValidationError(tr("export_arrivals", "The period must end after it starts."), field="end")
    show_cpr = can(ctx, Permission.CPR)
    persons = selectinload(ArrivalNotice.household).selectinload(Household.persons)
    persons = persons.options(selectinload(Person.deadlines), *([undefer(Person.cpr)] if show_cpr else []))
    query = (
        select(ArrivalNotice)
        .options(persons)
        .order_by(ArrivalNotice.expected_arrival_on, ArrivalNotice.reference)
    )
    when = ArrivalNotice.expected_arrival_on
    if start is not None:
        query = query.where(when >= start)
    if end is not None:
        query = query.where(when <= end)
    rows: list[list[Any]] = []
    with ctx.uow() as uow:
        person_ids = []
        for notice in uow.session.scalars(query):
            for person in notice.household.persons:
                person_ids.append(person.id)
                due = {d.kind: d for d in person.deadlines}
                deadline_cells: list[Any] = []
                for kind in DeadlineKind:
                    d = due.get(kind.value)
                    deadline_cells += [d.due_on if d else None, d.done_on if d else None]
                rows.append(
                    [
                        notice.reference,
                        notice.received_on,
                        notice.decision_on,
                        notice.expected_arrival_on,
                        notice.asylum_centre,
                        notice.household.display_name,
                        person.given_name,
                        person.family_name,
                        person.birth_date,
                        _sex(person.sex),
                        person.nationality,
                        person.languages,
                        _cpr_cell(person) if show_cpr else CPR_HIDDEN,
                        person.udl_nr or "",
                        "ja" if person.kind == "family_reunified" else "nej",
                        notice.takeover_on,
                        notice.arrived_on,
                        labels.person_status(person.status),
                        *deadline_cells,
                    ]
                )
        write_rows(path, [*COLUMNS, *EXTRA_COLUMNS, *_deadline_columns()], rows)
        audit.record(
            uow,
            AuditAction.EXPORT,
            "arrival_notices",
            None,
            changes={
                "persons": len(person_ids),
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
            },
        )
        uow.commit()
    return len(rows)
