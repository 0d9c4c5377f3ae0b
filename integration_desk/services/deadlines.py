"""A person's legal deadlines: created from the rule set at arrival, marked done by a caseworker."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Deadline, Person, RuleSetRow
from integration_desk.domain.deadlines import DeadlineKind, deadlines_for
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.people import is_adult
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import Permission, can
from integration_desk.services.context import AppContext
from integration_desk.services.deadline_rows import DeadlineRow as DeadlineRow
from integration_desk.services.deadline_rows import row_of
from integration_desk.services.locking import check_version
from integration_desk.services.rules import rule_set_for


def create_deadlines(session: Session, person: Person, takeover: date) -> list[Deadline]:
    """The deadlines of an adult (18+ on the takeover date), from the rule set in force then.

    Children get none; a person who already has deadlines keeps them (registering twice adds nothing).
    """
    if person.birth_date is not None and not is_adult(person.birth_date, takeover):
        return []
    existing = {d.kind for d in session.scalars(select(Deadline).where(Deadline.person_id == person.id))}
    rules = rule_set_for(session, takeover)
    rule_set_id = session.scalar(
        select(RuleSetRow.id).where(RuleSetRow.effective_from == rules.effective_from)
    )
    created = []
    for due in deadlines_for(takeover, rules):
        if due.kind.value in existing:
            continue
        row = Deadline(person_id=person.id, kind=due.kind.value, due_on=due.due_on, rule_set_id=rule_set_id)
        session.add(row)
        created.append(row)
    return created


def move_open_deadlines(session: Session, person: Person, takeover: date) -> None:
    """The takeover date changed after arrival: open deadlines follow it; done ones are history."""
    rules = rule_set_for(session, takeover)
    due = {d.kind.value: d.due_on for d in deadlines_for(takeover, rules)}
    for row in session.scalars(select(Deadline).where(Deadline.person_id == person.id)):
        if row.done_on is None and row.kind in due:
            row.due_on = due[row.kind]


def deadlines_of(ctx: AppContext, person_id: int) -> tuple[DeadlineRow, ...]:
    from integration_desk.services.programme_end import end_note

    today = ctx.today()
    with ctx.uow(readonly=True) as uow:
        rows = list(
            uow.session.scalars(
                select(Deadline).where(Deadline.person_id == person_id).order_by(Deadline.due_on, Deadline.id)
            )
        )
        # The end reason lives on the contract: read only by a role that sees contracts.
        extension_done = any(r.kind == DeadlineKind.PROGRAMME_EXTENSION and r.done_on for r in rows)
        note = end_note(uow.session, person_id) if extension_done and can(ctx, Permission.CASE_DATA) else ""
        return tuple(
            row_of(row, today, note if row.kind == DeadlineKind.PROGRAMME_EXTENSION else "") for row in rows
        )


def mark_done(
    ctx: AppContext, deadline_id: int, expected_version: int, done_on: date | None = None
) -> DeadlineRow:
    """Record that the deadline's task is done: on ``done_on`` (default today), by the signed-in user."""
    done_on = done_on or ctx.today()
    if done_on > ctx.today():
        raise ValidationError(tr("deadlines", "The date cannot be in the future."), field="done_on")
    with ctx.uow() as uow:
        row = uow.session.get(Deadline, deadline_id)
        if row is None:
            raise NotFoundError(tr("deadlines", "The deadline no longer exists."))
        check_version(row, expected_version)
        if row.kind == DeadlineKind.PROGRAMME_EXTENSION:
            raise ValidationError(
                tr(
                    "deadlines",
                    "Sign a new contract version with a later programme end, or record why the programme ends.",
                ),
                field="done_on",
            )
        row.done_on = done_on
        row.done_by = ctx.username
        audit.record(
            uow,
            AuditAction.UPDATE,
            "deadlines",
            row.id,
            person_id=row.person_id,
            changes=audit.changes_of(row),
        )
        uow.session.flush()
        result = row_of(row, ctx.today())
        uow.commit()
    return result


def reopen(ctx: AppContext, deadline_id: int, expected_version: int) -> DeadlineRow:
    """Undo a mark made by mistake: the deadline is open (or overdue) again."""
    with ctx.uow() as uow:
        row = uow.session.get(Deadline, deadline_id)
        if row is None:
            raise NotFoundError(tr("deadlines", "The deadline no longer exists."))
        check_version(row, expected_version)
        if row.kind == DeadlineKind.PROGRAMME_EXTENSION:
            from integration_desk.services.programme_end import take_back_end

            take_back_end(uow, row)
        row.done_on = None
        row.done_by = None
        audit.record(
            uow,
            AuditAction.UPDATE,
            "deadlines",
            row.id,
            person_id=row.person_id,
            changes=audit.changes_of(row),
        )
        uow.session.flush()
        result = row_of(row, ctx.today())
        uow.commit()
    return result
