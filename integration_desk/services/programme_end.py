"""The programme must be extended or ended: one reminder per person, from the signed contract.

The deadline "Programme expires — extend or end" falls the rule set's weeks before the programme end
of the person's signed contract (the newest signed version; older ones are superseded). It is dealt
with in one of two ways:

* a **new contract version with a later end is signed**: the reminder moves to the new end. Only a
  signed version counts — a draft or a version ready for signing is not yet agreed with the person,
  so the reminder stays until the new version is signed;
* the caseworker **records why the programme ends** (ordinary job, education, Danish test passed,
  moved away, longest period reached) and from which day: stored on the signed contract, the
  reminder is done that day (and so is the takeover-based "Programme ends" deadline, if open).
  Reopening the reminder takes the recorded end back.

The reminder is derived, like the deadlines made at arrival: the contract change that moves it is
audited, the derived deadline row is not audited separately. Recording and taking back an end are
audited (the contract and each deadline they close or reopen).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration_desk.db.models import AuditAction, Contract, ContractStatus, Deadline, RuleSetRow
from integration_desk.db.uow import UnitOfWork
from integration_desk.domain.deadlines import DeadlineKind, programme_extension_deadline
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.domain.programme_end import ProgrammeEndReason, check_programme_end
from integration_desk.i18n import tr
from integration_desk.services import audit
from integration_desk.services.access import Permission, require
from integration_desk.services.context import AppContext
from integration_desk.services.deadline_rows import DeadlineRow, row_of
from integration_desk.services.locking import check_version
from integration_desk.services.rules import rule_set_for

KIND = DeadlineKind.PROGRAMME_EXTENSION.value


def signed_contract(session: Session, person_id: int) -> Contract | None:
    """The person's contract in force: the newest signed version."""
    return session.scalars(
        select(Contract)
        .where(Contract.person_id == person_id, Contract.status == ContractStatus.SIGNED.value)
        .order_by(Contract.version_no.desc())
        .limit(1)
    ).first()


def _deadline(session: Session, person_id: int, kind: str) -> Deadline | None:
    return session.scalars(
        select(Deadline).where(Deadline.person_id == person_id, Deadline.kind == kind)
    ).first()


def sync_extension_deadline(session: Session, person_id: int) -> Deadline | None:
    """Bring the person's reminder in line with the signed contract: its date from the programme end,
    done exactly when the contract records why the programme ended. Called when a contract is signed."""
    contract = signed_contract(session, person_id)
    row = _deadline(session, person_id, KIND)
    if contract is None or contract.programme_end is None:
        return row
    on = contract.signed_on or contract.programme_start or contract.programme_end
    rules = rule_set_for(session, on)
    due = programme_extension_deadline(contract.programme_end, rules)
    if row is None:
        rule_set_id = session.scalar(
            select(RuleSetRow.id).where(RuleSetRow.effective_from == rules.effective_from)
        )
        row = Deadline(person_id=person_id, kind=KIND, due_on=due, rule_set_id=rule_set_id)
        session.add(row)
    elif row.due_on != due:
        row.due_on = due
    if contract.programme_ended_on is None:
        if row.done_on is not None:  # a new contract after an ended one: the programme runs again
            row.done_on, row.done_by = None, None
    elif row.done_on != contract.programme_ended_on:
        row.done_on, row.done_by = contract.programme_ended_on, contract.updated_by
    return row


def end_note(session: Session, person_id: int) -> str:
    """ "Ordinary job" etc.: why the signed contract's programme ended ("" when it has not)."""
    contract = signed_contract(session, person_id)
    if contract is None or contract.programme_end_reason is None:
        return ""
    return ProgrammeEndReason(contract.programme_end_reason).label()


def record_programme_end(
    ctx: AppContext, deadline_id: int, expected_version: int, reason: str, ended_on: date
) -> DeadlineRow:
    """The programme ends instead of being extended: ``reason`` (``ProgrammeEndReason``) from ``ended_on``.

    Stored on the signed contract; the reminder (and an open "Programme ends" deadline) is done then.
    """
    require(ctx, Permission.EDIT_CASES)
    today = ctx.today()
    with ctx.uow() as uow:
        session = uow.session
        row = session.get(Deadline, deadline_id)
        if row is None or row.kind != KIND:
            raise NotFoundError(tr("deadlines", "The deadline no longer exists."))
        check_version(row, expected_version)
        contract = signed_contract(session, row.person_id)
        if contract is None:
            raise ValidationError(tr("deadlines", "The person has no signed contract."), field="reason")
        known = check_programme_end(reason, ended_on, contract.programme_start, today)
        contract.programme_ended_on = ended_on
        contract.programme_end_reason = known.value
        _audit(uow, "contracts", contract.id, row.person_id, audit.changes_of(contract))
        row.done_on, row.done_by = ended_on, ctx.username
        _audit(uow, "deadlines", row.id, row.person_id, audit.changes_of(row))
        takeover_end = _deadline(session, row.person_id, DeadlineKind.PROGRAMME_END.value)
        if takeover_end is not None and takeover_end.done_on is None:
            takeover_end.done_on, takeover_end.done_by = ended_on, ctx.username
            _audit(uow, "deadlines", takeover_end.id, row.person_id, audit.changes_of(takeover_end))
        session.flush()
        result = row_of(row, today, known.label())
        uow.commit()
    return result


def take_back_end(uow: UnitOfWork, row: Deadline) -> None:
    """Reopening the reminder: the recorded end is removed from the contract (audited), and the
    "Programme ends" deadline it closed opens again. The caller reopens ``row`` itself."""
    session = uow.session
    contract = signed_contract(session, row.person_id)
    if contract is None or contract.programme_ended_on is None:
        return
    ended_on = contract.programme_ended_on
    contract.programme_ended_on = None
    contract.programme_end_reason = None
    _audit(uow, "contracts", contract.id, row.person_id, audit.changes_of(contract))
    takeover_end = _deadline(session, row.person_id, DeadlineKind.PROGRAMME_END.value)
    if takeover_end is not None and takeover_end.done_on == ended_on:
        takeover_end.done_on, takeover_end.done_by = None, None
        _audit(uow, "deadlines", takeover_end.id, row.person_id, audit.changes_of(takeover_end))


def _audit(
    uow: UnitOfWork, entity: str, entity_id: int, person_id: int, changes: dict[str, list[Any]]
) -> None:
    audit.record(uow, AuditAction.UPDATE, entity, entity_id, person_id=person_id, changes=changes)
