"""One unit of work per user action: a session that lives as long as one click.

Leaving the ``with`` block without ``commit()`` rolls everything back, so a failed action never
leaves half its writes behind. A write that lost a race to someone else's (a stale version, or a
key of ``db.keys``) is refused as ``ConcurrentWrite`` wherever it is flushed: an explicit
``flush()``, an autoflush before a query, or the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, String, event, inspect
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BindParameter

from integration_desk.db.base import Editable, utcnow
from integration_desk.db.errors import DatabaseUnavailable
from integration_desk.db.guard import POLICY_KEY, hiding
from integration_desk.db.keys import conflict_message, refused_by_key
from integration_desk.domain.errors import ConcurrentWrite, ConflictError, ValidationError
from integration_desk.domain.roles import TablePolicy
from integration_desk.i18n import tr


def conflict_error() -> ConflictError:
    return ConflictError(conflict_message())


def stale_write_error() -> ConcurrentWrite:
    """An UPDATE or DELETE matched no row: someone else's save of it was committed meanwhile."""
    return ConcurrentWrite(conflict_message())


class DeskSession(Session):
    """The unit of work's session: every flush turns a lost race into ``ConcurrentWrite``."""

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as error:
            raise stale_write_error() from error
        except IntegrityError as error:
            refused = refused_by_key(error)
            if refused is None:
                raise
            raise refused from error


def connection_lost(error: BaseException, dialect: str) -> bool:
    """The server went away or could not be reached (not: a wrong query, a locked SQLite file)."""
    if not isinstance(error, DBAPIError):
        return False
    return error.connection_invalidated or (dialect != "sqlite" and isinstance(error, OperationalError))


def unavailable_error(*, nothing_sent: bool = False) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        tr(
            "db",
            "The connection to the database was lost. Your changes have not been saved; "
            "they are kept and saved when the connection is back.",
        ),
        nothing_sent=nothing_sent,
    )


STARTED_KEY = "transaction_started"


class UnitOfWork:
    def __init__(
        self, engine: Engine, username: str, *, readonly: bool = False, policy: TablePolicy | None = None
    ) -> None:
        self._engine = engine
        self._username = username
        self._readonly = readonly
        self._policy = policy
        self._session: Session | None = None
        self._committed = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    @property
    def username(self) -> str:
        return self._username

    def __enter__(self) -> Self:
        bind = hiding(self._engine, self._policy)
        if self._readonly:
            bind = bind.execution_options(sqlite_begin="DEFERRED")
        info: dict[str, object] = {
            "username": self._username,
            POLICY_KEY: self._policy,
        }
        self._session = DeskSession(bind=bind, expire_on_commit=False, info=info)
        self._committed = False
        return self

    def commit(self) -> None:
        try:
            self.session.commit()  # its flush refuses a lost race (DeskSession); __exit__ rolls back
        except DBAPIError as error:
            if not connection_lost(error, self._engine.dialect.name):
                raise
            self._committed = True  # nothing left to roll back on a dead connection
            raise unavailable_error() from error
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self.session
        lost = exc is not None and connection_lost(exc, self._engine.dialect.name)
        started = bool(session.info.get(STARTED_KEY))
        try:
            # A reader just closes (its rows stay readable, detached); an uncommitted writer rolls back.
            if not self._committed and not self._readonly:
                try:
                    session.rollback()
                except DBAPIError:
                    if not lost:
                        raise
        finally:
            try:
                session.close()
            except DBAPIError:
                if not lost:
                    raise
            self._session = None
        if lost:
            # The server never answered: say so plainly (a driver's text may quote values).
            raise unavailable_error(nothing_sent=not started) from exc


@event.listens_for(Session, "after_begin")
def _mark_started(session: Session, _transaction: Any, _connection: Any) -> None:
    # A connection was had and BEGIN sent: a failure from here on may have reached the server.
    session.info[STARTED_KEY] = True


def _check_text(obj: Any) -> None:
    """Refuse text no database column can hold (NUL) or longer than its column, before any SQL:
    PostgreSQL would fail with a driver error; SQLite would store what PostgreSQL later refuses."""
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):
            continue
        history = state.attrs[attr.key].history
        for value in history.added:
            if not isinstance(value, str):
                continue
            if "\x00" in value:
                raise ValidationError(
                    tr("db", "The text contains a character that cannot be stored."), field=attr.key
                )
            length = column.type.length
            if length is not None and len(value) > length:
                raise ValidationError(
                    tr("db", "The text is too long (at most {count} characters).").format(count=length),
                    field=attr.key,
                )


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set | frozenset):
        return any(_holds_nul(item) for item in value)
    return False


@event.listens_for(Session, "do_orm_execute")
def _refuse_nul_in_queries(state: ORMExecuteState) -> None:
    """A search or lookup with NUL in its text: PostgreSQL refuses it with a driver error."""
    params: Any = state.parameters
    rows: list[Any] = list(params) if isinstance(params, list | tuple) else [params or {}]
    statement: Any = state.statement
    if any(_holds_nul(value) for row in rows for value in dict(row).values()) or any(
        isinstance(element, BindParameter) and _holds_nul(element.value)
        for element in visitors.iterate(statement)
    ):
        raise ValidationError(tr("db", "The text contains a character that cannot be stored."))


@event.listens_for(Session, "before_flush")
def _stamp_who_and_when(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        _check_text(obj)
    username = session.info.get("username", "system")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Editable):
            obj.created_at = now
            obj.created_by = username
            obj.updated_at = now
            obj.updated_by = username
    for obj in session.dirty:
        if isinstance(obj, Editable) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = username


#: PostgreSQL channel on which every write transaction names the tables it changed (issue 7).
CHANGES_CHANNEL = "integration_desk_changes"


@event.listens_for(Session, "after_flush")
def _notify_changed_tables(session: Session, _context: Any) -> None:
    """NOTIFY is transactional: other programs hear of the tables only once this commits (and
    PostgreSQL folds repeats of one table within the transaction into one)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    tables = {
        name
        for obj in (*session.new, *session.dirty, *session.deleted)
        if (name := getattr(obj, "__tablename__", None))
    }
    connection = session.connection()
    for name in sorted(tables):
        connection.exec_driver_sql("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, name))
