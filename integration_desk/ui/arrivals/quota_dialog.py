"""Quota periods: the number of persons the municipality receives in each period."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from integration_desk.domain.deadlines import add_months
from integration_desk.services import quota
from integration_desk.services.context import AppContext
from integration_desk.services.quota import QuotaPeriod
from integration_desk.ui.i18n import tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.date_field import DateField, dates_valid
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.window_size import fit_to_screen

C = "QuotaDialog"


class QuotaDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Quota periods"))
        fit_to_screen(self, 640, 420)
        self.model: RowTableModel[QuotaPeriod] = RowTableModel(
            [
                Column(tr(C, "From"), lambda q: q.starts_on),
                Column(tr(C, "To"), lambda q: q.ends_on),
                Column(tr(C, "Persons"), lambda q: q.persons),
                Column(tr(C, "Notes"), lambda q: q.notes),
            ],
            lambda q: q.id,
            self,
        )
        self.table = RowTableView(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        start = date(ctx.today().year, 3, 1)
        self.starts_on = DateField(start, today=ctx.today())
        self.ends_on = DateField(add_months(start, 12) - timedelta(days=1), today=ctx.today())
        self.persons = QSpinBox()
        self.persons.setRange(0, 100_000)
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(tr(C, "From"), self.starts_on)
        form.addRow(tr(C, "To"), self.ends_on)
        form.addRow(tr(C, "Persons"), self.persons)
        form.addRow(tr(C, "Notes"), self.notes)
        new = QPushButton(tr(C, "New period"))
        new.clicked.connect(self._new)
        self.save_button = QPushButton(tr(C, "Save"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr(C, "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.current: QuotaPeriod | None = None
        self.load()

    def load(self) -> None:
        self.model.set_rows(quota.list_quotas(self.ctx))

    def _chosen(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.current = self.model.row_at(self.table.proxy.mapToSource(index).row())
        self.starts_on.set_value(self.current.starts_on)
        self.ends_on.set_value(self.current.ends_on)
        self.persons.setValue(self.current.persons)
        self.notes.setText(self.current.notes)

    def _new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.persons.setValue(0)
        self.notes.clear()

    def save(self) -> None:
        if not dates_valid(self):
            return
        current = self.current
        saved = run_action(
            self,
            lambda: quota.save_quota(
                self.ctx,
                self.starts_on.date_value(),
                self.ends_on.date_value(),
                self.persons.value(),
                self.notes.text(),
                current.id if current else None,
                current.version if current else None,
            ),
        )
        if saved is not None:
            self.current = saved
            self.load()
            hub.broadcast({"quotas"})
            hub.broadcast({"arrival_notices"})
