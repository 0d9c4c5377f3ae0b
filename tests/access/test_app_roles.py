"""The roles in the app (the only check on SQLite): housing sees no case data nor CPR, read-only never writes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from integration_desk.db.models import Contract, HealthRecord, Household, Person
from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.domain.weeks import IsoWeek
from integration_desk.services import contracts, hours, housing_register, people
from integration_desk.services.access import CPR_HIDDEN, Permission, can, require
from integration_desk.services.context import AppContext


def _as(ctx: AppContext, username: str) -> AppContext:
    return AppContext(ctx.engine, username, today=ctx.today())


def _person_with_cpr(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalars(select(Person.id).where(Person.cpr.is_not(None)).limit(1)).one()


def test_housing_sees_names_and_housing_but_no_cpr(demo_ctx: AppContext) -> None:
    lars = _as(demo_ctx, "lars")
    person_id = _person_with_cpr(demo_ctx)
    assert people.get_person(demo_ctx, person_id).cpr not in ("", CPR_HIDDEN)
    detail = people.get_person(lars, person_id)
    assert detail.cpr == CPR_HIDDEN and detail.given_name
    assert people.list_people(lars)
    # A CPR search is no search by CPR for the housing role (it would reveal the number).
    full = people.get_person(demo_ctx, person_id).cpr.replace("-", "")
    assert [r.id for r in people.list_people(demo_ctx, full)] == [person_id]
    assert people.list_people(lars, full) == []
    with lars.uow(readonly=True) as uow, pytest.raises(PermissionDeniedError, match="CPR"):
        uow.session.scalars(select(Person.cpr)).all()
    with lars.uow(readonly=True) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        with pytest.raises(PermissionDeniedError, match="CPR"):
            _ = person.cpr  # the deferred column is never loaded for this role


def test_housing_may_not_read_contracts_hours_or_health(demo_ctx: AppContext) -> None:
    lars = _as(demo_ctx, "lars")
    assert not can(lars, Permission.CASE_DATA)
    with pytest.raises(PermissionDeniedError, match="kontrakter, timer og helbred"):
        contracts.list_contracts(lars)
    with pytest.raises(PermissionDeniedError, match="kontrakter, timer og helbred"):
        hours.load_week(lars, IsoWeek(2016, 40))
    for table in (HealthRecord, Contract):
        with lars.uow(readonly=True) as uow, pytest.raises(PermissionDeniedError):
            uow.session.scalars(select(table.id)).all()
    assert contracts.list_contracts(demo_ctx)


def test_housing_changes_housing_but_not_cases(demo_ctx: AppContext) -> None:
    lars = _as(demo_ctx, "lars")
    site = housing_register.add_site(lars, "Nyvej 1")
    assert site in dict(housing_register.list_sites(lars))
    with lars.uow() as uow, pytest.raises(PermissionDeniedError, match="ikke ændre"):
        uow.session.add(Household(display_name="X"))
        uow.session.flush()


def test_readonly_reads_everything_and_writes_nothing(demo_ctx: AppContext) -> None:
    revisor = _as(demo_ctx, "revisor")
    person_id = _person_with_cpr(demo_ctx)
    assert (
        people.get_person(revisor, person_id).cpr != CPR_HIDDEN
    )  # reading is logged, so it writes a log row
    assert contracts.list_contracts(revisor)
    with pytest.raises(PermissionDeniedError, match="ikke ændre"):
        housing_register.add_site(revisor, "Nyvej 2")
    with revisor.uow() as uow, pytest.raises(PermissionDeniedError):
        person = uow.session.get(Person, person_id)
        assert person is not None
        person.given_name = "Ændret"
        uow.session.flush()
    assert people.get_person(demo_ctx, person_id).given_name != "Ændret"


def test_require_names_the_refusal_in_danish(demo_ctx: AppContext) -> None:
    with pytest.raises(PermissionDeniedError, match="Kun en administrator administrerer brugere"):
        require(_as(demo_ctx, "mette"), Permission.MANAGE_USERS)
    require(_as(demo_ctx, "admin"), Permission.MANAGE_USERS)
    require(_as(demo_ctx, "someone-unregistered"), Permission.MANAGE_USERS)  # set-up and test path


def test_caseworker_sees_all_case_data(demo_ctx: AppContext) -> None:
    mette = _as(demo_ctx, "mette")
    assert contracts.list_contracts(mette)
    assert hours.load_week(mette, IsoWeek.of(date(2016, 10, 3))) is not None
