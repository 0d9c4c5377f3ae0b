from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from integration_desk.db.models import AuditEvent, Contract, Person
from integration_desk.domain.contracts import ActivityInput
from integration_desk.domain.contracts_text import missing_marker
from integration_desk.domain.errors import ConflictError, DomainError, PermissionDeniedError, ValidationError
from integration_desk.services import contracts, contracts_edit, contracts_print, contracts_settings
from integration_desk.services.context import AppContext


def programme() -> tuple[ActivityInput, ...]:
    return (
        ActivityInput(
            "danish_classes", "Sprogcenter Ballerup", date(2016, 9, 5), date(2019, 8, 31), Decimal(15)
        ),
        ActivityInput("work_placement", "Ballerup Genbrug", date(2016, 9, 5), date(2019, 8, 31), Decimal(22)),
    )


def data(**changes: object) -> contracts_edit.ContractInput:
    base = contracts_edit.ContractInput(
        caseworker_id=None,
        concluded_on=date(2016, 9, 20),
        programme_start=date(2016, 9, 1),
        programme_end=date(2019, 8, 31),
        employment_goal="Job som kok",
        education_goal="Erhvervsuddannelse",
        interpreter_name="Rami",
        interpreter_language="tigrinya",
        activities=programme(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_draft_ready_signed_then_new_version(ctx: AppContext, person_id: int) -> None:
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    assert (detail.status, detail.programme_end) == ("draft", date(2019, 8, 31))
    assert detail.caseworker == "Mette Holm"
    detail = contracts_edit.save_contract(
        ctx, contract_id, detail.version, data(caseworker_id=detail.caseworker_id)
    )
    assert len(detail.activities) == 2
    detail = contracts_edit.mark_ready(ctx, contract_id, detail.version)
    assert detail.status == "ready" and "Feven" in detail.sections["purpose"]
    detail = contracts_edit.sign(
        ctx, contract_id, detail.version, date(2016, 9, 22), date(2016, 9, 23), False
    )
    assert detail.status == "signed"
    with pytest.raises(DomainError):
        contracts_edit.save_contract(ctx, contract_id, detail.version, data())
    second = contracts_edit.start_new_version(ctx, contract_id)
    assert contracts_edit.start_new_version(ctx, contract_id) == second  # one draft at a time
    new = contracts.get_contract(ctx, second)
    assert (new.version_no, new.status, len(new.activities)) == (2, "draft", 2)
    new = contracts_edit.save_contract(
        ctx, second, new.version, data(caseworker_id=new.caseworker_id, activities=programme()[:1])
    )
    new = contracts_edit.mark_ready(ctx, second, new.version)
    contracts_edit.sign(ctx, second, new.version, date(2016, 10, 1), date(2016, 10, 1), True)
    assert contracts.get_contract(ctx, contract_id).status == "superseded"
    comparison = contracts.compare(ctx, second, contract_id)
    assert [c.change.value for c in comparison.activities] == ["same", "removed"]
    assert [r.version_no for r in contracts.history(ctx, person_id)] == [1, 2]


def test_invalid_save_is_refused_and_stale_save_conflicts(ctx: AppContext, person_id: int) -> None:
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    with pytest.raises(ValidationError) as error:
        contracts_edit.save_contract(ctx, contract_id, detail.version, data(programme_end=date(2016, 8, 1)))
    assert error.value.field == "programme_end"
    contracts_edit.save_contract(ctx, contract_id, detail.version, data())
    with pytest.raises(ConflictError):
        contracts_edit.save_contract(ctx, contract_id, detail.version, data())


def test_missing_merge_field_blocks_ready(ctx: AppContext, person_id: int) -> None:
    contracts_settings.save_templates(
        ctx, {**contracts_settings.get_templates(ctx), "purpose": "Mål: {uddannelsesmaal}"}
    )
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    detail = contracts_edit.save_contract(ctx, contract_id, detail.version, data(education_goal=""))
    assert (
        missing_marker("uddannelsesmaal") in contracts_edit.preview_sections(ctx, contract_id)["purpose"].text
    )
    with pytest.raises(ValidationError, match="uddannelsesmaal"):
        contracts_edit.mark_ready(ctx, contract_id, detail.version)
    with pytest.raises(ValidationError):
        contracts_settings.save_templates(ctx, {"purpose": "{fornavm}"})


def test_team_settings_default_to_ballerup_and_only_admins_change(ctx: AppContext, person_id: int) -> None:
    team = contracts_settings.get_team_settings(ctx)
    assert (team.municipality_name, team.address) == ("Jobcenter Ballerup", "Baltorpvej 156\n2750 Ballerup")
    with pytest.raises(ValidationError):
        contracts_settings.save_team_settings(ctx, replace(team, logo=b"GIF89a"))
    other = AppContext(ctx.engine, "someone", today=ctx.today())
    with pytest.raises(PermissionDeniedError):
        contracts_settings.save_team_settings(other, team)


def test_printing_writes_a_print_audit_event(ctx: AppContext, person_id: int) -> None:
    contract_id = contracts_edit.create_contract(ctx, person_id)
    pdf = contracts_print.render_contract(ctx, contract_id)
    assert pdf.startswith(b"%PDF")
    contracts_print.record_printed(ctx, [contract_id], "pdf")
    with ctx.uow(readonly=True) as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
        assert [(e.entity_id, e.person_id) for e in events] == [(contract_id, person_id)]
        assert json.loads(events[0].changes)["how"] == "pdf"
        assert uow.session.get(Contract, contract_id) is not None


def test_a_resident_without_cpr_gets_the_standard_text_without_it(ctx: AppContext) -> None:
    from tests.contracts.conftest import make_person

    person_id = make_person(ctx)
    with ctx.uow() as uow:
        uow.session.get_one(Person, person_id).cpr = None
        uow.commit()
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    detail = contracts_edit.save_contract(
        ctx, contract_id, detail.version, data(caseworker_id=detail.caseworker_id)
    )
    text = contracts_edit.preview_sections(ctx, contract_id)["data_protection"].text
    assert "CPR" not in text and "MANGLER" not in text
    assert "dine personoplysninger for at kunne tilrettelægge" in text
    ready = contracts_edit.mark_ready(ctx, contract_id, detail.version)  # nothing missing: ready
    assert ready.status == "ready"
    assert "CPR" not in ready.sections["data_protection"]


def test_a_missing_required_field_names_it_and_bad_syntax_is_refused(ctx: AppContext, person_id: int) -> None:
    templates = contracts_settings.get_templates(ctx)
    contracts_settings.save_templates(ctx, {**templates, "purpose": "Mål: {uddannelsesmaal}[[ ({cpr})]]"})
    contract_id = contracts_edit.create_contract(ctx, person_id)
    detail = contracts.get_contract(ctx, contract_id)
    detail = contracts_edit.save_contract(ctx, contract_id, detail.version, data(education_goal=""))
    with pytest.raises(ValidationError) as refused:
        contracts_edit.mark_ready(ctx, contract_id, detail.version)
    assert "{uddannelsesmaal} (uddannelsesmålet)" in str(refused.value)
    assert "cpr" not in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        contracts_settings.save_templates(
            ctx, {**templates, "absence": "Fravær [[meldes til {sagsbehandler}."}
        )
    assert refused.value.field == "absence" and "ikke lukket med »]]«" in str(refused.value)


def test_a_stored_copy_of_the_old_standard_text_reads_as_the_new_one(ctx: AppContext, person_id: int) -> None:
    from integration_desk.db.models import TeamSetting
    from integration_desk.domain.contracts_text import DEFAULT_TEMPLATES, PREVIOUS_DEFAULTS

    old = PREVIOUS_DEFAULTS["data_protection"][0]
    assert "herunder dit CPR-nummer {cpr}," in old
    # person_id: also makes "tester" an administrator
    with ctx.uow() as uow:  # what the template editor stored when a team lead saved any section
        uow.session.add(TeamSetting(key="contract_template.data_protection", value=old))
        uow.commit()
    assert contracts_settings.get_templates(ctx)["data_protection"] == DEFAULT_TEMPLATES["data_protection"]
    # Saving the standard texts unchanged stores none of them: they follow the program's text.
    contracts_settings.save_templates(ctx, dict(DEFAULT_TEMPLATES))
    with ctx.uow(readonly=True) as uow:
        keys = set(uow.session.scalars(select(TeamSetting.key)))
    assert "contract_template.purpose" not in keys
