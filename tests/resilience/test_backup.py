"""`backup FILE` / `restore FILE`: a copy of every row, restored only into an empty database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from integration_desk.cli import main
from integration_desk.db.demo import seed_demo
from integration_desk.db.engine import make_engine
from integration_desk.services import backup
from integration_desk.services.database import open_database
from tests.conftest import _admin_engine, clone_postgres, drop_postgres, fresh_sqlite_url, postgres_url


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        return backup.row_counts(engine)
    finally:
        engine.dispose()


def test_sqlite_backup_and_restore_through_the_command_line(
    tmp_path: Path, _sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_url = fresh_sqlite_url(_sqlite_template, tmp_path)
    engine = open_database(database_url)
    seed_demo(engine)
    engine.dispose()
    original = _counts(database_url)
    assert original["persons"] > 0

    file = tmp_path / "backup.sqlite3"
    assert main(["--database", database_url, "backup", str(file)]) == 0
    assert "backup.sqlite3" in capsys.readouterr().out
    # A second backup over the same file is refused, the first left as it was.
    size = file.stat().st_size
    assert main(["--database", database_url, "backup", str(file)]) == 1
    assert "findes allerede" in capsys.readouterr().err
    assert file.stat().st_size == size

    # Restoring over the live (non-empty) database is refused and changes nothing.
    assert main(["--database", database_url, "restore", str(file)]) == 1
    assert "ikke tom" in capsys.readouterr().err
    assert _counts(database_url) == original

    target = f"sqlite:///{tmp_path / 'restored' / 'new.sqlite3'}"
    assert main(["--database", target, "restore", str(file)]) == 0
    assert _counts(target) == original
    # The restored copy opens at the current schema without migrating anything.
    open_database(target, upgrade=False).dispose()

    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello")
    assert main(["--database", f"sqlite:///{tmp_path / 'other.sqlite3'}", "restore", str(not_a_backup)]) == 1
    assert "ikke en SQLite" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_postgres_dump_restores_into_a_fresh_database(
    tmp_path: Path, _postgres_template: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    if _postgres_template is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    database_url = clone_postgres(_postgres_template)
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.fail("pg_dump and pg_restore must be on PATH for the PostgreSQL backup test")
    engine = open_database(database_url)
    seed_demo(engine)
    engine.dispose()
    original = _counts(database_url)
    assert original["persons"] > 0

    dump = tmp_path / "desk.dump"
    assert main(["--database", database_url, "backup", str(dump)]) == 0
    assert dump.read_bytes().startswith(backup.PG_DUMP_HEADER)

    assert main(["--database", database_url, "restore", str(dump)]) == 1
    assert "ikke tom" in capsys.readouterr().err

    base = postgres_url()
    assert base is not None
    name = f"{make_url(database_url).database}_restored"
    admin = _admin_engine(base)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    target = make_url(database_url).set(database=name).render_as_string(hide_password=False)
    try:
        assert main(["--database", target, "restore", str(dump)]) == 0
        assert _counts(target) == original
        open_database(target, upgrade=False).dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        drop_postgres(database_url)
