"""Opening databases: SQLite pragmas, immediate write transactions, clear errors for bad addresses."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from integration_desk.db.engine import make_engine, parse_database_url, redact
from integration_desk.db.errors import BadDatabaseUrl, DatabaseUnreachable
from integration_desk.db.uow import UnitOfWork
from integration_desk.services.database import check_database_url, open_database


def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/x.db")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_sqlite_write_transaction_takes_the_write_lock_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/x.db"
    engine = open_database(url)
    other = make_engine(url, busy_timeout_s=0.1)
    with UnitOfWork(engine, "a") as uow:
        uow.session.execute(text("SELECT 1"))  # begins: BEGIN IMMEDIATE
        with pytest.raises(Exception, match="locked"), other.begin() as connection:
            connection.execute(text("SELECT 1"))
    # A reader's deferred transaction does not block a writer.
    with UnitOfWork(engine, "a", readonly=True) as uow:
        uow.session.execute(text("SELECT count(*) FROM persons"))
        with other.begin() as connection:
            connection.execute(text("SELECT 1"))
    other.dispose()


def test_postgres_urls_always_use_psycopg_3() -> None:
    assert parse_database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_database_url("postgresql+psycopg2://u@h/db").drivername == "postgresql+psycopg"


@pytest.mark.parametrize("url", ["not a url", "mysql://u@h/db", "://", "sqlite+nonsense:///x"])
def test_malformed_or_unsupported_urls_get_one_clear_message(url: str) -> None:
    with pytest.raises(BadDatabaseUrl) as error:
        open_database(url)
    assert "\n" not in str(error.value)
    assert str(error.value).startswith(("Databaseadressen", "Databasetypen"))


def test_an_unreachable_server_is_named_without_its_password() -> None:
    with pytest.raises(DatabaseUnreachable) as error:
        open_database("postgresql://someone:secret@127.0.0.1:1/nothing")
    message = str(error.value)
    assert "Kan ikke få forbindelse" in message and "127.0.0.1:1" in message
    assert "secret" not in message


def test_redact_hides_the_password() -> None:
    assert "secret" not in redact("postgresql://u:secret@h/db")


def test_a_sqlite_file_on_a_network_drive_is_refused() -> None:
    with pytest.raises(BadDatabaseUrl, match="netværksdrev"):
        check_database_url(r"sqlite:///\\server\share\desk.db")
    with pytest.raises(BadDatabaseUrl, match="netværksdrev"):
        check_database_url("sqlite:////net/server/desk.db")


def test_concurrent_sqlite_writers_queue_instead_of_failing(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path}/x.db")
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(10):
                with UnitOfWork(engine, "w") as uow:
                    uow.session.execute(
                        text(
                            "INSERT INTO team_settings (key, value, version, created_at, created_by, updated_at, updated_by) "
                            "VALUES (:k, '', 1, CURRENT_TIMESTAMP, 'w', CURRENT_TIMESTAMP, 'w')"
                        ),
                        {"k": f"{n}-{i}"},
                    )
                    uow.commit()
        except BaseException as error:  # pragma: no cover - the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM team_settings")).scalar_one() == 40
