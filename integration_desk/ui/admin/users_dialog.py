"""Filer → Administration → Brugere: the administrator adds and disables users, no SQL typed.

On PostgreSQL each user is a database login in the group role of their role; the dialog says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import labels, users
from integration_desk.services.users import NewUser, UserRow
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.window_size import fit_to_screen

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

C = "UsersDialog"
ROLES = ("caseworker", "teamlead", "housing", "readonly", "admin")


def _state(row: UserRow) -> str:
    if not row.active:
        return tr(C, "Disabled")
    if row.locked_until is not None:
        return tr(C, "Locked until {when}").format(when=row.locked_until.astimezone().strftime("%H:%M"))
    return tr(C, "Active")


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Users"))
        fit_to_screen(self, 760, 560)
        self.model: RowTableModel[UserRow] = RowTableModel(
            [
                Column(tr(C, "User name"), lambda r: r.username),
                Column(tr(C, "Name"), lambda r: r.display_name),
                Column(tr(C, "Role"), lambda r: labels.role(r.role)),
                Column(
                    tr(C, "State"),
                    _state,
                    foreground=lambda r: None if r.active and not r.locked_until else "#b00020",
                ),
            ],
            lambda r: r.id,
            self,
        )
        self.table = RowTableView(self.model)
        self.table.set_column_widths([150, 220, 170])
        self.disable_button = QPushButton(tr(C, "Disable the chosen user"))
        self.disable_button.clicked.connect(self.disable_selected)
        where = (
            tr(
                C,
                "Each user is a PostgreSQL login in the group role of their role; the database enforces the role.",
            )
            if users.on_postgres(ctx)
            else tr(C, "SQLite: the roles are kept by the program; whoever can open the file can read it.")
        )
        note = QLabel(where)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("new_display_name")
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for code in ROLES:
            self.role.addItem(labels.role(code), code)
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("new_password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(tr(C, "Add user"))
        self.add_button.clicked.connect(self.add)
        box = QGroupBox(tr(C, "New user"))
        form = QFormLayout(box)
        form.addRow(tr(C, "User name"), self.username)
        form.addRow(tr(C, "Name"), self.display_name)
        form.addRow(tr(C, "Role"), self.role)
        form.addRow(tr(C, "Password"), self.password)
        form.addRow(tr(C, "Password again"), self.password_again)
        form.addRow("", self.add_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr(C, "Close"))
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.disable_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = run_action(self, lambda: users.list_users(self.ctx))
        self.model.set_rows(rows or [])

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.table.proxy.mapToSource(indexes[0]).row())

    def add(self) -> None:
        if self.password.text() != self.password_again.text():
            QMessageBox.warning(self, tr(C, "Users"), tr(C, "The two passwords differ."))
            return
        data = NewUser(
            self.username.text(), self.display_name.text(), str(self.role.currentData()), self.password.text()
        )
        if run_action(self, lambda: users.add_user(self.ctx, data)) is None:
            return
        for field in (self.username, self.display_name, self.password, self.password_again):
            field.clear()
        self.reload()
        hub.broadcast({"users"})

    def disable_selected(self) -> None:
        row = self.selected()
        if row is None or not row.active:
            return
        answer = QMessageBox.question(
            self,
            tr(C, "Disable user"),
            tr(C, "{name} will no longer be able to sign in. Their history stays. Disable?").format(
                name=row.display_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_action(self, lambda: users.disable_user(self.ctx, row.username))
        self.reload()
        hub.broadcast({"users"})
