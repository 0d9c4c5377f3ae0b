"""Keys that make check-then-insert races impossible (issue 18).

- ``hour_entries``: one row per person, activity and ISO week (and, in a partial index, one per
  week of the rows without an activity, which NULL would let through);
- ``funding_events``: one event of a kind per person and day;
- ``quotas``: no two periods overlap (PostgreSQL: an exclusion constraint on the daterange,
  SQLite: triggers), as ``services.quota`` already checks.

A database that already holds rows these keys forbid is not changed: the upgrade stops with the
list of them for the administrator to settle (this migration never deletes data).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Connection

from integration_desk.db.errors import UpgradeBlocked
from integration_desk.i18n import tr

revision = "0006"
down_revision = "0009"
branch_labels = None
depends_on = None

HOURS_KEY = "uq_hour_entries_person_activity_week"
HOURS_NO_ACTIVITY_KEY = "uq_hour_entries_person_week_no_activity"
FUNDING_KEY = "uq_funding_events_person_kind_day"
QUOTA_GUARD = "ex_quotas_overlap"
#: at most this many problems are listed (then how many more)
SHOWN = 30

_SQLITE_QUOTA_OVERLAP = """
    EXISTS (SELECT 1 FROM quotas AS q
            WHERE q.id IS NOT NEW.id AND q.starts_on <= NEW.ends_on AND NEW.starts_on <= q.ends_on)
"""


def _duplicates(connection: Connection, table: str, columns: str) -> dict[tuple[object, ...], list[int]]:
    rows = connection.execute(sa.text(f"SELECT {columns}, id FROM {table} ORDER BY id"))
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for *values, row_id in rows:
        groups[tuple(values)].append(row_id)
    return {values: ids for values, ids in groups.items() if len(ids) > 1}


def _ids(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)


def problems(connection: Connection) -> list[str]:
    """One line per group of rows the new keys forbid (ids only: no personal data)."""
    found = []
    hours = _duplicates(connection, "hour_entries", "person_id, activity_id, iso_year, iso_week")
    for (person, activity, year, week), ids in hours.items():
        found.append(
            tr("db", "hour_entries {ids}: person {person}, activity {activity}, week {week}").format(
                ids=_ids(ids), person=person, activity=activity or "–", week=f"{year}-W{week:02}"
            )
        )
    funding = _duplicates(connection, "funding_events", "person_id, kind, occurred_on")
    for (person, kind, day), ids in funding.items():
        found.append(
            tr("db", "funding_events {ids}: person {person}, {kind} on {day}").format(
                ids=_ids(ids), person=person, kind=kind, day=day
            )
        )
    overlaps = connection.execute(
        sa.text(
            "SELECT a.id, b.id FROM quotas AS a JOIN quotas AS b "
            "ON a.id < b.id AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on ORDER BY a.id, b.id"
        )
    )
    for first, second in overlaps:
        found.append(tr("db", "quotas {ids}: the periods overlap").format(ids=_ids([first, second])))
    return found


def upgrade() -> None:
    connection = op.get_bind()
    found = problems(connection)
    if found:
        shown = found[:SHOWN]
        if len(found) > SHOWN:
            shown.append(tr("db", "… and {count} more").format(count=len(found) - SHOWN))
        raise UpgradeBlocked(
            tr(
                "db",
                "The database was not upgraded (nothing was changed): these rows are duplicates the new "
                "version refuses. An administrator must merge or delete them, then start the program again:",
            )
            + "\n"
            + "\n".join(shown)
        )
    op.create_index(
        HOURS_KEY, "hour_entries", ["person_id", "activity_id", "iso_year", "iso_week"], unique=True
    )
    op.create_index(
        HOURS_NO_ACTIVITY_KEY,
        "hour_entries",
        ["person_id", "iso_year", "iso_week"],
        unique=True,
        sqlite_where=sa.text("activity_id IS NULL"),
        postgresql_where=sa.text("activity_id IS NULL"),
    )
    op.create_index(FUNDING_KEY, "funding_events", ["person_id", "kind", "occurred_on"], unique=True)
    dialect = connection.dialect.name
    if dialect == "postgresql":
        op.execute(
            f"ALTER TABLE quotas ADD CONSTRAINT {QUOTA_GUARD} "
            "EXCLUDE USING gist (daterange(starts_on, ends_on, '[]') WITH &&)"
        )
    else:
        for event in ("INSERT", "UPDATE OF starts_on, ends_on"):
            op.execute(
                f"CREATE TRIGGER quotas_no_overlap_{event.split()[0].lower()} BEFORE {event} ON quotas "
                f"WHEN {_SQLITE_QUOTA_OVERLAP} BEGIN SELECT RAISE(ABORT, '{QUOTA_GUARD}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE quotas DROP CONSTRAINT {QUOTA_GUARD}")
    else:
        op.execute("DROP TRIGGER quotas_no_overlap_insert")
        op.execute("DROP TRIGGER quotas_no_overlap_update")
    op.drop_index(FUNDING_KEY, table_name="funding_events")
    op.drop_index(HOURS_NO_ACTIVITY_KEY, table_name="hour_entries")
    op.drop_index(HOURS_KEY, table_name="hour_entries")
