"""Starting on a SQLite database of an older schema offers a backup before it is migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PySide6.QtWidgets import QMessageBox

from integration_desk.db import migrate
from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database, upgrade_pending
from integration_desk.ui.backup_offer import offer_backup_before_upgrade
from integration_desk.ui.launch import run_gui

OLDER = "0002"


def _older_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    engine = open_database(url)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, OLDER)
    engine.dispose()
    return url


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: asked.append(a[2])))
    return asked


def test_yes_backs_up_the_older_database_then_migrates(
    desk_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = _older_database(tmp_path)
    assert upgrade_pending(url) == OLDER
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    # (run_gui asks exactly this before it opens the database; see the Cancel test. Running run_gui
    # through app.exec() here would leave later nested event loops in this process returning at once.)
    assert offer_backup_before_upgrade(None, url)
    assert _revision(tmp_path / "desk.sqlite3") == OLDER  # the backup comes before any migration
    open_database(url).dispose()  # what the window then does
    assert "sikkerhedskopi" in asked[0]
    backups = sorted(tmp_path.glob(f"desk.before-{OLDER}-*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in asked[1]
    assert "kontrolleret" in asked[1]  # the backup was checked before it was offered as made
    assert _revision(backups[0]) == OLDER  # the copy is of the database as it was
    assert _revision(tmp_path / "desk.sqlite3") == migrate.SCHEMA_HEAD
    assert upgrade_pending(url) is None


def test_cancel_leaves_the_database_as_it_was_and_no_question_at_the_current_schema(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = _older_database(tmp_path)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    opened: list[int] = []
    code = run_gui(lambda: opened.append(1) or AppContext(open_database(url), "mette"), language="da",
                   quit_after="data", database_url=url)  # fmt: skip
    assert code == 0 and opened == [] and len(asked) == 1
    assert _revision(tmp_path / "desk.sqlite3") == OLDER
    assert list(tmp_path.glob("desk.before-*")) == []

    open_database(url).dispose()
    asked.clear()
    assert offer_backup_before_upgrade(None, url)
    assert asked == []  # at the current schema nothing is asked
