"""Retention: cases closed more than a team-set number of years ago, and their anonymisation.

Anonymising removes what identifies the person or is special-category data — names, CPR,
udl.-nr., health notes, free-text notes and contact details (interpreter, visit notes) — and keeps
what statistics need: nationality, sex, birth *year*, the dates, the hours and the funding events.
Each anonymised person is one ``delete`` audit row (the removed fields listed, their values masked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update

from integration_desk.db.base import utcnow
from integration_desk.db.models import (
    ArrivalNotice,
    AuditAction,
    Contract,
    ContractActivity,
    FundingEvent,
    HealthRecord,
    HourEntry,
    Household,
    Job,
    Person,
    TeamSetting,
)
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import Permission, require
from integration_desk.services.context import AppContext

RETENTION_YEARS_KEY = "retention.years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 50
ANONYMOUS_NAME = "Anonymiseret"
ANONYMOUS_HOUSEHOLD = "Anonymiseret husstand"
#: Person fields removed (cleared) by anonymisation; the audit row names them, values masked.
REMOVED_PERSON_FIELDS = ("given_name", "family_name", "native_name", "cpr", "udl_nr", "birth_date")


@dataclass(frozen=True)
class ClosedCase:
    person_id: int
    name: str
    household: str
    nationality: str
    closed_on: date


def _years(uow: UnitOfWork) -> int:
    value = uow.session.scalar(select(TeamSetting.value).where(TeamSetting.key == RETENTION_YEARS_KEY))
    try:
        years = int(value) if value else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


def retention_years(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return _years(uow)


def set_retention_years(ctx: AppContext, years: int) -> None:
    require(ctx, Permission.TEAM_SETTINGS)
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(
            tr("retention", "The retention period must be between {low} and {high} years.").format(
                low=MIN_RETENTION_YEARS, high=MAX_RETENTION_YEARS
            ),
            field="retention_years",
        )
    with ctx.uow() as uow:
        row = uow.session.scalars(select(TeamSetting).where(TeamSetting.key == RETENTION_YEARS_KEY)).first()
        old = _years(uow)
        if row is None:
            uow.session.add(TeamSetting(key=RETENTION_YEARS_KEY, value=str(years)))
        else:
            row.value = str(years)
        audit.record(
            uow, AuditAction.UPDATE, "team_settings", None, changes={RETENTION_YEARS_KEY: [old, years]}
        )
        uow.commit()


def cutoff(today: date, years: int) -> date:
    """Cases closed before this day have been closed more than ``years`` years."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def close_case(ctx: AppContext, person_id: int, closed_on: date | None) -> None:
    """Mark a person's case closed on a day (``None`` reopens it)."""
    require(ctx, Permission.EDIT_CASES)
    with ctx.uow() as uow:
        person = uow.session.get(Person, person_id)
        if person is None:
            raise NotFoundError(tr("retention", "The person no longer exists."))
        if person.anonymised_on is not None:
            raise ValidationError(tr("retention", "The person has been anonymised."))
        old = person.closed_on
        person.closed_on = closed_on
        audit.record(
            uow,
            AuditAction.UPDATE,
            "persons",
            person.id,
            person_id=person.id,
            changes={"closed_on": [audit._plain(old), audit._plain(closed_on)]},
        )
        uow.commit()


def cases_due(ctx: AppContext) -> list[ClosedCase]:
    """The cases closed more than the retention period ago and not yet anonymised (team lead).

    Listing names is a use of personal data: one ``search`` audit row with the criterion."""
    require(ctx, Permission.TEAM_SETTINGS)
    with ctx.uow() as uow:
        years = _years(uow)
        limit = cutoff(ctx.today(), years)
        rows = uow.session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Household.display_name,
                Person.nationality,
                Person.closed_on,
            )
            .join(Household, Person.household_id == Household.id)
            .where(Person.closed_on.is_not(None), Person.closed_on < limit, Person.anonymised_on.is_(None))
            .order_by(Person.closed_on, Person.id)
        ).all()
        criteria = {"closed_before": limit.isoformat(), "retention_years": years, "found": len(rows)}
        audit.record(uow, AuditAction.SEARCH, "persons", None, changes={"criteria": criteria})
        uow.commit()
    return [
        ClosedCase(pid, f"{given} {family}".strip(), household, nationality, closed)
        for pid, given, family, household, nationality, closed in rows
        if closed is not None
    ]


def anonymise(ctx: AppContext, person_ids: list[int]) -> int:
    """Remove the personal data of these closed, overdue cases in one transaction; how many."""
    require(ctx, Permission.TEAM_SETTINGS)
    if not person_ids:
        return 0
    today = ctx.today()
    with ctx.uow() as uow:
        limit = cutoff(today, _years(uow))
        persons = list(uow.session.scalars(select(Person).where(Person.id.in_(person_ids))))
        if len(persons) != len(set(person_ids)):
            raise NotFoundError(tr("retention", "The person no longer exists."))
        for person in persons:
            if person.anonymised_on is not None or person.closed_on is None or person.closed_on >= limit:
                raise ValidationError(
                    tr("retention", "Only cases closed longer than the retention period can be anonymised.")
                )
        households: set[int] = set()
        for person in persons:
            _anonymise_person(uow, person, today)
            households.add(person.household_id)
        uow.session.flush()
        for household_id in households:
            _anonymise_household(uow, household_id)
        uow.commit()
    return len(persons)


def _anonymise_person(uow: UnitOfWork, person: Person, today: date) -> None:
    pid = person.id
    person.given_name = ANONYMOUS_NAME
    person.family_name = ""
    person.native_name = ""
    person.cpr = None
    person.udl_nr = None
    if person.birth_date is not None:  # the birth year stays for statistics
        person.birth_date = date(person.birth_date.year, 1, 1)
    person.anonymised_on = today
    _clear(uow, HealthRecord, HealthRecord.person_id == pid, notes="")
    _clear(
        uow,
        Contract,
        Contract.person_id == pid,
        employment_goal="",
        education_goal="",
        interpreter_name="",
        sections="{}",
    )
    contract_ids = select(Contract.id).where(Contract.person_id == pid).scalar_subquery()
    _clear(uow, ContractActivity, ContractActivity.contract_id.in_(contract_ids), notes="")
    _clear(uow, HourEntry, HourEntry.person_id == pid, note="")
    _clear(uow, Job, Job.person_id == pid, notes="")
    _clear(uow, FundingEvent, FundingEvent.person_id == pid, details="")
    removed = {field: ["***", None] for field in REMOVED_PERSON_FIELDS}
    removed["health_records.notes"] = ["***", None]
    audit.record(uow, AuditAction.DELETE, "persons", pid, person_id=pid, changes=removed)


def _anonymise_household(uow: UnitOfWork, household_id: int) -> None:
    """Once every member is anonymised the household's name, notes and notices' free text go too."""
    session = uow.session
    remaining = session.scalar(
        select(Person.id).where(Person.household_id == household_id, Person.anonymised_on.is_(None)).limit(1)
    )
    if remaining is not None:
        return
    _clear(uow, Household, Household.id == household_id, display_name=ANONYMOUS_HOUSEHOLD, notes="")
    _clear(
        uow,
        ArrivalNotice,
        ArrivalNotice.household_id == household_id,
        notes="",
        visit_notes="",
        visit_by="",
        visit_interpreter_language="",
        asylum_centre="",
    )


def _clear(uow: UnitOfWork, model: Any, where: Any, **values: Any) -> None:
    """One UPDATE of many rows that still bumps their version (an open editor then sees a conflict)."""
    uow.session.execute(
        update(model)
        .where(where)
        .values(version=model.version + 1, updated_at=utcnow(), updated_by=uow.username, **values)
        .execution_options(synchronize_session=False)
    )
