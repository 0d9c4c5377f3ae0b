"""One save, one write: a save without a change writes nothing; a save with one moves the row's
version one step and writes one audit row that says what was and what became (issue 13 point 5,
issue 18 point 6)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from integration_desk.db.models import AuditEvent, Contract, ContractActivity
from integration_desk.domain.contracts import ActivityInput
from integration_desk.services import contracts, contracts_edit
from integration_desk.services.context import AppContext
from tests.contracts.test_services import data, programme


def _audit(ctx: AppContext, contract_id: int) -> list[tuple[str, dict[str, object]]]:
    with ctx.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(AuditEvent.action, AuditEvent.changes)
            .where(AuditEvent.entity == "contracts", AuditEvent.entity_id == contract_id)
            .where(AuditEvent.action.in_(["create", "update"]))
            .order_by(AuditEvent.id)
        ).all()
    return [(action, json.loads(changes)) for action, changes in rows]


def _stored(ctx: AppContext, contract_id: int) -> tuple[int, object, list[int]]:
    with ctx.uow(readonly=True) as uow:
        contract = uow.session.get_one(Contract, contract_id)
        ids = sorted(
            uow.session.scalars(
                select(ContractActivity.id).where(ContractActivity.contract_id == contract_id)
            )
        )
        return contract.version, contract.updated_at, ids


def _saved(ctx: AppContext, person_id: int) -> tuple[int, contracts_edit.ContractInput]:
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    form = data(caseworker_id=detail.caseworker_id)
    contracts_edit.save_contract(ctx, contract_id, detail.version, form)
    return contract_id, form


def test_a_save_without_a_change_writes_no_row_and_no_audit_row(ctx: AppContext, person_id: int) -> None:
    contract_id, form = _saved(ctx, person_id)
    before, rows = _stored(ctx, contract_id), _audit(ctx, contract_id)
    version = before[0]
    # The same contract as the editor sends it again: other whitespace, activities in another order.
    again = replace(form, employment_goal=f"  {form.employment_goal} ", activities=form.activities[::-1])
    detail = contracts_edit.save_contract(ctx, contract_id, version, again)
    assert detail.version == version
    assert _stored(ctx, contract_id) == before  # same version, same stamp, the same activity rows
    assert _audit(ctx, contract_id) == rows
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ContractActivity)) == 2


def test_one_save_moves_the_version_one_step(ctx: AppContext, person_id: int) -> None:
    contract_id, form = _saved(ctx, person_id)
    version = _stored(ctx, contract_id)[0]
    assert version == 2  # created as 1, the first save (header and activities) one step
    header = replace(form, employment_goal="Job som kokkeelev")
    assert contracts_edit.save_contract(ctx, contract_id, version, header).version == version + 1
    fewer = replace(header, activities=header.activities[:1])
    assert contracts_edit.save_contract(ctx, contract_id, version + 1, fewer).version == version + 2
    both = replace(fewer, education_goal="HF", activities=programme())
    assert contracts_edit.save_contract(ctx, contract_id, version + 2, both).version == version + 3
    assert _stored(ctx, contract_id)[0] == version + 3
    assert [action for action, _ in _audit(ctx, contract_id)] == ["create"] + ["update"] * 4


def test_audit_rows_say_what_was_and_what_became(ctx: AppContext, person_id: int) -> None:
    contract_id, form = _saved(ctx, person_id)
    placement = ActivityInput("work_placement", "Netto", date(2016, 9, 5), date(2017, 3, 1), Decimal("22.5"))
    detail = contracts.get_contract(ctx, contract_id)
    contracts_edit.save_contract(
        ctx, contract_id, detail.version, replace(form, activities=(form.activities[0], placement))
    )
    (create, created), (_, first), (_, second) = _audit(ctx, contract_id)
    assert create == "create"
    assert created["status"] == [None, "draft"]
    assert created["programme_start"] == [None, "2016-09-01"]
    assert created["person_id"] == [None, person_id]
    old, new = first["activities"]  # type: ignore[misc]
    assert old == [] and [a["provider"] for a in new] == ["Sprogcenter Ballerup", "Ballerup Genbrug"]
    assert first["employment_goal"] == ["", "Job som kok"]
    old, new = second["activities"]  # type: ignore[misc]
    assert sorted(a["provider"] for a in old) == ["Ballerup Genbrug", "Sprogcenter Ballerup"]
    assert sorted(a["provider"] for a in new) == ["Netto", "Sprogcenter Ballerup"]
    assert {"kind": "work_placement", "hours_per_week": "22.50", "ends_on": "2017-03-01"}.items() <= next(
        a for a in new if a["provider"] == "Netto"
    ).items()
    assert set(second) == {"activities"}  # nothing else changed, nothing else said


def test_a_new_version_records_what_it_copied(ctx: AppContext, person_id: int) -> None:
    contract_id, _form = _saved(ctx, person_id)
    detail = contracts_edit.mark_ready(ctx, contract_id, _stored(ctx, contract_id)[0])
    contracts_edit.sign(ctx, contract_id, detail.version, date(2016, 9, 22), date(2016, 9, 22), False)
    copy = contracts_edit.start_new_version(ctx, contract_id)
    (action, changes), *_ = _audit(ctx, copy)
    assert action == "create"
    assert changes["copied_from_version"] == [None, 1] and changes["version_no"] == [None, 2]
    assert changes["employment_goal"] == [None, "Job som kok"]
    old, new = changes["activities"]  # type: ignore[misc]
    assert old == [] and len(new) == 2
    assert "sections" not in changes
