"""A named database that does not exist is refused, never silently created (issue 13, point 2).

Only ``seed-demo``, ``db upgrade``, ``restore`` (and the set-up wizard, and the GUI on the user's
explicit yes: tests/ui/test_launch.py) make a new database; every other command stops with one
line on stderr and exit code 2, and creates nothing — not the folder either.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from integration_desk import settings
from integration_desk.cli import main
from tests.conftest import postgres_url


def _one_line(err: str) -> str:
    err = err.strip()
    assert err.count("\n") == 0, err
    assert "Traceback" not in err
    return err


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "integration_desk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=300,
    )


def test_a_mistyped_database_option_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "nonexistent"
    done = _run("--database", f"sqlite:///{folder}/x.db", "--user", "mette", "db", "current")
    assert done.returncode == 2
    line = _one_line(done.stderr)
    assert line == (
        f"integration-desk: Databasen findes ikke: {folder}/x.db (angivet med --database). Intet er "
        "oprettet; kontrollér navnet, eller opret en ny database med db upgrade."
    )
    assert not folder.exists()


def test_the_environment_variable_is_named_in_the_refusal(tmp_path: Path) -> None:
    folder = tmp_path / "nonexistent"
    done = _run("--lang", "en", "user", "list", INTEGRATION_DESK_DATABASE_URL=f"sqlite:///{folder}/x.db")
    assert done.returncode == 2
    assert "does not exist" in _one_line(done.stderr)
    assert "(named by INTEGRATION_DESK_DATABASE_URL)" in done.stderr
    assert not folder.exists()


def test_the_saved_setting_is_named_in_the_refusal(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[database]\nurl = sqlite:///{tmp_path}/gone/desk.sqlite3\n", encoding="utf-8")
    out = tmp_path / "people.png"
    done = _run("screenshot", "people", "--out", str(out), INTEGRATION_DESK_SETTINGS=str(ini))
    assert done.returncode == 2
    assert f"(angivet med indstillingsfilen {ini})" in _one_line(done.stderr)
    assert not (tmp_path / "gone").exists() and not out.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["db", "current"],
        ["db", "init-roles"],
        ["user", "list"],
        ["user", "disable", "anne"],
        ["backup", "{tmp}/copy.sqlite3"],
        ["screenshot", "overview", "--out", "{tmp}/o.png"],
        ["export", "arrivals", "{tmp}/a.xlsx"],
        ["export", "hours", "{tmp}/h.xlsx", "--from", "2016-W10", "--to", "2016-W12"],
        ["report", "quota", "--from", "2016-01-01", "--to", "2016-12-31", "--out", "{tmp}/q.xlsx"],
        ["contract", "print", "1", "--out", "{tmp}/k.pdf"],
        ["audit", "extract", "1", "--out", "{tmp}/l.pdf"],
    ],
    ids=lambda command: "-".join(part for part in command if "{" not in part and "-" not in part[:1]),
)
def test_every_command_that_only_uses_a_database_refuses_a_missing_one(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "typo"
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main(["--database", f"sqlite:///{folder}/x.db", "--user", "mette", *args]) == 2
    assert "Databasen findes ikke" in _one_line(capsys.readouterr().err)
    assert sorted(path.name for path in tmp_path.iterdir()) == []  # no folder, no output file


def test_no_database_set_up_yet_is_refused_by_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without any named database the first-run wizard creates one; a command does not (else the
    GUI would skip the wizard and open on an empty database)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("INTEGRATION_DESK_SETTINGS", str(tmp_path / "settings.ini"))
    assert settings.choose_database(None).source == "default"
    assert main(["--user", "mette", "user", "list"]) == 2
    assert "Der er endnu ikke oprettet en database" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "data").exists()
    assert settings.needs_setup(settings.choose_database(None))  # the wizard still comes first


def test_db_upgrade_and_seed_demo_create_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upgraded = tmp_path / "new" / "folder" / "desk.sqlite3"
    assert main(["--database", f"sqlite:///{upgraded}", "db", "upgrade"]) == 0
    assert upgraded.is_file()
    assert main(["--database", f"sqlite:///{upgraded}", "db", "current"]) == 0  # now it exists
    seeded = tmp_path / "demo" / "demo.sqlite3"
    assert main(["--database", f"sqlite:///{seeded}", "seed-demo"]) == 0
    assert "Demodata tilføjet" in capsys.readouterr().out
    assert seeded.is_file()


def test_restore_goes_into_a_new_file(tmp_path: Path, demo_url: str) -> None:
    backup = tmp_path / "copy.sqlite3"
    assert main(["--database", demo_url, "backup", str(backup)]) == 0
    target = tmp_path / "restored" / "desk.sqlite3"
    assert main(["--database", f"sqlite:///{target}", "restore", str(backup)]) == 0
    assert main(["--database", f"sqlite:///{target}", "--user", "mette", "user", "list"]) == 0


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--database", f"sqlite:///{blocker}/sub/desk.sqlite3", "db", "upgrade"]) == 2
    assert f"Kan ikke oprette mappen {blocker}/sub til databasen" in _one_line(capsys.readouterr().err)


def test_the_template_command_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert (
        main(["--database", f"sqlite:///{tmp_path}/none/x.db", "export", "arrivals-template", str(out)]) == 0
    )
    assert out.is_file() and not (tmp_path / "none").exists()


@pytest.mark.postgres
def test_a_postgres_database_that_does_not_exist_is_one_clear_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = postgres_url()
    if base is None:
        pytest.skip("PostgreSQL: set INTEGRATION_DESK_TEST_POSTGRES_URL to run")
    url = make_url(base).set(database=f"idesk_missing_{os.getpid()}")
    text = url.render_as_string(hide_password=False)
    assert main(["--database", text, "--user", "mette", "user", "list"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"Databasen »idesk_missing_{os.getpid()}« findes ikke på serveren" in line
    assert f"{url.host}:{url.port or 5432}" in line
    # db upgrade does not create a PostgreSQL database either (IT or the set-up wizard does)
    assert main(["--database", text, "db", "upgrade"]) == 2
    assert "findes ikke på serveren" in _one_line(capsys.readouterr().err)
