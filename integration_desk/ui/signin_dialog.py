"""The sign-in dialog shown at start: user name and password, a refusal said in one line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from integration_desk.services.errors import DatabaseSetupError, DomainError
from integration_desk.ui.i18n import tr

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

C = "SignInDialog"


class SignInDialog(QDialog):
    """Calls ``attempt(username, password)``; on success ``ctx`` holds the signed-in context."""

    def __init__(
        self,
        attempt: Callable[[str, str], AppContext],
        *,
        database: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.ctx: AppContext | None = None
        self.setWindowTitle(tr(C, "Sign in to Integration Desk"))
        self.setMinimumWidth(420)
        heading = QLabel(tr(C, "Sign in with your user name and password."))
        heading.setWordWrap(True)
        where = QLabel(tr(C, "Database: {db}").format(db=database))
        where.setStyleSheet("color: #555;")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr(C, "User name"), self.username)
        form.addRow(tr(C, "Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(tr(C, "Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(C, "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx = self._attempt(self.username.text(), self.password.text())
        except (DomainError, DatabaseSetupError) as error:
            self._refused(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.password.setFocus()
