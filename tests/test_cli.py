"""The command line: one clear line and exit code 2 for an unusable database, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from integration_desk import __version__
from integration_desk.cli import main
from integration_desk.db.engine import make_engine


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert "Traceback" not in err
    return err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_a_malformed_url_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "this is not a url", "db", "upgrade"]) == 2
    assert "ikke en gyldig URL" in _one_line_error(capsys)


def test_an_unreachable_database_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "postgresql://postgres@127.0.0.1:1/none", "seed-demo"]) == 2
    assert "Kan ikke få forbindelse til databasen" in _one_line_error(capsys)


def test_a_newer_database_is_refused_with_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/new.db"
    assert main(["--database", url, "db", "upgrade"]) == 0
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    capsys.readouterr()
    assert main(["--database", url, "screenshot", "people", "--out", str(tmp_path / "x.png")]) == 2
    assert "nyere version" in _one_line_error(capsys)
    assert not (tmp_path / "x.png").exists()


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--today", "31-12-2016", "db", "current"])
    assert done.value.code == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--database", "nonsense", "db", "upgrade"]) == 2
    assert "is not a valid URL" in _one_line_error(capsys)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "integration_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_seed_demo_then_screenshot_people_end_to_end(database_url: str, tmp_path: Path) -> None:
    first = _run("--database", database_url, "seed-demo")
    assert first.returncode == 0, first.stderr
    assert "Demodata tilføjet" in first.stdout
    again = _run("--database", database_url, "seed-demo")
    assert again.returncode == 0
    assert "intet blev ændret" in again.stdout
    picture = tmp_path / "people.png"
    shot = _run(
        "--database", database_url, "--today", "2016-10-03", "screenshot", "people", "--out", str(picture)
    )
    assert shot.returncode == 0, shot.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 20_000


def test_a_file_that_is_not_a_database_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("Indkøbsliste: mælk, brød " * 200, encoding="utf-8")
    assert main(["--database", f"sqlite:///{junk}", "seed-demo"]) == 2
    assert "ikke en database" in _one_line_error(capsys)


def test_the_cli_knows_the_demo_limits_without_importing_the_database_layer() -> None:
    from integration_desk import cli
    from integration_desk.db import demo
    from integration_desk.ui.main_window import VIEW_KEYS

    assert demo.MAX_SCALE == cli.MAX_DEMO_SCALE
    assert cli.VIEW_KEYS == VIEW_KEYS
