"""The schema: every table of DESIGN.md from the first migration, refused when newer, no double booking."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from integration_desk.db import migrate
from integration_desk.db.errors import SchemaTooNew
from integration_desk.services.database import open_database

DESIGN_TABLES = {
    "households",
    "persons",
    "arrival_notices",
    "quotas",
    "housing_sites",
    "housing_units",
    "rooms",
    "room_closures",
    "allocations",
    "contracts",
    "contract_activities",
    "hour_entries",
    "health_records",
    "rule_sets",
    "funding_events",
    "users",
    "audit_events",
}
EDITABLE_COLUMNS = {"version", "created_at", "created_by", "updated_at", "updated_by"}


def test_first_migration_creates_every_table_with_locking_and_stamps(engine: Engine) -> None:
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    assert tables >= DESIGN_TABLES
    # edit_presence (issue 7) is a transient note of who has an editor open, never edited itself
    for table in tables - {"audit_events", "alembic_version", "edit_presence"}:
        columns = {column["name"] for column in inspector.get_columns(table)}
        assert columns >= EDITABLE_COLUMNS, table
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_upgrade_twice_changes_nothing(engine: Engine) -> None:
    assert migrate.upgrade(engine) is False


def test_a_database_from_a_newer_program_is_refused(database_url: str) -> None:
    engine = open_database(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNew) as refused:
        open_database(database_url)
    assert "9999_future" in str(refused.value)
    assert "nyere version" in str(refused.value)


def _insert_room_and_household(connection) -> None:  # type: ignore[no-untyped-def]
    stamps = "1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'"
    columns = "version, created_at, created_by, updated_at, updated_by"
    connection.execute(
        text(f"INSERT INTO households (id, display_name, notes, {columns}) VALUES (1, 'A', '', {stamps})")
    )
    connection.execute(
        text(
            f"INSERT INTO housing_sites (id, name, address, notes, {columns}) VALUES (1, 'S', '', '', {stamps})"
        )
    )
    connection.execute(
        text(
            f"INSERT INTO housing_units (id, site_id, name, max_persons, notes, {columns}) VALUES (1, 1, 'U', 6, '', {stamps})"
        )
    )
    connection.execute(
        text(
            f"INSERT INTO rooms (id, unit_id, name, beds, floor, notes, {columns}) VALUES (1, 1, 'R1', 2, '', '', {stamps})"
        )
    )
    connection.execute(
        text(
            f"INSERT INTO allocations (room_id, household_id, persons, starts_on, ends_on, status, {columns}) "
            f"VALUES (1, 1, 2, '2016-03-01', '2016-06-01', 'occupied', {stamps})"
        )
    )


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "refused"),
    [
        ("'2016-03-01'", "'2016-06-01'", True),  # an exact copy
        ("'2016-05-31'", "NULL", True),  # open-ended, starting inside
        ("'2016-02-01'", "'2016-03-02'", True),  # ending inside
        ("'2016-06-01'", "NULL", False),  # moving in the day the other moves out
        ("'2016-01-01'", "'2016-03-01'", False),  # moving out the day the other moves in
    ],
)
def test_the_database_itself_refuses_overlapping_stays_in_one_room(
    engine: Engine, starts_on: str, ends_on: str, refused: bool
) -> None:
    with engine.begin() as connection:
        _insert_room_and_household(connection)
    stamps = "1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'"
    insert = text(
        "INSERT INTO allocations (room_id, household_id, persons, starts_on, ends_on, status, "
        "version, created_at, created_by, updated_at, updated_by) "
        f"VALUES (1, 1, 2, {starts_on}, {ends_on}, 'planned', {stamps})"
    )
    if refused:
        with pytest.raises(IntegrityError, match="ex_allocations_room_overlap"), engine.begin() as connection:
            connection.execute(insert)
    else:
        with engine.begin() as connection:
            connection.execute(insert)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM allocations")).scalar_one()
    assert count == (1 if refused else 2)


def test_the_fast_start_path_knows_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_0008_reminds_every_contract_signed_before_it(engine: Engine) -> None:
    """An existing database: the reminder to extend or end is made for the contracts signed already."""
    from datetime import date, timedelta

    from alembic import command

    from integration_desk.services.context import AppContext
    from tests.contracts.conftest import make_person
    from tests.contracts.test_programme_end import sign_contract

    ctx = AppContext(engine, "tester", today=date(2016, 10, 3))
    person_id = make_person(ctx)
    sign_contract(ctx, person_id, date(2017, 8, 31))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")  # as the database stood before 0008
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM deadlines")).scalar_one() == 0
    assert migrate.upgrade(engine) is True
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT person_id, kind, due_on, done_on, rule_set_id FROM deadlines")
        ).all()
        weeks = connection.execute(
            text("SELECT DISTINCT programme_extension_notice_weeks FROM rule_sets")
        ).all()
    assert [(r[0], r[1], str(r[2]), r[3]) for r in rows] == [
        (person_id, "programme_extension", str(date(2017, 8, 31) - timedelta(weeks=8)), None)
    ]
    assert rows[0][4] is not None and weeks == [(8,)]
