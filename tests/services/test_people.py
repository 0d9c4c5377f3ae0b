"""The persons register: search in any script, and every opening of a file is audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from integration_desk.db.models import AuditEvent, Deadline, Household, Person, PersonStatus, User
from integration_desk.domain.deadlines import DeadlineState
from integration_desk.domain.errors import NotFoundError, ValidationError
from integration_desk.services import people
from integration_desk.services.context import AppContext


def _household(ctx: AppContext) -> tuple[int, int]:
    with ctx.uow() as uow:
        worker = User(username="mette", display_name="Mette Holm", role="caseworker")
        household = Household(display_name="Familien Al-Ahmad")
        uow.session.add_all([worker, household])
        uow.session.flush()
        father = Person(
            household_id=household.id,
            given_name="Mohammed",
            family_name="Al-Ahmad",
            native_name="محمد الأحمد",
            birth_date=date(1980, 5, 2),
            sex="male",
            nationality="Syrien",
            cpr="0205804321",
            udl_nr="81234567",
            status=PersonStatus.ARRIVED,
            caseworker_id=worker.id,
            takeover_date=date(2016, 5, 1),
        )
        daughter = Person(
            household_id=household.id,
            given_name="Lina",
            family_name="Al-Ahmad",
            native_name="لينا الأحمد",
            birth_date=date(2010, 1, 9),
            sex="female",
            nationality="Syrien",
        )
        uow.session.add_all([father, daughter])
        uow.session.flush()
        uow.session.add_all(
            [
                Deadline(
                    person_id=father.id, kind="contract", due_on=date(2016, 6, 1), done_on=date(2016, 5, 20)
                ),
                Deadline(person_id=father.id, kind="health_assessment", due_on=date(2016, 11, 1)),
                Deadline(person_id=father.id, kind="danish_referral", due_on=date(2016, 6, 1)),
            ]
        )
        uow.commit()
        return father.id, daughter.id


def test_search_finds_latin_and_native_script_names_udl_and_cpr(ctx: AppContext) -> None:
    father_id, daughter_id = _household(ctx)
    assert {row.id for row in people.list_people(ctx, "")} == {father_id, daughter_id}
    assert [row.id for row in people.list_people(ctx, "lina")] == [daughter_id]
    assert [row.id for row in people.list_people(ctx, "محمد")] == [father_id]
    assert [row.id for row in people.list_people(ctx, "0205-80")] == [father_id]
    assert [row.id for row in people.list_people(ctx, "8123456")] == [father_id]
    assert {row.id for row in people.list_people(ctx, "al-ahmad")} == {father_id, daughter_id}
    assert people.list_people(ctx, "nobody") == []


def test_rows_carry_household_caseworker_and_next_open_deadline(ctx: AppContext) -> None:
    father_id, _ = _household(ctx)
    row = next(r for r in people.list_people(ctx) if r.id == father_id)
    assert row.household == "Familien Al-Ahmad"
    assert row.caseworker == "Mette Holm"
    assert row.status == "Ankommet"
    assert row.next_deadline_on == date(2016, 6, 1)  # the done contract deadline does not count
    assert row.next_deadline == "Danskuddannelse: henvisning senest" or row.next_deadline


def test_opening_a_person_writes_exactly_one_view_audit_event(ctx: AppContext) -> None:
    father_id, _ = _household(ctx)
    with ctx.uow(readonly=True) as uow:  # on PostgreSQL the database logged the set-up's writes
        logged_before = uow.session.scalar(select(func.max(AuditEvent.id))) or 0
    detail = people.get_person(ctx, father_id)
    assert detail.cpr == "020580-4321"
    assert detail.household_members == ("Lina Al-Ahmad",)
    states = {d.kind: d.state for d in detail.deadlines}
    assert states == {
        "contract": DeadlineState.DONE,
        "danish_referral": DeadlineState.OVERDUE,  # today is 2016-10-03
        "health_assessment": DeadlineState.OPEN,
    }
    with ctx.uow(readonly=True) as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.id > logged_before)).all()
    assert [(e.action, e.entity, e.entity_id, e.person_id, e.username) for e in events] == [
        ("view", "persons", father_id, father_id, "tester")
    ]
    assert "0205804321" not in json.dumps([e.changes for e in events])


def test_a_missing_person_is_a_clear_error_and_writes_no_audit(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError, match="findes ikke"):
        people.get_person(ctx, 999)
    with ctx.uow(readonly=True) as uow:
        assert uow.session.scalars(select(AuditEvent)).all() == []


def test_an_absurdly_long_search_is_refused_in_danish(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="for lang"):
        people.list_people(ctx, "x" * 500)
