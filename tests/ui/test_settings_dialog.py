"""The settings dialog: a bad or unsafe database address is refused with a reason; a good one is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from integration_desk import settings
from integration_desk.services.context import AppContext
from integration_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(
    qtbot, desk_app, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> SettingsDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    monkeypatch.delenv(settings.ENV_DATABASE_URL, raising=False)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: QMessageBox.StandardButton.Ok))
    dialog = SettingsDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("url", "reason"),
    [("not a url", "ikke en gyldig URL"), (r"sqlite:///\\fileserver\team\desk.sqlite3", "netværksdrev")],
)
def test_bad_addresses_are_refused_and_nothing_is_saved(
    qtbot, dialog: SettingsDialog, url: str, reason: str
) -> None:  # type: ignore[no-untyped-def]
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, url)
    _save(qtbot, dialog)
    assert reason in dialog.error.text()
    assert dialog.isVisible()
    assert settings.saved_database_url() is None


def test_a_postgres_address_and_english_are_saved(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "postgresql://mette@db.kommune.local/integration")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.saved_database_url() == "postgresql://mette@db.kommune.local/integration"
    assert settings.saved_language() == "en"


def test_a_database_set_by_it_cannot_be_changed_here(  # type: ignore[no-untyped-def]
    qtbot, desk_app, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv(settings.ENV_SETTINGS_FILE, str(tmp_path / "settings.ini"))
    monkeypatch.setenv(settings.ENV_DATABASE_URL, "postgresql://db.kommune.local/integration")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: QMessageBox.StandardButton.Ok))
    settings.save_database_url("sqlite:///C:/old.sqlite3")
    dialog = SettingsDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.url.isEnabled() and not dialog.database_button.isEnabled()
    assert "IT-afdelingen" in dialog.url.toolTip()
    assert dialog.notice.isVisible() and dialog.notice.text().startswith("IT-afdelingen har fastlagt")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _save(qtbot, dialog)
    assert settings.saved_language() == "en"
    assert settings.saved_database_url() == "sqlite:///C:/old.sqlite3"  # untouched
