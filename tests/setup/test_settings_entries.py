"""The set-up is reachable later from the settings dialog: the database part and the municipality part."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from integration_desk import settings
from integration_desk.services.context import AppContext
from integration_desk.services.users import NewUser, add_user
from integration_desk.ui.contracts.templates import TemplatesDialog
from integration_desk.ui.settings_dialog import SettingsDialog
from integration_desk.ui.setup_wizard import PAGE_DONE, SetupWizard

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _own_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: QMessageBox.StandardButton.Ok))


def _when_shown(kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                action(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _user(ctx: AppContext, username: str, role: str) -> AppContext:
    add_user(ctx, NewUser(username, username.title(), role, "hemmelig-123"))
    return AppContext(ctx.engine, username, today=ctx.today())


def test_database_button_runs_the_connection_part(
    qtbot, desk_app, sqlite_ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    other = tmp_path / "other.sqlite3"

    def cancel(wizard: QDialog) -> None:
        assert isinstance(wizard, SetupWizard)
        wizard.button(QWizard.WizardButton.CancelButton).click()

    _when_shown(SetupWizard, cancel)
    qtbot.mouseClick(dialog.database_button, LEFT)
    assert dialog.url.text() == "" and settings.saved_database_url() is None

    def new_file(wizard: QDialog) -> None:
        assert isinstance(wizard, SetupWizard)
        wizard.next()
        wizard.sqlite_page.path.setText(str(other))
        wizard.next()  # a new file: the municipality and the administrator follow
        wizard.municipality_page.name.setText("Roskilde Kommune")
        wizard.next()
        wizard.admin_page.username.setText("anne")
        wizard.admin_page.password.setText("hemmelig-123")
        wizard.admin_page.repeated.setText("hemmelig-123")
        wizard.next()
        assert wizard.currentId() == PAGE_DONE
        wizard.button(QWizard.WizardButton.FinishButton).click()

    _when_shown(SetupWizard, new_file)
    qtbot.mouseClick(dialog.database_button, LEFT)
    url = f"sqlite:///{other.as_posix()}"
    assert dialog.url.text() == url and settings.saved_database_url() == url
    assert "næste start" in dialog.notice.text()


@pytest.mark.parametrize(("role", "allowed"), [("admin", True), ("teamlead", True), ("caseworker", False)])
def test_municipality_button_respects_the_role(
    qtbot, desk_app, sqlite_ctx: AppContext, role: str, allowed: bool
) -> None:  # type: ignore[no-untyped-def]
    ctx = _user(sqlite_ctx, f"u{role}", role)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.municipality_button
    assert button.text() == "Kommune, brevhoved og kontrakttekster …"
    assert button.isEnabled() is allowed
    if not allowed:
        assert "administrator eller en teamleder" in button.toolTip()
        return
    seen: list[str] = []

    def close(templates: QDialog) -> None:
        seen.append(templates.windowTitle())
        templates.reject()

    _when_shown(TemplatesDialog, close)
    qtbot.mouseClick(button, LEFT)
    assert seen == ["Kontrakttekster og brevhoved"]


def test_without_a_database_the_municipality_button_is_off(qtbot, desk_app) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.municipality_button.isEnabled() and dialog.database_button.isEnabled()


def test_database_button_starts_from_the_saved_connection(qtbot, desk_app, sqlite_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    settings.save_database_url("postgresql+psycopg://db.roskilde.local:5433/integration")
    dialog = SettingsDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[bool, str, int, str, str]] = []

    def look(wizard: QDialog) -> None:
        assert isinstance(wizard, SetupWizard)
        page = wizard.postgres_page
        seen.append(
            (
                wizard.kind_page.team.isChecked(),
                page.host.text(),
                page.port.value(),
                page.database.text(),
                page.password.text(),
            )
        )
        wizard.button(QWizard.WizardButton.CancelButton).click()

    _when_shown(SetupWizard, look)
    qtbot.mouseClick(dialog.database_button, LEFT)
    assert seen == [(True, "db.roskilde.local", 5433, "integration", "")]
    assert settings.saved_database_url() == "postgresql+psycopg://db.roskilde.local:5433/integration"
