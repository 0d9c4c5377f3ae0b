"""Audit trail in the database: writes outside the program are logged, and the log is append-only.

PostgreSQL: an AFTER ROW trigger on every table of personal data writes an ``audit_events`` row
(the login as ``username``; CPR and health text masked) unless the program's own unit of work
marked the transaction (``SET LOCAL integration_desk.app_writer = 'on'``: the program writes its own,
richer, audit rows). ``audit_events`` refuses UPDATE, DELETE and TRUNCATE for everyone, its owner
included. SQLite: the same refusal by BEFORE UPDATE / DELETE triggers (there is no other writer).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 07:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Tables of personal data whose writes outside the program the database logs (== services.audit).
AUDITED_TABLES = (
    "persons",
    "households",
    "arrival_notices",
    "deadlines",
    "allocations",
    "contracts",
    "contract_activities",
    "hour_entries",
    "health_records",
    "funding_events",
    "jobs",
)

_PG_AUDIT_ROW = r"""
CREATE OR REPLACE FUNCTION integration_desk_audit_row() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    old_j jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_j jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    row_j jsonb := COALESCE(new_j, old_j);
    changes jsonb := '{}';
    k text;
    before jsonb;
    after jsonb;
BEGIN
    FOR k IN SELECT jsonb_object_keys(row_j) LOOP
        CONTINUE WHEN k IN ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by');
        before := CASE WHEN old_j IS NULL THEN 'null'::jsonb ELSE old_j -> k END;
        after := CASE WHEN new_j IS NULL THEN 'null'::jsonb ELSE new_j -> k END;
        CONTINUE WHEN TG_OP = 'UPDATE' AND before = after;
        CONTINUE WHEN TG_OP <> 'UPDATE' AND (CASE WHEN TG_OP = 'INSERT' THEN after ELSE before END) = 'null';
        IF k IN ('cpr', 'notes_health', 'password_hash') OR (TG_TABLE_NAME = 'health_records' AND k = 'notes') THEN
            before := CASE WHEN before = 'null' THEN before ELSE '"***"' END;
            after := CASE WHEN after = 'null' THEN after ELSE '"***"' END;
        END IF;
        changes := changes || jsonb_build_object(k, jsonb_build_array(before, after));
    END LOOP;
    changes := changes || jsonb_build_object('_via', 'database', '_role', current_user::text);
    INSERT INTO audit_events (at, username, action, entity, entity_id, person_id, changes)
    VALUES (
        now(),
        left(session_user::text, 64),
        CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
        TG_TABLE_NAME,
        (row_j ->> 'id')::integer,
        CASE WHEN TG_TABLE_NAME = 'persons' THEN (row_j ->> 'id')::integer
             ELSE (row_j ->> 'person_id')::integer END,
        changes::text
    );
    RETURN NULL;
END $$
"""

_PG_REFUSE = r"""
CREATE OR REPLACE FUNCTION integration_desk_audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = '42501';
END $$
"""

_APP_WRITES = "current_setting('integration_desk.app_writer', true) IS DISTINCT FROM 'on'"
_SQLITE_REFUSE = "CREATE TRIGGER audit_events_append_only_{op} BEFORE {OP} ON audit_events " \
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_AUDIT_ROW)
        op.execute(_PG_REFUSE)
        for table in AUDITED_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW WHEN ({_APP_WRITES}) EXECUTE FUNCTION integration_desk_audit_row()"
            )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION integration_desk_audit_refuse()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION integration_desk_audit_refuse()"
        )
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC")
    else:
        op.execute(_SQLITE_REFUSE.format(op="update", OP="UPDATE"))
        op.execute(_SQLITE_REFUSE.format(op="delete", OP="DELETE"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        for table in AUDITED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
        op.execute("DROP FUNCTION IF EXISTS integration_desk_audit_refuse()")
        op.execute("DROP FUNCTION IF EXISTS integration_desk_audit_row()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only_delete")
