"""Recording funding events on a person, and the detected job grant (both engines)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from integration_desk.db.models import AuditEvent, Household, Person
from integration_desk.domain.errors import ValidationError
from integration_desk.domain.funding import FundingKind
from integration_desk.services import funding
from integration_desk.services.context import AppContext


def add_person(ctx: AppContext, takeover: date | None = date(2016, 7, 1), name: str = "Rami") -> int:
    with ctx.uow() as uow:
        person = Person(
            household=Household(display_name=f"Familien {name}"),
            given_name=name,
            family_name="Haddad",
            status="arrived",
            takeover_date=takeover,
        )
        uow.session.add(person)
        uow.session.flush()
        uow.commit()
        return person.id


def _last_audit_id(ctx: AppContext) -> int:
    with ctx.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.max(AuditEvent.id))) or 0


def test_recorded_and_detected_events_with_amounts(ctx: AppContext) -> None:
    person_id = add_person(ctx)
    logged_before = _last_audit_id(ctx)  # on PostgreSQL the database logged the set-up's person
    funding.record_danish_test(ctx, person_id, "Prøve i Dansk 2", date(2016, 9, 20))
    funding.record_education(ctx, person_id, "VUC Aarhus", date(2016, 8, 8))
    funding.save_job(ctx, person_id, "Arla", Decimal(25), date(2016, 8, 1))
    result = funding.funding_of(ctx, person_id)
    assert [(e.kind, e.on, e.amount, e.derived) for e in result.events] == [
        (FundingKind.EDUCATION_START, date(2016, 8, 8), Decimal("48440"), False),
        (FundingKind.DANISH_TEST_PASSED, date(2016, 9, 20), Decimal("36331"), False),
        # Still running: earned on 31 January 2017 if it goes on.
        (FundingKind.JOB_SIX_MONTHS, date(2017, 1, 31), Decimal("48440"), True),
    ]
    assert result.events[1].details == "Prøve i Dansk 2"
    assert [j.employer for j in result.jobs] == ["Arla"]
    # Base grant: July, August, September, October (3 Oct) have begun.
    assert (result.base_months_total, result.base_months_so_far) == (36, 4)
    assert result.base_amount_so_far == Decimal(4 * 3300)
    with ctx.uow(readonly=True) as uow:
        entities = list(
            uow.session.scalars(
                select(AuditEvent.entity).where(
                    AuditEvent.person_id == person_id, AuditEvent.id > logged_before
                )
            )
        )
    assert sorted(entities) == ["funding_events", "funding_events", "jobs"]


def test_a_job_at_15_hours_earns_nothing_and_can_be_changed(ctx: AppContext) -> None:
    person_id = add_person(ctx)
    job_id = funding.save_job(ctx, person_id, "Netto", Decimal(15), date(2016, 7, 4))
    assert funding.funding_of(ctx, person_id).events == ()
    job = funding.funding_of(ctx, person_id).jobs[0]
    funding.save_job(ctx, person_id, "Netto", Decimal(22), date(2016, 7, 4), None, job_id, job.version)
    assert [e.on for e in funding.funding_of(ctx, person_id).events] == [date(2017, 1, 3)]
    funding.delete_job(ctx, job_id, job.version + 1)
    assert funding.funding_of(ctx, person_id).jobs == ()


def test_validation(ctx: AppContext) -> None:
    person_id = add_person(ctx)
    with pytest.raises(ValidationError) as error:
        funding.record_danish_test(ctx, person_id, "Prøve i Dansk 1", date(2016, 10, 4))
    assert error.value.field == "occurred_on"
    with pytest.raises(ValidationError) as error:
        funding.record_danish_test(ctx, person_id, " ", date(2016, 9, 1))
    assert error.value.field == "test"
    with pytest.raises(ValidationError) as error:
        funding.record_education(ctx, person_id, "VUC", date(2016, 6, 30))
    assert error.value.field == "occurred_on"
    with pytest.raises(ValidationError) as error:
        funding.save_job(ctx, person_id, "Arla", Decimal(20), date(2016, 8, 1), date(2016, 7, 31))
    assert error.value.field == "ends_on"
    with pytest.raises(ValidationError) as error:
        funding.save_job(ctx, person_id, "Arla", Decimal(20), date(2016, 10, 10))
    assert error.value.field == "starts_on"
    assert funding.funding_of(ctx, person_id).events == ()


def test_funding_items_in_a_period(ctx: AppContext) -> None:
    first = add_person(ctx, date(2016, 11, 15), "Rami")
    add_person(ctx, None, "Lina")
    with ctx.uow(readonly=True) as uow:
        items = funding.funding_items(uow.session, date(2016, 12, 1), date(2017, 1, 31))
    assert [(i.person_id, i.on, i.amount) for i in items] == [
        (first, date(2016, 12, 15), Decimal("3300")),
        (first, date(2017, 1, 15), Decimal("3300")),
    ]
