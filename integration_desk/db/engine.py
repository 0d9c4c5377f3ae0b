"""Engine and session factory for SQLite (one PC) and PostgreSQL (the team database)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from integration_desk.db.errors import BadDatabaseUrl, DatabaseSetupError
from integration_desk.db.guard import translate_privilege_errors
from integration_desk.db.text_match import SQLITE_LOWER, sqlite_lower
from integration_desk.db.written import track_backend_pids
from integration_desk.i18n import tr

SQLITE_BUSY_TIMEOUT_S = 15


def parse_database_url(text: str) -> URL:
    """Parse and normalise a database URL; PostgreSQL always goes through psycopg 3."""
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as error:
        raise BadDatabaseUrl(
            tr("db", "The database address is not a valid URL: {url}").format(url=redact(text))
        ) from error
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url
    raise BadDatabaseUrl(
        tr("db", "Unsupported database type \u201c{backend}\u201d: use sqlite:/// or postgresql://").format(
            backend=backend
        )
    )


def redact(text: str) -> str:
    """The URL without its password, fit for messages and the status bar."""
    try:
        return make_url(text.strip()).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return text.split("@")[-1] if "@" in text else text


def describe(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database or ':memory:'}"
    return (
        f"PostgreSQL: {url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    )


def make_engine(
    url_text: str | URL, *, busy_timeout_s: float = SQLITE_BUSY_TIMEOUT_S, **kwargs: Any
) -> Engine:
    url = url_text if isinstance(url_text, URL) else parse_database_url(url_text)
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url, busy_timeout_s, **kwargs)
        return _postgres_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError) as error:
        raise BadDatabaseUrl(
            tr("db", "The database address is not a valid URL: {url}").format(url=url.render_as_string())
        ) from error


def _sqlite_engine(url: URL, busy_timeout_s: float, **kwargs: Any) -> Engine:
    memory = url.database in (None, "", ":memory:")
    if not memory:
        assert url.database is not None
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseSetupError(
                tr("db", "Cannot create the folder {folder} for the database: {why}").format(
                    folder=folder, why=error.strerror or error
                )
            ) from error
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        cursor.close()
        # Searches lower case beyond ASCII ("Æ" finds "æ"), as PostgreSQL's lower() does.
        dbapi_connection.create_function(SQLITE_LOWER, 1, sqlite_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write transaction takes the write lock at once, so two writers queue on the busy
        # timeout instead of failing half-way with "database is locked"; readers stay deferred.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgres_engine(url: URL, **kwargs: Any) -> Engine:
    connect_args = {"connect_timeout": 5, "application_name": "integration-desk"}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    translate_privilege_errors(engine)
    track_backend_pids(engine)  # the change watcher tells the program's own NOTIFYs from others'
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
