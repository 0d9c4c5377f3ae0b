"""The persons register: search and the person's file (every opening is audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased, selectinload

from integration_desk.db.models import AuditAction, Deadline, Household, Person, User
from integration_desk.db.text_match import contains, starts_with
from integration_desk.domain.cpr import parse_cpr
from integration_desk.domain.deadlines import DeadlineKind, DeadlineState, deadline_state
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.people import age_on
from integration_desk.i18n import tr
from integration_desk.services import audit, labels
from integration_desk.services.access import CPR_HIDDEN, Permission, can
from integration_desk.services.context import AppContext

MAX_SEARCH_LENGTH = 100


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    native_name: str
    household: str
    nationality: str
    status: str
    caseworker: str
    takeover_date: date | None
    next_deadline_on: date | None
    next_deadline: str


@dataclass(frozen=True)
class DeadlineInfo:
    kind: str
    label: str
    due_on: date
    done_on: date | None
    done_by: str | None
    state: DeadlineState


@dataclass(frozen=True)
class PersonDetail:
    id: int
    given_name: str
    family_name: str
    native_name: str
    birth_date: date | None
    age: int | None
    sex: str
    nationality: str
    languages: str
    relation: str
    cpr: str
    udl_nr: str
    status: str
    kind: str
    caseworker: str
    takeover_date: date | None
    household: str
    household_members: tuple[str, ...]
    deadlines: tuple[DeadlineInfo, ...]
    closed_on: date | None = None  # the case was closed (retention counts from here)


def _search_filter(text: str, *, by_cpr: bool = True):  # type: ignore[no-untyped-def]
    if len(text) > MAX_SEARCH_LENGTH:
        raise ValidationError(tr("people", "The search text is too long."), field="search")
    text = text.replace("\x00", "")  # no database column holds NUL; PostgreSQL refuses it in a query
    conditions = [
        contains(Person.given_name + " " + Person.family_name, text),
        contains(Person.native_name, text),
        contains(Household.display_name, text),
        contains(func.coalesce(Person.udl_nr, ""), text),
    ]
    digits = text.replace("-", "").strip()
    if by_cpr and digits.isdigit() and len(digits) >= 6:
        conditions.append(starts_with(Person.cpr, digits))
    return or_(*conditions)


def list_people(ctx: AppContext, search: str = "", limit: int = 5000) -> list[PersonRow]:
    """Persons matching ``search`` (name in any script, household, udl.-nr. or CPR prefix)."""
    next_due = (
        select(Deadline.person_id, func.min(Deadline.due_on).label("due_on"))
        .where(Deadline.done_on.is_(None))
        .group_by(Deadline.person_id)
        .subquery()
    )
    next_kind = aliased(Deadline)
    caseworker = aliased(User)
    query = (
        select(Person, Household.display_name, caseworker.display_name, next_due.c.due_on, next_kind.kind)
        .join(Household, Person.household_id == Household.id)
        .outerjoin(caseworker, Person.caseworker_id == caseworker.id)
        .outerjoin(next_due, next_due.c.person_id == Person.id)
        .outerjoin(
            next_kind,
            (next_kind.person_id == Person.id)
            & (next_kind.due_on == next_due.c.due_on)
            & next_kind.done_on.is_(None),
        )
        .order_by(Person.family_name, Person.given_name, Person.id)
        .limit(limit)
    )
    text = search.strip()
    if text:
        query = query.where(_search_filter(text, by_cpr=can(ctx, Permission.CPR)))
    rows: dict[int, PersonRow] = {}
    with ctx.uow() as uow:
        for person, household, worker, due_on, kind in uow.session.execute(query):
            if person.id in rows:  # two deadlines due the same day: keep the first
                continue
            rows[person.id] = PersonRow(
                id=person.id,
                name=person.full_name,
                native_name=person.native_name,
                household=household,
                nationality=person.nationality,
                status=labels.person_status(person.status),
                caseworker=worker or "",
                takeover_date=person.takeover_date,
                next_deadline_on=due_on,
                next_deadline=DeadlineKind(kind).label() if kind else "",
            )
        criteria = {"text": audit.masked_text(text), "found": len(rows)}
        audit.record(uow, AuditAction.SEARCH, "persons", None, changes={"criteria": criteria})
        uow.commit()
    return list(rows.values())


def _format_cpr(digits: str | None) -> str:
    if not digits:
        return ""
    try:
        return parse_cpr(digits).formatted()
    except ValidationError:
        return digits


def get_person(ctx: AppContext, person_id: int) -> PersonDetail:
    """A person's file; reading it writes a ``view`` audit event in the same transaction."""
    with ctx.uow() as uow:
        person = uow.session.get(
            Person,
            person_id,
            options=[
                selectinload(Person.deadlines),
                selectinload(Person.household).selectinload(Household.persons),
            ],
        )
        if person is None:
            raise NotFoundError(tr("people", "The person no longer exists."))
        worker = uow.session.get(User, person.caseworker_id) if person.caseworker_id else None
        today = ctx.today()
        detail = PersonDetail(
            id=person.id,
            given_name=person.given_name,
            family_name=person.family_name,
            native_name=person.native_name,
            birth_date=person.birth_date,
            age=age_on(person.birth_date, today) if person.birth_date else None,
            sex=labels.sex(person.sex),
            nationality=person.nationality,
            languages=person.languages,
            relation=person.relation,
            cpr=_format_cpr(person.cpr) if can(ctx, Permission.CPR) else CPR_HIDDEN,
            udl_nr=person.udl_nr or "",
            status=labels.person_status(person.status),
            kind=labels.person_kind(person.kind),
            caseworker=worker.display_name if worker else "",
            takeover_date=person.takeover_date,
            household=person.household.display_name,
            household_members=tuple(m.full_name for m in person.household.persons if m.id != person.id),
            deadlines=tuple(
                DeadlineInfo(
                    kind=d.kind,
                    label=DeadlineKind(d.kind).label(),
                    due_on=d.due_on,
                    done_on=d.done_on,
                    done_by=d.done_by,
                    state=deadline_state(d.due_on, d.done_on, today),
                )
                for d in person.deadlines
            ),
            closed_on=person.closed_on,
        )
        audit.record(uow, AuditAction.VIEW, "persons", person.id, person_id=person.id)
        uow.commit()
    return detail


def count_people(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count(Person.id))) or 0
