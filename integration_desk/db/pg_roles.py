"""PostgreSQL's half of role enforcement: group roles, GRANTs, and the functions sign-in needs.

``init_roles`` is run by the database owner (``integration-desk db init-roles``) and may be run
again at any time: the group roles are created when missing (they are cluster-wide, shared by every
database on the server), and this database's privileges are reset to the policy of
``domain.roles``. Tables made later by the owner's migrations get the default privileges.

Users are login roles that are members of one group role. The administrator's app creates and
disables them through SECURITY DEFINER functions (``integration_desk_add_user``,
``integration_desk_disable_user``), so an administrator needs neither CREATEROLE nor any SQL, and
can hand out membership of the five group roles only.

A failed password cannot write with the user's own connection (there is none). Sign-in therefore
first connects as ``integration_desk_signin``, a login role that may do nothing but execute two
functions: ``integration_desk_sign_in_check`` (is the user locked? a lock that has run out is lifted)
and ``integration_desk_sign_in_failed`` (count the failure, log it, and after too many lock the
login with ``ALTER ROLE … NOLOGIN`` — so the lock holds for psql as well as for the app).

No group role writes ``audit_events``: every role may only read it and execute the audit functions
of migration 0007, which stamp the caller's own login on each row (``services.audit.record``).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

from integration_desk.domain.roles import (
    CASE_TABLES,
    CPR_COLUMN,
    HOUSING_TABLES,
    LOG_TABLE,
    ROLES,
    USERS_TABLE,
    group_role,
)

SIGNIN_ROLE = "integration_desk_signin"
MAX_FAILURES_KEY = "signin.max_failures"
LOCK_MINUTES_KEY = "signin.lock_minutes"
DEFAULT_MAX_FAILURES = 5
DEFAULT_LOCK_MINUTES = 15
_READ_ONLY_TABLES = frozenset({"alembic_version"})

_CREATE_ROLE = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{name}') THEN
        CREATE ROLE "{name}" {options};
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- made meanwhile by another session
END $$
"""

_IS_APP_LOGIN = """
    EXISTS (SELECT FROM pg_catalog.pg_auth_members m
            JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
            JOIN pg_catalog.pg_roles u ON u.oid = m.member
            WHERE u.rolname = {who} AND g.rolname LIKE 'integration\\_desk\\_%')
"""

_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION integration_desk_setting(p_key text, p_default integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT NULLIF(value, '')::integer FROM team_settings WHERE key = p_key), p_default)
$$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_log(p_user text, p_action text, p_entity_id integer)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO audit_events (at, username, action, entity, entity_id, person_id, changes)
    VALUES (now(), left(p_user, 64), p_action, 'users', p_entity_id, NULL, '{}')
$$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_add_user(
    p_username text, p_display_name text, p_role text, p_password text
) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE new_id integer;
BEGIN
    IF p_role NOT IN ('admin', 'teamlead', 'caseworker', 'housing', 'readonly') THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_username)
       OR EXISTS (SELECT FROM users WHERE username = p_username) THEN
        RAISE EXCEPTION 'user exists' USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   p_username, p_password, 'integration_desk_' || p_role);
    INSERT INTO users (username, display_name, role, password_hash, active, failed_logins,
                       version, created_at, created_by, updated_at, updated_by)
    VALUES (p_username, p_display_name, p_role, NULL, true, 0,
            1, now(), left(session_user, 64), now(), left(session_user, 64))
    RETURNING id INTO new_id;
    RETURN new_id;
END $$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_disable_user(p_username text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE user_id integer;
BEGIN
    SELECT id INTO user_id FROM users WHERE username = p_username;
    IF user_id IS NULL THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = '02000';
    END IF;
    IF """
    + _IS_APP_LOGIN.format(who="p_username")
    + """ THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
    END IF;
    UPDATE users SET active = false, version = version + 1, updated_at = now(),
                     updated_by = left(session_user, 64)
    WHERE id = user_id;
    RETURN user_id;
END $$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_sign_in_check(p_username text)
RETURNS timestamptz LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE rec users%ROWTYPE;
BEGIN
    SELECT * INTO rec FROM users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND OR rec.locked_until IS NULL THEN
        RETURN NULL;
    END IF;
    IF rec.locked_until > now() THEN
        PERFORM integration_desk_log(p_username, 'login_failed', rec.id);
        RETURN rec.locked_until;
    END IF;
    -- The lock has run out: let the login in again (unless an administrator disabled the user).
    UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE id = rec.id;
    IF rec.active AND """
    + _IS_APP_LOGIN.format(who="p_username")
    + """ THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_username);
    END IF;
    RETURN NULL;
END $$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_sign_in_failed(p_username text)
RETURNS timestamptz LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE rec users%ROWTYPE;
BEGIN
    UPDATE users SET failed_logins = failed_logins + 1 WHERE username = p_username
    RETURNING * INTO rec;
    PERFORM integration_desk_log(p_username, 'login_failed', rec.id);
    IF rec.id IS NULL OR rec.failed_logins < integration_desk_setting('"""
    + MAX_FAILURES_KEY
    + """', """
    + str(DEFAULT_MAX_FAILURES)
    + """) THEN
        RETURN NULL;
    END IF;
    UPDATE users SET locked_until = now() + make_interval(mins => integration_desk_setting('"""
    + LOCK_MINUTES_KEY
    + """', """
    + str(DEFAULT_LOCK_MINUTES)
    + """))
    WHERE id = rec.id RETURNING * INTO rec;
    IF """
    + _IS_APP_LOGIN.format(who="p_username")
    + """ THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
    END IF;
    RETURN rec.locked_until;
END $$
""",
    """
CREATE OR REPLACE FUNCTION integration_desk_signed_in() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE user_id integer;
BEGIN
    UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = session_user
    RETURNING id INTO user_id;
    PERFORM integration_desk_log(session_user, 'login', user_id);
END $$
""",
)

#: The audit trail's way in (migration 0007): every app role may call them, and each stamps the
#: caller's own login; no app role writes ``audit_events`` itself.
AUDIT_FUNCTIONS = (
    "integration_desk_audit(text, text, integer, integer, text, text)",
    "integration_desk_audit_change(text, text, jsonb, jsonb, text)",
)

_FUNCTION_NAMES = (
    "integration_desk_setting(text, integer)",
    "integration_desk_log(text, text, integer)",
    "integration_desk_add_user(text, text, text, text)",
    "integration_desk_disable_user(text)",
    "integration_desk_sign_in_check(text)",
    "integration_desk_sign_in_failed(text)",
    "integration_desk_signed_in()",
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_roles(connection: Connection) -> None:
    for role in ROLES:
        connection.execute(text(_CREATE_ROLE.format(name=group_role(role), options="NOLOGIN")))
    connection.execute(text(_CREATE_ROLE.format(name=SIGNIN_ROLE, options="LOGIN")))


def _grant_tables(connection: Connection) -> None:
    groups = [group_role(role) for role in ROLES]
    everyone = ", ".join(_q(g) for g in groups)
    tables = sorted(inspect(connection).get_table_names(schema="public"))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    run = connection.exec_driver_sql
    run(f"GRANT CONNECT ON DATABASE {_q(database)} TO {everyone}, {_q(SIGNIN_ROLE)}")
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}, {_q(SIGNIN_ROLE)}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    full = ", ".join(_q(group_role(r)) for r in ("admin", "teamlead", "caseworker"))
    for table in tables:
        name = _q(table)
        # audit_events is written only through integration_desk_audit (migration 0007), users
        # through the SECURITY DEFINER functions above.
        if table in _READ_ONLY_TABLES or table in (LOG_TABLE, USERS_TABLE):
            run(f"GRANT SELECT ON {name} TO {everyone}")
        else:
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {full}")
            run(f"GRANT SELECT ON {name} TO {_q(group_role('readonly'))}")
    _grant_housing(connection, tables)
    # What the owner creates later (new tables of a migration) is granted too; the housing role
    # gets nothing on a new table until init-roles is run again (deny by default).
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {full}")
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {_q(group_role('readonly'))}")
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {everyone}")


def _grant_housing(connection: Connection, tables: list[str]) -> None:
    housing = _q(group_role("housing"))
    run = connection.exec_driver_sql
    cpr_table, cpr_column = CPR_COLUMN
    for table in tables:
        if table in CASE_TABLES or table in (LOG_TABLE, USERS_TABLE) or table in _READ_ONLY_TABLES:
            continue
        if table == cpr_table:
            columns = [c["name"] for c in inspect(connection).get_columns(table) if c["name"] != cpr_column]
            run(f"GRANT SELECT ({', '.join(_q(c) for c in columns)}) ON {_q(table)} TO {housing}")
        else:
            run(f"GRANT SELECT ON {_q(table)} TO {housing}")
        if table in HOUSING_TABLES:
            run(f"GRANT INSERT, UPDATE, DELETE ON {_q(table)} TO {housing}")


def _install_functions(connection: Connection) -> None:
    groups = ", ".join(_q(group_role(role)) for role in ROLES)
    run = connection.exec_driver_sql
    for body in _FUNCTIONS:
        run(body.replace("%", "%%"))  # the driver's placeholder character
    for signature in _FUNCTION_NAMES:
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    run(
        f"GRANT EXECUTE ON FUNCTION integration_desk_add_user(text, text, text, text) TO {_q(group_role('admin'))}"
    )
    run(f"GRANT EXECUTE ON FUNCTION integration_desk_disable_user(text) TO {_q(group_role('admin'))}")
    run(f"GRANT EXECUTE ON FUNCTION integration_desk_signed_in() TO {groups}")
    for signature in AUDIT_FUNCTIONS:  # made by migration 0007 (which grants them when it runs later)
        if connection.execute(text("SELECT to_regprocedure(:s)"), {"s": signature}).scalar() is None:
            continue
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {groups}")
    for signature in ("integration_desk_sign_in_check(text)", "integration_desk_sign_in_failed(text)"):
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {_q(SIGNIN_ROLE)}")


def init_roles(engine: Engine) -> None:
    """Create the group roles (when missing) and set this database's privileges; idempotent."""
    with engine.begin() as connection:
        # One init-roles at a time per server: the roles are shared by every database on it.
        connection.execute(text("SELECT pg_advisory_xact_lock(7301)"))
        _create_roles(connection)
    with engine.begin() as connection:
        _install_functions(connection)
        _grant_tables(connection)


def has_roles(connection: Connection) -> bool:
    """True when init-roles has been run on this database (its sign-in functions exist)."""
    found = connection.execute(
        text("SELECT to_regprocedure('integration_desk_sign_in_check(text)') IS NOT NULL")
    ).scalar_one()
    return bool(found)
