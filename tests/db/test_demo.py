"""The demo data: a world the database accepts, the quota the seed text describes, and the same
world every time for the same seed."""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, undefer

from integration_desk.db.demo import DEMO_USERS, DemoSummary, demo_today, seed_demo
from integration_desk.db.models import (
    Allocation,
    ArrivalNotice,
    Base,
    Person,
    PersonKind,
    PersonStatus,
    Quota,
    Room,
    RoomClosure,
    User,
)
from integration_desk.domain.cpr import parse_cpr
from integration_desk.services.database import open_database

POSTGRES_URL = os.environ.get("INTEGRATION_DESK_TEST_POSTGRES_URL")


def _fresh(tmp_path: Path, name: str) -> Engine:
    return open_database(f"sqlite:///{tmp_path}/{name}.db")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoSummary]]:
    engine = _fresh(tmp_path_factory.mktemp("demo"), "demo")
    summary = seed_demo(engine, scale=1, seed=1)
    assert summary is not None
    yield engine, summary
    engine.dispose()


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.scalar(select(func.count()).select_from(table)) or 0
            for name, table in Base.metadata.tables.items()
        }


def _persons(engine: Engine) -> list[tuple[object, ...]]:
    with Session(engine) as session:
        rows = session.execute(
            select(
                Person.given_name, Person.family_name, Person.native_name, Person.birth_date, Person.cpr
            ).order_by(Person.id)
        )
        return [tuple(row) for row in rows]


def _check_world(engine: Engine) -> None:
    """The invariants any seeded database must keep, whatever the engine or scale."""
    with Session(engine) as session:
        beds = {room.id: room.beds for room in session.scalars(select(Room))}
        stays: dict[int, list[tuple[date, date]]] = defaultdict(list)
        for allocation in session.scalars(select(Allocation)):
            assert allocation.persons <= beds[allocation.room_id]
            stays[allocation.room_id].append((allocation.starts_on, allocation.ends_on or date.max))
        for periods in stays.values():
            periods.sort()
            for (_, end), (next_start, _) in pairwise(periods):
                assert end <= next_start, "two stays overlap in one room"
        for closure in session.scalars(select(RoomClosure)):
            for start, end in stays[closure.room_id]:
                assert end <= closure.starts_on or start > closure.ends_on, "a stay falls in a closure"
        for person in session.scalars(select(Person).where(Person.cpr.is_not(None))):
            assert person.cpr is not None
            cpr = parse_cpr(person.cpr)
            assert len(person.cpr) == 10
            assert (cpr.birth_date, cpr.sex.value) == (person.birth_date, person.sex)


def test_scale_one_has_the_seed_texts_quota(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, summary = seeded
    assert summary.today == date(2016, 10, 3) == demo_today(1)
    assert summary.quotas == 1
    with Session(engine) as session:
        quota = session.scalars(select(Quota)).one()
        assert (quota.starts_on, quota.ends_on, quota.persons) == (date(2016, 3, 1), date(2017, 2, 28), 72)
        quota_persons = session.scalar(
            select(func.count(Person.id))
            .join(ArrivalNotice, ArrivalNotice.household_id == Person.household_id)
            .where(
                ArrivalNotice.quota_id == quota.id,
                ArrivalNotice.expected_arrival_on.between(quota.starts_on, quota.ends_on),
                Person.kind == PersonKind.QUOTA,
            )
        )
        assert quota_persons == 72
        reunified_quota_ids = session.scalars(
            select(ArrivalNotice.quota_id)
            .join(Person, Person.household_id == ArrivalNotice.household_id)
            .where(Person.kind == PersonKind.FAMILY_REUNIFIED)
        ).all()
        assert reunified_quota_ids and set(reunified_quota_ids) == {None}


def test_summary_counts_what_is_stored(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, summary = seeded
    counts = _row_counts(engine)
    assert summary.users == counts["users"] == len(DEMO_USERS)
    assert summary.persons == counts["persons"]
    assert summary.households == counts["households"]
    assert summary.rooms == counts["rooms"]
    assert summary.allocations == counts["allocations"]
    assert summary.contracts == counts["contracts"]
    assert summary.hour_entries == counts["hour_entries"] > 0
    assert summary.deadlines == counts["deadlines"] > 0


def test_names_are_in_latin_and_in_their_own_script(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, _ = seeded
    with Session(engine) as session:
        persons = session.scalars(select(Person)).all()
    assert all(p.given_name.isascii() and p.family_name.isascii() and p.native_name for p in persons)

    def has_script(text: str, first: int, last: int) -> bool:
        return any(first <= ord(char) <= last for char in text)

    syrians = [p.native_name for p in persons if p.nationality == "Syrien"]
    eritreans = [p.native_name for p in persons if p.nationality == "Eritrea"]
    assert syrians and all(has_script(name, 0x0600, 0x06FF) for name in syrians)  # Arabic
    assert eritreans and all(has_script(name, 0x1200, 0x137F) for name in eritreans)  # Ethiopic


def test_the_world_is_one_the_database_accepts(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, _ = seeded
    _check_world(engine)


def test_arrived_persons_have_identifiers(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, _ = seeded
    with Session(engine) as session:
        # persons.cpr is deferred (the housing role may not read it): load it on purpose here.
        persons = select(Person).options(undefer(Person.cpr))
        arrived = session.scalars(persons.where(Person.status != PersonStatus.EXPECTED)).all()
        expected = session.scalars(persons.where(Person.status == PersonStatus.EXPECTED)).all()
    assert arrived and expected
    assert all(p.udl_nr for p in arrived)
    assert sum(1 for p in arrived if p.cpr) > len(arrived) * 0.8
    assert not any(p.cpr for p in expected)


def test_rerunning_writes_nothing(seeded: tuple[Engine, DemoSummary]) -> None:
    engine, _ = seeded
    before = _row_counts(engine)
    assert seed_demo(engine, scale=1, seed=2) is None
    assert _row_counts(engine) == before


def test_a_database_with_a_user_is_left_alone(tmp_path: Path) -> None:
    engine = _fresh(tmp_path, "users")
    with Session(engine) as session:
        session.add(User(username="anna", display_name="Anna"))
        session.commit()
    assert seed_demo(engine) is None
    assert _row_counts(engine)["persons"] == 0
    engine.dispose()


def test_same_seed_same_world(seeded: tuple[Engine, DemoSummary], tmp_path: Path) -> None:
    engine, summary = seeded
    again = _fresh(tmp_path, "again")
    assert seed_demo(again, scale=1, seed=1) == summary
    assert _persons(again) == _persons(engine)
    other = _fresh(tmp_path, "other")
    seed_demo(other, scale=1, seed=2)
    assert _persons(other) != _persons(engine)
    again.dispose()
    other.dispose()


def test_scale_two_doubles_people_and_rooms(seeded: tuple[Engine, DemoSummary], tmp_path: Path) -> None:
    _, one = seeded
    engine = _fresh(tmp_path, "scale2")
    two = seed_demo(engine, scale=2, seed=1)
    assert two is not None
    assert two.today == date(2017, 10, 3)
    assert (two.persons, two.rooms, two.sites, two.quotas) == (
        2 * one.persons,
        2 * one.rooms,
        2 * one.sites,
        2,
    )
    _check_world(engine)
    engine.dispose()


def test_scale_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        demo_today(0)


@pytest.mark.postgres
@pytest.mark.skipif(POSTGRES_URL is None, reason="INTEGRATION_DESK_TEST_POSTGRES_URL is not set")
def test_postgresql_accepts_the_same_world(seeded: tuple[Engine, DemoSummary]) -> None:
    assert POSTGRES_URL is not None
    server_url = make_url(POSTGRES_URL)
    name = f"integration_desk_demo_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        server_url.set(database=server_url.database or "postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = open_database(server_url.set(database=name).render_as_string(hide_password=False))
        try:
            summary = seed_demo(engine, scale=1, seed=1)
            assert summary == seeded[1]  # the world does not depend on the engine
            assert _persons(engine) == _persons(seeded[0])
            _check_world(engine)
            assert seed_demo(engine, scale=1, seed=1) is None
        finally:
            engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
