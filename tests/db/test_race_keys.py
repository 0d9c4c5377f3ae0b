"""Migration 0006 (issue 18): the keys that make a check-then-insert race impossible exist on both
engines, and a database that already holds rows they forbid is not upgraded: the administrator
gets the list, nothing is changed and nothing is deleted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from integration_desk.cli import main
from integration_desk.db import keys, migrate
from integration_desk.db.engine import make_engine
from integration_desk.db.errors import UpgradeBlocked
from integration_desk.db.models import FundingEvent, HourEntry, Household, Person, Quota
from tests.conftest import clone_postgres, drop_postgres, postgres_url

STAMPS = "1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'"
STAMP_COLUMNS = "version, created_at, created_by, updated_at, updated_by"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database without any schema yet, on each engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    if postgres_url() is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    url = clone_postgres("template0")
    yield url
    drop_postgres(url)


def _migrate_to(engine: Engine, revision: str) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _with_duplicates(engine: Engine) -> dict[str, list[int]]:
    """Rows an older program (or a race) left: two of one hour row, one funding event twice, and
    two quota periods that overlap."""
    with Session(engine) as session:
        person = Person(household=Household(display_name="H"), given_name="A", family_name="B")
        session.add(person)
        session.flush()
        hours = [
            HourEntry(person_id=person.id, iso_year=2016, iso_week=11, attended=Decimal(n), recorded_by="x")
            for n in (1, 2)
        ]
        events = [
            FundingEvent(person_id=person.id, kind="education_start", occurred_on=date(2016, 9, 1))
            for _ in (1, 2)
        ]
        quotas = [
            Quota(starts_on=date(2016, 3, 1), ends_on=date(2017, 2, 28), persons=72),
            Quota(starts_on=date(2017, 1, 1), ends_on=date(2017, 12, 31), persons=60),
        ]
        session.add_all([*hours, *events, *quotas])
        session.commit()
        return {
            "person": [person.id],
            "hours": [h.id for h in hours],
            "events": [e.id for e in events],
            "quotas": [q.id for q in quotas],
        }


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_duplicates_stop_the_upgrade_with_their_list_and_change_nothing(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(empty_url)
    try:
        _migrate_to(engine, "0004")
        ids = _with_duplicates(engine)
        with pytest.raises(UpgradeBlocked) as blocked:
            migrate.upgrade(engine)
        message = str(blocked.value)
        hours, events, quotas = ids["hours"], ids["events"], ids["quotas"]
        person = ids["person"][0]
        assert f"hour_entries {hours[0]}, {hours[1]}: person {person}, aktivitet –, uge 2016-W11" in message
        assert f"funding_events {events[0]}, {events[1]}: person {person}, education_start" in message
        assert f"quotas {quotas[0]}, {quotas[1]}" in message
        assert "ikke opgraderet" in message  # Danish, for the administrator
        assert migrate.current_revision(engine) == "0004"
        assert (_count(engine, HourEntry), _count(engine, FundingEvent), _count(engine, Quota)) == (2, 2, 2)

        # the command line says the same, with its exit code for an unusable database
        assert main(["--database", empty_url, "db", "upgrade"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("integration-desk: ") and f"hour_entries {hours[0]}, {hours[1]}" in err

        # once the administrator settled them, the upgrade goes through
        with engine.begin() as connection:
            connection.execute(text(f"DELETE FROM hour_entries WHERE id = {hours[1]}"))
            connection.execute(text(f"DELETE FROM funding_events WHERE id = {events[1]}"))
            connection.execute(text(f"UPDATE quotas SET starts_on = '2017-03-01' WHERE id = {quotas[1]}"))
        assert migrate.upgrade(engine) is True
        assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    finally:
        engine.dispose()


def test_the_keys_exist_and_refuse_a_second_row(engine: Engine) -> None:
    indexes = {
        table: {i["name"]: i for i in inspect(engine).get_indexes(table)}
        for table in ("hour_entries", "funding_events")
    }
    assert indexes["hour_entries"]["uq_hour_entries_person_activity_week"]["unique"]
    assert indexes["hour_entries"]["uq_hour_entries_person_week_no_activity"]["unique"]
    assert indexes["funding_events"]["uq_funding_events_person_kind_day"]["unique"]
    with engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO households (id, display_name, notes, {STAMP_COLUMNS}) VALUES (901, 'H', '', {STAMPS})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO persons (id, household_id, given_name, family_name, native_name, nationality, "
                f"languages, relation, status, kind, {STAMP_COLUMNS}) "
                f"VALUES (901, 901, 'A', 'B', '', '', '', '', 'arrived', 'quota', {STAMPS})"
            )
        )
        connection.execute(
            text(
                f"INSERT INTO quotas (starts_on, ends_on, persons, notes, {STAMP_COLUMNS}) "
                f"VALUES ('2016-03-01', '2017-02-28', 72, '', {STAMPS})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO contracts (id, person_id, version_no, status, paper_copy_received, employment_goal, "
                f"education_goal, interpreter_name, interpreter_language, sections, {STAMP_COLUMNS}) "
                f"VALUES (901, 901, 1, 'signed', false, '', '', '', '', '{{}}', {STAMPS})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO contract_activities (id, contract_id, kind, provider, starts_on, ends_on, "
                f"hours_per_week, notes, {STAMP_COLUMNS}) "
                f"VALUES (901, 901, 'danish_classes', '', '2016-03-01', '2017-02-28', 15, '', {STAMPS})"
            )
        )
    hour = (
        "INSERT INTO hour_entries (person_id, activity_id, iso_year, iso_week, planned, attended, absent_sick, "
        f"absent_valid, absent_unexcused, note, recorded_by, approved, {STAMP_COLUMNS}) "
        f"VALUES (901, 901, 2016, 11, 0, 1, 0, 0, 0, '', 'x', false, {STAMPS})"
    )
    unplanned = hour.replace("(901, 901, 2016", "(901, NULL, 2016")
    event = (
        f"INSERT INTO funding_events (person_id, kind, occurred_on, derived, details, {STAMP_COLUMNS}) "
        f"VALUES (901, 'danish_test_passed', '2016-09-01', false, '', {STAMPS})"
    )
    overlapping = (
        f"INSERT INTO quotas (starts_on, ends_on, persons, notes, {STAMP_COLUMNS}) "
        f"VALUES ('2017-02-28', '2017-12-31', 60, '', {STAMPS})"
    )
    for statement, key in (
        (hour, "uq_hour_entries_person_activity_week"),
        (unplanned, "uq_hour_entries_person_week_no_activity"),
        (event, "uq_funding_events_person_kind_day"),
        (overlapping, "ex_quotas_overlap"),
    ):
        with engine.begin() as connection:
            if statement != overlapping:
                connection.execute(text(statement))
        with pytest.raises(IntegrityError) as refused, engine.begin() as connection:
            connection.execute(text(statement))
        # the unit of work knows the key, so a race on it becomes the program's conflict
        found = keys.violated(refused.value)
        assert found is not None and found.name == key
    with engine.begin() as connection:  # the next period, from the day after: fine
        connection.execute(text(overlapping.replace("'2017-02-28'", "'2017-03-01'")))
