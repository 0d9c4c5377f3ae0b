"""State funding events of a person: recording them, detecting the job grant, expected amounts.

Recorded events (Danish test passed, education started) are rows of ``funding_events``; jobs are
rows of ``jobs``, from which the six-month job grant is detected (``domain.funding``) whenever it is
read, so a job still running earns it on the day the six months are complete without anyone saving
anything. Base-grant months are counted from the takeover date, never stored. Amounts come from
the rule set in force on each event's date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, FundingEvent, Job, Person, Role
from integration_desk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from integration_desk.domain.funding import (
    FundingKind,
    JobPeriod,
    amount_for,
    base_grant_month_starts,
    job_qualification,
    validate_event_date,
    validate_job,
)
from integration_desk.domain.rules import RuleSet, rule_set_in_force
from integration_desk.formats import fmt_date
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.context import AppContext
from integration_desk.services.locking import check_version
from integration_desk.services.rules import load_rule_sets

C = "funding"
_READ_ONLY_ROLES = frozenset({Role.READONLY.value, Role.HOUSING.value})
DANISH_TESTS = ("Prøve i Dansk 1", "Prøve i Dansk 2", "Prøve i Dansk 3", "Studieprøven")


@dataclass(frozen=True)
class FundingItem:
    """One event earning a grant (a base-grant month is one item per month)."""

    person_id: int
    kind: FundingKind
    on: date  # the day the grant is earned
    amount: Decimal
    details: str
    event_id: int | None = None  # the stored row of a recorded event
    version: int | None = None
    derived: bool = False  # detected by the program (the job grant)


@dataclass(frozen=True)
class JobRow:
    id: int
    version: int
    employer: str
    hours_per_week: Decimal
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True)
class PersonFunding:
    events: tuple[FundingItem, ...]  # recorded and detected, in date order (no base-grant months)
    jobs: tuple[JobRow, ...]
    takeover: date | None
    base_months_total: int  # base-grant months the person earns in all
    base_months_so_far: int  # begun by today
    base_amount_so_far: Decimal


# --- reading ----------------------------------------------------------------------------------


def _label(kind: FundingKind) -> str:
    return kind.label()


def job_items(
    session: Session, rule_sets: list[RuleSet], person_ids: Collection[int] | None = None
) -> list[FundingItem]:
    """The detected job grants (one per person at most) of ``person_ids`` (every person when None).

    A person with a recorded job grant (an older registration) gets no second, detected one.
    """
    query = select(Job)
    recorded = select(FundingEvent.person_id).where(FundingEvent.kind == FundingKind.JOB_SIX_MONTHS.value)
    if person_ids is not None:
        query = query.where(Job.person_id.in_(list(person_ids)))
        recorded = recorded.where(FundingEvent.person_id.in_(list(person_ids)))
    already = set(session.scalars(recorded))
    jobs: dict[int, list[Job]] = defaultdict(list)
    for job in session.scalars(query.order_by(Job.starts_on, Job.id)):
        jobs[job.person_id].append(job)
    items = []
    for person_id, rows in jobs.items():
        if person_id in already:
            continue
        found = job_qualification(JobPeriod(j.starts_on, j.ends_on, j.hours_per_week) for j in rows)
        if found is None:
            continue
        employers = ", ".join(dict.fromkeys(j.employer for j in rows if j.starts_on <= found.earned_on))
        details = tr(C, "{employers}: {start} – {end}, {hours} h/week on average").format(
            employers=employers,
            start=fmt_date(found.starts_on),
            end=fmt_date(found.earned_on),
            hours=f"{found.average:f}".replace(".", ","),
        )
        rules = rule_set_in_force(rule_sets, found.earned_on)
        items.append(
            FundingItem(
                person_id, FundingKind.JOB_SIX_MONTHS, found.earned_on,
                amount_for(FundingKind.JOB_SIX_MONTHS, rules), details, derived=True,
            )
        )  # fmt: skip
    return items


def event_date(event: FundingEvent) -> date:
    """The day a stored event earns its grant: a recorded job grant at the end of its six months."""
    if event.kind == FundingKind.JOB_SIX_MONTHS.value and event.ends_on is not None:
        return event.ends_on
    return event.occurred_on


def stored_items(
    session: Session, rule_sets: list[RuleSet], person_ids: Collection[int] | None = None
) -> list[FundingItem]:
    query = select(FundingEvent)
    if person_ids is not None:
        query = query.where(FundingEvent.person_id.in_(list(person_ids)))
    items = []
    for event in session.scalars(query):
        kind = FundingKind(event.kind)
        on = event_date(event)
        items.append(
            FundingItem(
                event.person_id, kind, on, amount_for(kind, rule_set_in_force(rule_sets, on)),
                event.details, event.id, event.version, event.derived,
            )
        )  # fmt: skip
    return items


def base_grant_items(
    rule_sets: list[RuleSet], takeovers: dict[int, date], first: date | None, last: date | None
) -> list[FundingItem]:
    """One item per base-grant month beginning within ``first`` … ``last``, for each person."""
    items = []
    for person_id, takeover in takeovers.items():
        months = rule_set_in_force(rule_sets, takeover).base_grant_months
        for start in base_grant_month_starts(takeover, months, first, last):
            amount = rule_set_in_force(rule_sets, start).base_grant_monthly
            items.append(FundingItem(person_id, FundingKind.BASE_GRANT_MONTH, start, amount, ""))
    return items


def funding_items(
    session: Session,
    first: date,
    last: date,
    person_ids: Collection[int] | None = None,
    *,
    base_grant: bool = True,
) -> list[FundingItem]:
    """Every funding item earned from ``first`` to ``last`` (both included), of ``person_ids``
    (every person when None), in date order."""
    rule_sets = load_rule_sets(session)
    items = [
        item
        for item in stored_items(session, rule_sets, person_ids) + job_items(session, rule_sets, person_ids)
        if first <= item.on <= last
    ]
    if base_grant:
        query = select(Person.id, Person.takeover_date).where(
            Person.takeover_date.is_not(None), Person.takeover_date <= last
        )
        if person_ids is not None:
            query = query.where(Person.id.in_(list(person_ids)))
        takeovers = {person_id: on for person_id, on in session.execute(query) if on is not None}
        items += base_grant_items(rule_sets, takeovers, first, last)
    items.sort(key=lambda i: (i.on, i.person_id, i.kind.value))
    return items


def funding_of(ctx: AppContext, person_id: int) -> PersonFunding:
    today = ctx.today()
    with ctx.uow(readonly=True) as uow:
        session = uow.session
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(tr(C, "The person no longer exists."))
        rule_sets = load_rule_sets(session)
        events = stored_items(session, rule_sets, [person_id]) + job_items(session, rule_sets, [person_id])
        events.sort(key=lambda i: (i.on, i.kind.value))
        jobs = tuple(
            JobRow(j.id, j.version, j.employer, j.hours_per_week, j.starts_on, j.ends_on)
            for j in session.scalars(select(Job).where(Job.person_id == person_id).order_by(Job.starts_on))
        )
        takeover = person.takeover_date
        total = so_far = 0
        amount = Decimal(0)
        if takeover is not None:
            total = rule_set_in_force(rule_sets, takeover).base_grant_months
            months = base_grant_items(rule_sets, {person_id: takeover}, None, today)
            so_far = len(months)
            amount = sum((m.amount for m in months), start=Decimal(0))
        return PersonFunding(tuple(events), jobs, takeover, total, so_far, amount)


# --- writing ----------------------------------------------------------------------------------


def _require_writer(ctx: AppContext) -> None:
    if ctx.user.role in _READ_ONLY_ROLES:
        raise PermissionDeniedError(tr(C, "Your role may not record funding events."))


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr(C, "The person no longer exists."))
    return person


def _record(ctx: AppContext, person_id: int, kind: FundingKind, on: date | None, details: str) -> int:
    _require_writer(ctx)
    with ctx.uow() as uow:
        person = _person(uow.session, person_id)
        validate_event_date(on, ctx.today(), person.takeover_date)
        assert on is not None
        twin = select(FundingEvent.id).where(
            FundingEvent.person_id == person_id,
            FundingEvent.kind == kind.value,
            FundingEvent.occurred_on == on,
        )
        if uow.session.scalar(twin) is not None:  # the key uq_funding_events_person_kind_day (a race)
            raise ValidationError(
                tr(C, "This event is already recorded for the person on {date}.").format(date=fmt_date(on)),
                field="occurred_on",
            )
        row = FundingEvent(
            person_id=person_id, kind=kind.value, occurred_on=on, details=details, derived=False
        )
        uow.session.add(row)
        changes = audit.changes_of(row)
        uow.session.flush()
        audit.record(uow, AuditAction.CREATE, "funding_events", row.id, person_id=person_id, changes=changes)
        uow.commit()
        return row.id


def record_danish_test(ctx: AppContext, person_id: int, test: str, on: date | None) -> int:
    """Record that the person passed a Danish test (which test, when)."""
    test = " ".join(test.split())
    if not test:
        raise ValidationError(tr(C, "Say which test was passed."), field="test")
    return _record(ctx, person_id, FundingKind.DANISH_TEST_PASSED, on, test)


def record_education(ctx: AppContext, person_id: int, institution: str, on: date | None) -> int:
    """Record that the person started an education (where, when)."""
    institution = " ".join(institution.split())
    if not institution:
        raise ValidationError(tr(C, "Name the institution."), field="institution")
    return _record(ctx, person_id, FundingKind.EDUCATION_START, on, institution)


def save_job(
    ctx: AppContext,
    person_id: int,
    employer: str,
    hours_per_week: Decimal,
    starts_on: date | None,
    ends_on: date | None = None,
    job_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Record a job the person started (or change one); the six-month grant follows from the jobs."""
    _require_writer(ctx)
    employer = " ".join(employer.split())
    validate_job(starts_on, ends_on, hours_per_week, employer)
    assert starts_on is not None
    with ctx.uow() as uow:
        person = _person(uow.session, person_id)
        if starts_on > ctx.today():
            raise ValidationError(tr(C, "Record a job once it has started."), field="starts_on")
        if person.takeover_date is not None and starts_on < person.takeover_date:
            raise ValidationError(
                tr(C, "The date is before the takeover date ({date}).").format(
                    date=fmt_date(person.takeover_date)
                ),
                field="starts_on",
            )
        if job_id is None:
            row = Job(person_id=person_id, notes="")
            uow.session.add(row)
            action = AuditAction.CREATE
        else:
            found = uow.session.get(Job, job_id)
            if found is None or found.person_id != person_id:
                raise NotFoundError(tr(C, "The job no longer exists."))
            row = found
            if expected_version is not None:
                check_version(row, expected_version)
            action = AuditAction.UPDATE
        row.employer, row.hours_per_week, row.starts_on, row.ends_on = (
            employer,
            hours_per_week,
            starts_on,
            ends_on,
        )
        changes = audit.changes_of(row)
        uow.session.flush()
        audit.record(uow, action, "jobs", row.id, person_id=person_id, changes=changes)
        uow.commit()
        return row.id


def delete_event(ctx: AppContext, event_id: int, expected_version: int) -> None:
    """Remove an event recorded by mistake."""
    _require_writer(ctx)
    with ctx.uow() as uow:
        row = uow.session.get(FundingEvent, event_id)
        if row is None:
            raise NotFoundError(tr(C, "The event no longer exists."))
        check_version(row, expected_version)
        audit.record(
            uow, AuditAction.DELETE, "funding_events", row.id, person_id=row.person_id,
            changes={"kind": [row.kind, None], "occurred_on": [row.occurred_on.isoformat(), None]},
        )  # fmt: skip
        uow.session.delete(row)
        uow.commit()


def delete_job(ctx: AppContext, job_id: int, expected_version: int) -> None:
    """Remove a job recorded by mistake."""
    _require_writer(ctx)
    with ctx.uow() as uow:
        row = uow.session.get(Job, job_id)
        if row is None:
            raise NotFoundError(tr(C, "The job no longer exists."))
        check_version(row, expected_version)
        audit.record(
            uow, AuditAction.DELETE, "jobs", row.id, person_id=row.person_id,
            changes={"employer": [row.employer, None], "starts_on": [row.starts_on.isoformat(), None]},
        )  # fmt: skip
        uow.session.delete(row)
        uow.commit()
