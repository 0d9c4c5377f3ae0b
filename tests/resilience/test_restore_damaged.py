"""Issue 18: a damaged backup is refused in one line with the documented exit code, leaves no target
behind and the live database as it was; a sound one restores with every table's row count equal.
Backup checks what it wrote and says so. Both engines."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from integration_desk.cli import EXIT_OK, EXIT_REFUSED, main
from integration_desk.db.demo import seed_demo
from integration_desk.db.engine import make_engine
from integration_desk.services import backup, backup_check
from integration_desk.services.database import open_database
from tests.conftest import _admin_engine, clone_postgres, drop_postgres, fresh_sqlite_url, postgres_url

PAGE = 4096


@dataclass(frozen=True)
class Made:
    engine: str
    url: str  # the live database the backup was made of
    file: Path
    counts: dict[str, int]


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        return backup.row_counts(engine)
    finally:
        engine.dispose()


def _make_backup(url: str, file: Path, capsys: pytest.CaptureFixture[str]) -> Made:
    engine = open_database(url)
    seed_demo(engine)
    engine.dispose()
    assert main(["--database", url, "backup", str(file)]) == EXIT_OK
    out = capsys.readouterr().out
    counts = _counts(url)
    # it says it checked the file: sound, the schema, every row
    assert "kontrolleret: intakt, skema 0006" in out
    assert f"{sum(counts.values())} rækker i {len(counts)} tabeller" in out
    return Made("sqlite" if url.startswith("sqlite") else "postgres", url, file, counts)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def made(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    _sqlite_template: Path,
    _postgres_template: str | None,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Made]:
    if request.param == "sqlite":
        yield _make_backup(fresh_sqlite_url(_sqlite_template, tmp_path), tmp_path / "desk.sqlite3", capsys)
        return
    if _postgres_template is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    url = clone_postgres(_postgres_template)
    try:
        yield _make_backup(url, tmp_path / "desk.dump", capsys)
    finally:
        drop_postgres(url)


@pytest.fixture
def target(made: Made, tmp_path: Path) -> Iterator[str]:
    """Where to restore: a SQLite file in a folder that does not exist yet, or an empty database."""
    if made.engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'new' / 'restored.sqlite3'}"
        return
    base = postgres_url()
    assert base is not None
    name = f"{make_url(made.url).database}_target"
    admin = _admin_engine(base)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(made.url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _left_in(target: str, tmp_path: Path) -> list[str]:
    """What a refused restore left: files under the target's folder, or tables and functions."""
    if target.startswith("sqlite"):
        folder = tmp_path / "new"
        return sorted(str(p) for p in folder.rglob("*")) + ([str(folder)] if folder.exists() else [])
    engine = make_engine(target)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' UNION ALL "
                        "SELECT p.proname FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace "
                        "WHERE n.nspname = 'public'"
                    )
                ).scalars()
            )
    finally:
        engine.dispose()


def _damage(source: Path, how: str, folder: Path) -> Path:
    data = source.read_bytes()
    middle = len(data) // 2 // PAGE * PAGE
    damaged = {
        "truncated to half": data[: len(data) // 2],
        "truncated to 100 bytes": data[:100],
        "zero-length": b"",
        "middle overwritten": data[:middle] + b"\xa5" * PAGE + data[middle + PAGE :],
        "not a database": b"Referat fra teammoedet\n" * 40,
    }[how]
    path = folder / f"damaged-{how.replace(' ', '-')}{source.suffix}"
    path.write_bytes(damaged)
    return path


@pytest.mark.parametrize(
    "how",
    ["truncated to half", "truncated to 100 bytes", "zero-length", "middle overwritten", "not a database"],
)
def test_a_damaged_backup_is_refused_in_one_line_and_leaves_nothing(
    made: Made, target: str, tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damage(made.file, how, tmp_path)
    assert main(["--database", target, "restore", str(damaged)]) == EXIT_REFUSED
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("integration-desk: "), captured.err
    assert "Traceback" not in captured.err and "gendannet og kontrolleret" not in captured.err
    assert _left_in(target, tmp_path) == []
    # the live database is as it was, and refuses the file too
    assert main(["--database", made.url, "restore", str(damaged)]) == EXIT_REFUSED
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert _counts(made.url) == made.counts


def test_a_sound_backup_restores_every_row(
    made: Made, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", target, "restore", str(made.file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "gendannet og kontrolleret: skema 0006" in out
    assert _counts(target) == made.counts
    open_database(target, upgrade=False).dispose()  # at the current schema, nothing to migrate
    if made.engine == "sqlite":
        assert sorted(
            p.name for p in (tmp_path / "new").iterdir() if not p.name.endswith(("-wal", "-shm"))
        ) == ["restored.sqlite3"]  # no temporary file beside it
    # a second restore into what is now a live database is refused, and changes nothing
    assert main(["--database", target, "restore", str(made.file)]) == EXIT_REFUSED
    assert "ikke tom" in capsys.readouterr().err
    assert _counts(target) == made.counts


def test_a_backup_that_fails_its_check_is_deleted(
    tmp_path: Path,
    _sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = fresh_sqlite_url(_sqlite_template, tmp_path)

    def unsound(_path: Path) -> backup_check.Contents:
        raise backup_check.Unsound("database disk image is malformed")

    monkeypatch.setattr(backup_check, "sqlite_contents", unsound)
    file = tmp_path / "copy.sqlite3"
    assert main(["--database", url, "backup", str(file)]) == EXIT_REFUSED
    assert "bestod ikke kontrollen" in capsys.readouterr().err
    assert [name for name in os.listdir(tmp_path) if name.startswith("copy.sqlite3")] == []


@pytest.mark.postgres
@pytest.mark.parametrize("made", ["postgres"], indirect=True)
def test_a_postgres_restore_that_fails_half_way_leaves_the_target_empty(
    made: Made, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A dump whose table of contents is damaged reads as SQL, so only the restore itself fails:
    in one transaction, so nothing of it stays."""
    data = made.file.read_bytes()
    at = data.index(b"CREATE TABLE public.households")  # inside the table of contents
    broken = tmp_path / "toc.dump"
    broken.write_bytes(data[:at] + b"\xa5" * 32 + data[at + 32 :])
    assert shutil.which("pg_restore") is not None
    assert main(["--database", target, "restore", str(broken)]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "måldatabasen er efterladt tom" in err
    assert _left_in(target, tmp_path) == []


def test_the_command_line_says_a_lost_connection_saved_nothing_and_a_rerun_is_safe(
    tmp_path: Path,
    _sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not the editors' "kept and saved when the connection is back": the command has ended."""
    from integration_desk.db.uow import unavailable_error
    from integration_desk.services import users

    def lost(*_args: object) -> None:
        raise unavailable_error()

    monkeypatch.setattr(users, "disable_user", lost)
    url = fresh_sqlite_url(_sqlite_template, tmp_path)
    assert main(["--database", url, "--user", "admin", "user", "disable", "hanne"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "integration-desk: Forbindelsen til databasen blev afbrudt: kommandoens arbejde er ikke gemt. "
        "Det er sikkert at køre kommandoen igen."
    ]
