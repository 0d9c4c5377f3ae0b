"""Settings: which database this PC uses, and the language of the program."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from integration_desk import settings
from integration_desk.services.context import AppContext
from integration_desk.services.database import check_database_url
from integration_desk.services.errors import DatabaseSetupError
from integration_desk.ui.i18n import tr

C = "SettingsDialog"


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(C, "Settings"))
        self.setMinimumWidth(620)
        self.url = QLineEdit(settings.saved_database_url() or "")
        self.url.setPlaceholderText(settings.choose_database(None).url)
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if (settings.saved_language() or "da") == "da" else 1)
        note = QLabel(
            tr(
                C,
                "A team sharing one database must use PostgreSQL (postgresql://user@server/database). "
                "Never put a SQLite file on a network drive: several PCs writing to it can corrupt it. "
                "Leave the field empty to use SQLite on this PC only.",
            )
        )
        note.setWordWrap(True)
        in_use = ctx.database_description if ctx is not None else settings.choose_database(None).url
        current = QLabel(tr(C, "In use now: {db}").format(db=in_use))
        current.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr(C, "Database address"), self.url)
        form.addRow(tr(C, "Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(current)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        url = self.url.text().strip()
        if url:
            try:
                check_database_url(url)
            except DatabaseSetupError as error:
                self.error.setText(str(error))
                self.url.setFocus()
                return
        settings.save_database_url(url)
        settings.save_language(str(self.language.currentData()))
        QMessageBox.information(
            self,
            tr(C, "Settings"),
            tr(C, "Saved. The changes take effect when Integration Desk is started again."),
        )
        self.accept()
