"""Audit rows on PostgreSQL are written only by the database, in the login's own name.

Before: every application role could ``INSERT`` into ``audit_events`` with any ``username``, and the
triggers of migration 0003 stayed silent for a whole transaction once it had set
``integration_desk.app_writer`` — a setting any session may set.

Now (PostgreSQL): no application role writes ``audit_events`` (``db init-roles`` revokes INSERT);
rows are written by ``integration_desk_audit(…)``, a ``SECURITY DEFINER`` function owned by the
table owner, which stamps ``session_user`` (only a login that may write ``audit_events`` itself —
the owner, a superuser — may name the program's user instead). For a change it logs (create,
update, delete) it notes (transaction, table, id) in ``integration_desk_private.audit_logged``, a
table no application role can read or write. The triggers on the tables of personal data are now
deferred to the commit and log every row change that the program's function has not logged in
the same transaction, whatever the session has set. "Logged" means: the function logged a change
of that row, of the person it belongs to, or of its household (own row, notice, stay) — a row the
person's trail shows (``services.audit_log.about_person``); a household's own rows also count as
logged by a change logged for one of its persons. So a program action that writes several rows
(a notice with its household, a contract with its activities) keeps its one audit row, while a
login's unlogged change always leaves a row naming it. SQLite is unchanged (the program enforces;
access to the file is the boundary there).

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The tables of personal data whose row changes the database logs (as in 0003).
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
PRIVATE = "integration_desk_private"

#: Tables whose rows belong to one person through their own ``person_id`` column.
PERSON_TABLES = ("deadlines", "contracts", "hour_entries", "health_records", "funding_events", "jobs")
_PERSON_TABLES_SQL = ", ".join(f"'{t}'" for t in PERSON_TABLES)

#: The program's one way into audit_events. ``person_id`` is the entity's own person where the
#: database knows it (so a row is always in the trail of the person it is about, see
#: services.audit_log.about_person); for a change it notes what the row covers (``audit_logged``).
PG_AUDIT = rf"""
CREATE OR REPLACE FUNCTION integration_desk_audit(
    p_action text, p_entity text, p_entity_id integer, p_person_id integer, p_changes text,
    p_username text DEFAULT NULL
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    who text := session_user;
    person integer;
    household integer;
BEGIN
    -- Only a login that may write audit_events itself (the owner, a superuser) names another user:
    -- the program on the owner's connection, where its user is no login of the server.
    IF p_username IS NOT NULL AND pg_has_role(
        session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.audit_events'::regclass), 'USAGE'
    ) THEN
        who := p_username;
    END IF;
    IF p_entity_id IS NOT NULL THEN
        IF p_entity = 'persons' THEN
            person := p_entity_id;
        ELSIF p_entity = 'households' THEN
            household := p_entity_id;
        ELSIF p_entity = 'arrival_notices' THEN
            SELECT household_id INTO household FROM arrival_notices WHERE id = p_entity_id;
        ELSIF p_entity = 'allocations' THEN
            SELECT household_id INTO household FROM allocations WHERE id = p_entity_id;
        ELSIF p_entity = 'contract_activities' THEN
            SELECT c.person_id INTO person FROM contract_activities a JOIN contracts c ON c.id = a.contract_id
            WHERE a.id = p_entity_id;
        ELSIF p_entity IN ({_PERSON_TABLES_SQL}) THEN
            EXECUTE format('SELECT person_id FROM %I WHERE id = $1', p_entity) INTO person USING p_entity_id;
        END IF;
    END IF;
    person := COALESCE(person, p_person_id);
    INSERT INTO audit_events (at, username, action, entity, entity_id, person_id, changes)
    VALUES (now(), left(who, 64), p_action, p_entity, p_entity_id, person, COALESCE(p_changes, '{{}}'));
    IF p_action IN ('create', 'update', 'delete') THEN
        -- Notes of finished transactions (older than the oldest one running) serve no one.
        DELETE FROM {PRIVATE}.audit_logged WHERE ctid = ANY (ARRAY(
            SELECT ctid FROM {PRIVATE}.audit_logged
            WHERE xact < pg_snapshot_xmin(pg_current_snapshot()) FOR UPDATE SKIP LOCKED));
        INSERT INTO {PRIVATE}.audit_logged (xact, entity, entity_id, person_id, household_id)
        VALUES (pg_current_xact_id(), p_entity, p_entity_id, person, household);
    END IF;
END $$
"""

#: What the trigger logs of one row change, unless the program's function logged it: a change of
#: the row itself, of the person the row belongs to, or of the row's household (its own row, an
#: arrival notice or a stay) — a row the person's trail shows (``about_person``). A change of the
#: household's own rows also counts as logged by a change logged for one of its persons.
PG_AUDIT_CHANGE = rf"""
CREATE OR REPLACE FUNCTION integration_desk_audit_change(
    p_op text, p_table text, old_j jsonb, new_j jsonb, p_role text
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    row_j jsonb := COALESCE(new_j, old_j);
    row_id integer := (row_j ->> 'id')::integer;
    of_household boolean := p_table IN ('households', 'arrival_notices', 'allocations');
    person integer;
    household integer;
    changes jsonb := '{{}}';
    k text;
    before jsonb;
    after jsonb;
BEGIN
    IF p_table = 'persons' THEN
        person := row_id;
        household := (row_j ->> 'household_id')::integer;
    ELSIF p_table = 'households' THEN
        household := row_id;
    ELSIF of_household THEN
        household := (row_j ->> 'household_id')::integer;
    ELSIF p_table = 'contract_activities' THEN
        SELECT person_id INTO person FROM contracts WHERE id = (row_j ->> 'contract_id')::integer;
    ELSE
        person := (row_j ->> 'person_id')::integer;
    END IF;
    IF household IS NULL AND person IS NOT NULL THEN
        SELECT household_id INTO household FROM persons WHERE id = person;
    END IF;
    IF EXISTS (
        SELECT FROM {PRIVATE}.audit_logged l
        WHERE l.xact = pg_current_xact_id()
          AND ((l.entity = p_table AND l.entity_id = row_id)
               OR l.person_id = person
               OR l.household_id = household
               OR (of_household AND l.person_id IN (SELECT id FROM persons WHERE household_id = household)))
    ) THEN
        RETURN;  -- the program logged this change itself, with more context
    END IF;
    FOR k IN SELECT jsonb_object_keys(row_j) LOOP
        CONTINUE WHEN k IN ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by');
        before := CASE WHEN old_j IS NULL THEN 'null'::jsonb ELSE old_j -> k END;
        after := CASE WHEN new_j IS NULL THEN 'null'::jsonb ELSE new_j -> k END;
        CONTINUE WHEN p_op = 'UPDATE' AND before = after;
        CONTINUE WHEN p_op <> 'UPDATE' AND (CASE WHEN p_op = 'INSERT' THEN after ELSE before END) = 'null';
        IF k IN ('cpr', 'notes_health', 'password_hash') OR (p_table = 'health_records' AND k = 'notes') THEN
            before := CASE WHEN before = 'null' THEN before ELSE '"***"' END;
            after := CASE WHEN after = 'null' THEN after ELSE '"***"' END;
        END IF;
        changes := changes || jsonb_build_object(k, jsonb_build_array(before, after));
    END LOOP;
    changes := changes || jsonb_build_object('_via', 'database', '_role', p_role);
    INSERT INTO audit_events (at, username, action, entity, entity_id, person_id, changes)
    VALUES (
        now(),
        left(session_user::text, 64),
        CASE p_op WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
        p_table,
        row_id,
        CASE WHEN p_table = 'persons' THEN row_id ELSE (row_j ->> 'person_id')::integer END,
        changes::text
    );
END $$
"""

#: The trigger runs as the writer (so ``_role`` names the role in effect) and hands on.
PG_AUDIT_ROW = r"""
CREATE OR REPLACE FUNCTION integration_desk_audit_row() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM integration_desk_audit_change(
        TG_OP, TG_TABLE_NAME,
        CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END,
        current_user::text
    );
    RETURN NULL;
END $$
"""

#: 0003's trigger function, for the downgrade.
_PG_AUDIT_ROW_0003 = r"""
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

_GROUPS = ("admin", "teamlead", "caseworker", "housing", "readonly")
_FUNCTIONS = (
    "integration_desk_audit(text, text, integer, integer, text, text)",
    "integration_desk_audit_change(text, text, jsonb, jsonb, text)",
)


def _existing_groups(bind: Connection) -> list[str]:
    rows = bind.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY (%(names)s) ORDER BY rolname",
        {"names": [f"integration_desk_{g}" for g in _GROUPS]},
    )
    return [name for (name,) in rows]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"CREATE SCHEMA IF NOT EXISTS {PRIVATE}")
    op.execute(f"REVOKE ALL ON SCHEMA {PRIVATE} FROM PUBLIC")
    op.execute(
        f"CREATE UNLOGGED TABLE {PRIVATE}.audit_logged (xact xid8 NOT NULL, entity text NOT NULL, "
        "entity_id integer, person_id integer, household_id integer)"
    )
    op.execute(f"CREATE INDEX audit_logged_xact ON {PRIVATE}.audit_logged (xact)")
    op.execute(f"REVOKE ALL ON {PRIVATE}.audit_logged FROM PUBLIC")
    op.execute(PG_AUDIT)
    op.execute(PG_AUDIT_CHANGE)
    op.execute(PG_AUDIT_ROW)
    for signature in _FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for table in AUDITED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
        # Deferred to the commit: by then the program has logged the rows it wrote.
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION integration_desk_audit_row()"
        )
    # A database whose roles are set up (db init-roles) gets their new privileges now, so the
    # team's logins keep working before init-roles is run again (which grants the same).
    for name in _existing_groups(bind):
        op.execute(f'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_events FROM "{name}"')
        for signature in _FUNCTIONS:
            op.execute(f'GRANT EXECUTE ON FUNCTION {signature} TO "{name}"')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in AUDITED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
            "WHEN (current_setting('integration_desk.app_writer', true) IS DISTINCT FROM 'on') "
            "EXECUTE FUNCTION integration_desk_audit_row()"
        )
    op.execute(_PG_AUDIT_ROW_0003)
    for name in _existing_groups(bind):
        op.execute(f'GRANT INSERT ON audit_events TO "{name}"')
    for signature in reversed(_FUNCTIONS):
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.execute(f"DROP SCHEMA IF EXISTS {PRIVATE} CASCADE")
