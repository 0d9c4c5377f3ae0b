"""Filer → Administration → Logning: the team lead reads the audit trail and makes a person's log
extract (PDF) for an access request. Reading the log and making the extract are logged too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import audit_log
from integration_desk.services.audit_log import LogFilter, LogRow
from integration_desk.ui.format import fmt_date, fmt_datetime
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.widgets.date_field import OptionalDate, dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import announce
from integration_desk.ui.widgets.file_dialogs import PDF, save_file
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.window_size import fit_to_screen

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

C = "AuditDialog"
PAGE = 500


class AuditDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Audit log"))
        fit_to_screen(self, 1100, 640)
        today = date.today()  # the log's times are real ones, even when the program's "today" is fixed

        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.user.addItem(tr(C, "All users"), None)
        for name in run_action(self, lambda: audit_log.log_users(ctx)) or []:
            self.user.addItem(name, name)
        self.person = QLineEdit()
        self.person.setObjectName("audit_person")
        self.person.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.person.setPlaceholderText(tr(C, "Person no."))
        if person_id is not None:
            self.person.setText(str(person_id))
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(tr(C, "All kinds of use"), None)
        for code, label in audit_log.action_choices():
            self.action.addItem(label, code)
        self.first = OptionalDate(tr(C, "From"), today - timedelta(days=30), today=today)
        self.last = OptionalDate(tr(C, "To"), today, today=today)
        self.show_button = QPushButton(tr(C, "Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)

        filters = QGridLayout()
        filters.addWidget(QLabel(tr(C, "User")), 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(QLabel(tr(C, "Person no.")), 0, 2)
        filters.addWidget(self.person, 0, 3)
        filters.addWidget(QLabel(tr(C, "Use")), 0, 4)
        filters.addWidget(self.action, 0, 5)
        filters.addWidget(self.first, 1, 1)
        filters.addWidget(self.last, 1, 3)
        filters.addWidget(self.show_button, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)

        self.model: RowTableModel[LogRow] = RowTableModel(
            [
                Column(tr(C, "Time"), lambda r: fmt_datetime(r.at, seconds=True)),
                Column(tr(C, "User"), lambda r: r.username),
                Column(tr(C, "Use"), lambda r: r.action_label),
                Column(tr(C, "Record"), lambda r: r.record),
                Column(tr(C, "Person"), lambda r: _person(r)),
                Column(tr(C, "Details"), lambda r: r.details),
            ],
            lambda r: r.id,
            self,
        )
        self.table = RowTableView(self.model)
        self.table.setObjectName("audit_table")
        self.table.set_column_widths([150, 110, 110, 150, 190])
        self.count = QLabel()
        self.more_button = QPushButton(tr(C, "Show older entries"))
        self.more_button.clicked.connect(self.load_more)
        self.extract_button = QPushButton(tr(C, "Log extract for the person (PDF) …"))
        self.extract_button.setObjectName("audit_extract")
        self.extract_button.setToolTip(
            tr(C, "Every log entry about the person as a PDF, for an access request (the extract is logged).")
        )
        self.extract_button.clicked.connect(self.extract)
        self.person.textChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.extract_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr(C, "Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.rows: list[LogRow] = []
        self.reload()

    def chosen_filter(self) -> LogFilter:
        person = self.person.text().strip()
        return LogFilter(
            username=self.user.currentData(),
            person_id=int(person) if person else None,
            action=self.action.currentData(),
            first=self.first.value(),
            last=self.last.value(),
        )

    def reload(self) -> None:
        self._load(None)

    def load_more(self) -> None:
        if self.rows:
            self._load(self.rows[-1].id)

    def _load(self, before_id: int | None) -> None:
        if not dates_valid(self):
            return  # the period's field says what is wrong with it
        log_filter = self.chosen_filter()
        page = run_action(
            self, lambda: audit_log.query_log(self.ctx, log_filter, limit=PAGE, before_id=before_id)
        )
        if page is None:
            return
        self.rows = [*(self.rows if before_id is not None else []), *page.rows]
        self.model.set_rows(self.rows)
        self.more_button.setEnabled(page.more)
        self.count.setText(
            by_count(len(self.rows), tr(C, "{n} entry shown"), tr(C, "{n} entries shown")).format(
                n=len(self.rows)
            )
        )
        self._update_buttons()

    def chosen_person(self) -> int | None:
        """The person of the filter, else the person of the chosen entry."""
        text = self.person.text().strip()
        if text:
            return int(text)
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            return self.model.row_at(self.table.proxy.mapToSource(indexes[0]).row()).person_id
        return None

    def _update_buttons(self) -> None:
        self.extract_button.setEnabled(self.chosen_person() is not None)

    def extract(self) -> None:
        person_id = self.chosen_person()
        if person_id is None:
            return
        named = next((r.person_name for r in self.rows if r.person_id == person_id and r.person_name), "")
        whom = named or tr(C, "person no. {id}").format(id=person_id)
        name = tr(C, "Log extract {person} {date}").format(person=whom, date=fmt_date(self.ctx.today()))
        target = save_file(self, tr(C, "Save the log extract"), name, PDF)
        if target is None:
            return
        pdf = run_action(self, lambda: audit_log.log_extract(self.ctx, person_id))
        if pdf is None:
            return
        try:
            target.write_bytes(pdf)
        except OSError:
            QMessageBox.warning(
                self, tr(C, "Audit log"), tr(C, "Cannot write the file {path}.").format(path=target)
            )
            return
        self.count.setText(tr(C, "Log extract saved: {path}").format(path=target.name))
        announce(tr(C, "Log extract saved: {path}").format(path=target))


def _person(row: LogRow) -> str:
    if row.person_id is None:
        return ""
    return f"{row.person_name} ({row.person_id})" if row.person_name else str(row.person_id)
