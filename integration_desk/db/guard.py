"""The app's half of role enforcement: a session refuses what the signed-in role may not read or write.

On SQLite this is the only check (file access is the boundary there); on PostgreSQL the database
refuses the same things by its GRANTs (``db.pg_roles``), and this guard only gives the clearer
message first. The policy is ``domain.roles``; a session without one (set-up, demo, tests of an
unregistered user) is not checked.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Column, Engine, Table, event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import visitors

from integration_desk.domain.errors import PermissionDeniedError
from integration_desk.domain.roles import TablePolicy
from integration_desk.i18n import tr

POLICY_KEY = "role_policy"


def no_access_error() -> PermissionDeniedError:
    return PermissionDeniedError(
        tr("access", "Your role does not give access to contracts, hours and health records.")
    )


def no_cpr_error() -> PermissionDeniedError:
    return PermissionDeniedError(tr("access", "Your role does not give access to CPR numbers."))


def read_only_error() -> PermissionDeniedError:
    return PermissionDeniedError(tr("access", "Your role may read this but not change it."))


def database_refused_error() -> PermissionDeniedError:
    return PermissionDeniedError(
        tr("access", "The database refused: your role does not give access to this information.")
    )


def _references(statement: Any) -> tuple[set[str], set[tuple[str, str]]]:
    tables: set[str] = set()
    columns: set[tuple[str, str]] = set()
    for element in visitors.iterate(statement):
        if isinstance(element, Table):
            tables.add(element.name)
        elif isinstance(element, Column) and isinstance(element.table, Table):
            columns.add((element.table.name, element.name))
            tables.add(element.table.name)
    return tables, columns


def check_statement(policy: TablePolicy, statement: Any, *, writes: str | None) -> None:
    """Raise ``PermissionDeniedError`` when ``statement`` reads or writes beyond ``policy``."""
    if writes is not None and not policy.may_write(writes):
        raise read_only_error()
    if not policy.hidden_tables and not policy.hidden_columns:
        return
    tables, columns = _references(statement)
    if tables & policy.hidden_tables:
        raise no_access_error()
    if columns & policy.hidden_columns:
        raise no_cpr_error()


@event.listens_for(Session, "do_orm_execute")
def _check_execute(state: ORMExecuteState) -> None:
    policy = state.session.info.get(POLICY_KEY)
    if policy is None:
        return
    writes = None
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        writes = table.name if isinstance(table, Table) else "?"
    check_statement(policy, state.statement, writes=writes)


@event.listens_for(Session, "before_flush")
def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    policy: TablePolicy | None = session.info.get(POLICY_KEY)
    if policy is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", "?")
        if not policy.may_read(table):
            raise no_access_error()
        if (obj in session.dirty and not session.is_modified(obj)) or policy.may_write(table):
            continue
        raise read_only_error()


HIDDEN_COLUMNS_OPTION = "hidden_columns"


def hiding(engine: Engine, policy: TablePolicy | None) -> Engine:
    """``engine`` with the policy's hidden columns checked in the SQL itself (see ``_check_sql``)."""
    if policy is None or not policy.hidden_columns:
        return engine
    return engine.execution_options(**{HIDDEN_COLUMNS_OPTION: _column_pattern(policy.hidden_columns)})


def _column_pattern(columns: frozenset[tuple[str, str]]) -> re.Pattern[str]:
    # Every ORM load names a column as table.column or alias.column (persons_1.cpr), deferred
    # loads and undefer() included, which no walk of the statement object sees as reliably.
    parts = [rf"\b{re.escape(table)}(?:_\d+)?\.{re.escape(column)}\b" for table, column in sorted(columns)]
    return re.compile("|".join(parts), re.IGNORECASE)


@event.listens_for(Engine, "before_cursor_execute")
def _check_sql(
    _connection: Any, _cursor: Any, statement: str, _parameters: Any, context: Any, _executemany: bool
) -> None:
    pattern = context.execution_options.get(HIDDEN_COLUMNS_OPTION) if context is not None else None
    if pattern is not None and pattern.search(statement):
        raise no_cpr_error()


def translate_privilege_errors(engine: Engine) -> None:
    """PostgreSQL's "permission denied" becomes the same ``PermissionDeniedError`` the guard raises."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        if getattr(context.original_exception, "sqlstate", None) == "42501":  # insufficient_privilege
            raise database_refused_error() from context.original_exception
