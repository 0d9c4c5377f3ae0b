"""The start page narrows to the caseworker's own caseload; a team lead sees the whole team's."""

from __future__ import annotations

from sqlalchemy import select

from integration_desk.db.models import Deadline, Person, User
from integration_desk.services import overview
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from tests.conftest import DEMO_TODAY


def test_overdue_deadlines_are_the_caseworkers_own_but_the_team_leads_all(demo_url: str) -> None:
    engine = open_database(demo_url)
    try:
        with engine.connect() as connection:
            mette = connection.execute(select(User.id).where(User.username == "mette")).scalar_one()
            rows = connection.execute(
                select(Deadline.person_id, Person.caseworker_id)
                .join(Person, Deadline.person_id == Person.id)
                .where(Deadline.done_on.is_(None), Deadline.due_on < DEMO_TODAY)
            ).all()
        everyone = sorted(person for person, _ in rows)
        mettes = sorted(person for person, caseworker in rows if caseworker == mette)
        assert everyone and len(mettes) < len(everyone)

        as_mette = overview.overdue(AppContext(engine, "mette", today=DEMO_TODAY))
        as_birgit = overview.overdue(AppContext(engine, "birgit", today=DEMO_TODAY))
        assert sorted(item.person_id for item in as_mette) == mettes
        assert sorted(item.person_id for item in as_birgit) == everyone
    finally:
        engine.dispose()
