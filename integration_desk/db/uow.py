"""One unit of work per user action: a session that lives as long as one click.

Leaving the ``with`` block without ``commit()`` rolls everything back, so a failed action never
leaves half its writes behind.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from integration_desk.db.base import Editable, utcnow
from integration_desk.db.guard import POLICY_KEY, hiding
from integration_desk.domain.errors import ConflictError
from integration_desk.domain.roles import TablePolicy
from integration_desk.i18n import tr

APP_WRITER_KEY = "app_writer"
#: Set for the program's own write transactions on PostgreSQL: its audit triggers then leave the
#: logging to the program's audit rows (migration 0003), and log only writes from outside it.
APP_WRITER_SQL = "SELECT set_config('integration_desk.app_writer', 'on', true)"


def conflict_error() -> ConflictError:
    return ConflictError(
        tr("db", "Someone else saved this record while you were editing it. Reload and try again.")
    )


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
            APP_WRITER_KEY: not self._readonly,
        }
        self._session = Session(bind=bind, expire_on_commit=False, info=info)
        self._committed = False
        return self

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise conflict_error() from error
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            # A reader just closes (its rows stay readable, detached); an uncommitted writer rolls back.
            if not self._committed and not self._readonly:
                session.rollback()
        finally:
            session.close()
            self._session = None


@event.listens_for(Session, "after_begin")
def _mark_app_writer(session: Session, _transaction: Any, connection: Connection) -> None:
    if session.info.get(APP_WRITER_KEY) and connection.dialect.name == "postgresql":
        connection.exec_driver_sql(APP_WRITER_SQL)


@event.listens_for(Session, "before_flush")
def _stamp_who_and_when(session: Session, _context: Any, _instances: Any) -> None:
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
