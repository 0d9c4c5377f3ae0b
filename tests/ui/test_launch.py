"""Starting the GUI on an unusable database shows one clear dialog and exits with code 2."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from integration_desk.services.context import AppContext
from integration_desk.services.database import open_database
from integration_desk.ui.launch import EXIT_UNUSABLE, create_missing_database, run_gui


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url at all", "ikke en gyldig URL"),
        ("postgresql://postgres@127.0.0.1:1/none", "Kan ikke få forbindelse"),
    ],
)
def test_an_unusable_database_gives_a_dialog_not_a_traceback(
    qapp, monkeypatch: pytest.MonkeyPatch, url: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, title, text: shown.append((title, text)))
    )
    code = run_gui(lambda: AppContext(open_database(url), "mette"), language="da")
    assert code == EXIT_UNUSABLE
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Integration Desk kan ikke starte"
    assert expected in text and "\n" not in text


def test_a_database_from_a_newer_program_gives_a_dialog(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path}/newer.sqlite3"
    engine = open_database(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, message: shown.append(message))
    )
    assert run_gui(lambda: AppContext(open_database(url), "mette"), language="da") == EXIT_UNUSABLE
    assert len(shown) == 1 and "nyere version" in shown[0] and "0099_future" in shown[0]


def test_a_view_that_fails_to_load_fails_the_screenshot(  # type: ignore[no-untyped-def]
    desk_app, demo_ctx: AppContext, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integration_desk.ui.launch import ScreenshotError, take_screenshot
    from integration_desk.ui.overview.view import OverviewView

    def broken(_self: OverviewView) -> Any:
        def work() -> None:  # on the worker: the failure is collected by ``ops``
            raise RuntimeError("the overview broke")

        return work

    monkeypatch.setattr(OverviewView, "loader", broken)
    out = tmp_path / "overview.png"
    with pytest.raises(ScreenshotError) as raised:
        take_screenshot(demo_ctx, "overview", str(out), (800, 600), "da")
    assert (
        str(raised.value) == "the overview broke"
    )  # without PySide's "Error calling Python override" prefix
    assert not out.exists()  # no picture of the opening page
    monkeypatch.undo()
    take_screenshot(demo_ctx, "overview", str(out), (800, 600), "da")
    assert out.stat().st_size > 10_000


def _answer_the_dialog(qtbot, button_text: str, seen: list[dict[str, object]]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button_text`` in the modal message box once it is shown; note what it said."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        buttons = {button.text(): button for button in box.buttons()}
        seen.append(
            {
                "text": box.text(),
                "informative": box.informativeText(),
                "buttons": sorted(buttons),
                "default": box.defaultButton().text(),
                "escape": box.escapeButton().text(),
            }
        )
        qtbot.mouseClick(buttons[button_text], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_a_missing_database_is_created_only_when_the_user_says_so(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from integration_desk.cli import main

    missing = tmp_path / "nonexistent" / "x.db"
    seen: list[dict[str, object]] = []
    _answer_the_dialog(qtbot, "Afslut", seen)
    assert main(["--database", f"sqlite:///{missing}", "--user", "mette"]) == EXIT_UNUSABLE
    assert seen == [
        {
            "text": f"Databasen findes ikke: {missing}",
            "informative": "Opret en ny, tom database? Er navnet skrevet forkert, så vælg Afslut og ret det.",
            "buttons": ["Afslut", "Opret databasen"],
            "default": "Afslut",  # Enter and Escape leave; only a click on Opret creates
            "escape": "Afslut",
        }
    ]
    assert not missing.parent.exists()

    # The yes: main() goes on to run_gui once this returns True (not run here: a nested app.exec()
    # in the test process would make later event loops return at once, see test_backup_offer.py).
    _answer_the_dialog(qtbot, "Opret databasen", seen)
    assert create_missing_database(f"sqlite:///{missing}", "da") is True
    assert len(seen) == 2 and seen[1] == seen[0]
    engine = open_database(f"sqlite:///{missing}", upgrade=False)  # there, and at this program's schema
    from integration_desk.db import migrate

    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    engine.dispose()
    assert create_missing_database(f"sqlite:///{missing}", "da") is True  # now nothing is asked
    assert len(seen) == 2
