"""Fixtures for the contract tests: a person with a takeover date, an administrator."""

from __future__ import annotations

from datetime import date

import pytest

from integration_desk.db.models import Household, Person, Role, User
from integration_desk.services.context import AppContext


@pytest.fixture
def person_id(ctx: AppContext) -> int:
    return make_person(ctx)


def make_person(
    ctx: AppContext, given: str = "Feven", family: str = "Asmerom", native: str = "ፌቨን ኣስመሮም"
) -> int:
    with ctx.uow() as uow:
        worker = User(username="tester", display_name="Mette Holm", role=Role.ADMIN.value)
        existing = uow.session.query(User).filter_by(username="tester").one_or_none()
        worker = existing or worker
        household = Household(display_name=f"{family}")
        person = Person(
            household=household,
            given_name=given,
            family_name=family,
            native_name=native,
            birth_date=date(1990, 5, 1),
            cpr="0105901234",
            takeover_date=date(2016, 9, 1),
            caseworker=worker,
        )
        uow.session.add_all([worker, person])
        uow.commit()
        return person.id


@pytest.fixture
def person_maker():  # type: ignore[no-untyped-def]
    """``make_person`` for tests that choose their own database (the GUI tests use SQLite)."""
    return make_person
