"""Room capacity in the database: a stay never holds more persons than its room has beds.

The services refuse it first with a message naming the room and its beds (and the board asks where
the rest of the family lives); this guard catches what they cannot see: a script, psql, or a room
made smaller by someone else while a stay was being saved. PostgreSQL: a BEFORE ROW trigger raising
a check violation; SQLite: BEFORE INSERT / UPDATE triggers. Both name ``ck_allocations_room_capacity``.

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

GUARD = "ck_allocations_room_capacity"

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION integration_desk_room_capacity() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.persons > (SELECT beds FROM rooms WHERE id = NEW.room_id) THEN
        RAISE EXCEPTION '{GUARD}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

_SQLITE_OVER = "NEW.persons > (SELECT beds FROM rooms WHERE id = NEW.room_id)"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER allocations_room_capacity BEFORE INSERT OR UPDATE OF persons, room_id "
            "ON allocations FOR EACH ROW EXECUTE FUNCTION integration_desk_room_capacity()"
        )
    elif dialect == "sqlite":
        for event in ("INSERT", "UPDATE OF persons, room_id"):
            name = "allocations_room_capacity_" + event.split()[0].lower()
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON allocations WHEN {_SQLITE_OVER} "
                f"BEGIN SELECT RAISE(ABORT, '{GUARD}'); END"
            )
    else:
        raise NotImplementedError(f"no room capacity guard for {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS allocations_room_capacity ON allocations")
        op.execute("DROP FUNCTION IF EXISTS integration_desk_room_capacity()")
    elif dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS allocations_room_capacity_insert")
        op.execute("DROP TRIGGER IF EXISTS allocations_room_capacity_update")
