"""Settings: which database this PC uses, and the language of the program."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk import settings
from integration_desk.services.access import Permission, can
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
        self.ctx = ctx
        self.database_button = QPushButton(tr(C, "Database …"))
        self.database_button.setToolTip(tr(C, "Set up this PC's database again, or point it at another one."))
        self.database_button.clicked.connect(self.choose_database)
        self.municipality_button = QPushButton(tr(C, "Municipality, letterhead and contract texts …"))
        self.municipality_button.clicked.connect(self.edit_municipality)
        if ctx is None or not can(ctx, Permission.TEAM_SETTINGS):
            self.municipality_button.setEnabled(False)
            self.municipality_button.setToolTip(
                tr(C, "Only an administrator or a team lead changes the team's settings.")
            )
        pinned = settings.choose_database(None).source in ("environment", "machine")
        if pinned:  # IT set the database for this PC; a user's own address would have no effect
            hint = tr(C, "Your IT department has set this PC's database; it cannot be changed here.")
            for widget in (self.url, self.database_button):
                widget.setEnabled(False)
                widget.setToolTip(hint)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.database_button)
        setup_row.addWidget(self.municipality_button)
        setup_row.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        if pinned:  # said on the dialog, not only in a tooltip
            self.notice.setText(hint)
            self.notice.show()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(setup_row)
        layout.addWidget(self.notice)
        layout.addWidget(note)
        layout.addWidget(current)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        url = self.url.text().strip()
        if url and self.url.isEnabled():
            try:
                check_database_url(url)
            except DatabaseSetupError as error:
                self.error.setText(str(error))
                self.url.setFocus()
                return
        if self.url.isEnabled():
            settings.save_database_url(url)
        settings.save_language(str(self.language.currentData()))
        QMessageBox.information(
            self,
            tr(C, "Settings"),
            tr(C, "Saved. The changes take effect when Integration Desk is started again."),
        )
        self.accept()

    def choose_database(self) -> None:
        """The set-up wizard's connection part (and, for a new database, its administrator)."""
        from integration_desk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self)
        wizard.start_from(self.url.text().strip() or settings.saved_database_url())
        if wizard.exec() == SetupWizard.DialogCode.Accepted and wizard.url is not None:
            self.url.setText(wizard.url)
            self.notice.setText(tr(C, "The new database is saved; it is used from the next start."))
            self.notice.show()

    def edit_municipality(self) -> None:
        """The municipality's name, address and logo, and the contract texts (one dialog for all)."""
        from integration_desk.ui.contracts.templates import TemplatesDialog

        if self.ctx is not None:
            TemplatesDialog(self.ctx, self).exec()
