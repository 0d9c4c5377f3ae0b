"""Filer → Administration → Sletning af gamle sager: the team lead anonymises cases closed long ago.

Lists the cases closed more than the team's retention period ago; the chosen ones (or all) are
anonymised after a confirmation. Names, CPR and health data go; the statistics stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from integration_desk.services import retention
from integration_desk.services.retention import ClosedCase
from integration_desk.ui.i18n import by_count, tr
from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action
from integration_desk.ui.widgets.feedback import run_long
from integration_desk.ui.widgets.table_model import Column, RowTableModel
from integration_desk.ui.widgets.table_view import RowTableView
from integration_desk.ui.widgets.window_size import fit_to_screen

if TYPE_CHECKING:
    from integration_desk.services.context import AppContext

C = "RetentionDialog"


class RetentionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr(C, "Closed cases past the retention period"))
        fit_to_screen(self, 760, 520)
        self.model: RowTableModel[ClosedCase] = RowTableModel(
            [
                Column(tr(C, "Name"), lambda r: r.name),
                Column(tr(C, "Household"), lambda r: r.household),
                Column(tr(C, "Nationality"), lambda r: r.nationality),
                Column(tr(C, "Closed on"), lambda r: r.closed_on),
            ],
            lambda r: r.person_id,
            self,
        )
        self.table = RowTableView(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.set_column_widths([200, 200, 140])
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(retention.MIN_RETENTION_YEARS, retention.MAX_RETENTION_YEARS)
        self.years.setSuffix(tr(C, " years"))
        self.years.setValue(run_action(self, lambda: retention.retention_years(ctx)) or 5)
        self.save_years_button = QPushButton(tr(C, "Save the period"))
        self.save_years_button.clicked.connect(self.save_years)
        self.count = QLabel()
        self.anonymise_button = QPushButton(tr(C, "Anonymise"))
        self.anonymise_button.setObjectName("anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        note = QLabel(
            tr(
                C,
                "Anonymising removes names, CPR numbers, health notes and free-text notes for good. "
                "Nationality, birth year, dates, hours and funding events stay for the statistics.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        period = QHBoxLayout()
        period.addWidget(QLabel(tr(C, "Keep closed cases for")))
        period.addWidget(self.years)
        period.addWidget(self.save_years_button)
        period.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.anonymise_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr(C, "Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = run_action(self, lambda: retention.cases_due(self.ctx)) or []
        self.model.set_rows(rows)
        self.count.setText(
            by_count(
                len(rows), tr(C, "{count} case to anonymise"), tr(C, "{count} cases to anonymise")
            ).format(count=len(rows))
        )
        self.anonymise_button.setEnabled(bool(rows))

    def save_years(self) -> None:
        years = self.years.value()

        def save() -> bool:
            retention.set_retention_years(self.ctx, years)
            return True

        if run_action(self, save):
            self.reload()

    def chosen(self) -> list[int]:
        """The selected cases, or every listed case when none is selected."""
        rows = {self.table.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows:
            rows = set(range(self.model.rowCount()))
        return [self.model.row_at(row).person_id for row in sorted(rows)]

    def anonymise(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            tr(C, "Anonymise"),
            by_count(
                len(ids),
                tr(C, "Remove the personal data of {count} person for good? This cannot be undone."),
                tr(C, "Remove the personal data of {count} persons for good? This cannot be undone."),
            ).format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = run_long(
            self,
            lambda: retention.anonymise(self.ctx, ids),
            lambda n: tr(C, "{count} cases anonymised.").format(count=n),
        )
        if done is not None:
            hub.broadcast({"persons"})
        self.reload()
