"""The programme must be extended or ended (issue 13, point 14): the reminder follows the signed
contract's programme end, moves with a later signed end, and is done by a recorded end reason
(both engines)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, Contract, Deadline, Person
from integration_desk.domain.contracts import ActivityInput
from integration_desk.domain.errors import ValidationError
from integration_desk.services import contracts, contracts_edit, deadlines, rules
from integration_desk.services.context import AppContext
from integration_desk.services.deadlines import DeadlineRow, create_deadlines
from integration_desk.services.programme_end import record_programme_end
from tests.contracts.test_services import data

EXTENSION = "programme_extension"


def sign_contract(ctx: AppContext, person_id: int, end: date, *, sign: bool = True) -> int:
    """A new version (the first, or the next after the signed one) ending ``end``; signed unless not."""
    newest = contracts.newest_contract_id(ctx, person_id)
    contract_id = (
        contracts_edit.create_contract(ctx, person_id)
        if newest is None
        else contracts_edit.start_new_version(ctx, newest)
    )
    detail = contracts.get_contract(ctx, contract_id)
    activities = (ActivityInput("danish_classes", "Sprogcenter", date(2016, 9, 5), end, Decimal(15)),)
    inputs = data(caseworker_id=detail.caseworker_id, programme_end=end, activities=activities)
    detail = contracts_edit.save_contract(ctx, contract_id, detail.version, inputs)
    if sign:
        detail = contracts_edit.mark_ready(ctx, contract_id, detail.version)
        contracts_edit.sign(ctx, contract_id, detail.version, date(2016, 9, 22), date(2016, 9, 22), True)
    return contract_id


def extension(ctx: AppContext, person_id: int) -> DeadlineRow:
    return next(d for d in deadlines.deadlines_of(ctx, person_id) if d.kind == EXTENSION)


def test_signing_makes_the_reminder_and_a_later_signed_end_moves_it(ctx: AppContext, person_id: int) -> None:
    assert [d for d in deadlines.deadlines_of(ctx, person_id) if d.kind == EXTENSION] == []
    sign_contract(ctx, person_id, date(2017, 8, 31))
    first = extension(ctx, person_id)
    assert (first.due_on, first.done_on, first.label) == (
        date(2017, 8, 31) - timedelta(weeks=8),
        None,
        "Programmet udløber — forlæng eller afslut",
    )
    # A draft with a later end is not yet agreed: the reminder stays where it is.
    draft = sign_contract(ctx, person_id, date(2018, 8, 31), sign=False)
    assert extension(ctx, person_id).due_on == first.due_on
    # Signed, the programme is extended: the reminder moves to the new end.
    detail = contracts_edit.mark_ready(ctx, draft, contracts.get_contract(ctx, draft).version)
    contracts_edit.sign(ctx, draft, detail.version, date(2016, 10, 1), date(2016, 10, 1), True)
    moved = extension(ctx, person_id)
    assert (moved.id, moved.due_on, moved.done_on) == (first.id, date(2018, 8, 31) - timedelta(weeks=8), None)


def test_recording_the_end_reason_closes_the_reminder_and_reopening_takes_it_back(
    ctx: AppContext, person_id: int
) -> None:
    with ctx.uow() as uow:  # the takeover deadlines, as at arrival
        person = uow.session.get(Person, person_id)
        assert person is not None and person.takeover_date is not None
        create_deadlines(uow.session, person, person.takeover_date)
        uow.commit()
    contract_id = sign_contract(ctx, person_id, date(2017, 8, 31))
    reminder = extension(ctx, person_id)
    with pytest.raises(ValidationError) as refused:
        deadlines.mark_done(ctx, reminder.id, reminder.version)  # "done" needs a reason or an extension
    assert "senere programslut" in str(refused.value)

    done = record_programme_end(ctx, reminder.id, reminder.version, "job", date(2016, 10, 1))
    assert (done.done_on, done.done_by, done.note) == (date(2016, 10, 1), "tester", "Ordinært job")
    rows = {d.kind: d for d in deadlines.deadlines_of(ctx, person_id)}
    assert rows[EXTENSION].note == "Ordinært job"
    assert rows["programme_end"].done_on == date(2016, 10, 1)  # the programme has ended
    assert rows["contract"].done_on is None  # the others are not touched
    with ctx.uow(readonly=True) as uow:
        contract = uow.session.get(Contract, contract_id)
        assert contract is not None
        assert (contract.status, contract.programme_ended_on, contract.programme_end_reason) == (
            "signed",
            date(2016, 10, 1),
            "job",
        )
        events = uow.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.person_id == person_id, AuditEvent.action == "update")
            .order_by(AuditEvent.id.desc())
            .limit(3)
        ).all()
    changes = {(e.entity, e.entity_id): json.loads(e.changes) for e in events}
    assert changes[("contracts", contract_id)]["programme_end_reason"] == [None, "job"]
    assert changes[("deadlines", reminder.id)]["done_on"] == [None, "2016-10-01"]
    assert ("deadlines", rows["programme_end"].id) in changes

    reopened = deadlines.reopen(ctx, done.id, done.version)
    assert reopened.done_on is None
    rows = {d.kind: d for d in deadlines.deadlines_of(ctx, person_id)}
    assert rows["programme_end"].done_on is None and rows[EXTENSION].note == ""
    with ctx.uow(readonly=True) as uow:
        contract = uow.session.get(Contract, contract_id)
        assert contract is not None and contract.programme_end_reason is None


def test_impossible_end_records_are_refused(ctx: AppContext, person_id: int) -> None:
    sign_contract(ctx, person_id, date(2017, 8, 31))
    reminder = extension(ctx, person_id)
    for reason, on, field in (
        ("lottery", date(2016, 10, 1), "reason"),
        ("job", date(2016, 10, 4), "ended_on"),  # after today (3 October)
        ("job", date(2016, 8, 31), "ended_on"),  # before the programme started
    ):
        with pytest.raises(ValidationError) as refused:
            record_programme_end(ctx, reminder.id, reminder.version, reason, on)
        assert refused.value.field == field
    assert extension(ctx, person_id).done_on is None
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(Deadline.done_on).where(Deadline.id == reminder.id)) is None


def test_the_rule_sets_weeks_decide_the_date(ctx: AppContext, person_id: int) -> None:
    stored = next(s for s in rules.stored_rule_sets(ctx) if s.rules.effective_from == date(2016, 6, 1))
    assert stored.rules.programme_extension_notice_weeks == 8  # the shipped default
    rules.save_rule_set(
        ctx, replace(stored.rules, programme_extension_notice_weeks=13), stored.id, stored.version
    )
    sign_contract(ctx, person_id, date(2017, 8, 31))
    assert extension(ctx, person_id).due_on == date(2017, 8, 31) - timedelta(weeks=13)
    with ctx.uow(readonly=True) as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "rule_sets").order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None and json.loads(event.changes)["programme_extension_notice_weeks"] == [8, 13]
